//! Files the store set aside in the data folder, never overwritten: a damaged database (`.corrupt-<stamp>`), the
//! database a restore replaced (`.before-restore-<stamp>`), and a log left by a crash during a first run
//! (`.orphan-<stamp>-wal`), each with its `-wal`/`-shm` where it had them.
//!
//! They are encrypted under the passphrase of the moment they were set aside, and they hold case data that a
//! later purge removed from the store. So:
//! - **A passphrase change re-encrypts** each set-aside database that still opens completely under the old
//!   passphrase (as it does the backups), and **removes** the rest: a damaged file cannot be re-encrypted
//!   reliably (SQLCipher would rewrite its readable pages and leave the broken ones under the old key), and an
//!   orphan log cannot be re-encrypted on its own. Keeping them would leave data readable with the passphrase the
//!   change was meant to retire, which is the usual reason to change it. The report names every file either way.
//! - **Retention removes** the set-aside files made before its cutoff, as it removes the data of old closed cases.

use std::fs;
use std::path::PathBuf;

use super::files::{self, StorePaths};
use super::store::{Secret, rekey_set_aside_db};
use super::{CaseError, Result};

/// The kinds of set-aside file, as they appear after `cases.sqlite3.`.
const LABELS: [&str; 3] = ["corrupt-", "before-restore-", "orphan-"];

/// One set-aside database (or orphan log) with its side files.
#[derive(Debug)]
struct SetAside {
    /// The main file: the database, or the orphan log itself.
    path: PathBuf,
    file_name: String,
    /// A log or shared-memory file left beside a database (`-wal`, `-shm`) or an orphan log: never a database.
    is_log: bool,
    made_at: Option<i64>,
}

/// The set-aside files in the data folder, each database once (its `-wal`/`-shm` go with it).
fn list(paths: &StorePaths) -> Result<Vec<SetAside>> {
    let prefix = format!("{}.", files::DB_FILE);
    let entries = match fs::read_dir(&paths.data_dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(CaseError::io(&paths.data_dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(&prefix) else {
            continue;
        };
        let Some(label) = LABELS.iter().find(|l| rest.starts_with(**l)) else {
            continue;
        };
        let orphan = *label == "orphan-";
        let side = name.ends_with("-wal") || name.ends_with("-shm") || name.ends_with("-journal");
        if side && !orphan {
            // Handled with its database (or, when that is gone, removed with the rest below).
            let base = name
                .trim_end_matches("-wal")
                .trim_end_matches("-shm")
                .trim_end_matches("-journal");
            if paths.data_dir.join(base).exists() {
                continue;
            }
        }
        let stamp = rest[label.len()..].get(..19).and_then(files::parse_file_stamp);
        out.push(SetAside {
            path: entry.path(),
            file_name: name,
            is_log: side || orphan,
            made_at: stamp,
        });
    }
    out.sort_by(|a, b| a.file_name.cmp(&b.file_name));
    Ok(out)
}

/// Remove a set-aside file and the `-wal`/`-shm` beside it.
fn remove(item: &SetAside) -> Result<()> {
    fs::remove_file(&item.path).map_err(|e| CaseError::io(&item.path, e))?;
    for side in ["-wal", "-shm", "-journal"] {
        let _ = fs::remove_file(files::with_suffix(&item.path, side));
    }
    Ok(())
}

/// What a passphrase change did with the set-aside files: names of those re-encrypted and of those removed.
pub(super) fn rekey_all(
    paths: &StorePaths,
    old: &Secret,
    new: &Secret,
) -> Result<(Vec<String>, Vec<String>)> {
    let mut rekeyed = Vec::new();
    let mut removed = Vec::new();
    for item in list(paths)? {
        if !item.is_log && rekey_set_aside_db(&item.path, old, new).is_ok() {
            rekeyed.push(item.file_name);
        } else {
            remove(&item)?;
            removed.push(item.file_name);
        }
    }
    files::sync_dir(&paths.data_dir);
    Ok((rekeyed, removed))
}

/// Remove the set-aside files made at or before `cutoff` (Unix ms); returns their names.
pub(super) fn remove_older(paths: &StorePaths, cutoff: i64) -> Result<Vec<String>> {
    let mut removed = Vec::new();
    for item in list(paths)? {
        if item.made_at.is_some_and(|t| t <= cutoff) {
            remove(&item)?;
            removed.push(item.file_name);
        }
    }
    if !removed.is_empty() {
        files::sync_dir(&paths.data_dir);
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_aside_files_are_known_by_their_names_and_dated_by_their_stamps() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let paths = StorePaths::new(dir.path());
        let stamp = super::super::validate::file_stamp(1_773_133_200_000);
        for name in [
            format!("cases.sqlite3.corrupt-{stamp}"),
            format!("cases.sqlite3.corrupt-{stamp}-wal"),
            format!("cases.sqlite3.before-restore-{stamp}-2"),
            format!("cases.sqlite3.orphan-{stamp}-wal"),
            "cases.sqlite3".to_owned(),
            "cases.sqlite3-wal".to_owned(),
            "cases.anchor".to_owned(),
        ] {
            fs::write(dir.path().join(name), b"x").unwrap_or_else(|e| panic!("{e}"));
        }
        let found = list(&paths).unwrap_or_else(|e| panic!("{e}"));
        let names: Vec<_> = found.iter().map(|f| f.file_name.as_str()).collect();
        assert_eq!(
            names.len(),
            3,
            "a database's -wal goes with it; the live store is not set aside: {names:?}"
        );
        assert!(
            found.iter().all(|f| f.made_at == Some(1_773_133_200_000)),
            "each is dated by its stamp: {found:?}"
        );
        let gone = remove_older(&paths, 1_773_133_200_000).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(gone.len(), 3, "all were made at the cutoff: {gone:?}");
        assert!(
            !dir.path()
                .join(format!("cases.sqlite3.corrupt-{stamp}-wal"))
                .exists(),
            "a database's log goes with it"
        );
        assert!(
            dir.path().join("cases.sqlite3-wal").exists(),
            "the live store's log stays"
        );
    }
}
