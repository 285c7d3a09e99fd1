//! How often a 2026 health-insured household under the income limit is told "ask your
//! health centre" only because of a property estimate (issue 10).
//!
//! ```sh
//! cargo run -q --release -p rules --example review_share
//! cargo run -q --release -p rules --example review_share -- --old-cases > cases.jsonl
//! ```
//!
//! 400 households from a fixed seed, the same on every run: a registered Korean adult
//! with an ordinary rare disease (one in five has a 4-major one), 1 to 5 people, income
//! anywhere under the 2026 patient income limit, property between 100 and 400 million
//! won (around the median net worth of a Korean household, about 230 million in recent
//! household surveys; a modelling choice, not bundled data), living in a 시·군·구 drawn
//! from the bundled list. `--old-cases` prints the same households one JSON case per
//! line in the pre-2024-tier form (the place's 2023 tier as `region`), for measuring an
//! older `rare-check` against the same input.

use rules::thresholds::ThresholdQuery;
use rules::vocab::{Group, HouseholdKind, TestKind};
use rules::{Case, Household, Item, Reason, Town, Verdict};

/// xorshift64*: deterministic, no `rand`.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const RARE: &[&str] = &["크라베병", "윌슨병", "G60.0", "G12.1", "폰기에르케병"];
const FOUR_MAJOR: &[&str] = &["고쉐병", "파브리(-앤더슨)병", "A형혈우병"];

fn households(n: usize) -> Vec<(Case, &'static rules::places::Place)> {
    let ds = rules::dataset(2026).expect("2026 data");
    let places = rules::places::list();
    let mut rng = Rng(0x2026_0400_5eed_0010);
    (0..n)
        .map(|_| {
            let four_major = rng.below(5) == 0;
            let disease = if four_major {
                FOUR_MAJOR[rng.below(FOUR_MAJOR.len() as u64) as usize]
            } else {
                RARE[rng.below(RARE.len() as u64) as usize]
            };
            let size = 1 + rng.below(5) as u32;
            let limit = ds
                .threshold(&ThresholdQuery {
                    household: HouseholdKind::Patient,
                    kind: TestKind::Income,
                    group: if four_major {
                        Group::FourMajor
                    } else {
                        Group::Rare
                    },
                    tier: &ds.property.tiers[0],
                    size,
                    age: 40,
                })
                .value;
            let place = &places[rng.below(places.len() as u64) as usize];
            let case = Case {
                year: 2026,
                disease: disease.to_string(),
                age: 19 + rng.below(52) as u8,
                location: Some(place.full_name()),
                household: Household {
                    size,
                    monthly_income: rng.below(limit as u64) as i64,
                    property: 100_000_000 + rng.below(300_000_000) as i64,
                    rare_patients: 1,
                },
                ..Case::default()
            };
            (case, place)
        })
        .collect()
}

fn main() {
    let set = households(400);
    if std::env::args().any(|a| a == "--old-cases") {
        // The same households as the three-tier case JSON took them before 2024 tiers:
        // each place's 2023 tier (a 도농복합시's 동), for every year.
        let y2023 = rules::dataset(2023).expect("2023 data");
        for (case, place) in &set {
            let (found, _) = rules::location::tier_of(y2023, place, Some(Town::Dong));
            let mut old = case.clone();
            old.location = None;
            old.region = Some(found.tier.id.to_string());
            println!("{}", serde_json_line(&old));
        }
        return;
    }
    let mut counts = [0usize; 3];
    let mut only_property_estimate = 0;
    for (case, _) in &set {
        let d = rules::evaluate(case).expect("every generated case is valid");
        let copay = d.item(Item::Copayment).expect("co-payment");
        match copay.verdict {
            Verdict::Likely => counts[0] += 1,
            Verdict::Review => counts[1] += 1,
            _ => counts[2] += 1,
        }
        let failed_only_estimated_property =
            copay.reasons.contains(&Reason::MeansFailedOnEstimateOnly)
                && d.tests
                    .iter()
                    .all(|t| t.passed || t.kind == TestKind::Property);
        if failed_only_estimated_property {
            only_property_estimate += 1;
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / set.len() as f64;
    println!("400 generated 2026 health-insured households under the income limit (co-payment):");
    println!("  likely   {:>3} ({:.1}%)", counts[0], pct(counts[0]));
    println!("  review   {:>3} ({:.1}%)", counts[1], pct(counts[1]));
    println!("  unlikely {:>3} ({:.1}%)", counts[2], pct(counts[2]));
    println!(
        "  review only because of an estimated property limit: {} ({:.1}%)",
        only_property_estimate,
        pct(only_property_estimate)
    );
}

/// One case as a JSON line, without a JSON library in the example's dependencies: the
/// crate's dev-dependencies have serde_json.
fn serde_json_line(case: &Case) -> String {
    serde_json::to_string(case).expect("a case serialises")
}
