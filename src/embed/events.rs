//! What the widget tells the host page. Events carry no personal data:
//! their payloads are built only here, from step numbers, category ids,
//! format names and the widget's height.

use crate::domain::content::content;

/// Something the host may want to know. Only these four, only these fields.
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
