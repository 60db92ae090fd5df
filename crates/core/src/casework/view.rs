//! What a case looks like to the people who read it: the case screen's view, safeguard titles, the answers that
//! must not be printed as facts, and the consent purposes each answer falls under.

use serde::Serialize;
use ts_rs::TS;

use crate::cases::{AnswerChange, AuditEvent, CaseRecord};
use crate::workflow::{Evaluation, InactiveReason, Workflow};

/// Everything the case screen shows.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CaseView {
    pub record: CaseRecord,
    pub workflow_title: String,
    pub evaluation: Evaluation,
    /// Newest first.
    pub timeline: Vec<AuditEvent>,
    /// Every change of an answer with its old and new value, who and why; oldest first.
    pub changes: Vec<AnswerChange>,
    /// `chapter#section` → "Chapter › Section", for every handbook reference the evaluation shows: links read as
    /// titles, never as ids.
    pub ref_titles: std::collections::BTreeMap<String, String>,
    /// The steps every household member answers for themselves (the workflow's `[household] member_steps`):
    /// on these the case screen asks whose answers are being recorded.
    pub member_steps: Vec<String>,
    /// The safeguards checked for every household member (they read member steps): on a member's view, such a
    /// stop is that member's, lifted or overridden on their record; any other is the whole case's.
    pub member_safeguards: Vec<String>,
    /// Each household member besides the principal applicant, evaluated on their own answers, in household
    /// order. Empty unless the case has members and its workflow has member steps.
    pub members: Vec<MemberView>,
}

/// One household member as the case screen shows them on a member step: the evaluation on the member's own
/// answers (the case's shared answers, with the member's answers, latches and overrides in place of the
/// principal's), so the member's values, stops and missing answers read as the principal's do.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct MemberView {
    /// The member's place in the household (1 and up); answers for them are saved with this position.
    pub position: u32,
    /// The names as entered, with the relationship: "Amal Haddad (daughter)".
    pub name: String,
    pub evaluation: Evaluation,
}

/// The title of safeguard `id` in `wf`, or the id itself when the workflow has no such safeguard (an answer kept
/// from another version).
pub fn safeguard_title<'a>(wf: &'a Workflow, id: &'a str) -> &'a str {
    wf.safeguard(id).map_or(id, |g| g.title.as_str())
}

/// Field ids whose stored answers must not be printed as facts, each with why: the answer sits on a step that is
/// blocked or hidden now, or on a field not shown. An export marks them instead of stating them.
pub fn blocked_answers(eval: &Evaluation) -> Vec<(String, &'static str)> {
    eval.answers
        .iter()
        .filter_map(|a| {
            let why = match a.inactive_reason? {
                InactiveReason::StepBlocked => "recorded, but its step is blocked by a safeguard",
                InactiveReason::StepHidden => "recorded, but its step does not apply now",
                InactiveReason::FieldHidden => "recorded, but the question does not apply now",
                InactiveReason::UnknownField => "recorded under another workflow version",
            };
            Some((a.field.clone(), why))
        })
        .collect()
}

/// Consent purpose → the answers it covers, as the workflow declares them. Definitions published before the
/// workflow file could declare them (`avr-case` v1) use the table they shipped with, kept here unchanged.
pub fn consent_coverage(wf: &Workflow) -> Vec<(String, Vec<String>)> {
    if !wf.consents.is_empty() {
        return wf
            .consents
            .iter()
            .map(|c| (c.purpose.clone(), c.fields.clone()))
            .collect();
    }
    if wf.id == "avr-case" && wf.version == 1 {
        return LEGACY_AVR_CASE_V1
            .iter()
            .map(|(p, fields)| ((*p).to_owned(), fields.iter().map(|f| (*f).to_owned()).collect()))
            .collect();
    }
    Vec::new()
}

/// `avr-case` v1's consent coverage, as it was hard-coded in the exports when v1 was published.
const LEGACY_AVR_CASE_V1: &[(&str, &[&str])] = &[
    (
        "medical-referral",
        &[
            "medical_urgent",
            "hypothermia_signs",
            "dehydration_signs",
            "ongoing_medical_needs",
            "medical_referral_made",
            "pregnant",
            "pregnancy_weeks",
            "chronic_illness",
            "treatment_available_at_home",
            "fitness_decision",
        ],
    ),
    (
        "travel-documents",
        &[
            "own_travel_document",
            "consular_request_date",
            "consular_data_sent",
            "travel_document_issued",
            "travel_document_expires",
        ],
    ),
    (
        "data-sharing",
        &[
            "vulnerabilities",
            "trafficking_indicators",
            "gbv_disclosed",
            "gbv_referral",
            "fear_of_return",
            "asylum_outcome",
        ],
    ),
];
