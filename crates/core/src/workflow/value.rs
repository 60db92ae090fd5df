//! What a case stores: answers by field id, and supervisor overrides by safeguard id.
//!
//! Values are plain JSON (`true`, `3`, `"text"`, `["a", "b"]`, dates as `"YYYY-MM-DD"`), so the case store can
//! persist them as JSON text. A value is checked against its field only when the workflow is evaluated: a stored
//! answer is never rejected or rewritten, so nothing a person recorded is lost when a definition changes.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use super::date::Date;

/// One answer as recorded. `Date` exists for callers that hold a parsed date; it is stored as a string and read
/// back as `Text`, which a date field accepts.
#[derive(Debug, Clone, PartialEq, TS)]
#[ts(
    export,
    rename = "AnswerValue",
    type = "boolean | number | string | Array<string>"
)]
pub enum Value {
    Bool(bool),
    Number(f64),
    Text(String),
    /// The options chosen in a multiple-choice field.
    List(Vec<String>),
    Date(Date),
}

impl Value {
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(s.into())
    }

    pub fn list<S: Into<String>>(items: impl IntoIterator<Item = S>) -> Value {
        Value::List(items.into_iter().map(Into::into).collect())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<Date> for Value {
    fn from(d: Date) -> Self {
        Value::Date(d)
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(n) => s.serialize_f64(*n),
            Value::Text(t) => s.serialize_str(t),
            Value::List(items) => items.serialize(s),
            Value::Date(d) => d.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a boolean, a number, a string or a list of strings")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Text(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::Text(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element::<String>()? {
            items.push(item);
        }
        Ok(Value::List(items))
    }
}

/// A supervisor's decision to let work go on past a safeguard that allows it. Both parts are required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SafeguardOverride {
    /// Full name of the supervisor who decided.
    pub supervisor: String,
    /// Why, in a sentence a reviewer can check later.
    pub reason: String,
}

/// A latched safeguard that was triggered: it holds until what lifts it is recorded, whatever later edits say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Latch {
    /// The day it was triggered, `YYYY-MM-DD`.
    pub triggered_on: String,
    /// Who saved the answer that triggered it.
    pub triggered_by: String,
    /// The answer that triggered it, when one saved answer did.
    #[serde(default)]
    pub field: Option<String>,
}

/// The answers of one case so far, plus any supervisor overrides. Keys are ordered, so evaluation is
/// deterministic.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "WorkflowAnswers")]
pub struct Answers {
    /// Field id → answer. Answers to fields that are hidden now are kept here; the evaluation marks them inactive.
    #[serde(default)]
    pub values: BTreeMap<String, Value>,
    /// Safeguard id → override.
    #[serde(default)]
    pub overrides: BTreeMap<String, SafeguardOverride>,
    /// Safeguard id → latch, for latched safeguards that were triggered and not cleared by a correction.
    #[serde(default)]
    pub latches: BTreeMap<String, Latch>,
}

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Record (or replace) the answer to `field`.
    pub fn set(&mut self, field: impl Into<String>, value: impl Into<Value>) -> &mut Answers {
        self.values.insert(field.into(), value.into());
        self
    }

    /// Remove the answer to `field` (the person's "clear"): the only way an answer ever disappears.
    pub fn clear(&mut self, field: &str) -> Option<Value> {
        self.values.remove(field)
    }

    pub fn get(&self, field: &str) -> Option<&Value> {
        self.values.get(field)
    }

    pub fn set_override(
        &mut self,
        safeguard: impl Into<String>,
        supervisor: impl Into<String>,
        reason: impl Into<String>,
    ) -> &mut Answers {
        self.overrides.insert(
            safeguard.into(),
            SafeguardOverride {
                supervisor: supervisor.into(),
                reason: reason.into(),
            },
        );
        self
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<f64> for Value {
    fn from(n: f64) -> Self {
        Value::Number(n)
    }
}

impl From<i32> for Value {
    fn from(n: i32) -> Self {
        Value::Number(f64::from(n))
    }
}

impl From<Vec<&str>> for Value {
    fn from(items: Vec<&str>) -> Self {
        Value::list(items)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn answers_persist_as_plain_json_and_read_back() {
        let mut a = Answers::new();
        a.set("fear_of_return", false)
            .set("age", 16)
            .set("languages", "Tigrinya")
            .set("indicators", vec!["none"])
            .set("declaration_date", "2026-03-02".parse::<Date>().unwrap())
            .set_override(
                "trafficking-not-referred",
                "A. Supervisor",
                "Declined referral after information",
            );
        let json = serde_json::to_string(&a).unwrap();
        assert!(
            json.contains(r#""age":16.0"#) && json.contains(r#""declaration_date":"2026-03-02""#),
            "numbers and dates are plain JSON: {json}"
        );
        let back: Answers = serde_json::from_str(&json).unwrap();
        assert_eq!(
            back.values["declaration_date"],
            Value::text("2026-03-02"),
            "a date reads back as text"
        );
        assert_eq!(back.values["indicators"], Value::list(["none"]));
        assert_eq!(back.overrides, a.overrides);
    }

    #[test]
    fn objects_and_nulls_are_not_answers() {
        assert!(serde_json::from_str::<Value>("null").is_err());
        assert!(serde_json::from_str::<Value>("{\"a\":1}").is_err());
        assert!(
            serde_json::from_str::<Value>("[1,2]").is_err(),
            "lists hold option ids only"
        );
    }
}
