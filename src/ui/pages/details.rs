//! The pages of fixed fields (who is complaining, the patient, the clinic,
//! the insurer, the applicant), drawn from the field table: a page with one
//! field makes it the heading; otherwise the page's title is.

use super::{continue_button, error_for, on_set, title, View};
use crate::flow::fields::Control;
use crate::flow::{FieldId, Fixed, Step};
use crate::i18n::Lang;
use crate::ui::fields::{FrameProps, OnSet, RadioOption, Radios, TextField};
use yew::prelude::*;

/// One fixed field, asked as its definition says.
fn fixed_field(
    field: Fixed,
    frame: FrameProps,
    value: AttrValue,
    on_set: OnSet,
    lang: Lang,
    case: &crate::domain::case::Case,
) -> Html {
    let t = lang.strings();
    match field.spec().control {
        Control::Line {
            autocomplete,
            input_type,
        } => html! {
            <TextField {frame} {value} {on_set} autocomplete={autocomplete.map(AttrValue::from)}
                input_type={input_type.map(AttrValue::from)} />
        },
        Control::Lines => html! { <TextField {frame} {value} {on_set} multiline=true /> },
        Control::Choice(opts) => {
            let options = opts(case)
                .iter()
                .map(|o| RadioOption {
                    value: o.value.into(),
                    label: (o.label)(t).into(),
                    hint: None,
                })
                .collect::<Vec<_>>();
            let frame = FrameProps {
                optional: None,
                ..frame
            };
            html! { <Radios {frame} {options} {value} {on_set} /> }
        }
        Control::Problems => {
            let options = crate::domain::rules::questions::related(lang.content(), case)
                .into_iter()
                .map(|c| RadioOption {
                    value: c.id.to_string().into(),
                    label: c.title.to_string().into(),
                    hint: Some(c.summary.to_string().into()),
                })
                .collect::<Vec<_>>();
            html! { <Radios {frame} {options} {value} {on_set} multiple=true /> }
        }
        Control::Categories => html! {},
    }
}

pub fn details_page(p: &View) -> Html {
    let lang = p.lang;
    let t = lang.strings();
    let step = &p.state.step;
    let heading_text = title(p.state, lang);
    let hint = match step {
        Step::Insurer => Some(t.insurer_hint),
        Step::Patient => Some(t.patient_hint),
        Step::Also => Some(t.also_hint),
        _ => None,
    };
    let only = step.fields(&p.state.case).count() == 1;
    let on_set = on_set(p.state);
    let fields = step.fields(&p.state.case).map(|spec| {
        let f = spec.id;
        let field = FieldId::Fixed(f);
        let frame = FrameProps {
            path: spec.path.into(),
            // The only question on the page is asked in the page's words.
            label: if only {
                heading_text.clone().into()
            } else {
                (spec.label)(&t.labels, &p.state.case).into()
            },
            // A page of one question gives the page's hint to it.
            hint: super::question::with_note(
                hint.filter(|_| only),
                f.typed_into_letter().then_some(t.typed_into_letter),
            ),
            // Checkboxes say «tick all that apply» instead.
            optional: (!(spec.required)(&p.state.case)
                && !matches!(spec.control, Control::Problems))
            .then_some(AttrValue::from(t.optional)),
            error: error_for(p.state, &field, lang),
            heading: only.then(|| p.heading.clone()),
        };
        fixed_field(
            f,
            frame,
            field.get(&p.state.case).into(),
            on_set.clone(),
            lang,
            &p.state.case,
        )
    });
    html! {
        <>
            if !only {
                <h1 class="zh-h1" tabindex="-1" ref={p.heading.clone()}>{ heading_text.clone() }</h1>
                if let Some(h) = hint { <p class="zh-hint">{ h }</p> }
            }
            { for fields }
            { continue_button(t.continue_button) }
        </>
    }
}
