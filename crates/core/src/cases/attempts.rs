//! Failed unlocks, counted outside the encrypted database (which a wrong passphrase cannot open): a small file
//! `cases.attempts` beside the store, readable by its owner only, written atomically, holding a count and the
//! time of the last failure and nothing about any person. The next successful unlock reads it, reports it
//! ("3 failed attempts since the last unlock, the last on …"), records it as an audit event in the store and
//! resets it.
//!
//! Whoever can write to the data folder can delete or edit this file, so it is a notice for the person who
//! unlocks, not proof: the attempts it hides were still made against a key derivation that costs each guess
//! the same (see `docs/security.md`).

use std::fs;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Result;
use super::files::{self, StorePaths};

pub(crate) const ATTEMPTS_FILE: &str = "cases.attempts";

/// Failed unlocks since the last successful one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct FailedUnlocks {
    pub count: u32,
    /// When the last one happened (Unix ms).
    #[ts(type = "number")]
    pub last_at: i64,
}

/// The failures recorded so far; `None` when there are none (or the file cannot be read: it is only a notice).
pub(super) fn read(paths: &StorePaths) -> Option<FailedUnlocks> {
    let text = fs::read_to_string(paths.data_dir.join(ATTEMPTS_FILE)).ok()?;
    serde_json::from_str::<FailedUnlocks>(&text)
        .ok()
        .filter(|f| f.count > 0)
}

/// Count one more failed unlock at `now`. Best effort: a data folder that cannot be written to must not turn a
/// wrong passphrase into another error.
pub(super) fn record_failure(paths: &StorePaths, now: i64) {
    let count = read(paths).map_or(0, |f| f.count).saturating_add(1);
    let body = serde_json::to_vec(&FailedUnlocks { count, last_at: now }).unwrap_or_default();
    let _ = files::write_private_atomic(&paths.data_dir.join(ATTEMPTS_FILE), &body);
}

/// Start counting again (after a successful unlock has reported and audited the failures).
pub(super) fn reset(paths: &StorePaths) -> Result<()> {
    let path = paths.data_dir.join(ATTEMPTS_FILE);
    match fs::remove_file(&path) {
        Ok(()) => {
            files::sync_dir(&paths.data_dir);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(super::CaseError::io(&path, e)),
    }
}
