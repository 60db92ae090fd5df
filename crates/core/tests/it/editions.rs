//! Editions through the api: a partial translation shows English for what it lacks, says so, and flags a
//! chapter translated from an older English text.

use std::path::{Path, PathBuf};

use avr_core::api::{Api, ApiConfig};
use avr_core::handbook::Handbook;
use avr_core::handbook::editions::content_hash;

use crate::{copy_edition, english};

/// A handbook root holding a copy of the English edition and a French edition of one chapter (`scope`), written
/// from the English file: title translated, `translated_from` set to `from` (the English hash when `None`), and
/// the section `drop` left out.
pub(crate) fn partial_french(root: &Path, from: Option<&str>, drop: &str) -> PathBuf {
    copy_edition(root);
    let en_file = english().join("01-scope.md");
    let en = std::fs::read_to_string(&en_file).expect("the English scope chapter is readable");
    let hash = from.map_or_else(|| content_hash(en.as_bytes()), str::to_owned);
    let mut fr = String::new();
    let mut skipping = false;
    for line in en.lines() {
        if line.starts_with("## ") || line.starts_with("### ") {
            skipping = line.contains(&format!("{{#{drop}}}"));
        }
        if skipping {
            continue;
        }
        if line.starts_with("title = ") {
            fr.push_str("title = \"Portée de ce manuel\"\n");
        } else if line.starts_with("sources = ") {
            fr.push_str(line);
            fr.push_str(&format!("\ntranslated_from = \"{hash}\"\n"));
        } else {
            fr.push_str(line);
            fr.push('\n');
        }
    }
    let dir = root.join("fr");
    std::fs::create_dir_all(&dir).expect("a temp folder can be created");
    std::fs::write(dir.join("01-scope.md"), fr).expect("a temp file can be written");
    dir
}

fn open(root: &Path, data: &Path) -> Api {
    Api::open(ApiConfig {
        handbook_dir: root.to_path_buf(),
        data_dir: data.to_path_buf(),
    })
    .expect("the temp handbook opens")
}

/// The id and title of the second `##` section of the English scope chapter (the first is the key points).
fn a_section_of_scope() -> (String, String) {
    let en = Handbook::load(&english()).expect("the English edition loads");
    let scope = en.chapter("scope").expect("English has a scope chapter");
    scope
        .outline
        .sections
        .iter()
        .filter(|s| s.level == 2)
        .nth(1)
        .map(|s| (s.id.clone(), s.title.clone()))
        .expect("the scope chapter has at least two sections")
}

#[test]
fn a_partial_edition_shows_english_for_what_it_lacks_and_says_so() {
    let tmp = tempfile::tempdir().expect("a temp folder");
    let (dropped, dropped_title) = a_section_of_scope();
    partial_french(&tmp.path().join("hb"), None, &dropped);
    let api = open(&tmp.path().join("hb"), &tmp.path().join("data"));

    let en_toc = api.toc("en").expect("English toc");
    let fr_toc = api.toc("fr").expect("French toc");
    let ids = |t: &avr_core::api::Toc| t.chapters.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&fr_toc),
        ids(&en_toc),
        "the French toc has every English chapter, in English order"
    );
    let scope = &fr_toc.chapters[0];
    assert_eq!(
        (scope.lang.as_str(), scope.fallback, scope.stale),
        ("fr", false, false),
        "scope is translated, from the current English text"
    );
    assert_eq!(
        scope.title, "Portée de ce manuel",
        "the translated title is shown"
    );
    let marked: Vec<&str> = scope
        .sections
        .iter()
        .filter(|s| s.fallback)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        marked,
        [dropped.as_str()],
        "only the dropped section is shown in English, and marked"
    );
    assert!(
        fr_toc.chapters[1..].iter().all(|c| c.fallback && c.lang == "en"),
        "every other chapter is English, marked as a fallback"
    );

    let view = api.chapter("fr", "scope").expect("French scope chapter");
    assert!(
        view.html.contains(&dropped_title),
        "the missing section is in the page, under its English heading"
    );
    let other = api
        .chapter("fr", &en_toc.chapters[1].id)
        .expect("an untranslated chapter");
    assert!(
        other.fallback && other.lang == "en",
        "an untranslated chapter is English, marked"
    );
    assert_eq!(
        other.prev.map(|p| p.title),
        Some("Portée de ce manuel".to_owned()),
        "neighbours are named as the edition shows them"
    );
    api.add_bookmark("fr", &other.id, "")
        .expect("an English fallback chapter can be bookmarked in the French edition");
}

#[test]
fn a_translation_of_an_older_english_text_is_flagged_stale() {
    let tmp = tempfile::tempdir().expect("a temp folder");
    partial_french(
        &tmp.path().join("hb"),
        Some("0123456789abcdef"),
        "no-such-section",
    );
    let api = open(&tmp.path().join("hb"), &tmp.path().join("data"));
    let view = api.chapter("fr", "scope").expect("French scope chapter");
    assert!(
        view.stale,
        "translated_from names another English text than the current one"
    );
    assert!(!view.fallback, "a stale chapter is still the translation");
    assert!(
        api.toc("fr").expect("French toc").chapters[0].stale,
        "the toc carries the flag too, for the chapter list"
    );
}

mod checking {
    use avr_core::handbook::{Diagnostic, DiagnosticKind, check_dir, check_editions};

    use super::partial_french;
    use crate::handbook_root;

    fn listed(diags: &[Diagnostic]) -> String {
        diags
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_english_edition_and_the_real_term_base_pass_the_check() {
        let report = check_editions(&handbook_root(), Some("en")).expect("the real handbook loads");
        assert!(
            report.terms.is_empty(),
            "terms.toml keeps its own contract (unique ids, four languages, no avoid string inside a rendering):\n{}",
            listed(&report.terms)
        );
        let (en, diags) = &report.editions[0];
        assert_eq!(en.lang, "en", "only the edition asked for is checked");
        assert!(
            diags.iter().all(Diagnostic::is_warning),
            "English passes every rule it passed before editions existed:\n{}",
            listed(diags)
        );
    }

    #[test]
    fn every_real_translation_is_checked_against_english() {
        let report = check_editions(&handbook_root(), None).expect("the real handbook loads");
        let langs: Vec<&str> = report.editions.iter().map(|(h, _)| h.lang.as_str()).collect();
        assert_eq!(
            langs.first(),
            Some(&"en"),
            "English comes first: it is the reference"
        );
        for (hb, diags) in &report.editions[1..] {
            assert!(
                diags
                    .iter()
                    .all(|d| d.kind != DiagnosticKind::Drift || d.file.contains(&format!("/{}/", hb.lang))),
                "a translation's drift is reported in the translation's own files"
            );
        }
    }

    /// A French copy of the scope chapter with one change made to it.
    fn french_with(edit: impl Fn(String) -> String) -> (tempfile::TempDir, Vec<Diagnostic>) {
        let tmp = tempfile::tempdir().expect("a temp folder");
        let root = tmp.path().join("hb");
        let dir = partial_french(&root, None, "no-such-section");
        let file = dir.join("01-scope.md");
        let text = std::fs::read_to_string(&file).expect("the French chapter was written");
        std::fs::write(&file, edit(text)).expect("the French chapter can be rewritten");
        let (_, diags) = check_dir(&dir).expect("the temp editions load");
        (tmp, diags)
    }

    fn line_of(text: &str, needle: &str) -> usize {
        text.lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .expect("the needle is in the text")
    }

    #[test]
    fn a_faithful_translation_has_no_drift() {
        let (_tmp, diags) = french_with(|t| t);
        assert!(
            !diags
                .iter()
                .any(|d| matches!(d.kind, DiagnosticKind::Drift | DiagnosticKind::Stale)),
            "the English text with a translated title keeps English's structure:\n{}",
            listed(&diags)
        );
    }

    #[test]
    fn a_dropped_section_is_drift_at_the_section_before_it() {
        let tmp = tempfile::tempdir().expect("a temp folder");
        let root = tmp.path().join("hb");
        let dir = partial_french(&root, None, "how-to-use");
        let (_, diags) = check_dir(&dir).expect("the temp editions load");
        let drift: Vec<&Diagnostic> = diags
            .iter()
            .filter(|d| d.kind == DiagnosticKind::Drift && d.message.contains("`how-to-use`"))
            .collect();
        assert_eq!(
            drift.len(),
            1,
            "one error names the missing section:\n{}",
            listed(&diags)
        );
        assert!(
            drift[0].file.ends_with("fr/01-scope.md") && drift[0].line > 1,
            "located in the translation"
        );
    }

    #[test]
    fn missing_translated_from_footnote_key_sources_and_checklist_changes_are_each_drift() {
        let (_t, diags) = french_with(|t| {
            t.lines()
                .filter(|l| !l.starts_with("translated_from"))
                .collect::<Vec<_>>()
                .join("\n")
        });
        assert!(
            diags.iter().any(|d| d.kind == DiagnosticKind::Drift
                && d.message.contains("translated_from")
                && d.line == 1),
            "a translation must say what it translates:\n{}",
            listed(&diags)
        );

        let (_t, diags) = french_with(|t| t.replacen("]: C1", "]: C2", 1));
        assert!(
            diags
                .iter()
                .any(|d| d.kind == DiagnosticKind::Drift && d.message.contains("English cites")),
            "a footnote citing another key than English's is drift:\n{}",
            listed(&diags)
        );

        let (_t, diags) = french_with(|t| t.replacen("sources = [\"", "sources = [\"C99\", \"", 1));
        let text = std::fs::read_to_string(crate::english().join("01-scope.md")).expect("English scope");
        let sources_line = line_of(&text, "sources = ");
        assert!(
            diags.iter().any(|d| d.kind == DiagnosticKind::Drift
                && d.message.contains("C99")
                && d.line == sources_line),
            "an extra source key is drift at the `sources` line:\n{}",
            listed(&diags)
        );

        let (_t, diags) = french_with(|t| {
            t.replacen(
                "## Key points {#key-points}\n",
                "## Key points {#key-points}\n\n- [ ] An extra task\n",
                1,
            )
        });
        assert!(
            diags
                .iter()
                .any(|d| d.kind == DiagnosticKind::Drift && d.message.contains("checklist items")),
            "a checklist item more than English is drift:\n{}",
            listed(&diags)
        );
    }

    #[test]
    fn a_stale_translation_is_a_warning_not_an_error() {
        let (_t, diags) = french_with(|t| {
            let start = t.find("translated_from = \"").expect("set by partial_french") + 19;
            format!("{}0000000000000000{}", &t[..start], &t[start + 16..])
        });
        let stale: Vec<&Diagnostic> = diags.iter().filter(|d| d.kind == DiagnosticKind::Stale).collect();
        assert_eq!(
            stale.len(),
            1,
            "one warning for the one stale chapter:\n{}",
            listed(&diags)
        );
        assert!(
            stale[0].is_warning() && stale[0].to_string().contains("warning:"),
            "printed as a warning"
        );
    }
}

mod term_base {
    use avr_core::handbook::terms::TermBase;
    use avr_core::handbook::{Diagnostic, DiagnosticKind, check_dir};

    use super::partial_french;

    const TERMS: &str = r#"
[[term]]
id = "best-interests"
en = "best interests of the child"
fr = "intérêt supérieur de l'enfant"
es = "interés superior del niño"
ar = "مصالح الطفل الفضلى"
avoid = { fr = ["meilleur intérêt de l'enfant"], ar = ["المصلحة الفضلى"] }
sources = []
"#;

    fn problems(terms: &str) -> Vec<Diagnostic> {
        TermBase::parse("terms.toml", terms.to_owned()).map_or_else(|d| vec![d], |t| t.validate())
    }

    #[test]
    fn a_sound_term_base_has_no_problem() {
        assert!(
            problems(TERMS).is_empty(),
            "one term, four renderings, avoid strings outside them"
        );
    }

    #[test]
    fn duplicate_ids_missing_languages_and_self_refusing_avoid_strings_are_reported_at_their_line() {
        let twice = format!("{TERMS}{TERMS}");
        let p = problems(&twice);
        assert!(
            p.iter().any(|d| d.message.contains("used twice") && d.line == 12),
            "the second `best-interests` is named at its id line (12): {p:?}"
        );
        let no_ar = TERMS.replace("ar = \"مصالح الطفل الفضلى\"\n", "");
        assert!(
            problems(&no_ar)
                .iter()
                .any(|d| d.message.contains("malformed") || d.message.contains("`ar`")),
            "a term without Arabic is refused"
        );
        let inside = TERMS.replace("[\"المصلحة الفضلى\"]", "[\"مصالح الطفل\"]");
        let p = problems(&inside);
        assert!(
            p.iter()
                .any(|d| d.message.contains("inside the `ar` rendering") && d.line == 8),
            "an avoid string inside a rendering would refuse the rendering itself: {p:?}"
        );
    }

    fn french_chapter_saying(text: &str, terms: &str) -> (tempfile::TempDir, Vec<Diagnostic>, String) {
        let tmp = tempfile::tempdir().expect("a temp folder");
        let root = tmp.path().join("hb");
        let dir = partial_french(&root, None, "no-such-section");
        std::fs::write(root.join("terms.toml"), terms).expect("the temp term base can be written");
        let file = dir.join("01-scope.md");
        let mut chapter = std::fs::read_to_string(&file).expect("the French chapter was written");
        chapter.push_str(text);
        std::fs::write(&file, &chapter).expect("the French chapter can be rewritten");
        let (_, diags) = check_dir(&dir).expect("the temp editions load");
        (tmp, diags, chapter)
    }

    #[test]
    fn an_avoided_rendering_is_an_error_at_its_line_and_column_naming_the_term_to_use() {
        let (_t, diags, chapter) =
            french_chapter_saying("\nDans le Meilleur\nintérêt de l’enfant, toujours.\n", TERMS);
        let line = chapter
            .lines()
            .position(|l| l.starts_with("Dans le Meilleur"))
            .expect("appended")
            + 1;
        let found: Vec<&Diagnostic> = diags.iter().filter(|d| d.kind == DiagnosticKind::Term).collect();
        assert_eq!(
            found.len(),
            1,
            "case, a line break and a typographic apostrophe do not hide it: {found:?}"
        );
        assert_eq!(
            (found[0].line, found[0].col),
            (line, 9),
            "at `Meilleur`, the 9th character of its line"
        );
        assert!(
            found[0].message.contains("best-interests")
                && found[0].message.contains("intérêt supérieur de l'enfant"),
            "names the term and the rendering to use: {}",
            found[0].message
        );
    }

    #[test]
    fn footnote_definitions_and_other_languages_avoid_lists_are_not_checked() {
        let (_t, diags, _) = french_chapter_saying(
            "\nVoir la note.[^q]\n\n[^q]: C1 — « meilleur intérêt de l'enfant », titre cité tel quel.\n\nالمصلحة الفضلى\n",
            TERMS,
        );
        assert!(
            !diags.iter().any(|d| d.kind == DiagnosticKind::Term),
            "a footnote cites titles in their own words, and the Arabic avoid list is not the French edition's: {diags:?}"
        );
    }

    #[test]
    fn arabic_is_compared_without_harakat_or_tatweel() {
        let tmp = tempfile::tempdir().expect("a temp folder");
        let root = tmp.path().join("hb");
        let fr = partial_french(&root, None, "no-such-section");
        let ar = root.join("ar");
        std::fs::rename(&fr, &ar).expect("the French folder becomes an Arabic one");
        std::fs::write(root.join("terms.toml"), TERMS).expect("the temp term base can be written");
        let file = ar.join("01-scope.md");
        let mut chapter = std::fs::read_to_string(&file).expect("the chapter was written");
        chapter.push_str("\nفي الْمَصْلَحَـةِ الفُضْلى\n");
        std::fs::write(&file, &chapter).expect("the chapter can be rewritten");
        let (_, diags) = check_dir(&ar).expect("the temp editions load");
        assert!(
            diags
                .iter()
                .any(|d| d.kind == DiagnosticKind::Term && d.message.contains("مصالح الطفل الفضلى")),
            "vowelled and stretched, it is still the avoided rendering: {diags:?}"
        );
    }
}
