#![allow(clippy::expect_used)] // a test that cannot read its fixtures has nothing to say

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::*;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Message ids of `lang`'s application catalogs (every file but the workflow ones).
fn app_ids(lang: &str) -> BTreeSet<String> {
    catalog_files()
        .filter(|(l, f, _)| *l == lang && domain_of(f) == APP)
        .flat_map(|(_, _, text)| message_ids(text))
        .collect()
}

#[test]
fn the_catalogs_parse_and_define_each_id_once() {
    let problems = catalog_problems();
    assert!(
        problems.is_empty(),
        "every catalog must parse cleanly: {problems:#?}"
    );
}

#[test]
fn every_language_defines_every_english_message_and_no_other() {
    let en = app_ids("en");
    assert!(!en.is_empty(), "the English catalogs are embedded");
    for lang in ["fr", "es", "ar"] {
        let other = app_ids(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(
            missing.is_empty(),
            "{lang} lacks messages that English has: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "{lang} has messages that English does not (renamed?): {extra:?}"
        );
    }
}

/// Rust sources of the crates whose words come from the catalogs (the UI checks its own, in vitest).
fn rust_sources() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for e in std::fs::read_dir(dir)
            .expect("source folders are readable")
            .flatten()
        {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("i18n/tests.rs") {
                out.push_str(&std::fs::read_to_string(&p).expect("sources are UTF-8"));
            }
        }
    }
    let mut all = String::new();
    for dir in ["crates/core/src", "crates/cli/src", "src-tauri/src"] {
        walk(&repo().join(dir), &mut all);
    }
    all
}

/// Files whose messages the Rust side shows (the UI owns `ui.ftl`).
const RUST_FILES: [&str; 10] = [
    "core.ftl",
    "engine.ftl",
    "errors.ftl",
    "cli-case.ftl",
    "export.ftl",
    "cli.ftl",
    "handbook.ftl",
    "shell.ftl",
    "returnee.ftl",
    "updates.ftl",
];

#[test]
fn every_core_message_is_used_and_every_key_the_core_asks_for_exists() {
    let sources = rust_sources();
    let defined: BTreeSet<String> = catalog_files()
        .filter(|(l, f, _)| *l == "en" && RUST_FILES.contains(f))
        .flat_map(|(_, _, t)| message_ids(t))
        .collect();
    // A key is used when it appears as a whole string literal, or (for a family of keys chosen at run time,
    // such as `format!("export-case-{}", status)`) when its prefix starts a literal that formats the rest.
    let unused: Vec<_> = defined
        .iter()
        .filter(|k| {
            !sources.contains(&format!("\"{k}\""))
                && !k
                    .rmatch_indices('-')
                    .any(|(i, _)| sources.contains(&format!("\"{}-{{", &k[..i])))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "catalog messages no Rust code asks for (remove them or use them): {unused:?}"
    );

    // Every string literal shaped like a core key (`"cli-…"`, `"export-…"`, …) names a message English defines
    // (and so, by the test above, every language). A literal ending in `-` is a family prefix.
    let all_en = app_ids("en");
    let mut asked = BTreeSet::new();
    for prefix in [
        "\"cli-",
        "\"export-",
        "\"shell-",
        "\"callout-",
        "\"workflow-required-",
        "\"returnee-",
        "\"update-",
        "\"answer-",
        "\"override-",
        "\"rule-",
        "\"import-",
        "\"error-",
        "\"identity-",
        "\"invalid-",
        "\"backup-",
    ] {
        for (i, _) in sources.match_indices(prefix) {
            let rest = &sources[i + 1..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(rest.len());
            if rest[end..].starts_with('"') && !rest[..end].ends_with('-') {
                asked.insert(rest[..end].to_owned());
            }
        }
    }
    let unknown: Vec<_> = asked.iter().filter(|k| !all_en.contains(*k)).collect();
    assert!(
        unknown.is_empty(),
        "keys the core asks for that no catalog defines: {unknown:?}"
    );
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_key() {
    assert_eq!(
        t(Lang::Fr, "no-such-message"),
        "no-such-message",
        "an unknown key shows itself"
    );
    assert_eq!(t(Lang::En, "callout-never"), "Never");
    assert_eq!(t(Lang::Fr, "callout-never"), "Jamais");
    assert_eq!(t(Lang::Ar, "callout-never"), "أبدًا");
}

#[test]
fn arabic_plurals_use_all_six_forms() {
    let count = |n: i64| tr(Lang::Ar, "cli-cases-count", &[("count", n.into())]);
    // zero, one and two are words; 3–10 take the plural (few); 11–99 (many) and 100 (other) the singular.
    assert_eq!(count(0), "لا توجد حالات", "zero");
    assert_eq!(count(1), "حالة واحدة", "one");
    assert_eq!(count(2), "حالتان", "two (the dual)");
    assert_eq!(count(3), "3 حالات", "few");
    assert_eq!(count(11), "11 حالة", "many");
    assert_eq!(count(100), "100 حالة", "other");
    assert_eq!(tr(Lang::En, "cli-cases-count", &[("count", 1.into())]), "1 case");
    assert_eq!(
        tr(Lang::Fr, "cli-cases-count", &[("count", 2.into())]),
        "2 dossiers"
    );
}

#[test]
fn placeables_carry_no_isolation_marks() {
    let line = tr(Lang::Ar, "cli-restored", &[("file", "AVR-2026-0042".into())]);
    assert!(
        line.contains("AVR-2026-0042"),
        "a case number copied from the output matches: {line}"
    );
    assert!(
        !line.contains('\u{2068}'),
        "no FSI around placeables in the core's output: {line:?}"
    );
}

#[test]
fn languages_parse_from_tags_and_know_their_direction() {
    assert_eq!(Lang::parse("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::parse("es-419"), Some(Lang::Es));
    assert_eq!(Lang::parse("AR"), Some(Lang::Ar));
    assert_eq!(Lang::parse("C"), None, "the POSIX locale is no language");
    assert_eq!(Lang::parse("de"), None);
    assert_eq!(dir(Lang::Ar), Dir::Rtl);
    assert_eq!(dir(Lang::Fr), Dir::Ltr);
}

fn workflows() -> Vec<crate::workflow::Workflow> {
    crate::workflow::load_dir(&repo().join("handbook/workflows")).expect("the shipped workflows load")
}

#[test]
fn the_english_workflow_catalogs_are_generated_from_the_workflow_files() {
    for wf in workflows() {
        let path = repo()
            .join("i18n/en")
            .join(format!("{}.ftl", workflow::domain(&wf)));
        let want = workflow::english_catalog(&wf);
        if std::env::var_os("AVR_BLESS").is_some() {
            std::fs::write(&path, &want).expect("the catalog folder is writable");
            continue;
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is out of date with {}: run AVR_BLESS=1 cargo test -p avr-core i18n",
            path.display(),
            wf.file
        );
        // The generated file reads back to the same texts.
        let dom = workflow::domain(&wf);
        for (key, text) in workflow::entries(&wf) {
            assert_eq!(
                workflow_text(Lang::En, &dom, &key).as_deref(),
                Some(text.as_str()),
                "{key} round-trips through Fluent"
            );
        }
    }
}

#[test]
fn every_workflow_version_speaks_every_language() {
    // Old versions included: a case opened under v1 keeps following v1, and its officer reads it in their own
    // language like any other case. A translation of a key the workflow does not have is an error too: it was
    // renamed or mistyped.
    for wf in workflows() {
        let dom = workflow::domain(&wf);
        let keys: BTreeSet<String> = workflow::entries(&wf).into_iter().map(|(k, _)| k).collect();
        for lang in [Lang::Fr, Lang::Es, Lang::Ar] {
            let missing = workflow::missing(&wf, lang);
            assert!(
                missing.is_empty(),
                "{lang}/{dom}.ftl lacks {} of {} texts, which would show in English: {missing:?}",
                missing.len(),
                keys.len()
            );
            let stray: Vec<String> = catalog_files()
                .filter(|(l, f, _)| *l == lang.code() && domain_of(f) == dom)
                .flat_map(|(_, _, t)| message_ids(t))
                .filter(|id| !keys.contains(id))
                .collect();
            assert!(
                stray.is_empty(),
                "{lang}/{dom}.ftl translates keys the workflow lacks: {stray:?}"
            );
        }
    }
}

#[test]
fn a_localized_workflow_keeps_english_where_a_translation_is_missing() {
    let wf = workflows()
        .into_iter()
        .max_by_key(|w| w.version)
        .expect("a workflow ships");
    let fr = workflow::localize(&wf, Lang::Fr);
    assert_eq!(
        fr.steps.len(),
        wf.steps.len(),
        "localizing changes words, never structure"
    );
    for (a, b) in wf.steps.iter().zip(&fr.steps) {
        assert_eq!(a.id, b.id);
        assert!(!b.title.is_empty(), "every step keeps a title");
    }
    assert_eq!(workflow::localize(&wf, Lang::En).title, wf.title);
}

#[test]
fn fluent_values_escape_braces_and_line_starts() {
    let v = workflow::ftl_value("a {b} c\n[x] y\n* z");
    let res = FluentResource::try_new(format!("k = {v}\n")).expect("the escaped value parses");
    let mut b = Bundle::new_concurrent(vec!["en".parse().expect("en is a tag")]);
    b.set_use_isolating(false);
    b.add_resource(res).expect("one message");
    let pattern = b.get_message("k").and_then(|m| m.value()).expect("k has a value");
    let mut errors = Vec::new();
    assert_eq!(
        b.format_pattern(pattern, None, &mut errors),
        "a {b} c\n[x] y\n* z"
    );
}

#[test]
fn every_language_has_its_own_slot() {
    for l in Lang::ALL {
        assert_eq!(
            Lang::ALL.get(l.index()).copied(),
            Some(l),
            "{l} maps to its own slot"
        );
    }
}

/// Where a refusal is built: the text right after one of these is what a person would read.
const REFUSALS: [&str; 7] = [
    "Error::Validation(",
    "CaseError::invalid(",
    "refuse(",
    "RuleError(",
    "Err(",
    "ok_or_else(|| ",
    "map_err(|",
];

/// Refusals per file that still carry English words in a string literal. Most are for developers or for the
/// authors of workflows and handbook files (parse errors with file, line and column); the rest are user-facing
/// and still to be moved to the catalogs (issue 14): `identity/{card,package,succession}.rs` (the detail of a
/// malformed card or package), `api/{handover,renewal,export}.rs`, `cases/{transfer,identity}.rs`, the `-o -`
/// refusals of `cli/{export,returnee}.rs`.
/// The number may only go down: a new English sentence built in code fails the test below.
const ENGLISH_REFUSALS_ALLOWED: &[(&str, usize)] = &[
    ("crates/cli/src/export.rs", 1),
    ("crates/cli/src/returnee.rs", 1),
    ("crates/core/src/api/cases.rs", 2),
    ("crates/core/src/api/export.rs", 2),
    ("crates/core/src/api/handover.rs", 17),
    ("crates/core/src/api/renewal.rs", 3),
    ("crates/core/src/api/mod.rs", 1),
    ("crates/core/src/cases/answers.rs", 4),
    ("crates/core/src/cases/background.rs", 3),
    ("crates/core/src/cases/identity.rs", 12),
    ("crates/core/src/cases/store/open.rs", 1),
    ("crates/core/src/cases/trail.rs", 3),
    ("crates/core/src/cases/transfer.rs", 6),
    ("crates/core/src/export/fonts.rs", 1),
    ("crates/core/src/export/json.rs", 2),
    ("crates/core/src/export/pdf.rs", 1),
    ("crates/core/src/export/returnee/pdf.rs", 1),
    ("crates/core/src/export/write.rs", 1),
    ("crates/core/src/handbook/front_matter.rs", 3),
    ("crates/core/src/handbook/terms.rs", 2),
    ("crates/core/src/i18n/mod.rs", 1),
    ("crates/core/src/identity/card.rs", 11),
    ("crates/core/src/identity/package.rs", 16),
    ("crates/core/src/identity/succession.rs", 6),
    ("crates/core/src/search/index.rs", 1),
    ("crates/core/src/updates/install.rs", 1),
    ("crates/core/src/workflow/expr/parse.rs", 19),
    ("crates/core/src/workflow/expr/types.rs", 26),
];

/// The call's arguments after `at` (up to its closing parenthesis), string literals skipped whole.
fn call_args(text: &str) -> &str {
    let bytes = text.as_bytes();
    let (mut depth, mut i) = (1usize, 0usize);
    while i < bytes.len() && depth > 0 {
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth -= 1,
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        i += 1;
    }
    &text[..i.min(text.len())]
}

/// Whether a string literal reads as English words: two lowercase words in a row, outside `{…}` placeholders.
fn has_english_words(literal: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let english = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_lowercase());
    // Two neighbours separated by white space only (a key like `error-not-found` is one word).
    plain
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ':', ';', ')']))
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| english(w[0]) && english(w[1]))
}

/// A field's name that the catalogs write in each language (a variant of `error-field`: `date of birth` is
/// `[date-of-birth]`), so not English left in code.
fn is_field_name(literal: &str) -> bool {
    let en = catalog_files()
        .find(|(l, f, _)| *l == "en" && *f == "errors.ftl")
        .map(|(_, _, t)| t)
        .unwrap_or_default();
    let key = literal.replace(' ', "-");
    en.split("error-field =")
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .is_some_and(|variants| variants.contains(&format!("[{key}] ")))
}

/// English refusals in the Rust sources, counted per file (test modules left out).
fn english_refusals() -> Vec<(String, usize)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, usize)>) {
        for e in std::fs::read_dir(dir)
            .expect("source folders are readable")
            .flatten()
        {
            let p = e.path();
            if p.is_dir() {
                walk(&p, root, out);
                continue;
            }
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if p.extension().is_none_or(|x| x != "rs") || name == "tests.rs" || name.contains("bench") {
                continue;
            }
            let text = std::fs::read_to_string(&p).expect("sources are UTF-8");
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let mut n = 0;
            for prefix in REFUSALS {
                for (at, _) in code.match_indices(prefix) {
                    let args = call_args(&code[at + prefix.len()..]);
                    let mut literals = args.split('"').skip(1).step_by(2);
                    n += usize::from(literals.any(|l| has_english_words(l) && !is_field_name(l)));
                }
            }
            if n > 0 {
                let rel = p
                    .strip_prefix(root)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, n));
            }
        }
    }
    let mut out = Vec::new();
    for dir in ["crates/core/src", "crates/cli/src", "src-tauri/src"] {
        walk(&repo().join(dir), &repo(), &mut out);
    }
    out
}

#[test]
fn no_new_english_sentence_is_built_in_a_refusal() {
    let found = english_refusals();
    let over: Vec<String> = found
        .iter()
        .filter_map(|(file, n)| {
            let allowed = ENGLISH_REFUSALS_ALLOWED
                .iter()
                .find(|(f, _)| f == file)
                .map_or(0, |(_, n)| *n);
            (*n > allowed).then(|| format!("{file}: {n} (allowed {allowed})"))
        })
        .collect();
    assert!(
        over.is_empty(),
        "refusals with English words built in code: put each sentence in i18n/<lang>/*.ftl in all four languages \
         and build it with i18n::tr: {over:#?}\n(all found: {found:?})"
    );
    assert!(
        found
            .iter()
            .any(|(f, _)| f == "crates/core/src/workflow/expr/parse.rs"),
        "the scan sees the sources (the expression parser speaks English to workflow authors): {found:?}"
    );
}
