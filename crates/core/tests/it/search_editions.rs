//! Search per edition: each edition in its own words and analyzer, English standing in for what an edition lacks,
//! and queries that cross languages through the term base.

use avr_core::api::{SearchHit, SearchRequest};
use avr_core::handbook::Handbook;
use avr_core::search::SearchIndex;

use crate::editions::partial_french;
use crate::handbook_root;

/// Every edition of the real handbook, indexed in memory.
fn real_editions() -> (Vec<Handbook>, SearchIndex) {
    let root = handbook_root();
    let editions: Vec<Handbook> = Handbook::languages(&root)
        .into_iter()
        .map(|l| Handbook::load(&root.join(l)).expect("every real edition loads"))
        .collect();
    let refs: Vec<&Handbook> = editions.iter().collect();
    let si = SearchIndex::build(&refs, None, &mut |_| {}).expect("the real editions index");
    (editions, si)
}

fn hits(si: &SearchIndex, lang: &str, query: &str) -> Vec<SearchHit> {
    si.search(&SearchRequest {
        query: query.into(),
        lang: Some(lang.into()),
        limit: Some(5),
        prefix: Some(false),
        ..Default::default()
    })
    .expect("search runs")
    .hits
}

#[test]
fn the_unaccompanied_child_is_found_in_each_edition_in_the_words_people_type() {
    let (editions, si) = real_editions();
    let has = |lang: &str| {
        editions
            .iter()
            .any(|h| h.lang == lang && h.chapter("children").is_some())
    };
    // The national-law and UN variants the term base notes, not the editions' own rendering.
    for (lang, query) in [
        ("fr", "mineur non accompagné"),
        ("es", "menor no acompañado"),
        ("ar", "قاصر غير مصحوب"),
    ] {
        let found = hits(&si, lang, query);
        let first = found
            .first()
            .unwrap_or_else(|| panic!("{query:?} finds something in {lang}"));
        assert_eq!(
            first.chapter_id, "children",
            "{query:?} in {lang}: the children chapter comes first"
        );
        let expected_lang = if has(lang) { lang } else { "en" };
        assert_eq!(
            first.lang, expected_lang,
            "{query:?}: the edition's own section when it has the chapter, else English's"
        );
        assert_eq!(
            first.fallback,
            expected_lang != lang,
            "a fallback is marked as such"
        );
    }
}

#[test]
fn arabic_vowel_marks_tatweel_and_spelling_variants_do_not_change_the_results() {
    let (editions, si) = real_editions();
    if !editions.iter().any(|h| h.lang == "ar") {
        return; // No Arabic edition in this checkout: nothing to compare.
    }
    let plain = hits(&si, "ar", "الطفل غير المصحوب");
    let marked = hits(&si, "ar", "الطِّفْل غَيْر المَصْحُـوب");
    let keys = |h: &[SearchHit]| {
        h.iter()
            .map(|h| format!("{}#{}", h.chapter_id, h.section_id))
            .collect::<Vec<_>>()
    };
    assert!(!plain.is_empty(), "the Arabic edition's own words are found");
    assert_eq!(
        keys(&marked),
        keys(&plain),
        "harakat and tatweel are spelling, not words"
    );
}

#[test]
fn a_partial_edition_answers_with_english_sections_marked_and_crosses_languages_by_the_term_base() {
    let tmp = tempfile::tempdir().expect("a temp folder");
    let root = tmp.path().join("hb");
    partial_french(&root, None, "no-such-section");
    std::fs::copy(handbook_root().join("terms.toml"), root.join("terms.toml"))
        .expect("the real term base is copied beside the temp editions");
    let en = Handbook::load(&root.join("en")).expect("English loads");
    let fr = Handbook::load(&root.join("fr")).expect("the one-chapter French edition loads");
    let si = SearchIndex::build(&[&en, &fr], None, &mut |_| {}).expect("both editions index");

    // French has no stowaways chapter: its English one stands in, reached through the term base's French
    // rendering ("passager clandestin" is not a word of the English text).
    let found = hits(&si, "fr", "passagers clandestins");
    let first = found.first().expect("the French words find the English chapter");
    assert_eq!(first.chapter_id, "stowaways", "the stowaways chapter answers");
    assert!(
        first.fallback && first.lang == "en",
        "and it is marked as English standing in"
    );

    // The same words in the English edition: the term base crosses the other way too.
    let found = hits(&si, "en", "passagers clandestins");
    assert_eq!(
        found.first().map(|h| h.chapter_id.as_str()),
        Some("stowaways"),
        "a French rendering typed in the English edition finds the English term's sections"
    );
    assert!(
        found.iter().all(|h| !h.fallback),
        "the English edition has no fallback sections"
    );

    // The translated chapter is searched in French, as French.
    let found = hits(&si, "fr", "portée");
    assert!(
        found
            .iter()
            .any(|h| h.chapter_id == "scope" && h.lang == "fr" && !h.fallback),
        "the translated title's word finds the French chapter: {found:?}"
    );
}

#[test]
fn a_language_without_an_edition_is_searched_in_english() {
    let tmp = tempfile::tempdir().expect("a temp folder");
    let en = Handbook::load(&crate::english()).expect("English loads");
    let si = SearchIndex::open_or_build(tmp.path(), &[&en], &mut |_| {}).expect("English indexes");
    let found = hits(&si, "de", "stowaway");
    assert_eq!(
        found.first().map(|h| h.chapter_id.as_str()),
        Some("stowaways"),
        "no German edition: the request falls back to English rather than finding nothing"
    );
}
