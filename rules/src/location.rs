//! Where a household lives, and the property tier that follows for the case's year
//! (SPEC §2 "Where the visitor lives"; §4 `region`, `location`, `town`).
//!
//! A case names a tier of its year directly (`region`), or a 시·군·구 from the bundled
//! list (`location`), from which each year's tier follows by the year file's
//! `[[property.tiers.match]]` rules. In 2023 a 도농복합시 (and 세종, and 제주's 시) is
//! 중소도시 in its 동 and 농어촌 in its 읍·면, so the household also says which
//! (`town`). An obligor household without its own answer takes the patient's.

use crate::case::CaseError;
use crate::dataset::{Dataset, PlaceFacts, Tier, TierMatch, YearNote};
use crate::places::{self, Place, Resolve};
use crate::vocab::Town;

/// Where one household lives, as the case says it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WhereAnswer<'a> {
    pub region: Option<&'a str>,
    pub location: Option<&'a str>,
    pub town: Option<Town>,
}

/// Where one household lives, resolved for a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Whereabouts {
    pub tier: &'static Tier,
    /// The place, when the case gave one (not when it gave a tier).
    pub place: Option<&'static Place>,
    pub town: Option<Town>,
    /// A known doubt about this place's tier (인천 from 2024).
    pub doubt: Option<&'static YearNote>,
}

fn tier_names(ds: &Dataset) -> String {
    ds.property
        .tiers
        .iter()
        .map(|t| t.id)
        .collect::<Vec<_>>()
        .join(", ")
}

fn names(places: &[&Place]) -> String {
    places
        .iter()
        .map(|p| p.full_name())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Finds a place by its name, or says why not: an unknown name with suggestions, or a
/// short name shared by several places with all of them.
pub fn find_place(field: &str, input: &str) -> Result<&'static Place, CaseError> {
    match places::resolve(input) {
        Resolve::Found(place) => Ok(place),
        Resolve::Ambiguous(candidates) => Err(CaseError::new(
            field,
            format!(
                "\"{}\" names several places; give the full name, one of: {}",
                input.trim(),
                names(&candidates)
            ),
            format!(
                "'{}'은(는) 여러 곳입니다. 시·도까지 적어 주세요: {}",
                input.trim(),
                names(&candidates)
            ),
        )),
        Resolve::Unknown { suggestions } if suggestions.is_empty() => Err(CaseError::new(
            field,
            format!(
                "\"{}\" is not a 시·군·구 on the bundled list (e.g. \"경기도 과천시\" or \"과천시\")",
                input.trim()
            ),
            format!(
                "'{}'은(는) 시·군·구 목록에 없습니다 (예: '경기도 과천시' 또는 '과천시')",
                input.trim()
            ),
        )),
        Resolve::Unknown { suggestions } => Err(CaseError::new(
            field,
            format!(
                "\"{}\" is not a 시·군·구 on the bundled list; did you mean: {}",
                input.trim(),
                names(&suggestions)
            ),
            format!(
                "'{}'은(는) 시·군·구 목록에 없습니다. 이 중 하나인가요: {}",
                input.trim(),
                names(&suggestions)
            ),
        )),
    }
}

/// The tier of a place in a year, and whether the year needs its town to say so.
pub fn tier_of(ds: &Dataset, place: &Place, town: Option<Town>) -> (TierMatch, bool) {
    let full = place.full_name();
    let facts = PlaceFacts {
        sido: place.sido,
        former_sido: &place.former_sido,
        full_name: &full,
        kind: place.kind,
    };
    (
        ds.property.tier_of(facts, town),
        ds.property.needs_town(facts),
    )
}

/// Resolves one household's answer for the year. `prefix` is the JSON path of the
/// household's fields ("" for the case, "obligor_households[0]." for an obligor);
/// `inherited` is what a household without its own answer takes.
pub fn locate(
    ds: &'static Dataset,
    prefix: &str,
    answer: WhereAnswer,
    inherited: Option<Whereabouts>,
) -> Result<Option<Whereabouts>, CaseError> {
    let field = |name: &str| format!("{prefix}{name}");
    match (answer.region, answer.location) {
        (Some(_), Some(_)) => Err(CaseError::new(
            field("location"),
            "give region or location, not both",
            "region과 location 중 하나만 주세요",
        )),
        (Some(region), None) => {
            if answer.town.is_some() {
                return Err(CaseError::new(
                    field("town"),
                    "town goes with a location, not with a region",
                    "town은 region이 아니라 location과 함께 씁니다",
                ));
            }
            let tier = ds.property.tier(region.trim()).ok_or_else(|| {
                CaseError::new(
                    field("region"),
                    format!(
                        "\"{region}\" is not a property tier in {} (its tiers: {})",
                        ds.year,
                        tier_names(ds)
                    ),
                    format!(
                        "'{region}'은(는) {}년의 지역 구분이 아닙니다 ({}년 구분: {})",
                        ds.year,
                        ds.year,
                        tier_names(ds)
                    ),
                )
            })?;
            Ok(Some(Whereabouts {
                tier,
                place: None,
                town: None,
                doubt: None,
            }))
        }
        (None, Some(location)) => {
            let place = find_place(&field("location"), location)?;
            let (found, needs_town) = tier_of(ds, place, answer.town);
            match (needs_town, answer.town) {
                (true, None) => Err(CaseError::new(
                    field("town"),
                    format!(
                        "{} has both 동 and 읍·면 areas, which fall in different {} tiers: give town: dong or eup_myeon",
                        place.full_name(),
                        ds.year
                    ),
                    format!(
                        "{}은(는) 동 지역과 읍·면 지역의 {}년 기준이 다릅니다. town(dong 또는 eup_myeon)을 주세요",
                        place.full_name(),
                        ds.year
                    ),
                )),
                (false, Some(_)) => Err(CaseError::new(
                    field("town"),
                    format!(
                        "not needed: {}'s {} tier does not depend on 동 or 읍·면",
                        place.full_name(),
                        ds.year
                    ),
                    format!(
                        "필요 없습니다: {}의 {}년 기준은 동·읍·면과 관계없습니다",
                        place.full_name(),
                        ds.year
                    ),
                )),
                _ => Ok(Some(Whereabouts {
                    tier: found.tier,
                    place: Some(place),
                    town: answer.town,
                    doubt: found.doubt,
                })),
            }
        }
        (None, None) => {
            if answer.town.is_some() {
                return Err(CaseError::new(
                    field("town"),
                    "town goes with a location",
                    "town은 location과 함께 씁니다",
                ));
            }
            Ok(inherited)
        }
    }
}
