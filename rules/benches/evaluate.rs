//! Time of `evaluate` per case (issue 7), over a generated set of varied cases.
//!
//! `cargo bench -p rules --bench evaluate`. The generator is deterministic (a fixed-seed
//! xorshift), so every run times the same 400 cases: every data year, coverage and region,
//! households of 1 to 8 with incomes and property around the thresholds, obligor
//! households, ordinary, four-major and haemophilia diseases given by name or by code,
//! and a few invalid cases (an unknown disease, an ambiguous code), which `evaluate`
//! rejects.

use criterion::{criterion_group, criterion_main, Criterion};
use rules::{
    evaluate, Case, Coverage, Disability, ExcludedStatus, Hemophilia, Household, Item, Nationality,
    ObligorHousehold, OnSublist, SublistAnswer,
};
use std::hint::black_box;

/// A small deterministic generator (xorshift64*), so the bench needs no `rand`.
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
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const DISEASES: &[&str] = &[
    // By name: ordinary, four-major (Gaucher, Fabry, mucopolysaccharidosis), haemophilia.
    "고쉐병",
    "파브리(-앤더슨)병",
    "Ⅰ형 점액다당류증",
    "A형혈우병",
    "윌슨병",
    // By code: unique codes, a haemophilia code.
    "D66",
    "G12.2",
    "E83.0",
    // Invalid: ambiguous code and a name that is not listed.
    "E75.2",
    "없는 질환",
];

/// A tier of the year, named directly (`region`), as some cases give it.
fn tier(rng: &mut Rng, year: u16) -> Option<String> {
    let tiers = rules::dataset(year)?.property.tiers;
    Some(tiers[rng.below(tiers.len() as u64) as usize].id.to_string())
}

/// `n` varied cases; the same `n` cases on every run.
fn cases(n: usize) -> Vec<Case> {
    let mut rng = Rng(0x5eed_2023_0007_0001);
    let years = rules::years();
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let year = rng.pick(years);
        let size = 1 + rng.below(8) as u32;
        // Incomes from 0 to about 12 million won a month and property up to about
        // 1 billion won: most cases fall near one threshold or another.
        let income = rng.below(12_000_000) as i64;
        let property = rng.below(1_000_000_000) as i64;
        let obligors = (0..rng.below(3))
            .map(|_| ObligorHousehold {
                size: 1 + rng.below(6) as u32,
                monthly_income: rng.below(20_000_000) as i64,
                property: rng.below(2_000_000_000) as i64,
                region: if rng.chance(50) {
                    None
                } else {
                    tier(&mut rng, year)
                },
                ..ObligorHousehold::default()
            })
            .collect();
        let answer = [
            SublistAnswer::Yes,
            SublistAnswer::No,
            SublistAnswer::Unknown,
        ];
        out.push(Case {
            year,
            special_calc_registered: rng.chance(90),
            disease: rng.pick(DISEASES).to_string(),
            age: rng.below(90) as u8,
            nationality: if rng.chance(90) {
                Nationality::Korean
            } else {
                rng.pick(&[Nationality::ForeignSpecial, Nationality::Foreign])
            },
            excluded_status: if rng.chance(95) {
                ExcludedStatus::None
            } else {
                rng.pick(&[ExcludedStatus::Military, ExcludedStatus::Abroad])
            },
            coverage: rng.pick(&[
                Coverage::HealthInsurance,
                Coverage::HealthInsurance,
                Coverage::MedicalAid,
                Coverage::NearPoor,
            ]),
            region: tier(&mut rng, year),
            location: None,
            town: None,
            household: Household {
                size,
                monthly_income: income,
                property,
                rare_patients: 1 + rng.below(2) as u32,
            },
            obligor_households: obligors,
            hemophilia: Hemophilia {
                inhibitor: rng.chance(20),
                hiv: rng.chance(5),
                inpatient_exception: rng.chance(20),
            },
            disability: Disability {
                registered: rng.chance(30),
                severe_physical_or_brain: rng.chance(15),
                severe_kidney: rng.chance(5),
            },
            on_sublist: OnSublist::from([
                (Item::AssistiveDevices, rng.pick(&answer)),
                (Item::Ventilator, rng.pick(&answer)),
                (Item::Caregiving, rng.pick(&answer)),
                (Item::SpecialDiet, rng.pick(&answer)),
            ]),
            renting: rng.chance(40),
            owns_car: rng.chance(50),
            family_answered: rng.chance(50),
            // A field added to the case later takes its default here.
            ..Case::default()
        });
    }
    out
}

fn bench(c: &mut Criterion) {
    let set = cases(400);
    let decided = set.iter().filter(|c| evaluate(c).is_ok()).count();
    eprintln!(
        "evaluate: {} generated cases, {} decided, {} rejected",
        set.len(),
        decided,
        set.len() - decided
    );
    let mut group = c.benchmark_group("evaluate");
    // One iteration evaluates all 400 cases; criterion's time divided by 400 is the
    // time per case (reported as throughput).
    group.throughput(criterion::Throughput::Elements(set.len() as u64));
    group.bench_function("400 generated cases", |b| {
        b.iter(|| {
            for case in &set {
                black_box(evaluate(black_box(case)).ok());
            }
        })
    });
    group.finish();
    // One typical case alone: the figure the browser pays per keystroke.
    let one = Case {
        disease: "고쉐병".to_string(),
        household: Household {
            size: 3,
            monthly_income: 4_000_000,
            property: 250_000_000,
            rare_patients: 1,
        },
        ..Case::default()
    };
    assert!(evaluate(&one).is_ok(), "the typical case must be decided");
    c.bench_function("evaluate/one typical case", |b| {
        b.iter(|| evaluate(black_box(&one)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
