//! What the widget tells the host page. Events carry no personal data:
//! their payloads are built only here, from step numbers, category ids,
//! format names and the widget's height.

use crate::domain::content::content;

/// One event the host can listen for, as the loader passes it on and the
/// types declare it: one row of [`EVENTS`] (`tests/host_api.rs` writes the
/// loader's key filter and the types from it, and checks the guides).
pub struct HostEvent {
    /// `zhaloba:<name>` on the host's element.
    pub name: &'static str,
    /// Its `detail`, key by key: the name, its TypeScript type, what it says.
    pub detail: &'static [(&'static str, &'static str, &'static str)],
}

/// Every event there is. `ready`'s keys are the loader's (it adds them);
/// `error` comes from the loader and first-paint.js, never from the wasm.
#[rustfmt::skip]
pub static EVENTS: [HostEvent; 5] = [
    HostEvent { name: "ready", detail: &[
        ("version", "string", "This release (`Zhaloba.version`)."),
        ("content", "string", "The legal content's edition (`Zhaloba.content.version`)."),
    ] },
    HostEvent { name: "step", detail: &[
        ("index", "number", "Step number, from 1."),
        ("total", "number", ""),
        ("category", "CategoryId | ''", "`''` before one is chosen."),
    ] },
    HostEvent { name: "document", detail: &[("format", "DocumentFormat", "")] },
    HostEvent { name: "resize", detail: &[("height", "number", "The widget's height in CSS pixels.")] },
    HostEvent { name: "error", detail: &[("code", "ErrorCode", "")] },
];

/// Something the host may want to know. Only these four, only the fields
/// their rows in [`EVENTS`] name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Ready,
    /// 1-based step number, the number of steps, the category id ("" before one is chosen).
    Step {
        index: usize,
        total: usize,
        category: String,
    },
    /// A file was made: `txt`, `docx`, `pdf`, `ics` or `print`.
    Document {
        format: &'static str,
    },
    /// The widget's height in CSS pixels.
    Resize {
        height: u32,
    },
}

impl Event {
    pub fn name(&self) -> &'static str {
        match self {
            Event::Ready => "ready",
            Event::Step { .. } => "step",
            Event::Document { .. } => "document",
            Event::Resize { .. } => "resize",
        }
    }

    /// The event's payload as JSON: ids and numbers, never an answer.
    pub fn detail_json(&self) -> String {
        match self {
            Event::Ready => "{}".into(),
            Event::Step {
                index,
                total,
                category,
            } => {
                // Category ids come from our own content, but a restored case
                // could hold anything: only a known id is ever sent.
                let category = if content().known_ids().any(|id| id == category) {
                    category.as_str()
                } else {
                    ""
                };
                format!(r#"{{"index":{index},"total":{total},"category":"{category}"}}"#)
            }
            Event::Document { format } => format!(r#"{{"format":"{format}"}}"#),
            Event::Resize { height } => format!(r#"{{"height":{height}}}"#),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the wasm sends is what the table (so the loader's filter and the
    /// types) says: the same name, the same keys.
    #[test]
    fn every_event_is_a_row_of_the_table() {
        let events = [
            Event::Ready,
            Event::Step {
                index: 1,
                total: 2,
                category: String::new(),
            },
            Event::Document { format: "pdf" },
            Event::Resize { height: 1 },
        ];
        for e in events {
            let row = EVENTS.iter().find(|r| r.name == e.name()).unwrap();
            let detail: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&e.detail_json()).unwrap();
            let keys: Vec<&str> = detail.keys().map(String::as_str).collect();
            let mut table: Vec<&str> = row.detail.iter().map(|d| d.0).collect();
            table.sort_unstable();
            if e == Event::Ready {
                // The loader adds the release and the edition.
                assert!(keys.is_empty());
            } else {
                assert_eq!(keys, table, "{}", e.name());
            }
        }
    }

    #[test]
    fn events_carry_only_their_keys() {
        assert_eq!(Event::Ready.detail_json(), "{}");
        assert_eq!(
            Event::Step {
                index: 3,
                total: 13,
                category: "waiting-time".into()
            }
            .detail_json(),
            r#"{"index":3,"total":13,"category":"waiting-time"}"#
        );
        // An unknown "category" (a restored file could hold any text) is never sent.
        assert_eq!(
            Event::Step {
                index: 1,
                total: 2,
                category: "Иванова, диагноз".into()
            }
            .detail_json(),
            r#"{"index":1,"total":2,"category":""}"#
        );
        assert_eq!(
            Event::Document { format: "pdf" }.detail_json(),
            r#"{"format":"pdf"}"#
        );
        assert_eq!(
            Event::Resize { height: 812 }.detail_json(),
            r#"{"height":812}"#
        );
    }
}
