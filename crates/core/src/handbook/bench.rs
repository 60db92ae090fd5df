//! Parse-and-render timing for `avr bench handbook`: one chapter (front matter, outline, HTML, sanitizing)
//! and the whole edition (reading every file, hashing, outlining and rendering every chapter).

use crate::stats::percentile;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use super::{Handbook, Labels, front_matter, outline, render_chapter};

pub fn run(dir: &Path, iterations: usize) -> Result<String, super::Error> {
    let hb = Handbook::load(dir)?;
    let labels = Labels::for_lang(&hb.lang);
    let mut per_chapter = Vec::new();
    for _ in 0..iterations {
        for ch in &hb.chapters {
            let t = Instant::now();
            if let Ok((meta, body_start)) = front_matter::split(&ch.file, &ch.source) {
                let outline = outline::outline(&ch.source, body_start, &meta);
                std::hint::black_box(outline.sections.len());
                std::hint::black_box(render_chapter(ch, &labels).len());
            }
            per_chapter.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    let mut whole = Vec::new();
    for _ in 0..iterations.clamp(1, 50) {
        let t = Instant::now();
        let loaded = Handbook::load(dir)?;
        let html: usize = loaded
            .chapters
            .iter()
            .map(|c| render_chapter(c, &labels).len())
            .sum();
        std::hint::black_box(html);
        whole.push(t.elapsed().as_secs_f64() * 1e3);
    }
    per_chapter.sort_by(f64::total_cmp);
    whole.sort_by(f64::total_cmp);
    let words: usize = hb
        .chapters
        .iter()
        .map(|c| c.body().split_whitespace().count())
        .sum();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "handbook {}: {} chapters, {words} words",
        dir.display(),
        hb.chapters.len()
    );
    let _ = writeln!(
        out,
        "one chapter, parse + render + sanitize: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({} samples; target ≤ 5 ms)",
        percentile(&per_chapter, 50.0),
        percentile(&per_chapter, 99.0),
        per_chapter.last().copied().unwrap_or(f64::NAN),
        per_chapter.len()
    );
    let _ = writeln!(
        out,
        "whole handbook, read + hash + parse + render all: p50 {:.2} ms, p99 {:.2} ms ({} samples; target ≤ 50 ms)",
        percentile(&whole, 50.0),
        percentile(&whole, 99.0),
        whole.len()
    );
    Ok(out)
}
