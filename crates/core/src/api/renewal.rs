//! Renewing this installation's office card, and recognising another office's renewed card (issue 17).
//!
//! A card is good for two years after its keys were made. Renewing makes new key pairs as at first run, keeps
//! the old secrets in the encrypted store (a package sealed to the old card still opens until the old card's last
//! day), and gives the new card a statement signed with the old signing key ([`crate::identity::Succession`]).
//! On the other side, [`Api::trust_card`] replaces a trusted card by its renewal when that statement verifies
//! against the card it holds; [`Api::card_renewal`] says so before, for the dialog.

use age::secrecy::ExposeSecret;
use ed25519_dalek::SigningKey;
use serde::Serialize;
use ts_rs::TS;
use zeroize::Zeroizing;

use super::handover::{CardInfo, TrustedCard, card_info, keys, today, trusted_card};
use super::{Api, now_ms};
use crate::Result;
use crate::cases::{CaseStore, IsoDate, Renewal, TrustEntry};
use crate::identity::{IdentityError, OfficeCard};

/// A catalog message (`i18n/<lang>/renewal.ftl`) in the interface language, with its `detail`.
fn say(key: &str, detail: &str) -> String {
    crate::i18n::tr(
        crate::i18n::interface_lang(),
        key,
        &[("detail", detail.to_owned().into())],
    )
}

/// Settings shows a notice to renew when the card has this many days left, or fewer.
pub const RENEW_NOTICE_DAYS: i64 = 60;

/// Days from the UTC day of `now` to `date` (`YYYY-MM-DD`): 0 on the day, negative after it. A date that does
/// not read counts as long past.
pub(super) fn days_until(date: &str, now: i64) -> i64 {
    let Some(d) = IsoDate::parse(date) else {
        return i64::MIN / 2;
    };
    crate::cases::days_from_civil(d.year(), i64::from(d.month()), i64::from(d.day()))
        - now.div_euclid(86_400_000)
}

/// What a card's renewal statement is worth here.
pub(super) enum Claim {
    /// No statement, or one naming a card not on the trust list (or the card itself is on it already): a card
    /// like any other, trusted after comparing its fingerprint.
    None,
    /// A verified renewal of this card on the trust list: it takes its place.
    Replaces(TrustEntry),
    /// A statement naming a card on the trust list that is not accepted (not signed with its key, or the card
    /// was revoked here or has expired): no shortcut, the card is a new one whose fingerprint must be compared.
    Refused(IdentityError),
}

/// What `card`'s renewal statement is worth against the trust list on `today`.
pub(super) fn claim(s: &CaseStore, card: &OfficeCard, today: &str) -> Result<Claim> {
    let Some(statement) = &card.succession else {
        return Ok(Claim::None);
    };
    if s.trusted_card(&card.fingerprint)?.is_some() {
        return Ok(Claim::None);
    }
    let Some(entry) = s.trusted_card(&statement.old_fingerprint)? else {
        return Ok(Claim::None);
    };
    if entry.revoked_at.is_some() {
        return Ok(Claim::Refused(IdentityError::SuccessionFromRevoked {
            office: entry.office,
            fingerprint: entry.fingerprint,
        }));
    }
    let old = match OfficeCard::parse(&entry.card) {
        Ok(old) => old,
        Err(e) => return Ok(Claim::Refused(e)),
    };
    Ok(match card.succeeds(&old, today) {
        Ok(true) => Claim::Replaces(entry),
        Ok(false) => Claim::None,
        Err(e) => Claim::Refused(e),
    })
}

/// A card someone gave, as its renewal statement stands against the trust list: shown before trusting it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CardRenewal {
    /// The trusted card it verifiably renews: trusting it replaces that card, no fingerprint to compare.
    pub replaces: Option<TrustedCard>,
    /// Why its statement that it renews a trusted card is refused (forged, revoked or expired card): the card is
    /// then a new one, whose fingerprint must be compared as for any card.
    pub refused: Option<String>,
}

impl Api {
    /// Renew this installation's card: new encryption and signing keys, the old ones kept to open packages
    /// already sent to the old card (until its last day), and a new card good for two more years that carries
    /// the old card's signed statement that it succeeds it. Audited. Returns the new card, to share again.
    pub fn renew_identity(&self) -> Result<CardInfo> {
        let now = now_ms();
        let card = self.with_store(|s| {
            let old = keys(s, now)?;
            let age = age::x25519::Identity::generate();
            let mut seed = Zeroizing::new([0u8; 32]);
            getrandom::fill(&mut *seed)
                .map_err(|e| IdentityError::Keys(say("identity-renewal-randomness", &e.to_string())))?;
            let signing = SigningKey::from_bytes(&seed);
            let date = today(now);
            let new = OfficeCard::make(
                &old.card.office,
                &old.card.officer,
                &age.to_public().to_string(),
                &signing,
                &date,
            )?
            .with_succession(&old.card, &old.signing, &date)?;
            let statement = serde_json::to_string(&new.succession)
                .map_err(|e| IdentityError::Keys(say("identity-renewal-unwritten", &e.to_string())))?;
            let what = format!(
                "office card {} renewed as {}: new encryption and signing keys, the renewal signed with the \
                 old key; packages sent to the old card still open here until {}",
                old.card.fingerprint, new.fingerprint, old.card.expires
            );
            s.renew_identity(
                &Renewal {
                    old_fingerprint: &old.card.fingerprint,
                    old_expires: &old.card.expires,
                    age_secret: age.to_string().expose_secret(),
                    signing_seed: &seed,
                    succession: &statement,
                    what: &what,
                },
                now,
            )?;
            // The card as the store now gives it back: the keys were kept as made.
            let kept = keys(s, now)?.card;
            if kept != new {
                return Err(IdentityError::Keys(say("identity-renewal-read-back", "")).into());
            }
            Ok(kept)
        })?;
        Ok(card_info(card, now))
    }

    /// Whether a card someone gave renews a card on the trust list, checked as [`Api::trust_card`] will: the
    /// card it replaces, or why its statement is refused (then it is a new card whose fingerprint must be
    /// compared), or neither.
    pub fn card_renewal(&self, text: &str) -> Result<CardRenewal> {
        let card = OfficeCard::parse(text)?;
        let today = today(now_ms());
        self.with_store(|s| {
            Ok(match claim(s, &card, &today)? {
                Claim::None => CardRenewal {
                    replaces: None,
                    refused: None,
                },
                Claim::Replaces(e) => CardRenewal {
                    replaces: Some(trusted_card(&e, &today)),
                    refused: None,
                },
                Claim::Refused(why) => CardRenewal {
                    replaces: None,
                    refused: Some(why.to_string()),
                },
            })
        })
    }
}
