//! The returnee's information sheet and voluntary declaration (issue 14 item 7), through the real api over a
//! real encrypted store, the shipped `avr-case` v3 and the real catalogs. PDFs are read back with poppler's
//! `pdftotext`, as a person copying a sentence out of the file would.

use std::collections::BTreeSet;
use std::path::Path;

use avr_core::ErrorCode;
use avr_core::api::{NewCaseRequest, PageSize, ReturneeSheetRequest, SheetFormat};
use avr_core::i18n::{Lang, t, tr};
use serde_json::json;

use crate::casework::Desk;

/// 2026-12-03, noon UTC: the sheet's date.
const NOW: i64 = 1_796_299_200_000;

/// A case for Amina Yusuf, with her name in Arabic script too, at the counselling stage of v3.
fn amina() -> Desk {
    let mut d = Desk::empty();
    d.case = d
        .api
        .case_create(&NewCaseRequest {
            given_names: "Amina".into(),
            family_name: "Yusuf".into(),
            other_names: "آمنة يوسف".into(),
            disembarked_on: Some("2026-11-18".into()),
        })
        .expect("a new case is accepted")
        .record
        .summary
        .id;
    d
}

fn request(d: &Desk, returnee: &str, officer: Lang, format: SheetFormat) -> ReturneeSheetRequest {
    ReturneeSheetRequest {
        case_id: d.case,
        returnee_lang: returnee.into(),
        officer_lang: Some(officer),
        format,
        include_declaration: true,
        page_size: PageSize::A4,
    }
}

fn render(d: &Desk, req: &ReturneeSheetRequest) -> Vec<u8> {
    d.api
        .render_returnee_sheet(req, NOW)
        .expect("a sheet in a language with an edition is built")
}

fn text(d: &Desk, req: &ReturneeSheetRequest) -> String {
    String::from_utf8(render(d, req)).expect("Markdown and HTML are UTF-8")
}

/// The PDF's text layer as `pdftotext` extracts it; `None` where poppler is not installed (never in CI).
fn pdf_text(bytes: &[u8]) -> Option<String> {
    let tool = Path::new("/usr/bin/pdftotext");
    if !tool.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "pdftotext (poppler-utils) is installed in CI"
        );
        return None;
    }
    let tmp = tempfile::tempdir().expect("a temp folder");
    let path = tmp.path().join("sheet.pdf");
    std::fs::write(&path, bytes).expect("the temp folder is writable");
    let out = std::process::Command::new(tool)
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext reads the sheet");
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Words of Arabic script, punctuation around them left out.
fn arabic_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !('\u{0600}'..='\u{06FF}').contains(&c) || c == '\u{060C}' || c == '\u{061B}')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whitespace collapsed, so a sentence wrapped over lines compares as one.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keep the PDF for a person to look at: `AVR_EXPORT_PDF_DIR=/tmp cargo test -p avr-core --test it returnee`.
fn keep(bytes: &[u8], name: &str) {
    if let Some(dir) = std::env::var_os("AVR_EXPORT_PDF_DIR") {
        std::fs::write(Path::new(&dir).join(name), bytes).expect("the folder to keep PDFs in is writable");
    }
}

/// The sentences every sheet prints, by catalog key.
const SENTENCES: [&str; 9] = [
    "returnee-what-1",
    "returnee-what-3",
    "returnee-what-5",
    "returnee-withdraw-1",
    "returnee-withdraw-2",
    "returnee-withdraw-3",
    "returnee-contact-unhcr",
    "returnee-decl-statement",
    "returnee-decl-warning",
];

#[test]
fn an_arabic_sheet_for_a_french_officer_reads_back_in_both_languages_word_for_word() {
    let d = amina();
    let bytes = render(&d, &request(&d, "ar", Lang::Fr, SheetFormat::Pdf));
    keep(&bytes, "returnee-ar-fr.pdf");
    let Some(read) = pdf_text(&bytes) else { return };
    let arabic = arabic_words(&read);
    let french = flat(&read);
    let mut ligatures = 0;
    for key in SENTENCES {
        for word in arabic_words(&t(Lang::Ar, key)) {
            assert!(
                arabic.contains(&word),
                "`{word}` of the Arabic `{key}` reads back from the PDF exactly as it was written"
            );
            ligatures += usize::from(word.contains("لا") || word.contains("لأ") || word.contains("لإ"));
        }
        let sentence = t(Lang::Fr, key);
        assert!(
            french.contains(&flat(&sentence)),
            "the French `{key}` reads back whole from the officer's column: {sentence}"
        );
    }
    assert!(
        ligatures > 0,
        "some of the Arabic words carry the lam-alef ligature, the case that used to come back reversed"
    );
    assert!(
        french.contains("AVR-2026-0001"),
        "the case number is printed whole, left to right, in the Arabic column too"
    );
    assert!(
        arabic.contains("آمنة") && french.contains("Amina Yusuf"),
        "the person's names are printed as entered, in both scripts"
    );
    assert!(
        french.contains("Pozzallo") && french.contains("Amina Diallo"),
        "the office and the staff member come from the staff profile in the store"
    );
}

#[test]
fn a_childs_declaration_has_the_guardians_line_and_no_signature_of_the_child() {
    let d = amina();
    d.answer("age_group", json!("child"));
    let sheet = text(&d, &request(&d, "en", Lang::En, SheetFormat::Markdown));
    let name = "Amina Yusuf / آمنة يوسف";
    let guardian = tr(Lang::En, "returnee-sign-guardian", &[("name", name.into())]);
    assert!(
        sheet.contains(&guardian),
        "a child's declaration is agreed to by the guardian, on a line naming the child:\n{sheet}"
    );
    assert!(
        sheet.contains(&t(Lang::En, "returnee-sign-guardian-name")),
        "the guardian writes their name and signs"
    );
    let own = tr(Lang::En, "returnee-sign-person", &[("name", name.into())]);
    assert!(
        !sheet.contains(&own),
        "nobody asks the child to sign alone: {own}"
    );

    let adult = amina();
    adult.answer("age_group", json!("adult"));
    let sheet = text(&adult, &request(&adult, "en", Lang::En, SheetFormat::Markdown));
    assert!(
        sheet.contains(&own) && !sheet.contains(&guardian),
        "an adult signs their own declaration, with no guardian's line:\n{sheet}"
    );
}

#[test]
fn the_right_to_withdraw_is_printed_in_the_returnees_language_before_the_officers() {
    let d = amina();
    let sheet = text(&d, &request(&d, "es", Lang::En, SheetFormat::Markdown));
    let spanish = t(Lang::Es, "returnee-withdraw-1");
    let english = t(Lang::En, "returnee-withdraw-1");
    let es = sheet
        .find(&spanish)
        .expect("the right to withdraw is printed in Spanish");
    let en = sheet
        .find(&format!("> {english}"))
        .expect("the officer's English follows as a quotation");
    assert!(
        es < en,
        "the returnee's language comes first, the officer's translation after it"
    );
    assert!(
        spanish.contains("antes de embarcar"),
        "the Spanish says the return can be stopped until boarding: {spanish}"
    );

    let page = text(&d, &request(&d, "ar", Lang::Es, SheetFormat::Html));
    assert!(
        page.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "an Arabic sheet is a right-to-left page"
    );
    let ar = page
        .find(&t(Lang::Ar, "returnee-withdraw-1"))
        .expect("the Arabic is on the page");
    let es = page.find(&spanish).expect("the Spanish is on the page");
    assert!(ar < es, "the returnee's column comes first in reading order");
}

#[test]
fn a_language_with_no_edition_is_refused_naming_the_field_and_the_languages_there_are() {
    let d = amina();
    let out = tempfile::tempdir().expect("a temp folder");
    let path = out.path().join("sheet.pdf");
    let err = d
        .api
        .export_returnee_sheet(&request(&d, "ti", Lang::En, SheetFormat::Pdf), &path)
        .expect_err("there is no Tigrinya edition of the sheet");
    assert_eq!(
        err.code(),
        ErrorCode::Validation,
        "the officer can pick another language"
    );
    let msg = err.to_string();
    assert!(
        msg.contains("returnee_lang") && msg.contains("“ti”") && msg.contains("en, fr, es, ar"),
        "the error names the field, the language asked for and those there are: {msg}"
    );
    assert!(!path.exists(), "nothing is written for a refused sheet");
}

#[test]
fn a_same_language_sheet_has_one_column() {
    let d = amina();
    let req = request(&d, "fr", Lang::Fr, SheetFormat::Html);
    let page = text(&d, &req);
    assert!(page.contains("--cols:1"), "one language, one column");
    // The sentence up to its first apostrophe, which HTML escapes.
    let french = t(Lang::Fr, "returnee-withdraw-1");
    let start = french.split('\'').next().unwrap_or_default();
    assert!(start.len() > 40, "a sentence long enough to be unique: {start}");
    assert_eq!(page.matches(start).count(), 1, "each sentence is printed once");
    let md = text(&d, &request(&d, "fr", Lang::Fr, SheetFormat::Markdown));
    assert!(
        !md.contains("\n> "),
        "no translation is quoted under the paragraphs:\n{md}"
    );

    let bytes = render(&d, &request(&d, "fr", Lang::Fr, SheetFormat::Pdf));
    keep(&bytes, "returnee-fr.pdf");
    let Some(read) = pdf_text(&bytes) else { return };
    let read = flat(&read);
    assert!(
        read.contains(&flat(&t(Lang::Fr, "returnee-withdraw-1"))),
        "the French sentence reads back whole across the full width"
    );
    assert!(
        !read.contains(&t(Lang::En, "returnee-title")),
        "no second language is printed"
    );
}

#[test]
fn what_happens_next_starts_at_the_cases_stage_and_a_closed_case_has_nothing_ahead() {
    let d = amina();
    let md = text(&d, &request(&d, "en", Lang::En, SheetFormat::Markdown));
    for key in [
        "returnee-next-rescue",
        "returnee-next-protection",
        "returnee-next-counselling",
        "returnee-next-pre-departure",
        "returnee-next-arrival",
    ] {
        assert!(
            md.contains(&t(Lang::En, key)),
            "a new case has every stage ahead, in plain words: {key}"
        );
    }
    d.api.case_close(d.case).expect("an open case can be closed");
    let md = text(&d, &request(&d, "en", Lang::En, SheetFormat::Markdown));
    assert!(
        md.contains(&t(Lang::En, "returnee-next-none")) && !md.contains(&t(Lang::En, "returnee-next-rescue")),
        "a closed case has no steps left"
    );
}

#[test]
fn the_sheet_is_written_under_the_case_number_and_its_printing_is_audited() {
    let d = amina();
    let out = tempfile::tempdir().expect("a temp folder");
    let req = request(&d, "ar", Lang::Fr, SheetFormat::Pdf);
    let name = d
        .api
        .returnee_sheet_file_name(&req)
        .expect("a file name for an open case");
    assert_eq!(
        name, "AVR-2026-0001-returnee-sheet-ar-fr.pdf",
        "named by case number and languages, never by the person's name"
    );
    let done = d
        .api
        .export_returnee_sheet(&req, &out.path().join(&name))
        .expect("the sheet is written");
    let bytes = std::fs::read(&done.path).expect("the written sheet is readable");
    assert_eq!(
        bytes.len() as u64,
        done.bytes,
        "the size reported is the size written"
    );
    assert!(bytes.starts_with(b"%PDF"), "a PDF was written");
    let files: Vec<_> = std::fs::read_dir(out.path())
        .expect("listable")
        .flatten()
        .collect();
    assert_eq!(files.len(), 1, "no temp file is left beside it");
    let view = d.api.case_view(d.case).expect("the case reads back");
    let event = view
        .timeline
        .iter()
        .find(|e| e.action == "case.exported")
        .expect("printing the sheet is in the case's timeline");
    assert_eq!(
        event.summary, "returnee sheet as pdf in ar and fr, with the declaration",
        "the audit says what was printed, in which languages, and never where it went"
    );
}

#[test]
fn a_tigrinya_name_prints_as_a_name_and_an_emoji_as_its_code_point_and_both_are_told() {
    let mut d = amina();
    d.case = d
        .api
        .case_create(&NewCaseRequest {
            given_names: "Selam".into(),
            family_name: "Haile 🙏".into(),
            other_names: "ሰላም".into(),
            disembarked_on: None,
        })
        .expect("a new case is accepted")
        .record
        .summary
        .id;
    let out = tempfile::tempdir().expect("a temp dir");
    let req = request(&d, "fr", Lang::En, SheetFormat::Pdf);
    let done = d
        .api
        .export_returnee_sheet(&req, &out.path().join("sheet.pdf"))
        .expect("the sheet is written");
    let codes: Vec<&str> = done.undrawable.iter().map(|u| u.code.as_str()).collect();
    assert_eq!(
        codes,
        vec!["U+1F64F"],
        "the caller is told which character could not be drawn, and only that one (Ethiopic is drawn)"
    );
    assert_eq!(
        done.undrawable[0].places.first(),
        Some(&t(Lang::Fr, "returnee-title")),
        "where it was is told by the sheet's own headings (the name is printed under the title), never by the \
         name around it: {:?}",
        done.undrawable
    );
    let bytes = std::fs::read(&done.path).expect("the sheet reads back");
    let Some(read) = pdf_text(&bytes) else { return };
    assert!(
        read.contains("ሰላም"),
        "the Ethiopic name is drawn with Noto Sans Ethiopic and reads back as typed: {read}"
    );
    assert!(
        read.contains("Haile [U+1F64F]"),
        "the emoji no embedded font draws is printed as its code point for the officer to see: {read}"
    );
}

#[test]
fn the_sheets_date_is_written_in_words_in_each_language_of_the_sheet() {
    let d = amina();
    // NOW is 2026-12-03.
    let md = text(&d, &request(&d, "ar", Lang::Fr, SheetFormat::Markdown));
    assert!(
        md.contains("التاريخ: 3 ديسمبر 2026"),
        "the Arabic column names the month in Arabic, with Western digits: {md}"
    );
    assert!(
        md.contains("Date : 3 décembre 2026"),
        "the French officer's translation writes it the French way: {md}"
    );
    let es = text(&d, &request(&d, "es", Lang::Es, SheetFormat::Html));
    assert!(
        es.contains("Fecha: 3 de diciembre de 2026"),
        "a Spanish sheet: {es}"
    );
}

#[test]
fn the_declarations_date_lines_are_punctuated_the_way_each_language_writes_them() {
    let d = amina();
    let html = text(&d, &request(&d, "ar", Lang::Fr, SheetFormat::Html));
    assert!(
        html.contains("Date : ____-__-__"),
        "French sets a space before the colon of the lines to date by hand: {html}"
    );
    assert!(
        !html.contains("Date: ____"),
        "and never the English colon: {html}"
    );
    assert!(
        html.contains("التاريخ: ____-__-__"),
        "the Arabic date line keeps its colon after the word: {html}"
    );
}
