//! Opening a database file: connection flags and settings, the checks that tell a wrong passphrase from a
//! damaged file, and setting a damaged file aside.

use std::fs;
use std::path::Path;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::super::files::{self, PAGE_SIZE, StorePaths};
use super::super::{CaseError, Result};
use super::Secret;

/// Why an existing database file could not be opened.
pub(super) enum OpenFailure {
    WrongPassphrase,
    Corrupt(String),
    Other(CaseError),
}

impl From<rusqlite::Error> for OpenFailure {
    fn from(e: rusqlite::Error) -> Self {
        if is_corruption(&e) {
            OpenFailure::Corrupt(e.to_string())
        } else {
            OpenFailure::Other(e.into())
        }
    }
}

impl From<CaseError> for OpenFailure {
    fn from(e: CaseError) -> Self {
        match e {
            CaseError::Sqlite(e) => e.into(),
            other => OpenFailure::Other(other),
        }
    }
}

pub(in crate::cases) fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

/// Open a connection (creating the file only when asked). SQLCipher's own log, which would print page-level
/// errors to stderr on every wrong passphrase, is turned off: the store reports those errors itself.
pub(in crate::cases) fn open_conn(path: &Path, create: bool) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, open_flags(create))?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    Ok(conn)
}

pub(in crate::cases) fn open_flags(create: bool) -> OpenFlags {
    let flags =
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
    if create {
        flags | OpenFlags::SQLITE_OPEN_CREATE
    } else {
        flags
    }
}

/// Settings of every connection to the store. Not run before the key is proven: `journal_mode` may write.
/// The page cache (at most 128 MiB of decrypted pages, in this process only; it grows only as pages are read, so a
/// field office's few thousand cases use a few megabytes) holds the whole of a 100 000-case store (about 95 MB),
/// so that list pages and opening a case rarely decrypt a page again.
pub(in crate::cases) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA secure_delete = ON;
         PRAGMA cache_size = -131072;
         PRAGMA busy_timeout = 5000;",
    )
}

/// Rows of `PRAGMA quick_check` other than `ok`.
pub(in crate::cases) fn quick_check(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA quick_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|r| r != "ok")
        .collect())
}

pub(in crate::cases) fn probe(conn: &Connection) -> rusqlite::Result<()> {
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0))
        .map(|_| ())
}

/// Something failed after the key was given. Ask SQLCipher which pages of the main file fail their HMAC under
/// this key (`PRAGMA cipher_integrity_check` only reads) and decide, without writing anything:
/// - the schema was read (`key_proven`), or some pages pass and some fail: the key is right, so any failing page
///   means a damaged file;
/// - every page fails: a wrong passphrase, unless the file's salt is not one this store made (`salts`), in which
///   case the file was replaced by something else;
/// - no page fails: the error is what it says.
pub(in crate::cases) fn classify(
    conn: &Connection,
    file: &Path,
    salts: Option<&StorePaths>,
    key_proven: bool,
    e: rusqlite::Error,
) -> OpenFailure {
    let rows: rusqlite::Result<Vec<String>> = conn
        .prepare("PRAGMA cipher_integrity_check")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect());
    let Ok(rows) = rows else {
        // Without evidence, never call the file damaged (that would move it aside).
        return OpenFailure::Other(e.into());
    };
    let pages = fs::metadata(file).map_or(0, |m| m.len()) / PAGE_SIZE;
    let failed = rows
        .iter()
        .filter(|r| r.starts_with("HMAC verification failed"))
        .count() as u64;
    if failed > 0 && (key_proven || failed < pages) {
        return OpenFailure::Corrupt(format!("{failed} of {pages} pages fail their integrity check"));
    }
    let undecryptable = e.sqlite_error_code() == Some(ErrorCode::NotADatabase);
    if !key_proven && failed == pages && (undecryptable || pages > 0) {
        if let Some(paths) = salts
            && let (Some(known), Ok(Some(salt))) = (files::known_salts(paths), files::salt_of(file))
            && !known.contains(&salt)
        {
            return OpenFailure::Corrupt("the file header is not one this store wrote".into());
        }
        return OpenFailure::WrongPassphrase;
    }
    if let Some(first) = rows.first() {
        return OpenFailure::Corrupt(first.clone());
    }
    e.into()
}

/// Prove the key, configure the connection and check what can be checked without reading the whole file: the
/// header and page count (SQLite refuses a file shorter than its header says), the schema, every table's first
/// page and that no b-tree root lies past the end of the file. The full `quick_check` runs afterwards in the
/// background ([`BackgroundCheck`]), or here when `full` is set (restoring a backup).
pub(in crate::cases) fn check_connection(
    conn: &Connection,
    file: &Path,
    secret: &Secret,
    salts: Option<&StorePaths>,
    full: bool,
) -> Result<(), OpenFailure> {
    secret.apply(conn, "key")?;
    let probed = probe(conn);
    let key_proven = probed.is_ok();
    let checked = probed.and_then(|()| configure(conn)).and_then(|()| {
        let mut problems = shallow_check(conn)?;
        if full && problems.is_empty() {
            problems = quick_check(conn)?;
        }
        Ok(problems)
    });
    match checked {
        Ok(problems) => match problems.first() {
            None => Ok(()),
            Some(first) => Err(OpenFailure::Corrupt(format!(
                "the start-up check found {} problem(s), the first: {first}",
                problems.len()
            ))),
        },
        Err(e) if secret.is_encrypted() => Err(classify(conn, file, salts, key_proven, e)),
        Err(e) => Err(e.into()),
    }
}

/// The part of the start-up check that reads a few pages only: every b-tree root within the file, and the first
/// rows of every table. Errors reading a page come back as errors; structural problems as rows.
pub(in crate::cases) fn shallow_check(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    let mut stmt = conn.prepare("SELECT type, name, rootpage FROM sqlite_schema WHERE rootpage > 0")?;
    let objects = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut problems = Vec::new();
    for (kind, name, root) in &objects {
        if *root > pages {
            problems.push(format!(
                "{kind} {name} starts at page {root}, past the end of the file ({pages} pages)"
            ));
        } else if kind == "table" {
            let quoted = name.replace('"', "\"\"");
            conn.query_row(
                &format!("SELECT count(*) FROM (SELECT 1 FROM main.\"{quoted}\" LIMIT 1)"),
                [],
                |r| r.get::<_, i64>(0),
            )?;
        }
    }
    Ok(problems)
}

/// Open an existing database file, prove the key, configure the connection and check its integrity.
pub(in crate::cases) fn open_existing(
    paths: &StorePaths,
    secret: &Secret,
) -> Result<Connection, OpenFailure> {
    if let Some(problem) = files::shape_problem(&paths.db, secret.is_encrypted())? {
        return Err(OpenFailure::Corrupt(problem));
    }
    let conn = open_conn(&paths.db, false)?;
    // Until the file is proven good, closing must not checkpoint a log into it.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    check_connection(&conn, &paths.db, secret, Some(paths), false)?;
    Ok(conn)
}

/// Move a damaged database aside and say so.
pub(in crate::cases) fn set_aside(paths: &StorePaths, detail: String, now: i64) -> CaseError {
    match files::move_aside(paths, "corrupt", now) {
        Ok(moved) => CaseError::StorageCorrupt {
            detail,
            moved_to: moved.display().to_string(),
        },
        Err(e) => e,
    }
}

/// The SQLite corruption behind an error, if that is what it is.
pub(in crate::cases) fn corruption_in(e: &CaseError) -> Option<String> {
    match e {
        CaseError::Sqlite(e) if is_corruption(e) => Some(e.to_string()),
        CaseError::Migration(rusqlite_migration::Error::RusqliteError { err, .. }) if is_corruption(err) => {
            Some(err.to_string())
        }
        _ => None,
    }
}

/// A database error after the key was proven may come from a damaged page (SQLCipher reports a page that fails
/// its HMAC as a plain error): look at every page on a fresh connection, reading only.
pub(in crate::cases) fn damage_behind(e: &CaseError, db: &Path, secret: &Secret) -> Option<String> {
    if !matches!(e, CaseError::Sqlite(_) | CaseError::Migration(_)) {
        return None;
    }
    let conn = Connection::open_with_flags(db, read_only_flags()).ok()?;
    conn.execute_batch("PRAGMA cipher_log_level = NONE;").ok()?;
    secret.apply(&conn, "key").ok()?;
    damage_on(&conn, db, secret).ok().flatten()
}

/// Damage found by reading every page of a connection whose key is known to be right.
pub(in crate::cases) fn damage_on(conn: &Connection, db: &Path, secret: &Secret) -> Result<Option<String>> {
    if secret.is_encrypted() {
        let failed = cipher_failures(conn)?;
        if failed > 0 {
            let pages = fs::metadata(db).map_or(0, |m| m.len()) / PAGE_SIZE;
            return Ok(Some(format!(
                "{failed} of {pages} pages fail their integrity check"
            )));
        }
    }
    Ok(quick_check(conn)?
        .first()
        .map(|first| format!("quick_check: {first}")))
}

pub(in crate::cases) fn read_only_flags() -> OpenFlags {
    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI
}

/// Pages of the main file whose HMAC fails under the connection's key.
pub(in crate::cases) fn cipher_failures(conn: &Connection) -> Result<usize> {
    let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?.len())
}
