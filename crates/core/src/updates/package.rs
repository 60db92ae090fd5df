//! The `.avrbook` file: publisher keys, packing a handbook folder, and reading a package back with every check
//! of steps 1–4 in the module above. Signing and verifying are the `minisign` crate's; this file only frames.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use minisign::{PublicKey, PublicKeyBox, SecretKey, SecretKeyBox, SignatureBox};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{BookVersion, RELEASE_FILE, UpdateError};
use crate::identity::hex;

pub(crate) const MANIFEST: &str = "manifest.json";
pub(crate) const SIGNATURE: &str = "manifest.json.minisig";
/// Handbook files sit under this folder in the archive.
const FILES_PREFIX: &str = "handbook/";
const FORMAT: u32 = 1;
const KIND: &str = "avr-handbook";
/// The whole handbook (four editions, workflows, term base) is about 2.5 MB; this leaves room for years of growth
/// and refuses a stick's worth of junk before reading it.
pub const MAX_PACKAGE_BYTES: u64 = 64 * 1024 * 1024;
const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
const MAX_FILES: usize = 5_000;
const MAX_PATH_BYTES: usize = 200;
const MAX_NOTES_CHARS: usize = 20_000;

/// The publisher's public key shipped with the app.
const SHIPPED_KEY: &str = include_str!("../../../../assets/handbook-keys/publisher.pub");

/// One file of the handbook as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestFile {
    /// Relative to the handbook folder, `/`-separated: `en/01-scope.md`.
    pub path: String,
    pub bytes: u64,
    /// Lower-case hex.
    pub sha256: String,
}

/// What the publisher signs.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    /// Always `avr-handbook`: a manifest of another kind signed by the same key is not a handbook.
    pub kind: String,
    pub version: String,
    /// Unix milliseconds.
    pub created_at: i64,
    /// Release notes, as the publisher wrote them.
    pub notes: String,
    pub files: Vec<ManifestFile>,
}

/// A package whose every check of steps 1–4 passed: the manifest and the files by handbook path.
#[derive(Debug)]
pub struct VerifiedBook {
    pub manifest: Manifest,
    pub version: BookVersion,
    /// The signature file's text, kept beside the installed files so that start-up can check them again.
    pub signature: String,
    pub manifest_bytes: Vec<u8>,
    pub files: BTreeMap<String, Vec<u8>>,
    /// The key id of the publisher key that signed it, as `minisign` prints it (16 hex digits): the fingerprint
    /// shown before installing and kept in the install history.
    pub publisher: String,
}

/// A publisher key pair in minisign's text format: the secret key file and the public key file.
pub struct KeyPair {
    pub secret: String,
    pub public: String,
}

/// The publisher keys a package may be signed with.
pub struct Publishers {
    keys: Vec<PublicKey>,
}

fn key_error(e: impl std::fmt::Display) -> UpdateError {
    UpdateError::Key {
        detail: e.to_string(),
    }
}

fn parse_public(text: &str) -> Result<PublicKey, UpdateError> {
    PublicKeyBox::from_string(text.trim_start())
        .and_then(PublicKeyBox::into_public_key)
        .map_err(key_error)
}

/// minisign's key id: the 8-byte key number, written as minisign writes it (hex of the little-endian number).
fn key_id(keynum: &[u8]) -> String {
    let mut b = keynum.to_vec();
    b.reverse();
    hex(&b).to_uppercase()
}

impl Publishers {
    /// The key shipped with the app: the only one a release build trusts.
    pub fn shipped() -> Result<Publishers, UpdateError> {
        Ok(Publishers {
            keys: vec![parse_public(SHIPPED_KEY)?],
        })
    }

    /// The shipped key and one more (a test publisher's `.pub` text). Only tests and development builds call
    /// this: the shell under its `test-hooks` feature or a debug build, the command line in a debug build.
    pub fn with_test_key(public: Option<&str>) -> Result<Publishers, UpdateError> {
        let mut p = Publishers::shipped()?;
        if let Some(text) = public {
            p.keys.push(parse_public(text)?);
        }
        Ok(p)
    }

    /// Check the signature; the signing key's id when it verifies.
    fn verify(&self, manifest: &[u8], signature: &str, version: &str) -> Result<String, UpdateError> {
        let sig = SignatureBox::from_string(signature).map_err(|_| UpdateError::BadSignature)?;
        let key = self
            .keys
            .iter()
            .find(|k| k.keynum() == sig.keynum())
            .ok_or_else(|| UpdateError::UnknownPublisher {
                key_id: key_id(sig.keynum()),
            })?;
        minisign::verify(key, &sig, Cursor::new(manifest), true, false, false)
            .map_err(|_| UpdateError::BadSignature)?;
        // The trusted comment is signed too; it must name this very version (what `minisign -V` shows).
        match sig.trusted_comment() {
            Ok(c) if c == trusted_comment(version) => Ok(key_id(sig.keynum())),
            _ => Err(UpdateError::BadSignature),
        }
    }
}

fn trusted_comment(version: &str) -> String {
    format!("{KIND} {version}")
}

/// A new publisher key pair, the secret key unencrypted (a test publisher's; a real one is made with `minisign
/// -G` and a password).
pub fn keygen() -> Result<KeyPair, UpdateError> {
    let minisign::KeyPair { pk, sk } =
        minisign::KeyPair::generate_unencrypted_keypair().map_err(key_error)?;
    Ok(KeyPair {
        secret: sk
            .to_box(Some("AVR handbook publisher secret key"))
            .map_err(key_error)?
            .into_string(),
        public: pk.to_box().map_err(key_error)?.into_string(),
    })
}

/// Read a secret key file: unencrypted, or encrypted with `password` (never asked for on the terminal here).
fn secret_key(text: &str, password: Option<&str>) -> Result<SecretKey, UpdateError> {
    let sk_box = SecretKeyBox::from_string(text).map_err(key_error)?;
    match SecretKey::from_unencrypted_box(sk_box.clone()) {
        Ok(sk) => Ok(sk),
        Err(e) => match password {
            Some(p) => SecretKey::from_box(sk_box, Some(p.to_owned())).map_err(key_error),
            None => Err(key_error(e)),
        },
    }
}

/// A path as the manifest and the archive write it: relative, `/`-separated, plain names only.
pub(crate) fn path_ok(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= MAX_PATH_BYTES
        && path.split('/').all(|c| {
            !c.is_empty()
                && !c.starts_with('.')
                && !c.contains(['\\', ':', '\0'])
                && !c.chars().any(char::is_control)
        })
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) -> Result<(), UpdateError> {
    let entries = std::fs::read_dir(dir).map_err(|e| UpdateError::io(dir, &e))?;
    for entry in entries {
        let entry = entry.map_err(|e| UpdateError::io(dir, &e))?;
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(|e| UpdateError::io(&path, &e))?;
        let rel = path
            .strip_prefix(root)
            .map(|p| {
                p.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default();
        if kind.is_dir() {
            collect(root, &path, out)?;
        } else if kind.is_file() {
            if is_package_file(&rel) {
                continue;
            }
            if !path_ok(&rel) {
                return Err(UpdateError::BadPath { path: rel });
            }
            out.insert(rel, std::fs::read(&path).map_err(|e| UpdateError::io(&path, &e))?);
        } else {
            return Err(UpdateError::NotAFile { path: rel });
        }
    }
    Ok(())
}

/// Every file a package of `dir` would carry, by handbook path.
pub(crate) fn collect_files(dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) -> Result<(), UpdateError> {
    collect(dir, dir, out)
}

/// The files an installed folder holds beside the handbook's own (and the bundled folder's version file).
pub(crate) fn is_package_file(path: &str) -> bool {
    path == MANIFEST || path == SIGNATURE || path == RELEASE_FILE
}

fn sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn append(tar: &mut tar::Builder<Vec<u8>>, path: &str, data: &[u8]) -> Result<(), UpdateError> {
    let mut header = tar::Header::new_ustar();
    header.set_size(data.len() as u64);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_entry_type(tar::EntryType::Regular);
    tar.append_data(&mut header, path, data)
        .map_err(|e| UpdateError::Unreadable {
            detail: e.to_string(),
        })
}

/// What `pack` needs besides the handbook folder.
pub struct PackRequest<'a> {
    pub handbook_dir: &'a Path,
    /// The secret key file's text, and its password when it is encrypted.
    pub secret_key: &'a str,
    pub password: Option<&'a str>,
    /// `None`: the handbook folder's `release.toml` version.
    pub version: Option<&'a str>,
    pub notes: &'a str,
    pub created_at: i64,
}

/// Build a signed package of everything in the handbook folder: its bytes and the manifest it carries.
pub fn pack(req: &PackRequest<'_>) -> Result<(Vec<u8>, Manifest), UpdateError> {
    let version = match req.version {
        Some(v) => BookVersion::parse(v)?,
        None => super::folder_version(req.handbook_dir).ok_or_else(|| UpdateError::BadVersion {
            version: req.handbook_dir.join(RELEASE_FILE).display().to_string(),
        })?,
    };
    let sk = secret_key(req.secret_key, req.password)?;
    let mut files = BTreeMap::new();
    collect(req.handbook_dir, req.handbook_dir, &mut files)?;
    if files.len() > MAX_FILES {
        return Err(UpdateError::TooBig {
            bytes: files.len() as u64,
            max: MAX_FILES as u64,
        });
    }
    let manifest = Manifest {
        format: FORMAT,
        kind: KIND.to_owned(),
        version: version.as_str().to_owned(),
        created_at: req.created_at,
        notes: req.notes.chars().take(MAX_NOTES_CHARS).collect(),
        files: files
            .iter()
            .map(|(path, data)| ManifestFile {
                path: path.clone(),
                bytes: data.len() as u64,
                sha256: sha256(data),
            })
            .collect(),
    };
    let manifest_bytes = serde_json::to_vec_pretty(&manifest).map_err(|e| UpdateError::BadManifest {
        detail: e.to_string(),
    })?;
    let signature = minisign::sign(
        None,
        &sk,
        Cursor::new(&manifest_bytes),
        Some(&trusted_comment(version.as_str())),
        Some("AVR handbook package manifest"),
    )
    .map_err(key_error)?
    .into_string();
    let mut tar = tar::Builder::new(Vec::new());
    append(&mut tar, MANIFEST, &manifest_bytes)?;
    append(&mut tar, SIGNATURE, signature.as_bytes())?;
    for (path, data) in &files {
        append(&mut tar, &format!("{FILES_PREFIX}{path}"), data)?;
    }
    let bytes = tar.into_inner().map_err(|e| UpdateError::Unreadable {
        detail: e.to_string(),
    })?;
    Ok((bytes, manifest))
}

/// Step 1: every entry of the archive, checked for its kind, path, size and uniqueness.
fn entries(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, UpdateError> {
    if bytes.len() as u64 > MAX_PACKAGE_BYTES {
        return Err(UpdateError::TooBig {
            bytes: bytes.len() as u64,
            max: MAX_PACKAGE_BYTES,
        });
    }
    let unreadable = |e: std::io::Error| UpdateError::Unreadable {
        detail: e.to_string(),
    };
    let mut archive = tar::Archive::new(Cursor::new(bytes));
    let mut out = BTreeMap::new();
    for entry in archive.entries().map_err(unreadable)? {
        let mut entry = entry.map_err(unreadable)?;
        let raw = entry.path_bytes();
        let path = String::from_utf8_lossy(&raw).into_owned();
        if !path_ok(&path) {
            return Err(UpdateError::BadPath { path });
        }
        if entry.header().entry_type() != tar::EntryType::Regular {
            return Err(UpdateError::NotAFile { path });
        }
        if entry.size() > MAX_FILE_BYTES || out.len() >= MAX_FILES + 2 {
            return Err(UpdateError::TooBig {
                bytes: entry.size(),
                max: MAX_FILE_BYTES,
            });
        }
        let mut data = Vec::with_capacity(entry.size() as usize);
        (&mut entry)
            .take(MAX_FILE_BYTES)
            .read_to_end(&mut data)
            .map_err(unreadable)?;
        if out.insert(path.clone(), data).is_some() {
            return Err(UpdateError::Duplicate { path });
        }
    }
    Ok(out)
}

/// Read a package and run checks 1–4: everything but the version and the content.
pub fn read_package(bytes: &[u8], publishers: &Publishers) -> Result<VerifiedBook, UpdateError> {
    let mut entries = entries(bytes)?;
    let manifest_bytes = entries.remove(MANIFEST).ok_or(UpdateError::MissingManifest)?;
    let signature = entries.remove(SIGNATURE).ok_or(UpdateError::BadSignature)?;
    let signature = String::from_utf8(signature).map_err(|_| UpdateError::BadSignature)?;
    // The version named by the signed trusted comment is checked against the manifest's after both are read; the
    // signature is checked before the manifest is trusted for anything.
    let claimed: Manifest =
        serde_json::from_slice(&manifest_bytes).map_err(|e| UpdateError::BadManifest {
            detail: e.to_string(),
        })?;
    let publisher = publishers.verify(&manifest_bytes, &signature, &claimed.version)?;
    let manifest = claimed;
    if manifest.format != FORMAT || manifest.kind != KIND {
        return Err(UpdateError::UnsupportedFormat {
            format: manifest.format,
        });
    }
    let version = BookVersion::parse(&manifest.version)?;
    let mut files = BTreeMap::new();
    for f in &manifest.files {
        if !path_ok(&f.path) || is_package_file(&f.path) {
            return Err(UpdateError::BadPath { path: f.path.clone() });
        }
        let data = entries
            .remove(&format!("{FILES_PREFIX}{}", f.path))
            .ok_or_else(|| UpdateError::MissingFile { path: f.path.clone() })?;
        if data.len() as u64 != f.bytes || sha256(&data) != f.sha256 {
            return Err(UpdateError::HashMismatch { path: f.path.clone() });
        }
        if files.insert(f.path.clone(), data).is_some() {
            return Err(UpdateError::Duplicate { path: f.path.clone() });
        }
    }
    if let Some(path) = entries.into_keys().next() {
        return Err(UpdateError::NotInManifest { path });
    }
    Ok(VerifiedBook {
        manifest,
        version,
        signature,
        manifest_bytes,
        files,
        publisher,
    })
}

/// Check an installed folder again (start-up): its manifest's signature, and every file listed there with its
/// size and hash. Files the manifest does not list are not looked at (the folder holds the manifest itself).
pub(crate) fn verify_installed(dir: &Path, publishers: &Publishers) -> Result<BookVersion, UpdateError> {
    let read = |p: PathBuf| std::fs::read(&p).map_err(|e| UpdateError::io(&p, &e));
    let manifest_bytes = read(dir.join(MANIFEST))?;
    let signature = String::from_utf8(read(dir.join(SIGNATURE))?).map_err(|_| UpdateError::BadSignature)?;
    let manifest: Manifest =
        serde_json::from_slice(&manifest_bytes).map_err(|e| UpdateError::BadManifest {
            detail: e.to_string(),
        })?;
    publishers.verify(&manifest_bytes, &signature, &manifest.version)?;
    for f in &manifest.files {
        if !path_ok(&f.path) {
            return Err(UpdateError::BadPath { path: f.path.clone() });
        }
        let data = read(dir.join(&f.path))?;
        if data.len() as u64 != f.bytes || sha256(&data) != f.sha256 {
            return Err(UpdateError::HashMismatch { path: f.path.clone() });
        }
    }
    BookVersion::parse(&manifest.version)
}

#[cfg(test)]
mod tests {
    use super::path_ok;

    #[test]
    fn only_plain_relative_paths_are_accepted() {
        for good in ["en/01-scope.md", "workflows/avr-case-v3.toml", "terms.toml"] {
            assert!(path_ok(good), "{good} is a plain handbook path");
        }
        for bad in [
            "../etc/passwd",
            "en/../../x",
            "/etc/passwd",
            "en//x.md",
            "./en/x.md",
            "C:\\x",
            "en\\..\\x",
            ".hidden",
            "",
            "en/",
        ] {
            assert!(!path_ok(bad), "{bad:?} could leave the folder or hide a file");
        }
    }
}
