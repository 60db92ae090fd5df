//! The file format, as serde reads it: every value keeps its span for diagnostics.

use serde::Deserialize;
use toml::Spanned;

use super::{FieldKind, OverridePolicy};

// ---------------------------------------------------------------------------------------------------------------
// The file format

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawWorkflow {
    pub(super) id: Spanned<String>,
    pub(super) version: Spanned<i64>,
    pub(super) title: Spanned<String>,
    #[serde(default)]
    pub(super) summary: String,
    pub(super) stages: Vec<Spanned<RawStage>>,
    pub(super) steps: Vec<Spanned<RawStep>>,
    #[serde(default)]
    pub(super) flags: Vec<Spanned<RawFlag>>,
    #[serde(default)]
    pub(super) safeguards: Vec<Spanned<RawSafeguard>>,
    #[serde(default)]
    pub(super) checklist: Vec<Spanned<RawCheck>>,
    pub(super) departure: Option<Spanned<RawDeparture>>,
    #[serde(default)]
    pub(super) consents: Vec<Spanned<RawConsent>>,
    #[serde(default)]
    pub(super) forms: Vec<Spanned<RawForm>>,
    pub(super) household: Option<Spanned<RawHousehold>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHousehold {
    pub(super) member_steps: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawForm {
    pub(super) id: Spanned<String>,
    pub(super) title: Spanned<String>,
    #[serde(default)]
    pub(super) intro: Vec<String>,
    pub(super) fields: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) signatures: Vec<String>,
    #[serde(default)]
    pub(super) refs: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConsent {
    pub(super) purpose: Spanned<String>,
    pub(super) fields: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStage {
    pub(super) id: Spanned<String>,
    pub(super) title: Spanned<String>,
    pub(super) relevant: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStep {
    pub(super) id: Spanned<String>,
    pub(super) stage: Spanned<String>,
    pub(super) title: Spanned<String>,
    pub(super) guidance: Spanned<String>,
    #[serde(default)]
    pub(super) refs: Vec<Spanned<String>>,
    pub(super) relevant: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) optional: bool,
    #[serde(default)]
    pub(super) fields: Vec<Spanned<RawField>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawField {
    pub(super) id: Spanned<String>,
    pub(super) kind: Spanned<FieldKind>,
    pub(super) label: Spanned<String>,
    #[serde(default)]
    pub(super) help: String,
    #[serde(default)]
    pub(super) options: Vec<Spanned<RawOption>>,
    pub(super) required: Option<Spanned<RawRequired>>,
    pub(super) relevant: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) constraints: Vec<Spanned<RawConstraint>>,
    /// Number fields: the smallest and largest answer saved.
    pub(super) min: Option<Spanned<f64>>,
    pub(super) max: Option<Spanned<f64>>,
    /// Text fields: the longest answer saved, in characters.
    pub(super) max_length: Option<Spanned<i64>>,
    /// Date fields: a date after today is refused.
    #[serde(default)]
    pub(super) not_in_future: bool,
    /// Yes/no fields: a recorded `yes` stands; only a recorded correction changes it.
    #[serde(default, rename = "final")]
    pub(super) final_yes: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOption {
    pub(super) value: Spanned<String>,
    pub(super) label: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawRequired {
    Flag(bool),
    Message(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConstraint {
    pub(super) expr: Spanned<String>,
    pub(super) message: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFlag {
    pub(super) id: Spanned<String>,
    pub(super) expr: Spanned<String>,
    #[serde(default)]
    pub(super) note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSafeguard {
    pub(super) id: Spanned<String>,
    pub(super) rule: Spanned<String>,
    pub(super) message: Spanned<String>,
    #[serde(default)]
    pub(super) refs: Vec<Spanned<String>>,
    pub(super) title: Option<Spanned<String>>,
    pub(super) when: Spanned<String>,
    pub(super) lifted_when: Option<Spanned<String>>,
    /// Once `when` is true for a recorded answer, the stop stays until `lifted_when` holds.
    #[serde(default)]
    pub(super) latched: bool,
    pub(super) lift: Spanned<String>,
    #[serde(rename = "override")]
    pub(super) override_policy: Spanned<OverridePolicy>,
    pub(super) blocks: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCheck {
    pub(super) id: Spanned<String>,
    pub(super) text: Spanned<String>,
    pub(super) step: Spanned<String>,
    pub(super) when: Option<Spanned<String>>,
    pub(super) done: Spanned<String>,
    #[serde(default)]
    pub(super) refs: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDeparture {
    pub(super) step: Spanned<String>,
    pub(super) date: Spanned<String>,
    pub(super) records: Vec<Spanned<RawRecord>>,
    #[serde(default)]
    pub(super) requires: Vec<Spanned<RawRequirement>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRecord {
    pub(super) label: Spanned<String>,
    pub(super) from: Option<Spanned<String>>,
    pub(super) until: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) refs: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRequirement {
    pub(super) label: Spanned<String>,
    pub(super) expr: Spanned<String>,
    #[serde(default)]
    pub(super) refs: Vec<Spanned<String>>,
}
