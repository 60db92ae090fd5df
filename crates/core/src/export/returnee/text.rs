//! The returnee's sheet as HTML (a two-column grid in the returnee's direction) and as Markdown (each paragraph
//! followed by its translation as a quotation).

use super::{Sheet, Style, WRITE_LINE};
use crate::export::html::escape;
use crate::export::markdown::escape as md_escape;
use crate::i18n::dir;

const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#111;line-height:1.45}\
.pair{display:grid;grid-template-columns:repeat(var(--cols),1fr);column-gap:2em}\
.pair>*{margin:.35em 0}.pair>.other{color:#333}\
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.2em}.meta{font-size:.9em}\
.write{padding-bottom:1.6em;border-bottom:1px solid #000}.break{margin-top:3em}\
@media print{body{margin:0;font-size:10.5pt}.pair{break-inside:avoid}.break{margin:0;break-before:page}}";

/// One self-contained page: no scripts, no external resources, every text escaped.
pub fn html(sheet: &Sheet) -> String {
    let lead = sheet.lead();
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{} · {}</title>\n<style>{STYLE}</style>\n</head>\n<body style=\"--cols:{}\">\n",
        lead.code(),
        dir(lead).as_str(),
        escape(&sheet.title()),
        escape(&sheet.case_number),
        sheet.columns()
    );
    for block in &sheet.blocks {
        if block.style == Style::Break {
            out.push_str("<div class=\"break\"></div>\n");
            continue;
        }
        out.push_str("<div class=\"pair\">");
        for (i, (lang, text)) in sheet.langs.iter().zip(&block.texts).enumerate() {
            let (tag, class) = match block.style {
                Style::Title => ("h1", ""),
                Style::Heading => ("h2", ""),
                Style::Meta => ("p", "meta"),
                Style::Body => ("p", ""),
                Style::Strong => ("p", ""),
                Style::Write | Style::Break => ("p", "write"),
            };
            let mut classes = class.to_owned();
            if i > 0 {
                classes.push_str(if classes.is_empty() { "other" } else { " other" });
            }
            let text = escape(text);
            let text = if block.style == Style::Strong {
                format!("<strong>{text}</strong>")
            } else {
                text
            };
            out.push_str(&format!(
                "<{tag} lang=\"{}\" dir=\"{}\" class=\"{classes}\">{text}</{tag}>",
                lang.code(),
                dir(*lang).as_str()
            ));
        }
        out.push_str("</div>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Markdown: the returnee's paragraph, then the officer's translation of it quoted under it.
pub fn markdown(sheet: &Sheet) -> String {
    let mut out = String::new();
    for block in &sheet.blocks {
        if block.style == Style::Break {
            out.push_str("---\n\n");
            continue;
        }
        for (i, text) in block.texts.iter().enumerate() {
            let text = md_escape(text);
            let line = match block.style {
                Style::Title => format!("# {text}"),
                Style::Heading => format!("## {text}"),
                Style::Strong => format!("**{text}**"),
                Style::Write => format!("{text}: {WRITE_LINE}"),
                Style::Meta | Style::Body | Style::Break => text,
            };
            if i == 0 {
                out.push_str(&line);
            } else {
                out.push_str(&format!("> {line}"));
            }
            out.push_str("\n\n");
        }
    }
    out
}
