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
        let years = rules::years();
        let year = config
            .year
            .filter(|y| years.contains(y))
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
        let label = field.question().label(m.lang);
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
mod tests {
    use super::*;
    use crate::money::MoneyError;
    use rules::{Coverage, Item, SublistAnswer, Town};

    #[test]
    fn counts_accept_a_trailing_korean_counter_word() {
        assert_eq!(parse_count("34"), Some(34));
        assert_eq!(parse_count("34세"), Some(34));
        assert_eq!(parse_count(" 3명 "), Some(3));
        assert_eq!(parse_count("3.5"), None);
        assert_eq!(parse_count("-1"), None);
        assert_eq!(parse_count("abc"), None);
        assert_eq!(parse_count(""), None);
    }

    fn filled(year: u16) -> State {
        let state = State::new(Config {
            year: Some(year),
            ..Config::default()
        });
        let a = state.answers;
        a.registered.set(Some(true));
        a.disease.set("고쉐병".into());
        a.age.set("34".into());
        a.coverage.set(Some(Coverage::HealthInsurance));
        a.place.text.set("과천시".into());
        a.size.set("3".into());
        a.income.set("400만".into());
        a.property.set("1억 5000만".into());
        state
    }

    #[test]
    fn a_complete_form_reads_as_the_spec_example_case_with_its_place() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2023);
        let reading = state.reading.get_untracked();
        assert!(reading.missing.is_empty() && reading.problems.is_empty());
        let case = reading.case.expect("a case");
        assert_eq!(case.household.monthly_income, 4_000_000);
        assert_eq!(case.household.property, 150_000_000);
        assert_eq!(case.household.size, 3);
        assert_eq!(case.disease, "고쉐병");
        assert_eq!(case.location.as_deref(), Some("경기도 과천시"));
        assert!(state.decision.get_untracked().unwrap().is_ok());
    }

    #[test]
    fn the_still_to_answer_list_follows_the_answers() {
        let owner = Owner::new();
        owner.set();
        let state = State::new(Config::default());
        let a = state.answers;
        let missing = || state.reading.get_untracked().missing;
        assert!(missing().contains(&Field::Patient(Question::Registered)));
        a.registered.set(Some(true));
        assert!(!missing().contains(&Field::Patient(Question::Registered)));
        a.age.set("40".into());
        assert!(!missing().contains(&Field::Patient(Question::Age)));
        a.coverage.set(Some(Coverage::HealthInsurance));
        assert!(missing().contains(&Field::Patient(Question::Place)));
        a.place.text.set("경기도 과천시".into());
        assert!(!missing().contains(&Field::Patient(Question::Place)));
    }

    #[test]
    fn a_bad_amount_is_a_problem_and_other_answers_are_kept() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2023);
        state.answers.income.set("lots".into());
        let reading = state.reading.get_untracked();
        assert_eq!(reading.case, None);
        assert_eq!(
            reading.problems,
            vec![(
                Field::Patient(Question::Income),
                Problem::Money(MoneyError::NotAnAmount)
            )]
        );
        assert_eq!(state.answers.property.get_untracked(), "1억 5000만");
    }

    #[test]
    fn medical_aid_needs_no_household_figures_nor_a_place_and_keeps_what_was_typed() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2026);
        let a = state.answers;
        a.coverage.set(Some(Coverage::MedicalAid));
        a.income.set("garbage".into());
        a.place.text.set(String::new());
        let case = state.reading.get_untracked().case.expect("a case");
        assert_eq!(case.household.monthly_income, 0);
        assert_eq!(case.location, None);
        assert_eq!(a.income.get_untracked(), "garbage");
    }

    #[test]
    fn an_urban_rural_city_needs_its_town_in_2023_and_not_in_2026() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2023);
        state.answers.place.text.set("남양주시".into());
        assert_eq!(
            state.reading.get_untracked().missing,
            vec![Field::Patient(Question::Town)]
        );
        state.answers.place.town.set(Some(Town::EupMyeon));
        let case = state.reading.get_untracked().case.expect("a case");
        assert_eq!(case.town, Some(Town::EupMyeon));
        state.answers.year.set(2026);
        let case = state.reading.get_untracked().case.expect("a case");
        assert_eq!(case.town, None, "2026 does not need it, so it is not sent");
    }

    #[test]
    fn an_unknown_or_ambiguous_place_is_a_problem() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2026);
        state.answers.place.text.set("중구".into());
        assert_eq!(
            state.reading.get_untracked().problems,
            vec![(Field::Patient(Question::Place), Problem::PlaceAmbiguous)]
        );
        state.answers.place.text.set("아틀란티스".into());
        assert_eq!(
            state.reading.get_untracked().problems,
            vec![(Field::Patient(Question::Place), Problem::PlaceUnknown)]
        );
    }

    #[test]
    fn an_empty_obligor_household_is_waited_for_by_field() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2023);
        let a = state.answers;
        let id = a.households.add();
        let reading = state.reading.get_untracked();
        assert_eq!(reading.case, None);
        assert_eq!(
            reading.missing,
            vec![
                Field::Obligor(id, Question::Size),
                Field::Obligor(id, Question::Income),
                Field::Obligor(id, Question::Property)
            ]
        );
        a.households.remove(&Key::Manual(id));
        assert!(state.reading.get_untracked().case.is_some());
    }

    #[test]
    fn more_patients_than_people_is_a_problem() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2023);
        state.answers.patients.set("4".into());
        assert_eq!(
            state.reading.get_untracked().problems,
            vec![(Field::Patient(Question::Patients), Problem::Count)]
        );
    }

    #[test]
    fn sub_list_answers_count_only_for_the_items_the_visitor_wants() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2026);
        let a = state.answers;
        a.sublists
            .update(|s| s.set(Item::Caregiving, SublistAnswer::Yes));
        let case = state.reading.get_untracked().case.unwrap();
        assert_eq!(
            case.on_sublist.get(Item::Caregiving),
            SublistAnswer::Unknown
        );
        a.wanted.set(vec![Item::Caregiving]);
        let case = state.reading.get_untracked().case.unwrap();
        assert_eq!(case.on_sublist.get(Item::Caregiving), SublistAnswer::Yes);
    }

    #[test]
    fn removing_a_household_disposes_its_figures() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2023);
        let a = state.answers;
        let id = a.households.add();
        let figures = state.family.get_untracked().households[0].figures;
        assert_eq!(figures.id, id);
        figures.income.set("300만".into());
        a.households.remove(&Key::Manual(id));
        assert_eq!(figures.income.try_get(), None);
        assert_eq!(figures.size.try_get(), None);
        assert!(state.family.get_untracked().households.is_empty());
        assert!(state.reading.get_untracked().case.is_some());
    }

    #[test]
    fn removing_a_child_disposes_of_their_household_and_a_child_who_moves_in_keeps_it() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2026);
        let a = state.answers;
        let id = a.family.add_child();
        let child = a.family.children.get_untracked()[0];
        child.registered.set(Some(false));
        let figures = state.family.get_untracked().households[0].figures;
        figures.income.set("200만".into());
        assert_eq!(
            state.reading.get_untracked().missing,
            vec![Field::Obligor(figures.id, Question::Property)]
        );
        // Moving in takes the household off the list, not its figures.
        child.registered.set(Some(true));
        assert!(state.family.get_untracked().households.is_empty());
        assert_eq!(figures.income.try_get().as_deref(), Some("200만"));
        child.registered.set(Some(false));
        assert_eq!(state.family.get_untracked().households[0].figures, figures);
        // Removing the child removes the household for good.
        a.remove_child(id);
        assert!(state.family.get_untracked().households.is_empty());
        assert_eq!(figures.income.try_get(), None);
        assert_eq!(child.registered.try_get(), None);
    }

    #[test]
    fn a_condition_goes_into_the_case_only_while_the_rules_ask_it_and_keeps_its_answer() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2026);
        let a = state.answers;
        let renting = crate::questions::CONDITIONS
            .iter()
            .position(|c| c.id == "q-renting")
            .map(|i| a.conditions[i])
            .expect("renting is a condition");
        renting.set(true);
        assert!(state.reading.get_untracked().case.unwrap().renting);
        a.coverage.set(Some(Coverage::MedicalAid));
        assert!(!state.reading.get_untracked().case.unwrap().renting);
        assert!(renting.get_untracked());
    }

    #[test]
    fn an_obligor_household_with_a_place_of_its_own_sends_it() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2026);
        let id = state.answers.households.add();
        let h = state.family.get_untracked().households[0].clone();
        h.figures.size.set("2".into());
        h.figures.income.set("300만".into());
        h.figures.property.set("5억".into());
        h.figures.place.text.set("아틀란티스".into());
        assert_eq!(
            state.reading.get_untracked().problems,
            vec![(Field::Obligor(id, Question::Place), Problem::PlaceUnknown)]
        );
        h.figures.place.text.set("서울특별시 종로구".into());
        let case = state.reading.get_untracked().case.expect("a case");
        assert_eq!(
            case.obligor_households[0].location.as_deref(),
            Some("서울특별시 종로구")
        );
    }
}
