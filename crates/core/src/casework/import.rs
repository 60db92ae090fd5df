//! An imported case is checked like a case made here: every answer against its field, every override against
//! the safeguard's policy, every latch against the definition, the stage against the workflow's stages, and the
//! size of everything against what a real case holds. A file that fails any of it is refused whole, with the
//! field named; nothing is saved.

use std::collections::HashSet;

use super::{LATCH_PREFIX, MIN_REASON_CHARS, OVERRIDE_PREFIX, RuleError, StoredLatch};
use crate::cases::{CaseRecord, CaseStatus};
use crate::workflow::{Date, OverridePolicy, SafeguardOverride, Value, Workflow, check_answer};

/// The largest household a case may carry.
pub(super) const MAX_PERSONS: usize = 60;
/// The most notes a case may carry.
pub(super) const MAX_NOTES: usize = 2000;
/// The most consent entries a case may carry.
pub(super) const MAX_CONSENTS: usize = 500;

/// Check an imported case against `wf` on the day `today`. The error names the first problem by its place in
/// the file (`case.answers[fear_of_return]`, `case.persons[3]`…).
pub fn check_imported(wf: &Workflow, record: &CaseRecord, today: Date) -> Result<(), RuleError> {
    let bad = |place: String, what: String| Err(RuleError(format!("{place}: {what}")));
    let s = &record.summary;
    if s.status == CaseStatus::Closed && s.closed_at.is_none() {
        return bad(
            "case.summary.closed_at".into(),
            "a closed case must say when it was closed (it could never be purged otherwise)".into(),
        );
    }
    if !s.stage.is_empty() && !wf.stages.iter().any(|st| st.id == s.stage) {
        return bad(
            "case.summary.stage".into(),
            format!(
                "`{}` is not a stage of workflow {} v{}",
                s.stage, wf.id, wf.version
            ),
        );
    }
    for (what, n, max) in [
        ("case.persons", record.persons.len(), MAX_PERSONS),
        ("case.notes", record.notes.len(), MAX_NOTES),
        ("case.consents", record.consents.len(), MAX_CONSENTS),
    ] {
        if n > max {
            return bad(what.into(), format!("{n} entries, at most {max} are accepted"));
        }
    }
    if record.persons.is_empty() {
        return bad(
            "case.persons".into(),
            "a case needs its principal applicant".into(),
        );
    }
    let person_ids: HashSet<i64> = record.persons.iter().map(|p| p.id).collect();
    if person_ids.len() != record.persons.len() {
        return bad("case.persons".into(), "two persons have the same id".into());
    }
    for (i, c) in record.consents.iter().enumerate() {
        if let Some(p) = c.person_id
            && !person_ids.contains(&p)
        {
            return bad(
                format!("case.consents[{i}].person_id"),
                format!("person {p} is not in this case's household"),
            );
        }
    }
    let mut seen = HashSet::new();
    for a in &record.answers {
        let place = format!("case.answers[{}]", a.field_id);
        if !seen.insert(a.field_id.as_str()) {
            return bad(place, "answered twice".into());
        }
        // A household member's answer: a member of this household, and a question asked per member.
        let (_, key) = super::scope_of(wf, &record.persons, &a.field_id, "this answer")
            .map_err(|e| RuleError(format!("{place}: {}", e.0)))?;
        if let Some(id) = key.strip_prefix(OVERRIDE_PREFIX) {
            let Some(g) = wf.safeguard(id) else {
                return bad(
                    place,
                    "an override of a safeguard this workflow does not have".into(),
                );
            };
            if g.override_policy != OverridePolicy::Supervisor {
                return bad(
                    place,
                    format!("{}: this safeguard can never be overridden", g.title),
                );
            }
            let ok = serde_json::from_value::<SafeguardOverride>(a.value.clone()).is_ok_and(|o| {
                o.supervisor.trim().chars().count() >= 3
                    && o.reason.trim().chars().count() >= MIN_REASON_CHARS
            });
            if !ok {
                return bad(
                    place,
                    format!(
                        "an override needs the supervisor's full name and a reason of at least \
                         {MIN_REASON_CHARS} characters"
                    ),
                );
            }
        } else if let Some(id) = key.strip_prefix(LATCH_PREFIX) {
            if !wf.safeguard(id).is_some_and(|g| g.latched) {
                return bad(
                    place,
                    "a latch of a safeguard this workflow does not latch".into(),
                );
            }
            if serde_json::from_value::<StoredLatch>(a.value.clone()).is_err() {
                return bad(place, "not a latch record".into());
            }
        } else {
            let Some((_, field)) = wf.field(key) else {
                return bad(
                    place,
                    format!("workflow {} v{} has no such question", wf.id, wf.version),
                );
            };
            let value: Value = serde_json::from_value(a.value.clone())
                .map_err(|_| RuleError(format!("{place}: not an answer this field can hold")))?;
            check_answer(field, &value, today).map_err(|m| RuleError(format!("{place}: {m}")))?;
        }
    }
    Ok(())
}
