//! What a [`CaseError`] says, from the catalogs (`error-…` in `i18n/<lang>/errors.ftl`): the error keeps the
//! values, the catalog the words. The UI and the command line show `Display`, which is the message in the
//! interface language; [`CaseError::catalog_key`] names the message of each variant with no wildcard, so a new
//! variant does not compile until it has one, and a test checks every key exists in all four languages.

use std::fmt;

use super::CaseError;
use crate::i18n::{self, Lang, Value};

/// A `what` or `status` word as a catalog selector (`card on the trust list` → `card-on-the-trust-list`).
fn selector(word: &str) -> Value<'static> {
    Value::from(word.replace(' ', "-"))
}

fn text(s: &str) -> Value<'static> {
    Value::from(s.to_owned())
}

impl CaseError {
    /// The catalog message that says what went wrong.
    pub fn catalog_key(&self) -> &'static str {
        match self {
            CaseError::WrongPassphrase => "error-wrong-passphrase",
            CaseError::WeakPassphrase(_) => "passphrase-too-weak",
            CaseError::NotCreated { .. } => "error-not-created",
            CaseError::AlreadyExists { .. } => "error-already-exists",
            CaseError::StorageCorrupt { .. } => "error-storage-corrupt",
            CaseError::Invalid { .. } => "error-invalid",
            CaseError::NotFound { .. } => "error-not-found",
            CaseError::CaseNotOpen { .. } => "error-case-not-open",
            CaseError::AlreadyInState { .. } => "error-already-in-state",
            CaseError::CaseNumberTaken { .. } => "error-case-number-taken",
            CaseError::BrokenLink { .. } => "error-broken-link",
            CaseError::MigrationChanged { .. } => "error-migration-changed",
            CaseError::TooNew { .. } => "error-too-new",
            CaseError::Backup { .. } => "error-backup",
            CaseError::Io { .. } => "error-io",
            CaseError::HandedOver => "error-handed-over",
            CaseError::Sqlite(_) => "error-database",
            CaseError::Migration(_) => "error-migration",
        }
    }

    /// What went wrong, in `lang`. Technical details that come from elsewhere (an operating-system error, SQLite's
    /// own message) are quoted as they come.
    pub fn message(&self, lang: Lang) -> String {
        let key = self.catalog_key();
        let say = |args: &[(&str, Value<'_>)]| i18n::tr(lang, key, args);
        match self {
            CaseError::WeakPassphrase(estimate) => estimate.refusal(lang),
            CaseError::WrongPassphrase | CaseError::HandedOver => say(&[]),
            CaseError::NotCreated { path } | CaseError::AlreadyExists { path } => {
                say(&[("path", text(path))])
            }
            CaseError::StorageCorrupt { detail, moved_to } => {
                say(&[("detail", text(detail)), ("moved", text(moved_to))])
            }
            CaseError::Invalid { field, message } => {
                // The field's name in this language where the catalogs know it (`error-field`), else as given.
                let name = i18n::tr(
                    lang,
                    "error-field",
                    &[("field", selector(field)), ("name", text(field))],
                );
                say(&[("field", name.into()), ("message", text(message))])
            }
            CaseError::NotFound { what, id } => say(&[("what", selector(what)), ("id", text(id))]),
            CaseError::CaseNotOpen { case_number, status }
            | CaseError::AlreadyInState { case_number, status } => {
                say(&[("number", text(case_number)), ("status", selector(status))])
            }
            CaseError::CaseNumberTaken { case_number } => say(&[("number", text(case_number))]),
            CaseError::BrokenLink { event_id, reason } => {
                say(&[("event", event_id.to_string().into()), ("reason", text(reason))])
            }
            CaseError::MigrationChanged { version, name } => {
                say(&[("version", version.to_string().into()), ("name", text(name))])
            }
            CaseError::TooNew { found, supported } => say(&[
                ("found", found.to_string().into()),
                ("supported", supported.to_string().into()),
            ]),
            CaseError::Backup { path, message } => say(&[("path", text(path)), ("message", text(message))]),
            CaseError::Io { path, source } => {
                say(&[("path", text(path)), ("error", source.to_string().into())])
            }
            CaseError::Sqlite(e) => say(&[("error", e.to_string().into())]),
            CaseError::Migration(e) => say(&[("error", e.to_string().into())]),
        }
    }
}

/// The message in the interface language: what the UI and the command line show.
impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(i18n::interface_lang()))
    }
}

impl std::error::Error for CaseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CaseError::Io { source, .. } => Some(source),
            CaseError::Sqlite(e) => Some(e),
            CaseError::Migration(e) => Some(e),
            CaseError::WrongPassphrase
            | CaseError::WeakPassphrase(_)
            | CaseError::NotCreated { .. }
            | CaseError::AlreadyExists { .. }
            | CaseError::StorageCorrupt { .. }
            | CaseError::Invalid { .. }
            | CaseError::NotFound { .. }
            | CaseError::CaseNotOpen { .. }
            | CaseError::AlreadyInState { .. }
            | CaseError::CaseNumberTaken { .. }
            | CaseError::BrokenLink { .. }
            | CaseError::MigrationChanged { .. }
            | CaseError::TooNew { .. }
            | CaseError::Backup { .. }
            | CaseError::HandedOver => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{catalog_files, message_ids};

    /// One of each variant. The match below has no wildcard: a new variant does not compile until it is added
    /// here, and so until its message is checked in every language.
    fn one_of_each() -> Vec<CaseError> {
        let all = vec![
            CaseError::WrongPassphrase,
            CaseError::WeakPassphrase(crate::cases::estimate("abc")),
            CaseError::NotCreated { path: "/data".into() },
            CaseError::AlreadyExists { path: "/data".into() },
            CaseError::StorageCorrupt {
                detail: "page 4".into(),
                moved_to: "/data/aside".into(),
            },
            CaseError::Invalid {
                field: "x".into(),
                message: "y".into(),
            },
            CaseError::NotFound {
                what: "person in this case",
                id: "7".into(),
            },
            CaseError::CaseNotOpen {
                case_number: "AVR-2026-0001".into(),
                status: "closed",
            },
            CaseError::AlreadyInState {
                case_number: "AVR-2026-0001".into(),
                status: "open",
            },
            CaseError::CaseNumberTaken {
                case_number: "AVR-2026-0001".into(),
            },
            CaseError::BrokenLink {
                event_id: 3,
                reason: "hash",
            },
            CaseError::MigrationChanged {
                version: 2,
                name: "m".into(),
            },
            CaseError::TooNew {
                found: 9,
                supported: 8,
            },
            CaseError::Backup {
                path: "b".into(),
                message: "m".into(),
            },
            CaseError::Io {
                path: "p".into(),
                source: std::io::Error::other("disk"),
            },
            CaseError::HandedOver,
            CaseError::Sqlite(rusqlite::Error::InvalidQuery),
            CaseError::Migration(rusqlite_migration::Error::InvalidUserVersion),
        ];
        for e in &all {
            match e {
                CaseError::WrongPassphrase
                | CaseError::WeakPassphrase(_)
                | CaseError::NotCreated { .. }
                | CaseError::AlreadyExists { .. }
                | CaseError::StorageCorrupt { .. }
                | CaseError::Invalid { .. }
                | CaseError::NotFound { .. }
                | CaseError::CaseNotOpen { .. }
                | CaseError::AlreadyInState { .. }
                | CaseError::CaseNumberTaken { .. }
                | CaseError::BrokenLink { .. }
                | CaseError::MigrationChanged { .. }
                | CaseError::TooNew { .. }
                | CaseError::Backup { .. }
                | CaseError::Io { .. }
                | CaseError::HandedOver
                | CaseError::Sqlite(_)
                | CaseError::Migration(_) => {}
            }
        }
        all
    }

    #[test]
    fn every_case_error_has_its_message_in_each_language_and_none_is_english_in_french_or_arabic() {
        for lang in Lang::ALL {
            let ids: Vec<String> = catalog_files()
                .filter(|(l, f, _)| *l == lang.code() && !f.starts_with("workflow-"))
                .flat_map(|(_, _, text)| message_ids(text))
                .collect();
            for e in one_of_each() {
                let key = e.catalog_key();
                assert!(
                    ids.iter().any(|id| id == key),
                    "{lang} defines `{key}`, the message of {e:?}"
                );
                let text = e.message(lang);
                assert!(
                    !text.contains("error-"),
                    "{e:?} reads as words in {lang}, not a key: {text}"
                );
                // `field: message` and `path: error` only put their values together; every other one has words.
                let words_of_its_own = !matches!(key, "error-invalid" | "error-io");
                if lang != Lang::En && words_of_its_own {
                    assert_ne!(text, e.message(Lang::En), "{e:?} has its own words in {lang}");
                }
            }
        }
        let closed = CaseError::CaseNotOpen {
            case_number: "AVR-2026-0001".into(),
            status: "closed",
        };
        assert_eq!(
            closed.message(Lang::Fr),
            "Le dossier AVR-2026-0001 est clos : rouvrez-le avant de le modifier.",
            "the status chooses the sentence, in French"
        );
        let member = CaseError::NotFound {
            what: "person in this case",
            id: "7".into(),
        };
        assert_eq!(
            member.message(Lang::Ar),
            "الشخص 7 ليس من هذه الحالة.",
            "a kind with spaces in it chooses its sentence too"
        );
    }
}
