//! The encrypted case store on real files in temp folders: passphrases, damage, backups, retention, the audit
//! chain, bad input, a plaintext scan of every file, and a writer process killed at random points.
//!
//! Stress the crash test with more trials: `AVR_CRASH_TRIALS=200 cargo test -p avr-core --test it writer_being_killed`.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use avr_core::cases::{
    CaseError, CaseFilter, CaseSort, CaseStatus, CaseStore, ConsentDecision, IntegrityStatus, NewCase,
    NewConsent, NewPerson, StoreOptions,
};
use serde_json::json;

pub(crate) const PASS: &str = "correct horse battery staple";
/// 2026-03-10T09:00:00Z.
pub(crate) const T0: i64 = 1_773_133_200_000;
const DAY: i64 = 86_400_000;

pub(crate) fn ok<T, E: Display>(r: Result<T, E>) -> T {
    r.unwrap_or_else(|e| panic!("{e}"))
}

pub(crate) fn tempdir() -> tempfile::TempDir {
    ok(tempfile::tempdir())
}

pub(crate) fn new_store(dir: &Path) -> CaseStore {
    let store = ok(CaseStore::create(dir, PASS, T0));
    ok(store.set_staff_profile("Test Officer", "Tripoli", T0));
    store
}

pub(crate) fn person(given: &str, family: &str) -> NewPerson {
    NewPerson {
        given_names: given.into(),
        family_name: family.into(),
        relationship: "principal".into(),
        ..NewPerson::default()
    }
}

pub(crate) fn case_of(persons: Vec<NewPerson>) -> NewCase {
    NewCase {
        workflow_id: "avr-standard".into(),
        workflow_version: 3,
        handbook_version: "hb-2026-03".into(),
        stage: "intake".into(),
        persons,
        ..NewCase::default()
    }
}

pub(crate) fn db_file(dir: &Path) -> PathBuf {
    dir.join(avr_core::cases::DB_FILE)
}

/// Every file under `dir` (recursively) with its bytes and modification time.
/// Every file under `dir` with its bytes and modification time, except the count of failed unlocks
/// (`cases.attempts`), which a wrong passphrase writes on purpose.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, Option<SystemTime>)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in ok(std::fs::read_dir(&d)).flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().is_some_and(|n| n == "cases.attempts") {
                continue;
            } else {
                let mtime = entry.metadata().ok().and_then(|m| m.modified().ok());
                out.insert(p.clone(), (ok(std::fs::read(&p)), mtime));
            }
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

fn utf16le(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

/// Open the database with rusqlite directly, as an attacker who knows the passphrase would.
pub(crate) fn raw_connection(dir: &Path) -> rusqlite::Connection {
    let conn = ok(rusqlite::Connection::open(db_file(dir)));
    ok(conn.execute_batch(&format!("PRAGMA key = '{PASS}';")));
    conn
}

#[test]
fn a_new_store_unlocks_with_its_passphrase_and_keeps_its_cases() {
    let tmp = tempdir();
    assert!(!CaseStore::exists(tmp.path()), "first run: nothing there yet");
    assert!(matches!(
        CaseStore::unlock(tmp.path(), PASS, T0),
        Err(CaseError::NotCreated { .. })
    ));
    let store = new_store(tmp.path());
    let created = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    assert_eq!(created.case_number, "AVR-2026-0001");
    assert_eq!(created.status, CaseStatus::Open);
    let second = ok(store.create_case(&case_of(vec![person("Issa", "Diallo")]), T0 + 2));
    assert_eq!(
        second.case_number, "AVR-2026-0002",
        "case numbers count up within the year"
    );
    drop(store);

    assert!(CaseStore::exists(tmp.path()));
    assert!(matches!(
        CaseStore::create(tmp.path(), PASS, T0),
        Err(CaseError::AlreadyExists { .. })
    ));
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 10));
    let record = ok(store.case(created.id));
    assert_eq!(record.persons[0].family_name, "Koné");
    assert_eq!(record.summary.display_name, "Aminata Koné");
    assert_eq!(record.summary.workflow_version, 3);
    assert_eq!(record.summary.handbook_version, "hb-2026-03");
    assert_eq!(
        ok(store.staff_profile()).map(|p| p.office),
        Some("Tripoli".to_owned())
    );
}

#[test]
fn a_wrong_passphrase_is_refused_and_touches_nothing() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    ok(store.lock());
    let before = snapshot(tmp.path());
    std::thread::sleep(Duration::from_millis(20));
    match CaseStore::unlock(tmp.path(), "not the passphrase", T0 + 2) {
        Err(CaseError::WrongPassphrase) => {}
        other => panic!("expected WrongPassphrase, got {:?}", other.err()),
    }
    let after = snapshot(tmp.path());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "no file created, moved or removed"
    );
    assert!(
        before == after,
        "every file keeps its bytes and modification time"
    );
    assert!(
        tmp.path().join("cases.attempts").exists(),
        "the failed attempt is counted beside the store, the one file a wrong passphrase writes"
    );
    assert!(
        CaseStore::unlock(tmp.path(), PASS, T0 + 3).is_ok(),
        "the right passphrase still opens it"
    );
}

#[test]
fn changing_the_passphrase_locks_out_the_old_one_and_rekeys_the_backups() {
    let tmp = tempdir();
    let mut store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    ok(store.save_answer(c.id, "intake.language", &json!("bambara"), T0 + 2));
    let backup = ok(store.backup_now(T0 + 3));
    assert!(
        matches!(store.rekey("short", T0 + 4), Err(CaseError::WeakPassphrase(_))),
        "a new passphrase has a minimum length"
    );
    let new_pass = "a much better passphrase 2026";
    let report = ok(store.rekey(new_pass, T0 + 5));
    assert_eq!(report.backups_rekeyed, 1, "{report:?}");
    assert!(report.backups_not_rekeyed.is_empty());
    ok(store.save_answer(c.id, "intake.household_size", &json!(3), T0 + 6));
    drop(store);

    assert!(matches!(
        CaseStore::unlock(tmp.path(), PASS, T0 + 7),
        Err(CaseError::WrongPassphrase)
    ));
    let store = ok(CaseStore::unlock(tmp.path(), new_pass, T0 + 8));
    assert_eq!(ok(store.answers(c.id)).len(), 2);
    assert!(store.timeline(c.id).is_ok());
    drop(store);
    let restored = ok(CaseStore::restore(tmp.path(), &backup, new_pass, T0 + 9));
    assert_eq!(
        ok(restored.answers(c.id)).len(),
        1,
        "the backup, re-encrypted, opens with the new passphrase"
    );
}

#[test]
fn a_saved_answer_is_there_after_reopening_and_the_same_value_is_not_saved_twice() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    let value = json!({"members": [{"name": "Aminata", "age": 31}], "confirmed": true});
    ok(store.save_answer(c.id, "household.members", &value, T0 + 2));
    ok(store.save_answer(c.id, "household.members", &value, T0 + 3));
    ok(store.save_answer(c.id, "intake.language", &json!("bambara"), T0 + 4));
    ok(store.save_answer(c.id, "intake.language", &json!("french"), T0 + 5));
    drop(store);
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 6));
    let answers = ok(store.answers(c.id));
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[0].field_id, "household.members");
    assert_eq!(answers[0].value, value);
    assert_eq!(answers[0].saved_by, "Test Officer (Tripoli)");
    assert_eq!(
        answers[0].saved_at,
        T0 + 2,
        "saving the same value again wrote nothing"
    );
    assert_eq!(answers[1].value, json!("french"));
    let actions: Vec<String> = ok(store.timeline(c.id)).into_iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        ["case.created", "answer.saved", "answer.saved", "answer.changed"]
    );
}

#[test]
fn names_with_sql_metacharacters_arabic_script_and_emoji_are_returned_exactly() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let tricky = [
        ("Robert'); DROP TABLE case_file;--", "O'Brien \"Bobby\" 50%_\\"),
        ("محمد عبد الله", "الفاسي"),
        ("Nguyễn 👨‍👩‍👧 ✈️", "Zoë\u{200f}Müller"),
    ];
    let persons: Vec<NewPerson> = tricky.iter().map(|(g, f)| person(g, f)).collect();
    let mut new = case_of(persons);
    new.persons[1].other_names = "Mohamed Abdallah".into();
    let c = ok(store.create_case(&new, T0 + 1));
    let note = "ملاحظة: العائلة بحاجة إلى مترجم 🙏 -- '; DELETE FROM note; --";
    ok(store.add_note(c.id, note, T0 + 2));
    ok(store.save_answer(c.id, "household.head", &json!("محمد 👨‍👩‍👧 ' OR 1=1 --"), T0 + 3));
    drop(store);
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 4));
    let record = ok(store.case(c.id));
    for (stored, (given, family)) in record.persons.iter().zip(tricky) {
        assert_eq!(stored.given_names, given);
        assert_eq!(stored.family_name, family);
    }
    assert_eq!(record.notes[0].body, note);
    assert_eq!(record.answers[0].value, json!("محمد 👨‍👩‍👧 ' OR 1=1 --"));
    for query in [
        "محمد",
        "الفاسي",
        "Mohamed",
        "robert",
        "nguyen",
        "O'Brien",
        "AVR-2026-0001",
        "2026-0001",
    ] {
        let hits = ok(store.list_cases(&CaseFilter {
            text: Some(query.into()),
            ..CaseFilter::default()
        }));
        assert_eq!(hits.len(), 1, "{query:?} finds the case");
    }
    for query in ["\"", "*", "NEAR(", "' OR 1=1 --", "%", "_"] {
        let hits = ok(store.list_cases(&CaseFilter {
            text: Some(query.into()),
            ..CaseFilter::default()
        }));
        assert!(hits.len() <= 1, "{query:?} is searched as text, never as syntax");
    }
}

#[test]
fn a_one_megabyte_note_or_answer_is_refused_with_the_field_and_the_limit_named() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    let megabyte = "a".repeat(1024 * 1024);
    let err = store
        .add_note(c.id, &megabyte, T0 + 2)
        .err()
        .map(|e| e.to_string());
    let err = err.unwrap_or_default();
    assert!(
        err.starts_with("note:") && err.contains("1048576 bytes") && err.contains("65536 bytes (64 KiB)"),
        "{err}"
    );
    let err = store
        .save_answer(c.id, "intake.story", &json!(megabyte), T0 + 3)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.starts_with("intake.story: ") && err.contains("64 KiB"),
        "the answer's question is named by its id (the store has no workflow to read a label from): {err}"
    );
    assert!(ok(store.notes(c.id)).is_empty() && ok(store.answers(c.id)).is_empty());
    assert_eq!(
        ok(store.timeline(c.id)).len(),
        1,
        "nothing refused reached the audit log"
    );
    assert!(
        store.add_note(c.id, &"b".repeat(64 * 1024), T0 + 4).is_ok(),
        "exactly 64 KiB fits"
    );
}

#[test]
fn a_future_disembarkation_date_is_refused_when_opening_a_case() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let mut new = case_of(vec![person("Aminata", "Koné")]);
    new.disembarked_on = Some("2026-03-20".into());
    let err = store
        .create_case(&new, T0)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(
        err.contains("disembarkation date") && err.contains("future"),
        "{err}"
    );
    new.disembarked_on = Some("2026-03-09".into());
    assert!(store.create_case(&new, T0).is_ok());
    let mut child = person("Issa", "Koné");
    child.date_of_birth = Some("2027-01-01".into());
    let err = store
        .create_case(&case_of(vec![child]), T0)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("date of birth"), "{err}");
}

#[test]
fn the_case_list_filters_by_stage_status_flags_and_due_date_and_sorts() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let mk = |stage: &str, flags: &[&str], due: Option<&str>, t: i64| {
        let mut c = case_of(vec![person("P", &format!("F{t}"))]);
        c.stage = stage.into();
        c.flags = flags.iter().map(|f| (*f).to_owned()).collect();
        c.due_on = due.map(str::to_owned);
        ok(store.create_case(&c, T0 + t))
    };
    let a = mk("intake", &["uasc"], Some("2026-03-15"), 1);
    let b = mk("intake", &["medical", "uasc"], Some("2026-04-01"), 2);
    let c = mk("travel", &[], Some("2026-03-12"), 3);
    let d = mk("travel", &["medical"], None, 4);
    ok(store.close_case(d.id, T0 + 5));
    let ids = |f: CaseFilter| -> Vec<i64> { ok(store.list_cases(&f)).into_iter().map(|s| s.id).collect() };
    assert_eq!(
        ids(CaseFilter::default()),
        [d.id, c.id, b.id, a.id],
        "most recently changed first"
    );
    assert_eq!(
        ids(CaseFilter {
            stage: Some("intake".into()),
            ..CaseFilter::default()
        }),
        [b.id, a.id]
    );
    assert_eq!(
        ids(CaseFilter {
            status: Some(CaseStatus::Closed),
            ..CaseFilter::default()
        }),
        [d.id]
    );
    assert_eq!(
        ids(CaseFilter {
            flags: vec!["uasc".into(), "medical".into()],
            ..CaseFilter::default()
        }),
        [b.id],
        "every flag must be present"
    );
    assert_eq!(
        ids(CaseFilter {
            due_by: Some("2026-03-31".into()),
            sort: CaseSort::DueAsc,
            ..CaseFilter::default()
        }),
        [c.id, a.id]
    );
    assert_eq!(
        ids(CaseFilter {
            sort: CaseSort::CaseNumber,
            limit: 2,
            offset: 1,
            ..CaseFilter::default()
        }),
        [b.id, c.id],
        "pages"
    );
    assert_eq!(
        ok(store.count_cases(&CaseFilter {
            status: Some(CaseStatus::Open),
            ..CaseFilter::default()
        })),
        3
    );
    assert_eq!(ok(store.case_summary(b.id)).flags, ["medical", "uasc"]);
    assert_eq!(
        ids(CaseFilter {
            flags: vec!["medical".into()],
            status: Some(CaseStatus::Open),
            ..CaseFilter::default()
        }),
        [b.id],
        "a flag's cases follow their case's status (d was closed after its flags were set)"
    );
    assert_eq!(
        ids(CaseFilter {
            flags: vec!["medical".into()],
            sort: CaseSort::DueAsc,
            ..CaseFilter::default()
        }),
        [b.id, d.id],
        "without a due date last"
    );
    ok(store.update_case(
        a.id,
        &avr_core::cases::CaseChanges {
            flags: Some(vec!["medical".into()]),
            stage: Some("travel".into()),
            ..Default::default()
        },
        T0 + 6,
    ));
    assert_eq!(
        ids(CaseFilter {
            flags: vec!["medical".into()],
            status: Some(CaseStatus::Open),
            stage: Some("travel".into()),
            ..CaseFilter::default()
        }),
        [a.id],
        "changed flags and stage are listed at once"
    );
    let summary = ok(store.case_summary(a.id));
    assert_eq!(summary.flags, ["medical"]);
    assert_eq!((summary.display_name.as_str(), summary.persons), ("P F1", 1));
    ok(store.add_person(a.id, &person("Second", "Member"), T0 + 7));
    assert_eq!(ok(store.case_summary(a.id)).persons, 2);
}

#[test]
fn a_corrected_name_is_found_by_the_new_spelling_only_and_stage_changes_are_listed() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Mohamed", "Camara")]), T0 + 1));
    let child = ok(store.add_person(c.id, &person("Awa", "Camara"), T0 + 2));
    assert_eq!(child.position, 1);
    let mut corrected = person("Mouhamed", "Kamara");
    corrected.date_of_birth = Some("1990-01-01".into());
    corrected.dob_estimated = true;
    let first = ok(store.persons(c.id))[0].id;
    let updated = ok(store.update_person(first, &corrected, T0 + 3));
    assert_eq!(
        (updated.given_names.as_str(), updated.dob_estimated),
        ("Mouhamed", true)
    );
    let find = |text: &str| {
        ok(store.list_cases(&CaseFilter {
            text: Some(text.into()),
            ..CaseFilter::default()
        }))
        .len()
    };
    assert_eq!(find("Kamara"), 1);
    assert_eq!(find("Mohamed"), 0, "the old spelling left the search index");
    assert_eq!(find("Awa Camara"), 1);
    let changed = ok(store.update_case(
        c.id,
        &avr_core::cases::CaseChanges {
            stage: Some("counselling".into()),
            flags: Some(vec!["uasc".into(), "uasc".into()]),
            due_on: Some("2026-04-30".into()),
        },
        T0 + 4,
    ));
    assert_eq!(changed.stage, "counselling");
    assert_eq!(changed.flags, ["uasc"]);
    assert_eq!(changed.due_on.as_deref(), Some("2026-04-30"));
    assert_eq!(changed.updated_at, T0 + 4);
    assert!(matches!(
        store.update_case(
            c.id,
            &avr_core::cases::CaseChanges {
                stage: Some("Mouhamed Kamara".into()),
                ..Default::default()
            },
            T0 + 5
        ),
        Err(CaseError::Invalid { .. })
    ));
}

#[test]
fn a_closed_case_refuses_changes_until_it_is_reopened() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    let closed = ok(store.close_case(c.id, T0 + 2));
    assert_eq!(
        (closed.status, closed.closed_at),
        (CaseStatus::Closed, Some(T0 + 2))
    );
    assert!(matches!(
        store.save_answer(c.id, "intake.language", &json!("fr"), T0 + 3),
        Err(CaseError::CaseNotOpen { .. })
    ));
    assert!(matches!(
        store.close_case(c.id, T0 + 3),
        Err(CaseError::AlreadyInState { .. })
    ));
    let reopened = ok(store.reopen_case(c.id, T0 + 4));
    assert_eq!((reopened.status, reopened.closed_at), (CaseStatus::Open, None));
    ok(store.save_answer(c.id, "intake.language", &json!("fr"), T0 + 5));
    let actions: Vec<String> = ok(store.timeline(c.id)).into_iter().map(|e| e.action).collect();
    assert_eq!(
        actions,
        ["case.created", "case.closed", "case.reopened", "answer.saved"]
    );
    assert!(matches!(store.case(999), Err(CaseError::NotFound { .. })));
}

#[test]
fn the_consent_ledger_keeps_every_decision_in_order() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    let pid = ok(store.persons(c.id))[0].id;
    let consent = |decision, t| NewConsent {
        person_id: Some(pid),
        purpose: "data-sharing".into(),
        recipient: "UNHCR".into(),
        decision,
        decided_at: t,
        interpreter: Some("Interpreter Abdou".into()),
        language: "bambara".into(),
    };
    ok(store.record_consent(c.id, &consent(ConsentDecision::Given, T0 + 2), T0 + 2));
    let entry = ok(store.record_consent(c.id, &consent(ConsentDecision::Withdrawn, T0 + 3), T0 + 4));
    assert_eq!(entry.recorded_at, T0 + 4);
    assert_eq!(entry.recorded_by, "Test Officer (Tripoli)");
    let ledger = ok(store.consents(c.id));
    assert_eq!(
        ledger.iter().map(|e| e.decision).collect::<Vec<_>>(),
        [ConsentDecision::Given, ConsentDecision::Withdrawn]
    );
    assert_eq!(ledger[0].interpreter.as_deref(), Some("Interpreter Abdou"));
    let mut stranger = consent(ConsentDecision::Given, T0);
    stranger.person_id = Some(pid + 100);
    assert!(matches!(
        store.record_consent(c.id, &stranger, T0 + 5),
        Err(CaseError::NotFound { .. })
    ));
}

#[test]
fn the_audit_log_never_holds_names_notes_or_answer_values() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let mut p = person("Zainabmarker", "Kouyatemarker");
    p.other_names = "زينبعلامة".into();
    let c = ok(store.create_case(&case_of(vec![p]), T0 + 1));
    ok(store.add_person(c.id, &person("Sekoumarker", "Kouyatemarker"), T0 + 2));
    ok(store.save_answer(
        c.id,
        "intake.story",
        &json!("storymarker crossing from Zuwara"),
        T0 + 3,
    ));
    ok(store.add_note(c.id, "notemarker she fears return", T0 + 4));
    ok(store.record_consent(
        c.id,
        &NewConsent {
            person_id: None,
            purpose: "medical-referral".into(),
            recipient: "recipientmarker clinic".into(),
            decision: ConsentDecision::Given,
            decided_at: T0 + 5,
            interpreter: Some("interpretermarker".into()),
            language: "mandinka".into(),
        },
        T0 + 5,
    ));
    ok(store.close_case(c.id, T0 + 6));
    let events = ok(store.timeline(c.id));
    assert!(events.len() >= 6);
    for e in &events {
        let text = format!("{} {} {}", e.actor, e.action, e.summary);
        for marker in ["marker", "علامة", "Zuwara"] {
            assert!(
                !text.contains(marker),
                "audit event {} leaks {marker:?}: {text}",
                e.id
            );
        }
    }
}

#[test]
fn the_audit_chain_verifies_and_names_the_first_tampered_event() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    for i in 0..5 {
        ok(store.save_answer(c.id, &format!("q{i}"), &json!(i), T0 + 2 + i));
    }
    let report = ok(store.verify_audit());
    assert!(report.events >= 7, "{report:?}");
    assert_eq!(report.head_hash.len(), 64);
    let target = ok(store.timeline(c.id))[3].id;
    drop(store);

    let conn = raw_connection(tmp.path());
    assert!(
        conn.execute("UPDATE audit_event SET summary = 'edited'", [])
            .is_err(),
        "the log refuses updates"
    );
    ok(conn.execute_batch("DROP TRIGGER audit_event_no_update;"));
    ok(conn.execute(
        "UPDATE audit_event SET actor = 'someone else' WHERE id = ?1",
        [target],
    ));
    drop(conn);
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 20));
    match store.verify_audit() {
        Err(CaseError::BrokenLink { event_id, .. }) => assert_eq!(event_id, target),
        other => panic!("expected a broken link at {target}, got {other:?}"),
    }
}

#[test]
fn purging_closed_cases_drops_personal_data_and_keeps_the_audit() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let old = ok(store.create_case(&case_of(vec![person("Oldcase", "Purgeme")]), T0));
    let recent = ok(store.create_case(&case_of(vec![person("Recent", "Keepme")]), T0));
    let open = ok(store.create_case(&case_of(vec![person("Still", "Open")]), T0));
    for c in [&old, &recent, &open] {
        ok(store.save_answer(c.id, "intake.language", &json!("fr"), T0 + 1));
        ok(store.add_note(c.id, "a note", T0 + 1));
    }
    ok(store.record_consent(
        old.id,
        &NewConsent {
            person_id: Some(ok(store.persons(old.id))[0].id),
            purpose: "data-sharing".into(),
            recipient: "UNHCR".into(),
            decision: ConsentDecision::Given,
            decided_at: T0,
            interpreter: None,
            language: "fr".into(),
        },
        T0 + 1,
    ));
    ok(store.close_case(old.id, T0 + 2));
    ok(store.close_case(recent.id, T0 + 30 * DAY));
    let events_before = ok(store.verify_audit()).events;
    let now = T0 + 40 * DAY;
    let report = ok(store.purge_closed(30, now));
    assert_eq!(report.cases.len(), 1, "{report:?}");
    assert_eq!(report.cases[0].case_number, old.case_number);
    assert_eq!(
        (report.persons, report.answers, report.notes, report.consents),
        (1, 1, 1, 1)
    );
    assert_eq!(
        report.audit_events_kept,
        events_before + 1,
        "only the purge event was added"
    );

    let purged = ok(store.case(old.id));
    assert_eq!(purged.summary.status, CaseStatus::Purged);
    assert_eq!(purged.summary.display_name, "");
    assert!(purged.persons.is_empty() && purged.answers.is_empty() && purged.notes.is_empty());
    assert!(purged.consents.is_empty());
    assert_eq!(
        ok(store.case(recent.id)).persons.len(),
        1,
        "closed 10 days ago: kept"
    );
    assert_eq!(ok(store.case(open.id)).notes.len(), 1, "open: kept");
    let found = ok(store.list_cases(&CaseFilter {
        text: Some("Purgeme".into()),
        status: Some(CaseStatus::Purged),
        ..CaseFilter::default()
    }));
    assert!(found.is_empty(), "the name is gone from the search index");
    let actions: Vec<String> = ok(store.timeline(old.id)).into_iter().map(|e| e.action).collect();
    assert_eq!(actions.first().map(String::as_str), Some("case.created"));
    assert_eq!(actions.last().map(String::as_str), Some("case.purged"));
    ok(store.verify_audit());
    assert!(matches!(
        store.reopen_case(old.id, now),
        Err(CaseError::CaseNotOpen { .. })
    ));
    drop(store);

    let conn = raw_connection(tmp.path());
    let left: i64 = ok(conn.query_row(
        "SELECT (SELECT count(*) FROM person_search WHERE person_search MATCH 'purgeme')
              + (SELECT count(*) FROM person WHERE family_name = 'Purgeme')",
        [],
        |r| r.get(0),
    ));
    assert_eq!(left, 0);
}

#[test]
fn backups_rotate_and_a_restore_brings_back_the_saved_data_keeping_the_current_file_aside() {
    let tmp = tempdir();
    let options = StoreOptions {
        keep_backups: 3,
        ..StoreOptions::default()
    };
    let store = ok(CaseStore::create_with(tmp.path(), PASS, T0, options.clone()));
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    ok(store.save_answer(c.id, "q.before", &json!(1), T0 + 2));
    let mut made = Vec::new();
    for i in 0..5 {
        made.push(ok(store.backup_now(T0 + 10 + i)));
    }
    let kept = ok(store.backups());
    assert_eq!(kept.len(), 3, "only the newest 3 backups are kept");
    assert_eq!(kept[0].path, made[4].display().to_string());
    ok(store.save_answer(c.id, "q.after", &json!(2), T0 + 20));
    drop(store);

    let err = CaseStore::restore(tmp.path(), &made[4], "not the passphrase", T0 + 30).err();
    assert!(matches!(err, Some(CaseError::Backup { .. })), "{err:?}");
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 31));
    assert_eq!(
        ok(store.answers(c.id)).len(),
        2,
        "a refused restore changed nothing"
    );
    drop(store);

    let store = ok(CaseStore::restore_with(
        tmp.path(),
        &made[4],
        PASS,
        T0 + 40,
        options,
    ));
    let fields: Vec<String> = ok(store.answers(c.id)).into_iter().map(|a| a.field_id).collect();
    assert_eq!(fields, ["q.before"], "the state of the backup");
    let aside: Vec<String> = ok(std::fs::read_dir(tmp.path()))
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("cases.sqlite3.before-restore-"))
        .collect();
    assert_eq!(aside.len(), 1, "the replaced database is kept aside: {aside:?}");
    drop(store);
    std::fs::rename(tmp.path().join(&aside[0]), tmp.path().join("previous.sqlite3"))
        .unwrap_or_else(|e| panic!("{e}"));
    let other = tempdir();
    std::fs::copy(tmp.path().join("previous.sqlite3"), db_file(other.path()))
        .unwrap_or_else(|e| panic!("{e}"));
    let previous = ok(CaseStore::unlock(other.path(), PASS, T0 + 50));
    assert_eq!(
        ok(previous.answers(c.id)).len(),
        2,
        "the file kept aside is the complete previous database"
    );
}

#[test]
fn unlocking_makes_an_automatic_backup_at_most_once_a_day() {
    let tmp = tempdir();
    drop(new_store(tmp.path()));
    let count = |t: i64| {
        let store = ok(CaseStore::unlock(tmp.path(), PASS, t));
        let backups = ok(store.backups());
        assert!(backups.iter().all(|b| b.reason == "auto"), "{backups:?}");
        backups.len()
    };
    assert_eq!(count(T0 + 1), 1, "the first unlock backs up");
    assert_eq!(count(T0 + 2), 1, "not again the same day");
    assert_eq!(count(T0 + DAY + 2), 2, "again a day later");
}

#[test]
fn garbage_in_the_database_file_is_reported_corrupt_and_moved_aside_never_overwritten() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    ok(store.save_answer(c.id, "q", &json!(1), T0 + 2));
    let backup = ok(store.backup_now(T0 + 3));
    drop(store);
    let mut x = 0x1234_5678_9abc_def1u64;
    let garbage: Vec<u8> = (0..8 * 4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    ok(std::fs::write(db_file(tmp.path()), &garbage));
    let moved = match CaseStore::unlock(tmp.path(), PASS, T0 + 4) {
        Err(CaseError::StorageCorrupt { moved_to, .. }) => PathBuf::from(moved_to),
        other => panic!("expected StorageCorrupt, got {:?}", other.err()),
    };
    assert!(!db_file(tmp.path()).exists());
    assert_eq!(
        ok(std::fs::read(&moved)),
        garbage,
        "the damaged file is kept as it was"
    );
    let offered = ok(CaseStore::backups_in(tmp.path()));
    assert_eq!(
        offered.first().map(|b| PathBuf::from(&b.path)),
        Some(backup.clone()),
        "backups are listed while locked"
    );
    let store = ok(CaseStore::restore(tmp.path(), &backup, PASS, T0 + 5));
    assert_eq!(ok(store.answers(c.id)).len(), 1);
    assert!(moved.exists(), "restoring did not touch the damaged file");
}

#[test]
fn a_truncated_or_empty_database_file_is_reported_corrupt_not_a_panic() {
    for (label, keep) in [
        ("partial page", 10_000usize),
        ("two whole pages", 8192),
        ("empty", 0),
    ] {
        let tmp = tempdir();
        let store = new_store(tmp.path());
        for i in 0..50 {
            let c = ok(store.create_case(&case_of(vec![person("Aminata", &format!("K{i}"))]), T0 + i));
            ok(store.add_note(c.id, &"note text ".repeat(200), T0 + i));
        }
        ok(store.lock());
        let bytes = ok(std::fs::read(db_file(tmp.path())));
        assert!(bytes.len() > 20_000, "{label}: the database spans many pages");
        ok(std::fs::write(db_file(tmp.path()), &bytes[..keep]));
        match CaseStore::unlock(tmp.path(), PASS, T0 + 100) {
            Err(CaseError::StorageCorrupt { moved_to, detail }) => {
                assert!(Path::new(&moved_to).exists(), "{label}: {detail}");
                assert!(!db_file(tmp.path()).exists());
            }
            other => panic!("{label}: expected StorageCorrupt, got {:?}", other.err()),
        }
    }
}

#[test]
fn a_damaged_first_page_is_corrupt_for_the_right_passphrase_and_still_wrong_for_a_wrong_one() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    for i in 0..20 {
        ok(store.create_case(&case_of(vec![person("Aminata", &format!("K{i}"))]), T0 + i));
    }
    ok(store.lock());
    let mut bytes = ok(std::fs::read(db_file(tmp.path())));
    for b in &mut bytes[200..300] {
        *b ^= 0xff;
    }
    ok(std::fs::write(db_file(tmp.path()), &bytes));
    assert!(
        matches!(
            CaseStore::unlock(tmp.path(), "a wrong passphrase", T0 + 1),
            Err(CaseError::WrongPassphrase)
        ),
        "a wrong passphrase cannot tell a damaged file, so it moves nothing"
    );
    assert!(db_file(tmp.path()).exists());
    assert!(matches!(
        CaseStore::unlock(tmp.path(), PASS, T0 + 2),
        Err(CaseError::StorageCorrupt { .. })
    ));
}

#[test]
fn the_full_start_up_check_runs_after_unlocking_and_reports_a_sound_file() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    for i in 0..30 {
        ok(store.create_case(&case_of(vec![person("Aminata", &format!("K{i}"))]), T0 + i));
    }
    ok(store.lock());
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 100));
    assert!(
        matches!(store.integrity(), IntegrityStatus::Checking | IntegrityStatus::Ok),
        "unlocking returns before the full check has to finish"
    );
    assert_eq!(store.wait_for_integrity(), IntegrityStatus::Ok);
    ok(store.lock());
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 200));
    ok(store.lock());
    assert!(
        db_file(tmp.path()).exists(),
        "locking during the check stops it and keeps the file"
    );
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 300));
    assert_eq!(store.wait_for_integrity(), IntegrityStatus::Ok);
}

#[test]
fn the_warm_up_after_unlocking_covers_every_case_in_short_steps() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    assert_eq!(ok(store.warm_step(0)), None, "an empty store has nothing to warm");
    let cases: Vec<NewCase> = (0..1100)
        .map(|i| case_of(vec![person("Aminata", &format!("K{i}"))]))
        .collect();
    ok(store.import_cases(&cases, T0 + 1));
    ok(store.lock());
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 2));
    let mut steps = vec![];
    let mut after = 0;
    while let Some(next) = ok(store.warm_step(after)) {
        steps.push(next);
        after = next;
    }
    assert_eq!(
        steps,
        [512, 1024],
        "three steps of at most 512 cases, the last one ending the walk"
    );
    let last = ok(store.case(1100));
    assert_eq!(last.persons[0].family_name, "K1099");
}

/// A damaged page that unlocking itself does not read is found by the full check, which runs after unlocking;
/// the store is then closed without writing into the file and the file is moved aside, as at unlock.
#[test]
fn a_damaged_page_inside_the_database_is_found_by_the_start_up_check() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    for i in 0..60 {
        let c = ok(store.create_case(&case_of(vec![person("Aminata", &format!("K{i}"))]), T0 + i));
        ok(store.add_note(c.id, &"some longer note text ".repeat(100), T0 + i));
    }
    ok(store.lock());
    let mut bytes = ok(std::fs::read(db_file(tmp.path())));
    let pages = bytes.len() / 4096;
    assert!(pages > 10);
    let at = (pages / 2) * 4096 + 1000;
    for b in &mut bytes[at..at + 64] {
        *b ^= 0x5a;
    }
    ok(std::fs::write(db_file(tmp.path()), &bytes));
    let moved = match CaseStore::unlock(tmp.path(), PASS, T0 + 100) {
        Err(CaseError::StorageCorrupt { detail, moved_to }) => {
            assert!(!detail.is_empty());
            moved_to
        }
        Ok(store) => match store.wait_for_integrity() {
            IntegrityStatus::Corrupt { detail } => match store.set_aside(detail, T0 + 101) {
                CaseError::StorageCorrupt { detail, moved_to } => {
                    assert!(
                        detail.contains("integrity") || detail.contains("quick_check"),
                        "{detail}"
                    );
                    moved_to
                }
                other => panic!("expected StorageCorrupt, got {other:?}"),
            },
            other => panic!("expected the check to find the damage, got {other:?}"),
        },
        Err(other) => panic!("expected StorageCorrupt, got {other:?}"),
    };
    assert!(Path::new(&moved).exists());
    assert!(!db_file(tmp.path()).exists(), "the damaged file was moved aside");
}

#[test]
fn no_personal_data_reaches_the_disk_in_plaintext() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let markers = [
        "zqxgivenmarker7731",
        "zqxfamilymarker7731",
        "زينبعلامةفريدة",
        "zqxnotemarker7731",
        "zqxanswermarker7731",
    ];
    let mut p = person(markers[0], markers[1]);
    p.other_names = markers[2].into();
    let c = ok(store.create_case(&case_of(vec![p]), T0 + 1));
    ok(store.add_note(c.id, &format!("{} and more", markers[3]), T0 + 2));
    ok(store.save_answer(c.id, "intake.story", &json!(markers[4]), T0 + 3));
    ok(store.backup_now(T0 + 4));
    let hits = ok(store.list_cases(&CaseFilter {
        text: Some(markers[0].into()),
        ..CaseFilter::default()
    }));
    assert_eq!(hits.len(), 1, "the data was written and can be read back");
    let scan = |when: &str| {
        let files = snapshot(tmp.path());
        assert!(files.len() >= 3, "{when}: {:?}", files.keys());
        for (path, (bytes, _)) in &files {
            for m in markers {
                for (enc, needle) in [("UTF-8", m.as_bytes().to_vec()), ("UTF-16LE", utf16le(m))] {
                    assert!(
                        !contains(bytes, &needle),
                        "{when}: {m:?} in {enc} found in {}",
                        path.display()
                    );
                }
            }
        }
    };
    assert!(
        tmp.path().join("cases.sqlite3-wal").exists(),
        "the write-ahead log is scanned too"
    );
    scan("while open (database, -wal, -shm, backups)");
    ok(store.lock());
    scan("after locking");
}

#[test]
fn an_old_version_database_is_upgraded_after_a_backup_and_keeps_its_data() {
    let tmp = tempdir();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cases-v1/cases.sqlite3");
    ok(std::fs::copy(&fixture, db_file(tmp.path())));
    let store = ok(CaseStore::unlock(tmp.path(), "fixture passphrase v1", T0 + DAY));
    let backups = ok(store.backups());
    assert!(
        backups.iter().any(|b| b.reason.starts_with("pre-migration-v")),
        "a backup was made before migrating: {backups:?}"
    );
    let hits = ok(store.list_cases(&CaseFilter {
        text: Some("أميناتا".into()),
        ..CaseFilter::default()
    }));
    assert_eq!(hits.len(), 1, "names from version 1 are in the new search index");
    let record = ok(store.case(hits[0].id));
    assert_eq!(record.summary.case_number, "AVR-2026-0001");
    assert_eq!(record.summary.flags, ["family"]);
    assert_eq!(
        record.summary.display_name, "Aminata Koné",
        "list columns are filled for old cases"
    );
    assert_eq!(record.summary.persons, 2);
    assert_eq!(record.persons.len(), 2);
    let flagged = ok(store.list_cases(&CaseFilter {
        flags: vec!["family".into()],
        status: Some(CaseStatus::Open),
        stage: Some("intake".into()),
        ..CaseFilter::default()
    }));
    assert_eq!(
        flagged.len(),
        1,
        "flag rows of version 1 carry the case's status and stage"
    );
    assert_eq!(record.persons[0].family_name, "Koné");
    assert_eq!(record.answers.len(), 2);
    assert_eq!(record.notes.len(), 1);
    assert_eq!(record.consents.len(), 1);
    let closed = ok(store.list_cases(&CaseFilter {
        status: Some(CaseStatus::Closed),
        ..CaseFilter::default()
    }));
    assert_eq!(closed.len(), 1);
    assert_eq!(closed[0].case_number, "AVR-2026-0002");
    let audit = ok(store.verify_audit());
    assert!(audit.events >= 9, "{audit:?}");
    ok(store.save_answer(record.summary.id, "intake.new_field", &json!(true), T0 + DAY + 1));
    drop(store);
    let store = ok(CaseStore::unlock(
        tmp.path(),
        "fixture passphrase v1",
        T0 + DAY + 2,
    ));
    assert_eq!(
        ok(store.backups())
            .iter()
            .filter(|b| b.reason.starts_with("pre-migration"))
            .count(),
        1,
        "no second migration backup once up to date"
    );
}

/// The child side of the crash test: does nothing unless `AVR_CRASH_WRITER` names a data folder. Then it
/// saves answers in a loop and prints `ACK <n>` after each save returns (committed).
#[test]
fn crash_writer_process() {
    let Ok(dir) = std::env::var("AVR_CRASH_WRITER") else {
        return;
    };
    let trial: i64 = ok(std::env::var("AVR_CRASH_TRIAL").unwrap_or_default().parse());
    let case_id: i64 = ok(std::env::var("AVR_CRASH_CASE").unwrap_or_default().parse());
    let now = T0 + trial * 1_000_000;
    let store = ok(CaseStore::unlock(Path::new(&dir), PASS, now));
    println!("READY");
    for n in 0..1_000_000i64 {
        let value = json!({ "trial": trial, "n": n, "text": "x".repeat((n % 7 * 300) as usize) });
        ok(store.save_answer(case_id, &format!("t{trial}.q{n}"), &value, now + n));
        println!("ACK {n}");
    }
}

/// splitmix64: seeded, so a failing trial can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) % n.max(1)
    }
}

#[test]
fn saved_answers_survive_the_writer_being_killed_at_random_points() {
    let trials: i64 = std::env::var("AVR_CRASH_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let seed: u64 = std::env::var("AVR_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x00A1_5EA5);
    let mut rng = Rng(seed);
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let case_id = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0)).id;
    drop(store);
    // Run the writer from a hard link to this test binary, so that a rebuild replacing the binary mid-run (a
    // shared target folder) cannot pull it away; fall back to the binary itself.
    let exe = ok(std::env::current_exe());
    let link_dir = exe.parent().and_then(|d| tempfile::tempdir_in(d).ok());
    let exe = link_dir
        .as_ref()
        .map(|d| d.path().join("crash-writer"))
        .filter(|link| std::fs::hard_link(&exe, link).is_ok())
        .unwrap_or(exe);
    let started = Instant::now();
    let mut acknowledged_total = 0usize;
    for trial in 1..=trials {
        let mut child = ok(Command::new(&exe)
            .args([
                "cases::crash_writer_process",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("AVR_CRASH_WRITER", tmp.path())
            .env("AVR_CRASH_TRIAL", trial.to_string())
            .env("AVR_CRASH_CASE", case_id.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn());
        let Some(stdout) = child.stdout.take() else {
            panic!("no stdout from the writer");
        };
        let mut reader = BufReader::new(stdout);
        let mut acked: Vec<i64> = Vec::new();
        let mut read_line = |acked: &mut Vec<i64>| -> bool {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => false,
                Ok(_) => {
                    // Only a complete line is an acknowledgement.
                    if let Some(n) = line.strip_suffix('\n').and_then(|l| l.strip_prefix("ACK ")) {
                        acked.push(ok(n.parse()));
                    }
                    true
                }
            }
        };
        if rng.below(5) == 0 {
            // Sometimes kill during unlock, migration check or the automatic backup.
            std::thread::sleep(Duration::from_millis(rng.below(400)));
        } else {
            let wait_for = rng.below(40) as usize;
            while acked.len() <= wait_for && read_line(&mut acked) {}
            std::thread::sleep(Duration::from_micros(rng.below(4000)));
        }
        ok(child.kill());
        ok(child.wait());
        while read_line(&mut acked) {}

        if trial <= 3 {
            // Right after a crash the log is still there: a wrong passphrase must not replay it either.
            let files = |dir: &Path| {
                let mut s = snapshot(dir);
                s.retain(|p, _| !p.to_string_lossy().ends_with("-shm"));
                s
            };
            let before = files(tmp.path());
            assert!(matches!(
                CaseStore::unlock(tmp.path(), "not the passphrase", T0),
                Err(CaseError::WrongPassphrase)
            ));
            assert!(
                files(tmp.path()) == before,
                "trial {trial}: a wrong passphrase changed a file"
            );
        }

        let store = ok(CaseStore::unlock(
            tmp.path(),
            PASS,
            T0 + trial * 1_000_000 + 999_999,
        ));
        let saved: BTreeMap<String, serde_json::Value> = ok(store.answers(case_id))
            .into_iter()
            .map(|a| (a.field_id, a.value))
            .collect();
        for n in &acked {
            let got = saved.get(&format!("t{trial}.q{n}"));
            assert_eq!(
                got.and_then(|v| v.get("n")).and_then(serde_json::Value::as_i64),
                Some(*n),
                "trial {trial} (seed {seed}): acknowledged save {n} is missing after the kill"
            );
        }
        assert_eq!(ok(store.integrity_check()), Vec::<String>::new(), "trial {trial}");
        ok(store.verify_audit());
        acknowledged_total += acked.len();
        drop(store);
    }
    println!(
        "crash test: {trials} kills, {acknowledged_total} acknowledged saves checked, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        acknowledged_total > trials as usize,
        "the writer got to save between kills"
    );
}

#[test]
fn an_empty_database_file_with_a_leftover_log_is_set_aside_never_opened_as_a_new_store() {
    let tmp = tempdir();
    let db = tmp.path().join(avr_core::cases::DB_FILE);
    std::fs::write(&db, b"").unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        tmp.path().join(format!("{}-wal", avr_core::cases::DB_FILE)),
        b"leftover",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    match CaseStore::unlock(tmp.path(), "any passphrase at all", T0) {
        Err(CaseError::StorageCorrupt { detail, moved_to }) => {
            assert!(
                detail.contains("empty"),
                "the user is told what is wrong: {detail}"
            );
            assert!(
                PathBuf::from(&moved_to).exists(),
                "the file is kept aside, not deleted"
            );
        }
        other => panic!(
            "an empty database must be reported damaged, not opened under any passphrase: {:?}",
            other.err()
        ),
    }
    assert!(
        !db.exists() || std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0) == 0,
        "no fresh store was built over the old path"
    );
}
