//! Small text helpers the handbook modules share: byte offsets to line and column, id shapes, citation keys in
//! footnotes, HTML escaping.

/// Maps byte offsets in a text to 1-based line and column (columns count characters, as editors do).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, col)
    }
}

/// Lowercase kebab-case: the only shape allowed for chapter and section ids.
pub(crate) fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Source keys cited in a footnote definition: `C1`…`C38`, optionally with a lowercase suffix (`C3b`).
pub(crate) fn citation_keys(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut keys = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let boundary_before = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if bytes[i] == b'C' && boundary_before {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            if j > i + 1 {
                while j < bytes.len() && bytes[j].is_ascii_lowercase() {
                    j += 1;
                }
                if j == bytes.len() || !bytes[j].is_ascii_alphanumeric() {
                    keys.push(&text[i..j]);
                    i = j;
                    continue;
                }
            }
        }
        i += 1;
    }
    keys
}

pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let text = "ab\nçé x\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        let x = text.find('x').unwrap_or_default();
        assert_eq!(idx.line_col(text, x), (2, 4), "é and ç are one column each");
    }

    #[test]
    fn citation_keys_are_found_but_not_inside_other_words() {
        assert_eq!(
            citation_keys("C2 §98(1); see also C3b and MSC.167(78), CAT, ICS"),
            vec!["C2", "C3b"]
        );
        assert_eq!(citation_keys("C10"), vec!["C10"]);
        assert!(citation_keys("UNCLOS").is_empty());
    }

    #[test]
    fn kebab_ids_reject_spaces_capitals_and_edge_dashes() {
        assert!(is_kebab_id("place-of-safety"));
        assert!(is_kebab_id("a-c"));
        for bad in ["", "Place", "a b", "-a", "a-", "a--b", "é"] {
            assert!(!is_kebab_id(bad), "{bad:?} must be rejected");
        }
    }
}
