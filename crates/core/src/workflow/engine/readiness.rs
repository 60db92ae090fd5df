//! The words of a readiness check's `detail`, kept as catalog messages with their arguments ([`Note`]) so that
//! the same finding reads in any language: the engine writes them out in English, and
//! [`crate::i18n::workflow::localize_evaluation`] writes them out again in the case's language. Field labels and
//! safeguard titles come from the workflow being written with (the localized copy), never the raw ids.

use super::super::date::Date;
use super::super::definition::Workflow;
use crate::i18n::{self, Lang, Value};

/// One finding of a readiness check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Note {
    NoPlannedDate,
    /// A dated record's field has no answer.
    NotRecorded {
        field: String,
    },
    /// A record's start date is after the planned departure.
    After {
        field: String,
        date: Date,
        planned: Date,
    },
    /// A record's end date is before the planned departure.
    Before {
        field: String,
        date: Date,
        planned: Date,
    },
    /// The record covers the departure.
    Covers {
        dated: Option<Date>,
        until: Option<Date>,
    },
    Holds,
    DoesNotHold,
    Unknown,
    NoSafeguardBlocks,
    BlockedBy(Vec<String>),
    Overridden(Vec<String>),
    StepHidden,
}

/// The catalog message of the engine's own readiness check (its label).
pub(crate) const SAFEGUARDS_LABEL: &str = "readiness-safeguards-label";

/// `notes` as one sentence in `lang`, with field labels and safeguard titles from `wf`.
pub(crate) fn detail(notes: &[Note], wf: &Workflow, lang: Lang) -> String {
    let label = |id: &str| {
        wf.field(id)
            .map_or_else(|| id.to_owned(), |(_, f)| f.label.clone())
    };
    let titles = |ids: &[String]| {
        ids.iter()
            .map(|id| wf.safeguard(id).map_or_else(|| id.clone(), |g| g.title.clone()))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let date = |d: &Date| Value::from(d.to_string());
    notes
        .iter()
        .map(|n| match n {
            Note::NoPlannedDate => i18n::t(lang, "readiness-no-planned-date"),
            Note::NotRecorded { field } => {
                i18n::tr(lang, "readiness-not-recorded", &[("field", label(field).into())])
            }
            Note::After {
                field,
                date: d,
                planned,
            } => i18n::tr(
                lang,
                "readiness-after-departure",
                &[
                    ("field", label(field).into()),
                    ("date", date(d)),
                    ("planned", date(planned)),
                ],
            ),
            Note::Before {
                field,
                date: d,
                planned,
            } => i18n::tr(
                lang,
                "readiness-before-departure",
                &[
                    ("field", label(field).into()),
                    ("date", date(d)),
                    ("planned", date(planned)),
                ],
            ),
            Note::Covers { dated, until } => match (dated, until) {
                (Some(a), Some(b)) => i18n::tr(
                    lang,
                    "readiness-covers-dated-until",
                    &[("dated", date(a)), ("until", date(b))],
                ),
                (Some(a), None) => i18n::tr(lang, "readiness-covers-dated", &[("dated", date(a))]),
                (None, Some(b)) => i18n::tr(lang, "readiness-covers-until", &[("until", date(b))]),
                (None, None) => i18n::t(lang, "readiness-covers"),
            },
            Note::Holds => i18n::t(lang, "readiness-holds"),
            Note::DoesNotHold => i18n::t(lang, "readiness-does-not-hold"),
            Note::Unknown => i18n::t(lang, "readiness-unknown"),
            Note::NoSafeguardBlocks => i18n::t(lang, "readiness-no-safeguard-blocks"),
            Note::BlockedBy(ids) => i18n::tr(
                lang,
                "readiness-blocked-by",
                &[("safeguards", titles(ids).into())],
            ),
            Note::Overridden(ids) => i18n::tr(
                lang,
                "readiness-overridden",
                &[("safeguards", titles(ids).into())],
            ),
            Note::StepHidden => i18n::t(lang, "readiness-step-hidden"),
        })
        .collect::<Vec<_>>()
        .join(&i18n::t(lang, "readiness-separator"))
}
