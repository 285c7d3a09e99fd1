//! The widget's settings, the same for both ways in: the iframe page reads them from its
//! URL query (`?region=mid_city&centre-name=…`), the script mount from the element's
//! `data-*` attributes. A value that is unknown or wrong is ignored with a warning, never
//! a broken widget.

use crate::i18n::{self, Lang};
use rules::places::{self, Place, Resolve};

/// The health centre the visitor applies at, shown under "how to apply".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Centre {
    pub name: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

impl Centre {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.phone.is_none() && self.address.is_none()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub lang: Option<Lang>,
    /// A data year; `None` means the data year of the visitor's date.
    pub year: Option<u16>,
    /// The preselected place (still changeable by the visitor): `region=과천시`.
    pub place: Option<&'static Place>,
    /// A preselected tier id (`region=mid_city`, or 중소도시): used for the years that
    /// have that tier, until the visitor names a place.
    pub tier: Option<String>,
    pub centre: Centre,
    /// For the iframe page: the host page's origin, which alone receives height
    /// messages. Without it the page posts nothing and keeps a fixed height.
    pub parent_origin: Option<String>,
    /// `offline=off`: no service worker (and any earlier one is removed).
    pub offline_off: bool,
    /// The visitor's date in Asia/Seoul, from the device's clock (`dom::seoul_today`);
    /// not a setting. `None` where there is no clock to read (native tests).
    pub today: Option<Today>,
}

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Today {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Today {
    /// "2026-12-06".
    pub fn iso(self) -> String {
        let two = |n: u8| {
            if n < 10 {
                format!("0{n}")
            } else {
                n.to_string()
            }
        };
        format!("{}-{}-{}", self.year, two(self.month), two(self.day))
    }
}

/// The names a setting can be given by. Query strings may use `centre_name` or
/// `centre-name`; `data-*` attributes arrive as `centre-name`.
pub const KEYS: [&str; 8] = [
    "region",
    "centre-name",
    "centre-phone",
    "centre-address",
    "lang",
    "year",
    "parent",
    "offline",
];

impl Config {
    /// Reads settings from name/value pairs. Returns the config and one warning per
    /// value it ignored.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        years: &[u16],
    ) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        for (key, value) in pairs {
            let key = key.trim().to_ascii_lowercase().replace('_', "-");
            let value = value.trim();
            let text = || (!value.is_empty()).then(|| value.chars().take(200).collect::<String>());
            match key.as_str() {
                "region" => match parse_region(value) {
                    Ok(Region::Place(place)) => config.place = Some(place),
                    Ok(Region::Tier(tier)) => config.tier = Some(tier),
                    Err(why) => warnings.push(format!("rare-check: region \"{value}\" {why}; ignored")),
                },
                "lang" => match i18n::from_code(value) {
                    Some(lang) => config.lang = Some(lang),
                    None => warnings.push(format!("rare-check: lang \"{value}\" is not ko or en; ignored")),
                },
                "year" => match value.parse::<u16>().ok().filter(|y| years.contains(y)) {
                    Some(year) => config.year = Some(year),
                    None => warnings.push(format!(
                        "rare-check: year \"{value}\" has no bundled data (available: {}); the newest is used",
                        years.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
                    )),
                },
                "centre-name" => config.centre.name = text(),
                "centre-phone" => match text() {
                    Some(phone) if phone.chars().all(|c| c.is_ascii_digit() || "-+() ".contains(c)) => {
                        config.centre.phone = Some(phone)
                    }
                    Some(_) => warnings.push(format!(
                        "rare-check: centre-phone \"{value}\" is not a phone number; ignored"
                    )),
                    None => {}
                },
                "centre-address" => config.centre.address = text(),
                "parent" => match parse_origin(value) {
                    Some(origin) => config.parent_origin = Some(origin),
                    None => warnings.push(format!(
                        "rare-check: parent \"{value}\" is not an origin such as https://www.example.go.kr; no height messages are sent"
                    )),
                },
                "offline" => match value.to_ascii_lowercase().as_str() {
                    "off" | "false" | "0" | "no" => config.offline_off = true,
                    "on" | "true" | "1" | "yes" => config.offline_off = false,
                    _ => warnings.push(format!("rare-check: offline \"{value}\" is not on or off; ignored")),
                },
                // The marker attribute of the script mount itself.
                "rare-check" => {}
                _ => warnings.push(format!("rare-check: unknown setting \"{key}\"; ignored")),
            }
        }
        (config, warnings)
    }
}

/// What a `region` setting names.
#[derive(Debug, PartialEq, Eq)]
enum Region {
    Place(&'static Place),
    Tier(String),
}

/// A place ("과천시", "경기도 과천시") or a tier of any data year, by its code
/// (`mid_city`) or its Korean name (중소도시). Tiers come first: "경기" is the tier.
fn parse_region(value: &str) -> Result<Region, String> {
    let code = value.trim().to_ascii_lowercase().replace('-', "_");
    let tier = rules::datasets()
        .iter()
        .flat_map(|ds| ds.property.tiers)
        .find(|t| t.id == code || t.ko == value.trim());
    if let Some(tier) = tier {
        return Ok(Region::Tier(tier.id.to_string()));
    }
    match places::resolve(value) {
        Resolve::Found(place) => Ok(Region::Place(place)),
        Resolve::Ambiguous(candidates) => Err(format!(
            "names several places ({}); give the full name",
            candidates
                .iter()
                .map(|p| p.full_name())
                .collect::<Vec<_>>()
                .join(", ")
        )),
        Resolve::Unknown { .. } => Err(
            "is neither a place (e.g. 과천시, 경기도 과천시) nor a tier (e.g. gyeonggi, mid_city)"
                .to_string(),
        ),
    }
}

/// `https://www.example.go.kr` or `http://127.0.0.1:8081`: a scheme, a host, maybe a
/// port, and nothing else. A trailing slash is dropped.
fn parse_origin(value: &str) -> Option<String> {
    let value = value.trim().trim_end_matches('/');
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()));
    (host_ok && port_ok).then(|| value.to_ascii_lowercase())
}

/// Splits a URL query (`?a=1&b=%EA%B0%80`) into decoded pairs. `decode` turns one
/// percent-encoded component into text (the browser's `decodeURIComponent`).
pub fn query_pairs(query: &str, decode: impl Fn(&str) -> Option<String>) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let d = |s: &str| decode(&s.replace('+', " ")).unwrap_or_else(|| s.to_string());
            (d(k), d(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEARS: [u16; 4] = [2023, 2024, 2025, 2026];

    #[test]
    fn every_setting_is_read_from_pairs() {
        let (config, warnings) = Config::from_pairs(
            [
                ("region", "mid_city"),
                ("centre-name", "과천시 보건소"),
                ("centre_phone", "02-2150-3826"),
                ("centre-address", "경기도 과천시 관문로 69"),
                ("lang", "en"),
                ("year", "2024"),
                ("parent", "https://www.gccity.go.kr/"),
                ("offline", "off"),
            ],
            &YEARS,
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.tier.as_deref(), Some("mid_city"));
        assert_eq!(config.centre.name.as_deref(), Some("과천시 보건소"));
        assert_eq!(config.centre.phone.as_deref(), Some("02-2150-3826"));
        assert_eq!(config.lang, Some(Lang::En));
        assert_eq!(config.year, Some(2024));
        assert_eq!(
            config.parent_origin.as_deref(),
            Some("https://www.gccity.go.kr")
        );
    }

    #[test]
    fn korean_tier_names_and_place_names_are_accepted() {
        let (config, _) = Config::from_pairs([("region", "농어촌")], &YEARS);
        assert_eq!(config.tier.as_deref(), Some("rural"));
        let (config, _) = Config::from_pairs([("region", "경기")], &YEARS);
        assert_eq!(config.tier.as_deref(), Some("gyeonggi"));
        for name in ["과천시", "경기도 과천시", "경기도과천시"] {
            let (config, warnings) = Config::from_pairs([("region", name)], &YEARS);
            assert!(warnings.is_empty(), "{warnings:?}");
            assert_eq!(
                config.place.map(|p| p.full_name()).as_deref(),
                Some("경기도 과천시")
            );
        }
    }

    #[test]
    fn an_ambiguous_place_name_is_ignored_with_a_warning_that_lists_the_candidates() {
        let (config, warnings) = Config::from_pairs([("region", "중구")], &YEARS);
        assert_eq!(config.place, None);
        assert!(warnings[0].contains("서울특별시 중구"), "{warnings:?}");
    }

    #[test]
    fn bad_values_are_ignored_with_one_warning_each() {
        let (config, warnings) = Config::from_pairs(
            [
                ("region", "moon"),
                ("lang", "fr"),
                ("year", "1999"),
                ("centre-phone", "<script>"),
                ("parent", "javascript:alert(1)"),
                ("colour", "red"),
                ("offline", "maybe"),
            ],
            &YEARS,
        );
        assert_eq!(config, Config::default());
        assert_eq!(warnings.len(), 7, "{warnings:?}");
        assert!(warnings.iter().all(|w| w.starts_with("rare-check: ")));
    }

    #[test]
    fn an_origin_is_a_scheme_a_host_and_maybe_a_port() {
        assert_eq!(
            parse_origin("http://127.0.0.1:8081"),
            Some("http://127.0.0.1:8081".into())
        );
        assert_eq!(parse_origin("https://a.go.kr/path"), None);
        assert_eq!(parse_origin("https://a.go.kr:99999x"), None);
        assert_eq!(parse_origin("*"), None);
        assert_eq!(parse_origin("ftp://a.go.kr"), None);
    }

    #[test]
    fn a_query_string_is_split_and_decoded() {
        let pairs = query_pairs(
            "?region=mid_city&centre-name=%EA%B3%BC%EC%B2%9C&flag",
            |s| Some(s.replace("%EA%B3%BC%EC%B2%9C", "과천")),
        );
        assert_eq!(
            pairs,
            vec![
                ("region".into(), "mid_city".into()),
                ("centre-name".into(), "과천".into()),
                ("flag".into(), "".into()),
            ]
        );
    }
}
