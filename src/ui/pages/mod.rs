//! One view per kind of step, inside one form with the error summary: plain
//! functions of a `View`, components only where there is state or a context
//! to read. Each page reads the state, shows what `flow` and `domain` say, and
//! dispatches actions.

mod category;
mod check;
mod details;
mod documents;
mod post_kit;
mod question;
mod start;
mod what_next;

use super::fields::{focus_target, OnSet, Slot};
use super::hooks::{use_host, use_lang};
use super::state::{Action, WizardState};
use super::Host;
use crate::domain::content::QuestionKind;
use crate::flow::{FieldId, Problem, Step};
use crate::i18n::Lang;
use yew::prelude::*;

/// What every page gets.
#[derive(Properties, PartialEq, Clone)]
pub struct PageProps {
    pub state: UseReducerHandle<WizardState>,
    /// The page's h1, which takes focus on arrival.
    pub heading: NodeRef,
    /// The error summary, which takes focus when Continue finds problems.
    #[prop_or_default]
    pub summary: NodeRef,
}

/// What a page's view reads: the state, the language, the host, its heading.
/// Pages without state of their own are plain functions of this (a Yew
/// component costs some kilobytes of wasm each; see docs/decisions.md).
pub struct View<'a> {
    pub state: &'a UseReducerHandle<WizardState>,
    pub lang: Lang,
    pub host: &'a Host,
    pub heading: &'a NodeRef,
}

/// The page's heading text, also used in the document title.
pub fn title(state: &WizardState, lang: Lang) -> String {
    let t = lang.strings();
    let content = lang.content();
    let category = content.category(&state.case.category);
    match &state.step {
        Step::Start => t.start_title.into(),
        Step::Category => t.category_title.into(),
        Step::Exit => crate::flow::exit_of(content, &state.case)
            .map_or_else(String::new, |e| e.title.to_string()),
        Step::Also => t.also_title.into(),
        Step::Who => t.who_title.into(),
        Step::Patient => t.patient_title.into(),
        Step::Question(id) => crate::domain::rules::questions::question(content, &state.case, id)
            .map_or_else(String::new, |(_, q)| q.label.to_string()),
        Step::Clinic => category
            .and_then(|c| c.clinic_title.as_deref())
            .unwrap_or(t.clinic_title)
            .to_string(),
        Step::Insurer => t.insurer_title.into(),
        Step::Applicant => t.applicant_title.into(),
        Step::Check => t.check_title.into(),
    }
}

/// A field's label as messages name it.
pub fn label(state: &WizardState, field: &FieldId, lang: Lang) -> String {
    lang.field_label(&state.case, field)
}

/// The message for a field, if Continue found a problem with it.
pub fn error_for(state: &WizardState, field: &FieldId, lang: Lang) -> Option<String> {
    state
        .problems
        .iter()
        .find(|p| &p.field == field)
        .map(|p| lang.problem_message(&state.case, p))
}

/// Every control reports the field it carries and its value; the reducer
/// gets that field as it is.
pub fn on_set(state: &UseReducerHandle<WizardState>) -> OnSet {
    let d = state.dispatcher();
    Callback::from(move |(slot, value): (Slot, String)| {
        if let Slot::Case(field) = slot {
            d.dispatch(Action::Set { field, value })
        }
    })
}

fn is_date(state: &WizardState, field: &FieldId) -> bool {
    let FieldId::Fact(id) = field else {
        return false;
    };
    crate::domain::rules::questions::question(crate::domain::content::content(), &state.case, id)
        .is_some_and(|(_, q)| q.kind == QuestionKind::Date)
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    problems: Vec<Problem>,
    /// Only warnings: Continue again goes on.
    warned: bool,
    state: UseReducerHandle<WizardState>,
    node: NodeRef,
}

/// Error summary: takes focus, each item links to its field.
#[function_component(ErrorSummary)]
fn error_summary(p: &SummaryProps) -> Html {
    let lang = use_lang();
    let item = |pr: &Problem| {
        let target = focus_target(&pr.field, is_date(&p.state, &pr.field));
        let message = lang.problem_message(&p.state.case, pr);
        let (node, t) = (p.node.clone(), target.clone());
        let onclick = Callback::from(move |e: MouseEvent| {
            // Focus the field ourselves: following "#id" would change the host page's URL.
            e.prevent_default();
            crate::web::focus_in(&node, &t);
        });
        html! { <li><a href={format!("#{target}")} {onclick}>{ message }</a></li> }
    };
    html! {
        <div class="zh-error-summary" tabindex="-1" ref={p.node.clone()} aria-labelledby="zh-error-summary-title">
            <h2 class="zh-h2" id="zh-error-summary-title">{ if p.warned { lang.strings().warning_summary_title } else { lang.strings().error_summary_title } }</h2>
            <ul class="zh-error-list">{ for p.problems.iter().map(item) }</ul>
        </div>
    }
}

/// The «Продолжить» button of a question page.
pub fn continue_button(label: &'static str) -> Html {
    html! { <button type="submit" class="zh-button">{ label }</button> }
}

#[function_component(Page)]
pub fn page(p: &PageProps) -> Html {
    let lang = use_lang();
    let host = use_host();
    let view = View {
        state: &p.state,
        lang,
        host: &host,
        heading: &p.heading,
    };
    let on_continue = {
        let d = p.state.dispatcher();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.dispatch(Action::Continue)
        })
    };
    let problems = &p.state.problems;
    let body = match &p.state.step {
        Step::Start => start::start_page(&view),
        Step::Category => category::category_page(&view),
        Step::Exit => start::exit_page(&view),
        Step::Question(_) => question::question_page(&view),
        Step::Who | Step::Patient | Step::Also | Step::Clinic | Step::Insurer | Step::Applicant => {
            details::details_page(&view)
        }
        Step::Check => html! { <check::CheckPage ..p.clone() /> },
    };
    html! {
        <form class="zh-form" novalidate=true onsubmit={on_continue}>
            if !problems.is_empty() {
                <ErrorSummary problems={problems.clone()} warned={p.state.warned} state={p.state.clone()} node={p.summary.clone()} />
            }
            { body }
        </form>
    }
}
