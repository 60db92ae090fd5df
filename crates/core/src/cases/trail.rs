//! The audit log: append-only (triggers refuse UPDATE and DELETE) and hash-chained. Each event's hash is
//! SHA-256 over its id, time, actor, action, case id, summary and the previous event's hash, so changing,
//! removing or reordering an event breaks every link after it. Events are written in the same transaction as
//! the change they describe.
//!
//! Summaries are built by the store from codes (field ids, stages, purposes), counts and sizes. They never hold
//! a name, a note or an answer value: the audit log outlives the personal data it refers to.

use rusqlite::{Connection, OptionalExtension, params};

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

/// The last event of the chain: its id and hash (0 and the genesis hash for an empty log).
pub(crate) struct Head {
    id: i64,
    hash: String,
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
    let id = head.id + 1;
    let hash = event_hash(id, at, actor, action, case_id, summary, &head.hash);
    conn.prepare_cached(
        "INSERT INTO audit_event (id, at, actor, action, case_id, summary, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![id, at, actor, action, case_id, summary, head.hash, hash])?;
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
    let last: Option<(i64, String)> = conn
        .prepare_cached("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (id, prev) = last.map_or((1, GENESIS.to_owned()), |(id, hash)| (id + 1, hash));
    let hash = event_hash(id, at, actor, action, case_id, summary, &prev);
    conn.prepare_cached(
        "INSERT INTO audit_event (id, at, actor, action, case_id, summary, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![id, at, actor, action, case_id, summary, prev, hash])?;
    Ok(id)
}

/// Walk the chain from the first event; the first event that does not verify is named.
pub(crate) fn verify(conn: &Connection) -> Result<AuditReport> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, action, case_id, summary, prev_hash, hash FROM audit_event ORDER BY id",
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
        if event_hash(id, r.get(1)?, &actor, &action, r.get(4)?, &summary, &prev) != hash {
            return Err(CaseError::BrokenLink {
                event_id: id,
                reason: "its content does not match its hash",
            });
        }
        expected_prev = hash;
        expected_id = id + 1;
        events += 1;
    }
    Ok(AuditReport {
        events,
        head_hash: expected_prev,
    })
}

pub(crate) fn timeline(conn: &Connection, case_id: i64) -> Result<Vec<AuditEvent>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, at, actor, action, case_id, summary, hash FROM audit_event WHERE case_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([case_id], |r| {
        Ok(AuditEvent {
            id: r.get(0)?,
            at: r.get(1)?,
            actor: r.get(2)?,
            action: r.get(3)?,
            case_id: r.get(4)?,
            summary: r.get(5)?,
            hash: r.get(6)?,
        })
    })?;
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
