//! Snippets from the section text already in memory: the query's stems are turned into the word forms the
//! index holds (a handful of look-ups), and the text is scanned once for those forms. Nothing is stemmed per
//! hit. Output is escaped HTML with the matches in `<b>`.

use std::collections::HashMap;

use crate::handbook::text::escape_html;

/// Word spans of `text`, as tantivy's simple tokenizer cuts them (runs of alphanumeric characters), with whether
/// the word is plain ASCII. ASCII bytes are tested directly; other characters are decoded.
pub(super) fn words(text: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    // Length in bytes of the alphanumeric character at `at`, if it is one.
    let word_char = move |at: usize| -> Option<usize> {
        let c = *bytes.get(at)?;
        if c < 128 {
            return c.is_ascii_alphanumeric().then_some(1);
        }
        let ch = text.get(at..)?.chars().next()?;
        ch.is_alphanumeric().then_some(ch.len_utf8())
    };
    std::iter::from_fn(move || {
        while i < bytes.len() {
            if word_char(i).is_some() {
                break;
            }
            i += if bytes[i] < 128 {
                1
            } else {
                text.get(i..)
                    .and_then(|t| t.chars().next())
                    .map_or(1, char::len_utf8)
            };
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        let mut ascii = true;
        while let Some(n) = word_char(i) {
            ascii &= n == 1;
            i += n;
        }
        Some((start, i, ascii))
    })
}

/// The best window of at most `max_chars` bytes (scored by the weights of the word forms it holds), as HTML;
/// the start of the text when no form occurs. The window starts and ends on whole words, with "…" where it cuts
/// the text.
pub(super) fn snippet(
    text: &str,
    forms: &HashMap<String, f32>,
    fold: &mut dyn FnMut(&str) -> String,
    max_chars: usize,
) -> String {
    // Most words are rejected by their length and first letter before any comparison.
    let (mut lengths, mut firsts) = (0u64, 0u128);
    for f in forms.keys() {
        lengths |= 1u64.checked_shl(f.len() as u32).unwrap_or(0);
        firsts |= f
            .bytes()
            .next()
            .map_or(0, |b| 1u128.checked_shl(u32::from(b)).unwrap_or(0));
    }
    let mut matches: Vec<(usize, usize, f32)> = Vec::new();
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(text.len() / 5);
    for (s, e, ascii) in words(text) {
        spans.push((s, e));
        let word = &text[s..e];
        let weight = if ascii {
            let first = word.as_bytes()[0].to_ascii_lowercase();
            if (lengths >> word.len().min(63)) & 1 == 0 || (firsts >> first) & 1 == 0 {
                continue;
            }
            forms
                .iter()
                .find(|(f, _)| f.eq_ignore_ascii_case(word))
                .map(|(_, w)| w)
        } else {
            forms.get(fold(word).as_str())
        };
        if let Some(&w) = weight {
            matches.push((s, e, w));
        }
    }
    if matches.is_empty() {
        // Whole words only, unless the first word alone is too long.
        let end = spans
            .iter()
            .map(|&(_, e)| e)
            .take_while(|&e| e <= max_chars)
            .last()
            .unwrap_or_else(|| floor_boundary(text, max_chars));
        return with_ellipses(text, 0, end, escape_html(&text[..end]));
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
    with_ellipses(text, before, end, html)
}

/// `html` (the text from `start` to `end`) with the punctuation that closes its last word, and "…" on each
/// side where more text goes on.
fn with_ellipses(text: &str, start: usize, end: usize, mut html: String) -> String {
    let closing: String = text[end..]
        .chars()
        .take_while(|c| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '”' | '’' | '"' | '\''
            )
        })
        .collect();
    html.push_str(&escape_html(&closing));
    let end = end + closing.len();
    // From the cut outwards: the nearest letter or digit decides.
    let more_before = text[..start].chars().rev().any(char::is_alphanumeric);
    let more_after = text[end..].chars().any(char::is_alphanumeric);
    match (more_before, more_after) {
        (false, false) => html,
        (true, false) => format!("…{html}"),
        (false, true) => format!("{html}…"),
        (true, true) => format!("…{html}…"),
    }
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
    fn words_are_alphanumeric_runs_and_know_when_they_are_ascii() {
        let text = "Réfugié, non-refoulement (art. 33)";
        let found: Vec<(&str, bool)> = words(text).map(|(s, e, a)| (&text[s..e], a)).collect();
        assert_eq!(
            found,
            [
                ("Réfugié", false),
                ("non", true),
                ("refoulement", true),
                ("art", true),
                ("33", true)
            ]
        );
    }

    #[test]
    fn no_match_gives_the_start_of_the_text() {
        let html = snippet("Plain text here.", &forms(&["zzz"]), &mut |w| w.to_lowercase(), 5);
        assert_eq!(html, "Plain…");
    }

    #[test]
    fn a_snippet_never_ends_in_the_middle_of_a_word_and_shows_where_it_cuts() {
        let text = "Apply to the national asylum authorities at once.";
        let lower = &mut |w: &str| w.to_lowercase();
        assert_eq!(
            snippet(text, &forms(&["zzz"]), lower, 31),
            "Apply to the national asylum…"
        );
        assert_eq!(
            snippet(text, &forms(&["asylum"]), lower, 30),
            "…<b>asylum</b> authorities at once."
        );
        assert_eq!(
            snippet(text, &forms(&["national"]), lower, 20),
            "…the <b>national</b> asylum…"
        );
        assert_eq!(snippet("Short.", &forms(&["short"]), lower, 30), "<b>Short</b>.");
    }
}
