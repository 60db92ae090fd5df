//! The evaluation context: every value of one evaluation, computed once from what it depends on and memoised.

use std::collections::BTreeSet;

use super::super::date::Date;
use super::super::definition::{OverridePolicy, Workflow};
use super::super::expr::{self, Env, Val, truth};
use super::super::typed::{Typed, coerce};
use super::super::value::{Answers, Latch, SafeguardOverride, Value};
use super::overrides::OverrideNote;
use super::readiness::{self, Note};
use super::state::*;
use crate::i18n::Lang;

pub(super) fn to_value(v: Val) -> Value {
    match v {
        Val::Bool(b) => Value::Bool(b),
        Val::Num(n) => Value::Number(n),
        Val::Text(t) => Value::Text(t),
        Val::Date(d) => Value::Date(d),
        Val::List(l) => Value::List(l),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct SafeguardEval {
    pub(super) holds: bool,
    pub(super) determined: bool,
    /// Holds and is not overridden.
    pub(super) blocking: bool,
    /// `when` alone is true for the answers as they are (before any latch): what a latch records.
    pub(super) triggered: bool,
    /// An answer it reads is stored but invalid, so it cannot be lifted by evaluation.
    pub(super) invalid_input: bool,
}

/// A usable field value and the constraints the answer breaks.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct FieldEval {
    pub(super) value: Option<Val>,
    pub(super) failed: Vec<usize>,
}

/// One memoised value. `Busy` is only ever seen through a dependency cycle, which loading rules out; the engine
/// then answers conservatively instead of looping.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Memo<T> {
    Todo,
    Busy,
    Done(T),
}

pub(super) struct Ctx<'a> {
    pub(super) wf: &'a Workflow,
    pub(super) answers: &'a Answers,
    pub(super) today: Date,
    /// Per safeguard: a well-formed override the definition allows.
    pub(super) overrides: Vec<Option<&'a SafeguardOverride>>,
    pub(super) typed: Vec<Vec<Typed>>,
    pub(super) stage_visible: Vec<Memo<bool>>,
    pub(super) step_visible: Vec<Memo<bool>>,
    pub(super) blockers: Vec<Memo<Vec<usize>>>,
    pub(super) field_relevant: Vec<Vec<Memo<bool>>>,
    pub(super) fields: Vec<Vec<Memo<FieldEval>>>,
    pub(super) complete: Vec<Memo<bool>>,
    pub(super) flags: Vec<Memo<Option<Val>>>,
    pub(super) safeguards: Vec<Memo<SafeguardEval>>,
    /// Per safeguard: `Some(determined)` when it blocks for at least one household member.
    pub(super) member_holds: Vec<Option<bool>>,
    /// Per safeguard, once computed: whether it holds for the principal applicant's own answers.
    pub(super) own_holds: Vec<bool>,
    pub(super) departure: Memo<bool>,
    /// The field whose constraint is being evaluated, with its candidate value: `this` in the constraint.
    pub(super) this: Vec<(usize, usize, Val)>,
}

impl<'a> Ctx<'a> {
    pub(super) fn new(wf: &'a Workflow, answers: &'a Answers, today: Date) -> Self {
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
            member_holds: vec![None; wf.safeguards.len()],
            own_holds: vec![false; wf.safeguards.len()],
            departure: Memo::Todo,
            this: Vec::new(),
        }
    }

    pub(super) fn override_problems(&self) -> Vec<OverrideProblem> {
        let mut out = Vec::new();
        for (id, o) in &self.answers.overrides {
            let note = match self.wf.safeguard(id) {
                None => OverrideNote::NoSuchSafeguard,
                Some(sg) if sg.override_policy == OverridePolicy::Never => OverrideNote::Never,
                Some(_) if o.supervisor.trim().is_empty() || o.reason.trim().is_empty() => {
                    OverrideNote::Incomplete
                }
                Some(_) => continue,
            };
            out.push(OverrideProblem::new(id, note, self.wf));
        }
        out
    }

    pub(super) fn cond(&mut self, e: &'a super::super::definition::Expr) -> Option<bool> {
        truth(expr::eval(&e.node, self))
    }

    pub(super) fn stage_visible(&mut self, t: usize) -> bool {
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

    pub(super) fn step_visible(&mut self, s: usize) -> bool {
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
    pub(super) fn blockers(&mut self, s: usize) -> Vec<usize> {
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

    pub(super) fn safeguard(&mut self, g: usize) -> SafeguardEval {
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
        let mut v = SafeguardEval {
            holds,
            determined,
            blocking: holds && !overridden,
            triggered: when_now == Some(true),
            invalid_input,
        };
        self.own_holds[g] = holds;
        // A stop that holds for a household member holds for the case, whatever the principal's answers or
        // overrides say: the family travels together.
        if let Some(member_determined) = self.member_holds[g] {
            v = SafeguardEval {
                holds: true,
                determined: if v.blocking {
                    v.determined || member_determined
                } else {
                    member_determined
                },
                blocking: true,
                ..v
            };
        }
        self.safeguards[g] = Memo::Done(v);
        v
    }

    pub(super) fn field_relevant(&mut self, s: usize, f: usize) -> bool {
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
    pub(super) fn inactive_reason(&mut self, s: usize, f: usize) -> Option<InactiveReason> {
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

    pub(super) fn field(&mut self, s: usize, f: usize) -> FieldEval {
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
    pub(super) fn field_errors(&mut self, s: usize, f: usize) -> Vec<(FieldErrorKind, String)> {
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
            Typed::Invalid(p) => vec![(FieldErrorKind::Invalid, p.message(Lang::En))],
            Typed::Ok(_) => self
                .field(s, f)
                .failed
                .iter()
                .map(|&i| (FieldErrorKind::Constraint, field.constraints[i].message.clone()))
                .collect(),
        }
    }

    pub(super) fn step_complete(&mut self, s: usize) -> bool {
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

    pub(super) fn flag(&mut self, g: usize) -> Option<Val> {
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

    pub(super) fn date_of(&mut self, field: &str) -> Option<Date> {
        match self.value(field) {
            Some(Val::Date(d)) => Some(d),
            _ => None,
        }
    }

    /// Each record and requirement of `[departure]` with whether it holds.
    pub(super) fn departure_checks(&mut self) -> Vec<ReadinessCheck> {
        let wf = self.wf;
        let Some(dep) = &wf.departure else {
            return Vec::new();
        };
        let planned = self.date_of(&dep.date);
        let mut checks = Vec::new();
        for rec in &dep.records {
            let from = rec.from.as_deref().map(|f| (f, self.date_of(f)));
            let until = rec.until.as_deref().map(|f| (f, self.date_of(f)));
            let mut notes = Vec::new();
            if planned.is_none() {
                notes.push(Note::NoPlannedDate);
            }
            if let Some((id, d)) = from {
                match (d, planned) {
                    (None, _) => notes.push(Note::NotRecorded { field: id.to_owned() }),
                    (Some(date), Some(planned)) if date > planned => {
                        notes.push(Note::After {
                            field: id.to_owned(),
                            date,
                            planned,
                        });
                    }
                    _ => {}
                }
            }
            if let Some((id, d)) = until {
                match (d, planned) {
                    (None, _) => notes.push(Note::NotRecorded { field: id.to_owned() }),
                    (Some(date), Some(planned)) if date < planned => {
                        notes.push(Note::Before {
                            field: id.to_owned(),
                            date,
                            planned,
                        });
                    }
                    _ => {}
                }
            }
            let ok = notes.is_empty();
            if ok {
                notes.push(Note::Covers {
                    dated: from.and_then(|(_, d)| d),
                    until: until.and_then(|(_, d)| d),
                });
            }
            checks.push(ReadinessCheck {
                label: rec.label.clone(),
                ok,
                detail: readiness::detail(&notes, wf, Lang::En),
                refs: rec.refs.clone(),
                notes,
            });
        }
        for req in &dep.requires {
            let value = self.cond(&req.expr);
            let notes = vec![match value {
                Some(true) => Note::Holds,
                Some(false) => Note::DoesNotHold,
                None => Note::Unknown,
            }];
            checks.push(ReadinessCheck {
                label: req.label.clone(),
                ok: value == Some(true),
                detail: readiness::detail(&notes, wf, Lang::En),
                refs: req.refs.clone(),
                notes,
            });
        }
        checks
    }

    pub(super) fn departure_ready(&mut self) -> bool {
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

    pub(super) fn readiness(&mut self) -> Readiness {
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
        let mut notes = if blocked_by.is_empty() {
            vec![Note::NoSafeguardBlocks]
        } else {
            vec![Note::BlockedBy(blocked_by.clone())]
        };
        if !overridden.is_empty() {
            notes.push(Note::Overridden(overridden.clone()));
        }
        if !visible {
            notes = vec![Note::StepHidden];
        }
        checks.push(ReadinessCheck {
            label: crate::i18n::t(Lang::En, readiness::SAFEGUARDS_LABEL),
            ok: visible && blocked_by.is_empty(),
            detail: readiness::detail(&notes, wf, Lang::En),
            refs: Vec::new(),
            notes,
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
    pub(super) fn latch(&self, g: usize) -> Option<&'a Latch> {
        let sg = &self.wf.safeguards[g];
        if sg.latched {
            self.answers.latches.get(&sg.id)
        } else {
            None
        }
    }

    /// Every field safeguard `g` reads, directly or through flags, in definition order.
    pub(super) fn input_fields(&self, g: usize) -> BTreeSet<(usize, usize)> {
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
    pub(super) fn reads_invalid_answer(&mut self, g: usize) -> bool {
        self.input_fields(g).into_iter().any(|(s, f)| {
            matches!(self.typed[s][f], Typed::Invalid(_)) && self.inactive_reason(s, f).is_none()
        })
    }

    /// Fields read (directly or through flags) by safeguard `g` whose answers are unknown, in definition order:
    /// those that can be answered now, or all of them when none can.
    pub(super) fn unknown_inputs(&mut self, g: usize) -> Vec<String> {
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

pub(super) fn per_field<T: Clone>(wf: &Workflow, init: T) -> Vec<Vec<T>> {
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
