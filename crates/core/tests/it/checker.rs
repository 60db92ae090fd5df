use avr_core::handbook::{DiagnosticKind, Handbook, check_dir};

use crate::{copy_edition, english};

#[test]
fn the_shipped_english_handbook_passes_every_check() {
    let (hb, problems) = check_dir(&english()).unwrap_or_else(|e| panic!("{e}"));
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "the shipped handbook must be clean:\n{}",
        shown.join("\n")
    );
    assert!(
        hb.chapters.len() >= 20,
        "at least 20 chapters, found {}",
        hb.chapters.len()
    );
    let glossary = hb
        .chapter("glossary")
        .unwrap_or_else(|| panic!("no glossary chapter"));
    let terms = glossary.body().lines().filter(|l| l.starts_with(": ")).count();
    assert!(
        terms >= 40,
        "the glossary defines at least 40 terms, found {terms}"
    );
    let footnotes: usize = hb.chapters.iter().map(|c| c.outline.footnote_defs.len()).sum();
    assert!(footnotes >= 200, "facts carry footnotes: only {footnotes}");
}

#[test]
fn a_chapter_with_malformed_front_matter_is_reported_and_the_rest_still_opens() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = copy_edition(tmp.path());
    let file = dir.join("05-disembarkation.md");
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
    let broken = text.replacen("title = \"", "title = ", 1);
    std::fs::write(&file, broken).unwrap_or_else(|e| panic!("{e}"));

    let all = Handbook::load(&english())
        .unwrap_or_else(|e| panic!("{e}"))
        .chapters
        .len();
    let hb = Handbook::load(&dir).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(hb.chapters.len(), all - 1, "only the broken chapter is left out");
    assert!(hb.chapter("asylum").is_some());
    let p = &hb.problems[0];
    assert!(
        p.file.ends_with("05-disembarkation.md") && p.line == 3,
        "reported at file:line, got {p}"
    );
}

/// One chapter with every kind of mistake, each on a known line.
const BAD: &str = r#"+++
id = "bad"
title = "Bad chapter"
summary = "Has every mistake."
tags = ["test"]
last_reviewed = "2026-11-28"
sources = ["C2"]
+++
Overview with a [broken chapter link](nowhere) and a [broken anchor](good#missing).

## A section {#dup}

Text[^a] and[^missing] and[^c] and (unverified) claim.

## Again {#dup}

## No id here

A [remote link](https://example.org).

[^a]: C2 §98 — fine.
[^b]: C2 never referenced.
[^c]: UNCLOS without a key, then C9 which is not listed.
"#;

const GOOD: &str = "+++\nid = \"good\"\ntitle = \"Good\"\nsummary = \"s\"\ntags = [\"t\"]\nlast_reviewed = \"2026-11-28\"\nsources = []\n+++\n## Here {#here}\n\nText.\n";
const SOURCES: &str = "+++\nid = \"sources\"\ntitle = \"Sources\"\nsummary = \"s\"\ntags = [\"t\"]\nlast_reviewed = \"2026-11-28\"\nsources = []\n+++\n## Sources {#list}\n\n- **C2** — UNCLOS — UN — 1982.\n";

#[test]
fn the_checker_catches_each_kind_of_error_at_its_line() {
    let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let d = tmp.path();
    let write = |name: &str, text: &str| std::fs::write(d.join(name), text).unwrap_or_else(|e| panic!("{e}"));
    write("01-bad.md", BAD);
    write("02-good.md", GOOD);
    write("03-good.md", GOOD);
    write("04-broken.md", "+++\nid = \"broken\"\ntitle = 3\n+++\n");
    write("05-sources.md", SOURCES);

    let (_, problems) = check_dir(d).unwrap_or_else(|e| panic!("{e}"));
    let at = |kind: DiagnosticKind, line: usize, needle: &str| {
        assert!(
            problems
                .iter()
                .any(|p| p.kind == kind && p.line == line && p.message.contains(needle)),
            "expected {kind:?} at line {line} mentioning {needle:?}; got:\n{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    };
    at(DiagnosticKind::BrokenLink, 9, "no chapter `nowhere`");
    at(DiagnosticKind::BrokenLink, 9, "no section `missing`");
    at(DiagnosticKind::DuplicateId, 15, "`dup` is used twice");
    at(DiagnosticKind::MissingId, 17, "no stable id");
    at(DiagnosticKind::BrokenLink, 19, "remote link");
    at(DiagnosticKind::Footnote, 13, "`[^missing]` has no definition");
    at(
        DiagnosticKind::Footnote,
        22,
        "`[^b]` is defined but never referenced",
    );
    at(DiagnosticKind::Citation, 23, "must start with a source key");
    at(DiagnosticKind::Citation, 23, "`C9` is cited but not listed");
    at(
        DiagnosticKind::Citation,
        23,
        "`C9` is not in the `sources` chapter",
    );
    at(DiagnosticKind::Unverified, 13, "unverified");
    at(
        DiagnosticKind::DuplicateId,
        8,
        "chapter id `good` is already used",
    );
    at(DiagnosticKind::FrontMatter, 3, "malformed front matter");
    assert!(problems.iter().all(|p| p.col >= 1), "every problem has a column");
    let first = problems
        .iter()
        .find(|p| p.kind == DiagnosticKind::Unverified)
        .map(ToString::to_string);
    assert!(
        first.is_some_and(|s| s.contains("01-bad.md:13:")),
        "printed as file:line:col"
    );
}

#[test]
fn published_chapter_and_section_ids_never_disappear() {
    let hb = Handbook::load(&english()).unwrap_or_else(|e| panic!("{e}"));
    let mut current = std::collections::BTreeSet::new();
    for c in &hb.chapters {
        current.insert(c.meta.id.clone());
        for s in c.outline.sections.iter().skip(1) {
            current.insert(format!("{}#{}", c.meta.id, s.id));
        }
    }
    let path = crate::handbook_root().join("published/en.txt");
    let published = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let published: std::collections::BTreeSet<String> = published
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_owned)
        .collect();
    let gone: Vec<&String> = published.difference(&current).collect();
    assert!(
        gone.is_empty(),
        "published ids were removed or renamed (links and bookmarks would break): {gone:?}"
    );
    let new: Vec<&String> = current.difference(&published).collect();
    assert!(
        new.is_empty(),
        "new ids: append them to {} once published: {new:?}",
        path.display()
    );
}
