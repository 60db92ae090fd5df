//! Handbook updates from a USB stick: signed packages (`.avrbook`), what changed, install and rollback (issue 17,
//! item 3).
//!
//! # The package
//! A `.avrbook` file is a plain **tar** archive (ustar, written by the `tar` crate; `tar tf FILE.avrbook` lists
//! it) holding, in this order:
//! ```text
//! manifest.json           the version, the release notes, and every file's path, size and SHA-256
//! manifest.json.minisig   a minisign signature of manifest.json by the publisher's key
//! handbook/<path>         every file of the handbook folder (editions, workflows, synonyms, term base, …)
//! ```
//! Only the manifest is signed; every file is bound to it by its SHA-256. The signature is a standard minisign
//! one (Ed25519 over the BLAKE2b-512 of the manifest, with the trusted comment `avr-handbook <version>`), so
//! anyone can check a package without this app:
//! ```sh
//! tar xf handbook-2026.2.avrbook manifest.json manifest.json.minisig
//! minisign -Vm manifest.json -p assets/handbook-keys/publisher.pub
//! sha256sum en/01-scope.md   # compare with the manifest's entry, after `tar xf … handbook/`
//! ```
//! `release.toml` (the bundled handbook's own version) and hidden files are not packed: an installed handbook's
//! version is its manifest's.
//!
//! # What is checked, in this order (nothing is written before all of it passed)
//! 1. The file is at most [`MAX_PACKAGE_BYTES`], a tar archive, and every entry is a plain file (no link, no
//!    device, no folder entry) whose path is relative, made of plain names (no `..`, no `.`, no leading `/`, no
//!    backslash or drive letter, no hidden name), not repeated, and inside the size limits.
//! 2. The manifest's signature verifies against one of the trusted publisher keys: the key shipped in the app
//!    (`assets/handbook-keys/publisher.pub`, compiled in) or, in tests and development builds only, one more key
//!    the caller names ([`Publishers::with_test_key`]).
//! 3. The manifest reads, names this format, carries a well-formed version, and its paths obey the rules of 1.
//! 4. Every file in the manifest is in the package with that size and SHA-256, and every file in the package is
//!    in the manifest.
//! 5. The version is newer than the handbook in use (an older or equal one only with `allow_downgrade`, which
//!    the user confirms).
//! 6. Unpacked into a staging folder in the data folder, the handbook loads (every edition) and its workflows
//!    compile; no published workflow version is edited or removed (cases stay on the version they started
//!    with: `handbook/workflows/README.md`).
//!
//! # Where it goes
//! `<data>/handbook/<version>/` holds the files with `manifest.json` and its signature beside them;
//! `<data>/handbook/state.json` names the active version and the previous one (kept for rollback; older ones are
//! removed); `<data>/handbook/history.json` lists every install and rollback (see `history`). At start-up
//! [`choose_handbook_dir`] takes the active installed version only if it is newer than the bundled handbook and
//! still verifies (signature and every hash); otherwise the bundled handbook is used. The development switch
//! `AVR_HANDBOOK_DIR` bypasses all of this, in the shell and the command line.

mod diff;
mod history;
mod install;
mod package;

pub(crate) use diff::published_workflows_kept;
pub use diff::{
    BookDiff, ChangeKind, ChapterChange, EditionDiff, FileChange, ItemChange, SectionChange, WordKind,
    WordRun, WorkflowChange, diff_dirs,
};
pub use history::{BookAction, BookEvent, install_history, record_event};
pub(crate) use install::version_dir;
pub use install::{
    BookState, HandbookChoice, Staged, choose_handbook_dir, install_staged, rollback, stage, state,
};
pub use package::{
    KeyPair, MAX_PACKAGE_BYTES, Manifest, ManifestFile, PackRequest, Publishers, VerifiedBook, keygen, pack,
    read_package,
};

use std::fmt;

use crate::i18n::{Value, interface_lang, tr};

/// The version of a handbook release: one to four whole numbers separated by dots (`2026.2`, `2026.2.1`).
/// Compared number by number, a missing number counting as 0 (`2026.2` = `2026.2.0`).
#[derive(Debug, Clone)]
pub struct BookVersion {
    parts: Vec<u64>,
    text: String,
}

impl BookVersion {
    pub fn parse(text: &str) -> Result<BookVersion, UpdateError> {
        let bad = || UpdateError::BadVersion {
            version: text.chars().take(40).collect(),
        };
        let parts = text
            .split('.')
            .map(|p| {
                if p.is_empty() || p.len() > 9 || !p.bytes().all(|b| b.is_ascii_digit()) {
                    None
                } else {
                    p.parse::<u64>().ok()
                }
            })
            .collect::<Option<Vec<_>>>()
            .ok_or_else(bad)?;
        if parts.len() > 4 {
            return Err(bad());
        }
        Ok(BookVersion {
            parts,
            text: text.to_owned(),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    fn part(&self, i: usize) -> u64 {
        self.parts.get(i).copied().unwrap_or(0)
    }
}

impl PartialEq for BookVersion {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}
impl Eq for BookVersion {}
impl PartialOrd for BookVersion {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for BookVersion {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (0..4)
            .map(|i| self.part(i).cmp(&other.part(i)))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    }
}

impl fmt::Display for BookVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// The version of a handbook folder: its manifest's when it is an installed package, else its `release.toml`'s
/// (the bundled handbook). `None` when it has neither (a development folder without a release file).
pub fn folder_version(dir: &std::path::Path) -> Option<BookVersion> {
    if let Ok(bytes) = std::fs::read(dir.join(package::MANIFEST)) {
        let m: Manifest = serde_json::from_slice(&bytes).ok()?;
        return BookVersion::parse(&m.version).ok();
    }
    let text = std::fs::read_to_string(dir.join(RELEASE_FILE)).ok()?;
    let value: toml::Table = toml::from_str(&text).ok()?;
    BookVersion::parse(value.get("version")?.as_str()?).ok()
}

/// The manifest of an installed handbook folder (`None` for the bundled handbook or a development folder).
pub fn folder_manifest(dir: &std::path::Path) -> Option<Manifest> {
    let bytes = std::fs::read(dir.join(package::MANIFEST)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The bundled handbook's own version file, at the top of the handbook folder.
pub const RELEASE_FILE: &str = "release.toml";

/// Why a package was refused, or an install or rollback could not be done. The text comes from the catalogs
/// (`i18n/<lang>/updates.ftl`) in the interface's language, and names the problem (the path, the version), never
/// only "invalid".
#[derive(Debug)]
pub enum UpdateError {
    TooBig { bytes: u64, max: u64 },
    Unreadable { detail: String },
    MissingManifest,
    BadManifest { detail: String },
    UnsupportedFormat { format: u32 },
    BadSignature,
    UnknownPublisher { key_id: String },
    BadPath { path: String },
    NotAFile { path: String },
    Duplicate { path: String },
    NotInManifest { path: String },
    MissingFile { path: String },
    HashMismatch { path: String },
    BadVersion { version: String },
    NotNewer { version: String, current: String },
    DoesNotLoad { detail: String },
    PublishedWorkflowChanged { workflow: String, version: u32 },
    PublishedWorkflowRemoved { workflow: String, version: u32 },
    Key { detail: String },
    Io { path: String, detail: String },
    NothingToRollBack,
}

impl UpdateError {
    pub fn code(&self) -> crate::ErrorCode {
        use crate::ErrorCode;
        match self {
            UpdateError::TooBig { .. }
            | UpdateError::Unreadable { .. }
            | UpdateError::MissingManifest
            | UpdateError::BadManifest { .. }
            | UpdateError::UnsupportedFormat { .. }
            | UpdateError::BadSignature
            | UpdateError::UnknownPublisher { .. }
            | UpdateError::BadPath { .. }
            | UpdateError::NotAFile { .. }
            | UpdateError::Duplicate { .. }
            | UpdateError::NotInManifest { .. }
            | UpdateError::MissingFile { .. }
            | UpdateError::HashMismatch { .. }
            | UpdateError::BadVersion { .. }
            | UpdateError::DoesNotLoad { .. }
            | UpdateError::PublishedWorkflowChanged { .. }
            | UpdateError::PublishedWorkflowRemoved { .. }
            | UpdateError::Key { .. } => ErrorCode::Validation,
            UpdateError::NotNewer { .. } | UpdateError::NothingToRollBack => ErrorCode::Conflict,
            UpdateError::Io { .. } => ErrorCode::Internal,
        }
    }

    pub(crate) fn io(path: &std::path::Path, e: &std::io::Error) -> UpdateError {
        UpdateError::Io {
            path: path.display().to_string(),
            detail: e.to_string(),
        }
    }

    /// The catalog key and its arguments.
    fn message(&self) -> (&'static str, Vec<(&'static str, Value<'_>)>) {
        let s = |v: &str| Value::from(v.to_owned());
        match self {
            UpdateError::TooBig { bytes, max } => (
                "update-too-big",
                vec![
                    ("bytes", Value::from(*bytes as f64)),
                    ("max", Value::from(*max as f64)),
                ],
            ),
            UpdateError::Unreadable { detail } => ("update-unreadable", vec![("detail", s(detail))]),
            UpdateError::MissingManifest => ("update-missing-manifest", vec![]),
            UpdateError::BadManifest { detail } => ("update-bad-manifest", vec![("detail", s(detail))]),
            UpdateError::UnsupportedFormat { format } => (
                "update-unsupported-format",
                vec![("format", Value::from(*format))],
            ),
            UpdateError::BadSignature => ("update-bad-signature", vec![]),
            UpdateError::UnknownPublisher { key_id } => {
                ("update-unknown-publisher", vec![("key", s(key_id))])
            }
            UpdateError::BadPath { path } => ("update-bad-path", vec![("path", s(path))]),
            UpdateError::NotAFile { path } => ("update-not-a-file", vec![("path", s(path))]),
            UpdateError::Duplicate { path } => ("update-duplicate", vec![("path", s(path))]),
            UpdateError::NotInManifest { path } => ("update-not-in-manifest", vec![("path", s(path))]),
            UpdateError::MissingFile { path } => ("update-missing-file", vec![("path", s(path))]),
            UpdateError::HashMismatch { path } => ("update-hash-mismatch", vec![("path", s(path))]),
            UpdateError::BadVersion { version } => ("update-bad-version", vec![("version", s(version))]),
            UpdateError::NotNewer { version, current } => (
                "update-not-newer",
                vec![("version", s(version)), ("current", s(current))],
            ),
            UpdateError::DoesNotLoad { detail } => ("update-does-not-load", vec![("detail", s(detail))]),
            UpdateError::PublishedWorkflowChanged { workflow, version } => (
                "update-workflow-changed",
                vec![("workflow", s(workflow)), ("version", Value::from(*version))],
            ),
            UpdateError::PublishedWorkflowRemoved { workflow, version } => (
                "update-workflow-removed",
                vec![("workflow", s(workflow)), ("version", Value::from(*version))],
            ),
            UpdateError::Key { detail } => ("update-key", vec![("detail", s(detail))]),
            UpdateError::Io { path, detail } => ("update-io", vec![("path", s(path)), ("detail", s(detail))]),
            UpdateError::NothingToRollBack => ("update-nothing-to-roll-back", vec![]),
        }
    }
}

impl fmt::Display for UpdateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (key, args) = self.message();
        f.write_str(&tr(interface_lang(), key, &args))
    }
}

impl std::error::Error for UpdateError {}

#[cfg(test)]
#[allow(clippy::expect_used)] // a test that cannot parse its own versions has nothing to say
mod tests {
    use super::BookVersion;

    #[test]
    fn versions_compare_number_by_number() {
        let v = |s: &str| BookVersion::parse(s).expect("a well-formed version");
        assert!(
            v("2026.10") > v("2026.9"),
            "10 is after 9, not before it as text would say"
        );
        assert!(v("2026.2") == v("2026.2.0"), "a missing number counts as 0");
        assert!(v("2027") > v("2026.12.5"), "the first number decides first");
        for bad in [
            "",
            "1..2",
            "v1",
            "1.2.3.4.5",
            "1.-2",
            "../1",
            "1 .2",
            "1234567890",
        ] {
            assert!(BookVersion::parse(bad).is_err(), "{bad:?} is not a version");
        }
    }
}
