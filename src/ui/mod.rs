//! Yew components. They show what the domain and `wizard` say and send
//! actions to the reducer; no legal logic lives here.

mod device;
mod fields;
mod pages;
pub mod state;

use crate::i18n::Lang;
use crate::wizard::{steps, Step};
use state::{Action, WizardState};
use std::rc::Rc;
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
    /// The host's options (already checked; see `embed::parse`).
    #[prop_or_default]
    pub config: Rc<crate::embed::Config>,
    /// Where the widget reports ready / step / document / resize (no personal data).
    #[prop_or_default]
    pub on_event: Option<Callback<crate::embed::Event>>,
    /// Raised by the host's `reset()`: forget everything.
    #[prop_or_default]
    pub reset_epoch: u32,
    /// Retitle the document on each step ("Шаг N из M — …"): on its own page
    /// and in the iframe; not in inline mode, where the title is the host's.
    #[prop_or(true)]
    pub set_title: bool,
    /// What is wrong with the host's options: shown instead of the wizard
    /// (never an empty box). One root component type keeps the wasm small.
    #[prop_or_default]
    pub config_problems: Vec<String>,
}

impl AppProps {
    /// A widget with no host options: the standalone page, and tests.
    pub fn new(lang: Lang, today: crate::domain::date::Date) -> AppProps {
        AppProps {
            lang,
            today,
            initial: None,
            assets: "./".into(),
            storage_key: "zhaloba.answers".into(),
            config: Rc::default(),
            on_event: None,
            reset_epoch: 0,
            set_title: true,
            config_problems: Vec::new(),
        }
    }
}

/// The host's prefilled insurer and region.
fn defaults(config: &crate::embed::Config) -> state::Defaults {
    let mut d = state::Defaults::default();
    if let Some(o) = &config.organisation {
        d.insurer.name = o.name.clone();
        d.insurer.branch = o.branch.clone();
        d.insurer.address = o.address.clone();
    }
    d.region = config.region.clone().unwrap_or_default();
    d
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
    if !props.config_problems.is_empty() {
        return html! { <ConfigProblem lang={props.lang} problems={props.config_problems.clone()} /> };
    }
    html! { <Wizard ..props.clone() /> }
}

#[function_component(Wizard)]
fn wizard(props: &AppProps) -> Html {
    let state = use_reducer(|| {
        let defaults = std::sync::Arc::new(defaults(&props.config));
        let mut s = props
            .initial
            .clone()
            .or_else(|| restore(&props.storage_key, props.today))
            .unwrap_or_else(|| WizardState::with_defaults(props.today, defaults.clone()));
        s.defaults = defaults;
        s
    });
    let emit = {
        let on_event = props.on_event.clone();
        move |e: crate::embed::Event| {
            if let Some(cb) = &on_event {
                cb.emit(e)
            }
        }
    };
    {
        // The host's reset(): forget the answers and what the device kept.
        let (d, key) = (state.dispatcher(), props.storage_key.clone());
        use_effect_with(props.reset_epoch, move |&epoch| {
            if epoch > 0 {
                crate::web::storage_remove(&key);
                d.dispatch(Action::Reset);
            }
        });
    }
    let root = use_node_ref();
    {
        // Theme (CSS custom properties, checked in embed::parse) through the
        // CSSOM: a style attribute would need 'unsafe-inline' in the CSP.
        // Then ready, and the widget's height whenever it changes.
        let (root, theme, emit) = (root.clone(), props.config.theme.clone(), emit.clone());
        use_effect_with((), move |_| {
            crate::web::set_style_vars(&root, &theme);
            emit(crate::embed::Event::Ready);
            crate::web::on_resize(
                &root,
                Callback::from(move |height| emit(crate::embed::Event::Resize { height })),
            )
        });
    }
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
        let step_event = crate::embed::Event::Step {
            index: index + 1,
            total: all.len(),
            category: state.case.category.clone(),
        };
        let emit = emit.clone();
        let retitle = props.set_title;
        use_effect_with((state.step.clone(), state.problems.clone()), move |_| {
            if retitle {
                crate::web::set_title(&title);
            }
            crate::web::focus(if has_problems { &summary } else { &heading });
            if !has_problems {
                emit(step_event);
            }
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
    // The files worker: beside our other files, or (single-file build) a blob: URL.
    let files_worker: AttrValue = props
        .config
        .worker
        .clone()
        .unwrap_or_else(|| format!("{}files-worker.js", props.assets))
        .into();
    let on_document =
        Callback::from(move |format: &'static str| emit(crate::embed::Event::Document { format }));
    let org = props.config.organisation.clone();
    html! {
        <div class="zh-app" lang={props.lang.code()} ref={root}>
            if let Some(logo) = &props.config.logo {
                <img class="zh-logo" src={logo.clone()} alt={org.as_ref().map(|o| o.name.clone()).unwrap_or_default()} />
            }
            if !state.history.is_empty() {
                <a href="#" class="zh-back" onclick={on_back}>{ t.back }</a>
            }
            if state.step != Step::Start {
                <p class="zh-progress">
                    { t.step_of.replace("{n}", &(index + 1).to_string()).replace("{m}", &all.len().to_string()) }
                </p>
            }
            <pages::Page state={state.clone()} {dispatch} lang={props.lang} {heading} {summary} {files_worker}
                categories={props.config.categories.clone()} organisation={org} {on_document} />
            <device::DevicePanel state={state.clone()} lang={props.lang} storage_key={props.storage_key.clone()} />
        </div>
    }
}

#[derive(Clone, Debug, PartialEq, Properties)]
pub struct ConfigProblemProps {
    pub lang: Lang,
    /// What is wrong with the host's options, for its developer.
    pub problems: Vec<String>,
}

/// Shown instead of the wizard when the host's options are wrong: never an empty box.
#[function_component(ConfigProblem)]
pub fn config_problem(p: &ConfigProblemProps) -> Html {
    let t = p.lang.strings();
    html! {
        <div class="zh-app" lang={p.lang.code()}>
            <div class="zh-panel zh-panel--alert" role="alert">
                <p class="zh-panel-title">{ t.config_problem }</p>
                <ul class="zh-list" lang="en">{ for p.problems.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
            </div>
        </div>
    }
}
