//! How to apply, and what else the visitor should know (seed 003: 사업진행순서,
//! 신청방법, 지원자격 변동사항 등의 확인 및 관리), plus the year's data notes.

use serde::{Serialize, Serializer};

use crate::dataset::YearNote;
use crate::vocab::{group_digits, Citation, Explained, Lang};

/// Why online application is closed to this visitor (seed 003, 신청방법).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OnlineClosed {
    /// "건강보험가입자가 아닌 경우(의료급여, 차상위 본인부담경감대상자)".
    NotHealthInsurance,
    /// "건강보험가입자 중 부양의무자가구가 있는 경우".
    HasObligors,
    /// "재산조사 특례대상자인 경우(소득·재산조사 면제)": haemophilia exceptions and the
    /// one-patient-per-household rule.
    Exception,
    /// The co-payment item is not likely, so there is nothing to apply for online.
    CopaymentNotLikely,
}

/// One note for the visitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// Which year's data the decision used.
    DataYear(u16),
    /// Apply at the health centre of the 주민등록 address.
    ApplyAtHealthCentre,
    /// The income and property investigation takes about a month.
    InvestigationTakesAMonth,
    /// Support starts on the day the application is received.
    SupportFromApplication,
    /// Online application (희귀질환 헬프라인) is open.
    OnlineOpen,
    /// Online application is closed, and why.
    OnlineClosed(OnlineClosed),
    /// Income and property are re-investigated every 2 years.
    Reinvestigation,
    /// After a rejection, reapply 6 months after the notice.
    ReapplyAfterRejection,
    /// Support is suspended when 산정특례 lapses.
    SpecialCalcLapse,
    /// At least one threshold used is an estimate.
    EstimatedThreshold,
    /// The disease is not on the bundled list.
    DiseaseNotListed,
    /// An earlier year's support list was shorter than the bundled (newest) one.
    OlderList {
        year: u16,
        count: Option<u32>,
        bundled_count: usize,
    },
    /// With 3 or more patients the compounding of 1.5× is this tool's reading.
    Compounding,
    /// The place's 시·도 has no expert centre of its own: these are the nearest.
    CentresNearest(&'static crate::centres::Nearest),
    /// The case's year is outside the years the centre list was designated for.
    CentresPeriod { year: u16, from: u16, to: u16 },
    /// A note the year's data file carries.
    Year(&'static YearNote),
    /// A known doubt about the year's data.
    Doubt(&'static YearNote),
}

impl Explained for Note {
    fn sentence(&self, lang: Lang) -> String {
        use Lang::{En, Ko};
        match (self, lang) {
            (Note::DataYear(y), Ko) => format!("{y}년 기준(소득재산기준·대상질환)으로 판단했습니다."),
            (Note::DataYear(y), En) => format!("Judged on the {y} criteria and lists."),
            (Note::ApplyAtHealthCentre, Ko) => "주민등록지 관할 시·군·구 보건소에 신청합니다".to_string(),
            (Note::ApplyAtHealthCentre, En) => "Apply at the health centre (보건소) of your resident-registration address".to_string(),
            (Note::InvestigationTakesAMonth, Ko) => "시·군·구청의 소득·재산 조사에 약 1달이 걸립니다".to_string(),
            (Note::InvestigationTakesAMonth, En) => "The income and property investigation takes about a month".to_string(),
            (Note::SupportFromApplication, Ko) => {
                "지원은 신청서를 접수한 날부터 시작되며, 그 이전 의료비는 소급 지원되지 않습니다.".to_string()
            }
            (Note::SupportFromApplication, En) => {
                "Support starts on the day the application is received; nothing earlier is paid back.".to_string()
            }
            (Note::OnlineOpen, Ko) => "희귀질환 헬프라인(helpline.kdca.go.kr)에서 온라인으로도 신청할 수 있습니다".to_string(),
            (Note::OnlineOpen, En) => "You can also apply online at the rare-disease helpline (helpline.kdca.go.kr)".to_string(),
            (Note::OnlineClosed(why), Ko) => {
                let why = match why {
                    OnlineClosed::NotHealthInsurance => {
                        "의료급여 수급권자와 차상위 본인부담경감대상자는 온라인 신청을 할 수 없습니다"
                    }
                    OnlineClosed::HasObligors => {
                        "부양의무자가구가 있으면 온라인 신청을 할 수 없습니다"
                    }
                    OnlineClosed::Exception => {
                        "재산조사 특례대상자(혈우병 입원특례·항체양성·HIV, 1가구 2환자 특례)는 온라인 신청을 할 수 없습니다"
                    }
                    OnlineClosed::CopaymentNotLikely => {
                        "요양급여비 지원 가능성이 분명하지 않아 온라인 신청 대신 보건소 상담을 권합니다"
                    }
                };
                format!("{why}. 보건소에 방문해 신청하세요")
            }
            (Note::OnlineClosed(why), En) => {
                let why = match why {
                    OnlineClosed::NotHealthInsurance => {
                        "Medical-aid and near-poor recipients cannot apply online"
                    }
                    OnlineClosed::HasObligors => {
                        "Households with an obligor household cannot apply online"
                    }
                    OnlineClosed::Exception => {
                        "The property-survey exceptions (haemophilia inpatient, inhibitor, HIV; one patient of two) cannot apply online"
                    }
                    OnlineClosed::CopaymentNotLikely => {
                        "The co-payment outcome is not clear, so talk to the health centre rather than applying online"
                    }
                };
                format!("{why}. Apply in person at the health centre")
            }
            (Note::Reinvestigation, Ko) => "소득·재산은 2년마다 다시 조사합니다. 1~6월 등록자는 1~3월, 7~12월 등록자는 7~9월에 서류를 냅니다".to_string(),
            (Note::Reinvestigation, En) => "Income and property are re-investigated every 2 years: registered January–June, submit in January–March; July–December, submit in July–September".to_string(),
            (Note::ReapplyAfterRejection, Ko) => "소득·재산 기준 부적합으로 탈락하면 통보받은 날부터 6개월 이후에 다시 신청할 수 있습니다".to_string(),
            (Note::ReapplyAfterRejection, En) => "After a rejection on income or property, you can reapply 6 months after the notice".to_string(),
            (Note::SpecialCalcLapse, Ko) => "산정특례 등록기간이 끝나고 재등록하지 않으면 의료비 지원 자격이 정지됩니다".to_string(),
            (Note::SpecialCalcLapse, En) => "If the 산정특례 registration lapses and is not renewed, support is suspended".to_string(),
            (Note::EstimatedThreshold, Ko) => {
                "일부 기준액은 공표된 표가 없어, 공표된 산식(재산: 기본재산액과 기준 중위소득 40%로 구한 일반재산 최고재산액의 배수)으로 추정한 값입니다. 추정 기준을 넘으면 '지원 어려움'이 아니라 '보건소 확인 필요'로 안내합니다.".to_string()
            }
            (Note::EstimatedThreshold, En) => {
                "Some thresholds are estimates: no table prints them, so they come from the published formula (for property, a multiple of the base deduction plus what the 40% median line is worth as property). Above an estimated threshold we say 'ask your health centre', never 'unlikely'.".to_string()
            }
            (Note::DiseaseNotListed, Ko) => {
                "입력한 질환을 내장된 지원대상질환 목록에서 찾지 못했습니다. 목록이 최신이 아닐 수 있으니 질환명·코드를 보건소나 희귀질환 헬프라인에서 확인하세요. 소득·재산 기준은 일반 희귀질환 기준으로 계산했습니다.".to_string()
            }
            (Note::DiseaseNotListed, En) => {
                "The disease was not found on the bundled support list, which may be out of date; check the name or code with the health centre or the helpline. The thresholds shown use the ordinary rare-disease percentages.".to_string()
            }
            (Note::Compounding, Ko) => {
                "희귀질환자가 3명 이상일 때 1.5배를 거듭(1.5의 거듭제곱) 적용하는 것은 이 도구의 해석입니다. 1.5배 한 번으로 부족한 경우는 보건소 확인이 필요합니다.".to_string()
            }
            (Note::Compounding, En) => {
                "With 3 or more patients, compounding the 1.5× step is this tool's reading of the rule; where one 1.5× step is not enough, ask the health centre.".to_string()
            }
            (Note::OlderList { year, count, bundled_count }, Ko) => format!(
                "{year}년 지원대상질환은 {}. 이 도구는 지금의 목록({}개)으로 질환을 찾으므로, 그 뒤에 추가된 질환이면 {year}년에는 대상이 아니었을 수 있습니다.",
                count.map_or("몇 개였는지 확인하지 못했습니다".to_string(), |n| format!("{}개였습니다", group_digits(n.into()))),
                group_digits(*bundled_count as i64)
            ),
            (Note::OlderList { year, count, bundled_count }, En) => format!(
                "The {year} support list {}. This tool looks diseases up in today's list ({}); a disease added later may not have been covered in {year}.",
                count.map_or("size was not found".to_string(), |n| format!("had {} diseases", group_digits(n.into()))),
                group_digits(*bundled_count as i64)
            ),
            (Note::CentresNearest(n), lang) => n.text(lang).to_string(),
            (Note::CentresPeriod { year, from, to }, Ko) => format!(
                "희귀질환 전문기관 목록은 {from}~{to}년 지정 목록입니다. {year}년에는 달랐을 수 있습니다."
            ),
            (Note::CentresPeriod { year, from, to }, En) => format!(
                "The expert-centre list was designated for {from}–{to}; in {year} it may have been different."
            ),
            (Note::Year(n), Ko) | (Note::Doubt(n), Ko) => format!("{} (출처: {})", n.ko, n.source),
            (Note::Year(n), En) | (Note::Doubt(n), En) => format!("{} (source: {})", n.en, n.source),
        }
    }

    fn citation(&self) -> Option<Citation> {
        Some(match self {
            Note::ApplyAtHealthCentre | Note::InvestigationTakesAMonth => {
                Citation::seed("사업진행순서", "procedure")
            }
            Note::OnlineOpen | Note::OnlineClosed(_) => Citation::seed("신청방법", "how to apply"),
            Note::Reinvestigation => Citation::seed("정기재조사", "periodic re-investigation"),
            Note::ReapplyAfterRejection => {
                Citation::seed("재등록에 대한 세부사항", "re-registration")
            }
            Note::SpecialCalcLapse => Citation::seed("산정특례 재등록 대상자 관리", "renewal"),
            _ => return None,
        })
    }
}

impl Note {
    /// The sentence with its citation, as the decision JSON carries it.
    pub fn text(&self, lang: Lang) -> String {
        Explained::text(self, lang)
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Ko))
    }
}

impl Serialize for Note {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
