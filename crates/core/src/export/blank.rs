//! Blank checklists of a workflow, for paper: every stage, step and field with empty boxes and lines.

use crate::workflow::{FieldKind, Workflow};

use super::markdown::escape;

const LINE: &str = "________________________________";

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
