//! A query as typed: quoted phrases and loose words, stop words per language, and how many typos a word may
//! carry (edit distance and its budget by length).

/// A user query split into quoted phrases and loose words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Parsed {
    pub phrases: Vec<String>,
    pub words: Vec<String>,
    /// The last word is still being typed: match it as a prefix.
    pub last_open: bool,
}

pub(super) fn parse(query: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut rest = query;
    while let Some(open) = rest.find('"') {
        out.words
            .extend(rest[..open].split_whitespace().map(str::to_owned));
        let after = &rest[open + 1..];
        match after.find('"') {
            Some(close) => {
                let phrase = after[..close].trim();
                if !phrase.is_empty() {
                    out.phrases.push(phrase.to_owned());
                }
                rest = &after[close + 1..];
            }
            None => {
                // An unclosed quote is still a phrase the user is typing.
                let phrase = after.trim();
                if !phrase.is_empty() {
                    out.phrases.push(phrase.to_owned());
                }
                rest = "";
            }
        }
    }
    let tail_words: Vec<String> = rest.split_whitespace().map(str::to_owned).collect();
    out.last_open = !tail_words.is_empty() && !rest.ends_with(char::is_whitespace);
    out.words.extend(tail_words);
    out
}

/// Function words dropped from loose-word queries ("what to do with a child" → "child"), unless nothing else is
/// left. Phrases keep them.
pub(super) fn is_stop_word(lang: &str, token: &str) -> bool {
    const EN: &[&str] = &[
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "has", "have",
        "how", "i", "if", "in", "is", "it", "its", "me", "my", "of", "on", "or", "should", "the", "their",
        "them", "they", "this", "to", "we", "what", "when", "where", "which", "who", "why", "will", "with",
        "you", "about", "there", "someone", "somebody", "person", "people", "happen", "happens", "know",
        "get", "gets", "need", "needs", "want", "wants",
    ];
    const FR: &[&str] = &[
        "le", "la", "les", "un", "une", "des", "de", "du", "et", "ou", "que", "qui", "quoi", "est", "en",
        "au", "aux", "pour", "par", "sur", "dans", "comment", "quand", "je", "il", "elle", "on", "nous",
        "vous",
    ];
    const ES: &[&str] = &[
        "el", "la", "los", "las", "un", "una", "de", "del", "y", "o", "que", "qué", "es", "en", "al", "para",
        "por", "con", "como", "cómo", "cuando", "se", "su", "sus",
    ];
    let list = match lang {
        "fr" => FR,
        "es" => ES,
        _ => EN,
    };
    list.contains(&token)
}

/// Optimal-string-alignment distance (a swap of two neighbours costs 1), used to rank typo corrections.
pub(super) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev2 = vec![0usize; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Typo budget by word length: none under 4 letters, 1 for 4–7, 2 for 8 or more.
pub(super) fn typo_budget(word: &str) -> u8 {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_text_is_a_phrase_and_the_rest_are_words() {
        let p = parse("asylum \"place of safety\" chil");
        assert_eq!(p.phrases, ["place of safety"]);
        assert_eq!(p.words, ["asylum", "chil"]);
        assert!(p.last_open);
        assert!(
            !parse("child ").last_open,
            "a trailing space closes the last word"
        );
        assert_eq!(parse("\"fear of ret").phrases, ["fear of ret"]);
    }

    #[test]
    fn transpositions_cost_one_edit() {
        assert_eq!(edit_distance("recieve", "receive"), 1);
        assert_eq!(edit_distance("refoulment", "refoulement"), 1);
        assert_eq!(edit_distance("trafficing", "trafficking"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn short_words_get_no_typo_budget() {
        assert_eq!(
            [typo_budget("sea"), typo_budget("child"), typo_budget("stowaway")],
            [0, 1, 2]
        );
    }
}
