//! One component per kind of step. Each reads the state, shows what the
//! domain computed, and dispatches actions.

use super::fields::{focus_target, DateField, RadioOption, Radios, TextField};
use super::state::{Action, WizardState};
use crate::domain::catalog::{content, QuestionKind};
use crate::domain::complaint::{build_all, file_name, missing_elements};
use crate::domain::rules::{assess, WaitingOutcome};
use crate::i18n::{Lang, Strings};
use crate::wizard::{fixed_fields, get, Problem, Step};
use crate::writers;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub state: UseReducerHandle<WizardState>,
    pub dispatch: UseReducerDispatcher<WizardState>,
    pub lang: Lang,
    pub heading: NodeRef,
    pub summary: NodeRef,
    /// URL of the files worker script (DOCX, PDF, .ics).
    pub files_worker: AttrValue,
    /// The host's choice and order of categories (`None`: all).
    #[prop_or_default]
    pub categories: Option<Vec<String>>,
    /// The host's organisation (hotline and website on the start page).
    #[prop_or_default]
    pub organisation: Option<crate::embed::Organisation>,
    /// Told the format of every file made (for the host's `document` event).
    #[prop_or_default]
    pub on_document: Callback<&'static str>,
}

/// The page's heading text, also used in the document title.
pub fn title(state: &WizardState, lang: Lang) -> String {
    let t = lang.strings();
    let content = lang.content();
    match &state.step {
        Step::Start => t.start_title.into(),
        Step::Category => t.category_title.into(),
        Step::Exit => content
            .exits
            .iter()
            .find(|e| e.id == state.case.category)
            .map_or_else(String::new, |e| e.title.clone()),
        Step::Who => t.who_title.into(),
        Step::Patient => t.patient_title.into(),
        Step::Question(id) => content
            .category(&state.case.category)
            .and_then(|c| c.question(id))
            .map_or_else(String::new, |q| q.label.clone()),
        Step::Clinic => content
            .category(&state.case.category)
            .and_then(|c| c.clinic_title.clone())
            .unwrap_or_else(|| t.clinic_title.into()),
        Step::Insurer => t.insurer_title.into(),
        Step::Applicant => t.applicant_title.into(),
        Step::Check => t.check_title.into(),
    }
}

fn message_for(problems: &[Problem], path: &str, t: &Strings, label: &str) -> Option<String> {
    problems
        .iter()
        .find(|p| p.field == path)
        .map(|p| t.problem(p.kind, label))
}

fn is_date_path(state: &WizardState, path: &str) -> bool {
    path.strip_prefix("facts.").is_some_and(|id| {
        content()
            .category(&state.case.category)
            .and_then(|c| c.question(id))
            .is_some_and(|q| q.kind == QuestionKind::Date)
    })
}

fn label_for(state: &WizardState, path: &str, lang: Lang) -> String {
    let t = lang.strings();
    if let Some(id) = path.strip_prefix("facts.") {
        return lang
            .content()
            .category(&state.case.category)
            .and_then(|c| c.question(id))
            .map_or_else(String::new, |q| q.label.clone());
    }
    t.field_label(path).to_string()
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    items: Vec<(String, String)>,
    title: &'static str,
    node: NodeRef,
}

/// Error summary: takes focus, each item links to its field.
#[function_component(ErrorSummary)]
fn error_summary(p: &SummaryProps) -> Html {
    html! {
        <div class="zh-error-summary" tabindex="-1" ref={p.node.clone()} aria-labelledby="zh-error-summary-title">
            <h2 class="zh-h2" id="zh-error-summary-title">{ p.title }</h2>
            <ul class="zh-error-list">
            { for p.items.iter().map(|(target, msg)| {
                let t = target.clone();
                let node = p.node.clone();
                let onclick = Callback::from(move |e: MouseEvent| {
                    // Focus the field ourselves: following "#id" would change the host page's URL.
                    e.prevent_default();
                    crate::web::focus_in(&node, &t);
                });
                html! { <li><a href={format!("#{target}")} {onclick}>{ msg }</a></li> }
            }) }
            </ul>
        </div>
    }
}

#[function_component(Page)]
pub fn page(p: &PageProps) -> Html {
    let t = p.lang.strings();
    let s = &*p.state;
    let on_set = {
        let d = p.dispatch.clone();
        Callback::from(move |(path, value): (String, String)| {
            d.dispatch(Action::Set { path, value })
        })
    };
    let on_continue = {
        let d = p.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.dispatch(Action::Continue)
        })
    };
    let err = |path: &str| message_for(&s.problems, path, t, &label_for(s, path, p.lang));
    let summary = (!s.problems.is_empty()).then(|| {
        let items: Vec<(String, String)> = s
            .problems
            .iter()
            .map(|pr| {
                (
                    focus_target(&pr.field, is_date_path(s, &pr.field)),
                    t.problem(pr.kind, &label_for(s, &pr.field, p.lang)),
                )
            })
            .collect();
        html! { <ErrorSummary {items} title={t.error_summary_title} node={p.summary.clone()} /> }
    });
    let button = |label: &'static str| {
        html! { <button type="submit" class="zh-button">{ label }</button> }
    };

    let body = match &s.step {
        Step::Start => html! {
            <>
                <h1 class="zh-h1" tabindex="-1" ref={p.heading.clone()}>{ t.start_title }</h1>
                <p class="zh-lead">{ t.start_lead }</p>
                <h2 class="zh-h2">{ t.start_need_title }</h2>
                <ul class="zh-list">{ for t.start_need.iter().map(|x| html! { <li>{ *x }</li> }) }</ul>
                <p class="zh-privacy">{ t.privacy }</p>
                if let Some(o) = p.organisation.as_ref().filter(|o| !o.hotline.is_empty() || !o.website.is_empty()) {
                    <p class="zh-hint">
                        { format!("{} {}", t.organisation_contacts, o.name) }
                        if !o.hotline.is_empty() { { format!(": {}", o.hotline) } }
                        if !o.website.is_empty() { { ", " }<a href={o.website.clone()} target="_blank" rel="noopener noreferrer">{ &o.website }</a> }
                    </p>
                }
                { button(t.start_button) }
            </>
        },
        Step::Category => {
            // ОМС categories first, then the situations ОМС does not cover;
            // a host may choose which to offer and in what order.
            let content = p.lang.content();
            let all: Vec<RadioOption> = content
                .categories
                .iter()
                .map(|c| (c.id.as_str(), c.title.as_str(), c.summary.as_str()))
                .chain(
                    content
                        .exits
                        .iter()
                        .map(|e| (e.id.as_str(), e.title.as_str(), e.summary.as_str())),
                )
                .filter(|(id, _, _)| {
                    p.categories
                        .as_ref()
                        .is_none_or(|list| list.iter().any(|c| c == id))
                })
                .map(|(id, title, summary)| RadioOption {
                    value: id.to_string().into(),
                    label: title.to_string().into(),
                    hint: Some(summary.to_string().into()),
                })
                .collect();
            let options = match &p.categories {
                Some(order) => order
                    .iter()
                    .filter_map(|id| all.iter().find(|o| o.value == id.as_str()).cloned())
                    .collect(),
                None => all,
            };
            html! {
                <>
                    <Radios path="category" legend={t.category_title} hint={Some(AttrValue::from(t.category_hint))}
                        {options} value={s.case.category.clone()} error={err("category")}
                        on_set={on_set.clone()} heading={Some(p.heading.clone())} />
                    { button(t.continue_button) }
                </>
            }
        }
        Step::Exit => {
            let Some(exit) = p.lang.content().exit(&s.case.category) else {
                return html! {};
            };
            html! {
                <>
                    <h1 class="zh-h1" tabindex="-1" ref={p.heading.clone()}>{ &exit.title }</h1>
                    <div class="zh-panel">
                        <p class="zh-panel-title">{ t.exit_lead }</p>
                        <p>{ &exit.where_to_go }</p>
                    </div>
                    <p class="zh-hint">{ format!("{} {}", t.source, exit.source) }</p>
                </>
            }
        }
        Step::Who => {
            let options: Vec<RadioOption> = crate::wizard::RELATIONS
                .iter()
                .zip(t.relations.iter())
                .map(|(v, l)| RadioOption {
                    value: (*v).into(),
                    label: (*l).into(),
                    hint: None,
                })
                .collect();
            html! {
                <>
                    <Radios path="represented.relation" legend={t.who_title} {options}
                        value={get(&s.case, "represented.relation")} error={err("represented.relation")}
                        on_set={on_set.clone()} heading={Some(p.heading.clone())} />
                    { button(t.continue_button) }
                </>
            }
        }
        Step::Question(id) => {
            let Some(q) = p
                .lang
                .content()
                .category(&s.case.category)
                .and_then(|c| c.question(id))
            else {
                return html! {};
            };
            let path = format!("facts.{id}");
            let value: AttrValue = get(&s.case, &path).into();
            let hint = q.hint.clone().map(AttrValue::from);
            let optional = q.optional.then_some(AttrValue::from(t.optional));
            let error = err(&path);
            let field = match q.kind {
                QuestionKind::Choice => {
                    let options: Vec<RadioOption> = q
                        .options
                        .iter()
                        .map(|o| RadioOption {
                            value: o.value.clone().into(),
                            label: o.label.clone().into(),
                            hint: None,
                        })
                        .collect();
                    html! { <Radios path={path.clone()} legend={q.label.clone()} {hint} {options} {value} {error}
                    on_set={on_set.clone()} heading={Some(p.heading.clone())} /> }
                }
                QuestionKind::Date => html! {
                    <DateField path={path.clone()} legend={q.label.clone()} {hint} {optional} {value} {error}
                        on_set={on_set.clone()} heading={p.heading.clone()} labels={[t.day, t.month, t.year]} />
                },
                QuestionKind::Text | QuestionKind::Textarea | QuestionKind::Money => html! {
                    <TextField path={path.clone()} label={q.label.clone()} {hint} {optional} {value} {error}
                        on_set={on_set.clone()} heading={Some(p.heading.clone())}
                        multiline={q.kind == QuestionKind::Textarea} />
                },
            };
            html! { <>{ field }{ button(t.continue_button) }</> }
        }
        Step::Patient | Step::Clinic | Step::Insurer | Step::Applicant => {
            let heading_text = title(s, p.lang);
            let hint = match s.step {
                Step::Insurer => Some(t.insurer_hint),
                Step::Patient => Some(t.patient_hint),
                _ => None,
            };
            let fields = fixed_fields(&s.step).iter().map(|&(path, optional)| {
                let label = t.field_label(path);
                let optional = optional.then_some(AttrValue::from(t.optional));
                if path == "applicant.gender" {
                    let options: Vec<RadioOption> = [("female", t.gender_female), ("male", t.gender_male), ("", t.gender_unset)]
                        .into_iter()
                        .map(|(v, l)| RadioOption { value: v.into(), label: l.into(), hint: None })
                        .collect();
                    return html! { <Radios path={path} legend={label} {options}
                        value={get(&s.case, path)} error={err(path)} on_set={on_set.clone()} /> };
                }
                let (autocomplete, input_type) = match path {
                    "applicant.full_name" => (Some("name"), None),
                    "applicant.postal_address" => (Some("street-address"), None),
                    "applicant.phone" => (Some("tel"), Some("tel")),
                    "applicant.email" => (Some("email"), Some("email")),
                    _ => (None, None),
                };
                html! { <TextField path={path} {label} {optional} value={get(&s.case, path)} error={err(path)}
                    on_set={on_set.clone()} autocomplete={autocomplete.map(AttrValue::from)}
                    input_type={input_type.map(AttrValue::from)}
                    multiline={path.ends_with("address")} /> }
            });
            html! {
                <>
                    <h1 class="zh-h1" tabindex="-1" ref={p.heading.clone()}>{ heading_text }</h1>
                    if let Some(h) = hint { <p class="zh-hint">{ h }</p> }
                    { for fields }
                    { button(t.continue_button) }
                </>
            }
        }
        Step::Check => html! { <CheckPage state={p.state.clone()} dispatch={p.dispatch.clone()}
        lang={p.lang} heading={p.heading.clone()} summary={p.summary.clone()} files_worker={p.files_worker.clone()}
        on_document={p.on_document.clone()} /> },
    };
    html! {
        <form class="zh-form" novalidate=true onsubmit={on_continue}>
            { for summary }
            { body }
        </form>
    }
}

#[function_component(CheckPage)]
fn check_page(p: &PageProps) -> Html {
    let t = p.lang.strings();
    let s = &*p.state;
    let case = &s.case;
    let letters = build_all(case, s.today);
    let assessment = assess(case, s.today);
    let missing = missing_elements(case);
    let row = |label: String, value: String, step: Step| {
        let d = p.dispatch.clone();
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
    let category = p.lang.content().category(&case.category);
    let mut rows = Vec::new();
    if let Some(cat) = category {
        rows.push(row(
            t.field_label("category").into(),
            cat.title.clone(),
            Step::Category,
        ));
        for q in crate::domain::rules::visible_questions(cat, case) {
            let raw = case.fact(&q.id);
            let shown = match q.kind {
                QuestionKind::Choice => q
                    .options
                    .iter()
                    .find(|o| o.value == raw)
                    .map_or(raw.to_string(), |o| o.label.clone()),
                QuestionKind::Date => crate::domain::date::Date::parse(raw)
                    .map_or(raw.to_string(), |d| p.lang.date(d)),
                _ => raw.to_string(),
            };
            rows.push(row(q.label.clone(), shown, Step::Question(q.id.clone())));
        }
    }
    let relation = get(case, "represented.relation");
    let relation_label = crate::wizard::RELATIONS
        .iter()
        .position(|r| *r == relation)
        .map_or(relation.clone(), |i| t.relations[i].to_string());
    rows.push(row(
        t.field_label("represented.relation").into(),
        relation_label,
        Step::Who,
    ));
    let person_steps = if case.represented.is_some() {
        vec![Step::Patient, Step::Clinic, Step::Insurer, Step::Applicant]
    } else {
        vec![Step::Clinic, Step::Insurer, Step::Applicant]
    };
    for step in person_steps {
        for &(path, _) in fixed_fields(&step) {
            let value = match (path, get(case, path).as_str()) {
                ("applicant.gender", "female") => t.gender_female.to_string(),
                ("applicant.gender", "male") => t.gender_male.to_string(),
                ("applicant.gender", _) => t.gender_unset.to_string(),
                (_, v) => v.to_string(),
            };
            rows.push(row(t.field_label(path).into(), value, step.clone()));
        }
    }
    let help = assessment.as_ref().map(|a| {
        let waiting = match &a.waiting {
            Some(WaitingOutcome::Assessed(w)) => {
                let verdict = if w.violated { t.waiting_violated } else { t.waiting_ok };
                let detail = if p.lang == Lang::Ru {
                    format!(
                        "Предельный срок — {}, последний день — {}; с {} прошло {}.",
                        crate::domain::template::working_days_ru(w.limit.working_days),
                        w.limit_date.date.long_ru(),
                        w.start.long_ru(),
                        crate::domain::template::working_days_ru(w.elapsed_working_days)
                    )
                } else {
                    format!(
                        "The limit is {} working days, ending {}. {} working days have passed since {}.",
                        w.limit.working_days,
                        p.lang.date(w.limit_date.date),
                        w.elapsed_working_days,
                        p.lang.date(w.start)
                    )
                };
                html! {
                    <div class={classes!("zh-panel", w.violated.then_some("zh-panel--alert"))}>
                        <p class="zh-panel-title">{ verdict }</p>
                        <p>{ detail }</p>
                        if !w.limit.confirmed { <p>{ t.waiting_unconfirmed }</p> }
                    </div>
                }
            }
            _ => html! {},
        };
        html! {
            <>
                { waiting }
                <h2 class="zh-h2">{ t.addressee_title }</h2>
                <ul class="zh-list">
                    { for a.addressees.iter().map(|ad| {
                        let ad = p.lang.content().addressee(&ad.id).unwrap_or(ad);
                        html! { <li><strong>{ &ad.name }</strong>{ ". " }{ &ad.why }</li> }
                    }) }
                </ul>
                <p>{ format!("{} {}", t.answer_due, p.lang.date(a.answer_due.date)) }</p>
                if let Some(first) = letters.first().filter(|l| !l.attachments.is_empty()) {
                    <h2 class="zh-h2">{ t.attach_title }</h2>
                    <p class="zh-hint">{ t.attach_note }</p>
                    // The attachments are the letter's own (Russian) lines.
                    <ul lang="ru" class="zh-list">{ for first.attachments.iter().map(|x| html! { <li>{ x }</li> }) }</ul>
                }
                if a.dates_uncertain() { <p class="zh-hint">{ t.provisional_calendar }</p> }
            </>
        }
    });
    let blocked = !missing.is_empty();
    let file_error = use_state(|| None::<String>);
    {
        // The person is about to download: get the files worker ready.
        let assets = p.files_worker.to_string();
        use_effect_with((), move |_| crate::web::warm_files_worker(&assets));
    }
    let documents = letters.iter().enumerate().map(|(i, letter)| {
        let text_button = {
            let (letter, today, told) = (letter.clone(), s.today, p.on_document.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                told.emit("txt");
                let text = writers::text::write(&letter);
                crate::web::download(text.as_bytes(), "text/plain;charset=utf-8", &file_name(&letter, today, "txt"));
            });
            html! {
                <button type="button" class="zh-button zh-button--secondary" id={format!("zh-download-{i}-txt")}
                    disabled={blocked} aria-describedby={blocked.then_some("zh-downloads-blocked")} {onclick}>{ t.download_txt }</button>
            }
        };
        // DOCX, PDF and .ics are made in the files worker (its own wasm module).
        let worker_button = |format: &'static str, label: &'static str, primary: bool| {
            let letter = letter.clone();
            let assets = p.files_worker.to_string();
            let name = file_name(&letter, s.today, format);
            let on_error = {
                let file_error = file_error.clone();
                Callback::from(move |e: String| file_error.set(Some(e)))
            };
            let told = p.on_document.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                told.emit(format);
                crate::web::download_file(letter.clone(), format, assets.clone(), name.clone(), on_error.clone())
            });
            html! {
                <button type="button" class={classes!("zh-button", (!primary).then_some("zh-button--secondary"))}
                    id={format!("zh-download-{i}-{format}")}
                    disabled={blocked} aria-describedby={blocked.then_some("zh-downloads-blocked")} {onclick}>{ label }</button>
            }
        };
        let heading = if letters.len() > 1 && p.lang == Lang::En {
            // The letter's own title is Russian; the number tells them apart.
            format!("{} {} of {}", t.document, i + 1, letters.len())
        } else if letters.len() > 1 {
            format!("{} {} — {}", t.document, i + 1, letter.title.to_lowercase())
        } else {
            t.preview_title.to_string()
        };
        html! {
            <section class="zh-document" aria-labelledby={format!("zh-document-{i}")}>
                <h2 class="zh-h2" id={format!("zh-document-{i}")}>{ heading }</h2>
                <div class="zh-preview ym-hide-content" id={format!("zh-preview-{i}")} tabindex="0" role="region" aria-label={t.preview_title} data-zh-private="true">
                    { Html::from_html_unchecked(writers::html::write_fragment(letter).into()) }
                </div>
                <div class="zh-buttons">
                    { worker_button("pdf", t.download_pdf, true) }
                    { worker_button("docx", t.download_docx, false) }
                    { text_button }
                    { worker_button("ics", t.download_ics, false) }
                    <button type="button" class="zh-button zh-button--secondary" id={format!("zh-print-{i}")}
                        disabled={blocked} onclick={
                            let (anchor, told) = (p.heading.clone(), p.on_document.clone());
                            Callback::from(move |_: MouseEvent| {
                                told.emit("print");
                                crate::web::print_letter(&anchor, &format!("zh-preview-{i}"))
                            })
                        }>{ t.print }</button>
                </div>
            </section>
        }
    });
    html! {
        <>
            <h1 class="zh-h1" tabindex="-1" ref={p.heading.clone()}>{ t.check_title }</h1>
            <dl class="zh-summary">{ for rows }</dl>
            { for help }
            if !missing.is_empty() {
                <div class="zh-panel zh-panel--alert" id="zh-missing">
                    <p class="zh-panel-title">{ t.missing_title }</p>
                    <ul class="zh-list">{ for missing.iter().map(|m| html! { <li>{ t.missing(*m) }</li> }) }</ul>
                </div>
            }
            if let Some(e) = &*file_error {
                <div class="zh-panel zh-panel--alert" role="alert">
                    <p class="zh-panel-title">{ t.file_failed }</p>
                    <p>{ e }</p>
                </div>
            }
            if blocked { <p class="zh-hint" id="zh-downloads-blocked">{ t.downloads_blocked }</p> }
            { for documents }
            if let Some(a) = &assessment { <WhatNext lang={p.lang} category={case.category.clone()}
                letter_date={a.letter_date} answer_due={a.answer_due.date}
                escalation={a.escalation.iter().map(|e| e.id.clone()).collect::<Vec<_>>()} /> }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct WhatNextProps {
    lang: Lang,
    category: String,
    letter_date: crate::domain::date::Date,
    answer_due: crate::domain::date::Date,
    /// Addressee ids, in the order to try them.
    escalation: Vec<String>,
}

/// After the downloads: how to hand the letter in, when the answer is due,
/// and where to go if none comes. Texts and sources from content/next-steps.toml.
#[function_component(WhatNext)]
fn what_next(p: &WhatNextProps) -> Html {
    let t = p.lang.strings();
    let content = p.lang.content();
    let next = &content.next_steps;
    let date = |d| p.lang.date(d);
    let answer = next
        .answer
        .text
        .replace("{date}", &date(p.letter_date))
        .replace("{due}", &date(p.answer_due));
    html! {
        <section class="zh-next" aria-labelledby="zh-next-title">
            <h2 class="zh-h2" id="zh-next-title">{ t.what_next_title }</h2>
            <h3 class="zh-h3">{ t.hand_in_title }</h3>
            <ul class="zh-list">
                { for content.hand_in_ways(&p.category).map(|w| html! {
                    <li><strong>{ &w.title }</strong>{ ". " }{ &w.text }</li>
                }) }
            </ul>
            <h3 class="zh-h3">{ &next.answer.title }</h3>
            <p>{ answer }</p>
            <p class="zh-hint">{ format!("{} {}", t.source, next.answer.source) }</p>
            <p>{ t.reminder_hint }</p>
            if !p.escalation.is_empty() {
                <h3 class="zh-h3">{ &next.escalation.title }</h3>
                <p>{ &next.escalation.text }</p>
                <ol class="zh-list zh-list--number">
                    { for p.escalation.iter().filter_map(|id| content.addressee(id)).map(|a| html! {
                        <li><strong>{ &a.name }</strong>{ ". " }{ &a.why }</li>
                    }) }
                </ol>
            }
        </section>
    }
}
