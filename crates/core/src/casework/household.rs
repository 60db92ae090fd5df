//! Family cases: every household member's own answers to the workflow's member steps, and the evaluation that
//! checks each member (see [`crate::workflow::Household`]).
//!
//! A member's answers are stored beside the principal applicant's, under the member's key:
//! `member:<position>:<field>` for an answer, `member:<position>:latch:<safeguard>` and
//! `member:<position>:override:<safeguard>` for the member's latches and overrides. So a member's answer is
//! typed, checked, latched, corrected and audited exactly as the principal's, by the same code; only the key
//! says whose it is. The principal applicant (position 0) keeps the bare keys.

use std::collections::BTreeMap;

use crate::cases::{Answer, Person};
use crate::workflow::{Answers, Date, Evaluation, MemberAnswers, Workflow, evaluate, evaluate_household};

use super::{MemberView, RuleError, answers_from, refuse};
use crate::i18n;

/// A household member's stored keys start with this: `member:<position>:<key>`.
pub const MEMBER_PREFIX: &str = "member:";

/// Whose answer a stored key is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Principal,
    /// A household member, by position (1 and up).
    Member(u32),
}

impl Scope {
    /// The stored key for `key` (a field id, `latch:…` or `override:…`) in this scope.
    pub fn key(self, key: &str) -> String {
        match self {
            Scope::Principal => key.to_owned(),
            Scope::Member(p) => format!("{MEMBER_PREFIX}{p}:{key}"),
        }
    }
}

/// Split a stored key into its scope and the key inside it. A key that starts with the member prefix but has no
/// position reads as the principal's (and is then unknown to the workflow).
pub fn split_key(stored: &str) -> (Scope, &str) {
    stored
        .strip_prefix(MEMBER_PREFIX)
        .and_then(|rest| rest.split_once(':'))
        .and_then(|(p, key)| p.parse().ok().filter(|&p| p > 0).map(|p| (Scope::Member(p), key)))
        .unwrap_or((Scope::Principal, stored))
}

/// The scope of a key the user asked to write, checked: a member key needs a member of this household and a
/// field of a member step.
pub fn scope_of<'k>(wf: &Workflow, persons: &[Person], key: &'k str) -> Result<(Scope, &'k str), RuleError> {
    let say = |k: &str, args: &[(&str, i18n::Value<'_>)]| i18n::tr(i18n::interface_lang(), k, args);
    let (scope, inner) = split_key(key);
    if let Scope::Member(p) = scope {
        if !persons.iter().any(|person| person.position == p) {
            return refuse(say(
                "rule-no-such-member",
                &[("key", key.to_owned().into()), ("position", p.to_string().into())],
            ));
        }
        let overridden = inner.strip_prefix(super::OVERRIDE_PREFIX);
        let field = overridden
            .or_else(|| inner.strip_prefix(super::LATCH_PREFIX))
            .unwrap_or(inner);
        let member_safeguard = wf
            .safeguards
            .iter()
            .position(|g| g.id == field)
            .is_some_and(|g| wf.is_member_safeguard(g));
        if !wf.is_member_field(field) && !member_safeguard {
            let what = if overridden.is_some() {
                "override"
            } else {
                "answer"
            };
            return refuse(say(
                "rule-not-per-member",
                &[
                    ("key", key.to_owned().into()),
                    ("what", what.into()),
                    ("workflow", wf.id.clone().into()),
                    ("version", wf.version.to_string().into()),
                ],
            ));
        }
    } else if key.starts_with(MEMBER_PREFIX) {
        return refuse(say("rule-member-key", &[("key", key.to_owned().into())]));
    }
    Ok((scope, inner))
}

/// The answers `scope` is evaluated on, from what the store holds.
///
/// The principal's are every key without the member prefix. A member's are the case's shared answers (every
/// field outside the member steps, and the latches and overrides of safeguards not checked per member), with
/// the member's own answers, latches and overrides in place of the principal's.
pub fn answers_for(wf: &Workflow, stored: &[Answer], scope: Scope) -> Answers {
    let own = |s: Scope| -> Vec<Answer> {
        stored
            .iter()
            .filter_map(|a| {
                let (sc, key) = split_key(&a.field_id);
                (sc == s).then(|| Answer {
                    field_id: key.to_owned(),
                    ..a.clone()
                })
            })
            .collect()
    };
    let principal = answers_from(&own(Scope::Principal));
    let Scope::Member(_) = scope else {
        return principal;
    };
    let member_safeguard = |id: &String| {
        wf.safeguards
            .iter()
            .position(|g| &g.id == id)
            .is_some_and(|g| wf.is_member_safeguard(g))
    };
    let mine = answers_from(&own(scope));
    let mut answers = principal;
    answers.values.retain(|k, _| !wf.is_member_field(k));
    answers.latches.retain(|id, _| !member_safeguard(id));
    answers.overrides.retain(|id, _| !member_safeguard(id));
    answers
        .values
        .extend(mine.values.into_iter().filter(|(k, _)| wf.is_member_field(k)));
    answers
        .latches
        .extend(mine.latches.into_iter().filter(|(id, _)| member_safeguard(id)));
    answers
        .overrides
        .extend(mine.overrides.into_iter().filter(|(id, _)| member_safeguard(id)));
    answers
}

/// Every member of the household besides the principal applicant, with the answers each is evaluated on. Empty
/// when the workflow has no member steps.
pub fn members(wf: &Workflow, persons: &[Person], stored: &[Answer]) -> Vec<MemberAnswers> {
    if wf.household.member_steps.is_empty() {
        return Vec::new();
    }
    persons
        .iter()
        .filter(|p| p.position > 0)
        .map(|p| MemberAnswers {
            position: p.position,
            name: member_name(p),
            answers: answers_for(wf, stored, Scope::Member(p.position)),
        })
        .collect()
}

/// How a member is named where a stop holds for them: the names as entered, and the relationship.
pub fn member_name(p: &Person) -> String {
    let name = format!("{} {}", p.given_names.trim(), p.family_name.trim());
    match p.relationship.trim() {
        "" => name.trim().to_owned(),
        rel => format!("{} ({rel})", name.trim()),
    }
}

/// The case's evaluation: the principal applicant's answers, with every member's stops holding for the case.
pub fn evaluate_case(wf: &Workflow, persons: &[Person], stored: &[Answer], today: Date) -> Evaluation {
    let principal = answers_for(wf, stored, Scope::Principal);
    evaluate_household(wf, &principal, &members(wf, persons, stored), today)
}

/// Every household member evaluated on their own answers, for the case screen (see [`MemberView`]). Empty when
/// the workflow has no member steps.
pub fn member_views(wf: &Workflow, persons: &[Person], stored: &[Answer], today: Date) -> Vec<MemberView> {
    members(wf, persons, stored)
        .into_iter()
        .map(|m| MemberView {
            position: m.position,
            evaluation: evaluate(wf, &m.answers, today),
            name: m.name,
        })
        .collect()
}

/// The ids of the safeguards checked for every household member, in definition order.
pub fn member_safeguards(wf: &Workflow) -> Vec<String> {
    wf.safeguards
        .iter()
        .enumerate()
        .filter(|&(i, _)| wf.is_member_safeguard(i))
        .map(|(_, g)| g.id.clone())
        .collect()
}

/// The stored key for `key` (a field or safeguard id) answered for `person`: `None` or `Some(0)` is the principal
/// applicant, `Some(n)` household member n. What the app and the command line send; [`scope_of`] then checks it.
pub fn person_key(person: Option<u32>, key: &str) -> String {
    match person {
        None | Some(0) => Scope::Principal.key(key),
        Some(p) => Scope::Member(p).key(key),
    }
}

/// What the store will hold once `writes` (key, value) are saved: `stored` with each key replaced or added.
pub fn with_writes(
    stored: &[Answer],
    writes: &[(String, serde_json::Value)],
    actor: &str,
    now: i64,
) -> Vec<Answer> {
    let mut by_key: BTreeMap<String, Answer> =
        stored.iter().map(|a| (a.field_id.clone(), a.clone())).collect();
    for (key, value) in writes {
        by_key.insert(
            key.clone(),
            Answer {
                field_id: key.clone(),
                value: value.clone(),
                saved_by: actor.to_owned(),
                saved_at: now,
            },
        );
    }
    by_key.into_values().collect()
}

/// The latches to record once `stored` is saved, for the principal and every member, as (stored key, value).
pub fn latches_for_case(
    wf: &Workflow,
    persons: &[Person],
    stored: &[Answer],
    today: Date,
    actor: &str,
    field: Option<&str>,
) -> Vec<(String, serde_json::Value)> {
    let mut scopes = vec![Scope::Principal];
    if !wf.household.member_steps.is_empty() {
        scopes.extend(
            persons
                .iter()
                .filter(|p| p.position > 0)
                .map(|p| Scope::Member(p.position)),
        );
    }
    let mut out = Vec::new();
    for scope in scopes {
        let answers = answers_for(wf, stored, scope);
        // The triggering answer is named only in the scope it was written in.
        let trigger = field.and_then(|f| match split_key(f) {
            (s, key) if s == scope => Some(key),
            _ => None,
        });
        for (key, value) in super::latches_for(wf, &answers, today, actor, trigger) {
            let id = key.strip_prefix(super::LATCH_PREFIX).unwrap_or(&key);
            let member_safeguard = wf
                .safeguards
                .iter()
                .position(|g| g.id == id)
                .is_some_and(|g| wf.is_member_safeguard(g));
            // A member's evaluation records latches of the stops checked per member only; the others are the
            // principal's.
            if scope == Scope::Principal || member_safeguard {
                out.push((scope.key(&key), value));
            }
        }
    }
    out
}
