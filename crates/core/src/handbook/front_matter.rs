//! The TOML front matter of a chapter (id, title, summary, tags, review date, sources), read and checked with
//! the line and column of each problem.

use serde::Deserialize;

use super::text::{LineIndex, is_kebab_id};
use super::{Diagnostic, DiagnosticKind};

/// The TOML block between the `+++` lines at the top of every chapter.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub tags: Vec<String>,
    pub last_reviewed: String,
    pub sources: Vec<String>,
    /// In a translation only: [`super::editions::content_hash`] of the English file it was translated from.
    #[serde(default)]
    pub translated_from: Option<String>,
}

const FENCE: &str = "+++";

/// Split a chapter into its front matter and the byte offset where the body starts.
/// Every problem is reported with the chapter's file, line and column.
pub(super) fn split(file: &str, source: &str) -> Result<(FrontMatter, usize), Vec<Diagnostic>> {
    let index = LineIndex::new(source);
    let diag = |offset: usize, message: String| {
        let (line, col) = index.line_col(source, offset);
        Diagnostic {
            file: file.to_owned(),
            line,
            col,
            kind: DiagnosticKind::FrontMatter,
            message,
        }
    };

    let start = usize::from(source.starts_with('\u{feff}')) * '\u{feff}'.len_utf8();
    let mut lines = LineSpans::new(source, start);
    match lines.next() {
        Some((_, line)) if line.trim_end() == FENCE => {}
        _ => {
            return Err(vec![diag(
                start,
                "front matter missing: the file must start with a `+++` line".into(),
            )]);
        }
    }
    let fm_start = lines.pos;
    let Some((fence_at, _)) = lines.by_ref().find(|(_, l)| l.trim_end() == FENCE) else {
        return Err(vec![diag(
            start,
            "front matter is not closed: add a `+++` line after it".into(),
        )]);
    };
    let body_start = lines.pos;
    let toml_text = &source[fm_start..fence_at];

    let meta: FrontMatter = match toml::from_str(toml_text) {
        Ok(m) => m,
        Err(e) => {
            let at = fm_start + e.span().map_or(0, |s| s.start);
            let msg = e.message().trim().to_owned();
            return Err(vec![diag(at, format!("malformed front matter: {msg}"))]);
        }
    };

    // Field rules beyond the types: located at the `key =` line.
    let at_key = |key: &str| {
        let rel = toml_text
            .match_indices(key)
            .find(|(i, _)| *i == 0 || toml_text.as_bytes()[i - 1] == b'\n')
            .map_or(0, |(i, _)| i);
        fm_start + rel
    };
    let mut problems = Vec::new();
    if !is_kebab_id(&meta.id) {
        problems.push(diag(
            at_key("id"),
            format!("`id` {:?} must be lowercase kebab-case", meta.id),
        ));
    }
    for (key, value) in [("title", &meta.title), ("summary", &meta.summary)] {
        if value.trim().is_empty() {
            problems.push(diag(at_key(key), format!("`{key}` must not be empty")));
        }
    }
    if meta.tags.is_empty() || meta.tags.iter().any(|t| t.trim().is_empty()) {
        problems.push(diag(
            at_key("tags"),
            "`tags` must list at least one non-empty tag".into(),
        ));
    }
    if !is_iso_date(&meta.last_reviewed) {
        problems.push(diag(
            at_key("last_reviewed"),
            format!(
                "`last_reviewed` {:?} must be a date written YYYY-MM-DD",
                meta.last_reviewed
            ),
        ));
    }
    if problems.is_empty() {
        Ok((meta, body_start))
    } else {
        Err(problems)
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<u32>().ok());
    matches!((num(0..4), num(5..7), num(8..10)), (Some(_), Some(m @ 1..=12), Some(d @ 1..=31)) if d <= days_in(m))
}

fn days_in(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Iterates over lines with their byte offsets, tracking where the next line starts.
struct LineSpans<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> LineSpans<'a> {
    fn new(text: &'a str, pos: usize) -> Self {
        LineSpans { text, pos }
    }
}

impl<'a> Iterator for LineSpans<'a> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i + 1);
        self.pos = end;
        Some((start, self.text[start..end].trim_end_matches(['\n', '\r'])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\nid = \"x\"\ntitle = \"T\"\nsummary = \"S\"\ntags = [\"a\"]\nlast_reviewed = \"2026-11-28\"\nsources = []\n+++\nBody\n";

    #[test]
    fn good_front_matter_gives_the_body_offset() {
        let (meta, at) = split("x.md", GOOD)
            .map_err(|d| d[0].to_string())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(meta.id, "x");
        assert_eq!(&GOOD[at..], "Body\n");
    }

    #[test]
    fn a_toml_syntax_error_is_reported_at_its_line() {
        let bad = GOOD.replace("title = \"T\"", "title = T");
        let err = split("ch.md", &bad).err().unwrap_or_default();
        assert_eq!(err.len(), 1);
        assert_eq!((err[0].file.as_str(), err[0].line), ("ch.md", 3), "{}", err[0]);
    }

    #[test]
    fn a_missing_field_an_unknown_field_and_a_bad_date_are_each_named() {
        let missing = GOOD.replace("summary = \"S\"\n", "");
        assert!(
            split("m.md", &missing).err().unwrap_or_default()[0]
                .message
                .contains("summary")
        );
        let unknown = GOOD.replace("sources = []", "sources = []\nauthor = \"me\"");
        assert!(
            split("u.md", &unknown).err().unwrap_or_default()[0]
                .message
                .contains("author")
        );
        let date = GOOD.replace("2026-11-28", "2026-02-30");
        let d = &split("d.md", &date).err().unwrap_or_default()[0];
        assert!(d.message.contains("last_reviewed") && d.line == 6, "{d}");
    }

    #[test]
    fn missing_and_unclosed_fences_are_reported_at_the_top() {
        assert!(
            split("a.md", "id = 1\n").err().unwrap_or_default()[0]
                .message
                .contains("missing")
        );
        assert!(
            split("b.md", "+++\nid = \"x\"\n").err().unwrap_or_default()[0]
                .message
                .contains("not closed")
        );
    }
}
