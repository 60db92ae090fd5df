//! Case exports: a checklist built from a [`CaseView`](crate::api::CaseView) and rendered to CSV, Markdown,
//! HTML and PDF; its statistics as JSON, with no personal data; the JSON form of the whole case record that a
//! handover package carries and that older exports were (still imported); blank paper
//! checklists of a workflow (Markdown and PDF); the returnee's information sheet and declaration in their
//! language ([`returnee`]); and [`write_atomically`] to put any of them on disk.
//!
//! Everything here is pure: the generation time and the verification code (the audit head hash) are arguments.
//! The checklist is first built as a format-neutral [`ChecklistDoc`]; each format only renders it.
//! The JSON schema and the redaction rules are documented in `SCHEMA.md` beside this file.

/// Benchmarks for `avr bench` (the `bench` feature, which the CLI turns on; the app is built without them).
#[cfg(feature = "bench")]
pub mod bench;
mod blank;
pub mod csv;
mod doc;
mod fonts;
pub mod html;
pub mod json;
pub mod markdown;
pub mod pdf;
pub mod returnee;
pub mod statistics;
mod write;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::{Lang, tr};

/// "label: value" as `lang` writes it (French sets a no-break space before the colon); a question keeps its
/// question mark and takes no colon ("Urgent medical need? no", not "…?: no").
pub(crate) fn labelled(lang: Lang, label: &str, value: &str) -> String {
    let question = label.trim_end().ends_with(['?', '\u{061F}', ':']);
    let key = if question {
        "export-labelled-question"
    } else {
        "export-labelled"
    };
    tr(lang, key, &[("label", label.into()), ("value", value.into())])
}

pub use blank::{blank_markdown, blank_markdown_in, form_markdown, form_markdown_in};
pub(crate) use doc::Dates;
pub use doc::{
    ChecklistDoc, DocHeader, DocRow, DocSection, REDACTED, REDACTED_DATA, RowStatus, build_checklist,
    format_utc,
};
pub use json::ImportedCase;
pub use write::write_atomically;

/// The one error type of the export module.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing the export file failed; nothing partial was left behind.
    #[error("{path}: cannot write the export: {source}")]
    Write { path: String, source: std::io::Error },
    /// The import file is not JSON at all, or a field has the wrong shape.
    #[error("import: {0}")]
    Json(String),
    /// The import file is JSON but not an `avr-case-export` this version can read.
    #[error("import: field `{field}`: {message}")]
    Schema { field: String, message: String },
    /// Building the PDF failed.
    #[error("pdf: {0}")]
    Pdf(String),
    /// Serialising the export failed.
    #[error("export: {0}")]
    Serialize(String),
}

/// The file formats a case checklist can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExportFormat {
    Csv,
    Markdown,
    Html,
    /// Print-ready pages (A4 or Letter) with their fonts embedded (DejaVu Sans, Noto Sans Arabic and Ethiopic).
    Pdf,
    /// Statistics: where the case stands, with no personal data ([`statistics`]). A case moves between
    /// installations as a handover package, never as plain JSON.
    Json,
}

impl ExportError {
    /// What the UI can do about it: a file that cannot be written or read is the user's to fix.
    pub fn code(&self) -> crate::ErrorCode {
        match self {
            ExportError::Write { .. } | ExportError::Json(_) | ExportError::Schema { .. } => {
                crate::ErrorCode::Validation
            }
            ExportError::Pdf(_) | ExportError::Serialize(_) => crate::ErrorCode::Internal,
        }
    }
}

impl ExportFormat {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Json => "json",
        }
    }
}

/// What the UI asks for when it exports a case. Where the file goes is chosen by the shell (a native save
/// dialog), never by the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExportRequest {
    #[ts(type = "number")]
    pub case_id: i64,
    pub format: ExportFormat,
    /// Leave out personal data (see `REDACTED_DATA`).
    #[serde(default)]
    pub redact: bool,
    /// Paper size, for PDF.
    #[serde(default)]
    pub page_size: pdf::PageSize,
    /// The export's language (headings, labels and the workflow's texts); English when absent. JSON carries
    /// data, not words, and ignores it.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<crate::i18n::Lang>,
}

/// The formats of a blank (paper) checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum BlankFormat {
    Pdf,
    Markdown,
}

/// A blank checklist of one workflow, to print.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BlankRequest {
    pub workflow_id: String,
    /// The newest version when absent.
    #[serde(default)]
    #[ts(optional)]
    pub version: Option<u32>,
    /// One of the workflow's printable forms (`voluntary-declaration`…) instead of the whole checklist.
    #[serde(default)]
    #[ts(optional)]
    pub form: Option<String>,
    pub format: BlankFormat,
    #[serde(default)]
    pub page_size: pdf::PageSize,
    /// The language to print in (the workflow's texts and the paper's own words); the interface's when absent.
    #[serde(default)]
    #[ts(optional)]
    pub lang: Option<crate::i18n::Lang>,
}

/// A file written by an export.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ExportDone {
    pub path: String,
    /// The folder holding it, for "open folder".
    pub folder: String,
    #[ts(type = "number")]
    pub bytes: u64,
    /// Time to build and write the file.
    pub millis: f64,
    /// Characters no embedded font draws (an emoji), printed as `[U+XXXX]` in the file; empty for formats
    /// that carry text as it is (CSV, Markdown, HTML, JSON).
    pub undrawable: Vec<Undrawable>,
}

/// A character a PDF could not draw, and where it was: the export's own headings (a section's title), never the
/// text around it, so the list can be shown or logged without personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Undrawable {
    /// `U+1F64F`.
    pub code: String,
    /// The headings of the parts it was in, in the export's language, in order, each once.
    pub places: Vec<String>,
}

impl Undrawable {
    /// `c` as `U+XXXX`.
    pub fn code_of(c: char) -> String {
        format!("U+{:04X}", u32::from(c))
    }
}

/// Options of the checklist export.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Leave out personal data (see [`REDACTED_DATA`]), and what a withdrawn consent covered.
    pub redact: bool,
    /// The language of the export's words.
    pub lang: crate::i18n::Lang,
    /// How dates are written: in words in the export's language (`3 décembre 2026`) for people, or ISO 8601
    /// for a spreadsheet (CSV).
    pub dates: DateStyle,
}

/// How an export writes its dates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DateStyle {
    /// In words, as the export's language writes them (see `i18n::dates`).
    #[default]
    Words,
    /// `2026-12-03`, `2026-12-03 14:05 UTC`: what a spreadsheet sorts and parses.
    Iso,
}
