//! The guided case workflow, through the real shipped definition (`handbook/workflows/avr-case-v1.toml`).
//!
//! - Scenarios walk realistic cases through the engine and assert what the officer sees: visible steps, blocks
//!   with the safeguard behind each, the checklist and departure readiness.
//! - Property tests throw random answer sequences at the engine: it never panics, never loses an answer, and
//!   never opens a travel step while a safeguard holds.
//! - Checker tests show each kind of definition error reported at its file and line.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;

use avr_core::handbook::Handbook;
use avr_core::workflow::{
    self, Answers, ChecklistStatus, Date, DiagnosticKind, Evaluation, FieldErrorKind, FieldKind,
    InactiveReason, OverridePolicy, SafeguardStatus, StageStatus, StepStatus, Value, Workflow, check_dir,
    evaluate, load_dir,
};
use proptest::prelude::*;

use crate::{english, handbook_root};

fn workflows_dir() -> PathBuf {
    handbook_root().join("workflows")
}

/// The shipped definition, loaded once.
fn avr_case() -> &'static Workflow {
    static WF: OnceLock<Workflow> = OnceLock::new();
    WF.get_or_init(|| {
        let all = load_dir(&workflows_dir()).unwrap_or_else(|d| panic!("the shipped workflows load: {d:?}"));
        workflow::find(&all, "avr-case", 1)
            .unwrap_or_else(|e| panic!("{e}"))
            .clone()
    })
}

fn date(s: &str) -> Date {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

/// The steps where travel happens: nothing may open them while a safeguard holds.
const TRAVEL_STEPS: &[&str] = &["consular-contact", "travel-arrangements", "departure-day"];

/// A case being worked: answers so far and the day it is.
#[derive(Clone)]
struct Case {
    answers: Answers,
    today: Date,
}

impl Case {
    fn new(today: &str) -> Case {
        Case {
            answers: Answers::new(),
            today: date(today),
        }
    }

    fn with(mut self, answers: &[(&str, Value)]) -> Case {
        for (k, v) in answers {
            self.answers.set(*k, v.clone());
        }
        self
    }

    fn set(mut self, field: &str, value: impl Into<Value>) -> Case {
        self.answers.set(field, value);
        self
    }

    fn clear(mut self, field: &str) -> Case {
        self.answers.clear(field);
        self
    }

    fn override_(mut self, safeguard: &str, supervisor: &str, reason: &str) -> Case {
        self.answers.set_override(safeguard, supervisor, reason);
        self
    }

    fn on(mut self, today: &str) -> Case {
        self.today = date(today);
        self
    }

    fn eval(&self) -> Eval {
        Eval(evaluate(avr_case(), &self.answers, self.today))
    }
}

/// Assertions that read like what the officer sees.
struct Eval(Evaluation);

impl Eval {
    fn visible(&self, step: &str) -> bool {
        self.0.steps.iter().any(|s| s.id == step)
    }

    fn status(&self, step: &str) -> Option<StepStatus> {
        self.0.steps.iter().find(|s| s.id == step).map(|s| s.status)
    }

    fn blockers(&self, step: &str) -> Vec<String> {
        self.0
            .blocked_steps
            .iter()
            .find(|b| b.step == step)
            .map(|b| b.safeguards.clone())
            .unwrap_or_default()
    }

    #[track_caller]
    fn assert_blocked_by(&self, step: &str, safeguard: &str) {
        let blockers = self.blockers(step);
        assert!(
            blockers.iter().any(|b| b == safeguard),
            "`{step}` must be blocked by `{safeguard}`; blocked by {blockers:?}, status {:?}",
            self.status(step)
        );
        let sg = self.0.safeguards.iter().find(|s| s.id == safeguard);
        let sg = sg.unwrap_or_else(|| panic!("`{safeguard}` must be listed with its reason"));
        assert!(
            !sg.rule.is_empty() && !sg.message.is_empty() && !sg.refs.is_empty() && !sg.lift.is_empty(),
            "every stop shows the rule, the reason, the handbook section and what lifts it"
        );
        assert_eq!(sg.status, SafeguardStatus::Blocking);
    }

    #[track_caller]
    fn assert_not_blocked_by(&self, step: &str, safeguard: &str) {
        assert!(
            !self.blockers(step).iter().any(|b| b == safeguard),
            "`{step}` must not be blocked by `{safeguard}`: {:?}",
            self.blockers(step)
        );
    }

    #[track_caller]
    fn assert_open(&self, step: &str) {
        assert!(
            self.visible(step),
            "`{step}` must be visible; hidden: {:?}",
            self.0.hidden_steps
        );
        assert!(
            self.blockers(step).is_empty(),
            "`{step}` must be open, but is blocked by {:?}",
            self.blockers(step)
        );
    }

    /// A travel step is shut when it is hidden or blocked.
    #[track_caller]
    fn assert_travel_shut(&self) {
        for step in TRAVEL_STEPS {
            assert!(
                !self.visible(step) || self.status(step) == Some(StepStatus::Blocked),
                "travel step `{step}` must be shut: {:?}",
                self.status(step)
            );
        }
        assert!(
            !self.0.readiness.ready,
            "no departure readiness while travel is shut"
        );
    }

    fn checklist(&self, id: &str) -> Option<ChecklistStatus> {
        self.0.checklist.iter().find(|c| c.id == id).map(|c| c.status)
    }

    fn flag(&self, id: &str) -> Option<Value> {
        self.0
            .flags
            .iter()
            .find(|f| f.id == id)
            .and_then(|f| f.value.clone())
    }

    fn answer(&self, field: &str) -> (bool, Option<InactiveReason>) {
        let a = self.0.answers.iter().find(|a| a.field == field);
        let a = a.unwrap_or_else(|| panic!("the answer to `{field}` must be kept"));
        (a.active, a.inactive_reason)
    }

    fn errors_on(&self, field: &str) -> Vec<(FieldErrorKind, String)> {
        self.0
            .errors
            .iter()
            .filter(|e| e.field == field)
            .map(|e| (e.kind, e.message.clone()))
            .collect()
    }

    fn current(&self) -> Option<&str> {
        self.0.current_step.as_deref()
    }
}

fn yes() -> Value {
    Value::Bool(true)
}

fn no() -> Value {
    Value::Bool(false)
}

fn t(s: &str) -> Value {
    Value::text(s)
}

fn list(items: &[&str]) -> Value {
    Value::list(items.iter().copied())
}

// ---------------------------------------------------------------------------------------------------------------
// Answer sets for a case that goes all the way, stage by stage

fn rescue_adult() -> Vec<(&'static str, Value)> {
    vec![
        ("arrival_mode", t("rescued")),
        ("disembarkation_date", t("2026-04-01")),
        ("medical_urgent", no()),
        ("hypothermia_signs", no()),
        ("dehydration_signs", no()),
        ("basic_needs_given", yes()),
        ("acute_distress", no()),
        ("person_ref", t("CASE-0001")),
        ("age_group", t("adult")),
        ("stated_age", Value::Number(34.0)),
        ("travelling_with", t("alone")),
        ("languages", t("Tigrinya, Arabic")),
        ("informed_in_language", yes()),
        ("vulnerabilities", list(&["none"])),
        ("handed_over_to", list(&["nobody"])),
        ("health_details_separate", yes()),
        ("told_where_to_find_iom", yes()),
    ]
}

fn screening_clear() -> Vec<(&'static str, Value)> {
    vec![
        ("fear_of_return", no()),
        ("screened_alone", yes()),
        ("trafficking_indicators", list(&["none"])),
        ("private_space_offered", yes()),
        ("gbv_disclosed", t("no")),
        ("ongoing_medical_needs", no()),
        ("screening_date", t("2026-04-10")),
        ("screening_interpreter", t("A. Haile, IOM roster 114")),
    ]
}

fn counselled_and_declared() -> Vec<(&'static str, Value)> {
    vec![
        ("session_date", t("2026-04-20")),
        ("counselling_language", t("Tigrinya")),
        ("interpreter_used", yes()),
        ("interpreter_name", t("A. Haile")),
        ("interpreter_mode", t("in_person")),
        ("understanding_checked", yes()),
        ("asylum_right_explained", yes()),
        ("withdrawal_right_explained", yes()),
        ("rested_and_seen", yes()),
        ("ready_to_decide", yes()),
        ("wants_to_return", t("yes")),
        ("capacity_doubt", no()),
        ("pressure_observed", no()),
        ("declaration_signed", yes()),
        ("declaration_date", t("2026-04-25")),
        ("declaration_read_aloud", yes()),
        ("declaration_interpreter", t("A. Haile")),
    ]
}

fn pre_departure_ready() -> Vec<(&'static str, Value)> {
    vec![
        ("decision_reconfirmed", yes()),
        ("no_new_fear", yes()),
        ("own_travel_document", yes()),
        ("travel_document_issued", t("2021-03-01")),
        ("travel_document_expires", t("2031-03-01")),
        ("health_check_date", t("2026-05-05")),
        ("fitness_decision", t("fit")),
        ("fitness_valid_until", t("2026-06-05")),
        ("pregnant", no()),
        ("chronic_illness", no()),
        ("escort_type", t("none")),
        ("health_sharing_consent", yes()),
        ("departure_date", t("2026-05-20")),
        ("route_safe", yes()),
        ("offices_informed", yes()),
    ]
}

fn departed() -> Vec<(&'static str, Value)> {
    vec![
        ("reconfirmed_on_the_day", yes()),
        ("documents_and_ticket_handed", yes()),
        ("departed", yes()),
        ("actual_departure_date", t("2026-05-20")),
    ]
}

fn arrived() -> Vec<(&'static str, Value)> {
    vec![
        ("arrival_confirmed", yes()),
        ("arrival_date", t("2026-05-20")),
        ("met_by", t("IOM Asmara reception team")),
        ("arrival_problems", list(&["none"])),
        ("onward_transport_arranged", yes()),
        ("final_destination", t("Keren")),
        ("plan_handed_over", yes()),
        ("plan_dimensions", list(&["economic", "social", "psychosocial"])),
        ("caseworker_introduced", yes()),
        ("monitoring_consent", no()),
    ]
}

/// An adult with no protection needs, ready to travel on 2026-05-20; the day is 2026-05-12.
fn ready_adult() -> Case {
    Case::new("2026-05-12")
        .with(&rescue_adult())
        .with(&screening_clear())
        .with(&counselled_and_declared())
        .with(&pre_departure_ready())
}

/// [`ready_adult`]'s answers on v1, and the day they are read, for scenarios in other files.
pub(crate) fn ready_adult_answers() -> (Answers, Date) {
    let c = ready_adult();
    (c.answers, c.today)
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios

#[test]
fn an_adult_with_no_protection_needs_walks_from_the_quay_to_reintegration() {
    let start = Case::new("2026-04-01").eval();
    assert_eq!(
        start.current(),
        Some("arrival-context"),
        "a new case starts at the quay"
    );
    assert!(!start.visible("stowaway") && !start.visible("reception"));

    let quay = Case::new("2026-04-01").with(&rescue_adult()).eval();
    assert_eq!(
        quay.current(),
        Some("fear-of-return"),
        "protection screening comes next, fear first"
    );
    assert_eq!(quay.0.stages[0].status, StageStatus::Complete);
    for child_step in ["age-assessment", "child-protection", "guardian", "best-interests"] {
        assert!(!quay.visible(child_step), "no child steps for an adult");
    }
    assert!(
        !quay.visible("trafficking-referral"),
        "no referral step until indicators are recorded"
    );

    let screened = Case::new("2026-04-12")
        .with(&rescue_adult())
        .with(&screening_clear())
        .eval();
    assert_eq!(screened.current(), Some("counselling-session"));
    assert_eq!(
        screened.checklist("screening-recorded"),
        Some(ChecklistStatus::Done),
        "the screening is on the checklist"
    );
    screened.assert_blocked_by("travel-arrangements", "no-voluntary-declaration");
    assert!(
        !screened.visible("return-decision"),
        "no decision before the person is ready to take one"
    );

    let ready = ready_adult().eval();
    assert!(
        ready.0.errors.iter().all(|e| e.step == "departure-day"),
        "only the departure day is left to fill in: {:?}",
        ready.0.errors
    );
    assert!(
        ready.0.readiness.ready,
        "all three records cover 2026-05-20: {:?}",
        ready.0.readiness.checks
    );
    assert_eq!(ready.0.readiness.departure_date, Some(date("2026-05-20")));
    assert_eq!(ready.current(), Some("departure-day"));
    assert!(
        ready.0.blocked_steps.is_empty(),
        "nothing blocks: {:?}",
        ready.0.blocked_steps
    );
    assert!(
        !ready.visible("consular-contact"),
        "the person holds their own passport"
    );
    assert!(!ready.visible("reception"), "arrival opens only after departure");

    let home = ready_adult()
        .on("2026-06-01")
        .with(&departed())
        .with(&arrived())
        .eval();
    assert!(home.visible("reception") && home.visible("monitoring"));
    assert_eq!(home.current(), None, "every step is done");
    assert!(
        home.0.stages.iter().all(|s| s.status == StageStatus::Complete),
        "{:?}",
        home.0.stages
    );
    assert!(home.0.errors.is_empty(), "{:?}", home.0.errors);
    assert!(
        home.0.checklist.iter().all(|c| c.status == ChecklistStatus::Done),
        "the checklist is done: {:?}",
        home.0.checklist
    );
    assert!(
        home.0.readiness.ready,
        "readiness depends on the records, not on the day: it still holds after departure"
    );
}

#[test]
fn a_new_case_keeps_every_return_step_closed_until_screening_is_recorded() {
    let e = Case::new("2026-04-01").with(&rescue_adult()).eval();
    e.assert_blocked_by("counselling-session", "asylum-claim-open");
    e.assert_travel_shut();
    let asylum = e.0.safeguards.iter().find(|s| s.id == "asylum-claim-open");
    let asylum = asylum.unwrap_or_else(|| panic!("the asylum safeguard holds"));
    assert!(
        !asylum.determined,
        "it holds because the question has not been asked"
    );
    assert_eq!(
        asylum.missing,
        vec!["fear_of_return"],
        "and says which answer decides it"
    );
    e.assert_blocked_by("counselling-session", "screening-incomplete");
    let half_screened = Case::new("2026-04-09")
        .with(&rescue_adult())
        .with(&screening_clear())
        .clear("screening_interpreter")
        .eval();
    assert_eq!(
        half_screened.blockers("counselling-session"),
        vec!["screening-incomplete"],
        "fear and trafficking are clear, but the screening is not recorded with its interpreter yet"
    );
    assert_eq!(half_screened.current(), Some("screening-record"));
    let trafficking = e.0.safeguards.iter().find(|s| s.id == "trafficking-not-referred");
    assert!(
        trafficking.is_some_and(|s| s.missing.contains(&"trafficking_indicators".to_owned())),
        "travel waits for trafficking screening too"
    );
}

#[test]
fn fear_of_return_closes_every_return_step_and_only_the_asylum_outcome_reopens_it() {
    let fear = ready_adult()
        .set("fear_of_return", true)
        .set(
            "fear_own_words",
            "If I go back they will put me in prison like my brother.",
        )
        .set("asylum_referred", true)
        .set("asylum_referral_date", "2026-05-12")
        .set("asylum_outcome", "pending");
    let e = fear.eval();
    for step in [
        "counselling-session",
        "time-to-reflect",
        "reconfirm-decision",
        "documents-check",
        "travel-document",
        "fitness-to-travel",
        "travel-arrangements",
        "departure-day",
    ] {
        e.assert_blocked_by(step, "asylum-claim-open");
    }
    e.assert_travel_shut();
    assert!(
        !e.visible("return-decision"),
        "the decision step is hidden: `ready to decide` is on a blocked step, so it does not count"
    );
    assert_eq!(
        e.answer("declaration_date"),
        (false, Some(InactiveReason::StepHidden)),
        "the earlier declaration is kept, inactive"
    );
    assert_eq!(
        e.answer("departure_date"),
        (false, Some(InactiveReason::StepBlocked))
    );
    assert_eq!(e.checklist("asylum-referral"), Some(ChecklistStatus::Done));
    assert_eq!(e.current(), None, "nothing on the return path can be worked on");
    let sg = e.0.safeguards.iter().find(|s| s.id == "asylum-claim-open");
    let sg = sg.unwrap_or_else(|| panic!("listed"));
    assert!(sg.determined && sg.override_policy == OverridePolicy::Never);
    assert!(
        sg.refs
            .iter()
            .any(|r| r.chapter == "asylum" && r.section == "non-refoulement")
    );

    let overridden = fear
        .clone()
        .override_("asylum-claim-open", "J. Supervisor", "Person insists")
        .eval();
    overridden.assert_blocked_by("departure-day", "asylum-claim-open");
    assert!(
        overridden
            .0
            .override_problems
            .iter()
            .any(|p| p.safeguard == "asylum-claim-open" && p.message.contains("never")),
        "the override is refused, with the reason"
    );

    let withdrawn_no_unhcr = fear.clone().set("asylum_outcome", "claim_withdrawn").eval();
    withdrawn_no_unhcr.assert_blocked_by("time-to-reflect", "asylum-claim-open");
    withdrawn_no_unhcr.assert_travel_shut();
    let granted = fear.clone().set("asylum_outcome", "protection_granted").eval();
    granted.assert_blocked_by("counselling-session", "asylum-claim-open");
    granted.assert_travel_shut();

    let dropped = fear
        .clone()
        .set("asylum_outcome", "claim_withdrawn")
        .set("unhcr_coordinated", true)
        .eval();
    dropped.assert_open("return-decision");
    assert!(
        dropped.0.readiness.ready,
        "the claim dropped with UNHCR: the earlier answers count again"
    );
    let decided = fear.set("asylum_outcome", "no_protection_need").eval();
    assert!(
        decided.0.blocked_steps.is_empty(),
        "{:?}",
        decided.0.blocked_steps
    );
}

#[test]
fn a_new_fear_at_reconfirmation_stops_travel_until_it_is_screened() {
    let e = ready_adult().set("no_new_fear", false).eval();
    assert_eq!(
        e.errors_on("no_new_fear").first().map(|x| x.0),
        Some(FieldErrorKind::Constraint),
        "the officer is told to record the fear in screening"
    );
    for step in TRAVEL_STEPS {
        if e.visible(step) {
            e.assert_blocked_by(step, "decision-not-reconfirmed");
        }
    }
    e.assert_travel_shut();
    let rescreened = ready_adult()
        .set("no_new_fear", false)
        .set("fear_of_return", true)
        .eval();
    rescreened.assert_blocked_by("reconfirm-decision", "asylum-claim-open");
    rescreened.assert_travel_shut();
}

#[test]
fn an_age_disputed_teenager_is_treated_as_a_child_until_a_competent_authority_assesses_an_adult() {
    let disputed = ready_adult().set("age_group", "disputed").clear("stated_age");
    let e = disputed.eval();
    assert_eq!(
        e.flag("is_child"),
        Some(Value::Bool(true)),
        "disputed age: a child until assessed"
    );
    for step in ["age-assessment", "child-protection", "guardian", "best-interests"] {
        assert!(e.visible(step), "`{step}` is shown for an age-disputed person");
    }
    e.assert_blocked_by("return-decision", "child-best-interests");
    e.assert_travel_shut();
    assert_eq!(
        e.answer("declaration_signed"),
        (false, Some(InactiveReason::StepBlocked))
    );
    assert_eq!(
        e.checklist("child-protection-referral"),
        Some(ChecklistStatus::Pending)
    );

    let pending = disputed.clone().set("age_assessment_outcome", "pending").eval();
    assert_eq!(pending.flag("is_child"), Some(Value::Bool(true)));
    pending.assert_blocked_by("return-decision", "child-best-interests");

    let minor = disputed
        .clone()
        .set("age_assessment_outcome", "minor")
        .set("age_assessed_by", "Court")
        .eval();
    minor.assert_blocked_by("return-decision", "child-best-interests");

    let with_child_answers = disputed
        .set("child_situation", "unaccompanied")
        .set("child_protection_referred", true)
        .set("guardian_status", "requested");
    let adult = with_child_answers
        .set("age_assessment_outcome", "adult")
        .set("age_assessed_by", "Regional age assessment panel")
        .eval();
    assert_eq!(adult.flag("is_child"), Some(Value::Bool(false)));
    assert!(!adult.visible("guardian") && adult.visible("age-assessment"));
    assert_eq!(
        adult.answer("guardian_status"),
        (false, Some(InactiveReason::StepHidden)),
        "the child-protection answers are kept, inactive, in case the assessment is revised"
    );
    assert!(
        adult.0.readiness.ready,
        "an assessed adult follows the adult path"
    );

    let stated_16_as_adult = ready_adult().set("stated_age", 16).eval();
    assert_eq!(
        stated_16_as_adult.errors_on("age_group").first().map(|x| x.0),
        Some(FieldErrorKind::Constraint),
        "a stated age under 18 cannot be recorded as an adult"
    );
    stated_16_as_adult.assert_travel_shut();
}

#[test]
fn an_unaccompanied_child_returns_only_with_guardian_best_interests_and_a_confirmed_carer() {
    let child = ready_adult()
        .set("age_group", "child")
        .set("stated_age", 15)
        .set("travelling_with", "alone")
        .set("child_situation", "unaccompanied")
        .set("child_protection_referred", true);
    let e = child.clone().set("guardian_status", "requested").eval();
    e.assert_blocked_by("return-decision", "child-best-interests");
    e.assert_travel_shut();
    assert!(
        !e.visible("age-assessment"),
        "the person says they are 15: no dispute"
    );

    let guardian = child
        .set("guardian_status", "appointed")
        .set("guardian_name", "M. Rossi, Tribunale per i minorenni");
    let in_progress = guardian.clone().set("bid_outcome", "in_progress").eval();
    in_progress.assert_blocked_by("return-decision", "child-best-interests");
    let against = guardian
        .clone()
        .set("bid_outcome", "return_not_in_best_interests")
        .eval();
    against.assert_blocked_by("departure-day", "child-best-interests");

    let bid = guardian.set("bid_outcome", "return_in_best_interests");
    let no_carer = bid.clone().set("destination_carer_confirmed", false).eval();
    no_carer.assert_open("return-decision");
    no_carer.assert_blocked_by("travel-arrangements", "child-carer-unconfirmed");
    no_carer.assert_blocked_by("departure-day", "child-carer-unconfirmed");
    assert_eq!(
        no_carer.checklist("destination-carer"),
        Some(ChecklistStatus::Pending)
    );

    let carer = bid.set("destination_carer_confirmed", true);
    let no_escort = carer.eval();
    assert!(
        no_escort
            .errors_on("child_escort_confirmed")
            .iter()
            .any(|e| e.0 == FieldErrorKind::Required)
    );
    assert!(
        !no_escort.0.readiness.ready,
        "a child travels with a parent, guardian or specialised official"
    );
    no_escort.assert_blocked_by("departure-day", "departure-not-ready");
    let escorted = carer.set("child_escort_confirmed", true).eval();
    assert!(escorted.0.readiness.ready, "{:?}", escorted.0.readiness.checks);
    assert_eq!(escorted.checklist("child-escort"), Some(ChecklistStatus::Done));
}

#[test]
fn trafficking_indicators_stop_travel_until_referral_and_a_declined_referral_needs_a_supervisor() {
    let indicators = ready_adult().set("trafficking_indicators", list(&["debt", "controlled"]));
    let e = indicators.eval();
    assert!(
        e.visible("trafficking-referral"),
        "the referral step appears with the indicators"
    );
    for step in TRAVEL_STEPS.iter().filter(|s| **s != "consular-contact") {
        e.assert_blocked_by(step, "trafficking-not-referred");
    }
    e.assert_open("return-decision");

    let not_yet = indicators.clone().set("trafficking_referral_status", "not_yet");
    let refused = not_yet
        .override_("trafficking-not-referred", "J. Supervisor", "Urgent flight")
        .eval();
    refused.assert_blocked_by("travel-arrangements", "trafficking-not-referred");
    assert!(
        !refused.0.override_problems.is_empty(),
        "a referral not yet made cannot be overridden"
    );

    let declined = indicators
        .clone()
        .set("trafficking_referral_status", "declined")
        .set("return_risk_assessment_offered", true);
    let e = declined.eval();
    e.assert_blocked_by("travel-arrangements", "trafficking-referral-declined");
    e.assert_not_blocked_by("travel-arrangements", "trafficking-not-referred");

    let blank_reason = declined
        .clone()
        .override_("trafficking-referral-declined", "J. Supervisor", "  ")
        .eval();
    blank_reason.assert_blocked_by("travel-arrangements", "trafficking-referral-declined");
    assert!(
        blank_reason.0.override_problems[0]
            .message
            .contains("name and a reason"),
        "{:?}",
        blank_reason.0.override_problems
    );

    let reviewed = declined
        .override_(
            "trafficking-referral-declined",
            "J. Supervisor",
            "Declined after full information in Tigrinya; risk assessment done, low risk; family meets her.",
        )
        .eval();
    reviewed.assert_open("travel-arrangements");
    let sg = reviewed
        .0
        .safeguards
        .iter()
        .find(|s| s.id == "trafficking-referral-declined");
    let sg = sg.unwrap_or_else(|| panic!("an overridden stop is still shown"));
    assert_eq!(sg.status, SafeguardStatus::Overridden);
    assert_eq!(
        sg.override_record.as_ref().map(|o| o.supervisor.as_str()),
        Some("J. Supervisor")
    );
    assert!(reviewed.0.readiness.ready);
    assert_eq!(
        reviewed.0.readiness.overridden,
        vec!["trafficking-referral-declined"]
    );

    let referred = indicators
        .set("trafficking_referral_status", "referred")
        .set("trafficking_referral_date", "2026-04-11")
        .set("return_risk_assessment_offered", true)
        .eval();
    assert!(referred.0.readiness.ready);
    assert_eq!(
        referred.checklist("trafficking-referral"),
        Some(ChecklistStatus::Done)
    );
    assert_eq!(
        referred.checklist("return-risk-assessment"),
        Some(ChecklistStatus::Done)
    );
}

#[test]
fn a_pregnant_returnee_travels_only_with_care_confirmed_and_a_fitness_record_covering_the_date() {
    let pregnant = ready_adult()
        .set("vulnerabilities", list(&["pregnant"]))
        .set("vulnerability_referred", true)
        .set("pregnant", true)
        .set("pregnancy_weeks", 24)
        .set("maternity_care_confirmed", false);
    let e = pregnant.eval();
    e.assert_blocked_by("travel-arrangements", "pregnancy-care-unconfirmed");
    e.assert_travel_shut();
    assert_eq!(e.checklist("maternity-care"), Some(ChecklistStatus::Pending));
    let overridden = pregnant
        .clone()
        .override_(
            "pregnancy-care-unconfirmed",
            "J. Supervisor",
            "She wants to deliver at home",
        )
        .eval();
    overridden.assert_blocked_by("travel-arrangements", "pregnancy-care-unconfirmed");

    let weeks_wrong = pregnant.clone().set("pregnancy_weeks", 60).eval();
    assert!(
        weeks_wrong
            .errors_on("pregnancy_weeks")
            .iter()
            .any(|e| e.0 == FieldErrorKind::Constraint)
    );

    let confirmed = pregnant.set("maternity_care_confirmed", true);
    let e = confirmed.eval();
    assert!(e.0.readiness.ready);
    assert_eq!(e.checklist("maternity-care"), Some(ChecklistStatus::Done));

    let expires_first = confirmed.set("fitness_valid_until", "2026-05-15").eval();
    assert!(!expires_first.0.readiness.ready);
    let check = expires_first
        .0
        .readiness
        .checks
        .iter()
        .find(|c| c.label == "Fitness-to-travel record");
    let check = check.unwrap_or_else(|| panic!("the fitness record is checked"));
    assert!(
        !check.ok && check.detail.contains("2026-05-15") && check.detail.contains("2026-05-20"),
        "{check:?}"
    );
    expires_first.assert_blocked_by("departure-day", "departure-not-ready");
    expires_first.assert_open("travel-arrangements");
}

#[test]
fn a_stowaway_is_screened_privately_before_any_mention_of_return() {
    let found = Case::new("2026-04-03")
        .with(&rescue_adult())
        .set("arrival_mode", "stowaway")
        .set("stowaway_location", "on_board")
        .set("stowaway_responsible", "Master of MV Example, port agent")
        .set("stowaway_screened_privately", false)
        .set("agent_told_no_origin_contact", false);
    let e = found.eval();
    assert!(e.visible("stowaway"));
    assert_eq!(
        e.current(),
        Some("stowaway"),
        "the stowaway step comes before registration is done"
    );
    assert!(
        e.errors_on("stowaway_screened_privately")
            .iter()
            .any(|x| x.0 == FieldErrorKind::Constraint)
    );
    assert_eq!(e.checklist("stowaway-screened"), Some(ChecklistStatus::Pending));
    e.assert_travel_shut();

    let asks_asylum = found
        .set("stowaway_screened_privately", true)
        .set("agent_told_no_origin_contact", true)
        .with(&screening_clear())
        .set("fear_of_return", true)
        .set(
            "fear_own_words",
            "I hid on the ship because the police were looking for me.",
        )
        .set("asylum_referred", true)
        .set("asylum_referral_date", "2026-04-03")
        .set("asylum_outcome", "pending")
        .with(&counselled_and_declared())
        .with(&pre_departure_ready())
        .set("own_travel_document", false)
        .set("consent_consular", true)
        .set("consent_consular_interpreter", "K. Tesfay");
    let e = asks_asylum.eval();
    assert_eq!(e.checklist("stowaway-screened"), Some(ChecklistStatus::Done));
    e.assert_blocked_by("documents-check", "asylum-claim-open");
    e.assert_travel_shut();
    assert!(
        !e.visible("consular-contact")
            || e.blockers("consular-contact")
                .contains(&"asylum-claim-open".to_owned()),
        "nothing reaches the consulate about a stowaway asylum-seeker"
    );
    assert!(
        !ready_adult().eval().visible("stowaway"),
        "only stowaways see the stowaway step"
    );
}

#[test]
fn consular_contact_needs_recorded_consent_and_clear_screening() {
    let no_passport = ready_adult()
        .set("own_travel_document", false)
        .set("travel_document_issued", "2026-05-08")
        .set("travel_document_expires", "2026-08-08")
        .set("consular_request_date", "2026-05-06")
        .set(
            "consular_data_sent",
            "Name, date of birth, place of birth; to the consulate by email, by T. Officer",
        )
        .set("person_told_what_shared", true);
    let e = no_passport.eval();
    assert!(e.visible("consular-contact"));
    e.assert_blocked_by("consular-contact", "consular-without-consent");
    assert_eq!(
        e.answer("consular_data_sent"),
        (false, Some(InactiveReason::StepBlocked))
    );
    assert!(
        e.errors_on("consent_consular")
            .iter()
            .any(|x| x.0 == FieldErrorKind::Required)
    );

    let refused = no_passport
        .clone()
        .set("consent_consular", false)
        .set("consent_consular_interpreter", "A. Haile");
    refused
        .eval()
        .assert_blocked_by("consular-contact", "consular-without-consent");
    let overridden = refused
        .override_(
            "consular-without-consent",
            "J. Supervisor",
            "Document needed urgently",
        )
        .eval();
    overridden.assert_blocked_by("consular-contact", "consular-without-consent");

    let no_interpreter = no_passport.clone().set("consent_consular", true).eval();
    no_interpreter.assert_blocked_by("consular-contact", "consular-without-consent");

    let consented = no_passport
        .set("consent_consular", true)
        .set("consent_consular_interpreter", "A. Haile");
    let e = consented.eval();
    e.assert_open("consular-contact");
    assert_eq!(e.checklist("consular-consent"), Some(ChecklistStatus::Done));
    assert_eq!(
        e.checklist("consular-disclosure-told"),
        Some(ChecklistStatus::Done)
    );
    assert!(e.0.readiness.ready);

    let fear = consented.set("fear_of_return", true).eval();
    fear.assert_travel_shut();
    assert!(
        !fear.visible("consular-contact") || fear.status("consular-contact") == Some(StepStatus::Blocked),
        "gate 1: screening must be clear, whatever the consent"
    );
}

#[test]
fn without_a_voluntary_declaration_nothing_travels() {
    let says_no = ready_adult().set("wants_to_return", "no").eval();
    assert_eq!(
        says_no.status("return-decision"),
        Some(StepStatus::Complete),
        "“no” is a complete answer"
    );
    assert_eq!(
        says_no.answer("declaration_signed"),
        (false, Some(InactiveReason::FieldHidden)),
        "the earlier signature is kept but does not count"
    );
    says_no.assert_blocked_by("reconfirm-decision", "no-voluntary-declaration");
    says_no.assert_travel_shut();
    let sg = says_no
        .0
        .safeguards
        .iter()
        .find(|s| s.id == "no-voluntary-declaration");
    assert!(sg.is_some_and(|s| s.determined));

    let doubt = ready_adult().set("capacity_doubt", true).eval();
    assert!(
        doubt
            .errors_on("capacity_doubt")
            .iter()
            .any(|e| e.1.contains("qualified assessment"))
    );
    doubt.assert_blocked_by("travel-arrangements", "no-voluntary-declaration");

    let not_read = ready_adult().set("declaration_read_aloud", false).eval();
    not_read.assert_blocked_by("departure-day", "no-voluntary-declaration");
    let no_interpreter = ready_adult().clear("declaration_interpreter").eval();
    no_interpreter.assert_blocked_by("departure-day", "no-voluntary-declaration");
    let overridden = ready_adult()
        .clear("declaration_interpreter")
        .override_(
            "no-voluntary-declaration",
            "J. Supervisor",
            "Interpreter name lost",
        )
        .eval();
    overridden.assert_blocked_by("departure-day", "no-voluntary-declaration");
}

#[test]
fn a_person_who_has_not_rested_is_given_information_only() {
    let tired = ready_adult()
        .set("rested_and_seen", false)
        .set("ready_to_decide", false);
    let e = tired.eval();
    assert!(
        !e.visible("return-decision"),
        "no decision step before the person is ready"
    );
    assert!(
        e.errors_on("next_session_date")
            .iter()
            .any(|x| x.0 == FieldErrorKind::Required)
    );
    assert_eq!(
        e.answer("wants_to_return"),
        (false, Some(InactiveReason::StepHidden))
    );
    e.assert_travel_shut();
    let pushed = tired.set("ready_to_decide", true).eval();
    assert!(
        pushed
            .errors_on("ready_to_decide")
            .iter()
            .any(|x| x.0 == FieldErrorKind::Constraint)
    );
    pushed.assert_travel_shut();
}

#[test]
fn a_withdrawal_closes_the_return_path_and_keeps_every_answer() {
    let before = ready_adult();
    let withdrawn = before.clone().set("withdrawn", true);
    let e = withdrawn.eval();
    for step in [
        "return-decision",
        "reconfirm-decision",
        "travel-document",
        "departure-day",
    ] {
        e.assert_blocked_by(step, "withdrawal-recorded");
    }
    e.assert_travel_shut();
    assert_eq!(
        e.0.answers.len(),
        before.answers.values.len() + 1,
        "no answer is dropped by a withdrawal"
    );
    assert_eq!(
        e.answer("departure_date"),
        (false, Some(InactiveReason::StepBlocked))
    );
    let missing: Vec<&str> =
        e.0.errors
            .iter()
            .filter(|x| x.kind == FieldErrorKind::Required)
            .map(|x| x.field.as_str())
            .collect();
    assert_eq!(
        missing,
        vec![
            "withdrawal_date",
            "withdrawal_interpreter",
            "withdrawal_offices_told"
        ],
        "the withdrawal is recorded with its date and interpreter"
    );
    assert_eq!(e.checklist("withdrawal-handled"), Some(ChecklistStatus::Pending));
    let overridden = withdrawn
        .clone()
        .override_("withdrawal-recorded", "J. Supervisor", "Changed mind again")
        .eval();
    overridden.assert_blocked_by("departure-day", "withdrawal-recorded");

    let on_departure_day = withdrawn
        .on("2026-05-20")
        .set("withdrawal_date", "2026-05-20")
        .set("withdrawal_interpreter", "A. Haile")
        .set("withdrawal_offices_told", true)
        .set("reconfirmed_on_the_day", false)
        .eval();
    assert_eq!(
        on_departure_day.checklist("withdrawal-handled"),
        Some(ChecklistStatus::Done)
    );
    assert!(on_departure_day.errors_on("withdrawal_date").is_empty());
    on_departure_day.assert_travel_shut();
    assert!(
        !ready_adult()
            .eval()
            .0
            .safeguards
            .iter()
            .any(|s| s.id == "withdrawal-recorded")
    );
}

#[test]
fn a_long_term_illness_stops_booking_until_treatment_is_confirmed_or_a_supervisor_records_why() {
    let ill = ready_adult()
        .set("chronic_illness", true)
        .set("treatment_available_at_home", false);
    let e = ill.eval();
    e.assert_blocked_by("travel-arrangements", "treatment-unconfirmed");
    assert_eq!(e.checklist("treatment-at-home"), Some(ChecklistStatus::Pending));
    let reviewed = ill
        .clone()
        .override_(
            "treatment-unconfirmed",
            "J. Supervisor",
            "Informed in full; chooses to return to family; 6 months of medicine and a medical escort.",
        )
        .eval();
    reviewed.assert_open("travel-arrangements");
    assert!(reviewed.0.readiness.ready);
    let confirmed = ill.set("treatment_available_at_home", true).eval();
    assert!(confirmed.0.readiness.ready && confirmed.0.readiness.overridden.is_empty());
}

#[test]
fn a_survivor_of_gender_based_violence_is_booked_only_once_support_on_arrival_is_confirmed() {
    let survivor = ready_adult()
        .set("gbv_disclosed", "yes")
        .set("gbv_referral", "referred")
        .set("gbv_details_restricted", true)
        .set("gbv_linked_to_home", false);
    let e = survivor.eval();
    e.assert_blocked_by("travel-arrangements", "gbv-support-unconfirmed");
    assert_eq!(
        e.checklist("gbv-support-on-arrival"),
        Some(ChecklistStatus::Pending)
    );
    assert_eq!(e.checklist("gbv-confidential"), Some(ChecklistStatus::Done));
    let confirmed = survivor.set("gbv_support_confirmed", true).eval();
    confirmed.assert_open("travel-arrangements");
    assert!(confirmed.0.readiness.ready);
    assert!(
        ready_adult().eval().checklist("gbv-confidential").is_none(),
        "listed only for survivors"
    );
}

#[test]
fn departure_readiness_needs_every_record_to_cover_the_planned_date() {
    let ok = |c: &Case, label: &str| {
        let e = c.eval();
        e.0.readiness
            .checks
            .iter()
            .find(|x| x.label == label)
            .map(|x| x.ok)
            .unwrap_or_else(|| panic!("no check `{label}`"))
    };
    let expired_passport = ready_adult().set("travel_document_expires", "2026-05-19");
    assert!(!ok(&expired_passport, "Travel document"));
    expired_passport
        .eval()
        .assert_blocked_by("departure-day", "departure-not-ready");
    assert!(
        ok(
            &ready_adult().set("travel_document_expires", "2026-05-20"),
            "Travel document"
        ),
        "valid on the day"
    );

    let declared_after = ready_adult()
        .on("2026-05-25")
        .set("declaration_date", "2026-05-21");
    assert!(
        !ok(&declared_after, "Voluntary declaration"),
        "a declaration signed after the planned date"
    );

    let not_fit = ready_adult()
        .set("fitness_decision", "not_fit")
        .set("fitness_review_date", "2026-06-01");
    assert!(!ok(&not_fit, "Fit to travel"));
    assert!(
        !ok(&not_fit, "Fitness-to-travel record"),
        "no validity date for an unfit person"
    );

    let escort = ready_adult()
        .set("fitness_decision", "fit_with_escort")
        .set("escort_type", "medical");
    assert!(!ok(&escort, "Escort booked where one is needed"));
    assert!(ok(
        &escort.set("escort_booked", true),
        "Escort booked where one is needed"
    ));

    let no_date = ready_adult().clear("departure_date").eval();
    assert_eq!(no_date.0.readiness.departure_date, None);
    assert!(!no_date.0.readiness.ready);
}

#[test]
fn changing_an_answer_reevaluates_everything_that_depends_on_it() {
    let adult = ready_adult();
    let child = adult
        .clone()
        .set("age_group", "child")
        .set("guardian_status", "requested");
    let back = child.clone().set("age_group", "adult");
    assert!(child.eval().visible("guardian") && !back.eval().visible("guardian"));
    let back = back.eval();
    assert_eq!(
        back.answer("guardian_status"),
        (false, Some(InactiveReason::StepHidden))
    );
    assert_eq!(
        back.0.readiness,
        adult.eval().0.readiness,
        "back to the adult path, nothing else changed"
    );

    let mode = adult.clone().set("arrival_mode", "stowaway").eval();
    assert!(mode.visible("stowaway") && mode.current() == Some("stowaway"));
    assert!(
        !adult
            .set("arrival_mode", "intercepted")
            .eval()
            .visible("stowaway")
    );
}

#[test]
fn an_answer_of_the_wrong_type_is_reported_and_counts_as_missing() {
    let e = ready_adult().set("fear_of_return", "no").eval();
    assert_eq!(
        e.errors_on("fear_of_return").first().map(|x| x.0),
        Some(FieldErrorKind::Invalid),
        "a string is not a yes/no answer"
    );
    e.assert_blocked_by("travel-arrangements", "asylum-claim-open");
    let bad_option = ready_adult().set("fitness_decision", "fit_enough").eval();
    assert!(
        bad_option.errors_on("fitness_decision")[0]
            .1
            .contains("not one of the options")
    );
    assert!(!bad_option.0.readiness.ready);
    let stranger = ready_adult().set("from_an_older_version", true).eval();
    assert_eq!(
        stranger.answer("from_an_older_version"),
        (false, Some(InactiveReason::UnknownField))
    );
}

#[test]
fn every_shipped_safeguard_is_walked_by_a_scenario_and_overrides_follow_the_policy() {
    // Keep in step with the scenarios above: a new safeguard needs a scenario.
    let walked = [
        "asylum-claim-open",
        "screening-incomplete",
        "child-best-interests",
        "child-carer-unconfirmed",
        "trafficking-not-referred",
        "trafficking-referral-declined",
        "consular-without-consent",
        "no-voluntary-declaration",
        "withdrawal-recorded",
        "decision-not-reconfirmed",
        "pregnancy-care-unconfirmed",
        "treatment-unconfirmed",
        "gbv-support-unconfirmed",
        "departure-not-ready",
    ];
    let shipped: BTreeSet<&str> = avr_case().safeguards.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(shipped, walked.into_iter().collect());
    let overridable: BTreeSet<&str> = avr_case()
        .safeguards
        .iter()
        .filter(|s| s.override_policy == OverridePolicy::Supervisor)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        overridable,
        BTreeSet::from([
            "trafficking-referral-declined",
            "treatment-unconfirmed",
            "gbv-support-unconfirmed"
        ]),
        "asylum, withdrawal, declaration, consent and child safeguards are never overridable"
    );
}

#[test]
fn evaluation_is_deterministic_and_survives_a_json_round_trip() {
    let case = ready_adult().set("trafficking_indicators", list(&["debt"]));
    let once = serde_json::to_string(&case.eval().0).unwrap_or_default();
    let twice = serde_json::to_string(&case.eval().0).unwrap_or_default();
    assert!(!once.is_empty() && once == twice);
    let stored = serde_json::to_string(&case.answers).unwrap_or_default();
    let restored: Answers = serde_json::from_str(&stored).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(evaluate(avr_case(), &restored, case.today), case.eval().0);
}

// ---------------------------------------------------------------------------------------------------------------
// Properties

/// Raw random material for one answer; turned into a value of the field's kind (or, sometimes, of another kind).
#[derive(Debug, Clone)]
struct Seed {
    pick: u8,
    n: u32,
    mask: u16,
}

fn seed() -> impl Strategy<Value = Seed> {
    (any::<u8>(), any::<u32>(), any::<u16>()).prop_map(|(pick, n, mask)| Seed { pick, n, mask })
}

fn value_for(kind: FieldKind, options: &[String], s: &Seed) -> Value {
    let wrong = s.pick.is_multiple_of(16);
    let kind = if wrong {
        [
            FieldKind::YesNo,
            FieldKind::Text,
            FieldKind::Multi,
            FieldKind::Number,
        ][(s.n % 4) as usize]
    } else {
        kind
    };
    let day = |n: u32| {
        date("2026-03-01")
            .add_days(i64::from(n % 150))
            .map_or(Value::text("2026-04-01"), Value::Date)
    };
    match kind {
        FieldKind::YesNo => Value::Bool(s.n.is_multiple_of(2)),
        FieldKind::Single if !options.is_empty() => {
            if s.pick % 13 == 1 {
                Value::text("not_an_option")
            } else {
                Value::text(options[s.n as usize % options.len()].clone())
            }
        }
        FieldKind::Multi if !options.is_empty() => Value::List(
            options
                .iter()
                .enumerate()
                .filter(|(i, _)| s.mask & (1 << (i % 16)) != 0)
                .map(|(_, o)| o.clone())
                .collect(),
        ),
        FieldKind::Date => {
            if s.pick % 11 == 1 {
                Value::text("2026-02-30")
            } else {
                day(s.n)
            }
        }
        FieldKind::Number => Value::Number(f64::from(s.n % 70) - 5.0),
        _ => Value::text(if s.n.is_multiple_of(5) {
            String::new()
        } else {
            format!("text {}", s.n % 97)
        }),
    }
}

#[derive(Debug, Clone)]
enum Op {
    Set(usize, Seed),
    Clear(usize),
    Unknown(Seed),
    Override { safeguard: usize, blank: bool },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        8 => (any::<usize>(), seed()).prop_map(|(f, s)| Op::Set(f, s)),
        2 => any::<usize>().prop_map(Op::Clear),
        1 => seed().prop_map(Op::Unknown),
        1 => (any::<usize>(), any::<bool>()).prop_map(|(safeguard, blank)| Op::Override { safeguard, blank }),
    ]
}

fn apply(answers: &mut Answers, op: &Op) {
    let wf = avr_case();
    let fields: Vec<_> = wf.fields().collect();
    match op {
        Op::Set(i, s) => {
            let f = fields[i % fields.len()];
            let options: Vec<String> = f.options.iter().map(|o| o.value.clone()).collect();
            answers.set(f.id.clone(), value_for(f.kind, &options, s));
        }
        Op::Clear(i) => {
            answers.clear(&fields[i % fields.len()].id);
        }
        Op::Unknown(s) => {
            answers.set(format!("retired_field_{}", s.n % 3), Value::Bool(true));
        }
        Op::Override { safeguard, blank } => {
            let sg = &wf.safeguards[safeguard % wf.safeguards.len()];
            answers.set_override(
                sg.id.clone(),
                if *blank { "" } else { "P. Supervisor" },
                "Reviewed in person",
            );
        }
    }
}

fn raw<'a>(a: &'a Answers, field: &str) -> Option<&'a Value> {
    a.values.get(field)
}

fn is_true(a: &Answers, field: &str) -> bool {
    raw(a, field) == Some(&Value::Bool(true))
}

fn is_text(a: &Answers, field: &str, text: &str) -> bool {
    raw(a, field) == Some(&Value::text(text))
}

/// Situations read straight from the stored answers (independently of the engine) in which travel must be shut.
/// Each one reads only answers on steps that are always shown and never blocked, so the answer is in force.
fn travel_must_be_shut(a: &Answers) -> Vec<&'static str> {
    let mut why = Vec::new();
    let overridden = |id: &str| a.overrides.contains_key(id);
    if is_true(a, "withdrawn") {
        why.push("withdrawal recorded");
    }
    let resolved = is_text(a, "asylum_outcome", "no_protection_need")
        || (is_text(a, "asylum_outcome", "claim_withdrawn") && is_true(a, "unhcr_coordinated"));
    if raw(a, "fear_of_return") != Some(&Value::Bool(false)) && !resolved {
        why.push("fear of return not screened or not resolved");
    }
    let no_indicators = raw(a, "trafficking_indicators") == Some(&Value::list(["none"]));
    if !no_indicators
        && !is_text(a, "trafficking_referral_status", "referred")
        && !overridden("trafficking-referral-declined")
    {
        why.push("trafficking indicators possible, no referral");
    }
    if is_text(a, "age_group", "child") && !is_text(a, "bid_outcome", "return_in_best_interests") {
        why.push("child without a best-interests finding");
    }
    if is_text(a, "age_group", "child") && !is_true(a, "destination_carer_confirmed") {
        why.push("child without a confirmed carer");
    }
    if !is_true(a, "declaration_signed") {
        why.push("no signed declaration");
    }
    if is_true(a, "pregnant") && !is_true(a, "maternity_care_confirmed") {
        why.push("pregnant, care not confirmed");
    }
    if is_true(a, "chronic_illness")
        && !is_true(a, "treatment_available_at_home")
        && !overridden("treatment-unconfirmed")
    {
        why.push("illness, treatment not confirmed");
    }
    if is_text(a, "gbv_disclosed", "yes")
        && !is_true(a, "gbv_support_confirmed")
        && !overridden("gbv-support-unconfirmed")
    {
        why.push("survivor, support not confirmed");
    }
    why
}

fn check_invariants(a: &Answers, e: &Evaluation) -> Result<(), TestCaseError> {
    // Nothing recorded is ever lost: every stored answer is reported, with its value.
    prop_assert_eq!(e.answers.len(), a.values.len());
    for state in &e.answers {
        prop_assert_eq!(Some(&state.value), a.values.get(&state.field));
        prop_assert_eq!(state.active, state.inactive_reason.is_none());
    }
    // Every blocking safeguard blocks every visible step it guards, and every block names a blocking safeguard.
    for sg in &e.safeguards {
        for step in &sg.blocks {
            let blocked = e.blocked_steps.iter().find(|b| &b.step == step);
            if sg.status == SafeguardStatus::Blocking {
                prop_assert!(
                    blocked.is_some_and(|b| b.safeguards.contains(&sg.id)),
                    "`{}` holds but `{}` is not blocked by it",
                    sg.id,
                    step
                );
            }
        }
    }
    for b in &e.blocked_steps {
        for id in &b.safeguards {
            prop_assert!(
                e.safeguards
                    .iter()
                    .any(|s| &s.id == id && s.status == SafeguardStatus::Blocking),
                "`{}` is blocked by `{}`, which is not listed as blocking",
                b.step,
                id
            );
        }
        let step = e.steps.iter().find(|s| s.id == b.step);
        prop_assert!(step.is_some_and(|s| s.status == StepStatus::Blocked));
    }
    // Overrides apply only where the definition allows them.
    for sg in &e.safeguards {
        if sg.status == SafeguardStatus::Overridden {
            prop_assert_eq!(sg.override_policy, OverridePolicy::Supervisor);
            prop_assert!(sg.determined, "an override never answers missing screening");
        }
    }
    // Travel stays shut whenever the stored answers show a reason.
    let reasons = travel_must_be_shut(a);
    if !reasons.is_empty() {
        prop_assert!(!e.readiness.ready, "ready despite: {:?}", reasons);
        for step in TRAVEL_STEPS {
            if let Some(s) = e.steps.iter().find(|s| s.id == *step) {
                prop_assert_eq!(
                    s.status,
                    StepStatus::Blocked,
                    "`{}` open despite {:?}",
                    step,
                    reasons
                );
            }
        }
    }
    // The departure step opens only when departure readiness holds.
    if let Some(s) = e.steps.iter().find(|s| s.id == "departure-day")
        && s.status != StepStatus::Blocked
    {
        prop_assert!(e.readiness.ready, "departure step open without readiness");
    }
    // Answers on hidden or blocked steps are never counted.
    for state in &e.answers {
        if let Some((step, _)) = avr_case().field(&state.field) {
            let shown = e.steps.iter().find(|s| s.id == step.id);
            if shown.is_none_or(|s| s.status == StepStatus::Blocked) {
                prop_assert!(
                    !state.active,
                    "`{}` is active on a hidden or blocked step",
                    state.field
                );
            }
        }
    }
    Ok(())
}

fn start(full: bool) -> Case {
    if full {
        ready_adult()
    } else {
        Case::new("2026-05-12")
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn random_answer_sequences_never_lose_an_answer_or_open_travel_past_a_safeguard(
        full in any::<bool>(),
        ops in prop::collection::vec(op(), 1..40),
    ) {
        let case = start(full);
        let mut answers = case.answers.clone();
        for op in &ops {
            apply(&mut answers, op);
            let e = evaluate(avr_case(), &answers, case.today);
            check_invariants(&answers, &e)?;
        }
    }

    #[test]
    fn overrides_on_stops_that_forbid_them_change_nothing(
        full in any::<bool>(),
        ops in prop::collection::vec(op(), 0..30),
        which in any::<usize>(),
    ) {
        let case = start(full);
        let mut answers = case.answers.clone();
        for op in &ops {
            apply(&mut answers, op);
        }
        let never: Vec<_> = avr_case()
            .safeguards
            .iter()
            .filter(|s| s.override_policy == OverridePolicy::Never)
            .collect();
        let sg = never[which % never.len()];
        let before = evaluate(avr_case(), &answers, case.today);
        let mut tried = answers.clone();
        tried.set_override(sg.id.clone(), "P. Supervisor", "Urgent");
        let after = evaluate(avr_case(), &tried, case.today);
        prop_assert_eq!(&before.blocked_steps, &after.blocked_steps);
        prop_assert_eq!(&before.readiness, &after.readiness);
        prop_assert_eq!(&before.steps, &after.steps);
    }

    #[test]
    fn the_same_answers_always_give_the_same_evaluation(
        full in any::<bool>(),
        ops in prop::collection::vec(op(), 0..30),
    ) {
        let case = start(full);
        let mut answers = case.answers.clone();
        for op in &ops {
            apply(&mut answers, op);
        }
        let first = evaluate(avr_case(), &answers, case.today);
        prop_assert_eq!(&first, &evaluate(avr_case(), &answers, case.today));
        let json = serde_json::to_string(&answers).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let back: Answers = serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let again = evaluate(avr_case(), &back, case.today);
        prop_assert_eq!(
            serde_json::to_string(&first.steps).ok(),
            serde_json::to_string(&again.steps).ok(),
            "answers stored as JSON evaluate the same"
        );
        prop_assert_eq!(&first.readiness, &again.readiness);
        prop_assert_eq!(&first.blocked_steps, &again.blocked_steps);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The checker

/// A small definition that passes every check; the tests below break one thing each.
const GOOD: &str = r#"id = "mini"
version = 1
title = "Mini"

[[stages]]
id = "only"
title = "Only stage"

[[steps]]
id = "ask"
stage = "only"
title = "Ask"
guidance = "Ask."
refs = ["asylum#referral"]

[[steps.fields]]
id = "fear"
kind = "yes_no"
label = "Fear?"
required = true

[[steps.fields]]
id = "age"
kind = "number"
label = "Age"

[[steps.fields]]
id = "outcome"
kind = "single"
label = "Outcome"
options = [{ value = "pending", label = "Pending" }, { value = "adult", label = "Adult" }]

[[steps]]
id = "next"
stage = "only"
title = "Next"
guidance = "Next."
refs = ["children#best-interests"]
relevant = 'fear'

[[steps.fields]]
id = "done"
kind = "yes_no"
label = "Done?"

[[safeguards]]
id = "stop"
rule = "Stop."
message = "Because."
refs = ["asylum#non-refoulement"]
when = 'fear'
lift = "An answer."
override = "never"
blocks = ["next"]
"#;

/// Write `text` (with `mini` renamed to `id`) as `<id>-v1.toml` into `dir`.
fn write(dir: &std::path::Path, id: &str, text: &str) {
    let text = text.replacen("id = \"mini\"", &format!("id = \"{id}\""), 1);
    std::fs::write(dir.join(format!("{id}-v1.toml")), text).unwrap_or_else(|e| panic!("{e}"));
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("`{needle}` not in the fixture"))
}

#[test]
fn the_shipped_workflows_pass_every_check() {
    let hb = Handbook::load(&english()).unwrap_or_else(|e| panic!("{e}"));
    let problems = check_dir(&workflows_dir(), &hb);
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the shipped workflows must be clean:\n{}",
        shown.join("\n")
    );
    let wf = avr_case();
    assert_eq!(
        wf.stages.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        vec!["rescue", "protection", "counselling", "pre-departure", "arrival"],
        "five ordered stages"
    );
    assert!(wf.steps.len() >= 25, "{} steps", wf.steps.len());
}

#[test]
fn the_checker_reports_each_kind_of_error_at_its_file_and_line() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let d = tmp.path();
    write(d, "good", GOOD);

    let cases: Vec<(&str, String, DiagnosticKind, &str, &str)> = vec![
        // (workflow id, text, expected kind, line containing, message containing)
        ("unknown-key", GOOD.replace("label = \"Age\"", "lable = \"Age\""), DiagnosticKind::UnknownKey, "lable", "unknown field `lable`"),
        ("unknown-name", GOOD.replace("relevant = 'fear'", "relevant = 'feer'"), DiagnosticKind::UnknownName, "relevant = 'feer'", "unknown field or flag `feer`"),
        ("type-error", GOOD.replace("relevant = 'fear'", "relevant = 'age and fear'"), DiagnosticKind::Type, "relevant = 'age and fear'", "yes/no"),
        ("bad-option", GOOD.replace("relevant = 'fear'", "relevant = 'outcome == \"adlut\"'"), DiagnosticKind::Type, "adlut", "not one of the options"),
        ("syntax", GOOD.replace("relevant = 'fear'", "relevant = 'fear = true'"), DiagnosticKind::Expression, "fear = true", "=="),
        (
            "cycle",
            GOOD.replace("when = 'fear'", "when = 'done'"),
            DiagnosticKind::Cycle,
            "id = \"next\"",
            "dependency cycle",
        ),
        (
            "flag-cycle",
            GOOD.replace("[[safeguards]]", "[[flags]]\nid = \"a\"\nexpr = 'b or fear'\n\n[[flags]]\nid = \"b\"\nexpr = 'a'\n\n[[safeguards]]"),
            DiagnosticKind::Cycle,
            "id = \"a\"",
            "flag `a` needs flag `b` needs flag `a`",
        ),
        ("unreachable", GOOD.replace("relevant = 'fear'", "relevant = 'fear and not fear'"), DiagnosticKind::Unreachable, "id = \"next\"", "can never be reached"),
        (
            "always-blocked",
            GOOD.replace("when = 'fear'", "when = 'true'"),
            DiagnosticKind::Unreachable,
            "id = \"next\"",
            "safeguard `stop` always blocks it",
        ),
        ("broken-ref", GOOD.replace("children#best-interests", "children#best-interest"), DiagnosticKind::HandbookRef, "children#best-interest", "no section `best-interest`"),
        ("no-chapter", GOOD.replace("asylum#referral", "asylums#referral"), DiagnosticKind::HandbookRef, "asylums#referral", "no chapter `asylums`"),
        ("duplicate", GOOD.replace("id = \"done\"", "id = \"fear\""), DiagnosticKind::DuplicateId, "id = \"fear\"\nkind = \"yes_no\"\nlabel = \"Done?\"", "defined twice"),
        ("unknown-block", GOOD.replace("blocks = [\"next\"]", "blocks = [\"nxt\"]"), DiagnosticKind::UnknownName, "blocks = [\"nxt\"]", "neither a step nor a stage"),
        ("toml", GOOD.replace("title = \"Next\"", "title = Next"), DiagnosticKind::Syntax, "title = Next", ""),
    ];
    for (id, text, ..) in &cases {
        write(d, id, text);
    }
    let hb = Handbook::load(&english()).unwrap_or_else(|e| panic!("{e}"));
    let problems = check_dir(d, &hb);
    let shown = problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        !problems.iter().any(|p| p.file.ends_with("good-v1.toml")),
        "the good fixture is clean:\n{shown}"
    );
    for (id, text, kind, at, needle) in &cases {
        let line = if at.contains('\n') {
            // A multi-line anchor: the line of its first line, at its occurrence.
            let offset = text.find(at).unwrap_or_else(|| panic!("anchor for {id}"));
            text[..offset].lines().count() + 1
        } else {
            line_of(text, at)
        };
        let file = format!("{id}-v1.toml");
        assert!(
            problems.iter().any(|p| p.file.ends_with(&file)
                && p.kind == *kind
                && p.line == line
                && p.message.contains(needle)),
            "expected {kind:?} at {file}:{line} mentioning {needle:?}; got:\n{shown}"
        );
        assert!(
            shown.contains(&format!("{file}:{line}:")),
            "printed as file:line:col"
        );
    }
    let err = load_dir(d).err().unwrap_or_default();
    assert!(!err.is_empty(), "a folder with broken definitions does not load");
}

#[test]
fn an_expression_error_points_at_its_column() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let text = GOOD.replace("relevant = 'fear'", "relevant = 'fear and feer'");
    write(tmp.path(), "column", &text);
    let problems = load_dir(tmp.path()).err().unwrap_or_default();
    let line = line_of(&text, "fear and feer");
    let col = text
        .lines()
        .nth(line - 1)
        .and_then(|l| l.find("feer"))
        .map(|c| c + 1);
    assert!(
        problems.iter().any(|p| p.line == line && Some(p.col) == col),
        "the column of `feer`: {problems:?}"
    );
}

#[test]
fn a_file_named_unlike_its_id_and_version_is_reported() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(tmp.path().join("mini.toml"), GOOD).unwrap_or_else(|e| panic!("{e}"));
    let problems = load_dir(tmp.path()).err().unwrap_or_default();
    assert!(
        problems
            .iter()
            .any(|p| p.kind == DiagnosticKind::Invalid && p.line == 1 && p.message.contains("mini-v1.toml")),
        "{problems:?}"
    );
}
