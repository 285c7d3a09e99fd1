//! `evaluate`: one case in, one decision out (SPEC §1–§4).

use crate::case::{Case, CaseError, Coverage, ExcludedStatus, Nationality};
use crate::dataset::{dataset, Dataset};
use crate::decision::{overall, Basis, Decision, Item, Verdict};
use crate::diseases::{self, Group, Lookup};
use crate::documents::documents;
use crate::household::{outcome, tests};
use crate::items::{self, Context, DiseaseMatch};
use crate::notes::{Note, OnlineClosed};
use crate::reasons::{Exclusion, Reason};

/// Resolves the `disease` input (SPEC §4). A code whose entries span both groups
/// (E75.2, V117) is an error that lists the candidates and asks for the name.
pub fn resolve_disease(input: &str) -> Result<DiseaseMatch, CaseError> {
    match diseases::lookup(input) {
        Lookup::Found(entries) => Ok(DiseaseMatch::Listed(entries)),
        Lookup::NotListed => Ok(DiseaseMatch::NotListed),
        Lookup::Ambiguous(entries) => {
            let names: Vec<&str> = entries.iter().map(|d| d.korean).collect();
            Err(CaseError::new(
                "disease",
                format!(
                    "{:?} covers diseases in both the 4-major and the ordinary rare group; enter the disease name instead: {}",
                    input.trim(),
                    names.join(", ")
                ),
                format!(
                    "'{}' 코드에는 4대 질환과 일반 희귀질환이 함께 있습니다. 질환명으로 입력하세요: {}",
                    input.trim(),
                    names.join(", ")
                ),
            ))
        }
    }
}

/// Seed 003, 지원제외 대상자: "외국국적자 단, 외국인 특례에 따라 지원대상자에 해당하는
/// 외국인은 지원가능함"; "국적을 상실하거나 국외에 이주한 자"; "군복무, 외국체류, 교도소 등
/// 수감, 보장시설 입소, 가출·행방불명·실종, 사망 후 미상속 등".
fn exclusion(case: &Case) -> Option<Exclusion> {
    if case.nationality == Nationality::Foreign {
        return Some(Exclusion::Foreign);
    }
    if case.excluded_status != ExcludedStatus::None {
        return Some(Exclusion::Status(case.excluded_status));
    }
    None
}

/// Judges one case. Validates it first (SPEC §4: amounts, sizes, patients, year,
/// ambiguous disease codes).
pub fn evaluate(case: &Case) -> Result<Decision, CaseError> {
    case.validate()?;
    let ds: &'static Dataset = dataset(case.year).ok_or_else(|| {
        CaseError::new("year", "no data for this year", "이 연도의 자료가 없습니다")
    })?;
    let disease = resolve_disease(&case.disease)?;
    let mut notes = vec![Note::DataYear(ds.year)];

    // Exclusions come first: every item unlikely.
    if let Some(e) = exclusion(case) {
        let items = items::uniform(ds, Verdict::Unlikely, Reason::Excluded(e));
        return Ok(Decision {
            overall: overall(&items),
            items,
            tests: Vec::new(),
            online_application: false,
            documents: Vec::new(),
            notes,
        });
    }

    // "4대 질환" thresholds by group; a disease not on the list uses the ordinary ones.
    let group = match &disease {
        DiseaseMatch::Listed(entries) => entries.first().map_or(Group::Rare, |d| d.group()),
        DiseaseMatch::NotListed => Group::Rare,
    };
    let health_insurance = case.coverage == Coverage::HealthInsurance;
    let tests = if health_insurance {
        tests(ds, case, group)
    } else {
        Vec::new()
    };
    let patients = case.household.rare_patients;
    let means = outcome(&tests, patients);
    let ctx = Context {
        case,
        dataset: ds,
        disease: &disease,
        means,
    };

    // "산정특례 등록자에 한하여 등록신청 및 지원이 가능하므로 반드시 희귀질환자 산정특례
    // 등록 후 보건소에 신청해야 합니다": not a "no", but "register first". The tests are
    // still shown.
    let registered = case.special_calc_registered;
    let (items, by_exception) = if registered {
        items::all(&ctx)
    } else {
        (
            items::uniform(ds, Verdict::RegisterFirst, Reason::NotRegistered),
            false,
        )
    };

    // Seed 003, 신청방법: "온라인 신청은 부양의무자가 없는 건강보험가입자인 경우에만
    // 신청가능"; not for 재산조사 특례대상자.
    let copayment_likely = items
        .iter()
        .any(|d| d.item == Item::Copayment && d.verdict == Verdict::Likely);
    let online_application = registered
        && health_insurance
        && case.obligor_households.is_empty()
        && copayment_likely
        && !by_exception;

    notes.push(Note::ApplyAtHealthCentre);
    if health_insurance {
        notes.push(Note::InvestigationTakesAMonth);
    }
    notes.push(Note::SupportFromApplication);
    if registered {
        notes.push(if online_application {
            Note::OnlineOpen
        } else if !health_insurance {
            Note::OnlineClosed(OnlineClosed::NotHealthInsurance)
        } else if !case.obligor_households.is_empty() {
            Note::OnlineClosed(OnlineClosed::HasObligors)
        } else if by_exception {
            Note::OnlineClosed(OnlineClosed::Exception)
        } else {
            Note::OnlineClosed(OnlineClosed::CopaymentNotLikely)
        });
    }
    if tests.iter().any(|t| t.basis == Basis::Estimated) {
        notes.push(Note::EstimatedThreshold);
    }
    if disease == DiseaseMatch::NotListed {
        notes.push(Note::DiseaseNotListed);
    }
    if health_insurance && patients >= 3 {
        notes.push(Note::Compounding);
    }
    if health_insurance {
        notes.push(Note::Reinvestigation);
        notes.push(Note::ReapplyAfterRejection);
    }
    notes.push(Note::SpecialCalcLapse);
    for n in ds.notes {
        if n.under_age.is_none_or(|a| case.age < a) {
            notes.push(Note::Year(n));
        }
    }
    for n in ds.doubts {
        if n.under_age.is_none_or(|a| case.age < a) {
            notes.push(Note::Doubt(n));
        }
    }

    let documents = documents(case, &disease.kcd(), &items);
    Ok(Decision {
        overall: overall(&items),
        items,
        tests,
        online_application,
        documents,
        notes,
    })
}
