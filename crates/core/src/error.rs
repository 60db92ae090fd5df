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
    /// `what` is one of the kinds the catalogs name (`error-not-found`): chapter, section, workflow…
    #[error("{}", not_found(.what, .id))]
    NotFound { what: &'static str, id: String },
    #[error("{0}")]
    Validation(String),
    #[error(transparent)]
    Handbook(#[from] crate::handbook::Error),
    #[error(transparent)]
    Search(#[from] crate::search::Error),
    #[error("{}", say("error-locked", &[]))]
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
    #[error("{}", say("error-reading-state", &[("error", .0.to_string().into())]))]
    Db(#[from] rusqlite::Error),
    #[error("{}", say("error-io", &[("path", .path.clone().into()), ("error", .source.to_string().into())]))]
    Io { path: String, source: std::io::Error },
}

// What the core's own variants say, from the catalogs (`i18n/<lang>/errors.ftl`) in the interface language: the
// UI shows `Display` as the message of an `IpcError`, the command line as its error line. The module errors say
// theirs the same way (`CaseError::message`).

fn say(key: &str, args: &[(&str, crate::i18n::Value<'_>)]) -> String {
    crate::i18n::tr(crate::i18n::interface_lang(), key, args)
}

/// `what` as a catalog selector: `handbook edition` → `handbook-edition`.
pub(crate) fn not_found(what: &str, id: &str) -> String {
    say(
        "error-not-found",
        &[
            ("what", what.replace(' ', "-").into()),
            ("id", id.to_owned().into()),
        ],
    )
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
