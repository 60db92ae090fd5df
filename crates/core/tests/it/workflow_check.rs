//! `avr workflows check` on broken copies of the shipped `avr-case` v3: each mistake in a safeguard's trigger or
//! lift, in consent coverage or in a final field is rejected with a message naming the file and the safeguard,
//! purpose or field. The copy sits in a temp folder; the real English handbook resolves its references.

use std::path::Path;

use avr_core::handbook::Handbook;
use avr_core::workflow::{self, Diagnostic};

use crate::{english, handbook_root};

/// The problems `avr workflows check` reports for v3 with `from` replaced by `to` (once, exactly).
fn check_broken(from: &str, to: &str) -> Vec<Diagnostic> {
    let text = std::fs::read_to_string(handbook_root().join("workflows/avr-case-v3.toml")).expect("v3 ships");
    assert_eq!(text.matches(from).count(), 1, "`{from}` is in v3 exactly once");
    let tmp = tempfile::tempdir().expect("a temp folder");
    std::fs::write(tmp.path().join("avr-case-v3.toml"), text.replacen(from, to, 1))
        .expect("the broken copy is written");
    let hb = Handbook::load(&english()).expect("the English handbook");
    workflow::check_dir(tmp.path(), &hb)
}

/// The one diagnostic whose message holds every part of `parts`; it names the broken file.
#[track_caller]
fn reported(diags: &[Diagnostic], parts: &[&str]) -> String {
    let shown: Vec<String> = diags.iter().map(ToString::to_string).collect();
    let found = diags
        .iter()
        .find(|d| parts.iter().all(|p| d.message.contains(p)))
        .unwrap_or_else(|| panic!("a problem naming {parts:?}; got:\n{}", shown.join("\n")));
    assert!(
        Path::new(&found.file).ends_with("avr-case-v3.toml"),
        "the problem names the file: {found}"
    );
    found.to_string()
}

#[test]
fn the_shipped_definitions_pass_the_check_with_the_lift_validation() {
    let hb = Handbook::load(&english()).expect("the English handbook");
    let diags = workflow::check_dir(&handbook_root().join("workflows"), &hb);
    let shown: Vec<String> = diags.iter().map(ToString::to_string).collect();
    assert!(
        diags.is_empty(),
        "every shipped lift can hold:\n{}",
        shown.join("\n")
    );
}

#[test]
fn a_trigger_naming_an_unknown_field_is_rejected_naming_the_safeguard() {
    let d = check_broken(
        "when = 'pregnant'\nlifted_when = 'maternity_care_confirmed'",
        "when = 'pregnant_now'\nlifted_when = 'maternity_care_confirmed'",
    );
    let line = reported(&d, &["pregnancy-care-unconfirmed", "`when`", "pregnant_now"]);
    assert!(line.contains("avr-case-v3.toml:"), "file and line: {line}");
}

#[test]
fn a_lift_naming_an_unknown_field_is_rejected_naming_the_safeguard() {
    let d = check_broken(
        "lifted_when = 'maternity_care_confirmed'",
        "lifted_when = 'maternity_care_confrimed'",
    );
    reported(
        &d,
        &[
            "pregnancy-care-unconfirmed",
            "`lifted_when`",
            "maternity_care_confrimed",
        ],
    );
}

#[test]
fn a_lift_that_can_never_hold_is_rejected_naming_the_safeguard() {
    let d = check_broken(
        "lifted_when = 'treatment_available_at_home'",
        "lifted_when = 'treatment_available_at_home and not treatment_available_at_home'",
    );
    reported(&d, &["treatment-unconfirmed", "`lifted_when` can never be true"]);
    let d = check_broken(
        "lifted_when = 'trafficking_referral_status in [\"referred\", \"declined\"]'",
        "lifted_when = 'trafficking_referral_status == \"referred\" and trafficking_referral_status == \"declined\"'",
    );
    reported(
        &d,
        &["trafficking-not-referred", "`lifted_when` can never be true"],
    );
}

#[test]
fn consent_coverage_naming_an_unknown_field_is_rejected_naming_the_purpose() {
    let d = check_broken(
        "fields = [\"medical_urgent\", \"hypothermia_signs\"",
        "fields = [\"medical_urgnet\", \"hypothermia_signs\"",
    );
    reported(&d, &["medical-referral", "medical_urgnet", "not a field"]);
}

#[test]
fn a_final_mark_on_a_field_that_is_not_yes_no_is_rejected_naming_the_field() {
    // `final` is a mark on a field, so it cannot name a field that does not exist; what can go wrong is the
    // mark on a field whose answer is not a yes/no.
    let d = check_broken(
        "id = \"withdrawal_date\"\nkind = \"date\"\n",
        "id = \"withdrawal_date\"\nkind = \"date\"\nfinal = true\n",
    );
    reported(&d, &["withdrawal_date", "`final`", "yes/no"]);
}

#[test]
fn a_final_key_misspelled_is_rejected_as_an_unknown_key() {
    let d = check_broken(
        "final = true\nhelp = \"A recorded withdrawal is final.",
        "finale = true\nhelp = \"A recorded withdrawal is final.",
    );
    reported(&d, &["finale"]);
}
