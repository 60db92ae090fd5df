//! Renewing an office card (issue 17) between real installations: real encrypted stores in temp data folders,
//! the real handbook and real packages. Renewal rotates the keys, packages already sent to the old card still
//! open, and an office that trusted the old card takes the new one on the old card's signed word; a statement
//! signed by another key, or by a card revoked here, gives no such shortcut.

use avr_core::cases::IsoDate;
use avr_core::identity::OfficeCard;
use ed25519_dalek::SigningKey;

use crate::handover::{Office, a_full_case};

fn today() -> IsoDate {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    IsoDate::from_unix_ms(now)
}

fn parsed(text: &str) -> OfficeCard {
    OfficeCard::parse(text).expect("a card this installation wrote reads back")
}

#[test]
fn renewing_gives_a_new_fingerprint_and_a_card_good_for_two_more_years() {
    let rome = Office::new("Omar Haddad", "Rome");
    let old = parsed(&rome.card());
    let events = rome.api.audit_verify().expect("the audit log").events;

    let renewed = rome
        .api
        .renew_identity()
        .expect("an installation renews its card");

    let t = today();
    assert_ne!(
        renewed.card.fingerprint, old.fingerprint,
        "new keys, so a new fingerprint to share"
    );
    assert_ne!(
        renewed.card.age_recipient, old.age_recipient,
        "the encryption key was rotated too"
    );
    assert_eq!(
        renewed.card.created,
        t.to_string(),
        "the new card's keys were made today"
    );
    assert_eq!(
        renewed.card.expires,
        format!("{:04}{}", t.year() + 2, &t.to_string()[4..]).replace("-02-29", "-02-28"),
        "the new card is good for two years from today"
    );
    assert!(
        renewed.days_left >= 729,
        "two years left to the new card: {}",
        renewed.days_left
    );
    let statement = renewed
        .card
        .succession
        .as_ref()
        .expect("the renewed card carries the old card's statement");
    assert_eq!(
        (
            statement.old_fingerprint.as_str(),
            statement.new_fingerprint.as_str()
        ),
        (old.fingerprint.as_str(), renewed.card.fingerprint.as_str()),
        "the statement names the old card and the new one"
    );
    assert_eq!(
        parsed(&renewed.text),
        renewed.card,
        "the card file people exchange reads back as the renewed card"
    );
    assert_eq!(
        rome.fingerprint(),
        renewed.card.fingerprint,
        "the installation now shows the new card"
    );
    let audit = rome.api.audit_verify().expect("the audit log");
    assert_eq!(
        audit.events,
        events + 1,
        "the renewal is one more audited event, the chain intact"
    );
}

#[test]
fn a_package_sent_to_the_old_card_before_renewal_still_opens_after_it() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    lampedusa.trusts(&rome);
    rome.trusts(&lampedusa);
    let id = a_full_case(&lampedusa);
    let package = lampedusa.send(id, &rome, "to-the-old-card.avrcase");

    rome.api.renew_identity().expect("Rome renews its card");

    let received = rome
        .api
        .handover_receive(&package, None, false)
        .expect("a package sealed to the old card opens with the old key kept");
    assert_eq!(
        received.record.summary.case_number,
        lampedusa
            .api
            .case_view(id)
            .expect("the sender's copy")
            .record
            .summary
            .case_number,
        "the case sent before the renewal arrived"
    );
}

#[test]
fn a_trusted_office_s_renewed_card_replaces_its_entry_through_the_succession() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    lampedusa.trusts(&rome);
    rome.trusts(&lampedusa);
    let old = rome.fingerprint();

    let renewed = rome.api.renew_identity().expect("Rome renews its card");

    let check = lampedusa
        .api
        .card_renewal(&renewed.text)
        .expect("the renewed card reads");
    assert_eq!(
        check.replaces.as_ref().map(|c| c.fingerprint.as_str()),
        Some(old.as_str()),
        "before trusting, Lampedusa is told which trusted card it renews: {check:?}"
    );
    let trusted = lampedusa
        .api
        .trust_card(&renewed.text)
        .expect("a verified renewal is trusted");
    assert_eq!(
        (trusted.fingerprint.as_str(), trusted.renewed_from.as_deref()),
        (renewed.card.fingerprint.as_str(), Some(old.as_str())),
        "the entry now holds the new card and says which card it replaced"
    );
    let list = lampedusa.api.trusted_cards().expect("the trust list");
    assert_eq!(
        list.iter().map(|c| c.fingerprint.as_str()).collect::<Vec<_>>(),
        vec![renewed.card.fingerprint.as_str()],
        "the old card's entry was replaced, not joined by a second one"
    );
    assert_eq!(
        (list[0].office.as_str(), list[0].officer.as_str()),
        ("Rome", "Omar Haddad"),
        "the entry keeps the office and officer"
    );

    // Both ways work with the new card, and Rome's packages are from a trusted sender.
    let to_rome = a_full_case(&lampedusa);
    let package = lampedusa.send(to_rome, &rome, "to-the-new-card.avrcase");
    rome.api
        .handover_receive(&package, None, false)
        .expect("a package sealed to the new card opens");
    let from_rome = lampedusa
        .api
        .case_view(to_rome)
        .map(|v| v.record.summary.case_number);
    assert!(from_rome.is_ok(), "the sender keeps its read-only copy");
    let back = rome.send(
        rome.api.cases_list(&Default::default()).expect("the list")[0].id,
        &lampedusa,
        "back.avrcase",
    );
    let preview = lampedusa
        .api
        .handover_inspect(&back, None)
        .expect("the return package reads");
    assert_eq!(
        preview.sender.trust,
        avr_core::api::SenderTrust::Trusted,
        "a package signed with the renewed card comes from a trusted sender"
    );
}

/// A card whose statement names `victim`'s card but is signed with the forger's own key.
fn forged_renewal_of(victim: &OfficeCard) -> String {
    let forger_key = SigningKey::from_bytes(&[9u8; 32]);
    let age = age::x25519::Identity::generate().to_public().to_string();
    let date = today().to_string();
    // The forger's own card, relabelled with the victim's fingerprint: the statement it signs names the victim.
    let forger_old = OfficeCard {
        fingerprint: victim.fingerprint.clone(),
        ..OfficeCard::make("Rome", "Omar Haddad", &age, &forger_key, &date).expect("a card from good parts")
    };
    let new_key = SigningKey::from_bytes(&[10u8; 32]);
    OfficeCard::make("Rome", "Omar Haddad", &age, &new_key, &date)
        .expect("a card from good parts")
        .with_succession(&forger_old, &forger_key, &date)
        .expect("the forger signs its own statement")
        .to_file_text()
}

#[test]
fn a_forged_succession_is_not_accepted_as_a_replacement() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    lampedusa.trusts(&rome);
    let genuine = parsed(&rome.card());
    let forged = forged_renewal_of(&genuine);

    let check = lampedusa
        .api
        .card_renewal(&forged)
        .expect("the card itself reads");
    assert!(
        check.replaces.is_none(),
        "a statement not signed by Rome's card does not renew it"
    );
    let why = check.refused.unwrap_or_default();
    assert!(
        why.contains(&genuine.fingerprint) && why.contains("did not sign"),
        "the user is told the statement was not signed by the card it names: {why}"
    );
    let trusted = lampedusa
        .api
        .trust_card(&forged)
        .expect("after a fingerprint comparison, a card can still be trusted as a new one");
    assert!(trusted.renewed_from.is_none(), "it was not taken as a renewal");
    let list = lampedusa.api.trusted_cards().expect("the trust list");
    assert!(
        list.iter()
            .any(|c| c.fingerprint == genuine.fingerprint && c.revoked_at.is_none()),
        "Rome's genuine card is still trusted, untouched: {list:?}"
    );

    // Naming Rome's signing key as well does not help: the statement no longer verifies and the card is refused.
    let mut worse = parsed(&forged);
    if let Some(s) = worse.succession.as_mut() {
        s.old_signing_key = genuine.signing_key;
    }
    assert!(
        lampedusa.api.card_renewal(&worse.to_file_text()).is_err(),
        "a statement that claims Rome's key but was signed with another is a damaged card"
    );
}

#[test]
fn a_succession_from_a_revoked_card_is_refused() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    lampedusa.trusts(&rome);
    let old = rome.fingerprint();
    lampedusa
        .api
        .revoke_card(&old)
        .expect("Lampedusa revokes Rome's card");

    let renewed = rome.api.renew_identity().expect("Rome renews its card");

    let check = lampedusa
        .api
        .card_renewal(&renewed.text)
        .expect("the renewed card reads");
    assert!(
        check.replaces.is_none(),
        "a revoked card cannot vouch for its successor"
    );
    let why = check.refused.unwrap_or_default();
    assert!(
        why.contains(&old) && why.contains("revoked"),
        "the user is told the renewal comes from a revoked card: {why}"
    );
    lampedusa
        .api
        .trust_card(&renewed.text)
        .expect("only as a new card, after a fingerprint comparison");
    let list = lampedusa.api.trusted_cards().expect("the trust list");
    let revoked = list
        .iter()
        .find(|c| c.fingerprint == old)
        .expect("the revoked card stays listed");
    assert!(
        revoked.revoked_at.is_some(),
        "the revoked card stays revoked: the renewal did not replace it"
    );
    assert!(
        list.iter().all(|c| c.renewed_from.is_none()),
        "no entry was taken over by the renewal: {list:?}"
    );
}
