//! After the downloads: how to hand the letter in, when the answer is due,
//! and where to go if none comes. Texts and sources from content/next-steps.toml.

use crate::domain::date::Date;
use crate::ui::hooks::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhatNextProps {
    pub category: String,
    pub letter_date: Date,
    pub answer_due: Date,
    /// Addressee ids, in the order to try them.
    pub escalation: Vec<String>,
}

#[function_component(WhatNext)]
pub fn what_next(p: &WhatNextProps) -> Html {
    let lang = use_lang();
    let t = lang.strings();
    let content = lang.content();
    let next = &content.next_steps;
    let date = |d| lang.date(d);
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
                    <li><strong>{ w.title.as_ref() }</strong>{ ". " }{ w.text.as_ref() }</li>
                }) }
            </ul>
            <h3 class="zh-h3">{ next.answer.title.as_ref() }</h3>
            <p>{ answer }</p>
            <p class="zh-hint">{ format!("{} {}", t.source, next.answer.source) }</p>
            <p>{ t.reminder_hint }</p>
            if !p.escalation.is_empty() {
                <h3 class="zh-h3">{ next.escalation.title.as_ref() }</h3>
                <p>{ next.escalation.text.as_ref() }</p>
                <ol class="zh-list zh-list--number">
                    { for p.escalation.iter().filter_map(|id| content.addressee(id)).map(|a| html! {
                        <li><strong>{ a.name.as_ref() }</strong>{ ". " }{ a.why.as_ref() }</li>
                    }) }
                </ol>
            }
        </section>
    }
}
