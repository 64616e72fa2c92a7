//! Every interface string, in one catalogue. A language is one `Strings`
//! value; the struct makes a missing translation a compile error.
//! The complaint itself is always Russian and does not come from here.

use crate::domain::complaint::Missing;
use crate::domain::date::DateError;
use crate::domain::ids::Finding;
use crate::wizard::ProblemKind;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Ru,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }
    /// The content with its screen texts in this language (the letter's
    /// texts stay Russian in both).
    pub fn content(self) -> &'static crate::domain::catalog::Content {
        match self {
            Lang::Ru => crate::domain::catalog::content(),
            Lang::En => crate::domain::catalog::content_en(),
        }
    }
    /// A date in words, as the interface shows it («5 мая 2026 г.», "5 May 2026").
    pub fn date(self, d: crate::domain::date::Date) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        match self {
            Lang::Ru => d.long_ru(),
            Lang::En => format!("{} {} {}", d.day, MONTHS[usize::from(d.month) - 1], d.year),
        }
    }
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Ru => &RU,
            Lang::En => &EN,
        }
    }
}

pub struct Strings {
    pub app_name: &'static str,
    pub start_title: &'static str,
    pub start_lead: &'static str,
    pub start_need_title: &'static str,
    pub start_need: [&'static str; 4],
    pub privacy: &'static str,
    pub start_button: &'static str,
    pub category_title: &'static str,
    pub category_hint: &'static str,
    pub step_of: &'static str,
    pub continue_button: &'static str,
    pub continue_anyway: &'static str,
    pub back: &'static str,
    pub optional: &'static str,
    pub day: &'static str,
    pub month: &'static str,
    pub year: &'static str,
    pub clinic_title: &'static str,
    pub insurer_title: &'static str,
    pub insurer_hint: &'static str,
    pub applicant_title: &'static str,
    pub check_title: &'static str,
    pub who_title: &'static str,
    /// Labels for `wizard::RELATIONS`, in the same order.
    pub relations: [&'static str; 5],
    pub patient_title: &'static str,
    pub patient_hint: &'static str,
    pub exit_lead: &'static str,
    pub source: &'static str,
    pub change: &'static str,
    pub not_provided: &'static str,
    pub preview_title: &'static str,
    pub download_txt: &'static str,
    pub download_docx: &'static str,
    pub download_pdf: &'static str,
    pub print: &'static str,
    pub file_failed: &'static str,
    pub download_ics: &'static str,
    pub document: &'static str,
    pub missing_title: &'static str,
    pub error_summary_title: &'static str,
    pub error_prefix: &'static str,
    pub gender_female: &'static str,
    pub gender_male: &'static str,
    pub gender_unset: &'static str,
    pub waiting_violated: &'static str,
    pub waiting_ok: &'static str,
    pub waiting_unconfirmed: &'static str,
    pub provisional_calendar: &'static str,
    pub addressee_title: &'static str,
    pub answer_due: &'static str,
    pub attach_title: &'static str,
    pub organisation_contacts: &'static str,
    pub config_problem: &'static str,
    pub attach_note: &'static str,
    pub device_title: &'static str,
    pub keep_label: &'static str,
    pub keep_hint: &'static str,
    pub keep_on: &'static str,
    pub keep_failed: &'static str,
    pub delete_all: &'static str,
    pub deleted: &'static str,
    pub transfer_title: &'static str,
    pub export_passphrase: &'static str,
    pub export_passphrase_hint: &'static str,
    pub export_button: &'static str,
    pub exported: &'static str,
    pub encrypt_failed: &'static str,
    pub import_label: &'static str,
    pub import_hint: &'static str,
    pub import_passphrase: &'static str,
    pub import_open: &'static str,
    pub imported: &'static str,
    pub read_failed: &'static str,
    pub unchanged: &'static str,
    pub passphrase_required: &'static str,
    pub what_next_title: &'static str,
    pub hand_in_title: &'static str,
    pub reminder_hint: &'static str,
    pub downloads_blocked: &'static str,
    /// Why an answers file could not be used; `{v}`/`{field}` are filled in.
    pub load_not_json: &'static str,
    pub load_foreign: &'static str,
    pub load_newer: &'static str,
    pub load_damaged: &'static str,
    pub load_unknown_cipher: &'static str,
    pub load_wrong_passphrase: &'static str,
}

impl Strings {
    /// Label of a fixed field, by its path in the case.
    pub fn field_label(&self, path: &str) -> &'static str {
        let ru = std::ptr::eq(self, &RU);
        let (r, e) = match path {
            "clinic.name" => ("Название медицинской организации", "Name of the clinic"),
            "clinic.address" => ("Адрес медицинской организации", "Clinic address"),
            "insurer.name" => ("Название страховой компании", "Insurer's name"),
            "insurer.branch" => ("Филиал", "Branch"),
            "insurer.address" => ("Адрес страховой компании", "Insurer's address"),
            "applicant.full_name" => ("Фамилия, имя, отчество", "Full name"),
            "applicant.gender" => (
                "Как к вам обращаться в письме",
                "Grammatical gender in the letter",
            ),
            "applicant.postal_address" => {
                ("Почтовый адрес с индексом", "Postal address with postcode")
            }
            "applicant.phone" => ("Телефон", "Phone"),
            "applicant.email" => ("Электронная почта", "E-mail"),
            "applicant.policy_number" => ("Номер полиса ОМС", "Policy number"),
            "category" => ("Что случилось", "What happened"),
            "represented.relation" => ("Кто подаёт жалобу", "Who is complaining"),
            "represented.person.full_name" => {
                ("Фамилия, имя, отчество пациента", "Patient's full name")
            }
            "represented.person.birth_date" => (
                "Дата рождения пациента, например 12.03.2019",
                "Patient's date of birth, e.g. 12.03.2019",
            ),
            "represented.person.policy_number" => {
                ("Номер полиса ОМС пациента", "Patient's policy number")
            }
            "represented.basis_document" => (
                "Документ-основание и его реквизиты",
                "Document giving the right to act, with its number",
            ),
            _ => ("", ""),
        };
        if ru {
            r
        } else {
            e
        }
    }

    /// A specific message for a problem with a field, naming the fix.
    pub fn problem(&self, kind: ProblemKind, label: &str) -> String {
        let ru = std::ptr::eq(self, &RU);
        let pick = |r: &str, e: &str| if ru { r.to_string() } else { e.to_string() };
        match kind {
            ProblemKind::Required => {
                if ru {
                    format!("Заполните поле «{label}»")
                } else {
                    format!("Enter “{label}”")
                }
            }
            ProblemKind::ChooseOne => pick("Выберите один из вариантов", "Select one option"),
            ProblemKind::Date(DateError::Empty) => pick("Введите дату", "Enter a date"),
            ProblemKind::Date(DateError::Format) => pick(
                "Введите дату числами: день, месяц и год",
                "Enter the date as numbers: day, month and year",
            ),
            ProblemKind::Date(DateError::Day) => pick(
                "День должен быть числом от 1 до последнего дня месяца",
                "Day must be a number from 1 to the last day of the month",
            ),
            ProblemKind::Date(DateError::Month) => pick(
                "Месяц должен быть числом от 1 до 12",
                "Month must be a number from 1 to 12",
            ),
            ProblemKind::Date(DateError::Year) => pick(
                "Год должен состоять из четырёх цифр, например 2026",
                "Year must have four digits, for example 2026",
            ),
            ProblemKind::DateInFuture => pick(
                "Дата не может быть позже сегодняшнего дня",
                "The date cannot be later than today",
            ),
            ProblemKind::DateBeforeStart => pick(
                "Эта дата раньше даты направления — проверьте обе даты",
                "This date is earlier than the referral date — check both dates",
            ),
            ProblemKind::Id(f) => self.finding(f),
        }
    }

    /// A 59-ФЗ element the letter still lacks.
    pub fn missing(&self, m: Missing) -> &'static str {
        let ru = std::ptr::eq(self, &RU);
        let (r, e) = match m {
            Missing::Addressee => ("кому она адресована", "the addressee"),
            Missing::FullName => ("ваши фамилия, имя и отчество", "your full name"),
            Missing::PostalAddress => (
                "почтовый адрес для ответа",
                "a postal address for the reply",
            ),
            Missing::Substance => (
                "суть жалобы: ответы на обязательные вопросы",
                "the substance: answers to required questions",
            ),
            Missing::Date => ("дата", "the date"),
        };
        if ru {
            r
        } else {
            e
        }
    }

    /// Why an answers file was refused, ending with "answers unchanged".
    pub fn load_error(&self, e: &crate::saved::LoadError) -> String {
        use crate::saved::LoadError as E;
        let why = match e {
            E::NotJson => self.load_not_json.to_string(),
            E::Foreign => self.load_foreign.to_string(),
            E::Newer(v) => self.load_newer.replace("{v}", &v.to_string()),
            E::Damaged(field) => self.load_damaged.replace("{field}", field),
            E::UnknownCipher => self.load_unknown_cipher.to_string(),
            E::WrongPassphrase => self.load_wrong_passphrase.to_string(),
        };
        format!("{why} {}", self.unchanged)
    }

    pub fn finding(&self, f: Finding) -> String {
        let ru = std::ptr::eq(self, &RU);
        let (r, e) = match f {
            Finding::PolicyNotDigits => (
                "Номер полиса единого образца состоит только из 16 цифр — уберите буквы и другие знаки",
                "A single-format policy number has 16 digits only — remove letters and other signs",
            ),
            Finding::PolicyChecksum => (
                "Контрольная цифра номера полиса не сходится: вероятно, одна цифра набрана неверно или две переставлены. Сверьте номер с полисом или выпиской. Если номер верный, нажмите «Продолжить» ещё раз",
                "The policy number's check digit does not match: probably one digit is mistyped or two are swapped. Compare it with the policy. If it is right, press Continue again",
            ),
            Finding::PolicyTemporary => (
                "9 цифр — это номер временного свидетельства. Если у вас уже есть полис, укажите его 16-значный номер",
                "9 digits is a temporary certificate. If you have a policy, enter its 16-digit number",
            ),
            Finding::PolicyOldStyle => (
                "Похоже на полис старого образца: его номер мы не проверяем. Полисы старого образца действуют, но лучше указать 16-значный номер, если он есть",
                "Looks like an old-style policy: we do not check it. Such policies are valid, but give the 16-digit number if you have one",
            ),
            Finding::SnilsLength => (
                "СНИЛС состоит из 11 цифр: XXX-XXX-XXX YY",
                "SNILS has 11 digits: XXX-XXX-XXX YY",
            ),
            Finding::SnilsChecksum => (
                "Контрольное число СНИЛС (две последние цифры) не сходится — сверьте номер с документом",
                "The SNILS check number (last two digits) does not match — compare with the document",
            ),
            Finding::PassportLength => (
                "Серия и номер паспорта — это 10 цифр: 4 цифры серии и 6 цифр номера",
                "Passport series and number are 10 digits: 4 for the series and 6 for the number",
            ),
            Finding::InnLength => (
                "ИНН организации — 10 цифр, ИНН гражданина — 12 цифр",
                "A company INN has 10 digits, a person's INN 12",
            ),
            Finding::InnChecksum => (
                "Контрольная цифра ИНН не сходится — сверьте номер с сайтом или документами организации",
                "The INN check digit does not match — compare it with the organisation's documents",
            ),
            Finding::OgrnLength => (
                "ОГРН — 13 цифр, ОГРНИП — 15 цифр",
                "OGRN has 13 digits, OGRNIP 15",
            ),
            Finding::OgrnChecksum => (
                "Контрольная цифра ОГРН не сходится — сверьте номер с документами организации",
                "The OGRN check digit does not match — compare it with the organisation's documents",
            ),
            Finding::PostalIndex => (
                "Почтовый индекс — 6 цифр, первая не ноль, например 156005",
                "A postcode is 6 digits, not starting with 0, for example 156005",
            ),
            Finding::Phone => (
                "Введите номер телефона из 10 цифр после +7 или 8, например +7 912 345-67-89",
                "Enter a phone number of 10 digits after +7 or 8, for example +7 912 345-67-89",
            ),
            Finding::Email => (
                "Адрес электронной почты должен выглядеть как name@example.ru",
                "An e-mail address looks like name@example.ru",
            ),
        };
        if ru { r } else { e }.to_string()
    }
}

pub static RU: Strings = Strings {
    app_name: "Жалоба по ОМС",
    start_title: "Составить жалобу по полису ОМС",
    start_lead: "Ответьте на несколько вопросов о том, что случилось, — и получите готовую жалобу, которую останется подписать и передать в страховую компанию или клинику.",
    start_need_title: "Что понадобится",
    start_need: [
        "номер полиса ОМС (16 цифр) и название вашей страховой компании",
        "название и адрес клиники",
        "даты: когда выдали направление, когда отказали или на когда предложили запись",
        "чеки и договоры, если вы платили",
    ],
    privacy: "Всё, что вы вводите, остаётся на этом устройстве: ничего не отправляется на сервер.",
    start_button: "Начать",
    category_title: "Что случилось?",
    category_hint: "Выберите то, что ближе всего к вашей ситуации.",
    step_of: "Шаг {n} из {m}",
    continue_button: "Продолжить",
    continue_anyway: "Продолжить",
    back: "Назад",
    optional: "(необязательно)",
    day: "День",
    month: "Месяц",
    year: "Год",
    clinic_title: "В какой клинике это произошло?",
    insurer_title: "Ваша страховая компания по ОМС",
    insurer_hint: "Её название указано в полисе или в выписке о полисе на Госуслугах.",
    applicant_title: "Ваши данные для ответа",
    check_title: "Проверьте ответы",
    who_title: "Кто подаёт жалобу?",
    relations: [
        "Я сам(а) — помощь была нужна мне",
        "Родитель — помощь была нужна моему ребёнку",
        "Опекун или попечитель",
        "Представитель по доверенности",
        "Родственник умершего пациента",
    ],
    patient_title: "Данные пациента",
    patient_hint: "Того, кому была нужна медицинская помощь. Основание — документ, который даёт право действовать за пациента: свидетельство о рождении, решение об опеке, доверенность, документы о родстве.",
    exit_lead: "Это не вопрос обязательного медицинского страхования. Куда обратиться:",
    source: "Источник:",
    change: "Изменить",
    not_provided: "Не указано",
    preview_title: "Текст жалобы",
    download_txt: "Скачать текст (TXT)",
    download_docx: "Скачать для Word (DOCX)",
    download_pdf: "Скачать PDF для печати",
    print: "Распечатать",
    file_failed: "Файл не получился. Попробуйте ещё раз или скачайте текст (TXT) — в нём то же письмо.",
    download_ics: "Напоминание о сроке ответа (.ics)",
    document: "Документ",
    missing_title: "Чтобы жалобу рассмотрели, в ней должны быть:",
    error_summary_title: "Есть ошибки",
    error_prefix: "Ошибка: ",
    gender_female: "в женском роде (обратилась)",
    gender_male: "в мужском роде (обратился)",
    gender_unset: "не указывать",
    waiting_violated: "Срок ожидания нарушен",
    waiting_ok: "Срок ожидания пока не нарушен",
    waiting_unconfirmed: "Срок для этого года не подтверждён источниками — в жалобе он не будет указан числом",
    provisional_calendar: "Даты рассчитаны по календарю, который ещё не утверждён официально",
    addressee_title: "Кому отправить",
    answer_due: "Ответ должны дать не позднее",
    attach_title: "Что приложить",
    organisation_contacts: "Вопросы по полису и медицинской помощи —",
    config_problem: "Форма жалобы на этом сайте настроена с ошибкой и не может работать. Сообщите об этом владельцу сайта. Подробности для разработчиков:",
    attach_note: "Эти копии перечислены в письме как приложения. Оригиналы оставьте у себя.",
    device_title: "Ваши ответы",
    keep_label: "Сохранять ответы на этом устройстве",
    keep_hint: "Ответы останутся в этом браузере, пока вы их не удалите, и вернутся, если закрыть и снова открыть страницу. Не включайте на чужом или общем компьютере.",
    keep_on: "Ответы сохраняются на этом устройстве.",
    keep_failed: "Браузер не разрешает сохранять данные на этом устройстве. Сохраните ответы в файл.",
    delete_all: "Удалить всё с этого устройства",
    deleted: "Все ответы удалены с этого устройства.",
    transfer_title: "Сохранить ответы в файл или загрузить из файла",
    export_passphrase: "Пароль для файла",
    export_passphrase_hint: "Если задать пароль, файл будет зашифрован и без пароля его не прочитать. Пароль нигде не сохраняется: забытый пароль восстановить нельзя.",
    export_button: "Сохранить ответы в файл",
    exported: "Файл с ответами сохранён. В нём ваши личные данные — храните его как документ.",
    encrypt_failed: "Браузер не смог зашифровать файл. Сохраните его без пароля или откройте страницу в другом браузере.",
    import_label: "Загрузить ответы из файла",
    import_hint: "Файл .json, сохранённый кнопкой «Сохранить ответы в файл». Ответы, введённые сейчас, будут заменены.",
    import_passphrase: "Пароль от файла",
    import_open: "Открыть файл",
    imported: "Ответы загружены из файла.",
    read_failed: "Не удалось прочитать файл. Выберите его ещё раз.",
    unchanged: "Ваши текущие ответы не изменены.",
    passphrase_required: "Введите пароль, с которым сохраняли файл",
    what_next_title: "Что делать дальше",
    hand_in_title: "Как подать жалобу",
    reminder_hint: "Скачайте напоминание (.ics), и календарь на телефоне или компьютере напомнит о сроке.",
    downloads_blocked: "Скачать можно будет, когда в жалобе будет всё необходимое (список выше).",
    load_not_json: "Это не файл с ответами: в нём нет данных в формате JSON. Выберите файл .json, сохранённый этой программой.",
    load_foreign: "В этом файле не ответы для жалобы. Выберите файл, сохранённый кнопкой «Сохранить ответы в файл».",
    load_newer: "Файл сохранён более новой версией программы (формат {v}). Откройте его в новой версии.",
    load_damaged: "Файл повреждён: не читается поле «{field}».",
    load_unknown_cipher: "Файл зашифрован способом, который эта версия программы не знает.",
    load_wrong_passphrase: "Пароль не подходит к этому файлу. Проверьте раскладку клавиатуры и Caps Lock и введите пароль ещё раз.",
};

pub static EN: Strings = Strings {
    app_name: "OMS complaint",
    start_title: "Write a complaint under your OMS policy",
    start_lead: "Answer a few questions about what happened and get a ready complaint (in Russian) to sign and hand to your insurer or clinic.",
    start_need_title: "What you will need",
    start_need: [
        "your OMS policy number (16 digits) and your insurer's name",
        "the clinic's name and address",
        "dates: the referral, the refusal or the appointment offered",
        "receipts and contracts, if you paid",
    ],
    privacy: "Everything you type stays on this device: nothing is sent to a server.",
    start_button: "Start",
    category_title: "What happened?",
    category_hint: "Choose what is closest to your situation.",
    step_of: "Step {n} of {m}",
    continue_button: "Continue",
    continue_anyway: "Continue",
    back: "Back",
    optional: "(optional)",
    day: "Day",
    month: "Month",
    year: "Year",
    clinic_title: "Which clinic was it?",
    insurer_title: "Your OMS insurer",
    insurer_hint: "Its name is on your policy or in the policy extract on Gosuslugi.",
    applicant_title: "Your details for the reply",
    check_title: "Check your answers",
    who_title: "Who is complaining?",
    relations: [
        "Me — I needed the care",
        "A parent — my child needed the care",
        "A guardian or custodian",
        "A representative with a power of attorney",
        "A relative of a patient who has died",
    ],
    patient_title: "The patient's details",
    patient_hint: "The person who needed the care. The basis is the document that lets you act for them: birth certificate, guardianship decision, power of attorney, proof of kinship.",
    exit_lead: "This is not a matter for compulsory medical insurance. Where to go:",
    source: "Source:",
    change: "Change",
    not_provided: "Not provided",
    preview_title: "The complaint",
    download_txt: "Download as text (TXT)",
    download_docx: "Download for Word (DOCX)",
    download_pdf: "Download PDF to print",
    print: "Print",
    file_failed: "The file could not be made. Try again, or download the text (TXT) — same letter.",
    download_ics: "Reminder of the answer date (.ics)",
    document: "Document",
    missing_title: "For the complaint to be considered it must contain:",
    error_summary_title: "There is a problem",
    error_prefix: "Error: ",
    gender_female: "feminine forms",
    gender_male: "masculine forms",
    gender_unset: "do not specify",
    waiting_violated: "The waiting time has been exceeded",
    waiting_ok: "The waiting time has not been exceeded yet",
    waiting_unconfirmed: "This year's limit is not confirmed by our sources — the letter will not state it as a number",
    provisional_calendar: "Dates are computed on a calendar that is not yet official",
    addressee_title: "Where to send it",
    answer_due: "The answer is due by",
    attach_title: "What to attach",
    organisation_contacts: "Questions about your policy or care —",
    config_problem: "The complaint form on this site is misconfigured and cannot work. Please tell the site's owner. Details for developers:",
    attach_note: "The letter lists these copies as attachments, in Russian as below. Keep the originals.",
    device_title: "Your answers",
    keep_label: "Keep my answers on this device",
    keep_hint: "Your answers stay in this browser until you delete them and come back if you close and reopen the page. Do not turn this on at a shared or public computer.",
    keep_on: "Your answers are being kept on this device.",
    keep_failed: "This browser does not allow keeping data on this device. Save your answers to a file instead.",
    delete_all: "Delete everything from this device",
    deleted: "All answers have been deleted from this device.",
    transfer_title: "Save answers to a file or load them from one",
    export_passphrase: "Password for the file",
    export_passphrase_hint: "With a password the file is encrypted and cannot be read without it. The password is not stored anywhere: a forgotten password cannot be recovered.",
    export_button: "Save answers to a file",
    exported: "The answers file has been saved. It holds your personal data — keep it like a document.",
    encrypt_failed: "The browser could not encrypt the file. Save it without a password or use another browser.",
    import_label: "Load answers from a file",
    import_hint: "A .json file saved with “Save answers to a file”. The answers you have typed now will be replaced.",
    import_passphrase: "The file's password",
    import_open: "Open the file",
    imported: "The answers have been loaded from the file.",
    read_failed: "The file could not be read. Choose it again.",
    unchanged: "Your current answers have not changed.",
    passphrase_required: "Enter the password the file was saved with",
    what_next_title: "What to do next",
    hand_in_title: "How to hand in the complaint",
    reminder_hint: "Download the reminder (.ics) and your phone or computer calendar will remind you of the date.",
    downloads_blocked: "You can download once the complaint has everything it needs (see the list above).",
    load_not_json: "This is not an answers file: it holds no JSON data. Choose a .json file saved by this tool.",
    load_foreign: "This file does not hold answers for a complaint. Choose a file saved with “Save answers to a file”.",
    load_newer: "The file was saved by a newer version of this tool (format {v}). Open it in the newer version.",
    load_damaged: "The file is damaged: the field “{field}” cannot be read.",
    load_unknown_cipher: "The file is encrypted in a way this version does not know.",
    load_wrong_passphrase: "The password does not open this file. Check the keyboard layout and Caps Lock and enter it again.",
};
