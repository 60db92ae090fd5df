//! Signed handbook packages (`.avrbook`) through the real api: the real handbook copied to a temp folder with
//! planted changes, packed and signed with a test publisher key, looked into, installed into a temp data folder
//! and rolled back. A package that was tampered with, signed by a stranger, older, carrying a file the manifest
//! does not list, a `../` path or a link, or editing a published workflow is refused by name, and nothing is
//! installed.
//!
//! Its own test binary (not `tests/it`): it needs nothing from the shared helpers.

// Tests say why each expectation holds, in `expect`.
#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::time::Instant;

use avr_core::ErrorCode;
use avr_core::api::{Api, ApiConfig, handbook_to_load};
use avr_core::updates::{self, ChangeKind, KeyPair, WordKind};

fn handbook_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook")
}

/// A test publisher, a copy of the handbook to change, and an installation that trusts the publisher.
struct Desk {
    tmp: tempfile::TempDir,
    key: KeyPair,
    api: Api,
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder in the temp dir");
    for entry in std::fs::read_dir(from)
        .expect("the handbook folder reads")
        .flatten()
    {
        let dest = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), &dest).expect("a handbook file copies");
        }
    }
}

impl Desk {
    fn new() -> Desk {
        let tmp = tempfile::tempdir().expect("a temp folder");
        copy_dir(&handbook_root(), &tmp.path().join("src"));
        let api = Api::open(ApiConfig {
            handbook_dir: handbook_root(),
            data_dir: tmp.path().join("data"),
        })
        .expect("the api opens on the shipped handbook");
        let key = updates::keygen().expect("a test publisher key");
        api.trust_test_publisher(&key.public)
            .expect("a well-formed public key");
        Desk { tmp, key, api }
    }

    fn src(&self) -> PathBuf {
        self.tmp.path().join("src")
    }

    fn data(&self) -> PathBuf {
        self.tmp.path().join("data")
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        let path = self.src().join(rel);
        let text = std::fs::read_to_string(&path).expect("the planted file reads");
        assert!(
            text.contains(from),
            "{rel} holds the text the test changes: {from:?}"
        );
        std::fs::write(&path, text.replacen(from, to, 1)).expect("the planted file writes");
    }

    fn pack_as(&self, key: &KeyPair, version: &str) -> Vec<u8> {
        avr_core::api::book_pack(&self.src(), &key.secret, None, Some(version), "Test release.")
            .expect("the copied handbook packs")
            .bytes
    }

    fn pack(&self, version: &str) -> Vec<u8> {
        self.pack_as(&self.key, version)
    }

    /// Nothing was installed: no state, no version folder.
    fn assert_nothing_installed(&self, why: &str) {
        let state = updates::state(&self.data()).expect("the state reads");
        assert_eq!(state.active, None, "{why}: no version is active");
        let folders: Vec<_> = std::fs::read_dir(self.data().join("handbook"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            folders.is_empty(),
            "{why}: nothing is left in the data folder's handbook/ ({folders:?})"
        );
    }

    /// Install must refuse `bytes` with `code`, naming `needle`, and leave nothing installed.
    fn assert_refused(&self, bytes: &[u8], code: ErrorCode, needle: &str, why: &str) {
        let inspect = self.api.book_inspect(bytes, false).expect_err(why);
        let install = self.api.book_install(bytes, false).expect_err(why);
        for e in [inspect, install] {
            assert_eq!(e.code(), code, "{why}: {e}");
            assert!(
                e.to_string().contains(needle),
                "{why}: the message names {needle:?}: {e}"
            );
        }
        self.assert_nothing_installed(why);
    }
}

/// The v3 workflow copied as v4 without its onward-transport step (and the form fields that step held).
fn workflow_v4_without_onward_transport(src: &Path) {
    let v3 = std::fs::read_to_string(src.join("workflows/avr-case-v3.toml")).expect("v3 reads");
    let start = v3
        .find("[[steps]]\nid = \"onward-transport\"")
        .expect("v3 has the onward-transport step");
    let end = start
        + v3[start..]
            .find("[[steps]]\nid = \"reintegration-plan\"")
            .expect("a step follows");
    let v4 = format!("{}{}", &v3[..start], &v3[end..])
        .replacen("version = 3", "version = 4", 1)
        .replace("\"onward_transport_arranged\", \"final_destination\", ", "");
    std::fs::write(src.join("workflows/avr-case-v4.toml"), v4).expect("v4 writes");
}

#[test]
fn a_good_package_installs_shows_what_changed_and_rolls_back() {
    let desk = Desk::new();
    desk.edit(
        "en/01-scope.md",
        "The chapters follow a person from the sea to home:",
        "The chapters follow a person from the rescue boat to home:",
    );
    let scope = desk.src().join("en/01-scope.md");
    let mut text = std::fs::read_to_string(&scope).expect("scope reads");
    text.push_str(
        "\n## Updates on a stick {#updates-on-a-stick}\n\nA signed package brings a new handbook.\n",
    );
    std::fs::write(&scope, text).expect("scope writes");
    workflow_v4_without_onward_transport(&desk.src());

    let bytes = desk.pack("2026.2");
    let preview = desk
        .api
        .book_inspect(&bytes, false)
        .expect("a good package is accepted");
    let d = &preview.diff;
    assert_eq!(
        d.from_version.as_deref(),
        Some("2026.1"),
        "compared with the bundled release.toml"
    );
    assert_eq!(d.to_version, "2026.2");
    assert!(!preview.downgrade, "2026.2 is newer than 2026.1");
    let en = d
        .editions
        .iter()
        .find(|e| e.lang == "en")
        .expect("the English edition changed");
    assert_eq!(d.editions.len(), 1, "only English was edited: {:?}", d.editions);
    assert_eq!(en.chapters.len(), 1, "only the scope chapter changed");
    let ch = &en.chapters[0];
    assert_eq!((ch.id.as_str(), ch.kind), ("scope", ChangeKind::Changed));
    let changed = ch
        .sections
        .iter()
        .find(|s| s.id == "what-it-covers")
        .expect("the edited section is listed");
    assert_eq!(changed.kind, ChangeKind::Changed);
    let runs = |k: WordKind| -> Vec<&str> {
        changed
            .words
            .iter()
            .filter(|w| w.kind == k)
            .map(|w| w.text.as_str())
            .collect()
    };
    assert_eq!(
        runs(WordKind::Removed),
        ["sea"],
        "the word taken out, and only it"
    );
    assert_eq!(
        runs(WordKind::Added),
        ["rescue boat"],
        "the words put in, and only they"
    );
    let added = ch
        .sections
        .iter()
        .find(|s| s.id == "updates-on-a-stick")
        .expect("the new section is listed");
    assert_eq!(added.kind, ChangeKind::Added);
    assert_eq!(
        ch.sections.len(),
        2,
        "no other section of the chapter changed: {:?}",
        ch.sections
    );
    assert_eq!(d.workflows.len(), 1, "one new workflow version");
    let wf = &d.workflows[0];
    assert_eq!(
        (wf.workflow.as_str(), wf.version, wf.compared_with),
        ("avr-case", 4, Some(3))
    );
    assert_eq!(wf.steps.len(), 1, "one step differs: {:?}", wf.steps);
    assert_eq!(
        (wf.steps[0].id.as_str(), wf.steps[0].kind),
        ("onward-transport", ChangeKind::Removed)
    );
    assert!(wf.safeguards.is_empty(), "no safeguard was touched");
    assert!(d.files.is_empty(), "no other file changed: {:?}", d.files);
    desk.assert_nothing_installed("looking into a package installs nothing");

    let done = desk
        .api
        .book_install(&bytes, false)
        .expect("a good package installs");
    assert_eq!(
        (done.version.as_str(), done.previous.as_deref()),
        ("2026.2", None)
    );
    let choice = handbook_to_load(&handbook_root(), &desk.data(), Some(&desk.key.public));
    assert_eq!(
        choice.installed.as_deref(),
        Some("2026.2"),
        "the next start loads it: {:?}",
        choice.problem
    );
    let next = Api::open(ApiConfig {
        handbook_dir: choice.dir,
        data_dir: desk.tmp.path().join("data2"),
    })
    .expect("the installed handbook opens");
    let view = next.chapter("en", "scope").expect("the scope chapter is there");
    assert!(
        view.html.contains("from the rescue boat to home"),
        "the reader shows the new sentence"
    );
    assert!(
        view.sections.iter().any(|s| s.id == "updates-on-a-stick"),
        "and the new section"
    );
    assert!(
        next.workflows()
            .iter()
            .any(|w| w.id == "avr-case" && w.version == 4)
            && next.workflows().iter().any(|w| w.version == 3),
        "the new workflow version is offered and the old one stays for the cases on it"
    );
    let again = desk
        .api
        .book_install(&bytes, false)
        .expect_err("the same version again is not newer");
    assert_eq!(again.code(), ErrorCode::Conflict, "{again}");

    let after = desk.api.book_rollback().expect("a rollback after an install");
    assert_eq!(
        after.active, None,
        "the first install rolls back to the bundled handbook"
    );
    let choice = handbook_to_load(&handbook_root(), &desk.data(), Some(&desk.key.public));
    assert_eq!(
        (choice.dir, choice.installed),
        (handbook_root(), None),
        "the next start loads the bundled one"
    );
    assert!(
        !desk.data().join("handbook/2026.2").exists(),
        "the version rolled back from is removed"
    );
    let none = desk.api.book_rollback().expect_err("nothing left to roll back");
    assert_eq!(none.code(), ErrorCode::Conflict, "{none}");
}

#[test]
fn a_second_install_keeps_the_first_for_rollback_and_an_older_one_needs_confirming() {
    let desk = Desk::new();
    desk.api
        .book_install(&desk.pack("2026.2"), false)
        .expect("the first package installs");
    desk.api
        .book_install(&desk.pack("2026.3"), false)
        .expect("a newer one installs over it");
    let v = desk.api.book_versions().expect("versions");
    assert_eq!(
        (v.active.as_deref(), v.previous.as_deref()),
        (Some("2026.3"), Some("2026.2"))
    );
    let older = desk.pack("2026.2.5");
    let refused = desk
        .api
        .book_inspect(&older, false)
        .expect_err("older than the active 2026.3");
    assert!(
        refused.to_string().contains("2026.3"),
        "the refusal names the version in use: {refused}"
    );
    let preview = desk
        .api
        .book_inspect(&older, true)
        .expect("shown when the downgrade is allowed");
    assert!(
        preview.diff.is_empty() && preview.downgrade,
        "same content, flagged as a downgrade"
    );
    let v = desk.api.book_rollback().expect("rollback");
    assert_eq!(
        (v.active.as_deref(), v.previous),
        (Some("2026.2"), None),
        "back to the version before"
    );
    let choice = handbook_to_load(&handbook_root(), &desk.data(), None);
    assert_eq!(
        choice.installed, None,
        "without the test key a release build does not trust it"
    );
    assert!(choice.problem.is_some_and(|p| p.contains("key")), "and says why");
}

#[test]
fn installs_and_rollbacks_are_recorded_in_the_history_and_in_the_audit_log_while_unlocked() {
    let desk = Desk::new();
    let staff = avr_core::api::StaffProfile {
        name: "Amina Test".into(),
        office: "Lampedusa".into(),
    };
    desk.api
        .vault_create("correct horse battery staple 42", &staff)
        .expect("a case store for the audit log");
    let bytes = desk.pack("2026.2");
    let publisher = desk
        .api
        .book_inspect(&bytes, false)
        .expect("the package is shown")
        .publisher;
    assert_eq!(
        publisher.len(),
        16,
        "the preview names the signing key by its 16-hex-digit id: {publisher}"
    );
    let installed = desk.api.book_install(&bytes, false).expect("it installs");
    assert!(
        installed.audited,
        "the store is unlocked: the audit log has the install"
    );

    let v = desk.api.book_versions().expect("versions");
    assert!(
        v.restart_needed,
        "this run still reads the bundled handbook: the new one needs a restart"
    );
    let first = v.history.first().expect("the install is in the history");
    assert_eq!(
        (
            first.action,
            first.from_version.as_deref(),
            first.to_version.as_deref()
        ),
        (updates::BookAction::Installed, Some("2026.1"), Some("2026.2")),
        "from the bundled 2026.1 to 2026.2"
    );
    assert_eq!(
        first.publisher.as_deref(),
        Some(publisher.as_str()),
        "the history names the publisher key the preview showed"
    );
    let audit = desk.api.book_audit().expect("the audit log reads while unlocked");
    assert_eq!(audit.len(), 1, "one handbook event so far: {audit:?}");
    assert_eq!(audit[0].action, "handbook.installed", "named as an install");
    assert!(
        audit[0].summary.contains("2026.1 -> 2026.2") && audit[0].summary.contains(&publisher),
        "the audit summary names both versions and the key: {}",
        audit[0].summary
    );

    // Locked, a rollback is recorded in the history only; the audit log cannot be written without the key.
    desk.api.vault_lock().expect("the store locks");
    let v = desk.api.book_rollback().expect("rollback");
    assert!(!v.audited, "locked: not in the audit log");
    assert!(
        !v.restart_needed,
        "back to the bundled handbook, which this run already reads"
    );
    let newest = v.history.first().expect("the rollback is in the history");
    assert_eq!(
        (
            newest.action,
            newest.from_version.as_deref(),
            newest.to_version.as_deref()
        ),
        (updates::BookAction::RolledBack, Some("2026.2"), None),
        "from 2026.2 back to the bundled handbook (no version installed), newest first"
    );
    assert_eq!(v.history.len(), 2, "both events are listed");
    desk.api
        .vault_unlock("correct horse battery staple 42")
        .expect("it unlocks again");
    assert_eq!(
        desk.api.book_audit().expect("the audit log reads").len(),
        1,
        "what happened while locked stays out of the audit log: only the install is there"
    );
    assert!(
        desk.api.audit_verify().is_ok(),
        "the handbook event keeps the audit chain verifying"
    );
}

/// The package's entries, to rebuild it with a change.
fn entries(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = tar::Archive::new(bytes);
    let mut out = Vec::new();
    for e in archive.entries().expect("a tar archive") {
        let mut e = e.expect("an entry");
        let path = String::from_utf8_lossy(&e.path_bytes()).into_owned();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut data).expect("the entry reads");
        out.push((path, data));
    }
    out
}

/// A tar of `entries`, each written with its raw name (no check of ours or the tar crate's), and `link` as a
/// symbolic link when given.
fn rebuild(entries: &[(String, Vec<u8>)], link: Option<(&str, &str)>) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (path, data) in entries {
        let mut h = tar::Header::new_ustar();
        h.as_old_mut().name[..path.len()].copy_from_slice(path.as_bytes());
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_entry_type(tar::EntryType::Regular);
        h.set_cksum();
        b.append(&h, &data[..]).expect("an entry appends");
    }
    if let Some((name, target)) = link {
        let mut h = tar::Header::new_ustar();
        h.set_entry_type(tar::EntryType::Symlink);
        h.set_size(0);
        b.append_link(&mut h, name, target).expect("a link appends");
    }
    b.into_inner().expect("the archive ends")
}

#[test]
fn tampered_or_foreign_packages_are_refused_by_name_and_nothing_is_installed() {
    let desk = Desk::new();
    let good = desk.pack("2026.2");

    let stranger = updates::keygen().expect("another key");
    let foreign = desk.pack_as(&stranger, "2026.2");
    desk.assert_refused(
        &foreign,
        ErrorCode::Validation,
        "does not trust",
        "a key nobody trusted",
    );

    let mut e = entries(&good);
    let manifest = e
        .iter_mut()
        .find(|(p, _)| p == "manifest.json")
        .expect("a manifest");
    let text = String::from_utf8(manifest.1.clone()).expect("JSON");
    manifest.1 = text
        .replacen("Test release.", "Test release, edited.", 1)
        .into_bytes();
    desk.assert_refused(
        &rebuild(&e, None),
        ErrorCode::Validation,
        "signature",
        "a manifest changed after signing",
    );

    let needle = b"from the sea to home";
    let at = good
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("the scope chapter is in the tar");
    let mut flipped = good.clone();
    flipped[at + 9] ^= 0x01;
    desk.assert_refused(
        &flipped,
        ErrorCode::Validation,
        "en/01-scope.md",
        "one flipped byte in a chapter",
    );

    let older = desk.pack("2025.9");
    desk.assert_refused(
        &older,
        ErrorCode::Conflict,
        "2026.1",
        "older than the bundled 2026.1",
    );

    let mut extra = entries(&good);
    extra.push((
        "handbook/en/99-extra.md".into(),
        b"+++\nid = \"extra\"\n+++\nUnsigned.\n".to_vec(),
    ));
    desk.assert_refused(
        &rebuild(&extra, None),
        ErrorCode::Validation,
        "en/99-extra.md",
        "a file not in the manifest",
    );

    let mut escape = entries(&good);
    escape.push(("handbook/../../escape.md".into(), b"outside".to_vec()));
    desk.assert_refused(
        &rebuild(&escape, None),
        ErrorCode::Validation,
        "../../escape.md",
        "a ../ path",
    );
    assert!(
        !desk.tmp.path().join("escape.md").exists(),
        "nothing was written outside"
    );

    let linked = rebuild(&entries(&good), Some(("handbook/en/00-link.md", "/etc/passwd")));
    desk.assert_refused(&linked, ErrorCode::Validation, "en/00-link.md", "a symbolic link");

    desk.edit(
        "workflows/avr-case-v3.toml",
        "title = \"Onward transport\"",
        "title = \"Travel home\"",
    );
    let edited = desk.pack("2026.2");
    desk.assert_refused(
        &edited,
        ErrorCode::Validation,
        "avr-case version 3",
        "a published workflow edited in place",
    );
}

#[test]
fn the_package_is_a_plain_tar_whose_manifest_minisign_can_check() {
    let desk = Desk::new();
    let started = Instant::now();
    let bytes = desk.pack("2026.2");
    let packed = started.elapsed();
    let e = entries(&bytes);
    let names: Vec<&str> = e.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        &names[..2],
        ["manifest.json", "manifest.json.minisig"],
        "manifest and signature come first"
    );
    assert!(
        names.contains(&"handbook/workflows/avr-case-v3.toml"),
        "the workflows travel"
    );
    assert!(
        names.contains(&"handbook/ar/01-scope.md") && names.contains(&"handbook/terms.toml"),
        "all of it"
    );
    assert!(
        !names.contains(&"handbook/release.toml"),
        "the bundled version file is not packed"
    );
    // What `minisign -Vm manifest.json -p key.pub` does, with the crate: the signature file verifies on its own.
    let sig =
        minisign::SignatureBox::from_string(std::str::from_utf8(&e[1].1).expect("text")).expect("a minisig");
    let pk = minisign::PublicKeyBox::from_string(&desk.key.public)
        .and_then(minisign::PublicKeyBox::into_public_key)
        .expect("the .pub text");
    minisign::verify(&pk, &sig, std::io::Cursor::new(&e[0].1), true, false, false)
        .expect("the manifest verifies as minisign reads it");
    assert_eq!(
        sig.trusted_comment().expect("a trusted comment"),
        "avr-handbook 2026.2"
    );
    let started = Instant::now();
    desk.api.book_inspect(&bytes, false).expect("inspect");
    let inspected = started.elapsed();
    let started = Instant::now();
    desk.api.book_install(&bytes, false).expect("install");
    eprintln!(
        "avrbook: {} bytes, {} files; pack {:?}, inspect {:?}, install {:?}",
        bytes.len(),
        e.len() - 2,
        packed,
        inspected,
        started.elapsed()
    );
}
