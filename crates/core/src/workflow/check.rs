//! The checks `avr workflows check` adds to loading: handbook references and reachability.
//!
//! **Reachability.** A step is *unreachable* when no answers can ever make it usable:
//!
//! - its relevance (with its stage's) can never be true, or
//! - a safeguard that can never be overridden blocks it and can never be lifted (its condition is never false).
//!
//! A field is unreachable when its own relevance can never be true on a reachable step, and a checklist item when
//! its step is unreachable or its `when` can never be true. A safeguard whose `lifted_when` can never be true is
//! reported too: once triggered, nothing would ever lift it. Answers on unreachable steps and fields count as never
//! given, and the analysis repeats until nothing changes, so a step that depends only on an unreachable one is
//! found too.
//!
//! "Can never be true" is decided by trying every combination of the yes/no and single-choice answers a condition
//! reads (each may also be unanswered), through its flags. Anything on a number, date, text or multiple choice,
//! and `today()`, `complete()` and `departure_ready()`, is replaced by a free yes/no/unknown value: that can only
//! add combinations, so a reported step is truly unreachable (no false alarms), though a contradiction hidden in
//! arithmetic (`age < 18 and age > 60`) is not found. Conditions with too many combinations are assumed reachable.

use std::collections::{HashMap, HashSet};

use super::date::Date;
use super::definition::{Expr, FieldKind, OverridePolicy, Pos, Workflow};
use super::expr::{self, Env, Func, Kind, Node, Val, truth};
use super::{Diagnostic, DiagnosticKind};
use crate::handbook::Handbook;

/// Past this many combinations a condition is assumed satisfiable.
const MAX_COMBINATIONS: usize = 200_000;

pub(crate) fn check(wf: &Workflow, handbook: &Handbook) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let diag = |pos: Pos, kind: DiagnosticKind, message: String| Diagnostic {
        file: wf.file.clone(),
        line: pos.line,
        col: pos.col,
        kind,
        message,
    };
    for (href, pos) in &wf.cited {
        let message = match handbook.chapter(&href.chapter) {
            None => Some(format!(
                "handbook reference `{href}`: the {} handbook has no chapter `{}`",
                handbook.lang, href.chapter
            )),
            Some(ch) if ch.section(&href.section).is_none() => Some(format!(
                "handbook reference `{href}`: chapter `{}` has no section `{}`",
                href.chapter, href.section
            )),
            Some(_) => None,
        };
        if let Some(m) = message {
            diags.push(diag(*pos, DiagnosticKind::HandbookRef, m));
        }
    }

    let dead = Reachability::compute(wf);
    for (s, step) in wf.steps.iter().enumerate() {
        if let Some(why) = &dead.steps[s] {
            diags.push(diag(
                step.pos,
                DiagnosticKind::Unreachable,
                format!("step `{}` can never be reached: {why}", step.id),
            ));
            continue;
        }
        for (f, field) in step.fields.iter().enumerate() {
            if dead.fields.contains(&(s, f)) {
                diags.push(diag(
                    field.pos,
                    DiagnosticKind::Unreachable,
                    format!(
                        "field `{}` can never be shown: its `relevant` can never be true",
                        field.id
                    ),
                ));
            }
        }
    }
    for sg in &wf.safeguards {
        if let Some(lift) = &sg.lifted_when
            && !dead.can_be(wf, lift, true)
        {
            diags.push(diag(
                sg.pos,
                DiagnosticKind::Unreachable,
                format!(
                    "safeguard `{}`: its `lifted_when` can never be true, so once triggered nothing lifts it",
                    sg.id
                ),
            ));
        }
    }
    for item in &wf.checklist {
        let step_dead = wf
            .index
            .steps
            .get(&item.step)
            .is_none_or(|&s| dead.steps[s].is_some());
        let never = item.when.as_ref().is_some_and(|w| !dead.can_be(wf, w, true));
        if step_dead || never {
            diags.push(diag(
                item.pos,
                DiagnosticKind::Unreachable,
                format!(
                    "checklist item `{}` can never be listed: {}",
                    item.id,
                    if step_dead {
                        format!("its step `{}` can never be reached", item.step)
                    } else {
                        "its `when` can never be true".to_owned()
                    }
                ),
            ));
        }
    }
    diags
}

struct Reachability {
    /// Per step: why it is unreachable.
    steps: Vec<Option<String>>,
    /// Fields that can never hold an active answer.
    fields: HashSet<(usize, usize)>,
}

impl Reachability {
    fn compute(wf: &Workflow) -> Reachability {
        let mut r = Reachability {
            steps: vec![None; wf.steps.len()],
            fields: HashSet::new(),
        };
        loop {
            let mut changed = false;
            for s in 0..wf.steps.len() {
                if r.steps[s].is_some() {
                    continue;
                }
                let stage = &wf.stages[wf.index.step_stage[s]];
                let why = if stage.relevant.as_ref().is_some_and(|e| !r.can_be(wf, e, true)) {
                    Some(format!("its stage `{}` can never be shown", stage.id))
                } else if wf.steps[s]
                    .relevant
                    .as_ref()
                    .is_some_and(|e| !r.can_be(wf, e, true))
                {
                    Some("its `relevant` can never be true".to_owned())
                } else {
                    wf.index.blockers[s]
                        .iter()
                        .map(|&g| &wf.safeguards[g])
                        .find(|sg| sg.override_policy == OverridePolicy::Never && r.always_holds(wf, sg))
                        .map(|sg| format!("safeguard `{}` always blocks it and can never be lifted", sg.id))
                };
                if let Some(why) = why {
                    r.steps[s] = Some(why);
                    r.fields.extend((0..wf.steps[s].fields.len()).map(|f| (s, f)));
                    changed = true;
                    continue;
                }
                for (f, field) in wf.steps[s].fields.iter().enumerate() {
                    if !r.fields.contains(&(s, f))
                        && field.relevant.as_ref().is_some_and(|e| !r.can_be(wf, e, true))
                    {
                        r.fields.insert((s, f));
                        changed = true;
                    }
                }
            }
            if !changed {
                return r;
            }
        }
    }

    fn always_holds(&self, wf: &Workflow, sg: &super::definition::Safeguard) -> bool {
        // Holds unless `when and not lifted_when` is false: it always holds when that can never be false.
        let when = self.abstracted(wf, &sg.when.node);
        let node = match &sg.lifted_when {
            None => when,
            Some(l) => Node {
                kind: Kind::And(
                    Box::new(when),
                    Box::new(Node {
                        kind: Kind::Not(Box::new(self.abstracted(wf, &l.node))),
                        at: 0,
                    }),
                ),
                at: 0,
            },
        };
        !self.possible(wf, &node, false)
    }

    /// Whether `e` can evaluate to `target` for some answers.
    fn can_be(&self, wf: &Workflow, e: &Expr, target: bool) -> bool {
        let node = self.abstracted(wf, &e.node);
        self.possible(wf, &node, target)
    }

    fn abstracted(&self, wf: &Workflow, node: &Node) -> Node {
        let mut atoms = 0;
        Abstract {
            wf,
            dead: &self.fields,
            atoms: &mut atoms,
            depth: 0,
        }
        .node(node)
        .0
    }

    fn possible(&self, wf: &Workflow, node: &Node, target: bool) -> bool {
        // The variables: finite fields still referenced, and atoms.
        let mut vars: Vec<(String, Vec<Option<Val>>)> = Vec::new();
        for name in expr::deps(node).names {
            let domain = if name.starts_with('#') {
                vec![None, Some(Val::Bool(true)), Some(Val::Bool(false))]
            } else if let Some((_, field)) = wf.field(&name) {
                match field.kind {
                    FieldKind::YesNo => vec![None, Some(Val::Bool(true)), Some(Val::Bool(false))],
                    FieldKind::Single => std::iter::once(None)
                        .chain(field.options.iter().map(|o| Some(Val::Text(o.value.clone()))))
                        .collect(),
                    _ => return true,
                }
            } else {
                return true;
            };
            vars.push((name, domain));
        }
        let total = vars.iter().try_fold(1usize, |acc, (_, d)| {
            acc.checked_mul(d.len()).filter(|&n| n <= MAX_COMBINATIONS)
        });
        if total.is_none() {
            return true;
        }
        let mut choice = vec![0usize; vars.len()];
        loop {
            let mut env = Assignment(
                vars.iter()
                    .zip(&choice)
                    .map(|((name, domain), &i)| (name.clone(), domain[i].clone()))
                    .collect(),
            );
            if truth(expr::eval(node, &mut env)) == Some(target) {
                return true;
            }
            // Next combination (odometer).
            let mut k = 0;
            loop {
                if k == vars.len() {
                    return false;
                }
                choice[k] += 1;
                if choice[k] < vars[k].1.len() {
                    break;
                }
                choice[k] = 0;
                k += 1;
            }
        }
    }
}

struct Assignment(HashMap<String, Option<Val>>);

impl Env for Assignment {
    fn value(&mut self, name: &str) -> Option<Val> {
        self.0.get(name).cloned().flatten()
    }
    fn today(&mut self) -> Option<Date> {
        None
    }
    fn complete(&mut self, _: &str) -> Option<bool> {
        None
    }
    fn departure_ready(&mut self) -> Option<bool> {
        None
    }
    // Never reached: `latched()` is replaced by an atom before a condition is enumerated.
    fn latched(&mut self, _: &str) -> bool {
        false
    }
}

/// Rewrites a condition for enumeration: flags inlined, never-active fields unknown, and every yes/no question
/// about an infinite value replaced by a fresh atom `#n`.
struct Abstract<'a> {
    wf: &'a Workflow,
    dead: &'a HashSet<(usize, usize)>,
    atoms: &'a mut usize,
    depth: usize,
}

impl Abstract<'_> {
    fn atom(&mut self, at: usize) -> (Node, bool) {
        *self.atoms += 1;
        (
            Node {
                kind: Kind::Ref(format!("#{}", self.atoms)),
                at,
            },
            false,
        )
    }

    /// The rewritten node and whether it still reads an infinite value.
    fn node(&mut self, node: &Node) -> (Node, bool) {
        let at = node.at;
        let wrap = |kind| Node { kind, at };
        match &node.kind {
            Kind::Bool(_) | Kind::Num(_) | Kind::Str(_) | Kind::Date(_) | Kind::Unknown => {
                (node.clone(), false)
            }
            Kind::Ref(name) => {
                if let Some(&(s, f)) = self.wf.index.fields.get(name) {
                    if self.dead.contains(&(s, f)) {
                        (wrap(Kind::Unknown), false)
                    } else {
                        let finite = matches!(
                            self.wf.steps[s].fields[f].kind,
                            FieldKind::YesNo | FieldKind::Single
                        );
                        (node.clone(), !finite)
                    }
                } else if let Some(&g) = self.wf.index.flags.get(name) {
                    if self.depth > 64 {
                        return (node.clone(), true);
                    }
                    self.depth += 1;
                    let out = self.node(&self.wf.flags[g].expr.node);
                    self.depth -= 1;
                    out
                } else {
                    (node.clone(), true)
                }
            }
            Kind::Not(a) => {
                let (a, _) = self.boolean(a);
                (wrap(Kind::Not(Box::new(a))), false)
            }
            Kind::And(a, b) | Kind::Or(a, b) => {
                let (a, _) = self.boolean(a);
                let (b, _) = self.boolean(b);
                let kind = if matches!(node.kind, Kind::And(..)) {
                    Kind::And(Box::new(a), Box::new(b))
                } else {
                    Kind::Or(Box::new(a), Box::new(b))
                };
                (wrap(kind), false)
            }
            Kind::Neg(a) => {
                let (a, inf) = self.node(a);
                (wrap(Kind::Neg(Box::new(a))), inf)
            }
            Kind::Add(a, b) | Kind::Sub(a, b) | Kind::Mul(a, b) | Kind::Div(a, b) => {
                let (a, ia) = self.node(a);
                let (b, ib) = self.node(b);
                let (a, b) = (Box::new(a), Box::new(b));
                let kind = match node.kind {
                    Kind::Add(..) => Kind::Add(a, b),
                    Kind::Sub(..) => Kind::Sub(a, b),
                    Kind::Mul(..) => Kind::Mul(a, b),
                    _ => Kind::Div(a, b),
                };
                (wrap(kind), ia || ib)
            }
            Kind::Cmp(op, a, b) => {
                let (a, ia) = self.node(a);
                let (b, ib) = self.node(b);
                if ia || ib {
                    self.atom(at)
                } else {
                    (wrap(Kind::Cmp(*op, Box::new(a), Box::new(b))), false)
                }
            }
            Kind::In(a, items) => {
                let (a, ia) = self.node(a);
                if ia {
                    self.atom(at)
                } else {
                    (wrap(Kind::In(Box::new(a), items.clone())), false)
                }
            }
            Kind::Call(func, args) => match func {
                Func::Today | Func::Count | Func::Years => (node.clone(), true),
                Func::Complete | Func::DepartureReady | Func::Latched => self.atom(at),
                Func::Answered | Func::Selected => {
                    let field = match args.first().map(|a| &a.kind) {
                        Some(Kind::Ref(n)) => self.wf.index.fields.get(n).copied(),
                        _ => None,
                    };
                    match field {
                        Some(sf) if self.dead.contains(&sf) => {
                            if *func == Func::Answered {
                                (wrap(Kind::Bool(false)), false)
                            } else {
                                (wrap(Kind::Unknown), false)
                            }
                        }
                        Some((s, f))
                            if matches!(
                                self.wf.steps[s].fields[f].kind,
                                FieldKind::YesNo | FieldKind::Single
                            ) =>
                        {
                            (node.clone(), false)
                        }
                        _ => self.atom(at),
                    }
                }
            },
        }
    }

    /// A yes/no operand: an operand still reading an infinite value becomes an atom.
    fn boolean(&mut self, node: &Node) -> (Node, bool) {
        let (n, inf) = self.node(node);
        if inf { self.atom(node.at) } else { (n, false) }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::super::definition::compile;
    use super::*;

    /// A definition with a first step asking `fear` (yes/no), `age` (number) and `kind_of` (single choice), and a
    /// second step shown when `relevant` holds.
    fn with_second_step(relevant: &str, extra: &str) -> Workflow {
        let text = format!(
            r#"id = "t"
version = 1
title = "T"
{extra}
[[stages]]
id = "one"
title = "One"

[[steps]]
id = "a"
stage = "one"
title = "A"
guidance = "g"
refs = ["asylum#referral"]

[[steps.fields]]
id = "fear"
kind = "yes_no"
label = "F"

[[steps.fields]]
id = "age"
kind = "number"
label = "Age"

[[steps.fields]]
id = "kind_of"
kind = "single"
label = "K"
options = [{{ value = "p", label = "P" }}, {{ value = "q", label = "Q" }}]

[[steps]]
id = "b"
stage = "one"
title = "B"
guidance = "g"
refs = ["asylum#referral"]
relevant = '{relevant}'

[[steps.fields]]
id = "later"
kind = "yes_no"
label = "L"

[[steps]]
id = "c"
stage = "one"
title = "C"
guidance = "g"
refs = ["asylum#referral"]
relevant = 'later'

[[steps.fields]]
id = "last"
kind = "yes_no"
label = "Last"
"#
        );
        compile("t-v1.toml", &text).unwrap_or_else(|d| panic!("{d:?}"))
    }

    fn dead_steps(wf: &Workflow) -> Vec<&str> {
        let r = Reachability::compute(wf);
        wf.steps
            .iter()
            .zip(&r.steps)
            .filter(|(_, d)| d.is_some())
            .map(|(s, _)| s.id.as_str())
            .collect()
    }

    #[test]
    fn contradictions_on_choices_are_unreachable_and_so_is_what_depends_on_them() {
        let wf = with_second_step(r#"kind_of == "p" and kind_of == "q""#, "");
        assert_eq!(
            dead_steps(&wf),
            vec!["b", "c"],
            "c reads an answer that can never be given"
        );
        let wf = with_second_step("fear and not fear", "");
        assert_eq!(dead_steps(&wf), vec!["b", "c"]);
    }

    #[test]
    fn a_contradiction_through_a_flag_is_found() {
        let flags = "\n[[flags]]\nid = \"afraid\"\nexpr = 'fear'\n";
        let wf = with_second_step("afraid and not fear", flags);
        assert_eq!(dead_steps(&wf), vec!["b", "c"]);
    }

    #[test]
    fn conditions_on_numbers_and_dates_are_never_reported_by_mistake() {
        for ok in [
            "age < 18",
            "age < 18 and age > 10",
            "today() > date(\"2000-01-01\")",
            "answered(age) or fear",
            "kind_of in [\"q\"]",
            "not answered(kind_of)",
        ] {
            let wf = with_second_step(ok, "");
            assert!(dead_steps(&wf).is_empty(), "`{ok}` can be true");
        }
    }
}
