//! Family cases: every household member gets the checks that apply to them. Through the real api, a real
//! encrypted store and the shipped `avr-case` v3, whose `[household]` lists the steps each member answers for
//! themselves. Each test is one way a member used to go unchecked, named after what the officer now sees.

// Each `expect` says why the call must succeed.
#![allow(clippy::needless_pass_by_value, clippy::expect_used)]

use avr_core::api::NewCaseWithHousehold;
use avr_core::cases::{CaseFilter, NewPerson};
use avr_core::workflow::{Evaluation, Value};
use serde_json::{Value as Json, json};

use crate::casework::{
    Desk, assert_blocked_by, assert_not_blocked_by, counselled_and_declared, day, exported_json,
    import_into_new_desk, pre_departure_ready, readiness_fails, rescue_adult, screening_clear, set_answer,
};

fn person(given: &str, family: &str, relationship: &str) -> NewPerson {
    NewPerson {
        given_names: given.into(),
        family_name: family.into(),
        relationship: relationship.into(),
        ..NewPerson::default()
    }
}

/// The stored key of member `position`'s answer to `field`.
fn member(position: u32, field: &str) -> String {
    format!("member:{position}:{field}")
}

/// A family of three: Yonas (principal, screened, counselled and ready to travel), his wife Saba (position 1)
/// and their son Dawit (position 2). The members have answered nothing yet.
fn family() -> Desk {
    let mut d = Desk::empty();
    d.case = d
        .api
        .case_create_with(&NewCaseWithHousehold {
            persons: vec![
                person("Yonas", "Tesfaye", "principal"),
                person("Saba", "Tesfaye", "spouse"),
                person("Dawit", "Tesfaye", "child"),
            ],
            disembarked_on: None,
        })
        .expect("a family case")
        .record
        .summary
        .id;
    d.answers(&rescue_adult())
        .answers(&screening_clear())
        .answers(&counselled_and_declared())
        .answers(&pre_departure_ready());
    d
}

/// Member `position` answers `answers` (field ids without the member prefix).
fn member_answers(d: &Desk, position: u32, answers: &[(&str, Json)]) {
    for (f, v) in answers {
        d.answer(&member(position, f), v.clone());
    }
}

/// What an adult member answers when nothing holds them: the quay, registration, the whole screening, the
/// declaration and the health check.
fn adult_member_clear() -> Vec<(&'static str, Json)> {
    let member_steps = [
        "medical_urgent",
        "hypothermia_signs",
        "dehydration_signs",
        "basic_needs_given",
        "acute_distress",
        "person_ref",
        "age_group",
        "stated_age",
        "travelling_with",
        "languages",
        "informed_in_language",
        "vulnerabilities",
        "fear_of_return",
        "screened_alone",
        "trafficking_indicators",
        "private_space_offered",
        "gbv_disclosed",
        "ongoing_medical_needs",
        "screening_date",
        "screening_interpreter",
        "wants_to_return",
        "capacity_doubt",
        "pressure_observed",
        "declaration_signed",
        "declaration_date",
        "declaration_valid_until",
        "declaration_read_aloud",
        "declaration_interpreter",
        "health_check_date",
        "fitness_decision",
        "fitness_valid_until",
        "pregnant",
        "chronic_illness",
        "escort_type",
        "health_sharing_consent",
    ];
    rescue_adult()
        .into_iter()
        .chain(screening_clear())
        .chain(counselled_and_declared())
        .chain(pre_departure_ready())
        .filter(|(f, _)| member_steps.contains(f))
        .map(|(f, v)| match f {
            "person_ref" => (f, json!("CASE-0001-2")),
            "travelling_with" => (f, json!("family")),
            _ => (f, v),
        })
        .collect()
}

/// The household members a stop holds for, by name.
fn held_for(e: &Evaluation, safeguard: &str) -> Vec<String> {
    e.safeguards
        .iter()
        .find(|g| g.id == safeguard)
        .map(|g| g.members.iter().map(|m| m.name.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn a_family_is_ready_only_when_every_member_is_screened() {
    let d = family();
    let e = d.eval();
    assert_eq!(
        e.workflow_version, 3,
        "new cases follow v3, which checks every member"
    );
    assert_blocked_by(&e, "counselling-session", "screening-incomplete");
    assert!(
        held_for(&e, "screening-incomplete")
            .iter()
            .any(|n| n.starts_with("Saba Tesfaye")),
        "the stop names the member not yet screened: {:?}",
        held_for(&e, "screening-incomplete")
    );
    assert!(
        !e.readiness.ready,
        "an unscreened member keeps the family from departure"
    );
    let stop = e
        .safeguards
        .iter()
        .find(|g| g.id == "screening-incomplete")
        .expect("shown");
    assert!(
        !stop.principal,
        "the principal applicant is screened: it holds for the members only"
    );
}

#[test]
fn a_family_whose_members_are_all_clear_is_ready() {
    let d = family();
    member_answers(&d, 1, &adult_member_clear());
    member_answers(&d, 2, &adult_member_clear());
    let e = d.eval();
    assert!(
        e.readiness.ready,
        "every member screened and declared: nothing holds. blocked by {:?}, members {:?}",
        e.readiness.blocked_by,
        e.safeguards
            .iter()
            .map(|g| (&g.id, &g.members))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_child_travelling_with_a_parent_gets_the_child_checks() {
    let d = family();
    member_answers(&d, 1, &adult_member_clear());
    member_answers(&d, 2, &adult_member_clear());
    member_answers(
        &d,
        2,
        &[
            ("age_group", json!("child")),
            ("stated_age", json!(9)),
            ("child_situation", json!("with_parent")),
        ],
    );
    let e = d.eval();
    assert_blocked_by(&e, "departure-day", "child-best-interests");
    assert_eq!(
        held_for(&e, "child-best-interests"),
        vec!["Dawit Tesfaye (child)".to_owned()],
        "the best-interests stop holds for the child, by name"
    );
    assert!(
        !e.readiness.ready,
        "the family does not travel before the child's best interests are assessed"
    );
    let row = &d.api.cases_list(&CaseFilter::default()).expect("list")[0];
    assert!(
        !row.safeguards.is_empty(),
        "the case list shows the child's stop by title: {:?}",
        row.safeguards
    );
}

#[test]
fn a_spouses_fear_of_return_holds_the_family_and_editing_it_lifts_nothing() {
    let d = family();
    member_answers(&d, 1, &adult_member_clear());
    member_answers(&d, 2, &adult_member_clear());
    d.answer(&member(1, "fear_of_return"), json!(true));
    assert_blocked_by(&d.eval(), "counselling-session", "asylum-claim-open");
    d.answer(&member(1, "fear_of_return"), json!(false));
    let e = d.eval();
    assert_blocked_by(&e, "counselling-session", "asylum-claim-open");
    let stop = e
        .safeguards
        .iter()
        .find(|g| g.id == "asylum-claim-open")
        .expect("shown");
    let hold = stop.members.first().expect("it holds for Saba");
    assert_eq!(hold.position, 1, "for the spouse");
    assert_eq!(
        hold.latch.as_ref().and_then(|l| l.field.as_deref()),
        Some("fear_of_return"),
        "her latch names the answer that triggered it"
    );
    assert!(
        d.stored(&member(1, "latch:asylum-claim-open")).is_some(),
        "the latch is stored under her key"
    );
    assert!(
        d.stored("latch:asylum-claim-open").is_none(),
        "not as the principal's"
    );
}

#[test]
fn a_members_mistaken_fear_is_corrected_for_that_member_only() {
    let d = family();
    member_answers(&d, 1, &adult_member_clear());
    member_answers(&d, 2, &adult_member_clear());
    d.answer(&member(1, "fear_of_return"), json!(true));
    let refused = d
        .correct(
            &member(1, "fear_of_return"),
            json!(false),
            "entered on the wrong person's record",
            None,
        )
        .expect_err("lifting a never-overridable stop needs a supervisor");
    assert!(
        refused.contains("supervisor"),
        "the message asks for the supervisor: {refused}"
    );
    d.correct(
        &member(1, "fear_of_return"),
        json!(false),
        "entered on the wrong person's record",
        Some("F. Rossi"),
    )
    .expect("a supervisor's correction is accepted");
    assert_not_blocked_by(&d.eval(), "counselling-session", "asylum-claim-open");
}

#[test]
fn a_pregnant_spouse_past_the_carriers_limit_stops_the_departure() {
    let d = family();
    member_answers(&d, 1, &adult_member_clear());
    member_answers(&d, 2, &adult_member_clear());
    member_answers(
        &d,
        1,
        &[
            ("pregnant", json!(true)),
            ("pregnancy_weeks", json!(35)),
            ("pregnancy_weeks_on", day(-2)),
            ("multiple_pregnancy", json!(false)),
        ],
    );
    let e = d.eval();
    assert_blocked_by(&e, "departure-day", "pregnancy-past-carrier-limit");
    assert_eq!(
        held_for(&e, "pregnancy-past-carrier-limit"),
        vec!["Saba Tesfaye (spouse)".to_owned()],
        "the stop names the pregnant member"
    );
}

#[test]
fn a_members_answer_is_typed_and_a_shared_question_is_answered_once() {
    let d = family();
    let typo = d.refused(&member(1, "fear_of_return"), json!("yes"));
    assert!(
        typo.contains("yes/no") || typo.contains("answer"),
        "a mistyped member answer is refused: {typo}"
    );
    let shared = d.refused(&member(1, "departure_date"), day(10));
    assert!(
        shared.contains("once for the whole case"),
        "the departure date is the family's, not a member's: {shared}"
    );
    let nobody = d.refused(&member(7, "fear_of_return"), json!(false));
    assert!(
        nobody.contains("no member 7"),
        "a member the household lacks: {nobody}"
    );
}

#[test]
fn the_principals_override_does_not_lift_a_members_stop() {
    let d = family();
    member_answers(&d, 1, &adult_member_clear());
    member_answers(&d, 2, &adult_member_clear());
    d.answer(&member(1, "trafficking_indicators"), json!(["debt"]));
    d.answer(&member(1, "trafficking_referral_status"), json!("declined"));
    d.answer(&member(1, "trafficking_referral_date"), day(-1));
    let e = d.eval();
    assert_blocked_by(&e, "departure-day", "trafficking-referral-declined");
    let principal = d.api.case_override(
        d.case,
        "trafficking-referral-declined",
        "F. Rossi",
        "the principal applicant declined after full information",
    );
    assert!(
        principal.is_err() || {
            let e = d.eval();
            blocked(&e, "departure-day", "trafficking-referral-declined")
        },
        "an override on the principal's record leaves Saba's stop in place"
    );
    d.api
        .case_override(
            d.case,
            &member(1, "trafficking-referral-declined"),
            "F. Rossi",
            "Saba declined the referral after full information in Tigrinya",
        )
        .expect("her own override, with a supervisor and a reason");
    assert_not_blocked_by(&d.eval(), "departure-day", "trafficking-referral-declined");
}

fn blocked(e: &Evaluation, step: &str, safeguard: &str) -> bool {
    e.blocked_steps
        .iter()
        .any(|b| b.step == step && b.safeguards.iter().any(|s| s == safeguard))
}

#[test]
fn a_declaration_that_ends_before_the_departure_holds_readiness() {
    let d = family();
    member_answers(&d, 1, &adult_member_clear());
    member_answers(&d, 2, &adult_member_clear());
    assert!(
        d.eval().readiness.ready,
        "ready with the declaration standing sixty days"
    );
    d.answer("declaration_valid_until", day(5));
    let e = d.eval();
    assert!(
        !e.readiness.ready,
        "a departure in ten days outlives a declaration ending in five"
    );
    assert!(
        readiness_fails(&e, "Voluntary declaration"),
        "the readiness check names the declaration: {:?}",
        e.readiness.checks
    );
}

#[test]
fn an_imported_family_keeps_each_members_stop_and_refuses_a_members_shared_answer() {
    let d = family();
    member_answers(&d, 1, &adult_member_clear());
    member_answers(&d, 2, &adult_member_clear());
    d.answer(&member(1, "fear_of_return"), json!(true));
    let file = exported_json(&d);
    let (imported, r) = import_into_new_desk(&file);
    let view = r.expect("a family case exported here imports elsewhere");
    imported.api.case_view(view.record.summary.id).expect("opens");
    assert_blocked_by(&view.evaluation, "counselling-session", "asylum-claim-open");
    let mut forged = file.clone();
    set_answer(&mut forged, &member(1, "departure_date"), day(3));
    let (_, r) = import_into_new_desk(&forged);
    assert!(
        r.is_err_and(|m| m.contains("member:1:departure_date") && m.contains("once for the whole case")),
        "a member's answer to a shared question is refused, with the key named"
    );
    let mut stranger = file;
    set_answer(&mut stranger, &member(9, "fear_of_return"), json!(false));
    let (_, r) = import_into_new_desk(&stranger);
    assert!(
        r.is_err_and(|m| m.contains("no member 9")),
        "an answer for someone not in the household is refused"
    );
}

/// Member `position`'s answer to `field` on `step`, as the case screen shows it when the officer picks them:
/// `None` when unanswered, or when the step does not apply to them.
fn members_answer(view: &avr_core::api::CaseView, position: u32, step: &str, field: &str) -> Option<Value> {
    view.members
        .iter()
        .find(|m| m.position == position)
        .and_then(|m| m.evaluation.steps.iter().find(|s| s.id == step))
        .and_then(|s| s.fields.iter().find(|f| f.id == field))
        .and_then(|f| f.value.clone())
}

#[test]
fn the_case_screen_shows_and_saves_each_members_own_answers_on_member_steps() {
    let d = family();
    member_answers(&d, 2, &adult_member_clear());
    let view = d.view();
    assert!(
        view.member_steps.iter().any(|s| s == "fear-of-return"),
        "fear of return is asked of every member, so the screen offers the person switcher there: {:?}",
        view.member_steps
    );
    assert!(
        view.member_safeguards.iter().any(|g| g == "asylum-claim-open"),
        "the asylum stop reads fear of return, so on a member's view it is that member's own: {:?}",
        view.member_safeguards
    );
    let names: Vec<(u32, &str)> = view
        .members
        .iter()
        .map(|m| (m.position, m.name.as_str()))
        .collect();
    assert_eq!(
        names,
        [(1, "Saba Tesfaye (spouse)"), (2, "Dawit Tesfaye (child)")],
        "the switcher lists the members in household order, by name and relationship"
    );

    // The officer picks Saba and records her fear of return, as the app does.
    let view = d
        .api
        .case_answer_for(d.case, Some(1), "fear_of_return", &json!(true))
        .expect("a member's answer to a member step is saved");
    assert_eq!(
        members_answer(&view, 1, "fear-of-return", "fear_of_return"),
        Some(true.into()),
        "Saba's step shows her own answer"
    );
    assert_eq!(
        members_answer(&view, 2, "fear-of-return", "fear_of_return"),
        Some(false.into()),
        "Dawit's step shows his own answer, not hers"
    );
    let principal = view
        .evaluation
        .steps
        .iter()
        .find(|s| s.id == "fear-of-return")
        .and_then(|s| s.fields.iter().find(|f| f.id == "fear_of_return"))
        .and_then(|f| f.value.clone());
    assert_eq!(principal, Some(false.into()), "Yonas's own answer is unchanged");
    let saba = &view.members[0].evaluation;
    assert!(
        saba.safeguards.iter().any(|g| g.id == "asylum-claim-open"),
        "Saba's own evaluation shows the stop her answer triggered: {:?}",
        saba.safeguards.iter().map(|g| &g.id).collect::<Vec<_>>()
    );
    assert_eq!(
        held_for(&view.evaluation, "asylum-claim-open"),
        ["Saba Tesfaye (spouse)"],
        "the case's evaluation names her as the member it holds for"
    );
    let refused = d
        .api
        .case_answer_for(d.case, Some(1), "departure_date", &day(30))
        .expect_err("a shared question has no per-member answer");
    assert!(
        refused.to_string().contains("once for the whole case"),
        "the message says the question is the family's: {refused}"
    );
}

#[test]
fn an_override_chosen_for_a_member_on_the_case_screen_lifts_that_members_stop() {
    let d = family();
    member_answers(&d, 1, &adult_member_clear());
    member_answers(&d, 2, &adult_member_clear());
    d.answer(&member(1, "trafficking_indicators"), json!(["debt"]));
    d.answer(&member(1, "trafficking_referral_status"), json!("declined"));
    d.answer(&member(1, "trafficking_referral_date"), day(-1));
    assert_blocked_by(&d.eval(), "departure-day", "trafficking-referral-declined");
    let view = d
        .api
        .case_override_for(
            d.case,
            Some(1),
            "trafficking-referral-declined",
            "F. Rossi",
            "Saba declined the referral after full information in Tigrinya",
        )
        .expect("the override form, set to Saba, records her override");
    assert_not_blocked_by(&view.evaluation, "departure-day", "trafficking-referral-declined");
    assert!(
        d.stored(&member(1, "override:trafficking-referral-declined"))
            .is_some(),
        "the override is on Saba's record, where her stop reads it"
    );
}
