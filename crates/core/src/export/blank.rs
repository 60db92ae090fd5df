//! Blank checklists of a workflow, for paper: every stage, step and field with empty boxes and lines.

use crate::i18n::{Lang, t, tr};
use crate::workflow::{Field, FieldKind, Form, Workflow};

use super::labelled;
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

/// A printable form of the workflow, as Markdown: its title, statement, fields as blanks, signature lines.
pub fn form_markdown(wf: &Workflow, form: &Form) -> String {
    form_markdown_in(wf, form, Lang::En)
}

/// [`form_markdown`] with the printed words in `lang` (`wf` is expected localized already, see
/// [`crate::i18n::workflow::localized`]).
pub fn form_markdown_in(wf: &Workflow, form: &Form, lang: Lang) -> String {
    let mut out = format!("# {}\n\n", escape(&form.title));
    out.push_str(&format!(
        "{} · {}\n\n{}\n\n",
        paper_source(wf, true, lang),
        tr(
            lang,
            "export-paper-form",
            &[("form", format!("`{}`", escape(&form.id)).into())]
        ),
        labelled(lang, &escape(&t(lang, "export-case-number")), LINE)
    ));
    for p in &form.intro {
        out.push_str(&format!("{}\n\n", escape(p)));
    }
    for id in &form.fields {
        if let Some((_, f)) = wf.field(id) {
            out.push_str(&format!(
                "- {}\n",
                labelled(lang, &escape(&f.label), &blank_answer(f, "  ", lang))
            ));
        }
    }
    if !form.signatures.is_empty() {
        out.push_str(&format!("\n## {}\n\n", escape(&t(lang, "export-signatures"))));
        let date = escape(&t(lang, "export-date"));
        for who in &form.signatures {
            out.push_str(&signature_line(lang, &escape(who), &date));
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
        "{}\n\n{}\n",
        paper_source(wf, true, lang),
        labelled(lang, &escape(&t(lang, "export-case-number")), LINE)
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
                out.push_str(&format!("- {}\n", labelled(lang, &escape(&f.label), &answer)));
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
        out.push_str(&signature_line(lang, &escape(&t(lang, who)), &date));
    }
    out
}

/// "Signed by: ____  Date: ____" as `lang` punctuates it.
fn signature_line(lang: Lang, who: &str, date: &str) -> String {
    format!(
        "{}  {}\n\n",
        labelled(lang, who, LINE),
        labelled(lang, date, "____________")
    )
}
