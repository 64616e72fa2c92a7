//! After the downloads: how to hand the letter in, when the answer is due
//! (counted from registration once the person enters it), and where to go
//! if none comes. Texts and sources from content/next-steps.toml.

use super::{error_for, on_set};
use crate::engine::summary::Summary;
use crate::flow::{FieldId, Fixed, Step};
use crate::ui::fields::{FrameProps, TextField};
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
    let answer = match s.registered {
        Some(on) => next.answer.registered.replace("{date}", &lang.date(on)),
        None => next.answer.text.replace("{date}", &date(s.letter_date)),
    }
    .replace("{due}", &date(s.answer_due));
    let on_set = on_set(&p.state);
    // The registration date and incoming number, once the addressee gives them.
    let registration = Step::Check
        .fields(case)
        .filter(|spec| matches!(spec.id, Fixed::RegistrationDate | Fixed::RegistrationNumber))
        .map(|spec| {
            let field = FieldId::Fixed(spec.id);
            let frame = FrameProps {
                path: spec.path.into(),
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
            <h3 class="zh-h3">{ t.hand_in_title }</h3>
            <ul class="zh-list">
                { for content.hand_in_ways(&case.category).map(|w| html! {
                    <li><strong>{ w.title.as_ref() }</strong>{ ". " }{ w.text.as_ref() }</li>
                }) }
            </ul>
            <h3 class="zh-h3">{ next.answer.title.as_ref() }</h3>
            <p>{ answer }</p>
            <p class="zh-hint">{ format!("{} {}", t.source, next.answer.source) }</p>
            <p class="zh-hint">{ t.registration_hint }</p>
            { for registration }
            <p>{ t.reminder_hint }</p>
            if !s.escalation.is_empty() {
                <h3 class="zh-h3">{ next.escalation.title.as_ref() }</h3>
                <p>{ next.escalation.text.as_ref() }</p>
                <ol class="zh-list zh-list--number">
                    { for s.escalation.iter().filter_map(|id| content.addressee(id)).map(|a| html! {
                        <li><strong>{ a.name.as_ref() }</strong>{ ". " }{ a.why.as_ref() }</li>
                    }) }
                </ol>
            }
        </section>
    }
}
