//! Routing and grounds per category, checked against the legal brief's
//! taxonomy (§3): who gets the letter first, what comes next, which law holds
//! on the example's date. Uses the shipped example cases.
#![cfg(not(target_arch = "wasm32"))]

use zhaloba::domain::case::Case;
use zhaloba::domain::completeness::missing_elements;
use zhaloba::domain::content::content;
use zhaloba::domain::date::Date;
use zhaloba::domain::rules::assess;

/// Every letter the case calls for.
fn build_all(
    case: &zhaloba::domain::case::Case,
    today: Date,
) -> Vec<zhaloba::domain::complaint::Complaint> {
    zhaloba::domain::review::Review::new(zhaloba::domain::content::content(), case, today).letters
}

fn example(id: &str) -> Case {
    Case::from_json(&std::fs::read_to_string(format!("examples/cases/{id}.json")).unwrap()).unwrap()
}

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

/// (category, first addressee, must escalate to, grounds that must apply, grounds that must not)
type Route = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

const TABLE: &[Route] = &[
    (
        "refused-care",
        "insurer",
        "prosecutor",
        &["fz326-free-care", "care-refusal-not-allowed"],
        &[],
    ),
    (
        "paid-care",
        "clinic-head",
        "rospotrebnadzor",
        &["pp736-paid-services", "consumer-refund"],
        &["pp1006-paid-services", "paid-services-rules-after-2026"],
    ),
    ("waiting-time", "insurer", "tfoms", &["smo-control"], &[]),
    (
        "outpatient-medicines",
        "health-ministry",
        "roszdravnadzor",
        &["outpatient-medicines-not-oms"],
        &[],
    ),
    (
        "inpatient-medicines",
        "insurer",
        "tfoms",
        &["inpatient-medicines-free"],
        &[],
    ),
    (
        "quality",
        "insurer",
        "roszdravnadzor",
        &["smo-control", "harm-liability"],
        &[],
    ),
    (
        "services-not-received",
        "insurer",
        "prosecutor",
        &["fz326-misused-funds", "fz326-information"],
        &[],
    ),
    (
        "attachment",
        "clinic-head",
        "insurer",
        &["fz323-choice-406n", "fz326-choice"],
        &[],
    ),
    (
        "medical-records",
        "clinic-head",
        "roszdravnadzor",
        &["moh-789n", "fz323-records", "fz315-relatives"],
        &[],
    ),
    (
        "ethics",
        "clinic-head",
        "health-ministry",
        &["medical-ethics"],
        &[],
    ),
    (
        "policy",
        "insurer",
        "tfoms",
        &["moh-108n-old-policies", "fz326-policy-or-id"],
        &[],
    ),
    (
        "ambulance",
        "ambulance-head",
        "prosecutor",
        &["care-refusal-not-allowed"],
        &[],
    ),
    (
        "high-tech-care",
        "health-ministry",
        "roszdravnadzor",
        &["vmp-procedure"],
        &[],
    ),
    (
        "out-of-region",
        "insurer",
        "tfoms",
        &["fz326-free-care", "smo-escort-2025", "fz326-policy-or-id"],
        &[],
    ),
    (
        "paid-not-covered",
        "seller-head",
        "consumer-court",
        &["consumer-service-defects"],
        &["fz326-free-care", "smo-control"],
    ),
];

#[test]
fn waiting_time_and_ambulance_cite_the_programme_in_force() {
    for id in ["waiting-time", "ambulance"] {
        let a = assess(content(), &example(id), today()).unwrap();
        assert_eq!(
            a.programme.map(|p| p.programme.id.0),
            Some("pgg-2026"),
            "{id}"
        );
        let text = zhaloba::writers::text::write(&build_all(&example(id), today())[0]);
        assert!(text.contains("от 29.12.2025 № 2188"), "{id}: {text}");
    }
}

#[test]
fn every_category_routes_as_the_brief_says() {
    for (id, first, escalates, must, must_not) in TABLE {
        let case = example(id);
        let a = assess(content(), &case, today()).unwrap_or_else(|| panic!("{id}: not assessed"));
        assert_eq!(a.addressees[0].id, *first, "{id}: first addressee");
        assert!(
            a.escalation.iter().any(|e| e.id == *escalates),
            "{id}: escalation to {escalates}"
        );
        let grounds: Vec<&str> = a.grounds.iter().map(|g| g.id.as_ref()).collect();
        for g in *must {
            assert!(
                grounds.contains(g),
                "{id}: ground {g} missing from {grounds:?}"
            );
        }
        for g in *must_not {
            assert!(
                !grounds.contains(g),
                "{id}: ground {g} must not apply on {}",
                a.event_date
            );
        }
        assert!(
            missing_elements(content(), &case).is_empty(),
            "{id}: example is incomplete: {:?}",
            missing_elements(content(), &case)
        );
    }
    assert_eq!(
        TABLE.len(),
        zhaloba::domain::content::content().categories.len()
    );
}

#[test]
fn outpatient_medicines_never_go_to_the_insurer() {
    // Not ОМС: the insurer appears neither as addressee nor as a next step.
    let a = assess(content(), &example("outpatient-medicines"), today()).unwrap();
    assert!(!a.category.oms);
    assert!(a
        .addressees
        .iter()
        .chain(a.escalation.iter())
        .all(|x| x.id != "insurer"));
    let letter = &build_all(&example("outpatient-medicines"), today())[0];
    assert_eq!(
        letter.to[0],
        "Министерство здравоохранения Костромской области"
    );
}

#[test]
fn paid_care_yields_a_refund_claim_and_a_complaint() {
    let letters = build_all(&example("paid-care"), today());
    assert_eq!(letters.len(), 2);
    assert_eq!(letters[0].title, "ПРЕТЕНЗИЯ");
    assert_eq!(letters[0].to[0], "Главному врачу");
    assert_eq!(letters[1].title, "ЖАЛОБА");
    assert!(letters[1].to[0].starts_with("АО «"));
    assert!(letters[1].demands[1].contains("4\u{a0}500\u{a0}руб."));
    assert_ne!(letters[0].slug, letters[1].slug);
    let a = assess(content(), &example("paid-care"), today()).unwrap();
    // Claim dated 20 March 2026 + 10 days = 30 March (a Monday).
    assert_eq!(
        a.refund_due.unwrap().date,
        Date::parse("2026-03-30").unwrap()
    );
}

#[test]
fn paid_services_rules_switch_with_the_payment_date() {
    let mut case = example("paid-care");
    let ids = |c: &Case| -> Vec<String> {
        assess(content(), c, today())
            .unwrap()
            .grounds
            .iter()
            .map(|g| g.id.to_string())
            .collect()
    };
    case.facts.insert("paid_date".into(), "2023-08-15".into());
    assert!(ids(&case).contains(&"pp1006-paid-services".to_string()));
    case.facts.insert("paid_date".into(), "2026-09-02".into());
    let after = ids(&case);
    assert!(after.contains(&"paid-services-rules-after-2026".to_string()));
    assert!(!after.contains(&"pp736-paid-services".to_string()));
}

#[test]
fn insurer_escort_duty_applies_only_from_september_2025() {
    let mut case = example("out-of-region");
    case.facts.insert("event_date".into(), "2025-08-20".into());
    let a = assess(content(), &case, today()).unwrap();
    assert!(a.grounds.iter().all(|g| g.id != "smo-escort-2025"));
}

#[test]
fn gender_forms_follow_the_applicant() {
    let female = build_all(&example("ambulance"), today());
    assert!(
        female[0].facts[0].contains("я вызвала скорую"),
        "{:?}",
        female[0].facts
    );
    let mut case = example("ambulance");
    case.applicant.gender = zhaloba::domain::case::Gender::Unknown;
    let unknown = build_all(&case, today());
    assert!(
        unknown[0].facts[0].contains("я вызвал(-а) скорую"),
        "{:?}",
        unknown[0].facts
    );
    let mut case = example("services-not-received");
    case.applicant.gender = zhaloba::domain::case::Gender::Female;
    let l = build_all(&case, today());
    assert!(
        l[0].facts[0].contains("я обнаружила сведения"),
        "{:?}",
        l[0].facts
    );
}
