//! Every reason, note, document and exclusion reads in both languages, differently, and
//! cites its rule. The tests walk every variant: `arm` matches each enum exhaustively, so
//! a new variant does not compile until it has an arm, and the arm's number is checked
//! against the examples, so it cannot be left without one.

use std::collections::BTreeSet;

use rules::dataset::dataset;
use rules::family::ExclusionReason;
use rules::notes::OnlineClosed;
use rules::reasons::{Exclusion, HemophiliaException, ListSize, Payout};
use rules::{
    Coverage, Document, ExcludedStatus, Explained, Item, Lang, Note, Reason, SublistAnswer,
};

/// Checks that the examples reach every arm 0..arms, and that each reads in Korean and
/// English, non-empty and different; `cited` says which must carry a citation.
fn check<T: Explained + std::fmt::Debug>(
    examples: &[T],
    arm: impl Fn(&T) -> usize,
    arms: usize,
    cited: impl Fn(&T) -> bool,
) {
    let reached: BTreeSet<usize> = examples.iter().map(&arm).collect();
    let all: BTreeSet<usize> = (0..arms).collect();
    assert_eq!(
        reached, all,
        "an arm without an example, or an arm past {arms}"
    );
    for e in examples {
        let (ko, en) = (e.text(Lang::Ko), e.text(Lang::En));
        assert!(!ko.trim().is_empty() && !en.trim().is_empty(), "{e:?}");
        assert_ne!(ko, en, "{e:?} is not translated");
        assert!(
            !e.sentence(Lang::Ko).contains("(근거:"),
            "{e:?}: citation in the sentence"
        );
        if cited(e) {
            let c = e
                .citation()
                .unwrap_or_else(|| panic!("{e:?} cites no rule"));
            assert!(ko.ends_with(&c.text(Lang::Ko)), "{ko}");
            assert!(en.ends_with(&c.text(Lang::En)), "{en}");
        }
    }
}

fn reason_arm(r: &Reason) -> usize {
    match r {
        Reason::Excluded(_) => 0,
        Reason::NotRegistered => 1,
        Reason::NotForCoverage(_) => 2,
        Reason::DiseaseNotListed => 3,
        Reason::NotCkd => 4,
        Reason::NoSevereKidney => 5,
        Reason::SevereKidney => 6,
        Reason::Sublist { .. } => 7,
        Reason::DisabilityNotRegistered => 8,
        Reason::DisabilityRegistered => 9,
        Reason::NoSeverePhysicalOrBrain => 10,
        Reason::SeverePhysicalOrBrain => 11,
        Reason::UnderNineteen => 12,
        Reason::MeansPassed => 13,
        Reason::MeansPassedOnEstimate => 14,
        Reason::MeansFailed => 15,
        Reason::MeansFailedOnEstimateOnly => 16,
        Reason::MeansNotRequired(_) => 17,
        Reason::MeansSkippedUnder18 => 18,
        Reason::MultiplierApplied { .. } => 19,
        Reason::PassesOnlyByCompounding { .. } => 20,
        Reason::Hemophilia(_) => 21,
        Reason::OnePerHousehold { .. } => 22,
        Reason::CornstarchOnList { .. } => 23,
        Reason::CornstarchNotOnList { .. } => 24,
        Reason::CornstarchAskName => 25,
        Reason::Amount(_) => 26,
    }
}

#[test]
fn every_reason_reads_in_both_languages_and_all_but_the_amounts_cite_their_rule() {
    let size = ListSize {
        year: 2026,
        count: Some(105),
    };
    let unknown_size = ListSize {
        year: 2024,
        count: None,
    };
    let mut examples = vec![
        Reason::Excluded(Exclusion::Foreign),
        Reason::NotRegistered,
        Reason::DiseaseNotListed,
        Reason::NotCkd,
        Reason::NoSevereKidney,
        Reason::SevereKidney,
        Reason::DisabilityNotRegistered,
        Reason::DisabilityRegistered,
        Reason::NoSeverePhysicalOrBrain,
        Reason::SeverePhysicalOrBrain,
        Reason::UnderNineteen,
        Reason::MeansPassed,
        Reason::MeansPassedOnEstimate,
        Reason::MeansFailed,
        Reason::MeansFailedOnEstimateOnly,
        Reason::MeansSkippedUnder18,
        Reason::MultiplierApplied { patients: 2 },
        Reason::PassesOnlyByCompounding { patients: 3 },
        Reason::OnePerHousehold { patients: 2 },
        Reason::CornstarchOnList { size },
        Reason::CornstarchNotOnList { size },
        Reason::CornstarchAskName,
    ];
    examples.extend(
        ExcludedStatus::ALL
            .iter()
            .map(|s| Reason::Excluded(Exclusion::Status(*s))),
    );
    for c in Coverage::ALL {
        examples.push(Reason::NotForCoverage(*c));
        examples.push(Reason::MeansNotRequired(*c));
    }
    for e in [
        HemophiliaException::Inhibitor,
        HemophiliaException::Hiv,
        HemophiliaException::Inpatient,
    ] {
        examples.push(Reason::Hemophilia(e));
    }
    for item in Item::ALL {
        for answer in SublistAnswer::ALL {
            for size in [size, unknown_size] {
                examples.push(Reason::Sublist {
                    item: *item,
                    answer: *answer,
                    size,
                });
            }
        }
        for ds in rules::datasets() {
            examples.push(Reason::Amount(Payout::of(*item, ds)));
        }
    }
    check(&examples, reason_arm, 27, |r| {
        !matches!(r, Reason::Amount(_))
    });
}

fn note_arm(n: &Note) -> usize {
    match n {
        Note::DataYear(_) => 0,
        Note::ApplyAtHealthCentre => 1,
        Note::InvestigationTakesAMonth => 2,
        Note::SupportFromApplication => 3,
        Note::OnlineOpen => 4,
        Note::OnlineClosed(_) => 5,
        Note::Reinvestigation => 6,
        Note::ReapplyAfterRejection => 7,
        Note::SpecialCalcLapse => 8,
        Note::EstimatedThreshold => 9,
        Note::DiseaseNotListed => 10,
        Note::OlderList { .. } => 11,
        Note::Compounding => 12,
        Note::Year(_) => 13,
        Note::Doubt(_) => 14,
        Note::CentresNearest(_) => 15,
        Note::CentresPeriod { .. } => 16,
    }
}

#[test]
fn every_note_reads_in_both_languages_and_those_from_seed_003_cite_it() {
    let ds = dataset(2023).unwrap();
    let mut examples = vec![
        Note::DataYear(2026),
        Note::ApplyAtHealthCentre,
        Note::InvestigationTakesAMonth,
        Note::SupportFromApplication,
        Note::OnlineOpen,
        Note::Reinvestigation,
        Note::ReapplyAfterRejection,
        Note::SpecialCalcLapse,
        Note::EstimatedThreshold,
        Note::DiseaseNotListed,
        Note::Compounding,
        Note::OlderList {
            year: 2024,
            count: Some(1272),
            bundled_count: 1413,
        },
        Note::OlderList {
            year: 2022,
            count: None,
            bundled_count: 1413,
        },
        Note::Doubt(&ds.doubts[0]),
        Note::CentresPeriod {
            year: 2023,
            from: 2024,
            to: 2026,
        },
    ];
    examples.extend(
        rules::centres::for_sido("울산광역시")
            .nearest
            .map(Note::CentresNearest),
    );
    for why in [
        OnlineClosed::NotHealthInsurance,
        OnlineClosed::HasObligors,
        OnlineClosed::Exception,
        OnlineClosed::CopaymentNotLikely,
    ] {
        examples.push(Note::OnlineClosed(why));
    }
    for ds in rules::datasets() {
        examples.extend(ds.notes.iter().map(Note::Year));
        examples.extend(ds.doubts.iter().map(Note::Doubt));
    }
    check(&examples, note_arm, 17, |n| {
        matches!(
            n,
            Note::ApplyAtHealthCentre
                | Note::InvestigationTakesAMonth
                | Note::OnlineOpen
                | Note::OnlineClosed(_)
                | Note::Reinvestigation
                | Note::ReapplyAfterRejection
                | Note::SpecialCalcLapse
        )
    });
}

fn document_arm(d: &Document) -> usize {
    match d {
        Document::ApplicationForm => 0,
        Document::LeaseContract => 1,
        Document::FamilyRelationCertificate => 2,
        Document::BankbookCopy => 3,
        Document::DiagnosisCertificate => 4,
        Document::CarInsurance => 5,
        Document::DisabilityProof => 6,
        Document::ObligorCertificates => 7,
    }
}

#[test]
fn every_document_reads_in_both_languages_and_cites_the_document_list() {
    let examples = [
        Document::ApplicationForm,
        Document::LeaseContract,
        Document::FamilyRelationCertificate,
        Document::BankbookCopy,
        Document::DiagnosisCertificate,
        Document::CarInsurance,
        Document::DisabilityProof,
        Document::ObligorCertificates,
    ];
    check(&examples, document_arm, 8, |_| true);
}

fn exclusion_arm(e: &ExclusionReason) -> usize {
    match e {
        ExclusionReason::Deceased => 0,
        ExclusionReason::InPatientHousehold => 1,
        ExclusionReason::SpouseParent => 2,
        ExclusionReason::Stepchild => 3,
        ExclusionReason::SpouseOfDeceased => 4,
        ExclusionReason::BirthParent => 5,
        ExclusionReason::DeFacto => 6,
        ExclusionReason::ForeignSpouse => 7,
    }
}

#[test]
fn every_family_exclusion_reads_in_both_languages_and_the_seed_003_ones_cite_it() {
    use ExclusionReason::*;
    let examples = [
        Deceased,
        InPatientHousehold,
        SpouseParent,
        Stepchild,
        SpouseOfDeceased,
        BirthParent,
        DeFacto,
        ForeignSpouse,
    ];
    check(&examples, exclusion_arm, 8, |e| *e != Deceased);
}

#[test]
fn every_word_of_every_enum_reads_in_both_languages() {
    fn words<T: Copy + std::fmt::Debug>(all: &[T], text: impl Fn(T, Lang) -> &'static str) {
        for v in all {
            let (ko, en) = (text(*v, Lang::Ko), text(*v, Lang::En));
            assert!(!ko.is_empty() && !en.is_empty(), "{v:?}");
            assert_ne!(ko, en, "{v:?}");
        }
    }
    use rules::*;
    words(Verdict::ALL, Verdict::text);
    words(Verdict::ALL, Verdict::sentence);
    words(Item::ALL, Item::text);
    words(Basis::ALL, Basis::text);
    words(HouseholdKind::ALL, HouseholdKind::text);
    words(TestKind::ALL, TestKind::text);
    words(Coverage::ALL, Coverage::text);
    words(Coverage::ALL, Coverage::holders);
    words(Nationality::ALL, Nationality::text);
    words(ExcludedStatus::ALL, ExcludedStatus::text);
    words(SublistAnswer::ALL, SublistAnswer::text);
    words(Town::ALL, Town::text);
    words(Group::ALL, Group::text);
    words(PlaceKind::ALL, PlaceKind::text);
    for ds in datasets() {
        for tier in ds.property.tiers {
            assert_ne!(tier.ko, tier.en, "{}", tier.id);
        }
    }
}
