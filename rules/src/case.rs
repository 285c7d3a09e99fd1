//! The case: what the visitor told us (SPEC §4), and its validation.
//!
//! The JSON shape is stable: the web app and the `rare-check` command line share it.
//! Unknown fields and unknown values are errors (`deny_unknown_fields`); the optional
//! fields take the defaults SPEC §4 lists.

use serde::{Deserialize, Serialize};

pub use crate::vocab::{Coverage, ExcludedStatus, Item, Nationality, SublistAnswer, Town};

/// Largest amount of money we accept, in won (SPEC §4: "a negative or absurd amount
/// (above 10^13 won)" is bad input).
pub const MAX_WON: i64 = 10_000_000_000_000;

/// Largest household we accept (SPEC §4: "a household size of 0 or over 30").
pub const MAX_HOUSEHOLD_SIZE: u32 = 30;

/// The household sizes we accept, for a form to check against.
pub const HOUSEHOLD_SIZE: std::ops::RangeInclusive<u32> = 1..=MAX_HOUSEHOLD_SIZE;

/// The ages in full years (만 나이) a form accepts for the patient.
pub const AGE: std::ops::RangeInclusive<u32> = 0..=130;

/// One visitor's answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The data year: which year's thresholds and lists apply.
    pub year: u16,
    /// Whether the patient is registered for 산정특례 for a rare disease.
    pub special_calc_registered: bool,
    /// A Korean disease name exactly as listed, a KCD code or a V-code.
    pub disease: String,
    /// The patient's age in full years (만 나이).
    pub age: u8,
    pub nationality: Nationality,
    pub excluded_status: ExcludedStatus,
    pub coverage: Coverage,
    /// Where the patient household lives: a property tier of the case's year …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// … or a 시·군·구 ("경기도 과천시", or "과천시" when unique), from which the tier
    /// follows. A case gives one or the other; health-insured cases must give one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// With `location`, where the year's tiers tell a 동 from an 읍·면 (2023).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub town: Option<Town>,
    /// The patient household (환자가구).
    pub household: Household,
    /// Support-obligor households (부양의무자가구), one entry each.
    #[serde(default)]
    pub obligor_households: Vec<ObligorHousehold>,
    #[serde(default)]
    pub hemophilia: Hemophilia,
    #[serde(default)]
    pub disability: Disability,
    #[serde(default)]
    pub on_sublist: OnSublist,
    /// The patient household rents its home (전세·월세) or lives on a loan for use.
    #[serde(default)]
    pub renting: bool,
    /// The household owns a car.
    #[serde(default)]
    pub owns_car: bool,
    /// The items the visitor asked about ("어떤 지원이 필요하세요?"). `overall` is judged
    /// over these; every item is still decided and listed. Missing: every item of the
    /// year, as before the field existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub needs: Option<Vec<Item>>,
    /// Whether the visitor has said who is in the family (SPEC §5). When not, the
    /// decision says that it assumed no obligor household.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub family_answered: bool,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

impl Default for Case {
    /// A blank case for a form or a test to start from: the newest data year, a
    /// one-person health-insured Korean household in 경기도 과천시, registered.
    fn default() -> Self {
        Case {
            year: crate::dataset::newest(),
            special_calc_registered: true,
            disease: String::new(),
            age: 30,
            nationality: Nationality::Korean,
            excluded_status: ExcludedStatus::None,
            coverage: Coverage::HealthInsurance,
            region: None,
            location: Some("경기도 과천시".to_string()),
            town: None,
            household: Household::default(),
            obligor_households: Vec::new(),
            hemophilia: Hemophilia::default(),
            disability: Disability::default(),
            on_sublist: OnSublist::default(),
            renting: false,
            owns_car: false,
            needs: None,
            family_answered: true,
        }
    }
}

/// The patient household (환자가구).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    /// Number of people, 1 to 30.
    pub size: u32,
    /// Recognised monthly income (소득인정액 basis), won per month.
    pub monthly_income: i64,
    /// Property, won.
    pub property: i64,
    /// Rare-disease patients in this household, at least 1 (the applicant).
    #[serde(default = "one")]
    pub rare_patients: u32,
}

fn one() -> u32 {
    1
}

impl Default for Household {
    fn default() -> Self {
        Household {
            size: 1,
            monthly_income: 0,
            property: 0,
            rare_patients: 1,
        }
    }
}

/// A support-obligor household (부양의무자가구).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObligorHousehold {
    /// Number of people, 1 to 30.
    pub size: u32,
    /// Monthly income, won per month.
    pub monthly_income: i64,
    /// Property, won.
    pub property: i64,
    /// Its own tier or place (and town); without one it takes the case's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub town: Option<Town>,
}

impl Default for ObligorHousehold {
    fn default() -> Self {
        ObligorHousehold {
            size: 1,
            monthly_income: 0,
            property: 0,
            region: None,
            location: None,
            town: None,
        }
    }
}

/// Haemophilia answers; they count only when the disease is in D66–D68.2.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Hemophilia {
    /// Inhibitor antibodies (항체양성).
    pub inhibitor: bool,
    /// HIV infection.
    pub hiv: bool,
    /// Needs covered surgery or admitted for bleeding (혈우병 입원특례).
    pub inpatient_exception: bool,
}

/// Disability answers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Disability {
    /// Registered as a disabled person (장애인 등록).
    pub registered: bool,
    /// Severe (장애의 정도가 심한) physical (지체) or brain-lesion (뇌병변) disability
    /// meeting the separate medical standard.
    pub severe_physical_or_brain: bool,
    /// Severe kidney disability (신장장애, 장애의 정도가 심한 등록장애인).
    pub severe_kidney: bool,
}

/// What the doctor or health centre said about each item's own disease list, by the
/// item's code as the decision JSON spells it: `{"caregiving": "yes"}`. An item not named
/// is `unknown`; a key that is not an item with a sub-list is an error that names it.
/// Which items have one is `Item::facts`, so a new one needs no change here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OnSublist(Vec<(Item, SublistAnswer)>);

impl OnSublist {
    /// What was said about `item`'s list.
    pub fn get(&self, item: Item) -> SublistAnswer {
        self.0
            .iter()
            .find(|(i, _)| *i == item)
            .map_or(SublistAnswer::Unknown, |(_, a)| *a)
    }

    /// Records what was said about an item's list (an item without one is ignored).
    pub fn set(&mut self, item: Item, answer: SublistAnswer) {
        if !item.facts().sublist {
            return;
        }
        self.0.retain(|(i, _)| *i != item);
        self.0.push((item, answer));
    }
}

impl<const N: usize> From<[(Item, SublistAnswer); N]> for OnSublist {
    fn from(answers: [(Item, SublistAnswer); N]) -> Self {
        let mut out = OnSublist::default();
        for (item, answer) in answers {
            out.set(item, answer);
        }
        out
    }
}

impl Serialize for OnSublist {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        for item in Item::with_sublists() {
            map.serialize_entry(item.code(), &self.get(item))?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for OnSublist {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Answers;
        impl<'de> serde::de::Visitor<'de> for Answers {
            type Value = OnSublist;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map from items with a sub-list to yes, no or unknown")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<OnSublist, A::Error> {
                let mut out = OnSublist::default();
                while let Some(key) = map.next_key::<String>()? {
                    let item = Item::with_sublists().find(|i| i.code() == key);
                    let Some(item) = item else {
                        let expected: Vec<String> = Item::with_sublists()
                            .map(|i| format!("`{}`", i.code()))
                            .collect();
                        return Err(serde::de::Error::custom(format!(
                            "unknown field `{key}`, expected one of {}",
                            expected.join(", ")
                        )));
                    };
                    if out.0.iter().any(|(i, _)| *i == item) {
                        return Err(serde::de::Error::custom(format!("duplicate field `{key}`")));
                    }
                    out.set(item, map.next_value()?);
                }
                Ok(out)
            }
        }
        d.deserialize_map(Answers)
    }
}

/// Bad input: which field, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseError {
    /// The field's path in the case JSON, such as `household.size`.
    pub field: String,
    /// What is wrong, in plain English.
    pub message: String,
    /// The same in Korean.
    pub message_ko: String,
}

impl CaseError {
    pub fn new(
        field: impl Into<String>,
        message: impl Into<String>,
        ko: impl Into<String>,
    ) -> Self {
        CaseError {
            field: field.into(),
            message: message.into(),
            message_ko: ko.into(),
        }
    }

    /// The message in the given language.
    pub fn text(&self, lang: crate::vocab::Lang) -> String {
        match lang {
            crate::vocab::Lang::Ko => format!("{}: {}", self.field, self.message_ko),
            crate::vocab::Lang::En => format!("{}: {}", self.field, self.message),
        }
    }
}

impl std::fmt::Display for CaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for CaseError {}

fn check_won(field: &str, amount: i64) -> Result<(), CaseError> {
    if amount < 0 {
        return Err(CaseError::new(
            field,
            format!("must not be negative (got {amount})"),
            format!("0원 이상이어야 합니다 (입력값 {amount})"),
        ));
    }
    if amount > MAX_WON {
        return Err(CaseError::new(
            field,
            format!("must be at most 10,000,000,000,000 won (got {amount})"),
            format!("10조 원 이하여야 합니다 (입력값 {amount})"),
        ));
    }
    Ok(())
}

fn check_size(field: &str, size: u32) -> Result<(), CaseError> {
    if size == 0 || size > MAX_HOUSEHOLD_SIZE {
        return Err(CaseError::new(
            field,
            format!("household size must be 1 to 30 (got {size})"),
            format!("가구원 수는 1명에서 30명 사이여야 합니다 (입력값 {size})"),
        ));
    }
    Ok(())
}

impl Case {
    /// Checks the ranges SPEC §4 names: amounts 0 to 10^13 won, household sizes 1 to 30,
    /// and 1 ≤ rare_patients ≤ size. (The year, the place and the disease are checked
    /// where `evaluate` resolves them against the data.)
    pub fn validate(&self) -> Result<(), CaseError> {
        check_size("household.size", self.household.size)?;
        check_won("household.monthly_income", self.household.monthly_income)?;
        check_won("household.property", self.household.property)?;
        let k = self.household.rare_patients;
        if k == 0 || k > self.household.size {
            return Err(CaseError::new(
                "household.rare_patients",
                format!(
                    "must be at least 1 and at most the household size {} (got {k})",
                    self.household.size
                ),
                format!(
                    "1명 이상, 가구원 수({}명) 이하여야 합니다 (입력값 {k})",
                    self.household.size
                ),
            ));
        }
        for (i, o) in self.obligor_households.iter().enumerate() {
            check_size(&format!("obligor_households[{i}].size"), o.size)?;
            check_won(
                &format!("obligor_households[{i}].monthly_income"),
                o.monthly_income,
            )?;
            check_won(&format!("obligor_households[{i}].property"), o.property)?;
        }
        Ok(())
    }
}
