//! The `.avrcase` package: framing, signature and age encryption (the layout is in the module above).

use std::io::{Read, Write};

use age::secrecy::SecretString;
use ed25519_dalek::{Signature, Signer, SigningKey};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{IdentityError, OfficeCard};

const MAGIC: &[u8] = b"avrcase/1\n";
const FORMAT: u32 = 1;
/// What the signature covers starts with this, so that no other Ed25519 use of the key can be replayed as one.
const SIGNING_CONTEXT: &[u8] = b"avr-handover-package-signature/1\0";
/// A header (the sender's card and a few fingerprints) bigger than this is not ours.
const MAX_HEADER_BYTES: usize = 64 * 1024;
/// A package bigger than this is refused before anything else (a large real case is a few hundred KiB).
pub const MAX_PACKAGE_BYTES: usize = 32 * 1024 * 1024;
/// Recipients a package may name.
const MAX_RECIPIENTS: usize = 32;

/// Who a package is encrypted to.
pub enum SealTo<'a> {
    /// Each card's age recipient.
    Cards(&'a [OfficeCard]),
    /// A one-off passphrase (age's scrypt recipient), for when no card is at hand.
    Passphrase(&'a str),
}

/// How this installation opens a package.
pub enum Unlock<'a> {
    /// This installation's current key first, then the keys of cards it renewed that have not expired yet.
    Identities(&'a [age::x25519::Identity]),
    Passphrase(&'a str),
}

/// What a package says in the clear. Nothing about the case: who sent it, to whom, when.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageHeader {
    pub format: u32,
    pub sender: OfficeCard,
    /// Recipients' fingerprints; empty when `passphrase`.
    pub recipients: Vec<String>,
    pub passphrase: bool,
    /// Unix milliseconds.
    pub created_at: i64,
}

/// What is encrypted: the case export and, again, who made it and when.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    sender_fingerprint: String,
    created_at: i64,
    case_json: String,
}

/// A package whose signature checked out against the card in its header (not yet against the trust list).
pub struct Package {
    pub header: PackageHeader,
    ciphertext: Vec<u8>,
}

/// A package opened: its header and the case export it carried (wiped when dropped).
pub struct Opened {
    pub header: PackageHeader,
    pub case_json: Zeroizing<String>,
}

fn signed_message(prefix: &[u8], ciphertext: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(SIGNING_CONTEXT.len() + prefix.len() + ciphertext.len());
    m.extend_from_slice(SIGNING_CONTEXT);
    m.extend_from_slice(prefix);
    m.extend_from_slice(ciphertext);
    m
}

fn encrypt(to: &SealTo<'_>, plaintext: &[u8]) -> Result<Vec<u8>, IdentityError> {
    let encryptor = match to {
        SealTo::Cards(cards) => {
            let recipients = cards
                .iter()
                .map(OfficeCard::recipient)
                .collect::<Result<Vec<_>, _>>()?;
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .map_err(|e| IdentityError::Encrypt(e.to_string()))?
        }
        SealTo::Passphrase(p) => age::Encryptor::with_user_passphrase(SecretString::from((*p).to_owned())),
    };
    let mut out = Vec::with_capacity(plaintext.len() + 1024);
    let mut writer = encryptor
        .wrap_output(&mut out)
        .map_err(|e| IdentityError::Encrypt(e.to_string()))?;
    writer
        .write_all(plaintext)
        .and_then(|()| writer.finish().map(|_| ()))
        .map_err(|e| IdentityError::Encrypt(e.to_string()))?;
    Ok(out)
}

/// Make a package: `case_json` (a case export) encrypted as `to` says and signed by `signing`, whose card is
/// `sender`.
pub fn seal(
    case_json: &str,
    sender: &OfficeCard,
    signing: &SigningKey,
    to: &SealTo<'_>,
    created_at: i64,
) -> Result<Vec<u8>, IdentityError> {
    let (recipients, passphrase) = match to {
        SealTo::Cards(cards) if cards.is_empty() || cards.len() > MAX_RECIPIENTS => {
            return Err(IdentityError::BadPackage(format!(
                "choose 1 to {MAX_RECIPIENTS} recipients"
            )));
        }
        SealTo::Cards(cards) => (cards.iter().map(|c| c.fingerprint.clone()).collect(), false),
        SealTo::Passphrase(_) => (Vec::new(), true),
    };
    let header = PackageHeader {
        format: FORMAT,
        sender: sender.clone(),
        recipients,
        passphrase,
        created_at,
    };
    let envelope = Zeroizing::new(
        serde_json::to_vec(&Envelope {
            sender_fingerprint: sender.fingerprint.clone(),
            created_at,
            case_json: case_json.to_owned(),
        })
        .map_err(|e| IdentityError::Encrypt(e.to_string()))?,
    );
    let ciphertext = encrypt(to, &envelope)?;
    let header_json = serde_json::to_vec(&header).map_err(|e| IdentityError::Encrypt(e.to_string()))?;
    let mut out = Vec::with_capacity(MAGIC.len() + 4 + header_json.len() + 64 + ciphertext.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(header_json.len() as u32).to_be_bytes());
    out.extend_from_slice(&header_json);
    let signature = signing.sign(&signed_message(&out, &ciphertext));
    out.extend_from_slice(&signature.to_bytes());
    out.extend_from_slice(&ciphertext);
    Ok(out)
}

/// Read a package's frame and check its signature against the card in its header. Whether that card is one
/// this installation trusts is the caller's decision, made before [`open_envelope`].
pub fn read_package(bytes: &[u8]) -> Result<Package, IdentityError> {
    let bad = |m: &str| IdentityError::BadPackage(m.to_owned());
    if bytes.len() > MAX_PACKAGE_BYTES {
        return Err(IdentityError::BadPackage(format!(
            "{} bytes; a package is at most {MAX_PACKAGE_BYTES}",
            bytes.len()
        )));
    }
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or_else(|| bad("not a handover package (.avrcase)"))?;
    let (len, rest) = rest
        .split_first_chunk::<4>()
        .ok_or_else(|| bad("cut short before its header"))?;
    let len = u32::from_be_bytes(*len) as usize;
    if len > MAX_HEADER_BYTES {
        return Err(bad("its header is too big"));
    }
    if rest.len() < len + 64 {
        return Err(bad("cut short inside its header or signature"));
    }
    let (header_json, rest) = rest.split_at(len);
    let (signature, ciphertext) = rest.split_at(64);
    let header: PackageHeader = serde_json::from_slice(header_json)
        .map_err(|e| IdentityError::BadPackage(format!("unreadable header ({e})")))?;
    if header.format != FORMAT {
        return Err(IdentityError::BadPackage(format!(
            "format {}; this version reads format {FORMAT}",
            header.format
        )));
    }
    if header.recipients.len() > MAX_RECIPIENTS || (header.passphrase != header.recipients.is_empty()) {
        return Err(bad("its recipients do not add up"));
    }
    header.sender.check()?;
    let key = header.sender.verifying_key()?;
    let mut sig = [0u8; 64];
    sig.copy_from_slice(signature);
    let prefix = &bytes[..MAGIC.len() + 4 + len];
    key.verify_strict(&signed_message(prefix, ciphertext), &Signature::from_bytes(&sig))
        .map_err(|_| IdentityError::BadSignature)?;
    Ok(Package {
        header,
        ciphertext: ciphertext.to_vec(),
    })
}

/// Decrypt a package read by [`read_package`] and check that the sender inside is the signer outside.
pub fn open_envelope(package: Package, unlock: &Unlock<'_>) -> Result<Opened, IdentityError> {
    let header = package.header;
    let not_for_us = || IdentityError::NotForUs {
        recipients: if header.passphrase {
            "a passphrase".to_owned()
        } else {
            header.recipients.join(", ")
        },
    };
    let decryptor = age::Decryptor::new(&package.ciphertext[..])
        .map_err(|e| IdentityError::BadPackage(format!("unreadable encryption header ({e})")))?;
    let reader = match unlock {
        Unlock::Passphrase(p) => {
            if !decryptor.is_scrypt() {
                return Err(IdentityError::BadPackage(
                    "this package was sent to office cards, not with a passphrase".into(),
                ));
            }
            let id = age::scrypt::Identity::new(SecretString::from((*p).to_owned()));
            decryptor
                .decrypt(std::iter::once(&id as &dyn age::Identity))
                .map_err(|_| IdentityError::WrongPassphrase)?
        }
        Unlock::Identities(ids) => {
            if decryptor.is_scrypt() {
                return Err(IdentityError::BadPackage(
                    "this package is locked with a passphrase: give it to open the package".into(),
                ));
            }
            decryptor
                .decrypt(ids.iter().map(|id| id as &dyn age::Identity))
                .map_err(|e| match e {
                    age::DecryptError::NoMatchingKeys => not_for_us(),
                    other => IdentityError::BadPackage(format!("cannot be decrypted ({other})")),
                })?
        }
    };
    let mut plain = Zeroizing::new(Vec::new());
    reader
        .take(MAX_PACKAGE_BYTES as u64)
        .read_to_end(&mut plain)
        .map_err(|e| IdentityError::BadPackage(format!("cannot be decrypted ({e})")))?;
    let envelope: Envelope = serde_json::from_slice(&plain)
        .map_err(|_| IdentityError::BadPackage("its content is not a case envelope".into()))?;
    if envelope.sender_fingerprint != header.sender.fingerprint || envelope.created_at != header.created_at {
        return Err(IdentityError::BadPackage(
            "the sender inside is not the one who signed it (re-signed by someone else): refused".into(),
        ));
    }
    Ok(Opened {
        header,
        case_json: Zeroizing::new(envelope.case_json),
    })
}
