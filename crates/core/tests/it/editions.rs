//! Editions through the api: a partial translation shows English for what it lacks, says so, and flags a
//! chapter translated from an older English text.

use std::path::{Path, PathBuf};
use std::time::Instant;

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
        started: Instant::now(),
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
