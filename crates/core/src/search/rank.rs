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
        }
    }

    /// The multiplier for a section of `role` under this intent.
    pub(super) fn prior(self, role: Role) -> f32 {
        match role {
            Role::Guidance => 1.0,
            Role::WhoToCall if self.who => 1.0,
            Role::TimeTriggers if self.when => 1.0,
            Role::Forms if self.form => 1.0,
            Role::KeyPoints | Role::WhoToCall | Role::TimeTriggers | Role::Forms => FIELD_LAYER,
            Role::Annex => ANNEX,
        }
    }
}

/// Field-layer sections against a full section on the same words.
const FIELD_LAYER: f32 = 0.75;
/// History and treaty dates against today's guidance.
const ANNEX: f32 = 0.8;

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
        assert_eq!(Role::of("", ""), Role::Guidance, "a chapter overview is guidance");
    }

    #[test]
    fn a_question_word_lifts_only_the_list_it_asks_for() {
        let who = Intent::of("en", &words("who do i call for a child alone"));
        assert_eq!(who.prior(Role::WhoToCall), 1.0);
        assert!(who.prior(Role::TimeTriggers) < 1.0);
        let when = Intent::of("en", &words("how long before a consular request"));
        assert_eq!(when.prior(Role::TimeTriggers), 1.0);
        assert!(when.prior(Role::WhoToCall) < 1.0);
        let keyword = Intent::of("en", &words("consular request"));
        assert!(keyword.prior(Role::KeyPoints) < keyword.prior(Role::Guidance));
        assert!(keyword.prior(Role::Annex) < keyword.prior(Role::Guidance));
    }
}
