//! The case as JSON, for import on another installation. The schema (`avr-case-export`, version 1) is
//! documented in `SCHEMA.md`; the Rust types below are its definition.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::cases::{
    Answer, CaseRecord, CaseStatus, CaseSummary, ConsentDecision, ConsentEntry, Note, Person,
};

use super::ExportError;

pub const SCHEMA: &str = "avr-case-export";
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct ExportOut<'a> {
    schema: &'static str,
    version: u32,
    exported_at: i64,
    workflow: WorkflowRef,
    handbook_version: &'a str,
    case: CaseOut,
}

#[derive(Serialize, Deserialize)]
struct WorkflowRef {
    id: String,
    version: u32,
}

#[derive(Serialize)]
struct CaseOut {
    summary: SummaryDto,
    persons: Vec<PersonDto>,
    answers: Vec<AnswerDto>,
    notes: Vec<NoteDto>,
    consents: Vec<ConsentDto>,
}

#[derive(Serialize, Deserialize)]
struct SummaryDto {
    id: i64,
    case_number: String,
    status: CaseStatus,
    stage: String,
    display_name: String,
    flags: Vec<String>,
    disembarked_on: Option<String>,
    due_on: Option<String>,
    created_at: i64,
    updated_at: i64,
    closed_at: Option<i64>,
}

#[derive(Serialize, Deserialize)]
struct PersonDto {
    id: i64,
    position: u32,
    given_names: String,
    family_name: String,
    other_names: String,
    date_of_birth: Option<String>,
    dob_estimated: bool,
    sex: Option<String>,
    nationality: Option<String>,
    relationship: String,
}

#[derive(Serialize, Deserialize)]
struct AnswerDto {
    field_id: String,
    value: serde_json::Value,
    saved_by: String,
    saved_at: i64,
}

#[derive(Serialize, Deserialize)]
struct NoteDto {
    id: i64,
    body: String,
    author: String,
    created_at: i64,
}

#[derive(Serialize, Deserialize)]
struct ConsentDto {
    id: i64,
    person_id: Option<i64>,
    purpose: String,
    recipient: String,
    decision: ConsentDecision,
    decided_at: i64,
    interpreter: Option<String>,
    language: String,
    recorded_by: String,
    recorded_at: i64,
}

/// A case read back from an export.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedCase {
    /// Unix milliseconds.
    pub exported_at: i64,
    pub record: CaseRecord,
}

/// The whole case record as pretty-printed JSON (never redacted: it is for moving a case, not sharing it).
pub fn to_json(record: &CaseRecord, exported_at: i64) -> Result<String, ExportError> {
    let s = &record.summary;
    let out = ExportOut {
        schema: SCHEMA,
        version: VERSION,
        exported_at,
        workflow: WorkflowRef {
            id: s.workflow_id.clone(),
            version: s.workflow_version,
        },
        handbook_version: &s.handbook_version,
        case: CaseOut {
            summary: SummaryDto {
                id: s.id,
                case_number: s.case_number.clone(),
                status: s.status,
                stage: s.stage.clone(),
                display_name: s.display_name.clone(),
                flags: s.flags.clone(),
                disembarked_on: s.disembarked_on.clone(),
                due_on: s.due_on.clone(),
                created_at: s.created_at,
                updated_at: s.updated_at,
                closed_at: s.closed_at,
            },
            persons: record
                .persons
                .iter()
                .map(|p| PersonDto {
                    id: p.id,
                    position: p.position,
                    given_names: p.given_names.clone(),
                    family_name: p.family_name.clone(),
                    other_names: p.other_names.clone(),
                    date_of_birth: p.date_of_birth.clone(),
                    dob_estimated: p.dob_estimated,
                    sex: p.sex.clone(),
                    nationality: p.nationality.clone(),
                    relationship: p.relationship.clone(),
                })
                .collect(),
            answers: record
                .answers
                .iter()
                .map(|a| AnswerDto {
                    field_id: a.field_id.clone(),
                    value: a.value.clone(),
                    saved_by: a.saved_by.clone(),
                    saved_at: a.saved_at,
                })
                .collect(),
            notes: record
                .notes
                .iter()
                .map(|n| NoteDto {
                    id: n.id,
                    body: n.body.clone(),
                    author: n.author.clone(),
                    created_at: n.created_at,
                })
                .collect(),
            consents: record
                .consents
                .iter()
                .map(|c| ConsentDto {
                    id: c.id,
                    person_id: c.person_id,
                    purpose: c.purpose.clone(),
                    recipient: c.recipient.clone(),
                    decision: c.decision,
                    decided_at: c.decided_at,
                    interpreter: c.interpreter.clone(),
                    language: c.language.clone(),
                    recorded_by: c.recorded_by.clone(),
                    recorded_at: c.recorded_at,
                })
                .collect(),
        },
    };
    serde_json::to_string_pretty(&out).map_err(|e| ExportError::Serialize(e.to_string()))
}

fn schema_err(field: &str, message: impl Into<String>) -> ExportError {
    ExportError::Schema {
        field: field.to_owned(),
        message: message.into(),
    }
}

/// Take `key` out of `obj` and read it as `T`; errors name the field's path.
fn take<T: DeserializeOwned>(
    obj: &mut serde_json::Map<String, serde_json::Value>,
    path: &str,
    key: &str,
) -> Result<T, ExportError> {
    let field = if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    };
    let value = obj.remove(key).ok_or_else(|| schema_err(&field, "missing"))?;
    serde_json::from_value(value).map_err(|e| schema_err(&field, e.to_string()))
}

/// Read a list field element by element, so an error names the element (`case.answers[3]`).
fn take_list<T: DeserializeOwned>(
    obj: &mut serde_json::Map<String, serde_json::Value>,
    path: &str,
    key: &str,
) -> Result<Vec<T>, ExportError> {
    let items: Vec<serde_json::Value> = take(obj, path, key)?;
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            serde_json::from_value(v).map_err(|e| schema_err(&format!("{path}.{key}[{i}]"), e.to_string()))
        })
        .collect()
}

/// Read an `avr-case-export` file. Errors name the field that is wrong.
pub fn from_json(text: &str) -> Result<ImportedCase, ExportError> {
    let root: serde_json::Value = serde_json::from_str(text).map_err(|e| ExportError::Json(e.to_string()))?;
    let serde_json::Value::Object(mut root) = root else {
        return Err(schema_err("(top level)", "expected a JSON object"));
    };
    let schema: String = take(&mut root, "", "schema")?;
    if schema != SCHEMA {
        return Err(schema_err("schema", format!("`{schema}` is not `{SCHEMA}`")));
    }
    let version: u32 = take(&mut root, "", "version")?;
    if version != VERSION {
        return Err(schema_err(
            "version",
            format!("version {version} is not supported (this installation reads version {VERSION})"),
        ));
    }
    let exported_at: i64 = take(&mut root, "", "exported_at")?;
    let workflow: WorkflowRef = take(&mut root, "", "workflow")?;
    let handbook_version: String = take(&mut root, "", "handbook_version")?;
    let mut case: serde_json::Map<String, serde_json::Value> = take(&mut root, "", "case")?;
    let s: SummaryDto = take(&mut case, "case", "summary")?;
    let persons: Vec<PersonDto> = take_list(&mut case, "case", "persons")?;
    let answers: Vec<AnswerDto> = take_list(&mut case, "case", "answers")?;
    let notes: Vec<NoteDto> = take_list(&mut case, "case", "notes")?;
    let consents: Vec<ConsentDto> = take_list(&mut case, "case", "consents")?;
    let summary = CaseSummary {
        id: s.id,
        case_number: s.case_number,
        status: s.status,
        stage: s.stage,
        workflow_id: workflow.id,
        workflow_version: workflow.version,
        handbook_version,
        display_name: s.display_name,
        persons: u32::try_from(persons.len()).unwrap_or(u32::MAX),
        flags: s.flags,
        safeguards: Vec::new(),
        disembarked_on: s.disembarked_on,
        due_on: s.due_on,
        created_at: s.created_at,
        updated_at: s.updated_at,
        closed_at: s.closed_at,
    };
    let record = CaseRecord {
        summary,
        persons: persons
            .into_iter()
            .map(|p| Person {
                id: p.id,
                position: p.position,
                given_names: p.given_names,
                family_name: p.family_name,
                other_names: p.other_names,
                date_of_birth: p.date_of_birth,
                dob_estimated: p.dob_estimated,
                sex: p.sex,
                nationality: p.nationality,
                relationship: p.relationship,
            })
            .collect(),
        answers: answers
            .into_iter()
            .map(|a| Answer {
                field_id: a.field_id,
                value: a.value,
                saved_by: a.saved_by,
                saved_at: a.saved_at,
            })
            .collect(),
        notes: notes
            .into_iter()
            .map(|n| Note {
                id: n.id,
                body: n.body,
                author: n.author,
                created_at: n.created_at,
            })
            .collect(),
        consents: consents
            .into_iter()
            .map(|c| ConsentEntry {
                id: c.id,
                person_id: c.person_id,
                purpose: c.purpose,
                recipient: c.recipient,
                decision: c.decision,
                decided_at: c.decided_at,
                interpreter: c.interpreter,
                language: c.language,
                recorded_by: c.recorded_by,
                recorded_at: c.recorded_at,
            })
            .collect(),
    };
    Ok(ImportedCase { exported_at, record })
}
