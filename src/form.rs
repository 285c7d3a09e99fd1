//! The visitor's answers as they type them, and how they become a `rules::Case`.
//!
//! Every answer lives in its own signal for the whole visit, so hiding a question
//! (because it no longer applies) never loses what was typed there.

use leptos::prelude::*;
use rules::{
    Case, Coverage, Disability, ExcludedStatus, Hemophilia, Household, Nationality,
    ObligorHousehold, OnSublist, Region, SublistAnswer,
};

use crate::i18n::Messages;
use crate::money::{parse_won, MoneyError};

/// A question the result may be waiting for, or an answer with an error. Each maps to
/// the id of its input, so the error summary and the "still to answer" list can link
/// straight to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Registered,
    Disease,
    Age,
    Coverage,
    Region,
    Size,
    Income,
    Property,
    Patients,
    ObligorSize(u32),
    ObligorIncome(u32),
    ObligorProperty(u32),
}

impl Field {
    pub fn id(self) -> String {
        match self {
            Field::Registered => "q-registered".into(),
            Field::Disease => "q-disease".into(),
            Field::Age => "q-age".into(),
            Field::Coverage => "q-coverage".into(),
            Field::Region => "q-region".into(),
            Field::Size => "q-size".into(),
            Field::Income => "q-income".into(),
            Field::Property => "q-property".into(),
            Field::Patients => "q-patients".into(),
            Field::ObligorSize(id) => format!("q-obligor-{id}-size"),
            Field::ObligorIncome(id) => format!("q-obligor-{id}-income"),
            Field::ObligorProperty(id) => format!("q-obligor-{id}-property"),
        }
    }

    /// The question's label, as the error summary names it.
    pub fn label(self, m: &Messages, obligor_number: impl Fn(u32) -> usize) -> String {
        match self {
            Field::Registered => m.registered_question.into(),
            Field::Disease => m.disease_label.into(),
            Field::Age => m.age_label.into(),
            Field::Coverage => m.coverage_label.into(),
            Field::Region => m.region_label.into(),
            Field::Size => m.size_label.into(),
            Field::Income => m.income_label.into(),
            Field::Property => m.property_label.into(),
            Field::Patients => m.patients_label.into(),
            Field::ObligorSize(id) => {
                format!(
                    "{}: {}",
                    (m.obligor_heading)(obligor_number(id)),
                    m.size_label
                )
            }
            Field::ObligorIncome(id) => {
                format!(
                    "{}: {}",
                    (m.obligor_heading)(obligor_number(id)),
                    m.income_label
                )
            }
            Field::ObligorProperty(id) => {
                format!(
                    "{}: {}",
                    (m.obligor_heading)(obligor_number(id)),
                    m.property_label
                )
            }
        }
    }
}

/// What is wrong with a typed answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Money(MoneyError),
    Age,
    Size,
    Patients,
}

impl Problem {
    pub fn text(self, m: &Messages) -> &'static str {
        match self {
            Problem::Money(MoneyError::FractionOfWon) => m.err_money_fraction,
            Problem::Money(MoneyError::TooLarge) => m.err_money_too_large,
            Problem::Money(_) => m.err_money,
            Problem::Age => m.err_age,
            Problem::Size => m.err_size,
            Problem::Patients => m.err_patients,
        }
    }
}

/// One obligor household's answers. `id` stays with the household when others are
/// removed, so its inputs keep their ids and their typed text.
#[derive(Clone, Copy)]
pub struct ObligorAnswers {
    pub id: u32,
    pub size: RwSignal<String>,
    pub income: RwSignal<String>,
    pub property: RwSignal<String>,
    /// `None`: the same region as the patient.
    pub region: RwSignal<Option<Region>>,
}

#[derive(Clone, Copy)]
pub struct Answers {
    pub year: RwSignal<u16>,
    pub registered: RwSignal<Option<bool>>,
    pub disease: RwSignal<String>,
    pub age: RwSignal<String>,
    pub nationality: RwSignal<Nationality>,
    pub excluded: RwSignal<ExcludedStatus>,
    pub coverage: RwSignal<Option<Coverage>>,
    pub region: RwSignal<Option<Region>>,
    pub size: RwSignal<String>,
    pub income: RwSignal<String>,
    pub property: RwSignal<String>,
    pub patients: RwSignal<String>,
    pub renting: RwSignal<bool>,
    pub owns_car: RwSignal<bool>,
    pub obligors: RwSignal<Vec<ObligorAnswers>>,
    next_obligor: StoredValue<u32>,
    pub inhibitor: RwSignal<bool>,
    pub hiv: RwSignal<bool>,
    pub inpatient: RwSignal<bool>,
    pub disability_registered: RwSignal<bool>,
    pub severe_physical: RwSignal<bool>,
    pub severe_kidney: RwSignal<bool>,
    pub sublist_devices: RwSignal<SublistAnswer>,
    pub sublist_ventilator: RwSignal<SublistAnswer>,
    pub sublist_caregiving: RwSignal<SublistAnswer>,
    pub sublist_diet: RwSignal<SublistAnswer>,
}

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

impl Answers {
    pub fn new(year: u16, region: Option<Region>) -> Self {
        Answers {
            year: RwSignal::new(year),
            registered: RwSignal::new(None),
            disease: RwSignal::new(String::new()),
            age: RwSignal::new(String::new()),
            nationality: RwSignal::new(Nationality::Korean),
            excluded: RwSignal::new(ExcludedStatus::None),
            coverage: RwSignal::new(None),
            region: RwSignal::new(region),
            size: RwSignal::new(String::new()),
            income: RwSignal::new(String::new()),
            property: RwSignal::new(String::new()),
            patients: RwSignal::new("1".into()),
            renting: RwSignal::new(false),
            owns_car: RwSignal::new(false),
            obligors: RwSignal::new(Vec::new()),
            next_obligor: StoredValue::new(1),
            inhibitor: RwSignal::new(false),
            hiv: RwSignal::new(false),
            inpatient: RwSignal::new(false),
            disability_registered: RwSignal::new(false),
            severe_physical: RwSignal::new(false),
            severe_kidney: RwSignal::new(false),
            sublist_devices: RwSignal::new(SublistAnswer::Unknown),
            sublist_ventilator: RwSignal::new(SublistAnswer::Unknown),
            sublist_caregiving: RwSignal::new(SublistAnswer::Unknown),
            sublist_diet: RwSignal::new(SublistAnswer::Unknown),
        }
    }

    /// Adds an empty obligor household and returns its id.
    pub fn add_obligor(&self) -> u32 {
        let id = self.next_obligor.get_value();
        self.next_obligor.set_value(id + 1);
        self.obligors.update(|list| {
            list.push(ObligorAnswers {
                id,
                size: RwSignal::new(String::new()),
                income: RwSignal::new(String::new()),
                property: RwSignal::new(String::new()),
                region: RwSignal::new(None),
            })
        });
        id
    }

    pub fn remove_obligor(&self, id: u32) {
        self.obligors.update(|list| list.retain(|o| o.id != id));
    }

    /// The 1-based number the visitor sees for an obligor household.
    pub fn obligor_number(&self, id: u32) -> usize {
        self.obligors
            .with(|list| list.iter().position(|o| o.id == id))
            .map_or(0, |i| i + 1)
    }

    /// Whether the income and property questions apply (health insurance only).
    pub fn means_tested(&self) -> bool {
        self.coverage.get() == Some(Coverage::HealthInsurance)
    }

    /// Reads every answer (tracking each signal) into a case, or says what is missing.
    pub fn read(&self) -> Reading {
        let mut missing = Vec::new();
        let mut problems = Vec::new();

        let registered = self.registered.get();
        if registered.is_none() {
            missing.push(Field::Registered);
        }
        let disease = self.disease.get().trim().to_string();
        if disease.is_empty() {
            missing.push(Field::Disease);
        }
        let age = read_number(
            &self.age.get(),
            0..=130,
            Field::Age,
            Problem::Age,
            &mut missing,
            &mut problems,
        );
        let coverage = self.coverage.get();
        if coverage.is_none() {
            missing.push(Field::Coverage);
        }
        let means_tested = coverage == Some(Coverage::HealthInsurance);
        let region = self.region.get();
        if means_tested && region.is_none() {
            missing.push(Field::Region);
        }

        // Medical aid and near-poor households are not means-tested: their figures are
        // neither asked nor sent, whatever was typed before the coverage changed.
        let household = if means_tested {
            let size = read_number(
                &self.size.get(),
                1..=30,
                Field::Size,
                Problem::Size,
                &mut missing,
                &mut problems,
            );
            let income = read_money(
                &self.income.get(),
                Field::Income,
                &mut missing,
                &mut problems,
            );
            let property = read_money(
                &self.property.get(),
                Field::Property,
                &mut missing,
                &mut problems,
            );
            let patients = read_number(
                &self.patients.get(),
                1..=30,
                Field::Patients,
                Problem::Patients,
                &mut missing,
                &mut problems,
            );
            let patients = match (patients, size) {
                (Some(k), Some(n)) if k > n => {
                    problems.push((Field::Patients, Problem::Patients));
                    None
                }
                _ => patients,
            };
            match (size, income, property, patients) {
                (Some(size), Some(monthly_income), Some(property), Some(rare_patients)) => {
                    Some(Household {
                        size,
                        monthly_income,
                        property,
                        rare_patients,
                    })
                }
                _ => None,
            }
        } else {
            Some(Household {
                size: 1,
                monthly_income: 0,
                property: 0,
                rare_patients: 1,
            })
        };

        let mut obligor_households = Vec::new();
        let mut obligors_complete = true;
        if means_tested {
            for o in self.obligors.get() {
                let size = read_number(
                    &o.size.get(),
                    1..=30,
                    Field::ObligorSize(o.id),
                    Problem::Size,
                    &mut missing,
                    &mut problems,
                );
                let income = read_money(
                    &o.income.get(),
                    Field::ObligorIncome(o.id),
                    &mut missing,
                    &mut problems,
                );
                let property = read_money(
                    &o.property.get(),
                    Field::ObligorProperty(o.id),
                    &mut missing,
                    &mut problems,
                );
                match (size, income, property) {
                    (Some(size), Some(monthly_income), Some(property)) => {
                        obligor_households.push(ObligorHousehold {
                            size,
                            monthly_income,
                            property,
                            region: o.region.get(),
                        })
                    }
                    _ => obligors_complete = false,
                }
            }
        }

        let case = match (registered, age, coverage, household) {
            (Some(registered), Some(age), Some(coverage), Some(household))
                if !disease.is_empty()
                    && (!means_tested || region.is_some())
                    && obligors_complete =>
            {
                Some(Case {
                    year: self.year.get(),
                    special_calc_registered: registered,
                    disease,
                    age: age as u8,
                    nationality: self.nationality.get(),
                    excluded_status: self.excluded.get(),
                    coverage,
                    region: region.unwrap_or_default(),
                    household,
                    obligor_households,
                    hemophilia: Hemophilia {
                        inhibitor: self.inhibitor.get(),
                        hiv: self.hiv.get(),
                        inpatient_exception: self.inpatient.get(),
                    },
                    disability: Disability {
                        registered: self.disability_registered.get(),
                        severe_physical_or_brain: self.severe_physical.get(),
                        severe_kidney: self.severe_kidney.get(),
                    },
                    on_sublist: OnSublist {
                        assistive_devices: self.sublist_devices.get(),
                        ventilator: self.sublist_ventilator.get(),
                        caregiving: self.sublist_caregiving.get(),
                        special_diet: self.sublist_diet.get(),
                    },
                    renting: means_tested && self.renting.get(),
                    owns_car: means_tested && self.owns_car.get(),
                })
            }
            _ => None,
        };
        Reading {
            case: if problems.is_empty() { case } else { None },
            missing,
            problems,
        }
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

fn read_number(
    text: &str,
    range: std::ops::RangeInclusive<u32>,
    field: Field,
    problem: Problem,
    missing: &mut Vec<Field>,
    problems: &mut Vec<(Field, Problem)>,
) -> Option<u32> {
    if text.trim().is_empty() {
        missing.push(field);
        return None;
    }
    match parse_count(text) {
        Some(n) if range.contains(&n) => Some(n),
        _ => {
            problems.push((field, problem));
            None
        }
    }
}

fn read_money(
    text: &str,
    field: Field,
    missing: &mut Vec<Field>,
    problems: &mut Vec<(Field, Problem)>,
) -> Option<i64> {
    match parse_won(text) {
        Ok(won) => Some(won),
        Err(MoneyError::Empty) => {
            missing.push(field);
            None
        }
        Err(e) => {
            problems.push((field, Problem::Money(e)));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn filled() -> Answers {
        let a = Answers::new(2023, Some(Region::MidCity));
        a.registered.set(Some(true));
        a.disease.set("고쉐병".into());
        a.age.set("34".into());
        a.coverage.set(Some(Coverage::HealthInsurance));
        a.size.set("3".into());
        a.income.set("400만".into());
        a.property.set("1억 5000만".into());
        a
    }

    #[test]
    fn a_complete_form_reads_as_the_spec_example_case() {
        let owner = Owner::new();
        owner.set();
        let reading = filled().read();
        assert!(reading.missing.is_empty() && reading.problems.is_empty());
        let case = reading.case.expect("a case");
        assert_eq!(case.household.monthly_income, 4_000_000);
        assert_eq!(case.household.property, 150_000_000);
        assert_eq!(case.household.size, 3);
        assert_eq!(case.disease, "고쉐병");
    }

    #[test]
    fn a_bad_amount_is_a_problem_and_other_answers_are_kept() {
        let owner = Owner::new();
        owner.set();
        let a = filled();
        a.income.set("lots".into());
        let reading = a.read();
        assert_eq!(reading.case, None);
        assert_eq!(
            reading.problems,
            vec![(Field::Income, Problem::Money(MoneyError::NotAnAmount))]
        );
        assert_eq!(a.property.get_untracked(), "1억 5000만");
    }

    #[test]
    fn medical_aid_needs_no_household_figures_and_keeps_what_was_typed() {
        let owner = Owner::new();
        owner.set();
        let a = filled();
        a.coverage.set(Some(Coverage::MedicalAid));
        a.income.set("garbage".into());
        let reading = a.read();
        let case = reading.case.expect("a case without household figures");
        assert_eq!(case.household.monthly_income, 0);
        assert_eq!(a.income.get_untracked(), "garbage");
    }

    #[test]
    fn an_empty_obligor_household_is_waited_for_by_field() {
        let owner = Owner::new();
        owner.set();
        let a = filled();
        let id = a.add_obligor();
        let reading = a.read();
        assert_eq!(reading.case, None);
        assert_eq!(
            reading.missing,
            vec![
                Field::ObligorSize(id),
                Field::ObligorIncome(id),
                Field::ObligorProperty(id)
            ]
        );
        a.remove_obligor(id);
        assert!(a.read().case.is_some());
    }

    #[test]
    fn more_patients_than_people_is_a_problem() {
        let owner = Owner::new();
        owner.set();
        let a = filled();
        a.patients.set("4".into());
        assert_eq!(
            a.read().problems,
            vec![(Field::Patients, Problem::Patients)]
        );
    }
}
