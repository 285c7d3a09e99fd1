//! Each special case of SPEC §1 (seed 003), as sentences.

mod common;
use common::*;
use rules::notes::Note;
use rules::reasons::Reason;
use rules::{
    Basis, Coverage, Document, ExcludedStatus, Item, Lang, Nationality, SublistAnswer, Verdict,
};

fn has_reason(d: &rules::Decision, item: Item, f: impl Fn(&Reason) -> bool) -> bool {
    d.item(item).unwrap().reasons.iter().any(f)
}

// --- Exclusions (지원제외 대상자) -------------------------------------------------------

#[test]
fn a_foreign_national_gets_unlikely_for_every_item() {
    let mut c = case(2023, RARE);
    c.nationality = Nationality::Foreign;
    let d = eval(&c);
    assert_eq!(d.overall, Verdict::Unlikely);
    assert_eq!(d.items.len(), 6);
    for i in &d.items {
        assert_eq!(i.verdict, Verdict::Unlikely, "{:?}", i.item);
        assert!(i.reasons[0].to_string().contains("지원제외 대상자"));
    }
    assert!(!d.online_application);
    assert!(d.documents.is_empty());
}

#[test]
fn every_excluded_status_gives_unlikely_for_every_item_even_when_registered_and_poor() {
    for status in [
        ExcludedStatus::LostNationality,
        ExcludedStatus::Military,
        ExcludedStatus::Abroad,
        ExcludedStatus::Prison,
        ExcludedStatus::CareFacility,
        ExcludedStatus::Missing,
        ExcludedStatus::Deceased,
    ] {
        let mut c = case(2024, RARE);
        c.excluded_status = status;
        let d = eval(&c);
        assert_eq!(d.overall, Verdict::Unlikely, "{status:?}");
        assert_eq!(d.items.len(), 7, "2024 has cornstarch");
        assert!(d.items.iter().all(|i| i.verdict == Verdict::Unlikely));
    }
}

#[test]
fn an_excluded_person_who_is_not_registered_still_gets_unlikely_not_register_first() {
    let mut c = case(2023, RARE);
    c.excluded_status = ExcludedStatus::Prison;
    c.special_calc_registered = false;
    assert_eq!(eval(&c).overall, Verdict::Unlikely);
}

#[test]
fn a_foreigner_under_the_foreigner_special_case_is_not_excluded() {
    let mut c = case(2023, RARE);
    c.nationality = Nationality::ForeignSpecial;
    let d = eval(&c);
    assert_eq!(d.overall, Verdict::Likely);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
}

// --- Register first -------------------------------------------------------------------

#[test]
fn someone_not_registered_for_special_calculation_is_told_to_register_first_and_still_sees_the_tests(
) {
    let mut c = case(2023, RARE);
    c.special_calc_registered = false;
    c.household.monthly_income = 10_000_000;
    let d = eval(&c);
    assert_eq!(d.overall, Verdict::RegisterFirst);
    assert!(d.items.iter().all(|i| i.verdict == Verdict::RegisterFirst));
    assert_eq!(d.tests.len(), 2);
    assert!(!d.tests[0].passed);
    assert!(!d.online_application);
    assert!(d.items[0].reasons[0].to_string().contains("산정특례"));
}

// --- Haemophilia exceptions -------------------------------------------------------------

fn rich_hemophilia_case() -> rules::Case {
    let mut c = case(2023, HEMOPHILIA);
    c.household.monthly_income = 50_000_000;
    c.household.property = 5_000_000_000;
    c.on_sublist.set(Item::Ventilator, SublistAnswer::Yes);
    c
}

#[test]
fn haemophilia_with_inhibitor_antibodies_gets_the_copayment_regardless_of_income_and_property() {
    let mut c = rich_hemophilia_case();
    assert_eq!(verdict(&eval(&c), Item::Copayment), Verdict::Unlikely);
    c.hemophilia.inhibitor = true;
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
    assert!(has_reason(&d, Item::Copayment, |r| matches!(
        r,
        Reason::Hemophilia(_)
    )));
    // The exception covers the co-payment only.
    assert_eq!(verdict(&d, Item::Ventilator), Verdict::Unlikely);
    // 재산조사 특례대상자: no online application.
    assert!(!d.online_application);
    assert!(d
        .notes
        .contains(&Note::OnlineClosed(rules::notes::OnlineClosed::Exception)));
}

#[test]
fn haemophilia_with_hiv_gets_the_copayment_regardless_of_income_and_property() {
    let mut c = rich_hemophilia_case();
    c.hemophilia.hiv = true;
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
    assert!(!d.online_application);
}

#[test]
fn the_haemophilia_inpatient_exception_gets_the_copayment_regardless_of_income_and_property() {
    let mut c = rich_hemophilia_case();
    c.hemophilia.inpatient_exception = true;
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
    let text = d.item(Item::Copayment).unwrap().reasons[0].to_string();
    assert!(text.contains("입원특례") && text.contains("1년"), "{text}");
}

#[test]
fn haemophilia_answers_are_ignored_for_a_disease_outside_d66_to_d68_2() {
    for disease in ["단백질C결핍", FOUR_MAJOR, RARE] {
        let mut c = rich_hemophilia_case();
        c.disease = disease.to_string();
        c.hemophilia.inhibitor = true;
        c.hemophilia.hiv = true;
        c.hemophilia.inpatient_exception = true;
        assert_eq!(
            verdict(&eval(&c), Item::Copayment),
            Verdict::Unlikely,
            "{disease}"
        );
    }
}

// --- Two or more patients ----------------------------------------------------------------

#[test]
fn two_patients_raise_every_threshold_by_half_so_income_between_1x_and_1_5x_passes() {
    let mut c = case(2023, RARE);
    c.household.rare_patients = 2;
    c.household.monthly_income = 7_000_000; // > 5,321,779, < 7,982,669
    c.obligor_households.push(obligor(3, 12_000_000, 0)); // > 8,869,632, < 13,304,448
    let d = eval(&c);
    assert_eq!(d.tests[0].threshold, 7_982_669);
    assert_eq!(d.tests[2].threshold, 13_304_448);
    assert!(d.tests.iter().all(|t| t.passed));
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
    assert!(!has_reason(&d, Item::Copayment, |r| matches!(
        r,
        Reason::OnePerHousehold { .. }
    )));
}

#[test]
fn two_patients_failing_even_at_1_5x_still_get_one_patient_supported_for_the_copayment() {
    let mut c = case(2023, RARE);
    c.household.rare_patients = 2;
    c.household.monthly_income = 7_982_669; // exactly at 1.5 × 5,321,779
    c.on_sublist.set(Item::Ventilator, SublistAnswer::Yes);
    let d = eval(&c);
    assert!(!d.tests[0].passed);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
    assert!(has_reason(&d, Item::Copayment, |r| matches!(
        r,
        Reason::OnePerHousehold { patients: 2 }
    )));
    let text = d
        .item(Item::Copayment)
        .unwrap()
        .reasons
        .iter()
        .map(|r| r.text(Lang::En))
        .collect::<String>();
    assert!(text.contains("only one patient"), "{text}");
    // The one-per-household rule is for the co-payment only.
    assert_eq!(verdict(&d, Item::Ventilator), Verdict::Unlikely);
    assert!(!d.online_application);
}

#[test]
fn with_three_patients_an_item_that_passes_only_by_compounding_is_review() {
    let mut c = case(2023, RARE);
    c.household.rare_patients = 3;
    c.household.monthly_income = 9_000_000; // > 7,982,669 (1.5×), < 11,974,003 (2.25×)
    c.on_sublist.set(Item::Ventilator, SublistAnswer::Yes);
    let d = eval(&c);
    assert_eq!(d.tests[0].threshold, 11_974_003);
    assert!(d.tests[0].passed);
    assert_eq!(verdict(&d, Item::Ventilator), Verdict::Review);
    assert!(has_reason(&d, Item::Ventilator, |r| matches!(
        r,
        Reason::PassesOnlyByCompounding { patients: 3 }
    )));
    // The co-payment is kept for one patient whatever the reading.
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
    assert!(!d.online_application);
    assert!(d.notes.contains(&Note::Compounding));
}

#[test]
fn with_three_patients_an_item_that_passes_at_a_single_1_5x_step_is_likely() {
    let mut c = case(2023, RARE);
    c.household.rare_patients = 3;
    c.household.monthly_income = 7_982_668; // one won under 1.5×
    c.on_sublist.set(Item::Ventilator, SublistAnswer::Yes);
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::Ventilator), Verdict::Likely);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
    assert!(d.online_application);
}

// --- Medical aid and near-poor ------------------------------------------------------------

#[test]
fn medical_aid_and_near_poor_recipients_get_only_caregiving_and_special_diet_with_no_means_test() {
    for coverage in [Coverage::MedicalAid, Coverage::NearPoor] {
        let mut c = case(2023, RARE);
        c.coverage = coverage;
        c.household.monthly_income = 90_000_000; // ignored: no means test
        c.on_sublist.set(Item::Caregiving, SublistAnswer::Yes);
        c.on_sublist.set(Item::SpecialDiet, SublistAnswer::Yes);
        c.disability.severe_physical_or_brain = true;
        let d = eval(&c);
        for item in [
            Item::Copayment,
            Item::CkdDialysis,
            Item::AssistiveDevices,
            Item::Ventilator,
        ] {
            assert_eq!(
                verdict(&d, item),
                Verdict::NotApplicable,
                "{coverage:?} {item:?}"
            );
            assert!(has_reason(&d, item, |r| matches!(
                r,
                Reason::NotForCoverage(_)
            )));
        }
        assert_eq!(verdict(&d, Item::Caregiving), Verdict::Likely);
        assert_eq!(verdict(&d, Item::SpecialDiet), Verdict::Likely);
        assert!(d.tests.is_empty());
        assert!(!d.online_application);
        assert_eq!(d.overall, Verdict::Likely);
    }
}

#[test]
fn medical_aid_caregiving_still_needs_a_severe_physical_or_brain_disability() {
    let mut c = case(2023, RARE);
    c.coverage = Coverage::MedicalAid;
    c.on_sublist.set(Item::Caregiving, SublistAnswer::Yes);
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::Caregiving), Verdict::Unlikely);
    assert_eq!(d.overall, Verdict::Review, "special diet is unknown");
}

// --- Special diet from age 19 -------------------------------------------------------------

#[test]
fn special_diet_is_not_applicable_at_18_and_likely_at_19() {
    let mut c = case(2023, RARE);
    c.on_sublist.set(Item::SpecialDiet, SublistAnswer::Yes);
    c.age = 18;
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::SpecialDiet), Verdict::NotApplicable);
    assert!(d.item(Item::SpecialDiet).unwrap().reasons[0]
        .to_string()
        .contains("선천성대사이상"));
    c.age = 19;
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::SpecialDiet), Verdict::Likely);
    let text = d
        .item(Item::SpecialDiet)
        .unwrap()
        .reasons
        .iter()
        .map(|r| r.to_string())
        .collect::<String>();
    assert!(
        text.contains("360만원") && text.contains("168만원"),
        "{text}"
    );
}

// --- Chronic kidney disease (N18) ---------------------------------------------------------

#[test]
fn n18_with_a_severe_kidney_disability_is_likely_for_dialysis_supplies() {
    let mut c = case(2023, "N18");
    c.disability.severe_kidney = true;
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::CkdDialysis), Verdict::Likely);
    assert!(d.documents.contains(&Document::DisabilityProof));
}

#[test]
fn n18_without_a_severe_kidney_disability_is_unlikely_for_dialysis_supplies() {
    let d = eval(&case(2023, "만성 신장병"));
    assert_eq!(verdict(&d, Item::CkdDialysis), Verdict::Unlikely);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
}

#[test]
fn dialysis_supplies_do_not_apply_to_a_disease_other_than_n18() {
    let mut c = case(2023, RARE);
    c.disability.severe_kidney = true;
    assert_eq!(
        verdict(&eval(&c), Item::CkdDialysis),
        Verdict::NotApplicable
    );
}

#[test]
fn n18_with_a_severe_kidney_disability_but_income_at_the_threshold_is_unlikely_for_dialysis() {
    let mut c = case(2023, "N18");
    c.disability.severe_kidney = true;
    c.household.monthly_income = 5_321_779;
    assert_eq!(verdict(&eval(&c), Item::CkdDialysis), Verdict::Unlikely);
}

// --- Sub-list answers ---------------------------------------------------------------------

#[test]
fn unknown_sub_list_answers_give_review_and_no_gives_not_applicable() {
    let mut c = case(2023, RARE);
    c.disability.registered = true;
    c.disability.severe_physical_or_brain = true;
    let d = eval(&c);
    for item in [
        Item::AssistiveDevices,
        Item::Ventilator,
        Item::Caregiving,
        Item::SpecialDiet,
    ] {
        assert_eq!(verdict(&d, item), Verdict::Review, "{item:?}");
    }
    c.on_sublist.set(Item::AssistiveDevices, SublistAnswer::No);
    c.on_sublist.set(Item::Ventilator, SublistAnswer::No);
    c.on_sublist.set(Item::Caregiving, SublistAnswer::No);
    c.on_sublist.set(Item::SpecialDiet, SublistAnswer::No);
    let d = eval(&c);
    for item in [
        Item::AssistiveDevices,
        Item::Ventilator,
        Item::Caregiving,
        Item::SpecialDiet,
    ] {
        assert_eq!(verdict(&d, item), Verdict::NotApplicable, "{item:?}");
    }
}

#[test]
fn an_unknown_sub_list_answer_is_still_unlikely_when_a_condition_fails_for_sure() {
    let mut c = case(2023, RARE);
    c.household.property = 1_000_000_000;
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::Ventilator), Verdict::Unlikely);
    assert_eq!(d.overall, Verdict::Unlikely);
}

#[test]
fn assistive_devices_need_disability_registration() {
    let mut c = case(2023, RARE);
    c.on_sublist.set(Item::AssistiveDevices, SublistAnswer::Yes);
    assert_eq!(
        verdict(&eval(&c), Item::AssistiveDevices),
        Verdict::Unlikely
    );
    c.disability.registered = true;
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::AssistiveDevices), Verdict::Likely);
    assert!(d.documents.contains(&Document::DisabilityProof));
}

#[test]
fn caregiving_on_health_insurance_pays_300_000_won_a_month_when_everything_holds() {
    let mut c = case(2023, RARE);
    c.on_sublist.set(Item::Caregiving, SublistAnswer::Yes);
    c.disability.severe_physical_or_brain = true;
    let d = eval(&c);
    assert_eq!(verdict(&d, Item::Caregiving), Verdict::Likely);
    assert!(has_reason(&d, Item::Caregiving, |r| r
        .to_string()
        .contains("월 30만원")));
}

// --- Estimated thresholds -----------------------------------------------------------------

#[test]
fn failing_only_an_estimated_property_threshold_gives_review_never_unlikely() {
    let mut c = case(2026, RARE);
    c.household.property = 2_000_000_000;
    let d = eval(&c);
    assert_eq!(d.tests[1].basis, Basis::Estimated);
    assert!(!d.tests[1].passed);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Review);
    assert_eq!(d.overall, Verdict::Review);
    assert!(d.notes.contains(&Note::EstimatedThreshold));
    assert!(!d.online_application);
}

#[test]
fn passing_an_estimated_threshold_still_passes_with_a_note() {
    let d = eval(&case(2026, RARE));
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
    assert!(has_reason(&d, Item::Copayment, |r| *r == Reason::MeansPassedOnEstimate));
    assert!(d.notes.contains(&Note::EstimatedThreshold));
    assert!(d.online_application);
}

#[test]
fn failing_a_derived_income_threshold_is_unlikely_even_when_property_is_only_estimated() {
    let mut c = case(2026, RARE);
    c.household.monthly_income = 7_502_650; // 2026, 3 people, 140%: derived
    c.household.property = 2_000_000_000;
    let d = eval(&c);
    assert_eq!(d.tests[0].basis, Basis::Derived);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Unlikely);
}

#[test]
fn an_8_person_2023_household_uses_an_estimated_property_threshold() {
    let mut c = case(2023, RARE);
    c.household.size = 8;
    let d = eval(&c);
    assert_eq!(d.tests[0].basis, Basis::Derived);
    assert_eq!(d.tests[1].basis, Basis::Estimated);
    assert!(d.notes.contains(&Note::EstimatedThreshold));
}

// --- The disease --------------------------------------------------------------------------

#[test]
fn a_disease_not_on_the_list_gives_review_with_a_note_that_the_list_may_be_out_of_date() {
    let d = eval(&case(2023, "없는병"));
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Review);
    assert!(has_reason(&d, Item::Copayment, |r| *r == Reason::DiseaseNotListed));
    assert!(d.notes.contains(&Note::DiseaseNotListed));
    assert_eq!(d.overall, Verdict::Review);
}

#[test]
fn a_disease_not_on_the_list_with_income_above_the_threshold_is_unlikely() {
    let mut c = case(2023, "없는병");
    c.household.monthly_income = 99_000_000;
    assert_eq!(verdict(&eval(&c), Item::Copayment), Verdict::Unlikely);
}

#[test]
fn the_code_e75_2_is_an_error_that_lists_the_candidates_and_asks_for_the_name() {
    for code in ["E75.2", "e752", "V117"] {
        let err = rules::evaluate(&case(2023, code)).unwrap_err();
        assert_eq!(err.field, "disease");
        assert!(
            err.message.contains("고쉐병") && err.message.contains("크라베병"),
            "{}",
            err.message
        );
        assert!(err.to_string().starts_with("disease: "));
        assert!(err.text(Lang::Ko).contains("질환명"));
    }
}

#[test]
fn a_4_major_disease_given_by_code_uses_the_4_major_thresholds() {
    let mut c = case(2023, "E76.1");
    c.household.monthly_income = 7_095_705;
    let d = eval(&c);
    assert_eq!(d.tests[0].threshold, 7_095_706);
    assert_eq!(verdict(&d, Item::Copayment), Verdict::Likely);
}

// --- Cornstarch (2024 onward) -------------------------------------------------------------

#[test]
fn cornstarch_is_not_an_item_in_2023() {
    assert!(eval(&case(2023, "폰기에르케병"))
        .item(Item::Cornstarch)
        .is_none());
}

#[test]
fn cornstarch_is_likely_for_a_listed_glycogen_storage_disease_given_by_name() {
    let d = eval(&case(2024, "폰기에르케병"));
    assert_eq!(verdict(&d, Item::Cornstarch), Verdict::Likely);
    assert!(has_reason(&d, Item::Cornstarch, |r| r
        .to_string()
        .contains("168만원")));
}

#[test]
fn cornstarch_does_not_apply_to_pompe_disease_though_it_shares_the_code_e74_0() {
    assert_eq!(
        verdict(&eval(&case(2025, "폼페병")), Item::Cornstarch),
        Verdict::NotApplicable
    );
}

#[test]
fn cornstarch_asks_for_the_name_when_the_disease_came_in_as_the_code_e74_0() {
    let d = eval(&case(2026, "E74.0"));
    assert_eq!(verdict(&d, Item::Cornstarch), Verdict::Review);
    assert!(has_reason(&d, Item::Cornstarch, |r| *r == Reason::CornstarchAskName));
}

#[test]
fn cornstarch_skips_the_means_test_for_a_health_insured_patient_under_18() {
    let mut c = case(2024, "허스병");
    c.household.monthly_income = 50_000_000;
    c.age = 17;
    assert_eq!(verdict(&eval(&c), Item::Cornstarch), Verdict::Likely);
    c.age = 18;
    assert_eq!(verdict(&eval(&c), Item::Cornstarch), Verdict::Unlikely);
}

#[test]
fn cornstarch_is_likely_for_medical_aid_recipients_without_a_means_test() {
    let mut c = case(2025, "코리병");
    c.coverage = Coverage::MedicalAid;
    c.household.monthly_income = 50_000_000;
    assert_eq!(verdict(&eval(&c), Item::Cornstarch), Verdict::Likely);
}

#[test]
fn cornstarch_names_match_regardless_of_spacing_in_the_list() {
    let d = eval(&case(2024, "글리코젠축적병 1b형 A"));
    assert_eq!(verdict(&d, Item::Cornstarch), Verdict::Likely);
}

// --- Online application, documents, notes -------------------------------------------------

#[test]
fn online_application_is_open_to_a_likely_health_insured_household_without_obligors() {
    let d = eval(&case(2023, RARE));
    assert!(d.online_application);
    assert!(d.notes.contains(&Note::OnlineOpen));
    let mut c = case(2023, RARE);
    c.obligor_households.push(obligor(2, 0, 0));
    assert!(!eval(&c).online_application);
    let mut c = case(2023, RARE);
    c.coverage = Coverage::NearPoor;
    assert!(!eval(&c).online_application);
}

#[test]
fn the_documents_list_only_what_applies() {
    let d = eval(&case(2023, RARE));
    assert_eq!(
        d.documents,
        vec![
            Document::ApplicationForm,
            Document::FamilyRelationCertificate,
            Document::BankbookCopy,
            Document::DiagnosisCertificate,
        ]
    );
    let mut c = case(2023, "G20");
    c.renting = true;
    c.owns_car = true;
    c.obligor_households.push(obligor(2, 0, 0));
    let d = eval(&c);
    for doc in [
        Document::LeaseContract,
        Document::CarInsurance,
        Document::DisabilityProof,
        Document::ObligorCertificates,
    ] {
        assert!(d.documents.contains(&doc), "{doc:?}");
    }
    // The contract and the car insurance serve the property survey: health insurance only.
    c.coverage = Coverage::MedicalAid;
    let d = eval(&c);
    assert!(!d.documents.contains(&Document::LeaseContract));
    assert!(!d.documents.contains(&Document::CarInsurance));
    assert!(d
        .documents
        .iter()
        .all(|doc| doc.to_string().contains("제출서류")));
}

#[test]
fn the_notes_carry_where_to_apply_the_month_long_investigation_and_the_start_date() {
    let d = eval(&case(2023, RARE));
    for n in [
        Note::ApplyAtHealthCentre,
        Note::InvestigationTakesAMonth,
        Note::SupportFromApplication,
        Note::Reinvestigation,
        Note::ReapplyAfterRejection,
        Note::SpecialCalcLapse,
    ] {
        assert!(d.notes.contains(&n), "{n:?}");
    }
    let all: String = d.notes.iter().map(|n| n.to_string()).collect();
    assert!(all.contains("주민등록지") && all.contains("1달") && all.contains("6개월"));
}

#[test]
fn the_2026_decision_says_the_obligor_test_still_applies_and_is_to_be_phased_out_from_2027() {
    let d = eval(&case(2026, RARE));
    let all: String = d.notes.iter().map(|n| n.text(Lang::En)).collect();
    assert!(all.contains("2027"), "{all}");
}

#[test]
fn the_2023_under_18_doubt_is_shown_to_a_child_and_not_to_an_adult() {
    let is_doubt = |n: &Note| matches!(n, Note::Doubt(_));
    let mut c = case(2023, RARE);
    assert!(!eval(&c).notes.iter().any(is_doubt));
    c.age = 12;
    assert!(eval(&c).notes.iter().any(is_doubt));
}
