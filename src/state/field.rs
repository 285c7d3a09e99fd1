//! Which input an answer came from, what can be wrong with it, and which inputs the
//! visitor has left: what the error summary and the still-to-answer list link to.

use crate::i18n::Messages;
use crate::money::MoneyError;
use crate::questions::{Question, Words, OBLIGOR_SIZE_LABEL};

/// An input the result may be waiting for, or whose answer has an error. Its id is the
/// question's, so the error summary and the still-to-answer list link straight to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// A question of the patient's case.
    Patient(Question),
    /// One of an obligor household's figures (its size, income, property, place or
    /// town), by the household's number.
    Obligor(u32, Question),
}

impl Field {
    pub fn question(self) -> Question {
        match self {
            Field::Patient(q) | Field::Obligor(_, q) => q,
        }
    }

    /// The input's label: its question's, except an obligor household's size, which
    /// does not count the patient.
    pub fn label(self) -> Words {
        match self {
            Field::Obligor(_, Question::Size) => OBLIGOR_SIZE_LABEL,
            _ => self.question().spec().label,
        }
    }

    /// `q-income`, or `q-obligor-2-income` for the second household's.
    pub fn id(self) -> String {
        match self {
            Field::Patient(q) => q.id().to_string(),
            Field::Obligor(n, q) => {
                let mut id = String::from("q-obligor-");
                id.push_str(&n.to_string());
                id.push('-');
                id.push_str(&q.id()["q-".len()..]);
                id
            }
        }
    }
}

/// What is wrong with a typed answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Money(MoneyError),
    /// A number out of its question's range (or more patients than people).
    Count,
    PlaceUnknown,
    PlaceAmbiguous,
}

impl Problem {
    /// The message, for an answer to `question`.
    pub fn text(self, question: Question, m: &Messages) -> String {
        match self {
            Problem::Money(MoneyError::FractionOfWon) => m.err_money_fraction.into(),
            Problem::Money(MoneyError::TooLarge) => m.err_money_too_large.into(),
            Problem::Money(_) => m.err_money.into(),
            Problem::Count => question.range_error(m.lang),
            Problem::PlaceUnknown => m.err_place_unknown.into(),
            Problem::PlaceAmbiguous => m.err_place_ambiguous.into(),
        }
    }
}

/// The fields whose errors the visitor should see: those they have left, or all of them
/// once they asked for the result. Errors do not appear while someone is still typing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TouchedFields {
    fields: Vec<Field>,
    all: bool,
}

impl TouchedFields {
    pub fn mark(&mut self, field: Field) {
        if !self.fields.contains(&field) {
            self.fields.push(field);
        }
    }

    pub fn mark_all(&mut self) {
        self.all = true;
    }

    pub fn has(&self, field: Field) -> bool {
        self.all || self.fields.contains(&field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_households_figures_take_the_questions_ids_with_its_number() {
        assert_eq!(Field::Patient(Question::Income).id(), "q-income");
        assert_eq!(
            Field::Obligor(2, Question::Income).id(),
            "q-obligor-2-income"
        );
        assert_eq!(Field::Obligor(13, Question::Town).id(), "q-obligor-13-town");
    }
}
