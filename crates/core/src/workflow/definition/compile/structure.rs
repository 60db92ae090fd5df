//! The shape of a definition: the workflow's id and version (matching its file name), its stages and steps in
//! order, each step's fields; then the names expressions may use, and every other part compiled in the order the
//! parts depend on one another, with cycles looked for last.

use std::collections::HashMap;
use std::path::Path;

use super::super::deps::cycles;
use super::super::expr::NameKind;
use super::super::raw::{RawRequired, RawWorkflow};
use super::super::*;
use super::{Compiler, Names, field_type};

impl Compiler<'_> {
    pub(super) fn workflow(&mut self, raw: &RawWorkflow) -> Option<Workflow> {
        let mut cited = Vec::new();
        let id = self.kebab(&raw.id, "workflow");
        let version = match u32::try_from(*raw.version.get_ref()) {
            Ok(v) if v >= 1 => v,
            _ => {
                self.diag(
                    raw.version.span().start,
                    DiagnosticKind::Invalid,
                    "`version` must be a whole number from 1 up".into(),
                );
                1
            }
        };
        let title = self.nonempty(&raw.title, "`title`");
        self.check_file_name(&id, version, raw.id.span().start);

        // Stages and steps: ids, order, structure.
        let mut index = Index::default();
        let mut stages = Vec::new();
        for rs in &raw.stages {
            let rs = rs.get_ref();
            let sid = self.kebab(&rs.id, "stage");
            if index.stages.insert(sid.clone(), stages.len()).is_some() {
                self.diag(
                    rs.id.span().start,
                    DiagnosticKind::DuplicateId,
                    format!("stage `{sid}` is defined twice"),
                );
            }
            stages.push((sid, self.nonempty(&rs.title, "a stage `title`"), rs));
        }
        if raw.stages.is_empty() {
            self.diag(
                0,
                DiagnosticKind::Invalid,
                "a workflow needs at least one `[[stages]]`".into(),
            );
        }

        let mut seen_fields: HashMap<String, usize> = HashMap::new();
        let mut step_shells = Vec::new();
        let mut last_stage = 0;
        for (si, rs) in raw.steps.iter().enumerate() {
            let at = rs.span().start;
            let rs = rs.get_ref();
            let sid = self.kebab(&rs.id, "step");
            if index.steps.insert(sid.clone(), si).is_some() || index.stages.contains_key(&sid) {
                self.diag(
                    rs.id.span().start,
                    DiagnosticKind::DuplicateId,
                    format!("`{sid}` is already the id of a step or stage"),
                );
            }
            let stage_id = rs.stage.get_ref().clone();
            let stage_ix = match index.stages.get(&stage_id) {
                Some(&ix) => {
                    if ix < last_stage {
                        self.diag(
                            rs.stage.span().start,
                            DiagnosticKind::Invalid,
                            format!(
                                "step `{sid}` is in stage `{stage_id}`, which comes before the previous step's \
                                 stage: keep steps in stage order"
                            ),
                        );
                    }
                    last_stage = last_stage.max(ix);
                    ix
                }
                None => {
                    self.diag(
                        rs.stage.span().start,
                        DiagnosticKind::UnknownName,
                        format!("unknown stage `{stage_id}`"),
                    );
                    0
                }
            };
            index.step_stage.push(stage_ix);
            if rs.fields.is_empty() {
                self.diag(
                    at,
                    DiagnosticKind::Invalid,
                    format!("step `{sid}` asks nothing: add at least one `[[steps.fields]]`"),
                );
            }
            if rs.refs.is_empty() {
                self.diag(
                    at,
                    DiagnosticKind::Invalid,
                    format!("step `{sid}` cites no handbook section: add `refs = [\"chapter#section\"]`"),
                );
            }
            let refs = self.refs(&rs.refs, &mut cited);
            let mut fields = Vec::new();
            for (fi, rf) in rs.fields.iter().enumerate() {
                let rf = rf.get_ref();
                let fid = self.snake(&rf.id, "field");
                if seen_fields.insert(fid.clone(), si).is_some() {
                    self.diag(
                        rf.id.span().start,
                        DiagnosticKind::DuplicateId,
                        format!("field `{fid}` is defined twice (field ids are unique in a workflow)"),
                    );
                } else {
                    index.fields.insert(fid.clone(), (si, fi));
                }
                let kind = *rf.kind.get_ref();
                let options = self.options(rf, kind, &fid);
                let required = match rf.required.as_ref().map(|r| (r.get_ref(), r.span().start)) {
                    None | Some((RawRequired::Flag(false), _)) => None,
                    Some((RawRequired::Flag(true), _)) => {
                        Some(format!("Answer this: {}", rf.label.get_ref()))
                    }
                    Some((RawRequired::Message(m), at)) => {
                        if m.trim().is_empty() {
                            self.diag(
                                at,
                                DiagnosticKind::Invalid,
                                "the `required` message is empty".into(),
                            );
                        }
                        Some(m.trim().to_owned())
                    }
                };
                let limits = self.limits(rf, kind, &fid);
                fields.push((
                    Field {
                        id: fid,
                        label: self.nonempty(&rf.label, "a field `label`"),
                        help: rf.help.trim().to_owned(),
                        kind,
                        options,
                        required,
                        relevant: None,
                        constraints: Vec::new(),
                        limits,
                        pos: self.pos(rf.id.span().start),
                    },
                    rf,
                ));
            }
            step_shells.push((
                sid,
                stage_id,
                rs,
                refs,
                fields,
                self.pos(rs.id.span().start),
                self.nonempty(&rs.title, "a step `title`"),
            ));
        }
        for (i, (sid, ..)) in stages.iter().enumerate() {
            if !index.step_stage.contains(&i) {
                let at = raw.stages[i].span().start;
                self.diag(at, DiagnosticKind::Invalid, format!("stage `{sid}` has no steps"));
            }
        }

        // Names: fields with their types, then flags with inferred types.
        let mut names = Names {
            names: HashMap::new(),
            steps: index.steps.keys().cloned().collect(),
            latched: raw
                .safeguards
                .iter()
                .filter(|g| g.get_ref().latched)
                .map(|g| g.get_ref().id.get_ref().clone())
                .collect(),
            departure: raw.departure.is_some(),
        };
        for (_, _, _, _, fields, _, _) in &step_shells {
            for (f, _) in fields {
                names
                    .names
                    .entry(f.id.clone())
                    .or_insert((NameKind::Field, field_type(f.kind, &f.options)));
            }
        }
        let flags = self.flags(&raw.flags, &mut names, &mut index);

        // Expressions on stages, steps and fields.
        let stages: Vec<Stage> = stages
            .into_iter()
            .map(|(id, title, rs)| Stage {
                id,
                title,
                relevant: rs.relevant.as_ref().and_then(|r| self.cond(r, &names)),
                pos: self.pos(rs.id.span().start),
            })
            .collect();
        let mut steps = Vec::new();
        for (id, stage, rs, refs, fields, pos, title) in step_shells {
            let relevant = rs.relevant.as_ref().and_then(|r| self.cond(r, &names));
            let fields = fields
                .into_iter()
                .map(|(mut f, rf)| {
                    f.relevant = rf.relevant.as_ref().and_then(|r| self.cond(r, &names));
                    f.constraints = rf
                        .constraints
                        .iter()
                        .filter_map(|rc| {
                            let rc = rc.get_ref();
                            let message = self.nonempty(&rc.message, "a constraint `message`");
                            self.cond(&rc.expr, &names)
                                .map(|expr| Constraint { expr, message })
                        })
                        .collect();
                    f
                })
                .collect();
            steps.push(Step {
                id,
                stage,
                title,
                guidance: self.nonempty(&rs.guidance, "a step `guidance`"),
                refs,
                relevant,
                optional: rs.optional,
                fields,
                pos,
            });
        }

        let safeguards = self.safeguards(&raw.safeguards, &names, &mut index, &mut cited);
        let checklist = self.checklist(&raw.checklist, &names, &index, &mut cited);
        let departure = raw
            .departure
            .as_ref()
            .and_then(|d| self.departure(d, &names, &index, &steps, &mut cited));

        let consents = self.consents(&raw.consents, &index);
        let forms = self.forms(&raw.forms, &index, &mut cited);
        let household = self.household(raw.household.as_ref(), &index, &steps, &flags, &safeguards);
        let wf = Workflow {
            id,
            version,
            title,
            summary: raw.summary.trim().to_owned(),
            file: self.file.to_owned(),
            stages,
            steps,
            flags,
            safeguards,
            checklist,
            departure,
            consents,
            forms,
            household,
            index,
            cited,
            pos: self.pos(raw.id.span().start),
        };
        if self.diags.is_empty() {
            // Cycles are only meaningful once every name resolves.
            for (pos, message) in cycles(&wf) {
                self.diags.push(Diagnostic {
                    file: self.file.to_owned(),
                    line: pos.line,
                    col: pos.col,
                    kind: DiagnosticKind::Cycle,
                    message,
                });
            }
        }
        Some(wf)
    }

    pub(super) fn check_file_name(&mut self, id: &str, version: u32, at: usize) {
        let name = Path::new(self.file)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let expected = format!("{id}-v{version}.toml");
        if name != expected {
            self.diag(
                at,
                DiagnosticKind::Invalid,
                format!("the file should be named `{expected}` to match its id and version"),
            );
        }
    }
}
