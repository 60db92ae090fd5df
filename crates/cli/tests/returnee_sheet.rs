//! `avr export returnee-sheet`: the returnee's information sheet and declaration from the command line, on the
//! real binary, the real handbook and a real encrypted store.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PASSPHRASE: &str = "quay-side laptop 42";

struct Avr {
    data: tempfile::TempDir,
}

impl Avr {
    fn new() -> Avr {
        let avr = Avr {
            data: tempfile::tempdir().expect("a temp folder"),
        };
        avr.ok(
            &["store", "init", "--name", "Amina Diallo", "--office", "Pozzallo"],
            None,
        );
        avr
    }

    fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        use std::io::Write as _;
        let mut child = Command::new(env!("CARGO_BIN_EXE_avr"))
            .args(args)
            .env("AVR_DATA_DIR", self.data.path())
            .env(
                "AVR_HANDBOOK_DIR",
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook"),
            )
            .env("AVR_PASSPHRASE", PASSPHRASE)
            .env("AVR_LANG", "fr")
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

    #[track_caller]
    fn ok(&self, args: &[&str], stdin: Option<&str>) -> String {
        let out = self.run(args, stdin);
        assert!(
            out.status.success(),
            "avr {args:?} must succeed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    fn out(&self, name: &str) -> PathBuf {
        self.data.path().join(name)
    }
}

/// A family: Yonas and his daughter Selam, born 2015.
fn family(avr: &Avr) -> String {
    let household = r#"{"persons": [
        {"given_names": "Yonas", "family_name": "Tesfaye", "relationship": "principal"},
        {"given_names": "Selam", "family_name": "Tesfaye", "relationship": "daughter", "date_of_birth": "2015-03-01"}
    ]}"#;
    avr.ok(&["case", "new", "--json", "-"], Some(household))
        .lines()
        .next()
        .expect("the case number comes first")
        .to_owned()
}

#[test]
fn an_arabic_sheet_for_the_french_officer_is_written_where_asked() {
    let avr = Avr::new();
    let case = family(&avr);
    let pdf = avr.out("sheet.pdf");
    let path = pdf.to_str().expect("a UTF-8 temp path");
    avr.ok(
        &[
            "export",
            "returnee-sheet",
            &case,
            "--lang",
            "ar",
            "--format",
            "pdf",
            "-o",
            path,
        ],
        None,
    );
    let bytes = std::fs::read(&pdf).expect("the sheet is written where -o says");
    assert!(bytes.starts_with(b"%PDF"), "a PDF");

    let md = avr.out("sheet.md");
    avr.ok(
        &[
            "export",
            "returnee-sheet",
            &case,
            "--lang",
            "es",
            "--officer-lang",
            "en",
            "--format",
            "md",
            "-o",
            md.to_str().expect("a UTF-8 temp path"),
        ],
        None,
    );
    let text = std::fs::read_to_string(&md).expect("the Markdown sheet is written");
    assert!(
        text.contains("Puede cambiar de opinión") && text.contains("> ## You can change your mind"),
        "Spanish for the returnee, the English asked for by --officer-lang quoted under it:\n{text}"
    );
    assert!(
        text.contains("Tutor o tutora de Selam Tesfaye"),
        "the daughter born in 2015 gets her guardian's line:\n{text}"
    );
    assert!(
        text.contains("Firma de Yonas Tesfaye"),
        "her father signs his own declaration"
    );
}

#[test]
fn the_officers_language_defaults_to_the_terminals_and_the_file_name_to_the_case_number() {
    let avr = Avr::new();
    let case = family(&avr);
    let dir = avr.data.path().join("out");
    std::fs::create_dir(&dir).expect("an output folder");
    let out = Command::new(env!("CARGO_BIN_EXE_avr"))
        .args([
            "export",
            "returnee-sheet",
            &case,
            "--lang",
            "ar",
            "--format",
            "html",
        ])
        .current_dir(&dir)
        .env("AVR_DATA_DIR", avr.data.path())
        .env(
            "AVR_HANDBOOK_DIR",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook"),
        )
        .env("AVR_PASSPHRASE", PASSPHRASE)
        .env("AVR_LANG", "fr")
        .output()
        .expect("avr runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let file = dir.join(format!("{case}-returnee-sheet-ar-fr.html"));
    let page = std::fs::read_to_string(&file).expect("named by case number and the two languages");
    assert!(
        page.contains("lang=\"fr\"") && page.contains("Vous pouvez changer d&#39;avis"),
        "the French of AVR_LANG is the officer's column"
    );
}

#[test]
fn a_language_with_no_sheet_is_refused_before_anything_is_written() {
    let avr = Avr::new();
    let case = family(&avr);
    let out = avr.run(
        &["export", "returnee-sheet", &case, "--lang", "ti", "-o", "x.pdf"],
        None,
    );
    assert!(!out.status.success(), "Tigrinya has no edition");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("en, fr, es or ar"),
        "the refusal names the languages there are: {err}"
    );
    assert!(!Path::new("x.pdf").exists(), "nothing was written");
}

#[test]
fn a_character_no_font_draws_is_warned_about_with_its_code_and_never_the_name() {
    let avr = Avr::new();
    let household = r#"{"persons": [
        {"given_names": "Selam", "family_name": "Haile 🙏", "other_names": "ሰላም", "relationship": "principal"}
    ]}"#;
    let case = avr
        .ok(&["case", "new", "--json", "-"], Some(household))
        .lines()
        .next()
        .expect("the case number comes first")
        .to_owned();
    let pdf = avr.out("sheet.pdf");
    let out = avr.run(
        &[
            "export",
            "returnee-sheet",
            &case,
            "--lang",
            "fr",
            "--format",
            "pdf",
            "-o",
            pdf.to_str().expect("a UTF-8 temp path"),
        ],
        None,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the sheet is still written: {stderr}");
    assert!(
        stderr.contains(
            "attention : 1 caractère n'a pas pu être dessiné ; il est imprimé sous forme de code : U+1F64F"
        ),
        "the officer is told, in the run's language (fr), which character is printed as its code: {stderr}"
    );
    assert!(
        !stderr.contains("Haile") && !stderr.contains("ሰላም"),
        "the warning names the character and the heading, never the person: {stderr}"
    );
}
