//! "Your answers": keep them on this device (opt-in), delete everything,
//! export to a file (optionally encrypted) and import it elsewhere.
//! A refused file leaves the current answers untouched.

use super::fields::TextField;
use super::state::{Action, WizardState};
use crate::i18n::Lang;
use crate::saved::{self, Opened};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeviceProps {
    pub state: UseReducerHandle<WizardState>,
    pub lang: Lang,
    pub storage_key: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Message {
    Done(String),
    Problem(String),
}

#[function_component(DevicePanel)]
pub fn device_panel(p: &DeviceProps) -> Html {
    let t = p.lang.strings();
    let message = use_state(|| None::<Message>);
    // An encrypted file waiting for its passphrase.
    let pending = use_state(|| None::<saved::Sealed>);
    let export_pass = use_state(String::new);
    let import_pass = use_state(String::new);
    let import_pass_error = use_state(|| None::<String>);
    let file_input = use_node_ref();

    // Opens a file's text; plain answers replace the current ones at once.
    let accept = {
        let (dispatch, message, pending) = (p.state.dispatcher(), message.clone(), pending.clone());
        Callback::from(move |text: String| match saved::open(&text) {
            Ok(Opened::Plain(answers)) => {
                pending.set(None);
                dispatch.dispatch(Action::Load(answers));
                message.set(Some(Message::Done(t.imported.into())));
            }
            Ok(Opened::Encrypted(sealed)) => {
                message.set(None);
                pending.set(Some(sealed));
            }
            Err(e) => {
                pending.set(None);
                message.set(Some(Message::Problem(t.load_error(&e))));
            }
        })
    };

    let on_keep = {
        let (dispatch, message, key) =
            (p.state.dispatcher(), message.clone(), p.storage_key.clone());
        let answers = saved::to_json(&p.state.answers());
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            // Try a write first: private modes and sandboxed frames refuse.
            if on && !crate::web::storage_set(&key, &answers) {
                message.set(Some(Message::Problem(t.keep_failed.into())));
                return;
            }
            message.set(None);
            dispatch.dispatch(Action::Keep(on));
        })
    };
    let on_delete = {
        let (dispatch, message, key) =
            (p.state.dispatcher(), message.clone(), p.storage_key.clone());
        let (pending, export_pass, import_pass, file_input) = (
            pending.clone(),
            export_pass.clone(),
            import_pass.clone(),
            file_input.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            crate::web::storage_remove(&key);
            dispatch.dispatch(Action::Reset);
            pending.set(None);
            export_pass.set(String::new());
            import_pass.set(String::new());
            if let Some(input) = file_input.cast::<web_sys::HtmlInputElement>() {
                input.set_value("");
            }
            message.set(Some(Message::Done(t.deleted.into())));
        })
    };
    let on_export = {
        let (message, export_pass) = (message.clone(), export_pass.clone());
        let plain = saved::to_json(&saved::Answers {
            position: None,
            ..p.state.answers()
        });
        let name = format!("zhaloba-otvety-{}.json", p.state.today);
        Callback::from(move |_: MouseEvent| {
            let pass = (*export_pass).clone();
            if pass.is_empty() {
                crate::web::download(plain.as_bytes(), "application/json", &name);
                message.set(Some(Message::Done(t.exported.into())));
                return;
            }
            let (message, name) = (message.clone(), name.clone());
            crate::web::encrypt(
                plain.clone(),
                pass,
                Callback::from(move |sealed: Result<saved::Sealed, String>| match sealed {
                    Ok(sealed) => {
                        let json = saved::sealed_to_json(&sealed);
                        crate::web::download(json.as_bytes(), "application/json", &name);
                        message.set(Some(Message::Done(t.exported.into())));
                    }
                    Err(_) => message.set(Some(Message::Problem(t.encrypt_failed.into()))),
                }),
            );
        })
    };
    let on_file = {
        let (accept, message) = (accept.clone(), message.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let (accept, message) = (accept.clone(), message.clone());
            crate::web::read_file(
                input,
                Callback::from(move |text: Result<String, ()>| match text {
                    Ok(text) => accept.emit(text),
                    Err(()) => message.set(Some(Message::Problem(format!(
                        "{} {}",
                        t.read_failed, t.unchanged
                    )))),
                }),
            );
        })
    };
    let on_open = {
        let (pending, import_pass, import_pass_error, message) = (
            pending.clone(),
            import_pass.clone(),
            import_pass_error.clone(),
            message.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(sealed) = (*pending).clone() else {
                return;
            };
            if import_pass.is_empty() {
                import_pass_error.set(Some(t.passphrase_required.into()));
                return;
            }
            import_pass_error.set(None);
            let (accept, message, error) =
                (accept.clone(), message.clone(), import_pass_error.clone());
            crate::web::decrypt(
                sealed,
                (*import_pass).clone(),
                Callback::from(move |plain: Result<Option<String>, String>| match plain {
                    Ok(Some(text)) => accept.emit(text),
                    Ok(None) => {
                        let why = t.load_error(&saved::LoadError::WrongPassphrase);
                        error.set(Some(why.clone()));
                        message.set(Some(Message::Problem(why)));
                    }
                    Err(_) => message.set(Some(Message::Problem(format!(
                        "{} {}",
                        t.read_failed, t.unchanged
                    )))),
                }),
            );
        })
    };
    let set_into = |target: UseStateHandle<String>| {
        Callback::from(move |(_, value): (String, String)| target.set(value))
    };

    let notice = message.as_ref().map(|m| match m {
        Message::Done(text) => html! {
            <div class="zh-panel" role="status" id="zh-device-message"><p>{ text }</p></div>
        },
        Message::Problem(text) => html! {
            <div class="zh-panel zh-panel--alert" role="alert" id="zh-device-message"><p>{ text }</p></div>
        },
    });
    html! {
        <section class="zh-device" aria-labelledby="zh-device-title">
            <h2 class="zh-h2" id="zh-device-title">{ t.device_title }</h2>
            { for notice }
            <div class="zh-checkbox">
                <input class="zh-checkbox-input ym-disable-keys ym-hide-content" type="checkbox" id="zh-keep" aria-describedby="zh-keep-hint"
                    checked={p.state.keep} onchange={on_keep} />
                <label class="zh-checkbox-label" for="zh-keep">{ t.keep_label }</label>
                <p class="zh-hint" id="zh-keep-hint">{ t.keep_hint }</p>
            </div>
            if p.state.keep { <p class="zh-hint">{ t.keep_on }</p> }
            <button type="button" class="zh-button zh-button--warning" id="zh-delete-all" onclick={on_delete}>
                { t.delete_all }
            </button>
            <details class="zh-details" open={pending.is_some()}>
                <summary class="zh-details-summary">{ t.transfer_title }</summary>
                // A form of its own (never submitted) so the password fields
                // sit in a form, as browsers and password managers expect.
                <form class="zh-details-body" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <TextField path="device.export_passphrase" label={t.export_passphrase}
                        hint={Some(AttrValue::from(t.export_passphrase_hint))} optional={Some(AttrValue::from(t.optional))}
                        value={(*export_pass).clone()} on_set={set_into(export_pass.clone())}
                        input_type={Some(AttrValue::from("password"))} autocomplete={Some(AttrValue::from("new-password"))} />
                    <button type="button" class="zh-button zh-button--secondary" id="zh-export" onclick={on_export}>
                        { t.export_button }
                    </button>
                    <div class="zh-field">
                        <label class="zh-label" for="zh-import-file">{ t.import_label }</label>
                        <p class="zh-hint" id="zh-import-file-hint">{ t.import_hint }</p>
                        <input class="zh-file ym-disable-keys ym-hide-content" type="file" id="zh-import-file" accept=".json,application/json"
                            aria-describedby="zh-import-file-hint" ref={file_input} onchange={on_file} />
                    </div>
                    if pending.is_some() {
                        <TextField path="device.import_passphrase" label={t.import_passphrase}
                            value={(*import_pass).clone()} on_set={set_into(import_pass.clone())}
                            error={(*import_pass_error).clone()}
                            input_type={Some(AttrValue::from("password"))} autocomplete={Some(AttrValue::from("current-password"))} />
                        <button type="button" class="zh-button" id="zh-import-open" onclick={on_open}>{ t.import_open }</button>
                    }
                </form>
            </details>
        </section>
    }
}
