//! The start page pre-rendered into `index.html` at build time
//! (`web/start.html`, put in by `scripts/post-build.mjs`): the first paint
//! comes before the wasm. It must be exactly what the app renders on its
//! own page, so a change to the start page fails here until the file is
//! written again: `ZHALOBA_PRERENDER=write cargo test --test prerender`
//! (then read the diff, as with a golden letter).
#![cfg(not(target_arch = "wasm32"))]

use zhaloba::domain::date::Date;
use zhaloba::i18n::Lang;
use zhaloba::ui::{App, AppProps};

const FILE: &str = "web/start.html";

#[tokio::test]
async fn web_start_html_is_what_the_app_renders_on_its_own_page() {
    // The start page shows no date; any day renders it the same.
    let props = || AppProps::new(Lang::Ru, Date::parse("2026-01-01").unwrap());
    let rendered = yew::ServerRenderer::<App>::with_props(props).render().await;
    // Without the renderer's component markers: the page is not hydrated,
    // the live app replaces it.
    let html = strip_comments(&rendered);
    if std::env::var("ZHALOBA_PRERENDER").as_deref() == Ok("write") {
        std::fs::write(FILE, format!("{html}\n")).unwrap();
    }
    let committed = std::fs::read_to_string(FILE).unwrap_or_default();
    assert_eq!(
        committed.trim_end(),
        html,
        "{FILE} is not what the start page renders: ZHALOBA_PRERENDER=write cargo test --test prerender"
    );
    assert!(html.contains("<h1"), "the start page's heading");
}

fn strip_comments(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(at) = rest.find("<!--") {
        out.push_str(&rest[..at]);
        rest = rest[at..]
            .find("-->")
            .map_or("", |end| &rest[at + end + 3..]);
    }
    out.push_str(rest);
    out
}
