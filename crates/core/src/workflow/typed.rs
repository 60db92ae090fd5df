//! An answer read against its field: the kind, the options and the limits of the definition.
//!
//! [`coerce`] reads a stored answer for the engine: anything not valid is reported and read as unknown, never
//! rewritten. [`check_answer`] is the gate before saving: every path that stores an answer (the app, the command
//! line, an import) calls it, so a mistyped value is refused with a message naming the field instead of being
//! stored and quietly read as "not answered".

use std::collections::BTreeSet;

use super::date::Date;
use super::definition::{Field, FieldKind};
use super::expr::Val;
use super::value::Value;
use crate::i18n::{self, Lang};

/// The longest text answer kept when the definition sets no `max_length`: a page of notes.
pub const DEFAULT_MAX_TEXT: usize = 4000;

/// A stored answer read against its field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Typed {
    Missing,
    Ok(Val),
    Invalid(AnswerProblem),
}

/// Why an answer is refused or read as invalid, kept with its values so that it reads in any language
/// ([`AnswerProblem::message`], from the `answer-…` messages of `i18n/<lang>/engine.ftl`). The field's label is not
/// part of it: [`AnswerProblem::for_field`] puts the two together.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerProblem {
    /// A choice that is not one of the field's options.
    NotAnOption(String),
    /// The same option chosen twice in a multiple choice.
    ChosenTwice,
    /// A date field's text that is not `YYYY-MM-DD`.
    NotADate(String),
    /// A value of another kind than the field's.
    WrongKind(FieldKind),
    BelowMin {
        n: f64,
        min: f64,
    },
    AboveMax {
        n: f64,
        max: f64,
    },
    TooLong {
        len: usize,
        max: usize,
    },
    /// A control character, as its code point.
    ControlChar(u32),
    InFuture {
        date: Date,
        today: Date,
    },
    /// Typed at a command line for a yes/no field.
    NotYesNo(String),
    /// Typed at a command line for a number field.
    NotANumber(String),
}

/// The `snake_case` name of a field kind, as the catalogs select on it (`answer-wrong-kind`).
fn kind_name(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::YesNo => "yes_no",
        FieldKind::Single => "single",
        FieldKind::Multi => "multi",
        FieldKind::Text => "text",
        FieldKind::Date => "date",
        FieldKind::Number => "number",
    }
}

/// A number as people write it in an answer: no `.0` on a whole number.
fn num(n: f64) -> Arg {
    Arg::from(n.to_string())
}

type Arg = i18n::Value<'static>;

impl AnswerProblem {
    /// The problem in `lang`, without the field's label.
    pub fn message(&self, lang: Lang) -> String {
        let text = |s: &str| Arg::from(s.to_owned());
        match self {
            AnswerProblem::NotAnOption(v) => i18n::tr(lang, "answer-not-an-option", &[("value", text(v))]),
            AnswerProblem::ChosenTwice => i18n::t(lang, "answer-chosen-twice"),
            AnswerProblem::NotADate(v) => i18n::tr(lang, "answer-not-a-date", &[("value", text(v))]),
            AnswerProblem::WrongKind(k) => {
                i18n::tr(lang, "answer-wrong-kind", &[("kind", kind_name(*k).into())])
            }
            AnswerProblem::BelowMin { n, min } => i18n::tr(
                lang,
                "answer-below-min",
                &[("value", num(*n)), ("min", num(*min))],
            ),
            AnswerProblem::AboveMax { n, max } => i18n::tr(
                lang,
                "answer-above-max",
                &[("value", num(*n)), ("max", num(*max))],
            ),
            AnswerProblem::TooLong { len, max } => i18n::tr(
                lang,
                "answer-too-long",
                &[("chars", (*len).into()), ("max", (*max).into())],
            ),
            AnswerProblem::ControlChar(c) => i18n::tr(
                lang,
                "answer-control-character",
                &[("code", format!("U+{c:04X}").into())],
            ),
            AnswerProblem::InFuture { date, today } => i18n::tr(
                lang,
                "answer-in-future",
                &[
                    ("date", date.to_string().into()),
                    ("today", today.to_string().into()),
                ],
            ),
            AnswerProblem::NotYesNo(v) => i18n::tr(lang, "answer-not-yes-no", &[("value", text(v))]),
            AnswerProblem::NotANumber(v) => i18n::tr(lang, "answer-not-a-number", &[("value", text(v))]),
        }
    }

    /// The problem in `lang` after the field's label (in the same language): what a refused save says.
    pub fn for_field(&self, label: &str, lang: Lang) -> String {
        i18n::tr(
            lang,
            "answer-problem",
            &[
                ("label", label.to_owned().into()),
                ("problem", self.message(lang).into()),
            ],
        )
    }
}

pub(crate) fn coerce(field: &Field, value: Option<&Value>) -> Typed {
    let Some(value) = value else {
        return Typed::Missing;
    };
    let is_option = |v: &str| field.options.iter().any(|o| o.value == v);
    match (field.kind, value) {
        (FieldKind::YesNo, Value::Bool(b)) => Typed::Ok(Val::Bool(*b)),
        (FieldKind::Single, Value::Text(t)) if t.trim().is_empty() => Typed::Missing,
        (FieldKind::Single, Value::Text(t)) if is_option(t) => Typed::Ok(Val::Text(t.clone())),
        (FieldKind::Single, Value::Text(t)) => Typed::Invalid(AnswerProblem::NotAnOption(t.clone())),
        (FieldKind::Multi, Value::List(items)) if items.is_empty() => Typed::Missing,
        (FieldKind::Multi, Value::List(items)) => {
            if let Some(bad) = items.iter().find(|i| !is_option(i)) {
                return Typed::Invalid(AnswerProblem::NotAnOption(bad.clone()));
            }
            let distinct: BTreeSet<&String> = items.iter().collect();
            if distinct.len() != items.len() {
                return Typed::Invalid(AnswerProblem::ChosenTwice);
            }
            Typed::Ok(Val::List(items.clone()))
        }
        (FieldKind::Text, Value::Text(t)) if t.trim().is_empty() => Typed::Missing,
        (FieldKind::Text, Value::Text(t)) => Typed::Ok(Val::Text(t.clone())),
        (FieldKind::Text, Value::Date(d)) => Typed::Ok(Val::Text(d.to_string())),
        (FieldKind::Date, Value::Date(d)) => Typed::Ok(Val::Date(*d)),
        (FieldKind::Date, Value::Text(t)) if t.trim().is_empty() => Typed::Missing,
        (FieldKind::Date, Value::Text(t)) => t.parse::<Date>().map_or_else(
            |_| Typed::Invalid(AnswerProblem::NotADate(t.clone())),
            |d| Typed::Ok(Val::Date(d)),
        ),
        (FieldKind::Number, Value::Number(n)) if n.is_finite() => Typed::Ok(Val::Num(*n)),
        (kind, _) => Typed::Invalid(AnswerProblem::WrongKind(kind)),
    }
}

/// Check `value` against `field` before it is saved. `today` is the date an answer may not be after, for date
/// fields marked `not_in_future`. An empty value (clearing the answer) is always accepted; what the definition
/// requires shows as missing in the evaluation.
pub fn check_answer(field: &Field, value: &Value, today: Date) -> Result<(), AnswerProblem> {
    match coerce(field, Some(value)) {
        Typed::Missing => Ok(()),
        Typed::Invalid(p) => Err(p),
        Typed::Ok(val) => {
            let limits = &field.limits;
            match val {
                Val::Num(n) => {
                    if let Some(min) = limits.min.filter(|min| n < *min) {
                        return Err(AnswerProblem::BelowMin { n, min });
                    }
                    if let Some(max) = limits.max.filter(|max| n > *max) {
                        return Err(AnswerProblem::AboveMax { n, max });
                    }
                }
                Val::Text(t) if field.kind == FieldKind::Text => {
                    let max = limits.max_length.unwrap_or(DEFAULT_MAX_TEXT);
                    let len = t.chars().count();
                    if len > max {
                        return Err(AnswerProblem::TooLong { len, max });
                    }
                    if let Some(c) = t.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
                        return Err(AnswerProblem::ControlChar(u32::from(c)));
                    }
                }
                Val::Date(d) if limits.not_in_future && d > today => {
                    return Err(AnswerProblem::InFuture { date: d, today });
                }
                _ => {}
            }
            Ok(())
        }
    }
}

/// Read a value typed at a command line for `field`: `yes`/`no` (`true`/`false`, and the words of the other
/// interface languages: `oui`/`non`, `sí`/`no`, `نعم`/`لا`) for yes/no, a number, a date
/// `YYYY-MM-DD`, one option, or options separated by commas. JSON is accepted as well. The result still goes
/// through [`check_answer`].
pub fn parse_typed(field: &Field, text: &str) -> Result<Value, AnswerProblem> {
    let t = text.trim();
    if let Ok(json) = serde_json::from_str::<Value>(t)
        && !matches!((field.kind, &json), (FieldKind::Multi, Value::Text(_)))
    {
        return Ok(json);
    }
    Ok(match field.kind {
        // Yes and no in each interface language, as an officer types them after `--lang`.
        FieldKind::YesNo => match t.to_lowercase().as_str() {
            "yes" | "y" | "true" | "oui" | "o" | "sí" | "si" | "s" | "نعم" => Value::Bool(true),
            "no" | "n" | "false" | "non" | "لا" => Value::Bool(false),
            _ => return Err(AnswerProblem::NotYesNo(t.to_owned())),
        },
        FieldKind::Number => Value::Number(
            t.parse::<f64>()
                .map_err(|_| AnswerProblem::NotANumber(t.to_owned()))?,
        ),
        FieldKind::Multi => Value::List(
            t.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        ),
        FieldKind::Single | FieldKind::Text | FieldKind::Date => Value::Text(t.to_owned()),
    })
}
