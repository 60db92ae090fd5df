//! The encrypted case store: cases, household members, workflow answers, notes, the consent ledger and a
//! hash-chained audit log, in one SQLCipher database at `<data_dir>/cases.sqlite3`.
//!
//! # Encryption
//! The database, its write-ahead log and every backup are encrypted by SQLCipher 4 with its default settings
//! (AES-256 in CBC mode per page, HMAC-SHA512 per page, PBKDF2-HMAC-SHA512 with 256 000 iterations over a
//! per-file random salt). The key comes from a passphrase chosen at first run. The store keeps the passphrase
//! only in memory, in a buffer that is wiped when the store is dropped (locking is dropping); SQLCipher wipes its
//! own copy of the derived key when the connection closes. Temporary tables and sorts stay in memory
//! (`temp_store = MEMORY`), and deleted content is overwritten (`secure_delete = ON`).
//!
//! # Damage
//! Opening never writes to the store before the passphrase is proven right: a wrong passphrase is
//! [`CaseError::WrongPassphrase`] and leaves every file of the store as it was; it is only counted, in
//! `cases.attempts` beside it (see `attempts.rs`), and told at the next successful unlock. A database that is
//! damaged (truncated,
//! garbage, failing `PRAGMA quick_check`) is [`CaseError::StorageCorrupt`]: it is renamed aside with a
//! timestamp, never overwritten, so that a backup can be restored and the damaged file still examined.
//! A page that fails its HMAC while other pages pass proves the passphrase right and the file damaged; a file
//! in which no page passes is damaged only if its salt is not one this store ever created (the salts, which
//! are not secret, are listed in `cases.salts`), and otherwise the passphrase is wrong.
//!
//! # Durability
//! One long-lived connection in WAL mode with `synchronous = FULL`: a save returns after its transaction is
//! committed and the log is on disk. `tests/it/cases.rs` kills a writer process at random points and checks
//! that every acknowledged save is there afterwards.
//!
//! `AVR_CRASH_TRIALS=200 cargo test -p avr-core --test it writer_being_killed` runs that test with 200 kills instead of 20
//! (`AVR_CRASH_SEED=<n>` replays another sequence).
//!
//! # Backups and retention
//! Backups are made with SQLite's online backup API into `<data_dir>/backups/`, encrypted under the same
//! passphrase (with their own salt): automatically at unlock once a day, before every migration, and on demand;
//! the newest [`StoreOptions::keep_backups`] are kept. [`CaseStore::purge_closed`] removes the personal data of
//! cases closed long enough ago and keeps their case number and audit trail; backups made before a purge still
//! hold that data until rotation deletes them (the report counts them), and so do database files moved aside.
//! Handbook bookmarks and reading positions stay in the separate, unencrypted `reading.sqlite3`: they say
//! nothing about any person.
//!
//! # Limits
//! Notes and answers are at most [`MAX_TEXT_BYTES`] (64 KiB) each; names and short fields at most
//! [`MAX_SHORT_CHARS`] characters. Bigger input is refused with a message naming the field and the limit.

mod answers;
mod aside;
mod attempts;
mod background;
/// Benchmarks for `avr bench` (the `bench` feature, which the CLI turns on; the app is built without them).
#[cfg(feature = "bench")]
pub mod bench;
mod files;
mod identity;
mod list;
mod model;
mod ops;
mod passphrase;
mod schema;
mod store;
mod trail;
mod transfer;
mod validate;

pub use answers::AnswerWrite;
pub use attempts::FailedUnlocks;
pub(crate) use files::days_from_civil;
pub use files::{BackupInfo, DB_FILE};
pub use identity::{HandoverMark, Renewal, RetiredIdentity, StoredIdentity, TrustEntry};

/// `path` with `suffix` appended, as SQLite names its side files (`-wal`) and the store its own (`.anchor`).
pub fn side_file(path: &std::path::Path, suffix: &str) -> std::path::PathBuf {
    files::with_suffix(path, suffix)
}
pub use model::{
    AnchorStatus, Answer, AnswerChange, AuditEvent, AuditReport, CaseChanges, CaseFilter, CaseRecord,
    CaseSort, CaseStatus, CaseSummary, ConsentDecision, ConsentEntry, IntegrityStatus, NewCase, NewConsent,
    NewPerson, Note, Person, PurgeReport, PurgedCase, RekeyReport, StaffProfile,
};
pub use passphrase::{Estimate, MIN_PASSPHRASE_SCORE, PassphraseStrength, estimate};
pub use store::{CaseStore, StoreOptions};
pub use validate::{
    IsoDate, MAX_SHORT_CHARS, MAX_TEXT_BYTES, MIN_PASSPHRASE_CHARS, validate_date_of_birth,
    validate_disembarkation_date,
};

/// Everything that can go wrong in the case store. No variant carries personal data: messages name fields,
/// limits, ids and files, never a value. What each says is in the catalogs (`error-…` in
/// `i18n/<lang>/errors.ftl`, see [`CaseError::message`]); `Display` writes it in the interface language.
#[derive(Debug)]
pub enum CaseError {
    WrongPassphrase,
    /// A new passphrase that is too short or too easy to guess; the message says why.
    WeakPassphrase(passphrase::Estimate),
    NotCreated {
        path: String,
    },
    AlreadyExists {
        path: String,
    },
    StorageCorrupt {
        detail: String,
        moved_to: String,
    },
    Invalid {
        field: String,
        message: String,
    },
    /// `what` is one of the kinds the catalogs name (`error-not-found`): case, person, consent…
    NotFound {
        what: &'static str,
        id: String,
    },
    CaseNotOpen {
        case_number: String,
        status: &'static str,
    },
    AlreadyInState {
        case_number: String,
        status: &'static str,
    },
    CaseNumberTaken {
        case_number: String,
    },
    BrokenLink {
        event_id: i64,
        reason: &'static str,
    },
    MigrationChanged {
        version: usize,
        name: String,
    },
    TooNew {
        found: usize,
        supported: usize,
    },
    Backup {
        path: String,
        message: String,
    },
    Io {
        path: String,
        source: std::io::Error,
    },
    /// The case was handed over to another office and is read-only here until it comes back.
    HandedOver,
    Sqlite(rusqlite::Error),
    Migration(rusqlite_migration::Error),
}

mod error_text;

impl From<rusqlite_migration::Error> for CaseError {
    fn from(e: rusqlite_migration::Error) -> Self {
        CaseError::Migration(e)
    }
}

impl CaseError {
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        CaseError::Io {
            path: path.display().to_string(),
            source,
        }
    }

    pub(crate) fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        CaseError::Invalid {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// Every SQLite error enters the store's errors here, so that a write refused by the read-only triggers of a
/// handed-over case (migration 8) reads as [`CaseError::HandedOver`] whatever code path tried it.
impl From<rusqlite::Error> for CaseError {
    fn from(e: rusqlite::Error) -> Self {
        match &e {
            rusqlite::Error::SqliteFailure(_, Some(message))
                if message.starts_with(identity::HANDED_OVER) =>
            {
                CaseError::HandedOver
            }
            _ => CaseError::Sqlite(e),
        }
    }
}

pub type Result<T, E = CaseError> = std::result::Result<T, E>;

impl CaseError {
    /// What the UI can do about it.
    pub fn code(&self) -> crate::ErrorCode {
        use crate::ErrorCode;
        match self {
            CaseError::WrongPassphrase => ErrorCode::Locked,
            CaseError::StorageCorrupt { .. } => ErrorCode::StorageCorrupt,
            CaseError::Invalid { .. } | CaseError::WeakPassphrase(_) | CaseError::Backup { .. } => {
                ErrorCode::Validation
            }
            CaseError::NotFound { .. } | CaseError::NotCreated { .. } => ErrorCode::NotFound,
            CaseError::CaseNotOpen { .. }
            | CaseError::AlreadyInState { .. }
            | CaseError::AlreadyExists { .. }
            | CaseError::CaseNumberTaken { .. }
            | CaseError::HandedOver => ErrorCode::Conflict,
            CaseError::BrokenLink { .. }
            | CaseError::MigrationChanged { .. }
            | CaseError::TooNew { .. }
            | CaseError::Io { .. }
            | CaseError::Sqlite(_)
            | CaseError::Migration(_) => ErrorCode::Internal,
        }
    }
}
