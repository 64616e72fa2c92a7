//! «Что случилось?»: the categories, then the situations ОМС does not cover;
//! a host may choose which to offer and in what order.

use super::{continue_button, error_for, on_set, View};
use crate::flow::{FieldId, Fixed, CATEGORY_GROUPS};
use crate::ui::fields::{FrameProps, RadioOption, Radios, Slot};
use yew::prelude::*;

pub fn category_page(v: &View) -> Html {
    let (lang, p) = (v.lang, v);
    let t = lang.strings();
    let content = lang.content();
    let offered = v.host.config.categories.as_ref();
    let all: Vec<(RadioOption, Option<&str>)> = content
        .categories
        .iter()
        .map(|c| (&c.id, &c.title, &c.summary, c.group))
        .chain(
            content
                .exits
                .iter()
                .filter(|e| !e.unlisted)
                .map(|e| (&e.id, &e.title, &e.summary, e.group)),
        )
        .filter(|(id, ..)| offered.is_none_or(|list| list.iter().any(|c| c == id.as_ref())))
        .map(|(id, title, summary, group)| {
            let option = RadioOption {
                value: id.to_string().into(),
                label: title.to_string().into(),
                hint: Some(summary.to_string().into()),
            };
            (option, group.map(|g| g.0))
        })
        .collect();
    // The host's own list in its order, unfolded; else all of them in
    // groups by what happened, the ungrouped after them.
    let (options, groups): (Vec<RadioOption>, Vec<(AttrValue, usize)>) = match offered {
        Some(order) => (
            order
                .iter()
                .filter_map(|id| {
                    all.iter()
                        .find(|o| o.0.value == id.as_str())
                        .map(|o| o.0.clone())
                })
                .collect(),
            Vec::new(),
        ),
        None => {
            let mut options = Vec::new();
            let mut groups = Vec::new();
            for (g, title) in CATEGORY_GROUPS.iter().zip(t.category_groups) {
                let before = options.len();
                options.extend(all.iter().filter(|o| o.1 == Some(*g)).map(|o| o.0.clone()));
                if options.len() > before {
                    groups.push((title.into(), options.len() - before));
                }
            }
            let known = |o: &&(RadioOption, Option<&str>)| {
                o.1.is_some_and(|g| CATEGORY_GROUPS.contains(&g))
            };
            options.extend(all.iter().filter(|o| !known(o)).map(|o| o.0.clone()));
            (options, groups)
        }
    };
    let field = FieldId::Fixed(Fixed::Category);
    let frame = FrameProps {
        slot: Slot::Case(field.clone()),
        label: t.category_title.into(),
        hint: Some(t.category_hint.into()),
        optional: None,
        error: error_for(p.state, &field, lang),
        heading: Some(p.heading.clone()),
    };
    html! {
        <>
            <Radios {frame} {options} {groups} value={p.state.case.category.clone()} on_set={on_set(p.state)} />
            { continue_button(t.continue_button) }
        </>
    }
}
