//! The last edges of issue 12, through the real api, a real encrypted store, the real handbook and the shipped
//! `avr-case` (v3 for new cases): the child-protection stop at the return decision, an optional step with nothing
//! recorded in every export, a disembarkation date in the future in an imported file, and a property over random
//! edits that covers the trafficking and child stops as well as the asylum and withdrawal ones.
//!
//! The desk and its answer sets are the ones of `casework.rs`; the dates are relative to the real today.

// The helpers take answers by value so that scenarios read `d.answer("withdrawn", json!(true))`.
#![allow(clippy::needless_pass_by_value)]

use avr_core::api::{ExportFormat, ExportRequest, PageSize};
use avr_core::i18n::Lang;
use avr_core::workflow::{self, FieldErrorKind, StepStatus, Value};
use proptest::prelude::*;
use serde_json::{Value as Json, json};

use crate::casework::{
    Desk, assert_blocked_by, assert_not_blocked_by, counselled_and_declared, day, exported_json,
    import_into_new_desk, ready_adult, rescue_adult, screening_clear, status, today,
};

// ---------------------------------------------------------------------------------------------------------------
// Children: the referral holds the decision too

/// A child travelling alone, screened, referred to child protection, with a guardian appointed and a
/// best-interests determination that finds return in the child's best interests, counselled and declared with
/// the guardian's consent: the return decision is in view and recorded.
fn child_at_the_decision() -> Desk {
    let d = Desk::new();
    d.answers(&rescue_adult())
        .answers(&[("age_group", json!("child")), ("stated_age", json!(15))])
        .answers(&screening_clear())
        .answers(&[
            ("child_situation", json!("unaccompanied")),
            ("child_protection_referred", json!(true)),
            ("guardian_status", json!("appointed")),
            ("guardian_name", json!("M. Rossi, tribunal of Ragusa")),
            ("bid_outcome", json!("return_in_best_interests")),
            ("destination_carer_confirmed", json!(true)),
        ])
        .answers(&counselled_and_declared())
        .answers(&[
            ("guardian_consented_to_declaration", json!(true)),
            ("declaration_guardian", json!("M. Rossi")),
        ]);
    d
}

/// Whether the answer to `field` counts (its step in view and not blocked).
fn counts(e: &workflow::Evaluation, field: &str) -> bool {
    e.answers.iter().any(|a| a.field == field && a.active)
}

#[test]
fn a_child_without_the_protection_referral_gets_no_return_decision() {
    let d = child_at_the_decision();
    let e = d.eval();
    assert_eq!(
        status(&e, "return-decision"),
        Some(StepStatus::Complete),
        "with the referral made, the child's decision is in view and recorded: {:?}",
        e.blocked_steps
    );
    assert!(counts(&e, "wants_to_return"), "and it counts");

    // The referral turns out not to have been made (the authority has no record of it).
    d.answer("child_protection_referred", json!(false));
    let e = d.eval();
    assert!(
        e.safeguards.iter().any(|g| g.id == "child-not-referred"),
        "the child stop holds"
    );
    assert_blocked_by(&e, "counselling-session", "child-not-referred");
    assert_blocked_by(&e, "time-to-reflect", "child-not-referred");
    // The decision step is held too: shown blocked by the stop, or (since the stop also blocks the step whose
    // "ready to decide" opens it) out of view. Either way its answers do not count.
    let held = match status(&e, "return-decision") {
        None => true,
        Some(_) => crate::casework::blockers(&e, "return-decision")
            .iter()
            .any(|g| g == "child-not-referred"),
    };
    assert!(
        held,
        "the return decision is held by the child stop: {:?}",
        e.blocked_steps
    );
    for field in ["wants_to_return", "declaration_signed"] {
        assert!(
            !counts(&e, field),
            "`{field}` recorded for the child does not count now"
        );
    }
    assert_blocked_by(&e, "departure-day", "no-voluntary-declaration");
    assert!(!e.readiness.ready, "and the child cannot travel");

    d.answer("child_protection_referred", json!(true));
    let e = d.eval();
    assert_eq!(
        status(&e, "return-decision"),
        Some(StepStatus::Complete),
        "the referral recorded, the decision is back and counts: {:?}",
        e.blocked_steps
    );
    assert_not_blocked_by(&e, "return-decision", "child-not-referred");
    assert!(counts(&e, "wants_to_return"), "the decision counts again");
}

// ---------------------------------------------------------------------------------------------------------------
// Overrides answer a known situation

#[test]
fn an_override_before_the_answers_that_decide_the_stop_is_refused_and_lifts_nothing_later() {
    let d = Desk::new();
    d.answers(&rescue_adult());
    // Nothing recorded about trafficking yet: the stop holds because screening is missing.
    let g = d
        .eval()
        .safeguards
        .into_iter()
        .find(|g| g.id == "trafficking-referral-declined")
        .expect("the stop holds while screening is missing");
    assert!(!g.determined, "it holds on missing answers");
    let m = d
        .api
        .case_override(
            d.case,
            "trafficking-referral-declined",
            "R. Okafor",
            "Travel approved in advance by the office",
        )
        .expect_err("an override given before the facts is refused")
        .to_string();
    assert!(
        m.contains("missing") && m.contains("Indicators seen or said"),
        "the message says which answers to record first: {m}"
    );
    assert!(
        d.stored("override:trafficking-referral-declined").is_none(),
        "nothing was stored"
    );

    // The person declines the referral later: the stop holds, with no override waiting to lift it.
    d.answers(&[
        ("trafficking_indicators", json!(["debt"])),
        ("trafficking_referral_status", json!("declined")),
        ("return_risk_assessment_offered", json!(true)),
    ]);
    assert_blocked_by(&d.eval(), "departure-day", "trafficking-referral-declined");
    let v = d
        .api
        .case_override(
            d.case,
            "trafficking-referral-declined",
            "R. Okafor",
            "Reviewed the return risk assessment with the person",
        )
        .expect("now the situation is known, a supervisor can review it");
    assert_not_blocked_by(&v.evaluation, "departure-day", "trafficking-referral-declined");
}

// ---------------------------------------------------------------------------------------------------------------
// An optional step with nothing recorded

fn export_text(d: &Desk, format: ExportFormat, lang: Option<Lang>) -> String {
    let tmp = tempfile::tempdir().expect("temp");
    let out = tmp.path().join("case.out");
    d.api
        .export_case(
            &ExportRequest {
                case_id: d.case,
                format,
                redact: false,
                page_size: PageSize::A4,
                lang,
            },
            &out,
        )
        .expect("the export is written");
    let bytes = std::fs::read(&out).expect("the file");
    if format == ExportFormat::Pdf {
        crate::export::pdf_text(&bytes).unwrap_or_default()
    } else {
        String::from_utf8(bytes).expect("UTF-8 text")
    }
}

#[test]
fn an_optional_step_with_nothing_recorded_reads_not_recorded_in_every_export() {
    // Nobody withdrew: the withdrawal step is optional and holds no answer.
    let d = ready_adult();
    assert_eq!(
        status(&d.eval(), "withdrawal"),
        Some(StepStatus::Complete),
        "an optional step with nothing recorded holds nothing up"
    );

    let md = export_text(&d, ExportFormat::Markdown, None);
    let line = md
        .lines()
        .find(|l| l.contains("**Withdrawal**"))
        .expect("the step is listed");
    assert!(
        line.contains("not recorded") && !line.contains("[x]"),
        "neither done nor pending: {line}"
    );

    let html = export_text(&d, ExportFormat::Html, None);
    let row = html
        .lines()
        .find(|l| l.starts_with("<tr><td>Withdrawal</td>"))
        .expect("the step has its row");
    assert!(row.contains(">not recorded<"), "{row}");

    // Empty only where poppler is missing outside CI (`pdf_text` fails in CI then).
    let pdf = export_text(&d, ExportFormat::Pdf, None);
    if !pdf.is_empty() {
        assert!(
            pdf.lines()
                .any(|l| l.contains("Withdrawal") && l.contains("not recorded")),
            "the PDF says it too:\n{pdf}"
        );
    }

    let fr = export_text(&d, ExportFormat::Markdown, Some(Lang::Fr));
    let line = fr
        .lines()
        .find(|l| l.contains("**Renonciation**"))
        .expect("the French export lists the step under its French title");
    assert!(
        line.contains("non renseigné"),
        "the French catalog's words: {line}"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Dates: the future is refused on import too

#[test]
fn an_imported_case_disembarked_in_the_future_is_refused_naming_the_field() {
    let d = ready_adult();
    let file = exported_json(&d);

    let mut summary = file.clone();
    *summary
        .pointer_mut("/case/summary/disembarked_on")
        .expect("the export carries the disembarkation date") = day(5);
    let (other, r) = import_into_new_desk(&summary);
    let m = r.expect_err("a disembarkation in the future is refused");
    assert!(
        m.contains("disembark") && m.contains("future"),
        "the message names the field and why: {m}"
    );
    assert!(
        other
            .api
            .cases_list(&avr_core::cases::CaseFilter::default())
            .expect("list")
            .is_empty(),
        "nothing was saved"
    );

    let mut answer = file;
    crate::casework::set_answer(&mut answer, "disembarkation_date", day(5));
    let (other, r) = import_into_new_desk(&answer);
    let m = r.expect_err("the answer is checked like one typed here");
    assert!(
        m.contains("disembarkation_date") && m.contains("future"),
        "the message names the answer and why: {m}"
    );
    assert!(
        other
            .api
            .cases_list(&avr_core::cases::CaseFilter::default())
            .expect("list")
            .is_empty(),
        "nothing was saved"
    );
}

// ---------------------------------------------------------------------------------------------------------------
// Property: random edits through the api, every latched stop that can never be overridden

/// The fields a random edit touches: the triggers and lifts of the asylum, withdrawal, trafficking and child
/// stops.
const EDITED: &[&str] = &[
    "fear_of_return",
    "asylum_outcome",
    "unhcr_coordinated",
    "withdrawn",
    "trafficking_indicators",
    "trafficking_referral_status",
    "age_group",
    "age_assessment_outcome",
    "age_assessed_by",
    "age_assessed_on",
    "child_situation",
    "child_protection_referred",
    "guardian_status",
    "bid_outcome",
    "destination_carer_confirmed",
];

/// Stops that can never be overridden: every override attempt on them is refused.
const NEVER: &[&str] = &[
    "asylum-claim-open",
    "withdrawal-recorded",
    "trafficking-not-referred",
    "child-best-interests",
    "child-carer-unconfirmed",
    "child-trafficking-referral-declined",
];

fn v3() -> &'static workflow::Workflow {
    static WF: std::sync::OnceLock<workflow::Workflow> = std::sync::OnceLock::new();
    WF.get_or_init(|| {
        let all = workflow::load_dir(&crate::handbook_root().join("workflows"))
            .expect("the shipped workflows load");
        workflow::find(&all, "avr-case", 3).expect("v3 ships").clone()
    })
}

/// A value for `field`: valid most of the time, a typo or a value of the wrong type sometimes.
fn candidate(field: &str, pick: usize) -> Json {
    let (_, f) = v3().field(field).expect("a v3 field");
    match f.kind {
        workflow::FieldKind::YesNo => [json!(true), json!(false), json!("yes"), json!(1)][pick % 4].clone(),
        workflow::FieldKind::Single | workflow::FieldKind::Multi => {
            let opts: Vec<&str> = f.options.iter().map(|o| o.value.as_str()).collect();
            let v = if pick % 6 == 5 {
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
        workflow::FieldKind::Date => [day(-2), day(4), json!("yesterday")][pick % 3].clone(),
        _ => [json!("Ragusa juvenile court"), json!(""), json!(7)][pick % 3].clone(),
    }
}

/// One random action: an answer (field, pick) or an override attempt on a never-overridable stop.
#[derive(Debug, Clone)]
enum Act {
    Answer(usize, usize),
    Override(usize),
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        6 => (0..EDITED.len(), 0usize..30).prop_map(|(f, p)| Act::Answer(f, p)),
        1 => (0..NEVER.len()).prop_map(Act::Override),
    ]
}

fn flag(e: &workflow::Evaluation, id: &str) -> bool {
    e.flags
        .iter()
        .any(|f| f.id == id && f.value == Some(Value::Bool(true)))
}

/// Holds on `step`, or the step is out of view (which keeps it closed as well).
fn holds(e: &workflow::Evaluation, step: &str, safeguard: &str) -> bool {
    status(e, step).is_none() || crate::casework::blockers(e, step).iter().any(|b| b == safeguard)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Through the api, however answers are edited (typos included, each refused or saved as the case rules
    /// say) and whatever overrides are tried: the asylum, withdrawal, trafficking and child stops are lifted
    /// only by what lifts them, and every stored answer is valid for its field.
    #[test]
    fn no_edit_through_the_api_lifts_a_trafficking_or_child_stop_except_its_lift_condition(
        acts in proptest::collection::vec(act(), 1..18)
    ) {
        let d = Desk::new();
        d.answers(&rescue_adult()).answers(&screening_clear());
        let v3 = v3();
        let (mut fear, mut withdrawn, mut trafficking, mut child) = (false, false, false, false);
        for a in acts {
            match a {
                Act::Answer(f, pick) => {
                    // Refused or saved: both are fine, the invariants below say what must hold either way.
                    let _ = d.api.case_answer(d.case, EDITED[f], &candidate(EDITED[f], pick));
                }
                Act::Override(g) => {
                    let r = d.api.case_override(
                        d.case,
                        NEVER[g],
                        "R. Okafor",
                        "Reviewed the whole case with the person",
                    );
                    prop_assert!(r.is_err(), "`{}` can never be overridden", NEVER[g]);
                }
            }
            let v = d.view();
            let e = &v.evaluation;
            for stored in &v.record.answers {
                let Some((_, field)) = v3.field(&stored.field_id) else { continue };
                let value: Value = serde_json::from_value(stored.value.clone())
                    .map_err(|err| TestCaseError::fail(format!("{}: {err}", stored.field_id)))?;
                prop_assert!(
                    workflow::check_answer(field, &value, today()).is_ok(),
                    "stored {} = {} is valid for its field", stored.field_id, stored.value
                );
            }
            prop_assert!(
                e.errors.iter().all(|err| err.kind != FieldErrorKind::Invalid),
                "the engine finds no invalid answer: {:?}", e.errors
            );

            let stored = |field: &str| {
                v.record.answers.iter().find(|a| a.field_id == field).map(|a| a.value.clone())
            };
            fear |= stored("fear_of_return") == Some(json!(true));
            withdrawn |= stored("withdrawn") == Some(json!(true));
            trafficking |= flag(e, "trafficking_suspected");
            child |= flag(e, "is_child");

            if fear && !flag(e, "asylum_resolved") {
                prop_assert!(holds(e, "departure-day", "asylum-claim-open"), "a recorded fear holds departure");
            }
            if withdrawn {
                prop_assert!(holds(e, "departure-day", "withdrawal-recorded"), "a withdrawal is final");
            }
            let referral = stored("trafficking_referral_status");
            if trafficking && !matches!(referral.as_ref().and_then(Json::as_str), Some("referred" | "declined")) {
                prop_assert!(
                    holds(e, "departure-day", "trafficking-not-referred"),
                    "indicators once recorded hold travel until a referral is recorded"
                );
            }
            if trafficking
                && flag(e, "is_child")
                && referral.as_ref().and_then(Json::as_str) == Some("declined")
            {
                prop_assert!(
                    holds(e, "departure-day", "child-trafficking-referral-declined"),
                    "a child's declined referral holds travel"
                );
            }
            let adult = flag(e, "assessed_adult");
            let best_interests = flag(e, "guardian_in_place")
                && status(e, "guardian") == Some(StepStatus::Complete)
                && status(e, "best-interests") == Some(StepStatus::Complete)
                && stored("bid_outcome") == Some(json!("return_in_best_interests"));
            if child && !adult && !best_interests {
                prop_assert!(
                    holds(e, "departure-day", "child-best-interests"),
                    "once a child, the best-interests stop holds until its lift condition"
                );
            }
            if child && !adult && stored("destination_carer_confirmed") != Some(json!(true)) {
                prop_assert!(
                    holds(e, "departure-day", "child-carer-unconfirmed"),
                    "once a child, no travel until a carer is confirmed"
                );
            }
        }
    }
}
