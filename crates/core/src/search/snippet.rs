//! Snippets from the section text already in memory: the query's stems are turned into the word forms the
//! index holds (a handful of look-ups), and the text is scanned once for those forms. Nothing is stemmed per
//! hit. Output is escaped HTML with the matches in `<b>`.

use std::collections::HashMap;

use crate::handbook::text::escape_html;

/// Word spans of `text`, as tantivy's simple tokenizer cuts them (runs of alphanumeric characters).
pub(super) fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = iter.next()?;
            if c.is_alphanumeric() {
                break i;
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = iter.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            iter.next();
        }
        Some((start, end))
    })
}

/// The best window of at most `max_chars` bytes (scored by the weights of the word forms it holds), as HTML;
/// the start of the text when no form occurs.
pub(super) fn snippet(
    text: &str,
    forms: &HashMap<String, f32>,
    fold: &mut dyn FnMut(&str) -> String,
    max_chars: usize,
) -> String {
    let mut matches: Vec<(usize, usize, f32)> = Vec::new();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut lower = String::new();
    for (s, e) in words(text) {
        spans.push((s, e));
        let word = &text[s..e];
        let weight = if word.is_ascii() {
            lower.clear();
            lower.extend(word.chars().map(|c| c.to_ascii_lowercase()));
            forms.get(lower.as_str())
        } else {
            forms.get(fold(word).as_str())
        };
        if let Some(&w) = weight {
            matches.push((s, e, w));
        }
    }
    if matches.is_empty() {
        let end = floor_boundary(text, max_chars);
        return escape_html(&text[..end]);
    }
    // The window starting at each match, scored by the matches that fit.
    let mut best = (0usize, f32::MIN);
    for i in 0..matches.len() {
        let start = matches[i].0;
        let score: f32 = matches[i..]
            .iter()
            .take_while(|m| m.1 - start <= max_chars)
            .map(|m| m.2)
            .sum();
        if score > best.1 {
            best = (i, score);
        }
    }
    let first = matches[best.0].0;
    let last_end = matches[best.0..]
        .iter()
        .take_while(|m| m.1 - first <= max_chars)
        .last()
        .map_or(first, |m| m.1);
    // Fill the window with the words around the matches: up to a third before, the rest after.
    let slack = max_chars.saturating_sub(last_end - first);
    let before = spans
        .iter()
        .filter(|&&(s, _)| s < first && first - s <= slack / 3)
        .map(|&(s, _)| s)
        .next()
        .unwrap_or(first);
    let limit = before + max_chars;
    let end = spans
        .iter()
        .filter(|&&(s, e)| s >= last_end && e <= limit)
        .map(|&(_, e)| e)
        .next_back()
        .unwrap_or(last_end)
        .max(last_end);
    let mut html = String::with_capacity(end - before + 64);
    let mut at = before;
    for &(s, e, _) in matches.iter().filter(|m| m.0 >= before && m.1 <= end) {
        html.push_str(&escape_html(&text[at..s]));
        html.push_str("<b>");
        html.push_str(&escape_html(&text[s..e]));
        html.push_str("</b>");
        at = e;
    }
    html.push_str(&escape_html(&text[at..end]));
    html
}

fn floor_boundary(text: &str, max: usize) -> usize {
    if max >= text.len() {
        return text.len();
    }
    let mut i = max;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(words: &[&str]) -> HashMap<String, f32> {
        words.iter().map(|w| ((*w).to_owned(), 1.0)).collect()
    }

    #[test]
    fn matches_are_marked_and_everything_else_is_escaped() {
        let text = "Before <script>. The Stowaway & the stowaways were found; nothing else.";
        let html = snippet(
            text,
            &forms(&["stowaway", "stowaways"]),
            &mut |w| w.to_lowercase(),
            60,
        );
        assert!(
            html.contains("<b>Stowaway</b> &amp; the <b>stowaways</b>"),
            "{html}"
        );
        assert!(!html.contains("<script>"), "{html}");
    }

    #[test]
    fn no_match_gives_the_start_of_the_text() {
        let html = snippet("Plain text here.", &forms(&["zzz"]), &mut |w| w.to_lowercase(), 5);
        assert_eq!(html, "Plain");
    }
}
