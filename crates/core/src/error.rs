//! The core's one error type and the small code the UI branches on: each module's error converts into `Error`,
//! and `Error::code()` maps it to an [`ErrorCode`] that crosses IPC with a message for people.

use serde::Serialize;
use ts_rs::TS;

/// The small set of error kinds the UI can act on. Add a variant only when a client branches on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum ErrorCode {
    /// The thing asked for does not exist (a chapter, a section, a bookmark).
    NotFound,
    /// The input was rejected; the message says which field and why.
    Validation,
    /// The case database is locked, or the passphrase did not open it: show the lock screen.
    Locked,
    /// The case database is damaged; it was moved aside: offer a restore.
    StorageCorrupt,
    /// The record is not in a state that allows this (e.g. a closed case): reopen it first.
    Conflict,
    /// Anything else: a bug or an environment problem. The message names the file where one is involved.
    Internal,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what} not found: {id}")]
    NotFound { what: &'static str, id: String },
    #[error("{0}")]
    Validation(String),
    #[error(transparent)]
    Handbook(#[from] crate::handbook::Error),
    #[error(transparent)]
    Search(#[from] crate::search::Error),
    #[error("the case records are locked: enter the passphrase")]
    Locked,
    #[error(transparent)]
    Cases(#[from] crate::cases::CaseError),
    #[error(transparent)]
    Workflow(#[from] crate::workflow::Error),
    #[error(transparent)]
    Export(#[from] crate::export::ExportError),
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
    #[error(transparent)]
    Updates(#[from] crate::updates::UpdateError),
    #[error("reading-state database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Validation(_) => ErrorCode::Validation,
            Error::Handbook(crate::handbook::Error::NoChapters { .. }) => ErrorCode::NotFound,
            Error::Locked => ErrorCode::Locked,
            Error::Cases(e) => e.code(),
            Error::Workflow(crate::workflow::Error::NotFound { .. }) => ErrorCode::NotFound,
            Error::Export(e) => e.code(),
            Error::Identity(e) => e.code(),
            Error::Updates(e) => e.code(),
            Error::Handbook(_) | Error::Search(_) | Error::Db(_) | Error::Io { .. } | Error::Workflow(_) => {
                ErrorCode::Internal
            }
        }
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
