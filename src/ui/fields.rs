//! Form controls in the GOV.UK pattern: label (or legend) first, hint, the
//! error message, then the control; optional fields say so in words.
//! Every control carries `ym-disable-keys ym-hide-content`, the classes
//! Yandex Metrika's Webvisor honours, so a host page's session recorder
//! keeps neither keystrokes nor values (inline mode; see EMBEDDING.md).

use crate::flow::fields::{date_parts, join_date_parts};
use crate::flow::FieldId;
use yew::prelude::*;

/// What a control edits: a field of the case (the reducer's `Action::Set`),
/// or a value a form keeps to itself (a passphrase: never part of the case).
/// It names the control in the DOM too.
#[derive(Clone, Debug, PartialEq)]
pub enum Slot {
    Case(FieldId),
    Own(&'static str),
}

impl Slot {
    /// The DOM id: its path with `-` for `.` and `_` (`zh-facts-referral-date`
    /// for `facts.referral_date`, `zh-device-export-passphrase`).
    pub fn dom_id(&self) -> String {
        let path = match self {
            Slot::Case(field) => field.path(),
            Slot::Own(name) => (*name).into(),
        };
        format!("zh-{}", path.replace(['.', '_'], "-"))
    }
}

/// The id a link in the error summary points at: the first input of the field.
pub fn focus_target(field: &FieldId, is_date: bool) -> String {
    let id = Slot::Case(field.clone()).dom_id();
    if is_date {
        format!("{id}-day")
    } else {
        id
    }
}

/// (what it edits, new value) – what every control reports: the control
/// carries its slot and emits it with the value, so no one parses it back.
pub type OnSet = Callback<(Slot, String)>;

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// What every control shares: where its value lives, its words, its error.
#[derive(Properties, PartialEq, Clone)]
pub struct FrameProps {
    pub slot: Slot,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub optional: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    /// The only question on the page: its label or legend is the page's h1.
    #[prop_or_default]
    pub heading: Option<NodeRef>,
}

/// The ids and classes a frame gives its control.
struct Frame {
    id: String,
    hint_id: String,
    err_id: String,
    /// `aria-describedby`: the hint and the error message, if shown.
    described: Option<String>,
    /// `data-error` on the field with an error (styled by it).
    error: Option<&'static str>,
}

impl FrameProps {
    fn frame(&self) -> Frame {
        let id = self.slot.dom_id();
        let hint_id = format!("{id}-hint");
        let err_id = format!("{id}-error");
        let ids: Vec<&str> = [
            self.hint.is_some().then_some(hint_id.as_str()),
            self.error.is_some().then_some(err_id.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect();
        Frame {
            described: (!ids.is_empty()).then(|| ids.join(" ")),
            error: self.error.is_some().then_some("true"),
            id,
            hint_id,
            err_id,
        }
    }

    /// The label text with «(необязательно)» after it.
    fn caption(&self) -> Html {
        html! {
            <>
                { &self.label }
                if let Some(o) = &self.optional { { " " }<span class="zh-optional">{ o }</span> }
            </>
        }
    }

    /// Hint and error message, between the label and the control.
    fn notes(&self, f: &Frame) -> Html {
        html! {
            <>
                if let Some(h) = &self.hint { <div class="zh-hint" id={f.hint_id.clone()}>{ h }</div> }
                if let Some(e) = &self.error { <p class="zh-error" id={f.err_id.clone()}>{ e }</p> }
            </>
        }
    }

    /// A legend, as the page's h1 when the field is the page's only question.
    fn legend(&self) -> Html {
        html! {
            <legend class="zh-legend">
                if let Some(h) = &self.heading {
                    <h1 class="zh-h1" tabindex="-1" ref={h.clone()}>{ self.caption() }</h1>
                } else {
                    <span class="zh-label">{ self.caption() }</span>
                }
            </legend>
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct TextProps {
    pub frame: FrameProps,
    pub value: AttrValue,
    pub on_set: OnSet,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub input_type: Option<AttrValue>,
}

#[function_component(TextField)]
pub fn text_field(p: &TextProps) -> Html {
    let fp = &p.frame;
    let f = fp.frame();
    let label = html! { <label class="zh-label" for={f.id.clone()}>{ fp.caption() }</label> };
    let oninput = {
        let (on_set, slot) = (p.on_set.clone(), fp.slot.clone());
        Callback::from(move |e: InputEvent| on_set.emit((slot.clone(), input_value(&e))))
    };
    let invalid = fp.error.as_ref().map(|_| "true");
    html! {
        <div class="zh-field" data-error={f.error}>
            if let Some(h) = &fp.heading {
                <h1 class="zh-h1" tabindex="-1" ref={h.clone()}>{ label }</h1>
            } else {
                { label }
            }
            { fp.notes(&f) }
            if p.multiline {
                <textarea class="zh-textarea ym-disable-keys ym-hide-content" id={f.id.clone()} name={f.id.clone()} rows="6"
                    aria-describedby={f.described.clone()} aria-invalid={invalid}
                    value={p.value.clone()} {oninput} data-zh-private="true" />
            } else {
                <input class="zh-input ym-disable-keys ym-hide-content" id={f.id.clone()} name={f.id.clone()}
                    type={p.input_type.clone().unwrap_or("text".into())}
                    autocomplete={p.autocomplete.clone()} spellcheck="false"
                    aria-describedby={f.described.clone()} aria-invalid={invalid}
                    value={p.value.clone()} {oninput} data-zh-private="true" />
            }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct DateProps {
    pub frame: FrameProps,
    /// `year-month-day` as typed.
    pub value: AttrValue,
    pub on_set: OnSet,
    pub labels: [&'static str; 3],
}

/// Three boxes (day, month, year): remembered dates are typed, never picked.
#[function_component(DateField)]
pub fn date_field(p: &DateProps) -> Html {
    let fp = &p.frame;
    let f = fp.frame();
    let [y, m, d] = date_parts(&p.value);
    let part = |which: usize| {
        let (on_set, slot) = (p.on_set.clone(), fp.slot.clone());
        let parts = [d.clone(), m.clone(), y.clone()];
        let value = parts[which].clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let mut parts = parts.clone();
            parts[which] = input_value(&e);
            let [d, m, y] = &parts;
            on_set.emit((slot.clone(), join_date_parts(y, m, d)));
        });
        let pid = format!("{}-{}", f.id, ["day", "month", "year"][which]);
        html! {
            <div class="zh-date-item">
                <label class="zh-label zh-date-label" for={pid.clone()}>{ p.labels[which] }</label>
                <input class="zh-input ym-disable-keys ym-hide-content" id={pid.clone()} name={pid}
                    inputmode="numeric" spellcheck="false"
                    aria-invalid={fp.error.as_ref().map(|_| "true")}
                    {value} {oninput} data-zh-private="true" />
            </div>
        }
    };
    html! {
        <div class="zh-field" data-error={f.error}>
            <fieldset class="zh-fieldset" role="group" aria-describedby={f.described.clone()}>
                { fp.legend() }
                { fp.notes(&f) }
                <div class="zh-date">
                    { part(0) }
                    { part(1) }
                    { part(2) }
                </div>
            </fieldset>
        </div>
    }
}

#[derive(PartialEq, Clone)]
pub struct RadioOption {
    pub value: AttrValue,
    pub label: AttrValue,
    pub hint: Option<AttrValue>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct RadiosProps {
    pub frame: FrameProps,
    pub options: Vec<RadioOption>,
    /// With `multiple`, the chosen values joined by commas.
    pub value: AttrValue,
    pub on_set: OnSet,
    /// Checkboxes: each change reports the value ticked or unticked.
    #[prop_or_default]
    pub multiple: bool,
    /// The options in folded groups (a title and how many options follow),
    /// so a long list fits a phone; options after the groups stay unfolded.
    /// The group with the chosen option is open, and the first one when the
    /// field has an error (its link lands on the first option).
    #[prop_or_default]
    pub groups: Vec<(AttrValue, usize)>,
}

#[function_component(Radios)]
pub fn radios(p: &RadiosProps) -> Html {
    let fp = &p.frame;
    let f = fp.frame();
    let option = |(i, o): (usize, &RadioOption)| {
        // The first radio carries the field's id so error links land on it.
        let oid = if i == 0 {
            f.id.clone()
        } else {
            format!("{}-{i}", f.id)
        };
        let (on_set, slot, value) = (p.on_set.clone(), fp.slot.clone(), o.value.to_string());
        let onchange = Callback::from(move |_: Event| on_set.emit((slot.clone(), value.clone())));
        let ohint = format!("{}-option{i}-hint", f.id);
        html! {
            <div class="zh-radio">
                <input class="zh-radio-input ym-disable-keys ym-hide-content" type={if p.multiple { "checkbox" } else { "radio" }}
                    id={oid.clone()} name={f.id.clone()} value={o.value.clone()} {onchange}
                    checked={if p.multiple { p.value.split(',').any(|v| v == o.value) } else { p.value == o.value }}
                    aria-describedby={o.hint.as_ref().map(|_| ohint.clone())} />
                <label class="zh-radio-label" for={oid.clone()}>{ &o.label }</label>
                if let Some(h) = &o.hint { <div class="zh-hint zh-radio-hint" id={ohint}>{ h }</div> }
            </div>
        }
    };
    html! {
        <div class="zh-field" data-error={f.error}>
            <fieldset class="zh-fieldset" aria-describedby={f.described.clone()}>
                { fp.legend() }
                { fp.notes(&f) }
                if p.groups.is_empty() {
                    <div class="zh-radios">{ for p.options.iter().enumerate().map(option) }</div>
                } else {
                    { for p.groups.iter().scan(0, |start, (title, n)| {
                        let range = *start..*start + n;
                        *start += n;
                        Some((title, range))
                    }).enumerate().map(|(g, (title, range))| {
                        let chosen = p.options[range.clone()].iter().any(|o| o.value == p.value);
                        html! {
                            <details class="zh-details zh-group" open={chosen || (g == 0 && fp.error.is_some())}>
                                <summary class="zh-details-summary">{ title }</summary>
                                <div class="zh-radios">{ for p.options.iter().enumerate().skip(range.start).take(range.len()).map(option) }</div>
                            </details>
                        }
                    }) }
                    <div class="zh-radios">{ for p.options.iter().enumerate().skip(p.groups.iter().map(|g| g.1).sum()).map(option) }</div>
                }
            </fieldset>
        </div>
    }
}
