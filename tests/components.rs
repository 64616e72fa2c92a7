//! Components rendered natively with Yew's server renderer: what a person
//! (or a screen reader) would get on each kind of page.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use zhaloba::domain::case::Case;
use zhaloba::domain::content::content;
use zhaloba::domain::date::Date;
use zhaloba::flow::Step;
use zhaloba::i18n::Lang;
use zhaloba::ui::state::WizardState;
use zhaloba::ui::{App, AppProps};

fn today() -> Date {
    Date::parse("2026-06-01").unwrap()
}

async fn render(initial: Option<WizardState>, lang: Lang) -> String {
    yew::ServerRenderer::<App>::with_props(move || AppProps {
        initial,
        storage_key: "zhaloba.test".into(),
        ..AppProps::new(lang, today())
    })
    .render()
    .await
}

fn sample_state(step: Step) -> WizardState {
    let text = std::fs::read_to_string("examples/cases/waiting-time.json").unwrap();
    let mut s = WizardState::new(today());
    s.case = Case::from_json(&text).unwrap();
    s.step = step;
    s.history = vec![Step::Start];
    s
}

#[tokio::test]
async fn start_page_says_what_is_needed_and_that_nothing_leaves() {
    let html = render(None, Lang::Ru).await;
    assert!(
        html.contains("<h1 tabindex=\"-1\" class=\"zh-h1\">Составить жалобу по полису ОМС</h1>"),
        "{html}"
    );
    assert!(html.contains("ничего не отправляется на сервер"));
    assert!(html.contains("novalidate"));
    // No inline styles: the page's CSP has no 'unsafe-inline' for styles.
    assert!(!html.contains("style="));
}

#[tokio::test]
async fn english_catalogue_is_used_for_the_interface() {
    let html = render(None, Lang::En).await;
    assert!(html.contains("Write a complaint under your OMS policy"));
    assert!(html.contains("lang=\"en\""));
}

#[tokio::test]
async fn category_page_is_one_fieldset_with_the_legend_as_heading() {
    let html = render(Some(sample_state(Step::Category)), Lang::Ru).await;
    assert!(html.contains("<legend class=\"zh-legend\"><h1 tabindex=\"-1\" class=\"zh-h1\">Что случилось?</h1></legend>"), "{html}");
    // Every id on the page is unique (a repeated id breaks labels and hints).
    let ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    let unique: std::collections::BTreeSet<_> = ids.iter().collect();
    assert_eq!(ids.len(), unique.len(), "{ids:?}");
    assert!(html.contains("type=\"radio\""));
    assert!(html.contains("Слишком долго ждать"));
    assert!(html.contains("Шаг 2 из"));
    assert!(html.contains("class=\"zh-back\""));
}

#[tokio::test]
async fn date_question_has_three_labelled_boxes_keeping_typed_values() {
    let mut s = sample_state(Step::Question("referral_date".into()));
    s.case
        .facts
        .insert("referral_date".into(), "2026-13-5".into());
    s.problems = zhaloba::flow::validate(content(), &s.step, &s.case, today());
    let html = render(Some(s), Lang::Ru).await;
    for part in ["day", "month", "year"] {
        assert!(
            html.contains(&format!("for=\"zh-facts-referral-date-{part}\"")),
            "{part}"
        );
    }
    assert!(html.contains("value=\"13\""), "typed month is kept");
    assert!(html.contains("Месяц должен быть числом от 1 до 12"));
    assert!(
        html.contains("href=\"#zh-facts-referral-date-day\""),
        "summary links to the first box"
    );
    assert!(html.contains("aria-invalid=\"true\""));
}

#[tokio::test]
async fn check_page_shows_answers_help_and_the_letter() {
    let html = render(Some(sample_state(Step::Check)), Lang::Ru).await;
    assert!(html.contains("Проверьте ответы"));
    assert!(html.contains(
        "Изменить<span class=\"zh-visually-hidden\"> — Название медицинской организации</span>"
    ));
    assert!(html.contains("Срок ожидания нарушен"));
    assert!(html.contains(
        "14 рабочих дней, его последний день — 26 мая 2026 г.; с 5 мая 2026 г. до предложенной даты 15 июня 2026 г. — 27 рабочих дней."
    ), "{}", &html[html.find("Предельный").unwrap_or(0)..][..400]);
    assert!(html.contains("ЖАЛОБА"));
    assert!(html.contains("Иванова Алёна Сергеевна"));
    assert!(
        !html.contains("disabled"),
        "a complete case can be downloaded"
    );
    assert!(
        html.contains("в женском роде (обратилась)"),
        "gender is shown in words"
    );
    assert!(!html.contains("г.."), "no doubled full stop after a date");
}

#[tokio::test]
async fn incomplete_case_lists_what_59_fz_requires() {
    let mut s = sample_state(Step::Check);
    s.case.applicant.postal_address.clear();
    let html = render(Some(s), Lang::Ru).await;
    assert!(html.contains("почтовый адрес для ответа"));
    assert!(html.contains("disabled"));
}

/// Removes every stretch of `html` from `start` up to (not including) `end`.
fn strip(html: &str, start: &str, end: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find(start) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let j = rest[start.len()..]
            .find(end)
            .map_or(rest.len(), |j| j + start.len());
        rest = &rest[j..];
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn every_page_is_english_in_english_except_the_letter_and_what_was_typed() {
    let mut ids: Vec<String> = zhaloba::domain::content::content()
        .categories
        .iter()
        .map(|c| c.id.to_string())
        .collect();
    ids.extend(
        zhaloba::domain::content::content()
            .exits
            .iter()
            .map(|e| e.id.to_string()),
    );
    for id in ids {
        let mut case = match std::fs::read_to_string(format!("examples/cases/{id}.json")) {
            Ok(text) => Case::from_json(&text).unwrap(),
            Err(_) => Case::new(),
        };
        case.category = id.clone();
        case.represented = Some(Default::default());
        for step in zhaloba::flow::steps(content(), &case) {
            let mut s = WizardState::new(today());
            s.case = case.clone();
            s.step = step.clone();
            let html = render(Some(s), Lang::En).await;
            // What the person typed, the letter itself, and the citations stay Russian.
            let html = strip(&html, "<div id=\"zh-preview-", "<div class=\"zh-buttons\">");
            let html = strip(&html, "<dd class=\"zh-summary-value\">", "</dd>");
            let html = strip(&html, "value=\"", "\"");
            let html = strip(
                &html,
                "class=\"zh-textarea ym-disable-keys ym-hide-content\">",
                "</textarea>",
            );
            let html = strip(&html, "Source: ", "</p>");
            let html = strip(&html, "<ul lang=\"ru\"", "</ul>");
            let html = strip(&html, "<title>", "</title>");
            let cyrillic: String = html
                .chars()
                .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
                .collect();
            let at = html
                .find(|c: char| ('\u{400}'..='\u{4ff}').contains(&c))
                .unwrap_or(0);
            let context = common::last_chars(&html[..at], 200);
            assert!(
                cyrillic.is_empty(),
                "{id} {step:?}: Russian left in the English interface: …{context}⟨{cyrillic}⟩"
            );
        }
    }
}

/// Every screen of every category (and exit), in both languages, for the
/// patient and for each way of acting for someone, and every example's
/// letters: no review note (a brief reference, ⚠, «не сверено», a link)
/// reaches what people read.
#[tokio::test]
async fn no_review_note_on_any_screen_or_in_any_example_letter() {
    let c = content();
    let mut ids: Vec<String> = c.categories.iter().map(|c| c.id.to_string()).collect();
    ids.extend(c.exits.iter().map(|e| e.id.to_string()));
    let check = |what: &str, text: &str| {
        for m in common::REVIEW_MARKERS {
            assert!(!text.contains(m), "{what}: «{m}» in …{}…", around(text, m));
        }
    };
    for id in &ids {
        let example = std::fs::read_to_string(format!("examples/cases/{id}.json"))
            .map(|t| Case::from_json(&t).unwrap())
            .unwrap_or_else(|_| Case::new());
        for relation in [
            "self",
            "parent",
            "guardian",
            "attorney",
            "relative-of-deceased",
        ] {
            let mut case = example.clone();
            case.category = id.clone();
            zhaloba::flow::FieldId::Fixed(zhaloba::flow::Fixed::Relation)
                .set(&mut case, relation.into());
            for lang in [Lang::Ru, Lang::En] {
                for step in zhaloba::flow::steps(c, &case) {
                    let mut s = WizardState::new(today());
                    s.case = case.clone();
                    s.step = step.clone();
                    let html = render(Some(s), lang).await;
                    check(&format!("{id} {relation} {step:?} {lang:?}"), &html);
                }
            }
        }
        let review = zhaloba::domain::review::Review::new(c, &example, today());
        for letter in &review.letters {
            check(
                &format!("{id} letter"),
                &zhaloba::writers::text::write(letter),
            );
        }
    }
}

fn around(text: &str, m: &str) -> String {
    let at = text[..text.find(m).unwrap_or(0)].chars().count();
    text.chars()
        .skip(at.saturating_sub(120))
        .take(240)
        .collect()
}

/// The check page shows the patient's name as the letter declines it, one
/// field a case, and a correction typed there is what the letter then says.
#[tokio::test]
async fn check_page_shows_the_declined_name_and_uses_a_correction() {
    let text =
        std::fs::read_to_string("tests/golden/04-waiting-daughter-over-new-year.json").unwrap();
    let mut s = WizardState::new(Date::parse("2027-01-20").unwrap());
    s.case = Case::from_json(&text).unwrap();
    s.step = Step::Check;
    let html = render(Some(s.clone()), Lang::Ru).await;
    assert!(html.contains("Имя пациента в письме"), "{html}");
    assert!(html.contains("id=\"zh-represented-person-forms-dat\""));
    assert!(html.contains("value=\"Зайцевой Марии Львовне\""));
    assert!(html.contains("моей дочери Зайцевой Марии Львовне было выдано"));

    let field = zhaloba::flow::FieldId::NameForm(zhaloba::domain::names::Case::Dat);
    field.set(&mut s.case, "Зайцевой Марие Львовне".into());
    let html = render(Some(s), Lang::Ru).await;
    assert!(html.contains("value=\"Зайцевой Марие Львовне\""));
    assert!(html.contains("моей дочери Зайцевой Марие Львовне было выдано"));
    assert!(!html.contains("Зайцевой Марии Львовне было выдано"));
}

/// What to know before sending (a free date within the limit was offered)
/// is said on the check page in the page's language, never in the letter.
#[tokio::test]
async fn check_page_says_before_sending_that_a_refund_is_unlikely() {
    let text = std::fs::read_to_string("tests/golden/39-paid-free-date-within-limit.json").unwrap();
    let mut s = WizardState::new(Date::parse("2026-04-15").unwrap());
    s.case = Case::from_json(&text).unwrap();
    s.step = Step::Check;
    let ru = render(Some(s.clone()), Lang::Ru).await;
    assert!(ru.contains("Прежде чем отправлять"), "{ru}");
    assert!(ru.contains("вернуть деньги, как правило, не получится"));
    let en = render(Some(s.clone()), Lang::En).await;
    assert!(
        en.contains("Before you send it") && en.contains("usually not refunded"),
        "{en}"
    );
    let review = zhaloba::domain::review::Review::new(
        zhaloba::domain::content::content(),
        &s.case,
        Date::parse("2026-04-15").unwrap(),
    );
    for letter in &review.letters {
        assert!(!zhaloba::writers::text::write(letter).contains("как правило, не получится"));
    }
}

/// «Случилось ли что-то ещё?»: the first problem's related ones as
/// checkboxes, the chosen ones ticked; the check page lists them.
#[tokio::test]
async fn the_also_page_offers_the_related_problems_as_checkboxes() {
    let mut s = WizardState::new(Date::parse("2026-08-20").unwrap());
    s.case.category = "out-of-region".into();
    s.case.also = vec!["policy".into()];
    s.step = Step::Also;
    let html = render(Some(s.clone()), Lang::Ru).await;
    assert!(
        html.contains("Случилось ли в тот раз что-то ещё?"),
        "{html}"
    );
    assert_eq!(
        html.matches("type=\"checkbox\" id=\"zh-also").count(),
        3,
        "{html}"
    );
    assert!(
        html.contains("value=\"policy\" checked type=\"checkbox\""),
        "{html}"
    );
    assert!(!html.contains("value=\"paid-care\" checked"), "{html}");
    s.step = Step::Check;
    let html = render(Some(s), Lang::Ru).await;
    assert!(
        html.contains("Что ещё случилось") && html.contains("Проблемы с полисом ОМС"),
        "{html}"
    );
}

/// A warning (the policy number's check digit) is headed as something to
/// check, not as an error; an error stays an error.
#[tokio::test]
async fn warnings_are_headed_check_this_and_errors_errors() {
    let mut s = WizardState::new(Date::parse("2026-06-01").unwrap());
    s.case.category = "ethics".into();
    s.step = Step::Applicant;
    s.case.applicant.full_name = "Петров Иван Сергеевич".into();
    s.case.applicant.postal_address = "156005, г. Кострома, ул. Советская, д. 1".into();
    s.case.applicant.policy_number = "5260181590830165".into();
    let problems = zhaloba::flow::validate(
        zhaloba::domain::content::content(),
        &s.step,
        &s.case,
        s.today,
    );
    assert!(!problems.is_empty() && problems.iter().all(|p| !p.kind.blocks()));
    s.problems = problems;
    s.warned = true;
    let html = render(Some(s.clone()), Lang::Ru).await;
    assert!(html.contains(">Проверьте</h2>"), "{html}");
    assert!(!html.contains("Есть ошибки"));
    s.warned = false;
    let html = render(Some(s), Lang::Ru).await;
    assert!(html.contains(">Есть ошибки</h2>"), "{html}");
}

/// Text as the server renderer writes it inside an element.
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// One case per plausibility rule (`tests/common/plausible.rs`): the wizard
/// finds it on one page only, the page of the field asked last, and that
/// page shows the message naming both fields after Continue (an error, or a
/// warning to check); the check page lists the registration's.
#[tokio::test]
async fn each_contradiction_shows_on_the_page_of_its_later_field() {
    use common::plausible::{self, ROWS};
    use zhaloba::flow::{validate, FieldId, Problem};
    for row in ROWS.iter() {
        let case = plausible::case(row);
        let all = zhaloba::flow::steps(content(), &case);
        let found: Vec<(Step, Vec<Problem>)> = all
            .iter()
            .map(|step| (step.clone(), validate(content(), step, &case, today())))
            .filter(|(_, problems)| plausible::find(problems, row).is_some())
            .collect();
        assert_eq!(found.len(), 1, "{:?}: {found:?}", row.rule);
        let (step, problems) = found.into_iter().next().unwrap();
        let p = plausible::find(&problems, row).unwrap().clone();
        assert_eq!(
            p.field,
            FieldId::from_path(row.at).unwrap(),
            "{:?}",
            row.rule
        );
        assert_eq!(step, p.step());
        let message = Lang::Ru.problem_message(&case, &p);
        for name in plausible::names(&case, &p) {
            assert!(
                message.contains(&name),
                "{:?}: {name} in {message}",
                row.rule
            );
        }
        if let Some(day) = row.next_day {
            assert!(message.contains(day), "{message}");
        }
        let mut s = WizardState::new(today());
        s.case = case;
        s.step = step.clone();
        s.history = all[..all.iter().position(|x| *x == step).unwrap()].to_vec();
        if step != Step::Check {
            s.warned = !problems.iter().any(|p| p.kind.blocks());
            s.problems = problems;
        }
        let html = render(Some(s), Lang::Ru).await;
        assert!(
            html.contains(&escaped(&message)),
            "{:?}: {message} in\n{html}",
            row.rule
        );
        if step != Step::Check {
            let heading = if row.rule.blocks() {
                ">Есть ошибки</h2>"
            } else {
                ">Проверьте</h2>"
            };
            assert!(html.contains(heading), "{:?}", row.rule);
        }
        // In English too, naming both fields by their English labels.
        let en = Lang::En.problem_message(&plausible::case(row), &p);
        assert!(!en.is_empty() && en != message);
    }
}

/// «25:70» as a call time: the page says what a time is.
#[tokio::test]
async fn a_time_outside_the_day_is_refused_on_its_page() {
    let text = std::fs::read_to_string("examples/cases/ambulance.json").unwrap();
    let mut s = WizardState::new(today());
    s.case = Case::from_json(&text).unwrap();
    s.case.facts.insert("call_time".into(), "25:70".into());
    s.step = Step::Question("call_time".into());
    s.history = vec![Step::Start];
    s.problems = zhaloba::flow::validate(content(), &s.step, &s.case, s.today);
    assert_eq!(s.problems.len(), 1);
    let html = render(Some(s), Lang::Ru).await;
    assert!(
        html.contains("Время — часы и минуты от 00:00 до 23:59, например 21:40"),
        "{html}"
    );
}

fn state_of(path: &str, today: &str) -> WizardState {
    let text = std::fs::read_to_string(path).unwrap();
    let mut s = WizardState::new(Date::parse(today).unwrap());
    s.case = Case::read(&text).unwrap().0;
    s.step = Step::Check;
    s
}

/// The part of `html` from `from` up to `to` (or the end).
fn between<'a>(html: &'a str, from: &str, to: &str) -> &'a str {
    let start = html
        .find(from)
        .unwrap_or_else(|| panic!("{from} not in {html}"));
    let rest = &html[start..];
    rest.find(to).map_or(rest, |end| &rest[..end])
}

/// «Что дальше» per document, each under its own law: the refund claim's
/// term is the consumer law's, with no Госуслуги advice; the complaint to
/// the insurer keeps 59-ФЗ's.
#[tokio::test]
async fn what_next_follows_each_documents_law() {
    let s = state_of("examples/cases/paid-care.json", "2026-03-20");
    let html = render(Some(s), Lang::Ru).await;
    let next = between(&html, "zh-next-title", "</section>");
    let claim = between(next, "Документ 1 — претензия", "Документ 2");
    let complaint = between(next, "Документ 2 — жалоба", "Когда письмо зарегистрируют");
    assert!(
        claim.contains("обычно применяют срок закона о защите прав потребителей"),
        "{claim}"
    );
    assert!(claim.contains("30 марта 2026 г."), "{claim}");
    assert!(
        !claim.contains("Госуслуг") && !claim.contains("59-ФЗ"),
        "{claim}"
    );
    assert!(!claim.contains("Территориальный фонд"), "{claim}");
    assert!(claim.contains("Роспотребнадзора"), "{claim}");
    assert!(
        complaint.contains("Госуслуги") && complaint.contains("59-ФЗ"),
        "{complaint}"
    );
    assert!(complaint.contains("20 апреля 2026 г."), "{complaint}");
    let en = render(
        Some(state_of("examples/cases/paid-care.json", "2026-03-20")),
        Lang::En,
    )
    .await;
    assert!(
        en.contains("the consumer-law term is usually applied"),
        "English too"
    );
}

/// The post kit asks for the addressee's address instead of printing
/// «Куда: ______»; once given, its buttons come back.
#[tokio::test]
async fn the_post_kit_asks_for_a_missing_address() {
    let mut s = state_of("examples/cases/paid-care.json", "2026-03-20");
    s.case.clinic.address.clear();
    let html = render(Some(s.clone()), Lang::Ru).await;
    let first = between(&html, "zh-document-0", "zh-document-1");
    assert!(first.contains("zh-kit-address-0"), "{first}");
    assert!(first.contains("нужен почтовый адрес получателя"));
    assert!(first.contains("id=\"zh-clinic-address\""), "{first}");
    assert!(
        !first.contains("zh-download-0-inventory") && !first.contains("zh-download-0-envelope")
    );
    // The insurer's letter has its address: its kit is offered.
    assert!(html.contains("zh-download-1-envelope"));
    s.case.clinic.address = "420107, г. Казань, ул. Спартаковская, д. 2".into();
    let html = render(Some(s), Lang::Ru).await;
    assert!(html.contains("zh-download-0-inventory") && !html.contains("zh-kit-address-0"));
}

/// A gender left unset is the patronymic's, said on the check page.
#[tokio::test]
async fn the_check_page_says_the_gender_came_from_the_patronymic() {
    let mut s = sample_state(Step::Check);
    s.case.applicant.gender = zhaloba::domain::case::Gender::Unknown;
    let html = render(Some(s.clone()), Lang::Ru).await;
    assert!(
        html.contains("в женском роде (обратилась) — определено по отчеству"),
        "{}",
        between(&html, "Как к вам обращаться", "</div>")
    );
    s.case.applicant.full_name = "Иванова Алёна".into();
    let html = render(Some(s), Lang::Ru).await;
    assert!(!html.contains("определено по отчеству"));
    assert!(html.contains("не указывать"));
}

/// An old file that cannot tell whether the paid service is covered: the
/// check page asks, and no letter is shown until it is answered.
#[tokio::test]
async fn an_old_file_is_asked_what_it_cannot_tell() {
    let s = state_of("tests/fixtures/v2/paid-care.json", "2026-03-20");
    let html = render(Some(s), Lang::Ru).await;
    assert!(html.contains("zh-waits"), "{html}");
    assert!(html.contains("«За что именно взяли деньги?»"));
    assert!(!html.contains("ПРЕТЕНЗИЯ"), "a letter before the answer");
}

#[tokio::test]
async fn check_page_lists_the_answers_in_the_order_they_were_asked() {
    let s = sample_state(Step::Check);
    let case = s.case.clone();
    let html = render(Some(s), Lang::Ru).await;
    let keys: Vec<&str> = html
        .split("<dt class=\"zh-summary-key\">")
        .skip(1)
        .map(|s| s.split("</dt>").next().unwrap())
        .collect();
    let l = &Lang::Ru.strings().labels;
    let question = |id: &str| {
        zhaloba::domain::rules::question(content(), &case, id)
            .unwrap()
            .1
            .label
            .to_string()
    };
    // The route: the problem, who writes, its questions, the clinic, the
    // insurer, the applicant; the check page's own fields are not listed.
    let expected = [
        l.category.to_string(),
        l.relation.into(),
        question("service"),
        question("referral_date"),
        l.clinic_name.into(),
        l.insurer_name.into(),
        l.applicant_name.into(),
    ];
    let at = |label: &str| keys.iter().position(|k| *k == label);
    let positions: Vec<Option<usize>> = expected.iter().map(|e| at(e)).collect();
    assert!(positions.iter().all(Option::is_some), "{keys:?}");
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
    for own in [l.attachments, l.registration_date, l.registration_number] {
        assert_eq!(at(own), None, "{own} is asked on the check page itself");
    }
}
