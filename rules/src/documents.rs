//! What to bring (seed 003, 제출서류). Only the documents that apply to the case.

use serde::{Serialize, Serializer};

use crate::case::Case;
use crate::vocab::{Citation, Coverage, Explained, Item, Lang, Verdict};

/// One document to submit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Document {
    /// 신청서식.
    ApplicationForm,
    /// 임대차계약서, 사용대차확인서 등 (확정일자 날인 필수), if renting.
    LeaseContract,
    /// 최근 3개월 이내에 발급된 가족관계증명서(상세).
    FamilyRelationCertificate,
    /// 신청자(환자)의 통장사본.
    BankbookCopy,
    /// 최근 3개월 이내 발급된 진단서 (신규 신청시).
    DiagnosisCertificate,
    /// 자동차보험계약서, if the household owns a car.
    CarInsurance,
    /// 장애정도 확인 서류 사본 (간병비, 보조기기, N18, G20).
    DisabilityProof,
    /// 부양의무자: 기초연금·장애인연금 수급자 증명서, 차상위 확인서 (해당자만).
    ObligorCertificates,
}

impl Explained for Document {
    fn citation(&self) -> Option<Citation> {
        Some(Citation::seed("제출서류", "documents"))
    }

    fn sentence(&self, lang: Lang) -> String {
        let (ko, en) = match self {
            Document::ApplicationForm => ("신청서", "application form"),
            Document::LeaseContract => (
                "임대차계약서 또는 사용대차확인서 (확정일자 날인 필수; 부양의무자가구도 해당자는 제출)",
                "lease or loan-for-use contract with a fixed-date stamp (확정일자); obligor households that rent submit one too",
            ),
            Document::FamilyRelationCertificate => (
                "가족관계증명서(상세) 1부, 최근 3개월 이내 발급, 환자 기준",
                "family relation certificate (detailed), issued within the last 3 months, for the patient",
            ),
            Document::BankbookCopy => ("신청자(환자)의 통장사본 1부", "copy of the patient's bankbook"),
            Document::DiagnosisCertificate => (
                "진단서 1부, 최근 3개월 이내 발급 (신규 신청시)",
                "diagnosis certificate issued within the last 3 months (new applications)",
            ),
            Document::CarInsurance => (
                "자동차보험계약서 1부 (부양의무자가구도 해당자는 제출)",
                "car insurance contract (obligor households with a car submit one too)",
            ),
            Document::DisabilityProof => (
                "장애정도 확인 서류 사본 1부 (장애인 증명서, 장애정도 결정서 등)",
                "proof of disability degree (disability certificate, degree decision, etc.)",
            ),
            Document::ObligorCertificates => (
                "부양의무자: 기초연금 수급자 증명서, 장애인 연금 수급자 증명서, 차상위 확인서 사본 (해당자만)",
                "for obligors, only where they apply: basic pension, disability pension or 차상위 (near-poor) certificates",
            ),
        };
        match lang {
            Lang::Ko => ko.to_string(),
            Lang::En => en.to_string(),
        }
    }
}

impl Document {
    /// The document with its citation, as the decision JSON carries it.
    pub fn text(&self, lang: Lang) -> String {
        Explained::text(self, lang)
    }
}

impl std::fmt::Display for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Ko))
    }
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The documents that apply. `kcd` is the resolved disease's KCD codes (empty when the
/// disease is not on the list); `items` the items' verdicts.
pub fn documents(case: &Case, kcd: &[&str], items: &[(Item, Verdict)]) -> Vec<Document> {
    let health_insurance = case.coverage == Coverage::HealthInsurance;
    let mut docs = vec![Document::ApplicationForm];
    // "임대차계약서, 사용대차확인서 등(해당자에 한함 …) ※ 확정일자 날인 필수": the
    // contract serves the property survey, which only health-insured households have.
    if case.renting && health_insurance {
        docs.push(Document::LeaseContract);
    }
    // "최근 3개월 이내에 발급된 가족관계증명서(상세) 1부(환자를 기준으로 제출)"
    docs.push(Document::FamilyRelationCertificate);
    // "신청자(환자)의 통장사본 1부"
    docs.push(Document::BankbookCopy);
    // "최근 3개월 이내 발급된 진단서 1부(신규 신청시)"
    docs.push(Document::DiagnosisCertificate);
    // "자동차보험계약서 1부(부양의무자가구에서도 해당자는 제출)": property survey only.
    if case.owns_car && health_insurance {
        docs.push(Document::CarInsurance);
    }
    // "장애정도 확인 서류 사본 1부(해당자에 한함)": 간병비, 보조기기 구입비,
    // 만성신장병(N18), 파킨슨(G20).
    let code_needs_proof = kcd
        .iter()
        .any(|code| code.starts_with("N18") || code.starts_with("G20"));
    let item_needs_proof = items.iter().any(|(item, verdict)| {
        item.facts().disability.is_some_and(|d| d.needs_proof())
            && !matches!(verdict, Verdict::Unlikely | Verdict::NotApplicable)
    });
    if code_needs_proof || item_needs_proof {
        docs.push(Document::DisabilityProof);
    }
    // "부양의무자 제출서류(해당자에 한하여 제출)"
    if health_insurance && !case.obligor_households.is_empty() {
        docs.push(Document::ObligorCertificates);
    }
    docs
}
