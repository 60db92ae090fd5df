//! The returnee's sheet as PDF: one column, or two side by side (see the module docs of `returnee` for why),
//! on pages laid out in the returnee's direction. An Arabic page is right to left as a whole: its column comes
//! first on the right, its lines end flush right, the header and the page number change sides.
//!
//! Each line is split into direction runs by a small form of the Unicode bidi rule that a sheet needs: strong
//! letters set their run's direction, digits read left to right, and the neutrals between two runs (spaces,
//! colons, slashes) take the direction of the paragraph unless both sides agree. So `رقم الملف: AVR-2026-0007`
//! keeps its colon with the Arabic words and its case number whole, left to right. Runs are then placed in the
//! paragraph's order (from the right edge leftwards in a right-to-left paragraph), and right-to-left runs are
//! shaped and written to the text layer as the other PDF exports do, so they read back exactly.

use krilla::Document;
use krilla::geom::PathBuilder;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

use super::{Sheet, Style};
use crate::export::ExportError;
use crate::export::Undrawable;
use crate::export::fonts::{Fonts, Missing, bidi_runs};
use crate::export::pdf::PageSize;
use crate::i18n::{Dir, Lang, dir, tr};

const MARGIN: f32 = 50.0;
const GUTTER: f32 = 24.0;
const LEADING: f32 = 1.42;

/// Size, weight and space above, per style.
fn look(style: Style) -> (f32, bool, f32) {
    match style {
        Style::Title => (15.0, true, 0.0),
        Style::Meta => (9.0, false, 2.0),
        Style::Heading => (11.5, true, 12.0),
        Style::Body => (9.5, false, 4.0),
        Style::Strong => (9.5, true, 6.0),
        Style::Write => (9.5, false, 8.0),
        Style::Break => (0.0, false, 0.0),
    }
}

/// Where a line's words go: a column's left edge and width, and the paragraph direction.
#[derive(Clone, Copy)]
struct Column {
    x: f32,
    width: f32,
    rtl: bool,
}

/// One laid-out line of a column.
struct Laid {
    text: String,
    /// A line to write on, under the label.
    rule: bool,
}

/// One row: a paragraph in each column, starting at the same height.
struct Row {
    style: Style,
    columns: Vec<Vec<Laid>>,
    height: f32,
}

/// The sheet as PDF pages.
pub(crate) fn render(sheet: &Sheet, size: PageSize) -> Result<(Vec<u8>, Vec<Undrawable>), ExportError> {
    let fonts = Fonts::load()?;
    let (w, h) = size.points();
    let lead = sheet.lead();
    let page_rtl = dir(lead) == Dir::Rtl;
    let columns = columns(&sheet.langs, w, page_rtl);
    // A character no embedded font draws (an emoji) shows as `[U+XXXX]`, never blank; it is reported with the
    // heading it was under in the lead language (the sheet's title above the first heading).
    let mut missing = Missing::default();
    let mut place = sheet.title();

    let rows: Vec<Row> = sheet
        .blocks
        .iter()
        .map(|b| {
            let (size, bold, gap) = look(b.style);
            if b.style == Style::Heading
                && let Some(heading) = b.texts.first()
            {
                place.clone_from(heading);
            }
            let laid: Vec<Vec<Laid>> = b
                .texts
                .iter()
                .zip(&columns)
                .map(|(text, col)| {
                    let text = missing.cover(fonts, text, &place);
                    let mut lines: Vec<Laid> = wrap(fonts, &text, size, bold, col.width)
                        .into_iter()
                        .map(|text| Laid { text, rule: false })
                        .collect();
                    if b.style == Style::Write {
                        lines.push(Laid {
                            text: String::new(),
                            rule: true,
                        });
                    }
                    lines
                })
                .collect();
            let tallest = laid.iter().map(Vec::len).max().unwrap_or(0) as f32;
            Row {
                style: b.style,
                columns: laid,
                height: gap + tallest * size * LEADING,
            }
        })
        .collect();

    let top = MARGIN + 22.0;
    let bottom = h - MARGIN - 18.0;
    let mut pages: Vec<Vec<(f32, &Row)>> = vec![Vec::new()];
    let mut y = top;
    for (i, row) in rows.iter().enumerate() {
        let started = pages.last().is_some_and(|p| !p.is_empty());
        if row.style == Style::Break {
            if started {
                pages.push(Vec::new());
                y = top;
            }
            continue;
        }
        // A heading stays with the paragraph under it.
        let next = match (row.style, rows.get(i + 1)) {
            (Style::Heading, Some(n)) => n.height,
            _ => 0.0,
        };
        if y + row.height + next > bottom && started {
            pages.push(Vec::new());
            y = top;
        }
        let (_, _, gap) = look(row.style);
        let start = if y == top { y } else { y + gap };
        if let Some(page) = pages.last_mut() {
            page.push((start, row));
        }
        y = start + row.height - gap;
    }

    let total = pages.len();
    let full = Column {
        x: MARGIN,
        width: w - 2.0 * MARGIN,
        rtl: page_rtl,
    };
    let mut document = Document::new();
    for (i, page_rows) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(w, h).ok_or_else(|| ExportError::Pdf("bad page size".into()))?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let header = format!("{}   ·   {}", sheet.case_number, sheet.title());
        draw_line(&mut surface, fonts, full, MARGIN, &header, 8.0, true);
        let footer = tr(
            lead,
            "export-page",
            &[("n", (i + 1).into()), ("total", total.into())],
        );
        // The page number sits at the end of the line: bottom right on a left-to-right page, left on Arabic.
        let footer_col = Column {
            rtl: !page_rtl,
            ..full
        };
        draw_line(&mut surface, fonts, footer_col, h - MARGIN, &footer, 8.0, false);
        if let (true, Some(first), Some(last)) = (columns.len() > 1, page_rows.first(), page_rows.last()) {
            // The rule down the middle of the gutter, as far as the page's rows go.
            let x = columns.iter().map(|c| c.x).fold(f32::MAX, f32::min) + columns[0].width + GUTTER / 2.0;
            rule(&mut surface, x, first.0 - 8.0, x, last.0 + last.1.height, 0.4);
        }
        for (y, row) in page_rows {
            let (size, bold, _) = look(row.style);
            for (lines, col) in row.columns.iter().zip(&columns) {
                for (n, l) in lines.iter().enumerate() {
                    let baseline = y + (n as f32 + 1.0) * size * LEADING;
                    if l.rule {
                        rule(&mut surface, col.x, baseline, col.x + col.width, baseline, 0.6);
                    } else {
                        draw_line(&mut surface, fonts, *col, baseline, &l.text, size, bold);
                    }
                }
            }
        }
        surface.finish();
        page.finish();
    }
    let bytes = document
        .finish()
        .map_err(|e| ExportError::Pdf(format!("{e:?}")))?;
    Ok((bytes, missing.into_list()))
}

/// The columns in the sheet's language order; the first is on the right of a right-to-left page.
fn columns(langs: &[Lang], page_width: f32, page_rtl: bool) -> Vec<Column> {
    let n = langs.len().max(1) as f32;
    let content = page_width - 2.0 * MARGIN;
    let width = (content - GUTTER * (n - 1.0)) / n;
    langs
        .iter()
        .enumerate()
        .map(|(k, &lang)| {
            let k = k as f32;
            let x = if page_rtl {
                MARGIN + content - (k + 1.0) * width - k * GUTTER
            } else {
                MARGIN + k * (width + GUTTER)
            };
            Column {
                x,
                width,
                rtl: dir(lang) == Dir::Rtl,
            }
        })
        .collect()
}

fn rule(surface: &mut Surface<'_>, x1: f32, y1: f32, x2: f32, y2: f32, width: f32) {
    let mut pb = PathBuilder::new();
    pb.move_to(x1, y1);
    pb.line_to(x2, y2);
    if let Some(path) = pb.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke {
            width,
            ..Stroke::default()
        }));
        surface.draw_path(&path);
        surface.set_stroke(None);
        surface.set_fill(Some(Fill::default()));
    }
}

/// Break a paragraph into lines that fit `width`, at spaces; a word wider than the column on its own is broken
/// between characters.
fn wrap(fonts: &Fonts, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    let measure = |s: &str| line_width(fonts, s, size, bold);
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if measure(&candidate) <= width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // The word alone: broken where it must be.
        for c in word.chars() {
            let mut next = current.clone();
            next.push(c);
            if measure(&next) > width && !current.is_empty() {
                lines.push(std::mem::take(&mut current));
                next = c.to_string();
            }
            current = next;
        }
    }
    lines.push(current);
    lines
}

fn line_width(fonts: &Fonts, text: &str, size: f32, bold: bool) -> f32 {
    bidi_runs(text, false)
        .iter()
        .map(|(run, _)| fonts.width(run, size, bold))
        .sum()
}

/// Draw one line in a column: from the left edge in a left-to-right paragraph, ending at the right edge in a
/// right-to-left one.
fn draw_line(
    surface: &mut Surface<'_>,
    fonts: &Fonts,
    col: Column,
    y: f32,
    text: &str,
    size: f32,
    bold: bool,
) {
    let runs = bidi_runs(text, col.rtl);
    let widths: Vec<f32> = runs.iter().map(|(r, _)| fonts.width(r, size, bold)).collect();
    let mut x = if col.rtl { col.x + col.width } else { col.x };
    for ((run, rtl), width) in runs.iter().zip(widths) {
        if col.rtl {
            x -= width;
        }
        fonts.draw_run(surface, (x, y), run, *rtl, size, bold);
        if !col.rtl {
            x += width;
        }
    }
}
