//! The install history of handbook packages, kept beside the installed versions whether or not the case store
//! is unlocked (an update is often installed before anyone signs in):
//!
//! ```text
//! <data>/handbook/history.json   [{"action": "installed", "at": …, "from_version": "2026.1", "to_version": …}, …]
//! ```
//! Each install and rollback appends one entry: the versions from and to (`None`: the bundled handbook), the
//! publisher key that signed what was installed, and when (passed in). The file is replaced by rename, like
//! `state.json`, and keeps the newest [`MAX_ENTRIES`]. When the case store is unlocked the api also writes the
//! same facts to its tamper-evident audit log; this file is the record that survives a locked store.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::UpdateError;
use super::install::root;

const HISTORY: &str = "history.json";

/// Entries kept; older ones are dropped (the case store's audit log keeps everything it saw).
pub(super) const MAX_ENTRIES: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(rename_all = "snake_case")]
pub enum BookAction {
    Installed,
    RolledBack,
}

impl BookAction {
    /// The action's name in the case store's audit log.
    pub fn audit_action(self) -> &'static str {
        match self {
            BookAction::Installed => "handbook.installed",
            BookAction::RolledBack => "handbook.rolled-back",
        }
    }
}

/// One install or rollback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BookEvent {
    pub action: BookAction,
    /// When (Unix ms).
    #[ts(type = "number")]
    pub at: i64,
    /// The version in use before (`None`: the bundled handbook or a development folder without a version).
    pub from_version: Option<String>,
    /// The version in use after (`None`: the bundled handbook, after rolling back the only installed one).
    pub to_version: Option<String>,
    /// The key id of the publisher key that signed the installed package (`None` for a rollback).
    pub publisher: Option<String>,
}

impl BookEvent {
    /// The one-line summary written to the case store's audit log (no personal data: versions and a key id).
    pub fn audit_summary(&self) -> String {
        let v = |o: &Option<String>| o.clone().unwrap_or_else(|| "bundled".to_owned());
        let mut s = format!("{} -> {}", v(&self.from_version), v(&self.to_version));
        if let Some(p) = &self.publisher {
            s.push_str(&format!(", publisher key {p}"));
        }
        s
    }
}

/// The history, oldest first (none yet: empty). A damaged file reads as an error naming it.
pub fn install_history(data_dir: &Path) -> Result<Vec<BookEvent>, UpdateError> {
    let path = root(data_dir).join(HISTORY);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| UpdateError::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(UpdateError::io(&path, &e)),
    }
}

/// Append `event`. A damaged history is started again rather than blocking the install it records.
pub fn record_event(data_dir: &Path, event: BookEvent) -> Result<(), UpdateError> {
    let dir = root(data_dir);
    std::fs::create_dir_all(&dir).map_err(|e| UpdateError::io(&dir, &e))?;
    let mut all = install_history(data_dir).unwrap_or_default();
    all.push(event);
    let skip = all.len().saturating_sub(MAX_ENTRIES);
    let kept = &all[skip..];
    super::install::write_json(&dir, HISTORY, kept)
}

#[cfg(test)]
#[allow(clippy::expect_used)] // a test whose temp folder fails has nothing to say
mod tests {
    use super::*;

    fn event(at: i64) -> BookEvent {
        BookEvent {
            action: BookAction::Installed,
            at,
            from_version: None,
            to_version: Some(format!("2026.{at}")),
            publisher: Some("ABCDEF0123456789".into()),
        }
    }

    #[test]
    fn the_history_keeps_the_newest_entries_in_order() {
        let tmp = tempfile::tempdir().expect("a temp folder");
        assert!(
            install_history(tmp.path()).expect("no history reads").is_empty(),
            "nothing installed yet: an empty history"
        );
        for at in 0..(MAX_ENTRIES as i64 + 5) {
            record_event(tmp.path(), event(at)).expect("an entry is recorded");
        }
        let all = install_history(tmp.path()).expect("the history reads");
        assert_eq!(
            all.len(),
            MAX_ENTRIES,
            "older entries beyond the limit are dropped"
        );
        assert_eq!(
            all.first().map(|e| e.at),
            Some(5),
            "the oldest kept is the sixth written"
        );
        assert_eq!(
            all.last().map(|e| e.at),
            Some(MAX_ENTRIES as i64 + 4),
            "the newest is last"
        );
    }

    #[test]
    fn the_audit_summary_names_the_versions_and_the_key() {
        assert_eq!(
            event(3).audit_summary(),
            "bundled -> 2026.3, publisher key ABCDEF0123456789",
            "no version before: the bundled handbook"
        );
    }
}
