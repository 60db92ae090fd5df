//! The audit log: append-only (triggers refuse UPDATE and DELETE) and hash-chained. Each event's hash covers its
//! id, time, actor, action, case id, summary and the previous event's hash, so changing, removing or reordering
//! an event breaks every link after it. Events are written in the same transaction as the change they describe.
//!
//! Since schema version 7 the chain is **keyed**: from the event `keyed_from` on, each hash is an HMAC-SHA-256
//! under the store's audit key (32 random bytes inside the encrypted store), and it also covers the event's
//! `values_digest`, the digest of the answer history row that holds the old and new value. Without the key
//! nobody can extend or rewrite the chain, so the head can be written outside the database and authenticated
//! ([`Anchor`]): a store rolled back to an older copy, or one whose last transactions were lost with its log, is
//! behind its anchor, and unlocking says so. The key is random rather than derived from the passphrase: only
//! someone who can unlock the store can read it either way, and it survives a change of passphrase without
//! re-signing the chain.
//!
//! Summaries are built by the store from codes (field ids, stages, purposes), counts and sizes. They never hold
//! a name, a note or an answer value: the audit log outlives the personal data it refers to.

use hmac::{Hmac, Mac};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use zeroize::Zeroizing;

use super::model::{AuditEvent, AuditReport};
use super::schema::sha256_hex;
use super::{CaseError, Result};

pub(crate) const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

fn event_hash(
    id: i64,
    at: i64,
    actor: &str,
    action: &str,
    case_id: Option<i64>,
    summary: &str,
    prev: &str,
) -> String {
    // A JSON array is an unambiguous encoding of the fields (no separator can be forged inside a string).
    // Serialising the tuple writes the same bytes as `json!([...]).to_string()` without building a `Value`
    // (the committed v1 fixture's chain, hashed the old way, still verifies). It cannot fail for these types.
    let canonical = serde_json::to_vec(&(id, at, actor, action, case_id, summary, prev)).unwrap_or_default();
    sha256_hex(&canonical)
}

/// The store's audit key and the first event it signs.
pub(crate) struct AuditKey {
    key: Zeroizing<Vec<u8>>,
    keyed_from: i64,
}

impl AuditKey {
    fn mac(&self, parts: &[u8]) -> String {
        // HMAC takes a key of any length; 32 bytes never fail.
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.key) else {
            return String::new();
        };
        mac.update(parts);
        hex(&mac.finalize().into_bytes())
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One event, as it is hashed.
struct EventFields<'a> {
    id: i64,
    at: i64,
    actor: &'a str,
    action: &'a str,
    case_id: Option<i64>,
    summary: &'a str,
    prev: &'a str,
    values_digest: Option<&'a str>,
}

impl EventFields<'_> {
    fn hash(&self, key: Option<&AuditKey>) -> String {
        match key {
            Some(k) if self.id >= k.keyed_from => {
                let canonical = serde_json::to_vec(&(
                    "avr-audit-v2",
                    self.id,
                    self.at,
                    self.actor,
                    self.action,
                    self.case_id,
                    self.summary,
                    self.prev,
                    self.values_digest,
                ))
                .unwrap_or_default();
                k.mac(&canonical)
            }
            _ => event_hash(
                self.id,
                self.at,
                self.actor,
                self.action,
                self.case_id,
                self.summary,
                self.prev,
            ),
        }
    }
}

/// The store's audit key, once schema version 7 has run and [`ensure_key`] has made it.
pub(crate) fn audit_key(conn: &Connection) -> Result<Option<AuditKey>> {
    let has_table: bool = conn
        .prepare_cached("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_key'")?
        .query_row([], |r| r.get::<_, i64>(0))?
        > 0;
    if !has_table {
        return Ok(None);
    }
    Ok(conn
        .prepare_cached("SELECT key, keyed_from FROM audit_key WHERE id = 1")?
        .query_row([], |r| {
            Ok(AuditKey {
                key: Zeroizing::new(r.get(0)?),
                keyed_from: r.get(1)?,
            })
        })
        .optional()?)
}

/// Make the store's audit key if it has none yet: 32 bytes from the operating system's generator. The events
/// after the current head are signed with it.
pub(crate) fn ensure_key(conn: &Connection) -> Result<()> {
    if audit_key(conn)?.is_some() {
        return Ok(());
    }
    let mut key = Zeroizing::new(vec![0u8; 32]);
    getrandom::fill(&mut key)
        .map_err(|e| CaseError::io(std::path::Path::new("/dev/urandom"), std::io::Error::other(e)))?;
    let next = head(conn)?.id + 1;
    conn.execute(
        "INSERT INTO audit_key (id, key, keyed_from) VALUES (1, ?1, ?2)",
        params![key.as_slice(), next],
    )?;
    Ok(())
}

/// The digest of one answer history row, as its audit event records it.
pub(crate) fn values_digest(
    salt: &[u8],
    field_id: &str,
    old: Option<&str>,
    new: &str,
    note: Option<&str>,
) -> String {
    let canonical = serde_json::to_vec(&(hex(salt), field_id, old, new, note)).unwrap_or_default();
    sha256_hex(&canonical)
}

/// 16 fresh random bytes for a history row's salt.
pub(crate) fn new_salt() -> Result<[u8; 16]> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)
        .map_err(|e| CaseError::io(std::path::Path::new("/dev/urandom"), std::io::Error::other(e)))?;
    Ok(salt)
}

/// The last event of the chain: its id and hash (0 and the genesis hash for an empty log).
pub(crate) struct Head {
    pub(crate) id: i64,
    pub(crate) hash: String,
}

/// Read the head of the chain; valid for as long as the calling transaction holds the write lock.
pub(crate) fn head(conn: &Connection) -> Result<Head> {
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(last.map_or(
        Head {
            id: 0,
            hash: GENESIS.to_owned(),
        },
        |(id, hash)| Head { id, hash },
    ))
}

/// Append an event after `head` (read in this transaction) and move `head` to it: many events in one
/// transaction without reading the chain back each time.
pub(crate) fn append_at(
    conn: &Connection,
    head: &mut Head,
    at: i64,
    actor: &str,
    action: &str,
    case_id: Option<i64>,
    summary: &str,
) -> Result<i64> {
    let key = audit_key(conn)?;
    append_after(
        conn,
        head,
        key.as_ref(),
        at,
        actor,
        action,
        case_id,
        summary,
        None,
    )
}

#[allow(clippy::too_many_arguments)]
fn append_after(
    conn: &Connection,
    head: &mut Head,
    key: Option<&AuditKey>,
    at: i64,
    actor: &str,
    action: &str,
    case_id: Option<i64>,
    summary: &str,
    values_digest: Option<&str>,
) -> Result<i64> {
    let id = head.id + 1;
    let hash = EventFields {
        id,
        at,
        actor,
        action,
        case_id,
        summary,
        prev: &head.hash,
        values_digest,
    }
    .hash(key);
    conn.prepare_cached(
        "INSERT INTO audit_event (id, at, actor, action, case_id, summary, prev_hash, hash, values_digest)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        id,
        at,
        actor,
        action,
        case_id,
        summary,
        head.hash,
        hash,
        values_digest
    ])?;
    *head = Head { id, hash };
    Ok(id)
}

/// Append an event; call inside the transaction that makes the change.
pub(crate) fn append(
    conn: &Connection,
    at: i64,
    actor: &str,
    action: &str,
    case_id: Option<i64>,
    summary: &str,
) -> Result<i64> {
    append_change(conn, at, actor, action, case_id, summary, None)
}

/// Append an event that records a change of values, with the digest of its history row.
pub(crate) fn append_change(
    conn: &Connection,
    at: i64,
    actor: &str,
    action: &str,
    case_id: Option<i64>,
    summary: &str,
    values_digest: Option<&str>,
) -> Result<i64> {
    let mut h = head(conn)?;
    let key = audit_key(conn)?;
    append_after(
        conn,
        &mut h,
        key.as_ref(),
        at,
        actor,
        action,
        case_id,
        summary,
        values_digest,
    )
}

/// Walk the chain from the first event; the first event that does not verify is named. An answer change whose
/// history row is still there (not purged) must match the digest the chain covers.
pub(crate) fn verify(conn: &Connection) -> Result<AuditReport> {
    let key = audit_key(conn)?;
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, action, case_id, summary, prev_hash, hash, values_digest FROM audit_event ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut expected_prev = GENESIS.to_owned();
    let mut expected_id = 1;
    let mut events = 0u64;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let prev: String = r.get(6)?;
        let hash: String = r.get(7)?;
        if id != expected_id || prev != expected_prev {
            return Err(CaseError::BrokenLink {
                event_id: id,
                reason: "it does not follow the event before it (an event was removed, inserted or changed)",
            });
        }
        let actor: String = r.get(2)?;
        let action: String = r.get(3)?;
        let summary: String = r.get(5)?;
        let digest: Option<String> = r.get(8)?;
        let fields = EventFields {
            id,
            at: r.get(1)?,
            actor: &actor,
            action: &action,
            case_id: r.get(4)?,
            summary: &summary,
            prev: &prev,
            values_digest: digest.as_deref(),
        };
        if fields.hash(key.as_ref()) != hash {
            return Err(CaseError::BrokenLink {
                event_id: id,
                reason: "its content does not match its hash",
            });
        }
        if let Some(d) = &digest
            && let Some(row_digest) = history_digest(conn, id)?
            && &row_digest != d
        {
            return Err(CaseError::BrokenLink {
                event_id: id,
                reason: "the old or new value in the answer history was changed after it was recorded",
            });
        }
        expected_prev = hash;
        expected_id = id + 1;
        events += 1;
    }
    Ok(AuditReport {
        events,
        head_hash: expected_prev,
        head_id: expected_id - 1,
        anchor: AnchorCheck::Missing,
        rollbacks: rollback_events(conn)?,
    })
}

/// The events that record a rollback found when the store was unlocked.
fn rollback_events(conn: &Connection) -> Result<Vec<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT id FROM audit_event WHERE action = 'store.rollback-detected' ORDER BY id")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The digest of the history row recorded by event `event`, if that row is still stored.
fn history_digest(conn: &Connection, event: i64) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT salt, field_id, old_value, new_value, note FROM answer_change WHERE audit_event = ?1",
        )?
        .query_row([event], |r| {
            let salt: Option<Vec<u8>> = r.get(0)?;
            let field: String = r.get(1)?;
            let old: Option<String> = r.get(2)?;
            let new: String = r.get(3)?;
            let note: Option<String> = r.get(4)?;
            Ok(salt.map(|s| values_digest(&s, &field, old.as_deref(), &new, note.as_deref())))
        })
        .optional()?
        .flatten())
}

// ---------------------------------------------------------------------------------------------------------------
// The anchor: the chain head, outside the database

/// The chain head as last seen, kept outside the database (`cases.anchor`, and beside each backup), with an HMAC
/// under the audit key so that it cannot be forged or copied from another store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Anchor {
    pub(crate) head_id: i64,
    pub(crate) head_hash: String,
    pub(crate) mac: String,
}

pub(crate) use super::model::AnchorStatus as AnchorCheck;

fn anchor_mac(key: &AuditKey, head_id: i64, head_hash: &str) -> String {
    key.mac(&serde_json::to_vec(&("avr-anchor-v1", head_id, head_hash)).unwrap_or_default())
}

/// The anchor for the chain as it is now; `None` before the store has an audit key.
pub(crate) fn anchor_now(conn: &Connection) -> Result<Option<Anchor>> {
    let Some(key) = audit_key(conn)? else {
        return Ok(None);
    };
    let h = head(conn)?;
    Ok(Some(Anchor {
        mac: anchor_mac(&key, h.id, &h.hash),
        head_id: h.id,
        head_hash: h.hash,
    }))
}

/// Check `anchor` (as read from its file) against the chain in `conn`.
pub(crate) fn check_anchor(conn: &Connection, anchor: Option<&Anchor>) -> Result<AnchorCheck> {
    let Some(key) = audit_key(conn)? else {
        return Ok(AnchorCheck::Missing);
    };
    let Some(a) = anchor else {
        return Ok(AnchorCheck::Missing);
    };
    if anchor_mac(&key, a.head_id, &a.head_hash) != a.mac {
        return Ok(AnchorCheck::Invalid);
    }
    let db_head = head(conn)?;
    if db_head.id < a.head_id {
        return Ok(AnchorCheck::Behind {
            db_head: db_head.id,
            anchor_head: a.head_id,
        });
    }
    let at: Option<String> = conn
        .prepare_cached("SELECT hash FROM audit_event WHERE id = ?1")?
        .query_row([a.head_id], |r| r.get(0))
        .optional()?;
    if a.head_id > 0 && at.as_deref() != Some(a.head_hash.as_str()) {
        return Ok(AnchorCheck::Diverged { at: a.head_id });
    }
    Ok(AnchorCheck::Consistent)
}

pub(crate) fn timeline(conn: &Connection, case_id: i64) -> Result<Vec<AuditEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, at, actor, action, case_id, summary, hash FROM audit_event WHERE case_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([case_id], event_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// One `audit_event` row selected as `id, at, actor, action, case_id, summary, hash`.
fn event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEvent> {
    Ok(AuditEvent {
        id: r.get(0)?,
        at: r.get(1)?,
        actor: r.get(2)?,
        action: r.get(3)?,
        case_id: r.get(4)?,
        summary: r.get(5)?,
        hash: r.get(6)?,
    })
}

/// The events whose action starts with `prefix` (events about no case: handbook installs, …), oldest first.
pub(crate) fn of_action_prefix(conn: &Connection, prefix: &str) -> Result<Vec<AuditEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, at, actor, action, case_id, summary, hash FROM audit_event WHERE substr(action, 1, length(?1)) = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([prefix], event_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn count(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row("SELECT count(*) FROM audit_event", [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::schema;

    fn db() -> Result<Connection> {
        let mut conn = Connection::open_in_memory()?;
        schema::migrations(schema::latest_version(), 0).to_latest(&mut conn)?;
        Ok(conn)
    }

    #[test]
    fn an_untouched_chain_verifies_and_reports_its_head() -> Result<()> {
        let conn = db()?;
        assert_eq!(verify(&conn)?.head_hash, GENESIS, "an empty log verifies");
        for i in 0..5 {
            append(&conn, i, "Staff (Office)", "answer.saved", Some(1), "field q1")?;
        }
        let report = verify(&conn)?;
        assert_eq!(report.events, 5);
        let last: String = conn.query_row("SELECT hash FROM audit_event WHERE id = 5", [], |r| r.get(0))?;
        assert_eq!(report.head_hash, last);
        Ok(())
    }

    #[test]
    fn the_canonical_encoding_is_the_json_array_of_the_fields() {
        for (case_id, summary) in [(Some(7), "field \"q\" \\ é"), (None, "")] {
            let old = serde_json::json!([1, 2, "a (b)", "c.d", case_id, summary, GENESIS]).to_string();
            assert_eq!(
                event_hash(1, 2, "a (b)", "c.d", case_id, summary, GENESIS),
                sha256_hex(old.as_bytes())
            );
        }
    }

    #[test]
    fn the_log_refuses_updates_and_deletes() -> Result<()> {
        let conn = db()?;
        append(&conn, 1, "a", "case.created", Some(1), "")?;
        assert!(conn.execute("UPDATE audit_event SET actor = 'b'", []).is_err());
        assert!(conn.execute("DELETE FROM audit_event", []).is_err());
        Ok(())
    }

    #[test]
    fn a_changed_or_removed_event_is_named_as_the_first_broken_link() -> Result<()> {
        let conn = db()?;
        for i in 0..6 {
            append(&conn, i, "a", "answer.saved", Some(1), &format!("field q{i}"))?;
        }
        conn.execute_batch("DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete;")?;
        conn.execute("UPDATE audit_event SET summary = 'field other' WHERE id = 3", [])?;
        assert!(matches!(
            verify(&conn),
            Err(CaseError::BrokenLink { event_id: 3, .. })
        ));
        conn.execute("DELETE FROM audit_event WHERE id = 3", [])?;
        assert!(
            matches!(verify(&conn), Err(CaseError::BrokenLink { event_id: 4, .. })),
            "with event 3 gone, event 4 no longer follows its predecessor"
        );
        Ok(())
    }
}
