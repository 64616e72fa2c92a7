//! Check your answers: what still needs a look (with «Изменить»), every
//! answer, what the rules found (deadlines, addressees and how each is
//! served, what to attach), the patient's name as the letter declines it,
//! what 59-ФЗ still requires, the letters with their downloads, and what to
//! do next. The findings and letters come from one summary of the case,
//! made by the letter engine (`use_summary`).

use super::documents::Documents;
use super::what_next::WhatNext;
use super::{label, on_set, PageProps};
use crate::domain::case::Case;
use crate::domain::completeness::missing_elements;
use crate::domain::content::{content, QuestionKind};
use crate::domain::date::Date;
use crate::domain::names::Case as Gram;
use crate::domain::rules::questions;
use crate::engine::summary::{Summary, Verdict, WaitingView};
use crate::flow::{check_case, FieldId, Fixed, Problem, Step};
use crate::i18n::Lang;
use crate::ui::fields::{FrameProps, TextField};
use crate::ui::hooks::{use_lang, use_summary};
use crate::ui::state::{Action, WizardState};
use yew::prelude::*;

#[function_component(CheckPage)]
pub fn check_page(p: &PageProps) -> Html {
    let lang = use_lang();
    let t = lang.strings();
    let case = &p.state.case;
    let summarised = use_summary(case, p.state.today);
    let missing = missing_elements(content(), case);
    let problems = check_case(content(), case, p.state.today);
    let summary = summarised.summary.clone();
    html! {
        <>
            <h1 class="zh-h1" tabindex="-1" ref={p.heading.clone()}>{ t.check_title }</h1>
            { problems_panel(&p.state, &problems, lang) }
            <p class="zh-hint" role="status">{ if summarised.fresh { "" } else { t.preparing } }</p>
            if let Some(e) = &summarised.error {
                <div class="zh-panel zh-panel--alert" role="alert">
                    <p class="zh-panel-title">{ t.engine_failed }</p>
                    <p>{ e }</p>
                </div>
            }
            // Phone first: what the letter finds and who receives it, what is
            // missing, the downloads; then the answers and what refines them.
            if let Some(s) = &summary { { findings(s, case, lang) } }
            if !missing.is_empty() {
                <div class="zh-panel zh-panel--alert" id="zh-missing">
                    <p class="zh-panel-title">{ t.missing_title }</p>
                    <ul class="zh-list">{ for missing.iter().map(|m| html! { <li>{ t.missing(*m) }</li> }) }</ul>
                </div>
            }
            if let Some(s) = &summary {
                <Documents summary={s.clone()} case={case.clone()} today={p.state.today} heading={p.heading.clone()}
                    blocked={!summarised.fresh || !missing.is_empty() || problems.iter().any(|p| p.kind.blocks())} />
            }
            <h2 class="zh-h2">{ t.answers_title }</h2>
            { answers(&p.state, lang) }
            if let Some(s) = &summary {
                { addressees(s, lang) }
                { attachments(s, lang) }
                { own_attachments(&p.state, lang) }
                { name_forms(&p.state, s, lang) }
                <WhatNext state={p.state.clone()} summary={s.clone()} />
            }
        </>
    }
}

/// What the checks find in the answers as a whole (a file loaded from
/// elsewhere, a warning passed over, a parent acting for an adult), each
/// with a link to the page that puts it right.
fn problems_panel(state: &UseReducerHandle<WizardState>, problems: &[Problem], lang: Lang) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    let t = lang.strings();
    let item = |pr: &Problem| {
        let d = state.dispatcher();
        let step = pr.step();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            d.dispatch(Action::Edit(step.clone()))
        });
        let message = lang.problem_message(&state.case, pr);
        html! {
            <li>{ message }{ " " }
                <a href="#" {onclick}>{ t.change }<span class="zh-visually-hidden">{ format!(" — {}", label(state, &pr.field, lang)) }</span></a>
            </li>
        }
    };
    let blocking = problems.iter().any(|p| p.kind.blocks());
    html! {
        <div class="zh-panel" data-alert={blocking.then_some("true")} id="zh-problems">
            <p class="zh-panel-title">{ t.problems_title }</p>
            <ul class="zh-list">{ for problems.iter().map(item) }</ul>
        </div>
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
    let content = lang.content();
    if let Some(cat) = content.category(&case.category) {
        rows.push(row(
            t.labels.category.into(),
            cat.title.to_string(),
            Step::Category,
        ));
        let also: Vec<&str> = case
            .also
            .iter()
            .filter_map(|id| content.category(id))
            .map(|c| c.title.as_ref())
            .collect();
        if !questions::related(content, case).is_empty() {
            rows.push(row(t.labels.also.into(), also.join("; "), Step::Also));
        }
        for (_, q) in questions::all_questions(content, case) {
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
    steps.push(Step::Clinic);
    if crate::flow::fields::insurer_asked(case) {
        steps.push(Step::Insurer);
    }
    steps.push(Step::Applicant);
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

/// The waiting-time verdict: the limit, and the days counted to the offered
/// date when there is one, otherwise to the letter's date.
fn waiting_panel(w: &WaitingView, lang: Lang) -> Html {
    let t = lang.strings();
    let detail = match w.offered {
        Some(offered) => t.waiting_offered.replace("{offered}", &lang.date(offered)),
        None => t.waiting_detail.to_string(),
    }
    .replace("{limit}", &lang.working_days(w.limit_days))
    .replace("{date}", &lang.date(w.limit_date))
    .replace("{start}", &lang.date(w.start))
    .replace("{elapsed}", &lang.working_days(w.elapsed));
    let broken = w.verdict != Verdict::Kept;
    html! {
        <div class="zh-panel" data-alert={broken.then_some("true")}>
            <p class="zh-panel-title">{ t.verdict(w.verdict) }</p>
            <p>{ detail }</p>
            if !w.limit_confirmed { <p>{ t.waiting_unconfirmed }</p> }
        </div>
    }
}

/// What the rules found: the waiting-time verdict, which letter this is,
/// who gets what, when the answer is due, what to attach.
fn findings(s: &Summary, case: &Case, lang: Lang) -> Html {
    let t = lang.strings();
    let content = lang.content();
    let category = content.category(&case.category);
    let variant = s
        .variant
        .and_then(|i| category.and_then(|c| c.variants.get(i)));
    // A further problem the answers took out of ОМС: said here, not written.
    let left_out: Vec<String> = questions::left_out(content, case)
        .iter()
        .map(|e| format!("{} {}", e.title, e.where_to_go))
        .collect();
    let names: Vec<&str> = served(s, content).map(|(a, _)| a.name.as_ref()).collect();
    let cautions: Vec<&str> = s
        .cautions
        .iter()
        .filter_map(|(id, i)| content.category(id).and_then(|c| c.cautions.get(*i)))
        .map(|t| t.text.as_ref())
        .chain(left_out.iter().map(String::as_str))
        .collect();
    html! {
        <>
            if let Some(w) = &s.waiting { { waiting_panel(w, lang) } }
            if let Some(year) = s.no_programme {
                <div class="zh-panel"><p>{ t.waiting_no_programme.replace("{year}", &year.to_string()) }</p></div>
            }
            if let Some(v) = variant {
                <div class="zh-panel"><p>{ v.explain.as_ref() }</p></div>
            }
            if !cautions.is_empty() {
                <div class="zh-panel zh-panel--alert">
                    <p class="zh-panel-title">{ t.cautions_title }</p>
                    { for cautions.iter().map(|c| html! { <p>{ *c }</p> }) }
                </div>
            }
            if let Some((programme, event)) = s.planning {
                <p class="zh-hint">{ t.planning_caveat.replace("{programme}", &programme.to_string()).replace("{event}", &event.to_string()) }</p>
            }
            <p>{ t.addressees_short }{ names.join("; ") }{ "." }</p>
            if s.dates_uncertain { <p class="zh-hint">{ t.provisional_calendar }</p> }
        </>
    }
}

/// The summary's addressees as content describes them, with how each is served.
fn served<'a>(
    s: &'a Summary,
    content: &'a crate::domain::content::Content,
) -> impl Iterator<
    Item = (
        &'a crate::domain::content::Addressee,
        crate::domain::content::Serve,
    ),
> + 'a {
    s.addressees
        .iter()
        .filter_map(|served| content.addressee(&served.id).map(|a| (a, served.how)))
}

/// Who receives the letters, how and why (named in short above the downloads).
fn addressees(s: &Summary, lang: Lang) -> Html {
    let (t, content) = (lang.strings(), lang.content());
    html! {
        <>
            <h2 class="zh-h2">{ t.addressee_title }</h2>
            <ul class="zh-list">
                { for served(s, content).map(|(a, how)| html! {
                    <li><strong>{ a.name.as_ref() }</strong>{ " — " }{ t.served(how) }{ ". " }{ a.why.as_ref() }</li>
                }) }
            </ul>
        </>
    }
}

/// What to enclose: the first letter's own (Russian) attachment lines.
fn attachments(s: &Summary, lang: Lang) -> Html {
    let t = lang.strings();
    let Some(items) = s
        .letters
        .first()
        .map(|l| &l.attachments)
        .filter(|a| !a.is_empty())
    else {
        return html! {};
    };
    html! {
        <>
            <h2 class="zh-h2">{ t.attach_title }</h2>
            <p class="zh-hint">{ t.attach_note }</p>
            <ul lang="ru" class="zh-list">{ for items.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
        </>
    }
}

/// What the person attaches beyond the checklist: added to the letter's list.
fn own_attachments(state: &UseReducerHandle<WizardState>, lang: Lang) -> Html {
    let field = FieldId::Fixed(Fixed::Attachments);
    let frame = FrameProps {
        path: field.path().to_string().into(),
        label: label(state, &field, lang).into(),
        hint: None,
        optional: Some(lang.strings().optional.into()),
        error: None,
        heading: None,
    };
    html! { <TextField {frame} value={field.get(&state.case)} on_set={on_set(state)} multiline=true /> }
}

/// The patient's name in each case the letter uses, as the rules decline
/// it; a correction is kept in the case and used from then on.
fn name_forms(state: &UseReducerHandle<WizardState>, s: &Summary, lang: Lang) -> Html {
    if s.name_forms.is_empty() {
        return html! {};
    }
    let t = lang.strings();
    let on_set = on_set(state);
    let fields = s.name_forms.iter().filter_map(|(code, declined)| {
        let field = FieldId::NameForm(Gram::parse(code)?);
        let kept = field.get(&state.case);
        let frame = FrameProps {
            path: field.path().to_string().into(),
            label: label(state, &field, lang).into(),
            hint: None,
            optional: None,
            error: None,
            heading: None,
        };
        let value: AttrValue = if kept.is_empty() {
            declined.clone()
        } else {
            kept
        }
        .into();
        Some(html! { <TextField {frame} {value} on_set={on_set.clone()} /> })
    });
    html! {
        <section class="zh-names" aria-labelledby="zh-names-title">
            <h2 class="zh-h2" id="zh-names-title">{ t.name_forms_title }</h2>
            <p class="zh-hint">{ t.name_forms_hint }</p>
            { for fields }
        </section>
    }
}
