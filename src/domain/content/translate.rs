//! The overlay of the content's screen texts: the English ones (the letter
//! stays Russian), and in the page's build the Russian ones too, which its
//! wasm leaves out. [`translate`] walks the texts in one fixed order; a
//! [`Texts`] source gives each its text. `build.rs` walks with the keys of
//! `content/translations/en.toml` and writes the translations in that order
//! (`content-en.txt`), and the Russian texts likewise (`content-ru.txt`);
//! the page reads them back [`InOrder`], so it builds no keys and looks
//! nothing up.

use super::model::{ContentData, List, Text};

/// Where translations come from.
pub trait Texts {
    /// The translation of the next screen text, which reads `current` now;
    /// `key` names it (`categories.waiting-time.questions.service.label`)
    /// for a source that looks texts up by name. `None` leaves the text.
    fn next(&mut self, current: &'static str, key: impl FnOnce() -> String)
        -> Option<&'static str>;
}

/// Translations one after another, as `build.rs` wrote them: the key is
/// never built.
pub struct InOrder(pub std::str::Split<'static, char>);

impl Texts for InOrder {
    fn next(&mut self, _: &'static str, _: impl FnOnce() -> String) -> Option<&'static str> {
        self.0.next().filter(|t| !t.is_empty())
    }
}

/// Translations by key (`build.rs`, the tests): `key` is built and handed
/// to the function.
pub struct Lookup<F: FnMut(String) -> Option<&'static str>>(pub F);

impl<F: FnMut(String) -> Option<&'static str>> Texts for Lookup<F> {
    fn next(&mut self, _: &'static str, key: impl FnOnce() -> String) -> Option<&'static str> {
        (self.0)(key())
    }
}

/// A list's items changed one by one (a new list; the old one stays as it was).
fn each<T: Clone>(list: &mut List<T>, mut f: impl FnMut(&mut T)) {
    let mut items = list.to_vec();
    items.iter_mut().for_each(&mut f);
    *list = List::leak(items);
}

/// The translation of one text, where the source has it.
fn put(tr: &mut impl Texts, target: &mut Text, key: impl FnOnce() -> String) {
    if let Some(text) = tr.next(target.0, key) {
        *target = Text(text);
    }
}

/// Replaces the screen texts by their translations, in a fixed order. The
/// walk must not depend on what a build strips from the content (`build.rs`
/// walks the content before stripping it): a category's `examples`, which
/// only reviewers read and the wasm leaves out, are not screen texts.
pub fn translate(c: &mut ContentData, tr: &mut impl Texts) {
    each(&mut c.categories, |cat| {
        let id = cat.id;
        let at = move || format!("categories.{id}");
        put(tr, &mut cat.title, || format!("{}.title", at()));
        put(tr, &mut cat.summary, || format!("{}.summary", at()));
        if let Some(title) = cat.clinic_title.as_mut() {
            put(tr, title, || format!("{}.clinic_title", at()));
        }
        let mut i = 0;
        each(&mut cat.variants, |v| {
            put(tr, &mut v.explain, || {
                format!("{}.variants.{i}.explain", at())
            });
            i += 1;
        });
        let mut i = 0;
        each(&mut cat.cautions, |x| {
            put(tr, &mut x.text, || format!("{}.cautions.{i}", at()));
            i += 1;
        });
        each(&mut cat.questions, |q| {
            let qid = q.id;
            let at = move || format!("{}.questions.{qid}", at());
            put(tr, &mut q.label, || format!("{}.label", at()));
            if let Some(h) = q.hint.as_mut() {
                put(tr, h, || format!("{}.hint", at()));
            }
            each(&mut q.options, |o| {
                let value = o.value;
                put(tr, &mut o.label, || format!("{}.options.{value}", at()))
            });
        });
    });
    each(&mut c.exits, |e| {
        let id = e.id;
        let at = move || format!("exits.{id}");
        put(tr, &mut e.title, || format!("{}.title", at()));
        put(tr, &mut e.summary, || format!("{}.summary", at()));
        put(tr, &mut e.where_to_go, || format!("{}.where_to_go", at()));
        if let Some(label) = e.switch_label.as_mut() {
            put(tr, label, || format!("{}.switch_label", at()));
        }
    });
    each(&mut c.addressees, |a| {
        let id = a.id;
        put(tr, &mut a.name, || format!("addressees.{id}.name"));
        put(tr, &mut a.why, || format!("addressees.{id}.why"));
    });
    let next = &mut c.next_steps;
    each(&mut next.way, |w| {
        let id = w.id;
        put(tr, &mut w.title, || format!("next_steps.{id}.title"));
        put(tr, &mut w.text, || format!("next_steps.{id}.text"));
    });
    for (key, e) in [
        ("answer", &mut next.answer),
        ("records", &mut next.records),
        ("consumer_claim", &mut next.consumer_claim),
        ("refund_claim", &mut next.refund_claim),
        ("escalation", &mut next.escalation),
    ] {
        put(tr, &mut e.title, || format!("next_steps.{key}.title"));
        put(tr, &mut e.text, || format!("next_steps.{key}.text"));
        if !e.registered.is_empty() {
            put(tr, &mut e.registered, || {
                format!("next_steps.{key}.registered")
            });
        }
    }
}
