use avr_core::ErrorCode;
use avr_core::api::{Api, ApiConfig};

use crate::handbook_root;

fn open(data: &std::path::Path) -> Api {
    Api::open(ApiConfig {
        handbook_dir: handbook_root(),
        data_dir: data.to_path_buf(),
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

/// Every byte the app writes under its data folder: case database, WAL, SHM, backups, the search index, the
/// reading-state database and any temp file. A person's name and notes must never be readable in any of them.
#[test]
fn no_case_data_is_readable_anywhere_in_the_data_folder() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let api = open(tmp.path());
    api.vault_create(
        "a long enough passphrase",
        &avr_core::api::StaffProfile {
            name: "Staff".into(),
            office: "Quay".into(),
        },
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let marker = "Zqxmarkerwvu";
    let view = api
        .case_create(&avr_core::api::NewCaseRequest {
            given_names: marker.into(),
            family_name: "Haddad".into(),
            other_names: "زقxمرقر".into(),
            disembarked_on: None,
        })
        .unwrap_or_else(|e| panic!("{e}"));
    let id = view.record.summary.id;
    api.case_answer(
        id,
        "fear_own_words",
        &serde_json::json!(format!("{marker} says he fears prison")),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    api.search(&avr_core::api::SearchRequest {
        query: marker.into(),
        ..Default::default()
    })
    .unwrap_or_else(|e| panic!("{e}"));
    api.add_bookmark("en", "asylum", "referral")
        .unwrap_or_else(|e| panic!("{e}"));
    api.backup_now().unwrap_or_else(|e| panic!("{e}"));
    let utf16: Vec<u8> = marker.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let mut scanned = 0;
    let mut stack = vec![tmp.path().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{e}"))
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
            scanned += 1;
            for needle in [marker.as_bytes(), utf16.as_slice()] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle),
                    "{} holds the marker in plain text",
                    path.display()
                );
            }
        }
    }
    assert!(
        scanned >= 6,
        "the scan covered the database, WAL, backups, search index and reading state ({scanned} files)"
    );
    api.vault_lock().unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn the_case_store_locks_after_the_idle_time_wherever_the_user_is() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let api = open(tmp.path());
    let staff = avr_core::api::StaffProfile {
        name: "Amina Diallo".into(),
        office: "Pozzallo".into(),
    };
    api.vault_create("quay-side laptop 42", &staff)
        .unwrap_or_else(|e| panic!("{e}"));
    api.set_lock_after_minutes(5);
    api.touch();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default();
    assert!(
        !api.lock_if_idle(now + 4 * 60_000)
            .unwrap_or_else(|e| panic!("{e}")),
        "four minutes after the last action the store stays open"
    );
    assert!(
        api.vault_status().map(|s| s.unlocked).unwrap_or(false),
        "and is still unlocked"
    );
    assert!(
        api.lock_if_idle(now + 5 * 60_000 + 1)
            .unwrap_or_else(|e| panic!("{e}")),
        "five minutes without any action lock it, whichever screen is open (the core decides, not a screen)"
    );
    assert!(
        !api.vault_status().map(|s| s.unlocked).unwrap_or(true),
        "the key is forgotten"
    );
    assert_eq!(
        api.cases_list(&avr_core::api::CaseFilter::default())
            .err()
            .map(|e| e.code()),
        Some(ErrorCode::Locked),
        "nothing can be read until the passphrase is given again"
    );
}

#[test]
fn the_purge_refuses_a_retention_under_thirty_days() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let api = open(tmp.path());
    let staff = avr_core::api::StaffProfile {
        name: "Amina Diallo".into(),
        office: "Pozzallo".into(),
    };
    api.vault_create("quay-side laptop 42", &staff)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        api.purge_closed(0).err().map(|e| e.code()),
        Some(ErrorCode::Validation),
        "purging cases closed today is refused: a slip must not erase a case"
    );
    assert!(
        api.purge_closed(avr_core::api::MIN_PURGE_DAYS).is_ok(),
        "thirty days and more is a retention"
    );
}

/// A case view's handbook links under every step, read against the `lang` edition of the real handbook: each
/// carries "Chapter › Section" as that edition titles them, never an id.
pub(crate) fn assert_step_links_read_as_titles(view: &avr_core::api::CaseView, lang: &str) {
    let hb = avr_core::handbook::Handbook::load(&handbook_root().join(lang))
        .unwrap_or_else(|e| panic!("the {lang} handbook loads: {e}"));
    let mut seen = 0;
    for step in &view.evaluation.steps {
        for r in &step.refs {
            let key = r.to_string();
            let shown = view
                .ref_titles
                .get(&key)
                .unwrap_or_else(|| panic!("step `{}` links `{key}` with a title", step.id));
            let ch = hb
                .chapter(&r.chapter)
                .unwrap_or_else(|| panic!("the {lang} edition has chapter `{}`", r.chapter));
            let section = ch
                .section(&r.section)
                .unwrap_or_else(|| panic!("chapter `{}` has section `{}`", r.chapter, r.section));
            assert_eq!(
                shown,
                &format!("{} › {}", ch.meta.title, section.title),
                "`{key}` under step `{}` reads as the {lang} edition's chapter and section titles",
                step.id
            );
            assert!(!shown.contains('#'), "never the `chapter#section` id: {shown}");
            seen += 1;
        }
    }
    assert!(
        seen >= 20,
        "the steps of a new case cite the handbook: {seen} links"
    );
}

#[test]
fn a_steps_handbook_links_carry_the_section_titles_of_the_real_handbook() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let api = open(tmp.path());
    let staff = avr_core::cases::StaffProfile {
        name: "Amina Diallo".into(),
        office: "Pozzallo".into(),
    };
    api.vault_create("quay-side laptop 42", &staff)
        .unwrap_or_else(|e| panic!("{e}"));
    let view = api
        .case_create(&avr_core::api::NewCaseRequest {
            given_names: "Yonas".into(),
            family_name: "Tesfaye".into(),
            other_names: String::new(),
            disembarked_on: None,
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        view.ref_titles.get("asylum#referral").map(String::as_str),
        Some("Asylum and non-refoulement › Referral"),
        "the fear-of-return step's link reads as the handbook's titles"
    );
    assert_step_links_read_as_titles(&view, "en");
}
