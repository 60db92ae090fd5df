//! `avr` at the edges of issue 12: a supervisor's override that goes through, an optional step with nothing
//! recorded, a disembarkation date in the future and a broken workflow definition. Runs the real binary on the
//! real handbook and a real encrypted store.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const PASSPHRASE: &str = "quay-side laptop 42";

struct Avr {
    data: tempfile::TempDir,
}

impl Avr {
    /// A fresh store, created as an admin would.
    fn new() -> Avr {
        let avr = Avr {
            data: tempfile::tempdir().expect("a temp folder"),
        };
        avr.ok(&["store", "init", "--name", "Amina Diallo", "--office", "Pozzallo"]);
        avr
    }

    fn handbook() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook")
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_avr"))
            .args(args)
            .env("AVR_DATA_DIR", self.data.path())
            .env("AVR_HANDBOOK_DIR", Self::handbook())
            .env("AVR_PASSPHRASE", PASSPHRASE)
            .env("AVR_LANG", "en")
            .output()
            .expect("the avr binary runs")
    }

    /// Run and expect success; returns standard output.
    #[track_caller]
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "avr {args:?} must succeed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Run and expect a clean refusal (exit 1); returns standard error.
    #[track_caller]
    fn refused(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(
            out.status.code(),
            Some(1),
            "avr {args:?} must be refused with exit 1, never succeed or crash: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).expect("UTF-8 errors")
    }

    /// A new one-person case; returns its number.
    fn new_case(&self) -> String {
        let out = self.ok(&[
            "case",
            "new",
            "--given-names",
            "Yonas",
            "--family-name",
            "Tesfaye",
        ]);
        out.lines()
            .next()
            .expect("the case number comes first")
            .to_owned()
    }
}

/// The line of `avr case show` output that introduces the stop titled `title`.
fn stop_line<'a>(shown: &'a str, title: &str) -> Option<&'a str> {
    shown
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("stop: {title} (")))
}

#[test]
fn a_supervisors_override_from_the_command_line_lifts_the_stop_and_is_shown_and_audited() {
    let avr = Avr::new();
    let case = avr.new_case();
    // An adult, screened for trafficking: indicators, and the referral offered and declined. The stop that
    // allows a supervisor's override is in force once the referral step is answered.
    avr.ok(&["case", "answer", &case, "age_group", "adult"]);
    avr.ok(&["case", "answer", &case, "trafficking_indicators", "debt"]);
    let shown = avr.ok(&["case", "answer", &case, "trafficking_referral_status", "declined"]);
    let title = "Trafficking referral declined (adult)";
    let line = stop_line(&shown, title).unwrap_or_else(|| panic!("the stop is listed:\n{shown}"));
    assert!(
        line.contains("(Blocking)"),
        "it holds before the override: {line}"
    );

    let reason = "Reviewed the return risk assessment with the person";
    let shown = avr.ok(&[
        "case",
        "override",
        &case,
        "trafficking-referral-declined",
        "--supervisor",
        "R. Okafor",
        "--reason",
        reason,
    ]);
    assert!(
        stop_line(&shown, title).is_some_and(|l| l.contains("(Overridden)")),
        "the override command shows the stop overridden:\n{shown}"
    );

    let card = avr.ok(&["case", "show", &case]);
    let line = stop_line(&card, title).unwrap_or_else(|| panic!("still shown:\n{card}"));
    assert!(
        line.contains("(Overridden)") && !line.contains("(Blocking)"),
        "`case show` no longer lists it as holding: {line}"
    );
    assert!(
        card.contains(&format!("overridden by R. Okafor: {reason}")),
        "`case show` says who overrode it and why:\n{card}"
    );

    let json: serde_json::Value = serde_json::from_str(&avr.ok(&["case", "show", &case, "--json"]))
        .expect("`case show --json` is JSON");
    let events = json["timeline"]
        .as_array()
        .expect("the view carries the case's audit events");
    assert!(
        events
            .iter()
            .any(|e| e["summary"] == "field override:trafficking-referral-declined"),
        "the audit log has the override: {events:?}"
    );
    assert_eq!(
        json["evaluation"]["safeguards"]
            .as_array()
            .expect("safeguards")
            .iter()
            .find(|g| g["id"] == "trafficking-referral-declined")
            .map(|g| (&g["status"], &g["override_record"]["supervisor"])),
        Some((&serde_json::json!("Overridden"), &serde_json::json!("R. Okafor"))),
        "the stored evaluation agrees"
    );
    avr.ok(&["audit", "verify"]);
}

#[test]
fn an_optional_step_with_nothing_recorded_reads_not_recorded_in_case_show() {
    let avr = Avr::new();
    let case = avr.new_case();
    let card = avr.ok(&["case", "show", &case]);
    let line = card
        .lines()
        .find(|l| l.contains(" withdrawal "))
        .unwrap_or_else(|| panic!("the withdrawal step is listed:\n{card}"));
    assert!(
        line.contains("not recorded") && !line.contains("done"),
        "nobody withdrew: the optional step is not recorded, not done: {line}"
    );

    let card = avr.ok(&["case", "answer", &case, "withdrawn", "no"]);
    let line = card
        .lines()
        .find(|l| l.contains(" withdrawal "))
        .expect("still listed");
    assert!(
        !line.contains("not recorded"),
        "once answered, it is recorded: {line}"
    );
}

/// `n` days from today, `YYYY-MM-DD` (the proleptic Gregorian calendar, from days since 1970-01-01).
fn day(n: i64) -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs();
    let z = i64::try_from(secs / 86_400).expect("days fit") + n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[test]
fn a_disembarkation_date_in_the_future_is_refused_and_nothing_is_saved() {
    let avr = Avr::new();
    // Two days ahead: tomorrow in UTC is already today in the easternmost time zones, which the core allows.
    let ahead = day(2);
    let err = avr.refused(&[
        "case",
        "new",
        "--given-names",
        "Yonas",
        "--family-name",
        "Tesfaye",
        "--disembarked-on",
        &ahead,
    ]);
    assert!(
        err.contains("disembarkation date") && err.contains("future"),
        "the text error names the field and why: {err}"
    );
    let list = avr.run(&["cases", "list"]);
    assert!(list.status.success(), "the list opens");
    assert!(
        list.stdout.is_empty(),
        "nothing was saved: {}",
        String::from_utf8_lossy(&list.stdout)
    );

    // Today is accepted: the check is the future, not a typo in the command.
    let out = avr.ok(&[
        "case",
        "new",
        "--given-names",
        "Yonas",
        "--family-name",
        "Tesfaye",
        "--disembarked-on",
        &day(0),
    ]);
    assert!(out.starts_with("AVR-"), "a case number: {out}");
}

#[test]
fn workflows_check_rejects_a_lift_that_can_never_hold_naming_file_and_safeguard() {
    let avr = Avr {
        data: tempfile::tempdir().expect("a temp folder"),
    };
    let text = std::fs::read_to_string(Avr::handbook().join("workflows/avr-case-v3.toml")).expect("v3 ships");
    let from = "lifted_when = 'treatment_available_at_home'";
    assert_eq!(text.matches(from).count(), 1, "the lift is in v3 once");
    let dir = tempfile::tempdir().expect("temp");
    std::fs::write(
        dir.path().join("avr-case-v3.toml"),
        text.replacen(
            from,
            "lifted_when = 'treatment_available_at_home and not treatment_available_at_home'",
            1,
        ),
    )
    .expect("the broken copy");
    let out = avr.run(&["workflows", "check", dir.path().to_str().expect("UTF-8 path")]);
    assert!(!out.status.success(), "the check fails");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.lines().any(|l| l.contains("avr-case-v3.toml:")
            && l.contains("treatment-unconfirmed")
            && l.contains("lifted_when")),
        "one line names the file, its line and the safeguard:\n{report}"
    );
}

#[test]
fn case_show_in_french_names_the_stop_and_how_to_lift_it_in_french_with_no_english_left() {
    let avr = Avr::new();
    let case = avr.new_case();
    avr.ok(&["case", "answer", &case, "age_group", "adult"]);
    avr.ok(&["case", "answer", &case, "trafficking_indicators", "debt"]);
    avr.ok(&["case", "answer", &case, "trafficking_referral_status", "declined"]);
    // A fear of return: a stop that latches, so that the line saying when and by whom is shown too.
    avr.ok(&["case", "answer", &case, "fear_of_return", "yes"]);
    let card = avr.ok(&["--lang", "fr", "case", "show", &case]);
    let stop = card
        .lines()
        .find(|l| l.contains("[trafficking-referral-declined]"))
        .unwrap_or_else(|| panic!("the stop is listed by its id:\n{card}"));
    assert!(
        stop.trim_start().starts_with("blocage : ") && stop.contains("(en vigueur)"),
        "the stop is introduced and its status given in French: {stop}"
    );
    assert!(
        card.lines()
            .any(|l| l.trim_start().starts_with("pour le lever : ")),
        "how to lift it is said in French:\n{card}"
    );
    assert!(
        card.lines().any(|l| l.trim_start().starts_with("déclenché le ")
            && l.contains("par Amina Diallo")
            && l.contains("(réponse « fear_of_return »)")),
        "when, by whom and by which answer the stop was triggered is said in French:\n{card}"
    );
    let months = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let triggered = card
        .lines()
        .find(|l| l.trim_start().starts_with("déclenché le "))
        .unwrap_or_default();
    assert!(
        months.iter().any(|m| triggered.contains(&format!(" {m} 20"))) && !triggered.contains("-"),
        "the day is written in French words (`3 décembre 2026`), not as an ISO date: {triggered}"
    );
    assert!(
        card.contains("prêt pour le départ : non"),
        "readiness reads in French, yes/no included:\n{card}"
    );
    for english in [
        "stop:",
        "lifts when",
        "Blocking",
        "triggered on",
        "departure ready",
        "BLOCKED",
        " done ",
        "to do",
        "current",
        "stage ",
        "(answer",
        "\n  check ",
        "false",
    ] {
        assert!(
            !card.contains(english),
            "no English word built in code is left ({english:?}):\n{card}"
        );
    }
}
