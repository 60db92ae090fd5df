//! Why a supervisor's override is not applied, kept as a catalog message with its ids ([`OverrideNote`]) so that
//! it reads in any language, as the readiness notes do: the engine writes it out in English, and
//! [`crate::i18n::workflow::localize_evaluation`] writes it out again with the localized workflow's lift texts and
//! field labels (never the raw ids).

use super::super::definition::Workflow;
use crate::i18n::{self, Lang};

/// What is wrong with one stored override.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) enum OverrideNote {
    /// The workflow has no safeguard of that id.
    #[default]
    NoSuchSafeguard,
    /// The safeguard can never be overridden; the lift text says what lifts it.
    Never,
    /// The supervisor's name or the reason is missing.
    Incomplete,
    /// The answers that decide the safeguard are missing (field ids): an override answers a known situation only.
    Undetermined(Vec<String>),
}

/// `note` about an override of `safeguard` in `lang`, with lift texts and field labels from `wf`.
pub(crate) fn message(note: &OverrideNote, safeguard: &str, wf: &Workflow, lang: Lang) -> String {
    match note {
        OverrideNote::NoSuchSafeguard => i18n::tr(
            lang,
            "override-no-such-safeguard",
            &[("id", safeguard.to_owned().into())],
        ),
        OverrideNote::Never => {
            let lift = wf
                .safeguard(safeguard)
                .map(|g| g.lift.clone())
                .unwrap_or_default();
            i18n::tr(lang, "override-never", &[("lift", lift.into())])
        }
        OverrideNote::Incomplete => i18n::t(lang, "override-incomplete"),
        OverrideNote::Undetermined(fields) => {
            let labels: Vec<String> = fields
                .iter()
                .map(|id| wf.field(id).map_or_else(|| id.clone(), |(_, f)| f.label.clone()))
                .collect();
            i18n::tr(
                lang,
                "override-undetermined",
                &[(
                    "fields",
                    labels.join(&i18n::t(lang, "override-list-separator")).into(),
                )],
            )
        }
    }
}
