//! Reading amounts of money the way people type them on a Korean form: `3,500,000`,
//! `3500000`, `350만`, `1억 2천만 원`, `3.5억`. (Writing them is `rules::vocab`'s.)
//!
//! Whole won only, with integer arithmetic: a threshold test one won either side must
//! come out the same as the rules library computes it. The largest amount is the rules'
//! (SPEC §4: above 10^13 won is absurd input).

use rules::case::MAX_WON;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    /// Nothing typed.
    Empty,
    /// Something that is not an amount: letters, a minus sign, two dots…
    NotAnAmount,
    /// A fraction of a won, such as `1.5` without a unit.
    FractionOfWon,
    /// More than [`MAX_WON`].
    TooLarge,
}

/// Parses an amount in won. Spaces, commas and a trailing `원` are ignored; the units
/// 십·백·천 and 만·억·조 work as in speech, so `2천5백만` is 25,000,000.
pub fn parse_won(input: &str) -> Result<i64, MoneyError> {
    let text: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',')
        .collect();
    let text = text.strip_suffix('원').unwrap_or(&text);
    if text.is_empty() {
        return Err(MoneyError::Empty);
    }

    // `total` collects finished 만/억/조 groups; `group` the part before the next big unit.
    let mut total: i128 = 0;
    let mut group: i128 = 0;
    let mut number: Option<Number> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '0'..='9' | '.' => {
                let mut literal = String::from(c);
                while let Some(&next) = chars.peek() {
                    if next.is_ascii_digit() || next == '.' {
                        literal.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if number.is_some() {
                    return Err(MoneyError::NotAnAmount);
                }
                number = Some(Number::parse(&literal)?);
            }
            '십' | '백' | '천' => {
                let unit = match c {
                    '십' => 10,
                    '백' => 100,
                    _ => 1_000,
                };
                group += number.take().unwrap_or(Number::ONE).times(unit)?;
            }
            '만' | '억' | '조' => {
                let unit: i128 = match c {
                    '만' => 10_000,
                    '억' => 100_000_000,
                    _ => 1_000_000_000_000,
                };
                // `3.5억` keeps its fraction until the unit makes it whole.
                let counted = match number.take() {
                    Some(n) => n.times(unit)?,
                    None if group == 0 => unit,
                    None => 0,
                };
                total += counted + group * unit;
                group = 0;
            }
            _ => return Err(MoneyError::NotAnAmount),
        }
        if total + group > MAX_WON as i128 {
            return Err(MoneyError::TooLarge);
        }
    }
    if let Some(n) = number {
        group += n.times(1)?;
    }
    let won = total + group;
    if won > MAX_WON as i128 {
        return Err(MoneyError::TooLarge);
    }
    Ok(won as i64)
}

/// A decimal literal as digits and a count of digits after the point.
#[derive(Clone, Copy)]
struct Number {
    digits: i128,
    scale: u32,
}

impl Number {
    const ONE: Number = Number {
        digits: 1,
        scale: 0,
    };

    fn parse(literal: &str) -> Result<Number, MoneyError> {
        let (whole, fraction) = match literal.split_once('.') {
            Some((w, f)) => (w, f),
            None => (literal, ""),
        };
        if whole.is_empty() && fraction.is_empty()
            || fraction.contains('.')
            || whole.len() + fraction.len() > 20
        {
            return Err(MoneyError::NotAnAmount);
        }
        let all: String = format!("{whole}{fraction}");
        let digits = all.parse::<i128>().map_err(|_| MoneyError::NotAnAmount)?;
        Ok(Number {
            digits,
            scale: fraction.len() as u32,
        })
    }

    /// The value times `unit`, which must come out in whole won.
    fn times(self, unit: i128) -> Result<i128, MoneyError> {
        let scaled = self.digits.checked_mul(unit).ok_or(MoneyError::TooLarge)?;
        let divisor = 10_i128.pow(self.scale);
        if scaled % divisor != 0 {
            return Err(MoneyError::FractionOfWon);
        }
        Ok(scaled / divisor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rules::vocab::{group_digits, korean_reading};

    #[test]
    fn digits_with_and_without_commas_read_the_same() {
        assert_eq!(parse_won("3,500,000"), Ok(3_500_000));
        assert_eq!(parse_won("3500000"), Ok(3_500_000));
        assert_eq!(parse_won(" 3 500 000 원"), Ok(3_500_000));
    }

    #[test]
    fn man_means_ten_thousand_won() {
        assert_eq!(parse_won("350만"), Ok(3_500_000));
        assert_eq!(parse_won("350만원"), Ok(3_500_000));
        assert_eq!(parse_won("만원"), Ok(10_000));
    }

    #[test]
    fn spoken_units_combine_as_in_speech() {
        assert_eq!(parse_won("1억 2천만"), Ok(120_000_000));
        assert_eq!(parse_won("2천5백만"), Ok(25_000_000));
        assert_eq!(parse_won("1억2,345만6,789원"), Ok(123_456_789));
        assert_eq!(parse_won("3억"), Ok(300_000_000));
    }

    #[test]
    fn a_decimal_before_a_unit_is_exact() {
        assert_eq!(parse_won("3.5억"), Ok(350_000_000));
        assert_eq!(parse_won("1.25만"), Ok(12_500));
        assert_eq!(parse_won("1억 2.5만"), Ok(100_025_000));
    }

    #[test]
    fn nonsense_is_rejected_with_the_reason() {
        assert_eq!(parse_won(""), Err(MoneyError::Empty));
        assert_eq!(parse_won("  "), Err(MoneyError::Empty));
        assert_eq!(parse_won("abc"), Err(MoneyError::NotAnAmount));
        assert_eq!(parse_won("-5000"), Err(MoneyError::NotAnAmount));
        assert_eq!(parse_won("1.2.3"), Err(MoneyError::NotAnAmount));
        assert_eq!(parse_won("."), Err(MoneyError::NotAnAmount));
        assert_eq!(parse_won("1.5"), Err(MoneyError::FractionOfWon));
        assert_eq!(parse_won("1.00001만"), Err(MoneyError::FractionOfWon));
    }

    #[test]
    fn amounts_above_ten_trillion_won_are_too_large() {
        assert_eq!(parse_won("10조"), Ok(MAX_WON));
        assert_eq!(parse_won("10000000000001"), Err(MoneyError::TooLarge));
        assert_eq!(
            parse_won("999999999999999999999999"),
            Err(MoneyError::NotAnAmount)
        );
        assert_eq!(parse_won("99999조"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn amounts_are_shown_back_grouped_and_read_aloud() {
        assert_eq!(group_digits(3_500_000), "3,500,000");
        assert_eq!(group_digits(999), "999");
        assert_eq!(korean_reading(123_456_789), "1억 2,345만 6,789원");
        assert_eq!(korean_reading(3_500_000), "350만원");
        assert_eq!(korean_reading(0), "0원");
    }
}
