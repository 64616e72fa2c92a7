//! Yew components. They show what the domain and `wizard` say and send
//! actions to the reducer; no legal logic lives here.

mod device;
mod fields;
mod pages;
pub mod state;

use crate::i18n::Lang;
use crate::wizard::{steps, Step};
use state::{Action, WizardState};
use yew::prelude::*;

/// What the host passes in when it mounts the widget.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    #[prop_or_default]
    pub lang: Lang,
    /// Today's date; the browser entry passes the real one, tests a fixed one.
    pub today: crate::domain::date::Date,
    /// Start from this state instead of a blank case (tests; later: resume).
    #[prop_or_default]
    pub initial: Option<WizardState>,
    /// URL of the directory with the widget's assets (fonts for the PDF), ending in `/`.
    #[prop_or(AttrValue::from("./"))]
    pub assets: AttrValue,
    /// Local-storage key for "keep my answers on this device".
    #[prop_or(AttrValue::from("zhaloba.answers"))]
    pub storage_key: AttrValue,
}

/// Answers kept on this device by an earlier visit (only ever written
/// after the person opted in), reopened where they left off.
fn restore(key: &str, today: crate::domain::date::Date) -> Option<WizardState> {
    let text = crate::web::storage_get(key)?;
    match crate::saved::open(&text) {
        Ok(crate::saved::Opened::Plain(answers)) => {
            let mut s = WizardState::from_answers(*answers, today, true);
            s.keep = true;
            Some(s)
        }
        _ => None,
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        props
            .initial
            .clone()
            .or_else(|| restore(&props.storage_key, props.today))
            .unwrap_or_else(|| WizardState::new(props.today))
    });
    let t = props.lang.strings();
    let heading = use_node_ref();
    let summary = use_node_ref();

    let all = steps(&state.case);
    let index = all.iter().position(|s| *s == state.step).unwrap_or(0);
    let page_title = pages::title(&state, props.lang);
    {
        // On every step change (or a new set of errors) move focus to the
        // new heading, or to the error summary, and retitle the page.
        let heading = heading.clone();
        let summary = summary.clone();
        let has_problems = !state.problems.is_empty();
        let title = format!(
            "{}{} — {} — {}",
            if has_problems { t.error_prefix } else { "" },
            t.step_of
                .replace("{n}", &(index + 1).to_string())
                .replace("{m}", &all.len().to_string()),
            page_title,
            t.app_name
        );
        use_effect_with((state.step.clone(), state.problems.clone()), move |_| {
            crate::web::set_title(&title);
            crate::web::focus(if has_problems { &summary } else { &heading });
        });
    }

    {
        // Kept on the device only while the person has opted in.
        let key = props.storage_key.clone();
        let saved = state.keep.then(|| crate::saved::to_json(&state.answers()));
        use_effect_with(saved, move |saved| match saved {
            Some(json) => {
                crate::web::storage_set(&key, json);
            }
            None => crate::web::storage_remove(&key),
        });
    }
    let depth = state.history.len();
    {
        // The browser's Back button walks the wizard back: each step gets a
        // history entry with the same URL, so the host's address never changes.
        use_effect_with(depth, |&depth| {
            if crate::web::history_depth().unwrap_or(0) != depth {
                crate::web::history_push(depth);
            }
        });
        let d = state.dispatcher();
        use_effect_with((), move |_| {
            crate::web::on_history_pop(Callback::from(move |to| d.dispatch(Action::PopTo(to))))
        });
    }

    let dispatch = state.dispatcher();
    let on_back = {
        let d = dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            // Go through the browser's history when our entry is on top, so
            // both Back buttons stay in step.
            if depth > 0 && crate::web::history_depth() == Some(depth) {
                crate::web::history_back();
            } else {
                d.dispatch(Action::Back)
            }
        })
    };
    html! {
        <div class="zh-app" lang={props.lang.code()}>
            if !state.history.is_empty() {
                <a href="#" class="zh-back" onclick={on_back}>{ t.back }</a>
            }
            if state.step != Step::Start {
                <p class="zh-progress">
                    { t.step_of.replace("{n}", &(index + 1).to_string()).replace("{m}", &all.len().to_string()) }
                </p>
            }
            <pages::Page state={state.clone()} {dispatch} lang={props.lang} {heading} {summary} assets={props.assets.clone()} />
            <device::DevicePanel state={state.clone()} lang={props.lang} storage_key={props.storage_key.clone()} />
        </div>
    }
}
