//! The wizard: its state, its effects (see `hooks`), and the frame around
//! each page — the logo, the back link, «Шаг N из M», the page, "your answers".

use super::hooks::{
    use_browser_history, use_host_frame, use_host_reset, use_keep_on_device, use_lang,
    use_leave_warning, use_step_change, StepNews,
};
use super::state::{Action, Defaults, WizardState};
use super::{device, pages, AppProps, Host};
use crate::domain::content::content;
use crate::domain::date::Date;
use crate::flow::{steps, Fixed, Step};
use crate::i18n::Lang;
use std::rc::Rc;
use std::sync::Arc;
use yew::prelude::*;

/// The host's prefilled answers: its own name, branch and address as the
/// insurer's, and its region.
fn defaults(config: &crate::embed::Config) -> Defaults {
    let fields = config.organisation.as_ref().map_or_else(Vec::new, |o| {
        vec![
            (Fixed::InsurerName, o.name.clone()),
            (Fixed::InsurerBranch, o.branch.clone()),
            (Fixed::InsurerAddress, o.address.clone()),
        ]
    });
    Defaults {
        fields,
        region: config.region.clone().unwrap_or_default(),
    }
}

/// Answers kept on this device by an earlier visit (only ever written
/// after the person opted in), reopened where they left off.
fn restore(key: &str, today: Date) -> Option<WizardState> {
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

/// The wizard's state: kept answers, a state handed in (tests, server
/// rendering) or a fresh case with the host's prefilled answers, which
/// follow the host's `update()`.
#[hook]
fn use_wizard_state(props: &AppProps) -> UseReducerHandle<WizardState> {
    let state = use_reducer(|| {
        let defaults = Arc::new(defaults(&props.config));
        let mut s = props
            .initial
            .clone()
            .or_else(|| restore(&props.storage_key, props.today))
            .unwrap_or_else(|| WizardState::with_defaults(props.today, defaults.clone()));
        s.defaults = defaults;
        s
    });
    // The host's update() may bring new prefilled answers.
    let dispatch = state.dispatcher();
    let current = state.defaults.clone();
    use_effect_with(props.config.clone(), move |config| {
        let new = defaults(config);
        if new != *current {
            dispatch.dispatch(Action::Defaults(Arc::new(new)));
        }
    });
    state
}

/// The check page asks the letter engine in the files worker: start it one
/// page ahead (the same script for everyone).
#[hook]
fn use_warm_files_worker(script: &AttrValue, step: &Step) {
    let script = script.to_string();
    use_effect_with(*step == Step::Applicant, move |&near| {
        if near {
            crate::web::warm_files_worker(&script);
        }
    });
}

/// What the pages read of the host: its options, the files worker's
/// script, its events.
fn host(props: &AppProps, emit: Callback<crate::embed::Event>) -> Rc<Host> {
    Rc::new(Host {
        // The files worker: beside our other files, or (single-file build) a blob: URL.
        files_worker: props
            .config
            .worker
            .clone()
            .unwrap_or_else(|| format!("{}files-worker.js", props.config.assets()))
            .into(),
        config: props.config.clone(),
        emit,
    })
}

/// «Шаг N из M», and what a new step tells the document and the host.
fn step_news(state: &WizardState, lang: Lang, props: &AppProps, shown: bool) -> (String, StepNews) {
    let t = lang.strings();
    let all = steps(content(), &state.case);
    let index = all.iter().position(|s| *s == state.step).unwrap_or(0);
    let progress = t.step_count(index + 1, all.len());
    let prefix = if state.problems.is_empty() {
        ""
    } else if state.warned {
        t.warning_prefix
    } else {
        t.error_prefix
    };
    let news = StepNews {
        title: format!(
            "{prefix}{progress} — {} — {}",
            pages::title(state, lang),
            t.app_name
        ),
        index: index + 1,
        total: all.len(),
        category: state.case.category.clone(),
        retitle: props.set_title,
        shown,
    };
    (progress, news)
}

/// The back link: through the browser's history when our entry is on top,
/// so both Back buttons stay in step.
fn on_back(state: &UseReducerHandle<WizardState>) -> Callback<MouseEvent> {
    let (d, depth) = (state.dispatcher(), state.history.len());
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if depth > 0 && crate::web::history_depth() == Some(depth) {
            crate::web::history_back();
        } else {
            d.dispatch(Action::Back)
        }
    })
}

#[function_component(Wizard)]
pub fn wizard(props: &AppProps) -> Html {
    let lang = use_lang();
    let t = lang.strings();
    let state = use_wizard_state(props);
    let emit = props.on_event.clone().unwrap_or_else(Callback::noop);
    use_host_reset(
        props.reset_epoch,
        props.storage_key.clone(),
        state.dispatcher(),
    );
    let root = use_node_ref();
    use_host_frame(root.clone(), props.config.theme.clone(), emit.clone());
    let (heading, summary) = (use_node_ref(), use_node_ref());
    let shown = props.screen_texts || state.step == Step::Start;
    let (progress, news) = step_news(&state, lang, props, shown);
    use_step_change(&state, news, heading.clone(), summary.clone(), emit.clone());
    let not_kept = use_keep_on_device(props.storage_key.clone(), &state);
    use_leave_warning(&state, not_kept.is_some());
    use_browser_history(state.history.len(), state.dispatcher());
    let host = host(props, emit);
    use_warm_files_worker(&host.files_worker, &state.step);
    let org_name = props.config.organisation.as_ref().map(|o| o.name.clone());
    html! {
        <ContextProvider<Rc<Host>> context={host}>
            <div class="zh-app" lang={lang.code()} ref={root}>
                if let Some(logo) = &props.config.logo {
                    <img class="zh-logo" src={logo.clone()} alt={org_name.unwrap_or_default()} />
                }
                if !state.history.is_empty() {
                    <a href="#" class="zh-back" onclick={on_back(&state)}>{ t.back }</a>
                }
                if state.step != Step::Start {
                    <p class="zh-progress">{ progress }</p>
                }
                if let Some(why) = not_kept {
                    <div class="zh-panel zh-panel--alert" role="alert" id="zh-not-kept"><p>{ t.not_kept(why) }</p></div>
                }
                if shown {
                    <pages::Page state={state.clone()} {heading} {summary} />
                } else {
                    <p class="zh-hint" role="status">{ t.loading_texts }</p>
                }
                <device::DevicePanel state={state.clone()} storage_key={props.storage_key.clone()} />
            </div>
        </ContextProvider<Rc<Host>>>
    }
}
