//! Answers on a case: saving them (alone, or with the latches, corrections and list columns a case rule adds, in
//! one transaction) and reading them back. Every change is audited with the old and the new value, inside the
//! encrypted store.

use rusqlite::{OptionalExtension, params};

use super::model::{Answer, AnswerChange, CaseChanges};
use super::ops::{apply_changes, check_changes, require_open, touch};
use super::store::{CaseStore, actor_of};
use super::{CaseError, Result, trail, validate};

/// One answer to write, and how the audit names the change.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerWrite {
    /// A field id, or `override:<safeguard>` / `latch:<safeguard>`.
    pub field_id: String,
    pub value: serde_json::Value,
    /// Why, when the write is a correction or another recorded decision; printed in the audit line.
    pub note: Option<String>,
}

impl AnswerWrite {
    pub fn new(field_id: impl Into<String>, value: serde_json::Value) -> AnswerWrite {
        AnswerWrite {
            field_id: field_id.into(),
            value,
            note: None,
        }
    }
}

impl CaseStore {
    /// Save the answer to one workflow field. When this returns the answer is committed and on disk
    /// (`synchronous = FULL`). Saving the same value again writes nothing.
    pub fn save_answer(
        &self,
        case_id: i64,
        field_id: &str,
        value: &serde_json::Value,
        now: i64,
    ) -> Result<()> {
        self.save_answers(
            case_id,
            &[AnswerWrite::new(field_id, value.clone())],
            &CaseChanges::default(),
            now,
        )
    }

    /// Save several answers and the case-list changes they lead to, all or nothing, in one transaction. Each
    /// changed answer gets an audit event naming the field and its old and new value; a value that is already
    /// stored writes nothing.
    pub fn save_answers(
        &self,
        case_id: i64,
        writes: &[AnswerWrite],
        changes: &CaseChanges,
        now: i64,
    ) -> Result<()> {
        let mut checked = Vec::with_capacity(writes.len());
        for w in writes {
            validate::field_id(&w.field_id)?;
            checked.push((w, validate::answer_json(&w.field_id, &w.value)?));
        }
        let flags = check_changes(changes)?;
        self.write(|tx| {
            require_open(tx, case_id)?;
            let actor = actor_of(tx)?;
            let mut changed = false;
            for (w, json) in &checked {
                let existing: Option<String> = tx
                    .prepare_cached("SELECT value FROM answer WHERE case_id = ?1 AND field_id = ?2")?
                    .query_row(params![case_id, w.field_id], |r| r.get(0))
                    .optional()?;
                if existing.as_deref() == Some(json.as_str()) {
                    continue;
                }
                tx.prepare_cached(
                    "INSERT INTO answer (case_id, field_id, value, saved_by, saved_at) VALUES (?1, ?2, ?3, ?4, ?5)
                     ON CONFLICT (case_id, field_id) DO UPDATE SET value = excluded.value,
                     saved_by = excluded.saved_by, saved_at = excluded.saved_at",
                )?
                .execute(params![case_id, w.field_id, json, actor, now])?;
                let action = match (&w.note, existing.is_some()) {
                    (Some(_), _) => "answer.corrected",
                    (None, true) => "answer.changed",
                    (None, false) => "answer.saved",
                };
                // The audit names the field only (it outlives the purge); the values go to the history, and the
                // chain covers the history row through its salted digest.
                let salt = trail::new_salt()?;
                let digest = trail::values_digest(&salt, &w.field_id, existing.as_deref(), json, w.note.as_deref());
                let event = trail::append_change(
                    tx,
                    now,
                    &actor,
                    action,
                    Some(case_id),
                    &format!("field {}", w.field_id),
                    Some(&digest),
                )?;
                tx.prepare_cached(
                    "INSERT INTO answer_change (case_id, field_id, old_value, new_value, note, changed_by,
                     changed_at, audit_event, salt) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?
                .execute(params![case_id, w.field_id, existing, json, w.note, actor, now, event, salt.as_slice()])?;
                changed = true;
            }
            if changed {
                touch(tx, case_id, now)?;
            }
            apply_changes(tx, case_id, changes, flags.as_deref(), now)
        })
    }

    /// Every change of an answer on a case, oldest first: the old and new value, who, when and why.
    pub fn answer_changes(&self, case_id: i64) -> Result<Vec<AnswerChange>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT field_id, old_value, new_value, note, changed_by, changed_at FROM answer_change
             WHERE case_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([case_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
            ))
        })?;
        let parse = |field: &str, text: &str| {
            serde_json::from_str(text)
                .map_err(|e| CaseError::invalid(format!("stored change of {field}"), e.to_string()))
        };
        let mut out = Vec::new();
        for row in rows {
            let (field_id, old, new, note, changed_by, changed_at) = row?;
            out.push(AnswerChange {
                old_value: old.as_deref().map(|o| parse(&field_id, o)).transpose()?,
                new_value: parse(&field_id, &new)?,
                field_id,
                note,
                changed_by,
                changed_at,
            });
        }
        Ok(out)
    }

    pub fn answers(&self, case_id: i64) -> Result<Vec<Answer>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT field_id, value, saved_by, saved_at FROM answer WHERE case_id = ?1 ORDER BY field_id",
        )?;
        let rows = stmt.query_map([case_id], |r| {
            let text: String = r.get(1)?;
            Ok((r.get(0)?, text, r.get(2)?, r.get(3)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (field_id, text, saved_by, saved_at): (String, String, String, i64) = row?;
            let value = serde_json::from_str(&text)
                .map_err(|e| CaseError::invalid(format!("stored answer to {field_id}"), e.to_string()))?;
            out.push(Answer {
                field_id,
                value,
                saved_by,
                saved_at,
            });
        }
        Ok(out)
    }
}
