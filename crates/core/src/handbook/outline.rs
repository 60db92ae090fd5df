//! A chapter's outline: its sections with their stable ids, titles, heading paths and plain text, read once
//! from the Markdown with the same options as the renderer, for the reader, the checker and the search index.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::FrontMatter;

/// Markdown features the handbook uses. Shared by the outline and the renderer so that both see the same tree.
pub(crate) fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_GFM
        | Options::ENABLE_DEFINITION_LIST
}

/// A searchable, linkable unit: the chapter overview (empty id) or a `##`/`###` section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Stable id from `{#id}`; empty for the overview before the first heading.
    pub id: String,
    pub title: String,
    /// 1 for the overview, 2 or 3 for headings.
    pub level: u8,
    /// Byte offset of the heading in the chapter source.
    pub offset: usize,
    /// Titles from the chapter down to this section.
    pub heading_path: Vec<String>,
    /// Plain text of the section body, footnote definitions excluded.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FootnoteDef {
    pub label: String,
    pub text: String,
    pub offset: usize,
}

/// Everything the checker and the search index need from one chapter, in one pass over the Markdown.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub sections: Vec<Section>,
    /// `(destination, byte offset)` of every link.
    pub links: Vec<(String, usize)>,
    pub footnote_refs: Vec<(String, usize)>,
    pub footnote_defs: Vec<FootnoteDef>,
    /// Offsets of `##`/`###` headings written without `{#id}`.
    pub headings_without_id: Vec<usize>,
}

pub(super) fn outline(source: &str, body_start: usize, meta: &FrontMatter) -> Outline {
    let body = &source[body_start..];
    let mut out = Outline::default();
    out.sections.push(Section {
        id: String::new(),
        title: meta.title.clone(),
        level: 1,
        offset: body_start,
        heading_path: vec![meta.title.clone()],
        text: String::new(),
    });
    let mut h2_title = String::new();
    let mut in_heading: Option<(HeadingLevel, Option<String>, usize)> = None;
    let mut heading_text = String::new();
    let mut footnote: Option<FootnoteDef> = None;

    for (event, range) in Parser::new_ext(body, markdown_options()).into_offset_iter() {
        let at = body_start + range.start;
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                in_heading = Some((level, id.map(|i| i.to_string()), at));
                heading_text.clear();
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((level, id, offset)) = in_heading.take() else {
                    continue;
                };
                let title = heading_text.trim().to_owned();
                if level > HeadingLevel::H3 {
                    // Deeper headings stay inside their section, as text.
                    push_text(&mut out, &title);
                    continue;
                }
                let Some(id) = id else {
                    out.headings_without_id.push(offset);
                    push_text(&mut out, &title);
                    continue;
                };
                let heading_path = if level == HeadingLevel::H2 {
                    h2_title.clone_from(&title);
                    vec![meta.title.clone(), title.clone()]
                } else {
                    vec![meta.title.clone(), h2_title.clone(), title.clone()]
                };
                let level = if level == HeadingLevel::H2 { 2 } else { 3 };
                out.sections.push(Section {
                    id,
                    title,
                    level,
                    offset,
                    heading_path,
                    text: String::new(),
                });
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                footnote = Some(FootnoteDef {
                    label: label.to_string(),
                    text: String::new(),
                    offset: at,
                });
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some(mut def) = footnote.take() {
                    def.text = def.text.trim().to_owned();
                    out.footnote_defs.push(def);
                }
            }
            // References are found in the source below: the parser drops those without a definition.
            Event::FootnoteReference(_) => {}
            Event::Start(Tag::Link { dest_url, .. }) => out.links.push((dest_url.to_string(), at)),
            Event::Text(t) | Event::Code(t) => {
                if in_heading.is_some() {
                    heading_text.push_str(&t);
                } else if let Some(def) = footnote.as_mut() {
                    def.text.push_str(&t);
                } else {
                    push_text(&mut out, &t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(def) = footnote.as_mut() {
                    def.text.push(' ');
                } else if in_heading.is_none() {
                    push_text(&mut out, " ");
                }
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::DefinitionListTitle
                | TagEnd::CodeBlock,
            ) if footnote.is_none() => push_text(&mut out, "\n"),
            _ => {}
        }
    }
    for s in &mut out.sections {
        s.text = s.text.trim().to_owned();
    }
    out.footnote_refs = footnote_references(body, body_start);
    out
}

/// Every `[^label]` that is not a definition (`[^label]:` at the start of a line), with its offset. Read from
/// the source because the Markdown parser turns a reference without a definition into plain text.
fn footnote_references(body: &str, body_start: usize) -> Vec<(String, usize)> {
    let mut refs = Vec::new();
    for (i, _) in body.match_indices("[^") {
        let rest = &body[i + 2..];
        let Some(end) = rest.find(']') else { continue };
        let label = &rest[..end];
        if label.is_empty() || label.contains(char::is_whitespace) {
            continue;
        }
        let at_line_start = i == 0 || body.as_bytes()[i - 1] == b'\n';
        if at_line_start && rest[end + 1..].starts_with(':') {
            continue;
        }
        refs.push((label.to_owned(), body_start + i));
    }
    refs
}

fn push_text(out: &mut Outline, text: &str) {
    if let Some(section) = out.sections.last_mut() {
        section.text.push_str(text);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> FrontMatter {
        FrontMatter {
            id: "c".into(),
            title: "Chapter".into(),
            summary: "s".into(),
            tags: vec!["t".into()],
            last_reviewed: "2026-11-28".into(),
            sources: vec![],
            translated_from: None,
        }
    }

    #[test]
    fn sections_carry_their_heading_path_and_their_own_text_only() {
        let md = "Intro text.\n\n## First {#first}\n\nOne[^a].\n\n### Deeper {#deeper}\n\nTwo.\n\n## No id\n\nThree.\n\n[^a]: C2 art. 98.\n";
        let o = outline(md, 0, &meta());
        let ids: Vec<_> = o.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["", "first", "deeper"]);
        assert_eq!(o.sections[0].text, "Intro text.");
        assert_eq!(o.sections[2].heading_path, ["Chapter", "First", "Deeper"]);
        assert!(
            o.sections[2].text.contains("No id"),
            "a heading without id stays in the previous section"
        );
        assert!(
            !o.sections[2].text.contains("art. 98"),
            "footnote text is not section text"
        );
        assert_eq!(o.headings_without_id.len(), 1);
        assert_eq!(o.footnote_refs[0].0, "a");
        assert_eq!(o.footnote_defs[0].text, "C2 art. 98.");
    }
}
