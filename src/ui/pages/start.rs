//! The start page, and the page that ends a situation outside ОМС.

use super::{continue_button, View};
use crate::ui::state::Action;
use yew::prelude::*;

pub fn start_page(v: &View) -> Html {
    let t = v.lang.strings();
    let contacts = v
        .host
        .config
        .organisation
        .as_ref()
        .filter(|o| !o.hotline.is_empty() || !o.website.is_empty());
    // A page of its own beside the widget's files, the same for everyone:
    // its text costs the first screen nothing.
    // The single-file build has no files beside it: no link there.
    let config = &v.host.config;
    let privacy = config.worker.is_none().then(|| {
        let base = config.assets();
        let en = if v.lang == crate::i18n::Lang::En {
            "#en"
        } else {
            ""
        };
        format!("{base}privacy.html{en}")
    });
    html! {
        <>
            <h1 class="zh-h1" tabindex="-1" ref={v.heading.clone()}>{ t.start_title }</h1>
            <p class="zh-lead">{ t.start_lead }</p>
            <h2 class="zh-h2">{ t.start_need_title }</h2>
            <ul class="zh-list">{ for t.start_need.iter().map(|x| html! { <li>{ *x }</li> }) }</ul>
            <p class="zh-privacy">{ t.privacy }
                if let Some(href) = privacy {
                    { " " }<a id="zh-privacy-link" {href} target="_blank" rel="noopener noreferrer">{ t.privacy_link }</a>
                }
            </p>
            if let Some(o) = contacts {
                <p class="zh-hint">
                    { format!("{} {}", t.organisation_contacts, o.name) }
                    if !o.hotline.is_empty() { { format!(": {}", o.hotline) } }
                    if !o.website.is_empty() { { ", " }<a href={o.website.clone()} target="_blank" rel="noopener noreferrer">{ &o.website }</a> }
                </p>
            }
            { continue_button(t.start_button) }
        </>
    }
}

/// A situation outside ОМС: where to go instead; no letter.
pub fn exit_page(v: &View) -> Html {
    let t = v.lang.strings();
    let Some(exit) = crate::flow::exit_of(v.lang.content(), &v.state.case) else {
        return html! {};
    };
    let switch = exit.switch_to.zip(exit.switch_label).map(|(to, label)| {
        let d = v.state.dispatcher();
        let onclick =
            Callback::from(move |_: MouseEvent| d.dispatch(Action::Switch(to.to_string())));
        html! { <button type="button" class="zh-button" {onclick}>{ label.as_ref() }</button> }
    });
    html! {
        <>
            <h1 class="zh-h1" tabindex="-1" ref={v.heading.clone()}>{ exit.title.as_ref() }</h1>
            <div class="zh-panel">
                <p class="zh-panel-title">{ if exit.oms { t.exit_lead_oms } else { t.exit_lead } }</p>
                <p>{ exit.where_to_go.as_ref() }</p>
            </div>
            <p class="zh-hint">{ format!("{} {}", t.source, exit.source) }</p>
            { for switch }
        </>
    }
}
