use std::time::Instant;

use avr_core::ErrorCode;
use avr_core::api::{Api, ApiConfig};

use crate::handbook_root;

fn open(data: &std::path::Path) -> Api {
    Api::open(ApiConfig {
        handbook_dir: handbook_root(),
        data_dir: data.to_path_buf(),
        started: Instant::now(),
    })
    .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn bookmarks_and_the_reading_position_survive_a_restart() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let api = open(tmp.path());
    api.add_bookmark("en", "children", "best-interests")
        .unwrap_or_else(|e| panic!("{e}"));
    api.record_visit("en", "asylum", "referral")
        .unwrap_or_else(|e| panic!("{e}"));
    drop(api);
    let state = open(tmp.path())
        .reading_state("en")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(state.bookmarks.len(), 1);
    assert!(
        state.bookmarks[0].title.contains('›'),
        "a section bookmark names chapter and section"
    );
    assert_eq!(state.last, Some(("asylum".into(), "referral".into())));
    assert_eq!(state.recent[0].id, "asylum");
}

#[test]
fn a_missing_chapter_or_section_is_not_found_not_a_crash() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let api = open(tmp.path());
    assert_eq!(
        api.chapter("en", "no-such").err().map(|e| e.code()),
        Some(ErrorCode::NotFound)
    );
    assert_eq!(
        api.add_bookmark("en", "asylum", "no-such")
            .err()
            .map(|e| e.code()),
        Some(ErrorCode::NotFound)
    );
}

#[test]
fn chapters_link_to_their_neighbours_and_every_internal_link_resolves() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let api = open(tmp.path());
    let toc = api.toc("en").unwrap_or_else(|e| panic!("{e}"));
    for (i, c) in toc.chapters.iter().enumerate() {
        let view = api.chapter("en", &c.id).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            view.prev.map(|p| p.id),
            i.checked_sub(1).map(|j| toc.chapters[j].id.clone())
        );
        for href in view
            .html
            .split("href=\"#/read/")
            .skip(1)
            .map(|s| &s[..s.find('"').unwrap_or(0)])
        {
            let (chapter, anchor) = href.split_once('/').unwrap_or((href, ""));
            let target = api
                .chapter("en", chapter)
                .unwrap_or_else(|e| panic!("{} links to {href}: {e}", c.id));
            assert!(
                anchor.is_empty() || target.html.contains(&format!("id=\"hb-{anchor}\"")),
                "{} links to {href}, which has no such anchor",
                c.id
            );
        }
    }
}

#[test]
fn the_search_index_lives_in_the_data_folder_and_is_reused() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let api = open(tmp.path());
    assert!(!api.search_status().ready);
    let res = api.search(&avr_core::api::SearchRequest {
        query: "guardian".into(),
        ..Default::default()
    });
    assert!(!res.unwrap_or_else(|e| panic!("{e}")).hits.is_empty());
    assert!(api.search_status().ready);
    assert!(tmp.path().join("search-index").is_dir());
}
