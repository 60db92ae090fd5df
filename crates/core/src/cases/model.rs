//! The DTOs of the case store: what the UI sends (`New…`, filters) and what it gets back. Times are Unix
//! milliseconds; dates are `YYYY-MM-DD`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, TS)]
#[ts(export)]
pub enum CaseStatus {
    Open,
    Closed,
    /// Closed long enough ago that the retention policy removed its personal data; only the case number,
    /// dates and the audit trail remain.
    Purged,
}

impl CaseStatus {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Open => "open",
            CaseStatus::Closed => "closed",
            CaseStatus::Purged => "purged",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<CaseStatus> {
        match s {
            "open" => Some(CaseStatus::Open),
            "closed" => Some(CaseStatus::Closed),
            "purged" => Some(CaseStatus::Purged),
            _ => None,
        }
    }
}

/// A household member as entered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct NewPerson {
    pub given_names: String,
    pub family_name: String,
    /// Aliases and spellings in other scripts, e.g. the name in Arabic script.
    #[serde(default)]
    pub other_names: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    #[ts(optional)]
    pub date_of_birth: Option<String>,
    /// The date of birth is an estimate (no document).
    #[serde(default)]
    pub dob_estimated: bool,
    #[serde(default)]
    #[ts(optional)]
    pub sex: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub nationality: Option<String>,
    /// e.g. `principal`, `spouse`, `child`.
    pub relationship: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Person {
    #[ts(type = "number")]
    pub id: i64,
    /// 0 is the principal applicant.
    pub position: u32,
    pub given_names: String,
    pub family_name: String,
    pub other_names: String,
    pub date_of_birth: Option<String>,
    pub dob_estimated: bool,
    pub sex: Option<String>,
    pub nationality: Option<String>,
    pub relationship: String,
}

/// What a new case starts with. The case number is assigned by the store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct NewCase {
    pub workflow_id: String,
    pub workflow_version: u32,
    /// Content hash of the handbook edition the workflow follows.
    pub handbook_version: String,
    /// The workflow stage the case starts in.
    pub stage: String,
    #[serde(default)]
    pub persons: Vec<NewPerson>,
    #[serde(default)]
    pub flags: Vec<String>,
    /// `YYYY-MM-DD`; refused when in the future.
    #[serde(default)]
    #[ts(optional)]
    pub disembarked_on: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    #[ts(optional)]
    pub due_on: Option<String>,
}

/// Changes to a case's workflow position; `None` leaves a value as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct CaseChanges {
    #[serde(default)]
    #[ts(optional)]
    pub stage: Option<String>,
    #[serde(default)]
    #[ts(optional)]
    pub flags: Option<Vec<String>>,
    /// `Some("")` clears the due date.
    #[serde(default)]
    #[ts(optional)]
    pub due_on: Option<String>,
}

/// One row of the case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CaseSummary {
    #[ts(type = "number")]
    pub id: i64,
    /// `AVR-2026-0001`.
    pub case_number: String,
    pub status: CaseStatus,
    pub stage: String,
    pub workflow_id: String,
    pub workflow_version: u32,
    pub handbook_version: String,
    /// The principal applicant's name; empty for a purged case.
    pub display_name: String,
    pub persons: u32,
    /// Workflow flags that are true, and `safeguard:<id>` for each safeguard blocking the case now.
    pub flags: Vec<String>,
    /// Titles of the safeguards blocking the case now, in the order of `flags` (filled by the api: the store
    /// keeps ids).
    pub safeguards: Vec<String>,
    pub disembarked_on: Option<String>,
    pub due_on: Option<String>,
    #[ts(type = "number")]
    pub created_at: i64,
    #[ts(type = "number")]
    pub updated_at: i64,
    #[ts(type = "number | null")]
    pub closed_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Answer {
    pub field_id: String,
    #[ts(type = "unknown")]
    pub value: serde_json::Value,
    /// The staff member who saved it.
    pub saved_by: String,
    #[ts(type = "number")]
    pub saved_at: i64,
}

/// One change of an answer, from the store's history (purged with the case; the audit log keeps field names only).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AnswerChange {
    pub field_id: String,
    /// `None` for the first answer.
    #[ts(type = "unknown")]
    pub old_value: Option<serde_json::Value>,
    #[ts(type = "unknown")]
    pub new_value: serde_json::Value,
    /// Why: a correction's reason and supervisor, a cleared latch.
    pub note: Option<String>,
    pub changed_by: String,
    #[ts(type = "number")]
    pub changed_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Note {
    #[ts(type = "number")]
    pub id: i64,
    pub body: String,
    pub author: String,
    #[ts(type = "number")]
    pub created_at: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub enum ConsentDecision {
    Given,
    Withdrawn,
}

impl ConsentDecision {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ConsentDecision::Given => "given",
            ConsentDecision::Withdrawn => "withdrawn",
        }
    }

    /// As stored: the table's CHECK constraint allows only "given" and "withdrawn".
    pub(crate) fn parse(text: &str) -> ConsentDecision {
        if text == "withdrawn" {
            ConsentDecision::Withdrawn
        } else {
            ConsentDecision::Given
        }
    }
}

/// A consent decision to record. The ledger is append-only: withdrawing is a new entry.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct NewConsent {
    /// The household member who decided; `None` for the whole household.
    #[serde(default)]
    #[ts(optional, type = "number")]
    pub person_id: Option<i64>,
    /// A code, e.g. `data-sharing`, `medical-referral`, `travel-documents`.
    pub purpose: String,
    /// Who receives the data, e.g. `UNHCR`, `embassy`.
    pub recipient: String,
    pub decision: ConsentDecision,
    /// When the person decided (may be earlier than when it is recorded).
    #[ts(type = "number")]
    pub decided_at: i64,
    #[serde(default)]
    #[ts(optional)]
    pub interpreter: Option<String>,
    /// The language the consent was explained in.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ConsentEntry {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number | null")]
    pub person_id: Option<i64>,
    pub purpose: String,
    pub recipient: String,
    pub decision: ConsentDecision,
    #[ts(type = "number")]
    pub decided_at: i64,
    pub interpreter: Option<String>,
    pub language: String,
    pub recorded_by: String,
    #[ts(type = "number")]
    pub recorded_at: i64,
}

/// A case with everything recorded about it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CaseRecord {
    pub summary: CaseSummary,
    pub persons: Vec<Person>,
    pub answers: Vec<Answer>,
    pub notes: Vec<Note>,
    pub consents: Vec<ConsentEntry>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub enum CaseSort {
    /// Most recently changed first.
    #[default]
    UpdatedDesc,
    CreatedDesc,
    /// Earliest due date first; cases without one last.
    DueAsc,
    CaseNumber,
}

/// What the case list shows. Every field narrows the list; the default is every open or closed case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, TS)]
#[ts(export)]
pub struct CaseFilter {
    /// `None`: open and closed cases (purged ones only when asked for).
    #[serde(default)]
    #[ts(optional)]
    pub status: Option<CaseStatus>,
    #[serde(default)]
    #[ts(optional)]
    pub stage: Option<String>,
    /// Cases that have every one of these flags.
    #[serde(default)]
    pub flags: Vec<String>,
    /// Cases due on or before this date (`YYYY-MM-DD`).
    #[serde(default)]
    #[ts(optional)]
    pub due_by: Option<String>,
    /// A case number (or part of one) or words of a name; searched inside the encrypted database.
    #[serde(default)]
    #[ts(optional)]
    pub text: Option<String>,
    #[serde(default)]
    pub sort: CaseSort,
    /// Page size; 50 when 0, at most 500.
    #[serde(default)]
    pub limit: u32,
    #[serde(default)]
    pub offset: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StaffProfile {
    pub name: String,
    pub office: String,
}

/// One entry of the audit log. `summary` never holds names, notes or answer values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AuditEvent {
    #[ts(type = "number")]
    pub id: i64,
    #[ts(type = "number")]
    pub at: i64,
    pub actor: String,
    pub action: String,
    #[ts(type = "number | null")]
    pub case_id: Option<i64>,
    pub summary: String,
    /// SHA-256 (hex) of this event, chained to the previous one.
    pub hash: String,
}

/// The audit chain checked from the first event to the last.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct AuditReport {
    #[ts(type = "number")]
    pub events: u64,
    /// Hash of the last event; 64 zeros for an empty log. Writing it down elsewhere lets a later check prove
    /// that no event was removed from the end.
    pub head_hash: String,
    /// Id of the last event (0 for an empty log).
    #[ts(type = "number")]
    pub head_id: i64,
    /// The chain against its head as last seen outside the database (`cases.anchor`).
    pub anchor: AnchorStatus,
    /// Ids of the events that record a rollback found at an unlock (a store older than its anchor).
    #[ts(type = "number[]")]
    pub rollbacks: Vec<i64>,
}

/// The audit chain in the database against the head last seen outside it (`cases.anchor`, written after every
/// change and beside every backup, authenticated with the store's audit key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AnchorStatus {
    /// The chain reaches the last head seen.
    Consistent,
    /// No anchor to compare with yet (a store from before schema version 7, until its first change).
    Missing,
    /// The anchor file does not verify under this store's key: forged, damaged or from another store.
    Invalid,
    /// The chain ends before the last head seen: an older copy of the store, or changes lost with its log.
    Behind {
        #[ts(type = "number")]
        db_head: i64,
        #[ts(type = "number")]
        anchor_head: i64,
    },
    /// The event at the last head seen has another hash: the chain was rewritten.
    Diverged {
        #[ts(type = "number")]
        at: i64,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PurgedCase {
    #[ts(type = "number")]
    pub id: i64,
    pub case_number: String,
    #[ts(type = "number")]
    pub closed_at: i64,
}

/// What a retention purge removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct PurgeReport {
    /// Cases closed at or before this time were purged.
    #[ts(type = "number")]
    pub cutoff: i64,
    pub cases: Vec<PurgedCase>,
    pub persons: u32,
    pub answers: u32,
    pub notes: u32,
    pub consents: u32,
    /// Audit events kept (all of them: the purge removes none).
    #[ts(type = "number")]
    pub audit_events_kept: u64,
    /// Backups made before this purge still hold the purged data until rotation removes them.
    pub older_backups: u32,
    /// Files set aside before the cutoff (damaged databases, databases a restore replaced) that were removed.
    pub set_aside_removed: Vec<String>,
}

/// The result of changing the passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct RekeyReport {
    /// Backups re-encrypted with the new passphrase.
    pub backups_rekeyed: u32,
    /// Backups that could not be re-encrypted (damaged or under another passphrase); they still open with the
    /// passphrase they were made with.
    pub backups_not_rekeyed: Vec<String>,
    /// Files set aside in the data folder (a damaged database, the one a restore replaced) that were re-encrypted
    /// with the new passphrase.
    pub set_aside_rekeyed: Vec<String>,
    /// Set-aside files that could not be re-encrypted (damaged, or a log on its own) and were removed, so that
    /// nothing stays readable with the old passphrase.
    pub set_aside_removed: Vec<String>,
}

/// The start-up integrity check (`PRAGMA quick_check` over the whole file). Unlocking checks the file's header,
/// its schema and every b-tree root at once; the full check then reads every page on a second connection in
/// the background, so that unlocking does not wait for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
#[ts(export)]
pub enum IntegrityStatus {
    /// The store is locked, or the check was stopped before it finished (the store was locked).
    NotChecked,
    /// The check is reading the file.
    Checking,
    Ok,
    /// The check found damage. The app sets the file aside and offers a restore, as when unlocking finds it.
    Corrupt {
        detail: String,
    },
    /// The check could not run to the end for another reason (the message says which); nothing was found.
    Failed {
        detail: String,
    },
}
