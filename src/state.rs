//! The widget's one state: the visitor's answers, which fields they have left, and
//! everything derived from the answers, each computed once: the disease lookup, where
//! the households live, the questions that apply, the family's obligor households, the
//! case and the decision.
//!
//! Data flows one way: answers → [`Reading`] (a `rules::Case`, or what is missing) →
//! `rules::evaluate_with` → `rules::Decision`. `App` provides the state once; the
//! components read it and never re-derive a rule. Every answer lives in its own signal
//! for the whole visit, so a question that stops applying keeps what was typed in it.

use leptos::prelude::*;

use crate::dom::derived;
use rules::diseases::{self, Lookup};
use rules::places::{self, Place, Resolve};
use rules::{
    asks, Asks, Case, CaseError, Coverage, Dataset, Decision, Disability, ExcludedStatus,
    Hemophilia, Household, Item, Nationality, ObligorHousehold, OnSublist, SublistAnswer, Town,
};

use crate::config::Config;
use crate::family::{FamilyAnswers, FamilyReading};
use crate::i18n::{self, Lang, Messages};
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
    Place,
    Town,
    Size,
    Income,
    Property,
    Patients,
    ObligorSize(u32),
    ObligorIncome(u32),
    ObligorProperty(u32),
    ObligorPlace(u32),
    ObligorTown(u32),
}

impl Field {
    pub fn id(self) -> String {
        match self {
            Field::Registered => "q-registered".into(),
            Field::Disease => "q-disease".into(),
            Field::Age => "q-age".into(),
            Field::Coverage => "q-coverage".into(),
            Field::Place => "q-place".into(),
            Field::Town => "q-town".into(),
            Field::Size => "q-size".into(),
            Field::Income => "q-income".into(),
            Field::Property => "q-property".into(),
            Field::Patients => "q-patients".into(),
            Field::ObligorSize(id) => format!("q-obligor-{id}-size"),
            Field::ObligorIncome(id) => format!("q-obligor-{id}-income"),
            Field::ObligorProperty(id) => format!("q-obligor-{id}-property"),
            Field::ObligorPlace(id) => format!("q-obligor-{id}-place"),
            Field::ObligorTown(id) => format!("q-obligor-{id}-town"),
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
    PlaceUnknown,
    PlaceAmbiguous,
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
            Problem::PlaceUnknown => m.err_place_unknown,
            Problem::PlaceAmbiguous => m.err_place_ambiguous,
        }
    }
}

/// The fields whose errors the visitor should see: those they have left, or all of them
/// once they asked for the result. Errors do not appear while someone is still typing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TouchedFields {
    fields: Vec<Field>,
    all: bool,
}

impl TouchedFields {
    pub fn mark(&mut self, field: Field) {
        if !self.fields.contains(&field) {
            self.fields.push(field);
        }
    }

    pub fn mark_all(&mut self) {
        self.all = true;
    }

    pub fn has(&self, field: Field) -> bool {
        self.all || self.fields.contains(&field)
    }
}

/// A place typed into a place finder, and the option picked, if any.
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

/// One obligor household's answers. `id` stays with the household when others are
/// removed, so its inputs keep their ids and their typed text; `key` ties a household
/// the family helper made to its place in the family ("parents", "child:3").
#[derive(Clone)]
pub struct ObligorAnswers {
    pub id: u32,
    pub key: Option<String>,
    pub size: RwSignal<String>,
    /// The visitor changed the size the family helper filled in.
    pub size_edited: RwSignal<bool>,
    pub income: RwSignal<String>,
    pub property: RwSignal<String>,
    /// Empty: the same place as the patient.
    pub place: PlaceAnswer,
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
    pub place: PlaceAnswer,
    /// The items the visitor needs besides the co-payment.
    pub wanted: RwSignal<Vec<Item>>,
    pub size: RwSignal<String>,
    pub income: RwSignal<String>,
    pub property: RwSignal<String>,
    pub patients: RwSignal<String>,
    pub renting: RwSignal<bool>,
    pub owns_car: RwSignal<bool>,
    pub family: FamilyAnswers,
    pub obligors: RwSignal<Vec<ObligorAnswers>>,
    next_obligor: StoredValue<u32>,
    owner: WidgetOwner,
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

/// The widget's own reactive owner. Households and children are made in effects and
/// handlers, whose owners come and go (and take their signals with them); made under
/// this one, their answers live as long as the widget.
#[derive(Clone, Copy)]
pub struct WidgetOwner(StoredValue<Option<Owner>>);

impl WidgetOwner {
    pub fn current() -> Self {
        WidgetOwner(StoredValue::new(Owner::current()))
    }

    pub fn run<T>(&self, make: impl FnOnce() -> T) -> T {
        match self.0.get_value() {
            Some(owner) => owner.with(make),
            None => make(),
        }
    }
}

impl Answers {
    pub fn new(year: u16) -> Self {
        Answers {
            year: RwSignal::new(year),
            registered: RwSignal::new(None),
            disease: RwSignal::new(String::new()),
            age: RwSignal::new(String::new()),
            nationality: RwSignal::new(Nationality::Korean),
            excluded: RwSignal::new(ExcludedStatus::None),
            coverage: RwSignal::new(None),
            place: PlaceAnswer::new(),
            wanted: RwSignal::new(Vec::new()),
            size: RwSignal::new(String::new()),
            income: RwSignal::new(String::new()),
            property: RwSignal::new(String::new()),
            patients: RwSignal::new("1".into()),
            renting: RwSignal::new(false),
            owns_car: RwSignal::new(false),
            family: FamilyAnswers::new(),
            obligors: RwSignal::new(Vec::new()),
            next_obligor: StoredValue::new(1),
            owner: WidgetOwner::current(),
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

    /// A new, empty obligor household (not yet in the list).
    pub fn new_obligor(&self, key: Option<String>, size: Option<u32>) -> ObligorAnswers {
        let id = self.next_obligor.get_value();
        self.next_obligor.set_value(id + 1);
        self.owner.run(|| ObligorAnswers {
            id,
            key,
            size: RwSignal::new(size.map(|n| n.to_string()).unwrap_or_default()),
            size_edited: RwSignal::new(false),
            income: RwSignal::new(String::new()),
            property: RwSignal::new(String::new()),
            place: PlaceAnswer::new(),
        })
    }

    /// Adds an empty household by hand and returns its id.
    pub fn add_obligor(&self) -> u32 {
        let o = self.new_obligor(None, None);
        let id = o.id;
        self.obligors.update(|list| list.push(o));
        id
    }

    pub fn remove_obligor(&self, id: u32) {
        self.obligors.update(|list| list.retain(|o| o.id != id));
    }

    /// Whether the visitor wants an item (the co-payment always).
    pub fn wants(&self, item: Item) -> bool {
        item == Item::Copayment || self.wanted.with(|w| w.contains(&item))
    }

    /// The items the visitor wants, in the rules' order.
    pub fn wanted_items(&self) -> Vec<Item> {
        Item::ALL
            .iter()
            .copied()
            .filter(|i| self.wants(*i))
            .collect()
    }
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

/// Where one household lives, for the chosen year: its place, the tier, and whether the
/// year needs the 동/읍·면 answer there.
#[derive(Clone, Debug, PartialEq)]
pub struct Where {
    pub status: PlaceStatus,
    pub tier: Option<rules::dataset::TierMatch>,
    pub needs_town: bool,
}

/// Resolves a place answer for a year.
pub fn where_of(ds: &'static Dataset, answer: &PlaceAnswer) -> Where {
    let status = answer.status();
    let town = answer.town.get();
    match &status {
        PlaceStatus::Found(place) => {
            let (found, needs_town) = rules::location::tier_of(ds, place, town);
            Where {
                tier: (!needs_town || town.is_some()).then_some(found),
                status,
                needs_town,
            }
        }
        _ => Where {
            status,
            tier: None,
            needs_town: false,
        },
    }
}

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
                age: crate::state::parse_count(&answers.age.get())
                    .filter(|a| *a <= 130)
                    .map(|a| a as u8),
                disease: matched.as_ref(),
                wanted: &wanted,
            })
        });
        let family = Memo::new(move |_| answers.family.read());
        let preset_tier = config.tier.clone();
        let reading = Memo::new(move |_| {
            place.with(|place| {
                asks.with(|asks| read(&answers, dataset.get(), place, preset_tier.as_deref(), asks))
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
}

/// The state `App` provides.
pub fn use_state() -> State {
    expect_context::<State>()
}

/// Reads every answer (tracking each signal) into a case, or says what is missing.
fn read(
    a: &Answers,
    ds: &'static Dataset,
    patient_place: &Where,
    preset_tier: Option<&str>,
    asks: &Asks,
) -> Reading {
    let mut missing = Vec::new();
    let mut problems = Vec::new();

    let registered = a.registered.get();
    if registered.is_none() {
        missing.push(Field::Registered);
    }
    let disease = a.disease.get().trim().to_string();
    if disease.is_empty() {
        missing.push(Field::Disease);
    }
    let age = read_number(
        &a.age.get(),
        0..=130,
        Field::Age,
        Problem::Age,
        &mut missing,
        &mut problems,
    );
    let coverage = a.coverage.get();
    if coverage.is_none() {
        missing.push(Field::Coverage);
    }
    let means_tested = asks.means;

    // Where the patient household lives: a place, or the tier the embedding page set.
    let preset = preset_tier.filter(|t| ds.property.tier(t).is_some());
    let (location, town, region) = match &patient_place.status {
        PlaceStatus::Found(place) => {
            let town = a.place.town.get();
            if patient_place.needs_town && town.is_none() {
                missing.push(Field::Town);
            }
            (
                Some(place.full_name()),
                town.filter(|_| patient_place.needs_town),
                None,
            )
        }
        PlaceStatus::Empty => {
            if means_tested && preset.is_none() {
                missing.push(Field::Place);
            }
            (None, None, preset.map(str::to_string))
        }
        PlaceStatus::Unknown(_) => {
            problems.push((Field::Place, Problem::PlaceUnknown));
            (None, None, None)
        }
        PlaceStatus::Ambiguous(_) => {
            problems.push((Field::Place, Problem::PlaceAmbiguous));
            (None, None, None)
        }
    };
    let place_ready = match patient_place.status {
        PlaceStatus::Found(_) => !patient_place.needs_town || town.is_some(),
        PlaceStatus::Empty => !means_tested || region.is_some(),
        _ => false,
    };

    // Medical aid and near-poor households are not means-tested: their figures are
    // neither asked nor sent, whatever was typed before the coverage changed.
    let household = if means_tested {
        let size = read_number(
            &a.size.get(),
            1..=30,
            Field::Size,
            Problem::Size,
            &mut missing,
            &mut problems,
        );
        let income = read_money(&a.income.get(), Field::Income, &mut missing, &mut problems);
        let property = read_money(
            &a.property.get(),
            Field::Property,
            &mut missing,
            &mut problems,
        );
        let patients = read_number(
            &a.patients.get(),
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
        Some(Household::default())
    };

    let mut obligor_households = Vec::new();
    let mut obligors_complete = true;
    if means_tested {
        for o in a.obligors.get().iter() {
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
            let own = where_of(ds, &o.place);
            let (location, town, place_ok) = match own.status {
                PlaceStatus::Empty => (None, None, true),
                PlaceStatus::Found(place) => {
                    let town = o.place.town.get();
                    if own.needs_town && town.is_none() {
                        missing.push(Field::ObligorTown(o.id));
                    }
                    (
                        Some(place.full_name()),
                        town.filter(|_| own.needs_town),
                        !own.needs_town || town.is_some(),
                    )
                }
                PlaceStatus::Unknown(_) => {
                    problems.push((Field::ObligorPlace(o.id), Problem::PlaceUnknown));
                    (None, None, false)
                }
                PlaceStatus::Ambiguous(_) => {
                    problems.push((Field::ObligorPlace(o.id), Problem::PlaceAmbiguous));
                    (None, None, false)
                }
            };
            match (size, income, property, place_ok) {
                (Some(size), Some(monthly_income), Some(property), true) => obligor_households
                    .push(ObligorHousehold {
                        size,
                        monthly_income,
                        property,
                        region: None,
                        location,
                        town,
                    }),
                _ => obligors_complete = false,
            }
        }
    }

    let on = |item: Item, answer: RwSignal<SublistAnswer>| {
        if asks.sublists.contains(&item) {
            answer.get()
        } else {
            SublistAnswer::Unknown
        }
    };
    let case = match (registered, age, coverage, household) {
        (Some(registered), Some(age), Some(coverage), Some(household))
            if !disease.is_empty() && place_ready && obligors_complete =>
        {
            Some(Case {
                year: ds.year,
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
                obligor_households,
                hemophilia: if asks.hemophilia {
                    Hemophilia {
                        inhibitor: a.inhibitor.get(),
                        hiv: a.hiv.get(),
                        inpatient_exception: a.inpatient.get(),
                    }
                } else {
                    Hemophilia::default()
                },
                disability: Disability {
                    registered: asks.disability_registered && a.disability_registered.get(),
                    severe_physical_or_brain: asks.severe_physical_or_brain
                        && a.severe_physical.get(),
                    severe_kidney: asks.severe_kidney && a.severe_kidney.get(),
                },
                on_sublist: {
                    let mut on_sublist = OnSublist::default();
                    for (item, answer) in [
                        (Item::AssistiveDevices, a.sublist_devices),
                        (Item::Ventilator, a.sublist_ventilator),
                        (Item::Caregiving, a.sublist_caregiving),
                        (Item::SpecialDiet, a.sublist_diet),
                    ] {
                        on_sublist.set(item, on(item, answer));
                    }
                    on_sublist
                },
                renting: means_tested && a.renting.get(),
                owns_car: means_tested && a.owns_car.get(),
                needs: None,
                family_answered: true,
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
        assert!(missing().contains(&Field::Registered));
        a.registered.set(Some(true));
        assert!(!missing().contains(&Field::Registered));
        a.age.set("40".into());
        assert!(!missing().contains(&Field::Age));
        a.coverage.set(Some(Coverage::HealthInsurance));
        assert!(missing().contains(&Field::Place));
        a.place.text.set("경기도 과천시".into());
        assert!(!missing().contains(&Field::Place));
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
            vec![(Field::Income, Problem::Money(MoneyError::NotAnAmount))]
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
        assert_eq!(state.reading.get_untracked().missing, vec![Field::Town]);
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
            vec![(Field::Place, Problem::PlaceAmbiguous)]
        );
        state.answers.place.text.set("아틀란티스".into());
        assert_eq!(
            state.reading.get_untracked().problems,
            vec![(Field::Place, Problem::PlaceUnknown)]
        );
    }

    #[test]
    fn an_empty_obligor_household_is_waited_for_by_field() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2023);
        let a = state.answers;
        let id = a.add_obligor();
        let reading = state.reading.get_untracked();
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
            vec![(Field::Patients, Problem::Patients)]
        );
    }

    #[test]
    fn sub_list_answers_count_only_for_the_items_the_visitor_wants() {
        let owner = Owner::new();
        owner.set();
        let state = filled(2026);
        let a = state.answers;
        a.sublist_caregiving.set(SublistAnswer::Yes);
        let case = state.reading.get_untracked().case.unwrap();
        assert_eq!(
            case.on_sublist.get(Item::Caregiving),
            SublistAnswer::Unknown
        );
        a.wanted.set(vec![Item::Caregiving]);
        let case = state.reading.get_untracked().case.unwrap();
        assert_eq!(case.on_sublist.get(Item::Caregiving), SublistAnswer::Yes);
    }
}
