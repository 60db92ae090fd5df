//! Reading a workflow definition: TOML → checked, typed [`Workflow`].
//!
//! The parts: this file holds the compiled model; `raw` the file format as serde reads it; `compile` turns one into
//! the other and checks it; `deps` finds dependency cycles.
//!
//! Everything the engine relies on is established here, so that evaluation cannot fail: ids are unique and
//! well-formed, every name an expression uses exists, every expression has the right type, and nothing depends
//! on itself (see `deps::cycles`). Problems are reported at the file, line and column of the key or expression token.

mod compile;
mod deps;
mod raw;

use std::collections::HashMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::expr::{self, Deps, Node};
use super::{Diagnostic, DiagnosticKind};

pub(crate) use compile::compile;

// ---------------------------------------------------------------------------------------------------------------
// The compiled definition

/// A loaded, checked workflow definition. A case follows exactly one `id` + `version`.
#[derive(Debug, Clone)]
pub struct Workflow {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub summary: String,
    /// Where it was read from, as shown in diagnostics.
    pub file: String,
    /// In order: the progress rail.
    pub stages: Vec<Stage>,
    /// In order, grouped by stage.
    pub steps: Vec<Step>,
    pub flags: Vec<Flag>,
    pub safeguards: Vec<Safeguard>,
    pub checklist: Vec<ChecklistItem>,
    pub departure: Option<Departure>,
    /// Consent purposes and the answers each covers: when the person withdraws a purpose, exports that leave
    /// personal data out leave these answers out too.
    pub consents: Vec<ConsentCoverage>,
    /// Printable forms: the paper a field office fills in, matching the fields the workflow records.
    pub forms: Vec<Form>,
    /// In a family case, the steps answered for every household member: see [`Household`].
    pub household: Household,
    pub(crate) index: Index,
    /// Every handbook reference with where it was written, for the checker.
    pub(crate) cited: Vec<(HandbookRef, Pos)>,
    pub(crate) pos: Pos,
}

/// Which steps a family case answers for every household member, not only for the principal applicant.
///
/// A member's answers to these steps are the member's own (a child's age assessment, a spouse's pregnancy); the
/// other steps are answered once for the case. Every safeguard that reads a member step's answers is checked
/// for every member, and holds for the whole case while it holds for anyone in it.
#[derive(Debug, Clone, Default)]
pub struct Household {
    /// Step ids, in definition order. Empty: only the principal applicant is checked.
    pub member_steps: Vec<String>,
    /// Per safeguard, in definition order: whether it reads a member step's answers (directly, through flags
    /// or `complete("step")`), so that it is checked for every member.
    pub member_safeguards: Vec<bool>,
}

impl Workflow {
    /// Whether `field` is answered for each household member.
    pub fn is_member_field(&self, field: &str) -> bool {
        self.field(field)
            .is_some_and(|(step, _)| self.household.member_steps.contains(&step.id))
    }

    /// Whether the safeguard at `index` (definition order) is checked for every household member.
    pub fn is_member_safeguard(&self, index: usize) -> bool {
        self.household
            .member_safeguards
            .get(index)
            .copied()
            .unwrap_or(false)
    }
}

/// What the UI needs to list the workflows a case can follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct WorkflowSummary {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub summary: String,
}

impl Workflow {
    pub fn summary(&self) -> WorkflowSummary {
        WorkflowSummary {
            id: self.id.clone(),
            version: self.version,
            title: self.title.clone(),
            summary: self.summary.clone(),
        }
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.index.steps.get(id).map(|&i| &self.steps[i])
    }

    /// The field with this id and the step it belongs to.
    pub fn field(&self, id: &str) -> Option<(&Step, &Field)> {
        self.index
            .fields
            .get(id)
            .map(|&(s, f)| (&self.steps[s], &self.steps[s].fields[f]))
    }

    pub fn safeguard(&self, id: &str) -> Option<&Safeguard> {
        self.index.safeguards.get(id).map(|&i| &self.safeguards[i])
    }

    /// Every field, in order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.steps.iter().flat_map(|s| s.fields.iter())
    }
}

#[derive(Debug, Clone)]
pub struct Stage {
    pub id: String,
    pub title: String,
    pub relevant: Option<Expr>,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub stage: String,
    pub title: String,
    pub guidance: String,
    pub refs: Vec<HandbookRef>,
    pub relevant: Option<Expr>,
    /// An optional step (a withdrawal, say) can be opened at any time but is never the "current" step.
    pub optional: bool,
    pub fields: Vec<Field>,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FieldKind {
    YesNo,
    Single,
    Multi,
    Text,
    Date,
    Number,
}

impl fmt::Display for FieldKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FieldKind::YesNo => "yes/no",
            FieldKind::Single => "single choice",
            FieldKind::Multi => "multiple choice",
            FieldKind::Text => "text",
            FieldKind::Date => "date",
            FieldKind::Number => "number",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ChoiceOption {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: String,
    pub label: String,
    pub help: String,
    pub kind: FieldKind,
    pub options: Vec<ChoiceOption>,
    /// The message shown when a required answer is missing; `None` when the answer is optional.
    pub required: Option<String>,
    pub relevant: Option<Expr>,
    pub constraints: Vec<Constraint>,
    /// Limits checked before an answer is saved (see [`FieldLimits`]).
    pub limits: FieldLimits,
    pub(crate) pos: Pos,
}

/// What an answer must be to be saved at all, beyond its kind and options. Constraints (which may read other
/// answers) are checked by the engine after saving; these are checked before, on every path.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FieldLimits {
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Text answers: at most this many characters (a default applies when the definition gives none).
    pub max_length: Option<usize>,
    /// Date answers: not after today.
    pub not_in_future: bool,
    /// Yes/no answers: a recorded `yes` is final; only a recorded correction changes it.
    pub final_yes: bool,
}

/// A printable form: a title, the statement it carries, the workflow's fields as blanks to fill in, and the
/// signature lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub id: String,
    pub title: String,
    /// Paragraphs printed before the fields.
    pub intro: Vec<String>,
    /// Field ids, in the order printed.
    pub fields: Vec<String>,
    pub signatures: Vec<String>,
    pub refs: Vec<HandbookRef>,
}

/// A consent purpose and the answers (field ids) it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentCoverage {
    pub purpose: String,
    pub fields: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Constraint {
    pub expr: Expr,
    pub message: String,
}

/// A computed value, named so that other expressions can use it (`is_child`).
#[derive(Debug, Clone)]
pub struct Flag {
    pub id: String,
    pub expr: Expr,
    pub note: String,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OverridePolicy {
    /// Nobody can lift this stop except by the answers that lift it.
    Never,
    /// A supervisor may let work go on, recording their name and a reason.
    Supervisor,
}

/// A hard stop: while `when` holds (and `lifted_when` does not), the steps in `blocks` cannot be worked on.
#[derive(Debug, Clone)]
pub struct Safeguard {
    pub id: String,
    /// A short name for lists and exports ("Asylum claim open"). Definitions written before titles existed fall
    /// back to the rule.
    pub title: String,
    /// The rule, in one line: what is stopped and when.
    pub rule: String,
    /// Why, shown to the person working the case.
    pub message: String,
    pub refs: Vec<HandbookRef>,
    pub when: Expr,
    pub lifted_when: Option<Expr>,
    /// Latched: once `when` is true for recorded answers, the stop stays until `lifted_when` holds, whatever
    /// later edits say. Only a recorded correction clears the latch.
    pub latched: bool,
    /// What lifts the stop, in words.
    pub lift: String,
    pub override_policy: OverridePolicy,
    /// Step ids (stage ids in the file are expanded to their steps).
    pub blocks: Vec<String>,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    /// The item is listed only while this step is visible.
    pub step: String,
    pub when: Option<Expr>,
    pub done: Expr,
    pub refs: Vec<HandbookRef>,
    pub(crate) pos: Pos,
}

/// Departure readiness: the planned date, the records that must cover it and the conditions that must hold.
#[derive(Debug, Clone)]
pub struct Departure {
    /// The departure step: it stays blocked until readiness holds (through a safeguard using `departure_ready()`).
    pub step: String,
    /// The date field holding the planned departure date.
    pub date: String,
    pub records: Vec<DepartureRecord>,
    pub requires: Vec<DepartureRequirement>,
}

/// A dated record that must cover the departure date: issued on or before it, and valid until on or after it.
#[derive(Debug, Clone)]
pub struct DepartureRecord {
    pub label: String,
    /// Date field: the record's date (issued, signed, examined). Must be on or before the departure date.
    pub from: Option<String>,
    /// Date field: the last day the record is valid. Must be on or after the departure date.
    pub until: Option<String>,
    pub refs: Vec<HandbookRef>,
}

#[derive(Debug, Clone)]
pub struct DepartureRequirement {
    pub label: String,
    pub expr: Expr,
    pub refs: Vec<HandbookRef>,
}

/// A stable handbook section reference, written `chapter-id#section-id`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, TS)]
#[ts(export)]
pub struct HandbookRef {
    pub chapter: String,
    pub section: String,
}

impl fmt::Display for HandbookRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.chapter, self.section)
    }
}

/// A compiled expression and the text it was written as.
#[derive(Debug, Clone)]
pub struct Expr {
    pub source: String,
    pub(crate) node: Node,
    pub(crate) deps: Deps,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Pos {
    pub(crate) line: usize,
    pub(crate) col: usize,
}

/// Lookups the engine and the checker use.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    /// Field id → (step index, field index in the step).
    pub(crate) fields: HashMap<String, (usize, usize)>,
    pub(crate) flags: HashMap<String, usize>,
    pub(crate) steps: HashMap<String, usize>,
    pub(crate) stages: HashMap<String, usize>,
    pub(crate) safeguards: HashMap<String, usize>,
    /// Per step: the index of its stage.
    pub(crate) step_stage: Vec<usize>,
    /// Per step: the safeguards that can block it.
    pub(crate) blockers: Vec<Vec<usize>>,
}
