//! "Your answers": keep them on this device (opt-in), delete everything
//! (`keep`), export to a file, optionally encrypted, and import it elsewhere
//! (`transfer`). A refused file leaves the current answers untouched.

mod keep;
mod transfer;

use super::hooks::use_lang;
use super::state::WizardState;
use yew::prelude::*;

/// What the panel last has to say.
#[derive(Clone, PartialEq)]
pub enum Message {
    Done(String),
    Problem(String),
}

#[derive(Properties, PartialEq)]
pub struct DeviceProps {
    pub state: UseReducerHandle<WizardState>,
    pub storage_key: AttrValue,
}

#[function_component(DevicePanel)]
pub fn device_panel(p: &DeviceProps) -> Html {
    let t = use_lang().strings();
    let message = use_state(|| None::<Message>);
    // Raised by «Удалить всё»: the transfer form starts afresh (no file, no passwords).
    let generation = use_state(|| 0u32);
    let say = {
        let message = message.clone();
        Callback::from(move |m: Option<Message>| message.set(m))
    };
    let on_deleted = {
        let generation = generation.clone();
        Callback::from(move |()| generation.set(*generation + 1))
    };
    let confirming = use_state(|| false);
    let confirm_ref = use_node_ref();
    // The question takes focus when it appears (a screen reader reads it).
    use_effect_with((*confirming, confirm_ref.clone()), |(on, node)| {
        if *on {
            crate::web::focus(node);
        }
    });
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
            { keep::keep(keep::Keep { state: &p.state, storage_key: &p.storage_key, say: &say, on_deleted, confirming: &confirming, confirm_ref: &confirm_ref }, t) }
            <transfer::Transfer key={*generation} state={p.state.clone()} {say} />
        </section>
    }
}
