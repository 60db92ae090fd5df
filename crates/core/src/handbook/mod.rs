//! The handbook: Markdown chapters with TOML front matter, read from `handbook/<lang>/`.
//!
//! Loading never fails because of one bad chapter: a chapter whose front matter cannot be read is reported as a
//! [`Diagnostic`] and left out, and the rest of the handbook opens. `check` adds the cross-chapter rules (links,
//! citations, duplicate ids) that `avr handbook check` and CI enforce.

/// Benchmarks for `avr bench` (the `bench` feature, which the CLI turns on; the app is built without them).
#[cfg(feature = "bench")]
pub mod bench;
mod check;
mod compose;
pub mod editions;
mod front_matter;
mod outline;
mod parity;
pub mod reading;
mod render;
pub mod terms;
pub(crate) mod text;

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

pub use check::{EditionsCheck, TERMS_FILE, check_dir, check_editions};
pub use front_matter::FrontMatter;
pub use outline::{FootnoteDef, Outline, Section};
pub use render::{Labels, render_chapter, render_markdown, tag_label, tag_labels};
pub use text::LineIndex;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot read the handbook folder: {source}")]
    ReadDir { path: String, source: std::io::Error },
    #[error("{path}: no chapters found (expected NN-<id>.md files)")]
    NoChapters { path: String },
}

/// One problem in the handbook sources, located precisely enough to jump to it in an editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub kind: DiagnosticKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum DiagnosticKind {
    FrontMatter,
    DuplicateId,
    MissingId,
    BrokenLink,
    Footnote,
    Citation,
    Unverified,
    Unreadable,
    /// A translated chapter made from an older English text (a warning, not an error).
    Stale,
    /// A translation's structure differs from English's (sections, footnotes, sources, checklists).
    Drift,
    /// A term base rendering an edition must not use, or a problem in the term base itself.
    Term,
}

impl Diagnostic {
    /// Only a stale translation is a warning: it is shown and reported, and does not fail the check.
    pub fn is_warning(&self) -> bool {
        self.kind == DiagnosticKind::Stale
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = if self.is_warning() { "warning: " } else { "" };
        write!(
            f,
            "{}:{}:{}: {level}{}",
            self.file, self.line, self.col, self.message
        )
    }
}

/// A chapter that loaded: its front matter, its full source text and its outline.
#[derive(Debug, Clone)]
pub struct Chapter {
    /// Path as shown in diagnostics (the path given to `load`, joined with the file name).
    pub file: String,
    pub meta: FrontMatter,
    /// [`editions::content_hash`] of the file's bytes: what a translation's `translated_from` names.
    pub hash: String,
    pub source: String,
    /// Byte offset in `source` where the Markdown body starts (after the closing `+++`).
    pub body_start: usize,
    pub outline: Outline,
}

impl Chapter {
    pub fn body(&self) -> &str {
        &self.source[self.body_start..]
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.outline.sections.iter().find(|s| s.id == id)
    }
}

#[derive(Debug, Clone)]
pub struct Handbook {
    pub lang: String,
    pub dir: PathBuf,
    pub chapters: Vec<Chapter>,
    /// Content hash of every chapter file: identifies the edition a case was handled under.
    pub version: String,
    /// Chapters that could not be loaded, and why. They are left out of `chapters`.
    pub problems: Vec<Diagnostic>,
}

impl Handbook {
    /// Load every `*.md` chapter in `dir` (not `README.md`), in file-name order.
    pub fn load(dir: &Path) -> Result<Handbook, Error> {
        let lang = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let read_err = |source| Error::ReadDir {
            path: dir.display().to_string(),
            source,
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(read_err)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "md") && p.file_name().is_some_and(|n| n != "README.md")
            })
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(Error::NoChapters {
                path: dir.display().to_string(),
            });
        }

        let mut hasher = Sha256::new();
        let mut chapters = Vec::with_capacity(files.len());
        let mut problems = Vec::new();
        for path in &files {
            let shown = path.display().to_string();
            let source = match std::fs::read_to_string(path) {
                Ok(s) => s,
                Err(e) => {
                    problems.push(Diagnostic {
                        file: shown,
                        line: 1,
                        col: 1,
                        kind: DiagnosticKind::Unreadable,
                        message: format!("cannot read the file: {e}"),
                    });
                    continue;
                }
            };
            hasher.update(path.file_name().map(|n| n.as_encoded_bytes()).unwrap_or_default());
            hasher.update([0]);
            hasher.update(source.as_bytes());
            hasher.update([0]);
            match front_matter::split(&shown, &source) {
                Ok((meta, body_start)) => {
                    let outline = outline::outline(&source, body_start, &meta);
                    chapters.push(Chapter {
                        file: shown,
                        meta,
                        hash: editions::content_hash(source.as_bytes()),
                        source,
                        body_start,
                        outline,
                    });
                }
                Err(diags) => problems.extend(diags),
            }
        }
        let digest = hasher.finalize();
        let version = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
        Ok(Handbook {
            lang,
            dir: dir.to_path_buf(),
            chapters,
            version,
            problems,
        })
    }

    pub fn chapter(&self, id: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.meta.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.chapters.iter().position(|c| c.meta.id == id)
    }

    /// Every language edition under `root` (folders holding chapters; `workflows/` is not one).
    pub fn languages(root: &Path) -> Vec<String> {
        let mut langs: Vec<String> = std::fs::read_dir(root)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            .filter(|n| n.len() == 2 && n.chars().all(|c| c.is_ascii_lowercase()))
            .collect();
        langs.sort();
        langs
    }
}
