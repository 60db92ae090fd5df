//! Blank checklists of a workflow, for paper: every stage, step and field with empty boxes and lines.

use crate::i18n::{Lang, t, tr};
use crate::workflow::{Field, FieldKind, Form, Workflow};

use super::markdown::escape;

const LINE: &str = "________________________________";

/// The blank to fill in by hand for one field: boxes for choices, a date mask, or a line.
pub(crate) fn blank_answer(f: &Field, gap: &str, lang: Lang) -> String {
    match f.kind {
        FieldKind::YesNo => format!("[ ] {}{gap}[ ] {}", t(lang, "export-yes"), t(lang, "export-no")),
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

/// "Workflow avr-case version 2" in `lang`; the id in backticks for Markdown.
pub(crate) fn paper_source(wf: &Workflow, markdown: bool, lang: Lang) -> String {
    let id = if markdown {
        format!("`{}`", escape(&wf.id))
    } else {
        wf.id.clone()
    };
    tr(
        lang,
        "export-paper-workflow",
        &[("id", id.into()), ("version", wf.version.into())],
    )
}

/// What follows a label before its blank: nothing more after a question mark, a colon otherwise.
pub(crate) fn label_end(label: &str) -> &'static str {
    if label.ends_with('?') { "" } else { ":" }
}

/// A printable form of the workflow, as Markdown: its title, statement, fields as blanks, signature lines.
pub fn form_markdown(wf: &Workflow, form: &Form) -> String {
    form_markdown_in(wf, form, Lang::En)
}

/// [`form_markdown`] with the printed words in `lang` (`wf` is expected localized already, see
/// [`crate::i18n::workflow::localized`]).
pub fn form_markdown_in(wf: &Workflow, form: &Form, lang: Lang) -> String {
    let mut out = format!("# {}\n\n", escape(&form.title));
    out.push_str(&format!(
        "{} · {}\n\n{}: {LINE}\n\n",
        paper_source(wf, true, lang),
        tr(
            lang,
            "export-paper-form",
            &[("form", format!("`{}`", escape(&form.id)).into())]
        ),
        escape(&t(lang, "export-case-number"))
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
                blank_answer(f, "  ", lang)
            ));
        }
    }
    if !form.signatures.is_empty() {
        out.push_str(&format!("\n## {}\n\n", escape(&t(lang, "export-signatures"))));
        let date = escape(&t(lang, "export-date"));
        for who in &form.signatures {
            out.push_str(&format!("{}: {LINE}  {date}: ____________\n\n", escape(who)));
        }
    }
    out
}

/// The whole workflow as a Markdown checklist to print and fill in by hand.
pub fn blank_markdown(wf: &Workflow) -> String {
    blank_markdown_in(wf, Lang::En)
}

/// [`blank_markdown`] with the printed words in `lang` (`wf` localized already).
pub fn blank_markdown_in(wf: &Workflow, lang: Lang) -> String {
    let mut out = format!("# {}\n\n", escape(&wf.title));
    out.push_str(&format!(
        "{}\n\n{}: {LINE}\n",
        paper_source(wf, true, lang),
        escape(&t(lang, "export-case-number"))
    ));
    for stage in &wf.stages {
        out.push_str(&format!("\n## {}\n", escape(&stage.title)));
        for step in wf.steps.iter().filter(|s| s.stage == stage.id) {
            let title = if step.optional {
                tr(
                    lang,
                    "export-optional-step",
                    &[("title", step.title.as_str().into())],
                )
            } else {
                step.title.clone()
            };
            out.push_str(&format!("\n### [ ] {}\n\n", escape(&title)));
            for f in &step.fields {
                let answer = match f.kind {
                    FieldKind::Single | FieldKind::Multi => f
                        .options
                        .iter()
                        .map(|o| format!("[ ] {}", escape(&o.label)))
                        .collect::<Vec<_>>()
                        .join("  "),
                    _ => blank_answer(f, "  ", lang),
                };
                out.push_str(&format!("- {}: {answer}\n", escape(&f.label)));
            }
        }
    }
    if !wf.checklist.is_empty() {
        out.push_str(&format!("\n## {}\n\n", escape(&t(lang, "export-checklist"))));
        for item in &wf.checklist {
            out.push_str(&format!("- [ ] {}\n", escape(&item.text)));
        }
    }
    out.push_str(&format!("\n## {}\n\n", escape(&t(lang, "export-signatures"))));
    let date = escape(&t(lang, "export-date"));
    for who in [
        "export-sign-staff",
        "export-sign-migrant",
        "export-sign-interpreter",
    ] {
        out.push_str(&format!(
            "{}: {LINE}  {date}: ____________\n\n",
            escape(&t(lang, who))
        ));
    }
    out
}
