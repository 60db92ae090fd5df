//! CSV: one row per item (RFC 4180), safe to open in a spreadsheet.

use super::doc::ChecklistDoc;

/// Characters a spreadsheet may split a cell on when it reads a file: the comma, and the semicolon that French,
/// Spanish and German spreadsheets use, tabs and line ends.
const SEPARATORS: [char; 5] = [',', ';', '\t', '\r', '\n'];
/// Characters that start a formula.
const FORMULA_STARTS: [char; 4] = ['=', '+', '-', '@'];

/// Every cell is quoted (RFC 4180), so a separator inside it never starts a new cell in a spreadsheet that honours
/// quotes. For one that does not, every place a cell could start is defused: a formula character at the start of
/// the text, or right after a separator, gets an apostrophe before it (`Pozzallo;=WEBSERVICE(…)` becomes
/// `Pozzallo;'=WEBSERVICE(…)`), and a leading tab or carriage return is defused the same way.
pub fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    out.push('"');
    let mut at_start = true;
    for c in s.chars() {
        if at_start && (FORMULA_STARTS.contains(&c) || (out.len() == 1 && matches!(c, '\t' | '\r'))) {
            out.push('\'');
        }
        if c == '"' {
            out.push('"');
        }
        out.push(c);
        at_start = SEPARATORS.contains(&c);
    }
    out.push('"');
    out
}

fn line(out: &mut String, cells: &[&str]) {
    let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

const COLUMNS: [&str; 8] = [
    "section",
    "kind",
    "id",
    "label",
    "status",
    "value",
    "recorded_by",
    "recorded_at",
];

/// The rows of one checklist, unescaped: the header fields first as `case` rows so a single file carries them.
fn rows<'a>(doc: &'a ChecklistDoc, version: &'a str) -> Vec<[&'a str; 8]> {
    let h = &doc.header;
    let mut out: Vec<[&str; 8]> = [
        ("case_number", h.case_number.as_str()),
        ("workflow", h.workflow_id.as_str()),
        ("workflow_version", version),
        ("handbook_version", h.handbook_version.as_str()),
        ("verification", h.verification.as_str()),
        ("generated_at", h.generated_at.as_str()),
        ("redacted", if h.redacted { "yes" } else { "no" }),
    ]
    .into_iter()
    .map(|(id, value)| ["Case", "case", id, id, "", value, "", ""])
    .collect();
    for section in &doc.sections {
        for r in &section.rows {
            out.push([
                &section.title,
                r.kind,
                &r.id,
                &r.label,
                r.status.as_str(),
                &r.value,
                &r.recorded_by,
                &r.recorded_at,
            ]);
        }
    }
    out
}

/// The checklist as CSV.
pub fn render(doc: &ChecklistDoc) -> String {
    let mut out = String::new();
    line(&mut out, &COLUMNS);
    let version = doc.header.workflow_version.to_string();
    for row in rows(doc, &version) {
        line(&mut out, &row);
    }
    out
}

/// Many checklists in one CSV, for an office's spreadsheet: a `case_number` column, then the columns of
/// [`render`]; each case's header rows come first.
pub fn render_many<'a>(docs: impl IntoIterator<Item = &'a ChecklistDoc>) -> String {
    let mut out = String::new();
    let mut header = vec!["case_number"];
    header.extend(COLUMNS);
    line(&mut out, &header);
    for doc in docs {
        let version = doc.header.workflow_version.to_string();
        for row in rows(doc, &version) {
            let mut cells = Vec::with_capacity(9);
            cells.push(doc.header.case_number.as_str());
            cells.extend(row);
            line(&mut out, &cells);
        }
    }
    out
}
