//! Every conditional clause of `content/` — a fact sentence, a ground, a
//! demand, an enclosure, a further document's demand, a variant's title —
//! is in the letter exactly when its condition holds. For each one the test
//! derives, from the condition itself, a case where it must appear and one
//! where it must not (starting from the category's example case), renders
//! both and looks for the clause as the composer would write it.
//!
//! Deriving: each atom of the condition is made true (`fact=a|b` → `a`,
//! `fact!=a` → another option or unanswered, `fact` → a sample answer,
//! `!fact` → unanswered, `@relation=…` → that relation, `fact<@letter` → a
//! date before the letter's); the rules' flags (`@limit_passed`,
//! `@request`, `@term_passed`, …) are reached by moving the case's dates
//! (referral, offer, request) around the letter's date. The case where the
//! clause must not appear makes one atom false and keeps the others.
#![cfg(not(target_arch = "wasm32"))]

use zhaloba::domain::case::{Case, Gender, Patient, Relation, Represented};
use zhaloba::domain::complaint::compose::{clause_holds, render_clause, render_ground};
use zhaloba::domain::condition::reads;
use zhaloba::domain::content::{content, Category, Question, QuestionKind};
use zhaloba::domain::date::Date;
use zhaloba::domain::review::Review;
use zhaloba::domain::rules::assess_problem;

fn letter_date() -> Date {
    Date::parse("2026-06-15").unwrap()
}

fn example(cat: &Category) -> Case {
    let path = format!("examples/cases/{}.json", cat.id);
    let mut case = Case::from_json(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{path}: {e:?}"));
    case.category = cat.id.to_string();
    case.also.clear();
    case.signed_on = letter_date().to_string();
    case
}

/// One way a case is changed.
#[derive(Clone, Debug)]
enum Edit {
    Set(String, String),
    Unset(String),
    Relation(Option<Relation>),
}

fn apply(case: &mut Case, edits: &[Edit]) {
    for e in edits {
        match e {
            Edit::Set(k, v) => {
                case.facts.insert(k.clone(), v.clone());
            }
            Edit::Unset(k) => {
                case.facts.remove(k);
            }
            Edit::Relation(None) => case.represented = None,
            Edit::Relation(Some(r)) => {
                let mut rep = case.represented.clone().unwrap_or_else(|| Represented {
                    relation: *r,
                    kinship: Default::default(),
                    person: Patient {
                        full_name: "Смирнова Анна Петровна".into(),
                        gender: Gender::Female,
                        birth_date: "1950-03-04".into(),
                        ..Default::default()
                    },
                    basis_document: "№ 77 АА 1234567".into(),
                    death_date: String::new(),
                });
                rep.relation = *r;
                if *r == Relation::RelativeOfDeceased {
                    rep.death_date = "2026-05-20".into();
                }
                case.represented = Some(rep);
            }
        }
    }
}

/// A sample answer to a question (a choice: its first option that is not «no»).
fn sample(q: Option<&Question>) -> String {
    match q.map(|q| q.kind) {
        Some(QuestionKind::Choice) => q
            .unwrap()
            .options
            .iter()
            .map(|o| o.value.to_string())
            .find(|v| v != "no")
            .unwrap_or_default(),
        Some(QuestionKind::Date) => letter_date().add_days(-10).to_string(),
        Some(QuestionKind::Money) => "1500".into(),
        _ => "пример ответа".into(),
    }
}

fn relation(name: &str) -> Option<Option<Relation>> {
    Some(match name {
        "self" => None,
        "parent" => Some(Relation::Parent),
        "guardian" => Some(Relation::Guardian),
        "attorney" => Some(Relation::Attorney),
        "relative-of-deceased" => Some(Relation::RelativeOfDeceased),
        _ => return None,
    })
}

const RELATIONS: [&str; 5] = [
    "self",
    "parent",
    "guardian",
    "attorney",
    "relative-of-deceased",
];

/// The ways to make one atom true (`want`) or false: each a list of edits;
/// empty when only the rules' flags decide it (the date scenarios do).
fn atom_edits(cat: &Category, atom: &str, want: bool) -> Vec<Vec<Edit>> {
    let atom = atom.trim();
    let (negated, body) = match atom.strip_prefix('!') {
        Some(b) => (true, b),
        None => (false, atom),
    };
    if body.starts_with('@') && !body.starts_with("@relation") {
        return vec![Vec::new()];
    }
    let want = want != negated;
    let (key, values) = reads(body).into_iter().next().unwrap();
    if key == "@relation" {
        let equal = !body.contains("!=");
        let ok: Vec<&str> = RELATIONS
            .iter()
            .copied()
            .filter(|r| values.iter().any(|v| v == r) == (equal == want))
            .collect();
        return ok
            .iter()
            .filter_map(|r| relation(r))
            .map(|r| vec![Edit::Relation(r)])
            .collect();
    }
    let q = cat.question(&key);
    for op in ["<=", ">=", "<", ">"] {
        if body.contains(op) {
            let right = body.split_once(op).unwrap().1.trim();
            let pivot = if right == "@letter" {
                letter_date()
            } else if let Ok(d) = Date::parse(right) {
                d
            } else {
                let n: i64 = right.parse().unwrap_or(0);
                let (lo, hi) = ((n - 1).max(0), n + 1);
                let below = op.starts_with('<') == want;
                let (a, b) = if below { (lo, n) } else { (hi, n) };
                return vec![
                    vec![Edit::Set(key.clone(), a.to_string())],
                    vec![Edit::Set(key, b.to_string())],
                ];
            };
            let below = op.starts_with('<') == want;
            let days = if below { [-1, 0] } else { [1, 0] };
            return days
                .iter()
                .map(|d| vec![Edit::Set(key.clone(), pivot.add_days(*d).to_string())])
                .collect();
        }
    }
    let options: Vec<String> = q
        .map(|q| q.options.iter().map(|o| o.value.to_string()).collect())
        .unwrap_or_default();
    if values.is_empty() {
        // `fact`: answered and not «no».
        return if want {
            vec![vec![Edit::Set(key.clone(), sample(q))]]
        } else {
            let mut v = vec![vec![Edit::Unset(key.clone())]];
            if options.iter().any(|o| o == "no") {
                v.push(vec![Edit::Set(key, "no".into())]);
            }
            v
        };
    }
    let equal = !body.contains("!=");
    let mut out: Vec<Vec<Edit>> = options
        .iter()
        .filter(|o| values.contains(o) == (equal == want))
        .map(|o| vec![Edit::Set(key.clone(), o.clone())])
        .collect();
    // Unanswered is none of the values.
    if equal != want {
        out.push(vec![Edit::Unset(key)]);
    }
    out
}

/// Dates that move the rules' flags: a waiting limit passed, ahead, an
/// offer beyond it or within it, an unconfirmed limit; a term passed or not.
fn scenarios(cat: &Category) -> Vec<Vec<Edit>> {
    let l = letter_date();
    let d = |n: i64| l.add_days(n).to_string();
    let mut out = vec![Vec::new()];
    if let Some(w) = &cat.waiting {
        let (start, offered) = (w.start.to_string(), w.offered.to_string());
        let service = w.service.to_string();
        for (s, o) in [
            (-60, None),
            (-2, Some(90)),
            (-2, None),
            (-2, Some(3)),
            (-60, Some(90)),
            (-60, Some(-30)),
        ] {
            for svc in ["", "hospital"] {
                let mut e = vec![Edit::Set(start.clone(), d(s))];
                e.push(match o {
                    Some(o) => Edit::Set(offered.clone(), d(o)),
                    None => Edit::Unset(offered.clone()),
                });
                if !svc.is_empty() {
                    e.push(Edit::Set(service.clone(), svc.into()));
                }
                out.push(e);
            }
        }
    }
    if let Some(t) = &cat.term {
        for s in [-60, -5] {
            out.push(vec![Edit::Set(t.from.to_string(), d(s))]);
        }
    }
    out
}

/// Every combination of one choice from each list.
fn product(lists: &[Vec<Vec<Edit>>]) -> Vec<Vec<Edit>> {
    let mut out: Vec<Vec<Edit>> = vec![Vec::new()];
    for list in lists {
        let mut next = Vec::new();
        for prefix in &out {
            for choice in list {
                let mut v = prefix.clone();
                v.extend(choice.iter().cloned());
                next.push(v);
            }
        }
        out = next;
        out.truncate(400);
    }
    out
}

/// Fill the answers a clause's text needs, where the case has none.
fn fill_placeholders(cat: &Category, case: &mut Case, text: &str) {
    for q in cat.questions.iter() {
        let named = text.contains(&format!("{{{}}}", q.id))
            || text.contains(&format!("{{{}?}}", q.id))
            || text.contains(&format!("{},", q.id))
            || text.contains(&format!(",{}", q.id));
        if named && case.fact(&q.id).is_empty() {
            case.facts.insert(q.id.to_string(), sample(Some(q)));
        }
    }
}

/// Candidate cases for a condition held (`want`) or failed.
fn candidates(cat: &Category, when: &str, want: bool, text: &str) -> Vec<Case> {
    let atoms: Vec<&str> = when.split('&').map(str::trim).collect();
    let mut plans: Vec<Vec<Edit>> = Vec::new();
    if want {
        let lists: Vec<_> = atoms.iter().map(|a| atom_edits(cat, a, true)).collect();
        plans.extend(product(&lists));
    } else {
        for (i, _) in atoms.iter().enumerate() {
            let lists: Vec<_> = atoms
                .iter()
                .enumerate()
                .map(|(j, a)| atom_edits(cat, a, j != i))
                .collect();
            plans.extend(product(&lists));
        }
    }
    let mut out = Vec::new();
    for plan in plans {
        for scenario in scenarios(cat) {
            let mut case = example(cat);
            if want {
                fill_placeholders(cat, &mut case, text);
            }
            apply(&mut case, &scenario);
            apply(&mut case, &plan);
            out.push(case);
        }
    }
    out
}

/// Every text of every letter of the case.
fn letter_texts(case: &Case) -> (Vec<String>, Vec<Option<String>>) {
    let review = Review::new(content(), case, letter_date());
    let mut texts = Vec::new();
    let mut subtitles = Vec::new();
    for l in &review.letters {
        for list in [&l.facts, &l.grounds, &l.demands, &l.attachments] {
            texts.extend(list.iter().cloned());
        }
        subtitles.push(l.subtitle.clone());
    }
    (texts, subtitles)
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Sentence,
    Ground,
    Variant(usize),
}

struct Clause<'c> {
    what: String,
    text: &'c str,
    when: &'c str,
    kind: Kind,
}

fn clauses(cat: &Category) -> Vec<Clause<'_>> {
    let mut out = Vec::new();
    let mut push = |what: String, text: &'static str, when: Option<&'static str>, kind| {
        if let Some(when) = when {
            out.push(Clause {
                what,
                text,
                when,
                kind,
            });
        }
    };
    for (list, name) in [
        (&cat.facts, "fact"),
        (&cat.demands, "demand"),
        (&cat.attachments, "enclosure"),
    ] {
        for (i, t) in list.iter().enumerate() {
            push(
                format!("{name} {i}"),
                t.text.0,
                t.when.map(|w| w.0),
                Kind::Sentence,
            );
        }
    }
    for g in cat.grounds.iter() {
        push(
            format!("ground {}", g.id),
            g.id.0,
            g.when.map(|w| w.0),
            Kind::Ground,
        );
    }
    for d in cat.extra_documents.iter() {
        for (i, t) in d.demands.iter().enumerate() {
            push(
                format!("{} demand {i}", d.addressee),
                t.text.0,
                t.when.map(|w| w.0),
                Kind::Sentence,
            );
        }
        for g in d.grounds.iter() {
            push(
                format!("{} ground {}", d.addressee, g.id),
                g.id.0,
                g.when.map(|w| w.0),
                Kind::Ground,
            );
        }
    }
    for (i, v) in cat.variants.iter().enumerate() {
        push(
            format!("variant {i}"),
            v.document_subtitle.map_or("", |s| s.0),
            Some(v.when.0),
            Kind::Variant(i),
        );
    }
    out
}

/// The clause as the letter writes it for this case, if it can be written;
/// for a variant, its subtitle (it is the letter's when no earlier variant holds).
fn rendered(cat: &Category, case: &Case, clause: &Clause) -> Vec<String> {
    let a = assess_problem(content(), case, cat, letter_date());
    match clause.kind {
        Kind::Sentence => render_clause(content(), case, &a, clause.text),
        Kind::Ground => render_ground(content(), case, &a, clause.text)
            .into_iter()
            .collect(),
        Kind::Variant(i) => {
            let earlier = cat.variants[..i]
                .iter()
                .any(|v| clause_holds(case, &a, Some(&v.when)));
            (!earlier)
                .then(|| clause.text.to_string())
                .into_iter()
                .collect()
        }
    }
}

/// The literal parts of a template, in order: what every rendering of it
/// has whatever its placeholders and optional parts became (the patient is
/// named in full only where first mentioned, so a clause rendered alone may
/// differ from the letter's in those places).
fn skeleton(template: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0usize;
    for ch in template.chars() {
        match ch {
            '{' | '[' => {
                depth += 1;
                out.push(String::new());
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.last_mut().unwrap().push(ch),
            _ => {}
        }
    }
    out.into_iter()
        .map(|s| s.trim().to_lowercase())
        .filter(|s| s.chars().count() >= 3)
        .collect()
}

fn matches(line: &str, parts: &[String]) -> bool {
    let line = line.to_lowercase();
    let mut from = 0;
    for p in parts {
        match line[from..].find(p.as_str()) {
            Some(i) => from += i + p.len(),
            None => return false,
        }
    }
    true
}

/// Another sentence of the category whose literal text has all of this
/// one's literal parts (they differ in placeholders only): then only the
/// exact text tells them apart.
fn ambiguous(cat: &Category, clause: &Clause) -> bool {
    let mine = skeleton(clause.text);
    cat.facts
        .iter()
        .chain(cat.demands.iter())
        .chain(cat.attachments.iter())
        .chain(cat.extra_documents.iter().flat_map(|d| d.demands.iter()))
        .any(|t| t.text.0 != clause.text && matches(&flat(&t.text), &mine))
}

/// A template's literal text, a space where each placeholder or optional part was.
fn flat(template: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for ch in template.chars() {
        match ch {
            '{' | '[' => {
                if depth == 0 {
                    out.push(' ');
                }
                depth += 1;
            }
            '}' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(ch),
            _ => {}
        }
    }
    out
}

/// The clause is in the letters: one of its renderings word for word, or
/// (a sentence no other one resembles) its literal parts in one sentence.
fn present(cat: &Category, case: &Case, clause: &Clause, renderings: &[String]) -> bool {
    let (texts, subtitles) = letter_texts(case);
    let exact = |t: &String| renderings.contains(t);
    match clause.kind {
        Kind::Variant(_) => subtitles.iter().flatten().any(exact),
        Kind::Ground => texts.iter().any(exact),
        Kind::Sentence => {
            let parts = skeleton(clause.text);
            texts.iter().any(exact)
                || !parts.is_empty()
                    && !ambiguous(cat, clause)
                    && texts.iter().any(|t| matches(t, &parts))
        }
    }
}

fn holds(cat: &Category, case: &Case, when: &str) -> bool {
    let a = assess_problem(content(), case, cat, letter_date());
    clause_holds(case, &a, Some(when)) && cat.screened_out(case).is_none()
}

#[test]
fn every_conditional_clause_appears_exactly_when_its_condition_holds() {
    let mut checked = 0;
    let mut report = Vec::new();
    for cat in content().categories.iter() {
        let list = clauses(cat);
        let mut reads_of: std::collections::BTreeSet<String> = Default::default();
        for clause in &list {
            let label = format!(
                "{}: {} «{}» (when {})",
                cat.id, clause.what, clause.text, clause.when
            );
            for (id, _) in reads(clause.when) {
                reads_of.insert(id);
            }
            // Where it must appear.
            let shown = candidates(cat, clause.when, true, clause.text)
                .into_iter()
                .filter(|case| holds(cat, case, clause.when))
                .map(|case| {
                    let r = rendered(cat, &case, clause);
                    (case, r)
                })
                .find(|(_, r)| !r.is_empty());
            let Some((case, text)) = shown else {
                panic!("{label}: no case derived where it holds and can be written");
            };
            assert!(
                present(cat, &case, clause, &text),
                "{label}: holds but is not in the letter: {text:?}\n{:#?}",
                case.facts
            );
            // Where it must not.
            let hidden = candidates(cat, clause.when, false, clause.text)
                .into_iter()
                .find(|case| !holds(cat, case, clause.when) && cat.screened_out(case).is_none());
            let Some(case) = hidden else {
                panic!("{label}: no case derived where it fails");
            };
            let mut all = text;
            if !matches!(clause.kind, Kind::Variant(_)) {
                all.extend(rendered(cat, &case, clause));
            }
            assert!(
                !present(cat, &case, clause, &all),
                "{label}: fails but is in the letter: {all:?}\n{:#?}",
                case.facts
            );
            checked += 1;
        }
        report.push(format!(
            "{}: {} conditional clauses, reading {}",
            cat.id,
            list.len(),
            reads_of.into_iter().collect::<Vec<_>>().join(", ")
        ));
    }
    println!("{}", report.join("\n"));
    assert!(checked >= 60, "only {checked} conditional clauses checked");
}

/// The pages decide which questions to ask with the questions' language
/// alone (`rules::condition_holds`): the letter's extensions (alternatives,
/// comparisons, the letter's own flags) are for clauses only.
#[test]
fn questions_use_only_the_questions_language() {
    for cat in content().categories.iter() {
        for q in cat.questions.iter() {
            if let Some(w) = q.when {
                assert!(
                    !w.contains(['|', '<', '>'])
                        && !["@limit_ahead", "@limit_dated", "@term_ahead", "@letter"]
                            .iter()
                            .any(|f| w.contains(f)),
                    "{}: question {} uses a clause-only condition: {}",
                    cat.id,
                    q.id,
                    w.0
                );
            }
        }
    }
}

/// A ground's condition names answers the category asks for.
#[test]
fn ground_conditions_read_the_categorys_answers() {
    for cat in content().categories.iter() {
        let refs = cat
            .grounds
            .iter()
            .chain(cat.extra_documents.iter().flat_map(|d| d.grounds.iter()));
        for g in refs {
            for (id, values) in g.when.map(|w| reads(&w)).unwrap_or_default() {
                if id.starts_with('@') {
                    continue;
                }
                let q = cat
                    .question(&id)
                    .unwrap_or_else(|| panic!("{}: ground {} reads unknown {id}", cat.id, g.id));
                for v in values {
                    assert!(
                        q.options.iter().any(|o| o.value == v),
                        "{}: ground {}: {id} has no option {v}",
                        cat.id,
                        g.id
                    );
                }
            }
        }
    }
}
