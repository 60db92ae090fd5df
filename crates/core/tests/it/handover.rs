//! Cases handed over between two installations as encrypted, signed `.avrcase` packages, through the real api,
//! real encrypted stores in two temp data folders and the real handbook: a case goes and comes back whole; a
//! package for someone else, a damaged, cut or re-signed one, an unknown or revoked sender are each refused
//! with a message that says why, and nothing is saved; the sender's copy is read-only while the case is away.

use std::path::PathBuf;
use std::time::Instant;

use avr_core::ErrorCode;
use avr_core::api::{
    Api, ApiConfig, CaseView, HandoverTo, NewCaseWithHousehold, NewConsent, NewPerson, SenderTrust,
};
use avr_core::cases::{CaseFilter, ConsentDecision, StaffProfile};
use avr_core::identity::{OfficeCard, SealTo};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::json;

use crate::casework::{counselled_and_declared, pre_departure_ready, rescue_adult, screening_clear};
use crate::handbook_root;

pub(super) const PASSPHRASE: &str = "quay-side laptop 42";

/// An installation: its own data folder, store and keys.
pub(super) struct Office {
    pub(super) dir: tempfile::TempDir,
    pub(super) api: Api,
}

impl Office {
    pub(super) fn new(officer: &str, office: &str) -> Office {
        let dir = tempfile::tempdir().expect("a temp data folder");
        let api = Api::open(ApiConfig {
            handbook_dir: handbook_root(),
            data_dir: dir.path().to_path_buf(),
        })
        .expect("the api opens on the shipped handbook");
        api.vault_create(
            PASSPHRASE,
            &StaffProfile {
                name: officer.into(),
                office: office.into(),
            },
        )
        .expect("a new store");
        Office { dir, api }
    }

    pub(super) fn card(&self) -> String {
        self.api
            .identity_card()
            .expect("an unlocked store has a card")
            .text
    }

    pub(super) fn fingerprint(&self) -> String {
        self.api
            .identity_card()
            .expect("an unlocked store has a card")
            .card
            .fingerprint
    }

    pub(super) fn trusts(&self, other: &Office) -> &Office {
        self.api
            .trust_card(&other.card())
            .expect("a good card is trusted");
        self
    }

    pub(super) fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Send a case to `to`'s card; returns the package.
    pub(super) fn send(&self, case_id: i64, to: &Office, name: &str) -> Vec<u8> {
        let path = self.file(name);
        let to = HandoverTo::Cards {
            fingerprints: vec![to.fingerprint()],
        };
        self.api
            .handover_send(case_id, &to, &path)
            .expect("an open case is sent to a trusted card");
        std::fs::read(&path).expect("the package was written")
    }

    pub(super) fn case_count(&self) -> usize {
        self.api
            .cases_list(&CaseFilter::default())
            .expect("the case list")
            .len()
    }
}

/// A ready adult travelling with a child, with notes, a consent given and one withdrawn, and a supervisor's
/// override of a declined trafficking referral: every kind of thing a case carries.
pub(super) fn a_full_case(o: &Office) -> i64 {
    let person = |given: &str, relationship: &str| NewPerson {
        given_names: given.into(),
        family_name: "Tesfaye".into(),
        other_names: "يوناس".into(),
        date_of_birth: None,
        dob_estimated: false,
        sex: None,
        nationality: Some("ER".into()),
        relationship: relationship.into(),
    };
    let view = o
        .api
        .case_create_with(&NewCaseWithHousehold {
            persons: vec![person("Yonas", "principal"), person("Selam", "child")],
            disembarked_on: None,
        })
        .expect("a case with its household");
    let id = view.record.summary.id;
    let answers = [
        rescue_adult(),
        screening_clear(),
        counselled_and_declared(),
        pre_departure_ready(),
    ];
    for (field, value) in answers.iter().flatten() {
        o.api
            .case_answer(id, field, value)
            .expect("the desk's answers are accepted");
    }
    for (field, value) in [
        ("trafficking_indicators", json!(["debt"])),
        ("trafficking_referral_status", json!("declined")),
        ("return_risk_assessment_offered", json!(true)),
    ] {
        o.api
            .case_answer(id, field, &value)
            .expect("a declined referral is recorded");
    }
    o.api
        .case_override(
            id,
            "trafficking-referral-declined",
            "R. Okafor",
            "Reviewed the return risk assessment with the person",
        )
        .expect("a named supervisor with a reason overrides");
    o.api
        .case_add_note(id, "Asked to travel with his sister's family.")
        .expect("a note");
    for decision in [ConsentDecision::Given, ConsentDecision::Withdrawn] {
        o.api
            .case_record_consent(
                id,
                &NewConsent {
                    person_id: None,
                    purpose: "data-sharing".into(),
                    recipient: "UNHCR".into(),
                    decision,
                    decided_at: 1_795_000_000_000,
                    interpreter: Some("A. Haile".into()),
                    language: "tigrinya".into(),
                },
            )
            .expect("a consent entry");
    }
    id
}

fn assert_same_case(got: &CaseView, sent: &CaseView) {
    let (g, s) = (&got.record, &sent.record);
    assert_eq!(
        g.summary.case_number, s.summary.case_number,
        "the case keeps its number"
    );
    assert_eq!(g.summary.stage, s.summary.stage, "the case is at the same stage");
    assert_eq!(
        g.answers, s.answers,
        "answers keep their values, who saved them and when"
    );
    assert_eq!(g.notes, s.notes, "notes arrive with their authors and times");
    let persons = |v: &CaseView| {
        v.record
            .persons
            .iter()
            .map(|p| {
                (
                    p.position,
                    p.given_names.clone(),
                    p.other_names.clone(),
                    p.relationship.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        persons(got),
        persons(sent),
        "the household arrives whole, names in every script"
    );
    let consents = |v: &CaseView| {
        v.record
            .consents
            .iter()
            .map(|c| (c.purpose.clone(), c.decision, c.decided_at, c.recorded_by.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        consents(got),
        consents(sent),
        "the consent ledger arrives entry by entry"
    );
    assert_eq!(
        got.evaluation, sent.evaluation,
        "the wizard is where it was, override included"
    );
}

/// A refusal: the message holds every part of `says`, and `office` still has `cases` cases.
#[track_caller]
fn assert_refused(
    result: avr_core::Result<impl std::fmt::Debug>,
    says: &[&str],
    office: &Office,
    cases: usize,
) {
    let e = result.expect_err("the package must be refused");
    let message = e.to_string();
    for part in says {
        assert!(message.contains(part), "the refusal says `{part}`: {message}");
    }
    assert_ne!(
        e.code(),
        ErrorCode::Internal,
        "a refusal is the user's to act on, not a bug: {message}"
    );
    assert_eq!(
        office.case_count(),
        cases,
        "nothing was saved by the refused package"
    );
}

#[test]
fn a_case_handed_over_arrives_whole_is_read_only_at_the_sender_and_comes_back() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa disembarkation office");
    let rome = Office::new("Omar Haddad", "Rome return office");
    lampedusa.trusts(&rome);
    rome.trusts(&lampedusa);
    let id = a_full_case(&lampedusa);
    let sent = lampedusa.api.case_view(id).expect("the case");

    let started = Instant::now();
    let package = lampedusa.send(id, &rome, "case.avrcase");
    let send_ms = started.elapsed().as_secs_f64() * 1000.0;
    let plain = case_json(&lampedusa, id, 0).into_bytes();
    assert!(
        !package.windows(7).any(|w| w == b"Tesfaye") && !package.windows(4).any(|w| w == b"P123"),
        "no name or document number is readable in the package"
    );

    let preview = rome
        .api
        .handover_inspect(&package, None)
        .expect("a package for Rome opens in Rome");
    assert_eq!(
        preview.sender.trust,
        SenderTrust::Trusted,
        "Lampedusa's card is on Rome's list"
    );
    assert_eq!(
        preview.sender.fingerprint,
        lampedusa.fingerprint(),
        "the sender is shown by fingerprint"
    );
    assert_eq!(preview.sender.office, "Lampedusa disembarkation office");
    assert_eq!(preview.case_number, sent.record.summary.case_number);
    assert_eq!(preview.household, 2, "the principal and the child");
    assert_eq!(
        (preview.consents_given, preview.consents_withdrawn),
        (1, 1),
        "both consent entries"
    );
    assert_eq!(
        preview.overrides.len(),
        1,
        "the supervisor's override is shown: {:?}",
        preview.overrides
    );
    assert_eq!(
        preview.stage, sent.record.summary.stage,
        "the stage the case is at"
    );
    assert!(!preview.returning, "the case is new in Rome");
    assert_eq!(rome.case_count(), 0, "looking into a package saves nothing");

    let started = Instant::now();
    let received = rome
        .api
        .handover_receive(&package, None, false)
        .expect("Rome receives the case");
    let receive_ms = started.elapsed().as_secs_f64() * 1000.0;
    eprintln!(
        "handover of a full case: package {} bytes (plain JSON {} bytes), send {send_ms:.0} ms, receive \
         {receive_ms:.0} ms",
        package.len(),
        plain.len()
    );
    assert_same_case(&received, &sent);
    let audit = received
        .timeline
        .iter()
        .find(|e| e.action == "case.handover_received")
        .expect("the receipt is in the case's timeline");
    assert!(
        audit.summary.contains("Lena Ortiz") && audit.summary.contains(&lampedusa.fingerprint()),
        "the audit names the sender and their fingerprint: {}",
        audit.summary
    );

    // The sender's copy is read-only while the case is away.
    let status = lampedusa
        .api
        .handover_status(id)
        .expect("the status")
        .expect("the case is marked");
    assert!(
        status.recipients.contains("Rome return office"),
        "the mark names the recipient: {}",
        status.recipients
    );
    let write = lampedusa.api.case_answer(id, "languages", &json!("Tigrinya"));
    let e = write.expect_err("an answer to a case handed over is refused");
    assert_eq!(
        e.code(),
        ErrorCode::Conflict,
        "the case is in a state that forbids the write"
    );
    assert!(e.to_string().contains("handed over"), "the refusal says why: {e}");
    assert!(
        lampedusa.api.case_add_note(id, "one more thing").is_err(),
        "a note is refused too"
    );

    // Rome works on it and hands it back; Lampedusa's read-only copy is replaced and writable again.
    rome.api
        .case_answer(
            received.record.summary.id,
            "languages",
            &json!("Tigrinya, Arabic, Italian"),
        )
        .expect("Rome can work on the case it received");
    let back = rome.send(received.record.summary.id, &lampedusa, "back.avrcase");
    let worked = rome
        .api
        .case_view(received.record.summary.id)
        .expect("Rome's copy");
    assert!(
        rome.api
            .case_answer(received.record.summary.id, "languages", &json!("x"))
            .is_err(),
        "Rome's copy is read-only once handed back"
    );
    let preview = lampedusa
        .api
        .handover_inspect(&back, None)
        .expect("the return opens in Lampedusa");
    assert!(preview.returning, "Lampedusa sees that its own case comes back");
    let returned = lampedusa
        .api
        .handover_receive(&back, None, false)
        .expect("the case comes back");
    assert_eq!(
        returned.record.summary.id, id,
        "the case keeps its local id, so its timeline runs on"
    );
    assert_same_case(&returned, &worked);
    assert!(
        returned.timeline.iter().any(|e| e.action == "case.handed_over"),
        "the timeline still shows that it was handed over"
    );
    assert!(
        lampedusa.api.handover_status(id).expect("the status").is_none(),
        "the mark is lifted"
    );
    lampedusa
        .api
        .case_answer(id, "languages", &json!("Tigrinya"))
        .expect("the case is writable again once back");
    assert_eq!(lampedusa.case_count(), 1, "one case, not two copies");

    // Sent again, the old return package cannot roll it back.
    lampedusa.send(id, &rome, "again.avrcase");
    assert_refused(
        lampedusa.api.handover_receive(&back, None, false),
        &["older copy"],
        &lampedusa,
        1,
    );
    lampedusa
        .api
        .audit_verify()
        .expect("the audit chain holds across the handovers");
}

#[test]
fn a_package_for_another_office_cannot_be_opened_there() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    let tunis = Office::new("Sami Ben Ali", "Tunis");
    lampedusa.trusts(&rome);
    tunis.trusts(&lampedusa);
    let id = a_full_case(&lampedusa);
    let package = lampedusa.send(id, &rome, "case.avrcase");
    assert_refused(
        tunis.api.handover_inspect(&package, None),
        &["not addressed to this installation"],
        &tunis,
        0,
    );
    assert_refused(
        tunis.api.handover_receive(&package, None, true),
        &["not addressed to this installation", &rome.fingerprint()],
        &tunis,
        0,
    );
    assert_refused(
        tunis
            .api
            .handover_receive(&package, Some("a guessed passphrase"), true),
        &["sent to office cards"],
        &tunis,
        0,
    );
}

/// The package's parts: the signed prefix (magic, length, header), the signature and the ciphertext.
fn parts(package: &[u8]) -> (usize, serde_json::Value) {
    let magic = b"avrcase/1\n".len();
    let len = u32::from_be_bytes(package[magic..magic + 4].try_into().expect("four bytes")) as usize;
    let header = serde_json::from_slice(&package[magic + 4..magic + 4 + len]).expect("the header is JSON");
    (magic + 4 + len, header)
}

/// A card and key the test controls, as another office (or a forger) would have.
fn forger_card(seed: u8) -> (OfficeCard, SigningKey) {
    let key = SigningKey::from_bytes(&[seed; 32]);
    let age = age::x25519::Identity::generate().to_public().to_string();
    let card = OfficeCard::make("Forged office", "M. Allory", &age, &key, "2026-12-01").expect("a card");
    (card, key)
}

#[test]
fn a_flipped_byte_a_cut_or_a_re_signed_package_is_refused_and_nothing_is_saved() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    lampedusa.trusts(&rome);
    rome.trusts(&lampedusa);
    let id = a_full_case(&lampedusa);
    let package = lampedusa.send(id, &rome, "case.avrcase");
    let (prefix, header) = parts(&package);

    for at in [
        3,
        prefix - 2,
        prefix + 5,
        prefix + 64 + 40,
        package.len() / 2,
        package.len() - 1,
    ] {
        let mut flipped = package.clone();
        flipped[at] ^= 0x01;
        let e = rome
            .api
            .handover_receive(&flipped, None, true)
            .expect_err("a flipped byte is refused");
        assert_ne!(
            e.code(),
            ErrorCode::Internal,
            "byte {at}: a clear refusal, not a crash: {e}"
        );
        assert_eq!(rome.case_count(), 0, "byte {at}: nothing saved");
    }
    for len in [0, 5, prefix, prefix + 64, package.len() / 2, package.len() - 1] {
        assert_refused(
            rome.api.handover_receive(&package[..len], None, true),
            &["handover package"],
            &rome,
            0,
        );
    }
    assert_refused(
        rome.api
            .handover_receive(&package[..package.len() - 1], None, true),
        &["signature does not match"],
        &rome,
        0,
    );

    // A forger Rome trusts takes Lampedusa's package, puts their own card in the header and signs it again.
    let (forged_card, forged_key) = forger_card(9);
    rome.api
        .trust_card(&forged_card.to_file_text())
        .expect("Rome trusts the forger's card");
    let mut new_header = header;
    new_header["sender"] = serde_json::to_value(&forged_card).expect("a card is JSON");
    let header_json = serde_json::to_vec(&new_header).expect("the header is JSON");
    let mut resigned = b"avrcase/1\n".to_vec();
    resigned.extend_from_slice(&u32::try_from(header_json.len()).expect("small").to_be_bytes());
    resigned.extend_from_slice(&header_json);
    let ciphertext = &package[prefix + 64..];
    let mut signed = b"avr-handover-package-signature/1\0".to_vec();
    signed.extend_from_slice(&resigned);
    signed.extend_from_slice(ciphertext);
    resigned.extend_from_slice(&forged_key.sign(&signed).to_bytes());
    resigned.extend_from_slice(ciphertext);
    assert_refused(
        rome.api.handover_receive(&resigned, None, false),
        &["re-signed by someone else"],
        &rome,
        0,
    );
    assert_refused(
        rome.api.handover_inspect(&resigned, None),
        &["re-signed"],
        &rome,
        0,
    );
}

#[test]
fn an_unknown_sender_needs_a_deliberate_confirmation_and_is_audited_by_fingerprint() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    lampedusa.trusts(&rome);
    let id = a_full_case(&lampedusa);
    let package = lampedusa.send(id, &rome, "case.avrcase");
    let preview = rome
        .api
        .handover_inspect(&package, None)
        .expect("an unknown sender's package can be looked at");
    assert_eq!(
        preview.sender.trust,
        SenderTrust::Unknown,
        "Rome never trusted Lampedusa's card"
    );
    assert_eq!(
        preview.sender.fingerprint,
        lampedusa.fingerprint(),
        "the fingerprint to compare by phone"
    );
    assert_refused(
        rome.api.handover_receive(&package, None, false),
        &["not on this installation's trust list", &lampedusa.fingerprint()],
        &rome,
        0,
    );
    let received = rome
        .api
        .handover_receive(&package, None, true)
        .expect("received once confirmed");
    let audit = received
        .timeline
        .iter()
        .find(|e| e.action == "case.handover_received")
        .expect("the receipt is audited");
    assert!(
        audit.summary.contains(&lampedusa.fingerprint()) && audit.summary.contains("confirmed"),
        "the audit says the sender was unknown and confirmed, with the fingerprint: {}",
        audit.summary
    );
}

#[test]
fn a_revoked_card_is_refused_both_ways_and_cannot_be_trusted_again() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    lampedusa.trusts(&rome);
    rome.trusts(&lampedusa);
    let id = a_full_case(&lampedusa);
    let package = lampedusa.send(id, &rome, "case.avrcase");
    let revoked = rome
        .api
        .revoke_card(&lampedusa.fingerprint().to_uppercase())
        .expect("the card is revoked");
    assert!(revoked.revoked_at.is_some(), "the list shows when it was revoked");
    assert_refused(rome.api.handover_inspect(&package, None), &["revoked"], &rome, 0);
    assert_refused(
        rome.api.handover_receive(&package, None, true),
        &["revoked"],
        &rome,
        0,
    );
    let again = rome
        .api
        .trust_card(&lampedusa.card())
        .expect_err("a revoked card is never trusted again");
    assert!(again.to_string().contains("revoked"), "{again}");
    let list = rome.api.trusted_cards().expect("the trust list");
    assert_eq!(list.len(), 1, "the revoked card stays listed");

    let other = a_full_case(&rome);
    let e = rome
        .api
        .handover_send(
            other,
            &HandoverTo::Cards {
                fingerprints: vec![lampedusa.fingerprint()],
            },
            &rome.file("x.avrcase"),
        )
        .expect_err("nothing is sent to a revoked card");
    assert!(
        e.to_string().contains("not on this installation's trust list"),
        "{e}"
    );
    assert!(!rome.file("x.avrcase").exists(), "no package is left behind");
    rome.api
        .case_answer(other, "languages", &json!("Arabic"))
        .expect("a case not sent stays writable");
}

#[test]
fn a_passphrase_package_opens_only_with_its_passphrase() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    rome.trusts(&lampedusa);
    let id = a_full_case(&lampedusa);
    let path = lampedusa.file("case.avrcase");
    let short = HandoverTo::Passphrase {
        passphrase: "short".into(),
    };
    let e = lampedusa
        .api
        .handover_send(id, &short, &path)
        .expect_err("a short passphrase is refused");
    assert!(e.to_string().contains("at least"), "{e}");
    assert!(
        lampedusa.api.handover_status(id).expect("status").is_none(),
        "a refused send marks nothing"
    );
    let to = HandoverTo::Passphrase {
        passphrase: "blue ferry at seven".into(),
    };
    lampedusa
        .api
        .handover_send(id, &to, &path)
        .expect("sent with a passphrase");
    let package = std::fs::read(&path).expect("the package");
    assert_refused(
        rome.api.handover_receive(&package, None, false),
        &["locked with a passphrase"],
        &rome,
        0,
    );
    assert_refused(
        rome.api
            .handover_receive(&package, Some("blue ferry at six"), false),
        &["passphrase does not open it"],
        &rome,
        0,
    );
    let received = rome
        .api
        .handover_receive(&package, Some("blue ferry at seven"), false)
        .expect("the right passphrase opens it");
    assert_eq!(received.record.persons.len(), 2, "the household arrives");
}

#[test]
fn a_received_case_is_checked_field_by_field_like_an_import() {
    let tunis = Office::new("Sami Ben Ali", "Tunis");
    let rome = Office::new("Omar Haddad", "Rome");
    let id = a_full_case(&tunis);
    let export = case_json(&tunis, id, 1_795_000_000_000);
    let mut case: serde_json::Value = serde_json::from_str(&export).expect("an export is JSON");
    case["case"]["summary"]["stage"] = json!("nowhere");
    // Someone Rome trusts seals a case that no desk could have made.
    let (card, key) = forger_card(3);
    rome.api.trust_card(&card.to_file_text()).expect("a trusted card");
    let to = rome.api.identity_card().expect("Rome's card").card;
    let package = avr_core::identity::seal(
        &case.to_string(),
        &card,
        &key,
        &SealTo::Cards(&[to]),
        1_795_000_000_000,
    )
    .expect("sealed");
    assert_refused(
        rome.api.handover_receive(&package, None, false),
        &["handover package from M. Allory", "case.summary.stage", "nowhere"],
        &rome,
        0,
    );
}

/// The whole case as a package carries it (the `avr-case-export` JSON), which no person can export any more.
fn case_json(o: &Office, case_id: i64, at: i64) -> String {
    let view = o.api.case_view(case_id).expect("the case");
    avr_core::export::json::to_json(&view.record, at).expect("the case as JSON")
}

/// A card whose keys were made in 2020: it expired in 2022.
fn expired_card(seed: u8) -> (OfficeCard, SigningKey) {
    let key = SigningKey::from_bytes(&[seed; 32]);
    let age = age::x25519::Identity::generate().to_public().to_string();
    let card = OfficeCard::make("Old office", "P. Former", &age, &key, "2020-03-01").expect("a card");
    (card, key)
}

#[test]
fn an_expired_card_is_refused_as_a_recipient_and_as_a_sender_with_its_date() {
    let rome = Office::new("Omar Haddad", "Rome");
    let own = rome.api.identity_card().expect("a card").card;
    assert_eq!(
        (own.expires[..4].parse::<i32>().ok(), &own.expires[4..]),
        (
            own.created[..4].parse::<i32>().ok().map(|y| y + 2),
            &own.created[4..]
        ),
        "this installation's card is good for two years from the day its keys were made"
    );
    let (old, key) = expired_card(9);
    assert_eq!(
        old.expires, "2022-03-01",
        "made 2020-03-01, expired two years later"
    );

    // Trusting it: refused, with the day it expired.
    let e = rome
        .api
        .trust_card(&old.to_file_text())
        .expect_err("an expired card is not trusted");
    assert!(e.to_string().contains("expired on 2022-03-01"), "{e}");
    assert!(
        rome.api.trusted_cards().expect("the list").is_empty(),
        "nothing was added"
    );

    // As a sender: a package signed with it is refused even when the user would confirm an unknown sender.
    let id = a_full_case(&rome);
    let package = avr_core::identity::seal(&case_json(&rome, id, 1), &old, &key, &SealTo::Cards(&[own]), 1)
        .expect("sealed");
    assert_refused(
        rome.api.handover_receive(&package, None, true),
        &["P. Former", "expired on 2022-03-01"],
        &rome,
        1,
    );

    // As a recipient: a card that was trusted while good and has expired since (put on the list here directly,
    // as two years of waiting would) receives nothing.
    rome.api.vault_lock().expect("locked");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    let store = avr_core::cases::CaseStore::unlock(rome.dir.path(), PASSPHRASE, now).expect("the store");
    store
        .trust_card(
            &avr_core::cases::TrustEntry {
                fingerprint: old.fingerprint.clone(),
                signing_key: old.signing_key.clone(),
                card: old.to_file_text(),
                office: old.office.clone(),
                officer: old.officer.clone(),
                added_at: now,
                revoked_at: None,
                renewed_from: None,
            },
            now,
        )
        .expect("trusted back when it was good");
    store.lock().expect("locked");
    rome.api.vault_unlock(PASSPHRASE).expect("unlocked");
    let listed = rome.api.trusted_cards().expect("the list");
    assert!(
        listed.len() == 1 && listed[0].expired && listed[0].expires == "2022-03-01",
        "the trust list shows the card as expired, with its date: {listed:?}"
    );
    let e = rome
        .api
        .handover_send(
            id,
            &HandoverTo::Cards {
                fingerprints: vec![old.fingerprint],
            },
            &rome.file("late.avrcase"),
        )
        .expect_err("nothing is sent to an expired card");
    assert!(e.to_string().contains("expired on 2022-03-01"), "{e}");
    assert!(!rome.file("late.avrcase").exists(), "no package is left behind");
    assert!(
        rome.api.handover_status(id).expect("status").is_none(),
        "the case was not marked handed over"
    );
}
