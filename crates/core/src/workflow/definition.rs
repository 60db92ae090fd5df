//! Reading a workflow definition: TOML → checked, typed [`Workflow`].
//!
//! Everything the engine relies on is established here, so that evaluation cannot fail: ids are unique and
//! well-formed, every name an expression uses exists, every expression has the right type, and nothing depends
//! on itself (see [`cycles`]). Problems are reported at the file, line and column of the key or expression token.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use toml::Spanned;
use ts_rs::TS;

use super::expr::{self, Deps, ErrorKind, NameKind, Node, Ty, TypeEnv};
use super::{Diagnostic, DiagnosticKind};
use crate::handbook::LineIndex;
use crate::handbook::text::is_kebab_id;

// ---------------------------------------------------------------------------------------------------------------
// The compiled definition

/// A loaded, checked workflow definition. A case follows exactly one `id` + `version`.
#[derive(Debug, Clone)]
pub struct Workflow {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub summary: String,
    /// Where it was read from, as shown in diagnostics.
    pub file: String,
    /// In order: the progress rail.
    pub stages: Vec<Stage>,
    /// In order, grouped by stage.
    pub steps: Vec<Step>,
    pub flags: Vec<Flag>,
    pub safeguards: Vec<Safeguard>,
    pub checklist: Vec<ChecklistItem>,
    pub departure: Option<Departure>,
    pub(crate) index: Index,
    /// Every handbook reference with where it was written, for the checker.
    pub(crate) cited: Vec<(HandbookRef, Pos)>,
    pub(crate) pos: Pos,
}

/// What the UI needs to list the workflows a case can follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct WorkflowSummary {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub summary: String,
}

impl Workflow {
    pub fn summary(&self) -> WorkflowSummary {
        WorkflowSummary {
            id: self.id.clone(),
            version: self.version,
            title: self.title.clone(),
            summary: self.summary.clone(),
        }
    }

    pub fn step(&self, id: &str) -> Option<&Step> {
        self.index.steps.get(id).map(|&i| &self.steps[i])
    }

    /// The field with this id and the step it belongs to.
    pub fn field(&self, id: &str) -> Option<(&Step, &Field)> {
        self.index
            .fields
            .get(id)
            .map(|&(s, f)| (&self.steps[s], &self.steps[s].fields[f]))
    }

    pub fn safeguard(&self, id: &str) -> Option<&Safeguard> {
        self.index.safeguards.get(id).map(|&i| &self.safeguards[i])
    }

    /// Every field, in order.
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.steps.iter().flat_map(|s| s.fields.iter())
    }
}

#[derive(Debug, Clone)]
pub struct Stage {
    pub id: String,
    pub title: String,
    pub relevant: Option<Expr>,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Step {
    pub id: String,
    pub stage: String,
    pub title: String,
    pub guidance: String,
    pub refs: Vec<HandbookRef>,
    pub relevant: Option<Expr>,
    /// An optional step (a withdrawal, say) can be opened at any time but is never the "current" step.
    pub optional: bool,
    pub fields: Vec<Field>,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum FieldKind {
    YesNo,
    Single,
    Multi,
    Text,
    Date,
    Number,
}

impl fmt::Display for FieldKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FieldKind::YesNo => "yes/no",
            FieldKind::Single => "single choice",
            FieldKind::Multi => "multiple choice",
            FieldKind::Text => "text",
            FieldKind::Date => "date",
            FieldKind::Number => "number",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ChoiceOption {
    pub value: String,
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: String,
    pub label: String,
    pub help: String,
    pub kind: FieldKind,
    pub options: Vec<ChoiceOption>,
    /// The message shown when a required answer is missing; `None` when the answer is optional.
    pub required: Option<String>,
    pub relevant: Option<Expr>,
    pub constraints: Vec<Constraint>,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone)]
pub struct Constraint {
    pub expr: Expr,
    pub message: String,
}

/// A computed value, named so that other expressions can use it (`is_child`).
#[derive(Debug, Clone)]
pub struct Flag {
    pub id: String,
    pub expr: Expr,
    pub note: String,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum OverridePolicy {
    /// Nobody can lift this stop except by the answers that lift it.
    Never,
    /// A supervisor may let work go on, recording their name and a reason.
    Supervisor,
}

/// A hard stop: while `when` holds (and `lifted_when` does not), the steps in `blocks` cannot be worked on.
#[derive(Debug, Clone)]
pub struct Safeguard {
    pub id: String,
    /// The rule, in one line: what is stopped and when.
    pub rule: String,
    /// Why, shown to the person working the case.
    pub message: String,
    pub refs: Vec<HandbookRef>,
    pub when: Expr,
    pub lifted_when: Option<Expr>,
    /// What lifts the stop, in words.
    pub lift: String,
    pub override_policy: OverridePolicy,
    /// Step ids (stage ids in the file are expanded to their steps).
    pub blocks: Vec<String>,
    pub(crate) pos: Pos,
}

#[derive(Debug, Clone)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    /// The item is listed only while this step is visible.
    pub step: String,
    pub when: Option<Expr>,
    pub done: Expr,
    pub refs: Vec<HandbookRef>,
    pub(crate) pos: Pos,
}

/// Departure readiness: the planned date, the records that must cover it and the conditions that must hold.
#[derive(Debug, Clone)]
pub struct Departure {
    /// The departure step: it stays blocked until readiness holds (through a safeguard using `departure_ready()`).
    pub step: String,
    /// The date field holding the planned departure date.
    pub date: String,
    pub records: Vec<DepartureRecord>,
    pub requires: Vec<DepartureRequirement>,
}

/// A dated record that must cover the departure date: issued on or before it, and valid until on or after it.
#[derive(Debug, Clone)]
pub struct DepartureRecord {
    pub label: String,
    /// Date field: the record's date (issued, signed, examined). Must be on or before the departure date.
    pub from: Option<String>,
    /// Date field: the last day the record is valid. Must be on or after the departure date.
    pub until: Option<String>,
    pub refs: Vec<HandbookRef>,
}

#[derive(Debug, Clone)]
pub struct DepartureRequirement {
    pub label: String,
    pub expr: Expr,
    pub refs: Vec<HandbookRef>,
}

/// A stable handbook section reference, written `chapter-id#section-id`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, TS)]
#[ts(export)]
pub struct HandbookRef {
    pub chapter: String,
    pub section: String,
}

impl fmt::Display for HandbookRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.chapter, self.section)
    }
}

/// A compiled expression and the text it was written as.
#[derive(Debug, Clone)]
pub struct Expr {
    pub source: String,
    pub(crate) node: Node,
    pub(crate) deps: Deps,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Pos {
    pub(crate) line: usize,
    pub(crate) col: usize,
}

/// Lookups the engine and the checker use.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    /// Field id → (step index, field index in the step).
    pub(crate) fields: HashMap<String, (usize, usize)>,
    pub(crate) flags: HashMap<String, usize>,
    pub(crate) steps: HashMap<String, usize>,
    pub(crate) stages: HashMap<String, usize>,
    pub(crate) safeguards: HashMap<String, usize>,
    /// Per step: the index of its stage.
    pub(crate) step_stage: Vec<usize>,
    /// Per step: the safeguards that can block it.
    pub(crate) blockers: Vec<Vec<usize>>,
}

// ---------------------------------------------------------------------------------------------------------------
// The file format

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorkflow {
    id: Spanned<String>,
    version: Spanned<i64>,
    title: Spanned<String>,
    #[serde(default)]
    summary: String,
    stages: Vec<Spanned<RawStage>>,
    steps: Vec<Spanned<RawStep>>,
    #[serde(default)]
    flags: Vec<Spanned<RawFlag>>,
    #[serde(default)]
    safeguards: Vec<Spanned<RawSafeguard>>,
    #[serde(default)]
    checklist: Vec<Spanned<RawCheck>>,
    departure: Option<Spanned<RawDeparture>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStage {
    id: Spanned<String>,
    title: Spanned<String>,
    relevant: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStep {
    id: Spanned<String>,
    stage: Spanned<String>,
    title: Spanned<String>,
    guidance: Spanned<String>,
    #[serde(default)]
    refs: Vec<Spanned<String>>,
    relevant: Option<Spanned<String>>,
    #[serde(default)]
    optional: bool,
    #[serde(default)]
    fields: Vec<Spanned<RawField>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    id: Spanned<String>,
    kind: Spanned<FieldKind>,
    label: Spanned<String>,
    #[serde(default)]
    help: String,
    #[serde(default)]
    options: Vec<Spanned<RawOption>>,
    required: Option<Spanned<RawRequired>>,
    relevant: Option<Spanned<String>>,
    #[serde(default)]
    constraints: Vec<Spanned<RawConstraint>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOption {
    value: Spanned<String>,
    label: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawRequired {
    Flag(bool),
    Message(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConstraint {
    expr: Spanned<String>,
    message: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFlag {
    id: Spanned<String>,
    expr: Spanned<String>,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSafeguard {
    id: Spanned<String>,
    rule: Spanned<String>,
    message: Spanned<String>,
    #[serde(default)]
    refs: Vec<Spanned<String>>,
    when: Spanned<String>,
    lifted_when: Option<Spanned<String>>,
    lift: Spanned<String>,
    #[serde(rename = "override")]
    override_policy: Spanned<OverridePolicy>,
    blocks: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheck {
    id: Spanned<String>,
    text: Spanned<String>,
    step: Spanned<String>,
    when: Option<Spanned<String>>,
    done: Spanned<String>,
    #[serde(default)]
    refs: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeparture {
    step: Spanned<String>,
    date: Spanned<String>,
    records: Vec<Spanned<RawRecord>>,
    #[serde(default)]
    requires: Vec<Spanned<RawRequirement>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecord {
    label: Spanned<String>,
    from: Option<Spanned<String>>,
    until: Option<Spanned<String>>,
    #[serde(default)]
    refs: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRequirement {
    label: Spanned<String>,
    expr: Spanned<String>,
    #[serde(default)]
    refs: Vec<Spanned<String>>,
}

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
    departure: bool,
}

impl TypeEnv for Names {
    fn name(&self, name: &str) -> Option<(NameKind, Ty)> {
        self.names.get(name).cloned()
    }
    fn has_step(&self, id: &str) -> bool {
        self.steps.contains(id)
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
            out.push(Safeguard {
                id,
                rule,
                message,
                refs,
                when,
                lifted_when,
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

// ---------------------------------------------------------------------------------------------------------------
// Dependency cycles

/// A value the engine computes. An edge `a → b` means computing `a` needs `b`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Dep {
    /// A field's usable value: needs its step (shown, not blocked), its own relevance and its constraints.
    Field(usize, usize),
    Flag(usize),
    /// Whether a step is shown and not blocked: its stage, its relevance, the safeguards that can block it.
    Step(usize),
    Stage(usize),
    /// Whether a safeguard holds: its `when` and `lifted_when`.
    Safeguard(usize),
    /// `complete("step")`: the step and every field in it.
    Complete(usize),
    /// `departure_ready()`: the departure date, the record dates and the requirements.
    Departure,
}

/// What computing `node` reads directly.
pub(crate) fn dependencies(wf: &Workflow, node: Dep) -> Vec<Dep> {
    let mut out = Vec::new();
    let add_expr = |e: &Expr, this: Option<&str>, out: &mut Vec<Dep>| {
        for name in &e.deps.names {
            if Some(name.as_str()) == this {
                continue;
            }
            if let Some(&(s, f)) = wf.index.fields.get(name) {
                out.push(Dep::Field(s, f));
            } else if let Some(&g) = wf.index.flags.get(name) {
                out.push(Dep::Flag(g));
            }
        }
        for step in &e.deps.steps {
            if let Some(&s) = wf.index.steps.get(step) {
                out.push(Dep::Complete(s));
            }
        }
        if e.deps.departure {
            out.push(Dep::Departure);
        }
    };
    match node {
        Dep::Field(s, f) => {
            out.push(Dep::Step(s));
            let field = &wf.steps[s].fields[f];
            if let Some(r) = &field.relevant {
                add_expr(r, None, &mut out);
            }
            for c in &field.constraints {
                add_expr(&c.expr, Some(&field.id), &mut out);
            }
        }
        Dep::Flag(g) => add_expr(&wf.flags[g].expr, None, &mut out),
        Dep::Step(s) => {
            out.push(Dep::Stage(wf.index.step_stage[s]));
            if let Some(r) = &wf.steps[s].relevant {
                add_expr(r, None, &mut out);
            }
            out.extend(wf.index.blockers[s].iter().map(|&g| Dep::Safeguard(g)));
        }
        Dep::Stage(t) => {
            if let Some(r) = &wf.stages[t].relevant {
                add_expr(r, None, &mut out);
            }
        }
        Dep::Safeguard(g) => {
            let sg = &wf.safeguards[g];
            add_expr(&sg.when, None, &mut out);
            if let Some(l) = &sg.lifted_when {
                add_expr(l, None, &mut out);
            }
        }
        Dep::Complete(s) => {
            out.push(Dep::Step(s));
            out.extend((0..wf.steps[s].fields.len()).map(|f| Dep::Field(s, f)));
        }
        Dep::Departure => {
            if let Some(d) = &wf.departure {
                let fields = std::iter::once(&d.date)
                    .chain(d.records.iter().flat_map(|r| r.from.iter().chain(r.until.iter())));
                for id in fields {
                    if let Some(&(s, f)) = wf.index.fields.get(id) {
                        out.push(Dep::Field(s, f));
                    }
                }
                for r in &d.requires {
                    add_expr(&r.expr, None, &mut out);
                }
            }
        }
    }
    out
}

fn all_nodes(wf: &Workflow) -> Vec<Dep> {
    let mut nodes: Vec<Dep> = (0..wf.stages.len()).map(Dep::Stage).collect();
    for (s, step) in wf.steps.iter().enumerate() {
        nodes.push(Dep::Step(s));
        nodes.push(Dep::Complete(s));
        nodes.extend((0..step.fields.len()).map(|f| Dep::Field(s, f)));
    }
    nodes.extend((0..wf.flags.len()).map(Dep::Flag));
    nodes.extend((0..wf.safeguards.len()).map(Dep::Safeguard));
    if wf.departure.is_some() {
        nodes.push(Dep::Departure);
    }
    nodes
}

fn describe(wf: &Workflow, node: Dep) -> String {
    match node {
        Dep::Field(s, f) => format!("field `{}`", wf.steps[s].fields[f].id),
        Dep::Flag(g) => format!("flag `{}`", wf.flags[g].id),
        Dep::Step(s) => format!("step `{}`", wf.steps[s].id),
        Dep::Stage(t) => format!("stage `{}`", wf.stages[t].id),
        Dep::Safeguard(g) => format!("safeguard `{}`", wf.safeguards[g].id),
        Dep::Complete(s) => format!("complete(\"{}\")", wf.steps[s].id),
        Dep::Departure => "departure_ready()".to_owned(),
    }
}

fn position(wf: &Workflow, node: Dep) -> Pos {
    match node {
        Dep::Field(s, f) => wf.steps[s].fields[f].pos,
        Dep::Flag(g) => wf.flags[g].pos,
        Dep::Step(s) | Dep::Complete(s) => wf.steps[s].pos,
        Dep::Stage(t) => wf.stages[t].pos,
        Dep::Safeguard(g) => wf.safeguards[g].pos,
        Dep::Departure => wf.pos,
    }
}

/// Every dependency cycle, once each, as (where to report it, message naming the path).
///
/// Cycles the engine would otherwise have to break arbitrarily: a flag that uses itself, a step shown only when
/// one of its own answers is given, a safeguard whose condition reads an answer on a step it blocks.
pub(crate) fn cycles(wf: &Workflow) -> Vec<(Pos, String)> {
    let nodes = all_nodes(wf);
    let id_of: HashMap<Dep, usize> = nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let edges: Vec<Vec<usize>> = nodes
        .iter()
        .map(|&n| {
            let mut e: Vec<usize> = dependencies(wf, n)
                .iter()
                .filter_map(|d| id_of.get(d).copied())
                .collect();
            e.sort_unstable();
            e.dedup();
            e
        })
        .collect();

    // Tarjan's strongly connected components, iteratively.
    let n = nodes.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut next = 0;
    let mut components: Vec<Vec<usize>> = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut ei)) = work.last_mut() {
            if let Some(&w) = edges[v].get(*ei) {
                *ei += 1;
                if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut comp = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        comp.push(w);
                        if w == v {
                            break;
                        }
                    }
                    components.push(comp);
                }
            }
        }
    }

    let mut out = Vec::new();
    for mut comp in components {
        comp.sort_unstable();
        let start = comp[0];
        let self_loop = edges[start].contains(&start);
        if comp.len() == 1 && !self_loop {
            continue;
        }
        // A shortest path from `start` back to itself inside the component, for the message.
        let members: HashSet<usize> = comp.iter().copied().collect();
        let mut prev: HashMap<usize, usize> = HashMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        let mut closing = None;
        'bfs: while let Some(v) = queue.pop_front() {
            for &w in &edges[v] {
                if w == start {
                    closing = Some(v);
                    break 'bfs;
                }
                if members.contains(&w) && !prev.contains_key(&w) {
                    prev.insert(w, v);
                    queue.push_back(w);
                }
            }
        }
        let mut path = vec![start];
        let mut cur = closing.unwrap_or(start);
        let mut back = Vec::new();
        while cur != start {
            back.push(cur);
            cur = prev.get(&cur).copied().unwrap_or(start);
        }
        path.extend(back.into_iter().rev());
        path.push(start);
        let text: Vec<String> = path.iter().map(|&i| describe(wf, nodes[i])).collect();
        out.push((
            position(wf, nodes[start]),
            format!("dependency cycle: {}", text.join(" needs ")),
        ));
    }
    out.sort_by_key(|(p, _)| (p.line, p.col));
    out
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
