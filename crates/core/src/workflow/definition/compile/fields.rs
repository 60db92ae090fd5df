//! One field's options (choice fields only, each value once) and its limits (each for one kind of field only).

use std::collections::HashSet;

use super::super::raw::RawField;
use super::super::*;
use super::Compiler;

impl Compiler<'_> {
    /// Limits checked before saving; each applies to one kind of field only.
    pub(super) fn limits(&mut self, rf: &RawField, kind: FieldKind, fid: &str) -> FieldLimits {
        let wrong_kind = |c: &mut Self, at: usize, key: &str, want: FieldKind| {
            if kind != want {
                c.diag(
                    at,
                    DiagnosticKind::Invalid,
                    format!("field `{fid}` is {kind}: `{key}` applies to {want} fields only"),
                );
            }
        };
        if let Some(m) = &rf.min {
            wrong_kind(self, m.span().start, "min", FieldKind::Number);
        }
        if let Some(m) = &rf.max {
            wrong_kind(self, m.span().start, "max", FieldKind::Number);
        }
        if let (Some(lo), Some(hi)) = (&rf.min, &rf.max)
            && lo.get_ref() > hi.get_ref()
        {
            self.diag(
                hi.span().start,
                DiagnosticKind::Invalid,
                format!("field `{fid}`: `max` is smaller than `min`"),
            );
        }
        let max_length = rf.max_length.as_ref().and_then(|m| {
            wrong_kind(self, m.span().start, "max_length", FieldKind::Text);
            match usize::try_from(*m.get_ref()) {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    self.diag(
                        m.span().start,
                        DiagnosticKind::Invalid,
                        format!("field `{fid}`: `max_length` must be a positive whole number"),
                    );
                    None
                }
            }
        });
        if rf.not_in_future && kind != FieldKind::Date {
            self.diag(
                rf.kind.span().start,
                DiagnosticKind::Invalid,
                format!("field `{fid}` is {kind}: `not_in_future` applies to date fields only"),
            );
        }
        let final_yes = rf.final_yes.as_ref().is_some_and(|f| {
            wrong_kind(self, f.span().start, "final", FieldKind::YesNo);
            *f.get_ref()
        });
        FieldLimits {
            min: rf.min.as_ref().map(|m| *m.get_ref()),
            max: rf.max.as_ref().map(|m| *m.get_ref()),
            max_length,
            not_in_future: rf.not_in_future,
            final_yes,
        }
    }

    pub(super) fn options(&mut self, rf: &RawField, kind: FieldKind, fid: &str) -> Vec<ChoiceOption> {
        let choice = matches!(kind, FieldKind::Single | FieldKind::Multi);
        if !choice {
            if let Some(o) = rf.options.first() {
                self.diag(
                    o.span().start,
                    DiagnosticKind::Invalid,
                    format!("field `{fid}` is {kind}: only choice fields have `options`"),
                );
            }
            return Vec::new();
        }
        if rf.options.len() < 2 {
            self.diag(
                rf.kind.span().start,
                DiagnosticKind::Invalid,
                format!("choice field `{fid}` needs at least two `options`"),
            );
        }
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for o in &rf.options {
            let o = o.get_ref();
            let value = self.snake(&o.value, "option");
            if !seen.insert(value.clone()) {
                self.diag(
                    o.value.span().start,
                    DiagnosticKind::DuplicateId,
                    format!("option `{value}` is listed twice in `{fid}`"),
                );
            }
            out.push(ChoiceOption {
                value,
                label: o.label.trim().to_owned(),
            });
        }
        out
    }
}
