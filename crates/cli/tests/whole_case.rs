//! A whole case from `avr` alone, as an admin or a script would run it: create the store, open a case with its
//! household, answer, note, consent, be refused for a typo and a forged override, correct a mistaken answer with
//! a supervisor, export, close. Runs the real binary on the real handbook and a real encrypted store.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PASSPHRASE: &str = "quay-side laptop 42";

struct Avr {
    data: tempfile::TempDir,
}

impl Avr {
    fn handbook() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook")
    }

    fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        use std::io::Write as _;
        let mut child = Command::new(env!("CARGO_BIN_EXE_avr"))
            .args(args)
            .env("AVR_DATA_DIR", self.data.path())
            .env("AVR_HANDBOOK_DIR", Self::handbook())
            .env("AVR_PASSPHRASE", PASSPHRASE)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the avr binary starts");
        if let Some(text) = stdin {
            child
                .stdin
                .take()
                .expect("stdin is piped")
                .write_all(text.as_bytes())
                .expect("standard input is written");
        }
        drop(child.stdin.take());
        child.wait_with_output().expect("avr runs to the end")
    }

    /// Run and expect success; returns standard output.
    #[track_caller]
    fn ok(&self, args: &[&str]) -> String {
        self.ok_with(args, None)
    }

    #[track_caller]
    fn ok_with(&self, args: &[&str], stdin: Option<&str>) -> String {
        let out = self.run(args, stdin);
        assert!(
            out.status.success(),
            "avr {args:?} must succeed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Run and expect a refusal with a non-zero exit; returns standard error.
    #[track_caller]
    fn refused(&self, args: &[&str]) -> String {
        let out = self.run(args, None);
        assert!(!out.status.success(), "avr {args:?} must be refused");
        assert_eq!(
            out.status.code(),
            Some(1),
            "a refusal is a clean exit 1, never a crash"
        );
        String::from_utf8(out.stderr).expect("UTF-8 errors")
    }
}

#[test]
fn a_whole_case_from_the_command_line_alone() {
    let avr = Avr {
        data: tempfile::tempdir().expect("a temp folder"),
    };
    avr.ok(&["store", "init", "--name", "Amina Diallo", "--office", "Pozzallo"]);

    let household = r#"{"persons": [
        {"given_names": "Yonas", "family_name": "Tesfaye", "relationship": "principal"},
        {"given_names": "Selam", "family_name": "Tesfaye", "relationship": "daughter", "date_of_birth": "2015-03-01"}
    ]}"#;
    let out = avr.ok_with(&["case", "new", "--json", "-"], Some(household));
    let case = out
        .lines()
        .next()
        .expect("the case number comes first")
        .to_owned();
    assert!(case.starts_with("AVR-"), "a case number: {case}");
    avr.ok(&[
        "case",
        "person",
        "add",
        &case,
        "--given-names",
        "Hiwet",
        "--family-name",
        "Tesfaye",
        "--relationship",
        "spouse",
    ]);
    let json = avr.ok(&["case", "show", &case, "--json"]);
    assert_eq!(
        json.matches("\"relationship\"").count(),
        3,
        "three people in the household"
    );

    avr.ok_with(
        &["case", "note", &case, "--file", "-"],
        Some("Arrived with his family; all well."),
    );
    avr.ok(&[
        "case",
        "consent",
        &case,
        "--purpose",
        "data-sharing",
        "--recipient",
        "UNHCR",
        "--decision",
        "given",
        "--language",
        "Tigrinya",
    ]);

    // A typo is refused with the question named, and nothing changes.
    let err = avr.refused(&["case", "answer", &case, "withdrawn", "maybe"]);
    assert!(
        err.contains("withdrawn from the return"),
        "the question is named: {err}"
    );

    // Every household member answers the screening for themselves (`--person N`, as `case show` numbers them:
    // Selam is 1, Hiwet 2); a question asked once for the
    // whole case is refused for a member, with the reason.
    avr.ok(&["case", "answer", &case, "fear_of_return", "no", "--person", "1"]);
    avr.ok(&["case", "answer", &case, "fear_of_return", "no", "--person", "2"]);
    let err = avr.refused(&["case", "answer", &case, "place", "Pozzallo", "--person", "1"]);
    assert!(err.contains("once for the whole case"), "{err}");

    // A fear of return latches the asylum stop; editing the answer does not lift it.
    avr.ok(&["case", "answer", &case, "fear_of_return", "yes"]);
    let shown = avr.ok(&["case", "answer", &case, "fear_of_return", "no"]);
    assert!(
        shown.contains("Fear of return or asylum claim open"),
        "the stop stays:\n{shown}"
    );
    assert!(
        shown.contains("triggered on"),
        "and says when and by whom:\n{shown}"
    );
    let card = avr.ok(&["case", "show", &case]);
    assert!(
        card.contains("Fear of return or asylum claim open") && card.contains("triggered on"),
        "`case show` says which stop holds, since when and by whom:\n{card}"
    );

    // A correction without a supervisor is refused; with one, it lifts the stop.
    let err = avr.refused(&[
        "case",
        "correct",
        &case,
        "fear_of_return",
        "no",
        "--reason",
        "Recorded for the wrong person",
    ]);
    assert!(err.contains("supervisor"), "{err}");
    let shown = avr.ok(&[
        "case",
        "correct",
        &case,
        "fear_of_return",
        "no",
        "--reason",
        "Recorded for the wrong person",
        "--supervisor",
        "R. Okafor",
    ]);
    assert!(
        !shown.contains("Fear of return or asylum claim open"),
        "the correction lifts it:\n{shown}"
    );

    // An override of a never-overridable stop, or with no real reason, is refused.
    let err = avr.refused(&[
        "case",
        "override",
        &case,
        "screening-incomplete",
        "--supervisor",
        "R. Okafor",
        "--reason",
        "Screening done on paper",
    ]);
    assert!(err.contains("never be overridden"), "{err}");

    let dir = tempfile::tempdir().expect("temp");
    let md = dir.path().join("case.md");
    avr.ok(&[
        "export",
        &case,
        "--format",
        "md",
        "-o",
        md.to_str().expect("UTF-8 path"),
    ]);
    let text = std::fs::read_to_string(&md).expect("the export is written");
    assert!(text.contains(&case), "the export names the case");

    avr.ok(&["case", "close", &case]);
    let list = avr.ok(&["cases", "list", "--status", "closed"]);
    assert!(list.contains(&case), "the closed case is listed: {list}");
    assert!(
        list.contains("Protection screening not recorded"),
        "the list names active stops by title: {list}"
    );
    avr.ok(&["case", "reopen", &case]);
    avr.ok(&["audit", "verify"]);
}
