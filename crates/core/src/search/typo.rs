//! Typo correction by deletion table (the "symmetric delete" method): every indexed word is filed under each
//! form left after deleting up to two of its letters. A typed word finds its candidates by looking up its own
//! deletion forms, and the candidates are checked with the real edit distance. No automaton per query.

use std::collections::HashSet;

use super::query;

/// Longest edit distance the table answers for.
const MAX_DISTANCE: usize = 2;

pub(super) struct TypoTable {
    /// Indexed words with their document frequency.
    words: Vec<(String, u32)>,
    /// Every word of the exact fields (title, headings and body), sorted, with its document frequency summed over
    /// them: what the last word of an as-you-type query completes to.
    all_words: Vec<(String, u32)>,
    /// (hash of a deletion form) << 32 | word index, sorted.
    entries: Vec<u64>,
}

fn hash_skipping(chars: &[char], skip_a: usize, skip_b: usize) -> u32 {
    // FNV-1a style, one step per character left; collisions only cost a verification.
    let mut h: u32 = 0x811c_9dc5;
    for (i, c) in chars.iter().enumerate() {
        if i == skip_a || i == skip_b {
            continue;
        }
        h ^= *c as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Hashes of the forms of `chars` with 0, 1 or 2 letters deleted.
fn deletion_hashes(chars: &[char], max: usize, out: &mut Vec<u32>) {
    let n = chars.len();
    let none = usize::MAX;
    out.push(hash_skipping(chars, none, none));
    if max >= 1 {
        for i in 0..n {
            out.push(hash_skipping(chars, i, none));
        }
    }
    if max >= 2 {
        for i in 0..n {
            for j in i + 1..n {
                out.push(hash_skipping(chars, i, j));
            }
        }
    }
}

impl TypoTable {
    /// `words` are the words corrections may suggest; `all_words` (sorted) those a prefix may complete to.
    pub(super) fn new(words: Vec<(String, u32)>, all_words: Vec<(String, u32)>) -> TypoTable {
        let mut entries = Vec::with_capacity(words.len() * 40);
        let mut hashes = Vec::new();
        let mut chars = Vec::new();
        for (i, (w, _)) in words.iter().enumerate() {
            chars.clear();
            chars.extend(w.chars());
            if chars.len() < 2 {
                continue;
            }
            hashes.clear();
            deletion_hashes(&chars, MAX_DISTANCE, &mut hashes);
            hashes.sort_unstable();
            hashes.dedup();
            entries.extend(hashes.iter().map(|&h| (u64::from(h) << 32) | i as u64));
        }
        entries.sort_unstable();
        TypoTable {
            words,
            all_words,
            entries,
        }
    }

    /// The most frequent words starting with `prefix` (other than `prefix` itself), at most `max`, ties in
    /// alphabetical order. A short prefix looks at its first thousand words only.
    /// Every word of the exact fields with its document frequency, sorted.
    pub(super) fn all_words(&self) -> &[(String, u32)] {
        &self.all_words
    }

    pub(super) fn completions(&self, prefix: &str, max: usize) -> Vec<String> {
        let start = self.all_words.partition_point(|(w, _)| w.as_str() < prefix);
        let mut found: Vec<(u32, &str)> = self.all_words[start..]
            .iter()
            .take(1000)
            .take_while(|(w, _)| w.starts_with(prefix))
            .filter(|(w, _)| w != prefix)
            .map(|(w, df)| (*df, w.as_str()))
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        found.into_iter().take(max).map(|(_, w)| w.to_owned()).collect()
    }

    /// Indexed words within `distance` edits of `token`, nearest first, then most frequent, then alphabetical;
    /// only those at the nearest distance found, at most three.
    pub(super) fn nearest(&self, token: &str, distance: u8) -> Vec<String> {
        let distance = usize::from(distance).min(MAX_DISTANCE);
        let chars: Vec<char> = token.chars().collect();
        let mut hashes = Vec::new();
        deletion_hashes(&chars, distance, &mut hashes);
        hashes.sort_unstable();
        hashes.dedup();
        let mut seen = HashSet::new();
        let mut ranked: Vec<(usize, u32, &str)> = Vec::new();
        for h in hashes {
            let key = u64::from(h) << 32;
            let start = self.entries.partition_point(|&e| e < key);
            for &e in self.entries[start..]
                .iter()
                .take_while(|&&e| e >> 32 == u64::from(h))
            {
                let idx = (e & 0xffff_ffff) as usize;
                if !seen.insert(idx) {
                    continue;
                }
                let Some((word, df)) = self.words.get(idx) else {
                    continue;
                };
                if word.chars().count().abs_diff(chars.len()) > distance {
                    continue;
                }
                let d = query::edit_distance(token, word);
                if d <= distance {
                    ranked.push((d, *df, word));
                }
            }
        }
        ranked.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
        let best = ranked.first().map_or(0, |r| r.0);
        ranked
            .into_iter()
            .take_while(|r| r.0 == best)
            .take(3)
            .map(|r| r.2.to_owned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> TypoTable {
        let words = [
            "stowaway",
            "stowaways",
            "guardian",
            "hypothermia",
            "refoulement",
            "child",
        ];
        let mut list: Vec<(String, u32)> = words.iter().map(|w| ((*w).to_owned(), 1)).collect();
        list.sort();
        TypoTable::new(list.clone(), list)
    }

    #[test]
    fn substitutions_insertions_deletions_and_swaps_are_corrected() {
        let t = table();
        assert_eq!(t.nearest("stowawy", 1), ["stowaway"]);
        assert_eq!(t.nearest("guardain", 2), ["guardian"]);
        assert_eq!(t.nearest("hypotermia", 2), ["hypothermia"]);
        assert_eq!(t.nearest("refoulemnet", 2), ["refoulement"]);
        assert_eq!(t.nearest("chilx", 1), ["child"]);
        assert!(t.nearest("zzzzzz", 2).is_empty());
    }

    #[test]
    fn a_prefix_completes_to_longer_words_only() {
        let t = table();
        assert_eq!(t.completions("stow", 5), ["stowaway", "stowaways"]);
        assert_eq!(t.completions("stowaway", 5), ["stowaways"]);
        assert!(t.completions("zz", 5).is_empty());
    }
}
