//! The `[household]` table: which steps are answered for every household member, and so which safeguards are
//! checked for every member.

use std::collections::BTreeSet;

use toml::Spanned;

use super::super::raw::RawHousehold;
use super::super::*;
use super::Compiler;

impl Compiler<'_> {
    pub(super) fn household(
        &mut self,
        raw: Option<&Spanned<RawHousehold>>,
        index: &Index,
        steps: &[Step],
        flags: &[Flag],
        safeguards: &[Safeguard],
    ) -> Household {
        let Some(raw) = raw else {
            return Household {
                member_steps: Vec::new(),
                member_safeguards: vec![false; safeguards.len()],
            };
        };
        let raw = raw.get_ref();
        let mut member_steps: Vec<String> = Vec::new();
        for s in &raw.member_steps {
            let id = s.get_ref();
            if !index.steps.contains_key(id) {
                self.diag(
                    s.span().start,
                    DiagnosticKind::UnknownName,
                    format!("`member_steps` lists `{id}`, which is not a step"),
                );
            } else if member_steps.contains(id) {
                self.diag(
                    s.span().start,
                    DiagnosticKind::DuplicateId,
                    format!("`member_steps` lists `{id}` twice"),
                );
            } else {
                member_steps.push(id.clone());
            }
        }
        let member_fields: BTreeSet<&str> = steps
            .iter()
            .filter(|s| member_steps.contains(&s.id))
            .flat_map(|s| s.fields.iter().map(|f| f.id.as_str()))
            .collect();
        let member_safeguards = safeguards
            .iter()
            .map(|sg| {
                let exprs = std::iter::once(&sg.when).chain(sg.lifted_when.iter());
                reads_member_answers(exprs, index, flags, &member_steps, &member_fields)
            })
            .collect();
        // Keep definition order, whatever order the list was written in.
        member_steps.sort_by_key(|id| index.steps.get(id).copied());
        Household {
            member_steps,
            member_safeguards,
        }
    }
}

/// Whether any of `exprs` reads a member field or completes a member step, directly or through flags.
fn reads_member_answers<'a>(
    exprs: impl Iterator<Item = &'a Expr>,
    index: &Index,
    flags: &'a [Flag],
    member_steps: &[String],
    member_fields: &BTreeSet<&str>,
) -> bool {
    let mut pending: Vec<&Expr> = exprs.collect();
    let mut seen_flags = BTreeSet::new();
    while let Some(e) = pending.pop() {
        if e.deps.steps.iter().any(|s| member_steps.contains(s)) {
            return true;
        }
        for name in &e.deps.names {
            if member_fields.contains(name.as_str()) {
                return true;
            }
            if let Some(&g) = index.flags.get(name)
                && seen_flags.insert(g)
                && let Some(flag) = flags.get(g)
            {
                pending.push(&flag.expr);
            }
        }
    }
    false
}
