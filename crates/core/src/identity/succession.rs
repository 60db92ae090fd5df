//! Renewal as key rotation with continuity: a renewed card carries a statement signed by the OLD card's signing
//! key, "this new card succeeds mine" (the old fingerprint and signing key, the new card's keys and fingerprint,
//! the day). An installation that trusted the old card can check the statement against the card it holds and
//! move its trust to the new one without a new phone call; one that never trusted the old card learns nothing
//! from it and compares the new fingerprint as for any card.
//!
//! The statement names the new card's two public keys in full, not only its 64-bit fingerprint, so the old key
//! vouches for exactly these keys. It sits beside the card's own fields and outside its self-signature: it has
//! a signature of its own, by another key, and a card without one reads as before.

use ed25519_dalek::{Signature, Signer, SigningKey};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{IdentityError, OfficeCard, hex, unhex};

/// "The card `new_fingerprint` succeeds mine, `old_fingerprint`", signed with the old card's signing key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
#[serde(deny_unknown_fields)]
pub struct Succession {
    /// The card renewed, `xxxx xxxx xxxx xxxx`.
    pub old_fingerprint: String,
    /// Its Ed25519 public key (64 hex digits): the key that signed this statement.
    pub old_signing_key: String,
    /// The renewed card's fingerprint (the card that carries this statement).
    pub new_fingerprint: String,
    /// The day of the renewal, `YYYY-MM-DD`.
    pub date: String,
    /// Ed25519 signature by the old signing key, 128 hex digits.
    pub signature: String,
}

/// What the old key signs: a context string, then the statement and the new card's keys, one per line.
fn signed_bytes(old_fingerprint: &str, old_signing_key: &str, new: &OfficeCard, date: &str) -> Vec<u8> {
    let mut bytes = b"avr-office-card-succession/1\0".to_vec();
    bytes.extend(
        [
            old_fingerprint,
            old_signing_key,
            &new.fingerprint,
            &new.signing_key,
            &new.age_recipient,
            date,
        ]
        .join("\n")
        .into_bytes(),
    );
    bytes
}

impl Succession {
    /// The statement that `new` succeeds `old`, signed on `date` with `old_signing` (the old card's key).
    pub fn sign(
        old: &OfficeCard,
        old_signing: &SigningKey,
        new: &OfficeCard,
        date: &str,
    ) -> Result<Succession, IdentityError> {
        if hex(&old_signing.verifying_key().to_bytes()) != old.signing_key {
            return Err(IdentityError::Keys(super::say("identity-renewal-mismatch", &[])));
        }
        let sig = old_signing.sign(&signed_bytes(&old.fingerprint, &old.signing_key, new, date));
        Ok(Succession {
            old_fingerprint: old.fingerprint.clone(),
            old_signing_key: old.signing_key.clone(),
            new_fingerprint: new.fingerprint.clone(),
            date: date.to_owned(),
            signature: hex(&sig.to_bytes()),
        })
    }

    /// Whether the statement was signed by the key it names, for the card `new` that carries it. Whether that
    /// key is one this installation trusts is [`OfficeCard::succeeds`]'s question.
    pub(super) fn check(&self, new: &OfficeCard) -> Result<(), IdentityError> {
        let bad = |part: &str| {
            IdentityError::BadCard(super::say(
                "identity-succession-damaged",
                &[("part", super::text(part))],
            ))
        };
        if self.new_fingerprint != new.fingerprint {
            return Err(bad("other-card"));
        }
        if crate::cases::IsoDate::parse(&self.date).is_none() {
            return Err(bad("date"));
        }
        let key = unhex::<32>(&self.old_signing_key)
            .and_then(|b| ed25519_dalek::VerifyingKey::from_bytes(&b).ok())
            .ok_or_else(|| bad("key"))?;
        let sig = unhex::<64>(&self.signature)
            .map(|b| Signature::from_bytes(&b))
            .ok_or_else(|| bad("signature"))?;
        key.verify_strict(
            &signed_bytes(&self.old_fingerprint, &self.old_signing_key, new, &self.date),
            &sig,
        )
        .map_err(|_| bad("changed"))
    }
}

impl OfficeCard {
    /// This card with the statement that it succeeds `old`, signed with `old_signing` on `date`.
    pub fn with_succession(
        mut self,
        old: &OfficeCard,
        old_signing: &SigningKey,
        date: &str,
    ) -> Result<OfficeCard, IdentityError> {
        self.succession = Some(Succession::sign(old, old_signing, &self, date)?);
        Ok(self)
    }

    /// Whether this card is a verified renewal of `old` (a card this installation holds): its statement names
    /// `old` by fingerprint and signing key, was signed with `old`'s key, on a day `old` was still good, and
    /// `old` is still good `today`. A card that does not claim to succeed `old` gives `Ok(false)`; one that
    /// claims it without proof, or whose old card has expired, is refused.
    pub fn succeeds(&self, old: &OfficeCard, today: &str) -> Result<bool, IdentityError> {
        let Some(s) = &self.succession else {
            return Ok(false);
        };
        if s.old_fingerprint != old.fingerprint {
            return Ok(false);
        }
        let forged = || IdentityError::ForgedSuccession {
            office: old.office.clone(),
            fingerprint: old.fingerprint.clone(),
        };
        if s.old_signing_key != old.signing_key {
            return Err(forged());
        }
        self.check().map_err(|_| forged())?;
        if old.expired_on(today) || old.expired_on(&s.date) {
            return Err(IdentityError::SuccessionFromExpired {
                office: old.office.clone(),
                fingerprint: old.fingerprint.clone(),
                expired: old.expires.clone(),
            });
        }
        Ok(true)
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)] // Tests say why each expectation holds, in `expect`.
mod tests {
    use super::*;

    fn card(seed: u8, created: &str) -> (OfficeCard, SigningKey) {
        let signing = SigningKey::from_bytes(&[seed; 32]);
        let age = age::x25519::Identity::generate().to_public().to_string();
        let card = OfficeCard::make("Rome office", "B. Officer", &age, &signing, created)
            .expect("a card made from good parts is accepted");
        (card, signing)
    }

    #[test]
    fn a_succession_survives_the_card_file_and_a_changed_byte_breaks_it() {
        let (old, old_key) = card(1, "2025-01-10");
        let (new, _) = card(2, "2026-12-03");
        let renewed = new
            .with_succession(&old, &old_key, "2026-12-03")
            .expect("the old key signs for the new card");
        let back = OfficeCard::parse(&renewed.to_file_text()).expect("a renewed card reads back");
        assert_eq!(back, renewed, "the statement travels with the card file");
        assert_eq!(
            back.succeeds(&old, "2026-12-03").ok(),
            Some(true),
            "the statement verifies against the old card"
        );
        let mut moved = renewed;
        if let Some(s) = moved.succession.as_mut() {
            s.date = "2026-12-04".into();
        }
        assert!(
            OfficeCard::parse(&moved.to_file_text()).is_err(),
            "a changed date breaks the statement's signature"
        );
    }

    #[test]
    fn a_statement_signed_by_another_key_or_an_expired_card_is_refused() {
        let (old, old_key) = card(1, "2025-01-10");
        let (forger, forger_key) = card(3, "2025-01-10");
        let (new, _) = card(2, "2026-12-03");
        let mut forged = new
            .clone()
            .with_succession(&forger, &forger_key, "2026-12-03")
            .expect("the forger signs for the new card");
        if let Some(s) = forged.succession.as_mut() {
            s.old_fingerprint = old.fingerprint.clone();
        }
        assert!(
            matches!(
                forged.succeeds(&old, "2026-12-03"),
                Err(IdentityError::ForgedSuccession { .. })
            ),
            "a statement naming the old card but signed by another key is refused"
        );
        let late = new
            .with_succession(&old, &old_key, "2027-02-01")
            .expect("signed after the old card expired");
        assert!(
            matches!(
                late.succeeds(&old, "2027-02-01"),
                Err(IdentityError::SuccessionFromExpired { .. })
            ),
            "an expired card cannot vouch for its successor"
        );
    }
}
