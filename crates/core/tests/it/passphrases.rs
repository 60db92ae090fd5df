//! Choosing and changing the passphrase, and what is said about failed unlocks: on real encrypted stores in temp
//! folders, through the store and through the api.

use std::path::Path;

use avr_core::cases::{CaseError, CaseStore, FailedUnlocks};
use avr_core::i18n::Lang;
use serde_json::json;

use crate::cases::{PASS, T0, case_of, new_store, ok, person, raw_connection, tempdir};

/// The audit events with this action, as `(at, summary)`.
fn audited(dir: &Path, action: &str) -> Vec<(i64, String)> {
    let conn = raw_connection(dir);
    let mut stmt = ok(conn.prepare("SELECT at, summary FROM audit_event WHERE action = ?1 ORDER BY id"));
    ok(stmt
        .query_map([action], |r| Ok((r.get(0)?, r.get(1)?)))
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<(i64, String)>>>()))
}

#[test]
fn an_easy_to_guess_passphrase_of_twelve_characters_is_refused_at_setup_and_on_change_saying_why() {
    let tmp = tempdir();
    for weak in ["password1234", "qwertyuiop123", "aaaaaaaaaaaaaaaa"] {
        let err = CaseStore::create(tmp.path(), weak, T0)
            .err()
            .unwrap_or_else(|| panic!("{weak:?} is long enough but among the first guesses: refused"));
        assert!(
            matches!(err, CaseError::WeakPassphrase(_)),
            "{weak:?}: refused as too easy to guess, not for another reason: {err}"
        );
        assert_eq!(
            err.code(),
            avr_core::ErrorCode::Validation,
            "the UI shows it by the field"
        );
        assert!(
            !CaseStore::exists(tmp.path()),
            "nothing is created under a refused passphrase"
        );
    }
    let mut store = new_store(tmp.path());
    let err = store
        .rekey("password1234", T0 + 1)
        .err()
        .unwrap_or_else(|| panic!("a change to a common password is refused too"));
    assert!(matches!(err, CaseError::WeakPassphrase(_)), "{err}");
    assert!(
        matches!(store.rekey("elevenchars", T0 + 2), Err(CaseError::WeakPassphrase(e)) if e.too_short()),
        "eleven characters are under the minimum of twelve on a change as well"
    );
    drop(store);
    ok(CaseStore::unlock(tmp.path(), PASS, T0 + 3))
        .lock()
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn the_strength_shown_while_typing_is_the_rule_the_store_applies_with_advice_in_the_person_s_language() {
    let weak = avr_core::cases::estimate("password1234");
    let fr = weak.strength(Lang::Fr);
    assert!(
        !fr.acceptable,
        "the store would refuse it, so the form says so: {fr:?}"
    );
    assert!(fr.score < fr.min_score, "{fr:?}");
    assert_eq!(
        fr.warning.as_deref(),
        Some("C'est l'un des mots de passe les plus courants."),
        "zxcvbn's warning, in French"
    );
    let refusal = weak.refusal(Lang::Ar);
    assert!(
        refusal.contains("سهلة التخمين"),
        "the refusal says why in Arabic: {refusal}"
    );
    let short = avr_core::cases::estimate("short");
    assert!(
        short.refusal(Lang::Es).contains("al menos 12 caracteres"),
        "too short, and by how much, in Spanish: {}",
        short.refusal(Lang::Es)
    );
    let good = avr_core::cases::estimate("quay-side laptop 42").strength(Lang::En);
    assert!(good.acceptable && good.warning.is_none(), "{good:?}");
}

#[test]
fn failed_unlocks_are_told_at_the_next_unlock_audited_and_then_forgotten() {
    let tmp = tempdir();
    drop(new_store(tmp.path()));
    for (i, wrong) in ["not the passphrase", "correct horse battery stapel"]
        .iter()
        .enumerate()
    {
        assert!(
            matches!(
                CaseStore::unlock(tmp.path(), wrong, T0 + 10 + i as i64),
                Err(CaseError::WrongPassphrase)
            ),
            "a wrong passphrase is refused"
        );
    }
    let side = tmp.path().join("cases.attempts");
    let text = ok(std::fs::read_to_string(&side));
    assert!(
        !text.contains("stapel") && !text.contains("not the"),
        "the count outside the store holds no passphrase: {text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = ok(std::fs::metadata(&side)).permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the count is readable by its owner only");
    }

    let store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 100));
    assert_eq!(
        store.failed_unlocks_at_unlock(),
        Some(FailedUnlocks {
            count: 2,
            last_at: T0 + 11
        }),
        "the unlock after two failures reports both and when the last one was"
    );
    drop(store);
    let events = audited(tmp.path(), "store.failed-unlocks");
    assert_eq!(events.len(), 1, "the failures are one audit event: {events:?}");
    assert!(
        events[0]
            .1
            .starts_with("2 failed unlock attempt(s) since the last unlock, the last on 2026-03-10"),
        "the event says how many and when: {events:?}"
    );
    assert!(!side.exists(), "the count starts again after it was reported");

    let again = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 200));
    assert_eq!(
        again.failed_unlocks_at_unlock(),
        None,
        "the next clean unlock says nothing"
    );
}

#[test]
fn changing_the_passphrase_re_encrypts_or_removes_every_set_aside_file_and_says_which() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let c = ok(store.create_case(&case_of(vec![person("Aminata", "Koné")]), T0 + 1));
    ok(store.save_answer(c.id, "intake.language", &json!("bambara"), T0 + 2));
    let backup = ok(store.backup_now(T0 + 3));
    drop(store);
    // A restore keeps the database it replaced (a whole store under the old passphrase), and a crash in an
    // earlier first run left a log on its own.
    drop(ok(CaseStore::restore(tmp.path(), &backup, PASS, T0 + 4)));
    let orphan = tmp.path().join("cases.sqlite3.orphan-20260101T000000000Z-wal");
    ok(std::fs::write(&orphan, b"pages under the old key"));
    let kept_aside = |dir: &Path| -> Vec<String> {
        ok(std::fs::read_dir(dir))
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| {
                n.starts_with("cases.sqlite3.before-restore-") && !n.ends_with("-wal") && !n.ends_with("-shm")
            })
            .collect()
    };
    let before_restore = kept_aside(tmp.path());
    assert_eq!(
        before_restore.len(),
        1,
        "the restore kept the database it replaced"
    );

    let mut store = ok(CaseStore::unlock(tmp.path(), PASS, T0 + 5));
    let new_pass = "a much better passphrase 2026";
    let report = ok(store.rekey(new_pass, T0 + 6));
    drop(store);
    assert_eq!(
        report.set_aside_rekeyed, before_restore,
        "the replaced database opened completely, so it was re-encrypted: {report:?}"
    );
    assert_eq!(
        report.set_aside_removed,
        vec!["cases.sqlite3.orphan-20260101T000000000Z-wal".to_owned()],
        "a log on its own cannot be re-encrypted, so it was removed: {report:?}"
    );
    assert!(!orphan.exists(), "the orphan log is gone");

    let aside = tmp.path().join(&before_restore[0]);
    let opens_with = |pass: &str| {
        let conn = ok(rusqlite::Connection::open(&aside));
        conn.execute_batch(&format!("PRAGMA key = '{pass}';"))
            .and_then(|()| conn.query_row("SELECT count(*) FROM case_file", [], |r| r.get::<_, i64>(0)))
            .ok()
    };
    assert_eq!(
        opens_with(new_pass),
        Some(1),
        "the set-aside database opens with the new passphrase and still holds its case"
    );
    assert_eq!(
        opens_with(PASS),
        None,
        "nothing set aside opens with the old passphrase any more"
    );
}

#[test]
fn retention_also_removes_set_aside_files_older_than_its_cutoff() {
    let tmp = tempdir();
    let store = new_store(tmp.path());
    let old = tmp.path().join("cases.sqlite3.corrupt-20250101T000000000Z");
    let recent = tmp.path().join("cases.sqlite3.corrupt-20260309T000000000Z");
    for f in [&old, &recent] {
        ok(std::fs::write(f, b"a damaged database"));
        ok(std::fs::write(avr_core::cases::side_file(f, "-wal"), b"its log"));
    }
    let report = ok(store.purge_closed(30, T0));
    assert_eq!(
        report.set_aside_removed,
        vec!["cases.sqlite3.corrupt-20250101T000000000Z".to_owned()],
        "only what was set aside before the cutoff goes: {report:?}"
    );
    assert!(
        !old.exists() && !avr_core::cases::side_file(&old, "-wal").exists(),
        "the old damaged database and its log are removed"
    );
    assert!(
        recent.exists(),
        "a recent one stays, to be examined or restored from"
    );
    drop(store);
    assert_eq!(
        audited(tmp.path(), "store.set-aside-removed").len(),
        1,
        "the removal is audited"
    );
}
