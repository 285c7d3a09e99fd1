//! A place answer (the patient's address, or an obligor household's), and where it puts
//! a household in the chosen year: its place, its tier, and whether the year needs to
//! know if it is a 동 or an 읍·면.

use leptos::prelude::*;
use rules::places::{self, Place, Resolve};
use rules::{Dataset, Town};

/// A place typed into a place finder, the option picked, if any, and the 동/읍·면
/// answer.
#[derive(Clone, Copy)]
pub struct PlaceAnswer {
    pub text: RwSignal<String>,
    pub chosen: RwSignal<Option<&'static Place>>,
    pub town: RwSignal<Option<Town>>,
}

/// What a place answer resolves to.
#[derive(Clone, Debug, PartialEq)]
pub enum PlaceStatus {
    Empty,
    Found(&'static Place),
    Unknown(Vec<&'static Place>),
    Ambiguous(Vec<&'static Place>),
}

impl PlaceAnswer {
    pub fn new() -> Self {
        PlaceAnswer {
            text: RwSignal::new(String::new()),
            chosen: RwSignal::new(None),
            town: RwSignal::new(None),
        }
    }

    /// Sets the answer to a place, as picking it from the list does.
    pub fn choose(&self, place: &'static Place) {
        self.text.set(place.full_name());
        self.chosen.set(Some(place));
    }

    /// The picked option while the text still reads as it; otherwise whatever the
    /// typed text names ("과천시", "경기도 과천시").
    pub fn status(&self) -> PlaceStatus {
        let text = self.text.with(|t| t.trim().to_string());
        if text.is_empty() {
            return PlaceStatus::Empty;
        }
        if let Some(p) = self.chosen.get().filter(|p| p.full_name() == text) {
            return PlaceStatus::Found(p);
        }
        match places::resolve(&text) {
            Resolve::Found(p) => PlaceStatus::Found(p),
            Resolve::Ambiguous(c) => PlaceStatus::Ambiguous(c),
            Resolve::Unknown { suggestions } => PlaceStatus::Unknown(suggestions),
        }
    }
}

impl Default for PlaceAnswer {
    fn default() -> Self {
        Self::new()
    }
}

/// Where one household lives, for the chosen year.
#[derive(Clone, Debug, PartialEq)]
pub struct Where {
    pub status: PlaceStatus,
    /// The tier, once it is known (with the 동/읍·면 answer where the year needs it).
    pub tier: Option<rules::dataset::TierMatch>,
    /// The year's tiers tell a 동 from an 읍·면 at this place.
    pub needs_town: bool,
    /// The 동/읍·면 answer, where the year needs it.
    pub town: Option<Town>,
}

/// Resolves a place answer for a year.
pub fn where_of(ds: &'static Dataset, answer: &PlaceAnswer) -> Where {
    let status = answer.status();
    match &status {
        PlaceStatus::Found(place) => {
            let town = answer.town.get();
            let (found, needs_town) = rules::location::tier_of(ds, place, town);
            Where {
                tier: (!needs_town || town.is_some()).then_some(found),
                status,
                needs_town,
                town: town.filter(|_| needs_town),
            }
        }
        _ => Where {
            status,
            tier: None,
            needs_town: false,
            town: None,
        },
    }
}
