//! Case rules: what may be saved on a case, and what a save must record besides the answer. The one home for
//! them; the api and the exports both read them from here, and nothing here does I/O.
//!
//! The workflow engine is pure: answers in, evaluation out. A case is more than one evaluation, because what was
//! recorded earlier matters:
//!
//! - **Typed answers.** Every answer is checked against its field before it is saved ([`prepare_answer`]): its
//!   kind, its options and its limits. A mistyped value (`yes` for a yes/no field through the command line,
//!   `"true"` in an imported file) is refused with a message naming the field. It is never stored and then read
//!   as "not answered", which would lift a stop.
//! - **Final answers.** A yes/no field marked `final` (a withdrawal) keeps a recorded `yes`: only a correction
//!   changes it.
//! - **Latches.** A safeguard marked `latched` records, in the case, the moment its condition first holds for the
//!   saved answers: the day, who saved the answer and which answer it was ([`latches_for`]). From then on the
//!   engine reads the latch as the condition, so editing the triggering answer lifts nothing; only what lifts
//!   the safeguard (`lifted_when`) does.
//! - **Corrections.** An answer entered by mistake is put right through a recorded correction
//!   ([`plan_correction`]): who, why, and a supervisor's name when the correction clears a latch of a stop that
//!   can never be overridden or changes a final answer. It clears only latches that the corrected answer
//!   triggered and that no longer hold.
//! - **Overrides.** A supervisor may let work go on past a safeguard that allows it, with their name and a
//!   reason, once the answers that decide it are recorded ([`check_override`]).
//! - **Households.** Where the workflow names member steps, every household member answers them for
//!   themselves, and every stop that reads them is checked for every member ([`evaluate_case`]): a child in a
//!   family case gets the child checks, a pregnant spouse the pregnancy checks. A member's answers, latches and
//!   overrides are stored under `member:<position>:` and go through the same rules.
//! - **Stage and flags.** The case list's stage and safeguard flags come from the evaluation of the answers as
//!   saved ([`list_columns`]), written in the same transaction as the answer.
//!
//! Overrides and latches are stored beside the answers, under [`OVERRIDE_PREFIX`] and [`LATCH_PREFIX`], so they
//! carry who and when and are audited like any answer.

mod household;
mod import;
mod view;

use serde::{Deserialize, Serialize};

use crate::cases::{Answer, CaseChanges, CaseRecord};
use crate::i18n::{self, interface_lang};
use crate::workflow::{
    AnswerProblem, Answers, Date, Evaluation, Latch, OverridePolicy, SafeguardOverride, Value, Workflow,
    check_answer, evaluate,
};

pub use household::{
    MEMBER_PREFIX, Scope, answers_for, evaluate_case, latches_for_case, member_name, member_safeguards,
    member_views, members, person_key, scope_of, split_key, with_writes,
};
pub use import::check_imported;
pub use view::{CaseView, MemberView, blocked_answers, consent_coverage, safeguard_title};

/// Overrides are stored as answers under this prefix: `override:<safeguard>`.
pub const OVERRIDE_PREFIX: &str = "override:";
/// Latches are stored as answers under this prefix: `latch:<safeguard>`.
pub const LATCH_PREFIX: &str = "latch:";
/// The shortest reason accepted for an override or a correction: a sentence a reviewer can check.
pub const MIN_REASON_CHARS: usize = 10;

/// A case rule refused what was asked. The message names the field or safeguard and says what to do instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct RuleError(pub String);

type Result<T> = std::result::Result<T, RuleError>;

fn refuse<T>(message: String) -> Result<T> {
    Err(RuleError(message))
}

/// The catalog message `key` in the interface language: the case rules' refusals reach the person who asked.
fn say(key: &str, args: &[(&str, i18n::Value<'_>)]) -> String {
    i18n::tr(interface_lang(), key, args)
}

/// The label of `field` in the interface language (its id when the workflow has no such field).
pub(crate) fn label_of(wf: &Workflow, field: &str) -> String {
    let local = i18n::workflow::localized(wf, interface_lang());
    local
        .field(field)
        .map_or_else(|| field.to_owned(), |(_, f)| f.label.clone())
}

/// The refusal of an answer to a question the workflow does not ask.
pub(crate) fn no_such_question(wf: &Workflow, field: &str) -> String {
    say(
        "rule-no-such-question",
        &[
            ("field", field.to_owned().into()),
            ("workflow", wf.id.clone().into()),
            ("version", wf.version.to_string().into()),
        ],
    )
}

/// A latch as the case stores it: the engine's [`Latch`], and the correction that cleared it, if one did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredLatch {
    #[serde(flatten)]
    pub latch: Latch,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cleared: Option<Correction>,
}

/// Why an answer was corrected, and who answered for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supervisor: Option<String>,
    pub reason: String,
    pub on: String,
}

/// The engine's answers from what the store holds: answers, overrides and latches not cleared. A stored value
/// that is not JSON the engine reads is kept out (and shows as missing); one of the wrong type for its field
/// is kept, and the engine reports it invalid and keeps the stops it feeds closed.
pub fn answers_of(record: &CaseRecord) -> Answers {
    answers_from(&record.answers)
}

pub fn answers_from(stored: &[Answer]) -> Answers {
    let mut answers = Answers::new();
    // A household member's answers are read through `answers_for`, never as the principal's.
    for a in stored.iter().filter(|a| !a.field_id.starts_with(MEMBER_PREFIX)) {
        if let Some(safeguard) = a.field_id.strip_prefix(OVERRIDE_PREFIX) {
            if let Ok(o) = serde_json::from_value::<SafeguardOverride>(a.value.clone()) {
                answers.overrides.insert(safeguard.to_owned(), o);
            }
        } else if let Some(safeguard) = a.field_id.strip_prefix(LATCH_PREFIX) {
            match serde_json::from_value::<StoredLatch>(a.value.clone()) {
                Ok(l) if l.cleared.is_none() => {
                    answers.latches.insert(safeguard.to_owned(), l.latch);
                }
                Ok(_) => {}
                // A latch the store cannot read still holds: better a stop too many than one lifted by damage.
                Err(_) => {
                    answers.latches.insert(
                        safeguard.to_owned(),
                        Latch {
                            triggered_on: String::new(),
                            triggered_by: "unreadable latch record".into(),
                            field: None,
                        },
                    );
                }
            }
        } else if let Ok(v) = serde_json::from_value::<Value>(a.value.clone()) {
            answers.values.insert(a.field_id.clone(), v);
        }
    }
    answers
}

/// Check a new answer to `field` before it is saved: the field exists, the value has its type and limits, and
/// a final answer is not being changed. Returns the value as the engine reads it.
pub fn prepare_answer(
    wf: &Workflow,
    previous: &Answers,
    field: &str,
    json: &serde_json::Value,
    today: Date,
) -> Result<Value> {
    let value = typed_value(wf, field, json, today)?;
    if let Some((_, f)) = wf.field(field)
        && f.limits.final_yes
        && previous.get(field) == Some(&Value::Bool(true))
        && value != Value::Bool(true)
    {
        let label = label_of(wf, field);
        return refuse(say("rule-final-answer", &[("label", label.into())]));
    }
    Ok(value)
}

/// The value of `json` for `field`, checked against the field (but not against finality).
fn typed_value(wf: &Workflow, field: &str, json: &serde_json::Value, today: Date) -> Result<Value> {
    if field.starts_with(OVERRIDE_PREFIX) || field.starts_with(LATCH_PREFIX) {
        return refuse(say("rule-reserved-key", &[("field", field.to_owned().into())]));
    }
    let Some((_, f)) = wf.field(field) else {
        return refuse(no_such_question(wf, field));
    };
    let refused = |p: AnswerProblem| RuleError(p.for_field(&label_of(wf, field), interface_lang()));
    let value: Value =
        serde_json::from_value(json.clone()).map_err(|_| refused(AnswerProblem::WrongKind(f.kind)))?;
    check_answer(f, &value, today).map_err(refused)?;
    Ok(value)
}

/// The latches to record once `answers` are saved: every latched safeguard whose condition now holds and that is
/// not latched yet, as (storage key, value).
pub fn latches_for(
    wf: &Workflow,
    answers: &Answers,
    today: Date,
    actor: &str,
    field: Option<&str>,
) -> Vec<(String, serde_json::Value)> {
    evaluate(wf, answers, today)
        .to_latch
        .into_iter()
        .map(|id| {
            let stored = StoredLatch {
                latch: Latch {
                    triggered_on: today.to_string(),
                    triggered_by: actor.to_owned(),
                    field: field.map(str::to_owned),
                },
                cleared: None,
            };
            (format!("{LATCH_PREFIX}{id}"), to_json(&stored))
        })
        .collect()
}

fn to_json<T: Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

/// Apply `latches` (as [`latches_for`] returns them) to `answers`, as the store will hold them.
pub fn with_latches(mut answers: Answers, latches: &[(String, serde_json::Value)]) -> Answers {
    for (key, json) in latches {
        if let (Some(id), Ok(l)) = (
            key.strip_prefix(LATCH_PREFIX),
            serde_json::from_value::<StoredLatch>(json.clone()),
        ) {
            if l.cleared.is_none() {
                answers.latches.insert(id.to_owned(), l.latch);
            } else {
                answers.latches.remove(id);
            }
        }
    }
    answers
}

/// What a correction writes: the corrected value and the latches it clears (storage key, value).
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionPlan {
    pub value: Value,
    pub cleared: Vec<(String, serde_json::Value)>,
    /// Who answered for it, for the audit line.
    pub summary: String,
}

/// Plan the correction of an answer entered by mistake. The reason is always required; a supervisor's name is
/// required when the correction changes a final answer or clears the latch of a safeguard that can never be
/// overridden. Only latches that this field triggered, and whose condition no longer holds with the corrected
/// answer, are cleared.
#[allow(clippy::too_many_arguments)]
pub fn plan_correction(
    wf: &Workflow,
    previous: &Answers,
    field: &str,
    json: &serde_json::Value,
    reason: &str,
    supervisor: Option<&str>,
    actor: &str,
    today: Date,
) -> Result<CorrectionPlan> {
    let value = typed_value(wf, field, json, today)?;
    let reason = reason.trim();
    if reason.chars().count() < MIN_REASON_CHARS {
        return refuse(say(
            "rule-correction-reason",
            &[
                ("label", label_of(wf, field).into()),
                ("min", MIN_REASON_CHARS.into()),
            ],
        ));
    }
    let supervisor = supervisor.map(str::trim).filter(|s| !s.is_empty());
    let mut next = previous.clone();
    next.values.insert(field.to_owned(), value.clone());
    // Which latches would still be triggered by the corrected answers, on their own.
    let mut unlatched = next.clone();
    unlatched.latches.clear();
    let still = evaluate(wf, &unlatched, today).to_latch;
    let clearing: Vec<&str> = previous
        .latches
        .iter()
        .filter(|(id, l)| l.field.as_deref() == Some(field) && !still.iter().any(|s| s == *id))
        .map(|(id, _)| id.as_str())
        .collect();
    let final_changed = wf.field(field).is_some_and(|(_, f)| f.limits.final_yes)
        && previous.get(field) == Some(&Value::Bool(true))
        && value != Value::Bool(true);
    let never: Vec<&str> = clearing
        .iter()
        .copied()
        .filter(|id| {
            wf.safeguard(id)
                .is_some_and(|g| g.override_policy == OverridePolicy::Never)
        })
        .collect();
    if (final_changed || !never.is_empty()) && supervisor.is_none_or(|s| s.chars().count() < 3) {
        let label = label_of(wf, field).into();
        return refuse(if final_changed {
            say("rule-correction-final", &[("label", label)])
        } else {
            let local = i18n::workflow::localized(wf, interface_lang());
            let titles: Vec<String> = never
                .iter()
                .map(|id| safeguard_title(&local, id).to_owned())
                .collect();
            say(
                "rule-correction-never",
                &[("label", label), ("safeguards", titles.join("; ").into())],
            )
        });
    }
    let correction = Correction {
        by: actor.to_owned(),
        supervisor: supervisor.map(str::to_owned),
        reason: reason.to_owned(),
        on: today.to_string(),
    };
    let cleared = clearing
        .iter()
        .filter_map(|id| {
            let latch = previous.latches.get(*id)?.clone();
            let stored = StoredLatch {
                latch,
                cleared: Some(correction.clone()),
            };
            Some((format!("{LATCH_PREFIX}{id}"), to_json(&stored)))
        })
        .collect();
    let summary = match supervisor {
        Some(s) => format!("corrected: {reason} (supervisor {s})"),
        None => format!("corrected: {reason}"),
    };
    Ok(CorrectionPlan {
        value,
        cleared,
        summary,
    })
}

/// Check a supervisor override against the evaluation it would apply to. Returns the value to store.
pub fn check_override(
    eval: &Evaluation,
    safeguard: &str,
    supervisor: &str,
    reason: &str,
) -> Result<serde_json::Value> {
    let Some(state) = eval.safeguards.iter().find(|g| g.id == safeguard) else {
        return refuse(say(
            "rule-override-not-holding",
            &[("safeguard", safeguard.to_owned().into())],
        ));
    };
    if state.override_policy != OverridePolicy::Supervisor {
        return refuse(say(
            "rule-override-never",
            &[("title", state.title.clone().into())],
        ));
    }
    // An override answers a known situation. One given while the stop holds only because answers are missing
    // would not apply now, and would lift the stop unreviewed the day those answers are recorded.
    if !state.determined {
        let label = |id: &String| {
            eval.steps
                .iter()
                .flat_map(|s| s.fields.iter())
                .find(|f| &f.id == id)
                .map_or_else(|| id.clone(), |f| f.label.clone())
        };
        let missing: Vec<String> = state.missing.iter().map(label).collect();
        return refuse(say(
            "rule-override-undetermined",
            &[
                ("title", state.title.clone().into()),
                ("fields", missing.join("; ").into()),
            ],
        ));
    }
    let supervisor = supervisor.trim();
    let reason = reason.trim();
    if supervisor.chars().count() < 3 || reason.chars().count() < MIN_REASON_CHARS {
        return refuse(say(
            "rule-override-incomplete",
            &[("min", MIN_REASON_CHARS.into())],
        ));
    }
    Ok(to_json(&SafeguardOverride {
        supervisor: supervisor.to_owned(),
        reason: reason.to_owned(),
    }))
}

/// The case list's columns from an evaluation: the stage holding the current step (or, when nothing can be
/// worked on, the first stage that is blocked), and the flags: true workflow flags and `safeguard:<id>` for
/// every safeguard blocking now on recorded answers. `None` where nothing changes.
pub fn list_columns(eval: &Evaluation, current_stage: &str, current_flags: &[String]) -> CaseChanges {
    use crate::workflow::StageStatus;
    let stage = eval
        .stages
        .iter()
        .find(|s| s.current)
        .or_else(|| eval.stages.iter().find(|s| s.status == StageStatus::Blocked))
        .map(|s| s.id.clone())
        .filter(|s| s != current_stage);
    let mut flags: Vec<String> = eval
        .flags
        .iter()
        .filter(|f| f.value == Some(Value::Bool(true)))
        .map(|f| f.id.clone())
        .chain(active_stops(eval).map(|g| format!("{SAFEGUARD_FLAG}{}", g.id)))
        .collect();
    flags.sort();
    flags.dedup();
    CaseChanges {
        stage,
        flags: (flags != current_flags).then_some(flags),
        due_on: None,
    }
}

/// The active stops of an evaluation: blocking, and decided by what is recorded (a stop that holds only because
/// an answer is still missing is the step's business, not the case list's).
fn active_stops(eval: &Evaluation) -> impl Iterator<Item = &crate::workflow::SafeguardState> {
    eval.safeguards.iter().filter(|g| {
        g.status == crate::workflow::SafeguardStatus::Blocking && (g.determined || g.latch.is_some())
    })
}

/// Titles of the active stops of an evaluation, as the case list shows them.
pub fn active_titles(eval: &Evaluation) -> Vec<String> {
    active_stops(eval).map(|g| g.title.clone()).collect()
}

/// Case-list flags that name a blocking safeguard start with this.
pub const SAFEGUARD_FLAG: &str = "safeguard:";
