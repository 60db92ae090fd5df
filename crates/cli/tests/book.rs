//! A handbook update with `avr` alone, between temp folders as a publisher and a field laptop would do it: the
//! publisher makes a test key, edits a copy of the handbook and packs it; the laptop (a debug build told to trust
//! that key) looks at what changed, says no, installs it, runs on it, and rolls back to the handbook it came with.
//! Runs the real binary on copies of the real handbook; the laptop's `./handbook` stands for the bundled one.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

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

struct Desk {
    tmp: tempfile::TempDir,
}

impl Desk {
    fn path(&self, rel: &str) -> PathBuf {
        self.tmp.path().join(rel)
    }

    /// `avr` run in `cwd` with the laptop's data folder and the test key; no development handbook switch.
    fn run(&self, cwd: &str, args: &[&str], stdin: &str) -> Output {
        use std::io::Write as _;
        let mut child = Command::new(env!("CARGO_BIN_EXE_avr"))
            .current_dir(self.path(cwd))
            .args(args)
            .env_remove("AVR_HANDBOOK_DIR")
            .env("AVR_DATA_DIR", self.path("laptop/data"))
            .env("AVR_TEST_PUBLISHER_KEY", self.path("publisher/test.key.pub"))
            .env("AVR_LANG", "en")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the avr binary starts");
        child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(stdin.as_bytes())
            .expect("standard input is written");
        child.wait_with_output().expect("avr runs to the end")
    }

    #[track_caller]
    fn ok(&self, cwd: &str, args: &[&str], stdin: &str) -> String {
        let out = self.run(cwd, args, stdin);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "avr {args:?} succeeds: {}\n{text}",
            String::from_utf8_lossy(&out.stderr)
        );
        text
    }
}

#[test]
fn a_handbook_update_goes_from_keygen_to_pack_to_install_and_back() {
    let desk = Desk {
        tmp: tempfile::tempdir().expect("a temp folder"),
    };
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook");
    copy_dir(&shipped, &desk.path("publisher/handbook"));
    copy_dir(&shipped, &desk.path("laptop/handbook"));
    std::fs::create_dir_all(desk.path("stick")).expect("a stick");

    let made = desk.ok("publisher", &["handbook", "keygen", "-o", "test.key"], "");
    assert!(made.contains("test.key.pub"), "keygen names both files: {made}");
    let again = desk.run("publisher", &["handbook", "keygen", "-o", "test.key"], "");
    assert!(!again.status.success(), "a key is never overwritten");

    let scope = desk.path("publisher/handbook/en/01-scope.md");
    let text = std::fs::read_to_string(&scope).expect("scope reads");
    let text = text.replacen("from the sea to home", "from the rescue boat to home", 1);
    std::fs::write(&scope, text).expect("scope writes");
    std::fs::write(desk.path("publisher/notes.txt"), "New wording in chapter 1.\n").expect("notes");
    let stick = desk.path("stick/handbook-2026.2.avrbook");
    let stick = stick.to_str().expect("a UTF-8 temp path");
    let packed = desk.ok(
        "publisher",
        &[
            "--handbook-dir",
            "handbook",
            "handbook",
            "pack",
            "--key",
            "test.key",
            "--version",
            "2026.2",
            "--notes",
            "notes.txt",
            "-o",
            stick,
        ],
        "",
    );
    assert!(
        packed.contains("handbook 2026.2, 131 files"),
        "pack says what it packed: {packed}"
    );

    let declined = desk.run("laptop", &["handbook", "install", stick], "n\n");
    let shown = String::from_utf8_lossy(&declined.stdout);
    assert!(!declined.status.success(), "saying no installs nothing");
    assert!(
        shown.contains("(in use now: 2026.1)"),
        "compared with the laptop's bundled handbook: {shown}"
    );
    assert!(
        shown.contains("New wording in chapter 1."),
        "the release notes are shown: {shown}"
    );
    assert!(
        shown.contains("~ section changed: What this handbook covers"),
        "the changed section is named: {shown}"
    );
    assert!(shown.contains("[-sea-]{+rescue boat+}"), "word by word: {shown}");
    let versions = desk.ok("laptop", &["handbook", "versions"], "");
    assert!(
        versions.contains("No handbook package is installed."),
        "{versions}"
    );

    let installed = desk.ok("laptop", &["handbook", "install", stick, "--yes"], "");
    assert!(installed.contains("Handbook 2026.2 installed"), "{installed}");
    let versions = desk.ok("laptop", &["handbook", "versions"], "");
    assert!(
        versions.contains("In use now: handbook 2026.2 (an installed package)"),
        "the next run loads the installed package instead of ./handbook: {versions}"
    );

    let mut bytes = std::fs::read(stick).expect("the package reads");
    let at = bytes
        .windows(11)
        .position(|w| w == b"rescue boat")
        .expect("the new wording is in the tar");
    bytes[at] ^= 0x20;
    let tampered = desk.path("stick/tampered.avrbook");
    std::fs::write(&tampered, bytes).expect("the tampered copy writes");
    let refused = desk.run(
        "laptop",
        &[
            "handbook",
            "install",
            tampered.to_str().expect("UTF-8"),
            "--yes",
            "--allow-downgrade",
        ],
        "",
    );
    let why = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success(), "a changed byte is refused");
    assert!(
        why.contains("en/01-scope.md is not the file the publisher signed"),
        "and the message names the file: {why}"
    );

    let back = desk.ok("laptop", &["handbook", "rollback"], "");
    assert!(back.contains("the handbook that came with the app"), "{back}");
    let versions = desk.ok("laptop", &["handbook", "versions"], "");
    assert!(
        versions.contains("In use now: handbook 2026.1 (the handbook that came with the app)"),
        "after the rollback the bundled handbook is used again: {versions}"
    );
    let history: Vec<&str> = versions
        .lines()
        .skip_while(|l| !l.starts_with("Install history"))
        .collect();
    assert_eq!(
        history.len(),
        3,
        "the history lists the install and the rollback: {versions}"
    );
    assert!(
        history[1].contains("rolled back from 2026.2 to the handbook that came with the app"),
        "newest first, the rollback: {versions}"
    );
    assert!(
        history[2].contains("installed 2026.2 (before: 2026.1), publisher key "),
        "then the install, with the key that signed it: {versions}"
    );
}
