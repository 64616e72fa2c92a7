//! Keeping answers on this device (only after the person opts in) and
//! deleting everything kept.

use super::Message;
use crate::i18n::Strings;
use crate::ui::state::{Action, WizardState};
use yew::prelude::*;

pub struct Keep<'a> {
    pub state: &'a UseReducerHandle<WizardState>,
    pub storage_key: &'a AttrValue,
    pub say: &'a Callback<Option<Message>>,
    pub on_deleted: Callback<()>,
}

pub fn keep(p: Keep, t: &'static Strings) -> Html {
    let on_keep = {
        let (dispatch, say, key) = (p.state.dispatcher(), p.say.clone(), p.storage_key.clone());
        let answers = crate::saved::to_json(&p.state.answers());
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            // Try a write first: private modes and sandboxed frames refuse.
            if on && !crate::web::storage_set(&key, &answers) {
                say.emit(Some(Message::Problem(t.keep_failed.into())));
                return;
            }
            say.emit(None);
            dispatch.dispatch(Action::Keep(on));
        })
    };
    let on_delete = {
        let (dispatch, say, key) = (p.state.dispatcher(), p.say.clone(), p.storage_key.clone());
        let on_deleted = p.on_deleted.clone();
        Callback::from(move |_: MouseEvent| {
            crate::web::storage_remove(&key);
            dispatch.dispatch(Action::Reset);
            on_deleted.emit(());
            say.emit(Some(Message::Done(t.deleted.into())));
        })
    };
    html! {
        <>
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
        </>
    }
}
