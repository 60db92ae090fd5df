//! The words the core writes for people (export headings, callout labels, command-line output, the shell's
//! dialogs), in English, French, Spanish and Arabic, from the same Project Fluent catalogs the UI reads
//! (`i18n/<lang>/*.ftl` at the top of the repository).
//!
//! - The catalogs are embedded at build time (see `build.rs`), so a build can never run without them.
//! - Each language has one bundle for the application's own messages (every file not named `workflow-…`) and
//!   one bundle per workflow file (`workflow-avr-case-v2.ftl`), because two versions of a workflow share ids.
//! - A message missing in a language falls back to English, then to its key: a gap shows as an English
//!   sentence or a visible key, never as an empty string or a crash.
//! - Plurals and other variants are Fluent selectors, resolved with each language's CLDR plural rules (Arabic's
//!   six forms included).
//! - Unicode isolation marks around placeables are off here. The core's text goes to terminals, CSV cells,
//!   Markdown and PDF text layers, where U+2068/U+2069 would travel with a copied case number into a search
//!   box or a spreadsheet and make it differ from the number typed by hand. The PDF writer shapes and orders
//!   each run itself, and the UI (which does turn them on for Arabic) isolates in its own markup.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use fluent_bundle::FluentValue as Value;

pub mod dates;
pub mod workflow;

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, Default)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ar];

    /// The BCP 47 code: `en`, `fr`, `es`, `ar`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The position in [`Lang::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The language of a tag as it comes from a user, a browser or the environment: `fr`, `fr-CA`, `es_ES.UTF-8`,
    /// `AR`. `None` for a language the app does not speak (and for `C`/`POSIX`).
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language the environment asks for: `AVR_LANG`, then `LANG`, then English.
    pub fn from_env() -> Lang {
        ["AVR_LANG", "LC_ALL", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find_map(|v| Lang::parse(&v))
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::parse(s).ok_or_else(|| format!("unknown language {s:?}: use en, fr, es or ar"))
    }
}

static INTERFACE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Set the language the person chose for the interface (process-wide: one window, or one command-line run, speaks
/// one language). Read by the api for workflow texts and exports that name no language, and by the shell's
/// dialogs.
pub fn set_interface_lang(lang: Lang) {
    INTERFACE.store(lang.index(), std::sync::atomic::Ordering::Relaxed);
}

/// The language set by [`set_interface_lang`]; English until then.
pub fn interface_lang() -> Lang {
    Lang::ALL
        .get(INTERFACE.load(std::sync::atomic::Ordering::Relaxed))
        .copied()
        .unwrap_or_default()
}

/// Writing direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// The direction a language is written in.
pub fn dir(lang: Lang) -> Dir {
    match lang {
        Lang::Ar => Dir::Rtl,
        Lang::En | Lang::Fr | Lang::Es => Dir::Ltr,
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The bundle name of the application's own messages.
const APP: &str = "app";

/// `(lang, domain)` → its catalog texts, and the bundle parsed from them the first time a message of that
/// language and domain is asked for. An officer working in French never holds the Arabic and Spanish bundles
/// (about 1.5 MB each once parsed) in memory.
struct Catalogs {
    bundles: HashMap<(Lang, String), LazyBundle>,
}

/// A bundle's catalog texts, and the bundle once parsed.
type LazyBundle = (Vec<&'static str>, OnceLock<Bundle>);

impl Catalogs {
    fn get(&self, lang: Lang, domain: &str) -> Option<&Bundle> {
        let (texts, bundle) = self.bundles.get(&(lang, domain.to_owned()))?;
        Some(bundle.get_or_init(|| {
            let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut b = Bundle::new_concurrent(vec![id]);
            b.set_use_isolating(false);
            for text in texts {
                // A syntax error drops only the broken entries (the parser recovers); `catalog_problems` reports
                // them and a test fails on any.
                let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
                // Duplicate ids: the first definition stands, reported by `catalog_problems` too.
                b.add_resource_overriding(resource);
            }
            b
        }))
    }
}

/// Which bundle a catalog file belongs to.
fn domain_of(file: &str) -> &str {
    let stem = file.strip_suffix(".ftl").unwrap_or(file);
    if stem.starts_with("workflow-") { stem } else { APP }
}

fn catalogs() -> &'static Catalogs {
    static CELL: OnceLock<Catalogs> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut bundles: HashMap<(Lang, String), LazyBundle> = HashMap::new();
        for (code, file, text) in CATALOGS {
            let Some(lang) = Lang::parse(code) else { continue };
            let entry = bundles.entry((lang, domain_of(file).to_owned())).or_default();
            entry.0.push(text);
        }
        Catalogs { bundles }
    })
}

fn format_in(bundle: &Bundle, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let (id, attr) = match key.split_once('.') {
        Some((id, attr)) => (id, Some(attr)),
        None => (key, None),
    };
    let msg = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

fn lookup(lang: Lang, domain: &str, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let all = catalogs();
    [lang, Lang::En]
        .iter()
        .find_map(|l| format_in(all.get(*l, domain)?, key, args))
}

fn to_args<'a>(args: &[(&'a str, Value<'a>)]) -> Option<FluentArgs<'a>> {
    if args.is_empty() {
        return None;
    }
    let mut out = FluentArgs::new();
    for (k, v) in args {
        out.set(*k, v.clone());
    }
    Some(out)
}

/// The message `key` in `lang` with `args` filled in; English when `lang` lacks it, the key itself when English
/// lacks it too. `key` may name an attribute as `message.attribute`.
pub fn tr(lang: Lang, key: &str, args: &[(&str, Value<'_>)]) -> String {
    lookup(lang, APP, key, to_args(args).as_ref()).unwrap_or_else(|| key.to_owned())
}

/// `tr` with no arguments.
pub fn t(lang: Lang, key: &str) -> String {
    tr(lang, key, &[])
}

/// The message `key` of a workflow domain (`workflow-avr-case-v2`) in `lang` only: `None` when that language has
/// no translation, so the caller keeps the workflow file's own (English) text.
pub(crate) fn workflow_text(lang: Lang, domain: &str, key: &str) -> Option<String> {
    format_in(catalogs().get(lang, domain)?, key, None)
}

/// The embedded catalog files as `(lang, file, text)`, for checks and tests.
pub fn catalog_files() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    CATALOGS.iter().copied()
}

/// Message ids defined by a catalog text, in order (`-terms` left out: they cannot be called from code).
pub fn message_ids(text: &str) -> Vec<String> {
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Syntax errors and duplicate ids in the embedded catalogs, as `lang/file: problem`.
pub fn catalog_problems() -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen: HashMap<(&str, &str), HashMap<String, &str>> = HashMap::new();
    for (lang, file, text) in CATALOGS {
        if let Err((_, errors)) = FluentResource::try_new((*text).to_owned()) {
            for e in errors {
                problems.push(format!("{lang}/{file}: {e}"));
            }
        }
        let ids = seen.entry((lang, domain_of(file))).or_default();
        for id in message_ids(text) {
            if let Some(first) = ids.insert(id.clone(), file) {
                problems.push(format!(
                    "{lang}/{file}: {id} is already defined in {lang}/{first}"
                ));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests;
