//! The native CLI on the shipped example cases.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_zhaloba"))
}

fn tmp(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("zhaloba-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn renders_every_example_to_text() {
    for entry in std::fs::read_dir("examples/cases").unwrap() {
        let path = entry.unwrap().path();
        let out = tmp(&format!(
            "{}.txt",
            path.file_stem().unwrap().to_string_lossy()
        ));
        let status = cli()
            .args(["render", path.to_str().unwrap(), "--format", "txt", "--out"])
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success(), "{}", path.display());
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains("Заявитель: "), "{text}");
        assert!(text.contains("прошу:"), "{text}");
        assert!(text.contains("(подпись)"));
    }
}

#[test]
fn a_refund_claim_comes_with_its_complaint() {
    let out = tmp("paid.txt");
    let status = cli()
        .args([
            "render",
            "examples/cases/paid-care.json",
            "--format",
            "txt",
            "--out",
        ])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    assert!(std::fs::read_to_string(&out).unwrap().contains("ПРЕТЕНЗИЯ"));
    let second = out.with_file_name("paid-2.txt");
    assert!(std::fs::read_to_string(second).unwrap().contains("ЖАЛОБА"));
}

#[test]
fn check_prints_routing_and_deadlines() {
    let out = cli()
        .args(["check", "examples/cases/waiting-time.json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains(
            "Адресат: Страховая медицинская организация, выдавшая полис ОМС — получает письмо"
        ),
        "{s}"
    );
    // The second addressee is served as the content says, and the letter says the same.
    assert!(
        s.contains("Адресат: Главный врач медицинской организации — получает копию"),
        "{s}"
    );
    assert!(s.contains("  Копия: главному врачу"), "{s}");
    assert!(
        s.contains("Срок ожидания: 14 раб. дн., последний день 2026-05-26; до предложенной даты 2026-06-15 — 27 раб. дн.; нарушен"),
        "{s}"
    );
    assert!(s.contains("все есть"));
}

/// A copy of an example with `edit` applied to its JSON.
fn edited(example: &str, name: &str, edit: impl Fn(&mut serde_json::Value)) -> std::path::PathBuf {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example).unwrap()).unwrap();
    edit(&mut v);
    let path = tmp(name);
    std::fs::write(&path, v.to_string()).unwrap();
    path
}

#[test]
fn an_unknown_choice_is_an_error_with_its_field() {
    let bad = edited("examples/cases/waiting-time.json", "mri.json", |v| {
        v["facts"]["service"] = "mri".into();
    });
    for args in [vec!["check"], vec!["render"]] {
        let out_path = tmp("mri.txt");
        let mut cmd = cli();
        cmd.args(&args).arg(&bad);
        if args[0] == "render" {
            cmd.args(["--format", "txt", "--out"]).arg(&out_path);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.contains("«facts.service»") && err.contains("«mri»"),
            "{err}"
        );
        assert!(!out_path.exists());
    }
}

#[test]
fn check_prints_the_identifier_warnings_the_wizard_shows() {
    let case = edited("examples/cases/paid-care.json", "ids.json", |v| {
        v["clinic"]["inn"] = "44О1012345".into(); // a letter O among the digits
        v["applicant"]["policy_number"] = "5260181590830165".into();
    });
    let out = cli().args(["check"]).arg(&case).output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("(clinic.inn)") && s.contains("буква"), "{s}");
    assert!(
        s.contains("Предупреждение") && s.contains("(applicant.policy_number)"),
        "{s}"
    );
}

#[test]
fn check_says_what_a_migration_changed() {
    let out = cli()
        .args(["check", "tests/fixtures/v1/medical-records.json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("Файл обновлён до текущего формата"), "{s}");
}

#[test]
fn bad_case_file_names_the_field_and_writes_nothing() {
    let bad = tmp("bad.json");
    std::fs::write(&bad, r#"{"version":1,"applicant":{"gender":"robot"}}"#).unwrap();
    let out_path = tmp("never.txt");
    let out = cli()
        .args(["render", bad.to_str().unwrap(), "--format", "txt", "--out"])
        .arg(&out_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("applicant.gender"), "{err}");
    assert!(!out_path.exists());
}

#[test]
fn json_is_the_document_model_the_text_is_made_from() {
    let out = tmp("model.json");
    let text_out = tmp("model.txt");
    for (format, path) in [("json", &out), ("txt", &text_out)] {
        let status = cli()
            .args([
                "render",
                "examples/cases/waiting-time.json",
                "--format",
                format,
                "--out",
            ])
            .arg(path)
            .status()
            .unwrap();
        assert!(status.success());
    }
    let model: zhaloba::domain::complaint::Complaint =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(
        zhaloba::writers::text::write(&model),
        std::fs::read_to_string(&text_out).unwrap()
    );
}

#[test]
fn a_service_outside_the_programme_writes_no_file_and_says_why() {
    let out = tmp("implant.pdf");
    let run = cli()
        .args([
            "render",
            "tests/golden/36-paid-implant-screened-out.json",
            "--out",
        ])
        .arg(&out)
        .output()
        .unwrap();
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("не вопрос ОМС"));
    assert!(!out.exists());
    // `check` names the exit and where to go instead.
    let run = cli()
        .args(["check", "tests/golden/36-paid-implant-screened-out.json"])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stdout);
    assert!(
        said.contains("Не вопрос ОМС") && said.contains("О защите прав потребителей"),
        "{said}"
    );
}

#[test]
fn check_names_every_problem_of_an_incident() {
    let run = cli()
        .args([
            "check",
            "tests/golden/50-incident-out-of-region-paid-policy.json",
        ])
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&run.stdout);
    for id in [
        "(out-of-region)",
        "(paid-care)",
        "(policy)",
        "получает отдельный документ",
        "получает копию",
    ] {
        assert!(said.contains(id), "{id} in\n{said}");
    }
}

mod common;
use common::plausible::{self, ROWS};

/// The lines `zhaloba check` prints for a case, and the case's file.
fn check_lines(
    name: &str,
    case: &zhaloba::domain::case::Case,
) -> (std::path::PathBuf, Vec<String>) {
    let path = tmp(name);
    std::fs::write(&path, case.to_json()).unwrap();
    let out = cli().arg("check").arg(&path).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    (path, lines)
}

/// One case per plausibility rule: `check` names both fields at the right
/// path; `render` refuses an error (and `--draft` writes a marked draft)
/// and writes the letter for a warning.
#[test]
fn each_contradiction_names_both_fields_and_an_error_stops_the_letter() {
    let today = {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        zhaloba::domain::date::Date::from_days((secs / 86_400) as i64)
    };
    for (i, row) in ROWS.iter().enumerate() {
        let case = plausible::case(row);
        let problems = zhaloba::flow::check_case(zhaloba::domain::content::content(), &case, today);
        let p = plausible::find(&problems, row)
            .unwrap_or_else(|| panic!("{:?}: {problems:?}", row.rule));
        assert_eq!(p.field.path(), row.at, "{:?}", row.rule);
        let (path, lines) = check_lines(&format!("clash-{i}.json"), &case);
        let kind = if row.rule.blocks() {
            "Ошибка: "
        } else {
            "Предупреждение: "
        };
        let line = lines
            .iter()
            .find(|l| l.starts_with(kind) && l.contains(&format!("({}): ", row.at)))
            .unwrap_or_else(|| panic!("{:?} at {}:\n{}", row.rule, row.at, lines.join("\n")));
        for name in plausible::names(&case, p) {
            assert!(line.contains(&name), "{:?}: {name} in {line}", row.rule);
        }
        if let Some(day) = row.next_day {
            assert!(line.contains(day), "{line}");
        }
        let out = tmp(&format!("clash-{i}.txt"));
        let _ = std::fs::remove_file(&out);
        let run = cli()
            .arg("render")
            .arg(&path)
            .args(["--format", "txt", "--out"])
            .arg(&out)
            .output()
            .unwrap();
        if !row.rule.blocks() {
            assert!(
                run.status.success(),
                "{:?}: {}",
                row.rule,
                String::from_utf8_lossy(&run.stderr)
            );
            assert!(!std::fs::read_to_string(&out).unwrap().contains("ПРОЕКТ"));
            continue;
        }
        assert_eq!(run.status.code(), Some(2), "{:?}", row.rule);
        let err = String::from_utf8(run.stderr).unwrap();
        assert!(
            err.lines().any(|l| l == line),
            "{:?}: «{line}» in\n{err}",
            row.rule
        );
        assert!(!out.exists());
        let run = cli()
            .arg("render")
            .arg(&path)
            .args(["--format", "txt", "--out"])
            .arg(&out)
            .arg("--draft")
            .output()
            .unwrap();
        assert!(run.status.success(), "{:?}", row.rule);
        assert!(String::from_utf8_lossy(&run.stderr).contains("ПРОЕКТ"));
        assert!(std::fs::read_to_string(&out).unwrap().contains("(ПРОЕКТ)"));
    }
}

/// A time of day outside 00:00–23:59 is an error that names the field.
#[test]
fn an_impossible_time_is_an_error_not_a_line_of_the_letter() {
    let bad = edited("examples/cases/ambulance.json", "time.json", |v| {
        v["facts"]["call_time"] = "25:70".into();
    });
    let out = cli().arg("check").arg(&bad).output().unwrap();
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("Ошибка: Во сколько был сделан вызов? (facts.call_time): Время — часы и минуты от 00:00 до 23:59"),
        "{said}"
    );
    let letter = tmp("time.txt");
    let run = cli()
        .arg("render")
        .arg(&bad)
        .args(["--format", "txt", "--out"])
        .arg(&letter)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("(facts.call_time)"));
    assert!(!letter.exists());
}

/// Errors of every kind stop `render`, each printed as `check` prints it;
/// `--draft` marks every format's title line.
#[test]
fn render_refuses_what_check_calls_an_error_and_draft_marks_every_format() {
    let bad = edited("examples/cases/paid-care.json", "errors.json", |v| {
        v["applicant"]["full_name"] = "".into();
        v["applicant"]["postal_address"] = "".into();
        v["facts"]["paid_date"] = "2026-02-30".into();
        v["clinic"]["inn"] = "440101234".into();
    });
    let check = cli().arg("check").arg(&bad).output().unwrap();
    let errors: Vec<String> = String::from_utf8(check.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("Ошибка: "))
        .map(str::to_string)
        .collect();
    for path in [
        "(applicant.full_name)",
        "(applicant.postal_address)",
        "(facts.paid_date)",
        "(clinic.inn)",
    ] {
        assert!(
            errors.iter().any(|l| l.contains(path)),
            "{path} in {errors:?}"
        );
    }
    let out = tmp("errors.txt");
    let run = cli()
        .arg("render")
        .arg(&bad)
        .args(["--format", "txt", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8(run.stderr).unwrap();
    for line in &errors {
        assert!(err.lines().any(|l| l == line), "«{line}» in\n{err}");
    }
    assert!(!out.exists());
    for format in ["txt", "html", "docx", "pdf", "json"] {
        let out = tmp(&format!("draft.{format}"));
        let run = cli()
            .arg("render")
            .arg(&bad)
            .args(["--draft", "--format", format, "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(
            String::from_utf8_lossy(&run.stderr).contains("ПРОЕКТ"),
            "{format}"
        );
        let bytes = std::fs::read(&out).unwrap();
        let title = match format {
            // The title paragraph of the document itself.
            "docx" => {
                let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
                let mut xml = String::new();
                std::io::Read::read_to_string(
                    &mut zip.by_name("word/document.xml").unwrap(),
                    &mut xml,
                )
                .unwrap();
                xml
            }
            // The page's text is deflated glyph codes; the document's title
            // (its title line and subtitle) is in its information, UTF-16.
            "pdf" => {
                let want: String = "ПРЕТЕНЗИЯ (ПРОЕКТ)"
                    .encode_utf16()
                    .map(|u| format!("{u:04X}"))
                    .collect();
                let pdf = String::from_utf8_lossy(&bytes).to_uppercase();
                assert!(pdf.contains(&want), "pdf");
                "ПРЕТЕНЗИЯ (ПРОЕКТ)".to_string()
            }
            _ => String::from_utf8(bytes).unwrap(),
        };
        assert!(title.contains("ПРЕТЕНЗИЯ (ПРОЕКТ)"), "{format}: {title}");
    }
}
