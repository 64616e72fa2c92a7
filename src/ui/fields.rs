//! Form controls in the GOV.UK pattern: label (or legend) first, hint, the
//! error message, then the control; optional fields say so in words.
//! Every control carries `ym-disable-keys ym-hide-content`, the classes
//! Yandex Metrika's Webvisor honours, so a host page's session recorder
//! keeps neither keystrokes nor values (inline mode; see EMBEDDING.md).

use yew::prelude::*;

/// DOM id of a field, from its path in the case (`facts.referral_date`).
pub fn field_id(path: &str) -> String {
    format!("zh-{}", path.replace(['.', '_'], "-"))
}

/// The id a link in the error summary points at: the first input of the field.
pub fn focus_target(path: &str, is_date: bool) -> String {
    if is_date {
        format!("{}-day", field_id(path))
    } else {
        field_id(path)
    }
}

/// `aria-describedby` from the ids of a hint and an error message, if present.
fn described_by(hint: Option<&String>, error: Option<&String>) -> Option<String> {
    let ids: Vec<&str> = [hint, error]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// (path, new value) – what every control reports.
pub type OnSet = Callback<(String, String)>;

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

#[derive(Properties, PartialEq, Clone)]
pub struct TextProps {
    pub path: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub optional: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    pub on_set: OnSet,
    /// The only question on the page: the label is the page's h1.
    #[prop_or_default]
    pub heading: Option<NodeRef>,
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    #[prop_or_default]
    pub input_type: Option<AttrValue>,
}

#[function_component(TextField)]
pub fn text_field(p: &TextProps) -> Html {
    let id = field_id(&p.path);
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let described = described_by(
        p.hint.is_some().then_some(&hint_id),
        p.error.is_some().then_some(&err_id),
    );
    let label = html! {
        <label class="zh-label" for={id.clone()}>
            { &p.label }
            if let Some(o) = &p.optional { { " " }<span class="zh-optional">{ o }</span> }
        </label>
    };
    let on_set = p.on_set.clone();
    let path = p.path.to_string();
    let oninput = Callback::from(move |e: InputEvent| on_set.emit((path.clone(), input_value(&e))));
    let invalid = p.error.as_ref().map(|_| "true");
    html! {
        <div class={classes!("zh-field", p.error.as_ref().map(|_| "zh-field--error"))}>
            if let Some(h) = &p.heading {
                <h1 class="zh-h1" tabindex="-1" ref={h.clone()}>{ label }</h1>
            } else {
                { label }
            }
            if let Some(h) = &p.hint { <div class="zh-hint" id={hint_id.clone()}>{ h }</div> }
            if let Some(e) = &p.error { <p class="zh-error" id={err_id.clone()}>{ e }</p> }
            if p.multiline {
                <textarea class="zh-textarea ym-disable-keys ym-hide-content" id={id.clone()} name={id.clone()} rows="6"
                    aria-describedby={described} aria-invalid={invalid}
                    value={p.value.clone()} {oninput} data-zh-private="true" />
            } else {
                <input class="zh-input ym-disable-keys ym-hide-content" id={id.clone()} name={id.clone()}
                    type={p.input_type.clone().unwrap_or("text".into())}
                    autocomplete={p.autocomplete.clone()} spellcheck="false"
                    aria-describedby={described} aria-invalid={invalid}
                    value={p.value.clone()} {oninput} data-zh-private="true" />
            }
        </div>
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct DateProps {
    pub path: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub optional: Option<AttrValue>,
    /// `year-month-day` as typed.
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    pub on_set: OnSet,
    pub heading: NodeRef,
    pub labels: [&'static str; 3],
}

/// Three boxes (day, month, year): remembered dates are typed, never picked.
#[function_component(DateField)]
pub fn date_field(p: &DateProps) -> Html {
    let id = field_id(&p.path);
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let [y, m, d] = crate::wizard::date_parts(&p.value);
    let described = described_by(
        p.hint.is_some().then_some(&hint_id),
        p.error.is_some().then_some(&err_id),
    );
    let part = |which: usize, label: &'static str, value: String, width: &'static str| {
        let on_set = p.on_set.clone();
        let path = p.path.to_string();
        let (y, m, d) = (y.clone(), m.clone(), d.clone());
        let oninput = Callback::from(move |e: InputEvent| {
            let v = input_value(&e);
            let (mut y, mut m, mut d) = (y.clone(), m.clone(), d.clone());
            match which {
                0 => d = v,
                1 => m = v,
                _ => y = v,
            }
            on_set.emit((path.clone(), crate::wizard::join_date_parts(&y, &m, &d)));
        });
        let suffix = ["day", "month", "year"][which];
        let pid = format!("{id}-{suffix}");
        html! {
            <div class="zh-date-item">
                <label class="zh-label zh-date-label" for={pid.clone()}>{ label }</label>
                <input class={classes!("zh-input", width, "ym-disable-keys", "ym-hide-content")} id={pid.clone()} name={pid}
                    inputmode="numeric" spellcheck="false"
                    aria-invalid={p.error.as_ref().map(|_| "true")}
                    value={value} {oninput} data-zh-private="true" />
            </div>
        }
    };
    html! {
        <div class={classes!("zh-field", p.error.as_ref().map(|_| "zh-field--error"))}>
            <fieldset class="zh-fieldset" role="group" aria-describedby={described}>
                <legend class="zh-legend">
                    <h1 class="zh-h1" tabindex="-1" ref={p.heading.clone()}>
                        { &p.legend }
                        if let Some(o) = &p.optional { { " " }<span class="zh-optional">{ o }</span> }
                    </h1>
                </legend>
                if let Some(h) = &p.hint { <div class="zh-hint" id={hint_id.clone()}>{ h }</div> }
                if let Some(e) = &p.error { <p class="zh-error" id={err_id.clone()}>{ e }</p> }
                <div class="zh-date">
                    { part(0, p.labels[0], d.clone(), "zh-w2") }
                    { part(1, p.labels[1], m.clone(), "zh-w2") }
                    { part(2, p.labels[2], y.clone(), "zh-w4") }
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
    pub path: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub options: Vec<RadioOption>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    pub on_set: OnSet,
    /// Some: the legend is the page's h1.
    #[prop_or_default]
    pub heading: Option<NodeRef>,
}

#[function_component(Radios)]
pub fn radios(p: &RadiosProps) -> Html {
    let id = field_id(&p.path);
    let hint_id = format!("{id}-hint");
    let err_id = format!("{id}-error");
    let described = described_by(
        p.hint.is_some().then_some(&hint_id),
        p.error.is_some().then_some(&err_id),
    );
    html! {
        <div class={classes!("zh-field", p.error.as_ref().map(|_| "zh-field--error"))}>
            <fieldset class="zh-fieldset" aria-describedby={described}>
                <legend class="zh-legend">
                    if let Some(h) = &p.heading {
                        <h1 class="zh-h1" tabindex="-1" ref={h.clone()}>{ &p.legend }</h1>
                    } else {
                        <span class="zh-label">{ &p.legend }</span>
                    }
                </legend>
                if let Some(h) = &p.hint { <div class="zh-hint" id={hint_id.clone()}>{ h }</div> }
                if let Some(e) = &p.error { <p class="zh-error" id={err_id.clone()}>{ e }</p> }
                <div class="zh-radios">
                { for p.options.iter().enumerate().map(|(i, o)| {
                    // The first radio carries the field's id so error links land on it.
                    let oid = if i == 0 { id.clone() } else { format!("{id}-{i}") };
                    let on_set = p.on_set.clone();
                    let path = p.path.to_string();
                    let value = o.value.to_string();
                    let onchange = Callback::from(move |_: Event| on_set.emit((path.clone(), value.clone())));
                    let ohint = format!("{id}-option{i}-hint");
                    html! {
                        <div class="zh-radio">
                            <input class="zh-radio-input ym-disable-keys ym-hide-content" type="radio" id={oid.clone()} name={id.clone()}
                                value={o.value.clone()} checked={p.value == o.value} {onchange}
                                aria-describedby={o.hint.as_ref().map(|_| ohint.clone())} />
                            <label class="zh-radio-label" for={oid.clone()}>{ &o.label }</label>
                            if let Some(h) = &o.hint { <div class="zh-hint zh-radio-hint" id={ohint}>{ h }</div> }
                        </div>
                    }
                }) }
                </div>
            </fieldset>
        </div>
    }
}
