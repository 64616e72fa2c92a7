//! Native command line: render or check a case file without a browser.
//!
//!     zhaloba render CASE.json --format txt|docx|pdf|html|ics|inventory|envelope|json --out FILE [--draft]
//!
//! `render` refuses a case `check` reports an error for (exit code 2, each
//! error as `check` prints it); with `--draft` it writes the letter anyway,
//! «(ПРОЕКТ)» in its title line, and says so.
//!
//! `json` is the document model itself (the browser never holds it: its
//! files worker composes it from the case), for other tools that want to
//! lay out the same letter.
//!     zhaloba check CASE.json
//!
//! For the test run's independent oracles (scripts/check_oracles.py), two
//! filters over standard input, one item a line:
//!     zhaloba ids inn|ogrn|policy   → `ok` or the finding's name
//!     zhaloba decline               → `male|female<TAB>full name` in,
//!                                     the genitive … prepositional out, tab-separated

use std::process::ExitCode;
use zhaloba::domain::case::{Case, CaseError, Migrated};
use zhaloba::domain::content::content;
use zhaloba::domain::date::Date;
use zhaloba::domain::review::Review;
use zhaloba::engine::{self, Verdict};
use zhaloba::flow::{check_case, Problem, ProblemKind};
use zhaloba::i18n::Lang;
use zhaloba::writers::pdf::Font;
use zhaloba::writers::Format;

/// The CLI carries the PDF font in itself (the browser fetches them instead).
const FONT: Font = Font(include_bytes!(
    "../../assets/fonts/ZhalobaSerif-Regular.ttf"
));

const USAGE: &str = "usage:\n  zhaloba render CASE.json --format txt|docx|pdf|html|ics|inventory|envelope|json --out FILE [--draft]\n  zhaloba check CASE.json\n  zhaloba ids inn|ogrn|policy < LINES\n  zhaloba decline < LINES";

fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i64)
}

fn load(path: &str) -> Result<(Case, Vec<Migrated>), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{path}: не удалось прочитать файл: {e}"))?;
    Case::read(&text).map_err(|e| match e {
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

/// The review of a case file; an unknown category, or an answer that is
/// none of its question's choices, is an error naming the field.
/// Also gives every problem the wizard would show.
fn review(case_path: &str, case: &Case) -> Result<(Review<'static>, Vec<Problem>), String> {
    let review = Review::new(content(), case, today());
    if content().category(&case.category).is_none() {
        return Err(format!(
            "{case_path}: неизвестная категория «{}»",
            case.category
        ));
    }
    if let Some(id) = case.also.iter().find(|id| content().category(id).is_none()) {
        return Err(format!(
            "{case_path}: поле «also»: неизвестная категория «{id}»"
        ));
    }
    let problems = check_case(content(), case, today());
    let unknown: Vec<String> = problems
        .iter()
        .filter(|p| p.kind == ProblemKind::UnknownChoice)
        .map(|p| {
            let field = p.field.path();
            let value = p.field.get(case);
            format!("{case_path}: поле «{field}»: значение «{value}» не входит в варианты ответа")
        })
        .collect();
    if !unknown.is_empty() {
        return Err(unknown.join("\n"));
    }
    Ok((review, problems))
}

/// What a migration changed, as the person should hear it.
fn migration_note(m: &Migrated) -> String {
    match m {
        Migrated::Dropped(field) => {
            format!("Файл обновлён до текущего формата: поле «{field}» удалено — его не использует ни одно письмо")
        }
        Migrated::BasisMoved => "Файл обновлён до текущего формата: сведения о документах родства перенесены в приложения".to_string(),
        Migrated::Unanswered(question) => format!("Файл обновлён до текущего формата: ответ на вопрос «{question}» по старому файлу определить нельзя — ответьте на него, без этого письмо не составляется"),
    }
}

/// The questions the letter waits for (values an older file could not
/// tell), or `None` when it waits for nothing.
fn waiting_for(case: &Case) -> Option<String> {
    let asked: Vec<String> = zhaloba::domain::asked::unanswered(content(), case)
        .iter()
        .map(|(_, q)| format!("«{}» (facts.{})", q.label, q.id))
        .collect();
    (!asked.is_empty()).then(|| {
        format!(
            "Письмо не составлено: ответьте на вопрос {} — в файле ответа нет, а предполагать его нельзя",
            asked.join(", ")
        )
    })
}

/// A problem the wizard would show, with its field, in Russian.
fn problem_line(case: &Case, p: &Problem) -> String {
    let ru = Lang::Ru;
    let label = ru.field_label(case, &p.field);
    let kind = if p.kind.blocks() {
        "Ошибка"
    } else {
        "Предупреждение"
    };
    format!(
        "{kind}: {} ({}): {}",
        label,
        p.field.path(),
        ru.problem_message(case, p)
    )
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
    let mut draft = false;
    let mut it = flags.iter();
    while let Some(flag) = it.next() {
        if flag == "--draft" {
            draft = true;
            continue;
        }
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
    let (case, migrated) = load(case_path)?;
    for m in &migrated {
        eprintln!("zhaloba: {}", migration_note(m));
    }
    let (mut review, problems) = review(case_path, &case)?;
    if let Some(wait) = waiting_for(&case) {
        return Err(format!("{case_path}: {wait}"));
    }
    if review.letters.is_empty() {
        let exit = zhaloba::flow::exit_of(content(), &case).map_or("", |e| &e.title);
        return Err(format!("{case_path}: письма нет — не вопрос ОМС: {exit}"));
    }
    // The errors `check` prints, each on its line, as it prints them.
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.kind.blocks())
        .map(|p| problem_line(&case, p))
        .collect();
    if !errors.is_empty() {
        let errors = errors.join("\n");
        if !draft {
            return Err(format!(
                "{case_path}: письмо не написано: в ответах есть ошибки (исправьте их или напишите проект: --draft)\n{errors}"
            ));
        }
        eprintln!("zhaloba: {case_path}: в ответах есть ошибки — письмо написано как ПРОЕКТ (в заголовке «ПРОЕКТ»), отправлять его нельзя\n{errors}");
        for letter in &mut review.letters {
            letter.mark_draft();
        }
    }
    // The main letter goes to FILE; further ones (e.g. the complaint that
    // accompanies a refund claim) to FILE-2, FILE-3 … beside it.
    for (i, letter) in review.letters.iter().enumerate() {
        let path = if i == 0 {
            out.clone()
        } else {
            numbered(&out, i + 1)
        };
        let bytes = match output {
            Output::Model => serde_json::to_string_pretty(letter)
                .unwrap_or_default()
                .into_bytes(),
            Output::File(f) => engine::render_reviewed(content(), &review, &case, i, f, Some(FONT))
                .map_err(|e| match e {
                    zhaloba::writers::RenderError::NoAddress(path) => format!(
                        "{case_path}: для конверта и описи вложения нужен почтовый адрес получателя — укажите его в поле «{path}»"
                    ),
                    e => format!("не удалось построить файл: {e:?}"),
                })?,
        };
        std::fs::write(&path, bytes).map_err(|e| format!("{path}: не удалось записать: {e}"))?;
        if i > 0 && matches!(output, Output::File(_)) {
            eprintln!("zhaloba: ещё один документ ({}): {path}", letter.title);
        }
    }
    Ok(())
}

/// Who the problems go to, who next, on what grounds, what to know first.
fn print_routing(review: &Review, summary: &engine::Summary) {
    for x in &review.assessments {
        println!("Категория: {} ({})", x.category.title, x.category.id);
    }
    for served in &summary.addressees {
        let name = content()
            .addressee(&served.id)
            .map_or(served.id.as_str(), |ad| &ad.name);
        println!(
            "Адресат: {name} — {}",
            Lang::Ru.strings().served(served.how)
        );
    }
    for id in &summary.escalation {
        let name = content().addressee(id).map_or(id.as_str(), |ad| &ad.name);
        println!("Далее: {name}");
    }
    let mut sources: Vec<&str> = Vec::new();
    for g in review.assessments.iter().flat_map(|x| &x.grounds) {
        if !sources.contains(&&*g.source) {
            sources.push(&g.source);
        }
    }
    for source in sources {
        println!("Основание: {source}");
    }
    for (id, i) in &summary.cautions {
        if let Some(c) = content().category(id).and_then(|c| c.cautions.get(*i)) {
            println!("Важно: {}", c.text);
        }
    }
}

/// Each document's answer term under its own law (`aftercare`).
fn print_terms(a: &zhaloba::domain::rules::Assessment, summary: &engine::Summary) {
    for l in &summary.letters {
        let kind = zhaloba::domain::aftercare::Kind::from_key(&l.kind).unwrap_or_default();
        let from = match (a.registered, kind.from_delivery()) {
            (Some(on), true) => format!("вручено {on}"),
            (Some(on), false) => format!("зарегистрировано {on}"),
            (None, true) => format!("если вручат {}", a.letter_date),
            (None, false) => format!("если зарегистрируют {}", a.letter_date),
        };
        let law = match kind {
            zhaloba::domain::aftercare::Kind::Complaint => {
                "30 дней со дня регистрации, 59-ФЗ ст. 12"
            }
            zhaloba::domain::aftercare::Kind::Records => {
                "30 дней со дня регистрации запроса, приказ Минздрава России № 789н"
            }
            zhaloba::domain::aftercare::Kind::ConsumerClaim => {
                "10 дней со дня вручения, Закон «О защите прав потребителей» ст. 31"
            }
            zhaloba::domain::aftercare::Kind::RefundClaim => {
                "обычно 10 дней со дня вручения, по аналогии с Законом «О защите прав потребителей»"
            }
        };
        if let Some(due) = l.due {
            println!(
                "Ответ на документ «{}» не позднее: {due} ({from}; {law})",
                l.title
            );
        }
    }
}

fn check_command(case_path: &str) -> Result<(), String> {
    let (case, migrated) = load(case_path)?;
    for m in &migrated {
        println!("{}", migration_note(m));
    }
    let today = today();
    let (review, problems) = review(case_path, &case)?;
    let summary = engine::summary(&review, &case, today);
    let Some(a) = review.assessment() else {
        // An answer led out of ОМС (a paid service outside the programme).
        if let Some(exit) = zhaloba::flow::exit_of(content(), &case) {
            println!("Не вопрос ОМС: {}", exit.title);
            println!("{}", exit.where_to_go);
        }
        return Ok(());
    };
    print_routing(&review, &summary);
    if let Some(wait) = waiting_for(&case) {
        println!("{wait}");
    }
    if let Some(w) = &summary.waiting {
        let counted = match w.offered {
            Some(d) => format!("до предложенной даты {d}"),
            None => "до даты письма".to_string(),
        };
        let verdict = match w.verdict {
            Verdict::Violated => "нарушен",
            Verdict::OfferedLate => "предложенная дата позже предельного срока",
            Verdict::Kept => "не нарушен",
        };
        let unconfirmed = if w.limit_confirmed {
            ""
        } else {
            " (срок для этого года не подтверждён источниками: в письме он числом не указан)"
        };
        println!(
            "Срок ожидания: {} раб. дн., последний день {}; {counted} — {} раб. дн.; {verdict}{unconfirmed}",
            w.limit_days, w.limit_date, w.elapsed
        );
    }
    if let Some(year) = summary.no_programme {
        println!("Срок ожидания: программы госгарантий на {year} год нет в данных — не рассчитан");
    }
    if let Some((programme, event)) = summary.planning {
        println!("Программа: на {programme} год (плановый период {event} года)");
    }
    print_terms(a, &summary);
    for letter in &review.letters {
        println!("Документ: {} → {}", letter.title, letter.to.join(", "));
        for copy in &letter.copies {
            println!("  {copy}");
        }
    }
    for (code, declined) in &summary.name_forms {
        let corrected = zhaloba::domain::names::Case::parse(code)
            .zip(case.represented.as_ref())
            .and_then(|(g, r)| r.person.forms.get(g))
            .filter(|f| !f.is_empty());
        match corrected {
            Some(form) => {
                println!("Имя пациента ({code}): {form} (исправлено; по правилам — {declined})")
            }
            None => println!("Имя пациента ({code}): {declined}"),
        }
    }
    for p in &problems {
        println!("{}", problem_line(&case, p));
    }
    if review.missing.is_empty() {
        println!("Обязательные элементы (59-ФЗ ст. 7): все есть");
    } else {
        let ru = Lang::Ru.strings();
        let names: Vec<&str> = review.missing.iter().map(|m| ru.missing(*m)).collect();
        println!("Не хватает (59-ФЗ ст. 7): {}", names.join("; "));
    }
    Ok(())
}

/// Each line of standard input through `f`, each answer a line of output.
fn filter_lines(f: impl Fn(&str) -> String) -> Result<(), String> {
    use std::io::{BufRead, Write};
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| e.to_string())?;
        writeln!(out, "{}", f(&line)).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn ids_command(kind: &str) -> Result<(), String> {
    use zhaloba::domain::ids;
    let check: fn(&str) -> Option<ids::Finding> = match kind {
        "inn" => ids::check_inn,
        "ogrn" => ids::check_ogrn,
        "policy" => ids::check_policy,
        _ => return Err(format!("неизвестный вид номера: {kind}\n{USAGE}")),
    };
    filter_lines(|line| check(line).map_or_else(|| "ok".to_string(), |f| format!("{f:?}")))
}

fn decline_command() -> Result<(), String> {
    use zhaloba::domain::case::Gender;
    use zhaloba::domain::names::{decline, Case as Gram};
    filter_lines(|line| {
        let (gender, name) = line.split_once('\t').unwrap_or(("", line));
        let gender = match gender {
            "male" => Gender::Male,
            "female" => Gender::Female,
            _ => Gender::Unknown,
        };
        [Gram::Gen, Gram::Dat, Gram::Acc, Gram::Ins, Gram::Pre]
            .map(|g| decline(name, gender, g))
            .join("\t")
    })
}

fn run(args: &[String]) -> Result<(), String> {
    match args {
        [cmd, kind] if cmd == "ids" => ids_command(kind),
        [cmd] if cmd == "decline" => decline_command(),
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
