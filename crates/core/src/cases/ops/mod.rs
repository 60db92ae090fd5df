//! What staff do with cases: create, open, list and search, record answers, notes and consent, close, reopen,
//! and the retention purge. Every change is one transaction together with its audit event.

use std::sync::LazyLock;

use rusqlite::{OptionalExtension, params};

use super::model::{
    Answer, CaseChanges, CaseRecord, CaseStatus, CaseSummary, ConsentEntry, NewCase, NewConsent, NewPerson,
    Note, Person, PurgeReport, PurgedCase,
};
use super::store::{CaseStore, actor_of};
use super::validate::{self, IsoDate};
use super::{CaseError, Result, files, trail};

const DAY_MS: i64 = 86_400_000;
mod rows;
#[cfg(test)]
mod tests;
mod write;

pub(super) use rows::*;
pub(super) use write::*;

impl CaseStore {
    /// Open a new case. Its number (`AVR-<year>-<NNNN>`) is the next one of the year of `now` (UTC).
    /// Dates are refused when after today anywhere on Earth.
    pub fn create_case(&self, new: &NewCase, now: i64) -> Result<CaseSummary> {
        let flags = validate_new_case(new, IsoDate::latest_anywhere(now))?;
        let id = self.write(|tx| {
            let mut run = InsertRun::start(tx, now)?;
            let id = insert_case(tx, &mut run, new, &flags, now, "case.created")?;
            run.finish(tx)?;
            Ok(id)
        })?;
        self.case_summary(id)
    }

    /// Import many cases in one transaction (all or none). Returns their ids.
    pub fn import_cases(&self, cases: &[NewCase], now: i64) -> Result<Vec<i64>> {
        let today = IsoDate::latest_anywhere(now);
        let flags = cases
            .iter()
            .map(|c| validate_new_case(c, today))
            .collect::<Result<Vec<_>>>()?;
        self.write(|tx| {
            let mut run = InsertRun::start(tx, now)?;
            let ids = cases
                .iter()
                .zip(&flags)
                .map(|(c, f)| insert_case(tx, &mut run, c, f, now, "case.imported"))
                .collect::<Result<Vec<_>>>()?;
            run.finish(tx)?;
            Ok(ids)
        })
    }

    /// Read the pages that opening cases `after + 1 ..= after + WARM_STEP_CASES` needs: their rows, and their
    /// household, answers, notes and consents through the same indexes that [`CaseStore::case`] uses. The first
    /// opens after unlocking would otherwise read and decrypt them one case at a time. Returns where the next
    /// step starts, or `None` past the last case. Each step is short (about a millisecond for 512 cases), so a
    /// background caller can give way to the user between steps.
    pub fn warm_step(&self, after: i64) -> Result<Option<i64>> {
        let upto = after.saturating_add(WARM_STEP_CASES);
        let last: Option<i64> = self
            .conn
            .prepare_cached(
                "SELECT (SELECT max(id) FROM case_file),
                    (SELECT sum(length(case_number) + length(display_name)) FROM case_file WHERE id > ?1 AND id <= ?2),
                    (SELECT sum(length(given_names)) FROM person WHERE case_id > ?1 AND case_id <= ?2),
                    (SELECT sum(length(value)) FROM answer WHERE case_id > ?1 AND case_id <= ?2),
                    (SELECT sum(length(body)) FROM note WHERE case_id > ?1 AND case_id <= ?2),
                    (SELECT sum(length(purpose)) FROM consent WHERE case_id > ?1 AND case_id <= ?2)",
            )?
            .query_row([after, upto], |r| r.get(0))?;
        Ok(last.filter(|&last| last > upto).map(|_| upto))
    }

    /// Every [`CaseStore::warm_step`] in turn, holding the store throughout: for the benchmark.
    pub fn warm_all(&self) -> Result<()> {
        let mut after = 0;
        while let Some(next) = self.warm_step(after)? {
            after = next;
        }
        Ok(())
    }

    pub fn case_summary(&self, id: i64) -> Result<CaseSummary> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {SUMMARY_COLUMNS} FROM case_file c WHERE c.id = ?1"
            ))?
            .query_row([id], summary_from_row)
            .optional()?
            .ok_or_else(|| not_found("case", id))
    }

    /// Everything recorded about a case, read in one statement (one read transaction): SQLite hands each list
    /// over as a JSON array. The lists are aggregated from ordered subqueries, which the `(case_id, …)` indexes
    /// serve in order; an `ORDER BY` inside the aggregate would build a temporary b-tree per list instead.
    pub fn case(&self, id: i64) -> Result<CaseRecord> {
        static SQL: LazyLock<String> = LazyLock::new(|| {
            format!(
                "SELECT {SUMMARY_COLUMNS},
                 (SELECT json_group_array(json_array({PERSON_COLUMNS})) FROM
                    (SELECT {PERSON_COLUMNS} FROM person WHERE case_id = c.id ORDER BY position)),
                 (SELECT json_group_array(json_array(field_id, json(value), saved_by, saved_at)) FROM
                    (SELECT field_id, value, saved_by, saved_at FROM answer WHERE case_id = c.id ORDER BY field_id)),
                 (SELECT json_group_array(json_array(id, body, author, created_at)) FROM
                    (SELECT id, body, author, created_at FROM note WHERE case_id = c.id ORDER BY created_at, id)),
                 (SELECT json_group_array(json_array({CONSENT_COLUMNS})) FROM
                    (SELECT {CONSENT_COLUMNS} FROM consent WHERE case_id = c.id ORDER BY id))
                 FROM case_file c WHERE c.id = ?1"
            )
        });
        let row = self
            .conn
            .prepare_cached(&SQL)?
            .query_row([id], |r| {
                Ok((
                    summary_from_row(r)?,
                    r.get::<_, String>(15)?,
                    r.get::<_, String>(16)?,
                    r.get::<_, String>(17)?,
                    r.get::<_, String>(18)?,
                ))
            })
            .optional()?;
        let Some((summary, persons, answers, notes, consents)) = row else {
            return Err(not_found("case", id));
        };
        Ok(CaseRecord {
            summary,
            persons: stored_list::<PersonRow>("persons", &persons)?
                .into_iter()
                .map(Person::from)
                .collect(),
            answers: stored_list::<AnswerRow>("answers", &answers)?
                .into_iter()
                .map(|(field_id, value, saved_by, saved_at)| Answer {
                    field_id,
                    value,
                    saved_by,
                    saved_at,
                })
                .collect(),
            notes: stored_list::<(i64, String, String, i64)>("notes", &notes)?
                .into_iter()
                .map(|(id, body, author, created_at)| Note {
                    id,
                    body,
                    author,
                    created_at,
                })
                .collect(),
            consents: stored_list::<ConsentRow>("consents", &consents)?
                .into_iter()
                .map(ConsentEntry::from)
                .collect(),
        })
    }

    pub fn persons(&self, case_id: i64) -> Result<Vec<Person>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {PERSON_COLUMNS} FROM person WHERE case_id = ?1 ORDER BY position"
        ))?;
        let rows = stmt.query_map([case_id], person_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Move an open case to another stage, change its flags or its due date.
    pub fn update_case(&self, case_id: i64, changes: &CaseChanges, now: i64) -> Result<CaseSummary> {
        let flags = check_changes(changes)?;
        self.write(|tx| {
            require_open(tx, case_id)?;
            apply_changes(tx, case_id, changes, flags.as_deref(), now)
        })?;
        self.case_summary(case_id)
    }

    pub fn add_person(&self, case_id: i64, person: &NewPerson, now: i64) -> Result<Person> {
        validate_person(person, IsoDate::latest_anywhere(now))?;
        let id = self.write(|tx| {
            require_open(tx, case_id)?;
            let position: u32 = tx.query_row(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM person WHERE case_id = ?1",
                [case_id],
                |r| r.get(0),
            )?;
            let id = insert_person(tx, case_id, position, person, now)?;
            index_names_from(tx, id)?;
            refresh_list_columns(tx, case_id)?;
            touch(tx, case_id, now)?;
            trail::append(
                tx,
                now,
                &actor_of(tx)?,
                "person.added",
                Some(case_id),
                &format!("person {id}, position {position}"),
            )?;
            Ok(id)
        })?;
        self.person(id)
    }

    /// Correct a household member's details (all fields replaced).
    pub fn update_person(&self, person_id: i64, person: &NewPerson, now: i64) -> Result<Person> {
        validate_person(person, IsoDate::latest_anywhere(now))?;
        self.write(|tx| {
            let case_id: i64 = tx
                .query_row("SELECT case_id FROM person WHERE id = ?1", [person_id], |r| r.get(0))
                .optional()?
                .ok_or_else(|| not_found("person", person_id))?;
            require_open(tx, case_id)?;
            tx.execute(
                "UPDATE person SET given_names = ?2, family_name = ?3, other_names = ?4, date_of_birth = ?5,
                 dob_estimated = ?6, sex = ?7, nationality = ?8, relationship = ?9, updated_at = ?10 WHERE id = ?1",
                params![
                    person_id,
                    person.given_names,
                    person.family_name,
                    person.other_names,
                    person.date_of_birth,
                    person.dob_estimated,
                    person.sex,
                    person.nationality,
                    person.relationship,
                    now
                ],
            )?;
            refresh_list_columns(tx, case_id)?;
            touch(tx, case_id, now)?;
            trail::append(
                tx,
                now,
                &actor_of(tx)?,
                "person.updated",
                Some(case_id),
                &format!("person {person_id}"),
            )?;
            Ok(())
        })?;
        self.person(person_id)
    }

    fn person(&self, id: i64) -> Result<Person> {
        self.conn
            .prepare_cached(&format!("SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1"))?
            .query_row([id], person_from_row)
            .optional()?
            .ok_or_else(|| not_found("person", id))
    }

    /// Add a note (at most 64 KiB of UTF-8).
    pub fn add_note(&self, case_id: i64, body: &str, now: i64) -> Result<Note> {
        validate::long_text("note", body)?;
        self.write(|tx| {
            require_open(tx, case_id)?;
            let author = actor_of(tx)?;
            tx.execute(
                "INSERT INTO note (case_id, body, author, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![case_id, body, author, now],
            )?;
            let id = tx.last_insert_rowid();
            touch(tx, case_id, now)?;
            trail::append(
                tx,
                now,
                &author,
                "note.added",
                Some(case_id),
                &format!("note {id}, {} bytes", body.len()),
            )?;
            Ok(Note {
                id,
                body: body.to_owned(),
                author,
                created_at: now,
            })
        })
    }

    pub fn notes(&self, case_id: i64) -> Result<Vec<Note>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, body, author, created_at FROM note WHERE case_id = ?1 ORDER BY created_at, id",
        )?;
        let rows = stmt.query_map([case_id], |r| {
            Ok(Note {
                id: r.get(0)?,
                body: r.get(1)?,
                author: r.get(2)?,
                created_at: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Append a consent decision to the ledger.
    pub fn record_consent(&self, case_id: i64, consent: &NewConsent, now: i64) -> Result<ConsentEntry> {
        validate::code("consent purpose", &consent.purpose)?;
        validate::short_text("consent recipient", &consent.recipient, true)?;
        validate::short_text("consent language", &consent.language, true)?;
        validate::short_text("interpreter", consent.interpreter.as_deref().unwrap_or(""), false)?;
        let id = self.write(|tx| {
            require_open(tx, case_id)?;
            if let Some(person_id) = consent.person_id {
                let owner: Option<i64> = tx
                    .query_row("SELECT case_id FROM person WHERE id = ?1", [person_id], |r| r.get(0))
                    .optional()?;
                if owner != Some(case_id) {
                    return Err(not_found("person in this case", person_id));
                }
            }
            let actor = actor_of(tx)?;
            tx.execute(
                "INSERT INTO consent (case_id, person_id, purpose, recipient, decision, decided_at, interpreter,
                 language, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    case_id,
                    consent.person_id,
                    consent.purpose,
                    consent.recipient,
                    consent.decision.as_str(),
                    consent.decided_at,
                    consent.interpreter.as_deref().filter(|i| !i.is_empty()),
                    consent.language,
                    actor,
                    now
                ],
            )?;
            let id = tx.last_insert_rowid();
            touch(tx, case_id, now)?;
            trail::append(
                tx,
                now,
                &actor,
                "consent.recorded",
                Some(case_id),
                &format!("{}: {}", consent.purpose, consent.decision.as_str()),
            )?;
            Ok(id)
        })?;
        self.consents(case_id)?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or_else(|| not_found("consent", id))
    }

    /// The consent ledger of a case, oldest entry first.
    pub fn consents(&self, case_id: i64) -> Result<Vec<ConsentEntry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {CONSENT_COLUMNS} FROM consent WHERE case_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([case_id], consent_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn close_case(&self, case_id: i64, now: i64) -> Result<CaseSummary> {
        self.write(|tx| {
            let (case_number, status) = case_state(tx, case_id)?;
            if status != CaseStatus::Open {
                return Err(CaseError::AlreadyInState {
                    case_number,
                    status: status.as_str(),
                });
            }
            tx.execute(
                "UPDATE case_file SET status = 'closed', closed_at = ?2, updated_at = max(updated_at, ?2) WHERE id = ?1",
                params![case_id, now],
            )?;
            copy_to_flags(tx, case_id)?;
            trail::append(tx, now, &actor_of(tx)?, "case.closed", Some(case_id), "")?;
            Ok(())
        })?;
        self.case_summary(case_id)
    }

    pub fn reopen_case(&self, case_id: i64, now: i64) -> Result<CaseSummary> {
        self.write(|tx| {
            let (case_number, status) = case_state(tx, case_id)?;
            match status {
                CaseStatus::Closed => {}
                CaseStatus::Open => {
                    return Err(CaseError::AlreadyInState {
                        case_number,
                        status: "open",
                    });
                }
                CaseStatus::Purged => {
                    return Err(CaseError::CaseNotOpen {
                        case_number,
                        status: "purged",
                    });
                }
            }
            tx.execute(
                "UPDATE case_file SET status = 'open', closed_at = NULL, updated_at = max(updated_at, ?2) WHERE id = ?1",
                params![case_id, now],
            )?;
            copy_to_flags(tx, case_id)?;
            trail::append(tx, now, &actor_of(tx)?, "case.reopened", Some(case_id), "")?;
            Ok(())
        })?;
        self.case_summary(case_id)
    }

    /// Retention: remove the personal data of cases closed at least `older_than_days` days before `now`.
    /// The case number, its dates and every audit event stay. Deleted content is overwritten in the database
    /// (`secure_delete`, FTS5 `secure-delete`) and the write-ahead log is emptied afterwards.
    pub fn purge_closed(&self, older_than_days: u32, now: i64) -> Result<PurgeReport> {
        let cutoff = now - i64::from(older_than_days) * DAY_MS;
        let mut report = self.write(|tx| {
            let due: Vec<PurgedCase> = {
                let mut stmt = tx.prepare(
                    "SELECT id, case_number, closed_at FROM case_file WHERE status = 'closed' AND closed_at <= ?1
                     ORDER BY id",
                )?;
                let rows = stmt.query_map([cutoff], |r| {
                    Ok(PurgedCase {
                        id: r.get(0)?,
                        case_number: r.get(1)?,
                        closed_at: r.get(2)?,
                    })
                })?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            let mut report = PurgeReport {
                cutoff,
                cases: Vec::new(),
                persons: 0,
                answers: 0,
                notes: 0,
                consents: 0,
                audit_events_kept: 0,
                older_backups: 0,
                set_aside_removed: Vec::new(),
            };
            let actor = actor_of(tx)?;
            for case in due {
                let id = case.id;
                let consents = tx.execute("DELETE FROM consent WHERE case_id = ?1", [id])?;
                let answers = tx.execute("DELETE FROM answer WHERE case_id = ?1", [id])?;
                tx.execute("DELETE FROM answer_change WHERE case_id = ?1", [id])?;
                let notes = tx.execute("DELETE FROM note WHERE case_id = ?1", [id])?;
                tx.execute("DELETE FROM case_flag WHERE case_id = ?1", [id])?;
                let persons = tx.execute("DELETE FROM person WHERE case_id = ?1", [id])?;
                tx.execute(
                    "UPDATE case_file SET status = 'purged', purged_at = ?2, disembarked_on = NULL, due_on = NULL,
                     updated_at = ?2, display_name = '', person_count = 0, flag_list = '' WHERE id = ?1",
                    params![id, now],
                )?;
                trail::append(
                    tx,
                    now,
                    &actor,
                    "case.purged",
                    Some(id),
                    &format!(
                        "retention {older_than_days} days; removed {persons} person(s), {answers} answer(s), \
                         {notes} note(s), {consents} consent entr(ies)"
                    ),
                )?;
                report.persons += persons as u32;
                report.answers += answers as u32;
                report.notes += notes as u32;
                report.consents += consents as u32;
                report.cases.push(case);
            }
            report.audit_events_kept = trail::count(tx)?;
            Ok(report)
        })?;
        if !report.cases.is_empty() {
            self.let_check_finish();
            self.conn
                .execute_batch("INSERT INTO person_search (person_search) VALUES ('optimize'); PRAGMA wal_checkpoint(TRUNCATE);")?;
        }
        report.older_backups = files::list_backups(&self.paths.backups)?.len() as u32;
        report.set_aside_removed = super::aside::remove_older(&self.paths, cutoff)?;
        if !report.set_aside_removed.is_empty() {
            self.audit(
                now,
                "store.set-aside-removed",
                None,
                &format!(
                    "retention {older_than_days} days; removed {}",
                    report.set_aside_removed.join(", ")
                ),
            )?;
        }
        Ok(report)
    }
}
