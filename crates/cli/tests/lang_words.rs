//! `avr` in French and Arabic with nothing English built in code left: the case list's status and stage, the
//! stage on `case show`, and the refusals of an answer, an override and a mistyped option. Runs the real binary
//! on the real handbook and a real encrypted store; each run speaks the language of its `--lang`.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASSPHRASE: &str = "quay-side laptop 42";

/// English words that show a sentence was built in code rather than read from a catalog. None of them is a word
/// of French or Arabic, nor part of one (" case" would be: "cases" in French is not said, but a case id is).
const ENGLISH: [&str; 12] = [
    " the ", "The ", " must", " not ", " is ", " no ", "case ", " use ", "answer", "stage", "never", "Open",
];

struct Avr {
    data: tempfile::TempDir,
}

impl Avr {
    fn new() -> Avr {
        let avr = Avr {
            data: tempfile::tempdir().expect("a temp folder"),
        };
        avr.ok(&["store", "init", "--name", "Amina Diallo", "--office", "Pozzallo"]);
        avr
    }

    fn handbook() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_avr"))
            .args(args)
            .env("AVR_DATA_DIR", self.data.path())
            .env("AVR_HANDBOOK_DIR", Self::handbook())
            .env("AVR_PASSPHRASE", PASSPHRASE)
            .env("AVR_LANG", "en")
            .output()
            .expect("the avr binary runs")
    }

    #[track_caller]
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "avr {args:?} must succeed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Run and expect a clean refusal (exit 1); returns standard error.
    #[track_caller]
    fn refused(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(1),
            "avr {args:?} must be refused with exit 1: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).expect("UTF-8 errors")
    }

    fn new_case(&self) -> String {
        let out = self.ok(&[
            "case",
            "new",
            "--given-names",
            "Yonas",
            "--family-name",
            "Tesfaye",
        ]);
        out.lines()
            .next()
            .expect("the case number comes first")
            .to_owned()
    }
}

/// `text` without the parts that are data, not words: the case number, option values and ids typed by the user.
#[track_caller]
fn assert_no_english(text: &str, data: &[&str], what: &str) {
    let mut words = text.to_owned();
    for d in data {
        words = words.replace(d, "");
    }
    for english in ENGLISH {
        assert!(
            !words.contains(english),
            "{what}: no English built in code is left ({english:?}):\n{text}"
        );
    }
}

#[test]
fn in_french_and_arabic_the_case_list_and_case_show_name_status_and_stage_in_those_languages() {
    let avr = Avr::new();
    let case = avr.new_case();

    let list = avr.ok(&["--lang", "fr", "cases", "list"]);
    let row = list
        .lines()
        .find(|l| l.starts_with(&case))
        .unwrap_or_else(|| panic!("the new case is listed:\n{list}"));
    let cols: Vec<&str> = row.split('\t').collect();
    assert_eq!(
        cols.get(1).copied(),
        Some("Ouvert"),
        "the status is a French word, not the enum's name: {row}"
    );
    assert_eq!(
        cols.get(2).copied(),
        Some("Sauvetage et débarquement"),
        "the stage is the French title of the case's first stage, not its id `rescue`: {row}"
    );
    assert_no_english(row, &[&case, "Yonas", "Tesfaye"], "the French case list");

    let list = avr.ok(&["--lang", "ar", "cases", "list"]);
    let row = list
        .lines()
        .find(|l| l.starts_with(&case))
        .unwrap_or_else(|| panic!("the new case is listed:\n{list}"));
    assert!(
        row.contains("\tمفتوحة\t") && row.contains("\tالإنقاذ والإنزال\t"),
        "status and stage read in Arabic: {row}"
    );

    let card = avr.ok(&["--lang", "fr", "case", "show", &case]);
    let header = card
        .lines()
        .next()
        .expect("case show starts with the case's header");
    assert!(
        header.contains("phase Sauvetage et débarquement") && header.contains("Ouvert"),
        "the header names the stage by its French title: {header}"
    );
    assert!(
        !header.contains("rescue"),
        "the stage's id is not shown: {header}"
    );
}

#[test]
fn refusals_of_an_answer_an_override_and_an_option_read_in_french_and_arabic() {
    let avr = Avr::new();
    let case = avr.new_case();

    // An option the question does not have: the French label and the French sentence.
    let err = avr.refused(&["--lang", "fr", "case", "answer", &case, "age_group", "toddler"]);
    assert!(
        err.contains("Âge : « toddler » ne fait pas partie des choix proposés."),
        "the refusal names the question by its French label and says why in French: {err}"
    );
    assert_no_english(&err, &[&case, "toddler"], "a refused option");

    // A yes/no answer typed as neither: said in French; and "oui" is understood.
    let err = avr.refused(&[
        "--lang",
        "fr",
        "case",
        "answer",
        &case,
        "fear_of_return",
        "peut-être",
    ]);
    assert!(
        err.contains("Répondez oui ou non (et non « peut-être »)."),
        "what a yes/no question takes is said in French: {err}"
    );
    let shown = avr.ok(&["--lang", "fr", "case", "answer", &case, "fear_of_return", "oui"]);
    assert!(
        shown.contains("[asylum-claim-open]"),
        "an answer typed `oui` is read as yes and raises the asylum stop:\n{shown}"
    );

    // An override of a stop that never allows one, in Arabic with the stop's Arabic title.
    let err = avr.refused(&[
        "--lang",
        "ar",
        "case",
        "override",
        &case,
        "asylum-claim-open",
        "--supervisor",
        "R. Okafor",
        "--reason",
        "Recorded for the wrong person",
    ]);
    assert!(
        err.contains("لا يُسمح أبدًا بأي استثناء من هذه الضمانة"),
        "the refused override says so in Arabic: {err}"
    );
    assert_no_english(&err, &[&case], "a refused override in Arabic");

    // A case that does not exist, and a mistyped option of the command line.
    let err = avr.refused(&["--lang", "fr", "case", "show", "AVR-2026-9999"]);
    assert!(err.contains("aucun dossier AVR-2026-9999"), "{err}");
    let err = avr.refused(&["--lang", "fr", "cases", "list", "--status", "ouvert"]);
    assert!(
        err.contains("--status ouvert : utilisez open ou closed"),
        "the option's values stay as typed, the sentence is French: {err}"
    );
    assert_no_english(&err, &["open", "closed"], "a mistyped option");
}
