//! The interface language is process-wide (`Api::set_lang`: one window, or one command-line run, speaks one
//! language), so a test that changes it runs in this binary of its own, never beside the scenario tests of
//! `tests/it/`, which read English and run in parallel threads of one process.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};

use avr_core::api::{Api, ApiConfig, NewCaseRequest};
use avr_core::cases::StaffProfile;
use avr_core::handbook::Handbook;
use avr_core::i18n::Lang;

fn handbook_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook")
}

#[test]
fn in_french_a_steps_handbook_links_read_as_the_french_editions_titles() {
    let tmp = tempfile::tempdir().expect("a temp folder");
    let api = Api::open(ApiConfig {
        handbook_dir: handbook_root(),
        data_dir: tmp.path().to_path_buf(),
    })
    .expect("the api opens on the shipped handbook");
    let staff = StaffProfile {
        name: "Amina Diallo".into(),
        office: "Pozzallo".into(),
    };
    api.vault_create("quay-side laptop 42", &staff)
        .expect("a new store");
    api.set_lang(Lang::Fr);
    let view = api
        .case_create(&NewCaseRequest {
            given_names: "Yonas".into(),
            family_name: "Tesfaye".into(),
            other_names: String::new(),
            disembarked_on: None,
        })
        .expect("a new case");
    assert_eq!(
        view.ref_titles.get("asylum#referral").map(String::as_str),
        Some("Asile et non-refoulement › Orientation"),
        "the fear-of-return step's link reads as the French edition's titles"
    );

    let fr = Handbook::load(&handbook_root().join("fr")).expect("the French handbook");
    let mut seen = 0;
    for step in &view.evaluation.steps {
        for r in &step.refs {
            let key = r.to_string();
            let ch = fr
                .chapter(&r.chapter)
                .expect("the French edition has every chapter");
            let section = ch.section(&r.section).expect("and every section a step cites");
            assert_eq!(
                view.ref_titles.get(&key),
                Some(&format!("{} › {}", ch.meta.title, section.title)),
                "`{key}` under step `{}` reads in French",
                step.id
            );
            seen += 1;
        }
    }
    assert!(
        seen >= 20,
        "the steps of a new case cite the handbook: {seen} links"
    );

    // And back: the next view speaks English again.
    api.set_lang(Lang::En);
    let view = api.case_view(view.record.summary.id).expect("the case opens");
    assert_eq!(
        view.ref_titles.get("asylum#referral").map(String::as_str),
        Some("Asylum and non-refoulement › Referral"),
        "the language follows the interface, not the case"
    );
}
