//! What an evaluation returns: the states the UI, the case list and exports read (they cross IPC).

use serde::Serialize;
use ts_rs::TS;

use super::super::date::Date;
use super::super::definition::{ChoiceOption, FieldKind, HandbookRef, OverridePolicy, Workflow};
use super::super::value::{Latch, SafeguardOverride, Value};
use super::overrides::OverrideNote;

// ---------------------------------------------------------------------------------------------------------------
// What the evaluation returns (crosses IPC)

/// Everything the UI shows for a case at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Evaluation {
    pub workflow_id: String,
    pub workflow_version: u32,
    #[ts(type = "string")]
    pub today: Date,
    /// Every stage, in order: the progress rail.
    pub stages: Vec<StageState>,
    /// The visible steps, in order.
    pub steps: Vec<StepState>,
    /// Ids of steps not shown for these answers.
    pub hidden_steps: Vec<String>,
    /// The first visible step that is not optional, not blocked and not complete. `None` when nothing can be
    /// worked on: everything is done, or what remains is blocked (see `blocked_steps`).
    pub current_step: Option<String>,
    /// Validation errors on active answers, in step order.
    pub errors: Vec<FieldError>,
    /// Visible steps that cannot be worked on, each with the safeguards that block it.
    pub blocked_steps: Vec<BlockedStep>,
    /// Every safeguard that holds now and guards a visible step, blocking or overridden.
    pub safeguards: Vec<SafeguardState>,
    pub checklist: Vec<ChecklistEntry>,
    pub readiness: Readiness,
    /// Every stored answer, active or not. Nothing is ever dropped.
    pub answers: Vec<AnswerState>,
    /// Computed flags and their values (`null` when unknown).
    pub flags: Vec<FlagState>,
    /// Overrides that were not applied, and why.
    pub override_problems: Vec<OverrideProblem>,
    /// Latched safeguards whose condition is true for these answers and that are not latched yet: the case
    /// store records a latch for each when it saves the answers.
    pub to_latch: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct StageState {
    pub id: String,
    pub title: String,
    pub status: StageStatus,
    /// Visible steps of the stage, in order.
    pub steps: Vec<String>,
    /// The stage holding the current step.
    pub current: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum StageStatus {
    /// No step of the stage is shown for these answers.
    Hidden,
    NotStarted,
    InProgress,
    /// Every visible, non-optional step is complete.
    Complete,
    /// Nothing left in the stage can be worked on: what remains is blocked.
    Blocked,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct StepState {
    pub id: String,
    pub stage: String,
    pub title: String,
    pub guidance: String,
    pub refs: Vec<HandbookRef>,
    pub optional: bool,
    pub status: StepStatus,
    /// Safeguards blocking this step (empty unless `status` is `Blocked`).
    pub blocked_by: Vec<String>,
    /// Fields shown in this step, in order.
    pub fields: Vec<FieldState>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum StepStatus {
    /// Every shown field holds a valid answer where one is required, and nothing is invalid.
    Complete,
    Incomplete,
    /// A safeguard holds: the step is read-only and its answers are inactive.
    Blocked,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FieldState {
    pub id: String,
    pub label: String,
    pub help: String,
    pub kind: FieldKind,
    pub options: Vec<ChoiceOption>,
    pub required: bool,
    /// The stored answer, if any (inactive when the step is blocked).
    pub value: Option<Value>,
    pub errors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FieldError {
    pub step: String,
    pub field: String,
    pub kind: FieldErrorKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum FieldErrorKind {
    /// A required answer is missing.
    Required,
    /// The answer is not of the field's type or not one of its options.
    Invalid,
    /// The answer breaks one of the field's constraints.
    Constraint,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BlockedStep {
    pub step: String,
    pub safeguards: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SafeguardState {
    pub id: String,
    /// A short name for lists and exports.
    pub title: String,
    /// The rule.
    pub rule: String,
    /// Why it applies.
    pub message: String,
    /// The handbook sections it rests on.
    pub refs: Vec<HandbookRef>,
    /// What lifts it.
    pub lift: String,
    /// The blocking condition as written in the definition.
    pub condition: String,
    pub override_policy: OverridePolicy,
    pub status: SafeguardStatus,
    /// False when the safeguard holds only because answers that decide it are missing.
    pub determined: bool,
    /// When not determined: the fields whose answers would decide it.
    pub missing: Vec<String>,
    /// Visible steps it blocks (or would block, when overridden).
    pub blocks: Vec<String>,
    pub override_record: Option<SafeguardOverride>,
    /// For a latched safeguard that was triggered: when, by whom and by which answer. It holds until what lifts it
    /// is recorded, whatever later edits say.
    pub latch: Option<Latch>,
    /// True when an answer it reads is stored but not valid for its field: it then holds until that answer is
    /// put right.
    pub invalid_input: bool,
    /// Whether it holds for the principal applicant's own answers (false when it holds only for members).
    pub principal: bool,
    /// The household members it holds for, in household order (family cases whose workflow has member steps).
    pub members: Vec<MemberHold>,
}

/// A safeguard that holds for one household member: it holds for the whole case.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct MemberHold {
    /// The member's place in the household (0 is the principal applicant).
    pub position: u32,
    pub name: String,
    /// False when it holds only because the member's answers that decide it are missing.
    pub determined: bool,
    /// When not determined: the member's fields whose answers would decide it.
    pub missing: Vec<String>,
    /// For a latched safeguard triggered by the member's answers.
    pub latch: Option<Latch>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum SafeguardStatus {
    Blocking,
    /// A supervisor override lets work go on; the safeguard is still shown.
    Overridden,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ChecklistEntry {
    pub id: String,
    pub text: String,
    pub step: String,
    pub status: ChecklistStatus,
    pub refs: Vec<HandbookRef>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum ChecklistStatus {
    Done,
    Pending,
    /// Its step is blocked by a safeguard.
    Blocked,
}

/// Whether the person can travel on the planned date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Readiness {
    pub ready: bool,
    #[ts(type = "string | null")]
    pub departure_date: Option<Date>,
    /// Each dated record, each requirement, and the safeguards, with what is wrong.
    pub checks: Vec<ReadinessCheck>,
    /// Safeguards blocking the departure step.
    pub blocked_by: Vec<String>,
    /// Safeguards that hold but are overridden on the departure step.
    pub overridden: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReadinessCheck {
    pub label: String,
    pub ok: bool,
    /// What was found, in the evaluation's language (written from `notes`).
    pub detail: String,
    pub refs: Vec<HandbookRef>,
    /// The findings behind `detail`, as catalog messages: written out again in another language by
    /// [`crate::i18n::workflow::localize_evaluation`].
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) notes: Vec<super::readiness::Note>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AnswerState {
    pub field: String,
    pub value: Value,
    pub active: bool,
    pub inactive_reason: Option<InactiveReason>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum InactiveReason {
    /// The answer's step is not shown for the current answers.
    StepHidden,
    /// The answer's step is blocked by a safeguard.
    StepBlocked,
    /// The field itself is not shown (its `relevant` is not true).
    FieldHidden,
    /// The workflow has no such field (an answer kept from another version).
    UnknownField,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FlagState {
    pub id: String,
    pub value: Option<Value>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct OverrideProblem {
    pub safeguard: String,
    pub message: String,
    /// What the message says, for writing it again in another language.
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) note: OverrideNote,
}

impl OverrideProblem {
    pub(super) fn new(safeguard: &str, note: OverrideNote, wf: &Workflow) -> Self {
        OverrideProblem {
            safeguard: safeguard.to_owned(),
            message: super::overrides::message(&note, safeguard, wf, crate::i18n::Lang::En),
            note,
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation
