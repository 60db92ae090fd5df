//! A PDF never loses a character silently: what no embedded font can draw is shown, and named.

use avr_core::export::{self, ExportOptions, pdf};

use crate::export::pdf_text;

#[test]
fn an_emoji_in_a_case_note_shows_as_its_code_point_in_the_pdf_and_is_reported() {
    let mut record = crate::export::record();
    // DejaVu Sans draws 😀 (U+1F600) but not 🙏 (U+1F64F) nor the Ethiopic script of a Tigrinya name.
    record.notes[0].body = "Smiled 😀 when told the date 🙏 then asked to call ዮናስ, her brother.".into();
    let doc = export::build_checklist(
        &crate::export::view_of(record),
        &crate::export::workflow(),
        ExportOptions {
            redact: false,
            lang: avr_core::i18n::Lang::En,
        },
        0,
        "",
    );
    let (bytes, missing) =
        pdf::render_reporting(&doc, pdf::PageSize::A4).unwrap_or_else(|e| panic!("the PDF renders: {e}"));
    assert_eq!(
        missing,
        vec!['ስ', 'ና', 'ዮ', '\u{1F64F}'],
        "the export names each character its fonts could not draw, and only those"
    );
    let Some(text) = pdf_text(&bytes) else { return };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "Smiled 😀 when told the date [U+1F64F] then asked to call [U+12EE][U+1293][U+1235], her brother"
        ),
        "the page shows where the emoji was and which it was, in its text layer too: {flat}"
    );
}
