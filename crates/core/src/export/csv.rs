//! CSV: one row per item (RFC 4180), safe to open in a spreadsheet.

use super::doc::ChecklistDoc;

/// Quote a cell when RFC 4180 needs it, and defuse spreadsheet formulas: a cell starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading apostrophe and is quoted.
pub fn cell(s: &str) -> String {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if formula { format!("'{s}") } else { s.to_owned() };
    if formula || text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn line(out: &mut String, cells: &[&str]) {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// The checklist as CSV. The header fields come first as `case` rows so a single file carries them.
pub fn render(doc: &ChecklistDoc) -> String {
    let mut out = String::new();
    line(
        &mut out,
        &[
            "section",
            "kind",
            "id",
            "label",
            "status",
            "value",
            "recorded_by",
            "recorded_at",
        ],
    );
    let h = &doc.header;
    let version = h.workflow_version.to_string();
    for (id, value) in [
        ("case_number", h.case_number.as_str()),
        ("workflow", h.workflow_id.as_str()),
        ("workflow_version", version.as_str()),
        ("handbook_version", h.handbook_version.as_str()),
        ("verification", h.verification.as_str()),
        ("generated_at", h.generated_at.as_str()),
        ("redacted", if h.redacted { "yes" } else { "no" }),
    ] {
        line(&mut out, &["Case", "case", id, id, "", value, "", ""]);
    }
    for section in &doc.sections {
        for r in &section.rows {
            line(
                &mut out,
                &[
                    &section.title,
                    r.kind,
                    &r.id,
                    &r.label,
                    r.status.as_str(),
                    &r.value,
                    &r.recorded_by,
                    &r.recorded_at,
                ],
            );
        }
    }
    out
}
