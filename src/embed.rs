//! What a host page may configure, and what the widget tells the host.
//! Plain Rust: the options are parsed and checked here (and tested
//! natively); `web::mount` applies them. See EMBEDDING.md for the host's view.
//!
//! Events carry no personal data: their payloads are built only here, from
//! step numbers, category ids, format names and the widget's height.

use crate::domain::catalog::content;
use crate::i18n::Lang;
use serde::Deserialize;

/// The host's options as JSON (`Zhaloba.mount(el, options)` or data attributes).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawConfig {
    lang: Option<String>,
    organisation: Option<RawOrganisation>,
    region: Option<String>,
    categories: Option<Vec<String>>,
    theme: Option<RawTheme>,
    logo: Option<String>,
    /// Set by the loader: the host page's origin, the only target of
    /// postMessage events from an iframe.
    parent_origin: Option<String>,
    /// Set by the loader: where the widget's files live (ends in `/`).
    assets: Option<String>,
    /// Set by the single-file build: a blob: URL of the files worker.
    worker: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct RawOrganisation {
    name: Option<String>,
    branch: Option<String>,
    address: Option<String>,
    hotline: Option<String>,
    website: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct RawTheme {
    accent: Option<String>,
    font: Option<String>,
    radius: Option<String>,
}

type KeySet = std::collections::BTreeMap<String, serde::de::IgnoredAny>;

/// The option names inside the two nested options, to name unknown ones.
/// (No `#[serde(flatten)]`: it costs kilobytes of wasm.)
#[derive(Deserialize)]
struct NestedKeys {
    organisation: Option<KeySet>,
    theme: Option<KeySet>,
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
    pub parent_origin: Option<String>,
    pub assets: Option<String>,
    pub worker: Option<String>,
}

/// One thing wrong with the options, said for the host's developer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// Line and column of the syntax error.
    NotJson(usize, usize),
    /// An option this version does not know (a typo, usually).
    Option(String),
    /// Line and column where a value has the wrong type.
    Type(usize, usize),
    Language(String),
    UnknownCategory(String),
    NoCategories,
    Colour(String),
    Font(String),
    Radius(String),
    Logo(String),
    Origin(String),
    Website(String),
    TooLong(&'static str),
}

impl ConfigError {
    pub fn message(&self) -> String {
        match self {
            ConfigError::NotJson(line, col) => {
                format!("options are not valid JSON (line {line}, column {col})")
            }
            ConfigError::Option(name) => format!("unknown option \"{name}\""),
            ConfigError::Type(line, col) => format!(
                "an option has the wrong type (line {line}, column {col}); see EMBEDDING.md"
            ),
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
            ConfigError::TooLong(field) => format!("{field}: longer than 300 characters"),
        }
    }
}

fn known_categories() -> Vec<&'static str> {
    let c = content();
    c.categories
        .iter()
        .map(|c| c.id.as_str())
        .chain(c.exits.iter().map(|e| e.id.as_str()))
        .collect()
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
    let frac: u32 = format!("{fraction:0<2}")[..2].parse().unwrap_or(0);
    (whole * 100 + frac) * px_per_unit <= 3200
}

fn logo_ok(v: &str) -> bool {
    let v = v.trim();
    let image = ["png", "jpeg", "gif", "webp", "svg+xml"]
        .iter()
        .any(|t| v.starts_with(&format!("data:image/{t};base64,")));
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

/// Parses the host's options. Every problem is reported, not just the first.
pub fn parse(json: &str) -> Result<Config, Vec<ConfigError>> {
    let json = json.trim();
    if json.is_empty() {
        return Ok(Config::default());
    }
    // Unknown options are named (a typo must not pass silently): first the
    // keys, then the values. No serde messages: they would pull float
    // formatting into the wasm.
    const OPTIONS: [&str; 9] = [
        "lang",
        "organisation",
        "region",
        "categories",
        "theme",
        "logo",
        "parentOrigin",
        "assets",
        "worker",
    ];
    const ORGANISATION: [&str; 5] = ["name", "branch", "address", "hotline", "website"];
    const THEME: [&str; 3] = ["accent", "font", "radius"];
    let top: KeySet = serde_json::from_str(json).map_err(|e| {
        vec![if e.is_syntax() || e.is_eof() {
            ConfigError::NotJson(e.line(), e.column())
        } else {
            ConfigError::Type(e.line(), e.column())
        }]
    })?;
    let nested: NestedKeys =
        serde_json::from_str(json).map_err(|e| vec![ConfigError::Type(e.line(), e.column())])?;
    let mut unknown: Vec<ConfigError> = top
        .keys()
        .filter(|k| !OPTIONS.contains(&k.as_str()))
        .map(|k| ConfigError::Option(k.clone()))
        .collect();
    for (section, known, map) in [
        ("organisation", &ORGANISATION[..], &nested.organisation),
        ("theme", &THEME[..], &nested.theme),
    ] {
        unknown.extend(
            map.iter()
                .flat_map(|m| m.keys())
                .filter(|k| !known.contains(&k.as_str()))
                .map(|k| ConfigError::Option(format!("{section}.{k}"))),
        );
    }
    if !unknown.is_empty() {
        return Err(unknown);
    }
    let raw: RawConfig =
        serde_json::from_str(json).map_err(|e| vec![ConfigError::Type(e.line(), e.column())])?;
    let mut errors = Vec::new();
    let mut config = Config::default();
    let mut text = |field: &'static str, v: Option<String>| -> String {
        let v = v.unwrap_or_default().trim().to_string();
        if v.chars().count() > 300 {
            errors.push(ConfigError::TooLong(field));
        }
        v
    };
    if let Some(o) = raw.organisation {
        let org = Organisation {
            name: text("organisation.name", o.name),
            branch: text("organisation.branch", o.branch),
            address: text("organisation.address", o.address),
            hotline: text("organisation.hotline", o.hotline),
            website: text("organisation.website", o.website),
        };
        config.organisation = Some(org);
    }
    config.region = Some(text("region", raw.region)).filter(|r| !r.is_empty());
    if let Some(org) = &config.organisation {
        if !org.website.is_empty() && !org.website.starts_with("https://") {
            errors.push(ConfigError::Website(org.website.clone()));
        }
    }
    if let Some(l) = raw.lang {
        match Lang::parse(&l) {
            Some(lang) => config.lang = lang,
            None => errors.push(ConfigError::Language(l)),
        }
    }
    if let Some(list) = raw.categories {
        if list.is_empty() {
            errors.push(ConfigError::NoCategories);
        }
        let known = known_categories();
        for c in &list {
            if !known.contains(&c.as_str()) {
                errors.push(ConfigError::UnknownCategory(c.clone()));
            }
        }
        config.categories = Some(list);
    }
    if let Some(t) = raw.theme {
        if let Some(v) = t.accent {
            if colour_ok(&v) {
                config.theme.push(("--zh-accent", v.trim().to_string()));
            } else {
                errors.push(ConfigError::Colour(v));
            }
        }
        if let Some(v) = t.font {
            if font_ok(&v) {
                config.theme.push(("--zh-font", v.trim().to_string()));
            } else {
                errors.push(ConfigError::Font(v));
            }
        }
        if let Some(v) = t.radius {
            if radius_ok(&v) {
                config.theme.push(("--zh-radius", v.trim().to_string()));
            } else {
                errors.push(ConfigError::Radius(v));
            }
        }
    }
    if let Some(l) = raw.logo {
        if logo_ok(&l) {
            config.logo = Some(l.trim().to_string());
        } else {
            errors.push(ConfigError::Logo(l));
        }
    }
    if let Some(o) = raw.parent_origin {
        if origin_ok(&o) {
            config.parent_origin = Some(o);
        } else {
            errors.push(ConfigError::Origin(o));
        }
    }
    config.assets = raw.assets.filter(|a| !a.is_empty());
    config.worker = raw.worker.filter(|w| w.starts_with("blob:"));
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

/// Something the host may want to know. Only these four, only these fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Ready,
    /// 1-based step number, the number of steps, the category id ("" before one is chosen).
    Step {
        index: usize,
        total: usize,
        category: String,
    },
    /// A file was made: `txt`, `docx`, `pdf`, `ics` or `print`.
    Document {
        format: &'static str,
    },
    /// The widget's height in CSS pixels.
    Resize {
        height: u32,
    },
}

impl Event {
    pub fn name(&self) -> &'static str {
        match self {
            Event::Ready => "ready",
            Event::Step { .. } => "step",
            Event::Document { .. } => "document",
            Event::Resize { .. } => "resize",
        }
    }

    /// The event's payload as JSON: ids and numbers, never an answer.
    pub fn detail_json(&self) -> String {
        match self {
            Event::Ready => "{}".into(),
            Event::Step {
                index,
                total,
                category,
            } => {
                // Category ids come from our own content, but a restored case
                // could hold anything: only a known id is ever sent.
                let category = if known_categories().contains(&category.as_str()) {
                    category.as_str()
                } else {
                    ""
                };
                format!(r#"{{"index":{index},"total":{total},"category":"{category}"}}"#)
            }
            Event::Document { format } => format!(r#"{{"format":"{format}"}}"#),
            Event::Resize { height } => format!(r#"{{"height":{height}}}"#),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_options_is_a_valid_configuration() {
        assert_eq!(parse(""), Ok(Config::default()));
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
        assert!(matches!(
            parse("{lang: ru}").unwrap_err()[0],
            ConfigError::NotJson(1, 2)
        ));
        assert_eq!(
            parse(r#"{"theme": {"color": "red"}}"#).unwrap_err(),
            [ConfigError::Option("theme.color".into())]
        );
        assert!(matches!(
            parse(r#"{"categories": "waiting-time"}"#).unwrap_err()[0],
            ConfigError::Type(1, _)
        ));
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

    #[test]
    fn events_carry_only_their_keys() {
        assert_eq!(Event::Ready.detail_json(), "{}");
        assert_eq!(
            Event::Step {
                index: 3,
                total: 13,
                category: "waiting-time".into()
            }
            .detail_json(),
            r#"{"index":3,"total":13,"category":"waiting-time"}"#
        );
        // An unknown "category" (a restored file could hold any text) is never sent.
        assert_eq!(
            Event::Step {
                index: 1,
                total: 2,
                category: "Иванова, диагноз".into()
            }
            .detail_json(),
            r#"{"index":1,"total":2,"category":""}"#
        );
        assert_eq!(
            Event::Document { format: "pdf" }.detail_json(),
            r#"{"format":"pdf"}"#
        );
        assert_eq!(
            Event::Resize { height: 812 }.detail_json(),
            r#"{"height":812}"#
        );
    }
}
