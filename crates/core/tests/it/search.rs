use avr_core::api::SearchRequest;
use avr_core::handbook::Handbook;
use avr_core::search::SearchIndex;
use avr_core::search::eval;

use crate::english;

fn index_in(dir: &std::path::Path) -> (Handbook, SearchIndex) {
    let hb = Handbook::load(&english()).unwrap_or_else(|e| panic!("{e}"));
    let si = SearchIndex::open_or_build(dir, &[&hb], &mut |_| {}).unwrap_or_else(|e| panic!("{e}"));
    (hb, si)
}

fn first_keys(si: &SearchIndex, query: &str, n: usize) -> Vec<String> {
    let req = SearchRequest {
        query: query.into(),
        limit: Some(n as u32),
        prefix: Some(false),
        ..Default::default()
    };
    si.search_keys(&req).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_typo_still_finds_the_right_section_first() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (_, si) = index_in(tmp.path());
    for (typo, want) in [
        ("hypotermia", "immediate-assistance#hypothermia"),
        ("non refoulment", "asylum#non-refoulement"),
        ("stowawy asylum", "stowaways#stowaway-asylum-seekers"),
    ] {
        assert_eq!(first_keys(&si, typo, 1), [want], "query {typo:?}");
    }
}

#[test]
fn every_spelling_of_non_refoulement_finds_the_same_section() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (_, si) = index_in(tmp.path());
    for q in [
        "non-refoulement",
        "non refoulement",
        "nonrefoulement",
        "Non-Refoulement",
    ] {
        assert_eq!(first_keys(&si, q, 1), ["asylum#non-refoulement"], "query {q:?}");
    }
}

#[test]
fn an_acronym_finds_its_topic_and_the_literal_acronym_ranks_first() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (hb, si) = index_in(tmp.path());
    let top = first_keys(&si, "UASC", 3);
    let (chapter, section) = top[0].split_once('#').unwrap_or((&top[0], ""));
    let text = &hb
        .chapter(chapter)
        .and_then(|c| c.section(section))
        .unwrap_or_else(|| panic!("{top:?}"))
        .text;
    assert!(
        text.contains("UASC"),
        "the section that names UASC comes first, got {top:?}"
    );
    assert!(
        first_keys(&si, "PFA", 3)
            .iter()
            .any(|k| k == "immediate-assistance#psychological-first-aid"),
        "an acronym written nowhere but the glossary still finds its topic through the expansion"
    );
}

#[test]
fn a_quoted_phrase_matches_only_sections_with_that_phrase() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (hb, si) = index_in(tmp.path());
    let keys = first_keys(&si, "\"place of safety\"", 10);
    assert!(!keys.is_empty());
    assert_eq!(keys[0], "rescue-law#place-of-safety");
    for k in keys {
        let (c, s) = k.split_once('#').unwrap_or((&k, ""));
        let sec = hb
            .chapter(c)
            .and_then(|ch| ch.section(s))
            .unwrap_or_else(|| panic!("{k}"));
        let all = format!("{} {}", sec.title, sec.text).to_lowercase();
        assert!(all.contains("place of safety"), "{k} does not contain the phrase");
    }
}

#[test]
fn the_last_word_matches_as_a_prefix_while_typing() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (_, si) = index_in(tmp.path());
    let req = SearchRequest {
        query: "stowa".into(),
        limit: Some(3),
        ..Default::default()
    };
    let keys = si.search_keys(&req).unwrap_or_else(|e| panic!("{e}"));
    assert!(keys.iter().all(|k| k.starts_with("stowaways")), "{keys:?}");
}

#[test]
fn a_word_still_being_typed_is_completed_not_corrected() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (_, si) = index_in(tmp.path());
    // Before and after the background warm-up, which moves completion onto the vocabulary table.
    for warmed in [false, true] {
        if warmed {
            si.warm();
        }
        let res = si
            .search(&SearchRequest {
                query: "traff".into(),
                limit: Some(3),
                prefix: Some(true),
                ..Default::default()
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(res.did_you_mean, None, "warmed: {warmed}");
        let first = res.hits.first().map(|h| h.chapter_id.as_str());
        assert_eq!(first, Some("trafficking"), "warmed: {warmed}");
    }
}

#[test]
fn the_background_warm_up_changes_no_result_only_its_speed() {
    // Warming moves term look-ups, postings, stems and completions into memory. Every labelled query, submitted
    // and as typed, must come back the same: same sections, same scores, snippets, corrections and highlights.
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (hb, cold) = index_in(tmp.path());
    let warm =
        SearchIndex::open(&tmp.path().join(cold_key(tmp.path())), &[&hb]).unwrap_or_else(|e| panic!("{e}"));
    warm.warm();
    let queries = eval::load_queries(&crate::handbook_root().join("search-eval/en.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(queries.len() >= 60);
    for q in &queries {
        for prefix in [false, true] {
            let req = SearchRequest {
                query: q.text.clone(),
                limit: Some(10),
                prefix: Some(prefix),
                ..Default::default()
            };
            let a = cold.search(&req).unwrap_or_else(|e| panic!("{e}"));
            let b = warm.search(&req).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(a, b, "{:?} (as typed: {prefix})", q.text);
        }
    }
}

/// The one index folder `open_or_build` made under `root`.
fn cold_key(root: &std::path::Path) -> std::ffi::OsString {
    let mut dirs = std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
        .map(|e| e.file_name());
    dirs.next()
        .unwrap_or_else(|| panic!("no index under {}", root.display()))
}

#[test]
fn filters_narrow_results_to_a_chapter_or_a_tag() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (hb, si) = index_in(tmp.path());
    let req = |chapter: Option<&str>, tag: Option<&str>| SearchRequest {
        query: "child".into(),
        chapter: chapter.map(Into::into),
        tag: tag.map(Into::into),
        limit: Some(50),
        ..Default::default()
    };
    let in_chapter = si
        .search_keys(&req(Some("trafficking"), None))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        !in_chapter.is_empty() && in_chapter.iter().all(|k| k.starts_with("trafficking")),
        "{in_chapter:?}"
    );
    let tag = hb
        .chapter("children")
        .map(|c| c.meta.tags[0].clone())
        .unwrap_or_default();
    let tagged = si
        .search_keys(&req(None, Some(&tag)))
        .unwrap_or_else(|e| panic!("{e}"));
    for k in &tagged {
        let c = k.split('#').next().unwrap_or_default();
        assert!(
            hb.chapter(c).is_some_and(|ch| ch.meta.tags.contains(&tag)),
            "{k} lacks tag {tag}"
        );
    }
}

#[test]
fn snippets_are_escaped_html_with_only_the_matches_marked() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (_, si) = index_in(tmp.path());
    let res = si
        .search(&SearchRequest {
            query: "nonrefoulement".into(),
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let snippet = &res.hits[0].snippet_html;
    assert!(snippet.contains("<b>"), "{snippet}");
    let without_marks = snippet.replace("<b>", "").replace("</b>", "");
    assert!(
        !without_marks.contains('<') && !without_marks.contains('>'),
        "only <b> tags: {snippet}"
    );
    assert!(!res.highlight.is_empty(), "the reader gets terms to highlight");
}

#[test]
fn no_dead_ends_nothing_found_offers_a_correction_and_the_closest_chapters() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (_, si) = index_in(tmp.path());
    let res = si
        .search(&SearchRequest {
            query: "zzqxv".into(),
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(res.hits.is_empty());
    assert!(!res.closest_chapters.is_empty(), "closest chapters are offered");
    let res = si
        .search(&SearchRequest {
            query: "reintegraton".into(),
            prefix: Some(false),
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.did_you_mean.as_deref(), Some("reintegration"));
}

#[test]
fn a_corrupt_index_is_rebuilt_and_search_keeps_working() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (hb, si) = index_in(tmp.path());
    drop(si);
    // Every file of every edition's index (one folder per language under the key's folder) is overwritten.
    fn damage(dir: &std::path::Path) {
        for f in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")).flatten() {
            if f.path().is_dir() {
                damage(&f.path());
            } else {
                std::fs::write(f.path(), b"garbage").unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
    damage(tmp.path());
    let si = SearchIndex::open_or_build(tmp.path(), &[&hb], &mut |_| {})
        .unwrap_or_else(|e| panic!("rebuilt: {e}"));
    assert_eq!(first_keys(&si, "stowaway", 1).len(), 1);
}

#[test]
fn a_changed_handbook_gets_a_fresh_index_and_the_old_one_is_removed() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let idx = tmp.path().join("index");
    let (_, si) = index_in(&idx);
    drop(si);
    let dir = crate::copy_edition(tmp.path());
    let f = dir.join("13-stowaways.md");
    let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        &f,
        text.replace(
            "## Who counts as a stowaway {#definition}",
            "## Who counts as a stowaway {#definition}\n\nZanzibarite marker.",
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let changed = Handbook::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    let mut progress = Vec::new();
    let si = SearchIndex::open_or_build(&idx, &[&changed], &mut |p| progress.push(p))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        progress
            .last()
            .is_some_and(|p| p.done == p.total && p.total > 100),
        "progress was reported"
    );
    assert_eq!(first_keys(&si, "zanzibarite", 1), ["stowaways#definition"]);
    let dirs = std::fs::read_dir(&idx).unwrap_or_else(|e| panic!("{e}")).count();
    assert_eq!(dirs, 1, "the old edition's index is removed");
}

#[test]
fn every_judged_section_exists_in_the_handbook() {
    // A judgement naming a section that was renamed or removed silently scores as a miss for every engine.
    let hb = Handbook::load(&english()).unwrap_or_else(|e| panic!("{e}"));
    let queries = eval::load_queries(&crate::handbook_root().join("search-eval/en.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    for q in &queries {
        for key in q.relevant.keys() {
            let (chapter, section) = key.split_once('#').unwrap_or((key, ""));
            let found = hb
                .chapter(chapter)
                .is_some_and(|c| section.is_empty() || c.section(section).is_some());
            assert!(
                found,
                "{:?} judges {key}, which the handbook does not have",
                q.text
            );
        }
    }
}

#[test]
fn a_word_people_type_finds_the_word_the_handbook_uses() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (hb, si) = index_in(tmp.path());
    assert!(
        !hb.chapters
            .iter()
            .any(|c| c.source.to_lowercase().contains("coastguard")),
        "the handbook writes 'coast guard', so only the synonym can find it"
    );
    assert!(
        first_keys(&si, "coastguard liaison", 3)
            .iter()
            .any(|k| k == "disembarkation#coast-guard-liaison"),
        "{:?}",
        first_keys(&si, "coastguard liaison", 3)
    );
    let res = si
        .search(&SearchRequest {
            query: "kid".into(),
            prefix: Some(false),
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(res.did_you_mean, None, "a listed synonym is not a typo");
    assert!(
        res.hits.first().is_some_and(|h| h.chapter_id == "children"),
        "{:?}",
        res.hits.first()
    );
}

#[test]
fn every_synonym_leads_to_a_word_the_handbook_uses() {
    let hb = Handbook::load(&english()).unwrap_or_else(|e| panic!("{e}"));
    let problems = avr_core::search::check_synonyms(&hb);
    assert!(problems.is_empty(), "{problems:?}");
    // A copy of the edition with a synonym that leads nowhere.
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = crate::copy_edition(tmp.path());
    std::fs::write(
        tmp.path().join("synonyms.toml"),
        "[en]\nkid = [\"child\"]\nboat = [\"zanzibarite\"]\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let copy = Handbook::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    let problems = avr_core::search::check_synonyms(&copy);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(
        (problems[0].line, problems[0].message.contains("zanzibarite")),
        (3, true),
        "the problem names the word and its line: {problems:?}"
    );
}
