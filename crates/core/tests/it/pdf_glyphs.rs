//! A PDF never loses a character silently: what no embedded font can draw is shown, and named; what one of
//! them draws (Arabic in Noto Sans Arabic, a Tigrinya name in Noto Sans Ethiopic) reads back as it was typed.

use avr_core::export::{self, ChecklistDoc, ExportOptions, Undrawable, pdf};
use avr_core::i18n::Lang;

use crate::export::pdf_text;

/// The test case's checklist with `note` as its note's text, its words in `lang`.
fn checklist_with_note(note: &str, lang: Lang) -> ChecklistDoc {
    let mut record = crate::export::record();
    record.notes[0].body = note.into();
    export::build_checklist(
        &crate::export::view_of(record),
        &crate::export::workflow(),
        ExportOptions {
            redact: false,
            lang,
            ..ExportOptions::default()
        },
        0,
        "",
    )
}

#[test]
fn an_emoji_in_a_case_note_shows_as_its_code_point_in_the_pdf_and_is_reported() {
    // DejaVu Sans draws 😀 (U+1F600) but no embedded font draws 🙏 (U+1F64F); Noto Sans Ethiopic draws the
    // Tigrinya name.
    let doc = checklist_with_note(
        "Smiled 😀 when told the date 🙏 then asked to call ዮናስ, her brother.",
        Lang::En,
    );
    let (bytes, missing) = pdf::render_reporting(&doc, pdf::PageSize::A4).expect("the PDF renders");
    assert_eq!(
        missing,
        vec![Undrawable {
            code: "U+1F64F".into(),
            places: vec!["Notes".into()]
        }],
        "the export names each character its fonts could not draw, and only those, with the section it was in"
    );
    let Some(text) = pdf_text(&bytes) else { return };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Smiled 😀 when told the date [U+1F64F] then asked to call ዮናስ, her brother"),
        "the page shows where the emoji was and which it was, and the Ethiopic name as a name: {flat}"
    );
}

#[test]
fn a_tigrinya_name_prints_in_ethiopic_script_and_reads_back_from_the_pdf() {
    let doc = checklist_with_note("ተስፋይ ገብረሚካኤል ኣብ መርከብ ተረኺቡ።", Lang::Fr);
    let (bytes, missing) = pdf::render_reporting(&doc, pdf::PageSize::A4).expect("the PDF renders");
    assert!(
        missing.is_empty(),
        "Noto Sans Ethiopic draws every letter of a Tigrinya sentence: {missing:?}"
    );
    let Some(text) = pdf_text(&bytes) else { return };
    assert!(
        text.contains("ተስፋይ ገብረሚካኤል ኣብ መርከብ ተረኺቡ።"),
        "the sentence is in the text layer as typed, so it can be copied and searched: {text}"
    );
}

#[test]
fn arabic_with_vowel_marks_reads_back_with_each_mark_on_its_letter() {
    // Harakat (fatha, damma, kasra, shadda, sukun, tanwin) are drawn as glyphs of their own over or under the
    // letter; the text layer must keep each after its letter, with no space between them.
    let words = ["مُحَمَّد", "عَلَى", "كِتَابٌ", "مَدْرَسَةٍ", "لَا"];
    let doc = checklist_with_note(&words.join(" "), Lang::Ar);
    let (bytes, missing) = pdf::render_reporting(&doc, pdf::PageSize::A4).expect("the PDF renders");
    assert!(
        missing.is_empty(),
        "Noto Sans Arabic draws every mark: {missing:?}"
    );
    let Some(text) = pdf_text(&bytes) else { return };
    let tokens: std::collections::BTreeSet<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect();
    for word in words {
        assert!(
            tokens.contains(word),
            "`{word}` reads back whole, its marks attached to their letters: {text}"
        );
    }
}

#[test]
fn dates_in_words_follow_the_export_language_and_the_spreadsheet_keeps_iso() {
    // GENERATED in the test case is 2026-11-20 09:30 UTC.
    let doc_in = |lang, dates| {
        export::build_checklist(
            &crate::export::view_of(crate::export::record()),
            &crate::export::workflow(),
            ExportOptions {
                redact: false,
                lang,
                dates,
            },
            1_795_167_000_000,
            "",
        )
    };
    let fr = export::markdown::render(&doc_in(Lang::Fr, export::DateStyle::Words));
    assert!(
        fr.contains("20 novembre 2026 à 09:30 UTC"),
        "a French export says when it was made in French words: {fr}"
    );
    let ar = export::markdown::render(&doc_in(Lang::Ar, export::DateStyle::Words));
    assert!(
        ar.contains("20 نوفمبر 2026، الساعة 09:30 UTC"),
        "an Arabic export names the month in Arabic and keeps Western digits: {ar}"
    );
    let csv = export::csv::render(&doc_in(Lang::Fr, export::DateStyle::Iso));
    assert!(
        csv.contains("\"2026-11-20 09:30 UTC\""),
        "the CSV keeps the ISO date a spreadsheet sorts: {csv}"
    );
    let (pdf, _) = pdf::render_reporting(&doc_in(Lang::Fr, export::DateStyle::Words), pdf::PageSize::A4)
        .expect("the PDF renders");
    let Some(text) = pdf_text(&pdf) else { return };
    assert!(
        text.contains("20 novembre 2026 à 09:30 UTC"),
        "the French PDF prints the date in words too: {text}"
    );
    let (pdf, _) = pdf::render_reporting(&doc_in(Lang::Ar, export::DateStyle::Words), pdf::PageSize::A4)
        .expect("the PDF renders");
    let Some(text) = pdf_text(&pdf) else { return };
    assert!(
        text.contains("نوفمبر") && text.contains("2026"),
        "the Arabic PDF names the month in Arabic: {text}"
    );
}

#[test]
fn exporting_a_case_tells_the_caller_which_characters_print_as_their_code_and_only_for_pdf() {
    use crate::export::through_the_api::{request, unlocked};
    use avr_core::api::{ExportFormat, NewCaseRequest};
    let data = tempfile::tempdir().expect("a temp dir");
    let api = unlocked(data.path(), "Lena Ortiz");
    let id = api
        .case_create(&NewCaseRequest {
            given_names: "Yonas 🙏".into(),
            family_name: "Tesfay".into(),
            other_names: "ዮናስ".into(),
            disembarked_on: None,
        })
        .expect("a new case is accepted")
        .record
        .summary
        .id;
    let pdf = api
        .export_case(
            &request(id, ExportFormat::Pdf, false),
            &data.path().join("case.pdf"),
        )
        .expect("the PDF is written");
    assert_eq!(
        pdf.undrawable,
        vec![Undrawable {
            code: "U+1F64F".into(),
            places: vec!["Household".into()]
        }],
        "the emoji in the name is reported with its section's heading; the Ethiopic name is drawn, so not reported"
    );
    let md = api
        .export_case(
            &request(id, ExportFormat::Markdown, false),
            &data.path().join("case.md"),
        )
        .expect("the Markdown is written");
    assert!(
        md.undrawable.is_empty(),
        "Markdown carries the character itself: nothing is replaced, nothing to report"
    );
}
