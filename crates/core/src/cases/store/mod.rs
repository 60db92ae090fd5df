//! The store's life cycle: create, unlock, change the passphrase, back up, restore, lock.

use std::fs;
use std::path::Path;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};
use zeroize::Zeroizing;

use super::attempts::{self, FailedUnlocks};
use super::background::{AutoBackup, BackgroundCheck};
use super::files::{self, OpenMarker, StorePaths};
use super::model::{AnchorStatus, AuditEvent, AuditReport, IntegrityStatus, StaffProfile};
use super::{CaseError, Result, schema, trail, validate};

mod backup;
mod open;

pub(super) use backup::{backup_connection, rekey_set_aside_db};
use open::*;
pub(super) use open::{damage_on, is_corruption, open_conn, quick_check, read_only_flags};

/// Tunables of the store. The defaults are what the app uses.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// Backups kept in `<data_dir>/backups/`; older ones are deleted after each new backup.
    pub keep_backups: usize,
    /// Unlock makes an automatic backup when the newest backup is older than this (milliseconds). That backup
    /// derives the key once more (about as long as unlocking), so the first unlock of the day is slower. `None`:
    /// unlock makes none, and the caller runs [`CaseStore::backup_if_due`] when it suits it.
    pub auto_backup_every_ms: Option<i64>,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            keep_backups: 10,
            auto_backup_every_ms: Some(24 * 3_600_000),
        }
    }
}

/// The passphrase, held only in memory and wiped on drop. `None` only for the unencrypted benchmark baseline.
pub(super) struct Secret(Option<Zeroizing<String>>);

impl Secret {
    fn new(passphrase: &str) -> Result<Secret> {
        validate::usable_passphrase(passphrase)?;
        Ok(Secret(Some(Zeroizing::new(passphrase.to_owned()))))
    }

    /// Hand the key to SQLCipher (`PRAGMA key` or `PRAGMA rekey`). The statement text is built in a wiped
    /// buffer that never reallocates, rather than through rusqlite's pragma helper, which would leave copies.
    pub(super) fn apply(&self, conn: &Connection, pragma: &str) -> rusqlite::Result<()> {
        let Some(pass) = &self.0 else {
            return Ok(());
        };
        // Wipe memory SQLCipher frees (decrypted pages, key material) before it is reused; once on, it stays on for
        // the process.
        conn.execute_batch("PRAGMA cipher_memory_security = ON;")?;
        let mut sql = Zeroizing::new(String::with_capacity(pragma.len() + pass.len() * 2 + 16));
        sql.push_str("PRAGMA ");
        sql.push_str(pragma);
        sql.push_str(" = '");
        for c in pass.chars() {
            if c == '\'' {
                sql.push_str("''");
            } else {
                sql.push(c);
            }
        }
        sql.push_str("';");
        conn.execute_batch(&sql)
    }

    fn is_encrypted(&self) -> bool {
        self.0.is_some()
    }

    /// A second wiped copy, for the background check's own connection.
    fn duplicate(&self) -> Secret {
        Secret(self.0.as_ref().map(|p| Zeroizing::new(p.as_str().to_owned())))
    }
}

/// The encrypted case store: one long-lived connection to `<data_dir>/cases.sqlite3`.
///
/// Not `Sync`: the app keeps it behind one mutex. Dropping it locks the store: the connection closes (SQLCipher
/// wipes the derived key) and the passphrase buffer is zeroed.
pub struct CaseStore {
    /// Declared first so that it is finished before the connection closes.
    backup: AutoBackup,
    check: BackgroundCheck,
    /// Declared before the connection, so that it goes before the connection closes (see `OpenMarker`).
    _open: OpenMarker,
    pub(super) conn: Connection,
    pub(super) paths: StorePaths,
    secret: Secret,
    options: StoreOptions,
    /// What unlocking found when it compared the audit chain with its anchor (see `trail::Anchor`).
    anchor_at_unlock: AnchorStatus,
    /// Failed unlocks since the previous successful one, as this unlock found them (see `attempts.rs`).
    failed_unlocks: Option<FailedUnlocks>,
}

impl CaseStore {
    /// Is there a case database in `data_dir` (first run: no)?
    pub fn exists(data_dir: &Path) -> bool {
        StorePaths::new(data_dir).db.exists()
    }

    /// First run: create an empty store encrypted with `passphrase`.
    pub fn create(data_dir: &Path, passphrase: &str, now: i64) -> Result<CaseStore> {
        CaseStore::create_with(data_dir, passphrase, now, StoreOptions::default())
    }

    pub fn create_with(
        data_dir: &Path,
        passphrase: &str,
        now: i64,
        options: StoreOptions,
    ) -> Result<CaseStore> {
        validate::new_passphrase(passphrase)?;
        CaseStore::create_keyed(data_dir, Secret::new(passphrase)?, now, options)
    }

    fn create_keyed(data_dir: &Path, secret: Secret, now: i64, options: StoreOptions) -> Result<CaseStore> {
        let paths = StorePaths::new(data_dir);
        if paths.db.exists() {
            return Err(CaseError::AlreadyExists {
                path: data_dir.display().to_string(),
            });
        }
        fs::create_dir_all(data_dir).map_err(|e| CaseError::io(data_dir, e))?;
        // A log without its database (left by a crash during an earlier first run) must not be replayed into
        // the new one; keep it aside rather than delete it.
        let _ = fs::remove_file(&paths.open);
        for side in ["-wal", "-shm", "-journal"] {
            let orphan = files::with_suffix(&paths.db, side);
            if orphan.exists() {
                let to =
                    files::with_suffix(&paths.db, &format!(".orphan-{}{side}", validate::file_stamp(now)));
                fs::rename(&orphan, &to).map_err(|e| CaseError::io(&orphan, e))?;
            }
        }
        let mut conn = open_conn(&paths.db, true)?;
        files::restrict(&paths.db, 0o600)?;
        secret.apply(&conn, "key")?;
        configure(&conn)?;
        schema::migrations(schema::latest_version(), now).to_latest(&mut conn)?;
        trail::ensure_key(&conn)?;
        // Put page 1 (and its salt) into the main file now rather than at the first checkpoint.
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        if secret.is_encrypted()
            && let Some(salt) = files::salt_of(&paths.db)?
        {
            files::remember_salt(&paths, &salt)?;
        }
        let store = CaseStore {
            backup: AutoBackup::none(),
            check: BackgroundCheck::idle(IntegrityStatus::Ok),
            _open: OpenMarker::set(&paths)?,
            conn,
            paths,
            secret,
            options,
            anchor_at_unlock: AnchorStatus::Consistent,
            failed_unlocks: None,
        };
        store.audit(
            now,
            "store.created",
            None,
            &format!("schema v{}", schema::latest_version()),
        )?;
        Ok(store)
    }

    /// Open the store with its passphrase. A wrong passphrase changes nothing on disk. A damaged database is
    /// moved aside and reported as [`CaseError::StorageCorrupt`]. Pending migrations run after a backup.
    pub fn unlock(data_dir: &Path, passphrase: &str, now: i64) -> Result<CaseStore> {
        CaseStore::unlock_with(data_dir, passphrase, now, StoreOptions::default())
    }

    pub fn unlock_with(
        data_dir: &Path,
        passphrase: &str,
        now: i64,
        options: StoreOptions,
    ) -> Result<CaseStore> {
        CaseStore::unlock_keyed(data_dir, Secret::new(passphrase)?, now, options)
    }

    fn unlock_keyed(data_dir: &Path, secret: Secret, now: i64, options: StoreOptions) -> Result<CaseStore> {
        let paths = StorePaths::new(data_dir);
        if !paths.db.exists() {
            return Err(CaseError::NotCreated {
                path: data_dir.display().to_string(),
            });
        }
        // An existing store is never taken for a new one: an empty file (a copy cut short, a leftover log beside
        // it) would otherwise open under any passphrase and be migrated into an empty store over the old path.
        if fs::metadata(&paths.db).is_ok_and(|m| m.len() == 0) {
            let detail = "the case database is an empty file (0 bytes): it holds no store".to_owned();
            return Err(set_aside(&paths, detail, now));
        }
        if OpenMarker::log_lost(&paths) {
            let detail =
                "the case database was left open (the app or the computer stopped) and its log is gone: \
                          the changes saved last may be lost"
                    .to_owned();
            return Err(set_aside(&paths, detail, now));
        }
        let conn = match open_existing(&paths, &secret) {
            Ok(conn) => conn,
            Err(OpenFailure::WrongPassphrase) => {
                attempts::record_failure(&paths, now);
                return Err(CaseError::WrongPassphrase);
            }
            Err(OpenFailure::Other(e)) => return Err(e),
            Err(OpenFailure::Corrupt(detail)) => return Err(set_aside(&paths, detail, now)),
        };
        if schema::user_version(&conn)? == 0 {
            drop(conn);
            let detail = "the case database holds no store (schema version 0)".to_owned();
            return Err(set_aside(&paths, detail, now));
        }
        // A damaged page met after the key is proven (migrating, writing the unlock event, backing up) takes the
        // same path as one found by the start-up check. Until unlocking is done, closing never checkpoints.
        let db = paths.db.clone();
        let check_secret = secret.duplicate();
        match CaseStore::finish_unlock(conn, paths, secret, options, now) {
            Ok(mut store) => {
                store.check = BackgroundCheck::start(db, check_secret);
                Ok(store)
            }
            Err(e) => {
                let paths = StorePaths::new(data_dir);
                match corruption_in(&e).or_else(|| damage_behind(&e, &paths.db, &check_secret)) {
                    Some(detail) => Err(set_aside(&paths, detail, now)),
                    None => Err(e),
                }
            }
        }
    }

    fn finish_unlock(
        mut conn: Connection,
        paths: StorePaths,
        secret: Secret,
        options: StoreOptions,
        now: i64,
    ) -> Result<CaseStore> {
        let version = schema::check_applied(&conn)?;
        let mut store_backup = None;
        if version < schema::latest_version() {
            if version > 0 {
                let reason = format!("pre-migration-v{}", schema::latest_version());
                store_backup = Some(backup_connection(&conn, &paths, &secret, &options, &reason, now)?);
            }
            schema::migrations(schema::latest_version(), now).to_latest(&mut conn)?;
        }
        trail::ensure_key(&conn)?;
        if secret.is_encrypted()
            && let Some(salt) = files::salt_of(&paths.db)?
        {
            files::remember_salt(&paths, &salt)?;
        }
        let paths_of_attempts = paths.clone();
        // Before this unlock writes anything: is the chain behind the head last seen outside the database?
        let anchor_at_unlock = trail::check_anchor(&conn, read_anchor(&paths.anchor).as_ref())?;
        let mut store = CaseStore {
            backup: AutoBackup::none(),
            check: BackgroundCheck::idle(IntegrityStatus::NotChecked),
            _open: OpenMarker::set(&paths)?,
            conn,
            paths,
            secret,
            options,
            anchor_at_unlock,
            failed_unlocks: attempts::read(&paths_of_attempts),
        };
        let found = match &store.anchor_at_unlock {
            AnchorStatus::Behind { db_head, anchor_head } => Some(format!(
                "the audit chain ends at event {db_head}, but event {anchor_head} was seen: an older copy of the \
                 store, or changes lost with its log"
            )),
            AnchorStatus::Diverged { at } => Some(format!(
                "event {at} is not the one seen before: the chain was rewritten"
            )),
            AnchorStatus::Invalid => {
                Some("the record of the last state does not verify under this store's key".to_owned())
            }
            AnchorStatus::Consistent | AnchorStatus::Missing => None,
        };
        if let Some(summary) = found {
            store.audit(now, "store.rollback-detected", None, &summary)?;
        }
        if version < schema::latest_version() && version > 0 {
            let backup = store_backup
                .as_deref()
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            store.audit(
                now,
                "store.migrated",
                None,
                &format!(
                    "schema v{version} to v{}; backup {backup}",
                    schema::latest_version()
                ),
            )?;
        }
        if let Some(failed) = store.failed_unlocks {
            let last = super::IsoDate::from_unix_ms(failed.last_at);
            store.audit(
                now,
                "store.failed-unlocks",
                None,
                &format!(
                    "{} failed unlock attempt(s) since the last unlock, the last on {last}",
                    failed.count
                ),
            )?;
            attempts::reset(&store.paths)?;
        }
        store.audit(now, "store.unlocked", None, "")?;
        store
            .conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
        // The automatic backup reads the whole file and derives the key twice more: it runs after unlocking
        // returned, on its own connection and thread.
        if let Some(every) = store.options.auto_backup_every_ms
            && store.backup_is_due(every, now)?
        {
            store.backup = AutoBackup::start(
                store.paths.clone(),
                store.secret.duplicate(),
                store.options.clone(),
                now,
            );
        }
        Ok(store)
    }

    /// The start-up check's state; never waits.
    pub fn integrity(&self) -> IntegrityStatus {
        self.check.status()
    }

    /// Wait until the start-up check has finished, and return its result.
    pub fn wait_for_integrity(&self) -> IntegrityStatus {
        self.check.wait()
    }

    /// Close a store whose start-up check found damage and move its files aside (never checkpointing the log into
    /// the damaged file): what unlocking does when it finds the damage itself. Returns that error.
    pub fn set_aside(mut self, detail: String, now: i64) -> CaseError {
        self.check.cancel();
        let _ = self
            .conn
            .set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
        let paths = self.paths.clone();
        drop(self);
        set_aside(&paths, detail, now)
    }

    /// The benchmark's split of unlocking: only open the file, give the key and read the schema (SQLCipher derives
    /// the key from the passphrase at that first read). Writes nothing.
    #[cfg(feature = "bench")]
    pub(crate) fn derive_key_only(data_dir: &Path, passphrase: Option<&str>) -> Result<()> {
        let secret = match passphrase {
            Some(p) => Secret::new(p)?,
            None => Secret(None),
        };
        let conn = Connection::open_with_flags(StorePaths::new(data_dir).db, read_only_flags())?;
        secret.apply(&conn, "key")?;
        probe(&conn)?;
        Ok(())
    }

    /// The benchmark's baseline: the same schema and code, no key (plain SQLite). Never used by the app.
    #[cfg(any(test, feature = "bench"))]
    pub(crate) fn create_unencrypted(data_dir: &Path, now: i64, options: StoreOptions) -> Result<CaseStore> {
        CaseStore::create_keyed(data_dir, Secret(None), now, options)
    }

    #[cfg(feature = "bench")]
    pub(crate) fn unlock_unencrypted(data_dir: &Path, now: i64, options: StoreOptions) -> Result<CaseStore> {
        CaseStore::unlock_keyed(data_dir, Secret(None), now, options)
    }

    /// Lock: checkpoint the log into the database, close, wipe the passphrase.
    pub fn lock(mut self) -> Result<()> {
        // The check's and the backup's readers would hold the checkpoint back.
        self.check.cancel();
        self.backup.wait();
        self.conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }

    pub fn data_dir(&self) -> &Path {
        &self.paths.data_dir
    }

    pub fn set_staff_profile(&self, name: &str, office: &str, now: i64) -> Result<()> {
        validate::short_text("staff name", name, true)?;
        validate::short_text("office", office, true)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO staff_profile (id, name, office, updated_at) VALUES (1, ?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, office = excluded.office,
                 updated_at = excluded.updated_at",
                rusqlite::params![name, office, now],
            )?;
            trail::append(tx, now, &actor_of(tx)?, "staff.profile_set", None, "")?;
            Ok(())
        })
    }

    pub fn staff_profile(&self) -> Result<Option<StaffProfile>> {
        Ok(self
            .conn
            .query_row("SELECT name, office FROM staff_profile WHERE id = 1", [], |r| {
                Ok(StaffProfile {
                    name: r.get(0)?,
                    office: r.get(1)?,
                })
            })
            .optional()?)
    }

    /// Check the whole audit chain; [`CaseError::BrokenLink`] names the first event that does not verify.
    pub fn verify_audit(&self) -> Result<AuditReport> {
        // The automatic backup appends its event from its own connection.
        self.backup.wait();
        let mut report = trail::verify(&self.conn)?;
        report.anchor = trail::check_anchor(&self.conn, read_anchor(&self.paths.anchor).as_ref())?;
        Ok(report)
    }

    /// The audit events of one case, oldest first.
    pub fn timeline(&self, case_id: i64) -> Result<Vec<AuditEvent>> {
        trail::timeline(&self.conn, case_id)
    }

    /// `PRAGMA integrity_check` (the full check, slower than the `quick_check` run at unlock).
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter(|r| r != "ok")
            .collect())
    }

    /// Run `f` in an IMMEDIATE transaction and commit; with `synchronous = FULL` the change is on disk when
    /// this returns.
    pub(super) fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        self.save_anchor()?;
        Ok(out)
    }

    /// Write the chain's head outside the database, authenticated, after a change is committed.
    fn save_anchor(&self) -> Result<()> {
        match trail::anchor_now(&self.conn)? {
            Some(anchor) => write_anchor(&self.paths.anchor, &anchor),
            None => Ok(()),
        }
    }

    /// What unlocking found when it compared the audit chain with the head last seen outside the database.
    pub fn anchor_at_unlock(&self) -> &AnchorStatus {
        &self.anchor_at_unlock
    }

    /// The failed unlocks this unlock found recorded since the previous one (already audited and reset).
    pub fn failed_unlocks_at_unlock(&self) -> Option<FailedUnlocks> {
        self.failed_unlocks
    }

    /// Let the start-up check finish before an operation that needs the log emptied (its reader holds it).
    pub(super) fn let_check_finish(&self) {
        self.check.wait();
        self.backup.wait();
    }

    /// Append an audit event in its own transaction.
    pub(super) fn audit(&self, now: i64, action: &str, case_id: Option<i64>, summary: &str) -> Result<()> {
        self.write(|tx| {
            trail::append(tx, now, &actor_of(tx)?, action, case_id, summary)?;
            Ok(())
        })
    }

    /// Record a handbook install or rollback (`handbook.*` actions; the summary names versions and the
    /// publisher key, nothing personal).
    pub fn record_handbook_change(&self, action: &str, summary: &str, now: i64) -> Result<()> {
        debug_assert!(
            action.starts_with("handbook."),
            "only handbook actions go through here"
        );
        self.audit(now, action, None, summary)
    }

    /// The handbook installs and rollbacks in the audit log, oldest first.
    pub fn handbook_changes(&self) -> Result<Vec<AuditEvent>> {
        trail::of_action_prefix(&self.conn, "handbook.")
    }
}

/// The anchor in `path`, if the file is there and readable (a damaged file reads as none, and the MAC check
/// decides the rest).
pub(super) fn read_anchor(path: &Path) -> Option<trail::Anchor> {
    let text = fs::read_to_string(path).ok()?;
    serde_json::from_str(&text).ok()
}

pub(super) fn write_anchor(path: &Path, anchor: &trail::Anchor) -> Result<()> {
    let body = serde_json::to_vec(anchor).unwrap_or_default();
    files::write_private_atomic(path, &body)
}

/// The actor recorded in the audit log: the staff profile, `name (office)`.
pub(super) fn actor_of(conn: &Connection) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT name, office FROM staff_profile WHERE id = 1")?
        .query_row([], |r| {
            Ok(format!("{} ({})", r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })
        .optional()?
        .unwrap_or_else(|| "staff profile not set".to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::model::{ConsentDecision, NewCase, NewConsent, NewPerson};

    /// Passphrase of the committed fixture (not a secret: the fixture holds invented people).
    const FIXTURE_PASSPHRASE: &str = "fixture passphrase v1";
    /// 2026-03-10T09:00:00Z.
    const T0: i64 = 1_773_133_200_000;

    /// A store at schema version 1, built with the current code (the v1 schema supports every operation used
    /// here). Writes `tests/fixtures/cases-v1/cases.sqlite3` only when `AVR_WRITE_CASES_FIXTURE=1`: the
    /// fixture is generated once, committed, and never regenerated after a later migration ships.
    #[test]
    fn write_the_v1_fixture_when_asked() -> Result<()> {
        if std::env::var("AVR_WRITE_CASES_FIXTURE").as_deref() != Ok("1") {
            return Ok(());
        }
        let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cases-v1");
        let tmp = tempfile::tempdir().map_err(|e| CaseError::io(Path::new("tempdir"), e))?;
        let paths = StorePaths::new(tmp.path());
        let secret = Secret::new(FIXTURE_PASSPHRASE)?;
        let mut conn = open_conn(&paths.db, true)?;
        secret.apply(&conn, "key")?;
        configure(&conn)?;
        schema::migrations(1, T0).to_latest(&mut conn)?;
        let store = CaseStore {
            backup: AutoBackup::none(),
            check: BackgroundCheck::idle(IntegrityStatus::Ok),
            _open: OpenMarker::set(&paths)?,
            conn,
            paths,
            secret,
            options: StoreOptions::default(),
            anchor_at_unlock: AnchorStatus::Consistent,
            failed_unlocks: None,
        };
        store.audit(T0, "store.created", None, "schema v1")?;
        store.set_staff_profile("Fixture Officer", "Tunis", T0)?;
        let first = store.create_case(
            &NewCase {
                workflow_id: "avr-standard".into(),
                workflow_version: 1,
                handbook_version: "fixture-v1".into(),
                stage: "intake".into(),
                persons: vec![
                    NewPerson {
                        given_names: "Aminata".into(),
                        family_name: "Koné".into(),
                        other_names: "أميناتا".into(),
                        date_of_birth: Some("1994-05-02".into()),
                        relationship: "principal".into(),
                        nationality: Some("MLI".into()),
                        ..NewPerson::default()
                    },
                    NewPerson {
                        given_names: "Issa".into(),
                        family_name: "Koné".into(),
                        date_of_birth: Some("2019-11-20".into()),
                        dob_estimated: true,
                        relationship: "child".into(),
                        ..NewPerson::default()
                    },
                ],
                flags: vec!["family".into()],
                disembarked_on: Some("2026-02-27".into()),
                due_on: Some("2026-04-01".into()),
            },
            T0 + 1000,
        )?;
        store.save_answer(
            first.id,
            "intake.language",
            &serde_json::json!("bambara"),
            T0 + 2000,
        )?;
        store.save_answer(
            first.id,
            "intake.household_size",
            &serde_json::json!(2),
            T0 + 3000,
        )?;
        store.add_note(
            first.id,
            "Needs a Bambara interpreter for counselling.",
            T0 + 4000,
        )?;
        store.record_consent(
            first.id,
            &NewConsent {
                person_id: None,
                purpose: "data-sharing".into(),
                recipient: "UNHCR".into(),
                decision: ConsentDecision::Given,
                decided_at: T0 + 5000,
                interpreter: Some("Interpreter A".into()),
                language: "bambara".into(),
            },
            T0 + 5000,
        )?;
        let second = store.create_case(
            &NewCase {
                workflow_id: "avr-standard".into(),
                workflow_version: 1,
                handbook_version: "fixture-v1".into(),
                stage: "travel".into(),
                persons: vec![NewPerson {
                    given_names: "Moussa".into(),
                    family_name: "Traoré".into(),
                    relationship: "principal".into(),
                    ..NewPerson::default()
                }],
                ..NewCase::default()
            },
            T0 + 6000,
        )?;
        store.close_case(second.id, T0 + 7000)?;
        store
            .conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")?;
        drop(store);
        fs::create_dir_all(&out).map_err(|e| CaseError::io(&out, e))?;
        fs::copy(tmp.path().join(files::DB_FILE), out.join(files::DB_FILE))
            .map_err(|e| CaseError::io(&out, e))?;
        Ok(())
    }
}
