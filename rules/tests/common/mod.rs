//! Helpers shared by the rules tests.
#![allow(dead_code)]

use rules::{Case, Coverage, Decision, Household, Item, ObligorHousehold, Verdict};

/// An ordinary rare disease (E75.2, but not one of the two 4-major ones).
pub const RARE: &str = "크라베병";
/// A 4-major disease.
pub const FOUR_MAJOR: &str = "고쉐병";
/// Haemophilia A (D66).
pub const HEMOPHILIA: &str = "A형혈우병";

/// A registered Korean adult on health insurance in 경기도 과천시 (2023: 중소도시; from
/// 2024: 경기), 3 people, no income, no property, no obligors.
pub fn case(year: u16, disease: &str) -> Case {
    Case {
        year,
        special_calc_registered: true,
        disease: disease.to_string(),
        age: 40,
        location: Some("경기도 과천시".into()),
        coverage: Coverage::HealthInsurance,
        household: Household {
            size: 3,
            monthly_income: 0,
            property: 0,
            rare_patients: 1,
        },
        ..Case::default()
    }
}

pub fn obligor(size: u32, monthly_income: i64, property: i64) -> ObligorHousehold {
    ObligorHousehold {
        size,
        monthly_income,
        property,
        ..ObligorHousehold::default()
    }
}

pub fn eval(case: &Case) -> Decision {
    rules::evaluate(case).expect("a valid case")
}

pub fn verdict(d: &Decision, item: Item) -> Verdict {
    d.verdict(item).expect("the item is in the decision")
}

/// Runs the `rare-check` command with `args` and `input` on stdin: its exit code, stdout
/// and stderr.
pub fn rare_check(args: &[&str], input: &str) -> (Option<i32>, String, String) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_rare-check"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn rare-check");
    // The command may exit before reading (a bad option): ignore a broken pipe.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
