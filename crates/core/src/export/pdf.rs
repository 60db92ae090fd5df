//! PDF: the checklist, or a blank workflow checklist, on A4 or Letter pages with the case number and page
//! numbers on every page. The fonts, and how a line is split between them and shaped, are in `fonts`.

use krilla::Document;
use krilla::page::PageSettings;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::ExportError;
use super::Undrawable;
use super::doc::{ChecklistDoc, RowStatus};
use super::fonts::{Fonts, Missing, bidi_runs, is_rtl};
use super::labelled;
use crate::i18n::{Lang, t, tr};
use crate::workflow::Workflow;

const MARGIN: f32 = 50.0;
const BODY: f32 = 9.5;

/// Paper size of a PDF export.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum PageSize {
    #[default]
    A4,
    Letter,
}

impl PageSize {
    /// Width and height in points.
    pub(super) fn points(self) -> (f32, f32) {
        match self {
            PageSize::A4 => (595.28, 841.89),
            PageSize::Letter => (612.0, 792.0),
        }
    }
}

/// One line of text as laid out, before pagination.
struct Line {
    text: String,
    size: f32,
    bold: bool,
    indent: f32,
    /// Extra space above the line.
    gap: f32,
    /// The heading it is under, to say where a character that could not be drawn was.
    place: String,
}

fn line(text: impl Into<String>, size: f32, bold: bool, indent: f32, gap: f32) -> Line {
    Line {
        text: text.into(),
        size,
        bold,
        indent,
        gap,
        place: String::new(),
    }
}

/// Split a line into direction runs. The paragraph is left to right; a right-to-left run (with the spaces inside
/// it) is shaped on its own, so an Arabic-script name inside English text reads correctly.
fn runs(text: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut pending_space = String::new();
    for c in text.chars() {
        if c == ' ' {
            pending_space.push(c);
            continue;
        }
        let rtl = is_rtl(c);
        match out.last_mut() {
            Some((run, last_rtl)) if *last_rtl == rtl => {
                run.push_str(&pending_space);
                run.push(c);
            }
            Some((run, _)) => {
                run.push_str(&pending_space);
                out.push((c.to_string(), rtl));
            }
            None => out.push((format!("{pending_space}{c}"), rtl)),
        }
        pending_space.clear();
    }
    if !pending_space.is_empty() {
        match out.last_mut() {
            Some((run, _)) => run.push_str(&pending_space),
            None => out.push((pending_space, false)),
        }
    }
    out
}

/// Break lines that do not fit the width at spaces (a single long word is left to overflow). Each word is
/// shaped once; a line's width is the sum of its words and spaces (no kerning happens across a space).
fn wrap(fonts: &Fonts, lines: Vec<Line>, width: f32) -> Vec<Line> {
    let mut out = Vec::new();
    for l in lines {
        let avail = width - l.indent;
        let space = fonts.width(" ", l.size, l.bold);
        let mut current = String::new();
        let mut current_width = 0.0;
        let mut first = true;
        for word in l.text.split(' ') {
            let w = line_width(fonts, word, l.size, l.bold);
            if !current.is_empty() && current_width + space + w > avail {
                let gap = if first { l.gap } else { 0.0 };
                let indent = if first { l.indent } else { l.indent + 12.0 };
                out.push(line(std::mem::take(&mut current), l.size, l.bold, indent, gap));
                first = false;
                current_width = 0.0;
            }
            if !current.is_empty() {
                current.push(' ');
                current_width += space;
            }
            current.push_str(word);
            current_width += w;
        }
        let gap = if first { l.gap } else { 0.0 };
        let indent = if first { l.indent } else { l.indent + 12.0 };
        out.push(line(current, l.size, l.bold, indent, gap));
    }
    out
}

/// Where a line goes: its left and right edges, and whether the page reads right to left.
#[derive(Clone, Copy)]
struct Span {
    left: f32,
    right: f32,
    rtl: bool,
}

/// Draw a line from the left edge of a left-to-right page, or ending at the right edge of a right-to-left one
/// (an Arabic export): there the runs are placed from the right in reading order, digits and Latin words kept
/// left to right inside them (see `fonts::bidi_runs`), so `تاريخ الإنشاء: 3 ديسمبر 2026` reads as written.
fn draw_line(surface: &mut krilla::surface::Surface<'_>, fonts: &Fonts, at: Span, y: f32, l: &Line) {
    if at.rtl {
        let mut x = at.right;
        for (run, rtl) in bidi_runs(&l.text, true) {
            x -= fonts.width(&run, l.size, l.bold);
            fonts.draw_run(surface, (x, y), &run, rtl, l.size, l.bold);
        }
    } else {
        let mut x = at.left;
        for (run, rtl) in runs(&l.text) {
            x += fonts.draw_run(surface, (x, y), &run, rtl, l.size, l.bold);
        }
    }
}

fn line_width(fonts: &Fonts, text: &str, size: f32, bold: bool) -> f32 {
    runs(text).iter().map(|(t, _)| fonts.width(t, size, bold)).sum()
}

/// Lay the lines out on pages, with `header` and "page i of n" on each. Also returns the characters no embedded
/// font covers, which were drawn as `[U+XXXX]` (see [`cover`]).
fn render_lines_reporting(
    header: &str,
    header_place: &str,
    lines: Vec<Line>,
    size: PageSize,
    lang: crate::i18n::Lang,
) -> Result<(Vec<u8>, Vec<Undrawable>), ExportError> {
    let fonts = Fonts::load()?;
    let rtl = crate::i18n::dir(lang) == crate::i18n::Dir::Rtl;
    let mut missing = Missing::default();
    let header = &missing.cover(fonts, header, header_place);
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|l| Line {
            text: missing.cover(fonts, &l.text, &l.place),
            ..l
        })
        .collect();
    let (w, h) = size.points();
    let lines = wrap(fonts, lines, w - 2.0 * MARGIN);
    let top = MARGIN + 30.0;
    let bottom = h - MARGIN - 20.0;
    let mut pages: Vec<Vec<(f32, Line)>> = vec![Vec::new()];
    let mut y = top;
    for l in lines {
        let advance = l.gap + l.size * 1.45;
        if y + advance > bottom && pages.last().is_some_and(|p| !p.is_empty()) {
            pages.push(Vec::new());
            y = top;
        }
        let gap = if y == top { 0.0 } else { l.gap };
        y += gap + l.size * 1.45;
        if let Some(page) = pages.last_mut() {
            page.push((y, l));
        }
    }
    let total = pages.len();
    let mut document = Document::new();
    for (i, page_lines) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(w, h).ok_or_else(|| ExportError::Pdf("bad page size".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let full = Span {
            left: MARGIN,
            right: w - MARGIN,
            rtl,
        };
        draw_line(
            &mut surface,
            fonts,
            full,
            MARGIN,
            &line(header, 8.0, true, 0.0, 0.0),
        );
        let footer = crate::i18n::tr(
            lang,
            "export-page",
            &[("n", (i + 1).into()), ("total", total.into())],
        );
        // The page number sits at the end of the line: bottom right on a left-to-right page, left on Arabic.
        let fw = line_width(fonts, &footer, 8.0, false);
        let (left, right) = if rtl {
            (MARGIN, MARGIN + fw)
        } else {
            (w - MARGIN - fw, w - MARGIN)
        };
        let end = Span { left, right, rtl };
        draw_line(
            &mut surface,
            fonts,
            end,
            h - MARGIN,
            &line(footer, 8.0, false, 0.0, 0.0),
        );
        for (y, l) in page_lines {
            let at = Span {
                left: MARGIN + l.indent,
                right: w - MARGIN - l.indent,
                rtl,
            };
            draw_line(&mut surface, fonts, at, *y, l);
        }
        surface.finish();
        page.finish();
    }
    let bytes = document
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))?;
    Ok((bytes, missing.into_list()))
}

fn mark(status: RowStatus) -> &'static str {
    match status {
        RowStatus::Done => "[x]",
        RowStatus::NotApplicable => "[–]",
        RowStatus::Blocked => "[!]",
        RowStatus::Pending | RowStatus::Optional | RowStatus::Info => "[ ]",
    }
}

/// The case checklist as a PDF.
pub fn render(doc: &ChecklistDoc, size: PageSize) -> Result<Vec<u8>, ExportError> {
    render_reporting(doc, size).map(|(bytes, _)| bytes)
}

/// The case checklist as a PDF, and the characters no embedded font covers (drawn as `[U+XXXX]`), for the
/// export's warnings.
pub fn render_reporting(
    doc: &ChecklistDoc,
    size: PageSize,
) -> Result<(Vec<u8>, Vec<Undrawable>), ExportError> {
    let hd = &doc.header;
    let lang = hd.lang;
    let label = |k: &str| crate::i18n::t(lang, k);
    let mut lines = vec![
        line(hd.title.clone(), 16.0, true, 0.0, 0.0),
        line(
            labelled(
                lang,
                &label("export-workflow"),
                &format!(
                    "{} ({} v{})",
                    hd.workflow_title, hd.workflow_id, hd.workflow_version
                ),
            ),
            BODY,
            false,
            0.0,
            6.0,
        ),
        line(
            labelled(lang, &label("export-handbook-version"), &hd.handbook_version),
            BODY,
            false,
            0.0,
            0.0,
        ),
        line(
            labelled(lang, &label("export-verification"), &hd.verification),
            BODY,
            false,
            0.0,
            0.0,
        ),
        line(
            labelled(lang, &label("export-generated"), &hd.generated_at),
            BODY,
            false,
            0.0,
            0.0,
        ),
    ];
    if hd.redacted {
        let text = labelled(lang, &label("export-redacted"), &label("export-redacted-note"));
        lines.push(line(text, BODY, true, 0.0, 0.0));
    }
    for l in &mut lines {
        l.place.clone_from(&hd.title);
    }
    for section in &doc.sections {
        let from = lines.len();
        lines.push(line(section.title.clone(), 12.0, true, 0.0, 10.0));
        if section.rows.is_empty() {
            lines.push(line(label("export-none"), BODY, false, 0.0, 0.0));
        }
        for r in &section.rows {
            let mut text = match r.kind {
                "step" | "item" | "safeguard" => {
                    format!("{} {} — {}", mark(r.status), r.label, r.status.label(lang))
                }
                "answer" => labelled(lang, &r.label, &r.value),
                _ => r.label.clone(),
            };
            if r.kind != "answer" && !r.value.is_empty() {
                text.push_str(&format!(" — {}", r.value));
            }
            if !r.recorded_by.is_empty() {
                text.push_str(&format!(" ({}, {})", r.recorded_by, r.recorded_at));
            }
            let indent = if r.kind == "answer" { 18.0 } else { 0.0 };
            lines.push(line(text, BODY, r.kind == "step", indent, 2.0));
        }
        for l in &mut lines[from..] {
            l.place.clone_from(&section.title);
        }
    }
    lines.push(line(label("export-signatures"), 12.0, true, 0.0, 10.0));
    for s in &doc.signatures {
        let date = label("export-date");
        lines.push(line(
            format!("{s}: ________________________________   {date}: ______________"),
            BODY,
            false,
            0.0,
            18.0,
        ));
    }
    render_lines_reporting(
        &format!("{}   ·   {}", hd.case_number, hd.title),
        &hd.title,
        lines,
        size,
        lang,
    )
}

/// A line to write on, on paper.
const BLANK: &str = "________________________________";

/// The top of a paper to fill in: its title, what it comes from, and a line for the case number.
fn paper_heading(title: &str, source: String, lang: Lang) -> Vec<Line> {
    vec![
        line(title.to_owned(), 16.0, true, 0.0, 0.0),
        line(source, BODY, false, 0.0, 6.0),
        line(
            labelled(lang, &t(lang, "export-case-number"), BLANK),
            BODY,
            false,
            0.0,
            6.0,
        ),
    ]
}

/// A printable form of the workflow, for paper.
pub fn form(wf: &Workflow, form: &crate::workflow::Form, size: PageSize) -> Result<Vec<u8>, ExportError> {
    form_in(wf, form, size, Lang::En)
}

/// [`form`] with the printed words in `lang` (`wf` localized already).
pub fn form_in(
    wf: &Workflow,
    form: &crate::workflow::Form,
    size: PageSize,
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    form_reporting(wf, form, size, lang).map(|(bytes, _)| bytes)
}

/// [`form_in`], and the characters no embedded font draws (see [`render_reporting`]).
pub fn form_reporting(
    wf: &Workflow,
    form: &crate::workflow::Form,
    size: PageSize,
    lang: Lang,
) -> Result<(Vec<u8>, Vec<Undrawable>), ExportError> {
    let source = format!(
        "{}   ·   {}",
        super::blank::paper_source(wf, false, lang),
        tr(lang, "export-paper-form", &[("form", form.id.as_str().into())])
    );
    let mut lines = paper_heading(&form.title, source, lang);
    for p in &form.intro {
        lines.push(line(p.clone(), BODY, false, 0.0, 8.0));
    }
    for id in &form.fields {
        if let Some((_, f)) = wf.field(id) {
            let answer = super::blank::blank_answer(f, "   ", lang);
            lines.push(line(labelled(lang, &f.label, &answer), BODY, false, 0.0, 6.0));
        }
    }
    if !form.signatures.is_empty() {
        lines.push(line(t(lang, "export-signatures"), 12.0, true, 0.0, 12.0));
        let date = t(lang, "export-date");
        for who in &form.signatures {
            lines.push(line(
                format!(
                    "{}   {}",
                    labelled(lang, who, BLANK),
                    labelled(lang, &date, "______________")
                ),
                BODY,
                false,
                0.0,
                18.0,
            ));
        }
    }
    under_headings(&mut lines, &form.title);
    render_lines_reporting(
        &format!("{}   ·   {} v{}", form.title, wf.id, wf.version),
        &form.title,
        lines,
        size,
        lang,
    )
}

/// Mark each line with the heading it is under (a section title: bold, 12 points), `first` above the first.
fn under_headings(lines: &mut [Line], first: &str) {
    let mut place = first.to_owned();
    for l in lines {
        if l.bold && l.size == 12.0 {
            place.clone_from(&l.text);
        }
        l.place.clone_from(&place);
    }
}

/// A blank checklist of the workflow, for paper.
pub fn blank(wf: &Workflow, size: PageSize) -> Result<Vec<u8>, ExportError> {
    blank_in(wf, size, Lang::En)
}

/// [`blank`] with the printed words in `lang` (`wf` localized already).
pub fn blank_in(wf: &Workflow, size: PageSize, lang: Lang) -> Result<Vec<u8>, ExportError> {
    blank_reporting(wf, size, lang).map(|(bytes, _)| bytes)
}

/// [`blank_in`], and the characters no embedded font draws (see [`render_reporting`]).
pub fn blank_reporting(
    wf: &Workflow,
    size: PageSize,
    lang: Lang,
) -> Result<(Vec<u8>, Vec<Undrawable>), ExportError> {
    let source = super::blank::paper_source(wf, false, lang);
    let mut lines = paper_heading(&wf.title, source, lang);
    for stage in &wf.stages {
        lines.push(line(stage.title.clone(), 12.0, true, 0.0, 12.0));
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
            lines.push(line(format!("[ ] {title}"), 10.5, true, 0.0, 6.0));
            for f in &step.fields {
                let answer = super::blank::blank_answer(f, "   ", lang);
                lines.push(line(labelled(lang, &f.label, &answer), BODY, false, 14.0, 2.0));
            }
        }
    }
    if !wf.checklist.is_empty() {
        lines.push(line(t(lang, "export-checklist"), 12.0, true, 0.0, 12.0));
        for item in &wf.checklist {
            lines.push(line(format!("[ ] {}", item.text), BODY, false, 0.0, 2.0));
        }
    }
    lines.push(line(t(lang, "export-signatures"), 12.0, true, 0.0, 12.0));
    let date = t(lang, "export-date");
    for who in [
        "export-sign-staff",
        "export-sign-migrant",
        "export-sign-interpreter",
    ] {
        let who = t(lang, who);
        lines.push(line(
            format!(
                "{}   {}",
                labelled(lang, &who, BLANK),
                labelled(lang, &date, "______________")
            ),
            BODY,
            false,
            0.0,
            18.0,
        ));
    }
    under_headings(&mut lines, &wf.title);
    let header = t(lang, "export-blank-checklist");
    render_lines_reporting(
        &format!("{header}   ·   {} v{}", wf.id, wf.version),
        &header,
        lines,
        size,
        lang,
    )
}
