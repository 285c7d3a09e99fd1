//! Every visible string of the embed page, in Korean (the default) and English. The
//! widget's own catalogue (`i18n.rs`) is the visitor's; this one is the webmaster's, and
//! only the embed page's binary carries it. A message missing in either language is a
//! compile error, and the tests walk every one.

use rules::Lang;

/// The words in a language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ko => &KO,
        Lang::En => &EN,
    }
}

// The same declaration as the widget's catalogue: each message once, in both languages.
crate::i18n::catalogue! {
    Words;
    texts {
        title: "자가진단 삽입 코드 만들기", "Put the self-check on your site";
        lede: "보건소 홈페이지에 희귀질환 의료비 지원 자가진단을 넣는 코드를 만듭니다. 아래를 채우면 코드와 미리보기가 바로 바뀝니다.", "Make the code that puts the rare-disease support self-check on your health centre's site. The code and the preview follow what you type.";
        privacy: "이 페이지는 입력한 내용을 어디에도 보내거나 저장하지 않습니다.", "This page sends and stores nothing you type.";
        language_switch: "English", "한국어";
        language_switch_label: "English (영어로 보기)", "한국어 (Switch to Korean)";
        error_summary_title: "입력 내용을 확인해 주세요", "Please check what you entered";

        centre_title: "보건소", "Your health centre";
        place_label: "보건소가 맡는 시·군·구", "The centre's city, county or district";
        place_hint: "위젯이 이 시·군·구를 골라 둔 채 열립니다. 방문자는 바꿀 수 있습니다. 예: 과천, 수원시 장안구, ㄱㅊ", "The widget opens with this place chosen; visitors can change it. e.g. 과천, 수원시 장안구 or ㄱㅊ.";
        place_search_none: "일치하는 시·군·구가 없습니다.", "No city, county or district matches.";
        err_place_unknown: "목록에 없는 시·군·구입니다. 이대로 넣으면 위젯은 이 값을 무시합니다. 이름을 입력하고 목록에서 고르세요.", "Not a city, county or district on the list: the widget would ignore it. Type the name and pick it from the list.";
        name_label: "보건소 이름", "The health centre's name";
        name_hint: "위젯의 '신청 방법'에 나옵니다. 예: 과천시 보건소", "Shown under \"How to apply\". e.g. 과천시 보건소";
        phone_label: "전화번호", "Phone number";
        phone_hint: "숫자와 - + ( ) 공백만 씁니다. 위젯에서 누르면 전화가 걸립니다. 예: 02-2150-3826", "Digits, spaces and - + ( ) only. Visitors can tap it to call. e.g. 02-2150-3826";
        err_phone: "전화번호에는 숫자와 - + ( ) 공백만 쓸 수 있습니다. 이대로 넣으면 위젯은 전화번호를 보여 주지 않습니다.", "A phone number may hold only digits, spaces and - + ( ). As it is, the widget would not show it.";
        address_label: "보건소 주소", "The health centre's address";
        address_hint: "예: 경기도 과천시 관문로 69", "e.g. 경기도 과천시 관문로 69";

        widget_title: "위젯", "The widget";
        lang_legend: "위젯이 처음 보여 줄 언어", "The widget's first language";
        lang_hint: "방문자는 언제든 바꿀 수 있습니다.", "Visitors can switch at any time.";
        lang_ko: "한국어", "Korean (한국어)";
        lang_en: "영어 (English)", "English";
        mode_legend: "넣는 방식", "How to put it in";
        mode_script: "스크립트: 홈페이지 화면에 바로 들어갑니다(권장)", "Script: the widget sits in your page (recommended)";
        mode_iframe: "iframe: 스크립트를 넣을 수 없는 게시판·CMS용", "Iframe: for a CMS that allows no scripts";
        parent_label: "홈페이지 주소 (iframe 높이 맞춤)", "Your site's address (to size the iframe)";
        parent_hint: "iframe을 넣을 홈페이지의 주소(https://와 도메인만)입니다. 위젯은 자기 높이만 이 주소로 알려 줍니다. 비워 두면 iframe은 정해진 높이로 있고 안에서 스크롤됩니다.", "The address of the site the iframe goes on (https:// and the domain only). The widget tells that site its height and nothing else. Left empty, the iframe keeps a fixed height and scrolls inside.";
        err_parent: "https://www.example.go.kr처럼 https://와 도메인만 적으세요(경로 없이). 이대로면 iframe 높이가 맞춰지지 않습니다.", "Give https:// and the domain only, as in https://www.example.go.kr (no path). As it is, the iframe would not be sized.";
        no_year: "연도 설정(data-year)은 넣지 않습니다. 위젯은 방문자 기기의 날짜로 기준 연도를 고르므로, 연도를 고정하면 1월 1일부터 지난해 기준이 됩니다.", "The code sets no year (data-year): the widget takes the year from the visitor's own date. A fixed year would give last year's limits from 1 January.";

        code_title: "삽입 코드", "The code";
        code_label: "홈페이지에 붙여 넣을 코드", "The code to paste into your page";
        code_hint: "위젯이 들어갈 자리에 그대로 붙여 넣으세요. 입력을 고치면 코드도 바로 바뀝니다.", "Paste it where the widget should appear. It follows every change above.";
        copy: "코드 복사", "Copy the code";
        copied: "복사했습니다.", "Copied.";
        copy_failed: "복사하지 못했습니다. 코드를 선택해 두었으니 Ctrl+C(맥은 ⌘+C)로 복사하세요.", "Could not copy. The code is selected: press Ctrl+C (⌘+C on a Mac).";
        fix_first: "입력 내용을 고친 뒤 복사하세요.", "Correct the fields marked above, then copy.";
        pinned: "이 코드는 이 배포판의 파일을 무결성 해시(integrity)로 고정합니다. 새 배포판을 올리면 이 페이지에서 코드를 다시 복사하세요. 고정하지 않으려면 src의 파일 이름을 rare-check.js로 바꾸고 integrity를 빼세요. rare-check.js는 배포판이 바뀌어도 이름이 같습니다.", "This code pins this release's file with its integrity hash. After uploading a new release, copy the code from this page again. Not to pin it, change the file in src to rare-check.js and drop integrity: rare-check.js keeps its name across releases.";
        frame_pinned: "rare-check-frame.js는 iframe의 높이를 맞추는 20줄짜리 스크립트로, 넣지 않아도 됩니다. iframe에는 브라우저 기본 테두리가 있습니다. 없애려면 홈페이지 CSS에 iframe[data-rare-check-frame] { border: 0 }을 넣으세요.", "rare-check-frame.js is a 20-line script that sizes the iframe; it is optional. Browsers draw a border round an iframe; to remove it, add iframe[data-rare-check-frame] { border: 0 } to your site's CSS.";
        csp_title: "홈페이지의 보안 정책(CSP)에 필요한 것", "What your site's Content-Security-Policy needs";
        csp_script: "홈페이지가 Content-Security-Policy를 보낸다면 script-src에 아래를 더하세요. 위젯은 아무 곳에도 연결하지 않으므로 connect-src 'none'이어도 되고, 스타일은 스크립트 안에 있으므로 style-src도 필요 없습니다.", "If your site sends a Content-Security-Policy, add the following to its script-src. The widget connects nowhere, so connect-src 'none' is fine, and its styles travel inside the script, so it needs no style-src.";
        csp_iframe: "홈페이지가 Content-Security-Policy를 보낸다면 frame-src에 위젯의 주소를, rare-check-frame.js를 쓴다면 script-src에도 더하세요.", "If your site sends a Content-Security-Policy, add the widget's address to frame-src, and to script-src if you use rare-check-frame.js.";
        cors: "위젯을 홈페이지와 다른 주소(다른 도메인)에 올렸다면, 위젯의 서버가 .js 파일에 Access-Control-Allow-Origin 헤더를 보내야 합니다.", "If the widget is on another domain than your site, its server must send Access-Control-Allow-Origin with the .js files.";

        preview_title: "미리보기", "Preview";
        preview_hint: "위 코드를 보안 정책이 엄격한 빈 홈페이지에 붙여 넣은 모습입니다. 코드가 바뀌면 잠시 뒤 다시 그립니다.", "The code above pasted into an empty page with a strict security policy. It is redrawn a moment after the code changes.";
        preview_phone: "휴대전화 (360 px)", "Phone (360 px)";
        preview_desktop: "데스크톱 (1280 px, 축소)", "Desktop (1280 px, scaled down)";
        preview_phone_title: "미리보기: 휴대전화 화면 폭 360 px", "Preview: a 360-px phone screen";
        preview_desktop_title: "미리보기: 데스크톱 화면 폭 1280 px", "Preview: a 1280-px desktop screen";

        release_title: "이 배포판", "This release";
        years_title: "들어 있는 기준 자료", "The data it carries";
        years_hint: "위젯은 방문자의 날짜에 맞는 해와 그 전해, 최근 두 해의 기준을 가지고 있습니다.", "The widget carries the two newest years: the visitor's year and the one before.";
        changelog_title: "바뀐 점 (이번 배포판)", "What changed (this release)";
        changelog_note: "변경 기록은 한국어로 씁니다.", "The changelog is written in Korean.";
        changelog_link: "전체 변경 기록 (CHANGELOG.md)", "The whole changelog (CHANGELOG.md)";
        release_missing: "배포판 정보가 없어 코드를 만들 수 없습니다. 이 페이지는 scripts/build가 만든 dist/ 안에서 열어야 합니다.", "Without the release's facts no code can be made: open this page from the dist/ folder scripts/build makes.";
        part_median: "기준 중위소득", "the median income";
        part_percent: "소득 기준 비율", "the income percentages";
        part_lists: "지원 대상 질환 수", "the numbers of listed diseases";
        part_amounts: "지원 금액", "the amounts paid";
        part_property: "재산 기준", "the property limits";
        part_rules: "적용 규칙(부양의무자 기준, 지원 항목)", "the rules in force (obligor test, items)";
        part_cornstarch: "옥수수전분 지원", "the cornstarch item";
    }
    lists {}
    formats {
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
        place_reads(&str = "경기도 과천시"): |place| format!("위젯은 '{place}'을(를) 골라 둔 채 열립니다."), |place| format!("The widget opens with {place} chosen.");
        tier_reads(&str = "경기", &str = "gyeonggi"): |tier, id| format!("시·군·구가 아니라 지역 구분 '{tier}'({id})로 읽힙니다. 그 구분이 있는 해에만 쓰입니다. 시·군·구를 고르면 모든 해에 맞는 구분이 쓰입니다."), |tier, id| format!("Read as the tier '{tier}' ({id}), not a place: it applies only in the years that have it. Choose a place for the right tier in every year.");
        err_place_ambiguous(&str = "서울특별시 중구, 인천광역시 중구"): |names| format!("같은 이름이 여러 곳 있습니다. 이대로 넣으면 위젯은 이 값을 무시합니다. 목록에서 시·도까지 맞는 곳을 고르세요: {names}"), |names| format!("Several places have that name: the widget would ignore it. Pick the right one, with its province, from the list: {names}");
        place_suggestions(&str = "경기도 과천시"): |names| format!("이곳인가요: {names}"), |names| format!("Did you mean: {names}");
        err_too_long(usize = 240): |n| format!("200자까지만 나옵니다(지금 {n}자). 줄여 주세요."), |n| format!("Only the first 200 characters are shown (this has {n}). Please shorten it.");
        field_error(&str = "전화번호", &str = "전화번호에는 숫자만"): |label, error| format!("{label}: {error}"), |label, error| format!("{label}: {error}");
        version(&str = "0.4.0"): |v| format!("배포판 {v}"), |v| format!("Release {v}");
        year_final(u16 = 2026): |year| format!("{year}년: 그해 지침의 기준"), |year| format!("{year}: that year's guideline");
        year_provisional(u16 = 2027, u16 = 2026, &str = "지원 금액, 재산 기준"): |year, from, parts| format!("{year}년 (잠정): 지침이 나오기 전이라 {parts}은(는) {from}년 것을 이어 씁니다. 위젯은 결과에 '잠정'이라고 적습니다."), |year, from, parts| format!("{year} (provisional): until its guideline is out, {parts} are carried from {from}. The widget marks its results provisional.");
        year_estimated(u16 = 2026, &str = "재산 기준"): |year, parts| format!("{year}년의 {parts}은(는) 추정값입니다(공표된 표가 없어 공표된 산식으로 계산). 위젯은 결과에 '추정 기준'이라고 적습니다."), |year, parts| format!("In {year}, {parts} are estimates (no table was published; computed by the published formula). The widget marks them as estimated.");
        csp_origin(&str = "https://www.example.go.kr"): |origin| format!("위젯의 주소: {origin}"), |origin| format!("The widget's address: {origin}");
    }
}

impl Words {
    /// A part of a data year (`rules::Provisional::parts`, and the parts that can be
    /// estimated), in words; a part without words is shown by its code.
    pub fn part(&self, code: &'static str) -> &'static str {
        match code {
            "median" => self.part_median,
            "percent" => self.part_percent,
            "lists" => self.part_lists,
            "amounts" => self.part_amounts,
            "property" => self.part_property,
            "rules" => self.part_rules,
            "cornstarch" => self.part_cornstarch,
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_message_is_empty_and_both_languages_have_the_same_messages() {
        let (ko, en) = (KO.all(), EN.all());
        let names =
            |all: &[(&'static str, String)]| all.iter().map(|(n, _)| *n).collect::<Vec<_>>();
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
            // A label and its error joined is the same shape in both languages.
            .filter(|(k, e)| k.1 == e.1 && k.0 != "field_error")
            .map(|(k, _)| k.0)
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }

    #[test]
    fn every_provisional_part_of_every_year_has_words() {
        for ds in rules::datasets() {
            for part in ds.provisional.iter().flat_map(|p| p.parts) {
                assert_ne!(KO.part(part), *part, "{}: {part} has no words", ds.year);
                assert_ne!(EN.part(part), *part, "{}: {part} has no words", ds.year);
            }
        }
    }
}
