//! The office card: the public half of an installation's identity, as a small JSON file.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::{IdentityError, Succession, hex, unhex};

/// The `format` of every card this version writes and reads.
/// `/2` added `expires`; a `/1` card (no expiry) is refused with the format named, and its office sends a new one.
const CARD_FORMAT: &str = "avr-office-card/2";
/// How long a card is good for after its keys were made: an office that rotates staff or loses a laptop does
/// not have its old card trusted for ever on other installations.
pub const CARD_VALID_YEARS: i32 = 2;
/// A card file bigger than this is not a card.
pub const MAX_CARD_BYTES: usize = 16 * 1024;
/// Office and officer names, at most.
const MAX_NAME_CHARS: usize = 200;

/// An installation's public card. Everything on it is covered by `self_signature`, made with the card's own
/// signing key; the `fingerprint` covers both keys and is what people compare over the phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct OfficeCard {
    pub format: String,
    pub office: String,
    pub officer: String,
    /// age X25519 recipient (`age1…`): packages for this installation are encrypted to it.
    pub age_recipient: String,
    /// Ed25519 public key, 64 lower-case hex digits: packages from this installation are signed with it.
    pub signing_key: String,
    /// The day the keys were made, `YYYY-MM-DD`.
    pub created: String,
    /// The last day the card is good for, `YYYY-MM-DD` ([`CARD_VALID_YEARS`] after `created`): after it, nothing
    /// is sent to it and nothing signed with it is received.
    pub expires: String,
    /// `xxxx xxxx xxxx xxxx`.
    pub fingerprint: String,
    /// Ed25519 signature over the fields above, 128 hex digits.
    pub self_signature: String,
    /// On a renewed card: the old card's statement that this card succeeds it, signed with the old key
    /// ([`super::Succession`]). Not covered by `self_signature`: it carries its own signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub succession: Option<Succession>,
}

/// The fingerprint over both public keys.
fn fingerprint_of(signing_key: &[u8; 32], age_recipient: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"avr-office-card-fingerprint/1\0");
    h.update(signing_key);
    h.update(age_recipient.as_bytes());
    let digest = h.finalize();
    let digits = hex(&digest[..8]);
    let groups: Vec<&str> = (0..4).map(|i| &digits[i * 4..i * 4 + 4]).collect();
    groups.join(" ")
}

/// A fingerprint as people type it (any case, spaces or dashes or none) in the form cards carry, or `None` when
/// it is not 16 hex digits.
pub fn normalize_fingerprint(text: &str) -> Option<String> {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | ':'))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if digits.len() != 16 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let groups: Vec<&str> = (0..4).map(|i| &digits[i * 4..i * 4 + 4]).collect();
    Some(groups.join(" "))
}

/// Whether `date` is `YYYY-MM-DD` (digits and dashes in place; the calendar is not checked here).
fn is_iso_date(date: &str) -> bool {
    let b = date.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// The day a card made on `created` expires: the same day [`CARD_VALID_YEARS`] later (28 February for a card
/// made on 29 February).
fn expiry_of(created: &str) -> Result<String, IdentityError> {
    let year: i32 = created
        .get(..4)
        .filter(|_| is_iso_date(created))
        .and_then(|y| y.parse().ok())
        .ok_or_else(|| IdentityError::BadCard("created: expected YYYY-MM-DD".into()))?;
    let rest = match &created[4..] {
        "-02-29" => "-02-28",
        other => other,
    };
    Ok(format!("{:04}{rest}", year + CARD_VALID_YEARS))
}

fn check_name(field: &str, value: &str) -> Result<(), IdentityError> {
    let n = value.chars().count();
    if value.trim().is_empty() || n > MAX_NAME_CHARS || value.chars().any(char::is_control) {
        return Err(IdentityError::BadCard(format!(
            "{field}: 1 to {MAX_NAME_CHARS} characters, no control characters"
        )));
    }
    Ok(())
}

impl OfficeCard {
    /// What the self-signature covers: every field but the signature, one per line (none may hold a newline).
    fn signed_bytes(&self) -> Vec<u8> {
        [
            CARD_FORMAT,
            &self.office,
            &self.officer,
            &self.age_recipient,
            &self.signing_key,
            &self.created,
            &self.expires,
            &self.fingerprint,
        ]
        .join("\n")
        .into_bytes()
    }

    /// This installation's card, signed with its own key.
    pub fn make(
        office: &str,
        officer: &str,
        age_recipient: &str,
        signing: &SigningKey,
        created: &str,
    ) -> Result<OfficeCard, IdentityError> {
        check_name("office", office)?;
        check_name("officer", officer)?;
        let key = signing.verifying_key().to_bytes();
        let mut card = OfficeCard {
            format: CARD_FORMAT.to_owned(),
            office: office.trim().to_owned(),
            officer: officer.trim().to_owned(),
            age_recipient: age_recipient.to_owned(),
            signing_key: hex(&key),
            created: created.to_owned(),
            expires: expiry_of(created)?,
            fingerprint: fingerprint_of(&key, age_recipient),
            self_signature: String::new(),
            succession: None,
        };
        card.self_signature = hex(&signing.sign(&card.signed_bytes()).to_bytes());
        Ok(card)
    }

    /// Read a card file and check everything on it: its format, both keys, the fingerprint and the
    /// self-signature. A card that passes proves only that whoever made it holds its signing key; whether that
    /// is the office it names is what comparing the fingerprint with them settles.
    pub fn parse(text: &str) -> Result<OfficeCard, IdentityError> {
        if text.len() > MAX_CARD_BYTES {
            return Err(IdentityError::BadCard(format!(
                "{} bytes; a card is at most {MAX_CARD_BYTES}",
                text.len()
            )));
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let card: OfficeCard =
            serde_json::from_str(text).map_err(|e| IdentityError::BadCard(format!("not a card ({e})")))?;
        card.check()?;
        Ok(card)
    }

    /// Check a card already parsed (one carried in a package header, say).
    pub fn check(&self) -> Result<(), IdentityError> {
        if self.format != CARD_FORMAT {
            return Err(IdentityError::BadCard(format!(
                "format `{}`; this version reads `{CARD_FORMAT}`",
                self.format
            )));
        }
        check_name("office", &self.office)?;
        check_name("officer", &self.officer)?;
        if !is_iso_date(&self.created) || !is_iso_date(&self.expires) || self.expires <= self.created {
            return Err(IdentityError::BadCard(
                "created and expires: expected two dates YYYY-MM-DD, the expiry after the creation".into(),
            ));
        }
        self.age_recipient
            .parse::<age::x25519::Recipient>()
            .map_err(|_| IdentityError::BadCard("age_recipient: not an age X25519 recipient".into()))?;
        let key = self.verifying_key()?;
        if fingerprint_of(&key.to_bytes(), &self.age_recipient) != self.fingerprint {
            return Err(IdentityError::BadCard(
                "the fingerprint does not match the keys on the card".into(),
            ));
        }
        let sig = unhex::<64>(&self.self_signature)
            .map(|b| Signature::from_bytes(&b))
            .ok_or_else(|| IdentityError::BadCard("self_signature: expected 128 hex digits".into()))?;
        key.verify_strict(&self.signed_bytes(), &sig).map_err(|_| {
            IdentityError::BadCard("the card's own signature does not match (it was changed)".into())
        })?;
        match &self.succession {
            Some(s) => s.check(self),
            None => Ok(()),
        }
    }

    /// Whether the card has expired on `today` (`YYYY-MM-DD`): it is good up to and including `expires`.
    pub fn expired_on(&self, today: &str) -> bool {
        self.expires.as_str() < today
    }

    /// The card, refused with [`IdentityError::ExpiredCard`] if it has expired on `today`.
    pub fn check_current(&self, today: &str) -> Result<(), IdentityError> {
        if self.expired_on(today) {
            return Err(IdentityError::ExpiredCard {
                officer: self.officer.clone(),
                office: self.office.clone(),
                fingerprint: self.fingerprint.clone(),
                expired: self.expires.clone(),
            });
        }
        Ok(())
    }

    pub fn verifying_key(&self) -> Result<VerifyingKey, IdentityError> {
        unhex::<32>(&self.signing_key)
            .and_then(|b| VerifyingKey::from_bytes(&b).ok())
            .ok_or_else(|| IdentityError::BadCard("signing_key: not an Ed25519 public key".into()))
    }

    pub fn recipient(&self) -> Result<age::x25519::Recipient, IdentityError> {
        self.age_recipient
            .parse()
            .map_err(|_| IdentityError::BadCard("age_recipient: not an age X25519 recipient".into()))
    }

    /// The card as the file people exchange: pretty JSON.
    pub fn to_file_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)] // Tests say why each expectation holds, in `expect`.
mod tests {
    use super::*;

    fn card() -> OfficeCard {
        let signing = SigningKey::from_bytes(&[7u8; 32]);
        let age = age::x25519::Identity::generate().to_public().to_string();
        OfficeCard::make("Pozzallo office", "A. Officer", &age, &signing, "2026-12-03")
            .expect("a card made from good parts is accepted")
    }

    #[test]
    fn a_card_survives_its_file_and_any_change_to_it_is_refused() {
        let c = card();
        let back = OfficeCard::parse(&c.to_file_text());
        assert_eq!(
            back.ok().as_ref(),
            Some(&c),
            "the file reads back as the same card"
        );
        let mut renamed = c.clone();
        renamed.office = "Another office".into();
        assert!(
            OfficeCard::parse(&renamed.to_file_text()).is_err(),
            "a changed office name breaks the self-signature"
        );
        let mut swapped = c;
        swapped.age_recipient = age::x25519::Identity::generate().to_public().to_string();
        assert!(
            OfficeCard::parse(&swapped.to_file_text()).is_err(),
            "a swapped encryption key changes the fingerprint"
        );
    }

    #[test]
    fn a_card_is_good_for_two_years_to_the_day() {
        let c = card();
        assert_eq!(c.expires, "2028-12-03", "made 2026-12-03, good for two years");
        assert!(
            !c.expired_on("2028-12-03"),
            "the card is still good on its last day"
        );
        assert!(c.expired_on("2028-12-04"), "and not the day after");
        assert_eq!(
            expiry_of("2028-02-29").ok().as_deref(),
            Some("2030-02-28"),
            "a card made on 29 February expires on a day that exists"
        );
        let mut stretched = c;
        stretched.expires = "2099-12-31".into();
        assert!(
            OfficeCard::parse(&stretched.to_file_text()).is_err(),
            "a later expiry written on the card breaks its self-signature"
        );
    }

    #[test]
    fn fingerprints_are_read_however_people_type_them() {
        let fp = card().fingerprint;
        assert_eq!(fp.len(), 19, "four groups of four and three spaces: {fp}");
        let typed = fp.replace(' ', "-").to_uppercase();
        assert_eq!(
            normalize_fingerprint(&typed).as_deref(),
            Some(fp.as_str()),
            "dashes and capitals are fine"
        );
        assert_eq!(
            normalize_fingerprint("12ab"),
            None,
            "too short to be a fingerprint"
        );
    }
}
