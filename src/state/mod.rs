//! The widget's one state: the visitor's answers, which fields they have left, and
//! everything derived from the answers, each computed once, in a memo: the disease
//! lookup, where the patient lives, the questions that apply, the family's obligor
//! households, the case and the decision.
//!
//! Data flows one way: answers → [`Reading`] (a `rules::Case`, or what is missing) →
//! `rules::evaluate_with` → `rules::Decision`. `App` provides the state once; the
//! components read it and never re-derive a rule. Only event handlers write answers; no
//! effect does. The rooms:
//!
//! - `answers.rs`: one signal per answer; `place.rs`: a place answer and where it puts
//!   a household;
//! - `family.rs`: the family helper's answers, as the rules' relatives; `names.rs`: how
//!   the widget names them and their households;
//! - `households.rs`: the obligor households, derived, with their figures kept by key
//!   (`keyed.rs`: signals made and disposed with their row);
//! - `field.rs`: which input an answer came from, and what can be wrong with it;
//! - `read.rs`: the answers read into a case.

mod answers;
mod family;
mod field;
mod households;
mod keyed;
mod names;
mod place;
mod read;

pub use answers::Answers;
pub use family::{ChildAnswers, ChildMarriage, FamilyAnswers, FamilyReading, Gender, Marriage};
pub use field::{Field, Problem, TouchedFields};
pub use households::{Figures, Household, Households, Key};
pub use names::{excluded_lines, household_label};
pub use place::{where_of, PlaceAnswer, PlaceStatus, Where};
pub use read::{parse_count, Reading};

use leptos::prelude::*;
use rules::case::AGE;
use rules::diseases::{self, Lookup};
use rules::{asks, Asks, CaseError, Dataset, Decision};

use crate::config::Config;
use crate::dom::derived;
use crate::i18n::{self, Lang, Messages};
use crate::questions::{Question, Words};

/// Everything the widget knows, answered and derived. `Copy`: every part is a handle.
#[derive(Clone, Copy)]
pub struct State {
    pub lang: RwSignal<Lang>,
    pub answers: Answers,
    pub touched: RwSignal<TouchedFields>,
    /// The settings of the page that embeds the widget.
    pub config: StoredValue<Config>,
    pub dataset: Signal<&'static Dataset>,
    /// The one disease lookup, shared by the finder, the questions and the decision.
    pub disease: Memo<Option<Lookup>>,
    /// Where the patient household lives.
    pub place: Memo<Where>,
    pub asks: Memo<Asks>,
    /// The family as the rules see it, and the obligor households to enter: the family
    /// helper's, then those added by hand (one memo: they change together).
    pub family: Memo<FamilyReading>,
    pub reading: Memo<Reading>,
    pub decision: Memo<Option<Result<Decision, CaseError>>>,
}

impl State {
    pub fn new(config: Config) -> Self {
        // The year the embedding page set, or the data year of the visitor's date
        // (SPEC §2): 2027 from 1 January 2027 in Seoul. Without a clock, the newest.
        let years = rules::years();
        let year = config
            .year
            .filter(|y| years.contains(y))
            .or(config.today.map(|t| rules::dataset::year_on(t.year).year))
            .unwrap_or(rules::newest());
        let lang = RwSignal::new(config.lang.unwrap_or(Lang::Ko));
        let answers = Answers::new(year);
        if let Some(place) = config.place {
            answers.place.choose(place);
        }
        let dataset = derived(move || {
            rules::dataset(answers.year.get()).expect("the year select offers data years only")
        });
        let disease = Memo::new(move |_| {
            answers.disease.with(|d| {
                let d = d.trim();
                (!d.is_empty()).then(|| diseases::lookup(d))
            })
        });
        let place = Memo::new(move |_| where_of(dataset.get(), &answers.place));
        let asks = Memo::new(move |_| {
            let matched = disease.with(|d| d.as_ref().and_then(Lookup::matched));
            let wanted = answers.wanted.get();
            asks(&rules::asks::Answered {
                dataset: dataset.get(),
                coverage: answers.coverage.get(),
                age: parse_count(&answers.age.get())
                    .filter(|a| AGE.contains(a))
                    .map(|a| a as u8),
                disease: matched.as_ref(),
                wanted: &wanted,
            })
        });
        let family = Memo::new(move |_| {
            let mut family = answers.family.read();
            family.households = answers.households.list(&family.obligors.households);
            family
        });
        let preset_tier = config.tier.clone();
        let reading = Memo::new(move |_| {
            place.with(|place| {
                asks.with(|asks| {
                    family.with(|family| {
                        read::read(
                            &answers,
                            &read::Derived {
                                dataset: dataset.get(),
                                households: &family.households,
                                place,
                                preset_tier: preset_tier.as_deref(),
                                asks,
                            },
                        )
                    })
                })
            })
        });
        let decision = Memo::new(move |_| {
            reading.with(|r| {
                let case = r.case.as_ref()?;
                let lookup = disease
                    .get()
                    .unwrap_or_else(|| diseases::lookup(&case.disease));
                Some(rules::evaluate_with(case, &lookup))
            })
        });
        State {
            lang,
            answers,
            touched: RwSignal::new(TouchedFields::default()),
            config: StoredValue::new(config),
            dataset,
            disease,
            place,
            asks,
            family,
            reading,
            decision,
        }
    }

    /// The messages in the language currently chosen.
    pub fn messages(&self) -> Signal<&'static Messages> {
        let lang = self.lang;
        derived(move || i18n::messages(lang.get()))
    }

    /// Whether the visitor should see `field`'s error by now.
    pub fn touched(&self, field: Field) -> bool {
        self.touched.with(|t| t.has(field))
    }

    /// The visitor's year, when it is past the newest bundled one and that is the year
    /// chosen: its figures may be out of date, and the widget says so.
    pub fn out_of_date(&self) -> Option<u16> {
        let today = self.config.with_value(|c| c.today)?;
        let newest = rules::newest();
        (today.year > newest && self.answers.year.get() == newest).then_some(today.year)
    }

    /// What the chosen year assumes that the visitor should know before answering:
    /// that its figures are provisional, or may be out of date.
    pub fn year_notes(&self) -> Vec<String> {
        let m = i18n::messages(self.lang.get());
        let mut notes = Vec::new();
        if let Some(p) = &self.dataset.get().provisional {
            notes.push(p.text(m.lang).to_string());
        }
        if let Some(today) = self.out_of_date() {
            notes.push((m.year_out_of_date)(today, rules::newest()));
        }
        notes
    }

    /// The preset tier from the embedding page, when the chosen year has it.
    pub fn preset_tier(&self) -> Option<&'static rules::Tier> {
        let tier = self.config.with_value(|c| c.tier.clone())?;
        self.dataset.get().property.tier(&tier)
    }

    /// The error under one field, if its answer has one.
    pub fn problem_of(&self, field: Field) -> Signal<Option<String>> {
        let (reading, m) = (self.reading, self.messages());
        derived(move || {
            reading.with(|r| {
                r.problems
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, p)| p.text(field.question(), m.get()))
            })
        })
    }

    /// An obligor household's name, by its number: "아버지·어머니 가구 (2명)".
    pub fn household_name(&self, number: u32, m: &Messages) -> String {
        self.family.with(|f| {
            let list = &f.households;
            list.iter()
                .find(|h| h.figures.id == number)
                .map(|h| household_label(h, list, &self.answers.family, m))
                .unwrap_or_default()
        })
    }

    /// A field's label, as the error summary and the still-to-answer list name it: the
    /// question's, after its household's name for an obligor household's figure.
    pub fn field_label(&self, field: Field, m: &'static Messages) -> String {
        let label = field.label().get(m.lang);
        match field {
            Field::Patient(_) => label.into(),
            Field::Obligor(n, _) => {
                let mut text = self.household_name(n, m);
                text.push_str(": ");
                text.push_str(label);
                text
            }
        }
    }
}

/// The state `App` provides.
pub fn use_state() -> State {
    expect_context::<State>()
}

/// A message picked from the current language's catalogue.
pub type Text = fn(&Messages) -> &'static str;

/// A message of the catalogue as text that follows the language.
pub fn say(text: Text) -> Signal<&'static str> {
    let m = use_state().messages();
    derived(move || text(m.get()))
}

/// The same, owned, for places that take text made on the fly.
pub fn say_owned(text: Text) -> Signal<String> {
    let m = use_state().messages();
    derived(move || text(m.get()).to_string())
}

/// A question's words (`questions.rs`) as text that follows the language.
pub fn say_words(words: Words) -> Signal<&'static str> {
    let lang = use_state().lang;
    derived(move || words.get(lang.get()))
}

/// The same, owned.
pub fn say_words_owned(words: Words) -> Signal<String> {
    let lang = use_state().lang;
    derived(move || words.get(lang.get()).to_string())
}

/// A question's label, following the language.
pub fn label_of(question: Question) -> Signal<&'static str> {
    say_words(question.spec().label)
}
#[cfg(test)]
mod tests;
