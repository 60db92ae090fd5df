//! Handbook updates as the app and `avr handbook` ask for them: look into a package (every check, then what
//! changed), install it, list the installed versions, roll back. The checks and the folder layout are in
//! [`crate::updates`]; this file only chooses what to compare with and times the work.
//!
//! What a package is compared with: the active installed version when there is one, else the handbook this api
//! loaded (the bundled one, or the development folder). A new installation takes effect at the next start: the
//! open api keeps the handbook it loaded, so nothing changes under an open case view. (A live switch would make
//! the editions and workflows, which every api method borrows for the api's lifetime, swappable under a lock,
//! and the window's cached contents and search results stale; the window offers a restart instead, see
//! [`BookVersions::restart_needed`].)
//!
//! Every install and rollback is recorded in the updates folder's own history (always) and in the case store's
//! audit log (when it is unlocked): versions from and to, the publisher key, when.

use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;
use ts_rs::TS;

use super::{Api, AuditEvent, lock, now_ms};
use crate::updates::{
    self, BookAction, BookDiff, BookEvent, BookState, BookVersion, Publishers, UpdateError, VerifiedBook,
};
use crate::{Error, Result};

/// What a package holds and changes, shown before installing it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BookPreview {
    pub diff: BookDiff,
    /// The key id of the publisher key that signed it (16 hex digits, as `minisign` prints it).
    pub publisher: String,
    /// When the publisher made it (Unix ms).
    #[ts(type = "number")]
    pub made_at: i64,
    #[ts(type = "number")]
    pub files: u32,
    #[ts(type = "number")]
    pub bytes: u64,
    /// The version is not newer than the one in use: installing it needs the user's explicit confirmation.
    pub downgrade: bool,
    /// Time to verify, unpack, load and compare.
    pub millis: f64,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BookInstalled {
    pub version: String,
    /// Kept for rollback (`None`: a rollback returns to the bundled handbook).
    pub previous: Option<String>,
    /// Also recorded in the case store's audit log (it was unlocked); the install history has it in any case.
    pub audited: bool,
    pub millis: f64,
}

/// The handbook in use and the installed versions.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BookVersions {
    /// The version of the handbook this run loaded (`None` for a development folder without one).
    pub in_use: Option<String>,
    /// This run loaded an installed package (not the bundled handbook).
    pub in_use_installed: bool,
    /// What the next start loads: this installed version (if newer than the bundled handbook), else the bundled
    /// one.
    pub active: Option<String>,
    pub previous: Option<String>,
    /// When the package in use was made (Unix ms), if this run loaded an installed package.
    #[ts(type = "number | null")]
    pub in_use_made_at: Option<i64>,
    /// The release notes of the package in use, if this run loaded an installed package.
    pub in_use_notes: Option<String>,
    /// The next start loads another handbook than this run did (an install or rollback since it started).
    pub restart_needed: bool,
    /// Installs and rollbacks, newest first.
    pub history: Vec<BookEvent>,
    /// Also recorded in the case store's audit log (set by a rollback only, like [`BookInstalled::audited`]).
    pub audited: bool,
}

impl Api {
    /// Trust one more publisher key (a test publisher's `.pub` text) besides the shipped one. Called only by
    /// tests and development builds (see [`Publishers::with_test_key`]).
    pub fn trust_test_publisher(&self, public_key: &str) -> Result<()> {
        Publishers::with_test_key(Some(public_key))?;
        *lock(&self.test_publisher) = Some(public_key.to_owned());
        Ok(())
    }

    fn publishers(&self) -> Result<Publishers> {
        Ok(Publishers::with_test_key(lock(&self.test_publisher).as_deref())?)
    }

    /// The folder and version a package would replace.
    fn book_baseline(&self) -> Result<(PathBuf, Option<BookVersion>)> {
        let data = &self.config.data_dir;
        if let Some(v) = updates::state(data)?.active {
            let dir = updates::version_dir(data, &v);
            if dir.is_dir() {
                return Ok((dir, BookVersion::parse(&v).ok()));
            }
        }
        let dir = self.config.handbook_dir.clone();
        let version = updates::folder_version(&dir);
        Ok((dir, version))
    }

    /// Every check but the version, then unpacked and loaded in a staging folder.
    fn book_staged(
        &self,
        bytes: &[u8],
    ) -> Result<(VerifiedBook, updates::Staged, PathBuf, Option<BookVersion>)> {
        let book = updates::read_package(bytes, &self.publishers()?)?;
        let staged = updates::stage(&self.config.data_dir, &book)?;
        let (base, current) = self.book_baseline()?;
        updates::published_workflows_kept(&base, staged.dir())?;
        Ok((book, staged, base, current))
    }

    fn refuse_downgrade(book: &VerifiedBook, current: Option<&BookVersion>, allow: bool) -> Result<bool> {
        let downgrade = current.is_some_and(|c| book.version <= *c);
        if downgrade && !allow {
            return Err(Error::from(UpdateError::NotNewer {
                version: book.version.to_string(),
                current: current.map(ToString::to_string).unwrap_or_default(),
            }));
        }
        Ok(downgrade)
    }

    /// Check a package and show what it changes. An older or equal version is refused unless `allow_downgrade`
    /// (then `downgrade` is set, and the user confirms). Nothing is installed.
    pub fn book_inspect(&self, bytes: &[u8], allow_downgrade: bool) -> Result<BookPreview> {
        let started = Instant::now();
        let (book, staged, base, current) = self.book_staged(bytes)?;
        let downgrade = Self::refuse_downgrade(&book, current.as_ref(), allow_downgrade)?;
        let diff = updates::diff_dirs(
            &base,
            staged.dir(),
            current.map(|c| c.to_string()),
            book.version.as_str(),
            &book.manifest.notes,
        )?;
        drop(staged);
        Ok(BookPreview {
            diff,
            publisher: book.publisher.clone(),
            made_at: book.manifest.created_at,
            files: book.files.len() as u32,
            bytes: bytes.len() as u64,
            downgrade,
            millis: started.elapsed().as_secs_f64() * 1000.0,
        })
    }

    /// Check a package again and install it; the version in use until now is kept for rollback. Takes effect at
    /// the next start.
    pub fn book_install(&self, bytes: &[u8], allow_downgrade: bool) -> Result<BookInstalled> {
        let started = Instant::now();
        let (book, staged, _, current) = self.book_staged(bytes)?;
        Self::refuse_downgrade(&book, current.as_ref(), allow_downgrade)?;
        let state = updates::install_staged(&self.config.data_dir, staged)?;
        let audited = self.book_record(BookEvent {
            action: BookAction::Installed,
            at: now_ms(),
            from_version: current.map(|c| c.to_string()),
            to_version: Some(book.version.to_string()),
            publisher: Some(book.publisher.clone()),
        })?;
        Ok(BookInstalled {
            version: book.version.to_string(),
            previous: state.previous,
            audited,
            millis: started.elapsed().as_secs_f64() * 1000.0,
        })
    }

    /// Write `event` to the install history, and to the case store's audit log if it is open. Returns whether
    /// the audit log has it.
    fn book_record(&self, event: BookEvent) -> Result<bool> {
        let (action, summary, at) = (event.action.audit_action(), event.audit_summary(), event.at);
        updates::record_event(&self.config.data_dir, event)?;
        Ok(self
            .with_store(|s| Ok(s.record_handbook_change(action, &summary, at)?))
            .is_ok())
    }

    /// The handbook installs and rollbacks in the case store's audit log (the store must be unlocked).
    pub fn book_audit(&self) -> Result<Vec<AuditEvent>> {
        self.with_store(|s| Ok(s.handbook_changes()?))
    }

    pub fn book_versions(&self) -> Result<BookVersions> {
        let BookState { active, previous } = updates::state(&self.config.data_dir)?;
        let loaded = &self.config.handbook_dir;
        let in_use = updates::folder_version(loaded);
        let in_use_installed = loaded.starts_with(self.config.data_dir.join("handbook"));
        let manifest = updates::folder_manifest(loaded).filter(|_| in_use_installed);
        // What the next start loads: an installed version only if newer than the bundled handbook (which this
        // run loaded unless it loaded an installed one; see `choose_handbook_dir`).
        let restart_needed = if in_use_installed {
            active.as_deref() != in_use.as_ref().map(BookVersion::as_str)
        } else {
            let newer =
                |a: &String| BookVersion::parse(a).is_ok_and(|a| in_use.as_ref().is_none_or(|u| a > *u));
            active.as_ref().is_some_and(newer)
        };
        let mut history = updates::install_history(&self.config.data_dir)?;
        history.reverse();
        Ok(BookVersions {
            in_use: in_use.map(|v| v.to_string()),
            in_use_installed,
            active,
            previous,
            in_use_made_at: manifest.as_ref().map(|m| m.created_at),
            in_use_notes: manifest.map(|m| m.notes),
            restart_needed,
            history,
            audited: false,
        })
    }

    /// Go back to the previous installed version (or the bundled handbook). Takes effect at the next start.
    pub fn book_rollback(&self) -> Result<BookVersions> {
        let before = updates::state(&self.config.data_dir)?.active;
        let after = updates::rollback(&self.config.data_dir)?.active;
        let audited = self.book_record(BookEvent {
            action: BookAction::RolledBack,
            at: now_ms(),
            from_version: before,
            to_version: after,
            publisher: None,
        })?;
        Ok(BookVersions {
            audited,
            ..self.book_versions()?
        })
    }
}

/// A package made by [`book_pack`].
#[derive(Debug, Clone)]
pub struct BookPacked {
    pub bytes: Vec<u8>,
    pub version: String,
    pub files: u32,
}

/// Pack the handbook folder `dir` into a signed package (what `avr handbook pack` calls).
pub fn book_pack(
    dir: &std::path::Path,
    secret_key: &str,
    password: Option<&str>,
    version: Option<&str>,
    notes: &str,
) -> Result<BookPacked> {
    let (bytes, manifest) = updates::pack(&updates::PackRequest {
        handbook_dir: dir,
        secret_key,
        password,
        version,
        notes,
        created_at: now_ms(),
    })?;
    Ok(BookPacked {
        bytes,
        version: manifest.version,
        files: manifest.files.len() as u32,
    })
}

/// The handbook folder to load at start-up: an installed package that verifies and is newer than `bundled`, else
/// `bundled`. The shell and `avr` call this unless the development switch (`AVR_HANDBOOK_DIR`) names a folder.
/// `test_publisher`: a test publisher's public key, from a test or development build only.
pub fn handbook_to_load(
    bundled: &std::path::Path,
    data_dir: &std::path::Path,
    test_publisher: Option<&str>,
) -> updates::HandbookChoice {
    match Publishers::with_test_key(test_publisher) {
        Ok(p) => updates::choose_handbook_dir(bundled, data_dir, &p),
        Err(e) => updates::HandbookChoice {
            dir: bundled.to_path_buf(),
            installed: None,
            problem: Some(e.to_string()),
        },
    }
}
