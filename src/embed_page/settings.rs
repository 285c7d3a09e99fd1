//! What the webmaster typed, read exactly as the widget will read it: each value goes
//! through `config::Config::from_pairs`, the function the widget's own `data-*` and
//! query reading uses. A value the widget would ignore (with a console warning, on the
//! host page, where nobody looks) is an error on its field here instead, in words.

use rules::places::{self, Resolve};
use rules::Lang;

use super::snippet::{Mode, Settings};
use crate::config::Config;

/// The fields that can be wrong, in page order: their input ids and setting names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Place,
    Name,
    Phone,
    Address,
    Parent,
}

impl Key {
    pub const ALL: [Key; 5] = [Key::Place, Key::Name, Key::Phone, Key::Address, Key::Parent];

    pub fn id(self) -> &'static str {
        match self {
            Key::Place => "embed-place",
            Key::Name => "embed-name",
            Key::Phone => "embed-phone",
            Key::Address => "embed-address",
            Key::Parent => "embed-parent",
        }
    }

    /// The setting's name as the widget reads it (`config::KEYS`).
    fn setting(self) -> &'static str {
        match self {
            Key::Place => "region",
            Key::Name => "centre-name",
            Key::Phone => "centre-phone",
            Key::Address => "centre-address",
            Key::Parent => "parent",
        }
    }
}

/// What is wrong with a field: why the widget would ignore (or cut) its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No place or tier answers to it; the near places, best first.
    PlaceUnknown(Vec<String>),
    /// Several places answer to it: their full names.
    PlaceAmbiguous(Vec<String>),
    Phone,
    Parent,
    /// Longer than the widget shows (it keeps the first 200 characters): the length.
    TooLong(usize),
}

/// How the widget reads the region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Region {
    Place(String),
    /// A tier id of some data year (`gyeonggi`, `mid_city`), with its Korean and
    /// English names.
    Tier(&'static rules::Tier),
}

/// The form's values as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Typed {
    pub place: String,
    pub name: String,
    pub phone: String,
    pub address: String,
    pub lang: Lang,
    pub mode: Mode,
    pub parent: String,
}

/// The form, read: the settings the snippet carries and each field's problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    pub settings: Settings,
    pub region: Option<Region>,
    pub problems: Vec<(Key, Problem)>,
}

impl Reading {
    pub fn problem(&self, key: Key) -> Option<&Problem> {
        self.problems
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, p)| p)
    }
}

/// One setting as the widget reads it: the config it makes, and whether the widget
/// would warn about it. An empty value is left out of the snippet, as unset.
fn widget_reads(key: Key, value: &str) -> Option<(Config, bool)> {
    if value.trim().is_empty() {
        return None;
    }
    let (config, warnings) = Config::from_pairs([(key.setting(), value)], rules::years());
    Some((config, !warnings.is_empty()))
}

/// The place names, for a message.
fn names(places: &[&'static places::Place]) -> Vec<String> {
    places.iter().map(|p| p.full_name()).collect()
}

/// Reads the form as the widget will read the snippet.
pub fn read(typed: &Typed) -> Reading {
    let mut problems = Vec::new();

    let mut region = None;
    if let Some((config, warned)) = widget_reads(Key::Place, &typed.place) {
        if let Some(place) = config.place {
            region = Some(Region::Place(place.full_name()));
        } else if let Some(tier) = config.tier.as_deref().and_then(tier) {
            region = Some(Region::Tier(tier));
        } else if warned {
            // The widget ignored it: say why, with the places the resolver offers.
            problems.push((
                Key::Place,
                match places::resolve(&typed.place) {
                    Resolve::Ambiguous(candidates) => Problem::PlaceAmbiguous(names(&candidates)),
                    Resolve::Unknown { suggestions } => Problem::PlaceUnknown(names(&suggestions)),
                    Resolve::Found(_) => Problem::PlaceUnknown(Vec::new()),
                },
            ));
        }
    }

    // Free text: the widget trims it and shows at most 200 characters.
    let mut text = |key: Key, value: &str, read: fn(&Config) -> Option<String>| {
        let (config, _) = widget_reads(key, value)?;
        let kept = read(&config)?;
        let length = value.trim().chars().count();
        if kept.chars().count() < length {
            problems.push((key, Problem::TooLong(length)));
        }
        Some(kept)
    };
    let centre_name = text(Key::Name, &typed.name, |c| c.centre.name.clone());
    let centre_address = text(Key::Address, &typed.address, |c| c.centre.address.clone());

    let mut checked =
        |key: Key, value: &str, problem: Problem, read: fn(Config) -> Option<String>| {
            let (config, warned) = widget_reads(key, value)?;
            if warned {
                problems.push((key, problem));
            }
            read(config)
        };
    let centre_phone = checked(Key::Phone, &typed.phone, Problem::Phone, |c| c.centre.phone);
    // Only the iframe sends height messages; a script mount never reads `parent`.
    let parent = match typed.mode {
        Mode::Iframe => checked(Key::Parent, &typed.parent, Problem::Parent, |c| {
            c.parent_origin
        }),
        Mode::Script => None,
    };

    problems.sort_by_key(|(key, _)| Key::ALL.iter().position(|k| k == key));
    Reading {
        settings: Settings {
            region: region.as_ref().map(|r| match r {
                Region::Place(name) => name.clone(),
                Region::Tier(tier) => tier.id.to_string(),
            }),
            centre_name,
            centre_phone,
            centre_address,
            lang: typed.lang,
            parent,
        },
        region,
        problems,
    }
}

/// A tier of any bundled year by its id.
fn tier(id: &str) -> Option<&'static rules::Tier> {
    rules::datasets()
        .iter()
        .flat_map(|ds| ds.property.tiers)
        .find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed() -> Typed {
        Typed {
            place: String::new(),
            name: String::new(),
            phone: String::new(),
            address: String::new(),
            lang: Lang::Ko,
            mode: Mode::Script,
            parent: String::new(),
        }
    }

    #[test]
    fn a_place_typed_or_picked_is_its_full_name() {
        for place in ["과천시", "경기도 과천시", " 경기 과천시 "] {
            let reading = read(&Typed {
                place: place.into(),
                ..typed()
            });
            assert_eq!(
                reading.settings.region.as_deref(),
                Some("경기도 과천시"),
                "{place}"
            );
            assert!(reading.problems.is_empty());
        }
    }

    #[test]
    fn a_short_name_the_widget_would_ignore_is_an_error_that_offers_the_place() {
        // The finder finds 과천 as typed, but the widget reads only a name it resolves:
        // "과천" alone would be ignored on the host page. Picking it gives the full name.
        let reading = read(&Typed {
            place: "과천".into(),
            ..typed()
        });
        assert_eq!(reading.settings.region, None);
        assert_eq!(
            reading.problem(Key::Place),
            Some(&Problem::PlaceUnknown(vec!["경기도 과천시".into()]))
        );
    }

    #[test]
    fn an_ambiguous_or_unknown_place_is_an_error_with_the_places_to_pick_from() {
        let reading = read(&Typed {
            place: "중구".into(),
            ..typed()
        });
        assert_eq!(reading.settings.region, None);
        match reading.problem(Key::Place) {
            Some(Problem::PlaceAmbiguous(names)) => {
                assert!(names.contains(&"서울특별시 중구".to_string()), "{names:?}")
            }
            other => panic!("{other:?}"),
        }
        let reading = read(&Typed {
            place: "아틀란티스".into(),
            ..typed()
        });
        assert!(matches!(
            reading.problem(Key::Place),
            Some(Problem::PlaceUnknown(_))
        ));
    }

    #[test]
    fn a_tier_is_read_as_the_widget_reads_it() {
        let reading = read(&Typed {
            place: "경기".into(),
            ..typed()
        });
        assert_eq!(reading.settings.region.as_deref(), Some("gyeonggi"));
        assert!(matches!(reading.region, Some(Region::Tier(t)) if t.id == "gyeonggi"));
    }

    #[test]
    fn a_phone_the_widget_would_drop_is_an_error_and_left_out() {
        let reading = read(&Typed {
            phone: "02-2150-3826 (내선 1)".into(),
            ..typed()
        });
        assert_eq!(reading.problems, vec![(Key::Phone, Problem::Phone)]);
        assert_eq!(reading.settings.centre_phone, None);
        let reading = read(&Typed {
            phone: " +82 (2) 2150-3826 ".into(),
            ..typed()
        });
        assert!(reading.problems.is_empty());
        assert_eq!(
            reading.settings.centre_phone.as_deref(),
            Some("+82 (2) 2150-3826")
        );
    }

    #[test]
    fn text_over_200_characters_is_cut_as_the_widget_cuts_it_and_said() {
        let long = "보".repeat(230);
        let reading = read(&Typed {
            name: long,
            address: " 경기도 과천시 관문로 69 ".into(),
            ..typed()
        });
        assert_eq!(reading.problems, vec![(Key::Name, Problem::TooLong(230))]);
        assert_eq!(
            reading.settings.centre_name.map(|n| n.chars().count()),
            Some(200)
        );
        assert_eq!(
            reading.settings.centre_address.as_deref(),
            Some("경기도 과천시 관문로 69")
        );
    }

    #[test]
    fn the_parent_origin_counts_only_for_the_iframe() {
        let bad = Typed {
            parent: "https://a.go.kr/page".into(),
            ..typed()
        };
        assert!(read(&bad).problems.is_empty());
        let reading = read(&Typed {
            mode: Mode::Iframe,
            ..bad.clone()
        });
        assert_eq!(reading.problems, vec![(Key::Parent, Problem::Parent)]);
        let reading = read(&Typed {
            mode: Mode::Iframe,
            parent: "https://A.go.kr/".into(),
            ..typed()
        });
        assert_eq!(reading.settings.parent.as_deref(), Some("https://a.go.kr"));
    }

    #[test]
    fn every_field_error_is_a_value_the_widget_warns_about_or_cuts() {
        // The page's errors come from the widget's own reading, never a second check.
        for (key, value) in [
            (Key::Place, "moon"),
            (Key::Place, "중구"),
            (Key::Phone, "<script>"),
            (Key::Parent, "javascript:alert(1)"),
        ] {
            let (_, warned) = widget_reads(key, value).unwrap();
            assert!(warned, "{key:?} {value}");
        }
    }
}
