//! Markdown → safe HTML for the reader.
//!
//! Two layers keep handbook HTML safe even if a chapter is hostile: raw HTML in the Markdown is turned into
//! text before rendering, and the result goes through an ammonia allow-list with no URL schemes at all (so no
//! `javascript:`, `data:` or remote resource survives) and with every id prefixed (so no DOM clobbering).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, Parser, Tag, TagEnd, html};

use super::Chapter;
use super::outline::markdown_options;
use super::text::escape_html;

/// Words the renderer writes itself, per language.
#[derive(Debug, Clone, Copy)]
pub struct Labels {
    pub never: &'static str,
    pub always: &'static str,
    pub decision: &'static str,
    pub warning: &'static str,
    pub note: &'static str,
    pub footnotes: &'static str,
    pub back_to_text: &'static str,
}

impl Labels {
    /// The labels of an edition in `lang` (an edition code such as `fr`), from the shared catalogs
    /// (`i18n/<lang>/handbook.ftl`); English for a language the app has no catalog for.
    pub fn for_lang(lang: &str) -> Labels {
        use crate::i18n::{Lang, t};
        static ALL: OnceLock<[[String; 7]; 4]> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            Lang::ALL.map(|l| {
                [
                    "callout-never",
                    "callout-always",
                    "callout-decision",
                    "callout-warning",
                    "callout-note",
                    "footnotes",
                    "footnote-back",
                ]
                .map(|k| t(l, k))
            })
        });
        let [never, always, decision, warning, note, footnotes, back_to_text] =
            &all[Lang::parse(lang).unwrap_or_default().index()];
        Labels {
            never,
            always,
            decision,
            warning,
            note,
            footnotes,
            back_to_text,
        }
    }

    fn callout(&self, kind: BlockQuoteKind) -> (&'static str, &'static str) {
        match kind {
            BlockQuoteKind::Caution => ("never", self.never),
            BlockQuoteKind::Important => ("always", self.always),
            BlockQuoteKind::Tip => ("decision", self.decision),
            BlockQuoteKind::Warning => ("warning", self.warning),
            BlockQuoteKind::Note => ("note", self.note),
        }
    }
}

/// The label of chapter tag `tag` (an id from a chapter's front matter, `mandate`) in edition `lang`: the message
/// `tag-<id>` of `i18n/<lang>/handbook.ftl`, English when that language lacks it, the id itself when no catalog
/// names the tag (a tag added to a chapter before its label).
pub fn tag_label(lang: &str, tag: &str) -> String {
    let key = format!("tag-{tag}");
    let label = crate::i18n::t(crate::i18n::Lang::parse(lang).unwrap_or_default(), &key);
    if label == key { tag.to_owned() } else { label }
}

/// [`tag_label`] of each tag, in order.
pub fn tag_labels(lang: &str, tags: &[String]) -> Vec<String> {
    tags.iter().map(|t| tag_label(lang, t)).collect()
}

/// The route the UI's reader understands: `#/read/<chapter>/<anchor>`.
fn route(chapter: &str, anchor: &str) -> String {
    if anchor.is_empty() {
        format!("#/read/{chapter}")
    } else {
        format!("#/read/{chapter}/{anchor}")
    }
}

pub fn render_chapter(chapter: &Chapter, labels: &Labels) -> String {
    render_markdown(chapter.body(), &chapter.meta.id, labels)
}

/// Render Markdown of the chapter `chapter_id` to sanitized HTML.
pub fn render_markdown(markdown: &str, chapter_id: &str, labels: &Labels) -> String {
    let mut body: Vec<Event<'_>> = Vec::new();
    let mut numbers: HashMap<String, usize> = HashMap::new();
    let mut ref_count: HashMap<String, usize> = HashMap::new();
    let mut defs: HashMap<String, Vec<Event<'_>>> = HashMap::new();
    let mut in_def: Option<(String, Vec<Event<'_>>)> = None;
    let mut in_table_head = false;
    let mut parser = Parser::new_ext(markdown, markdown_options()).peekable();

    while let Some(event) = parser.next() {
        let event = match event {
            // A task-list box is read-only (disabled) and its item's text says what it is for, so assistive
            // technology skips the box rather than announcing an unlabelled checkbox before every item.
            Event::TaskListMarker(checked) => Event::Html(CowStr::from(format!(
                "<input type=\"checkbox\" disabled=\"\" aria-hidden=\"true\"{}> ",
                if checked { " checked=\"\"" } else { "" }
            ))),
            Event::Start(Tag::TableHead) => {
                in_table_head = true;
                Event::Start(Tag::TableHead)
            }
            Event::End(TagEnd::TableHead) => {
                in_table_head = false;
                Event::End(TagEnd::TableHead)
            }
            // An empty header cell (the corner of a comparison table) is a plain cell: a header must name
            // something.
            Event::Start(Tag::TableCell)
                if in_table_head && matches!(parser.peek(), Some(Event::End(TagEnd::TableCell))) =>
            {
                parser.next();
                Event::Html(CowStr::from("<td></td>"))
            }
            // Raw HTML is shown as text, never interpreted.
            Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Event::Start(Tag::Link {
                link_type,
                dest_url: CowStr::from(rewrite_link(&dest_url, chapter_id)),
                title,
                id,
            }),
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let (class, label) = labels.callout(kind);
                Event::Html(CowStr::from(format!(
                    "<aside class=\"callout callout-{class}\"><p class=\"callout-title\">{label}</p>\n"
                )))
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => Event::Html(CowStr::from("</aside>\n")),
            Event::FootnoteReference(label) => {
                let next = numbers.len() + 1;
                let n = *numbers.entry(label.to_string()).or_insert(next);
                let seen = ref_count.entry(label.to_string()).or_insert(0);
                *seen += 1;
                let id = if *seen == 1 {
                    format!("fnref-{label}")
                } else {
                    format!("fnref-{label}-{seen}")
                };
                Event::Html(CowStr::from(format!(
                    "<sup class=\"fnref\" id=\"{}\"><a href=\"{}\">{n}</a></sup>",
                    escape_html(&id),
                    escape_html(&route(chapter_id, &format!("fn-{label}")))
                )))
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                in_def = Some((label.to_string(), Vec::new()));
                continue;
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some((label, events)) = in_def.take() {
                    defs.insert(label, events);
                }
                continue;
            }
            other => other,
        };
        match in_def.as_mut() {
            Some((_, events)) => events.push(event),
            None => body.push(event),
        }
    }

    let mut out = String::with_capacity(markdown.len() * 2);
    html::push_html(&mut out, body.into_iter());

    let mut ordered: Vec<(usize, String)> = numbers.into_iter().map(|(l, n)| (n, l)).collect();
    ordered.sort();
    if !ordered.is_empty() {
        out.push_str(&format!(
            "<section class=\"footnotes\"><h2 class=\"footnotes-title\">{}</h2><ol>\n",
            labels.footnotes
        ));
        for (_, label) in ordered {
            let mut inner = String::new();
            if let Some(events) = defs.remove(&label) {
                html::push_html(&mut inner, events.into_iter());
            }
            out.push_str(&format!(
                "<li id=\"{}\">{inner}<a class=\"fnback\" href=\"{}\" title=\"{}\">↩</a></li>\n",
                escape_html(&format!("fn-{label}")),
                escape_html(&route(chapter_id, &format!("fnref-{label}"))),
                labels.back_to_text
            ));
        }
        out.push_str("</ol></section>\n");
    }
    sanitizer().clean(&out).to_string()
}

/// `chapter#section`, `chapter` and `#section` become reader routes. Anything with a scheme or a path is left
/// for the sanitizer, which drops it.
fn rewrite_link(dest: &str, chapter_id: &str) -> String {
    if dest.contains(':') || dest.contains('/') || dest.starts_with('.') {
        // Left for the sanitizer, which keeps only `#` fragments.
        return dest.to_owned();
    }
    match dest.split_once('#') {
        Some(("", anchor)) => route(chapter_id, anchor),
        Some((chapter, anchor)) => route(chapter, anchor),
        None if dest.is_empty() => dest.to_owned(),
        None => route(dest, ""),
    }
}

/// Classes the renderer itself writes. Anything else (a heading's `{.class}` in a hostile chapter) is dropped,
/// so a chapter cannot borrow the app's own classes (dialogs, overlays, the lock screen) to dress up as the app.
const CLASS_PREFIXES: &[&str] = &["callout", "fnref", "fnback", "footnotes", "language-"];

fn allowed_classes(value: &str) -> Option<String> {
    let kept: Vec<&str> = value
        .split_ascii_whitespace()
        .filter(|c| CLASS_PREFIXES.iter().any(|p| c.starts_with(p)))
        .collect();
    (!kept.is_empty()).then(|| kept.join(" "))
}

fn only_fragments(url: &str) -> Option<std::borrow::Cow<'_, str>> {
    url.starts_with('#').then_some(std::borrow::Cow::Borrowed(url))
}

fn sanitizer() -> &'static ammonia::Builder<'static> {
    static SANITIZER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    SANITIZER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.rm_tags(["img"])
            .add_tags(["aside", "section", "input", "dl", "dt", "dd"])
            .add_generic_attributes(["id", "class"])
            .add_tag_attributes("input", ["type", "checked", "disabled", "aria-hidden"])
            .attribute_filter(|element, attribute, value| match (element, attribute) {
                ("input", "type") if value != "checkbox" => None,
                ("input", "aria-hidden") if value != "true" => None,
                (_, "class") => allowed_classes(value).map(Into::into),
                _ => Some(value.into()),
            })
            .url_schemes(HashSet::new())
            // Only in-app routes (`#/read/…`) survive: no relative paths, no `//host` URLs.
            .url_relative(ammonia::UrlRelative::Custom(Box::new(only_fragments)))
            .link_rel(None)
            .id_prefix(Some("hb-"));
        b
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(md: &str) -> String {
        render_markdown(md, "ch", &Labels::for_lang("en"))
    }

    #[test]
    fn a_chapter_cannot_borrow_the_apps_classes() {
        let html = render("## Title {#t .modal-backdrop .callout-never}\n\ntext");
        assert!(
            !html.contains("modal-backdrop"),
            "a class the renderer does not write is dropped: {html}"
        );
        let html = render("> [!CAUTION]\n> Never do this.");
        assert!(
            html.contains("class=\"callout callout-never\""),
            "the renderer's own classes stay: {html}"
        );
    }

    #[test]
    fn internal_links_become_reader_routes() {
        let html = render("[a](asylum#referral) [b](children) [c](#local)");
        assert!(html.contains("href=\"#/read/asylum/referral\""), "{html}");
        assert!(html.contains("href=\"#/read/children\""), "{html}");
        assert!(html.contains("href=\"#/read/ch/local\""), "{html}");
    }

    #[test]
    fn footnotes_link_both_ways_and_are_numbered_by_first_use() {
        let html = render("One[^b] two[^a] again[^b].\n\n[^a]: C2 first.\n[^b]: C3 second.\n");
        assert!(
            html.contains("id=\"hb-fnref-b\"><a href=\"#/read/ch/fn-b\">1</a>"),
            "{html}"
        );
        assert!(
            html.contains("id=\"hb-fnref-a\"><a href=\"#/read/ch/fn-a\">2</a>"),
            "{html}"
        );
        assert!(
            html.contains("id=\"hb-fnref-b-2\""),
            "second reference gets its own id: {html}"
        );
        let b = html.find("id=\"hb-fn-b\"").unwrap_or(usize::MAX);
        let a = html.find("id=\"hb-fn-a\"").unwrap_or(usize::MAX);
        assert!(b < a, "notes are listed in order of first reference");
        assert!(
            html.contains("href=\"#/read/ch/fnref-b\""),
            "each note links back: {html}"
        );
    }

    #[test]
    fn callouts_render_with_their_field_meaning() {
        let html = render("> [!CAUTION]\n> Do not share data.\n\n> [!IMPORTANT]\n> Record consent.\n");
        assert!(
            html.contains("<aside class=\"callout callout-never\"><p class=\"callout-title\">Never</p>"),
            "{html}"
        );
        assert!(html.contains("callout-always"), "{html}");
    }

    #[test]
    fn task_list_boxes_are_read_only_and_hidden_from_assistive_technology() {
        let html = render("- [ ] Record the interpreter\n- [x] Name the guardian\n");
        assert_eq!(
            html.matches("aria-hidden=\"true\"").count(),
            2,
            "every box is hidden from screen readers, which read the item's text instead: {html}"
        );
        assert_eq!(
            html.matches("disabled").count(),
            2,
            "the boxes cannot be ticked (and so take no focus): {html}"
        );
        assert!(
            html.contains("checked"),
            "a ticked box still shows as ticked: {html}"
        );
    }

    #[test]
    fn an_empty_table_header_becomes_a_plain_cell() {
        let html = render("| | Smuggling | Trafficking |\n|---|---|---|\n| Consent | yes | no |\n");
        assert!(!html.contains("<th></th>"), "no header cell is empty: {html}");
        assert!(
            html.contains("<td></td><th>Smuggling</th>"),
            "the corner is a plain cell and the named headers stay headers: {html}"
        );
    }

    #[test]
    fn headings_keep_stable_prefixed_ids_and_task_lists_stay_checkboxes() {
        let html = render("## Place of safety {#place-of-safety}\n\n- [ ] Record the interpreter\n");
        assert!(html.contains("<h2 id=\"hb-place-of-safety\">"), "{html}");
        assert!(html.contains("type=\"checkbox\""), "{html}");
    }
}
