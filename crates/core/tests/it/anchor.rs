//! The audit chain against its anchor: the head last seen, kept outside the database and beside each backup,
//! authenticated with the store's own key. Real encrypted stores in temp folders; each test is one way a store
//! could be turned back or rewritten without anyone noticing, named after what the officer now sees.

use std::fs;
use std::path::Path;

use avr_core::cases::{AnchorStatus, CaseError, CaseStore};
use serde_json::json;

use crate::cases::{PASS, T0, case_of, db_file, new_store, ok, person, raw_connection, tempdir};

/// Copy the store's database file (the store must be locked: closing checkpoints its log into the file).
fn copy_db(dir: &Path, to: &Path) {
    ok(fs::copy(db_file(dir), to));
}

/// Put an old copy back as the store's database, with no log beside it.
fn put_back(dir: &Path, from: &Path) {
    for side in ["-wal", "-shm"] {
        let p = avr_core::cases::side_file(&db_file(dir), side);
        let _ = fs::remove_file(p);
    }
    ok(fs::copy(from, db_file(dir)));
}

#[test]
fn a_store_turned_back_to_an_older_copy_is_reported_at_unlock_and_audited() {
    let tmp = tempdir();
    let old_copy = tmp.path().join("older.sqlite3");
    let data = tmp.path().join("data");
    let store = new_store(&data);
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    ok(store.save_answer(c.id, "fear_of_return", &json!(false), T0 + 2));
    drop(store);
    copy_db(&data, &old_copy);

    // Later work: a fear of return recorded, then the laptop's store is swapped for the older copy.
    let store = ok(CaseStore::unlock(&data, PASS, T0 + 10));
    ok(store.save_answer(c.id, "fear_of_return", &json!(true), T0 + 11));
    drop(store);
    put_back(&data, &old_copy);

    let store = ok(CaseStore::unlock(&data, PASS, T0 + 20));
    assert!(
        matches!(store.anchor_at_unlock(), AnchorStatus::Behind { .. }),
        "unlocking says the store is older than the last state seen: {:?}",
        store.anchor_at_unlock()
    );
    let report = ok(store.verify_audit());
    assert_eq!(
        report.rollbacks.len(),
        1,
        "the rollback is in the audit log: {report:?}"
    );
    drop(store);
    let again = ok(CaseStore::unlock(&data, PASS, T0 + 30));
    assert_eq!(
        again.anchor_at_unlock(),
        &AnchorStatus::Consistent,
        "once reported and audited, the next unlock starts from this state"
    );
    assert_eq!(
        ok(again.verify_audit()).rollbacks.len(),
        1,
        "the audit keeps the finding"
    );
}

#[test]
fn a_restore_from_a_backup_is_a_rollback_on_purpose_and_raises_no_alarm() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    let backup = ok(store.backup_now(T0 + 2));
    assert!(
        avr_core::cases::side_file(&backup, ".anchor").exists(),
        "each backup carries the chain head it holds"
    );
    ok(store.save_answer(c.id, "fear_of_return", &json!(true), T0 + 3));
    drop(store);
    let restored = ok(CaseStore::restore(tmp.path(), &backup, PASS, T0 + 4));
    assert_eq!(
        restored.anchor_at_unlock(),
        &AnchorStatus::Consistent,
        "the backup's own head becomes the last state seen"
    );
    assert!(
        ok(restored.verify_audit()).rollbacks.is_empty(),
        "nothing to report"
    );
}

#[test]
fn a_forged_or_foreign_anchor_is_reported_as_not_verifying() {
    let tmp = tempdir();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    drop(new_store(&a));
    drop(new_store(&b));
    // Another store's anchor, copied over: its MAC is under another key.
    ok(fs::copy(b.join("cases.anchor"), a.join("cases.anchor")));
    let store = ok(CaseStore::unlock(&a, PASS, T0 + 5));
    assert_eq!(
        store.anchor_at_unlock(),
        &AnchorStatus::Invalid,
        "a foreign anchor does not verify"
    );
    assert_eq!(
        ok(store.verify_audit()).rollbacks.len(),
        1,
        "and the finding is audited"
    );
}

#[test]
fn a_value_changed_in_the_answer_history_breaks_the_chain() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    ok(store.save_answer(c.id, "fear_of_return", &json!(true), T0 + 2));
    ok(store.save_answer(c.id, "fear_of_return", &json!(false), T0 + 3));
    assert!(store.verify_audit().is_ok(), "untouched, it verifies");
    drop(store);
    // Someone with the passphrase rewrites history: the fear was never recorded.
    let conn = raw_connection(tmp.path());
    ok(conn.execute(
        "UPDATE answer_change SET old_value = 'false' WHERE field_id = 'fear_of_return' AND old_value = 'true'",
        [],
    ));
    drop(conn);
    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 4));
    assert!(
        matches!(store.verify_audit(), Err(CaseError::BrokenLink { .. })),
        "the chain covers the old and new values through the history row's digest"
    );
}

#[test]
fn the_anchor_file_is_private_and_holds_no_personal_data() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    ok(store.save_answer(c.id, "fear_of_return", &json!(true), T0 + 2));
    drop(store);
    let anchor = tmp.path().join("cases.anchor");
    let text = ok(fs::read_to_string(&anchor));
    assert!(
        !text.contains("Aminata") && !text.contains("fear"),
        "ids and hashes only: {text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = ok(fs::metadata(&anchor)).permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "owner-only, like every file the store writes");
    }
}
