//! Blank checklists of a workflow, for paper: every stage, step and field with empty boxes and lines.

use crate::workflow::{Field, FieldKind, Form, Workflow};

use super::markdown::escape;

const LINE: &str = "________________________________";

/// The blank to fill in by hand for one field: boxes for choices, a date mask, or a line.
pub(crate) fn blank_answer(f: &Field, gap: &str) -> String {
    match f.kind {
        FieldKind::YesNo => format!("[ ] yes{gap}[ ] no"),
        FieldKind::Single | FieldKind::Multi => f
            .options
            .iter()
            .map(|o| format!("[ ] {}", o.label))
            .collect::<Vec<_>>()
            .join(gap),
        FieldKind::Date => "____-__-__".to_owned(),
        FieldKind::Text | FieldKind::Number => LINE.to_owned(),
    }
}

/// What follows a label before its blank: nothing more after a question mark, a colon otherwise.
pub(crate) fn label_end(label: &str) -> &'static str {
    if label.ends_with('?') { "" } else { ":" }
}

/// A printable form of the workflow, as Markdown: its title, statement, fields as blanks, signature lines.
pub fn form_markdown(wf: &Workflow, form: &Form) -> String {
    let mut out = format!("# {}\n\n", escape(&form.title));
    out.push_str(&format!(
        "Workflow `{}` version {} · form `{}`\n\nCase number: {LINE}\n\n",
        escape(&wf.id),
        wf.version,
        escape(&form.id)
    ));
    for p in &form.intro {
        out.push_str(&format!("{}\n\n", escape(p)));
    }
    for id in &form.fields {
        if let Some((_, f)) = wf.field(id) {
            out.push_str(&format!(
                "- {}{} {}\n",
                escape(&f.label),
                label_end(&f.label),
                blank_answer(f, "  ")
            ));
        }
    }
    if !form.signatures.is_empty() {
        out.push_str("\n## Signatures\n\n");
        for who in &form.signatures {
            out.push_str(&format!("{}: {LINE}  Date: ____________\n\n", escape(who)));
        }
    }
    out
}

/// The whole workflow as a Markdown checklist to print and fill in by hand.
pub fn blank_markdown(wf: &Workflow) -> String {
    let mut out = format!("# {}\n\n", escape(&wf.title));
    out.push_str(&format!(
        "Workflow `{}` version {}\n\nCase number: {LINE}\n",
        escape(&wf.id),
        wf.version
    ));
    for stage in &wf.stages {
        out.push_str(&format!("\n## {}\n", escape(&stage.title)));
        for step in wf.steps.iter().filter(|s| s.stage == stage.id) {
            let optional = if step.optional { " (optional)" } else { "" };
            out.push_str(&format!("\n### [ ] {}{optional}\n\n", escape(&step.title)));
            for f in &step.fields {
                let answer = match f.kind {
                    FieldKind::YesNo => "[ ] yes  [ ] no".to_owned(),
                    FieldKind::Single | FieldKind::Multi => f
                        .options
                        .iter()
                        .map(|o| format!("[ ] {}", escape(&o.label)))
                        .collect::<Vec<_>>()
                        .join("  "),
                    FieldKind::Date => "____-__-__".to_owned(),
                    FieldKind::Text | FieldKind::Number => LINE.to_owned(),
                };
                out.push_str(&format!("- {}: {answer}\n", escape(&f.label)));
            }
        }
    }
    if !wf.checklist.is_empty() {
        out.push_str("\n## Checklist\n\n");
        for item in &wf.checklist {
            out.push_str(&format!("- [ ] {}\n", escape(&item.text)));
        }
    }
    out.push_str("\n## Signatures\n\n");
    for who in ["Staff member", "Migrant", "Interpreter"] {
        out.push_str(&format!("{who}: {LINE}  Date: ____________\n\n"));
    }
    out
}
