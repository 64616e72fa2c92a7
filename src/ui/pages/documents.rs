//! The letters: each previewed as it will print, with its downloads. The
//! engine rendered the preview and the text; print is the page's; DOCX,
//! PDF and .ics are made in the files worker from the case.

use crate::domain::case::Case;
use crate::domain::date::Date;
use crate::embed::Event;
use crate::engine::summary::{LetterView, Summary};
use crate::i18n::Lang;
use crate::ui::hooks::{use_host, use_lang};
use crate::writers::format::Format;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DocumentsProps {
    pub summary: Rc<Summary>,
    /// The case the files are made from (the summary's, or newer by a keystroke).
    pub case: Case,
    /// Something the letter needs is missing or wrong: no downloads yet.
    pub blocked: bool,
    pub today: Date,
    /// Inside the widget: where printing finds the letter from.
    pub heading: NodeRef,
}

#[function_component(Documents)]
pub fn documents(p: &DocumentsProps) -> Html {
    let lang = use_lang();
    let t = lang.strings();
    let host = use_host();
    let file_error = use_state(|| None::<String>);
    let wide = use_state(crate::web::wide);
    let can_share = use_state(crate::web::can_share_files);
    // (letter, copied): what the last copy said, shown beside its buttons.
    let copied = use_state(|| None::<(usize, bool)>);
    let letters = &p.summary.letters;
    let blocked = p.blocked;
    let on_error = {
        let file_error = file_error.clone();
        Callback::from(move |e: String| file_error.set(Some(e)))
    };
    let documents = letters.iter().enumerate().map(|(i, letter)| {
        let heading = heading(lang, i, letters.len(), letter);
        let button_as = |format: Format, label: &'static str, primary: bool, share: bool| {
            let (letter, case, today, host, on_error) =
                (letter.clone(), p.case.clone(), p.today, host.clone(), on_error.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                host.emit.emit(Event::Document { format: format.key() });
                let name = letter.file_name(format);
                let request = crate::web::FileRequest { case: &case, today, letter: i, format };
                if share {
                    crate::web::share_letter(request, &host.files_worker, name, on_error.clone());
                } else if format == Format::Text {
                    crate::web::download(letter.text.as_bytes(), format.mime(), &name);
                } else {
                    crate::web::download_file(request, &host.files_worker, name, on_error.clone());
                }
            });
            let id = if share { format!("zh-share-{i}") } else { format!("zh-download-{i}-{}", format.key()) };
            html! {
                <button type="button" class="zh-button" data-secondary={(!primary).then_some("true")}
                    {id} disabled={blocked} aria-describedby={blocked.then_some("zh-downloads-blocked")} {onclick}>{ label }</button>
            }
        };
        let button = |format, label, primary| button_as(format, label, primary, false);
        let copy = |text: &str, id: &str, label: &'static str| {
            let (text, copied) = (text.to_string(), copied.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                let copied = copied.clone();
                crate::web::copy_text(text.clone(), Callback::from(move |ok| copied.set(Some((i, ok)))));
            });
            html! {
                <button type="button" class="zh-button zh-button--secondary" id={format!("{id}-{i}")}
                    disabled={blocked} {onclick}>{ label }</button>
            }
        };
        let email = host.config.organisation.as_ref()
            .filter(|_| letter.addressee == "insurer")
            .map_or("", |o| o.email.as_str());
        let mail = crate::flow::mailto::mailto(email, &letter.subject, &letter.text);
        let print = {
            let (anchor, emit) = (p.heading.clone(), host.emit.clone());
            Callback::from(move |_: MouseEvent| {
                emit.emit(Event::Document { format: "print" });
                crate::web::print_letter(&anchor, &format!("zh-preview-{i}"))
            })
        };
        html! {
            <section class="zh-document" aria-labelledby={format!("zh-document-{i}")}>
                <h2 class="zh-h2" id={format!("zh-document-{i}")}>{ heading }</h2>
                if !letter.unprintable.is_empty() {
                    <p class="zh-panel" id={format!("zh-unprintable-{i}")}>
                        { t.pdf_unprintable.replace("{chars}", &letter.unprintable) }</p>
                }
                <div class="zh-buttons">
                    { button(Format::Pdf, t.download_pdf, true) }
                    { button(Format::Docx, t.download_docx, false) }
                    { button(Format::Text, t.download_txt, false) }
                    { button(Format::Ics, t.download_ics, false) }
                    <button type="button" class="zh-button zh-button--secondary" id={format!("zh-print-{i}")}
                        disabled={blocked} onclick={print}>{ t.print }</button>
                </div>
                <h3 class="zh-h3">{ t.pass_on_title }</h3>
                <p class="zh-hint" id={format!("zh-copy-hint-{i}")}>{ t.copy_hint }</p>
                <div class="zh-buttons">
                    if *can_share { { button_as(Format::Pdf, t.share, false, true) } }
                    { copy(&letter.text, "zh-copy", t.copy_text) }
                    { copy(&letter.body, "zh-copy-body", t.copy_body) }
                    if !blocked {
                        <a class="zh-button zh-button--secondary" id={format!("zh-mailto-{i}")} href={mail.url}>{ t.mail }</a>
                    }
                </div>
                <p role="status" class="zh-hint" id={format!("zh-copied-{i}")}>
                    { match *copied { Some((n, ok)) if n == i => if ok { t.copied } else { t.copy_failed }, _ => "" } }
                </p>
                if !mail.whole && !blocked { <p class="zh-hint" id={format!("zh-mail-attach-{i}")}>{ t.mail_attach }</p> }
                <h3 class="zh-h3">{ t.post_kit }</h3>
                <div class="zh-buttons">
                    { button(Format::Inventory, t.inventory, false) }
                    { button(Format::Envelope, t.envelope, false) }
                </div>
                // Folded on a phone, so the downloads stay near the top.
                <details class="zh-details" open={*wide}>
                    <summary class="zh-details-summary">{ t.preview_show }</summary>
                    <div class="zh-preview ym-hide-content" id={format!("zh-preview-{i}")} tabindex="0" role="region" aria-label={t.preview_title} data-zh-private="true">
                        { Html::from_html_unchecked(letter.html.clone().into()) }
                    </div>
                </details>
            </section>
        }
    });
    html! {
        <>
            if let Some(e) = &*file_error {
                <div class="zh-panel zh-panel--alert" role="alert">
                    <p class="zh-panel-title">{ t.file_failed }</p>
                    <p>{ e }</p>
                </div>
            }
            if blocked { <p class="zh-hint" id="zh-downloads-blocked">{ t.downloads_blocked }</p> }
            { for documents }
        </>
    }
}

/// «Текст жалобы» for one letter; «Документ 2 — жалоба» when there are several.
fn heading(lang: Lang, i: usize, count: usize, letter: &LetterView) -> String {
    let t = lang.strings();
    if count < 2 {
        return t.preview_title.to_string();
    }
    // In English the letter's own title is Russian: the number tells them apart.
    t.document_of
        .replace("{n}", &(i + 1).to_string())
        .replace("{m}", &count.to_string())
        .replace(
            "{title}",
            &crate::domain::words::lowercase_ru(&letter.title),
        )
}
