//! The case for statistics: where it stands and what kind of case it is, with no personal data. This is the only
//! JSON a person can export from a case; a case moves between installations as a handover package
//! (`crate::identity`), never as plain JSON. The schema (`avr-case-statistics`, version 1) is in `SCHEMA.md`.
//!
//! What it carries is what a redacted export keeps and nothing that names or dates a person: the workflow and
//! its version, the case's status and stage, each step's status, which safeguards hold or were overridden (by id),
//! the consent ledger's purposes and decisions, each household member's relationship, sex and nationality, how
//! many answers and notes there are, and the months (not days) the case was opened, disembarked and closed. No
//! case number, names, dates of birth, answers, notes, staff names, interpreters or override reasons.

use serde::Serialize;

use crate::cases::{CaseStatus, ConsentDecision, IsoDate};
use crate::casework::CaseView;
use crate::workflow::{SafeguardStatus, StepStatus};

use super::ExportError;

pub const SCHEMA: &str = "avr-case-statistics";
pub const VERSION: u32 = 1;
/// Said in the file itself, so that nobody takes it for a case record.
pub const LABEL: &str = "statistics, no personal data";

#[derive(Serialize)]
struct StatisticsOut<'a> {
    schema: &'static str,
    version: u32,
    label: &'static str,
    exported_at: i64,
    workflow: Workflow<'a>,
    handbook_version: &'a str,
    case: CaseOut<'a>,
}

#[derive(Serialize)]
struct Workflow<'a> {
    id: &'a str,
    version: u32,
}

#[derive(Serialize)]
struct CaseOut<'a> {
    status: CaseStatus,
    stage: &'a str,
    flags: &'a [String],
    /// `YYYY-MM`.
    opened_month: String,
    disembarked_month: Option<String>,
    closed_month: Option<String>,
    household: Vec<PersonOut<'a>>,
    steps: Vec<StepOut<'a>>,
    safeguards: Vec<SafeguardOut<'a>>,
    consents: Vec<ConsentOut<'a>>,
    answers: usize,
    notes: usize,
}

#[derive(Serialize)]
struct PersonOut<'a> {
    relationship: &'a str,
    sex: Option<&'a str>,
    nationality: Option<&'a str>,
}

#[derive(Serialize)]
struct StepOut<'a> {
    id: &'a str,
    status: StepStatus,
}

#[derive(Serialize)]
struct SafeguardOut<'a> {
    id: &'a str,
    status: SafeguardStatus,
}

#[derive(Serialize)]
struct ConsentOut<'a> {
    purpose: &'a str,
    decision: ConsentDecision,
}

fn month_of_ms(ms: i64) -> String {
    IsoDate::from_unix_ms(ms).to_string()[..7].to_owned()
}

fn month_of_date(date: &str) -> Option<String> {
    IsoDate::parse(date).map(|d| d.to_string()[..7].to_owned())
}

/// The statistics document of a case, pretty-printed.
pub fn to_statistics_json(view: &CaseView, exported_at: i64) -> Result<String, ExportError> {
    let r = &view.record;
    let s = &r.summary;
    let mut persons: Vec<_> = r.persons.iter().collect();
    persons.sort_by_key(|p| p.position);
    let out = StatisticsOut {
        schema: SCHEMA,
        version: VERSION,
        label: LABEL,
        exported_at,
        workflow: Workflow {
            id: &s.workflow_id,
            version: s.workflow_version,
        },
        handbook_version: &s.handbook_version,
        case: CaseOut {
            status: s.status,
            stage: &s.stage,
            flags: &s.flags,
            opened_month: month_of_ms(s.created_at),
            disembarked_month: s.disembarked_on.as_deref().and_then(month_of_date),
            closed_month: s.closed_at.map(month_of_ms),
            household: persons
                .iter()
                .map(|p| PersonOut {
                    relationship: &p.relationship,
                    sex: p.sex.as_deref(),
                    nationality: p.nationality.as_deref(),
                })
                .collect(),
            steps: view
                .evaluation
                .steps
                .iter()
                .map(|st| StepOut {
                    id: &st.id,
                    status: st.status,
                })
                .collect(),
            safeguards: view
                .evaluation
                .safeguards
                .iter()
                .map(|g| SafeguardOut {
                    id: &g.id,
                    status: g.status,
                })
                .collect(),
            consents: r
                .consents
                .iter()
                .map(|c| ConsentOut {
                    purpose: &c.purpose,
                    decision: c.decision,
                })
                .collect(),
            answers: r.answers.len(),
            notes: r.notes.len(),
        },
    };
    serde_json::to_string_pretty(&out).map_err(|e| ExportError::Serialize(e.to_string()))
}
