//! Native command line: render or check a case file without a browser.
//!
//!     zhaloba render CASE.json --format txt|docx|pdf|html|ics|json --out FILE
//!
//! `json` is the document model itself (what the browser hands its files
//! worker), for other tools that want to lay out the same letter.
//!     zhaloba check CASE.json

use std::process::ExitCode;
use zhaloba::domain::case::{Case, CaseError};
use zhaloba::domain::complaint::{build_all, missing_elements};
use zhaloba::domain::date::Date;
use zhaloba::domain::rules::{assess, WaitingOutcome};
use zhaloba::writers::pdf::Fonts;
use zhaloba::writers::{render, render_pdf, Format};

/// The CLI carries the PDF fonts in itself (the browser fetches them instead).
const FONTS: Fonts = Fonts {
    regular: include_bytes!("../../assets/fonts/ZhalobaSerif-Regular.ttf"),
    bold: include_bytes!("../../assets/fonts/ZhalobaSerif-Bold.ttf"),
};

const USAGE: &str =
    "usage:\n  zhaloba render CASE.json --format txt|docx|pdf|html|ics|json --out FILE\n  zhaloba check CASE.json";

fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i64)
}

fn load(path: &str) -> Result<Case, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{path}: не удалось прочитать файл: {e}"))?;
    Case::from_json(&text).map_err(|e| match e {
        CaseError::Invalid {
            path: field,
            message,
        } => {
            format!("{path}: ошибка в поле «{field}»: {message}")
        }
        CaseError::NewerVersion(v) => {
            format!("{path}: файл создан более новой версией (формат {v}); обновите программу")
        }
        CaseError::NotACase => format!("{path}: это не файл жалобы zhaloba (нет поля version)"),
    })
}

/// `out/letter.txt` → `out/letter-2.txt`.
fn numbered(path: &str, n: usize) -> String {
    let p = std::path::Path::new(path);
    let stem = p
        .file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into_owned());
    let name = match p.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    p.with_file_name(name).to_string_lossy().into_owned()
}

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [cmd, case_path, rest @ ..] if cmd == "render" => {
            // `None` is PDF, which needs the fonts; the rest render from the model alone.
            let mut format = Some(Format::Text);
            let mut model_json = false;
            let mut out = None;
            let mut it = rest.iter();
            while let Some(flag) = it.next() {
                let value = it.next().ok_or(format!("{flag}: нет значения\n{USAGE}"))?;
                match flag.as_str() {
                    "--format" if value == "pdf" => format = None,
                    "--format" if value == "json" => model_json = true,
                    "--format" => {
                        format = Some(
                            Format::parse(value).ok_or(format!("неизвестный формат: {value}"))?,
                        )
                    }
                    "--out" => out = Some(value.clone()),
                    _ => return Err(format!("неизвестный параметр: {flag}\n{USAGE}")),
                }
            }
            let out = out.ok_or(format!("нужен --out FILE\n{USAGE}"))?;
            let case = load(case_path)?;
            let letters = build_all(&case, today());
            if letters.is_empty() {
                return Err(format!(
                    "{case_path}: неизвестная категория «{}»",
                    case.category
                ));
            }
            // The main letter goes to FILE; further ones (e.g. the complaint that
            // accompanies a refund claim) to FILE-2, FILE-3 … beside it.
            for (i, letter) in letters.iter().enumerate() {
                let path = if i == 0 {
                    out.clone()
                } else {
                    numbered(&out, i + 1)
                };
                if model_json {
                    let json = serde_json::to_string_pretty(letter).unwrap_or_default();
                    std::fs::write(&path, json)
                        .map_err(|e| format!("{path}: не удалось записать: {e}"))?;
                    continue;
                }
                let output = match format {
                    Some(f) => render(letter, f),
                    None => render_pdf(letter, &FONTS)
                        .map_err(|e| format!("не удалось построить PDF: {e:?}"))?,
                };
                std::fs::write(&path, &output.bytes)
                    .map_err(|e| format!("{path}: не удалось записать: {e}"))?;
                if i > 0 {
                    eprintln!("zhaloba: ещё один документ ({}): {path}", letter.title);
                }
            }
            Ok(())
        }
        [cmd, case_path] if cmd == "check" => {
            let case = load(case_path)?;
            let a = assess(&case, today()).ok_or(format!(
                "{case_path}: неизвестная категория «{}»",
                case.category
            ))?;
            println!("Категория: {} ({})", a.category.title, a.category.id);
            for ad in &a.addressees {
                println!("Адресат: {}", ad.name);
            }
            for ad in &a.escalation {
                println!("Далее: {}", ad.name);
            }
            for g in &a.grounds {
                println!("Основание: {}", g.source);
            }
            if let Some(WaitingOutcome::Assessed(w)) = &a.waiting {
                println!(
                    "Срок ожидания: {} раб. дн. до {}; прошло {}; {}",
                    w.limit.working_days,
                    w.limit_date.date,
                    w.elapsed_working_days,
                    if w.violated {
                        "нарушен"
                    } else {
                        "не нарушен"
                    }
                );
            }
            println!("Ответ не позднее: {}", a.answer_due.date);
            if let Some(r) = a.refund_due {
                println!("Возврат денег обычно в течение 10 дней: до {}", r.date);
            }
            for letter in build_all(&case, today()) {
                println!("Документ: {} → {}", letter.title, letter.to.join(", "));
            }
            let missing = missing_elements(&case);
            if missing.is_empty() {
                println!("Обязательные элементы (59-ФЗ ст. 7): все есть");
            } else {
                let ru = zhaloba::i18n::Lang::Ru.strings();
                let names: Vec<&str> = missing.iter().map(|m| ru.missing(*m)).collect();
                println!("Не хватает (59-ФЗ ст. 7): {}", names.join("; "));
            }
            Ok(())
        }
        _ => Err(USAGE.to_string()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("zhaloba: {msg}");
            ExitCode::from(2)
        }
    }
}
