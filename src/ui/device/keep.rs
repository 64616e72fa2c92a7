//! Keeping answers on this device (only after the person opts in) and
//! deleting what is kept: offered only when something is, and only after
//! the person confirms what will go.

use super::Message;
use crate::i18n::Strings;
use crate::ui::state::{Action, WizardState};
use yew::prelude::*;

pub struct Keep<'a> {
    pub state: &'a UseReducerHandle<WizardState>,
    pub storage_key: &'a AttrValue,
    pub say: &'a Callback<Option<Message>>,
    pub on_deleted: Callback<()>,
    /// «Удалить» was pressed: the confirmation is shown instead of the button.
    pub confirming: &'a UseStateHandle<bool>,
    /// The confirmation's text, which takes focus when it appears.
    pub confirm_ref: &'a NodeRef,
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
            if on {
                if let Err(why) = crate::web::storage_set(&key, &answers) {
                    say.emit(Some(Message::Problem(t.not_kept(why).into())));
                    return;
                }
            }
            say.emit(None);
            dispatch.dispatch(Action::Keep(on));
        })
    };
    let on_delete = {
        let (dispatch, say, key) = (p.state.dispatcher(), p.say.clone(), p.storage_key.clone());
        let (on_deleted, confirming) = (p.on_deleted.clone(), p.confirming.clone());
        Callback::from(move |_: MouseEvent| {
            crate::web::storage_remove(&key);
            dispatch.dispatch(Action::Reset);
            confirming.set(false);
            on_deleted.emit(());
            say.emit(Some(Message::Done(t.deleted.into())));
        })
    };
    let ask = |on: bool| {
        let confirming = p.confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(on))
    };
    html! {
        <>
            <div class="zh-checkbox">
                <input class="zh-checkbox-input ym-disable-keys ym-hide-content" type="checkbox" id="zh-keep" aria-describedby="zh-keep-hint"
                    checked={p.state.keep} onchange={on_keep} />
                <label class="zh-checkbox-label" for="zh-keep">{ t.keep_label }</label>
                <p class="zh-hint" id="zh-keep-hint">{ t.keep_hint }</p>
            </div>
            if p.state.keep {
                <p class="zh-hint">{ t.keep_on }</p>
                if **p.confirming {
                    <div class="zh-panel zh-panel--alert">
                        <p class="zh-panel-title" id="zh-delete-question" tabindex="-1" ref={p.confirm_ref.clone()}>{ t.delete_question }</p>
                        <p>{ t.delete_what }</p>
                        <button type="button" class="zh-button zh-button--warning" id="zh-delete-yes" onclick={on_delete}>{ t.delete_yes }</button>
                        { " " }
                        <button type="button" class="zh-button zh-button--secondary" id="zh-delete-no" onclick={ask(false)}>{ t.delete_no }</button>
                    </div>
                } else {
                    <button type="button" class="zh-button zh-button--secondary" id="zh-delete-all" onclick={ask(true)}>
                        { t.delete_all }
                    </button>
                }
            }
        </>
    }
}
