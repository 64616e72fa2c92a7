//! DOM tests in a real browser (wasm-bindgen-test + headless Chromium):
//! mounting into any element, focus management, page titles, error summary.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement};
use zhaloba::domain::date::Date;
use zhaloba::i18n::Lang;
use zhaloba::ui::{App, AppProps};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn settle() {
    // Let Yew's scheduler render and run effects.
    yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
}

fn mount() -> Element {
    let host = document().create_element("section").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let props = AppProps {
        storage_key: "zhaloba.test".into(),
        ..AppProps::new(Lang::Ru, Date::parse("2026-06-01").unwrap())
    };
    yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
    host
}

fn q(root: &Element, sel: &str) -> HtmlElement {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("no {sel}"))
        .dyn_into()
        .unwrap()
}

fn active_text() -> String {
    document()
        .active_element()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn moves_focus_and_title_with_each_step() {
    let root = mount();
    settle().await;
    assert_eq!(
        q(&root, "h1").text_content().unwrap(),
        "Составить жалобу по полису ОМС"
    );
    q(&root, "button[type=submit]").click();
    settle().await;
    assert_eq!(active_text(), "Что случилось?");
    assert!(
        document()
            .title()
            .starts_with("Шаг 2 из 2 — Что случилось?"),
        "{}",
        document().title()
    );

    // Continue without a choice: the error summary takes focus, title says «Ошибка».
    q(&root, "button[type=submit]").click();
    settle().await;
    let active = document().active_element().unwrap();
    assert_eq!(active.class_name(), "zh-error-summary");
    assert!(document().title().starts_with("Ошибка: "));
    // The summary's link focuses the field without touching the page URL.
    let before = web_sys::window().unwrap().location().href().unwrap();
    q(&root, ".zh-error-list a").click();
    settle().await;
    assert_eq!(document().active_element().unwrap().id(), "zh-category");
    assert_eq!(
        web_sys::window().unwrap().location().href().unwrap(),
        before
    );

    // Choose and go on: the step count now includes the category's questions.
    q(&root, "input[value=waiting-time]").click();
    q(&root, "button[type=submit]").click();
    settle().await;
    assert_eq!(active_text(), "Кто подаёт жалобу?");
    assert!(
        document().title().starts_with("Шаг 3 из 14"),
        "{}",
        document().title()
    );

    // Back keeps the answer.
    q(&root, ".zh-back").click();
    settle().await;
    let radio: HtmlInputElement = q(&root, "input[value=waiting-time]").dyn_into().unwrap();
    assert!(radio.checked());
    root.remove();
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_separate_state() {
    let a = mount();
    let b = mount();
    settle().await;
    q(&a, "button[type=submit]").click();
    settle().await;
    assert_eq!(q(&a, "h1").text_content().unwrap(), "Что случилось?");
    assert_eq!(
        q(&b, "h1").text_content().unwrap(),
        "Составить жалобу по полису ОМС"
    );
    a.remove();
    b.remove();
}
