//! HTML: one self-contained, print-friendly page. No scripts and no external resources; all text is escaped.

use super::doc::ChecklistDoc;
use crate::i18n::{dir, t, tr};

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
    let lang = h.lang;
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        lang.code(),
        dir(lang).as_str()
    );
    out.push_str(&format!(
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&h.title)
    ));
    out.push_str(&format!("<h1>{}</h1>\n<dl>\n", escape(&h.title)));
    let version = h.workflow_version.to_string();
    // Ids, numbers, hashes and times read left to right in every language.
    for (k, v, ltr) in [
        ("export-case", h.case_number.as_str(), true),
        ("export-status", h.case_status.as_str(), false),
        ("export-workflow", h.workflow_title.as_str(), false),
        ("export-workflow-id", h.workflow_id.as_str(), true),
        ("export-workflow-version", version.as_str(), true),
        ("export-handbook-version", h.handbook_version.as_str(), true),
        ("export-verification", h.verification.as_str(), true),
        ("export-generated", h.generated_at.as_str(), true),
    ] {
        let d = if ltr { " dir=\"ltr\"" } else { "" };
        out.push_str(&format!(
            "<dt>{}</dt><dd{d}>{}</dd>\n",
            escape(&t(lang, k)),
            escape(v)
        ));
    }
    if h.redacted {
        out.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>\n",
            escape(&t(lang, "export-redacted")),
            escape(&t(lang, "export-redacted-note"))
        ));
    }
    out.push_str("</dl>\n");
    for section in &doc.sections {
        out.push_str(&format!("<h2>{}</h2>\n", escape(&section.title)));
        out.push_str("<table>\n<tr>");
        for k in [
            "export-col-item",
            "export-col-status",
            "export-col-details",
            "export-col-by",
            "export-col-when",
        ] {
            out.push_str(&format!("<th>{}</th>", escape(&t(lang, k))));
        }
        out.push_str("</tr>\n");
        for r in &section.rows {
            let class = r.status.as_str();
            let status = r.status.label(lang);
            out.push_str(&format!(
                "<tr><td>{}</td><td class=\"{}\">{}</td><td dir=\"auto\">{}</td><td dir=\"auto\">{}</td><td dir=\"ltr\">{}</td></tr>\n",
                escape(&r.label),
                escape(class.split([' ', ',']).next().unwrap_or_default()),
                escape(&status),
                escape(&r.value),
                escape(&r.recorded_by),
                escape(&r.recorded_at)
            ));
        }
        out.push_str("</table>\n");
    }
    for s in &doc.signatures {
        let line = tr(lang, "export-signature-line", &[("who", s.as_str().into())]);
        out.push_str(&format!("<p class=\"sig\">{}</p>\n", escape(&line)));
    }
    out.push_str("</body>\n</html>\n");
    out
}
