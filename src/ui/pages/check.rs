//! Check your answers: every answer with «Изменить», what the rules found
//! (deadlines, addressees, what to attach), what 59-ФЗ still requires, the
//! letters with their downloads, and what to do next. Everything here is
//! read from one review of the case.

use super::documents::Documents;
use super::what_next::WhatNext;
use super::PageProps;
use crate::domain::content::QuestionKind;
use crate::domain::date::Date;
use crate::domain::review::Review;
use crate::domain::rules::WaitingOutcome;
use crate::flow::Step;
use crate::i18n::Lang;
use crate::ui::hooks::{use_lang, use_review};
use crate::ui::state::{Action, WizardState};
use std::rc::Rc;
use yew::prelude::*;

/// One review, shared by the parts of the page (compared by identity).
#[derive(Clone)]
pub struct Reviewed(pub Rc<Review<'static>>);

impl PartialEq for Reviewed {
    fn eq(&self, other: &Reviewed) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[function_component(CheckPage)]
pub fn check_page(p: &PageProps) -> Html {
    let lang = use_lang();
    let t = lang.strings();
    let review = Reviewed(use_review(&p.state.case, p.state.today));
    let missing = &review.0.missing;
    html! {
        <>
            <h1 class="zh-h1" tabindex="-1" ref={p.heading.clone()}>{ t.check_title }</h1>
            { answers(&p.state, lang) }
            { findings(&review.0, lang) }
            if !missing.is_empty() {
                <div class="zh-panel zh-panel--alert" id="zh-missing">
                    <p class="zh-panel-title">{ t.missing_title }</p>
                    <ul class="zh-list">{ for missing.iter().map(|m| html! { <li>{ t.missing(*m) }</li> }) }</ul>
                </div>
            }
            <Documents review={review.clone()} today={p.state.today} heading={p.heading.clone()} />
            if let Some(a) = &review.0.assessment {
                <WhatNext category={p.state.case.category.clone()}
                    letter_date={a.letter_date} answer_due={a.answer_due.date}
                    escalation={a.escalation.iter().map(|e| e.id.to_string()).collect::<Vec<_>>()} />
            }
        </>
    }
}

/// Every answer, with a link back to its page.
fn answers(state: &UseReducerHandle<WizardState>, lang: Lang) -> Html {
    let t = lang.strings();
    let case = &state.case;
    let row = |label: String, value: String, step: Step| {
        let d = state.dispatcher();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            d.dispatch(Action::Edit(step.clone()))
        });
        let shown = if value.trim().is_empty() {
            t.not_provided.to_string()
        } else {
            value
        };
        html! {
            <div class="zh-summary-row">
                <dt class="zh-summary-key">{ label.clone() }</dt>
                <dd class="zh-summary-value">{ shown }</dd>
                <dd class="zh-summary-action">
                    <a href="#" {onclick}>{ t.change }<span class="zh-visually-hidden">{ format!(" — {label}") }</span></a>
                </dd>
            </div>
        }
    };
    let mut rows = Vec::new();
    if let Some(cat) = lang.content().category(&case.category) {
        rows.push(row(
            t.labels.category.into(),
            cat.title.to_string(),
            Step::Category,
        ));
        for q in cat.visible_questions(case) {
            rows.push(row(
                q.label.to_string(),
                shown_answer(lang, q, case.fact(&q.id)),
                Step::Question(q.id.to_string()),
            ));
        }
    }
    let mut steps = vec![Step::Who];
    if case.represented.is_some() {
        steps.push(Step::Patient);
    }
    steps.extend([Step::Clinic, Step::Insurer, Step::Applicant]);
    for step in steps {
        for spec in step.fields(case) {
            rows.push(row(
                (spec.label)(&t.labels, case).into(),
                spec.shown_value(case, t),
                step.clone(),
            ));
        }
    }
    html! { <dl class="zh-summary">{ for rows }</dl> }
}

/// An answer as the person reads it: a choice by its label, a date in words.
fn shown_answer(lang: Lang, q: &crate::domain::content::Question, raw: &str) -> String {
    match q.kind {
        QuestionKind::Choice => q
            .options
            .iter()
            .find(|o| o.value == raw)
            .map_or(raw.to_string(), |o| o.label.to_string()),
        QuestionKind::Date => Date::parse(raw).map_or(raw.to_string(), |d| lang.date(d)),
        _ => raw.to_string(),
    }
}

/// What the rules found: the waiting-time verdict, who gets the letter,
/// when the answer is due, what to attach.
fn findings(review: &Review, lang: Lang) -> Html {
    let t = lang.strings();
    let Some(a) = &review.assessment else {
        return html! {};
    };
    let waiting = match &a.waiting {
        Some(WaitingOutcome::Assessed(w)) => {
            let detail = t
                .waiting_detail
                .replace("{limit}", &lang.working_days(w.limit.working_days))
                .replace("{date}", &lang.date(w.limit_date.date))
                .replace("{start}", &lang.date(w.start))
                .replace("{elapsed}", &lang.working_days(w.elapsed_working_days));
            html! {
                <div class={classes!("zh-panel", w.violated().then_some("zh-panel--alert"))}>
                    <p class="zh-panel-title">{ if w.violated() { t.waiting_violated } else { t.waiting_ok } }</p>
                    <p>{ detail }</p>
                    if !w.limit.confirmed { <p>{ t.waiting_unconfirmed }</p> }
                </div>
            }
        }
        _ => html! {},
    };
    let attachments = review
        .letters
        .first()
        .map(|l| &l.attachments)
        .filter(|a| !a.is_empty());
    html! {
        <>
            { waiting }
            <h2 class="zh-h2">{ t.addressee_title }</h2>
            <ul class="zh-list">
                { for a.addressees.iter().map(|ad| {
                    let ad = lang.content().addressee(&ad.id).unwrap_or(ad);
                    html! { <li><strong>{ ad.name.as_ref() }</strong>{ ". " }{ ad.why.as_ref() }</li> }
                }) }
            </ul>
            <p>{ format!("{} {}", t.answer_due, lang.date(a.answer_due.date)) }</p>
            if let Some(items) = attachments {
                <h2 class="zh-h2">{ t.attach_title }</h2>
                <p class="zh-hint">{ t.attach_note }</p>
                // The attachments are the letter's own (Russian) lines.
                <ul lang="ru" class="zh-list">{ for items.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
            }
            if a.dates_uncertain() { <p class="zh-hint">{ t.provisional_calendar }</p> }
        </>
    }
}
