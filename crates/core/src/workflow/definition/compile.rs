//! Compiling a raw definition: ids, names, types, references and (through `deps`) cycles, each problem placed at
//! its file, line and column.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use toml::Spanned;

mod household;

use super::deps::cycles;
use super::expr::{self, ErrorKind, NameKind, Node, Ty, TypeEnv};
use super::raw::*;
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

    fn workflow(&mut self, raw: &RawWorkflow) -> Option<Workflow> {
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

    fn check_file_name(&mut self, id: &str, version: u32, at: usize) {
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

    /// Limits checked before saving; each applies to one kind of field only.
    fn limits(&mut self, rf: &RawField, kind: FieldKind, fid: &str) -> FieldLimits {
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

    /// Forms: kebab-case ids, each once, printing fields that exist.
    fn forms(
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
    fn field_ids(&mut self, raw: &[Spanned<String>], index: &Index, what: &str) -> Vec<String> {
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
    fn consents(&mut self, raw: &[Spanned<RawConsent>], index: &Index) -> Vec<ConsentCoverage> {
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

    fn options(&mut self, rf: &RawField, kind: FieldKind, fid: &str) -> Vec<ChoiceOption> {
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

    fn flags(&mut self, raw: &[Spanned<RawFlag>], names: &mut Names, index: &mut Index) -> Vec<Flag> {
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
    fn targets(&mut self, raw: &[Spanned<String>], index: &Index, what: &str) -> Vec<usize> {
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

    fn safeguards(
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
            let when = self.cond(&rg.when, names);
            let lifted_when = rg.lifted_when.as_ref().map(|l| self.cond(l, names));
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

    fn checklist(
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

    fn departure(
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
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    const BASE: &str = r#"id = "t"
version = 1
title = "T"

[[stages]]
id = "one"
title = "One"

[[stages]]
id = "two"
title = "Two"

[[steps]]
id = "a"
stage = "one"
title = "A"
guidance = "g"
refs = ["asylum#referral"]

[[steps.fields]]
id = "x"
kind = "yes_no"
label = "X"

[[steps]]
id = "b"
stage = "two"
title = "B"
guidance = "g"
refs = ["asylum#referral"]
relevant = '''
x'''

[[steps.fields]]
id = "y"
kind = "single"
label = "Y"
options = [{ value = "p", label = "P" }, { value = "q", label = "Q" }]
"#;

    fn problems(text: &str) -> Vec<Diagnostic> {
        compile("t-v1.toml", text).err().unwrap_or_default()
    }

    #[test]
    fn a_well_formed_definition_compiles_with_its_order_and_types() {
        let wf = compile("dir/t-v1.toml", BASE).expect("compiles");
        assert_eq!((wf.id.as_str(), wf.version), ("t", 1));
        assert_eq!(
            wf.steps.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(
            wf.steps[1].relevant.as_ref().map(|e| e.source.as_str()),
            Some("x")
        );
        assert_eq!(
            wf.field("y").map(|(s, f)| (s.id.as_str(), f.kind)),
            Some(("b", FieldKind::Single))
        );
        assert_eq!(wf.pos.line, 1);
    }

    #[test]
    fn an_error_inside_a_multi_line_expression_is_placed_on_its_own_line() {
        let text = BASE.replace("'''\nx'''", "'''\nx and zz'''");
        let p = problems(&text);
        assert_eq!(p.len(), 1, "{p:?}");
        let line = text.lines().position(|l| l == "x and zz'''").unwrap() + 1;
        assert_eq!(
            (p[0].kind, p[0].line, p[0].col),
            (DiagnosticKind::UnknownName, line, 7)
        );
    }

    #[test]
    fn steps_out_of_stage_order_and_empty_stages_are_refused() {
        let swapped = BASE.replace("stage = \"one\"", "stage = \"two\"").replacen(
            "stage = \"two\"\ntitle = \"B\"",
            "stage = \"one\"\ntitle = \"B\"",
            1,
        );
        let p = problems(&swapped);
        assert!(
            p.iter().any(|d| d.message.contains("keep steps in stage order")),
            "{p:?}"
        );
        let extra = BASE.replace(
            "[[steps]]",
            "[[stages]]\nid = \"three\"\ntitle = \"Three\"\n\n[[steps]]",
        );
        assert!(
            problems(&extra)
                .iter()
                .any(|d| d.message.contains("`three` has no steps"))
        );
    }

    #[test]
    fn choice_fields_need_options_and_ids_have_their_shapes() {
        let one = BASE.replace(", { value = \"q\", label = \"Q\" }", "");
        assert!(problems(&one).iter().any(|d| d.message.contains("at least two")));
        let text_with_options = BASE.replace(
            "kind = \"yes_no\"",
            "kind = \"text\"\noptions = [{ value = \"a\", label = \"A\" }]",
        );
        assert!(
            problems(&text_with_options)
                .iter()
                .any(|d| d.message.contains("only choice fields"))
        );
        let kebab_field = BASE.replace("id = \"x\"", "id = \"x-ray\"");
        assert!(
            problems(&kebab_field)
                .iter()
                .any(|d| d.message.contains("snake_case"))
        );
        let reserved = BASE.replace("id = \"x\"", "id = \"today\"");
        assert!(
            problems(&reserved)
                .iter()
                .any(|d| d.message.contains("word of the expression language"))
        );
        let bad_ref = BASE.replace(
            "refs = [\"asylum#referral\"]\n\n[[steps.fields]]\nid = \"x\"",
            "refs = [\"asylum\"]\n\n[[steps.fields]]\nid = \"x\"",
        );
        assert!(
            problems(&bad_ref)
                .iter()
                .any(|d| d.message.contains("chapter-id#section-id"))
        );
    }

    #[test]
    fn departure_records_must_name_date_fields() {
        let text = format!(
            "{BASE}\n[departure]\nstep = \"b\"\ndate = \"x\"\n\n[[departure.records]]\nlabel = \"R\"\nfrom = \"nope\"\n"
        );
        let p = problems(&text);
        assert!(
            p.iter()
                .any(|d| d.kind == DiagnosticKind::Type && d.message.contains("`x` is a yes/no field"))
        );
        assert!(
            p.iter()
                .any(|d| d.kind == DiagnosticKind::UnknownName && d.message.contains("`nope`"))
        );
    }

    #[test]
    fn a_step_shown_only_by_its_own_answer_is_a_cycle() {
        let p = problems(&BASE.replace("'''\nx'''", "'y == \"p\"'"));
        assert!(
            p.iter()
                .any(|d| d.kind == DiagnosticKind::Cycle && d.message.contains("step `b` needs field `y`")),
            "{p:?}"
        );
    }
}
