//! Native command line: render or check a case file without a browser.
//!
//!     zhaloba render CASE.json --format txt|docx|pdf|html|ics|json --out FILE
//!
//! `json` is the document model itself (what the browser hands its files
//! worker), for other tools that want to lay out the same letter.
//!     zhaloba check CASE.json

use std::process::ExitCode;
use zhaloba::domain::case::{Case, CaseError};
use zhaloba::domain::content::content;
use zhaloba::domain::date::Date;
use zhaloba::domain::review::Review;
use zhaloba::domain::rules::WaitingOutcome;
use zhaloba::writers::pdf::Fonts;
use zhaloba::writers::{render, Format};

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

/// The review of a case file; an unknown category is an error.
fn review(case_path: &str, case: &Case) -> Result<Review<'static>, String> {
    let review = Review::new(content(), case, today());
    if review.assessment.is_none() {
        return Err(format!(
            "{case_path}: неизвестная категория «{}»",
            case.category
        ));
    }
    Ok(review)
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

/// What `render` writes: a file format, or the document model as JSON.
enum Output {
    File(Format),
    Model,
}

fn render_command(case_path: &str, flags: &[String]) -> Result<(), String> {
    let mut output = Output::File(Format::Text);
    let mut out = None;
    let mut it = flags.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag}: нет значения\n{USAGE}"))?;
        match flag.as_str() {
            "--format" if value == "json" => output = Output::Model,
            "--format" => {
                output = Output::File(
                    Format::parse(value).ok_or(format!("неизвестный формат: {value}"))?,
                )
            }
            "--out" => out = Some(value.clone()),
            _ => return Err(format!("неизвестный параметр: {flag}\n{USAGE}")),
        }
    }
    let out = out.ok_or(format!("нужен --out FILE\n{USAGE}"))?;
    let case = load(case_path)?;
    // The main letter goes to FILE; further ones (e.g. the complaint that
    // accompanies a refund claim) to FILE-2, FILE-3 … beside it.
    for (i, letter) in review(case_path, &case)?.letters.iter().enumerate() {
        let path = if i == 0 {
            out.clone()
        } else {
            numbered(&out, i + 1)
        };
        let bytes = match output {
            Output::Model => serde_json::to_string_pretty(letter)
                .unwrap_or_default()
                .into_bytes(),
            Output::File(f) => render(letter, f, Some(&FONTS))
                .map_err(|e| format!("не удалось построить файл: {e:?}"))?,
        };
        std::fs::write(&path, bytes).map_err(|e| format!("{path}: не удалось записать: {e}"))?;
        if i > 0 && matches!(output, Output::File(_)) {
            eprintln!("zhaloba: ещё один документ ({}): {path}", letter.title);
        }
    }
    Ok(())
}

fn check_command(case_path: &str) -> Result<(), String> {
    let case = load(case_path)?;
    let review = review(case_path, &case)?;
    let a = review.assessment.as_ref().expect("checked by review()");
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
            if w.violated() {
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
    for letter in &review.letters {
        println!("Документ: {} → {}", letter.title, letter.to.join(", "));
    }
    if review.missing.is_empty() {
        println!("Обязательные элементы (59-ФЗ ст. 7): все есть");
    } else {
        let ru = zhaloba::i18n::Lang::Ru.strings();
        let names: Vec<&str> = review.missing.iter().map(|m| ru.missing(*m)).collect();
        println!("Не хватает (59-ФЗ ст. 7): {}", names.join("; "));
    }
    Ok(())
}

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [cmd, case_path, flags @ ..] if cmd == "render" => render_command(case_path, flags),
        [cmd, case_path] if cmd == "check" => check_command(case_path),
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
