//! The passphrase from the command line: an easy one refused in the person's language, failed unlocks told on the
//! next command that unlocks, and a change that reports what it re-encrypted. The real binary, the real handbook,
//! a real encrypted store in a temp folder.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PASSPHRASE: &str = "quay-side laptop 42";

fn handbook() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook")
}

/// Run `avr` on `data` with `AVR_PASSPHRASE` set to `passphrase` and the extra variables in `env`.
fn avr(data: &Path, passphrase: &str, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_avr"));
    cmd.args(args)
        .env("AVR_DATA_DIR", data)
        .env("AVR_HANDBOOK_DIR", handbook())
        .env("AVR_PASSPHRASE", passphrase)
        .env_remove("AVR_NEW_PASSPHRASE")
        .env_remove("AVR_LANG")
        .env("LANG", "C.UTF-8")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the avr binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn init(data: &Path) {
    let out = avr(
        data,
        PASSPHRASE,
        &[],
        &["store", "init", "--name", "Test Officer", "--office", "Tripoli"],
    );
    assert!(
        out.status.success(),
        "a good passphrase creates the store: {}",
        text(&out.stderr)
    );
}

#[test]
fn avr_store_init_refuses_an_easy_passphrase_in_the_person_s_language() {
    let tmp = tempfile::tempdir().expect("a temp folder");
    let out = avr(
        tmp.path(),
        "password1234",
        &[],
        &[
            "--lang",
            "fr",
            "store",
            "init",
            "--name",
            "Test Officer",
            "--office",
            "Tripoli",
        ],
    );
    let err = text(&out.stderr);
    assert!(
        !out.status.success(),
        "twelve characters among the first guesses are refused"
    );
    assert!(
        err.contains("trop facile à deviner") && err.contains("mots de passe les plus courants"),
        "the refusal says why, in French, with zxcvbn's warning: {err}"
    );
    assert!(
        !tmp.path().join("cases.sqlite3").exists(),
        "no store is created under a refused passphrase"
    );
}

#[test]
fn avr_warns_of_failed_unlocks_once_on_the_next_command_that_unlocks() {
    let tmp = tempfile::tempdir().expect("a temp folder");
    init(tmp.path());
    for _ in 0..3 {
        let out = avr(tmp.path(), "not the passphrase at all", &[], &["cases", "list"]);
        assert!(
            !out.status.success(),
            "a wrong passphrase does not open the store"
        );
    }
    let out = avr(tmp.path(), PASSPHRASE, &[], &["cases", "list"]);
    let err = text(&out.stderr);
    assert!(out.status.success(), "the right passphrase opens it: {err}");
    assert!(
        err.contains("3 failed attempts to unlock since the last unlock, the last on "),
        "the next unlock tells how many attempts failed and when the last was: {err}"
    );
    let again = avr(tmp.path(), PASSPHRASE, &[], &["cases", "list"]);
    assert!(
        !text(&again.stderr).contains("failed attempt"),
        "once told, the count starts again: {}",
        text(&again.stderr)
    );
}

#[test]
fn avr_store_passphrase_changes_it_and_reports_what_it_re_encrypted() {
    let tmp = tempfile::tempdir().expect("a temp folder");
    init(tmp.path());
    let backup = avr(tmp.path(), PASSPHRASE, &[], &["backup"]);
    assert!(
        backup.status.success(),
        "a backup is made: {}",
        text(&backup.stderr)
    );
    let new = "another long harbour phrase";
    let weak = avr(
        tmp.path(),
        PASSPHRASE,
        &[("AVR_NEW_PASSPHRASE", "password1234")],
        &["store", "passphrase"],
    );
    assert!(
        !weak.status.success() && text(&weak.stderr).contains("too easy to guess"),
        "a weak new passphrase is refused on the command line too: {}",
        text(&weak.stderr)
    );
    let out = avr(
        tmp.path(),
        PASSPHRASE,
        &[("AVR_NEW_PASSPHRASE", new)],
        &["store", "passphrase"],
    );
    let said = text(&out.stdout);
    assert!(out.status.success(), "the change succeeds: {}", text(&out.stderr));
    assert!(
        said.starts_with("passphrase changed; ")
            && said.contains("re-encrypted")
            && !said.contains("; 0 backups"),
        "the report says the backups were re-encrypted with it: {said}"
    );
    assert!(
        !avr(tmp.path(), PASSPHRASE, &[], &["cases", "list"])
            .status
            .success(),
        "the old passphrase no longer opens the store"
    );
    assert!(
        avr(tmp.path(), new, &[], &["cases", "list"]).status.success(),
        "the new one does"
    );
}
