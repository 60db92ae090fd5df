//! What the engine and the case rules write themselves (an invalid answer, an override that is not applied, a
//! refused answer) reads in the case's language, with the workflow's own labels and titles in that language and
//! never an id. The real shipped workflow and catalogs; the language is passed in, never the process-wide one.

use avr_core::i18n::{self, Lang};
use avr_core::workflow::{self, AnswerProblem, Answers, FieldErrorKind, SafeguardOverride, Value, Workflow};

use crate::casework::today;
use crate::handbook_root;

fn v3() -> Workflow {
    let all = workflow::load_dir(&handbook_root().join("workflows")).expect("the shipped workflows load");
    workflow::find(&all, "avr-case", 3)
        .expect("avr-case v3 ships")
        .clone()
}

fn override_by(supervisor: &str) -> SafeguardOverride {
    SafeguardOverride {
        supervisor: supervisor.into(),
        reason: "Reviewed with the case officer on the quay".into(),
    }
}

#[test]
fn an_answer_that_is_not_one_of_the_options_is_reported_in_french_and_arabic() {
    let wf = v3();
    let mut answers = Answers::new();
    answers
        .values
        .insert("age_group".into(), Value::Text("toddler".into()));
    let en = workflow::evaluate(&wf, &answers, today());
    let error = en
        .errors
        .iter()
        .find(|e| e.field == "age_group")
        .expect("the stored answer is reported on its field");
    assert_eq!(error.kind, FieldErrorKind::Invalid, "it is invalid, not missing");
    assert_eq!(
        error.message, "“toddler” is not one of the options.",
        "the engine writes English first"
    );

    for (lang, words) in [
        (Lang::Fr, "« toddler » ne fait pas partie des choix proposés."),
        (Lang::Ar, "«toddler» ليس من الخيارات المتاحة."),
    ] {
        let mut view = en.clone();
        i18n::workflow::localize_evaluation(&mut view, &wf, lang);
        let error = view
            .errors
            .iter()
            .find(|e| e.field == "age_group")
            .expect("still reported");
        assert_eq!(error.message, words, "the list of errors reads in {lang}");
        let shown = view
            .steps
            .iter()
            .flat_map(|s| &s.fields)
            .find(|f| f.id == "age_group")
            .expect("the field is on its step");
        assert_eq!(
            shown.errors,
            vec![words.to_owned()],
            "the message under the field reads in {lang}"
        );
    }
}

#[test]
fn an_override_that_is_not_applied_says_why_in_french_with_the_french_lift_and_labels() {
    let wf = v3();
    let mut answers = Answers::new();
    // A stop that never allows an override, and one that does but is not decided yet (nothing answered).
    answers
        .overrides
        .insert("asylum-claim-open".into(), override_by("R. Okafor"));
    answers
        .overrides
        .insert("trafficking-referral-declined".into(), override_by("R. Okafor"));
    let mut fr = workflow::evaluate(&wf, &answers, today());
    i18n::workflow::localize_evaluation(&mut fr, &wf, Lang::Fr);
    let said = |id: &str| {
        fr.override_problems
            .iter()
            .find(|p| p.safeguard == id)
            .map(|p| p.message.clone())
            .unwrap_or_else(|| panic!("the override of `{id}` is reported: {:?}", fr.override_problems))
    };

    let never = said("asylum-claim-open");
    assert!(
        never.starts_with("Ce garde-fou n'admet jamais de dérogation. Pour le lever : La personne a décidé"),
        "why, and what lifts the stop, in French from the French workflow: {never}"
    );

    let early = said("trafficking-referral-declined");
    assert!(
        early.starts_with(
            "La dérogation n'est pas appliquée : elle ne peut porter que sur une situation connue"
        ),
        "an override before the facts is explained in French: {early}"
    );
    assert!(
        early.contains("Âge") && !early.contains("age_group"),
        "the missing answers are named by their French labels, never their ids: {early}"
    );
}

#[test]
fn every_problem_with_an_answer_reads_in_each_language_and_never_as_a_key() {
    let date = |s: &str| s.parse().expect("a valid date");
    let problems = [
        AnswerProblem::NotAnOption("x".into()),
        AnswerProblem::ChosenTwice,
        AnswerProblem::NotADate("x".into()),
        AnswerProblem::WrongKind(workflow::FieldKind::YesNo),
        AnswerProblem::WrongKind(workflow::FieldKind::Number),
        AnswerProblem::BelowMin { n: 1.0, min: 2.0 },
        AnswerProblem::AboveMax { n: 3.5, max: 2.0 },
        AnswerProblem::TooLong { len: 5000, max: 4000 },
        AnswerProblem::ControlChar(7),
        AnswerProblem::InFuture {
            date: date("2027-01-01"),
            today: date("2026-12-03"),
        },
        AnswerProblem::NotYesNo("x".into()),
        AnswerProblem::NotANumber("x".into()),
    ];
    for p in &problems {
        let en = p.message(Lang::En);
        assert!(
            !en.starts_with("answer-"),
            "English has the message of {p:?}: {en}"
        );
        for lang in [Lang::Fr, Lang::Es, Lang::Ar] {
            let text = p.message(lang);
            assert_ne!(text, en, "{p:?} has its own words in {lang}");
            assert!(
                !text.contains("answer-"),
                "{p:?} is not shown as a key in {lang}: {text}"
            );
        }
    }
    assert_eq!(
        AnswerProblem::AboveMax { n: 3.5, max: 2.0 }.for_field("Nombre d'enfants", Lang::Fr),
        "Nombre d'enfants : 3.5 dépasse la plus grande réponse admise, 2.",
        "the label comes first, with French punctuation, and numbers read as typed"
    );
}

#[test]
fn oui_si_and_naam_answer_a_yes_no_question_typed_at_the_command_line() {
    let wf = v3();
    let (_, field) = wf
        .field("fear_of_return")
        .expect("v3 asks about a fear of return");
    for (typed, yes) in [
        ("oui", true),
        ("Sí", true),
        ("نعم", true),
        ("non", false),
        ("لا", false),
    ] {
        assert_eq!(
            workflow::parse_typed(field, typed),
            Ok(Value::Bool(yes)),
            "`{typed}` is read in the officer's language"
        );
    }
    assert_eq!(
        workflow::parse_typed(field, "peut-être").map_err(|p| p.message(Lang::Fr)),
        Err("Répondez oui ou non (et non « peut-être »).".to_owned()),
        "anything else is refused, in French"
    );
}
