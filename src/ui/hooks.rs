//! The wizard's effects, one hook each: what it reads by context, the
//! summary of the case from the letter engine, the host's frame (theme, ready, height), a reset
//! from the host, focus and title on each step, keeping answers on the
//! device, and the browser's Back button.

use super::state::{Action, WizardState};
use super::Host;
use crate::domain::case::Case;
use crate::domain::date::Date;
use crate::embed::Event;
use crate::engine::summary::Summary;
use crate::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

#[hook]
pub fn use_host() -> Rc<Host> {
    use_context::<Rc<Host>>().expect("pages render inside the wizard's Host context")
}

/// The check page's summary of the case (routing, deadlines, letters),
/// made again whenever the case changes. `fresh` is false while an answer
/// for the latest case is awaited; the previous summary is shown meanwhile.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summarised {
    pub summary: Option<Rc<Summary>>,
    pub fresh: bool,
    /// The engine could not be reached (shown instead of the letters).
    pub error: Option<String>,
}

/// Natively (tests, server rendering) the engine runs in place.
#[cfg(not(target_arch = "wasm32"))]
#[hook]
pub fn use_summary(case: &Case, today: Date) -> Summarised {
    let summary = use_memo((case.clone(), today), |(case, today)| {
        crate::engine::summarise(crate::domain::content::content(), case, *today)
    });
    Summarised {
        summary: Some(summary),
        fresh: true,
        error: None,
    }
}

/// In the browser the letter engine lives in the files worker, off the first
/// screen: the case goes there, the summary comes back. An answer for an
/// older case than the last one asked about is dropped.
#[cfg(target_arch = "wasm32")]
#[hook]
pub fn use_summary(case: &Case, today: Date) -> Summarised {
    let host = use_host();
    let asked = use_mut_ref(|| 0u32);
    let state = use_state(Summarised::default);
    {
        let state = state.clone();
        use_effect_with((case.clone(), today), move |(case, today)| {
            let mine = {
                let mut n = asked.borrow_mut();
                *n += 1;
                *n
            };
            state.set(Summarised {
                fresh: false,
                ..(*state).clone()
            });
            let json = case.to_json_line();
            let done = {
                let state = state.clone();
                Callback::from(move |answer: Result<String, String>| {
                    if *asked.borrow() != mine {
                        return;
                    }
                    let parsed = answer.and_then(|text| {
                        // Page and worker come from one build, so this does
                        // not happen.
                        crate::engine::records::read(&text)
                            .ok_or_else(|| "the letter engine's answer is unreadable".to_string())
                    });
                    state.set(match parsed {
                        Ok(summary) => Summarised {
                            summary: Some(Rc::new(summary)),
                            fresh: true,
                            error: None,
                        },
                        Err(e) => Summarised {
                            summary: None,
                            fresh: true,
                            error: Some(e),
                        },
                    });
                })
            };
            crate::web::review(&host.files_worker, json, &today.to_string(), done);
        });
    }
    (*state).clone()
}

/// Theme (CSS custom properties, checked in `embed::parse`) through the
/// CSSOM — a style attribute would need 'unsafe-inline' in the CSP — then
/// `ready`, and the widget's height whenever it changes.
#[hook]
pub fn use_host_frame(root: NodeRef, theme: Vec<(&'static str, String)>, emit: Callback<Event>) {
    {
        // Again whenever the host's update() changes the theme.
        let root = root.clone();
        use_effect_with(theme, move |theme| crate::web::set_style_vars(&root, theme));
    }
    use_effect_with((), move |_| {
        emit.emit(Event::Ready);
        crate::web::on_resize(
            &root,
            Callback::from(move |height| emit.emit(Event::Resize { height })),
        )
    });
}

/// The host's reset(): forget the answers and what the device kept.
#[hook]
pub fn use_host_reset(
    epoch: u32,
    storage_key: AttrValue,
    dispatch: UseReducerDispatcher<WizardState>,
) {
    use_effect_with(epoch, move |&epoch| {
        if epoch > 0 {
            crate::web::storage_remove(&storage_key);
            dispatch.dispatch(Action::Reset);
        }
    });
}

/// What a step change announces: the document title, the host's `step` event.
#[derive(Clone, PartialEq)]
pub struct StepNews {
    pub title: String,
    pub index: usize,
    pub total: usize,
    pub category: String,
    /// Retitle the document (not in inline mode).
    pub retitle: bool,
    /// The page is shown: its texts are here (see `AppProps::screen_texts`).
    pub shown: bool,
}

/// On every step change (or a new set of errors) move focus to the new
/// heading, or to the error summary, and retitle the page; for a page that
/// waits for its texts, once they are here.
#[hook]
pub fn use_step_change(
    state: &WizardState,
    news: StepNews,
    heading: NodeRef,
    summary: NodeRef,
    emit: Callback<Event>,
) {
    let has_problems = !state.problems.is_empty();
    let deps = (state.step.clone(), state.problems.clone(), news.shown);
    use_effect_with(deps, move |_| {
        if !news.shown {
            return;
        }
        if news.retitle {
            crate::web::set_title(&news.title);
        }
        crate::web::focus(if has_problems { &summary } else { &heading });
        if !has_problems {
            emit.emit(Event::Step {
                index: news.index,
                total: news.total,
                category: news.category,
            });
        }
    });
}

/// Answers are kept on the device only while the person has opted in.
#[hook]
pub fn use_keep_on_device(storage_key: AttrValue, state: &WizardState) {
    let saved = state.keep.then(|| crate::saved::to_json(&state.answers()));
    use_effect_with(saved, move |saved| match saved {
        Some(json) => {
            crate::web::storage_set(&storage_key, json);
        }
        None => crate::web::storage_remove(&storage_key),
    });
}

/// Answers typed but not kept on the device: leaving or reloading asks first.
#[hook]
pub fn use_leave_warning(state: &WizardState) {
    let unsaved = !state.keep && !state.case.category.is_empty();
    use_effect_with(unsaved, |&unsaved| {
        let stop = unsaved.then(crate::web::on_leave_ask);
        move || {
            if let Some(stop) = stop {
                stop();
            }
        }
    });
}

/// The browser's Back button walks the wizard back: each step gets a history
/// entry with the same URL, so the host's address never changes.
#[hook]
pub fn use_browser_history(depth: usize, dispatch: UseReducerDispatcher<WizardState>) {
    use_effect_with(depth, |&depth| {
        if crate::web::history_depth().unwrap_or(0) != depth {
            crate::web::history_push(depth);
        }
    });
    use_effect_with((), move |_| {
        crate::web::on_history_pop(Callback::from(move |to| {
            dispatch.dispatch(Action::PopTo(to))
        }))
    });
}
