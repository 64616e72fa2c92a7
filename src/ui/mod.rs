//! Yew components. They edit the case through the reducer (`state`) and show
//! what `flow` and `domain` say; no legal logic lives here. What every
//! component reads comes by context: the language ([`Lang`]) and the host
//! ([`Host`]: its options, the files worker, where events go).

mod device;
mod fields;
mod hooks;
mod pages;
pub mod state;
mod wizard;

use crate::domain::date::Date;
use crate::embed::{Config, Event};
use crate::i18n::Lang;
use state::WizardState;
use std::rc::Rc;
use yew::prelude::*;

/// What the host passes in when it mounts the widget.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    #[prop_or_default]
    pub lang: Lang,
    /// Today's date; the browser entry passes the real one, tests a fixed one.
    pub today: Date,
    /// Start from this state instead of a blank case (tests).
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
    pub config: Rc<Config>,
    /// Where the widget reports ready / step / document / resize (no personal data).
    #[prop_or_default]
    pub on_event: Option<Callback<Event>>,
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
    /// The screens' texts are here (`i18n::texts::screen_texts_ready`):
    /// the page loads them after its start page, which needs none; another
    /// page waits for them.
    #[prop_or(true)]
    pub screen_texts: bool,
}

impl AppProps {
    /// A widget with no host options: the standalone page, and tests.
    pub fn new(lang: Lang, today: Date) -> AppProps {
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
            screen_texts: crate::i18n::texts::screen_texts_ready(),
        }
    }
}

/// The host, as every page may read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Host {
    pub config: Rc<Config>,
    /// URL of the files worker script (DOCX, PDF, .ics).
    pub files_worker: AttrValue,
    /// Tells the host page what happened (never what was typed).
    pub emit: Callback<Event>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    html! {
        <ContextProvider<Lang> context={props.lang}>
            if props.config_problems.is_empty() {
                <wizard::Wizard ..props.clone() />
            } else {
                <ConfigProblem problems={props.config_problems.clone()} />
            }
        </ContextProvider<Lang>>
    }
}

#[derive(Clone, Debug, PartialEq, Properties)]
pub struct ConfigProblemProps {
    /// What is wrong with the host's options, for its developer.
    pub problems: Vec<String>,
}

/// Shown instead of the wizard when the host's options are wrong: never an empty box.
#[function_component(ConfigProblem)]
pub fn config_problem(p: &ConfigProblemProps) -> Html {
    let lang = hooks::use_lang();
    html! {
        <div class="zh-app" lang={lang.code()}>
            <div class="zh-panel zh-panel--alert" role="alert">
                <p class="zh-panel-title">{ lang.strings().config_problem }</p>
                <ul class="zh-list" lang="en">{ for p.problems.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
            </div>
        </div>
    }
}
