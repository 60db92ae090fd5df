//! Who an installation is, and cases sent between installations encrypted and signed (issue 17).
//!
//! # Keys
//! Each installation has an age X25519 key pair (to receive) and an Ed25519 key pair (to sign), made at first
//! need and kept only inside the encrypted case store (`cases::identity`). Its public half is the
//! [`OfficeCard`]: office, officer, both public keys, the day it was made and the day it expires (two years
//! later: an expired card is refused as a recipient and as a sender), a fingerprint, and a signature by the
//! card's own signing key over all of it (so the names on a card cannot be changed without breaking it).
//!
//! The fingerprint is the first 64 bits of SHA-256 over a context string, the signing key and the age recipient,
//! written as four groups of four hex digits (`3f2a 91c0 7b4e d816`). It covers BOTH keys: a fingerprint over the
//! signing key alone would let someone who swaps the age key on a card in transit read what is sent to it while
//! the fingerprint read over the phone still matched. 64 bits is enough against a second card made to match one
//! given card (2^64 work) and short enough to read aloud; the trust list itself is keyed by the full keys.
//!
//! # Handover packages (`.avrcase`)
//! ```text
//! "avrcase/1\n" | header length (u32, big endian) | header (JSON) | Ed25519 signature (64 bytes) | age ciphertext
//! ```
//! The header says the format, carries the sender's card, the recipients' fingerprints (or that a passphrase was
//! used) and when it was made; nothing about the case. The signature covers a context string, the magic, the
//! header and the whole ciphertext, so a flipped byte anywhere, a cut, or a header swapped for another is refused
//! before anything is decrypted. The ciphertext is age (X25519 to each recipient's card, or scrypt for a one-off
//! passphrase) over a small JSON envelope that repeats the sender's fingerprint and the creation time: a package
//! re-signed by someone else around a ciphertext they did not make is refused after decryption, because the
//! sender inside does not match the signer outside.
//!
//! # Renewal
//! A card is renewed by rotating both keys ([`Succession`]): new key pairs are made as at first run, the old
//! secrets are kept (packages sealed to the old card still open until that card's last day), and the new card
//! carries a statement signed with the old signing key. Another installation that trusted the old card moves its
//! trust to the new one when the statement verifies against the card it holds; a statement from a revoked or
//! expired card, or one not signed by the card it names, is refused.
//!
//! Crypto comes only from the `age` and `ed25519-dalek` crates; this module only frames and checks.

mod card;
mod package;
mod succession;

pub use card::{CARD_VALID_YEARS, MAX_CARD_BYTES, OfficeCard, normalize_fingerprint};
pub use package::{
    MAX_PACKAGE_BYTES, Opened, Package, PackageHeader, SealTo, Unlock, open_envelope, read_package, seal,
};
pub use succession::Succession;

/// Everything that can go wrong with a card or a package. Messages name the problem, never case data. What each
/// says is in the catalogs (`identity-…` in `i18n/<lang>/errors.ftl`), in the interface language; the details of
/// a malformed card or package (`BadCard`, `BadPackage`) are quoted as the reader found them.
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    #[error("{}", say("identity-bad-card", &[("detail", text(.0))]))]
    BadCard(String),
    #[error("{}", say("identity-bad-package", &[("detail", text(.0))]))]
    BadPackage(String),
    #[error("{}", say("identity-bad-signature", &[]))]
    BadSignature,
    #[error("{}", say("identity-not-for-us", &[("recipients", text(.recipients))]))]
    NotForUs { recipients: String },
    #[error("{}", say("identity-wrong-passphrase", &[]))]
    WrongPassphrase,
    #[error("{}", say("identity-encrypt", &[("detail", text(.0))]))]
    Encrypt(String),
    #[error("{}", say("identity-unknown-sender", &sender(.officer, .office, .fingerprint)))]
    UnknownSender {
        officer: String,
        office: String,
        fingerprint: String,
    },
    #[error("{}", say("identity-revoked-sender", &sender(.officer, .office, .fingerprint)))]
    RevokedSender {
        officer: String,
        office: String,
        fingerprint: String,
    },
    #[error("{}", say("identity-not-trusted", &[("fingerprint", text(.fingerprint))]))]
    NotTrusted { fingerprint: String },
    #[error("{}", say("identity-older-than-handover", &[
        ("number", text(.case_number)),
        ("made", text(.made)),
        ("handed", text(.handed)),
    ]))]
    OlderThanHandover {
        case_number: String,
        made: String,
        handed: String,
    },
    #[error("{}", say("identity-expired-card", &[
        ("officer", text(.officer)),
        ("office", text(.office)),
        ("fingerprint", text(.fingerprint)),
        ("expired", text(.expired)),
    ]))]
    ExpiredCard {
        officer: String,
        office: String,
        fingerprint: String,
        expired: String,
    },
    #[error("{}", say("identity-keys", &[("detail", text(.0))]))]
    Keys(String),
    /// A card says it succeeds a card on the trust list, but the statement was not signed with that card's key.
    #[error("{}", say("identity-forged-succession", &[
        ("office", text(.office)),
        ("fingerprint", text(.fingerprint)),
    ]))]
    ForgedSuccession { office: String, fingerprint: String },
    /// A card says it succeeds a card on the trust list that was revoked here.
    #[error("{}", say("identity-succession-revoked", &[
        ("office", text(.office)),
        ("fingerprint", text(.fingerprint)),
    ]))]
    SuccessionFromRevoked { office: String, fingerprint: String },
    /// A card says it succeeds a card that had expired when it signed, or has expired since.
    #[error("{}", say("identity-succession-expired", &[
        ("office", text(.office)),
        ("fingerprint", text(.fingerprint)),
        ("expired", text(.expired)),
    ]))]
    SuccessionFromExpired {
        office: String,
        fingerprint: String,
        expired: String,
    },
}

fn say(key: &str, args: &[(&str, crate::i18n::Value<'_>)]) -> String {
    crate::i18n::tr(crate::i18n::interface_lang(), key, args)
}

fn text(s: &str) -> crate::i18n::Value<'static> {
    crate::i18n::Value::from(s.to_owned())
}

fn sender(
    officer: &str,
    office: &str,
    fingerprint: &str,
) -> [(&'static str, crate::i18n::Value<'static>); 3] {
    [
        ("officer", text(officer)),
        ("office", text(office)),
        ("fingerprint", text(fingerprint)),
    ]
}

impl IdentityError {
    pub fn code(&self) -> crate::ErrorCode {
        use crate::ErrorCode;
        match self {
            IdentityError::BadCard(_)
            | IdentityError::BadPackage(_)
            | IdentityError::BadSignature
            | IdentityError::NotForUs { .. }
            | IdentityError::WrongPassphrase
            | IdentityError::UnknownSender { .. }
            | IdentityError::RevokedSender { .. }
            | IdentityError::NotTrusted { .. }
            | IdentityError::ExpiredCard { .. }
            | IdentityError::ForgedSuccession { .. }
            | IdentityError::SuccessionFromRevoked { .. }
            | IdentityError::SuccessionFromExpired { .. } => ErrorCode::Validation,
            IdentityError::OlderThanHandover { .. } => ErrorCode::Conflict,
            IdentityError::Encrypt(_) | IdentityError::Keys(_) => ErrorCode::Internal,
        }
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

pub(crate) fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes = text.as_bytes();
    if bytes.len() != N * 2 {
        return None;
    }
    let digit = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let mut out = [0u8; N];
    for (i, pair) in bytes.chunks_exact(2).enumerate() {
        out[i] = (digit(pair[0])? << 4) | digit(pair[1])?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{hex, unhex};

    #[test]
    fn hex_round_trips_and_refuses_what_is_not_lower_case_hex() {
        let bytes = [0u8, 1, 0xab, 0xff];
        assert_eq!(
            unhex::<4>(&hex(&bytes)),
            Some(bytes),
            "hex then unhex gives the bytes back"
        );
        assert_eq!(
            unhex::<4>("00ABff01"),
            None,
            "upper case is not how we write keys"
        );
        assert_eq!(unhex::<4>("00ab"), None, "a short string is not a key");
    }
}
