//! Reading cases back: the list row's columns, persons and consents from their JSON rows, and the errors for a
//! case or row that is not there.

use rusqlite::Row;

use super::super::model::{CaseStatus, CaseSummary, ConsentDecision, ConsentEntry, Person};
use super::super::{CaseError, Result};

/// The columns of a list row; the household's name and size and the flags are kept on the case (migration 3).
pub(in crate::cases) const SUMMARY_COLUMNS: &str = "
    c.id, c.case_number, c.status, c.stage, c.workflow_id, c.workflow_version, c.handbook_version,
    c.display_name, c.person_count, c.flag_list, c.disembarked_on, c.due_on, c.created_at, c.updated_at,
    c.closed_at";

pub(in crate::cases) fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<CaseSummary> {
    let status: String = r.get(2)?;
    let flags: String = r.get(9)?;
    Ok(CaseSummary {
        id: r.get(0)?,
        case_number: r.get(1)?,
        status: CaseStatus::parse(&status).unwrap_or(CaseStatus::Closed),
        stage: r.get(3)?,
        workflow_id: r.get(4)?,
        workflow_version: r.get(5)?,
        handbook_version: r.get(6)?,
        display_name: r.get(7)?,
        persons: r.get(8)?,
        flags: flags
            .split(' ')
            .filter(|f| !f.is_empty())
            .map(str::to_owned)
            .collect(),
        safeguards: Vec::new(),
        disembarked_on: r.get(10)?,
        due_on: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
        closed_at: r.get(14)?,
    })
}

pub(in crate::cases) fn person_from_row(r: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        position: r.get(1)?,
        given_names: r.get(2)?,
        family_name: r.get(3)?,
        other_names: r.get(4)?,
        date_of_birth: r.get(5)?,
        dob_estimated: r.get(6)?,
        sex: r.get(7)?,
        nationality: r.get(8)?,
        relationship: r.get(9)?,
    })
}

/// Cases one [`CaseStore::warm_step`] covers.
pub(in crate::cases) const WARM_STEP_CASES: i64 = 512;

pub(in crate::cases) const PERSON_COLUMNS: &str = "id, position, given_names, family_name, other_names, date_of_birth, dob_estimated, \
                              sex, nationality, relationship";

pub(in crate::cases) fn consent_from_row(r: &Row<'_>) -> rusqlite::Result<ConsentEntry> {
    let decision: String = r.get(4)?;
    Ok(ConsentEntry {
        id: r.get(0)?,
        person_id: r.get(1)?,
        purpose: r.get(2)?,
        recipient: r.get(3)?,
        decision: ConsentDecision::parse(&decision),
        decided_at: r.get(5)?,
        interpreter: r.get(6)?,
        language: r.get(7)?,
        recorded_by: r.get(8)?,
        recorded_at: r.get(9)?,
    })
}

pub(in crate::cases) const CONSENT_COLUMNS: &str = "id, person_id, purpose, recipient, decision, decided_at, interpreter, language, recorded_by, recorded_at";

/// A person as `json_array({PERSON_COLUMNS})` gives it.
pub(in crate::cases) type PersonRow = (
    i64,
    u32,
    String,
    String,
    String,
    Option<String>,
    u8,
    Option<String>,
    Option<String>,
    String,
);

impl From<PersonRow> for Person {
    fn from(r: PersonRow) -> Person {
        Person {
            id: r.0,
            position: r.1,
            given_names: r.2,
            family_name: r.3,
            other_names: r.4,
            date_of_birth: r.5,
            dob_estimated: r.6 != 0,
            sex: r.7,
            nationality: r.8,
            relationship: r.9,
        }
    }
}

pub(in crate::cases) type AnswerRow = (String, serde_json::Value, String, i64);

/// A consent entry as `json_array({CONSENT_COLUMNS})` gives it.
pub(in crate::cases) type ConsentRow = (
    i64,
    Option<i64>,
    String,
    String,
    String,
    i64,
    Option<String>,
    String,
    String,
    i64,
);

impl From<ConsentRow> for ConsentEntry {
    fn from(r: ConsentRow) -> ConsentEntry {
        ConsentEntry {
            id: r.0,
            person_id: r.1,
            purpose: r.2,
            recipient: r.3,
            decision: ConsentDecision::parse(&r.4),
            decided_at: r.5,
            interpreter: r.6,
            language: r.7,
            recorded_by: r.8,
            recorded_at: r.9,
        }
    }
}

/// A list that SQLite built with `json_group_array`; `what` names it if the database holds something else.
pub(in crate::cases) fn stored_list<T: serde::de::DeserializeOwned>(
    what: &str,
    json: &str,
) -> Result<Vec<T>> {
    serde_json::from_str(json).map_err(|e| CaseError::invalid(format!("stored {what}"), e.to_string()))
}

pub(in crate::cases) fn not_found(what: &'static str, id: i64) -> CaseError {
    CaseError::NotFound {
        what,
        id: id.to_string(),
    }
}
