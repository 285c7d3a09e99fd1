//! Reading the answers into a case: every answer read (and tracked) once, in page order,
//! into a `rules::Case` once all the required ones are there and valid; until then, what
//! is still to answer and what cannot be read.

use leptos::prelude::*;
use rules::{Asks, Case, Dataset, Household as PatientHousehold, ObligorHousehold};
use rules::{OnSublist, Town};

use super::answers::Answers;
use super::field::{Field, Problem};
use super::households::Household;
use super::place::{PlaceStatus, Where};
use crate::money::{parse_won, MoneyError};
use crate::questions::{Answer, Question, CONDITIONS};

/// What the answers add up to right now.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    /// The case, once every required answer is there and valid.
    pub case: Option<Case>,
    /// Required questions not answered yet, in page order.
    pub missing: Vec<Field>,
    /// Answers that cannot be read, in page order.
    pub problems: Vec<(Field, Problem)>,
}

/// What the reading takes besides the answers: all derived once, in the state.
pub struct Derived<'a> {
    pub dataset: &'static Dataset,
    /// The obligor households to enter.
    pub households: &'a [Household],
    /// Where the patient household lives.
    pub place: &'a Where,
    /// The tier the embedding page preset, if any.
    pub preset_tier: Option<&'a str>,
    pub asks: &'a Asks,
}

/// Reads every answer that applies (tracking each signal) into a case, or says what is
/// missing and what is wrong.
pub fn read(a: &Answers, d: &Derived) -> Reading {
    let mut notes = Notes::default();
    let p = Field::Patient;

    let registered = a.registered.get();
    if registered.is_none() {
        notes.missing.push(p(Question::Registered));
    }
    let disease = a.disease.get().trim().to_string();
    if disease.is_empty() {
        notes.missing.push(p(Question::Disease));
    }
    let age = notes.count(p(Question::Age), &a.age.get());
    let coverage = a.coverage.get();
    if coverage.is_none() {
        notes.missing.push(p(Question::Coverage));
    }
    let means = d.asks.means;

    // Where the patient household lives: a place, or the tier the embedding page set.
    let preset = d
        .preset_tier
        .filter(|t| d.dataset.property.tier(t).is_some());
    let fields = (p(Question::Place), p(Question::Town));
    let (location, town, region, place_ready) = match notes.read_place(d.place, fields) {
        Located::At(location, town) => (Some(location), town, None, true),
        Located::Empty => {
            if means && preset.is_none() {
                notes.missing.push(p(Question::Place));
            }
            let ready = !means || preset.is_some();
            (None, None, preset.map(str::to_string), ready)
        }
        Located::NotYet => (None, None, None, false),
    };

    // Medical aid and near-poor households are not means-tested: their figures are
    // neither asked nor sent, whatever was typed before the coverage changed. Nor are an
    // obligor household's in a year whose data says the obligor test does not apply.
    let (household, obligors) = if means {
        let household = notes.household(a);
        // Every household is read, so that each one's missing figures are listed.
        let obligors: Vec<_> = d
            .households
            .iter()
            .filter(|_| d.asks.obligors)
            .map(|h| notes.obligor(h, d.dataset))
            .collect();
        (household, obligors.into_iter().collect::<Option<Vec<_>>>())
    } else {
        (Some(PatientHousehold::default()), Some(Vec::new()))
    };
    // The items asked about, as the year has them: the headline is judged over these,
    // by the rules, as the command line would.
    let needs: Vec<_> = a
        .wanted_items()
        .into_iter()
        .filter(|i| d.dataset.has_item(*i))
        .collect();
    let family_answered = !d.asks.obligors || a.family.answered() || !d.households.is_empty();

    let case = match (registered, age, coverage, household, obligors) {
        (Some(registered), Some(age), Some(coverage), Some(household), Some(obligors))
            if !disease.is_empty() && place_ready =>
        {
            let mut case = Case {
                year: d.dataset.year,
                special_calc_registered: registered,
                disease,
                age: age as u8,
                nationality: a.nationality.get(),
                excluded_status: a.excluded.get(),
                coverage,
                region,
                location,
                town,
                household,
                obligor_households: obligors,
                on_sublist: on_sublist(a, d.asks),
                needs: Some(needs),
                family_answered,
                // The yes/no conditions are set from the question table just below (and a
                // field the widget does not ask about keeps the rules' default).
                ..Case::default()
            };
            for (condition, answer) in CONDITIONS.iter().zip(a.conditions) {
                (condition.set)(&mut case, (condition.asked)(d.asks) && answer.get());
            }
            Some(case)
        }
        _ => None,
    };
    Reading {
        case: case.filter(|_| notes.problems.is_empty()),
        missing: notes.missing,
        problems: notes.problems,
    }
}

/// The sub-list answers, for the items the visitor wants only.
fn on_sublist(a: &Answers, asks: &Asks) -> OnSublist {
    a.sublists.with(|said| {
        let mut on = OnSublist::default();
        for item in &asks.sublists {
            on.set(*item, said.get(*item));
        }
        on
    })
}

/// A place answer, as a case takes it.
enum Located {
    /// Nothing typed.
    Empty,
    /// A place, and its 동/읍·면 where the year needs it.
    At(String, Option<Town>),
    /// Not usable yet: unknown, ambiguous, or its 동/읍·면 still to answer.
    NotYet,
}

/// What is still to answer and what cannot be read, in page order.
#[derive(Default)]
struct Notes {
    missing: Vec<Field>,
    problems: Vec<(Field, Problem)>,
}

impl Notes {
    /// A whole number, in its question's range.
    fn count(&mut self, field: Field, text: &str) -> Option<u32> {
        if text.trim().is_empty() {
            self.missing.push(field);
            return None;
        }
        let Answer::Count(range) = field.question().answer() else {
            return None;
        };
        match parse_count(text) {
            Some(n) if range.contains(&n) => Some(n),
            _ => {
                self.problems.push((field, Problem::Count));
                None
            }
        }
    }

    fn money(&mut self, field: Field, text: &str) -> Option<i64> {
        match parse_won(text) {
            Ok(won) => Some(won),
            Err(MoneyError::Empty) => {
                self.missing.push(field);
                None
            }
            Err(e) => {
                self.problems.push((field, Problem::Money(e)));
                None
            }
        }
    }

    /// One place answer, the patient's or an obligor household's: `fields` are its place
    /// and its 동/읍·면.
    fn read_place(&mut self, w: &Where, (place, town): (Field, Field)) -> Located {
        match &w.status {
            PlaceStatus::Empty => Located::Empty,
            PlaceStatus::Found(found) => {
                if w.needs_town && w.town.is_none() {
                    self.missing.push(town);
                    Located::NotYet
                } else {
                    Located::At(found.full_name(), w.town)
                }
            }
            PlaceStatus::Unknown(_) => {
                self.problems.push((place, Problem::PlaceUnknown));
                Located::NotYet
            }
            PlaceStatus::Ambiguous(_) => {
                self.problems.push((place, Problem::PlaceAmbiguous));
                Located::NotYet
            }
        }
    }

    /// The patient household's figures.
    fn household(&mut self, a: &Answers) -> Option<PatientHousehold> {
        let p = Field::Patient;
        let size = self.count(p(Question::Size), &a.size.get());
        let monthly_income = self.money(p(Question::Income), &a.income.get());
        let property = self.money(p(Question::Property), &a.property.get());
        let patients = self.count(p(Question::Patients), &a.patients.get());
        let rare_patients = match (patients, size) {
            (Some(k), Some(n)) if k > n => {
                self.problems.push((p(Question::Patients), Problem::Count));
                None
            }
            _ => patients,
        };
        Some(PatientHousehold {
            size: size?,
            monthly_income: monthly_income?,
            property: property?,
            rare_patients: rare_patients?,
        })
    }

    /// One obligor household's figures, and its own place, if it has one.
    fn obligor(&mut self, h: &Household, ds: &'static Dataset) -> Option<ObligorHousehold> {
        let f = h.figures;
        let field = |q| Field::Obligor(f.id, q);
        let size = self.count(field(Question::Size), &h.size());
        let monthly_income = self.money(field(Question::Income), &f.income.get());
        let property = self.money(field(Question::Property), &f.property.get());
        let own = super::place::where_of(ds, &f.place);
        let (location, town) =
            match self.read_place(&own, (field(Question::Place), field(Question::Town))) {
                Located::Empty => (None, None),
                Located::At(location, town) => (Some(location), town),
                Located::NotYet => return None,
            };
        Some(ObligorHousehold {
            size: size?,
            monthly_income: monthly_income?,
            property: property?,
            region: None,
            location,
            town,
        })
    }
}

/// A whole number typed in a text box, such as an age or a household size.
pub fn parse_count(text: &str) -> Option<u32> {
    let text = text
        .trim()
        .trim_end_matches(['명', '세', '살', '인'])
        .trim();
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit()) || text.len() > 4 {
        return None;
    }
    text.parse().ok()
}
