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

/// The longest text answer kept when the definition sets no `max_length`: a page of notes.
pub const DEFAULT_MAX_TEXT: usize = 4000;

/// A stored answer read against its field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Typed {
    Missing,
    Ok(Val),
    Invalid(String),
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
        (FieldKind::Single, Value::Text(t)) => Typed::Invalid(format!("“{t}” is not one of the options.")),
        (FieldKind::Multi, Value::List(items)) if items.is_empty() => Typed::Missing,
        (FieldKind::Multi, Value::List(items)) => {
            if let Some(bad) = items.iter().find(|i| !is_option(i)) {
                return Typed::Invalid(format!("“{bad}” is not one of the options."));
            }
            let distinct: BTreeSet<&String> = items.iter().collect();
            if distinct.len() != items.len() {
                return Typed::Invalid("An option is chosen twice.".into());
            }
            Typed::Ok(Val::List(items.clone()))
        }
        (FieldKind::Text, Value::Text(t)) if t.trim().is_empty() => Typed::Missing,
        (FieldKind::Text, Value::Text(t)) => Typed::Ok(Val::Text(t.clone())),
        (FieldKind::Text, Value::Date(d)) => Typed::Ok(Val::Text(d.to_string())),
        (FieldKind::Date, Value::Date(d)) => Typed::Ok(Val::Date(*d)),
        (FieldKind::Date, Value::Text(t)) if t.trim().is_empty() => Typed::Missing,
        (FieldKind::Date, Value::Text(t)) => t.parse::<Date>().map_or_else(
            |_| Typed::Invalid(format!("“{t}” is not a date: write it YYYY-MM-DD.")),
            |d| Typed::Ok(Val::Date(d)),
        ),
        (FieldKind::Number, Value::Number(n)) if n.is_finite() => Typed::Ok(Val::Num(*n)),
        (kind, _) => Typed::Invalid(format!("This field takes a {kind} answer.")),
    }
}

/// Check `value` against `field` before it is saved. `today` is the date an answer may not be after, for date
/// fields marked `not_in_future`. An empty value (clearing the answer) is always accepted; what the definition
/// requires shows as missing in the evaluation.
pub fn check_answer(field: &Field, value: &Value, today: Date) -> Result<(), String> {
    let label = &field.label;
    match coerce(field, Some(value)) {
        Typed::Missing => Ok(()),
        Typed::Invalid(m) => Err(format!("{label}: {m}")),
        Typed::Ok(val) => {
            let limits = &field.limits;
            match val {
                Val::Num(n) => {
                    if let Some(min) = limits.min.filter(|min| n < *min) {
                        return Err(format!(
                            "{label}: {n} is below the smallest allowed answer, {min}."
                        ));
                    }
                    if let Some(max) = limits.max.filter(|max| n > *max) {
                        return Err(format!(
                            "{label}: {n} is above the largest allowed answer, {max}."
                        ));
                    }
                }
                Val::Text(t) if field.kind == FieldKind::Text => {
                    let max = limits.max_length.unwrap_or(DEFAULT_MAX_TEXT);
                    let len = t.chars().count();
                    if len > max {
                        return Err(format!("{label}: {len} characters, at most {max} are kept."));
                    }
                    if let Some(c) = t.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\t')) {
                        return Err(format!(
                            "{label}: holds a control character (U+{:04X}); paste the text again as plain text.",
                            u32::from(c)
                        ));
                    }
                }
                Val::Date(d) if limits.not_in_future && d > today => {
                    return Err(format!("{label}: {d} is in the future (today is {today})."));
                }
                _ => {}
            }
            Ok(())
        }
    }
}

/// Read a value typed at a command line for `field`: `yes`/`no` (and `true`/`false`) for yes/no, a number, a date
/// `YYYY-MM-DD`, one option, or options separated by commas. JSON is accepted as well. The result still goes
/// through [`check_answer`].
pub fn parse_typed(field: &Field, text: &str) -> Result<Value, String> {
    let t = text.trim();
    if let Ok(json) = serde_json::from_str::<Value>(t)
        && !matches!((field.kind, &json), (FieldKind::Multi, Value::Text(_)))
    {
        return Ok(json);
    }
    let label = &field.label;
    Ok(match field.kind {
        FieldKind::YesNo => match t.to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" => Value::Bool(true),
            "no" | "n" | "false" => Value::Bool(false),
            _ => return Err(format!("{label}: answer yes or no (not “{t}”).")),
        },
        FieldKind::Number => Value::Number(
            t.parse::<f64>()
                .map_err(|_| format!("{label}: “{t}” is not a number."))?,
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
