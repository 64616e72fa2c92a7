//! What a host page may configure: one table of the options ([`OPTIONS`]:
//! name, tag attribute, kind, check, where it lands), from which the
//! loader's attribute list, its own keys and the types are written
//! (`tests/host_api.rs`). The options are checked here (and tested
//! natively); `mount` applies them. See EMBEDDING.md. The loader (or the
//! page's first-paint.js) hands them over flat (`theme.accent` =
//! "#0b5cad"), so no JSON parser is needed for them.

use super::Meta;
use crate::domain::content::content;
use crate::i18n::Lang;

/// One option as the host gave it: its path and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// `lang`, `organisation.name`, `theme.accent`, …
    pub path: String,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    /// A list of texts.
    List(Vec<String>),
    /// Anything else (a number, a list of non-texts, null): always a type error.
    Other,
}

/// The insurer (or fund) whose site hosts the widget.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Organisation {
    pub name: String,
    pub branch: String,
    /// Postal address for the «Кому» block.
    pub address: String,
    pub hotline: String,
    pub website: String,
    /// Where letters to the organisation may be e-mailed (the «Написать
    /// письмо» link).
    pub email: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub lang: Lang,
    pub organisation: Option<Organisation>,
    pub region: Option<String>,
    /// Category (and exit) ids to offer, in this order; `None` = all.
    pub categories: Option<Vec<String>>,
    /// CSS custom properties to set on the widget: (`--zh-accent`, `#0b5cad`).
    pub theme: Vec<(&'static str, String)>,
    pub logo: Option<String>,
    /// Set by the loader: the host page's origin, the only target of
    /// postMessage events from an iframe.
    pub parent_origin: Option<String>,
    /// Set by the loader (or the page's boot script): where the widget's
    /// files live (ends in `/`); read through [`Config::assets`].
    pub assets: Option<String>,
    /// Set by the single-file build: a blob: URL of the files worker.
    pub worker: Option<String>,
}

impl Config {
    /// Where the widget's files live: as the loader said, else beside the page.
    pub fn assets(&self) -> &str {
        self.assets.as_deref().unwrap_or("./")
    }
}

/// One thing wrong with the options, said for the host's developer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// An option this version does not know (a typo, usually).
    Option(String),
    /// An option given as the wrong kind of value (a list for a text…).
    Type(String),
    Language(String),
    UnknownCategory(String),
    NoCategories,
    Colour(String),
    Font(String),
    Radius(String),
    Logo(String),
    Origin(String),
    Website(String),
    Email(String),
    TooLong(&'static str),
}

impl ConfigError {
    pub fn message(&self) -> String {
        match self {
            ConfigError::Option(name) => format!("unknown option \"{name}\""),
            ConfigError::Type(name) => {
                format!("option \"{name}\" has the wrong type; see EMBEDDING.md")
            }
            ConfigError::Language(l) => format!("lang \"{l}\": use \"ru\" or \"en\""),
            ConfigError::UnknownCategory(c) => format!(
                "categories: no category \"{c}\" (known: {})",
                known_categories().join(", ")
            ),
            ConfigError::NoCategories => "categories: the list is empty".into(),
            ConfigError::Colour(c) => {
                format!("theme.accent \"{c}\": use #rgb, #rrggbb or rgb(r, g, b)")
            }
            ConfigError::Font(f) => format!(
                "theme.font \"{f}\": a font-family list (letters, digits, spaces, commas, quotes, hyphens)"
            ),
            ConfigError::Radius(r) => {
                format!("theme.radius \"{r}\": a length from 0 to 32px, e.g. \"4px\" or \"0.5rem\"")
            }
            ConfigError::Logo(l) => format!(
                "logo \"{}\": an image path on your own site (\"/img/logo.svg\") or a data:image URL",
                l.chars().take(60).collect::<String>()
            ),
            ConfigError::Origin(o) => format!("parentOrigin \"{o}\" is not an origin"),
            ConfigError::Website(w) => {
                format!("organisation.website \"{w}\": an https:// address")
            }
            ConfigError::Email(e) => {
                format!("organisation.email \"{e}\": an e-mail address, name@example.ru")
            }
            ConfigError::TooLong(field) => format!("{field}: longer than 300 characters"),
        }
    }
}

fn known_categories() -> Vec<&'static str> {
    content().known_ids().collect()
}

fn colour_ok(v: &str) -> bool {
    let v = v.trim();
    if let Some(hex) = v.strip_prefix('#') {
        return matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit());
    }
    if let Some(inner) = v.strip_prefix("rgb(").and_then(|r| r.strip_suffix(')')) {
        let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
        return parts.len() == 3 && parts.iter().all(|p| p.parse::<u8>().is_ok());
    }
    false
}

fn font_ok(v: &str) -> bool {
    !v.trim().is_empty()
        && v.len() <= 200
        && v.chars()
            .all(|c| c.is_alphanumeric() || " ,-'\"".contains(c))
}

/// A length from 0 to 32px: `0`, `12px`, `0.5rem`, `1em` (1rem = 16px).
/// Parsed by hand: float parsing would add kilobytes to the wasm.
fn radius_ok(v: &str) -> bool {
    let v = v.trim();
    if v == "0" {
        return true;
    }
    let (number, px_per_unit) = if let Some(n) = v.strip_suffix("px") {
        (n, 1)
    } else if let Some(n) = v.strip_suffix("rem").or_else(|| v.strip_suffix("em")) {
        (n, 16)
    } else {
        return false;
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty()
        || whole.len() > 3
        || fraction.len() > 3
        || !digits(whole)
        || !digits(fraction)
    {
        return false;
    }
    // Hundredths of a pixel, compared with 32px.
    let whole: u32 = whole.parse().unwrap_or(u32::MAX / 1000);
    // The first two digits of the fraction, a missing one as 0.
    let mut tenths = fraction.bytes().map(|d| u32::from(d - b'0'));
    let frac = tenths.next().unwrap_or(0) * 10 + tenths.next().unwrap_or(0);
    (whole * 100 + frac) * px_per_unit <= 3200
}

fn logo_ok(v: &str) -> bool {
    let v = v.trim();
    let image = v
        .strip_prefix("data:image/")
        .and_then(|t| t.split_once(";base64,"))
        .is_some_and(|(t, _)| ["png", "jpeg", "gif", "webp", "svg+xml"].contains(&t));
    // A path on the host's own site: no scheme, no other host.
    let path =
        v.starts_with('/') && !v.starts_with("//") && !v.contains(['"', '\'', '<', '>', ' ']);
    image || path
}

fn origin_ok(v: &str) -> bool {
    let rest = v
        .strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"));
    rest.is_some_and(|host| {
        !host.is_empty()
            && !host.contains(['/', '?', '#', '@', ' '])
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
    }) || v == "null"
}

/// How an option's value is written (the host's script, the tag's
/// attribute, the types in `npm/index.d.ts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// One of these texts.
    OneOf(&'static [&'static str]),
    /// Category ids, in the order to offer them (comma-separated in the tag).
    Categories,
    /// `true` or `false` (`data-…="true"` in the tag).
    Flag,
}

/// Where a checked value goes.
#[derive(Clone, Copy)]
pub enum Set {
    Text(fn(&mut Config, String, &mut Vec<ConfigError>)),
    /// A text of at most 300 characters (it goes into the letter or onto the page).
    Short(fn(&mut Config, String, &mut Vec<ConfigError>)),
    List(fn(&mut Config, Vec<String>, &mut Vec<ConfigError>)),
}

/// Where an option lands.
#[derive(Clone, Copy)]
pub enum Lands {
    /// The loader's own (how and where the widget runs): never handed to
    /// the widget. `fixed`: `update()` cannot change it.
    Loader { fixed: bool },
    /// The widget's: checked, then set on [`Config`].
    Widget(Set),
    /// Given by the loader or the page itself, not by the host: checked, then set.
    Given(Set),
}

/// One host option: one row of [`OPTIONS`].
#[derive(Clone, Copy)]
pub struct HostOption {
    /// As the host's script writes it; a dot for a group: `theme.accent` is
    /// `theme: { accent }`. The widget is handed these flat names.
    pub name: &'static str,
    /// Whether the loader's tag has an attribute for it, `data-` and the
    /// name in kebab case (`data-theme-accent`, `data-same-origin`).
    pub tag: Meta<bool>,
    pub kind: Meta<Kind>,
    pub lands: Lands,
    /// For `npm/index.d.ts`.
    pub doc: Meta<&'static str>,
}

impl HostOption {
    /// The tag's attribute: `data-organisation-name`, `data-same-origin`.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn attribute(&self) -> Option<String> {
        let mut a = String::from("data-");
        for c in self.name.chars() {
            match c {
                '.' => a.push('-'),
                c if c.is_ascii_uppercase() => {
                    a.push('-');
                    a.push(c.to_ascii_lowercase());
                }
                c => a.push(c),
            }
        }
        self.tag.then_some(a)
    }

    /// Whether a host gives it (the guides and the types show it).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn public(&self) -> bool {
        !matches!(self.lands, Lands::Given(_))
    }
}

/// The groups of options (`organisation.*`, `theme.*`) as the types name them.
#[cfg(not(target_arch = "wasm32"))]
pub const GROUPS: [(&str, &str, &str); 2] = [
    (
        "organisation",
        "Organisation",
        "Your company: prefills the insurer step and the «Кому» block; contacts on the start page.",
    ),
    (
        "theme",
        "Theme",
        "Checked strictly (they end up in CSS): `#rgb`, `#rrggbb` or `rgb()`; a radius up to 32px.",
    ),
];

fn organisation(c: &mut Config) -> &mut Organisation {
    c.organisation.get_or_insert_with(Organisation::default)
}

fn theme(
    c: &mut Config,
    errors: &mut Vec<ConfigError>,
    property: &'static str,
    v: String,
    ok: fn(&str) -> bool,
    error: fn(String) -> ConfigError,
) {
    if ok(&v) {
        c.theme.push((property, v));
    } else {
        errors.push(error(v));
    }
}

/// Every option there is, in the order the guides and the types list them:
/// the loader, the types (`npm/index.d.ts`) and the guides follow this
/// table (`tests/host_api.rs` writes and checks them).
#[rustfmt::skip]
pub static OPTIONS: [HostOption; 20] = [
    HostOption { name: "mode", tag: meta!(true), kind: meta!(Kind::OneOf(&["iframe", "inline"])), lands: Lands::Loader { fixed: true },
        doc: meta!("`iframe` (default): the widget on its own origin, out of your scripts' reach. `inline`: a shadow root in your page.") },
    HostOption { name: "lang", tag: meta!(true), kind: meta!(Kind::OneOf(&["ru", "en"])), lands: Lands::Widget(Set::Text(|c, v, e| match Lang::parse(&v) {
            Some(lang) => c.lang = lang,
            None => e.push(ConfigError::Language(v)),
        })),
        doc: meta!("The interface language; the letter is always Russian.") },
    HostOption { name: "organisation.name", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Short(|c, v, _| organisation(c).name = v)), doc: meta!("") },
    HostOption { name: "organisation.branch", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Short(|c, v, _| organisation(c).branch = v)), doc: meta!("") },
    HostOption { name: "organisation.address", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Short(|c, v, _| organisation(c).address = v)), doc: meta!("") },
    HostOption { name: "organisation.hotline", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Short(|c, v, _| organisation(c).hotline = v)), doc: meta!("") },
    HostOption { name: "organisation.website", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Short(|c, v, e| {
            if !v.is_empty() && !v.starts_with("https://") {
                e.push(ConfigError::Website(v.clone()));
            }
            organisation(c).website = v;
        })),
        doc: meta!("An https:// address.") },
    HostOption { name: "organisation.email", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Short(|c, v, e| {
            if !v.is_empty() && crate::domain::ids::check_email(&v).is_some() {
                e.push(ConfigError::Email(v.clone()));
            }
            organisation(c).email = v;
        })),
        doc: meta!("«Написать письмо» addresses letters to the insurer here.") },
    HostOption { name: "region", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Short(|c, v, _| c.region = Some(v).filter(|r| !r.is_empty()))),
        doc: meta!("A fund's portal fixes its region.") },
    HostOption { name: "categories", tag: meta!(true), kind: meta!(Kind::Categories), lands: Lands::Widget(Set::List(|c, list, e| {
            check_categories(&list, e);
            c.categories = Some(list);
        })),
        doc: meta!("Which categories to offer, in this order (default: all).") },
    HostOption { name: "theme.accent", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Text(|c, v, e| theme(c, e, "--zh-accent", v, colour_ok, ConfigError::Colour))), doc: meta!("") },
    HostOption { name: "theme.font", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Text(|c, v, e| theme(c, e, "--zh-font", v, font_ok, ConfigError::Font))), doc: meta!("") },
    HostOption { name: "theme.radius", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Text(|c, v, e| theme(c, e, "--zh-radius", v, radius_ok, ConfigError::Radius))), doc: meta!("") },
    HostOption { name: "logo", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Widget(Set::Text(|c, v, e| if logo_ok(&v) { c.logo = Some(v) } else { e.push(ConfigError::Logo(v)) })),
        doc: meta!("A path on your own site, or a data: URL.") },
    HostOption { name: "title", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Loader { fixed: false },
        doc: meta!("The iframe's accessible name.") },
    HostOption { name: "base", tag: meta!(true), kind: meta!(Kind::Text), lands: Lands::Loader { fixed: true },
        doc: meta!("Where the widget's files are (the folder with index.html), ending in `/`.") },
    HostOption { name: "sameOrigin", tag: meta!(true), kind: meta!(Kind::Flag), lands: Lands::Loader { fixed: true },
        doc: meta!("Allow iframe mode on your page's own origin (your page could then read the frame).") },
    // The loader's, the page's and the single file's, for the widget.
    HostOption { name: "parentOrigin", tag: meta!(false), kind: meta!(Kind::Text), lands: Lands::Given(Set::Text(|c, v, e| if origin_ok(&v) { c.parent_origin = Some(v) } else { e.push(ConfigError::Origin(v)) })),
        doc: meta!("The host page's origin (iframe mode).") },
    HostOption { name: "assets", tag: meta!(false), kind: meta!(Kind::Text), lands: Lands::Given(Set::Text(|c, v, _| c.assets = Some(v).filter(|a| !a.is_empty()))),
        doc: meta!("Where the widget's files are.") },
    HostOption { name: "worker", tag: meta!(false), kind: meta!(Kind::Text), lands: Lands::Given(Set::Text(|c, v, _| c.worker = Some(v).filter(|w| w.starts_with("blob:")))),
        doc: meta!("The files worker as a blob: URL (the single file).") },
];

/// Checks the host's options. Every problem is reported, not just the first.
pub fn parse(entries: &[Entry]) -> Result<Config, Vec<ConfigError>> {
    let widget = |e: &Entry| {
        OPTIONS.iter().find_map(|o| match o.lands {
            Lands::Widget(set) | Lands::Given(set) if o.name == e.path => Some((o, set)),
            _ => None,
        })
    };
    let mut errors: Vec<ConfigError> = entries
        .iter()
        .filter(|e| widget(e).is_none())
        .map(|e| ConfigError::Option(e.path.clone()))
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut config = Config::default();
    for (e, (option, set)) in entries.iter().filter_map(|e| Some((e, widget(e)?))) {
        match (set, &e.value) {
            (Set::List(set), Value::List(list)) => set(&mut config, list.clone(), &mut errors),
            (Set::Text(set), Value::Text(text)) => {
                set(&mut config, text.trim().into(), &mut errors)
            }
            (Set::Short(set), Value::Text(text)) => {
                let text = text.trim().to_string();
                if text.chars().count() > 300 {
                    errors.push(ConfigError::TooLong(option.name));
                }
                set(&mut config, text, &mut errors);
            }
            _ => errors.push(ConfigError::Type(e.path.clone())),
        }
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

fn check_categories(list: &[String], errors: &mut Vec<ConfigError>) {
    if list.is_empty() {
        errors.push(ConfigError::NoCategories);
    }
    let known = known_categories();
    for c in list {
        if !known.contains(&c.as_str()) {
            errors.push(ConfigError::UnknownCategory(c.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The entries a page makes of an options object (as `web::host` does).
    fn entries(json: &str) -> Vec<Entry> {
        fn walk(prefix: &str, v: &serde_json::Value, out: &mut Vec<Entry>) {
            use serde_json::Value as J;
            let value = match v {
                J::Object(map) => {
                    for (k, v) in map {
                        let path = if prefix.is_empty() {
                            k.clone()
                        } else {
                            format!("{prefix}.{k}")
                        };
                        walk(&path, v, out);
                    }
                    return;
                }
                J::String(s) => Value::Text(s.clone()),
                J::Array(items) if items.iter().all(J::is_string) => Value::List(
                    items
                        .iter()
                        .filter_map(|i| i.as_str().map(str::to_string))
                        .collect(),
                ),
                _ => Value::Other,
            };
            out.push(Entry {
                path: prefix.to_string(),
                value,
            });
        }
        let mut out = Vec::new();
        walk("", &serde_json::from_str(json).unwrap(), &mut out);
        out
    }

    fn parse(json: &str) -> Result<Config, Vec<ConfigError>> {
        super::parse(&entries(json))
    }

    #[test]
    fn no_options_is_a_valid_configuration() {
        assert_eq!(parse("{}"), Ok(Config::default()));
    }

    #[test]
    fn a_full_configuration_is_read() {
        let c = parse(
            r##"{"lang": "en", "region": "Костромская область",
                 "organisation": {"name": "АО «СОГАЗ-Мед»", "branch": "Костромской филиал",
                                  "address": "156000, г. Кострома, ул. Ленина, д. 1",
                                  "hotline": "8 800 100-07-02", "website": "https://sogaz-med.ru"},
                 "categories": ["waiting-time", "paid-care", "change-insurer"],
                 "theme": {"accent": "#006633", "font": "\"PT Sans\", Arial, sans-serif", "radius": "8px"},
                 "logo": "/img/logo.svg", "parentOrigin": "https://www.example.ru"}"##,
        )
        .unwrap();
        assert_eq!(c.lang, Lang::En);
        assert_eq!(c.organisation.unwrap().branch, "Костромской филиал");
        assert_eq!(c.categories.unwrap()[2], "change-insurer");
        assert_eq!(
            c.theme,
            [
                ("--zh-accent", "#006633".to_string()),
                ("--zh-font", "\"PT Sans\", Arial, sans-serif".to_string()),
                ("--zh-radius", "8px".to_string())
            ]
        );
        assert_eq!(c.parent_origin.as_deref(), Some("https://www.example.ru"));
    }

    #[test]
    fn every_problem_is_named() {
        let errors = parse(
            r#"{"lang": "de", "categories": ["waiting", "paid-care"],
                "theme": {"accent": "red; background: url(x)", "font": "x;}", "radius": "100px"},
                "logo": "https://tracker.example.com/pixel.gif", "parentOrigin": "https://a.ru/path",
                "organisation": {"website": "http://x.ru"}}"#,
        )
        .unwrap_err();
        let text: Vec<String> = errors.iter().map(ConfigError::message).collect();
        assert_eq!(errors.len(), 8, "{text:#?}");
        assert!(text.iter().any(|t| t.contains("no category \"waiting\"")));
        assert!(matches!(
            parse(r#"{"colour": "red"}"#).unwrap_err()[0],
            ConfigError::Option(_)
        ));
        assert_eq!(
            parse(r#"{"theme": {"color": "red"}}"#).unwrap_err(),
            [ConfigError::Option("theme.color".into())]
        );
        assert_eq!(
            parse(r#"{"categories": "waiting-time"}"#).unwrap_err(),
            [ConfigError::Type("categories".into())]
        );
        assert_eq!(
            parse(r#"{"lang": 5, "theme": {"radius": ["4px"]}}"#).unwrap_err(),
            [
                ConfigError::Type("lang".into()),
                ConfigError::Type("theme.radius".into())
            ]
        );
        assert_eq!(
            parse(r#"{"categories": []}"#).unwrap_err(),
            [ConfigError::NoCategories]
        );
    }

    #[test]
    fn theme_values_cannot_inject_css() {
        for bad in ["#12345", "#ggg", "rgb(1,2)", "red", "#fff;color:red"] {
            assert!(!colour_ok(bad), "{bad}");
        }
        for good in ["#fff", "#0B5CAD", "rgb(0, 102, 51)"] {
            assert!(colour_ok(good), "{good}");
        }
        assert!(!font_ok("Arial; } * { display: none"));
        assert!(!radius_ok("4px; color: red") && !radius_ok("40px") && !radius_ok("4"));
        assert!(radius_ok("0") && radius_ok("0.5rem") && radius_ok("12px") && radius_ok("2rem"));
        assert!(!radius_ok("2.1rem") && !radius_ok(".5rem") && !radius_ok("1e3px"));
        assert!(!logo_ok("javascript:alert(1)") && !logo_ok("//cdn.example/x.png"));
        assert!(logo_ok("data:image/png;base64,iVBORw0KGgo="));
    }
}
