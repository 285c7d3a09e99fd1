//! The checks on a family as the command line reads it (SPEC §5, "Bad input"): every
//! error names its field, like a case's. The widget builds only well-formed families
//! ([`super::obligors_of_well_formed`]), so none of this reaches its download.

use super::{Family, Relation, Relative};
use crate::vocab::Lang;

/// Bad family input, naming the field's path such as `relatives[2].of` (like
/// [`crate::CaseError`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FamilyError {
    /// The field's path in the family JSON.
    pub field: String,
    /// What is wrong, in plain English.
    pub message: String,
    /// The same in Korean.
    pub message_ko: String,
}

impl FamilyError {
    pub fn new(
        field: impl Into<String>,
        message: impl Into<String>,
        ko: impl Into<String>,
    ) -> Self {
        FamilyError {
            field: field.into(),
            message: message.into(),
            message_ko: ko.into(),
        }
    }

    /// The message in the given language.
    pub fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::Ko => format!("{}: {}", self.field, self.message_ko),
            Lang::En => format!("{}: {}", self.field, self.message),
        }
    }
}

impl std::fmt::Display for FamilyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for FamilyError {}

/// A flag set on a relation it makes no sense for.
fn flag_error(i: usize, flag: &str, r: &Relative, only_en: &str, only_ko: &str) -> FamilyError {
    FamilyError::new(
        format!("relatives[{i}].{flag}"),
        format!(
            "`{flag}` is only for {only_en}, not for a {} (\"{}\")",
            r.relation.as_str(),
            r.id
        ),
        format!(
            "`{flag}`는 {only_ko}에만 쓸 수 있습니다 ('{}'은(는) {})",
            r.id,
            r.relation.as_str()
        ),
    )
}

/// Checks one relative on its own: its id, and that each flag makes sense for the
/// relation.
fn check_relative(i: usize, r: &Relative) -> Result<(), FamilyError> {
    if r.id.trim().is_empty() {
        return Err(FamilyError::new(
            format!("relatives[{i}].id"),
            "must not be empty",
            "비어 있으면 안 됩니다",
        ));
    }
    let spouse = r.relation == Relation::ChildSpouse;
    if r.foreign && !spouse {
        return Err(flag_error(
            i,
            "foreign",
            r,
            "a child_spouse",
            "자녀의 배우자",
        ));
    }
    if r.de_facto && !spouse {
        return Err(flag_error(
            i,
            "de_facto",
            r,
            "a child_spouse",
            "자녀의 배우자",
        ));
    }
    if r.lives_apart && r.relation != Relation::Child {
        return Err(flag_error(i, "lives_apart", r, "a child", "자녀"));
    }
    if r.of.is_some() && !spouse {
        return Err(flag_error(i, "of", r, "a child_spouse", "자녀의 배우자"));
    }
    // "민법 제779조 가족의 범위에 해당하지 않는 자" is outside the patient household, and
    // after 친양자 adoption the birth parents are no longer family (민법 제908조의3).
    if r.in_patient_household && r.relation == Relation::BirthParent {
        return Err(FamilyError::new(
            format!("relatives[{i}].in_patient_household"),
            format!(
                "a birth parent (\"{}\") of a patient adopted by full adoption (친양자) is not family under 민법 제779조, so cannot be in the patient household",
                r.id
            ),
            format!(
                "친양자의 친부모('{}')는 민법 제779조의 가족이 아니므로 환자가구에 속할 수 없습니다",
                r.id
            ),
        ));
    }
    if spouse && r.of.is_none() {
        return Err(FamilyError::new(
            format!("relatives[{i}].of"),
            format!(
                "a child_spouse (\"{}\") needs `of`, the id of the child they are married to",
                r.id
            ),
            format!(
                "자녀의 배우자('{}')에는 배우자인 자녀의 id를 `of`로 적어야 합니다",
                r.id
            ),
        ));
    }
    Ok(())
}

/// Validates the family: ids, flags, and every `of`. On success, returns for each
/// relative the index of the child it is married to (for a `child_spouse`).
pub(super) fn validate(family: &Family) -> Result<Vec<Option<usize>>, FamilyError> {
    // Families are a handful of people: a look along the list is all it takes.
    let index_of = |id: &str| family.relatives.iter().position(|r| r.id == id);
    for (i, r) in family.relatives.iter().enumerate() {
        check_relative(i, r)?;
        if let Some(first) = index_of(&r.id).filter(|first| *first != i) {
            return Err(FamilyError::new(
                format!("relatives[{i}].id"),
                format!("duplicate id \"{}\" (also relatives[{first}].id)", r.id),
                format!("id '{}'가 중복됩니다 (relatives[{first}].id와 같음)", r.id),
            ));
        }
    }
    let mut spouse_of: Vec<Option<usize>> = vec![None; family.relatives.len()];
    // The living spouse already found for each child: at most one.
    let mut living_spouse: Vec<(usize, usize)> = Vec::new();
    for (i, r) in family.relatives.iter().enumerate() {
        let Some(of) = &r.of else { continue };
        let field = format!("relatives[{i}].of");
        let Some(c) = index_of(of) else {
            return Err(FamilyError::new(
                field,
                format!("\"{of}\" names nobody in relatives"),
                format!("'{of}'라는 id를 가진 사람이 없습니다"),
            ));
        };
        let child = &family.relatives[c];
        if child.relation != Relation::Child {
            return Err(FamilyError::new(
                field,
                format!(
                    "\"{of}\" is a {}, not a child; `of` must name the child this spouse is married to",
                    child.relation.as_str()
                ),
                format!(
                    "'{of}'은(는) 자녀(child)가 아니라 {}입니다. `of`에는 배우자인 자녀의 id를 적어야 합니다",
                    child.relation.as_str()
                ),
            ));
        }
        if !r.deceased {
            if let Some(&(_, first)) = living_spouse.iter().find(|(child, _)| *child == c) {
                return Err(FamilyError::new(
                    field,
                    format!(
                        "child \"{of}\" already has a living spouse (relatives[{first}]); a child has at most one"
                    ),
                    format!(
                        "자녀 '{of}'에게는 이미 살아 있는 배우자(relatives[{first}])가 있습니다. 배우자는 한 명만 적을 수 있습니다"
                    ),
                ));
            }
            living_spouse.push((c, i));
        }
        spouse_of[i] = Some(c);
    }
    Ok(spouse_of)
}
