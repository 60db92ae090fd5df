//! The engine: a definition plus the answers so far → everything the UI shows. Pure and deterministic.
//!
//! The rules, in the order they apply:
//!
//! 1. A **stage** is shown when its `relevant` is true (or it has none). A **step** is shown when its stage is
//!    shown and its `relevant` is true. Unknown is not true: a step whose relevance cannot be decided yet stays
//!    hidden.
//! 2. A **safeguard holds** unless `when and not lifted_when` is definitely false. So a safeguard whose inputs are
//!    not answered yet holds: it fails closed, and the evaluation says which answers would decide it.
//! 3. A holding safeguard **blocks** every step in its `blocks`, unless a valid supervisor override exists: the
//!    safeguard allows overrides, the override names a supervisor and a reason, and the condition is determined
//!    (an override answers a known situation, never missing screening).
//! 4. An **answer is active** when its step is shown and not blocked, and its field's own `relevant` is true.
//!    Anything else is kept, reported as inactive with the reason, and read by expressions as unknown.
//! 5. An active answer is **usable** (read by expressions) when it has the field's type, is one of its options,
//!    and passes its constraints. An invalid answer is reported and read as unknown.
//!
//! Definitions are checked for dependency cycles when they load, so each value is computed once, from values
//! that do not depend on it. Every value is memoised for the one evaluation.

use std::collections::BTreeSet;

use serde::Serialize;
use ts_rs::TS;

use super::date::Date;
use super::definition::{ChoiceOption, FieldKind, HandbookRef, OverridePolicy, Workflow};
use super::expr::{self, Env, Val, truth};
use super::typed::{Typed, coerce};
use super::value::{Answers, Latch, SafeguardOverride, Value};

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
    pub detail: String,
    pub refs: Vec<HandbookRef>,
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
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

/// Evaluate `def` for `answers` on the day `today`.
pub fn evaluate(def: &Workflow, answers: &Answers, today: Date) -> Evaluation {
    let mut cx = Ctx::new(def, answers, today);
    let mut override_problems = cx.override_problems();
    let wf = def;

    let mut steps = Vec::new();
    let mut hidden_steps = Vec::new();
    let mut errors = Vec::new();
    let mut blocked_steps = Vec::new();
    let mut current_step = None;
    let mut status_of = vec![None; wf.steps.len()];
    for (s, step) in wf.steps.iter().enumerate() {
        if !cx.step_visible(s) {
            hidden_steps.push(step.id.clone());
            continue;
        }
        let blockers = cx.blockers(s);
        let blocked_by: Vec<String> = blockers.iter().map(|&g| wf.safeguards[g].id.clone()).collect();
        let mut fields = Vec::new();
        for (f, field) in step.fields.iter().enumerate() {
            if !cx.field_relevant(s, f) {
                continue;
            }
            let field_errors = if blockers.is_empty() {
                cx.field_errors(s, f)
            } else {
                Vec::new()
            };
            for (kind, message) in &field_errors {
                errors.push(FieldError {
                    step: step.id.clone(),
                    field: field.id.clone(),
                    kind: *kind,
                    message: message.clone(),
                });
            }
            fields.push(FieldState {
                id: field.id.clone(),
                label: field.label.clone(),
                help: field.help.clone(),
                kind: field.kind,
                options: field.options.clone(),
                required: field.required.is_some(),
                value: answers.values.get(&field.id).cloned(),
                errors: field_errors.into_iter().map(|(_, m)| m).collect(),
            });
        }
        let status = if !blockers.is_empty() {
            blocked_steps.push(BlockedStep {
                step: step.id.clone(),
                safeguards: blocked_by.clone(),
            });
            StepStatus::Blocked
        } else if cx.step_complete(s) {
            StepStatus::Complete
        } else {
            StepStatus::Incomplete
        };
        if current_step.is_none() && !step.optional && status == StepStatus::Incomplete {
            current_step = Some(s);
        }
        status_of[s] = Some(status);
        steps.push(StepState {
            id: step.id.clone(),
            stage: step.stage.clone(),
            title: step.title.clone(),
            guidance: step.guidance.clone(),
            refs: step.refs.clone(),
            optional: step.optional,
            status,
            blocked_by,
            fields,
        });
    }

    let stages = wf
        .stages
        .iter()
        .enumerate()
        .map(|(t, stage)| {
            let in_stage: Vec<usize> = (0..wf.steps.len())
                .filter(|&s| wf.index.step_stage[s] == t && status_of[s].is_some())
                .collect();
            let required: Vec<(usize, StepStatus)> = in_stage
                .iter()
                .filter(|&&s| !wf.steps[s].optional)
                .filter_map(|&s| status_of[s].map(|st| (s, st)))
                .collect();
            let started = in_stage.iter().any(|&s| {
                status_of[s] == Some(StepStatus::Complete)
                    || wf.steps[s]
                        .fields
                        .iter()
                        .any(|f| answers.values.contains_key(&f.id))
            });
            let status = if in_stage.is_empty() {
                StageStatus::Hidden
            } else if required.iter().all(|(_, st)| *st == StepStatus::Complete) {
                StageStatus::Complete
            } else if required
                .iter()
                .all(|(_, st)| matches!(st, StepStatus::Complete | StepStatus::Blocked))
            {
                StageStatus::Blocked
            } else if started {
                StageStatus::InProgress
            } else {
                StageStatus::NotStarted
            };
            StageState {
                id: stage.id.clone(),
                title: stage.title.clone(),
                status,
                steps: in_stage.iter().map(|&s| wf.steps[s].id.clone()).collect(),
                current: current_step.is_some_and(|c| wf.index.step_stage[c] == t),
            }
        })
        .collect();

    let mut safeguards = Vec::new();
    for (g, sg) in wf.safeguards.iter().enumerate() {
        let state = cx.safeguard(g);
        if !state.holds {
            continue;
        }
        if cx.overrides[g].is_some() && !state.determined {
            override_problems.push(OverrideProblem {
                safeguard: sg.id.clone(),
                message: format!(
                    "The override is not applied: it can answer a known situation only, and these answers are \
                     still missing: {}.",
                    cx.unknown_inputs(g).join(", ")
                ),
            });
        }
        let blocks: Vec<String> = wf
            .steps
            .iter()
            .enumerate()
            .filter(|(s, _)| wf.index.blockers[*s].contains(&g) && status_of[*s].is_some())
            .map(|(_, st)| st.id.clone())
            .collect();
        if blocks.is_empty() {
            // It holds, but everything it guards is hidden: nothing to show.
            continue;
        }
        safeguards.push(SafeguardState {
            id: sg.id.clone(),
            title: sg.title.clone(),
            rule: sg.rule.clone(),
            message: sg.message.clone(),
            refs: sg.refs.clone(),
            lift: sg.lift.clone(),
            condition: sg.when.source.clone(),
            override_policy: sg.override_policy,
            status: if state.blocking {
                SafeguardStatus::Blocking
            } else {
                SafeguardStatus::Overridden
            },
            determined: state.determined,
            missing: if state.determined {
                Vec::new()
            } else {
                cx.unknown_inputs(g)
            },
            blocks,
            override_record: if state.blocking {
                None
            } else {
                cx.overrides[g].cloned()
            },
            latch: cx.latch(g).cloned(),
            invalid_input: state.invalid_input,
        });
    }
    override_problems.sort_by(|a, b| a.safeguard.cmp(&b.safeguard));

    let mut checklist = Vec::new();
    for item in &wf.checklist {
        let Some(&s) = wf.index.steps.get(&item.step) else {
            continue;
        };
        if status_of[s].is_none() {
            continue;
        }
        if let Some(when) = &item.when
            && truth(expr::eval(&when.node, &mut cx)) != Some(true)
        {
            continue;
        }
        let status = if status_of[s] == Some(StepStatus::Blocked) {
            ChecklistStatus::Blocked
        } else if truth(expr::eval(&item.done.node, &mut cx)) == Some(true) {
            ChecklistStatus::Done
        } else {
            ChecklistStatus::Pending
        };
        checklist.push(ChecklistEntry {
            id: item.id.clone(),
            text: item.text.clone(),
            step: item.step.clone(),
            status,
            refs: item.refs.clone(),
        });
    }

    let readiness = cx.readiness();
    let mut to_latch = Vec::new();
    for g in 0..wf.safeguards.len() {
        if wf.safeguards[g].latched && cx.latch(g).is_none() && cx.safeguard(g).triggered {
            to_latch.push(wf.safeguards[g].id.clone());
        }
    }

    let answers_out = answers
        .values
        .iter()
        .map(|(id, value)| {
            let reason = match wf.index.fields.get(id) {
                Some(&(s, f)) => cx.inactive_reason(s, f),
                None => Some(InactiveReason::UnknownField),
            };
            AnswerState {
                field: id.clone(),
                value: value.clone(),
                active: reason.is_none(),
                inactive_reason: reason,
            }
        })
        .collect();

    let flags = (0..wf.flags.len())
        .map(|g| FlagState {
            id: wf.flags[g].id.clone(),
            value: cx.flag(g).map(to_value),
        })
        .collect();

    Evaluation {
        workflow_id: wf.id.clone(),
        workflow_version: wf.version,
        today,
        stages,
        steps,
        hidden_steps,
        current_step: current_step.map(|s| wf.steps[s].id.clone()),
        errors,
        blocked_steps,
        safeguards,
        checklist,
        readiness,
        answers: answers_out,
        flags,
        override_problems,
        to_latch,
    }
}

fn to_value(v: Val) -> Value {
    match v {
        Val::Bool(b) => Value::Bool(b),
        Val::Num(n) => Value::Number(n),
        Val::Text(t) => Value::Text(t),
        Val::Date(d) => Value::Date(d),
        Val::List(l) => Value::List(l),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct SafeguardEval {
    holds: bool,
    determined: bool,
    /// Holds and is not overridden.
    blocking: bool,
    /// `when` alone is true for the answers as they are (before any latch): what a latch records.
    triggered: bool,
    /// An answer it reads is stored but invalid, so it cannot be lifted by evaluation.
    invalid_input: bool,
}

/// A usable field value and the constraints the answer breaks.
#[derive(Debug, Clone, PartialEq)]
struct FieldEval {
    value: Option<Val>,
    failed: Vec<usize>,
}

/// One memoised value. `Busy` is only ever seen through a dependency cycle, which loading rules out; the engine
/// then answers conservatively instead of looping.
#[derive(Debug, Clone, PartialEq)]
enum Memo<T> {
    Todo,
    Busy,
    Done(T),
}

struct Ctx<'a> {
    wf: &'a Workflow,
    answers: &'a Answers,
    today: Date,
    /// Per safeguard: a well-formed override the definition allows.
    overrides: Vec<Option<&'a SafeguardOverride>>,
    typed: Vec<Vec<Typed>>,
    stage_visible: Vec<Memo<bool>>,
    step_visible: Vec<Memo<bool>>,
    blockers: Vec<Memo<Vec<usize>>>,
    field_relevant: Vec<Vec<Memo<bool>>>,
    fields: Vec<Vec<Memo<FieldEval>>>,
    complete: Vec<Memo<bool>>,
    flags: Vec<Memo<Option<Val>>>,
    safeguards: Vec<Memo<SafeguardEval>>,
    departure: Memo<bool>,
    /// The field whose constraint is being evaluated, with its candidate value: `this` in the constraint.
    this: Vec<(usize, usize, Val)>,
}

impl<'a> Ctx<'a> {
    fn new(wf: &'a Workflow, answers: &'a Answers, today: Date) -> Self {
        let typed = wf
            .steps
            .iter()
            .map(|s| {
                s.fields
                    .iter()
                    .map(|f| coerce(f, answers.values.get(&f.id)))
                    .collect()
            })
            .collect();
        let overrides = wf
            .safeguards
            .iter()
            .map(|sg| {
                answers.overrides.get(&sg.id).filter(|o| {
                    sg.override_policy == OverridePolicy::Supervisor
                        && !o.supervisor.trim().is_empty()
                        && !o.reason.trim().is_empty()
                })
            })
            .collect();
        Ctx {
            wf,
            answers,
            today,
            overrides,
            typed,
            stage_visible: vec![Memo::Todo; wf.stages.len()],
            step_visible: vec![Memo::Todo; wf.steps.len()],
            blockers: vec![Memo::Todo; wf.steps.len()],
            field_relevant: per_field(wf, Memo::Todo),
            fields: per_field(wf, Memo::Todo),
            complete: vec![Memo::Todo; wf.steps.len()],
            flags: vec![Memo::Todo; wf.flags.len()],
            safeguards: vec![Memo::Todo; wf.safeguards.len()],
            departure: Memo::Todo,
            this: Vec::new(),
        }
    }

    fn override_problems(&self) -> Vec<OverrideProblem> {
        let mut out = Vec::new();
        for (id, o) in &self.answers.overrides {
            let message = match self.wf.safeguard(id) {
                None => format!("This workflow has no safeguard `{id}`: the override does nothing."),
                Some(sg) if sg.override_policy == OverridePolicy::Never => format!(
                    "This safeguard can never be overridden. What lifts it: {}",
                    sg.lift
                ),
                Some(_) if o.supervisor.trim().is_empty() || o.reason.trim().is_empty() => {
                    "An override needs the supervisor's name and a reason: it is not applied.".to_owned()
                }
                Some(_) => continue,
            };
            out.push(OverrideProblem {
                safeguard: id.clone(),
                message,
            });
        }
        out
    }

    fn cond(&mut self, e: &'a super::definition::Expr) -> Option<bool> {
        truth(expr::eval(&e.node, self))
    }

    fn stage_visible(&mut self, t: usize) -> bool {
        match self.stage_visible[t] {
            Memo::Done(v) => return v,
            Memo::Busy => return false,
            Memo::Todo => {}
        }
        self.stage_visible[t] = Memo::Busy;
        let wf = self.wf;
        let v = wf.stages[t]
            .relevant
            .as_ref()
            .is_none_or(|r| self.cond(r) == Some(true));
        self.stage_visible[t] = Memo::Done(v);
        v
    }

    fn step_visible(&mut self, s: usize) -> bool {
        match self.step_visible[s] {
            Memo::Done(v) => return v,
            Memo::Busy => return false,
            Memo::Todo => {}
        }
        self.step_visible[s] = Memo::Busy;
        let wf = self.wf;
        let v = self.stage_visible(wf.index.step_stage[s])
            && wf.steps[s]
                .relevant
                .as_ref()
                .is_none_or(|r| self.cond(r) == Some(true));
        self.step_visible[s] = Memo::Done(v);
        v
    }

    /// Safeguards blocking step `s` now (holding and not overridden), in definition order.
    fn blockers(&mut self, s: usize) -> Vec<usize> {
        match &self.blockers[s] {
            Memo::Done(v) => return v.clone(),
            // Through a cycle: treat the step as blocked by everything that may block it.
            Memo::Busy => return self.wf.index.blockers[s].clone(),
            Memo::Todo => {}
        }
        self.blockers[s] = Memo::Busy;
        let wf = self.wf;
        let v: Vec<usize> = wf.index.blockers[s]
            .iter()
            .copied()
            .filter(|&g| self.safeguard(g).blocking)
            .collect();
        self.blockers[s] = Memo::Done(v.clone());
        v
    }

    fn safeguard(&mut self, g: usize) -> SafeguardEval {
        match self.safeguards[g] {
            Memo::Done(v) => return v,
            Memo::Busy => {
                return SafeguardEval {
                    holds: true,
                    determined: false,
                    blocking: true,
                    triggered: false,
                    invalid_input: false,
                };
            }
            Memo::Todo => {}
        }
        self.safeguards[g] = Memo::Busy;
        let sg = &self.wf.safeguards[g];
        let when_now = self.cond(&sg.when);
        // A triggered latch stands for `when` until what lifts it holds.
        let when = if self.latch(g).is_some() {
            Some(true)
        } else {
            when_now
        };
        let lifted = match &sg.lifted_when {
            Some(l) => self.cond(l),
            None => Some(false),
        };
        // when and not lifted, in Kleene logic.
        let mut condition = match (when, lifted.map(|l| !l)) {
            (Some(false), _) | (_, Some(false)) => Some(false),
            (Some(true), Some(true)) => Some(true),
            _ => None,
        };
        // A stored answer that is not valid for its field never lifts a stop: it reads as unknown, and the stop
        // holds until the answer is put right.
        let invalid_input = self.reads_invalid_answer(g);
        if invalid_input && condition == Some(false) {
            condition = None;
        }
        let holds = condition != Some(false);
        let determined = condition == Some(true);
        let overridden = holds && determined && self.overrides[g].is_some();
        let v = SafeguardEval {
            holds,
            determined,
            blocking: holds && !overridden,
            triggered: when_now == Some(true),
            invalid_input,
        };
        self.safeguards[g] = Memo::Done(v);
        v
    }

    fn field_relevant(&mut self, s: usize, f: usize) -> bool {
        match self.field_relevant[s][f] {
            Memo::Done(v) => return v,
            Memo::Busy => return false,
            Memo::Todo => {}
        }
        self.field_relevant[s][f] = Memo::Busy;
        let wf = self.wf;
        let v = wf.steps[s].fields[f]
            .relevant
            .as_ref()
            .is_none_or(|r| self.cond(r) == Some(true));
        self.field_relevant[s][f] = Memo::Done(v);
        v
    }

    /// Why the answer to field (s, f) is inactive, or `None` when it is active.
    fn inactive_reason(&mut self, s: usize, f: usize) -> Option<InactiveReason> {
        if !self.step_visible(s) {
            Some(InactiveReason::StepHidden)
        } else if !self.blockers(s).is_empty() {
            Some(InactiveReason::StepBlocked)
        } else if !self.field_relevant(s, f) {
            Some(InactiveReason::FieldHidden)
        } else {
            None
        }
    }

    fn field(&mut self, s: usize, f: usize) -> FieldEval {
        match &self.fields[s][f] {
            Memo::Done(v) => return v.clone(),
            Memo::Busy => {
                return FieldEval {
                    value: None,
                    failed: Vec::new(),
                };
            }
            Memo::Todo => {}
        }
        self.fields[s][f] = Memo::Busy;
        let v = match (self.inactive_reason(s, f), self.typed[s][f].clone()) {
            (None, Typed::Ok(val)) => {
                let wf = self.wf;
                self.this.push((s, f, val.clone()));
                let failed: Vec<usize> = wf.steps[s].fields[f]
                    .constraints
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| self.cond(&c.expr) == Some(false))
                    .map(|(i, _)| i)
                    .collect();
                self.this.pop();
                FieldEval {
                    value: failed.is_empty().then_some(val),
                    failed,
                }
            }
            _ => FieldEval {
                value: None,
                failed: Vec::new(),
            },
        };
        self.fields[s][f] = Memo::Done(v.clone());
        v
    }

    /// Errors to show on an active field: missing, invalid, or breaking constraints.
    fn field_errors(&mut self, s: usize, f: usize) -> Vec<(FieldErrorKind, String)> {
        if self.inactive_reason(s, f).is_some() {
            return Vec::new();
        }
        let field = &self.wf.steps[s].fields[f];
        match &self.typed[s][f] {
            Typed::Missing => field
                .required
                .iter()
                .map(|m| (FieldErrorKind::Required, m.clone()))
                .collect(),
            Typed::Invalid(m) => vec![(FieldErrorKind::Invalid, m.clone())],
            Typed::Ok(_) => self
                .field(s, f)
                .failed
                .iter()
                .map(|&i| (FieldErrorKind::Constraint, field.constraints[i].message.clone()))
                .collect(),
        }
    }

    fn step_complete(&mut self, s: usize) -> bool {
        match self.complete[s] {
            Memo::Done(v) => return v,
            Memo::Busy => return false,
            Memo::Todo => {}
        }
        self.complete[s] = Memo::Busy;
        let v = self.step_visible(s)
            && self.blockers(s).is_empty()
            && (0..self.wf.steps[s].fields.len()).all(|f| self.field_errors(s, f).is_empty());
        self.complete[s] = Memo::Done(v);
        v
    }

    fn flag(&mut self, g: usize) -> Option<Val> {
        match &self.flags[g] {
            Memo::Done(v) => return v.clone(),
            Memo::Busy => return None,
            Memo::Todo => {}
        }
        self.flags[g] = Memo::Busy;
        let wf = self.wf;
        let v = expr::eval(&wf.flags[g].expr.node, self);
        self.flags[g] = Memo::Done(v.clone());
        v
    }

    fn date_of(&mut self, field: &str) -> Option<Date> {
        match self.value(field) {
            Some(Val::Date(d)) => Some(d),
            _ => None,
        }
    }

    /// Each record and requirement of `[departure]` with whether it holds.
    fn departure_checks(&mut self) -> Vec<ReadinessCheck> {
        let wf = self.wf;
        let Some(dep) = &wf.departure else {
            return Vec::new();
        };
        let planned = self.date_of(&dep.date);
        let mut checks = Vec::new();
        for rec in &dep.records {
            let from = rec.from.as_deref().map(|f| (f, self.date_of(f)));
            let until = rec.until.as_deref().map(|f| (f, self.date_of(f)));
            let label_of = |id: &str| wf.field(id).map_or(id.to_owned(), |(_, f)| f.label.clone());
            let mut problems = Vec::new();
            if planned.is_none() {
                problems.push("no planned departure date".to_owned());
            }
            if let Some((id, d)) = from {
                match (d, planned) {
                    (None, _) => problems.push(format!("{} not recorded", label_of(id))),
                    (Some(d), Some(p)) if d > p => {
                        problems.push(format!("{} {d} is after the planned departure {p}", label_of(id)));
                    }
                    _ => {}
                }
            }
            if let Some((id, d)) = until {
                match (d, planned) {
                    (None, _) => problems.push(format!("{} not recorded", label_of(id))),
                    (Some(d), Some(p)) if d < p => {
                        problems.push(format!(
                            "{} {d} is before the planned departure {p}",
                            label_of(id)
                        ));
                    }
                    _ => {}
                }
            }
            let ok = problems.is_empty();
            let detail = if ok {
                let mut parts = Vec::new();
                if let Some((_, Some(d))) = from {
                    parts.push(format!("dated {d}"));
                }
                if let Some((_, Some(d))) = until {
                    parts.push(format!("valid until {d}"));
                }
                format!("{}: covers the departure", parts.join(", "))
            } else {
                problems.join("; ")
            };
            checks.push(ReadinessCheck {
                label: rec.label.clone(),
                ok,
                detail,
                refs: rec.refs.clone(),
            });
        }
        for req in &dep.requires {
            let value = self.cond(&req.expr);
            checks.push(ReadinessCheck {
                label: req.label.clone(),
                ok: value == Some(true),
                detail: match value {
                    Some(true) => "holds".to_owned(),
                    Some(false) => "does not hold".to_owned(),
                    None => "not yet known: answers are missing".to_owned(),
                },
                refs: req.refs.clone(),
            });
        }
        checks
    }

    fn departure_ready(&mut self) -> bool {
        match self.departure {
            Memo::Done(v) => return v,
            Memo::Busy => return false,
            Memo::Todo => {}
        }
        self.departure = Memo::Busy;
        let v = self.wf.departure.is_some() && self.departure_checks().iter().all(|c| c.ok);
        self.departure = Memo::Done(v);
        v
    }

    fn readiness(&mut self) -> Readiness {
        let wf = self.wf;
        let Some(dep) = &wf.departure else {
            return Readiness {
                ready: false,
                departure_date: None,
                checks: Vec::new(),
                blocked_by: Vec::new(),
                overridden: Vec::new(),
            };
        };
        let mut checks = self.departure_checks();
        let departure_date = self.date_of(&dep.date);
        let step = wf.index.steps.get(&dep.step).copied();
        let visible = step.is_some_and(|s| self.step_visible(s));
        let blocking = step.map(|s| self.blockers(s)).unwrap_or_default();
        let blocked_by: Vec<String> = blocking.iter().map(|&g| wf.safeguards[g].id.clone()).collect();
        let overridden: Vec<String> = step
            .map(|s| wf.index.blockers[s].clone())
            .unwrap_or_default()
            .into_iter()
            .filter(|&g| {
                let st = self.safeguard(g);
                st.holds && !st.blocking
            })
            .map(|g| wf.safeguards[g].id.clone())
            .collect();
        let mut detail = if blocked_by.is_empty() {
            "no safeguard blocks the departure step".to_owned()
        } else {
            format!("blocked by: {}", blocked_by.join(", "))
        };
        if !overridden.is_empty() {
            detail.push_str(&format!(
                "; overridden by a supervisor: {}",
                overridden.join(", ")
            ));
        }
        if !visible {
            detail = "the departure step is not shown for these answers".to_owned();
        }
        checks.push(ReadinessCheck {
            label: "No safeguard stops the departure".to_owned(),
            ok: visible && blocked_by.is_empty(),
            detail,
            refs: Vec::new(),
        });
        Readiness {
            ready: checks.iter().all(|c| c.ok),
            departure_date,
            checks,
            blocked_by,
            overridden,
        }
    }

    /// The latch recorded for safeguard `g`, if it is a latched safeguard.
    fn latch(&self, g: usize) -> Option<&'a Latch> {
        let sg = &self.wf.safeguards[g];
        if sg.latched {
            self.answers.latches.get(&sg.id)
        } else {
            None
        }
    }

    /// Every field safeguard `g` reads, directly or through flags, in definition order.
    fn input_fields(&self, g: usize) -> BTreeSet<(usize, usize)> {
        let wf = self.wf;
        let sg = &wf.safeguards[g];
        let mut pending: Vec<&str> = sg
            .when
            .deps
            .names
            .iter()
            .chain(sg.lifted_when.iter().flat_map(|l| l.deps.names.iter()))
            .map(String::as_str)
            .collect();
        let mut seen_flags = BTreeSet::new();
        let mut fields = BTreeSet::new();
        while let Some(name) = pending.pop() {
            if let Some(&(s, f)) = wf.index.fields.get(name) {
                fields.insert((s, f));
            } else if let Some(&i) = wf.index.flags.get(name)
                && seen_flags.insert(i)
            {
                pending.extend(wf.flags[i].expr.deps.names.iter().map(String::as_str));
            }
        }
        fields
    }

    /// Whether safeguard `g` reads an active answer that is stored but not valid for its field.
    fn reads_invalid_answer(&mut self, g: usize) -> bool {
        self.input_fields(g).into_iter().any(|(s, f)| {
            matches!(self.typed[s][f], Typed::Invalid(_)) && self.inactive_reason(s, f).is_none()
        })
    }

    /// Fields read (directly or through flags) by safeguard `g` whose answers are unknown, in definition order:
    /// those that can be answered now, or all of them when none can.
    fn unknown_inputs(&mut self, g: usize) -> Vec<String> {
        let wf = self.wf;
        let fields: BTreeSet<(usize, usize)> = self
            .input_fields(g)
            .into_iter()
            .filter(|&(s, f)| self.field(s, f).value.is_none())
            .collect();
        // Name what can be answered now; if nothing can (the questions are on hidden steps), name everything.
        let answerable: Vec<(usize, usize)> = fields
            .iter()
            .copied()
            .filter(|&(s, f)| self.inactive_reason(s, f).is_none())
            .collect();
        let shown = if answerable.is_empty() {
            fields.into_iter().collect()
        } else {
            answerable
        };
        shown
            .into_iter()
            .map(|(s, f)| wf.steps[s].fields[f].id.clone())
            .collect()
    }
}

fn per_field<T: Clone>(wf: &Workflow, init: T) -> Vec<Vec<T>> {
    wf.steps
        .iter()
        .map(|s| vec![init.clone(); s.fields.len()])
        .collect()
}

impl Env for Ctx<'_> {
    fn value(&mut self, name: &str) -> Option<Val> {
        let wf = self.wf;
        if let Some((s, f, v)) = self.this.last()
            && wf.steps[*s].fields[*f].id == name
        {
            return Some(v.clone());
        }
        if let Some(&(s, f)) = wf.index.fields.get(name) {
            return self.field(s, f).value;
        }
        if let Some(&g) = wf.index.flags.get(name) {
            return self.flag(g);
        }
        None
    }

    fn today(&mut self) -> Option<Date> {
        Some(self.today)
    }

    fn complete(&mut self, step: &str) -> Option<bool> {
        let s = *self.wf.index.steps.get(step)?;
        Some(self.step_complete(s))
    }

    fn departure_ready(&mut self) -> Option<bool> {
        Some(Ctx::departure_ready(self))
    }

    fn latched(&mut self, safeguard: &str) -> bool {
        self.wf
            .index
            .safeguards
            .get(safeguard)
            .is_some_and(|&g| self.latch(g).is_some())
    }
}
