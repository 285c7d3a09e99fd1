//! Every visible string of the widget that is not a word of the rules, in Korean (the
//! default) and English, side by side.
//!
//! The words of the rules' enums (coverage, verdicts, items, tiers…) come from the rules
//! crate (`rules::vocab`), so the two never drift. A message missing in either language
//! is a compile error, and the tests walk every field the `catalogue!` macro declares.

/// The widget speaks the rules library's languages, so reasons and labels switch together.
pub use rules::Lang;

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

pub fn messages(lang: Lang) -> &'static Messages {
    match lang {
        Lang::Ko => &KO,
        Lang::En => &EN,
    }
}

/// Declares a catalogue once, as a struct named `$name` with its `KO` and `EN`: each
/// message with its Korean and its English, texts, lists of lines, and formatted
/// messages with sample arguments for the tests. The embed page declares its own words
/// with it too (`embed_page/words.rs`).
macro_rules! catalogue {
    (
        $name:ident;
        texts { $( $t:ident: $tko:expr, $ten:expr; )* }
        lists { $( $l:ident: [$($lko:expr),* $(,)?], [$($len:expr),* $(,)?]; )* }
        formats { $( $f:ident($($arg:ty = $sample:expr),*): $fko:expr, $fen:expr; )* }
    ) => {
        pub struct $name {
            pub lang: Lang,
            $( pub $t: &'static str, )*
            $( pub $l: &'static [&'static str], )*
            $( pub $f: fn($($arg),*) -> String, )*
        }

        pub static KO: $name = $name {
            lang: Lang::Ko,
            $( $t: $tko, )*
            $( $l: &[$($lko),*], )*
            $( $f: $fko, )*
        };

        pub static EN: $name = $name {
            lang: Lang::En,
            $( $t: $ten, )*
            $( $l: &[$($len),*], )*
            $( $f: $fen, )*
        };

        #[cfg(test)]
        impl $name {
            /// Every message by name, the formatted ones with their sample arguments.
            pub fn all(&self) -> Vec<(&'static str, String)> {
                let mut out = vec![$( (stringify!($t), self.$t.to_string()), )*];
                $( out.extend(self.$l.iter().map(|line| (stringify!($l), line.to_string()))); )*
                $( out.push((stringify!($f), (self.$f)($($sample),*))); )*
                out
            }
        }
    };
}
pub(crate) use catalogue;

catalogue! {
    Messages;
    texts {
        title: "희귀질환 의료비 지원 자가진단", "Rare-disease support check";
        assumed: "가정", "Assumed";
        out_of_date_short: "기준 연도 지남", "figures may be out of date";
        lede: "의료비 지원 대상인지, 무엇을 받고 무엇을 챙겨 갈지 1분 만에 확인합니다.", "Find out in a minute if you are likely to qualify, for what, and what to bring.";
        privacy: "입력한 내용은 이 기기 밖으로 전송되거나 저장되지 않습니다.", "Nothing you enter leaves this device or is stored.";
        language_switch: "English", "한국어";
        language_switch_label: "English (영어로 보기)", "한국어 (Switch to Korean)";
        error_summary_title: "입력 내용을 확인해 주세요", "Please check your answers";
        show_result: "결과 보기", "Show result";

        step_disease: "산정특례 등록과 질환", "The disease";
        yes: "예", "Yes";
        no: "아니요", "No";
        disease_not_listed: "지원대상 질환 목록에서 찾지 못했습니다. 그대로 진행할 수 있으며, 결과는 '보건소 확인 필요'로 나옵니다.", "Not found on the support list. You can go on; the result will say to ask your health centre.";
        disease_four_major: "4대 질환: 더 높은 소득·재산 기준이 적용됩니다.", "4 major diseases: higher limits apply.";
        disease_rare: "희귀질환 기준이 적용됩니다.", "The rare-disease limits apply.";
        disease_missing_help_title: "찾는 질환이 없나요?", "Can't find the disease?";
        disease_missing_help: "지원대상 질환 목록은 해마다 바뀝니다. 목록에 없어도 가지고 있는 질병코드나 이름을 그대로 입력하고 진행하세요. 결과는 '보건소 확인 필요'로 나오며, 보건소에서 최신 목록으로 확인해 줍니다.", "The support list changes every year. If the disease is not on it, type the code or name you have and carry on. The result will say to ask your health centre, which checks the current list.";
        search_none: "일치하는 질환이 없습니다.", "No disease matches.";

        step_person: "환자에 대해", "About the patient";
        place_optional_hint: "적으면 가까운 희귀질환 전문기관을 알려 드립니다. 예: 과천, 수원시 장안구, ㄱㅊ", "Optional: with it, we show the expert centres near you. e.g. 과천, 수원시 장안구 or ㄱㅊ.";
        place_search_none: "일치하는 시·군·구가 없습니다.", "No city, county or district matches.";
        err_place_unknown: "목록에 없는 시·군·구입니다. 이름을 입력하고 목록에서 고르세요.", "Not a city, county or district on the list. Type the name and pick it from the list.";
        err_place_ambiguous: "같은 이름이 여러 곳 있습니다. 목록에서 시·도까지 맞는 곳을 고르세요.", "Several places have that name. Pick the right one, with its province, from the list.";

        step_needs: "필요한 지원", "What you need";
        needs_always: "늘 확인", "always checked";
        needs_nothing_else: "선택한 질환·나이·의료보장으로는 더 고를 지원 항목이 없습니다.", "With this disease, age and coverage there is nothing else to choose.";
        sublist_hint: "품목마다 대상 질환 목록이 따로 있습니다. 모르면 '모름'을 고르세요. 결과는 '보건소 확인 필요'로 나옵니다.", "Each item has its own disease list. If you don't know, choose \"Don't know\"; the result will say to ask your health centre.";
        hemophilia_legend: "혈우병 특례", "Haemophilia exceptions";
        disability_legend: "장애", "Disability";

        step_household: "환자 가구", "Patient's household";
        household_help_title: "환자 가구에 누가 들어가나요?", "Who is in the patient's household?";

        step_family: "가족과 부양의무자", "Family and obligors";
        family_intro: "따로 사는 부모, 자녀와 그 배우자의 가구도 기준 안이어야 합니다. 답하면 적어야 할 가구를 알려 드립니다.", "Parents and children living apart count too. Answer and we list them.";
        family_online_rule: "온라인 신청은 부양의무자 가구가 없을 때만 할 수 있습니다.", "You can apply online only if there is no obligor household.";
        married_legend: "환자는 결혼했나요?", "Is the patient married?";
        married_no: "아니요(미혼이거나 이혼)", "No (single or divorced)";
        married_yes: "예, 배우자가 있어요", "Yes, the spouse is alive";
        married_widowed: "예, 배우자가 세상을 떠났어요", "Yes, but the spouse has died";
        stepchildren_legend: "세상을 떠난 배우자에게 환자의 자녀가 아닌 자녀(의붓자녀)가 있나요?", "Did the late spouse have children who are not the patient's own (stepchildren)?";
        adopted_label: "환자가 친양자로 입양되었어요", "Fully adopted (친양자)";
        father: "아버지", "Father";
        mother: "어머니", "Mother";
        adoptive_father: "양아버지", "Adoptive father";
        adoptive_mother: "양어머니", "Adoptive mother";
        parent_alive: "살아 계심", "Alive";
        parent_deceased: "돌아가심", "Deceased";
        parents_with_patient_legend: "부모님이 환자와 같은 주민등록에 함께 살고 계신가요?", "Do the parents live with the patient, on the same resident registration?";
        children_legend: "자녀", "Children";
        children_none: "자녀가 있으면 추가하세요.", "Add each child, if any.";
        child_add: "자녀 추가", "Add a child";
        son: "아들", "son";
        daughter: "딸", "daughter";
        child_gender_legend: "아들인가요, 딸인가요?", "Son or daughter?";
        child_alive_legend: "살아 있나요?", "Alive?";
        child_alive: "살아 있음", "Alive";
        child_deceased: "세상을 떠남", "Has died";
        child_married_legend: "결혼했나요?", "Married?";
        child_married_no: "아니요", "No";
        child_married_korean: "예(배우자가 한국 국적)", "Yes (spouse is Korean)";
        child_married_foreign: "예(배우자가 외국 국적)", "Yes (spouse is a foreign national)";
        child_married_de_facto: "사실혼(혼인신고를 하지 않음)", "De facto (not legally married)";
        child_registered_legend: "환자와 같은 주민등록에 있나요?", "On the patient's resident registration?";
        child_apart_legend: "실제로는 따로 살며 생계도 따로 하나요?", "In fact living and earning apart?";
        child_apart_hint: "그렇다면 보건소 확인을 거쳐 환자 가구에서 빠지고 부양의무자로 봅니다.", "If so, once the health centre confirms it, the child leaves the patient household and counts as an obligor.";
        child_widowed_spouse_legend: "세상을 떠난 자녀에게 배우자(며느리·사위)가 있나요?", "Did the child who died have a spouse (a daughter- or son-in-law)?";
        daughter_in_law: "며느리", "daughter-in-law";
        son_in_law: "사위", "son-in-law";
        spouse_parents: "배우자의 부모님", "the spouse's parents";
        stepchildren: "의붓자녀", "stepchildren";
        birth_parents: "친생부모", "birth parents";
        family_households_title: "적어야 할 부양의무자 가구", "Obligor households to enter";
        family_households_none: "부양의무자 가구가 없습니다. 따로 사는 가족이 더 있으면 직접 추가하세요.", "None so far. Add one by hand if other family lives apart.";
        family_excluded_title: "부양의무자가 아닌 사람", "Not support obligors";
        obligor_add: "가구 직접 추가", "Add a household by hand";
        obligor_size_hint: "부양의무자와 생계를 같이하는 손자녀 등이 있으면 숫자를 고치세요.", "Change it if others share the household's living costs, such as grandchildren.";
        obligor_place_hint: "비워 두면 환자와 같은 곳으로 봅니다.", "Leave empty if it is the same as the patient's.";
        obligors_help_title: "누가 부양의무자인가요?", "Who is a support obligor?";
        obligors_help_not_title: "부양의무자에서 빠지는 사람", "Not support obligors";

        err_money: "금액을 숫자로 입력하세요. 예: 3,500,000 또는 350만", "Enter the amount in numbers, e.g. 3,500,000 or 350만";
        err_money_fraction: "금액은 원 단위로 입력하세요. 예: 1.5만(15,000원)은 되지만 1.5원은 안 됩니다.", "Enter whole won: 1.5만 (15,000 won) works, 1.5 won does not.";
        err_money_too_large: "금액이 너무 큽니다. 10조 원 이하로 입력하세요.", "That amount is too large. Enter 10조 won or less.";

        result_title: "자가진단 결과", "Your result";
        result_waiting: "질문에 답하면 결과가 바로 여기에 나옵니다.", "Answer the questions and your result appears here straight away.";
        result_missing: "결과를 보려면 다음에 답해 주세요:", "To see your result, answer:";
        result_invalid: "입력 내용을 고치면 결과가 다시 나옵니다.", "Correct the answers marked above and the result comes back.";
        verdict_bar_link: "결과 보기", "See the result";
        items_title: "필요한 지원", "The support you need";
        next_title: "다음 할 일", "What to do next";
        apply_title: "신청 방법", "How to apply";
        apply_where: "주민등록지 관할 보건소에 신청합니다.", "Apply at the 보건소 of the registered address.";
        apply_at: "신청할 곳", "Where to apply";
        phone_label: "전화", "Phone";
        address_label: "주소", "Address";
        online_open: "온라인 신청: 가능", "Online application: open";
        online_where: "희귀질환 헬프라인(helpline.kdca.go.kr)에서", "at helpline.kdca.go.kr";
        online_closed: "온라인 신청: 불가(보건소 방문 신청)", "Online application: not open to you (apply in person)";
        margins_title: "기준까지 남은 금액", "Room under each limit";
        margin_estimated: "추정 기준", "estimated limit";
        why_title: "왜 이런 결과인가요?", "Why this result?";
        tests_title: "소득·재산 기준과 비교", "Income and property tests";
        tests_caption: "입력한 금액과 기준액(이 금액 미만이어야 함)", "Your figures and the limits (you must be below each limit)";
        col_household: "가구 · 구분", "Household · test";
        col_value: "입력한 금액(원)", "You entered (won)";
        col_threshold: "기준(원, 미만)", "Limit (won, below)";
        col_result: "결과", "Result";
        passed: "충족", "Below";
        failed: "초과", "Over";
        chart_title: "그림으로 보기", "As a picture";
        chart_limit: "기준", "limit";
        sizes_button: "가구원 수별 기준 보기(1~8명)", "Limits for 1 to 8 people";
        documents_title: "챙겨 갈 서류", "Documents to bring";
        notes_title: "알아 두세요", "Good to know";
        sources_title: "근거와 기준 자료", "Rules and data used";
        rules_cited: "인용한 규정", "Rules cited";
        other_items_title: "다른 지원 항목", "Other support items";
        other_items_hint: "고르지 않은 항목입니다. 필요하면 위의 '필요한 지원'에서 고르세요.", "Items you did not choose. Choose them under \"What you need\" above if you need them.";
        centres_title: "가까운 희귀질환 전문기관 (질병관리청 지정)", "Expert centres near you";
        centres_about: "집 가까이에서 진단·치료·관리를 맡는 병원입니다.", "Hospitals for diagnosis, treatment and follow-up near home.";
        centres_helpline: "전체 목록: 희귀질환 헬프라인(helpline.kdca.go.kr).", "Full list: helpline.kdca.go.kr.";
        disclaimer: "이 결과는 자가진단입니다. 지원 여부는 보건소가 소득·재산 조사를 거쳐 결정합니다.", "This is a self-check. The health centre decides after checking income and property.";
        print_button: "인쇄 / 결과 저장", "Print / save result";
        summary_title: "입력한 내용", "Your answers";
        summary_special: "해당하는 조건", "Conditions that apply";
    }
    lists {
        household_help: [
            "환자와 같은 주민등록표에 올라 있고 생계나 주거를 같이 하는 사람입니다(동거인 제외).",
            "주민등록표에 함께 있어도 생계와 주거를 달리한다고 보건소가 확인한 사람은 빠집니다. 예: 따로 사는 자녀는 부양의무자로 봅니다.",
            "민법상 가족이 아닌 사람은 빠집니다. 다만 가구원의 배우자와 자녀·손자녀는 들어갑니다.",
        ], [
            "People on the same resident registration as the patient who share living costs or housing (lodgers excluded).",
            "Someone on the registration whom the health centre finds living and paying separately is left out; a child living apart counts as an obligor instead.",
            "People outside the Civil Act's family are left out, except the spouses, children and grandchildren of household members.",
        ];
        obligors_help_who: [
            "환자의 1촌 직계혈족: 부모, 아들, 딸",
            "1촌 직계혈족의 배우자: 며느리, 사위",
            "부양의무자 가구에는 부양의무자와 생계를 같이 하는 부모·조부모, 자녀·손자녀, 민법상 가족이 들어갑니다.",
        ], [
            "The patient's first-degree blood relatives: parents, sons, daughters",
            "Their spouses: daughters-in-law, sons-in-law",
            "An obligor's household includes the parents, grandparents, children, grandchildren and Civil-Act family who share the obligor's living costs.",
        ];
        obligors_help_not: [
            "결혼한 환자의 배우자의 부모",
            "배우자가 사망한 경우, 환자의 친자녀가 아닌 배우자의 자녀",
            "환자의 사망한 1촌 직계혈족의 배우자",
            "친양자의 경우 본래의 친부모(서로 부양의무자가 아님)",
            "부양의무자와 사실혼 관계인 사람(가구원 수에도 넣지 않음)",
            "외국인인 부양의무자의 배우자(부양의무자는 아니지만 가구원 수에는 넣음)",
        ], [
            "A married patient's spouse's parents",
            "If the patient's spouse has died, the spouse's children who are not the patient's own",
            "The spouse of a deceased first-degree relative of the patient",
            "For a fully adopted child, the birth parents (no obligation either way)",
            "An obligor's de facto partner (not counted in the household size)",
            "An obligor's foreign spouse (not an obligor, but counted in the household size)",
        ];
    }
    formats {
        step_of(usize = 2, usize = 5): |n, total| format!("{total}단계 중 {n}단계"), |n, total| format!("step {n} of {total}");
        search_count(usize = 3, usize = 10): |shown, total| {
            if shown == total {
                format!("{total}개 질환을 찾았습니다.")
            } else {
                format!("{total}개 질환 중 {shown}개를 보여 줍니다. 더 입력하면 좁혀집니다.")
            }
        }, |shown, total| {
            if shown == total {
                format!("{total} diseases found.")
            } else {
                format!("Showing {shown} of {total} diseases. Type more to narrow it down.")
            }
        };
        place_search_count(usize = 3, usize = 10): |shown, total| {
            if shown == total {
                format!("{total}곳을 찾았습니다.")
            } else {
                format!("{total}곳 중 {shown}곳을 보여 줍니다. 더 입력하면 좁혀집니다.")
            }
        }, |shown, total| {
            if shown == total {
                format!("{total} places found.")
            } else {
                format!("Showing {shown} of {total} places. Type more to narrow it down.")
            }
        };
        year_out_of_date(u16 = 2028, u16 = 2027): |today, newest| format!("오늘은 {today}년이지만 이 도구에는 {newest}년 기준까지만 있어, {newest}년 기준으로 판단합니다. 기준이 바뀌었을 수 있으니 보건소에 확인하세요."), |today, newest| format!("It is {today}, but this tool's figures go up to {newest} only, so it uses {newest}'s. They may be out of date: ask your health centre.");
        former_name(&str = "광주광역시 북구"): |name| format!("옛 이름 {name}"), |name| format!("formerly {name}");
        family_confirm(usize = 5): |step| format!("{step}단계에 답하면 확정됩니다"), |step| format!("answer step {step} to confirm");
        tier_line(&str = "경기도 과천시", u16 = 2026, &str = "경기"): |place, year, tier| format!("{place}: {year}년 기준 '{tier}' 지역"), |place, year, tier| format!("{place}: '{tier}' tier in {year}");
        tier_preset(u16 = 2023, &str = "중소도시"): |year, tier| format!("이 홈페이지는 지역을 {year}년 기준 '{tier}'(으)로 정해 두었습니다. 주소를 고르면 그 주소의 기준을 씁니다."), |year, tier| format!("This site has set the tier to '{tier}' ({year}). Choose your address to use its own tier instead.");
        town_hint(&str = "경기도 남양주시", u16 = 2023): |place, year| format!("{year}년 기준은 {place}의 동 지역과 읍·면 지역이 다릅니다. 주소에 '읍'이나 '면'이 있으면 읍·면 지역입니다."), |place, year| format!("In {year} the dong and the eup or myeon areas of {place} had different limits. An address with 읍 or 면 in it is an eup or myeon.");
        place_suggestions(&str = "경기도 과천시"): |names| format!("이곳인가요: {names}"), |names| format!("Did you mean: {names}");
        sublist_legend(&str = "간병비"): |item| format!("의사나 보건소가 '{item}' 대상 질환이라고 했나요?"), |item| format!("Did a doctor or the health centre say the disease is on the {item} list?");
        amount_echo(&str = "350만원"): |reading| format!("입력한 금액: {reading}"), |reading| format!("You entered: {reading}");
        err_disease_ambiguous(&str = "고쉐병, 크라베병"): |names| format!("이 코드는 기준이 다른 여러 질환에 해당합니다. 질환 이름으로 고르세요: {names}"), |names| format!("This code covers diseases with different limits. Choose the disease by name: {names}");
        ordinal(usize = 2): |n| match n {
            1 => "첫째".to_string(),
            2 => "둘째".to_string(),
            3 => "셋째".to_string(),
            4 => "넷째".to_string(),
            5 => "다섯째".to_string(),
            n => format!("{n}째"),
        }, |n| match n {
            1 => "first".to_string(),
            2 => "second".to_string(),
            3 => "third".to_string(),
            n => format!("{n}th"),
        };
        child_heading(&str = "둘째"): |ordinal| format!("{ordinal} 자녀"), |ordinal| format!("The {ordinal} child");
        child_remove(&str = "둘째"): |ordinal| format!("{ordinal} 자녀 삭제"), |ordinal| format!("Remove the {ordinal} child");
        parents_household(&str = "아버지·어머니", u32 = 2): |members, n| format!("{members} 가구 ({n}명)"), |members, n| format!("{members}'s household ({n} people)");
        child_household(&str = "아들", &str = "아들, 며느리", u32 = 2): |head, members, n| format!("{head} 가구 ({members}: {n}명)"), |head, members, n| format!("The {head}'s household ({members}: {n} people)");
        manual_household(usize = 1): |n| format!("직접 추가한 가구 {n}"), |n| format!("Household you added ({n})");
        household_remove(&str = "아들 가구 (아들, 며느리: 2명)"): |name| format!("{name} 삭제"), |name| format!("Remove: {name}");
        excluded_line(&str = "배우자의 부모님", &str = "결혼한 환자의 배우자의 부모는 부양의무자가 아닙니다"): |who, why| format!("{who}: {why}"), |who, why| format!("{who} — {why}");
        child_spouse_of(&str = "둘째 아들"): |child| format!("{child}의 배우자"), |child| format!("the {child}'s spouse");
        documents_count(usize = 5): |n| format!("챙겨 갈 서류 {n}가지", ), |n| format!("{n} documents to bring");
        margin_pass(&str = "월 소득", &str = "309만원"): |kind, amount| format!("{kind}이 {amount} 더 많아도 기준 안입니다"), |kind, amount| format!("{kind} can rise by {amount} and stay below");
        margin_at(&str = "월 소득"): |kind| format!("{kind}이 기준 바로 아래입니다"), |kind| format!("{kind} is just under the limit");
        margin_equal(&str = "재산"): |kind| format!("{kind}이 기준액과 같습니다. 기준액 '미만'이어야 합니다"), |kind| format!("{kind} equals the limit; it must be below it");
        margin_fail(&str = "재산", &str = "1,200만원"): |kind, amount| format!("{kind}이 기준보다 {amount} 많습니다"), |kind, amount| format!("{kind} is {amount} over the limit");
        chart_alt(&str = "환자 가구 월 소득 400만원, 기준 709만 5,706원 미만: 충족"): |rows| format!("입력한 금액과 기준: {rows}"), |rows| format!("Your figures and the limits: {rows}");
        chart_row(&str = "환자 가구 월 소득", &str = "400만원", &str = "709만 5,706원", &str = "충족"): |what, value, limit, result| format!("{what} {value}, 기준 {limit} 미만: {result}"), |what, value, limit, result| format!("{what} {value}, limit below {limit}: {result}");
        sizes_caption(u16 = 2026, &str = "경기", &str = "희귀질환"): |year, tier, group| format!("{year}년 '{tier}' 지역, {group} 환자 가구 기준(원, 미만)"), |year, tier, group| format!("Patient-household limits in {year}, '{tier}' tier, {group} (won, below)");
        sizes_you(u32 = 3): |n| format!("{n}명(우리 가구)"), |n| format!("{n} (your household)");
        sizes_row(u32 = 3): |n| format!("{n}명"), |n| format!("{n} people");
        centres_region(&str = "경기·인천"): |region| format!("{region} 권역"), |region| format!("{region} region");
        centres_period(u16 = 2024, u16 = 2026): |from, to| format!("{from}~{to}년 지정 목록입니다."), |from, to| format!("KDCA list for {from}–{to}.");
        centres_outside(u16 = 2023, u16 = 2024, u16 = 2026): |year, from, to| format!("{from}~{to}년 지정 목록으로, {year}년에는 달랐을 수 있습니다."), |year, from, to| format!("KDCA list for {from}–{to}; in {year} it may have differed.");
        sources_year(u16 = 2026): |year| format!("{year}년 기준을 사용했습니다."), |year| format!("Rules for {year}.");
        checked_on(&str = "2026-11-30"): |date| format!("확인한 날짜: {date}"), |date| format!("Checked on {date}");
        summary_people(u32 = 3): |n| format!("{n}명"), |n| format!("{n} people");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_message_is_empty_in_either_language_and_both_have_the_same_messages() {
        let (ko, en) = (KO.all(), EN.all());
        let names =
            |all: &[(&'static str, String)]| all.iter().map(|(n, _)| *n).collect::<Vec<_>>();
        // Lists must have as many lines in English as in Korean.
        assert_eq!(names(&ko), names(&en));
        for (name, text) in ko.iter().chain(&en) {
            assert!(!text.trim().is_empty(), "{name} is empty");
        }
    }

    #[test]
    fn english_is_a_translation_not_a_copy() {
        let same: Vec<_> = KO
            .all()
            .into_iter()
            .zip(EN.all())
            .filter(|(k, e)| k.1 == e.1)
            .map(|(k, _)| k.0)
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }

    #[test]
    fn language_codes_are_read_loosely_and_unknown_ones_refused() {
        assert_eq!(from_code("EN-gb"), Some(Lang::En));
        assert_eq!(from_code(" ko "), Some(Lang::Ko));
        assert_eq!(from_code("fr"), None);
        assert_eq!(code(Lang::En), "en");
    }
}
