//! The state's tests: the reading of answers into a case, the year by the visitor's
//! date, what the decision assumed, and households that come and go.

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

fn on(year: u16, month: u8, day: u8) -> State {
    State::new(Config {
        today: Some(crate::config::Today { year, month, day }),
        ..Config::default()
    })
}

#[test]
fn the_widget_opens_on_the_data_year_of_the_visitors_date() {
    let owner = Owner::new();
    owner.set();
    let newest = rules::newest();
    let state = on(2026, 12, 31);
    assert_eq!(state.answers.year.get_untracked(), 2026);
    assert_eq!(state.out_of_date(), None);
    let state = on(2027, 1, 1);
    assert_eq!(state.answers.year.get_untracked(), 2027.min(newest));
    // Past the newest bundled year: the newest, and the widget says so.
    let state = on(newest + 1, 3, 1);
    assert_eq!(state.answers.year.get_untracked(), newest);
    assert_eq!(state.out_of_date(), Some(newest + 1));
    assert_eq!(
        state.year_notes().len(),
        1 + usize::from(state.dataset.get_untracked().provisional.is_some())
    );
    // The page's own setting wins over the clock.
    let state = State::new(Config {
        year: Some(2024),
        today: Some(crate::config::Today {
            year: 2027,
            month: 1,
            day: 1,
        }),
        ..Config::default()
    });
    assert_eq!(state.answers.year.get_untracked(), 2024);
}

#[test]
fn until_the_family_is_answered_the_decision_says_it_assumed_no_obligor_household() {
    let owner = Owner::new();
    owner.set();
    let state = filled(2026);
    let assumed = || {
        state
            .decision
            .get_untracked()
            .unwrap()
            .unwrap()
            .assumptions
            .contains(&rules::Assumption::FamilyUnanswered)
    };
    assert!(assumed());
    let f = state.answers.family;
    f.married.set(Some(crate::state::Marriage::No));
    f.father_alive.set(Some(false));
    assert!(assumed(), "half answered is not answered");
    f.mother_alive.set(Some(false));
    assert!(!assumed());
    // A living parent: where they live decides, so it is asked too.
    f.mother_alive.set(Some(true));
    assert!(!state.answers.family.answered());
    f.parents_with_patient.set(Some(true));
    assert!(!assumed());
}

#[test]
fn the_case_names_the_items_the_visitor_needs_and_the_headline_is_the_rules() {
    let owner = Owner::new();
    owner.set();
    let state = filled(2026);
    let needs = || state.reading.get_untracked().case.unwrap().needs;
    assert_eq!(needs(), Some(vec![Item::Copayment]));
    state.answers.wanted.set(vec![Item::Caregiving]);
    assert_eq!(needs(), Some(vec![Item::Copayment, Item::Caregiving]));
    // Cornstarch is not an item of 2023: it is not sent in that year.
    state.answers.wanted.set(vec![Item::Cornstarch]);
    state.answers.year.set(2023);
    state.answers.place.town.set(None);
    let case = state.reading.get_untracked().case.unwrap();
    assert_eq!(case.needs, Some(vec![Item::Copayment]));
    let d = state.decision.get_untracked().unwrap().unwrap();
    assert_eq!(d.overall, rules::evaluate(&case).unwrap().overall);
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
