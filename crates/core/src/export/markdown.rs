//! Markdown: readable as plain text, renders as a checklist.

use super::doc::{ChecklistDoc, RowStatus};
use super::labelled;
use crate::i18n::t;

/// Escape text for a Markdown paragraph or table cell: no markup, no table breaks, one line.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn box_of(status: RowStatus) -> &'static str {
    match status {
        RowStatus::Done => "[x]",
        RowStatus::NotApplicable => "[-]",
        _ => "[ ]",
    }
}

pub fn render(doc: &ChecklistDoc) -> String {
    let h = &doc.header;
    let lang = h.lang;
    let label = |k: &str| escape(&t(lang, k));
    let mut out = format!("# {}\n\n", escape(&h.title));
    let field = |k: &str, value: &str| format!("- {}\n", labelled(lang, &label(k), value));
    out.push_str(&field(
        "export-case",
        &format!("**{}** ({})", escape(&h.case_number), escape(&h.case_status)),
    ));
    out.push_str(&field(
        "export-workflow",
        &format!(
            "{} (`{}` v{})",
            escape(&h.workflow_title),
            escape(&h.workflow_id),
            h.workflow_version
        ),
    ));
    out.push_str(&field("export-handbook-version", &escape(&h.handbook_version)));
    out.push_str(&field("export-verification", &escape(&h.verification)));
    out.push_str(&field("export-generated", &escape(&h.generated_at)));
    if h.redacted {
        out.push_str(&field("export-redacted", &label("export-redacted-note")));
    }
    for section in &doc.sections {
        out.push_str(&format!("\n## {}\n\n", escape(&section.title)));
        if section.rows.is_empty() {
            out.push_str(&format!("{}\n", label("export-none")));
        }
        for r in &section.rows {
            let mut text = match r.kind {
                "step" | "item" | "safeguard" => {
                    format!(
                        "- {} **{}** — {}",
                        box_of(r.status),
                        escape(&r.label),
                        r.status.label(lang)
                    )
                }
                "answer" => format!("  - {}", labelled(lang, &escape(&r.label), &escape(&r.value))),
                _ => format!("- {}", escape(&r.label)),
            };
            if r.kind != "answer" && !r.value.is_empty() {
                text.push_str(&format!(" — {}", escape(&r.value)));
            }
            if !r.recorded_by.is_empty() {
                text.push_str(&format!(
                    " _({}, {})_",
                    escape(&r.recorded_by),
                    escape(&r.recorded_at)
                ));
            }
            out.push_str(&text);
            out.push('\n');
        }
    }
    out.push_str(&format!("\n## {}\n\n", label("export-signatures")));
    for s in &doc.signatures {
        out.push_str(&format!(
            "{}  {}\n\n",
            labelled(lang, &escape(s), "______________________________"),
            labelled(lang, &label("export-date"), "____________")
        ));
    }
    out
}
