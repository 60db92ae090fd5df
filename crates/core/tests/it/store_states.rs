//! A store the app or the computer stopped while it was open: its write-ahead log holds the changes saved last,
//! so a copy that still has the log opens with them, and one whose log has gone is damaged, never opened as if
//! nothing had happened (issue 13, item 3).

use std::path::Path;

use avr_core::cases::{CaseError, CaseFilter, CaseStore};

use crate::cases::{PASS, T0, case_of, new_store, ok, person, tempdir};

/// Every file of the data folder (backups included) as it is on disk right now: what a crash or a power cut
/// leaves behind.
fn snapshot(from: &Path, to: &Path) {
    ok(std::fs::create_dir_all(to));
    for entry in ok(std::fs::read_dir(from)) {
        let entry = ok(entry);
        let kind = ok(entry.file_type());
        if kind.is_dir() {
            snapshot(&entry.path(), &to.join(entry.file_name()));
        } else if kind.is_file() {
            ok(std::fs::copy(entry.path(), to.join(entry.file_name())));
        }
    }
}

fn wal(dir: &Path) -> std::path::PathBuf {
    dir.join(format!("{}-wal", avr_core::cases::DB_FILE))
}

#[test]
fn a_store_stopped_while_open_reopens_with_the_case_saved_last() {
    let (live, stopped) = (tempdir(), tempdir());
    let store = new_store(live.path());
    ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    snapshot(live.path(), stopped.path());
    drop(store);
    assert!(
        wal(stopped.path()).exists(),
        "an open store keeps its log beside it"
    );

    let reopened = ok(CaseStore::unlock(stopped.path(), PASS, T0 + 2));
    let cases = ok(reopened.list_cases(&CaseFilter::default()));
    assert_eq!(
        cases.len(),
        1,
        "the case saved just before the stop is there: the log was replayed"
    );
}

#[test]
fn a_store_stopped_while_open_whose_log_is_gone_is_set_aside_and_the_backups_stay_offered() {
    let (live, stopped) = (tempdir(), tempdir());
    let store = new_store(live.path());
    ok(store.backup_now(T0 + 1));
    ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 2));
    snapshot(live.path(), stopped.path());
    drop(store);
    ok(std::fs::remove_file(wal(stopped.path())));

    match CaseStore::unlock(stopped.path(), PASS, T0 + 3) {
        Err(CaseError::StorageCorrupt { detail, moved_to }) => {
            assert!(
                detail.contains("log is gone"),
                "the user is told the log is missing and what that may cost: {detail}"
            );
            assert!(
                Path::new(&moved_to).exists(),
                "the file is kept aside (it may still be restored by hand), not deleted"
            );
        }
        other => panic!(
            "a store left open without its log must be reported damaged, not opened without its last changes: {:?}",
            other.err()
        ),
    }
    assert!(
        !CaseStore::exists(stopped.path()),
        "nothing was opened or created over the old path"
    );
    let backups = ok(CaseStore::backups_in(stopped.path()));
    assert_eq!(
        backups.len(),
        1,
        "the backup made before the stop is still offered"
    );
    let restored = ok(CaseStore::restore(
        stopped.path(),
        Path::new(&backups[0].path),
        PASS,
        T0 + 4,
    ));
    drop(restored);
    ok(CaseStore::unlock(stopped.path(), PASS, T0 + 5));
}

#[test]
fn a_store_closed_cleanly_has_no_log_and_opens() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    ok(store.create_case(&case_of(vec![person("Issa", "Diallo")]), T0 + 1));
    ok(store.lock());
    assert!(
        !wal(tmp.path()).exists(),
        "a clean close folds the log into the database and removes it"
    );
    let reopened = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 2));
    assert_eq!(
        ok(reopened.list_cases(&CaseFilter::default())).len(),
        1,
        "no log is expected after a clean close, so none is missing"
    );
}
