//! Every visible string of the app, in Korean (the default) and English.
//!
//! One struct holds a language's messages, so a message missing in either language is
//! a compile error, and `tests` check that none is left empty.

use rules::Verdict;

/// The app speaks the rules library's languages, so reasons and labels switch together.
pub use rules::Lang;

pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::Ko => &KO,
        Lang::En => &EN,
    }
}

/// The `lang` attribute value for a language.
pub fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Ko => "ko",
        Lang::En => "en",
    }
}

/// Reads a language from configuration (`ko`, `en`, `en-GB`, …); `None` if unknown.
pub fn from_code(code: &str) -> Option<Lang> {
    let code = code.trim().to_ascii_lowercase();
    match code.split(['-', '_']).next() {
        Some("ko") => Some(Lang::Ko),
        Some("en") => Some(Lang::En),
        _ => None,
    }
}

pub struct Messages {
    pub lang: Lang,
    pub title: &'static str,
    pub lede: &'static str,
    pub privacy: &'static str,
    pub language_switch: &'static str,
    pub language_switch_label: &'static str,
    pub four_major_badge: &'static str,
    pub obligors_help_not_title: &'static str,
    pub data_year: &'static str,
    pub data_year_hint: &'static str,

    pub error_summary_title: &'static str,
    pub show_result: &'static str,

    // Step 1: registration and disease
    pub step_disease: &'static str,
    pub registered_question: &'static str,
    pub registered_hint: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub unknown: &'static str,
    pub disease_label: &'static str,
    pub disease_hint: &'static str,
    pub disease_not_listed: &'static str,
    pub disease_four_major: &'static str,
    pub disease_rare: &'static str,
    pub disease_missing_help_title: &'static str,
    pub disease_missing_help: &'static str,
    pub search_count: fn(usize, usize) -> String,
    pub search_none: &'static str,

    // Step 2: the person
    pub step_person: &'static str,
    pub age_label: &'static str,
    pub age_hint: &'static str,
    pub nationality_label: &'static str,
    pub nationality_korean: &'static str,
    pub nationality_foreign_special: &'static str,
    pub nationality_foreign: &'static str,
    pub excluded_label: &'static str,
    pub excluded_hint: &'static str,
    pub excluded_none: &'static str,
    pub excluded_lost_nationality: &'static str,
    pub excluded_military: &'static str,
    pub excluded_abroad: &'static str,
    pub excluded_prison: &'static str,
    pub excluded_care_facility: &'static str,
    pub excluded_missing: &'static str,
    pub excluded_deceased: &'static str,
    pub coverage_label: &'static str,
    pub coverage_health_insurance: &'static str,
    pub coverage_medical_aid: &'static str,
    pub coverage_near_poor: &'static str,
    pub region_label: &'static str,
    pub region_hint: &'static str,
    pub region_metropolitan: &'static str,
    pub region_mid_city: &'static str,
    pub region_rural: &'static str,

    // Step 3: the patient household
    pub step_household: &'static str,
    pub household_not_needed: &'static str,
    pub household_help_title: &'static str,
    pub household_help: &'static [&'static str],
    pub size_label: &'static str,
    pub size_hint: &'static str,
    pub income_label: &'static str,
    pub income_hint: &'static str,
    pub property_label: &'static str,
    pub property_hint: &'static str,
    pub patients_label: &'static str,
    pub patients_hint: &'static str,
    pub renting_label: &'static str,
    pub owns_car_label: &'static str,
    pub amount_echo: fn(&str) -> String,

    // Step 4: obligor households
    pub step_obligors: &'static str,
    pub obligors_intro: &'static str,
    pub obligors_help_title: &'static str,
    pub obligors_help_who: &'static [&'static str],
    pub obligors_help_not: &'static [&'static str],
    pub obligors_none: &'static str,
    pub obligor_heading: fn(usize) -> String,
    pub obligor_add: &'static str,
    pub obligor_remove: fn(usize) -> String,
    pub obligor_region_same: &'static str,

    // Step 5: special conditions
    pub step_special: &'static str,
    pub special_none: &'static str,
    pub hemophilia_legend: &'static str,
    pub hemophilia_inhibitor: &'static str,
    pub hemophilia_hiv: &'static str,
    pub hemophilia_inpatient: &'static str,
    pub disability_legend: &'static str,
    pub disability_registered: &'static str,
    pub disability_severe_physical: &'static str,
    pub disability_severe_kidney: &'static str,
    pub sublist_legend: &'static str,
    pub sublist_hint: &'static str,
    pub sublist_assistive_devices: &'static str,
    pub sublist_ventilator: &'static str,
    pub sublist_caregiving: &'static str,
    pub sublist_special_diet: &'static str,

    // Errors
    pub err_required: fn(&str) -> String,
    pub err_money: &'static str,
    pub err_money_fraction: &'static str,
    pub err_money_too_large: &'static str,
    pub err_age: &'static str,
    pub err_size: &'static str,
    pub err_patients: &'static str,
    pub err_disease_ambiguous: fn(&str) -> String,

    // Result
    pub result_title: &'static str,
    pub result_waiting: &'static str,
    pub result_missing: &'static str,
    pub result_invalid: &'static str,
    pub overall_likely: &'static str,
    pub overall_unlikely: &'static str,
    pub overall_review: &'static str,
    pub overall_register_first: &'static str,
    pub overall_not_applicable: &'static str,
    pub items_title: &'static str,
    pub tests_title: &'static str,
    pub tests_caption: &'static str,
    pub col_household: &'static str,
    pub col_value: &'static str,
    pub col_threshold: &'static str,
    pub col_result: &'static str,
    pub household_patient: &'static str,
    pub household_obligor: fn(usize) -> String,
    pub kind_income: &'static str,
    pub kind_property: &'static str,
    pub passed: &'static str,
    pub failed: &'static str,
    pub basis_published: &'static str,
    pub basis_derived: &'static str,
    pub basis_estimated: &'static str,
    pub documents_title: &'static str,
    pub apply_title: &'static str,
    pub apply_at: &'static str,
    pub phone_label: &'static str,
    pub address_label: &'static str,
    pub online_open: &'static str,
    pub online_closed: &'static str,
    pub notes_title: &'static str,
    pub sources_title: &'static str,
    pub sources_year: fn(u16) -> String,
    pub disclaimer: &'static str,
    pub print_button: &'static str,
    pub checked_on: fn(&str) -> String,
    pub summary_title: &'static str,
    pub summary_registered: &'static str,
    pub summary_special: &'static str,
    pub summary_people: fn(u32) -> String,
    pub won: fn(&str) -> String,
}

impl Messages {
    pub fn overall(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Likely => self.overall_likely,
            Verdict::Unlikely => self.overall_unlikely,
            Verdict::Review => self.overall_review,
            Verdict::RegisterFirst => self.overall_register_first,
            Verdict::NotApplicable => self.overall_not_applicable,
        }
    }
}

pub static KO: Messages = Messages {
    lang: Lang::Ko,
    title: "희귀질환 의료비 지원 자가진단",
    lede: "희귀질환자 의료비 지원사업 대상인지, 무엇을 받을 수 있는지, 무엇을 챙겨 가야 하는지 1분 만에 확인합니다.",
    privacy: "입력한 내용은 이 기기 밖으로 전송되거나 저장되지 않습니다.",
    language_switch: "English",
    language_switch_label: "English (영어로 보기)",
    four_major_badge: "4대 질환",
    obligors_help_not_title: "부양의무자에서 빠지는 사람",
    data_year: "기준 연도",
    data_year_hint: "신청하는 해의 기준을 고르세요.",

    error_summary_title: "입력 내용을 확인해 주세요",
    show_result: "결과 보기",

    step_disease: "산정특례 등록과 질환",
    registered_question: "희귀질환 산정특례에 등록되어 있나요?",
    registered_hint: "병원에서 희귀질환 산정특례(본인부담 10%) 등록을 해 주었다면 '예'입니다.",
    yes: "예",
    no: "아니요",
    unknown: "모름",
    disease_label: "질환 이름 또는 코드",
    disease_hint: "진단서에 적힌 이름, 질병코드(예: E75.2) 또는 산정특례 코드(예: V117)를 입력하세요.",
    disease_not_listed: "지원대상 질환 목록에서 찾지 못했습니다. 그대로 진행할 수 있으며, 결과는 '보건소 확인 필요'로 나옵니다.",
    disease_four_major: "4대 질환(혈우병·고쉐병·파브리병·뮤코다당증): 더 높은 소득·재산 기준이 적용됩니다.",
    disease_rare: "희귀질환 기준이 적용됩니다.",
    disease_missing_help_title: "찾는 질환이 없나요?",
    disease_missing_help: "지원대상 질환 목록은 해마다 바뀝니다. 목록에 없어도 가지고 있는 질병코드나 이름을 그대로 입력하고 진행하세요. 결과는 '보건소 확인 필요'로 나오며, 보건소에서 최신 목록으로 확인해 줍니다.",
    search_count: |shown, total| {
        if shown == total {
            format!("{total}개 질환을 찾았습니다.")
        } else {
            format!("{total}개 질환 중 {shown}개를 보여 줍니다. 더 입력하면 좁혀집니다.")
        }
    },
    search_none: "일치하는 질환이 없습니다.",

    step_person: "환자에 대해",
    age_label: "환자의 만 나이",
    age_hint: "숫자만 입력하세요. 예: 34",
    nationality_label: "국적",
    nationality_korean: "대한민국",
    nationality_foreign_special: "외국인(외국인 특례 대상)",
    nationality_foreign: "외국인(특례 대상 아님)",
    excluded_label: "다음 중 해당하는 상황",
    excluded_hint: "이 상황에 있는 분은 지원에서 제외됩니다.",
    excluded_none: "해당 없음",
    excluded_lost_nationality: "국적을 잃었거나 국외로 이주함",
    excluded_military: "군 복무 중",
    excluded_abroad: "외국에 머무는 중",
    excluded_prison: "교도소 등에 수감 중",
    excluded_care_facility: "보장시설에 입소함",
    excluded_missing: "가출·행방불명·실종",
    excluded_deceased: "사망",
    coverage_label: "의료보장 종류",
    coverage_health_insurance: "건강보험",
    coverage_medical_aid: "의료급여",
    coverage_near_poor: "차상위 본인부담경감",
    region_label: "사는 지역",
    region_hint: "특별시·광역시는 대도시, 그 밖의 시는 중소도시, 군은 농어촌입니다. 과천시는 중소도시입니다.",
    region_metropolitan: "대도시",
    region_mid_city: "중소도시",
    region_rural: "농어촌",

    step_household: "환자 가구",
    household_not_needed: "의료급여·차상위 본인부담경감 대상자는 이미 소득·재산 조사를 거쳤으므로 따로 묻지 않습니다.",
    household_help_title: "환자 가구에 누가 들어가나요?",
    household_help: &[
        "환자와 같은 주민등록표에 올라 있고 생계나 주거를 같이 하는 사람입니다(동거인 제외).",
        "주민등록표에 함께 있어도 생계와 주거를 달리한다고 보건소가 확인한 사람은 빠집니다. 예: 따로 사는 자녀는 부양의무자로 봅니다.",
        "민법상 가족이 아닌 사람은 빠집니다. 다만 가구원의 배우자와 자녀·손자녀는 들어갑니다.",
    ],
    size_label: "가구원 수(환자 포함)",
    size_hint: "숫자만 입력하세요. 예: 3",
    income_label: "가구의 월 소득",
    income_hint: "예: 3,500,000 또는 350만",
    property_label: "가구의 재산",
    property_hint: "집·땅·예금·자동차 등에서 빚을 뺀 금액. 예: 1억 5000만",
    patients_label: "가구 안의 희귀질환자 수",
    patients_hint: "2명 이상이면 기준이 1.5배씩 높아집니다.",
    renting_label: "전세나 월세로 살고 있어요",
    owns_car_label: "가구에 자동차가 있어요",
    amount_echo: |reading| format!("입력한 금액: {reading}"),

    step_obligors: "부양의무자 가구",
    obligors_intro: "환자의 부모, 자녀와 그 배우자(며느리·사위)가 따로 산다면 그 가구도 기준을 넘지 않아야 합니다.",
    obligors_help_title: "누가 부양의무자인가요?",
    obligors_help_who: &[
        "환자의 1촌 직계혈족: 부모, 아들, 딸",
        "1촌 직계혈족의 배우자: 며느리, 사위",
        "부양의무자 가구에는 부양의무자와 생계를 같이 하는 부모·조부모, 자녀·손자녀, 민법상 가족이 들어갑니다.",
    ],
    obligors_help_not: &[
        "결혼한 환자의 배우자의 부모",
        "배우자가 사망한 경우, 환자의 친자녀가 아닌 배우자의 자녀",
        "환자의 사망한 1촌 직계혈족의 배우자",
        "친양자의 경우 본래의 친부모(서로 부양의무자가 아님)",
        "부양의무자와 사실혼 관계인 사람(가구원 수에도 넣지 않음)",
        "외국인인 부양의무자의 배우자(부양의무자는 아니지만 가구원 수에는 넣음)",
    ],
    obligors_none: "부양의무자 가구가 없으면 그대로 두세요.",
    obligor_heading: |n| format!("부양의무자 가구 {n}"),
    obligor_add: "부양의무자 가구 추가",
    obligor_remove: |n| format!("부양의무자 가구 {n} 삭제"),
    obligor_region_same: "환자와 같은 지역",

    step_special: "해당하는 경우만",
    special_none: "선택한 질환에는 추가 질문이 없습니다.",
    hemophilia_legend: "혈우병 특례",
    hemophilia_inhibitor: "항체양성(인히비터) 환자예요",
    hemophilia_hiv: "HIV 감염자예요",
    hemophilia_inpatient: "급여 대상 수술이 필요하거나 출혈로 입원했어요",
    disability_legend: "장애",
    disability_registered: "장애인으로 등록되어 있어요",
    disability_severe_physical: "지체 또는 뇌병변 '장애의 정도가 심한 장애인'이에요",
    disability_severe_kidney: "신장장애 '장애의 정도가 심한 장애인'이에요",
    sublist_legend: "의사나 보건소가 이 지원 품목의 대상 질환이라고 했나요?",
    sublist_hint: "품목별 대상 질환 목록은 따로 있습니다. 모르면 '모름'을 고르세요. 결과는 '보건소 확인 필요'로 나옵니다.",
    sublist_assistive_devices: "보조기기 구입비 대상 질환",
    sublist_ventilator: "인공호흡기·기침유발기 대여료 대상 질환",
    sublist_caregiving: "간병비 대상 질환",
    sublist_special_diet: "특수식이 구입비 대상 질환",

    err_required: |what| format!("{what}을(를) 입력하거나 고르세요."),
    err_money: "금액을 숫자로 입력하세요. 예: 3,500,000 또는 350만",
    err_money_fraction: "금액은 원 단위로 입력하세요. 예: 1.5만(15,000원)은 되지만 1.5원은 안 됩니다.",
    err_money_too_large: "금액이 너무 큽니다. 10조 원 이하로 입력하세요.",
    err_age: "나이를 0에서 130 사이의 숫자로 입력하세요. 예: 34",
    err_size: "가구원 수를 1에서 30 사이의 숫자로 입력하세요.",
    err_patients: "희귀질환자 수는 1명 이상, 가구원 수 이하로 입력하세요.",
    err_disease_ambiguous: |names| format!("이 코드는 기준이 다른 여러 질환에 해당합니다. 질환 이름으로 고르세요: {names}"),

    result_title: "자가진단 결과",
    result_waiting: "질문에 답하면 결과가 바로 여기에 나옵니다.",
    result_missing: "결과를 보려면 다음에 답해 주세요:",
    result_invalid: "입력 내용을 고치면 결과가 다시 나옵니다.",
    overall_likely: "지원받을 가능성이 높습니다",
    overall_unlikely: "지원 대상이 아닐 가능성이 높습니다",
    overall_review: "보건소 확인이 필요합니다",
    overall_register_first: "먼저 희귀질환 산정특례 등록을 하세요",
    overall_not_applicable: "해당하는 지원 항목이 없습니다",
    items_title: "지원 항목별 결과",
    tests_title: "소득·재산 기준과 비교",
    tests_caption: "입력한 금액과 기준액(이 금액 미만이어야 함)",
    col_household: "가구 · 구분",
    col_value: "입력한 금액(원)",
    col_threshold: "기준(원, 미만)",
    col_result: "결과",
    household_patient: "환자 가구",
    household_obligor: |n| format!("부양의무자 가구 {n}"),
    kind_income: "월 소득",
    kind_property: "재산",
    passed: "충족",
    failed: "초과",
    basis_published: "공표 기준",
    basis_derived: "공표 값으로 계산",
    basis_estimated: "추정값",
    documents_title: "챙겨 갈 서류",
    apply_title: "신청 방법",
    apply_at: "신청할 곳",
    phone_label: "전화",
    address_label: "주소",
    online_open: "온라인 신청: 가능",
    online_closed: "온라인 신청: 불가(보건소 방문 신청)",
    notes_title: "알아 두세요",
    sources_title: "기준 자료",
    sources_year: |year| format!("{year}년 기준을 사용했습니다."),
    disclaimer: "이 결과는 자가진단입니다. 지원 여부는 보건소가 소득·재산 조사를 거쳐 결정합니다.",
    print_button: "인쇄 / 결과 저장",
    checked_on: |date| format!("확인한 날짜: {date}"),
    summary_title: "입력한 내용",
    summary_registered: "산정특례 등록",
    summary_special: "해당하는 조건",
    summary_people: |n| format!("{n}명"),
    won: |amount| format!("{amount}원"),
};

pub static EN: Messages = Messages {
    lang: Lang::En,
    title: "Rare disease medical expense support: self-check",
    lede: "Find out in a minute whether you are likely to qualify for Korea's rare-disease medical expense support, for what, and what to bring.",
    privacy: "Nothing you enter leaves this device or is stored.",
    language_switch: "한국어",
    language_switch_label: "한국어 (Switch to Korean)",
    four_major_badge: "4 major",
    obligors_help_not_title: "Not support obligors",
    data_year: "Rules year",
    data_year_hint: "Choose the year you are applying in.",

    error_summary_title: "Please check your answers",
    show_result: "Show result",

    step_disease: "Registration and disease",
    registered_question: "Is the patient registered for the rare-disease 산정특례 (special co-payment rate)?",
    registered_hint: "Answer yes if the hospital registered the patient for the rare-disease 산정특례 (10% co-payment).",
    yes: "Yes",
    no: "No",
    unknown: "Don't know",
    disease_label: "Disease name or code",
    disease_hint: "Type the name on the diagnosis, a disease code (e.g. E75.2) or a 산정특례 code (e.g. V117).",
    disease_not_listed: "Not found on the support list. You can go on; the result will say to ask your health centre.",
    disease_four_major: "One of the 4 major diseases (haemophilia, Gaucher, Fabry, mucopolysaccharidosis): higher income and property limits apply.",
    disease_rare: "The rare-disease limits apply.",
    disease_missing_help_title: "Can't find the disease?",
    disease_missing_help: "The support list changes every year. If the disease is not on it, type the code or name you have and carry on. The result will say to ask your health centre, which checks the current list.",
    search_count: |shown, total| {
        if shown == total {
            format!("{total} diseases found.")
        } else {
            format!("Showing {shown} of {total} diseases. Type more to narrow it down.")
        }
    },
    search_none: "No disease matches.",

    step_person: "About the patient",
    age_label: "Patient's age in full years",
    age_hint: "Numbers only, e.g. 34",
    nationality_label: "Nationality",
    nationality_korean: "Korean",
    nationality_foreign_special: "Foreign national covered by the foreigner special case",
    nationality_foreign: "Foreign national, not covered",
    excluded_label: "Does any of these apply?",
    excluded_hint: "People in these situations are excluded from support.",
    excluded_none: "None of these",
    excluded_lost_nationality: "Lost Korean nationality or emigrated",
    excluded_military: "In military service",
    excluded_abroad: "Staying abroad",
    excluded_prison: "In prison",
    excluded_care_facility: "Living in a care institution (보장시설)",
    excluded_missing: "Missing or run away",
    excluded_deceased: "Deceased",
    coverage_label: "Health coverage",
    coverage_health_insurance: "National health insurance",
    coverage_medical_aid: "Medical aid (의료급여)",
    coverage_near_poor: "Near-poor co-payment relief (차상위)",
    region_label: "Where you live",
    region_hint: "Special and metropolitan cities are metropolitan; other cities (시) are mid-size cities; counties (군) are rural. Gwacheon is a mid-size city.",
    region_metropolitan: "Metropolitan",
    region_mid_city: "Mid-size city",
    region_rural: "Rural",

    step_household: "The patient's household",
    household_not_needed: "Medical aid and near-poor recipients have already had their income and property checked, so we don't ask.",
    household_help_title: "Who is in the patient's household?",
    household_help: &[
        "People on the same resident registration as the patient who share living costs or housing (lodgers excluded).",
        "Someone on the registration whom the health centre finds living and paying separately is left out; a child living apart counts as an obligor instead.",
        "People outside the Civil Act's family are left out, except the spouses, children and grandchildren of household members.",
    ],
    size_label: "Household size (including the patient)",
    size_hint: "Numbers only, e.g. 3",
    income_label: "Household income per month",
    income_hint: "e.g. 3,500,000 or 350만",
    property_label: "Household property",
    property_hint: "Home, land, savings, cars and so on, minus debts. e.g. 1억 5000만",
    patients_label: "Rare-disease patients in the household",
    patients_hint: "With 2 or more, each limit rises 1.5 times per extra patient.",
    renting_label: "We rent our home (jeonse or monthly rent)",
    owns_car_label: "The household owns a car",
    amount_echo: |reading| format!("You entered: {reading}"),

    step_obligors: "Support-obligor households",
    obligors_intro: "If the patient's parents, children or their spouses live separately, their households must also be under the limits.",
    obligors_help_title: "Who is a support obligor?",
    obligors_help_who: &[
        "The patient's first-degree blood relatives: parents, sons, daughters",
        "Their spouses: daughters-in-law, sons-in-law",
        "An obligor's household includes the parents, grandparents, children, grandchildren and Civil-Act family who share the obligor's living costs.",
    ],
    obligors_help_not: &[
        "A married patient's parents-in-law",
        "If the patient's spouse has died, the spouse's children who are not the patient's own",
        "The spouse of a deceased first-degree relative of the patient",
        "For a fully adopted child, the birth parents (no obligation either way)",
        "An obligor's de facto partner (not counted in the household size)",
        "An obligor's foreign spouse (not an obligor, but counted in the household size)",
    ],
    obligors_none: "If there are none, leave this empty.",
    obligor_heading: |n| format!("Obligor household {n}"),
    obligor_add: "Add an obligor household",
    obligor_remove: |n| format!("Remove obligor household {n}"),
    obligor_region_same: "Same as the patient",

    step_special: "Only if it applies",
    special_none: "No further questions for this disease.",
    hemophilia_legend: "Haemophilia exceptions",
    hemophilia_inhibitor: "Has inhibitor antibodies (항체양성)",
    hemophilia_hiv: "Has HIV",
    hemophilia_inpatient: "Needs covered surgery or was admitted for bleeding",
    disability_legend: "Disability",
    disability_registered: "Registered as disabled",
    disability_severe_physical: "Severe physical (지체) or brain-lesion (뇌병변) disability",
    disability_severe_kidney: "Severe kidney disability",
    sublist_legend: "Did a doctor or the health centre say the disease is on this item's list?",
    sublist_hint: "Each item has its own disease list. If you don't know, choose \"Don't know\"; the result will say to ask your health centre.",
    sublist_assistive_devices: "Assistive devices list",
    sublist_ventilator: "Ventilator and cough-assist list",
    sublist_caregiving: "Caregiving list",
    sublist_special_diet: "Special diet list",

    err_required: |what| format!("Enter or choose: {what}."),
    err_money: "Enter the amount in numbers, e.g. 3,500,000 or 350만",
    err_money_fraction: "Enter whole won: 1.5만 (15,000 won) works, 1.5 won does not.",
    err_money_too_large: "That amount is too large. Enter 10조 won or less.",
    err_age: "Enter the age as a number from 0 to 130, e.g. 34",
    err_size: "Enter the household size as a number from 1 to 30.",
    err_patients: "Enter at least 1 patient, and no more than the household size.",
    err_disease_ambiguous: |names| format!("This code covers diseases with different limits. Choose the disease by name: {names}"),

    result_title: "Your result",
    result_waiting: "Answer the questions and your result appears here straight away.",
    result_missing: "To see your result, answer:",
    result_invalid: "Correct the answers marked above and the result comes back.",
    overall_likely: "You are likely to qualify",
    overall_unlikely: "You are unlikely to qualify",
    overall_review: "Your health centre needs to check",
    overall_register_first: "Register for the rare-disease 산정특례 first",
    overall_not_applicable: "No support item applies",
    items_title: "Result for each support item",
    tests_title: "Income and property against the limits",
    tests_caption: "Your figures and the limits (you must be below each limit)",
    col_household: "Household · test",
    col_value: "You entered (won)",
    col_threshold: "Limit (won, below)",
    col_result: "Result",
    household_patient: "Patient's household",
    household_obligor: |n| format!("Obligor household {n}"),
    kind_income: "Monthly income",
    kind_property: "Property",
    passed: "Below",
    failed: "Over",
    basis_published: "published",
    basis_derived: "computed from published figures",
    basis_estimated: "estimate",
    documents_title: "Documents to bring",
    apply_title: "How to apply",
    apply_at: "Where to apply",
    phone_label: "Phone",
    address_label: "Address",
    online_open: "Online application: open to you",
    online_closed: "Online application: not open to you (apply in person)",
    notes_title: "Good to know",
    sources_title: "Data used",
    sources_year: |year| format!("Rules for {year}."),
    disclaimer: "This is a self-check. The health centre decides after checking income and property.",
    print_button: "Print / save result",
    checked_on: |date| format!("Checked on {date}"),
    summary_title: "Your answers",
    summary_registered: "Registered for 산정특례",
    summary_special: "Conditions that apply",
    summary_people: |n| format!("{n} people"),
    won: |amount| format!("{amount} won"),
};

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(m: &Messages) -> Vec<String> {
        let mut all = vec![
            m.title,
            m.lede,
            m.privacy,
            m.language_switch,
            m.language_switch_label,
            m.four_major_badge,
            m.obligors_help_not_title,
            m.data_year,
            m.data_year_hint,
            m.error_summary_title,
            m.show_result,
            m.step_disease,
            m.registered_question,
            m.registered_hint,
            m.yes,
            m.no,
            m.unknown,
            m.disease_label,
            m.disease_hint,
            m.disease_not_listed,
            m.disease_four_major,
            m.disease_rare,
            m.disease_missing_help_title,
            m.disease_missing_help,
            m.search_none,
            m.step_person,
            m.age_label,
            m.age_hint,
            m.nationality_label,
            m.nationality_korean,
            m.nationality_foreign_special,
            m.nationality_foreign,
            m.excluded_label,
            m.excluded_hint,
            m.excluded_none,
            m.excluded_lost_nationality,
            m.excluded_military,
            m.excluded_abroad,
            m.excluded_prison,
            m.excluded_care_facility,
            m.excluded_missing,
            m.excluded_deceased,
            m.coverage_label,
            m.coverage_health_insurance,
            m.coverage_medical_aid,
            m.coverage_near_poor,
            m.region_label,
            m.region_hint,
            m.region_metropolitan,
            m.region_mid_city,
            m.region_rural,
            m.step_household,
            m.household_not_needed,
            m.household_help_title,
            m.size_label,
            m.size_hint,
            m.income_label,
            m.income_hint,
            m.property_label,
            m.property_hint,
            m.patients_label,
            m.patients_hint,
            m.renting_label,
            m.owns_car_label,
            m.step_obligors,
            m.obligors_intro,
            m.obligors_help_title,
            m.obligors_none,
            m.obligor_add,
            m.obligor_region_same,
            m.step_special,
            m.special_none,
            m.hemophilia_legend,
            m.hemophilia_inhibitor,
            m.hemophilia_hiv,
            m.hemophilia_inpatient,
            m.disability_legend,
            m.disability_registered,
            m.disability_severe_physical,
            m.disability_severe_kidney,
            m.sublist_legend,
            m.sublist_hint,
            m.sublist_assistive_devices,
            m.sublist_ventilator,
            m.sublist_caregiving,
            m.sublist_special_diet,
            m.err_money,
            m.err_money_fraction,
            m.err_money_too_large,
            m.err_age,
            m.err_size,
            m.err_patients,
            m.result_title,
            m.result_waiting,
            m.result_missing,
            m.result_invalid,
            m.overall_likely,
            m.overall_unlikely,
            m.overall_review,
            m.overall_register_first,
            m.overall_not_applicable,
            m.items_title,
            m.tests_title,
            m.tests_caption,
            m.col_household,
            m.col_value,
            m.col_threshold,
            m.col_result,
            m.household_patient,
            m.kind_income,
            m.kind_property,
            m.passed,
            m.failed,
            m.basis_published,
            m.basis_derived,
            m.basis_estimated,
            m.documents_title,
            m.apply_title,
            m.online_open,
            m.online_closed,
            m.notes_title,
            m.sources_title,
            m.disclaimer,
        ]
        .into_iter()
        .map(str::to_string)
        .collect::<Vec<_>>();
        all.extend(m.household_help.iter().map(|s| s.to_string()));
        all.extend(m.obligors_help_who.iter().map(|s| s.to_string()));
        all.extend(m.obligors_help_not.iter().map(|s| s.to_string()));
        all.push((m.search_count)(3, 10));
        all.push((m.amount_echo)("350만원"));
        all.push((m.obligor_heading)(1));
        all.push((m.obligor_remove)(1));
        all.push((m.err_required)("x"));
        all.push((m.err_disease_ambiguous)("x"));
        all.push((m.household_obligor)(1));
        all.push((m.sources_year)(2026));
        all.push((m.won)("1"));
        all.push((m.checked_on)("2026-11-25"));
        all.push((m.summary_people)(3));
        all
    }

    #[test]
    fn no_message_is_empty_in_either_language() {
        for (lang, m) in [("ko", &KO), ("en", &EN)] {
            for text in texts(m) {
                assert!(!text.trim().is_empty(), "an empty {lang} message");
            }
        }
    }

    #[test]
    fn both_languages_list_the_same_number_of_help_lines() {
        assert_eq!(KO.household_help.len(), EN.household_help.len());
        assert_eq!(KO.obligors_help_who.len(), EN.obligors_help_who.len());
        assert_eq!(KO.obligors_help_not.len(), EN.obligors_help_not.len());
    }

    #[test]
    fn english_is_a_translation_not_a_copy() {
        let (ko, en) = (texts(&KO), texts(&EN));
        let same: Vec<_> = ko.iter().zip(&en).filter(|(k, e)| k == e).collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }

    #[test]
    fn every_overall_verdict_has_a_headline_in_both_languages() {
        use rules::Verdict::*;
        for v in [Likely, Unlikely, Review, RegisterFirst, NotApplicable] {
            assert_ne!(KO.overall(v), EN.overall(v));
        }
    }

    #[test]
    fn language_codes_are_read_loosely_and_unknown_ones_refused() {
        assert_eq!(from_code("EN-gb"), Some(Lang::En));
        assert_eq!(from_code(" ko "), Some(Lang::Ko));
        assert_eq!(from_code("fr"), None);
        assert_eq!(code(Lang::En), "en");
    }
}
