//! Saving the answers to a file (optionally encrypted with a passphrase) and
//! loading them from one. A file that cannot be used says why and changes
//! nothing.

use super::Message;
use crate::i18n::Strings;
use crate::saved::{self, Opened, Sealed};
use crate::ui::fields::{FrameProps, OnSet, Slot, TextField};
use crate::ui::hooks::{use_host, use_lang};
use crate::ui::state::{Action, WizardState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TransferProps {
    pub state: UseReducerHandle<WizardState>,
    pub say: Callback<Option<Message>>,
}

/// The form's own state: nothing of it is ever part of the case.
struct Form {
    export_pass: UseStateHandle<String>,
    import_pass: UseStateHandle<String>,
    import_error: UseStateHandle<Option<String>>,
    /// An encrypted file waiting for its passphrase.
    pending: UseStateHandle<Option<Sealed>>,
}

/// A password field of the transfer form.
fn password(
    name: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    optional: Option<&'static str>,
) -> FrameProps {
    FrameProps {
        slot: Slot::Own(name),
        label: label.into(),
        hint: hint.map(AttrValue::from),
        optional: optional.map(AttrValue::from),
        error: None,
        heading: None,
    }
}

fn set_into(target: UseStateHandle<String>) -> OnSet {
    Callback::from(move |(_, value): (Slot, String)| target.set(value))
}

#[function_component(Transfer)]
pub fn transfer(p: &TransferProps) -> Html {
    let t = use_lang().strings();
    let worker = use_host().files_worker.clone();
    let form = Form {
        export_pass: use_state(String::new),
        import_pass: use_state(String::new),
        import_error: use_state(|| None::<String>),
        pending: use_state(|| None::<Sealed>),
    };
    html! {
        <details class="zh-details" open={form.pending.is_some()}>
            <summary class="zh-details-summary" id="zh-transfer-summary">{ t.transfer_title }</summary>
            // A form of its own (never submitted) so the password fields
            // sit in a form, as browsers and password managers expect.
            <form class="zh-details-body" novalidate=true onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { export(p, &form, &worker, t) }
                { import(p, &form, &worker, t) }
            </form>
        </details>
    }
}

/// `worker`: the files worker's URL, where a passphrase encrypts and decrypts.
fn export(p: &TransferProps, form: &Form, worker: &AttrValue, t: &'static Strings) -> Html {
    let pass = form.export_pass.clone();
    let on_export = {
        let (say, pass, worker) = (p.say.clone(), pass.clone(), worker.clone());
        // The file carries the case only, not the wizard's position.
        let plain = saved::to_json(&saved::Answers {
            position: None,
            ..p.state.answers()
        });
        let name = format!("zhaloba-otvety-{}.json", p.state.today);
        Callback::from(move |_: MouseEvent| {
            if pass.is_empty() {
                crate::web::download(plain.as_bytes(), "application/json", &name);
                say.emit(Some(Message::Done(t.exported.into())));
                return;
            }
            let (say, name) = (say.clone(), name.clone());
            crate::web::encrypt(
                &worker,
                plain.clone(),
                (*pass).clone(),
                Callback::from(move |sealed: Result<Sealed, String>| match sealed {
                    Ok(sealed) => {
                        let json = saved::sealed_to_json(&sealed);
                        crate::web::download(json.as_bytes(), "application/json", &name);
                        say.emit(Some(Message::Done(t.exported.into())));
                    }
                    Err(_) => say.emit(Some(Message::Problem(t.encrypt_failed.into()))),
                }),
            );
        })
    };
    let frame = password(
        "device.export_passphrase",
        t.export_passphrase,
        Some(t.export_passphrase_hint),
        Some(t.optional),
    );
    html! {
        <>
            <TextField {frame} value={(*pass).clone()} on_set={set_into(pass.clone())}
                input_type={Some(AttrValue::from("password"))} autocomplete={Some(AttrValue::from("new-password"))} />
            <button type="button" class="zh-button zh-button--secondary" id="zh-export" onclick={on_export}>
                { t.export_button }
            </button>
        </>
    }
}

/// Opens a file's text: plain answers replace the current ones at once, an
/// encrypted file waits for its passphrase, a refused one says why.
fn accept(p: &TransferProps, form: &Form, t: &'static Strings) -> Callback<String> {
    let (dispatch, say, pending) = (p.state.dispatcher(), p.say.clone(), form.pending.clone());
    Callback::from(move |text: String| match saved::open(&text) {
        Ok(Opened::Plain(answers)) => {
            pending.set(None);
            dispatch.dispatch(Action::Load(answers));
            say.emit(Some(Message::Done(t.imported.into())));
        }
        Ok(Opened::Encrypted(sealed)) => {
            say.emit(None);
            pending.set(Some(sealed));
        }
        Err(e) => {
            pending.set(None);
            say.emit(Some(Message::Problem(t.load_error(&e))));
        }
    })
}

fn import(p: &TransferProps, form: &Form, worker: &AttrValue, t: &'static Strings) -> Html {
    let accept = accept(p, form, t);
    let unreadable = format!("{} {}", t.read_failed, t.unchanged);
    let on_file = {
        let (accept, say, unreadable) = (accept.clone(), p.say.clone(), unreadable.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let (accept, say, unreadable) = (accept.clone(), say.clone(), unreadable.clone());
            crate::web::read_file(
                input,
                Callback::from(move |text: Result<String, ()>| match text {
                    Ok(text) => accept.emit(text),
                    Err(()) => say.emit(Some(Message::Problem(unreadable.clone()))),
                }),
            );
        })
    };
    let (pass, error) = (form.import_pass.clone(), form.import_error.clone());
    let on_open = {
        let (pending, pass, error, say, worker) = (
            form.pending.clone(),
            pass.clone(),
            error.clone(),
            p.say.clone(),
            worker.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(sealed) = (*pending).clone() else {
                return;
            };
            if pass.is_empty() {
                error.set(Some(t.passphrase_required.into()));
                return;
            }
            error.set(None);
            let (accept, say, error, unreadable) = (
                accept.clone(),
                say.clone(),
                error.clone(),
                unreadable.clone(),
            );
            crate::web::decrypt(
                &worker,
                sealed,
                (*pass).clone(),
                Callback::from(move |plain: Result<Option<String>, String>| match plain {
                    Ok(Some(text)) => accept.emit(text),
                    Ok(None) => {
                        let why = t.load_error(&saved::LoadError::WrongPassphrase);
                        error.set(Some(why.clone()));
                        say.emit(Some(Message::Problem(why)));
                    }
                    Err(_) => say.emit(Some(Message::Problem(unreadable.clone()))),
                }),
            );
        })
    };
    let frame = FrameProps {
        error: (*error).clone(),
        ..password("device.import_passphrase", t.import_passphrase, None, None)
    };
    html! {
        <>
            <div class="zh-field">
                <label class="zh-label" for="zh-import-file">{ t.import_label }</label>
                <p class="zh-hint" id="zh-import-file-hint">{ t.import_hint }</p>
                <input class="zh-file ym-disable-keys ym-hide-content" type="file" id="zh-import-file" accept=".json,application/json"
                    aria-describedby="zh-import-file-hint" onchange={on_file} />
            </div>
            if form.pending.is_some() {
                <TextField {frame} value={(*pass).clone()} on_set={set_into(pass.clone())}
                    input_type={Some(AttrValue::from("password"))} autocomplete={Some(AttrValue::from("current-password"))} />
                <button type="button" class="zh-button" id="zh-import-open" onclick={on_open}>{ t.import_open }</button>
            }
        </>
    }
}
