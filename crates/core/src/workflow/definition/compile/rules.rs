//! The parts that decide: flags (typed in dependency order, so a flag may use one defined further down),
//! safeguards and the steps they block, and the checklist.

use std::collections::HashSet;

use toml::Spanned;

use super::super::expr::{self, NameKind, Node, Ty};
use super::super::raw::{RawCheck, RawFlag, RawSafeguard};
use super::super::*;
use super::{Compiler, Names, step_id};

impl Compiler<'_> {
    pub(super) fn flags(
        &mut self,
        raw: &[Spanned<RawFlag>],
        names: &mut Names,
        index: &mut Index,
    ) -> Vec<Flag> {
        // Ids first, so that flags can use flags defined further down.
        let mut parsed: Vec<(String, Option<Node>, &Spanned<RawFlag>)> = Vec::new();
        for (i, rf) in raw.iter().enumerate() {
            let id = self.snake(&rf.get_ref().id, "flag");
            if names.names.contains_key(&id) || index.flags.contains_key(&id) {
                self.diag(
                    rf.get_ref().id.span().start,
                    DiagnosticKind::DuplicateId,
                    format!("`{id}` is already the id of a field or flag"),
                );
            } else {
                index.flags.insert(id.clone(), i);
            }
            parsed.push((id, expr::parse(rf.get_ref().expr.get_ref()).ok(), rf));
        }
        // Type flags in dependency order; a flag caught in a cycle gets `Any` (the cycle is reported later).
        let flag_ids: HashSet<&str> = parsed.iter().map(|(id, ..)| id.as_str()).collect();
        let mut remaining: Vec<usize> = (0..parsed.len()).collect();
        let mut typed: HashSet<String> = HashSet::new();
        let mut order = Vec::new();
        loop {
            let before = remaining.len();
            remaining.retain(|&i| {
                let ready = parsed[i].1.as_ref().is_none_or(|n| {
                    expr::deps(n)
                        .names
                        .iter()
                        .all(|d| !flag_ids.contains(d.as_str()) || typed.contains(d) || *d == parsed[i].0)
                });
                if ready {
                    typed.insert(parsed[i].0.clone());
                    order.push(i);
                }
                !ready
            });
            if remaining.len() == before {
                break;
            }
        }
        for &i in &remaining {
            names
                .names
                .entry(parsed[i].0.clone())
                .or_insert((NameKind::Flag, Ty::Any));
        }
        let mut compiled: Vec<Option<Expr>> = vec![None; parsed.len()];
        for i in order.into_iter().chain(remaining) {
            let (id, _, rf) = &parsed[i];
            let result = self.expr(&rf.get_ref().expr, names, false);
            let ty = result.as_ref().map_or(Ty::Any, |(_, t)| t.clone());
            if matches!(ty, Ty::Multi(_)) {
                self.diag(
                    rf.get_ref().expr.span().start,
                    DiagnosticKind::Type,
                    format!("flag `{id}` cannot be a copy of a multiple-choice answer: use selected()"),
                );
            }
            names.names.insert(id.clone(), (NameKind::Flag, ty));
            compiled[i] = result.map(|(e, _)| e);
        }
        parsed
            .iter()
            .zip(compiled)
            .filter_map(|((id, _, rf), expr)| {
                Some(Flag {
                    id: id.clone(),
                    expr: expr?,
                    note: rf.get_ref().note.trim().to_owned(),
                    pos: self.pos(rf.get_ref().id.span().start),
                })
            })
            .collect()
    }

    /// Step ids named by `blocks` (a stage id stands for all of its steps).
    pub(super) fn targets(&mut self, raw: &[Spanned<String>], index: &Index, what: &str) -> Vec<usize> {
        let mut out = Vec::new();
        for b in raw {
            let id = b.get_ref();
            if let Some(&s) = index.steps.get(id) {
                out.push(s);
            } else if let Some(&st) = index.stages.get(id) {
                out.extend(
                    index
                        .step_stage
                        .iter()
                        .enumerate()
                        .filter(|(_, x)| **x == st)
                        .map(|(s, _)| s),
                );
            } else {
                self.diag(
                    b.span().start,
                    DiagnosticKind::UnknownName,
                    format!("{what} names `{id}`, which is neither a step nor a stage"),
                );
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    pub(super) fn safeguards(
        &mut self,
        raw: &[Spanned<RawSafeguard>],
        names: &Names,
        index: &mut Index,
        cited: &mut Vec<(HandbookRef, Pos)>,
    ) -> Vec<Safeguard> {
        index.blockers = vec![Vec::new(); index.step_stage.len()];
        let mut out = Vec::new();
        for rg in raw {
            let at = rg.span().start;
            let rg = rg.get_ref();
            let id = self.kebab(&rg.id, "safeguard");
            if index.safeguards.contains_key(&id) {
                self.diag(
                    rg.id.span().start,
                    DiagnosticKind::DuplicateId,
                    format!("safeguard `{id}` is defined twice"),
                );
                continue;
            }
            if rg.refs.is_empty() {
                self.diag(
                    at,
                    DiagnosticKind::Invalid,
                    format!("safeguard `{id}` must cite the handbook (`refs`)"),
                );
            }
            if rg.blocks.is_empty() {
                self.diag(
                    at,
                    DiagnosticKind::Invalid,
                    format!("safeguard `{id}` blocks nothing"),
                );
            }
            let refs = self.refs(&rg.refs, cited);
            let targets = self.targets(&rg.blocks, index, "`blocks`");
            let rule = self.nonempty(&rg.rule, "a safeguard `rule`");
            let message = self.nonempty(&rg.message, "a safeguard `message`");
            let lift = self.nonempty(&rg.lift, "a safeguard `lift`");
            let when = self.cond_in(&rg.when, names, &format!("safeguard `{id}` `when`"));
            let lifted_when = rg
                .lifted_when
                .as_ref()
                .map(|l| self.cond_in(l, names, &format!("safeguard `{id}` `lifted_when`")));
            let (Some(when), Some(lifted_when)) = (when, lifted_when.map_or(Some(None), |l| l.map(Some)))
            else {
                continue;
            };
            let ix = out.len();
            index.safeguards.insert(id.clone(), ix);
            for &s in &targets {
                index.blockers[s].push(ix);
            }
            let title = match &rg.title {
                Some(t) => self.nonempty(t, "a safeguard `title`"),
                None => rule.clone(),
            };
            out.push(Safeguard {
                id,
                title,
                rule,
                message,
                refs,
                when,
                lifted_when,
                latched: rg.latched,
                lift,
                override_policy: *rg.override_policy.get_ref(),
                blocks: targets.iter().map(|&s| step_id(index, s)).collect(),
                pos: self.pos(rg.id.span().start),
            });
        }
        out
    }

    pub(super) fn checklist(
        &mut self,
        raw: &[Spanned<RawCheck>],
        names: &Names,
        index: &Index,
        cited: &mut Vec<(HandbookRef, Pos)>,
    ) -> Vec<ChecklistItem> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for rc in raw {
            let rc = rc.get_ref();
            let id = self.kebab(&rc.id, "checklist item");
            if !seen.insert(id.clone()) {
                self.diag(
                    rc.id.span().start,
                    DiagnosticKind::DuplicateId,
                    format!("checklist item `{id}` is defined twice"),
                );
            }
            let step = rc.step.get_ref().clone();
            if !index.steps.contains_key(&step) {
                self.diag(
                    rc.step.span().start,
                    DiagnosticKind::UnknownName,
                    format!("unknown step `{step}`"),
                );
            }
            let text = self.nonempty(&rc.text, "a checklist `text`");
            let refs = self.refs(&rc.refs, cited);
            let when = rc.when.as_ref().map(|w| self.cond(w, names));
            let done = self.cond(&rc.done, names);
            if let (Some(done), Some(when)) = (done, when.map_or(Some(None), |w| w.map(Some))) {
                out.push(ChecklistItem {
                    id,
                    text,
                    step,
                    when,
                    done,
                    refs,
                    pos: self.pos(rc.id.span().start),
                });
            }
        }
        out
    }
}
