//! The files of the store in the data folder: names, backups and their rotation, moving a damaged database
//! aside, the list of known salts, and `fsync` of files and folders.
//!
//! ```text
//! <data_dir>/cases.sqlite3                          the database (+ -wal, -shm while open)
//! <data_dir>/cases.salts                            the salts (public, first 16 bytes) of databases this store made
//! <data_dir>/cases.sqlite3.corrupt-<stamp>          a damaged database, moved aside, never overwritten
//! <data_dir>/cases.sqlite3.before-restore-<stamp>   the database a restore replaced
//! <data_dir>/cases.sqlite3.orphan-<stamp>-wal       a log left without its database by a crash in a first run
//! <data_dir>/cases.attempts                         failed unlocks since the last one (a count and a time)
//! <data_dir>/backups/cases-<stamp>-<reason>.sqlite3 encrypted backups, newest N kept
//! ```

use std::fs;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use serde::Serialize;
use ts_rs::TS;

use super::validate::file_stamp;
use super::{CaseError, Result};

pub const DB_FILE: &str = "cases.sqlite3";
const SALTS_FILE: &str = "cases.salts";
const ANCHOR_FILE: &str = "cases.anchor";
/// Beside each backup: the chain head it holds, as `<backup>.anchor`.
pub(crate) const ANCHOR_SUFFIX: &str = ".anchor";
const BACKUP_DIR: &str = "backups";
const BACKUP_PREFIX: &str = "cases-";
const BACKUP_SUFFIX: &str = ".sqlite3";
const PARTIAL_SUFFIX: &str = ".partial";
/// SQLCipher 4's page size; the store never changes it.
pub(crate) const PAGE_SIZE: u64 = 4096;
/// The suffix of the marker that says the database is open (see [`OpenMarker`]).
pub(crate) const OPEN_SUFFIX: &str = ".open";
const SALT_LEN: usize = 16;

#[derive(Debug, Clone)]
pub(crate) struct StorePaths {
    pub(crate) data_dir: PathBuf,
    pub(crate) db: PathBuf,
    pub(crate) backups: PathBuf,
    pub(crate) salts: PathBuf,
    /// The audit chain's head as last seen (see `trail::Anchor`).
    pub(crate) anchor: PathBuf,
    /// Present while the store is open (see [`OpenMarker`]).
    pub(crate) open: PathBuf,
}

impl StorePaths {
    pub(crate) fn new(data_dir: &Path) -> StorePaths {
        StorePaths {
            data_dir: data_dir.to_path_buf(),
            db: data_dir.join(DB_FILE),
            backups: data_dir.join(BACKUP_DIR),
            salts: data_dir.join(SALTS_FILE),
            anchor: data_dir.join(ANCHOR_FILE),
            open: with_suffix(&data_dir.join(DB_FILE), OPEN_SUFFIX),
        }
    }
}

/// `path` + `suffix` (`-wal`, `-shm`, `.corrupt-…`), as SQLite names its side files.
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    pub path: String,
    pub file_name: String,
    /// When it was made (Unix ms, from its name).
    #[ts(type = "number")]
    pub made_at: i64,
    /// `auto`, `manual`, `pre-migration-v2`, `pre-restore`…
    pub reason: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// A fresh, unused backup path for a backup made at `now`.
pub(crate) fn new_backup_path(backups: &Path, now: i64, reason: &str) -> PathBuf {
    let stamp = file_stamp(now);
    let mut n = 1;
    loop {
        let name = if n == 1 {
            format!("{BACKUP_PREFIX}{stamp}-{reason}{BACKUP_SUFFIX}")
        } else {
            format!("{BACKUP_PREFIX}{stamp}-{reason}-{n}{BACKUP_SUFFIX}")
        };
        let path = backups.join(name);
        if !path.exists() && !with_suffix(&path, PARTIAL_SUFFIX).exists() {
            return path;
        }
        n += 1;
    }
}

pub(crate) fn partial_path(final_path: &Path) -> PathBuf {
    with_suffix(final_path, PARTIAL_SUFFIX)
}

/// Backups in `dir`, newest first.
pub(crate) fn list_backups(dir: &Path) -> Result<Vec<BackupInfo>> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(CaseError::io(dir, e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name
            .strip_prefix(BACKUP_PREFIX)
            .and_then(|r| r.strip_suffix(BACKUP_SUFFIX))
        else {
            continue;
        };
        let Some((stamp, reason)) = rest.split_once('-') else {
            continue;
        };
        let Some(made_at) = parse_file_stamp(stamp) else {
            continue;
        };
        let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.push(BackupInfo {
            path: entry.path().display().to_string(),
            file_name: name.clone(),
            made_at,
            reason: reason.to_owned(),
            bytes,
        });
    }
    out.sort_by(|a, b| b.file_name.cmp(&a.file_name));
    Ok(out)
}

/// Delete all but the newest `keep` backups, and any leftover partial backup (a crash during a backup).
pub(crate) fn rotate_backups(dir: &Path, keep: usize) -> Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for b in list_backups(dir)?.into_iter().skip(keep.max(1)) {
        let p = PathBuf::from(&b.path);
        fs::remove_file(&p).map_err(|e| CaseError::io(&p, e))?;
        // Its record of the chain head goes with it.
        let _ = fs::remove_file(with_suffix(&p, ANCHOR_SUFFIX));
        removed.push(p);
    }
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.contains(PARTIAL_SUFFIX) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    sync_dir(dir);
    Ok(removed)
}

/// Inverse of `file_stamp`.
pub(crate) fn parse_file_stamp(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 19 || b[8] != b'T' || b[18] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let date = super::IsoDate::new(
        i32::try_from(num(0..4)?).ok()?,
        u8::try_from(num(4..6)?).ok()?,
        u8::try_from(num(6..8)?).ok()?,
    )?;
    let days = days_from_civil(date.year(), num(4..6)?, num(6..8)?);
    Some(
        days * 86_400_000
            + num(9..11)? * 3_600_000
            + num(11..13)? * 60_000
            + num(13..15)? * 1000
            + num(15..18)?,
    )
}

/// Howard Hinnant's `days_from_civil`.
pub(crate) fn days_from_civil(year: i32, month: i64, day: i64) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Rename the database and its side files to `<db>.<label>-<stamp>`, never replacing an existing file.
/// Returns the new path of the database file.
pub(crate) fn move_aside(paths: &StorePaths, label: &str, now: i64) -> Result<PathBuf> {
    let stamp = file_stamp(now);
    let mut n = 1;
    let target = loop {
        let suffix = if n == 1 {
            format!(".{label}-{stamp}")
        } else {
            format!(".{label}-{stamp}-{n}")
        };
        let candidate = with_suffix(&paths.db, &suffix);
        if !candidate.exists()
            && !with_suffix(&candidate, "-wal").exists()
            && !with_suffix(&candidate, "-shm").exists()
        {
            break candidate;
        }
        n += 1;
    };
    fs::rename(&paths.db, &target).map_err(|e| CaseError::io(&paths.db, e))?;
    // The open marker spoke of the file just moved: the next database starts without one.
    let _ = fs::remove_file(&paths.open);
    for side in ["-wal", "-shm"] {
        let from = with_suffix(&paths.db, side);
        if from.exists() {
            let to = with_suffix(&target, side);
            fs::rename(&from, &to).map_err(|e| CaseError::io(&from, e))?;
        }
    }
    sync_dir(&paths.data_dir);
    Ok(target)
}

/// A marker beside the database for as long as a store has it open. SQLite keeps the write-ahead log (`-wal`)
/// while any connection is open and deletes it only when the last one closes cleanly, so a marker found with no
/// log beside it means the store was left open (the app or the computer stopped) and its log has gone since: the
/// changes saved last may be lost, and the file is treated as damaged rather than opened as if nothing happened.
/// The marker goes before the connection closes (it is declared before it in `CaseStore`): a stop between the two
/// leaves a log and no marker, which opens normally.
///
/// Two processes may have the store open at once (the app and the command line, or two command-line runs), so
/// the marker is also a lock: each open store holds it shared; the last one to close (the only one that can take
/// it exclusively) removes it; and a store that finds the marker takes it exclusively before judging, so a marker
/// another live process holds is never taken for one left behind.
pub(crate) struct OpenMarker {
    path: PathBuf,
    file: Option<fs::File>,
}

impl OpenMarker {
    pub(crate) fn set(paths: &StorePaths) -> Result<OpenMarker> {
        let mut options = fs::OpenOptions::new();
        options.append(true).create(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options
            .open(&paths.open)
            .map_err(|e| CaseError::io(&paths.open, e))?;
        file.lock_shared().map_err(|e| CaseError::io(&paths.open, e))?;
        sync_dir(&paths.data_dir);
        Ok(OpenMarker {
            path: paths.open.clone(),
            file: Some(file),
        })
    }

    /// Was the store left open, with its log gone?
    pub(crate) fn log_lost(paths: &StorePaths) -> bool {
        let Ok(file) = fs::File::open(&paths.open) else {
            return false;
        };
        // Another process has the store open (it holds the marker): its log is there while it does.
        if file.try_lock().is_err() {
            return false;
        }
        if with_suffix(&paths.db, "-wal").exists() {
            return false;
        }
        // Still the marker locked above: one that a closing store removed meanwhile (its clean close then removed
        // the log too) does not count.
        same_file(&file, &paths.open)
    }
}

impl Drop for OpenMarker {
    fn drop(&mut self) {
        let Some(file) = self.file.take() else { return };
        let _ = file.unlock();
        // Exclusive: no other store has it open, so the marker goes. Shared but not exclusive: others have it
        // open and keep it. Neither: another store is judging it for a moment (above); ask again.
        for _ in 0..100 {
            if file.try_lock().is_ok() {
                let _ = fs::remove_file(&self.path);
                return;
            }
            if file.try_lock_shared().is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
}

#[cfg(unix)]
fn same_file(file: &fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &fs::File, path: &Path) -> bool {
    path.exists()
}

/// Why the file cannot be this store's database, judged without the key; `None` when it may be.
pub(crate) fn shape_problem(db: &Path, encrypted: bool) -> Result<Option<String>> {
    let len = fs::metadata(db).map_err(|e| CaseError::io(db, e))?.len();
    let mut head = [0u8; 16];
    let got = read_prefix(db, &mut head)?;
    if encrypted && got == 16 && &head == b"SQLite format 3\0" {
        return Ok(Some(
            "the file is a plain SQLite database, not an encrypted one".into(),
        ));
    }
    // With a non-empty write-ahead log the main file may legitimately be short (SQLite replays the log).
    let wal_len = fs::metadata(with_suffix(db, "-wal")).map_or(0, |m| m.len());
    if wal_len > 0 {
        return Ok(None);
    }
    if len == 0 {
        return Ok(Some("the file is empty".into()));
    }
    if len % PAGE_SIZE != 0 {
        return Ok(Some(format!(
            "the file is truncated: {len} bytes is not a whole number of {PAGE_SIZE}-byte pages"
        )));
    }
    Ok(None)
}

fn read_prefix(path: &Path, buf: &mut [u8]) -> Result<usize> {
    let mut f = fs::File::open(path).map_err(|e| CaseError::io(path, e))?;
    let mut got = 0;
    while got < buf.len() {
        match f.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => return Err(CaseError::io(path, e)),
        }
    }
    Ok(got)
}

/// The SQLCipher salt of a database file (its first 16 bytes, stored in clear by design), as hex.
pub(crate) fn salt_of(db: &Path) -> Result<Option<String>> {
    let mut salt = [0u8; SALT_LEN];
    if read_prefix(db, &mut salt)? < SALT_LEN {
        return Ok(None);
    }
    Ok(Some(salt.iter().map(|b| format!("{b:02x}")).collect()))
}

/// Salts of databases this store created or restored; `None` when the list is missing.
pub(crate) fn known_salts(paths: &StorePaths) -> Option<Vec<String>> {
    let text = fs::read_to_string(&paths.salts).ok()?;
    Some(
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
    )
}

/// Add a salt to the list (atomically: write a new file, then rename it over the old one).
pub(crate) fn remember_salt(paths: &StorePaths, salt: &str) -> Result<()> {
    let mut salts = known_salts(paths).unwrap_or_default();
    if salts.iter().any(|s| s == salt) {
        return Ok(());
    }
    salts.push(salt.to_owned());
    let tmp = with_suffix(&paths.salts, ".tmp");
    let mut body =
        String::from("# SQLCipher salts (public: each is the first 16 bytes of a database file)\n");
    for s in salts.iter().filter(|s| !s.starts_with('#')) {
        body.push_str(s);
        body.push('\n');
    }
    {
        let mut f = fs::File::create(&tmp).map_err(|e| CaseError::io(&tmp, e))?;
        f.write_all(body.as_bytes()).map_err(|e| CaseError::io(&tmp, e))?;
        f.sync_all().map_err(|e| CaseError::io(&tmp, e))?;
    }
    fs::rename(&tmp, &paths.salts).map_err(|e| CaseError::io(&paths.salts, e))?;
    sync_dir(&paths.data_dir);
    Ok(())
}

/// Write `body` to `path` atomically (a new file, synced, renamed over the old one), readable by its owner only.
pub(crate) fn write_private_atomic(path: &Path, body: &[u8]) -> Result<()> {
    let tmp = with_suffix(path, ".tmp");
    {
        let mut f = fs::File::create(&tmp).map_err(|e| CaseError::io(&tmp, e))?;
        restrict(&tmp, 0o600)?;
        f.write_all(body).map_err(|e| CaseError::io(&tmp, e))?;
        f.sync_all().map_err(|e| CaseError::io(&tmp, e))?;
    }
    fs::rename(&tmp, path).map_err(|e| CaseError::io(path, e))?;
    if let Some(dir) = path.parent() {
        sync_dir(dir);
    }
    Ok(())
}

pub(crate) fn sync_file(path: &Path) -> Result<()> {
    fs::File::open(path)
        .and_then(|f| f.sync_all())
        .map_err(|e| CaseError::io(path, e))
}

/// Make a rename or a new file in `dir` durable. Best effort: Windows cannot open a folder for this.
pub(crate) fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    {
        let _ = fs::File::open(dir).and_then(|f| f.sync_all());
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
}

/// Create a folder readable by its owner only.
pub(crate) fn create_private_dir(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir).map_err(|e| CaseError::io(dir, e))?;
    restrict(dir, 0o700)
}

/// Owner-only permissions (Unix); elsewhere the user's profile folder already is private.
pub(crate) fn restrict(path: &Path, mode: u32) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(|e| CaseError::io(path, e))?;
    }
    #[cfg(not(unix))]
    {
        let _ = (path, mode);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_carry_their_time_and_reason_and_sort_newest_first() {
        let t = 1_773_183_600_123;
        assert_eq!(parse_file_stamp(&file_stamp(t)), Some(t));
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        for (i, reason) in ["auto", "manual", "pre-migration-v2"].iter().enumerate() {
            let p = new_backup_path(dir.path(), t + i as i64, reason);
            fs::write(&p, b"x").unwrap_or_else(|e| panic!("{e}"));
        }
        let same_ms = new_backup_path(dir.path(), t, "auto");
        assert!(
            same_ms.to_string_lossy().ends_with("-auto-2.sqlite3"),
            "a second backup in the same millisecond gets its own name"
        );
        let list = list_backups(dir.path()).unwrap_or_else(|e| panic!("{e}"));
        let reasons: Vec<_> = list.iter().map(|b| b.reason.as_str()).collect();
        assert_eq!(reasons, ["pre-migration-v2", "manual", "auto"]);
        assert_eq!(list[2].made_at, t);
        rotate_backups(dir.path(), 2).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(list_backups(dir.path()).map(|l| l.len()).ok(), Some(2));
    }
}
