//! After the downloads: how to hand the letter in, when the answer is due
//! (counted from registration once the person enters it), and where to go
//! if none comes. Texts and sources from content/next-steps.toml.

use super::{error_for, on_set};
use crate::engine::summary::Summary;
use crate::flow::{FieldId, Fixed, Step};
use crate::ui::fields::{FrameProps, Slot, TextField};
use crate::ui::hooks::use_lang;
use crate::ui::state::WizardState;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhatNextProps {
    pub state: UseReducerHandle<WizardState>,
    pub summary: Rc<Summary>,
}

#[function_component(WhatNext)]
pub fn what_next(p: &WhatNextProps) -> Html {
    let lang = use_lang();
    let t = lang.strings();
    let content = lang.content();
    let next = &content.next_steps;
    let s = &p.summary;
    let case = &p.state.case;
    let date = |d: Option<_>| d.map(|d| lang.date(d)).unwrap_or_default();
    // Each document under its own law: a claim's term runs from delivery,
    // an appeal's from registration (`domain::aftercare`).
    let several = s.letters.len() > 1;
    let sub = if several { "h4" } else { "h3" };
    let documents = s.letters.iter().enumerate().map(|(i, l)| {
        let term = content.answer_term(&l.kind);
        let answer = match s.registered {
            Some(on) => term.registered.replace("{date}", &lang.date(on)),
            None => term.text.replace("{date}", &date(s.letter_date)),
        }
        .replace("{due}", &date(l.due));
        let heading = t.document_of
            .replace("{n}", &(i + 1).to_string())
            .replace("{m}", &s.letters.len().to_string())
            .replace("{title}", &crate::domain::words::lowercase_ru(&l.title));
        html! {
            <>
                if several { <h3 class="zh-h3">{ heading }</h3> }
                <@{sub} class="zh-h3">{ t.hand_in_title }</@>
                <ul class="zh-list">
                    { for content.hand_in_ways(&case.category, &l.kind).map(|w| html! {
                        <li><strong>{ w.title.as_ref() }</strong>{ ". " }{ w.text.as_ref() }</li>
                    }) }
                </ul>
                <@{sub} class="zh-h3">{ term.title.as_ref() }</@>
                <p>{ answer }</p>
                <p class="zh-hint">{ format!("{} {}", t.source, term.source) }</p>
                if !l.escalation.is_empty() {
                    <@{sub} class="zh-h3">{ next.escalation.title.as_ref() }</@>
                    <p>{ next.escalation.text.as_ref() }</p>
                    <ol class="zh-list zh-list--number">
                        { for l.escalation.iter().filter_map(|id| content.addressee(id)).map(|a| html! {
                            <li><strong>{ a.name.as_ref() }</strong>{ ". " }{ a.why.as_ref() }</li>
                        }) }
                    </ol>
                }
            </>
        }
    });
    let on_set = on_set(&p.state);
    // The registration date and incoming number, once the addressee gives them.
    let registration = Step::Check
        .fields(case)
        .filter(|spec| matches!(spec.id, Fixed::RegistrationDate | Fixed::RegistrationNumber))
        .map(|spec| {
            let field = FieldId::Fixed(spec.id);
            let frame = FrameProps {
                slot: Slot::Case(field.clone()),
                label: (spec.label)(&t.labels, case).into(),
                hint: None,
                optional: Some(t.optional.into()),
                error: error_for(&p.state, &field, lang),
                heading: None,
            };
            html! { <TextField {frame} value={field.get(case)} on_set={on_set.clone()} /> }
        });
    html! {
        <section class="zh-next" aria-labelledby="zh-next-title">
            <h2 class="zh-h2" id="zh-next-title">{ t.what_next_title }</h2>
            { for documents }
            <p class="zh-hint">{ t.registration_hint }</p>
            { for registration }
            <p>{ t.reminder_hint }</p>
        </section>
    }
}
