//! The writes under every case change: a case open and known, its changes checked and applied, its list columns
//! and flags kept in step, and persons and whole cases inserted (one at a time or as a run).

use rusqlite::{Connection, OptionalExtension, params};

use super::super::model::{CaseChanges, CaseStatus, NewCase, NewPerson};
use super::super::store::actor_of;
use super::super::validate::{self, IsoDate};
use super::super::{CaseError, Result, trail};
use super::rows::*;

/// A case's number and status, or `NotFound`.
pub(in crate::cases) fn case_state(conn: &Connection, case_id: i64) -> Result<(String, CaseStatus)> {
    let row: Option<(String, String)> = conn
        .prepare_cached("SELECT case_number, status FROM case_file WHERE id = ?1")?
        .query_row([case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (number, status) = row.ok_or_else(|| not_found("case", case_id))?;
    Ok((number, CaseStatus::parse(&status).unwrap_or(CaseStatus::Closed)))
}

/// The case number of an open case; changes to closed or purged cases are refused.
/// Check what `changes` asks before a transaction starts; returns the flags, deduplicated and sorted.
pub(in crate::cases) fn check_changes(changes: &CaseChanges) -> Result<Option<Vec<String>>> {
    if let Some(stage) = &changes.stage {
        validate::code("stage", stage)?;
    }
    let flags = changes.flags.as_deref().map(validate::flags).transpose()?;
    if let Some(due) = changes.due_on.as_deref().filter(|d| !d.is_empty()) {
        validate::validate_date("due date", due)?;
    }
    Ok(flags)
}

/// Apply checked case changes inside a transaction, with their audit event. Nothing to change writes nothing.
pub(in crate::cases) fn apply_changes(
    tx: &Connection,
    case_id: i64,
    changes: &CaseChanges,
    flags: Option<&[String]>,
    now: i64,
) -> Result<()> {
    let mut what = Vec::new();
    if let Some(stage) = &changes.stage {
        tx.execute(
            "UPDATE case_file SET stage = ?2 WHERE id = ?1",
            params![case_id, stage],
        )?;
        what.push(format!("stage {stage}"));
    }
    if let Some(flags) = flags {
        tx.execute("DELETE FROM case_flag WHERE case_id = ?1", [case_id])?;
        // The copies of the case's columns are set below, once the case is changed.
        insert_flags(tx, case_id, flags, ("", "", 0, None))?;
        refresh_list_columns(tx, case_id)?;
        what.push(format!("{} flag(s)", flags.len()));
    }
    if let Some(due) = &changes.due_on {
        let due = (!due.is_empty()).then_some(due);
        tx.execute(
            "UPDATE case_file SET due_on = ?2 WHERE id = ?1",
            params![case_id, due],
        )?;
        what.push("due date".to_owned());
    }
    if what.is_empty() {
        return Ok(());
    }
    touch(tx, case_id, now)?;
    copy_to_flags(tx, case_id)?;
    trail::append(
        tx,
        now,
        &actor_of(tx)?,
        "case.updated",
        Some(case_id),
        &what.join(", "),
    )?;
    Ok(())
}

pub(in crate::cases) fn require_open(conn: &Connection, case_id: i64) -> Result<String> {
    let (case_number, status) = case_state(conn, case_id)?;
    if status != CaseStatus::Open {
        return Err(CaseError::CaseNotOpen {
            case_number,
            status: status.as_str(),
        });
    }
    Ok(case_number)
}

/// Mark a case changed at `now` (never earlier than it was), on the case and on its flag rows.
pub(in crate::cases) fn touch(conn: &Connection, case_id: i64, now: i64) -> Result<()> {
    conn.prepare_cached("UPDATE case_file SET updated_at = max(updated_at, ?2) WHERE id = ?1")?
        .execute(params![case_id, now])?;
    // Only the update time changed: setting only it leaves the flag rows' due-date indexes alone.
    conn.prepare_cached(
        "UPDATE case_flag SET updated_at = (SELECT c.updated_at FROM case_file c WHERE c.id = ?1)
         WHERE case_id = ?1",
    )?
    .execute([case_id])?;
    Ok(())
}

/// The list columns of migration 3 for a case about to be inserted: the principal applicant's name (the
/// person with the lowest position), the household size and the flags, sorted and space-separated. The same
/// values [`refresh_list_columns`] computes from the rows.
pub(in crate::cases) fn list_columns<'a>(
    persons: impl IntoIterator<Item = (u32, &'a str, &'a str)>,
    flags: &[String],
) -> (String, i64, String) {
    let mut count = 0i64;
    let mut first: Option<(u32, &str, &str)> = None;
    for p in persons {
        count += 1;
        if first.is_none_or(|f| p.0 < f.0) {
            first = Some(p);
        }
    }
    let name = first.map_or_else(String::new, |(_, given, family)| {
        format!("{given} {family}").trim_matches(' ').to_owned()
    });
    let mut sorted: Vec<&str> = flags.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted.dedup();
    (name, count, sorted.join(" "))
}

/// Recompute a case's list columns from its person and flag rows, after one of them changed.
pub(in crate::cases) fn refresh_list_columns(conn: &Connection, case_id: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE case_file SET
             display_name = COALESCE((SELECT trim(p.given_names || ' ' || p.family_name) FROM person p
                                      WHERE p.case_id = ?1 ORDER BY p.position LIMIT 1), ''),
             person_count = (SELECT count(*) FROM person p WHERE p.case_id = ?1),
             flag_list = COALESCE((SELECT group_concat(flag, ' ') FROM (SELECT f.flag FROM case_flag f
                                   WHERE f.case_id = ?1 ORDER BY f.flag)), '')
         WHERE id = ?1",
    )?
    .execute([case_id])?;
    Ok(())
}

/// Copy a case's status, stage, update time and due date onto its flag rows, after one of them changed.
pub(in crate::cases) fn copy_to_flags(conn: &Connection, case_id: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE case_flag SET (status, stage, updated_at, due_on) =
             (SELECT c.status, c.stage, c.updated_at, c.due_on FROM case_file c WHERE c.id = ?1)
         WHERE case_id = ?1",
    )?
    .execute([case_id])?;
    Ok(())
}

/// The id the next inserted person will have at least: names are indexed from it once the persons are in.
pub(in crate::cases) fn next_person_id(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT COALESCE(MAX(id), 0) + 1 FROM person")?
        .query_row([], |r| r.get(0))?)
}

/// Add the names of the persons inserted from `first_id` on to the full-text index, in one statement (an
/// FTS5 insert per person, as the trigger of migration 2 did, made bulk imports several times slower).
pub(in crate::cases) fn index_names_from(conn: &Connection, first_id: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO person_search (rowid, names, case_id)
         SELECT id, given_names || ' ' || family_name || ' ' || other_names, case_id FROM person
         WHERE id >= ?1 ORDER BY id",
    )?
    .execute([first_id])?;
    Ok(())
}

/// Insert a case's flag rows, carrying the case's status, stage, update time and due date.
pub(in crate::cases) fn insert_flags(
    conn: &Connection,
    case_id: i64,
    flags: &[String],
    copy: (&str, &str, i64, Option<&str>),
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT OR IGNORE INTO case_flag (case_id, flag, status, stage, updated_at, due_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for f in flags {
        stmt.execute(params![case_id, f, copy.0, copy.1, copy.2, copy.3])?;
    }
    Ok(())
}

pub(in crate::cases) fn validate_person(p: &NewPerson, today: IsoDate) -> Result<()> {
    validate::short_text("given names", &p.given_names, false)?;
    validate::short_text("family name", &p.family_name, false)?;
    if p.given_names.trim().is_empty() && p.family_name.trim().is_empty() {
        return Err(validate::refuse("name", "invalid-no-name", &[]));
    }
    validate::short_text("other names", &p.other_names, false)?;
    if let Some(dob) = &p.date_of_birth {
        validate::validate_date_of_birth(dob, today)?;
    }
    validate::short_text("sex", p.sex.as_deref().unwrap_or(""), false)?;
    validate::short_text("nationality", p.nationality.as_deref().unwrap_or(""), false)?;
    validate::short_text("relationship", &p.relationship, true)?;
    Ok(())
}

/// Check a new case against the rules, with `today` passed in. Returns the flags, deduplicated and sorted.
pub(crate) fn validate_new_case(new: &NewCase, today: IsoDate) -> Result<Vec<String>> {
    validate::code("workflow id", &new.workflow_id)?;
    validate::code("stage", &new.stage)?;
    validate::short_text("handbook version", &new.handbook_version, true)?;
    if let Some(d) = &new.disembarked_on {
        validate::validate_disembarkation_date(d, today)?;
    }
    if let Some(d) = &new.due_on {
        validate::validate_date("due date", d)?;
    }
    if new.persons.len() > 64 {
        return Err(validate::refuse(
            "household",
            "invalid-household-size",
            &[("max", 64.into())],
        ));
    }
    for p in &new.persons {
        validate_person(p, today)?;
    }
    validate::flags(&new.flags)
}

pub(in crate::cases) fn insert_person(
    conn: &Connection,
    case_id: i64,
    position: u32,
    p: &NewPerson,
    now: i64,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO person (case_id, position, given_names, family_name, other_names, date_of_birth,
         dob_estimated, sex, nationality, relationship, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![
        case_id,
        position,
        p.given_names,
        p.family_name,
        p.other_names,
        p.date_of_birth,
        p.dob_estimated,
        p.sex,
        p.nationality,
        p.relationship,
        now
    ])?;
    Ok(conn.last_insert_rowid())
}

/// What inserting a run of cases in one transaction looks up once rather than per case: the actor, the next
/// case number of the year and the head of the audit chain.
pub(in crate::cases) struct InsertRun {
    actor: String,
    /// Persons from this id on were inserted by the run, and their names are not indexed yet.
    first_person: i64,
    year: i32,
    next_seq: i64,
    chain: trail::Head,
}

impl InsertRun {
    pub(super) fn start(conn: &Connection, now: i64) -> Result<InsertRun> {
        let year = IsoDate::from_unix_ms(now).year();
        let next_seq: i64 = conn
            .prepare_cached("SELECT COALESCE(MAX(case_seq), 0) + 1 FROM case_file WHERE case_year = ?1")?
            .query_row([year], |r| r.get(0))?;
        Ok(InsertRun {
            actor: actor_of(conn)?,
            first_person: next_person_id(conn)?,
            year,
            next_seq,
            chain: trail::head(conn)?,
        })
    }

    /// Index the names of the run's persons; call once, after the last case.
    pub(super) fn finish(self, conn: &Connection) -> Result<()> {
        index_names_from(conn, self.first_person)
    }
}

pub(in crate::cases) fn insert_case(
    conn: &Connection,
    run: &mut InsertRun,
    new: &NewCase,
    flags: &[String],
    now: i64,
    action: &str,
) -> Result<i64> {
    let (year, seq) = (run.year, run.next_seq);
    run.next_seq += 1;
    let number = format!("AVR-{year}-{seq:04}");
    let (display_name, person_count, flag_list) = list_columns(
        new.persons
            .iter()
            .enumerate()
            .map(|(i, p)| (i as u32, p.given_names.as_str(), p.family_name.as_str())),
        flags,
    );
    conn.prepare_cached(
        "INSERT INTO case_file (case_year, case_seq, case_number, status, stage, workflow_id, workflow_version,
         handbook_version, disembarked_on, due_on, created_at, updated_at, display_name, person_count, flag_list)
         VALUES (?1, ?2, ?3, 'open', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        year,
        seq,
        number,
        new.stage,
        new.workflow_id,
        new.workflow_version,
        new.handbook_version,
        new.disembarked_on,
        new.due_on,
        now,
        display_name,
        person_count,
        flag_list
    ])?;
    let id = conn.last_insert_rowid();
    insert_flags(conn, id, flags, ("open", &new.stage, now, new.due_on.as_deref()))?;
    for (i, p) in new.persons.iter().enumerate() {
        insert_person(conn, id, i as u32, p, now)?;
    }
    trail::append_at(
        conn,
        &mut run.chain,
        now,
        &run.actor,
        action,
        Some(id),
        &format!(
            "workflow {} v{}, stage {}, {} person(s)",
            new.workflow_id,
            new.workflow_version,
            new.stage,
            new.persons.len()
        ),
    )?;
    Ok(id)
}
