//! Cases handed over between installations, encrypted and signed (issue 17), as the app and `avr` ask for it:
//! this installation's office card, the trust list, sending a case, and looking into a package before
//! receiving it. The keys are made at first need inside the encrypted store; the framing and the checks of a
//! package are in [`crate::identity`], and a case received goes through the same checks as a JSON import
//! ([`Api::checked_import`]) before it is saved.
//!
//! Order of the checks on receiving: the frame and the signature (against the card in the package), then the
//! sender against the trust list (revoked: refused; unknown: refused unless the user confirmed after comparing
//! the fingerprint), then decryption, then the case itself field by field, then saving in one transaction
//! with the audit event naming the sender and their fingerprint.

use std::path::Path;
use std::time::Instant;

use age::secrecy::ExposeSecret;
use ed25519_dalek::SigningKey;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use super::{Api, now_ms};
use crate::cases::{CaseStatus, CaseStore, ConsentDecision, MIN_PASSPHRASE_CHARS, TrustEntry};
use crate::casework::{self, CaseView, OVERRIDE_PREFIX};
use crate::export::{self, ExportDone, format_utc, json};
use crate::identity::{self, IdentityError, MAX_CARD_BYTES, OfficeCard, Opened, SealTo, Unlock};
use crate::{Error, Result};

/// This installation's office card, and the same as the text of the file people exchange.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CardInfo {
    pub card: OfficeCard,
    /// The card file (JSON): to copy, print or save as `<office>.avrcard`.
    pub text: String,
    /// The name a save dialog offers for it: the office's name in letters and digits, `.avrcard`.
    pub file_name: String,
    /// Days from today to the card's last good day (0 on that day, negative once it has expired).
    #[ts(type = "number")]
    pub days_left: i64,
}

/// One card on the trust list.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TrustedCard {
    /// `xxxx xxxx xxxx xxxx`: what people compare by phone.
    pub fingerprint: String,
    pub office: String,
    pub officer: String,
    #[ts(type = "number")]
    pub added_at: i64,
    /// The card's last good day, `YYYY-MM-DD`.
    pub expires: String,
    /// Past `expires`: nothing is sent to it and its packages are refused until the office sends a new card.
    pub expired: bool,
    /// Revoked cards stay listed: their packages are refused by name.
    #[ts(type = "number | null")]
    pub revoked_at: Option<i64>,
    /// The fingerprint of the card this one replaced when its office renewed it (a verified succession).
    pub renewed_from: Option<String>,
}

/// Whom a package is for.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum HandoverTo {
    /// Cards on the trust list, by fingerprint.
    Cards { fingerprints: Vec<String> },
    /// A one-off passphrase, told to the recipient another way (not in the same e-mail or on the stick).
    Passphrase { passphrase: String },
}

/// A case sent: the package written, and the case now read-only here.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HandoverSent {
    pub path: String,
    pub case_number: String,
    /// Whom it was sealed for: `Office (officer, fingerprint)`, or a passphrase.
    pub recipients: String,
    #[ts(type = "number")]
    pub bytes: u64,
    /// Time to build, seal and write the package.
    pub millis: f64,
}

/// A case handed over from here and not back yet: it is read-only here.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HandoverStatus {
    pub recipients: String,
    #[ts(type = "number")]
    pub handed_at: i64,
}

/// Who a package comes from, as this installation knows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "lowercase")]
pub enum SenderTrust {
    /// On the trust list, with this very card.
    Trusted,
    /// Not on the trust list (or with other keys than the card trusted): compare the fingerprint first.
    Unknown,
    /// This installation itself (a package sealed with a passphrase and opened here).
    Itself,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HandoverSender {
    pub office: String,
    pub officer: String,
    pub fingerprint: String,
    pub trust: SenderTrust,
}

/// What a package carries, shown before it is saved.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct HandoverPreview {
    /// The package's file name (no folder), when it was read from a file.
    pub file: String,
    pub sender: HandoverSender,
    /// When the package was made (Unix ms).
    #[ts(type = "number")]
    pub made_at: i64,
    pub case_number: String,
    pub status: CaseStatus,
    pub stage: String,
    /// The stage's title in the case's workflow (the id when the workflow lacks it).
    pub stage_title: String,
    pub workflow: String,
    /// The principal applicant's name.
    pub principal: String,
    /// Persons in the household, the principal included.
    pub household: u32,
    pub answers: u32,
    pub notes: u32,
    pub consents_given: u32,
    pub consents_withdrawn: u32,
    /// Safeguards overridden, by title; a `member:<n>` prefix names the household member.
    pub overrides: Vec<String>,
    /// The case was handed over from here and comes back: the read-only copy here will be replaced.
    pub returning: bool,
}

/// `YYYY-MM-DD` (UTC) at `now`, what card expiry dates are compared with.
pub(super) fn today(now: i64) -> String {
    crate::cases::IsoDate::from_unix_ms(now).to_string()
}

pub(super) fn trusted_card(e: &TrustEntry, today: &str) -> TrustedCard {
    // The stored card was checked when it was trusted; one that no longer reads shows as expired.
    let expires = OfficeCard::parse(&e.card).map(|c| c.expires).unwrap_or_default();
    TrustedCard {
        fingerprint: e.fingerprint.clone(),
        office: e.office.clone(),
        officer: e.officer.clone(),
        added_at: e.added_at,
        expired: expires.is_empty() || expires.as_str() < today,
        expires,
        revoked_at: e.revoked_at,
        renewed_from: e.renewed_from.clone(),
    }
}

/// A fingerprint as typed, in the form cards carry.
fn fingerprint(text: &str) -> Result<String> {
    identity::normalize_fingerprint(text).ok_or_else(|| {
        Error::Validation(format!(
            "fingerprint `{text}`: expected 16 hex digits, as on the card (3f2a 91c0 7b4e d816)"
        ))
    })
}

/// This installation's keys and card, read from the store (made there first if this is the first need).
pub(super) struct Keys {
    pub(super) age: age::x25519::Identity,
    pub(super) signing: SigningKey,
    pub(super) card: OfficeCard,
}

pub(super) fn keys(s: &CaseStore, now: i64) -> Result<Keys> {
    let stored = match s.identity()? {
        Some(stored) => stored,
        None => {
            let age = age::x25519::Identity::generate();
            let mut seed = Zeroizing::new([0u8; 32]);
            getrandom::fill(&mut *seed).map_err(|e| IdentityError::Keys(format!("no randomness ({e})")))?;
            s.save_identity(age.to_string().expose_secret(), &seed, now)?
        }
    };
    let age: age::x25519::Identity = stored
        .age_secret
        .parse()
        .map_err(|_| IdentityError::Keys("the encryption key is damaged".into()))?;
    let signing = SigningKey::from_bytes(&stored.signing_seed);
    let staff = s.staff_profile()?.ok_or_else(|| {
        Error::Validation(
            "staff profile: set your name and office in Settings before handing cases over".into(),
        )
    })?;
    let office = if staff.office.trim().is_empty() {
        "—"
    } else {
        staff.office.as_str()
    };
    let created = crate::cases::IsoDate::from_unix_ms(stored.created_at).to_string();
    let card = OfficeCard::make(
        office,
        &staff.name,
        &age.to_public().to_string(),
        &signing,
        &created,
    )
    .map_err(|e| match e {
        IdentityError::BadCard(m) => Error::Validation(format!(
            "staff profile: {m}; set your name and office in Settings before handing cases over"
        )),
        other => other.into(),
    })?;
    // A renewed card carries the old card's statement, signed at renewal and kept beside the keys.
    let succession = match &stored.succession {
        Some(json) => Some(serde_json::from_str(json).map_err(|_| {
            IdentityError::Keys(crate::i18n::tr(
                crate::i18n::interface_lang(),
                "identity-renewal-damaged",
                &[],
            ))
        })?),
        None => None,
    };
    let card = OfficeCard { succession, ..card };
    Ok(Keys { age, signing, card })
}

/// Who sent `header`'s package, as this installation knows them; a revoked card is refused here.
fn sender_of(s: &CaseStore, own: &OfficeCard, sender: &OfficeCard, now: i64) -> Result<HandoverSender> {
    sender.check_current(&today(now))?;
    let trust = if sender.fingerprint == own.fingerprint {
        SenderTrust::Itself
    } else {
        match s.trusted_card_by_key(&sender.signing_key)? {
            Some(e) if e.revoked_at.is_some() => {
                return Err(IdentityError::RevokedSender {
                    officer: sender.officer.clone(),
                    office: sender.office.clone(),
                    fingerprint: sender.fingerprint.clone(),
                }
                .into());
            }
            // Same signing key, other encryption key: a card the user has not compared.
            Some(e) if e.fingerprint == sender.fingerprint => SenderTrust::Trusted,
            _ => SenderTrust::Unknown,
        }
    };
    Ok(HandoverSender {
        office: sender.office.clone(),
        officer: sender.officer.clone(),
        fingerprint: sender.fingerprint.clone(),
        trust,
    })
}

pub(super) fn card_info(card: OfficeCard, now: i64) -> CardInfo {
    let slug: String = card
        .office
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    CardInfo {
        text: card.to_file_text(),
        file_name: format!("{}.avrcard", if slug.is_empty() { "office-card" } else { &slug }),
        days_left: super::renewal::days_until(&card.expires, now),
        card,
    }
}

fn file_name_of(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A whole file, refused unread when it is bigger than `max` bytes (a card or a package is never that big).
fn read_small(path: &Path, max: usize) -> Result<Vec<u8>> {
    let len = std::fs::metadata(path).map_err(|e| Error::io(path, e))?.len();
    if len > max as u64 {
        return Err(Error::Validation(format!(
            "{}: {len} bytes, more than such a file can be ({max})",
            path.display()
        )));
    }
    std::fs::read(path).map_err(|e| Error::io(path, e))
}

/// A package checked, opened and its case checked: everything but saving.
struct Received {
    sender: HandoverSender,
    made_at: i64,
    imported: json::ImportedCase,
    /// The local id of the read-only copy the case replaces, when it comes back.
    returning: Option<i64>,
}

impl Api {
    /// This installation's office card (its keys are made now if this is the first need).
    pub fn identity_card(&self) -> Result<CardInfo> {
        let card = self.with_store(|s| Ok(keys(s, now_ms())?.card))?;
        Ok(card_info(card, now_ms()))
    }

    /// Write this installation's card to `path` (atomically), for the save dialog.
    pub fn save_card(&self, path: &Path) -> Result<ExportDone> {
        let started = Instant::now();
        let text = self.identity_card()?.text;
        export::write_atomically(path, text.as_bytes())?;
        Ok(ExportDone {
            path: path.display().to_string(),
            folder: path.parent().map(|p| p.display().to_string()).unwrap_or_default(),
            bytes: text.len() as u64,
            millis: started.elapsed().as_secs_f64() * 1000.0,
            undrawable: Vec::new(),
        })
    }

    /// Read a card file someone gave (checked, not trusted): the card and its text, for [`Api::trust_card`].
    pub fn read_card_file(&self, path: &Path) -> Result<CardInfo> {
        let bytes = read_small(path, MAX_CARD_BYTES)?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let card =
            OfficeCard::parse(&text).map_err(|e| Error::Validation(format!("{}: {e}", path.display())))?;
        Ok(CardInfo {
            text,
            file_name: file_name_of(path),
            days_left: super::renewal::days_until(&card.expires, now_ms()),
            card,
        })
    }

    /// Read a card file and check it (format, keys, fingerprint, its own signature) without trusting it: what
    /// the user compares with the office by phone before [`Api::trust_card`].
    pub fn read_card(&self, text: &str) -> Result<OfficeCard> {
        Ok(OfficeCard::parse(text)?)
    }

    /// Put a card on the trust list (after the user compared its fingerprint with its owner). A card revoked
    /// here is refused; a card already trusted is left as it is. A renewed card whose succession statement
    /// verifies against a card trusted here replaces that card (its `renewed_from` names it); a statement
    /// from a revoked or expired card, or not signed by the card it names, is refused and the card is added as
    /// a new one, as any card whose fingerprint the user compared ([`Api::card_renewal`] says which before).
    pub fn trust_card(&self, text: &str) -> Result<TrustedCard> {
        let card = OfficeCard::parse(text)?;
        card.check_current(&today(now_ms()))?;
        self.with_store(|s| {
            if card.fingerprint == keys(s, now_ms())?.card.fingerprint {
                return Err(Error::Validation(
                    "card: this is this installation's own card; trust other offices' cards".into(),
                ));
            }
            let entry = TrustEntry {
                fingerprint: card.fingerprint.clone(),
                signing_key: card.signing_key.clone(),
                card: card.to_file_text(),
                office: card.office.clone(),
                officer: card.officer.clone(),
                added_at: now_ms(),
                revoked_at: None,
                renewed_from: None,
            };
            if let super::renewal::Claim::Replaces(old) = super::renewal::claim(s, &card, &today(now_ms()))? {
                // A verified renewal of a card trusted here takes its place, and says which card it replaced.
                let what = format!(
                    "card {} ({}, {}) renewed as {}: its renewal statement is signed by the card trusted",
                    old.fingerprint, old.officer, old.office, card.fingerprint
                );
                let stored = s.replace_trusted_card(&old.fingerprint, &entry, &what, now_ms())?;
                return Ok(trusted_card(&stored, &today(now_ms())));
            }
            s.trust_card(&entry, entry.added_at)?;
            let stored = s
                .trusted_card(&card.fingerprint)?
                .ok_or_else(|| Error::NotFound {
                    what: "card on the trust list",
                    id: card.fingerprint.clone(),
                })?;
            Ok(trusted_card(&stored, &today(now_ms())))
        })
    }

    /// The trust list, revoked cards included, in the order they were added.
    pub fn trusted_cards(&self) -> Result<Vec<TrustedCard>> {
        let today = today(now_ms());
        self.with_store(|s| {
            Ok(s.trusted_cards()?
                .iter()
                .map(|e| trusted_card(e, &today))
                .collect())
        })
    }

    /// Revoke a card (fingerprint as typed): its packages are refused from now on and nothing is sent to it.
    pub fn revoke_card(&self, fingerprint_text: &str) -> Result<TrustedCard> {
        let fp = fingerprint(fingerprint_text)?;
        self.with_store(|s| Ok(trusted_card(&s.revoke_card(&fp, now_ms())?, &today(now_ms()))))
    }

    /// The name a save dialog offers for a case's package: its number, never a person's name.
    pub fn handover_file_name(&self, case_id: i64) -> Result<String> {
        let number = self.with_store(|s| Ok(s.case_summary(case_id)?.case_number))?;
        Ok(format!("{number}.avrcase"))
    }

    /// [`Api::handover_inspect`] on a package file (refused unread when bigger than a package can be).
    pub fn handover_inspect_file(&self, path: &Path, passphrase: Option<&str>) -> Result<HandoverPreview> {
        let bytes = read_small(path, identity::MAX_PACKAGE_BYTES)?;
        let mut preview = self.handover_inspect(&bytes, passphrase)?;
        preview.file = file_name_of(path);
        Ok(preview)
    }

    /// [`Api::handover_receive`] on a package file.
    pub fn handover_receive_file(
        &self,
        path: &Path,
        passphrase: Option<&str>,
        confirm_unknown_sender: bool,
    ) -> Result<CaseView> {
        let bytes = read_small(path, identity::MAX_PACKAGE_BYTES)?;
        self.handover_receive(&bytes, passphrase, confirm_unknown_sender)
    }

    /// Whether a case was handed over from here and is read-only until it comes back.
    pub fn handover_status(&self, case_id: i64) -> Result<Option<HandoverStatus>> {
        self.with_store(|s| {
            Ok(s.handover_mark(case_id)?.map(|m| HandoverStatus {
                recipients: m.recipients,
                handed_at: m.handed_at,
            }))
        })
    }

    /// Seal an open case for `to`, write the package to `path` (atomically) and mark the case handed over: it is
    /// read-only here until it comes back. If marking fails, the package is removed again.
    pub fn handover_send(&self, case_id: i64, to: &HandoverTo, path: &Path) -> Result<HandoverSent> {
        let started = Instant::now();
        let now = now_ms();
        let view = self.case_view(case_id)?;
        let s = &view.record.summary;
        if s.status != CaseStatus::Open {
            return Err(crate::cases::CaseError::CaseNotOpen {
                case_number: s.case_number.clone(),
                status: s.status.as_str(),
            }
            .into());
        }
        let case_json = Zeroizing::new(json::to_json(&view.record, now)?);
        let (bytes, recipients) = self.with_store(|st| {
            let keys = keys(st, now)?;
            // Whoever receives it would refuse a package signed with an expired card: say so here.
            keys.card.check_current(&today(now))?;
            match to {
                HandoverTo::Cards { fingerprints } => {
                    let cards = fingerprints
                        .iter()
                        .map(|f| {
                            let fp = fingerprint(f)?;
                            let not_trusted = || IdentityError::NotTrusted {
                                fingerprint: fp.clone(),
                            };
                            let entry = st
                                .trusted_card(&fp)?
                                .filter(|e| e.revoked_at.is_none())
                                .ok_or_else(not_trusted)?;
                            let card = OfficeCard::parse(&entry.card)?;
                            card.check_current(&today(now))?;
                            Ok(card)
                        })
                        .collect::<Result<Vec<_>>>()?;
                    let names: Vec<String> = cards
                        .iter()
                        .map(|c| format!("{} ({}, {})", c.office, c.officer, c.fingerprint))
                        .collect();
                    let sealed =
                        identity::seal(&case_json, &keys.card, &keys.signing, &SealTo::Cards(&cards), now)?;
                    Ok((sealed, names.join("; ")))
                }
                HandoverTo::Passphrase { passphrase } => {
                    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
                        return Err(Error::Validation(format!(
                            "passphrase: at least {MIN_PASSPHRASE_CHARS} characters (it is all that protects \
                             the case on the way)"
                        )));
                    }
                    let sealed = identity::seal(
                        &case_json,
                        &keys.card,
                        &keys.signing,
                        &SealTo::Passphrase(passphrase),
                        now,
                    )?;
                    Ok((sealed, "a one-off passphrase".to_owned()))
                }
            }
        })?;
        export::write_atomically(path, &bytes)?;
        let what = format!("handed over as an encrypted, signed package to {recipients}");
        if let Err(e) = self.with_store(|st| Ok(st.mark_handed_over(case_id, &recipients, &what, now)?)) {
            let _ = std::fs::remove_file(path);
            return Err(e);
        }
        Ok(HandoverSent {
            path: path.display().to_string(),
            case_number: s.case_number.clone(),
            recipients,
            bytes: bytes.len() as u64,
            millis: started.elapsed().as_secs_f64() * 1000.0,
        })
    }

    /// Check a package and show what it carries, saving nothing. `passphrase` opens a package sealed with one.
    /// A revoked sender is refused; an unknown one is shown with their fingerprint.
    pub fn handover_inspect(&self, bytes: &[u8], passphrase: Option<&str>) -> Result<HandoverPreview> {
        let received = self.open_package(bytes, passphrase, true)?;
        let r = &received.imported.record;
        let s = &r.summary;
        let wf = self.case_workflow(&s.workflow_id, s.workflow_version)?;
        let count = |d: ConsentDecision| r.consents.iter().filter(|c| c.decision == d).count() as u32;
        let overrides = r
            .answers
            .iter()
            .filter_map(|a| {
                let (scope, key) = casework::split_key(&a.field_id);
                let id = key.strip_prefix(OVERRIDE_PREFIX)?;
                let title = casework::safeguard_title(wf, id);
                Some(match scope {
                    casework::Scope::Principal => title.to_owned(),
                    casework::Scope::Member(p) => format!("{}{p}: {title}", casework::MEMBER_PREFIX),
                })
            })
            .collect();
        Ok(HandoverPreview {
            file: String::new(),
            sender: received.sender.clone(),
            made_at: received.made_at,
            case_number: s.case_number.clone(),
            status: s.status,
            stage: s.stage.clone(),
            stage_title: wf
                .stages
                .iter()
                .find(|st| st.id == s.stage)
                .map_or_else(|| s.stage.clone(), |st| st.title.clone()),
            workflow: format!("{} v{}", wf.title, wf.version),
            principal: r
                .persons
                .iter()
                .min_by_key(|p| p.position)
                .map(|p| format!("{} {}", p.given_names, p.family_name).trim().to_owned())
                .unwrap_or_default(),
            household: r.persons.len() as u32,
            answers: r.answers.len() as u32,
            notes: r.notes.len() as u32,
            consents_given: count(ConsentDecision::Given),
            consents_withdrawn: count(ConsentDecision::Withdrawn),
            overrides,
            returning: received.returning.is_some(),
        })
    }

    /// Receive a package: every check of [`Api::handover_inspect`], then the case is saved (replacing the
    /// read-only copy when it comes back) and the sender's name and fingerprint audited. A sender not on the
    /// trust list is refused unless `confirm_unknown_sender` (the user compared the fingerprint). All or
    /// nothing.
    pub fn handover_receive(
        &self,
        bytes: &[u8],
        passphrase: Option<&str>,
        confirm_unknown_sender: bool,
    ) -> Result<CaseView> {
        let received = self.open_package(bytes, passphrase, confirm_unknown_sender)?;
        let sender = &received.sender;
        let how = match sender.trust {
            SenderTrust::Trusted => "on the trust list",
            SenderTrust::Unknown => "not on the trust list, received after the user confirmed",
            SenderTrust::Itself => "this installation",
        };
        let what = format!(
            "received in a signed handover package from {} ({}), card {} ({how}); package made {}{}",
            sender.officer,
            sender.office,
            sender.fingerprint,
            format_utc(received.made_at),
            if received.returning.is_some() {
                "; the case came back and replaced the read-only copy"
            } else {
                ""
            }
        );
        let id = self.with_store(|st| {
            Ok(st.receive_handover(
                &received.imported.record,
                received.imported.exported_at,
                received.returning,
                &what,
                now_ms(),
            )?)
        })?;
        // What the case's answers trigger is latched here too, as for an import.
        self.sync_list_columns(id)?;
        self.case_view(id)
    }

    /// Frame, signature, sender, decryption, then the case as an import checks it; nothing is saved.
    fn open_package(&self, bytes: &[u8], passphrase: Option<&str>, accept_unknown: bool) -> Result<Received> {
        let package = identity::read_package(bytes)?;
        let (sender, opened) = self.with_store(|s| {
            let keys = keys(s, now_ms())?;
            let sender = sender_of(s, &keys.card, &package.header.sender, now_ms())?;
            if sender.trust == SenderTrust::Unknown && !accept_unknown {
                return Err(IdentityError::UnknownSender {
                    officer: sender.officer,
                    office: sender.office,
                    fingerprint: sender.fingerprint,
                }
                .into());
            }
            // Packages sealed to a card renewed here still open until that card's last day.
            let mut ids = vec![keys.age];
            for old in s.retired_identities(&today(now_ms()))? {
                ids.push(old.age_secret.parse().map_err(|_| {
                    IdentityError::Keys(crate::i18n::tr(
                        crate::i18n::interface_lang(),
                        "identity-renewed-key-damaged",
                        &[("fingerprint", old.fingerprint.clone().into())],
                    ))
                })?);
            }
            let unlock = match passphrase {
                Some(p) => Unlock::Passphrase(p),
                None => Unlock::Identities(&ids),
            };
            let opened: Opened = identity::open_envelope(package, &unlock)?;
            Ok((sender, opened))
        })?;
        let made_at = opened.header.created_at;
        let origin = format!(
            "handover package from {} ({}, card {})",
            sender.officer, sender.office, sender.fingerprint
        );
        let imported = self.checked_import(&opened.case_json, &origin)?;
        let number = imported.record.summary.case_number.clone();
        let returning = self.with_store(|s| {
            let Some(id) = s.case_id_by_number(&number)? else {
                return Ok(None);
            };
            let Some(mark) = s.handover_mark(id)? else {
                return Err(crate::cases::CaseError::CaseNumberTaken { case_number: number }.into());
            };
            if made_at < mark.handed_at {
                return Err(IdentityError::OlderThanHandover {
                    case_number: number,
                    made: format_utc(made_at),
                    handed: format_utc(mark.handed_at),
                }
                .into());
            }
            Ok(Some(id))
        })?;
        Ok(Received {
            sender,
            made_at,
            imported,
            returning,
        })
    }
}
