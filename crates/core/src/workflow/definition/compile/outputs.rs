//! The parts that produce records and paper: the departure record and its requirements, consent purposes and
//! the answers each covers, and printable forms. Each names fields that must exist (and, for departure, be dates).

use toml::Spanned;

use super::super::raw::{RawConsent, RawDeparture, RawForm};
use super::super::*;
use super::{Compiler, Names};

impl Compiler<'_> {
    pub(super) fn departure(
        &mut self,
        raw: &Spanned<RawDeparture>,
        names: &Names,
        index: &Index,
        steps: &[Step],
        cited: &mut Vec<(HandbookRef, Pos)>,
    ) -> Option<Departure> {
        let rd = raw.get_ref();
        let step = rd.step.get_ref().clone();
        if !index.steps.contains_key(&step) {
            self.diag(
                rd.step.span().start,
                DiagnosticKind::UnknownName,
                format!("unknown step `{step}`"),
            );
        }
        let date_field = |c: &mut Self, s: &Spanned<String>| -> String {
            let id = s.get_ref().clone();
            match index.fields.get(&id).map(|&(st, f)| steps[st].fields[f].kind) {
                Some(FieldKind::Date) => {}
                Some(kind) => c.diag(
                    s.span().start,
                    DiagnosticKind::Type,
                    format!("`{id}` is a {kind} field; a departure record needs a date field"),
                ),
                None => c.diag(
                    s.span().start,
                    DiagnosticKind::UnknownName,
                    format!("unknown field `{id}`"),
                ),
            }
            id
        };
        let date = date_field(self, &rd.date);
        if rd.records.is_empty() {
            self.diag(
                raw.span().start,
                DiagnosticKind::Invalid,
                "`[departure]` needs `records`".into(),
            );
        }
        let mut records = Vec::new();
        for rr in &rd.records {
            let at = rr.span().start;
            let rr = rr.get_ref();
            if rr.from.is_none() && rr.until.is_none() {
                self.diag(
                    at,
                    DiagnosticKind::Invalid,
                    "a departure record needs `from`, `until` or both".into(),
                );
            }
            records.push(DepartureRecord {
                label: self.nonempty(&rr.label, "a record `label`"),
                from: rr.from.as_ref().map(|f| date_field(self, f)),
                until: rr.until.as_ref().map(|u| date_field(self, u)),
                refs: self.refs(&rr.refs, cited),
            });
        }
        let mut requires = Vec::new();
        for rq in &rd.requires {
            let rq = rq.get_ref();
            let label = self.nonempty(&rq.label, "a requirement `label`");
            let refs = self.refs(&rq.refs, cited);
            if let Some(expr) = self.cond(&rq.expr, names) {
                if expr.deps.departure {
                    self.diag(
                        rq.expr.span().start,
                        DiagnosticKind::Cycle,
                        "a departure requirement cannot use departure_ready()".into(),
                    );
                }
                requires.push(DepartureRequirement { label, expr, refs });
            }
        }
        Some(Departure {
            step,
            date,
            records,
            requires,
        })
    }

    /// Forms: kebab-case ids, each once, printing fields that exist.
    pub(super) fn forms(
        &mut self,
        raw: &[Spanned<RawForm>],
        index: &Index,
        cited: &mut Vec<(HandbookRef, Pos)>,
    ) -> Vec<Form> {
        let mut out: Vec<Form> = Vec::new();
        for rf in raw {
            let at = rf.span().start;
            let rf = rf.get_ref();
            let id = self.kebab(&rf.id, "form");
            if out.iter().any(|f| f.id == id) {
                self.diag(
                    rf.id.span().start,
                    DiagnosticKind::DuplicateId,
                    format!("form `{id}` is defined twice"),
                );
            }
            if rf.fields.is_empty() {
                self.diag(
                    at,
                    DiagnosticKind::Invalid,
                    format!("form `{id}` prints no field"),
                );
            }
            let fields = self.field_ids(&rf.fields, index, &format!("form `{id}` prints"));
            let refs = self.refs(&rf.refs, cited);
            out.push(Form {
                id,
                title: self.nonempty(&rf.title, "a form `title`"),
                intro: rf.intro.iter().map(|p| p.trim().to_owned()).collect(),
                fields,
                signatures: rf.signatures.clone(),
                refs,
            });
        }
        out
    }

    /// The field ids of a list, each checked to exist; `what` starts the message for one that does not.
    pub(super) fn field_ids(&mut self, raw: &[Spanned<String>], index: &Index, what: &str) -> Vec<String> {
        let mut out = Vec::new();
        for f in raw {
            if index.fields.contains_key(f.get_ref()) {
                out.push(f.get_ref().clone());
            } else {
                self.diag(
                    f.span().start,
                    DiagnosticKind::UnknownName,
                    format!("{what} `{}`, which is not a field", f.get_ref()),
                );
            }
        }
        out
    }

    /// Consent purposes: kebab-case, each once, covering fields that exist.
    pub(super) fn consents(&mut self, raw: &[Spanned<RawConsent>], index: &Index) -> Vec<ConsentCoverage> {
        let mut out: Vec<ConsentCoverage> = Vec::new();
        for rc in raw {
            let rc = rc.get_ref();
            let purpose = self.kebab(&rc.purpose, "consent purpose");
            if out.iter().any(|c| c.purpose == purpose) {
                self.diag(
                    rc.purpose.span().start,
                    DiagnosticKind::DuplicateId,
                    format!("consent purpose `{purpose}` is listed twice"),
                );
            }
            let fields = self.field_ids(&rc.fields, index, &format!("consent purpose `{purpose}` covers"));
            out.push(ConsentCoverage { purpose, fields });
        }
        out
    }
}
