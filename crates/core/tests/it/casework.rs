//! Safeguards at the edges, through the real api, a real encrypted case store in a temp folder, the real handbook
//! and the shipped `avr-case` (new cases follow v3, which is v2 with household members and the declaration's
//! validity; engine-level checks read v2): edits, typos, corrections, imports, children, health, documents, context and
//! dates. Each test is one way a stop used to give way, named after what the officer now sees.
//!
//! The desk's dates are relative to the real today, because the api reads the clock: `day(-3)` is three days
//! ago.

// The desk's helpers take answers by value so that scenarios read `d.answer("withdrawn", json!(true))`.
#![allow(clippy::needless_pass_by_value)]

use std::path::Path;

use avr_core::api::{Api, ApiConfig, CaseView, ExportFormat, ExportRequest, NewCaseRequest, PageSize};
use avr_core::cases::{CaseFilter, StaffProfile};
use avr_core::workflow::{self, Answers, Date, Evaluation, StepStatus, Value, Workflow};
use proptest::prelude::*;
use serde_json::{Value as Json, json};

use crate::handbook_root;

const PASSPHRASE: &str = "quay-side laptop 42";

/// Today, as the api sees it.
pub(crate) fn today() -> Date {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_millis();
    let iso = avr_core::cases::IsoDate::from_unix_ms(i64::try_from(now).expect("milliseconds fit"));
    iso.to_string().parse().expect("an IsoDate is a workflow date")
}

/// `n` days from today, as an answer.
pub(crate) fn day(n: i64) -> Json {
    json!(today().add_days(n).expect("a date in range").to_string())
}

/// An officer at a laptop, with one new case open.
pub(crate) struct Desk {
    pub(crate) _tmp: tempfile::TempDir,
    pub(crate) api: Api,
    pub(crate) case: i64,
}

impl Desk {
    pub(crate) fn new() -> Desk {
        let mut d = Desk::empty();
        d.case = d
            .api
            .case_create(&NewCaseRequest {
                given_names: "Yonas".into(),
                family_name: "Tesfaye".into(),
                other_names: String::new(),
                disembarked_on: None,
            })
            .expect("a new case")
            .record
            .summary
            .id;
        d
    }

    /// A store with no case yet (to import one).
    pub(crate) fn empty() -> Desk {
        let tmp = tempfile::tempdir().expect("a temp folder");
        let api = Api::open(ApiConfig {
            handbook_dir: handbook_root(),
            data_dir: tmp.path().to_path_buf(),
        })
        .expect("the api opens on the shipped handbook");
        let staff = StaffProfile {
            name: "Amina Diallo".into(),
            office: "Pozzallo".into(),
        };
        api.vault_create(PASSPHRASE, &staff).expect("a new store");
        Desk {
            _tmp: tmp,
            api,
            case: 0,
        }
    }

    #[track_caller]
    pub(crate) fn answer(&self, field: &str, value: Json) -> &Desk {
        if let Err(e) = self.api.case_answer(self.case, field, &value) {
            panic!("saving {field} = {value} must be accepted: {e}");
        }
        self
    }

    #[track_caller]
    pub(crate) fn answers(&self, answers: &[(&str, Json)]) -> &Desk {
        for (f, v) in answers {
            self.answer(f, v.clone());
        }
        self
    }

    /// The message of an answer the core refuses; the answer must not be stored.
    #[track_caller]
    pub(crate) fn refused(&self, field: &str, value: Json) -> String {
        let before = self.stored(field);
        let Err(e) = self.api.case_answer(self.case, field, &value) else {
            panic!("saving {field} = {value} must be refused");
        };
        assert_eq!(
            self.stored(field),
            before,
            "a refused answer leaves the stored one as it was"
        );
        e.to_string()
    }

    pub(crate) fn stored(&self, field: &str) -> Option<Json> {
        self.view()
            .record
            .answers
            .iter()
            .find(|a| a.field_id == field)
            .map(|a| a.value.clone())
    }

    pub(crate) fn correct(
        &self,
        field: &str,
        value: Json,
        reason: &str,
        supervisor: Option<&str>,
    ) -> Result<CaseView, String> {
        self.api
            .case_correct(self.case, field, &value, reason, supervisor)
            .map_err(|e| e.to_string())
    }

    pub(crate) fn view(&self) -> CaseView {
        self.api.case_view(self.case).expect("the case opens")
    }

    pub(crate) fn eval(&self) -> Evaluation {
        self.view().evaluation
    }
}

pub(crate) fn blockers(eval: &Evaluation, step: &str) -> Vec<String> {
    eval.blocked_steps
        .iter()
        .find(|b| b.step == step)
        .map(|b| b.safeguards.clone())
        .unwrap_or_default()
}

#[track_caller]
pub(crate) fn assert_blocked_by(eval: &Evaluation, step: &str, safeguard: &str) {
    let b = blockers(eval, step);
    assert!(
        b.iter().any(|s| s == safeguard),
        "`{step}` must be blocked by `{safeguard}`; blocked by {b:?}"
    );
}

#[track_caller]
pub(crate) fn assert_not_blocked_by(eval: &Evaluation, step: &str, safeguard: &str) {
    let b = blockers(eval, step);
    assert!(
        !b.iter().any(|s| s == safeguard),
        "`{step}` must not be blocked by `{safeguard}`; blocked by {b:?}"
    );
}

pub(crate) fn status(eval: &Evaluation, step: &str) -> Option<StepStatus> {
    eval.steps.iter().find(|s| s.id == step).map(|s| s.status)
}

pub(crate) fn checklist_has(eval: &Evaluation, item: &str) -> bool {
    eval.checklist.iter().any(|c| c.id == item)
}

pub(crate) fn readiness_fails(eval: &Evaluation, label_part: &str) -> bool {
    eval.readiness
        .checks
        .iter()
        .any(|c| c.label.contains(label_part) && !c.ok)
}

// ---------------------------------------------------------------------------------------------------------------
// Answer sets: an adult from the quay through screening, counselling and pre-departure

pub(crate) fn rescue_adult() -> Vec<(&'static str, Json)> {
    vec![
        ("arrival_mode", json!("rescued")),
        ("disembarkation_date", day(-30)),
        ("medical_urgent", json!(false)),
        ("hypothermia_signs", json!(false)),
        ("dehydration_signs", json!(false)),
        ("basic_needs_given", json!(true)),
        ("acute_distress", json!(false)),
        ("person_ref", json!("CASE-0001")),
        ("age_group", json!("adult")),
        ("stated_age", json!(34)),
        ("travelling_with", json!("alone")),
        ("languages", json!("Tigrinya, Arabic")),
        ("informed_in_language", json!(true)),
        ("vulnerabilities", json!(["none"])),
        ("handed_over_to", json!(["nobody"])),
        ("health_details_separate", json!(true)),
        ("told_where_to_find_iom", json!(true)),
    ]
}

pub(crate) fn screening_clear() -> Vec<(&'static str, Json)> {
    vec![
        ("fear_of_return", json!(false)),
        ("screened_alone", json!(true)),
        ("trafficking_indicators", json!(["none"])),
        ("private_space_offered", json!(true)),
        ("gbv_disclosed", json!("no")),
        ("ongoing_medical_needs", json!(false)),
        ("screening_date", day(-25)),
        ("screening_interpreter", json!("A. Haile, IOM roster 114")),
    ]
}

pub(crate) fn counselled_and_declared() -> Vec<(&'static str, Json)> {
    vec![
        ("session_date", day(-20)),
        ("counselling_language", json!("Tigrinya")),
        ("interpreter_used", json!(true)),
        ("interpreter_name", json!("A. Haile")),
        ("interpreter_mode", json!("in_person")),
        ("understanding_checked", json!(true)),
        ("asylum_right_explained", json!(true)),
        ("withdrawal_right_explained", json!(true)),
        ("rested_and_seen", json!(true)),
        ("ready_to_decide", json!(true)),
        ("wants_to_return", json!("yes")),
        ("capacity_doubt", json!(false)),
        ("pressure_observed", json!(false)),
        ("declaration_signed", json!(true)),
        ("declaration_date", day(-15)),
        ("declaration_valid_until", day(60)),
        ("declaration_read_aloud", json!(true)),
        ("declaration_interpreter", json!("A. Haile")),
    ]
}

pub(crate) fn pre_departure_ready() -> Vec<(&'static str, Json)> {
    vec![
        ("decision_reconfirmed", json!(true)),
        ("no_new_fear", json!(true)),
        ("own_travel_document", json!(true)),
        ("travel_document_type", json!("passport")),
        ("travel_document_number", json!("P1234567")),
        ("travel_document_issuer", json!("Ministry of Foreign Affairs")),
        ("travel_document_issued", json!("2021-03-01")),
        ("travel_document_expires", day(2000)),
        ("health_check_date", day(-2)),
        ("fitness_decision", json!("fit")),
        ("fitness_valid_until", day(40)),
        ("pregnant", json!(false)),
        ("chronic_illness", json!(false)),
        ("escort_type", json!("none")),
        ("health_sharing_consent", json!(true)),
        ("departure_date", day(10)),
        ("route_safe", json!(true)),
        ("offices_informed", json!(true)),
    ]
}

/// An adult with no protection needs, ready to travel in ten days.
pub(crate) fn ready_adult() -> Desk {
    let d = Desk::new();
    d.answers(&rescue_adult())
        .answers(&screening_clear())
        .answers(&counselled_and_declared())
        .answers(&pre_departure_ready());
    d
}

// ---------------------------------------------------------------------------------------------------------------
// Latches and corrections

#[test]
fn a_ready_adult_is_ready_in_the_newest_workflow_and_the_case_list_shows_no_stop() {
    let d = ready_adult();
    let e = d.eval();
    assert_eq!(e.workflow_version, 3, "new cases follow the newest workflow");
    assert!(
        e.readiness.ready,
        "every record covers the date and nothing blocks: {:?} {:?}",
        e.readiness.checks.iter().filter(|c| !c.ok).collect::<Vec<_>>(),
        e.readiness.blocked_by
    );
    let list = d.api.cases_list(&CaseFilter::default()).expect("the list");
    assert!(
        list[0].safeguards.is_empty(),
        "nothing blocks: {:?}",
        list[0].safeguards
    );
}

#[test]
fn editing_fear_of_return_does_not_lift_the_asylum_stop() {
    let d = ready_adult();
    d.answer("fear_of_return", json!(true));
    d.answer("asylum_outcome", json!("pending"));
    assert_blocked_by(&d.eval(), "counselling-session", "asylum-claim-open");
    // The officer edits the answer back to "no": the stop stays, and says when it was triggered and by whom.
    d.answer("fear_of_return", json!(false));
    let e = d.eval();
    assert_blocked_by(&e, "counselling-session", "asylum-claim-open");
    assert_blocked_by(&e, "departure-day", "asylum-claim-open");
    let stop = e
        .safeguards
        .iter()
        .find(|g| g.id == "asylum-claim-open")
        .expect("the stop is shown");
    let latch = stop.latch.as_ref().expect("the stop carries its latch");
    assert_eq!(latch.triggered_on, today().to_string(), "triggered today");
    assert!(
        latch.triggered_by.contains("Amina Diallo"),
        "triggered by the officer who saved it"
    );
    assert_eq!(
        latch.field.as_deref(),
        Some("fear_of_return"),
        "by the fear-of-return answer"
    );
    assert!(
        !e.readiness.ready,
        "a latched asylum stop keeps the person from departure"
    );
}

#[test]
fn after_an_edit_the_asylum_questions_stay_in_view_and_their_answer_lifts_the_stop() {
    let d = ready_adult();
    d.answer("fear_of_return", json!(true));
    d.answer("fear_of_return", json!(false));
    let e = d.eval();
    let step = e
        .steps
        .iter()
        .find(|s| s.id == "fear-of-return")
        .expect("the step is shown");
    assert!(
        step.fields.iter().any(|f| f.id == "asylum_outcome"),
        "the question that lifts the latched stop is still asked"
    );
    d.answers(&[
        ("asylum_referred", json!(true)),
        ("fear_own_words", json!("Afraid of the militia")),
        ("asylum_referral_date", day(-1)),
        ("asylum_outcome", json!("claim_withdrawn")),
        ("unhcr_coordinated", json!(true)),
    ]);
    assert_not_blocked_by(&d.eval(), "counselling-session", "asylum-claim-open");
}

#[test]
fn the_asylum_outcome_still_lifts_a_latched_asylum_stop() {
    let d = ready_adult();
    d.answer("fear_of_return", json!(true));
    d.answer("asylum_referred", json!(true));
    d.answer("fear_own_words", json!("Afraid of the militia in my village"));
    d.answer("asylum_referral_date", day(-1));
    d.answer("asylum_outcome", json!("no_protection_need"));
    assert_not_blocked_by(&d.eval(), "counselling-session", "asylum-claim-open");
}

#[test]
fn correcting_a_mistaken_fear_of_return_needs_a_reason_and_a_supervisor() {
    let d = ready_adult();
    d.answer("fear_of_return", json!(true));
    let short = d.correct("fear_of_return", json!(false), "typo", Some("R. Okafor"));
    assert!(
        short.is_err_and(|m| m.contains("say why")),
        "a correction without a real reason is refused"
    );
    let no_sup = d.correct(
        "fear_of_return",
        json!(false),
        "Ticked yes for the wrong person on the list",
        None,
    );
    assert!(
        no_sup.is_err_and(|m| m.contains("supervisor")),
        "clearing a never-overridable stop needs a supervisor's name"
    );
    assert_blocked_by(&d.eval(), "counselling-session", "asylum-claim-open");
    let v = d
        .correct(
            "fear_of_return",
            json!(false),
            "Ticked yes for the wrong person on the list",
            Some("R. Okafor"),
        )
        .expect("a reasoned correction with a supervisor is accepted");
    assert_not_blocked_by(&v.evaluation, "counselling-session", "asylum-claim-open");
    assert!(
        v.timeline.iter().any(|e| e.action == "answer.corrected"),
        "the correction is on the timeline"
    );
    let change = v
        .changes
        .iter()
        .rev()
        .find(|c| c.field_id == "fear_of_return")
        .expect("the history records the change");
    assert_eq!(change.old_value, Some(json!(true)), "the old value is kept");
    assert_eq!(change.new_value, json!(false), "and the new one");
    assert!(
        change
            .note
            .as_deref()
            .is_some_and(|n| n.contains("R. Okafor") && n.contains("wrong person")),
        "with the reason and the supervisor: {:?}",
        change.note
    );
}

#[test]
fn the_audit_log_keeps_field_names_while_the_history_keeps_values() {
    let d = ready_adult();
    d.answer("languages", json!("Tigrinya only"));
    let v = d.view();
    assert!(
        v.timeline.iter().all(|e| !e.summary.contains("Tigrinya")),
        "the audit log outlives the purge, so it never holds an answer's value"
    );
    let c = v
        .changes
        .iter()
        .rev()
        .find(|c| c.field_id == "languages")
        .expect("history");
    assert_eq!(
        c.old_value,
        Some(json!("Tigrinya, Arabic")),
        "the old value is in the history"
    );
}

#[test]
fn removing_trafficking_indicators_does_not_lift_the_referral_stop() {
    let d = ready_adult();
    d.answer("trafficking_indicators", json!(["debt", "controlled"]));
    assert_blocked_by(&d.eval(), "travel-arrangements", "trafficking-not-referred");
    d.answer("trafficking_indicators", json!(["none"]));
    assert_blocked_by(&d.eval(), "travel-arrangements", "trafficking-not-referred");
}

#[test]
fn a_recorded_withdrawal_is_final_and_only_a_supervisors_correction_changes_it() {
    let d = ready_adult();
    d.answer("withdrawn", json!(true));
    let m = d.refused("withdrawn", json!(false));
    assert!(m.contains("final"), "the refusal says a withdrawal is final: {m}");
    assert_blocked_by(&d.eval(), "departure-day", "withdrawal-recorded");
    let no_sup = d.correct(
        "withdrawn",
        json!(false),
        "Recorded on the wrong case by mistake",
        None,
    );
    assert!(
        no_sup.is_err(),
        "a final answer is corrected only with a supervisor's name"
    );
    let v = d
        .correct(
            "withdrawn",
            json!(false),
            "Recorded on the wrong case by mistake",
            Some("R. Okafor"),
        )
        .expect("a supervisor's correction");
    assert_not_blocked_by(&v.evaluation, "departure-day", "withdrawal-recorded");
}

// ---------------------------------------------------------------------------------------------------------------
// Typed answers

#[test]
fn a_mistyped_yes_is_refused_and_names_the_field() {
    let d = ready_adult();
    for bad in [json!("yes"), json!("true"), json!(1)] {
        let m = d.refused("withdrawn", bad.clone());
        assert!(
            m.contains("Has the person withdrawn"),
            "the message names the question for {bad}: {m}"
        );
    }
}

#[test]
fn a_choice_that_is_not_an_option_is_refused() {
    let d = Desk::new();
    let m = d.refused("age_group", json!("adlut"));
    assert!(m.contains("not one of the options"), "{m}");
}

#[test]
fn a_number_out_of_range_is_refused() {
    let d = ready_adult();
    d.answer("pregnant", json!(true));
    let m = d.refused("pregnancy_weeks", json!(90));
    assert!(m.contains("43"), "the message gives the limit: {m}");
}

#[test]
fn a_disembarkation_date_in_the_future_is_refused() {
    let d = Desk::new();
    let m = d.refused("disembarkation_date", day(3));
    assert!(m.contains("future"), "{m}");
}

#[test]
fn an_overlong_or_control_character_text_is_refused() {
    let d = Desk::new();
    let m = d.refused("place", json!("x".repeat(5000)));
    assert!(m.contains("characters"), "{m}");
    let m = d.refused("place", json!("Pozzallo\u{0007}"));
    assert!(m.contains("control character"), "{m}");
}

#[test]
fn an_answer_to_a_question_the_workflow_lacks_is_refused() {
    let d = Desk::new();
    let m = d.refused("no_such_question", json!(true));
    assert!(m.contains("no such question"), "{m}");
    let m = d.refused("latch:asylum-claim-open", json!({}));
    assert!(
        m.contains("latches"),
        "a latch is never written as an answer: {m}"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Children

fn child_desk() -> Desk {
    let d = Desk::new();
    d.answers(&rescue_adult())
        .answers(&[("age_group", json!("child")), ("stated_age", json!(15))])
        .answers(&screening_clear());
    d
}

#[test]
fn a_child_alone_gets_no_return_counselling_before_the_child_protection_referral() {
    let d = child_desk();
    d.answer("child_situation", json!("unaccompanied"));
    assert_blocked_by(&d.eval(), "counselling-session", "child-not-referred");
    d.answer("child_protection_referred", json!(true));
    assert_not_blocked_by(&d.eval(), "counselling-session", "child-not-referred");
}

#[test]
fn a_child_gets_no_return_counselling_before_a_guardian_is_in_place() {
    let d = child_desk();
    d.answers(&[
        ("child_situation", json!("unaccompanied")),
        ("child_protection_referred", json!(true)),
    ]);
    d.answer("guardian_status", json!("requested"));
    assert_blocked_by(&d.eval(), "counselling-session", "child-no-guardian");
    d.answers(&[
        ("guardian_status", json!("appointed")),
        ("guardian_name", json!("M. Rossi, tribunal of Ragusa")),
    ]);
    assert_not_blocked_by(&d.eval(), "counselling-session", "child-no-guardian");
}

#[test]
fn editing_a_childs_age_group_does_not_lift_the_best_interests_stop() {
    let d = child_desk();
    assert_blocked_by(&d.eval(), "departure-day", "child-best-interests");
    d.answer("age_group", json!("adult"));
    assert_blocked_by(&d.eval(), "departure-day", "child-best-interests");
}

#[test]
fn an_adult_age_assessment_counts_only_with_who_and_when() {
    let d = Desk::new();
    d.answers(&rescue_adult()).answer("age_group", json!("disputed"));
    d.answers(&screening_clear());
    d.answer("age_assessment_outcome", json!("adult"));
    d.answer("age_assessed_by", json!("Ragusa juvenile court, medical panel"));
    let e = d.eval();
    assert_blocked_by(&e, "departure-day", "child-best-interests");
    assert!(
        e.flags
            .iter()
            .any(|f| f.id == "assessed_adult" && f.value != Some(Value::Bool(true))),
        "without the date the assessment does not count"
    );
    d.answer("age_assessed_on", day(-3));
    assert_not_blocked_by(&d.eval(), "departure-day", "child-best-interests");
}

#[test]
fn a_childs_declaration_needs_the_guardians_consent() {
    let wf = v2();
    let mut a = engine_ready_adult();
    a.set("age_group", "child");
    for (k, v) in [
        ("child_situation", Value::text("unaccompanied")),
        ("child_protection_referred", Value::Bool(true)),
        ("guardian_status", Value::text("appointed")),
        ("guardian_name", Value::text("M. Rossi")),
        ("bid_outcome", Value::text("return_in_best_interests")),
        ("destination_carer_confirmed", Value::Bool(true)),
    ] {
        a.set(k, v);
    }
    let e = workflow::evaluate(wf, &a, engine_today());
    assert_blocked_by(&e, "travel-arrangements", "no-voluntary-declaration");
    a.set("guardian_consented_to_declaration", true);
    a.set("declaration_guardian", "M. Rossi");
    let e = workflow::evaluate(wf, &a, engine_today());
    assert_not_blocked_by(&e, "travel-arrangements", "no-voluntary-declaration");
}

#[test]
fn no_override_lifts_a_childs_declined_trafficking_referral() {
    let d = child_desk();
    d.answers(&[
        ("trafficking_indicators", json!(["debt"])),
        ("trafficking_referral_status", json!("declined")),
        ("return_risk_assessment_offered", json!(true)),
    ]);
    let e = d.eval();
    assert_blocked_by(&e, "travel-arrangements", "child-trafficking-referral-declined");
    let refused = d.api.case_override(
        d.case,
        "child-trafficking-referral-declined",
        "R. Okafor",
        "The child insists and the guardian agrees",
    );
    assert!(
        refused.is_err(),
        "a child's declined referral can never be overridden"
    );
}

#[test]
fn an_adults_declined_trafficking_referral_needs_a_named_supervisor_and_a_real_reason() {
    let d = ready_adult();
    d.answers(&[
        ("trafficking_indicators", json!(["debt"])),
        ("trafficking_referral_status", json!("declined")),
        ("return_risk_assessment_offered", json!(true)),
    ]);
    assert_blocked_by(&d.eval(), "travel-arrangements", "trafficking-referral-declined");
    for (sup, reason) in [("", "Reviewed the return risk assessment"), ("R. Okafor", "ok")] {
        assert!(
            d.api
                .case_override(d.case, "trafficking-referral-declined", sup, reason)
                .is_err(),
            "supervisor {sup:?} with reason {reason:?} must be refused"
        );
    }
    let v = d
        .api
        .case_override(
            d.case,
            "trafficking-referral-declined",
            "R. Okafor",
            "Reviewed the return risk assessment with the person",
        )
        .expect("a named supervisor with a reason");
    assert_not_blocked_by(
        &v.evaluation,
        "travel-arrangements",
        "trafficking-referral-declined",
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Health, documents, context and dates: the engine alone, on the shipped v2, on a fixed day

fn v2() -> &'static Workflow {
    static WF: std::sync::OnceLock<Workflow> = std::sync::OnceLock::new();
    WF.get_or_init(|| {
        let all = workflow::load_dir(&handbook_root().join("workflows")).expect("the shipped workflows load");
        workflow::find(&all, "avr-case", 2).expect("v2 ships").clone()
    })
}

fn engine_today() -> Date {
    "2026-05-12".parse().expect("a date")
}

/// The desk's ready adult as engine answers on 2026-05-12, departing 2026-05-20.
fn engine_ready_adult() -> Answers {
    let mut a = Answers::new();
    let fixed = |v: Json| -> Value { serde_json::from_value(v).expect("an answer") };
    for (k, v) in rescue_adult()
        .into_iter()
        .chain(screening_clear())
        .chain(counselled_and_declared())
        .chain(pre_departure_ready())
    {
        a.set(k, fixed(v));
    }
    for (k, v) in [
        ("disembarkation_date", "2026-04-01"),
        ("screening_date", "2026-04-10"),
        ("session_date", "2026-04-20"),
        ("declaration_date", "2026-04-25"),
        ("travel_document_expires", "2031-03-01"),
        ("health_check_date", "2026-05-05"),
        ("fitness_valid_until", "2026-06-05"),
        ("departure_date", "2026-05-20"),
    ] {
        a.set(k, v);
    }
    a
}

fn eval(a: &Answers) -> Evaluation {
    workflow::evaluate(v2(), a, engine_today())
}

#[test]
fn the_engine_ready_adult_is_ready() {
    let e = eval(&engine_ready_adult());
    assert!(
        e.readiness.ready,
        "{:?}",
        e.readiness.checks.iter().filter(|c| !c.ok).collect::<Vec<_>>()
    );
}

#[test]
fn a_pregnancy_past_the_carriers_limit_on_the_planned_date_stops_departure() {
    let mut a = engine_ready_adult();
    // 33 weeks on 2026-04-01: 39 weeks and more on 2026-05-20.
    for (k, v) in [
        ("pregnant", Value::Bool(true)),
        ("pregnancy_weeks", Value::Number(33.0)),
        ("pregnancy_weeks_on", Value::text("2026-04-01")),
        ("multiple_pregnancy", Value::Bool(false)),
        ("maternity_care_confirmed", Value::Bool(true)),
        ("fit_to_fly_certificate", Value::Bool(true)),
        ("vulnerabilities", Value::list(["pregnant"])),
        ("vulnerability_referred", Value::Bool(true)),
    ] {
        a.set(k, v);
    }
    let e = eval(&a);
    assert_blocked_by(&e, "departure-day", "pregnancy-past-carrier-limit");
    assert!(!e.readiness.ready, "past the usual limit is never ready");
    // Twins at 30 weeks on 2026-05-10 are 31.4 weeks on 2026-05-20: under 32; on 2026-05-30, 32.9.
    a.set("pregnancy_weeks", 30.0);
    a.set("pregnancy_weeks_on", "2026-05-10");
    a.set("multiple_pregnancy", true);
    assert_not_blocked_by(&eval(&a), "departure-day", "pregnancy-past-carrier-limit");
    a.set("departure_date", "2026-05-30");
    assert_blocked_by(&eval(&a), "departure-day", "pregnancy-past-carrier-limit");
}

#[test]
fn a_pregnancy_past_28_weeks_needs_the_carriers_certificate() {
    let mut a = engine_ready_adult();
    for (k, v) in [
        ("pregnant", Value::Bool(true)),
        ("pregnancy_weeks", Value::Number(29.0)),
        ("pregnancy_weeks_on", Value::text("2026-05-10")),
        ("multiple_pregnancy", Value::Bool(false)),
        ("maternity_care_confirmed", Value::Bool(true)),
        ("vulnerabilities", Value::list(["pregnant"])),
        ("vulnerability_referred", Value::Bool(true)),
    ] {
        a.set(k, v);
    }
    let e = eval(&a);
    assert!(
        checklist_has(&e, "pregnancy-certificate"),
        "the checklist asks for the certificate"
    );
    assert!(readiness_fails(&e, "certificate"), "readiness waits for it");
    a.set("fit_to_fly_certificate", true);
    assert!(eval(&a).readiness.ready, "with the certificate she is ready");
}

#[test]
fn quay_and_fitness_answers_that_disagree_are_flagged_and_hold_departure() {
    let mut a = engine_ready_adult();
    a.set("vulnerabilities", Value::list(["pregnant"]));
    a.set("vulnerability_referred", true);
    let e = eval(&a);
    assert!(
        e.errors.iter().any(|err| err.field == "pregnant"),
        "the fitness answer 'not pregnant' contradicts the quay: {:?}",
        e.errors
    );
    assert!(
        readiness_fails(&e, "consistent"),
        "readiness holds until one of them is corrected"
    );
    let mut a = engine_ready_adult();
    a.set("ongoing_medical_needs", true);
    a.set("medical_referral_made", true);
    assert!(eval(&a).errors.iter().any(|err| err.field == "chronic_illness"));
}

#[test]
fn a_long_term_illness_adds_medication_summary_and_escort_to_the_checklist() {
    let mut a = engine_ready_adult();
    a.set("chronic_illness", true);
    a.set("treatment_available_at_home", true);
    let e = eval(&a);
    for item in ["medication-supply", "medical-summary", "escort-decision"] {
        assert!(checklist_has(&e, item), "{item} is on the checklist");
    }
    assert_eq!(
        status(&e, "fitness-to-travel"),
        Some(StepStatus::Incomplete),
        "until both are answered"
    );
}

#[test]
fn a_reintegration_plan_for_a_long_term_illness_needs_its_health_dimension() {
    let mut a = engine_ready_adult();
    for (k, v) in [
        ("chronic_illness", Value::Bool(true)),
        ("treatment_available_at_home", Value::Bool(true)),
        ("medication_supply", Value::Bool(true)),
        ("medical_summary_prepared", Value::Bool(true)),
        ("reconfirmed_on_the_day", Value::Bool(true)),
        ("documents_and_ticket_handed", Value::Bool(true)),
        ("departed", Value::Bool(true)),
        ("actual_departure_date", Value::text("2026-05-20")),
        ("plan_handed_over", Value::Bool(true)),
        ("plan_dimensions", Value::list(["economic", "social"])),
        ("caseworker_introduced", Value::Bool(true)),
    ] {
        a.set(k, v);
    }
    let e = workflow::evaluate(v2(), &a, "2026-05-25".parse().expect("date"));
    assert!(
        e.errors.iter().any(|err| err.field == "plan_dimensions"),
        "{:?}",
        e.errors
    );
    assert!(checklist_has(&e, "reintegration-health"));
}

#[test]
fn refused_consular_consent_keeps_documents_blocked_until_another_route_is_recorded() {
    let mut a = engine_ready_adult();
    a.set("own_travel_document", false);
    a.set("consent_consular", false);
    a.set("consent_consular_interpreter", "A. Haile");
    let e = eval(&a);
    assert_blocked_by(&e, "travel-document", "no-document-route");
    assert!(!e.readiness.ready, "two dates alone never make the case ready");
    a.set("alternative_document_route", "none");
    assert_blocked_by(&eval(&a), "travel-document", "no-document-route");
    a.set("alternative_document_route", "icrc_document");
    assert_not_blocked_by(&eval(&a), "travel-document", "no-document-route");
}

#[test]
fn a_travel_document_without_type_number_and_issuer_is_not_ready() {
    let mut a = engine_ready_adult();
    a.clear("travel_document_number");
    let e = eval(&a);
    assert!(
        readiness_fails(&e, "type, number and issuer"),
        "{:?}",
        e.readiness.checks
    );
}

#[test]
fn an_interception_cites_its_guidance_and_adds_detention_and_asylum_checks() {
    let mut a = engine_ready_adult();
    a.set("arrival_mode", "intercepted");
    let e = eval(&a);
    let step = e
        .steps
        .iter()
        .find(|s| s.id == "after-interception")
        .expect("the interception step shows");
    assert!(
        step.refs.iter().any(|r| r.chapter == "interception"),
        "it cites the interception chapter"
    );
    assert!(checklist_has(&e, "interception-asylum-access"));
    assert_blocked_by(&e, "counselling-session", "screening-incomplete");
    a.set("detained", true);
    a.set("detention_place", "Centre in the port area, police");
    a.set("detention_alternative_sought", true);
    a.set("asylum_access_explained", true);
    let e = eval(&a);
    assert!(checklist_has(&e, "interception-detention"));
    assert_not_blocked_by(&e, "counselling-session", "screening-incomplete");
}

#[test]
fn a_stowaway_still_on_board_or_with_the_agent_not_told_is_not_ready() {
    let mut a = engine_ready_adult();
    for (k, v) in [
        ("arrival_mode", Value::text("stowaway")),
        ("stowaway_location", Value::text("on_board")),
        ("stowaway_responsible", Value::text("The master of MV Example")),
        ("stowaway_screened_privately", Value::Bool(true)),
        ("agent_told_no_origin_contact", Value::Bool(true)),
    ] {
        a.set(k, v);
    }
    assert!(readiness_fails(&eval(&a), "stowaway"), "still on board");
    a.set("stowaway_location", "ashore");
    assert!(eval(&a).readiness.ready, "ashore and the agent told");
    a.set("agent_told_no_origin_contact", false);
    assert!(readiness_fails(&eval(&a), "stowaway"), "the agent not told");
}

#[test]
fn a_planned_departure_in_the_past_is_flagged() {
    let mut a = engine_ready_adult();
    a.set("departure_date", "2026-05-01");
    let e = eval(&a);
    let item = e
        .checklist
        .iter()
        .find(|c| c.id == "departure-date-not-past")
        .expect("listed");
    assert_ne!(
        item.status,
        workflow::ChecklistStatus::Done,
        "a past date is not done"
    );
    assert!(!e.readiness.ready, "and the fitness record no longer covers it");
}

#[test]
fn a_stored_answer_of_the_wrong_type_keeps_the_stops_it_feeds_closed() {
    // Older data or a damaged file: "yes" stored as text for the yes/no withdrawal question.
    let mut a = engine_ready_adult();
    a.set("withdrawn", "yes");
    let e = eval(&a);
    assert_blocked_by(&e, "departure-day", "withdrawal-recorded");
    let g = e
        .safeguards
        .iter()
        .find(|g| g.id == "withdrawal-recorded")
        .expect("shown");
    assert!(g.invalid_input, "the stop says an answer it reads is invalid");
}

// ---------------------------------------------------------------------------------------------------------------
// What people see: the case list, exports, imports

#[test]
fn the_case_list_shows_the_stop_by_title_and_its_stage_follows_a_new_block() {
    let d = ready_adult();
    let before = d.api.cases_list(&CaseFilter::default()).expect("list")[0]
        .stage
        .clone();
    assert_eq!(before, "pre-departure", "a ready adult is in pre-departure");
    d.answer("fear_of_return", json!(true));
    let row = &d.api.cases_list(&CaseFilter::default()).expect("list")[0];
    assert!(
        row.safeguards
            .iter()
            .any(|t| t == "Fear of return or asylum claim open"),
        "the list names the stop by its title: {:?}",
        row.safeguards
    );
    let ids: Vec<&str> = v2().safeguards.iter().map(|g| g.id.as_str()).collect();
    assert!(
        row.safeguards.iter().all(|t| !ids.contains(&t.as_str())),
        "never an id: {:?}",
        row.safeguards
    );
    assert!(
        !row.safeguards.iter().any(|t| t.starts_with("Pregnancy")),
        "a stop that holds only on a missing answer is not listed as active: {:?}",
        row.safeguards
    );
    assert_ne!(
        row.stage, "pre-departure",
        "the stage moved back with the block, in the same save"
    );
}

#[test]
fn an_export_never_prints_an_answer_of_a_blocked_step_as_a_fact() {
    let d = ready_adult();
    d.answers(&[
        ("reconfirmed_on_the_day", json!(true)),
        ("documents_and_ticket_handed", json!(true)),
    ]);
    d.answer("fear_of_return", json!(true));
    let tmp = tempfile::tempdir().expect("temp");
    let out = tmp.path().join("case.md");
    d.api
        .export_case(
            &ExportRequest {
                case_id: d.case,
                format: ExportFormat::Markdown,
                redact: false,
                page_size: PageSize::A4,
                lang: None,
            },
            &out,
        )
        .expect("export");
    let md = std::fs::read_to_string(&out).expect("the file");
    let line = md
        .lines()
        .find(|l| l.contains("Documents, ticket and allowance handed"))
        .expect("the answer is listed");
    assert!(line.contains("not in force"), "it is marked, not stated: {line}");
    assert!(md.contains("triggered on"), "the stop says when it was triggered");
}

/// The whole case as an older installation exported it (`avr-case-export`), which imports still read; the app
/// itself exports JSON only as statistics now, and moves cases as handover packages.
pub(crate) fn exported_json(d: &Desk) -> Json {
    let view = d.api.case_view(d.case).expect("the case");
    let text = avr_core::export::json::to_json(&view.record, 1_795_000_000_000).expect("the case as JSON");
    serde_json::from_str(&text).expect("json")
}

pub(crate) fn import_into_new_desk(file: &Json) -> (Desk, Result<CaseView, String>) {
    let d = Desk::empty();
    let tmp = tempfile::tempdir().expect("temp");
    let path = tmp.path().join("in.json");
    std::fs::write(&path, serde_json::to_string(file).expect("json")).expect("write");
    let r = d.api.import_case(&path).map_err(|e| e.to_string());
    (d, r)
}

pub(crate) fn set_answer(file: &mut Json, field: &str, value: Json) {
    let answers = file
        .pointer_mut("/case/answers")
        .and_then(Json::as_array_mut)
        .expect("the export lists answers");
    answers.retain(|a| a["field_id"] != field);
    answers.push(json!({ "field_id": field, "value": value, "saved_by": "Someone (Elsewhere)", "saved_at": 1_700_000_000_000_i64 }));
}

#[test]
fn an_imported_case_with_a_forged_override_or_a_mistyped_answer_is_refused() {
    let d = ready_adult();
    let file = exported_json(&d);
    let mut forged = file.clone();
    set_answer(
        &mut forged,
        "override:asylum-claim-open",
        json!({ "supervisor": "Nobody", "reason": "x" }),
    );
    let (_, r) = import_into_new_desk(&forged);
    assert!(
        r.is_err_and(|m| m.contains("override:asylum-claim-open")),
        "a forged override is refused"
    );
    let mut typo = file.clone();
    set_answer(&mut typo, "withdrawn", json!("yes"));
    let (_, r) = import_into_new_desk(&typo);
    assert!(
        r.is_err_and(|m| m.contains("withdrawn")),
        "a mistyped answer is refused, naming it"
    );
    let mut stage = file;
    if let Some(s) = stage.pointer_mut("/case/summary/stage") {
        *s = json!("anything goes");
    }
    let (_, r) = import_into_new_desk(&stage);
    assert!(
        r.is_err_and(|m| m.contains("stage")),
        "a free-text stage is refused"
    );
}

#[test]
fn an_imported_file_saved_with_a_byte_order_mark_imports() {
    let d = ready_adult();
    let file = exported_json(&d);
    let other = Desk::empty();
    let tmp = tempfile::tempdir().expect("temp");
    let path = tmp.path().join("bom.json");
    std::fs::write(
        &path,
        format!("\u{feff}{}", serde_json::to_string(&file).expect("json")),
    )
    .expect("write");
    other
        .api
        .import_case(&path)
        .expect("a byte-order mark is not an error");
}

#[test]
fn an_imported_case_latches_what_its_answers_trigger() {
    let d = ready_adult();
    let mut file = exported_json(&d);
    set_answer(&mut file, "fear_of_return", json!(true));
    let (other, r) = import_into_new_desk(&file);
    let v = r.expect("a valid file imports");
    assert_blocked_by(&v.evaluation, "counselling-session", "asylum-claim-open");
    let id = v.record.summary.id;
    other
        .api
        .case_answer(id, "fear_of_return", &json!(false))
        .expect("an edit");
    let e = other.api.case_view(id).expect("view").evaluation;
    assert_blocked_by(&e, "counselling-session", "asylum-claim-open");
}

// ---------------------------------------------------------------------------------------------------------------
// Properties

/// Fields a random edit touches: the triggers and lifts of the never-overridable latched stops, and their
/// neighbours.
const EDITED: &[&str] = &[
    "fear_of_return",
    "asylum_outcome",
    "unhcr_coordinated",
    "withdrawn",
    "trafficking_indicators",
    "trafficking_referral_status",
    "age_group",
    "pregnant",
];

fn candidate(field: &str, pick: usize) -> Json {
    let (_, f) = v2().field(field).expect("a v2 field");
    match f.kind {
        workflow::FieldKind::YesNo => [json!(true), json!(false), json!("yes"), json!(1)][pick % 4].clone(),
        workflow::FieldKind::Single | workflow::FieldKind::Multi => {
            let opts: Vec<&str> = f.options.iter().map(|o| o.value.as_str()).collect();
            let v = if pick % 5 == 4 {
                "adlut"
            } else {
                opts[pick % opts.len()]
            };
            if f.kind == workflow::FieldKind::Multi {
                json!([v])
            } else {
                json!(v)
            }
        }
        _ => json!("text"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// However answers are edited (typos included, each refused or saved as the case rules say), a latched stop
    /// that can never be overridden is lifted only by what lifts it, and every saved answer is valid.
    #[test]
    fn no_sequence_of_edits_lifts_a_latched_stop_except_its_lift_condition(
        edits in proptest::collection::vec((0..EDITED.len(), 0usize..20), 1..25)
    ) {
        let wf = v2();
        let today = engine_today();
        let mut answers = engine_ready_adult();
        let mut fear_seen = false;
        let mut withdrawn_seen = false;
        for (f, pick) in edits {
            let field = EDITED[f];
            let value = candidate(field, pick);
            let Ok(v) = avr_core::casework::prepare_answer(wf, &answers, field, &value, today) else {
                continue;
            };
            answers.values.insert(field.to_owned(), v);
            let latches = avr_core::casework::latches_for(wf, &answers, today, "tester", Some(field));
            answers = avr_core::casework::with_latches(answers, &latches);
            let e = workflow::evaluate(wf, &answers, today);
            prop_assert!(
                e.errors.iter().all(|err| err.kind != workflow::FieldErrorKind::Invalid),
                "every saved answer is valid: {:?}", e.errors
            );
            fear_seen |= answers.get("fear_of_return") == Some(&Value::Bool(true));
            withdrawn_seen |= answers.get("withdrawn") == Some(&Value::Bool(true));
            let resolved = e.flags.iter().any(|g| g.id == "asylum_resolved" && g.value == Some(Value::Bool(true)));
            if fear_seen && !resolved {
                prop_assert!(
                    blockers(&e, "departure-day").iter().any(|b| b == "asylum-claim-open")
                        || status(&e, "departure-day").is_none(),
                    "a recorded fear keeps departure closed until the asylum outcome settles it"
                );
            }
            if withdrawn_seen {
                prop_assert!(
                    blockers(&e, "departure-day").iter().any(|b| b == "withdrawal-recorded")
                        || status(&e, "departure-day").is_none(),
                    "a recorded withdrawal is never lifted by an edit"
                );
            }
        }
    }
}

#[test]
fn every_v2_safeguard_has_a_title_and_a_scenario_here_or_in_the_workflow_tests() {
    let walked = [
        "asylum-claim-open",
        "screening-incomplete",
        "child-not-referred",
        "child-no-guardian",
        "child-best-interests",
        "child-carer-unconfirmed",
        "trafficking-not-referred",
        "trafficking-referral-declined",
        "child-trafficking-referral-declined",
        "consular-without-consent",
        "no-document-route",
        "no-voluntary-declaration",
        "withdrawal-recorded",
        "decision-not-reconfirmed",
        "pregnancy-care-unconfirmed",
        "pregnancy-past-carrier-limit",
        "treatment-unconfirmed",
        "gbv-support-unconfirmed",
        "departure-not-ready",
    ];
    let shipped: Vec<&str> = v2().safeguards.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(
        shipped, walked,
        "a new safeguard needs a scenario and a place in this list"
    );
    for g in &v2().safeguards {
        assert_ne!(g.title, g.rule, "`{}` has a short title of its own", g.id);
        assert!(
            g.title.chars().count() <= 70,
            "`{}`'s title fits a list row",
            g.id
        );
    }
}

#[test]
fn the_v1_definition_still_loads_unchanged_for_its_cases() {
    let all = workflow::load_dir(&handbook_root().join("workflows")).expect("load");
    let v1 = workflow::find(&all, "avr-case", 1).expect("v1 still ships for the cases that follow it");
    assert!(v1.safeguards.iter().all(|g| !g.latched), "v1 is never edited");
    assert!(Path::new(&v1.file).ends_with("avr-case-v1.toml"));
}
