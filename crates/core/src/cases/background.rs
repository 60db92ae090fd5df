//! Work the store does off the caller's thread: the start-up integrity check of the whole file after unlocking,
//! and the daily automatic backup. Each runs on its own connection and thread, and is joined before the store
//! is locked or dropped, so no thread is inside SQLCipher when the process ends.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use rusqlite::{Connection, InterruptHandle, Transaction, TransactionBehavior};

use super::files::StorePaths;
use super::model::IntegrityStatus;
use super::store::*;
use super::{CaseError, Result, trail};

/// What the background check and the store share.
struct CheckState {
    status: Mutex<IntegrityStatus>,
    finished: Condvar,
    cancelled: AtomicBool,
    interrupt: Mutex<Option<InterruptHandle>>,
}

fn guard<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The full start-up check (`PRAGMA quick_check`), run on its own read-only connection in a thread so that
/// unlocking does not wait for it to read the whole file. Its connection derives the key again (on the other
/// core, after unlocking returned). Stopping it interrupts the check; dropping it stops it.
pub(super) struct BackgroundCheck {
    state: Arc<CheckState>,
    thread: Option<JoinHandle<()>>,
}

impl BackgroundCheck {
    pub(super) fn idle(status: IntegrityStatus) -> BackgroundCheck {
        BackgroundCheck {
            state: Arc::new(CheckState {
                status: Mutex::new(status),
                finished: Condvar::new(),
                cancelled: AtomicBool::new(false),
                interrupt: Mutex::new(None),
            }),
            thread: None,
        }
    }

    pub(super) fn start(db: PathBuf, secret: Secret) -> BackgroundCheck {
        let mut check = BackgroundCheck::idle(IntegrityStatus::Checking);
        let state = Arc::clone(&check.state);
        let spawned = std::thread::Builder::new()
            .name("case-store-check".into())
            .spawn(move || {
                let status = run_background_check(&db, &secret, &state);
                *guard(&state.status) = status;
                state.finished.notify_all();
            });
        match spawned {
            Ok(thread) => check.thread = Some(thread),
            Err(e) => {
                *guard(&check.state.status) = IntegrityStatus::Failed {
                    detail: format!("the check could not start: {e}"),
                };
            }
        }
        check
    }

    pub(super) fn status(&self) -> IntegrityStatus {
        guard(&self.state.status).clone()
    }

    pub(super) fn wait(&self) -> IntegrityStatus {
        let mut status = guard(&self.state.status);
        while *status == IntegrityStatus::Checking {
            status = self
                .state
                .finished
                .wait(status)
                .unwrap_or_else(PoisonError::into_inner);
        }
        status.clone()
    }

    /// Stop the check (its result, if it had none yet, is `NotChecked`) and wait for its thread.
    pub(super) fn cancel(&mut self) {
        self.state.cancelled.store(true, Ordering::SeqCst);
        if let Some(handle) = guard(&self.state.interrupt).as_ref() {
            handle.interrupt();
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        let mut status = guard(&self.state.status);
        if *status == IntegrityStatus::Checking {
            *status = IntegrityStatus::NotChecked;
        }
    }
}

impl Drop for BackgroundCheck {
    fn drop(&mut self) {
        self.cancel();
    }
}

fn run_background_check(db: &Path, secret: &Secret, state: &CheckState) -> IntegrityStatus {
    let conn = match Connection::open_with_flags(db, read_only_flags()) {
        Ok(conn) => conn,
        Err(e) => {
            return IntegrityStatus::Failed {
                detail: e.to_string(),
            };
        }
    };
    {
        let mut slot = guard(&state.interrupt);
        if state.cancelled.load(Ordering::SeqCst) {
            return IntegrityStatus::NotChecked;
        }
        *slot = Some(conn.get_interrupt_handle());
    }
    let checked = (|| -> rusqlite::Result<Vec<String>> {
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        secret.apply(&conn, "key")?;
        conn.execute_batch("PRAGMA temp_store = MEMORY; PRAGMA query_only = ON;")?;
        // An interrupt sent before a statement runs can be lost: look at the flag before starting the long one.
        if state.cancelled.load(Ordering::SeqCst) {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_INTERRUPT),
                None,
            ));
        }
        quick_check(&conn)
    })();
    let status = match checked {
        Ok(problems) => match problems.first() {
            None => IntegrityStatus::Ok,
            Some(first) => IntegrityStatus::Corrupt {
                detail: format!(
                    "the start-up check found {} problem(s), the first: {first}",
                    problems.len()
                ),
            },
        },
        Err(_) if state.cancelled.load(Ordering::SeqCst) => IntegrityStatus::NotChecked,
        Err(e) => match damage_on(&conn, db, secret) {
            _ if state.cancelled.load(Ordering::SeqCst) => IntegrityStatus::NotChecked,
            Ok(Some(detail)) => IntegrityStatus::Corrupt { detail },
            _ if is_corruption(&e) => IntegrityStatus::Corrupt {
                detail: e.to_string(),
            },
            _ => IntegrityStatus::Failed {
                detail: e.to_string(),
            },
        },
    };
    // The interrupt handle must not outlive the connection.
    guard(&state.interrupt).take();
    status
}

/// The automatic backup of an unlock, made on a thread with its own connection to the store (encrypted under
/// the same passphrase, like every backup) so that unlocking does not wait for it; its audit event is appended
/// from that connection. Waited for by whatever needs the backups or the log emptied, and when the store closes.
pub(super) struct AutoBackup(std::cell::RefCell<AutoBackupState>);

enum AutoBackupState {
    None,
    Running(JoinHandle<Result<PathBuf>>),
    Done(Result<PathBuf, String>),
}

impl AutoBackup {
    pub(super) fn none() -> AutoBackup {
        AutoBackup(std::cell::RefCell::new(AutoBackupState::None))
    }

    pub(super) fn start(paths: StorePaths, secret: Secret, options: StoreOptions, now: i64) -> AutoBackup {
        let spawned = std::thread::Builder::new()
            .name("case-store-backup".into())
            .spawn(move || run_auto_backup(&paths, &secret, &options, now));
        AutoBackup(std::cell::RefCell::new(match spawned {
            Ok(thread) => AutoBackupState::Running(thread),
            Err(e) => AutoBackupState::Done(Err(format!("the backup could not start: {e}"))),
        }))
    }

    /// Wait for the backup, if one was started; its result.
    pub(super) fn wait(&self) -> Option<Result<PathBuf>> {
        let mut state = self.0.borrow_mut();
        if let AutoBackupState::Running(_) = &*state
            && let AutoBackupState::Running(thread) = std::mem::replace(&mut *state, AutoBackupState::None)
        {
            *state = AutoBackupState::Done(match thread.join() {
                Ok(result) => result.map_err(|e| e.to_string()),
                Err(_) => Err("the backup thread panicked".to_owned()),
            });
        }
        match &*state {
            AutoBackupState::None | AutoBackupState::Running(_) => None,
            AutoBackupState::Done(result) => Some(result.clone().map_err(|message| CaseError::Backup {
                path: "automatic backup".to_owned(),
                message,
            })),
        }
    }
}

impl Drop for AutoBackup {
    fn drop(&mut self) {
        self.wait();
    }
}

fn run_auto_backup(paths: &StorePaths, secret: &Secret, options: &StoreOptions, now: i64) -> Result<PathBuf> {
    let conn = open_conn(&paths.db, false)?;
    secret.apply(&conn, "key")?;
    conn.execute_batch("PRAGMA busy_timeout = 5000; PRAGMA temp_store = MEMORY;")?;
    let path = backup_connection(&conn, paths, secret, options, "auto", now)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tx = Transaction::new_unchecked(&conn, TransactionBehavior::Immediate)?;
    trail::append(&tx, now, &actor_of(&tx)?, "backup.created", None, &name)?;
    tx.commit()?;
    Ok(path)
}
