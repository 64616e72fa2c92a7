//! «Что случилось?»: the categories, then the situations ОМС does not cover;
//! a host may choose which to offer and in what order.

use super::{continue_button, error_for, on_set, View};
use crate::flow::{FieldId, Fixed};
use crate::ui::fields::{FrameProps, RadioOption, Radios};
use yew::prelude::*;

pub fn category_page(v: &View) -> Html {
    let (lang, p) = (v.lang, v);
    let t = lang.strings();
    let content = lang.content();
    let offered = v.host.config.categories.as_ref();
    let all: Vec<RadioOption> = content
        .categories
        .iter()
        .map(|c| (&c.id, &c.title, &c.summary))
        .chain(
            content
                .exits
                .iter()
                .filter(|e| !e.unlisted)
                .map(|e| (&e.id, &e.title, &e.summary)),
        )
        .filter(|(id, _, _)| offered.is_none_or(|list| list.iter().any(|c| c == id.as_ref())))
        .map(|(id, title, summary)| RadioOption {
            value: id.to_string().into(),
            label: title.to_string().into(),
            hint: Some(summary.to_string().into()),
        })
        .collect();
    let options = match offered {
        Some(order) => order
            .iter()
            .filter_map(|id| all.iter().find(|o| o.value == id.as_str()).cloned())
            .collect(),
        None => all,
    };
    let field = FieldId::Fixed(Fixed::Category);
    let frame = FrameProps {
        path: Fixed::Category.spec().path.into(),
        label: t.category_title.into(),
        hint: Some(t.category_hint.into()),
        optional: None,
        error: error_for(p.state, &field, lang),
        heading: Some(p.heading.clone()),
    };
    html! {
        <>
            <Radios {frame} {options} value={p.state.case.category.clone()} on_set={on_set(p.state)} />
            { continue_button(t.continue_button) }
        </>
    }
}
