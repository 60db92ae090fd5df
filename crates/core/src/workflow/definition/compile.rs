//! Compiling a raw definition: ids, names, types, references and (through `deps`) cycles, each problem placed at
//! its file, line and column.
//!
//! This file holds the entry point, the `Compiler` with its diagnostics and the checks every part shares (id
//! shapes, handbook references, expressions). The parts themselves, in the order `structure` compiles them:
//! - `structure`: the workflow's id and version, stages, steps and fields, the names expressions may use, and the
//!   assembly of the rest (cycles last);
//! - `fields`: a field's options and limits;
//! - `rules`: flags, safeguards and the steps they block, the checklist;
//! - `outputs`: the departure record, consent purposes and printable forms;
//! - `household`: the steps answered for every household member.

use std::collections::{HashMap, HashSet};

use toml::Spanned;

mod fields;
mod household;
mod outputs;
mod rules;
mod structure;

use super::expr::{self, ErrorKind, NameKind, Ty, TypeEnv};
use super::raw::RawWorkflow;
use super::*;
use super::{Diagnostic, DiagnosticKind};
use crate::handbook::LineIndex;
use crate::handbook::text::is_kebab_id;

// ---------------------------------------------------------------------------------------------------------------
// Compiling

/// Compile one definition file. `file` is the path as it should appear in diagnostics.
pub(crate) fn compile(file: &str, source: &str) -> Result<Workflow, Vec<Diagnostic>> {
    let mut c = Compiler {
        file,
        src: source,
        index: LineIndex::new(source),
        diags: Vec::new(),
    };
    let raw: RawWorkflow = match toml::from_str(source) {
        Ok(r) => r,
        Err(e) => {
            let message = e.message().trim().to_owned();
            let kind = if message.starts_with("unknown field") {
                DiagnosticKind::UnknownKey
            } else {
                DiagnosticKind::Syntax
            };
            c.diag(e.span().map_or(0, |s| s.start), kind, message);
            return Err(c.diags);
        }
    };
    let wf = c.workflow(&raw);
    match wf {
        Some(wf) if c.diags.is_empty() => Ok(wf),
        _ => {
            c.diags.sort_by_key(|d| (d.line, d.col));
            Err(c.diags)
        }
    }
}

struct Compiler<'a> {
    file: &'a str,
    src: &'a str,
    index: LineIndex,
    diags: Vec<Diagnostic>,
}

/// Names visible to expressions, with their types.
struct Names {
    names: HashMap<String, (NameKind, Ty)>,
    steps: HashSet<String>,
    latched: HashSet<String>,
    departure: bool,
}

impl TypeEnv for Names {
    fn name(&self, name: &str) -> Option<(NameKind, Ty)> {
        self.names.get(name).cloned()
    }
    fn has_step(&self, id: &str) -> bool {
        self.steps.contains(id)
    }
    fn has_latched_safeguard(&self, id: &str) -> bool {
        self.latched.contains(id)
    }
    fn has_departure(&self) -> bool {
        self.departure
    }
}

fn is_snake_id(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn field_type(kind: FieldKind, options: &[ChoiceOption]) -> Ty {
    let values = || options.iter().map(|o| o.value.clone()).collect();
    match kind {
        FieldKind::YesNo => Ty::Bool,
        FieldKind::Single => Ty::Choice(values()),
        FieldKind::Multi => Ty::Multi(values()),
        FieldKind::Text => Ty::Text,
        FieldKind::Date => Ty::Date,
        FieldKind::Number => Ty::Number,
    }
}

impl Compiler<'_> {
    fn pos(&self, offset: usize) -> Pos {
        let (line, col) = self.index.line_col(self.src, offset);
        Pos { line, col }
    }

    fn diag(&mut self, offset: usize, kind: DiagnosticKind, message: String) {
        let Pos { line, col } = self.pos(offset);
        self.diags.push(Diagnostic {
            file: self.file.to_owned(),
            line,
            col,
            kind,
            message,
        });
    }

    /// Where the text of a string value starts, after its opening quote(s).
    fn content_start(&self, span_start: usize) -> usize {
        let rest = self.src.get(span_start..).unwrap_or_default();
        if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
            let after = &rest[3..];
            let newline = if after.starts_with("\r\n") {
                2
            } else {
                usize::from(after.starts_with('\n'))
            };
            span_start + 3 + newline
        } else {
            span_start + 1
        }
    }

    fn nonempty(&mut self, s: &Spanned<String>, what: &str) -> String {
        if s.get_ref().trim().is_empty() {
            self.diag(
                s.span().start,
                DiagnosticKind::Invalid,
                format!("{what} must not be empty"),
            );
        }
        s.get_ref().trim().to_owned()
    }

    fn kebab(&mut self, s: &Spanned<String>, what: &str) -> String {
        let id = s.get_ref().clone();
        if !is_kebab_id(&id) {
            self.diag(
                s.span().start,
                DiagnosticKind::Invalid,
                format!("{what} id `{id}` must be lowercase kebab-case (like `best-interests`)"),
            );
        }
        id
    }

    fn snake(&mut self, s: &Spanned<String>, what: &str) -> String {
        let id = s.get_ref().clone();
        if !is_snake_id(&id) {
            self.diag(
                s.span().start,
                DiagnosticKind::Invalid,
                format!("{what} id `{id}` must be lowercase snake_case (like `fear_of_return`)"),
            );
        } else if expr::RESERVED.contains(&id.as_str()) {
            self.diag(
                s.span().start,
                DiagnosticKind::Invalid,
                format!("`{id}` is a word of the expression language and cannot be a {what} id"),
            );
        }
        id
    }

    fn refs(&mut self, raw: &[Spanned<String>], cited: &mut Vec<(HandbookRef, Pos)>) -> Vec<HandbookRef> {
        let mut out = Vec::new();
        for r in raw {
            let text = r.get_ref();
            match text.split_once('#') {
                Some((chapter, section)) if is_kebab_id(chapter) && is_kebab_id(section) => {
                    let href = HandbookRef {
                        chapter: chapter.to_owned(),
                        section: section.to_owned(),
                    };
                    cited.push((href.clone(), self.pos(r.span().start)));
                    out.push(href);
                }
                _ => self.diag(
                    r.span().start,
                    DiagnosticKind::Invalid,
                    format!("handbook reference `{text}` must be written `chapter-id#section-id`"),
                ),
            }
        }
        out
    }

    /// Parse and type-check one expression; `want_bool` for conditions.
    fn expr(&mut self, s: &Spanned<String>, names: &Names, want_bool: bool) -> Option<(Expr, Ty)> {
        let base = self.content_start(s.span().start);
        let text = s.get_ref();
        let report = |c: &mut Self, e: expr::ExprError| {
            let kind = match e.kind {
                ErrorKind::Syntax => DiagnosticKind::Expression,
                ErrorKind::UnknownName => DiagnosticKind::UnknownName,
                ErrorKind::Type => DiagnosticKind::Type,
            };
            c.diag(base + e.at, kind, format!("in `{text}`: {}", e.message));
        };
        let node = match expr::parse(text) {
            Ok(n) => n,
            Err(e) => {
                report(self, e);
                return None;
            }
        };
        let ty = if want_bool {
            expr::check_bool(&node, names).map(|()| Ty::Bool)
        } else {
            expr::type_of(&node, names)
        };
        match ty {
            Ok(ty) => {
                let deps = expr::deps(&node);
                Some((
                    Expr {
                        source: text.clone(),
                        node,
                        deps,
                    },
                    ty,
                ))
            }
            Err(e) => {
                report(self, e);
                None
            }
        }
    }

    fn cond(&mut self, s: &Spanned<String>, names: &Names) -> Option<Expr> {
        self.expr(s, names, true).map(|(e, _)| e)
    }

    /// [`Compiler::cond`], each problem it finds starting with `what` (which safeguard, which key): a reader of
    /// the diagnostic sees which rule is wrong, not only which name.
    fn cond_in(&mut self, s: &Spanned<String>, names: &Names, what: &str) -> Option<Expr> {
        let before = self.diags.len();
        let e = self.cond(s, names);
        for d in &mut self.diags[before..] {
            d.message = format!("{what}: {}", d.message);
        }
        e
    }
}

fn step_id(index: &Index, s: usize) -> String {
    index
        .steps
        .iter()
        .find(|(_, i)| **i == s)
        .map(|(id, _)| id.clone())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
