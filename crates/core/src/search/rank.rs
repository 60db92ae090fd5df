//! What BM25 alone gets wrong on this handbook, corrected after the postings are scored.
//!
//! Every chapter ends in a field layer (key points, who to call, time triggers, forms) and some carry a background
//! annex. Those sections are short and name many topics in passing, so BM25 lifts them above the full section on the
//! topic. They keep a lower prior, except when the query asks for exactly what they hold: "who" for who to call,
//! "how long", "when" or "within" for time triggers, "form" for forms.

/// What a section is for, as far as ranking cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Guidance,
    /// The chapter's opening text, before its first heading: it shares the chapter title with every section.
    Overview,
    KeyPoints,
    WhoToCall,
    TimeTriggers,
    Forms,
    /// A background annex (history, treaty dates) or a section inside one.
    Annex,
}

impl Role {
    /// By the section's stable id (and its parent's): ids never change once published, titles may.
    pub(super) fn of(section_id: &str, parent_id: &str) -> Role {
        match section_id {
            "key-points" => Role::KeyPoints,
            "who-to-call" => Role::WhoToCall,
            "time-triggers" => Role::TimeTriggers,
            "forms" => Role::Forms,
            "" => Role::Overview,
            "background" => Role::Annex,
            _ if parent_id == "background" => Role::Annex,
            _ => Role::Guidance,
        }
    }
}

/// What a question asks for besides its topic, read from its words (stop words included).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Intent {
    /// "who do I call", "who decides".
    pub who: bool,
    /// "how long", "when", "within", "deadline".
    pub when: bool,
    /// "form", "template", "sheet".
    pub form: bool,
    /// Question words asked ([`QUESTION_WORDS`] bits): a section whose title holds one answers that kind of question.
    pub asks: u8,
}

/// Question words a title can answer: "Who does what", "When return is suspended", "How interception works".
/// "if" ("what if…") asks for what "when" titles answer ("What to do when…", "When arrival does not go to plan").
const QUESTION_WORDS: [(&str, u8); 5] = [("who", 1), ("when", 2), ("if", 2), ("how", 4), ("why", 8)];

/// The [`QUESTION_WORDS`] bits of `tokens` (exact tokens).
pub(super) fn question_bits(tokens: &[String]) -> u8 {
    tokens
        .iter()
        .filter_map(|t| QUESTION_WORDS.iter().find(|(w, _)| w == t))
        .fold(0, |bits, (_, b)| bits | b)
}

impl Intent {
    /// `tokens`: the query's exact tokens in order.
    pub(super) fn of(lang: &str, tokens: &[String]) -> Intent {
        if lang != "en" {
            return Intent::default();
        }
        let has = |w: &str| tokens.iter().any(|t| t == w);
        let pair = |a: &str, b: &str| tokens.windows(2).any(|p| p[0] == a && p[1] == b);
        Intent {
            who: has("who") || has("whom"),
            when: pair("how", "long")
                || pair("how", "soon")
                || has("when")
                || has("within")
                || has("deadline")
                || has("deadlines"),
            form: ["form", "forms", "template", "templates", "sheet", "paperwork"]
                .iter()
                .any(|w| has(w)),
            asks: question_bits(tokens),
        }
    }

    /// The multiplier for a section of `role` under this intent, whose title holds the question words `title_bits`.
    pub(super) fn prior(self, role: Role, title_bits: u8) -> f32 {
        let answers = if self.asks & title_bits != 0 {
            QUESTION_TITLE
        } else {
            1.0
        };
        answers * self.role_prior(role)
    }

    fn role_prior(self, role: Role) -> f32 {
        match role {
            Role::Guidance => 1.0,
            Role::Overview => OVERVIEW,
            Role::WhoToCall if self.who => 1.0,
            Role::TimeTriggers if self.when => 1.0,
            Role::Forms if self.form => 1.0,
            Role::KeyPoints | Role::WhoToCall | Role::TimeTriggers | Role::Forms => FIELD_LAYER,
            Role::Annex => ANNEX,
        }
    }
}

/// A section titled with the question's own question word ("Who does what" for "who decides…").
const QUESTION_TITLE: f32 = 1.3;
/// A chapter's opening text against its sections: the chapter title matches the topic word of any query on it.
const OVERVIEW: f32 = 0.7;
/// Field-layer sections against a full section on the same words.
const FIELD_LAYER: f32 = 0.75;
/// History and treaty dates against today's guidance.
const ANNEX: f32 = 0.8;

/// Words further apart than this are not "near".
const WINDOW: usize = 8;

/// A section's words as (stem hash, position) pairs, sorted: where each stem occurs, found by binary search. Stop
/// words (hash 0) count for positions but are not stored.
pub(super) type Positions = Box<[(u32, u32)]>;

pub(super) fn positions(stems: impl IntoIterator<Item = u32>) -> Positions {
    let mut out: Vec<(u32, u32)> = stems
        .into_iter()
        .enumerate()
        .filter(|&(_, h)| h != 0)
        .map(|(pos, h)| (h, pos as u32))
        .collect();
    out.sort_unstable();
    out.into_boxed_slice()
}

/// How close the query's consecutive content words come in a section (its [`positions`]): for each pair of words
/// next to each other in the query, 1 ÷ the smallest distance between them in the text (1 when adjacent), 0 when
/// they never come within [`WINDOW`] words; averaged over the pairs. `words`: the stem hashes of each content word,
/// in query order.
pub(super) fn proximity(text: &[(u32, u32)], words: &[Vec<u32>]) -> f32 {
    let n = words.len();
    if n < 2 {
        return 0.0;
    }
    let at = |stems: &[u32]| -> Vec<u32> {
        let mut found: Vec<u32> = Vec::new();
        for &h in stems {
            let start = text.partition_point(|&(k, _)| k < h);
            found.extend(
                text[start..]
                    .iter()
                    .take_while(|&&(k, _)| k == h)
                    .map(|&(_, p)| p),
            );
        }
        if stems.len() > 1 {
            found.sort_unstable();
        }
        found
    };
    let places: Vec<Vec<u32>> = words.iter().map(|w| at(w)).collect();
    let mut sum = 0.0;
    for pair in places.windows(2) {
        let d = nearest_apart(&pair[0], &pair[1]);
        if d <= WINDOW as u32 {
            sum += 1.0 / d as f32;
        }
    }
    sum / (n - 1) as f32
}

/// The smallest distance between a position in `a` and a different position in `b` (both sorted); `u32::MAX` if none.
fn nearest_apart(a: &[u32], b: &[u32]) -> u32 {
    let (mut i, mut j, mut best) = (0, 0, u32::MAX);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x != y {
            best = best.min(x.abs_diff(y));
        }
        if x < y {
            i += 1;
        } else {
            j += 1;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(q: &str) -> Vec<String> {
        q.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn field_layer_and_annex_sections_are_known_by_their_ids() {
        assert_eq!(Role::of("who-to-call", ""), Role::WhoToCall);
        assert_eq!(Role::of("focal-point-history", "background"), Role::Annex);
        assert_eq!(Role::of("monitoring-schedule", "monitoring"), Role::Guidance);
        assert_eq!(Role::of("", ""), Role::Overview);
    }

    #[test]
    fn a_question_word_lifts_only_the_list_it_asks_for() {
        let who = Intent::of("en", &words("who do i call for a child alone"));
        assert_eq!(who.prior(Role::WhoToCall, 0), 1.0);
        assert!(who.prior(Role::TimeTriggers, 0) < 1.0);
        let when = Intent::of("en", &words("how long before a consular request"));
        assert_eq!(when.prior(Role::TimeTriggers, 0), 1.0);
        assert!(when.prior(Role::WhoToCall, 0) < 1.0);
        let keyword = Intent::of("en", &words("consular request"));
        assert!(keyword.prior(Role::KeyPoints, 0) < keyword.prior(Role::Guidance, 0));
        assert!(keyword.prior(Role::Annex, 0) < keyword.prior(Role::Guidance, 0));
    }

    #[test]
    fn words_next_to_each_other_are_nearer_than_words_far_apart() {
        let (a, b) = (vec![1], vec![2]);
        let words = [a, b];
        assert_eq!(proximity(&positions([1, 2, 7]), &words), 1.0);
        assert_eq!(
            proximity(&positions([2, 0, 1]), &words),
            0.5,
            "either order, stop words count as distance"
        );
        let far = positions([1].into_iter().chain([9; 20]).chain([2]));
        assert_eq!(proximity(&far, &words), 0.0);
        assert_eq!(
            proximity(&positions([1, 2]), &words[..1]),
            0.0,
            "one word has no pair"
        );
        let both = [vec![1, 3], vec![2]];
        assert_eq!(
            proximity(&positions([9, 3, 2]), &both),
            1.0,
            "any stem of a word counts"
        );
    }

    #[test]
    fn a_title_with_the_question_word_answers_that_question() {
        let who = Intent::of("en", &words("who decides where the ship lands"));
        let bits = question_bits(&words("who must do what"));
        assert!(who.prior(Role::Guidance, bits) > who.prior(Role::Guidance, 0));
        let what_if = Intent::of("en", &words("what if nobody meets the returnee"));
        let when = question_bits(&words("when arrival does not go to plan"));
        assert!(
            what_if.prior(Role::Guidance, when) > 1.0,
            "'what if' asks what a 'when' title answers"
        );
    }
}
