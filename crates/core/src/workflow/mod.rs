//! Guided case workflows: definitions read from `handbook/workflows/*.toml`, and a pure engine that runs them.
//!
//! - [`load_dir`] reads and compiles every definition (types, names and dependency cycles are checked here: a
//!   definition that loads can be evaluated safely).
//! - [`check_dir`] adds what needs the handbook or a whole-definition analysis: handbook references that do not
//!   resolve, and steps or fields that can never be reached. `avr workflows check` prints its diagnostics.
//! - [`evaluate`] turns a definition and the answers so far into what the UI shows: visible steps, the current
//!   step, validation errors, blocked steps with the safeguard behind each block, the checklist and departure
//!   readiness. It does no I/O and reads no clock: `today` is an argument. The same inputs always give the same
//!   output.
//!
//! The format and the expression language are documented in `handbook/workflows/README.md`.

mod check;
mod date;
mod definition;
pub(crate) mod engine;
mod expr;
pub(crate) mod typed;
mod value;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

pub use date::{Date, DateError};
pub use definition::{
    ChecklistItem, ChoiceOption, ConsentCoverage, Constraint, Departure, DepartureRecord,
    DepartureRequirement, Expr, Field, FieldKind, FieldLimits, Flag, Form, HandbookRef, Household,
    OverridePolicy, Safeguard, Stage, Step, Workflow, WorkflowSummary,
};
pub use engine::{
    AnswerState, BlockedStep, ChecklistEntry, ChecklistStatus, Evaluation, FieldError, FieldErrorKind,
    FieldState, FlagState, InactiveReason, MemberAnswers, MemberHold, OverrideProblem, Readiness,
    ReadinessCheck, SafeguardState, SafeguardStatus, StageState, StageStatus, StepState, StepStatus,
    evaluate, evaluate_household,
};
pub use typed::{AnswerProblem, DEFAULT_MAX_TEXT, check_answer, parse_typed};
pub use value::{Answers, Latch, SafeguardOverride, Value};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the workflow definitions have {} problem(s); the first: {}", .0.len(), first(.0))]
    Invalid(Vec<Diagnostic>),
    #[error("{}", crate::error::not_found("workflow", &format!("{id} v{version}")))]
    NotFound { id: String, version: u32 },
}

fn first(diags: &[Diagnostic]) -> String {
    diags.first().map(ToString::to_string).unwrap_or_default()
}

impl From<Vec<Diagnostic>> for Error {
    fn from(diags: Vec<Diagnostic>) -> Self {
        Error::Invalid(diags)
    }
}

/// The loaded definition a case follows: the one with this id and version.
pub fn find<'a>(workflows: &'a [Workflow], id: &str, version: u32) -> Result<&'a Workflow, Error> {
    workflows
        .iter()
        .find(|w| w.id == id && w.version == version)
        .ok_or_else(|| Error::NotFound {
            id: id.to_owned(),
            version,
        })
}

/// One problem in a workflow definition, located precisely enough to jump to it in an editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "WorkflowDiagnostic")]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub kind: DiagnosticKind,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.col, self.message)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "WorkflowDiagnosticKind")]
pub enum DiagnosticKind {
    /// The file or folder cannot be read.
    Unreadable,
    /// Not valid TOML, or a value of the wrong TOML type, or a required key missing.
    Syntax,
    /// A key the format does not know (often a misspelling).
    UnknownKey,
    /// A rule of the format: id shapes, ordering, missing options, messages, file names.
    Invalid,
    DuplicateId,
    /// An expression or a reference names a field, flag, step or stage that does not exist.
    UnknownName,
    /// An expression cannot be read.
    Expression,
    /// An expression mixes types, or compares a choice with an option it does not have.
    Type,
    /// Something depends on itself, through flags, relevance, constraints or safeguards.
    Cycle,
    /// A step, field or checklist item that no answers can ever reach.
    Unreachable,
    /// A `chapter#section` reference that the handbook does not have.
    HandbookRef,
}

/// Compile one definition from its text; `file` names it in diagnostics and must be `<id>-v<version>.toml`, as
/// [`load_dir`] requires. What the fuzzer and tools call.
pub fn load_str(file: &str, source: &str) -> Result<Workflow, Vec<Diagnostic>> {
    definition::compile(file, source)
}

/// Read and compile every `*.toml` definition in `dir`, in file-name order. Any problem in any file fails the
/// load, and every problem found is returned.
pub fn load_dir(dir: &Path) -> Result<Vec<Workflow>, Vec<Diagnostic>> {
    let (workflows, diags) = load_all(dir);
    if diags.is_empty() {
        Ok(workflows)
    } else {
        Err(diags)
    }
}

/// Everything `avr workflows check` reports: load problems, handbook references that do not resolve against
/// `handbook`, and unreachable steps, fields and checklist items. Sorted by file and position.
pub fn check_dir(dir: &Path, handbook: &crate::handbook::Handbook) -> Vec<Diagnostic> {
    let (workflows, mut diags) = load_all(dir);
    for wf in &workflows {
        diags.extend(check::check(wf, handbook));
    }
    diags.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    diags.dedup();
    diags
}

/// The definitions that compiled, and the problems of those that did not.
fn load_all(dir: &Path) -> (Vec<Workflow>, Vec<Diagnostic>) {
    let shown = dir.display().to_string();
    let unreadable = |message: String| Diagnostic {
        file: shown.clone(),
        line: 1,
        col: 1,
        kind: DiagnosticKind::Unreadable,
        message,
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            return (
                Vec::new(),
                vec![unreadable(format!("cannot read the folder: {e}"))],
            );
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return (
            Vec::new(),
            vec![unreadable(
                "no workflow definitions (*.toml) in this folder".into(),
            )],
        );
    }

    let mut workflows: Vec<Workflow> = Vec::new();
    let mut diags = Vec::new();
    for path in files {
        let file = path.display().to_string();
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                diags.push(Diagnostic {
                    file,
                    line: 1,
                    col: 1,
                    kind: DiagnosticKind::Unreadable,
                    message: format!("cannot read the file: {e}"),
                });
                continue;
            }
        };
        match definition::compile(&file, &source) {
            Ok(wf) => {
                if let Some(prev) = workflows
                    .iter()
                    .find(|w| w.id == wf.id && w.version == wf.version)
                {
                    diags.push(Diagnostic {
                        file,
                        line: 1,
                        col: 1,
                        kind: DiagnosticKind::DuplicateId,
                        message: format!(
                            "workflow `{}` version {} is already defined in {}",
                            wf.id, wf.version, prev.file
                        ),
                    });
                } else {
                    workflows.push(wf);
                }
            }
            Err(d) => diags.extend(d),
        }
    }
    (workflows, diags)
}
