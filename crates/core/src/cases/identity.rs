//! What migration 8 keeps: this installation's identity (its age and Ed25519 secrets), the trust list of other
//! offices' cards, and the marks of cases handed over. The keys themselves are made and used by
//! [`crate::identity`]; the store only keeps them, inside the encrypted database, and wipes its copies on drop.
//!
//! A case with an open handover mark is read-only: triggers in the migration refuse every write to it, whatever
//! code path tries, and the refusal reaches callers as [`CaseError::HandedOver`].

use rusqlite::{OptionalExtension, params};
use zeroize::Zeroizing;

use super::model::CaseRecord;
use super::store::{CaseStore, actor_of};
use super::{CaseError, Result, ops, trail, transfer};

/// How the read-only triggers' messages start (see `From<rusqlite::Error> for CaseError`).
pub(super) const HANDED_OVER: &str = "avr-handed-over";

/// The `error-not-found` selector for a card on the trust list.
const TRUSTED_CARD: &str = "card on the trust list";

/// A message of `i18n/<lang>/renewal.ftl` in the interface language.
fn said(key: &str) -> String {
    crate::i18n::tr(crate::i18n::interface_lang(), key, &[])
}

/// This installation's secrets, as the store keeps them. Wiped when dropped.
pub struct StoredIdentity {
    /// `AGE-SECRET-KEY-1…`: opens handover packages sent to this installation.
    pub age_secret: Zeroizing<String>,
    /// The Ed25519 seed that signs packages sent from here.
    pub signing_seed: Zeroizing<[u8; 32]>,
    pub created_at: i64,
    /// On a renewed identity: the statement (JSON) that its card succeeds the one renewed.
    pub succession: Option<String>,
}

/// The age secret of a card this installation renewed, kept to open packages sealed to it. Wiped when dropped.
pub struct RetiredIdentity {
    pub fingerprint: String,
    pub age_secret: Zeroizing<String>,
    /// The old card's last good day, `YYYY-MM-DD`: after it, its packages are not opened.
    pub expires: String,
}

/// A renewal to keep: the card renewed and the new keys with the statement that their card succeeds it.
pub struct Renewal<'a> {
    pub old_fingerprint: &'a str,
    pub old_expires: &'a str,
    pub age_secret: &'a str,
    pub signing_seed: &'a [u8; 32],
    pub succession: &'a str,
    /// For the audit log: the old and new fingerprints.
    pub what: &'a str,
}

/// One card on the trust list.
#[derive(Debug, Clone)]
pub struct TrustEntry {
    pub fingerprint: String,
    /// The Ed25519 public key, hex.
    pub signing_key: String,
    /// The card as it was trusted (JSON).
    pub card: String,
    pub office: String,
    pub officer: String,
    pub added_at: i64,
    pub revoked_at: Option<i64>,
    /// The fingerprint of the card this one replaced through a verified renewal.
    pub renewed_from: Option<String>,
}

/// A case handed over and not back yet.
#[derive(Debug, Clone)]
pub struct HandoverMark {
    /// Offices and fingerprints, as the sender chose them.
    pub recipients: String,
    pub handed_at: i64,
}

fn entry_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TrustEntry> {
    Ok(TrustEntry {
        fingerprint: r.get(0)?,
        signing_key: r.get(1)?,
        card: r.get(2)?,
        office: r.get(3)?,
        officer: r.get(4)?,
        added_at: r.get(5)?,
        revoked_at: r.get(6)?,
        renewed_from: r.get(7)?,
    })
}

const ENTRY_COLUMNS: &str =
    "fingerprint, signing_key, card, office, officer, added_at, revoked_at, renewed_from";

impl CaseStore {
    /// This installation's identity, if one was made.
    pub fn identity(&self) -> Result<Option<StoredIdentity>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT age_secret, signing_seed, created_at, succession FROM identity WHERE id = 1",
            )?
            .query_row([], |r| {
                let age_secret = Zeroizing::new(r.get::<_, String>(0)?);
                let seed = Zeroizing::new(r.get::<_, Vec<u8>>(1)?);
                let mut signing_seed = Zeroizing::new([0u8; 32]);
                if seed.len() == 32 {
                    signing_seed.copy_from_slice(&seed);
                }
                Ok(StoredIdentity {
                    age_secret,
                    signing_seed,
                    created_at: r.get(2)?,
                    succession: r.get(3)?,
                })
            })
            .optional()?)
    }

    /// Keep a freshly made identity, unless one exists already (the first one stays: cards given out name it).
    /// Returns the identity the store holds afterwards.
    pub fn save_identity(
        &self,
        age_secret: &str,
        signing_seed: &[u8; 32],
        now: i64,
    ) -> Result<StoredIdentity> {
        self.write(|tx| {
            let added = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO identity (id, age_secret, signing_seed, created_at) VALUES (1, ?1, ?2, ?3)",
                )?
                .execute(params![age_secret, &signing_seed[..], now])?;
            if added == 1 {
                trail::append(
                    tx,
                    now,
                    &actor_of(tx)?,
                    "identity.created",
                    None,
                    "encryption and signing keys made for this installation",
                )?;
            }
            Ok(())
        })?;
        self.identity()?
            .ok_or_else(|| CaseError::invalid("identity", "the identity was not saved"))
    }

    /// Renew this installation's identity, all or nothing: the current secrets are kept as retired (under the
    /// old card's fingerprint, until its expiry), the new ones take their place with the succession statement,
    /// and the renewal is audited. The database refuses any other change to the identity.
    pub fn renew_identity(&self, r: &Renewal<'_>, now: i64) -> Result<StoredIdentity> {
        self.write(|tx| {
            let kept = tx
                .prepare_cached(
                    "INSERT INTO retired_identity (fingerprint, age_secret, signing_seed, created_at, expires,
                                                   retired_at)
                     SELECT ?1, age_secret, signing_seed, created_at, ?2, ?3 FROM identity WHERE id = 1",
                )?
                .execute(params![r.old_fingerprint, r.old_expires, now])?;
            if kept != 1 {
                return Err(CaseError::invalid("identity", said("identity-nothing-to-renew")));
            }
            tx.prepare_cached(
                "UPDATE identity SET age_secret = ?1, signing_seed = ?2, created_at = ?3, succession = ?4
                 WHERE id = 1",
            )?
            .execute(params![r.age_secret, &r.signing_seed[..], now, r.succession])?;
            trail::append(tx, now, &actor_of(tx)?, "identity.renewed", None, r.what)?;
            Ok(())
        })?;
        self.identity()?
            .ok_or_else(|| CaseError::invalid("identity", said("identity-not-kept")))
    }

    /// The secrets of cards renewed here whose last good day is `today` or later, newest first.
    pub fn retired_identities(&self, today: &str) -> Result<Vec<RetiredIdentity>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT fingerprint, age_secret, expires FROM retired_identity WHERE expires >= ?1
             ORDER BY retired_at DESC",
        )?;
        let rows = stmt.query_map([today], |r| {
            Ok(RetiredIdentity {
                fingerprint: r.get(0)?,
                age_secret: Zeroizing::new(r.get(1)?),
                expires: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Replace the trusted card `old_fingerprint` (not revoked) by its verified renewal `entry`, keeping its
    /// place on the list (`added_at`), and audit it with `what`.
    pub fn replace_trusted_card(
        &self,
        old_fingerprint: &str,
        entry: &TrustEntry,
        what: &str,
        now: i64,
    ) -> Result<TrustEntry> {
        self.write(|tx| {
            let changed = tx
                .prepare_cached(
                    "UPDATE trusted_card SET fingerprint = ?2, signing_key = ?3, card = ?4, office = ?5,
                         officer = ?6, renewed_from = ?1
                     WHERE fingerprint = ?1 AND revoked_at IS NULL",
                )?
                .execute(params![
                    old_fingerprint,
                    entry.fingerprint,
                    entry.signing_key,
                    entry.card,
                    entry.office,
                    entry.officer
                ])?;
            if changed != 1 {
                return Err(CaseError::NotFound {
                    what: TRUSTED_CARD,
                    id: old_fingerprint.to_owned(),
                });
            }
            trail::append(tx, now, &actor_of(tx)?, "identity.trust_renewed", None, what)?;
            Ok(tx
                .prepare_cached(&format!(
                    "SELECT {ENTRY_COLUMNS} FROM trusted_card WHERE fingerprint = ?1"
                ))?
                .query_row([&entry.fingerprint], entry_from_row)?)
        })
    }

    /// Put a card on the trust list. A card revoked here is never trusted again; one already trusted is left as
    /// it is.
    pub fn trust_card(&self, entry: &TrustEntry, now: i64) -> Result<()> {
        self.write(|tx| {
            let existing: Option<Option<i64>> = tx
                .prepare_cached(
                    "SELECT revoked_at FROM trusted_card WHERE fingerprint = ?1 OR signing_key = ?2",
                )?
                .query_row(params![entry.fingerprint, entry.signing_key], |r| r.get(0))
                .optional()?;
            match existing {
                Some(Some(_)) => Err(CaseError::invalid(
                    "card",
                    format!(
                        "the card {} was revoked on this installation and cannot be trusted again",
                        entry.fingerprint
                    ),
                )),
                Some(None) => Ok(()),
                None => {
                    tx.prepare_cached(
                        "INSERT INTO trusted_card (fingerprint, signing_key, card, office, officer, added_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    )?
                    .execute(params![
                        entry.fingerprint,
                        entry.signing_key,
                        entry.card,
                        entry.office,
                        entry.officer,
                        now
                    ])?;
                    trail::append(
                        tx,
                        now,
                        &actor_of(tx)?,
                        "identity.trusted",
                        None,
                        &format!("card {} ({}, {})", entry.fingerprint, entry.officer, entry.office),
                    )?;
                    Ok(())
                }
            }
        })
    }

    /// The trust list, revoked cards included, in the order they were added.
    pub fn trusted_cards(&self) -> Result<Vec<TrustEntry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ENTRY_COLUMNS} FROM trusted_card ORDER BY added_at, fingerprint"
        ))?;
        let rows = stmt.query_map([], entry_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The card with this signing key (hex), if it is on the list (revoked or not).
    pub fn trusted_card_by_key(&self, signing_key: &str) -> Result<Option<TrustEntry>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM trusted_card WHERE signing_key = ?1"
            ))?
            .query_row([signing_key], entry_from_row)
            .optional()?)
    }

    /// The card with this fingerprint (spaces and case ignored), if it is on the list.
    pub fn trusted_card(&self, fingerprint: &str) -> Result<Option<TrustEntry>> {
        Ok(self
            .conn
            .prepare_cached(&format!(
                "SELECT {ENTRY_COLUMNS} FROM trusted_card WHERE fingerprint = ?1"
            ))?
            .query_row([fingerprint], entry_from_row)
            .optional()?)
    }

    /// Revoke a card: packages it signed are refused from now on, and nothing is sent to it.
    pub fn revoke_card(&self, fingerprint: &str, now: i64) -> Result<TrustEntry> {
        self.write(|tx| {
            let changed = tx
                .prepare_cached(
                    "UPDATE trusted_card SET revoked_at = ?2 WHERE fingerprint = ?1 AND revoked_at IS NULL",
                )?
                .execute(params![fingerprint, now])?;
            if changed == 0 {
                let known: bool = tx
                    .prepare_cached("SELECT EXISTS (SELECT 1 FROM trusted_card WHERE fingerprint = ?1)")?
                    .query_row([fingerprint], |r| r.get(0))?;
                if !known {
                    return Err(CaseError::NotFound {
                        what: "card on the trust list",
                        id: fingerprint.to_owned(),
                    });
                }
            } else {
                trail::append(
                    tx,
                    now,
                    &actor_of(tx)?,
                    "identity.revoked",
                    None,
                    &format!("card {fingerprint}"),
                )?;
            }
            Ok(tx
                .prepare_cached(&format!(
                    "SELECT {ENTRY_COLUMNS} FROM trusted_card WHERE fingerprint = ?1"
                ))?
                .query_row([fingerprint], entry_from_row)?)
        })
    }

    /// Mark an open case handed over to `recipients` (offices and fingerprints) and make it read-only here;
    /// `what` goes into the audit log (the package's format and recipients, never the path).
    pub fn mark_handed_over(&self, case_id: i64, recipients: &str, what: &str, now: i64) -> Result<()> {
        self.write(|tx| {
            ops::require_open(tx, case_id)?;
            tx.prepare_cached(
                "INSERT INTO case_handover (case_id, recipients, handed_at) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![case_id, recipients, now])?;
            trail::append(tx, now, &actor_of(tx)?, "case.handed_over", Some(case_id), what)?;
            Ok(())
        })
    }

    /// The open handover mark of a case, if it was handed over and has not come back.
    pub fn handover_mark(&self, case_id: i64) -> Result<Option<HandoverMark>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT recipients, handed_at FROM case_handover WHERE case_id = ?1 AND returned_at IS NULL
                 ORDER BY id DESC LIMIT 1",
            )?
            .query_row([case_id], |r| {
                Ok(HandoverMark {
                    recipients: r.get(0)?,
                    handed_at: r.get(1)?,
                })
            })
            .optional()?)
    }

    /// The local id of the case with this number, if there is one.
    pub fn case_id_by_number(&self, case_number: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM case_file WHERE case_number = ?1")?
            .query_row([case_number], |r| r.get(0))
            .optional()?)
    }

    /// Save a case received in a handover package, all or nothing. When `returning` is the local id of a case
    /// handed over from here (it came back), its marks are closed and the stale local copy (persons, answers,
    /// notes, consents, the case row) is replaced by the copy received under the same local id, so its
    /// timeline runs on; otherwise the case is new here and its number must be free. `what` (who sent it, and
    /// their fingerprint) is audited as `case.handover_received`. Returns the local id.
    pub fn receive_handover(
        &self,
        record: &CaseRecord,
        exported_at: i64,
        returning: Option<i64>,
        what: &str,
        now: i64,
    ) -> Result<i64> {
        self.write(|tx| {
            if let Some(case_id) = returning {
                let returned = tx
                    .prepare_cached(
                        "UPDATE case_handover SET returned_at = ?2 WHERE case_id = ?1 AND returned_at IS NULL",
                    )?
                    .execute(params![case_id, now])?;
                if returned == 0 {
                    return Err(CaseError::invalid(
                        "case",
                        "this case was not handed over from here: it cannot be replaced by a package",
                    ));
                }
                for table in ["consent", "answer_change", "answer", "note", "case_flag", "person"] {
                    tx.execute(&format!("DELETE FROM {table} WHERE case_id = ?1"), [case_id])?;
                }
                tx.execute("DELETE FROM case_file WHERE id = ?1", [case_id])?;
            }
            let id = transfer::insert_record(tx, record, exported_at, returning, now)?;
            trail::append(tx, now, &actor_of(tx)?, "case.handover_received", Some(id), what)?;
            Ok(id)
        })
    }
}
