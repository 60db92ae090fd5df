//! Exports built from the real workflow and a hand-made case record (no database needed).

use std::path::{Path, PathBuf};

use avr_core::api::CaseView;
use avr_core::cases::{
    Answer, CaseRecord, CaseStatus, CaseSummary, ConsentDecision, ConsentEntry, Note, Person,
};
use avr_core::export::{self, ExportOptions, csv, html, json, markdown, pdf};
use avr_core::workflow::{self, Workflow};
use proptest::prelude::*;

use crate::handbook_root;

/// 2026-11-20 09:30 UTC.
const GENERATED: i64 = 1_795_167_000_000;
const HEAD: &str = "3f2a9c0d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a19";
const ARABIC: &str = "محمد الأمين";

pub(crate) fn workflow() -> Workflow {
    let all = workflow::load_dir(&handbook_root().join("workflows")).unwrap_or_else(|e| panic!("{e:?}"));
    all.into_iter()
        .find(|w| w.id == "avr-case" && w.version == 1)
        .unwrap_or_else(|| panic!("avr-case v1 is in handbook/workflows"))
}

fn answer(field: &str, value: serde_json::Value, by: &str, at: i64) -> Answer {
    Answer {
        field_id: field.into(),
        value,
        saved_by: by.into(),
        saved_at: at,
    }
}

pub(crate) fn record() -> CaseRecord {
    let t = 1_795_100_000_000;
    CaseRecord {
        summary: CaseSummary {
            id: 7,
            case_number: "AVR-2026-0007".into(),
            status: CaseStatus::Open,
            stage: "protection".into(),
            workflow_id: "avr-case".into(),
            workflow_version: 1,
            handbook_version: "hb-5e1c2a".into(),
            display_name: "Amina Yusuf".into(),
            persons: 1,
            flags: vec![],
            safeguards: vec![],
            disembarked_on: Some("2026-11-18".into()),
            due_on: None,
            created_at: t,
            updated_at: t + 60_000,
            closed_at: None,
        },
        persons: vec![Person {
            id: 1,
            position: 0,
            given_names: "Amina".into(),
            family_name: "Yusuf".into(),
            other_names: ARABIC.into(),
            date_of_birth: Some("1998-03-02".into()),
            dob_estimated: true,
            sex: Some("F".into()),
            nationality: Some("SDN".into()),
            relationship: "principal".into(),
        }],
        answers: vec![
            answer("arrival_mode", serde_json::json!("rescued"), "Lena Ortiz", t),
            answer(
                "disembarkation_date",
                serde_json::json!("2026-11-18"),
                "Lena Ortiz",
                t,
            ),
            answer(
                "place",
                serde_json::json!("=HYPERLINK(\"x\") Pozzallo"),
                "Lena Ortiz",
                t + 1000,
            ),
            answer("medical_urgent", serde_json::json!(false), "Lena Ortiz", t + 2000),
            answer(
                "person_ref",
                serde_json::json!("P-123456 | *bold*"),
                "Omar Haddad",
                t + 3000,
            ),
            answer(
                "trafficking_indicators",
                serde_json::json!(["afraid", "not_free"]),
                "Omar Haddad",
                t + 4000,
            ),
            answer(
                "trafficking_referral_status",
                serde_json::json!("declined"),
                "Omar Haddad",
                t + 5000,
            ),
            answer(
                "override:trafficking-referral-declined",
                serde_json::json!({"supervisor": "Sara Bianchi", "reason": "Adult decision, <script> risk assessed"}),
                "Sara Bianchi",
                t + 6000,
            ),
        ],
        notes: vec![Note {
            id: 1,
            body: "Asked to call her sister <first>.".into(),
            author: "Lena Ortiz".into(),
            created_at: t + 7000,
        }],
        consents: vec![
            ConsentEntry {
                id: 1,
                person_id: Some(1),
                purpose: "data-sharing".into(),
                recipient: "UNHCR".into(),
                decision: ConsentDecision::Given,
                decided_at: t,
                interpreter: Some("Yasmin Ali".into()),
                language: "ar".into(),
                recorded_by: "Lena Ortiz".into(),
                recorded_at: t,
            },
            ConsentEntry {
                id: 2,
                person_id: Some(1),
                purpose: "data-sharing".into(),
                recipient: "UNHCR".into(),
                decision: ConsentDecision::Withdrawn,
                decided_at: t + 8000,
                interpreter: None,
                language: "ar".into(),
                recorded_by: "Omar Haddad".into(),
                recorded_at: t + 8000,
            },
        ],
    }
}

/// What `api::case_view` would return for this record, without a database.
pub(crate) fn view_of(record: CaseRecord) -> CaseView {
    let wf = workflow();
    let answers = avr_core::casework::answers_of(&record);
    let today = "2026-11-20".parse().unwrap_or_else(|e| panic!("{e:?}"));
    CaseView {
        evaluation: workflow::evaluate(&wf, &answers, today),
        workflow_title: wf.title.clone(),
        record,
        timeline: vec![],
        changes: vec![],
        ref_titles: Default::default(),
        member_steps: vec![],
        member_safeguards: vec![],
        members: vec![],
    }
}

fn doc(redact: bool) -> export::ChecklistDoc {
    export::build_checklist(
        &view_of(record()),
        &workflow(),
        ExportOptions {
            redact,
            lang: avr_core::i18n::Lang::En,
            // What the CSV export uses; the dates in words of the other formats are in `dates_in_words`.
            dates: export::DateStyle::Iso,
        },
        GENERATED,
        HEAD,
    )
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export")
        .join(name)
}

/// Compare with the committed file; `AVR_UPDATE_SNAPSHOTS=1` rewrites it instead.
fn assert_snapshot(name: &str, actual: &str) {
    let path = fixture(name);
    if std::env::var_os("AVR_UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap_or_else(|| panic!("fixture folder")))
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with AVR_UPDATE_SNAPSHOTS=1 to create it)",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "{name} differs from the committed snapshot; if the change is intended, rerun with AVR_UPDATE_SNAPSHOTS=1\n--- actual ---\n{actual}"
    );
}

#[test]
fn the_checklist_renders_to_csv_markdown_and_html_as_committed() {
    let d = doc(false);
    assert_snapshot("case.csv", &csv::render(&d));
    assert_snapshot("case.md", &markdown::render(&d));
    assert_snapshot("case.html", &html::render(&d));
    assert_snapshot("case-redacted.md", &markdown::render(&doc(true)));
    assert_snapshot("blank-avr-case-v1.md", &export::blank_markdown(&workflow()));
}

/// The checklist in `lang`, dates in words as the officer's formats print them.
fn doc_in(lang: avr_core::i18n::Lang) -> export::ChecklistDoc {
    export::build_checklist(
        &view_of(record()),
        &workflow(),
        ExportOptions {
            redact: false,
            lang,
            dates: export::DateStyle::Words,
        },
        GENERATED,
        HEAD,
    )
}

#[test]
fn the_checklist_in_french_spanish_and_arabic_renders_as_committed() {
    use avr_core::i18n::Lang;
    // Each file was read once against the English one when committed: any later change to a heading, a label,
    // a date or the layout in one language shows up here as a diff to read again.
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::Es, "es"), (Lang::Ar, "ar")] {
        let d = doc_in(lang);
        assert_snapshot(&format!("case.{code}.md"), &markdown::render(&d));
        assert_snapshot(&format!("case.{code}.html"), &html::render(&d));
    }
}

#[test]
fn an_export_in_another_language_has_that_language_s_headings_and_direction() {
    use avr_core::i18n::Lang;
    let in_lang = |lang| {
        export::build_checklist(
            &view_of(record()),
            &workflow(),
            ExportOptions {
                redact: false,
                lang,
                dates: export::DateStyle::Words,
            },
            GENERATED,
            HEAD,
        )
    };
    let fr = markdown::render(&in_lang(Lang::Fr));
    assert!(
        fr.starts_with("# Liste de contrôle du dossier AVR-2026-0007"),
        "the title is French: {fr}"
    );
    assert!(fr.contains("## Ménage"), "section headings are French");
    assert!(fr.contains("Code de vérification"), "header labels are French");
    let ar = html::render(&in_lang(Lang::Ar));
    assert!(
        ar.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "an Arabic page lays out right to left"
    );
    assert!(
        ar.contains("<dd dir=\"ltr\">AVR-2026-0007</dd>"),
        "the case number stays left to right in it"
    );
    assert!(ar.contains("قائمة مراجعة الحالة"), "the title is Arabic");
    let es = pdf::render(&in_lang(Lang::Es), pdf::PageSize::A4)
        .unwrap_or_else(|e| panic!("a Spanish PDF renders: {e}"));
    assert!(
        es.starts_with(b"%PDF"),
        "a Spanish export is a PDF like any other"
    );
}

#[test]
fn the_checklist_lists_every_step_and_item_with_status_who_and_when() {
    let d = doc(false);
    let wf = workflow();
    let rows: Vec<_> = d.sections.iter().flat_map(|s| &s.rows).collect();
    for step in &wf.steps {
        assert!(
            rows.iter().any(|r| r.kind == "step" && r.id == step.id),
            "every workflow step appears (visible or not applicable): {}",
            step.id
        );
    }
    let items = rows.iter().filter(|r| r.kind == "item").count();
    let evaluated = view_of(record()).evaluation.checklist.len();
    assert_eq!(
        items, evaluated,
        "every checklist entry of the evaluation is a row"
    );
    let arrival = rows
        .iter()
        .find(|r| r.kind == "step" && r.id == "arrival-context")
        .unwrap_or_else(|| panic!("arrival step"));
    assert_eq!(
        arrival.recorded_by, "Lena Ortiz",
        "a step names who last answered it"
    );
    assert!(arrival.recorded_at.ends_with(" UTC"), "and when");
    let mode = rows
        .iter()
        .find(|r| r.id == "arrival_mode")
        .unwrap_or_else(|| panic!("arrival_mode answer"));
    assert_eq!(mode.value, "Rescued at sea", "choice answers print their label");
    let guard = rows
        .iter()
        .find(|r| r.kind == "safeguard" && r.id == "trafficking-referral-declined")
        .unwrap_or_else(|| panic!("the overridden safeguard"));
    assert!(
        guard.value.contains("Sara Bianchi") && guard.value.contains("risk assessed"),
        "an override carries the supervisor and the reason: {}",
        guard.value
    );
    assert_eq!(
        d.header.verification, HEAD,
        "the audit head hash is the verification code"
    );
    assert_eq!(d.header.generated_at, "2026-11-20 09:30 UTC");
    assert_eq!(d.signatures, ["Staff member", "Migrant", "Interpreter"]);
}

#[test]
fn generation_time_prints_as_utc_minutes() {
    assert_eq!(export::format_utc(0), "1970-01-01 00:00 UTC");
    assert_eq!(
        export::format_utc(951_782_400_000),
        "2000-02-29 00:00 UTC",
        "leap day"
    );
    assert_eq!(
        export::format_utc(-60_000),
        "1969-12-31 23:59 UTC",
        "before the epoch"
    );
}

#[test]
fn a_redacted_checklist_leaves_out_names_dates_of_birth_notes_free_text_and_withdrawn_consent_data() {
    let text = markdown::render(&doc(true));
    for secret in [
        "Amina",
        "Yusuf",
        ARABIC,
        "1998-03-02",
        "P-123456",
        "Pozzallo",
        "sister",
    ] {
        assert!(
            !text.contains(secret),
            "a redacted export never contains `{secret}`"
        );
    }
    assert!(
        !text.contains("Cannot move freely"),
        "data-sharing consent was withdrawn, so the trafficking indicators it covered are left out"
    );
    assert!(text.contains("AVR-2026-0007"), "the case number stays");
    let full = markdown::render(&doc(false));
    assert!(
        full.contains("Amina") && full.contains("Cannot move freely"),
        "the full export has them"
    );
}

/// The header of a redacted export says personal data is left out: the reason a supervisor gave for an override,
/// the interpreter's name and the person's yes/no and choice answers (a medical need, a declined trafficking
/// referral) are personal data too, and none of them may reach a redacted copy in any format.
#[test]
fn a_redacted_export_leaves_out_override_reasons_interpreter_names_and_yes_no_answers() {
    let d = doc(true);
    for (format, text) in [
        ("Markdown", markdown::render(&d)),
        ("CSV", csv::render(&d)),
        ("HTML", html::render(&d)),
    ] {
        for (secret, what) in [
            ("risk assessed", "the override's reason"),
            ("Yasmin Ali", "the interpreter's name"),
            (
                "the person declined",
                "the answer to the trafficking referral question",
            ),
            ("Rescued at sea", "how the person arrived"),
            ("?: no", "the yes/no answer to the urgent medical need question"),
        ] {
            assert!(
                !text.contains(secret),
                "a redacted {format} export leaves out {what} (`{secret}`)"
            );
        }
        assert!(
            text.contains("Sara Bianchi") && text.contains("AVR-2026-0007"),
            "a redacted {format} export still says who overrode the safeguard, and which case it is"
        );
    }
    let full = markdown::render(&doc(false));
    for kept in ["risk assessed", "Yasmin Ali", "the person declined"] {
        assert!(
            full.contains(kept),
            "the full export is the staff member's own record and keeps `{kept}`"
        );
    }
}

#[test]
fn csv_cells_that_look_like_formulas_are_defused() {
    for evil in ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx"] {
        let c = csv::cell(evil);
        assert!(
            c.starts_with("\"'"),
            "`{evil:?}` becomes a quoted text cell with an apostrophe: {c}"
        );
    }
    assert_eq!(csv::cell("a \"b\", c"), "\"a \"\"b\"\", c\"", "RFC 4180 quoting");
    assert_eq!(csv::cell("plain"), "\"plain\"", "every cell is quoted");
    // After any separator a spreadsheet may split on, a formula cannot start either.
    for (sep, name) in [
        (',', "comma"),
        (';', "semicolon"),
        ('\t', "tab"),
        ('\r', "carriage return"),
        ('\n', "line feed"),
    ] {
        for start in ['=', '+', '-', '@'] {
            let evil = format!("Pozzallo{sep}{start}WEBSERVICE(\"x\")");
            let c = csv::cell(&evil);
            assert!(
                c.contains(&format!("{sep}'{start}")),
                "after a {name}, `{start}` is defused: {c:?}"
            );
        }
    }
    assert_eq!(
        csv::cell("2026-11-28"),
        "\"2026-11-28\"",
        "a dash inside a value is not touched"
    );
    let out = csv::render(&doc(false));
    assert!(
        out.contains("\"'=HYPERLINK(\"\"x\"\") Pozzallo\""),
        "a formula typed into an answer is defused in the file"
    );
    assert!(
        out.lines().all(|l| !l.starts_with(['=', '+', '-', '@'])),
        "no line starts with a formula character"
    );
}

#[test]
fn a_csv_of_many_cases_puts_each_row_under_its_case_number() {
    let one = doc(false);
    let mut other = doc(true);
    other.header.case_number = "AVR-2026-0042".into();
    let single = csv::render(&one);
    let many = csv::render_many([&one, &other]);
    let mut lines = many.split("\r\n");
    assert_eq!(
        lines.next(),
        Some(
            "\"case_number\",\"section\",\"kind\",\"id\",\"label\",\"status\",\"value\",\"recorded_by\",\"recorded_at\""
        )
    );
    // Every row of the single-case file comes back, prefixed with the case number, in order.
    let first: Vec<String> = single
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| format!("\"AVR-2026-0007\",{l}"))
        .collect();
    let got: Vec<&str> = many.split("\r\n").skip(1).take(first.len()).collect();
    assert_eq!(got, first);
    assert!(
        many.contains("\"AVR-2026-0042\",\"Case\",\"case\",\"redacted\",\"redacted\",\"\",\"yes\",\"\",\"\"")
    );
    assert!(
        many.contains("\"'=HYPERLINK(\"\"x\"\") Pozzallo\""),
        "formulas stay defused in the combined file"
    );
}

#[test]
fn html_escapes_all_text_and_loads_nothing_external() {
    let out = html::render(&doc(false));
    assert!(
        !out.contains("<script"),
        "no scripts, and a typed `<script>` is escaped"
    );
    assert!(
        out.contains("&lt;script&gt;"),
        "the override reason is shown escaped"
    );
    assert!(
        !out.contains("http://") && !out.contains("https://") && !out.contains("src="),
        "no external resources"
    );
    assert!(out.contains("@media print"), "print-friendly");
}

#[test]
fn json_import_rejects_other_schemas_and_names_the_bad_field() {
    let good = json::to_json(&record(), GENERATED).unwrap_or_else(|e| panic!("{e}"));
    let err = |text: &str| {
        json::from_json(text)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    assert!(err("{").contains("import"), "not JSON at all");
    assert!(err(&good.replace("avr-case-export", "other")).contains("`schema`"));
    assert!(err(&good.replace("\"version\": 1,", "\"version\": 99,")).contains("`version`"));
    let broken = good.replacen("\"saved_by\"", "\"saved_byX\"", 1);
    let message = err(&broken);
    assert!(
        message.contains("case.answers[0]") && message.contains("saved_by"),
        "the error names the element and the field: {message}"
    );
    let back = json::from_json(&good).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.record, record(), "the whole record comes back");
    assert_eq!(back.exported_at, GENERATED);
}

#[test]
fn an_export_to_a_missing_folder_fails_naming_the_path() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = tmp.path().join("no-such-folder").join("case.csv");
    let e = export::write_atomically(&path, b"x")
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(e.contains("no-such-folder"), "the error names the path: {e}");
}

#[test]
fn a_failed_export_leaves_no_temp_file() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // The target is a folder: the temp file is written, the rename fails, and the temp file must go.
    let path = tmp.path().join("taken");
    std::fs::create_dir(&path).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(path.join("keep"), b"").unwrap_or_else(|e| panic!("{e}"));
    assert!(export::write_atomically(&path, b"data").is_err());
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left, ["taken"], "no `.tmp` file remains after a failure");
}

#[test]
fn a_successful_export_replaces_the_file_whole() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = tmp.path().join("case.html");
    std::fs::write(&path, b"old").unwrap_or_else(|e| panic!("{e}"));
    export::write_atomically(&path, b"new").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(std::fs::read(&path).unwrap_or_else(|e| panic!("{e}")), b"new");
    assert_eq!(
        std::fs::read_dir(tmp.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .count(),
        1
    );
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        ".*".prop_map(serde_json::Value::from),
        proptest::collection::vec("[a-z_]{1,8}", 0..4).prop_map(serde_json::Value::from),
    ]
}

prop_compose! {
    fn arb_record()(
        names in proptest::collection::vec((".*", ".*", ".*", proptest::option::of("[0-9]{4}-[0-9]{2}-[0-9]{2}")), 0..4),
        answers in proptest::collection::vec(("[a-z_:-]{1,20}", json_value(), ".*", any::<i64>()), 0..8),
        notes in proptest::collection::vec((".*", ".*", any::<i64>()), 0..4),
        consents in proptest::collection::vec((".*", ".*", any::<bool>(), proptest::option::of(".*"), any::<i64>()), 0..4),
    ) -> CaseRecord {
        let mut r = record();
        r.persons = names.into_iter().enumerate().map(|(i, (g, f, o, dob))| Person {
            id: i64::try_from(i).unwrap_or_default(),
            position: u32::try_from(i).unwrap_or_default(),
            given_names: g, family_name: f, other_names: o, date_of_birth: dob,
            dob_estimated: i % 2 == 0, sex: None, nationality: Some("ERI".into()),
            relationship: "child".into(),
        }).collect();
        r.summary.persons = u32::try_from(r.persons.len()).unwrap_or_default();
        r.answers = answers.into_iter().map(|(f, v, by, at)| answer(&f, v, &by, at)).collect();
        r.notes = notes.into_iter().enumerate().map(|(i, (body, author, at))| Note {
            id: i64::try_from(i).unwrap_or_default(), body, author, created_at: at,
        }).collect();
        r.consents = consents.into_iter().enumerate().map(|(i, (purpose, recipient, given, interpreter, at))| ConsentEntry {
            id: i64::try_from(i).unwrap_or_default(), person_id: None, purpose, recipient,
            decision: if given { ConsentDecision::Given } else { ConsentDecision::Withdrawn },
            decided_at: at, interpreter, language: "ti".into(), recorded_by: "Lena".into(), recorded_at: at,
        }).collect();
        r
    }
}

proptest! {
    #[test]
    fn a_case_exported_to_json_imports_back_the_same(r in arb_record()) {
        let text = json::to_json(&r, GENERATED).unwrap_or_else(|e| panic!("{e}"));
        let back = json::from_json(&text).unwrap_or_else(|e| panic!("{e}"));
        prop_assert_eq!(&back.record.persons, &r.persons);
        prop_assert_eq!(&back.record.answers, &r.answers);
        prop_assert_eq!(&back.record.notes, &r.notes);
        prop_assert_eq!(&back.record.consents, &r.consents);
        prop_assert_eq!(&back.record.summary, &r.summary);
    }
}

/// Text of a PDF as `pdftotext` reads it, or `None` when poppler is not installed.
pub(crate) fn pdf_text(bytes: &[u8]) -> Option<String> {
    let tool = Path::new("/usr/bin/pdftotext");
    if !tool.exists() {
        // CI installs poppler (scripts/setup.sh): there, a missing tool is a failure, not a skip.
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext (poppler-utils) is installed in CI"
        );
        return None;
    }
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = tmp.path().join("case.pdf");
    export::write_atomically(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
    let out = std::process::Command::new(tool)
        .arg(&path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "pdftotext reads the file");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_pdf_checklist_carries_steps_the_verification_code_and_arabic_names() {
    for size in [pdf::PageSize::A4, pdf::PageSize::Letter] {
        let bytes = pdf::render(&doc(false), size).unwrap_or_else(|e| panic!("{e}"));
        assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
        if let Some(dir) = std::env::var_os("AVR_EXPORT_PDF_DIR") {
            // To look at the result: AVR_EXPORT_PDF_DIR=/tmp cargo test -p avr-core a_pdf_checklist
            let path = Path::new(&dir).join(format!("case-{size:?}.pdf"));
            export::write_atomically(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
        }
        let Some(text) = pdf_text(&bytes) else { continue };
        assert!(
            text.contains("How the person came to us"),
            "a step title is in the text"
        );
        assert!(text.contains(&HEAD[..32]), "the verification code is printed");
        assert!(text.contains("AVR-2026-0007"), "the case number is in the header");
        assert!(text.contains("Page 1 of"), "pages are numbered");
        assert!(
            text.contains("محمد"),
            "an Arabic-script name is extractable ({size:?})"
        );
        // pdftotext marks the right-to-left run with embedding controls; the words between them are compared.
        let words = arabic_words(&text);
        for word in ARABIC.split(' ') {
            // `الأمين` is drawn with the lam-alef ligature: its two letters come back in reading order.
            assert!(
                words.contains(word),
                "the Arabic-script name `{word}` reads back exactly ({size:?})"
            );
        }
    }
}

/// The words of a text layer's Arabic-script tokens, punctuation around them left out.
fn arabic_words(text: &str) -> std::collections::BTreeSet<String> {
    text.split(|c: char| !('\u{0600}'..='\u{06FF}').contains(&c) || c == '\u{060C}' || c == '\u{061B}')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn an_arabic_blank_checklist_reads_back_word_for_word_ligatures_included() {
    let all = workflow::load_dir(&handbook_root().join("workflows")).unwrap_or_else(|e| panic!("{e:?}"));
    let v3 = all
        .into_iter()
        .find(|w| w.id == "avr-case" && w.version == 3)
        .unwrap_or_else(|| panic!("avr-case v3 is in handbook/workflows"));
    let wf = avr_core::i18n::workflow::localized(&v3, avr_core::i18n::Lang::Ar);
    let bytes =
        pdf::blank_in(&wf, pdf::PageSize::A4, avr_core::i18n::Lang::Ar).unwrap_or_else(|e| panic!("{e}"));
    let Some(text) = pdf_text(&bytes) else { return };
    let read = arabic_words(&text);
    let mut checked = 0;
    let mut ligatures = 0;
    for step in &wf.steps {
        for word in arabic_words(&step.title) {
            assert!(
                read.contains(&word),
                "`{word}` of the step `{}` reads back from the PDF as it was written",
                step.title
            );
            checked += 1;
            ligatures += usize::from(word.contains("لا") || word.contains("لأ") || word.contains("لإ"));
        }
    }
    assert!(
        checked > 50,
        "the Arabic step titles were checked ({checked} words)"
    );
    assert!(
        ligatures > 0,
        "some of them carry the lam-alef ligature ({ligatures} words)"
    );
}

#[test]
fn a_blank_pdf_checklist_lists_every_step() {
    let wf = workflow();
    let bytes = pdf::blank(&wf, pdf::PageSize::A4).unwrap_or_else(|e| panic!("{e}"));
    let Some(text) = pdf_text(&bytes) else { return };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for step in &wf.steps {
        let title = step
            .title
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            flat.contains(&title),
            "the blank checklist has step `{}`",
            step.title
        );
    }
}

// Through the api, over a real encrypted case database and the real workflow.

pub(crate) mod through_the_api {
    use std::path::Path;

    use avr_core::ErrorCode;
    use avr_core::api::{
        Api, ApiConfig, BlankFormat, BlankRequest, ExportFormat, ExportRequest, NewCaseRequest, PageSize,
        StaffProfile,
    };

    use super::{ARABIC, pdf_text};
    use crate::handbook_root;

    pub(crate) fn unlocked(data: &Path, staff: &str) -> Api {
        let api = Api::open(ApiConfig {
            handbook_dir: handbook_root(),
            data_dir: data.to_path_buf(),
        })
        .unwrap_or_else(|e| panic!("{e}"));
        api.vault_create(
            "correct horse battery staple",
            &StaffProfile {
                name: staff.into(),
                office: "Lampedusa".into(),
            },
        )
        .unwrap_or_else(|e| panic!("{e}"));
        api
    }

    /// A case with a Sudanese name in Arabic script, two answers and a safeguard raised.
    fn a_case(api: &Api) -> i64 {
        let view = api
            .case_create(&NewCaseRequest {
                given_names: "Amina".into(),
                family_name: "Yusuf".into(),
                other_names: ARABIC.into(),
                disembarked_on: Some("2026-11-18".into()),
            })
            .unwrap_or_else(|e| panic!("{e}"));
        let id = view.record.summary.id;
        api.case_answer(id, "arrival_mode", &serde_json::json!("rescued"))
            .unwrap_or_else(|e| panic!("{e}"));
        api.case_answer(id, "fear_of_return", &serde_json::json!(true))
            .unwrap_or_else(|e| panic!("{e}"));
        id
    }

    pub(crate) fn request(case_id: i64, format: ExportFormat, redact: bool) -> ExportRequest {
        ExportRequest {
            case_id,
            format,
            redact,
            page_size: PageSize::A4,
            lang: None,
        }
    }

    #[test]
    fn every_format_is_written_under_the_case_number_and_the_export_is_audited() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let out = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let api = unlocked(data.path(), "Lena Ortiz");
        let id = a_case(&api);
        for format in [
            ExportFormat::Pdf,
            ExportFormat::Csv,
            ExportFormat::Markdown,
            ExportFormat::Html,
            ExportFormat::Json,
        ] {
            let req = request(id, format, false);
            let name = api.export_file_name(&req).unwrap_or_else(|e| panic!("{e}"));
            assert!(name.starts_with("AVR-") && !name.contains("Amina"), "{name}");
            let done = api
                .export_case(&req, &out.path().join(&name))
                .unwrap_or_else(|e| panic!("{format:?}: {e}"));
            let bytes = std::fs::read(&done.path).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(bytes.len() as u64, done.bytes);
            assert_eq!(done.folder, out.path().display().to_string());
        }
        let files: Vec<_> = std::fs::read_dir(out.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(files.len(), 5, "five files and no temp file left: {files:?}");
        let view = api.case_view(id).unwrap_or_else(|e| panic!("{e}"));
        let exports = view
            .timeline
            .iter()
            .filter(|e| e.action == "case.exported")
            .count();
        assert_eq!(exports, 5, "each export is in the case's timeline");
        assert!(
            view.timeline
                .iter()
                .all(|e| !e.summary.contains(&*out.path().to_string_lossy())),
            "the audit never records where the file went"
        );
    }

    #[test]
    fn the_pdf_carries_the_current_audit_head_as_its_verification_code() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let api = unlocked(data.path(), "Lena Ortiz");
        let id = a_case(&api);
        let head = api.audit_verify().unwrap_or_else(|e| panic!("{e}")).head_hash;
        let bytes = api
            .render_case_export(&request(id, ExportFormat::Pdf, false), 1_795_167_000_000)
            .unwrap_or_else(|e| panic!("{e}"));
        let Some(text) = pdf_text(&bytes) else { return };
        assert!(
            text.contains(&head[..32]),
            "the verification code is the audit head"
        );
        assert!(text.contains("محمد"), "the Arabic-script name is in the PDF");
        assert!(text.contains("Fear of return"), "a raised safeguard is printed");
    }

    #[test]
    fn the_json_export_is_statistics_labelled_as_such_with_no_personal_data() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let api = unlocked(data.path(), "Lena Ortiz");
        let id = a_case(&api);
        let number = api
            .case_view(id)
            .unwrap_or_else(|e| panic!("{e}"))
            .record
            .summary
            .case_number;
        for redact in [false, true] {
            let req = request(id, ExportFormat::Json, redact);
            let name = api.export_file_name(&req).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                name,
                format!("{number}-statistics.json"),
                "the file says what it is"
            );
            let text = String::from_utf8(api.render_case_export(&req, 0).unwrap_or_else(|e| panic!("{e}")))
                .unwrap_or_else(|e| panic!("{e}"));
            let doc: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(doc["schema"], "avr-case-statistics", "not a case export: {text}");
            assert_eq!(
                doc["label"], "statistics, no personal data",
                "labelled in the file itself"
            );
            for personal in [
                "Amina",
                "Yusuf",
                ARABIC,
                "rescued",
                "Lena Ortiz",
                "2026-11-18",
                &number,
            ] {
                assert!(
                    !text.contains(personal),
                    "no name, answer, staff name, day or case number (`{personal}`) whether or not redaction \
                     was asked: {text}"
                );
            }
            assert_eq!(
                doc["case"]["disembarked_month"], "2026-11",
                "the month stays, for counting"
            );
            assert!(
                doc["case"]["answers"].as_u64().is_some_and(|n| n >= 2),
                "the two answers (and what they latched) are counted, not shown: {text}"
            );
            assert!(
                doc["case"]["steps"].as_array().is_some_and(|s| !s.is_empty()),
                "where the case stands stays: {text}"
            );
        }
        let view = api.case_view(id).unwrap_or_else(|e| panic!("{e}"));
        let file = data.path().join("stats.json");
        api.export_case(&request(id, ExportFormat::Json, false), &file)
            .unwrap_or_else(|e| panic!("{e}"));
        let after = api.case_view(id).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            after.timeline.len() > view.timeline.len()
                && after.timeline.iter().any(|e| e.summary.contains("statistics")),
            "the audit log says a statistics export was made"
        );
        let refused = api
            .import_case(&file)
            .err()
            .unwrap_or_else(|| panic!("statistics are not a case to import"));
        assert_eq!(refused.code(), ErrorCode::Validation);
    }

    #[test]
    fn an_older_json_case_export_still_imports_on_another_installation() {
        let (a, b) = (
            tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
            tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
        );
        let office_a = unlocked(a.path(), "Lena Ortiz");
        let id = a_case(&office_a);
        let original = office_a.case_view(id).unwrap_or_else(|e| panic!("{e}"));
        // What the app exported as JSON before handover packages replaced it (`avr-case-export`).
        let file = a.path().join("handover.json");
        let text = avr_core::export::json::to_json(&original.record, 1_795_000_000_000)
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));

        let office_b = unlocked(b.path(), "Omar Haddad");
        let imported = office_b.import_case(&file).unwrap_or_else(|e| panic!("{e}"));
        let (o, i) = (&original.record, &imported.record);
        assert_eq!(i.summary.case_number, o.summary.case_number);
        assert_eq!(i.summary.stage, o.summary.stage);
        assert_eq!(i.summary.flags, o.summary.flags);
        assert_eq!(i.answers, o.answers, "answers keep who saved them and when");
        assert_eq!(i.notes, o.notes);
        assert_eq!(i.persons.len(), o.persons.len());
        assert_eq!(i.persons[0].other_names, ARABIC);
        assert_eq!(
            imported.evaluation, original.evaluation,
            "the wizard is where it was"
        );
        assert!(imported.timeline.iter().any(|e| e.action == "case.imported"));

        let again = office_b
            .import_case(&file)
            .err()
            .unwrap_or_else(|| panic!("a second import is refused"));
        assert_eq!(again.code(), ErrorCode::Conflict);
        assert!(again.to_string().contains(&o.summary.case_number), "{again}");
        assert_eq!(
            office_b
                .cases_list(&Default::default())
                .unwrap_or_else(|e| panic!("{e}"))
                .len(),
            1,
            "nothing was written by the refused import"
        );
    }

    #[test]
    fn a_damaged_import_file_names_the_field_and_writes_nothing() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let api = unlocked(data.path(), "Lena Ortiz");
        let file = data.path().join("bad.json");
        std::fs::write(
            &file,
            r#"{"schema":"avr-case-export","version":1,"exported_at":"soon"}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let err = api.import_case(&file).err().unwrap_or_else(|| panic!("refused"));
        assert_eq!(err.code(), ErrorCode::Validation);
        let msg = err.to_string();
        assert!(msg.contains("bad.json") && msg.contains("exported_at"), "{msg}");
        assert!(
            api.cases_list(&Default::default())
                .unwrap_or_else(|e| panic!("{e}"))
                .is_empty()
        );
    }

    #[test]
    fn an_unwritable_destination_or_a_missing_case_gives_a_clear_error_and_no_file() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let api = unlocked(data.path(), "Lena Ortiz");
        let id = a_case(&api);
        let nowhere = data.path().join("no such folder").join("case.pdf");
        let err = api
            .export_case(&request(id, ExportFormat::Pdf, false), &nowhere)
            .err()
            .unwrap_or_else(|| panic!("refused"));
        assert_eq!(err.code(), ErrorCode::Validation);
        assert!(err.to_string().contains("no such folder"), "{err}");
        let missing = api
            .export_case(
                &request(id + 99, ExportFormat::Csv, false),
                &data.path().join("x.csv"),
            )
            .err()
            .unwrap_or_else(|| panic!("refused"));
        assert_eq!(missing.code(), ErrorCode::NotFound);
        assert!(!data.path().join("x.csv").exists());
    }

    #[test]
    fn blank_checklists_print_while_the_case_records_are_locked() {
        let data = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let api = unlocked(data.path(), "Lena Ortiz");
        api.vault_lock().unwrap_or_else(|e| panic!("{e}"));
        let wf = api
            .workflows()
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("a workflow"));
        for format in [BlankFormat::Pdf, BlankFormat::Markdown] {
            let req = BlankRequest {
                form: None,
                workflow_id: wf.id.clone(),
                version: None,
                format,
                page_size: PageSize::Letter,
                lang: None,
            };
            let name = api.blank_file_name(&req).unwrap_or_else(|e| panic!("{e}"));
            let done = api
                .export_blank(&req, &data.path().join(&name))
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(done.bytes > 1000, "{name}: {} bytes", done.bytes);
        }
        let unknown = BlankRequest {
            form: None,
            workflow_id: "no-such-flow".into(),
            version: None,
            format: BlankFormat::Pdf,
            page_size: PageSize::A4,
            lang: None,
        };
        assert_eq!(
            api.render_blank(&unknown).err().map(|e| e.code()),
            Some(ErrorCode::NotFound)
        );
    }
}
