//! One of the category's own questions (defined in its content file): the
//! question is the page's heading.

use super::{continue_button, error_for, on_set, View};
use crate::domain::content::QuestionKind;
use crate::flow::{FieldId, Step};
use crate::ui::fields::{DateField, FrameProps, RadioOption, Radios, TextField};
use yew::prelude::*;

pub fn question_page(p: &View) -> Html {
    let lang = p.lang;
    let t = lang.strings();
    let Step::Question(id) = &p.state.step else {
        return html! {};
    };
    let Some((_, q)) = crate::domain::rules::questions::question(lang.content(), &p.state.case, id)
    else {
        return html! {};
    };
    let field = FieldId::Fact(id.clone());
    let value: AttrValue = field.get(&p.state.case).into();
    let typed = matches!(q.kind, QuestionKind::Text | QuestionKind::Textarea);
    let frame = FrameProps {
        path: field.path().to_string().into(),
        label: q.label.to_string().into(),
        hint: with_note(q.hint.as_deref(), typed.then_some(t.typed_into_letter)),
        optional: q.optional.then_some(AttrValue::from(t.optional)),
        error: error_for(p.state, &field, lang),
        heading: Some(p.heading.clone()),
    };
    let on_set = on_set(p.state);
    let control = match q.kind {
        QuestionKind::Choice => {
            let options: Vec<RadioOption> = q
                .options
                .iter()
                .map(|o| RadioOption {
                    value: o.value.to_string().into(),
                    label: o.label.to_string().into(),
                    hint: None,
                })
                .collect();
            // A choice is never marked optional: it has its own "no" answer.
            let frame = FrameProps {
                optional: None,
                ..frame
            };
            html! { <Radios {frame} {options} {value} {on_set} /> }
        }
        QuestionKind::Date => html! {
            <DateField {frame} {value} {on_set} labels={[t.day, t.month, t.year]} />
        },
        QuestionKind::Text | QuestionKind::Textarea | QuestionKind::Money | QuestionKind::Time => {
            html! {
                <TextField {frame} {value} {on_set} multiline={q.kind == QuestionKind::Textarea} />
            }
        }
    };
    html! { <>{ control }{ continue_button(t.continue_button) }</> }
}

/// A hint and a note after it (either may be absent or empty).
pub fn with_note(hint: Option<&str>, note: Option<&str>) -> Option<AttrValue> {
    let parts: Vec<&str> = [hint, note]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| AttrValue::from(parts.join(" ")))
}
