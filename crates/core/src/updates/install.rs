//! Installed handbooks in the data folder: staging a verified package, switching to it, rolling back, and
//! choosing the folder to load at start-up.
//!
//! ```text
//! <data>/handbook/state.json            {"active": "2026.2", "previous": "2026.1"}
//! <data>/handbook/2026.2/…              the files, manifest.json, manifest.json.minisig
//! <data>/handbook/2026.1/…              the version before, for rollback
//! <data>/handbook/.staging-<pid>-<n>/   a package being checked (removed when dropped)
//! ```
//! `state.json` is replaced by rename, so a crash leaves the old state or the new one; a version folder appears
//! by rename of a complete staging folder, so it is never half written.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use super::package::{MANIFEST, SIGNATURE, verify_installed};
use super::{BookVersion, Publishers, UpdateError, VerifiedBook, folder_version};
use crate::handbook::Handbook;

const STATE: &str = "state.json";
const STAGING: &str = ".staging-";

/// Which installed versions there are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookState {
    /// The version loaded at the next start (if newer than the bundled handbook); `None`: the bundled one.
    pub active: Option<String>,
    /// The version before it, kept for rollback.
    pub previous: Option<String>,
}

pub(crate) fn root(data_dir: &Path) -> PathBuf {
    data_dir.join("handbook")
}

/// The state of the installed handbooks (none installed: the default).
pub fn state(data_dir: &Path) -> Result<BookState, UpdateError> {
    let path = root(data_dir).join(STATE);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| UpdateError::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BookState::default()),
        Err(e) => Err(UpdateError::io(&path, &e)),
    }
}

fn write_state(data_dir: &Path, state: &BookState) -> Result<(), UpdateError> {
    write_json(&root(data_dir), STATE, state)
}

/// `value` as pretty JSON in `dir/name`, written to a temporary file, synced and renamed into place, so a crash
/// leaves the old file or the new one, never half of one.
pub(super) fn write_json<T: serde::Serialize + ?Sized>(
    dir: &Path,
    name: &str,
    value: &T,
) -> Result<(), UpdateError> {
    let (tmp, path) = (dir.join(format!(".{name}.tmp")), dir.join(name));
    let bytes = serde_json::to_vec_pretty(value).map_err(|e| UpdateError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    })?;
    let write = || -> std::io::Result<()> {
        use std::io::Write;
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, &path)
    };
    write().map_err(|e| UpdateError::io(&path, &e))
}

/// The folder of an installed version.
pub(crate) fn version_dir(data_dir: &Path, version: &str) -> PathBuf {
    root(data_dir).join(version)
}

/// A package unpacked into a staging folder and found to load. Removed when dropped, unless installed.
pub struct Staged {
    dir: PathBuf,
    pub version: BookVersion,
}

impl Staged {
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.dir.as_os_str().is_empty() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Unpack a verified package into a staging folder and check that its handbook loads: every edition, at least
/// one, and the workflow definitions (check 6 of the module above, but for the published versions, which the
/// caller compares with the handbook in use).
pub fn stage(data_dir: &Path, book: &VerifiedBook) -> Result<Staged, UpdateError> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let dir = root(data_dir).join(format!(
        "{STAGING}{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let staged = Staged {
        dir,
        version: book.version.clone(),
    };
    let write = |rel: &str, data: &[u8]| -> Result<(), UpdateError> {
        let path = staged.dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| UpdateError::io(parent, &e))?;
        }
        std::fs::write(&path, data).map_err(|e| UpdateError::io(&path, &e))
    };
    for (rel, data) in &book.files {
        write(rel, data)?;
    }
    write(MANIFEST, &book.manifest_bytes)?;
    write(SIGNATURE, book.signature.as_bytes())?;
    let langs = Handbook::languages(&staged.dir);
    if langs.is_empty() {
        return Err(UpdateError::DoesNotLoad {
            detail: "no edition (en/, fr/, …)".to_owned(),
        });
    }
    for lang in &langs {
        Handbook::load(&staged.dir.join(lang)).map_err(|e| UpdateError::DoesNotLoad {
            detail: e.to_string(),
        })?;
    }
    if let Err(problems) = crate::workflow::load_dir(&staged.dir.join("workflows")) {
        return Err(UpdateError::DoesNotLoad {
            detail: problems.first().map(ToString::to_string).unwrap_or_default(),
        });
    }
    Ok(staged)
}

/// Make a staged package the active handbook; the one active until now becomes the previous one.
pub fn install_staged(data_dir: &Path, mut staged: Staged) -> Result<BookState, UpdateError> {
    let version = staged.version.as_str().to_owned();
    let target = version_dir(data_dir, &version);
    if target.exists() {
        std::fs::remove_dir_all(&target).map_err(|e| UpdateError::io(&target, &e))?;
    }
    std::fs::rename(&staged.dir, &target).map_err(|e| UpdateError::io(&target, &e))?;
    staged.dir = PathBuf::new();
    let old = state(data_dir)?;
    let previous = match old.active {
        Some(a) if a != version => Some(a),
        _ => old.previous.filter(|p| *p != version),
    };
    let new = BookState {
        active: Some(version),
        previous,
    };
    write_state(data_dir, &new)?;
    prune(data_dir, &new);
    Ok(new)
}

/// Go back to the previous installed version, or to the bundled handbook when there is none. The version left is
/// removed.
pub fn rollback(data_dir: &Path) -> Result<BookState, UpdateError> {
    let old = state(data_dir)?;
    if old.active.is_none() {
        return Err(UpdateError::NothingToRollBack);
    }
    let new = BookState {
        active: old.previous,
        previous: None,
    };
    write_state(data_dir, &new)?;
    prune(data_dir, &new);
    Ok(new)
}

/// Remove version folders the state no longer names (best effort: a folder that stays is only disk space).
fn prune(data_dir: &Path, state: &BookState) {
    let Ok(entries) = std::fs::read_dir(root(data_dir)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let kept = state.active.as_deref() == Some(&name) || state.previous.as_deref() == Some(&name);
        if entry.path().is_dir() && !name.starts_with('.') && !kept {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// The handbook folder to load, and why.
#[derive(Debug, Clone)]
pub struct HandbookChoice {
    pub dir: PathBuf,
    /// The installed version chosen; `None`: the bundled handbook.
    pub installed: Option<String>,
    /// Why an installed version was passed over (damaged, or no longer verifying), for the log.
    pub problem: Option<String>,
}

/// At start-up: the active installed version if it verifies (signature, every file's hash) and is newer than the
/// bundled handbook (an app update may bring a newer one), else the bundled handbook.
pub fn choose_handbook_dir(bundled: &Path, data_dir: &Path, publishers: &Publishers) -> HandbookChoice {
    let fallback = |problem: Option<String>| HandbookChoice {
        dir: bundled.to_path_buf(),
        installed: None,
        problem,
    };
    let active = match state(data_dir) {
        Ok(BookState { active: Some(v), .. }) => v,
        Ok(_) => return fallback(None),
        Err(e) => return fallback(Some(e.to_string())),
    };
    let dir = version_dir(data_dir, &active);
    match verify_installed(&dir, publishers) {
        Ok(v) if folder_version(bundled).is_some_and(|b| b >= v) => fallback(None),
        Ok(_) => HandbookChoice {
            dir,
            installed: Some(active),
            problem: None,
        },
        Err(e) => fallback(Some(e.to_string())),
    }
}
