//! HTML: one self-contained, print-friendly page. No scripts and no external resources; all text is escaped.

use super::doc::ChecklistDoc;

/// The same escaping as handbook HTML: one implementation for every page the app writes.
pub(crate) use crate::handbook::text::escape_html as escape;

const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#111}\
table{border-collapse:collapse;width:100%;margin-bottom:1.5em}\
th,td{border:1px solid #999;padding:4px 6px;text-align:start;vertical-align:top}\
th{background:#eee}.blocked{color:#a00;font-weight:bold}.done{color:#060}\
.sig{margin-top:2.5em;border-top:1px solid #000;width:60%;padding-top:4px}\
@media print{body{margin:0;font-size:10pt}h2{page-break-after:avoid}tr{page-break-inside:avoid}}";

pub fn render(doc: &ChecklistDoc) -> String {
    let h = &doc.header;
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str(&format!(
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&h.title)
    ));
    out.push_str(&format!("<h1>{}</h1>\n<dl>\n", escape(&h.title)));
    let version = h.workflow_version.to_string();
    for (k, v) in [
        ("Case", h.case_number.as_str()),
        ("Status", h.case_status.as_str()),
        ("Workflow", h.workflow_title.as_str()),
        ("Workflow id", h.workflow_id.as_str()),
        ("Workflow version", version.as_str()),
        ("Handbook version", h.handbook_version.as_str()),
        ("Verification code", h.verification.as_str()),
        ("Generated", h.generated_at.as_str()),
    ] {
        out.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", escape(k), escape(v)));
    }
    if h.redacted {
        out.push_str("<dt>Redacted</dt><dd>personal data is left out</dd>\n");
    }
    out.push_str("</dl>\n");
    for section in &doc.sections {
        out.push_str(&format!("<h2>{}</h2>\n", escape(&section.title)));
        out.push_str("<table>\n<tr><th>Item</th><th>Status</th><th>Details</th><th>Recorded by</th><th>When</th></tr>\n");
        for r in &section.rows {
            let status = r.status.as_str();
            out.push_str(&format!(
                "<tr><td>{}</td><td class=\"{}\">{}</td><td dir=\"auto\">{}</td><td>{}</td><td>{}</td></tr>\n",
                escape(&r.label),
                escape(status.split([' ', ',']).next().unwrap_or_default()),
                escape(status),
                escape(&r.value),
                escape(&r.recorded_by),
                escape(&r.recorded_at)
            ));
        }
        out.push_str("</table>\n");
    }
    for s in &doc.signatures {
        out.push_str(&format!(
            "<p class=\"sig\">{}: signature and date</p>\n",
            escape(s)
        ));
    }
    out.push_str("</body>\n</html>\n");
    out
}
