//! Cases read in the officer's language, whatever workflow version they follow: the real shipped workflows, the
//! real catalogs, the engine's own evaluation.

use avr_core::casework;
use avr_core::i18n::{self, Lang};
use avr_core::workflow::{self, Workflow};

use crate::casework::today;
use crate::handbook_root;

fn version(v: u32) -> Workflow {
    let all = workflow::load_dir(&handbook_root().join("workflows")).expect("the shipped workflows load");
    workflow::find(&all, "avr-case", v)
        .unwrap_or_else(|e| panic!("avr-case v{v} still ships for the cases that follow it: {e}"))
        .clone()
}

#[test]
fn a_case_still_on_v1_reads_in_french_from_its_steps_to_its_stops() {
    let v1 = version(1);
    let mut fr = casework::evaluate_case(&v1, &[], &[], today());
    let en = fr.clone();
    i18n::workflow::localize_evaluation(&mut fr, &v1, Lang::Fr);

    // Every text of the view, side by side with its English.
    let mut pairs: Vec<(&str, &str, &str)> = vec![];
    for (e, f) in en.stages.iter().zip(&fr.stages) {
        pairs.push(("stage", &e.title, &f.title));
    }
    for (e, f) in en.steps.iter().zip(&fr.steps) {
        pairs.push(("step", &e.title, &f.title));
        pairs.push(("guidance", &e.guidance, &f.guidance));
        for (a, b) in e.fields.iter().zip(&f.fields) {
            pairs.push(("field", &a.label, &b.label));
        }
    }
    for (e, f) in en.safeguards.iter().zip(&fr.safeguards) {
        pairs.push(("safeguard title", &e.title, &f.title));
        pairs.push(("safeguard rule", &e.rule, &f.rule));
        pairs.push(("safeguard message", &e.message, &f.message));
        pairs.push(("safeguard lift", &e.lift, &f.lift));
    }
    for (e, f) in en.checklist.iter().zip(&fr.checklist) {
        pairs.push(("checklist item", &e.text, &f.text));
    }
    assert!(
        !en.safeguards.is_empty(),
        "a new v1 case has stops holding (nothing screened yet), so their texts are checked too"
    );
    assert!(
        pairs.len() > 100,
        "the whole view was compared ({} texts)",
        pairs.len()
    );
    let english: Vec<_> = pairs
        .iter()
        .filter(|(_, e, f)| !e.is_empty() && e == f)
        .map(|(what, e, _)| format!("{what}: {e}"))
        .collect();
    assert!(
        english.is_empty(),
        "every text of a v1 case shows in French, none stays English: {english:#?}"
    );
    // The v1 rule texts differ from v3's: v1 has its own translation, not v3's shorter titles.
    let asylum = fr
        .safeguards
        .iter()
        .find(|g| g.id == "asylum-claim-open")
        .expect("an unasked fear of return holds the asylum stop on a new case");
    assert!(
        asylum.title.starts_with("Aucune étape du retour"),
        "v1's asylum stop is titled by its rule, in French: {}",
        asylum.title
    );
}

#[test]
fn every_chapter_tag_reads_as_a_word_of_the_edition_never_as_its_id() {
    let mut tags = std::collections::BTreeSet::new();
    for lang in avr_core::handbook::Handbook::languages(&handbook_root()) {
        let hb = avr_core::handbook::Handbook::load(&handbook_root().join(&lang))
            .unwrap_or_else(|e| panic!("the {lang} edition loads: {e}"));
        tags.extend(hb.chapters.iter().flat_map(|c| c.meta.tags.clone()));
    }
    assert!(
        tags.len() > 50,
        "the editions' tags were gathered ({})",
        tags.len()
    );
    for lang in ["en", "fr", "es", "ar"] {
        for tag in &tags {
            let label = avr_core::handbook::tag_label(lang, tag);
            assert!(
                !label.is_empty() && label != *tag,
                "the tag `{tag}` has its own label in {lang} (i18n/{lang}/handbook.ftl, `tag-{tag}`)"
            );
        }
    }
    assert_eq!(
        avr_core::handbook::tag_label("fr", "mandate"),
        "Mandat",
        "a French reader sees French labels"
    );
    assert_eq!(
        avr_core::handbook::tag_label("fr", "no-label-yet"),
        "no-label-yet",
        "a tag added before its label shows its id rather than a catalog key"
    );
}

#[test]
fn a_french_case_view_carries_no_english_from_the_engine() {
    let v1 = version(1);
    // Ready to travel, except that the fitness record expires before the planned departure.
    let (mut answers, today) = crate::workflow::ready_adult_answers();
    answers.set("fitness_valid_until", "2026-05-15");
    let en = workflow::evaluate(&v1, &answers, today);
    let mut fr = en.clone();
    i18n::workflow::localize_evaluation(&mut fr, &v1, Lang::Fr);

    assert!(
        en.readiness.checks.len() >= 5
            && en.readiness.checks.iter().any(|c| c.ok)
            && en.readiness.checks.iter().any(|c| !c.ok),
        "records that cover the departure and one that does not, requirements and the safeguards are all checked"
    );
    let english_words = [
        "not recorded",
        "covers the departure",
        "planned departure",
        "blocked by",
        "answers are missing",
        "holds",
        "safeguard",
    ];
    for (e, f) in en.readiness.checks.iter().zip(&fr.readiness.checks) {
        assert_ne!(e.label, f.label, "the check `{}` has a French label", e.label);
        assert_ne!(
            e.detail, f.detail,
            "what `{}` found reads in French: {}",
            e.label, f.detail
        );
        for w in english_words {
            assert!(
                !f.detail.contains(w),
                "`{}` says `{}`, with the English `{w}`",
                f.label,
                f.detail
            );
        }
    }
    let fitness = fr
        .readiness
        .checks
        .iter()
        .find(|c| !c.ok && c.detail.contains("2026-05-15"))
        .expect("the fitness record that expires first is the check that fails");
    assert!(
        fitness.detail.contains("avant le départ prévu"),
        "the French detail says what is wrong and still names the dates it compares: {}",
        fitness.detail
    );

    // A new case on the same workflow: the missing answers' messages, in French.
    let new = workflow::evaluate(&v1, &workflow::Answers::new(), today);
    let mut new_fr = new.clone();
    i18n::workflow::localize_evaluation(&mut new_fr, &v1, Lang::Fr);
    assert!(!new.errors.is_empty(), "a new case has missing answers to show");
    for (e, f) in new.errors.iter().zip(&new_fr.errors) {
        assert_ne!(
            e.message, f.message,
            "the message on `{}` reads in French",
            e.field
        );
    }
    for (e, f) in new.steps.iter().zip(&new_fr.steps) {
        for (a, b) in e.fields.iter().zip(&f.fields) {
            for (x, y) in a.errors.iter().zip(&b.errors) {
                assert_ne!(x, y, "the message shown under `{}` reads in French", a.id);
            }
        }
    }
}
