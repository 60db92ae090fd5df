use super::super::list::{fts_query, like_pattern, list_sql};
use super::super::model::{CaseFilter, CaseSort};
use super::*;
use rusqlite::params_from_iter;

/// The plan of each list query of the dashboard and the benchmark: `EXPLAIN QUERY PLAN` must show an index
/// read in the page's order (no sort of every matching case) and no scan of the whole case table.
#[test]
fn each_list_page_reads_an_index_in_page_order() -> Result<()> {
    let dir = tempfile::tempdir().map_err(|e| CaseError::io(std::path::Path::new("tempdir"), e))?;
    let store = CaseStore::create_unencrypted(dir.path(), 0, super::super::StoreOptions::default())?;
    let mut checked = 0;
    for status in [Some(CaseStatus::Open), None] {
        for stage in [Some("intake".to_owned()), None] {
            for flags in [vec![], vec!["uasc".to_owned()]] {
                for sort in [CaseSort::UpdatedDesc, CaseSort::DueAsc] {
                    if flags.len() == 1 && status.is_some() != stage.is_some() {
                        continue; // Sorted from the flag's cases only (a few thousand at most).
                    }
                    let filter = CaseFilter {
                        status,
                        stage: stage.clone(),
                        flags: flags.clone(),
                        sort,
                        limit: 50,
                        ..CaseFilter::default()
                    };
                    let (sql, args) = list_sql(&filter)?;
                    let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
                    let plan: Vec<String> = stmt
                        .query_map(params_from_iter(args), |r| r.get::<_, String>(3))?
                        .collect::<rusqlite::Result<_>>()?;
                    let plan = plan.join("; ");
                    assert!(!plan.contains("TEMP B-TREE"), "{filter:?} sorts: {plan}");
                    assert!(plan.contains("USING"), "{filter:?} reads no index: {plan}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 12);
    Ok(())
}

/// The list columns and the flag rows' copies, written by the store since migration 4, match what the
/// rows say after every kind of change (what the triggers of migration 3 kept up to date).
#[test]
fn the_case_list_shows_the_household_and_flags_after_every_change() -> Result<()> {
    let dir = tempfile::tempdir().map_err(|e| CaseError::io(std::path::Path::new("tempdir"), e))?;
    let store = CaseStore::create_unencrypted(dir.path(), 0, super::super::StoreOptions::default())?;
    let now = 1_773_133_200_000;
    let person = |given: &str, family: &str| NewPerson {
        given_names: given.into(),
        family_name: family.into(),
        relationship: "principal".into(),
        ..NewPerson::default()
    };
    let case = store.create_case(
        &NewCase {
            workflow_id: "avr-standard".into(),
            workflow_version: 1,
            handbook_version: "test".into(),
            stage: "intake".into(),
            persons: vec![person("Awa", "Sow"), person("Issa", "")],
            flags: vec!["uasc".into(), "medical".into()],
            due_on: Some("2026-04-01".into()),
            ..NewCase::default()
        },
        now,
    )?;
    assert_eq!(
        (case.display_name.as_str(), case.persons, case.flags.clone()),
        ("Awa Sow", 2, vec!["medical".to_owned(), "uasc".to_owned()])
    );
    let copies_match = |store: &CaseStore| -> Result<bool> {
        Ok(store.conn.query_row(
            "SELECT count(*) = 0 FROM case_flag g JOIN case_file c ON c.id = g.case_id
             WHERE (g.status, g.stage, g.updated_at) IS NOT (c.status, c.stage, c.updated_at)
                OR g.due_on IS NOT c.due_on",
            [],
            |r| r.get(0),
        )?)
    };
    assert!(copies_match(&store)?);
    store.add_person(case.id, &person("Moussa", "Bah"), now + 1)?;
    let principal = store.persons(case.id)?[0].id;
    store.update_person(principal, &person("Awa", "Diallo"), now + 2)?;
    store.save_answer(case.id, "intake.language", &serde_json::json!("fr"), now + 3)?;
    assert!(copies_match(&store)?);
    let changed = store.update_case(
        case.id,
        &CaseChanges {
            stage: Some("travel".into()),
            flags: Some(vec!["trafficking".into(), "family-tracing".into()]),
            due_on: Some(String::new()),
        },
        now + 4,
    )?;
    assert_eq!(
        (changed.display_name.as_str(), changed.persons, changed.flags),
        (
            "Awa Diallo",
            3,
            vec!["family-tracing".to_owned(), "trafficking".to_owned()]
        )
    );
    assert!(copies_match(&store)?);
    store.close_case(case.id, now + 5)?;
    assert!(copies_match(&store)?);
    let closed = CaseFilter {
        status: Some(CaseStatus::Closed),
        stage: Some("travel".into()),
        flags: vec!["trafficking".into()],
        ..CaseFilter::default()
    };
    assert_eq!(store.list_cases(&closed)?.len(), 1);
    store.purge_closed(0, now + 6)?;
    let purged = store.case_summary(case.id)?;
    assert_eq!(
        (purged.display_name.as_str(), purged.persons, purged.flags.len()),
        ("", 0, 0)
    );
    Ok(())
}

#[test]
fn search_text_is_quoted_so_it_is_never_fts_syntax() {
    assert_eq!(fts_query("Moh \"al-"), Some("\"Moh\"* \"\"\"al-\"*".to_owned()));
    assert_eq!(fts_query("' ; --"), None);
    assert_eq!(like_pattern("50%_a\\"), "%50\\%\\_a\\\\%");
}
