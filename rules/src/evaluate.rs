//! `evaluate`: one case in, one decision out (SPEC §1–§4).

use std::borrow::Cow;

use crate::assumptions::Assumption;
use crate::case::{Case, CaseError};
use crate::centres;
use crate::dataset::{dataset, years, Dataset};
use crate::decision::{overall, Decision, PatientLimits};
use crate::diseases::{self, DiseaseMatch, Lookup};
use crate::documents::documents;
use crate::household::{outcome, tests};
use crate::items::{self, Context};
use crate::location::{locate, WhereAnswer, Whereabouts};
use crate::notes::{Note, OnlineClosed};
use crate::reasons::{Exclusion, Reason};
use crate::vocab::{Basis, ExcludedStatus, Item, Nationality, TestKind, Verdict};

/// The year's data, or an error that lists the years there are.
pub fn year_data(year: u16) -> Result<&'static Dataset, CaseError> {
    dataset(year).ok_or_else(|| {
        let years: Vec<String> = years().iter().map(u16::to_string).collect();
        CaseError::new(
            "year",
            format!("no data for {year} (available: {})", years.join(", ")),
            format!(
                "{year}년 자료가 없습니다 (가능한 연도: {})",
                years.join(", ")
            ),
        )
    })
}

/// Resolves the `disease` input (SPEC §4). A code whose entries span both groups
/// (E75.2, V117) is an error that lists the candidates and asks for the name.
pub fn resolve_disease(input: &str, lookup: &Lookup) -> Result<DiseaseMatch, CaseError> {
    lookup.matched().ok_or_else(|| {
        let names: Vec<&str> = match lookup {
            Lookup::Ambiguous(entries) => entries.iter().map(|d| d.korean).collect(),
            _ => Vec::new(),
        };
        CaseError::new(
            "disease",
            format!(
                "\"{}\" covers diseases in both the 4-major and the ordinary rare group; enter the disease name instead: {}",
                input.trim(),
                names.join(", ")
            ),
            format!(
                "'{}' 코드에는 4대 질환과 일반 희귀질환이 함께 있습니다. 질환명으로 입력하세요: {}",
                input.trim(),
                names.join(", ")
            ),
        )
    })
}

/// Where the patient household and each obligor household live, for the case's year.
/// Health-insured cases must say where the patient household lives (the property test
/// needs its tier); the others may.
pub fn whereabouts(
    ds: &'static Dataset,
    case: &Case,
) -> Result<(Option<Whereabouts>, Vec<Whereabouts>), CaseError> {
    let patient = locate(
        ds,
        "",
        WhereAnswer {
            region: case.region.as_deref(),
            location: case.location.as_deref(),
            town: case.town,
        },
        None,
    )?;
    if patient.is_none() && case.coverage.means_tested() {
        return Err(CaseError::new(
            "location",
            "missing: a health-insured case needs location (a 시·군·구) or region",
            "빠졌습니다: 건강보험 가입자는 location(시·군·구) 또는 region이 필요합니다",
        ));
    }
    let mut obligors = Vec::with_capacity(case.obligor_households.len());
    for (i, o) in case.obligor_households.iter().enumerate() {
        let own = WhereAnswer {
            region: o.region.as_deref(),
            location: o.location.as_deref(),
            town: o.town,
        };
        if let Some(w) = locate(ds, &format!("obligor_households[{i}]."), own, patient)? {
            obligors.push(w);
        }
    }
    Ok((patient, obligors))
}

/// The items the visitor needs (SPEC §4 `needs`): every item of the year when the case
/// does not say. A need the year does not have is an error that names it.
pub fn needs(ds: &Dataset, case: &Case) -> Result<Vec<Item>, CaseError> {
    let Some(needs) = &case.needs else {
        return Ok(ds.rules.items.to_vec());
    };
    if needs.is_empty() {
        return Err(CaseError::new(
            "needs",
            "name at least one item (or leave needs out for every item)",
            "항목을 하나 이상 주세요 (모든 항목이면 needs를 빼세요)",
        ));
    }
    if let Some(i) = needs.iter().position(|item| !ds.has_item(*item)) {
        return Err(CaseError::new(
            format!("needs[{i}]"),
            format!("{} is not a support item in {}", needs[i].code(), ds.year),
            format!(
                "{}년에는 없는 지원 항목입니다: {}",
                ds.year,
                needs[i].code()
            ),
        ));
    }
    Ok(needs.clone())
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

/// Judges one case. Validates it first (SPEC §4: amounts, sizes, patients, year, place,
/// ambiguous disease codes).
pub fn evaluate(case: &Case) -> Result<Decision, CaseError> {
    evaluate_with(case, &diseases::lookup(&case.disease))
}

/// [`evaluate`], with the disease already looked up: the widget looks it up once per
/// keystroke and shares it between the questions and the result.
pub fn evaluate_with(case: &Case, lookup: &Lookup) -> Result<Decision, CaseError> {
    case.validate()?;
    let ds = year_data(case.year)?;
    let needs = needs(ds, case)?;
    let disease = resolve_disease(&case.disease, lookup)?;
    // A year without the obligor test (SPEC §2, "Rules that start and stop") tests no
    // obligor household: any the case lists are set aside, and with them the obligor
    // documents, notes and the bar to applying online.
    let case: Cow<Case> = if ds.obligor_test() || case.obligor_households.is_empty() {
        Cow::Borrowed(case)
    } else {
        Cow::Owned(Case {
            obligor_households: Vec::new(),
            ..case.clone()
        })
    };
    let case = case.as_ref();
    let (patient_place, obligor_places) = whereabouts(ds, case)?;
    let mut notes = vec![Note::DataYear(ds.year)];
    let overall_of = |items: &[crate::decision::ItemDecision]| {
        let needed: Vec<_> = items
            .iter()
            .filter(|d| needs.contains(&d.item))
            .cloned()
            .collect();
        overall(&needed)
    };
    let mut assumptions: Vec<Assumption> =
        ds.provisional.iter().map(Assumption::Provisional).collect();

    // Seed 000: the expert centres of the patient household's 권역.
    let centres = patient_place
        .and_then(|w| w.place)
        .map(|p| centres::for_sido(p.sido));
    let centre_names = centres.as_ref().map(|c| c.names()).unwrap_or_default();

    // Exclusions come first: every item unlikely.
    if let Some(e) = exclusion(case) {
        let items = items::uniform(ds, Verdict::Unlikely, Reason::Excluded(e));
        return Ok(Decision {
            overall: overall_of(&items),
            items,
            tests: Vec::new(),
            online_application: false,
            documents: Vec::new(),
            notes,
            assumptions,
            centres: centre_names,
            year: ds.year,
            patient: None,
        });
    }

    let means_tested = case.coverage.means_tested();
    let tests = match patient_place.filter(|_| means_tested) {
        Some(patient) => {
            let tiers: Vec<_> = std::iter::once(patient.tier)
                .chain(obligor_places.iter().map(|w| w.tier))
                .collect();
            tests(ds, case, disease.group(), &tiers)
        }
        None => Vec::new(),
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
        && means_tested
        && case.obligor_households.is_empty()
        && copayment_likely
        && !by_exception;

    notes.push(Note::ApplyAtHealthCentre);
    if means_tested {
        notes.push(Note::InvestigationTakesAMonth);
    }
    notes.push(Note::SupportFromApplication);
    if registered {
        notes.push(if online_application {
            Note::OnlineOpen
        } else if !means_tested {
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
    if means_tested {
        let mut doubts: Vec<_> = patient_place
            .iter()
            .chain(&obligor_places)
            .filter_map(|w| w.doubt)
            .collect();
        doubts.dedup_by(|a, b| std::ptr::eq(*a, *b));
        notes.extend(doubts.into_iter().map(Note::Doubt));
    }
    if disease == DiseaseMatch::NotListed {
        notes.push(Note::DiseaseNotListed);
    }
    // The bundled disease list is one year's; a year whose list had another size (or an
    // unknown one) may not have covered every disease on it.
    let count = ds.list(Item::Copayment).and_then(|c| c.count);
    let bundled_count = diseases::list().len();
    if count != Some(bundled_count as u32) {
        notes.push(Note::OlderList {
            year: ds.year,
            count,
            bundled_count,
        });
    }
    if means_tested && patients >= 3 {
        notes.push(Note::Compounding);
    }
    if means_tested {
        notes.push(Note::Reinvestigation);
        notes.push(Note::ReapplyAfterRejection);
    }
    notes.push(Note::SpecialCalcLapse);
    if let Some(c) = &centres {
        notes.extend(c.nearest.map(Note::CentresNearest));
        let (from, to) = centres::period();
        if !(from..=to).contains(&ds.year) {
            notes.push(Note::CentresPeriod {
                year: ds.year,
                from,
                to,
            });
        }
    }
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
    if means_tested {
        notes.extend(ds.rules.obligor_test.note.as_ref().map(Note::Year));
    }

    // What the verdict rests on that was not checked.
    if means_tested
        && ds.obligor_test()
        && !case.family_answered
        && case.obligor_households.is_empty()
    {
        assumptions.insert(0, Assumption::FamilyUnanswered);
    }
    if tests
        .iter()
        .any(|t| t.kind == TestKind::Property && t.basis == Basis::Estimated)
    {
        assumptions.push(Assumption::EstimatedProperty);
    }

    let verdicts: Vec<_> = items.iter().map(|d| (d.item, d.verdict)).collect();
    let documents = documents(case, &disease.kcd(), &verdicts);
    Ok(Decision {
        overall: overall_of(&items),
        items,
        tests,
        online_application,
        documents,
        notes,
        assumptions,
        centres: centre_names,
        year: ds.year,
        patient: patient_place
            .filter(|_| means_tested)
            .map(|w| PatientLimits {
                group: disease.group(),
                tier: w.tier.id,
                age: case.age,
                patients,
                size: case.household.size,
            }),
    })
}
