//! The fonts every PDF export embeds, and how a line of text is split between them, shaped and drawn.
//!
//! # Three families, chosen per character
//! - **DejaVu Sans** (`assets/fonts/DejaVuSans*.ttf`, Bitstream Vera licence) for Latin, Greek, Cyrillic,
//!   Hebrew, symbols and most punctuation: the export's own words and most names.
//! - **Noto Sans Arabic** (`NotoSansArabic*.ttf`, OFL, from Debian's `fonts-noto-core`) for Arabic-script runs.
//!   The Sans design was chosen over Noto Naskh Arabic for forms printed at 8 to 10 points: its strokes have
//!   little contrast, so thin joins and the dots survive office printers and photocopies; its letters are
//!   larger on the body (Naskh's are small for their size and stack vowel marks tightly), and it sits beside
//!   DejaVu Sans in a mixed line without a change of style. Naskh reads beautifully in books, at book sizes.
//! - **Noto Sans Ethiopic** (`NotoSansEthiopic*.ttf`, OFL) as a fallback: Eritrean and Ethiopian names in
//!   Tigrinya or Amharic (Ge'ez script) print as names, not as code points.
//!
//! Licences: `assets/fonts/LICENSE-DejaVu.txt` and `assets/fonts/LICENSE-Noto.txt`. krilla embeds only the
//! glyphs a document uses (subsetting), so a PDF grows by a few kilobytes per script it contains, not by the
//! font files' size.
//!
//! Each character goes to the first family that draws it: Arabic, then DejaVu for the right-to-left ranges;
//! DejaVu, then Ethiopic, then Arabic for the rest. A space, digit, punctuation sign or combining mark stays
//! in the family of the character before it when that family draws it, so `آمنة يوسف` is one Arabic piece
//! (shaped as a whole) and a comma after an Ethiopic name falls back to DejaVu. A character that no family
//! draws is replaced before layout by a visible `[U+XXXX]` ([`cover`]).
//!
//! # Right to left
//! A right-to-left run is shaped here (rustybuzz) and its glyphs drawn in visual order; each glyph's text is
//! written to the text layer in visual order too (see [`Fonts::draw_run`]), so `pdftotext` reads it back
//! exactly.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::Arc;

use krilla::geom::Point;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph, TextDirection};

use super::{ExportError, Undrawable};

static DEJAVU: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
static DEJAVU_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");
static ARABIC: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansArabic-Regular.ttf");
static ARABIC_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansArabic-Bold.ttf");
static ETHIOPIC: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansEthiopic-Regular.ttf");
static ETHIOPIC_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansEthiopic-Bold.ttf");

/// A font family embedded in the PDFs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Latin,
    Arabic,
    Ethiopic,
}

/// One font: for krilla to embed, and for rustybuzz to shape and measure with.
struct Face {
    font: Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Option<Face> {
        let data = krilla::Data::from(Arc::new(bytes) as Arc<dyn AsRef<[u8]> + Send + Sync>);
        Some(Face {
            font: Font::new(data, 0)?,
            shaper: rustybuzz::Face::from_slice(bytes, 0)?,
        })
    }

    fn has(&self, c: char) -> bool {
        self.shaper.glyph_index(c).is_some()
    }

    fn shape(&self, text: &str, rtl: bool) -> rustybuzz::GlyphBuffer {
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        if rtl {
            buffer.set_direction(rustybuzz::Direction::RightToLeft);
        }
        rustybuzz::shape(&self.shaper, &[], buffer)
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        let out = self.shape(text, false);
        let units: i64 = out.glyph_positions().iter().map(|p| i64::from(p.x_advance)).sum();
        units as f32 / self.shaper.units_per_em() as f32 * size
    }

    /// A right-to-left piece shaped for drawing, with the text each glyph stands for in the text layer.
    ///
    /// Glyphs come out of shaping in visual order (right to left read from the left), and text extractors
    /// (poppler's `pdftotext`, PDF.js, most others) put an Arabic line back in reading order by reversing its
    /// characters. A glyph that stands for several characters (the lam-alef ligature `لا`) would be reversed
    /// with them and come out as `ال`: `ملاحظة` read back as `مالحظة`. So each glyph's text is written in
    /// visual order too (its characters reversed), and the reversal puts it right.
    ///
    /// A vowel mark (harakat: fatha, damma, kasra, shadda, sukun, tanwin) is a glyph of its own with no
    /// advance that Noto Sans Arabic positions over or under its letter (`x_offset`). `pdftotext` read a
    /// letter with its marks as a word of its own, a space after it (`موقَّ ع`, `مُ حَمَّد`), whether the marks
    /// shared the letter's text or carried their own. So a word that has marks is written as one span of text
    /// (PDF `/ActualText`) over all its glyphs, in visual order like the rest; within a cluster the marks are
    /// drawn before their letter (offsets adjusted to land in the same place), so that the span ends at the
    /// word's edge. `مُحَمَّد` reads back whole; words without marks keep their per-glyph text.
    fn shape_rtl(&self, piece: &str) -> (Vec<KrillaGlyph>, String) {
        let out = self.shape(piece, true);
        let units = self.shaper.units_per_em() as f32;
        let (infos, positions) = marks_first(out.glyph_infos(), out.glyph_positions());
        // Cluster starts in text order, to find where each cluster ends.
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |start: usize| {
            starts
                .iter()
                .find(|&&s| s > start)
                .copied()
                .unwrap_or(piece.len())
        };
        let mut text = String::new();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut start = 0;
        while start < infos.len() {
            let cluster = infos[start].cluster as usize;
            let end = infos[start..]
                .iter()
                .position(|i| i.cluster as usize != cluster)
                .map_or(infos.len(), |n| start + n);
            let chars: Vec<char> = piece
                .get(cluster..end_of(cluster))
                .unwrap_or("")
                .chars()
                .rev()
                .collect();
            let from = text.len();
            text.extend(&chars);
            let whole = from..text.len();
            // One glyph per character (a letter and its marks): each glyph carries its own character, so an
            // extractor sees a mark over its letter and joins them. Otherwise (a ligature) the cluster's glyphs
            // share its text.
            let own = end - start == chars.len();
            let mut at = from;
            for k in start..end {
                let range = if own {
                    let len = chars[k - start].len_utf8();
                    at += len;
                    at - len..at
                } else {
                    whole.clone()
                };
                let pos = &positions[k];
                glyphs.push(KrillaGlyph::new(
                    GlyphId::new(infos[k].glyph_id),
                    pos.x_advance as f32 / units,
                    pos.x_offset as f32 / units,
                    pos.y_offset as f32 / units,
                    pos.y_advance as f32 / units,
                    range,
                    None,
                ));
            }
            start = end;
        }
        // A word with vowel marks is one span of text: see above.
        let mut word_start = 0;
        for word in text.split(' ') {
            let range = word_start..word_start + word.len();
            word_start = range.end + 1;
            if word.chars().any(is_arabic_mark) {
                for g in glyphs.iter_mut().filter(|g| range.contains(&g.text_range.start)) {
                    g.text_range = range.clone();
                }
            }
        }
        (glyphs, text)
    }
}

/// The glyphs of each cluster reordered so that those with no advance (marks) come before the others, each
/// offset changed so that it is drawn where shaping put it.
fn marks_first(
    infos: &[rustybuzz::GlyphInfo],
    positions: &[rustybuzz::GlyphPosition],
) -> (Vec<rustybuzz::GlyphInfo>, Vec<rustybuzz::GlyphPosition>) {
    let mut out_infos = Vec::with_capacity(infos.len());
    let mut out_positions = Vec::with_capacity(positions.len());
    let mut start = 0;
    while start < infos.len() {
        let cluster = infos[start].cluster;
        let end = infos[start..]
            .iter()
            .position(|i| i.cluster != cluster)
            .map_or(infos.len(), |n| start + n);
        // Where each glyph is drawn, from the cluster's start, as shaped.
        let mut pen = 0;
        let mut placed: Vec<(usize, i32)> = Vec::with_capacity(end - start);
        for (k, p) in positions[start..end].iter().enumerate() {
            placed.push((start + k, pen + p.x_offset));
            pen += p.x_advance;
        }
        placed.sort_by_key(|&(k, _)| positions[k].x_advance != 0);
        let mut pen = 0;
        for (k, x) in placed {
            let mut p = positions[k];
            p.x_offset = x - pen;
            pen += p.x_advance;
            out_infos.push(infos[k]);
            out_positions.push(p);
        }
        start = end;
    }
    (out_infos, out_positions)
}

/// The embedded fonts, regular and bold of each family.
pub(crate) struct Fonts {
    latin: [Face; 2],
    arabic: [Face; 2],
    ethiopic: [Face; 2],
}

impl Fonts {
    /// The embedded fonts, parsed once per process.
    pub(crate) fn load() -> Result<&'static Fonts, ExportError> {
        static FONTS: std::sync::OnceLock<Option<Fonts>> = std::sync::OnceLock::new();
        FONTS
            .get_or_init(|| {
                Some(Fonts {
                    latin: [Face::load(DEJAVU)?, Face::load(DEJAVU_BOLD)?],
                    arabic: [Face::load(ARABIC)?, Face::load(ARABIC_BOLD)?],
                    ethiopic: [Face::load(ETHIOPIC)?, Face::load(ETHIOPIC_BOLD)?],
                })
            })
            .as_ref()
            .ok_or_else(|| {
                ExportError::Pdf("an embedded font (DejaVu Sans or Noto Sans) does not load".into())
            })
    }

    fn face(&self, family: Family, bold: bool) -> &Face {
        let faces = match family {
            Family::Latin => &self.latin,
            Family::Arabic => &self.arabic,
            Family::Ethiopic => &self.ethiopic,
        };
        &faces[usize::from(bold)]
    }

    /// The family that draws `c`, given the family of the character before it (regular and bold of a family
    /// cover the same characters).
    fn family_for(&self, c: char, previous: Option<Family>) -> Option<Family> {
        if let Some(p) = previous
            && !c.is_alphabetic()
            && self.face(p, false).has(c)
        {
            return Some(p);
        }
        let order: &[Family] = if is_rtl(c) {
            &[Family::Arabic, Family::Latin]
        } else {
            &[Family::Latin, Family::Ethiopic, Family::Arabic]
        };
        order.iter().copied().find(|&f| self.face(f, false).has(c))
    }

    /// Whether an embedded font draws `c`.
    pub(crate) fn covers(&self, c: char) -> bool {
        self.family_for(c, None).is_some()
    }

    /// `text` split into pieces of one family each, in logical order.
    fn pieces<'t>(&self, text: &'t str) -> Vec<(&'t str, Family)> {
        let mut out: Vec<(&'t str, Family)> = Vec::new();
        let mut start = 0;
        let mut current: Option<Family> = None;
        for (i, c) in text.char_indices() {
            // What no font draws was replaced by `cover` already; were it not, DejaVu shows its empty box.
            let family = self.family_for(c, current).unwrap_or(Family::Latin);
            if let Some(f) = current
                && f != family
            {
                out.push((&text[start..i], f));
                start = i;
            }
            current = Some(family);
        }
        if let Some(f) = current {
            out.push((&text[start..], f));
        }
        out
    }

    /// Width of a run in points, shaped as it will be drawn.
    pub(crate) fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        self.pieces(text)
            .iter()
            .map(|&(piece, family)| self.face(family, bold).width(piece, size))
            .sum()
    }

    /// Draw a run of one direction with its left edge at `x`, and return its width. A right-to-left run's
    /// pieces are placed from the right (the first in reading order rightmost) and shaped here; a
    /// left-to-right piece is shaped by krilla.
    pub(crate) fn draw_run(
        &self,
        surface: &mut Surface<'_>,
        at: (f32, f32),
        run: &str,
        rtl: bool,
        size: f32,
        bold: bool,
    ) -> f32 {
        let (start, y) = at;
        let mut pieces = self.pieces(run);
        if rtl {
            pieces.reverse();
        }
        let mut x = start;
        for (piece, family) in pieces {
            let face = self.face(family, bold);
            if rtl {
                let (glyphs, layer) = face.shape_rtl(piece);
                surface.draw_glyphs(
                    Point::from_xy(x, y),
                    &glyphs,
                    face.font.clone(),
                    &layer,
                    size,
                    false,
                );
            } else {
                surface.draw_text(
                    Point::from_xy(x, y),
                    face.font.clone(),
                    size,
                    piece,
                    false,
                    TextDirection::LeftToRight,
                );
            }
            x += face.width(piece, size);
        }
        x - start
    }
}

/// Arabic vowel and Quranic marks (harakat, tanwin, shadda, sukun, superscript alef…).
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Characters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana and their presentation forms).
pub(crate) fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Which way a character reads: `Some(true)` right to left, `Some(false)` left to right (letters and digits),
/// `None` for neutrals (spaces, punctuation, symbols).
fn strong(c: char) -> Option<bool> {
    if is_rtl(c) && !('\u{0660}'..='\u{0669}').contains(&c) && c.is_alphabetic() {
        Some(true)
    } else if c.is_alphanumeric() {
        Some(false)
    } else {
        None
    }
}

/// Split a line into runs of one direction each, in logical order. Neutrals take the direction of the strong
/// characters on both sides when they agree, the paragraph's otherwise.
pub(crate) fn bidi_runs(text: &str, paragraph_rtl: bool) -> Vec<(String, bool)> {
    let chars: Vec<char> = text.chars().collect();
    let strengths: Vec<Option<bool>> = chars.iter().map(|&c| strong(c)).collect();
    let mut dirs = Vec::with_capacity(chars.len());
    for i in 0..chars.len() {
        let d = match strengths[i] {
            Some(d) => d,
            None => {
                let before = strengths[..i].iter().rev().find_map(|s| *s);
                let after = strengths[i + 1..].iter().find_map(|s| *s);
                match (before, after) {
                    (Some(a), Some(b)) if a == b => a,
                    _ => paragraph_rtl,
                }
            }
        };
        dirs.push(d);
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, d) in chars.into_iter().zip(dirs) {
        match runs.last_mut() {
            Some((run, last)) if *last == d => run.push(c),
            _ => runs.push((c.to_string(), d)),
        }
    }
    runs
}

/// Invisible format characters (zero-width spaces and joiners, variation selectors): no font draws them and
/// nothing is lost without them, so they are left out rather than replaced.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FE00}'..='\u{FE0F}')
}

/// `text` with every character the embedded fonts cannot draw (an emoji, a script they do not cover) replaced
/// by a visible `[U+XXXX]`, so that the page and its text layer show that something was there and what; each
/// replaced character is added to `missing`.
pub(crate) fn cover(fonts: &Fonts, text: &str, missing: &mut BTreeSet<char>) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if fonts.covers(c) || c.is_whitespace() || c.is_control() {
            out.push(c);
        } else if !is_invisible_format(c) {
            missing.insert(c);
            let _ = write!(out, "[U+{:04X}]", u32::from(c));
        }
    }
    out
}

/// The characters one document replaced with `[U+XXXX]`, each with the places (headings) it was in.
#[derive(Default)]
pub(crate) struct Missing(BTreeMap<char, Vec<String>>);

impl Missing {
    /// [`cover`] `text`, noting `place` (a heading of the document; empty for none) for what it replaces.
    pub(crate) fn cover(&mut self, fonts: &Fonts, text: &str, place: &str) -> String {
        let mut found = BTreeSet::new();
        let out = cover(fonts, text, &mut found);
        for c in found {
            let places = self.0.entry(c).or_default();
            if !place.is_empty() && !places.iter().any(|p| p == place) {
                places.push(place.to_owned());
            }
        }
        out
    }

    pub(crate) fn into_list(self) -> Vec<Undrawable> {
        self.0
            .into_iter()
            .map(|(c, places)| Undrawable {
                code: Undrawable::code_of(c),
                places,
            })
            .collect()
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)] // fonts compiled into the binary that do not load leave a test nothing to say
mod tests {
    use super::{Family, Fonts, bidi_runs};

    fn families(text: &str) -> Vec<(String, Family)> {
        let fonts = Fonts::load().expect("the embedded fonts load");
        fonts
            .pieces(text)
            .into_iter()
            .map(|(p, f)| (p.to_owned(), f))
            .collect()
    }

    #[test]
    fn an_arabic_name_with_its_space_is_one_arabic_piece() {
        assert_eq!(
            families("آمنة يوسف"),
            vec![("آمنة يوسف".to_owned(), Family::Arabic)],
            "the space between two Arabic words stays with them, so the name is shaped as a whole"
        );
    }

    #[test]
    fn a_tigrinya_name_goes_to_the_ethiopic_font_and_the_comma_after_it_to_dejavu() {
        assert_eq!(
            families("call ዮናስ, her"),
            vec![
                ("call ".to_owned(), Family::Latin),
                ("ዮናስ".to_owned(), Family::Ethiopic),
                (", her".to_owned(), Family::Latin)
            ],
            "Noto Sans Ethiopic has no comma, DejaVu has"
        );
    }

    #[test]
    fn a_case_number_in_an_arabic_line_stays_whole_and_the_colon_stays_with_the_arabic() {
        let runs = bidi_runs("رقم الملف: AVR-2026-0007", true);
        assert_eq!(
            runs,
            vec![
                ("رقم الملف: ".to_owned(), true),
                ("AVR-2026-0007".to_owned(), false)
            ],
            "the neutral colon and space sit between Arabic and Latin, so they take the paragraph's direction"
        );
    }

    #[test]
    fn an_arabic_name_inside_a_french_line_is_one_right_to_left_run() {
        let runs = bidi_runs("Pour : Amina Yusuf / آمنة يوسف", false);
        assert_eq!(
            runs.last(),
            Some(&("آمنة يوسف".to_owned(), true)),
            "the space between two Arabic words stays in the Arabic run: {runs:?}"
        );
    }
}
