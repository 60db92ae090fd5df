//! What the app shows when it refuses something reads in the interface language: an answer of the wrong kind, an
//! override of a stop that never allows one, a case that does not exist, a locked store. The message crosses IPC
//! as the `IpcError`'s `message`, built from the catalogs by the error's own values. The interface language is
//! process-wide, so this test runs in a binary of its own (see `interface_lang.rs`).

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};

use avr_core::ErrorCode;
use avr_core::api::{Api, ApiConfig, IpcError, NewCaseRequest};
use avr_core::cases::StaffProfile;
use avr_core::i18n::Lang;

fn handbook_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook")
}

/// What the UI would show for a refused call.
#[track_caller]
fn shown<T: std::fmt::Debug>(r: avr_core::Result<T>) -> IpcError {
    IpcError::from(r.expect_err("the call is refused"))
}

#[test]
fn refusals_reach_the_interface_in_french_and_arabic_built_from_the_catalogs() {
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
    let case = api
        .case_create(&NewCaseRequest {
            given_names: "Yonas".into(),
            family_name: "Tesfaye".into(),
            other_names: String::new(),
            disembarked_on: None,
        })
        .expect("a new case")
        .record
        .summary
        .id;

    api.set_lang(Lang::Fr);
    let e = shown(api.case_answer(case, "fear_of_return", &serde_json::json!("oui")));
    assert_eq!(
        e.code,
        ErrorCode::Validation,
        "a wrong kind of answer is the person's to put right"
    );
    assert!(
        e.message.ends_with("Ce champ attend une réponse oui ou non."),
        "the refusal reads in French, after the question's French label: {}",
        e.message
    );
    assert!(
        e.message.starts_with("La personne a-t-elle dit"),
        "the question is named by its French label, never its id: {}",
        e.message
    );

    api.case_answer(case, "fear_of_return", &serde_json::json!(true))
        .expect("a fear of return is recorded");
    let e = shown(api.case_override(
        case,
        "asylum-claim-open",
        "R. Okafor",
        "Recorded for the wrong person",
    ));
    assert_eq!(
        e.message,
        "Crainte du retour ou demande d'asile ouverte : ce garde-fou n'admet jamais de dérogation.",
        "the stop is named by its French title and the refusal is French"
    );

    let e = shown(api.case_view(9999));
    assert_eq!(e.code, ErrorCode::NotFound, "a missing case is not found");
    assert_eq!(e.message, "Il n'y a pas de dossier 9999.", "said in French");
    let e = shown(api.case_create(&NewCaseRequest {
        given_names: "Saba".into(),
        family_name: "Haile".into(),
        other_names: String::new(),
        disembarked_on: Some("2099-01-01".into()),
    }));
    assert!(
        e.message
            .starts_with("date de débarquement : le 2099-01-01 est dans le futur"),
        "a refused field is named and the reason given in French: {}",
        e.message
    );
    let e = shown(api.purge_closed(1));
    assert!(
        e.message.starts_with("Seuls les dossiers clos depuis au moins "),
        "a purge asked too soon is refused in French: {}",
        e.message
    );
    let e = shown(api.read_card("not a card"));
    assert!(
        e.message.starts_with("carte de bureau : "),
        "a malformed office card is named in French: {}",
        e.message
    );

    api.set_lang(Lang::Ar);
    let e = shown(api.case_correct(case, "fear_of_return", &serde_json::json!(false), "خطأ", None));
    assert!(
        e.message.contains("اذكر لماذا كانت الإجابة خاطئة"),
        "a correction without a real reason is refused in Arabic: {}",
        e.message
    );
    api.vault_lock().expect("the store locks");
    let e = shown(api.case_view(case));
    assert_eq!(e.code, ErrorCode::Locked, "a locked store shows the lock screen");
    assert_eq!(
        e.message, "سجلات الحالات مقفلة: أدخل عبارة المرور.",
        "said in Arabic"
    );

    api.set_lang(Lang::En);
    let e = shown(api.case_view(case));
    assert_eq!(
        e.message, "The case records are locked: enter the passphrase.",
        "and back in English with the interface"
    );
}
