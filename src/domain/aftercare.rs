//! What follows a document once it is handed in, by the law it answers to:
//! the answer term and where it runs from, the hand-in ways that fit, the
//! reminder's next step. A case of several documents (a refund claim to the
//! clinic and a complaint to the insurer) gets each document's own.
//!
//! Terms (escalation-brief §1): a complaint under 59-ФЗ — 30 days from
//! registration (ст. 12 ч. 1); a request for copies of medical records —
//! 30 days from the request's registration (789н); a consumer claim — 10
//! days from its delivery (ЗоЗПП ст. 31 п. 1); a claim for a refund of a
//! charge for care that had to be free — the same 10 days by analogy ⚠,
//! which the page words as "usually". Calendar days, a last day off moved
//! to the next working day (ГК ст. 193).

use super::calendar::Term;
use super::content::{Category, Content};
use super::date::Date;
use super::rules::assess::{ANSWER_DAYS, REFUND_DAYS};
use serde::{Deserialize, Serialize};

/// The law a document answers to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A complaint or an application under 59-ФЗ.
    #[default]
    Complaint,
    /// A request for copies of medical records (789н).
    Records,
    /// A consumer's claim about a paid service (ЗоЗПП).
    ConsumerClaim,
    /// A claim for a refund of a charge for care the programme covers
    /// (ЗоЗПП by analogy ⚠).
    RefundClaim,
}

/// Where a document goes next if the term passes unmet: for a claim, the
/// bodies that enforce consumer law (the ladder's ОМС steps follow the
/// complaint to the insurer instead).
const AFTER_A_CLAIM: &[&str] = &["rospotrebnadzor", "consumer-court", "court"];

impl Kind {
    /// Every kind, for tests and the content's sections.
    pub const ALL: [Kind; 4] = [
        Kind::Complaint,
        Kind::Records,
        Kind::ConsumerClaim,
        Kind::RefundClaim,
    ];

    /// The kind of a document of `category` titled `title` (as printed, in
    /// capitals): a «ПРЕТЕНЗИЯ» is a claim (a consumer's outside ОМС, a
    /// refund's within), a «ЗАПРОС» a records request, anything else
    /// («ЖАЛОБА», «ЗАЯВЛЕНИЕ») an appeal under 59-ФЗ.
    pub fn of(title: &str, category: &Category) -> Kind {
        match title.trim() {
            "ПРЕТЕНЗИЯ" if category.oms => Kind::RefundClaim,
            "ПРЕТЕНЗИЯ" => Kind::ConsumerClaim,
            "ЗАПРОС" => Kind::Records,
            _ => Kind::Complaint,
        }
    }

    /// Its name in files and in `content/next-steps.toml` (`kinds = […]`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Complaint => "complaint",
            Kind::Records => "records",
            Kind::ConsumerClaim => "consumer-claim",
            Kind::RefundClaim => "refund-claim",
        }
    }

    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Calendar days the addressee has.
    pub fn days(self) -> u32 {
        match self {
            Kind::Complaint | Kind::Records => ANSWER_DAYS,
            Kind::ConsumerClaim | Kind::RefundClaim => REFUND_DAYS,
        }
    }

    /// A claim's term runs from its delivery; an appeal's from registration.
    pub fn from_delivery(self) -> bool {
        matches!(self, Kind::ConsumerClaim | Kind::RefundClaim)
    }

    pub fn is_claim(self) -> bool {
        self.from_delivery()
    }
}

/// When the answer to a document of `kind` is due, its term starting on
/// `start` (the registration or delivery date, else the letter's date).
pub fn due(c: &Content, kind: Kind, start: Date) -> Term {
    c.calendar().add_calendar_days(start, kind.days())
}

/// The bodies to turn to after a document of `kind`, from the category's
/// ladder (`escalation`, in order): a claim skips the ОМС steps.
pub fn ladder<'a>(
    kind: Kind,
    escalation: impl IntoIterator<Item = &'a str>,
) -> impl Iterator<Item = &'a str> {
    escalation
        .into_iter()
        .filter(move |id| !kind.is_claim() || AFTER_A_CLAIM.contains(id))
}

/// The next body for a document of `kind` (the ladder's first).
pub fn next<'a>(kind: Kind, escalation: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    ladder(kind, escalation).next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::content::content;

    fn category(id: &str) -> &'static Category {
        content().category(id).unwrap()
    }

    #[test]
    fn each_document_has_its_law() {
        assert_eq!(
            Kind::of("ПРЕТЕНЗИЯ", category("paid-not-covered")),
            Kind::ConsumerClaim
        );
        assert_eq!(
            Kind::of("ПРЕТЕНЗИЯ", category("paid-care")),
            Kind::RefundClaim
        );
        assert_eq!(Kind::of("ЖАЛОБА", category("paid-care")), Kind::Complaint);
        assert_eq!(
            Kind::of("ЗАПРОС", category("medical-records")),
            Kind::Records
        );
        assert_eq!(
            Kind::of("ЗАЯВЛЕНИЕ", category("waiting-time")),
            Kind::Complaint
        );
        for k in Kind::ALL {
            assert_eq!(Kind::from_key(k.key()), Some(k));
        }
    }

    #[test]
    fn terms_by_law_with_a_last_day_off_moved() {
        let c = content();
        let d = |s| Date::parse(s).unwrap();
        // Thu 2 Apr 2026 + 10 days = Sun 12 Apr → Mon 13 Apr (ГК ст. 193).
        assert_eq!(
            due(c, Kind::ConsumerClaim, d("2026-04-02")).date,
            d("2026-04-13")
        );
        assert_eq!(
            due(c, Kind::RefundClaim, d("2026-04-03")).date,
            d("2026-04-13")
        );
        // 30 days from 14 Apr 2026 = Thu 14 May.
        assert_eq!(
            due(c, Kind::Complaint, d("2026-04-14")).date,
            d("2026-05-14")
        );
        assert_eq!(due(c, Kind::Records, d("2026-04-14")).date, d("2026-05-14"));
    }

    #[test]
    fn a_claim_goes_next_to_the_consumer_bodies() {
        let ladder = ["tfoms", "rospotrebnadzor", "court"];
        assert_eq!(next(Kind::RefundClaim, ladder), Some("rospotrebnadzor"));
        assert_eq!(next(Kind::Complaint, ladder), Some("tfoms"));
        assert_eq!(next(Kind::ConsumerClaim, ["tfoms"]), None);
    }
}
