//! An imported case is checked like a case made here: every answer against its field, every override against
//! the safeguard's policy, every latch against the definition, the stage against the workflow's stages, and the
//! size of everything against what a real case holds. A file that fails any of it is refused whole, with the
//! field named; nothing is saved.

use std::collections::HashSet;

use super::{LATCH_PREFIX, MIN_REASON_CHARS, OVERRIDE_PREFIX, RuleError, StoredLatch};
use crate::cases::{CaseRecord, CaseStatus};
use crate::i18n::{self, interface_lang};
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
    let lang = interface_lang();
    let bad = |place: String, problem: String| {
        Err(RuleError(i18n::tr(
            lang,
            "import-problem",
            &[("place", place.into()), ("problem", problem.into())],
        )))
    };
    let say = |key: &str, args: &[(&str, i18n::Value<'_>)]| i18n::tr(lang, key, args);
    let workflow = || -> [(&str, i18n::Value<'_>); 2] {
        [
            ("workflow", wf.id.clone().into()),
            ("version", wf.version.to_string().into()),
        ]
    };
    let s = &record.summary;
    if s.status == CaseStatus::Closed && s.closed_at.is_none() {
        return bad(
            "case.summary.closed_at".into(),
            say("import-closed-without-date", &[]),
        );
    }
    if !s.stage.is_empty() && !wf.stages.iter().any(|st| st.id == s.stage) {
        let [w, v] = workflow();
        return bad(
            "case.summary.stage".into(),
            say("import-unknown-stage", &[("stage", s.stage.clone().into()), w, v]),
        );
    }
    for (what, n, max) in [
        ("case.persons", record.persons.len(), MAX_PERSONS),
        ("case.notes", record.notes.len(), MAX_NOTES),
        ("case.consents", record.consents.len(), MAX_CONSENTS),
    ] {
        if n > max {
            return bad(
                what.into(),
                say("import-too-many", &[("count", n.into()), ("max", max.into())]),
            );
        }
    }
    if record.persons.is_empty() {
        return bad("case.persons".into(), say("import-no-principal", &[]));
    }
    let person_ids: HashSet<i64> = record.persons.iter().map(|p| p.id).collect();
    if person_ids.len() != record.persons.len() {
        return bad("case.persons".into(), say("import-same-person-id", &[]));
    }
    for (i, c) in record.consents.iter().enumerate() {
        if let Some(p) = c.person_id
            && !person_ids.contains(&p)
        {
            return bad(
                format!("case.consents[{i}].person_id"),
                say(
                    "import-consent-unknown-person",
                    &[("person", p.to_string().into())],
                ),
            );
        }
    }
    let mut seen = HashSet::new();
    for a in &record.answers {
        let place = format!("case.answers[{}]", a.field_id);
        if !seen.insert(a.field_id.as_str()) {
            return bad(place, say("import-answered-twice", &[]));
        }
        // A household member's answer: a member of this household, and a question asked per member.
        let (_, key) = match super::scope_of(wf, &record.persons, &a.field_id) {
            Ok(scoped) => scoped,
            Err(e) => return bad(place, e.0),
        };
        if let Some(id) = key.strip_prefix(OVERRIDE_PREFIX) {
            let Some(g) = wf.safeguard(id) else {
                return bad(place, say("import-override-unknown", &[]));
            };
            if g.override_policy != OverridePolicy::Supervisor {
                let local = i18n::workflow::localized(wf, lang);
                let title = super::safeguard_title(&local, id).to_owned();
                return bad(place, say("rule-override-never", &[("title", title.into())]));
            }
            let ok = serde_json::from_value::<SafeguardOverride>(a.value.clone()).is_ok_and(|o| {
                o.supervisor.trim().chars().count() >= 3
                    && o.reason.trim().chars().count() >= MIN_REASON_CHARS
            });
            if !ok {
                return bad(
                    place,
                    say("import-override-incomplete", &[("min", MIN_REASON_CHARS.into())]),
                );
            }
        } else if let Some(id) = key.strip_prefix(LATCH_PREFIX) {
            if !wf.safeguard(id).is_some_and(|g| g.latched) {
                return bad(place, say("import-latch-unknown", &[]));
            }
            if serde_json::from_value::<StoredLatch>(a.value.clone()).is_err() {
                return bad(place, say("import-not-a-latch", &[]));
            }
        } else {
            let Some((_, field)) = wf.field(key) else {
                return bad(place, say("import-no-such-question", &workflow()));
            };
            let Ok(value) = serde_json::from_value::<Value>(a.value.clone()) else {
                return bad(place, say("import-not-an-answer", &[]));
            };
            if let Err(p) = check_answer(field, &value, today) {
                return bad(place, p.for_field(&super::label_of(wf, key), lang));
            }
        }
    }
    Ok(())
}
