//! Backups, restores and changing the passphrase: the live database copied with SQLite's online backup API,
//! a backup put back in place of the database, and every file re-encrypted under a new key.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;
use rusqlite::backup::{Backup, StepResult};

use super::super::files::{self, BackupInfo, StorePaths};
use super::super::model::RekeyReport;
use super::super::{CaseError, Result, aside, trail};
use crate::i18n::{self, Value};

/// Why a backup was refused, from the catalogs (`backup-…` in `i18n/<lang>/errors.ftl`) in the interface language.
fn say(key: &str, args: &[(&str, Value<'_>)]) -> String {
    i18n::tr(i18n::interface_lang(), key, args)
}
use super::open::*;
use super::*;

impl CaseStore {
    /// Change the passphrase: the database is re-encrypted in one transaction, then every backup.
    pub fn rekey(&mut self, new_passphrase: &str, now: i64) -> Result<RekeyReport> {
        validate::new_passphrase(new_passphrase)?;
        let new = Secret::new(new_passphrase)?;
        if !self.secret.is_encrypted() {
            return Err(validate::refuse("passphrase", "invalid-not-encrypted", &[]));
        }
        // The check and the backup read under the old key: let them finish first (their results still stand).
        self.check.wait();
        self.backup.wait();
        new.apply(&self.conn, "rekey")?;
        // SQLCipher reports no error from a failed rekey: prove that every page is now under the new key.
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        let failures = cipher_failures(&self.conn)?;
        if failures > 0 {
            return Err(validate::refuse(
                "passphrase",
                "invalid-rekey-incomplete",
                &[("pages", failures.into())],
            ));
        }
        if let Some(salt) = files::salt_of(&self.paths.db)? {
            files::remember_salt(&self.paths, &salt)?;
        }
        let old = std::mem::replace(&mut self.secret, new);
        self.audit(now, "store.rekeyed", None, "")?;
        let mut report = RekeyReport {
            backups_rekeyed: 0,
            backups_not_rekeyed: Vec::new(),
            set_aside_rekeyed: Vec::new(),
            set_aside_removed: Vec::new(),
        };
        for b in files::list_backups(&self.paths.backups)? {
            match rekey_file(Path::new(&b.path), &old, &self.secret) {
                Ok(()) => report.backups_rekeyed += 1,
                Err(_) => report.backups_not_rekeyed.push(b.file_name),
            }
        }
        (report.set_aside_rekeyed, report.set_aside_removed) =
            aside::rekey_all(&self.paths, &old, &self.secret)?;
        if !report.set_aside_rekeyed.is_empty() || !report.set_aside_removed.is_empty() {
            self.audit(
                now,
                "store.set-aside-rekeyed",
                None,
                &format!(
                    "set-aside files re-encrypted: {}; removed: {}",
                    report.set_aside_rekeyed.join(", "),
                    report.set_aside_removed.join(", ")
                ),
            )?;
        }
        Ok(report)
    }

    /// Make a backup now (reason `manual`). Returns its path.
    pub fn backup_now(&self, now: i64) -> Result<PathBuf> {
        let path = backup_connection(
            &self.conn,
            &self.paths,
            &self.secret,
            &self.options,
            "manual",
            now,
        )?;
        self.audit_backup(&path, now)?;
        Ok(path)
    }

    /// Backups, newest first (once the automatic backup of this unlock, if one is running, is done).
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        self.backup.wait();
        files::list_backups(&self.paths.backups)
    }

    /// Wait for the automatic backup started by unlocking, if any. `Some` with its result when one ran (an
    /// error leaves no backup behind: the next unlock tries again).
    pub fn wait_for_auto_backup(&self) -> Option<Result<PathBuf>> {
        self.backup.wait()
    }

    /// Backups in `data_dir`, newest first, without unlocking: what a restore can offer after
    /// [`CaseError::StorageCorrupt`] or a forgotten passphrase.
    pub fn backups_in(data_dir: &Path) -> Result<Vec<BackupInfo>> {
        files::list_backups(&StorePaths::new(data_dir).backups)
    }

    /// Make an automatic backup (reason `auto`) when the newest backup is older than the configured interval
    /// (24 hours when none is configured), or when there is none.
    pub fn backup_if_due(&self, now: i64) -> Result<Option<PathBuf>> {
        const DAY_MS: i64 = 24 * 3_600_000;
        self.backup_if_older_than(self.options.auto_backup_every_ms.unwrap_or(DAY_MS), now)
    }

    /// Is the newest backup older than `every` (or is there none)?
    pub(super) fn backup_is_due(&self, every: i64, now: i64) -> Result<bool> {
        let newest = files::list_backups(&self.paths.backups)?
            .first()
            .map(|b| b.made_at);
        Ok(!newest.is_some_and(|t| now - t < every && t <= now))
    }

    pub(super) fn backup_if_older_than(&self, every: i64, now: i64) -> Result<Option<PathBuf>> {
        self.backup.wait();
        if !self.backup_is_due(every, now)? {
            return Ok(None);
        }
        let path = backup_connection(&self.conn, &self.paths, &self.secret, &self.options, "auto", now)?;
        self.audit_backup(&path, now)?;
        Ok(Some(path))
    }

    pub(super) fn audit_backup(&self, path: &Path, now: i64) -> Result<()> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.audit(now, "backup.created", None, &name)
    }

    /// Replace the database with a backup. The backup is copied and proven to open with `passphrase` before
    /// anything is moved; the current database (if any) is kept aside as `cases.sqlite3.before-restore-<time>`.
    /// Drop any open store of this folder first.
    pub fn restore(data_dir: &Path, backup: &Path, passphrase: &str, now: i64) -> Result<CaseStore> {
        CaseStore::restore_with(data_dir, backup, passphrase, now, StoreOptions::default())
    }

    pub fn restore_with(
        data_dir: &Path,
        backup: &Path,
        passphrase: &str,
        now: i64,
        options: StoreOptions,
    ) -> Result<CaseStore> {
        let secret = Secret::new(passphrase)?;
        let paths = StorePaths::new(data_dir);
        let staging = files::with_suffix(&paths.db, ".restoring");
        for side in ["", "-wal", "-shm", "-journal"] {
            let p = files::with_suffix(&staging, side);
            if p.exists() {
                fs::remove_file(&p).map_err(|e| CaseError::io(&p, e))?;
            }
        }
        fs::copy(backup, &staging).map_err(|e| CaseError::io(backup, e))?;
        files::restrict(&staging, 0o600)?;
        let checked = prepare_restored(&staging, &secret).map_err(|e| match e {
            OpenFailure::WrongPassphrase => CaseError::Backup {
                path: backup.display().to_string(),
                message: say("backup-wrong-passphrase", &[]),
            },
            OpenFailure::Corrupt(detail) => CaseError::Backup {
                path: backup.display().to_string(),
                message: say("backup-damaged-detail", &[("detail", detail.into())]),
            },
            OpenFailure::Other(e) => e,
        });
        if let Err(e) = checked {
            let _ = fs::remove_file(&staging);
            return Err(e);
        }
        files::sync_file(&staging)?;
        if let Some(salt) = files::salt_of(&staging)? {
            files::remember_salt(&paths, &salt)?;
        }
        let aside = if paths.db.exists() {
            Some(files::move_aside(&paths, "before-restore", now)?)
        } else {
            None
        };
        fs::rename(&staging, &paths.db).map_err(|e| CaseError::io(&staging, e))?;
        // A marker left by a store that was open before (see `OpenMarker`) does not speak of the restored file.
        let _ = fs::remove_file(&paths.open);
        files::sync_dir(&paths.data_dir);
        // A restore is a rollback on purpose: the last state seen becomes the backup's own (recorded beside it
        // when it was made), and the restore is audited.
        match read_anchor(&files::with_suffix(backup, files::ANCHOR_SUFFIX)) {
            Some(a) => write_anchor(&paths.anchor, &a)?,
            None => {
                if paths.anchor.exists() {
                    fs::remove_file(&paths.anchor).map_err(|e| CaseError::io(&paths.anchor, e))?;
                }
            }
        }
        let store = CaseStore::unlock_keyed(data_dir, secret, now, options)?;
        let from = backup
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let kept = aside
            .as_deref()
            .and_then(Path::file_name)
            .map(|n| format!("; previous database kept as {}", n.to_string_lossy()))
            .unwrap_or_default();
        store.audit(now, "store.restored", None, &format!("from {from}{kept}"))?;
        Ok(store)
    }
}

/// Copy the live database into a new backup file with SQLite's online backup API, encrypted with the same
/// passphrase. Written as `*.partial`, checked, synced, then renamed: a backup file is always complete.
pub(in crate::cases) fn backup_connection(
    conn: &Connection,
    paths: &StorePaths,
    secret: &Secret,
    options: &StoreOptions,
    reason: &str,
    now: i64,
) -> Result<PathBuf> {
    files::create_private_dir(&paths.backups)?;
    let target = files::new_backup_path(&paths.backups, now, reason);
    let partial = files::partial_path(&target);
    let written = (|| -> Result<()> {
        let mut dst = open_conn(&partial, true)?;
        files::restrict(&partial, 0o600)?;
        secret.apply(&dst, "key")?;
        {
            let backup = Backup::new(conn, &mut dst)?;
            let mut attempts = 0;
            loop {
                match backup.step(-1)? {
                    StepResult::Done => break,
                    StepResult::More => {}
                    // Busy or Locked: retry shortly.
                    _ => {
                        attempts += 1;
                        if attempts > 200 {
                            return Err(CaseError::Backup {
                                path: partial.display().to_string(),
                                message: say("backup-busy", &[]),
                            });
                        }
                        std::thread::sleep(Duration::from_millis(10));
                    }
                }
            }
        }
        // A backup is one self-contained file: no write-ahead log beside it.
        dst.execute_batch("PRAGMA journal_mode = DELETE;")?;
        let problems = quick_check(&dst)?;
        if let Some(first) = problems.first() {
            return Err(CaseError::Backup {
                path: partial.display().to_string(),
                message: say("backup-check-failed", &[("detail", first.to_string().into())]),
            });
        }
        Ok(())
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&partial);
        return Err(e);
    }
    files::sync_file(&partial)?;
    fs::rename(&partial, &target).map_err(|e| CaseError::io(&partial, e))?;
    // Beside the backup, the chain head it holds: restoring it makes that the last state seen.
    if let Some(anchor) = trail::anchor_now(conn)? {
        write_anchor(&files::with_suffix(&target, files::ANCHOR_SUFFIX), &anchor)?;
    }
    files::sync_dir(&paths.backups);
    files::rotate_backups(&paths.backups, options.keep_backups)?;
    Ok(target)
}

/// Re-encrypt one backup file from `old` to `new`.
pub(in crate::cases) fn rekey_file(path: &Path, old: &Secret, new: &Secret) -> Result<()> {
    let conn = open_conn(path, false)?;
    old.apply(&conn, "key")?;
    probe(&conn)?;
    new.apply(&conn, "rekey")?;
    let failures = cipher_failures(&conn)?;
    if failures > 0 {
        return Err(CaseError::Backup {
            path: path.display().to_string(),
            message: say("backup-pages-not-rekeyed", &[("pages", failures.into())]),
        });
    }
    Ok(())
}

/// Re-encrypt a database the store set aside (see `aside.rs`) from `old` to `new`: only when every page opens under
/// `old`. Its log is folded in first, and it is left as one file without a log, like a backup.
pub(in crate::cases) fn rekey_set_aside_db(path: &Path, old: &Secret, new: &Secret) -> Result<()> {
    let conn = open_conn(path, false)?;
    old.apply(&conn, "key")?;
    probe(&conn)?;
    if cipher_failures(&conn)? > 0 || !quick_check(&conn)?.is_empty() {
        return Err(CaseError::Backup {
            path: path.display().to_string(),
            message: say("backup-damaged", &[]),
        });
    }
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")?;
    new.apply(&conn, "rekey")?;
    let failures = cipher_failures(&conn)?;
    drop(conn);
    let _ = fs::remove_file(files::with_suffix(path, "-shm"));
    if failures > 0 {
        return Err(CaseError::Backup {
            path: path.display().to_string(),
            message: say("backup-pages-not-rekeyed", &[("pages", failures.into())]),
        });
    }
    Ok(())
}

/// Open a staged copy of a backup, prove the key and its integrity, and put it in WAL mode like the live file.
pub(in crate::cases) fn prepare_restored(path: &Path, secret: &Secret) -> Result<(), OpenFailure> {
    let conn = open_conn(path, false)?;
    check_connection(&conn, path, secret, None, true)?;
    schema::check_applied(&conn)?;
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
    Ok(())
}
