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

mod ctx;
pub(crate) mod overrides;
pub(crate) mod readiness;
mod state;

use super::date::Date;
use super::definition::Workflow;
use super::expr::{self, truth};
use super::value::Answers;
use ctx::*;
use overrides::OverrideNote;
pub use state::*;

/// One household member's answers, as [`evaluate_household`] reads them: the case's shared answers with the
/// member's own answers to the member steps, latches and overrides in their place.
#[derive(Debug, Clone)]
pub struct MemberAnswers {
    /// The member's place in the household (the principal applicant is 0 and is not a member here).
    pub position: u32,
    pub name: String,
    pub answers: Answers,
}

/// Evaluate `def` for `answers` on the day `today`.
pub fn evaluate(def: &Workflow, answers: &Answers, today: Date) -> Evaluation {
    evaluate_with(def, answers, today, Vec::new())
}

/// Evaluate a family case: the principal applicant's `answers`, and every member's. A safeguard that reads member
/// steps and blocks for a member blocks for the case, and says for whom (see [`Household`]). Without member
/// steps in the definition, or without members, this is [`evaluate`].
///
/// [`Household`]: super::definition::Household
pub fn evaluate_household(
    def: &Workflow,
    answers: &Answers,
    members: &[MemberAnswers],
    today: Date,
) -> Evaluation {
    let mut holds: Vec<Vec<MemberHold>> = vec![Vec::new(); def.safeguards.len()];
    if !def.household.member_steps.is_empty() {
        for m in members {
            for st in evaluate(def, &m.answers, today).safeguards {
                let Some(&g) = def.index.safeguards.get(&st.id) else {
                    continue;
                };
                if def.is_member_safeguard(g) && st.status == SafeguardStatus::Blocking {
                    holds[g].push(MemberHold {
                        position: m.position,
                        name: m.name.clone(),
                        determined: st.determined,
                        missing: st.missing,
                        latch: st.latch,
                    });
                }
            }
        }
    }
    evaluate_with(def, answers, today, holds)
}

fn evaluate_with(
    def: &Workflow,
    answers: &Answers,
    today: Date,
    member_holds: Vec<Vec<MemberHold>>,
) -> Evaluation {
    let mut cx = Ctx::new(def, answers, today);
    cx.member_holds = member_holds
        .iter()
        .map(|h| (!h.is_empty()).then(|| h.iter().any(|m| m.determined)))
        .collect();
    if cx.member_holds.len() != def.safeguards.len() {
        cx.member_holds = vec![None; def.safeguards.len()];
    }
    let mut member_holds = member_holds;
    member_holds.resize(def.safeguards.len(), Vec::new());
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
            let missing = OverrideNote::Undetermined(cx.unknown_inputs(g));
            override_problems.push(OverrideProblem::new(&sg.id, missing, wf));
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
            missing: if state.determined || !cx.own_holds[g] {
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
            principal: cx.own_holds[g],
            members: std::mem::take(&mut member_holds[g]),
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
