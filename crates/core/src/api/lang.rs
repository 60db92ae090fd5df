//! The interface language, as the api applies it to the workflow's texts.
//!
//! One window (or one command-line run) speaks one language at a time, so the choice is process-wide: the app
//! calls [`Api::set_lang`] when the person picks a language (at start-up and in Settings), the command line from
//! `--lang`. Whatever builds a workflow DTO evaluates [`Api::localized`] instead of the file's workflow: same ids,
//! same rules, the words of that language (English where a translation is missing).

use std::sync::Arc;

use super::Api;
use crate::i18n::{self, Lang};
use crate::workflow::Workflow;

impl Api {
    /// Speak `lang` from now on: workflow texts in case views, lists and exports that do not name a language.
    pub fn set_lang(&self, lang: Lang) {
        i18n::set_interface_lang(lang);
    }

    /// The language set last ([`Api::set_lang`]); English until then.
    pub fn lang(&self) -> Lang {
        i18n::interface_lang()
    }

    /// `wf` in the current language, for building DTOs: `let wf = self.localized(wf);` before evaluating.
    pub fn localized(&self, wf: &Workflow) -> Arc<Workflow> {
        i18n::workflow::localized(wf, self.lang())
    }
}
