//! What staff do with cases: create, open, list and search, record answers, notes and consent, close, reopen,
//! and the retention purge. Every change is one transaction together with its audit event.

use std::sync::LazyLock;

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::model::{
    Answer, CaseChanges, CaseRecord, CaseStatus, CaseSummary, ConsentDecision, ConsentEntry, NewCase,
    NewConsent, NewPerson, Note, Person, PurgeReport, PurgedCase,
};
use super::store::{CaseStore, actor_of};
use super::validate::{self, IsoDate};
use super::{CaseError, Result, files, trail};

const DAY_MS: i64 = 86_400_000;

/// The columns of a list row; the household's name and size and the flags are kept on the case (migration 3).
pub(super) const SUMMARY_COLUMNS: &str = "
    c.id, c.case_number, c.status, c.stage, c.workflow_id, c.workflow_version, c.handbook_version,
    c.display_name, c.person_count, c.flag_list, c.disembarked_on, c.due_on, c.created_at, c.updated_at,
    c.closed_at";

pub(super) fn summary_from_row(r: &Row<'_>) -> rusqlite::Result<CaseSummary> {
    let status: String = r.get(2)?;
    let flags: String = r.get(9)?;
    Ok(CaseSummary {
        id: r.get(0)?,
        case_number: r.get(1)?,
        status: CaseStatus::parse(&status).unwrap_or(CaseStatus::Closed),
        stage: r.get(3)?,
        workflow_id: r.get(4)?,
        workflow_version: r.get(5)?,
        handbook_version: r.get(6)?,
        display_name: r.get(7)?,
        persons: r.get(8)?,
        flags: flags
            .split(' ')
            .filter(|f| !f.is_empty())
            .map(str::to_owned)
            .collect(),
        safeguards: Vec::new(),
        disembarked_on: r.get(10)?,
        due_on: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
        closed_at: r.get(14)?,
    })
}

fn person_from_row(r: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: r.get(0)?,
        position: r.get(1)?,
        given_names: r.get(2)?,
        family_name: r.get(3)?,
        other_names: r.get(4)?,
        date_of_birth: r.get(5)?,
        dob_estimated: r.get(6)?,
        sex: r.get(7)?,
        nationality: r.get(8)?,
        relationship: r.get(9)?,
    })
}

/// Cases one [`CaseStore::warm_step`] covers.
const WARM_STEP_CASES: i64 = 512;

const PERSON_COLUMNS: &str = "id, position, given_names, family_name, other_names, date_of_birth, dob_estimated, \
                              sex, nationality, relationship";

fn consent_from_row(r: &Row<'_>) -> rusqlite::Result<ConsentEntry> {
    let decision: String = r.get(4)?;
    Ok(ConsentEntry {
        id: r.get(0)?,
        person_id: r.get(1)?,
        purpose: r.get(2)?,
        recipient: r.get(3)?,
        decision: ConsentDecision::parse(&decision),
        decided_at: r.get(5)?,
        interpreter: r.get(6)?,
        language: r.get(7)?,
        recorded_by: r.get(8)?,
        recorded_at: r.get(9)?,
    })
}

const CONSENT_COLUMNS: &str = "id, person_id, purpose, recipient, decision, decided_at, interpreter, language, recorded_by, recorded_at";

/// A person as `json_array({PERSON_COLUMNS})` gives it.
type PersonRow = (
    i64,
    u32,
    String,
    String,
    String,
    Option<String>,
    u8,
    Option<String>,
    Option<String>,
    String,
);

impl From<PersonRow> for Person {
    fn from(r: PersonRow) -> Person {
        Person {
            id: r.0,
            position: r.1,
            given_names: r.2,
            family_name: r.3,
            other_names: r.4,
            date_of_birth: r.5,
            dob_estimated: r.6 != 0,
            sex: r.7,
            nationality: r.8,
            relationship: r.9,
        }
    }
}

type AnswerRow = (String, serde_json::Value, String, i64);

/// A consent entry as `json_array({CONSENT_COLUMNS})` gives it.
type ConsentRow = (
    i64,
    Option<i64>,
    String,
    String,
    String,
    i64,
    Option<String>,
    String,
    String,
    i64,
);

impl From<ConsentRow> for ConsentEntry {
    fn from(r: ConsentRow) -> ConsentEntry {
        ConsentEntry {
            id: r.0,
            person_id: r.1,
            purpose: r.2,
            recipient: r.3,
            decision: ConsentDecision::parse(&r.4),
            decided_at: r.5,
            interpreter: r.6,
            language: r.7,
            recorded_by: r.8,
            recorded_at: r.9,
        }
    }
}

/// A list that SQLite built with `json_group_array`; `what` names it if the database holds something else.
fn stored_list<T: serde::de::DeserializeOwned>(what: &str, json: &str) -> Result<Vec<T>> {
    serde_json::from_str(json).map_err(|e| CaseError::invalid(format!("stored {what}"), e.to_string()))
}

fn not_found(what: &'static str, id: i64) -> CaseError {
    CaseError::NotFound {
        what,
        id: id.to_string(),
    }
}

/// A case's number and status, or `NotFound`.
fn case_state(conn: &Connection, case_id: i64) -> Result<(String, CaseStatus)> {
    let row: Option<(String, String)> = conn
        .prepare_cached("SELECT case_number, status FROM case_file WHERE id = ?1")?
        .query_row([case_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (number, status) = row.ok_or_else(|| not_found("case", case_id))?;
    Ok((number, CaseStatus::parse(&status).unwrap_or(CaseStatus::Closed)))
}

/// The case number of an open case; changes to closed or purged cases are refused.
/// Check what `changes` asks before a transaction starts; returns the flags, deduplicated and sorted.
pub(super) fn check_changes(changes: &CaseChanges) -> Result<Option<Vec<String>>> {
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
pub(super) fn apply_changes(
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

pub(super) fn require_open(conn: &Connection, case_id: i64) -> Result<String> {
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
pub(super) fn touch(conn: &Connection, case_id: i64, now: i64) -> Result<()> {
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
pub(super) fn list_columns<'a>(
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
pub(super) fn refresh_list_columns(conn: &Connection, case_id: i64) -> Result<()> {
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
pub(super) fn copy_to_flags(conn: &Connection, case_id: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE case_flag SET (status, stage, updated_at, due_on) =
             (SELECT c.status, c.stage, c.updated_at, c.due_on FROM case_file c WHERE c.id = ?1)
         WHERE case_id = ?1",
    )?
    .execute([case_id])?;
    Ok(())
}

/// The id the next inserted person will have at least: names are indexed from it once the persons are in.
pub(super) fn next_person_id(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT COALESCE(MAX(id), 0) + 1 FROM person")?
        .query_row([], |r| r.get(0))?)
}

/// Add the names of the persons inserted from `first_id` on to the full-text index, in one statement (an
/// FTS5 insert per person, as the trigger of migration 2 did, made bulk imports several times slower).
pub(super) fn index_names_from(conn: &Connection, first_id: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO person_search (rowid, names, case_id)
         SELECT id, given_names || ' ' || family_name || ' ' || other_names, case_id FROM person
         WHERE id >= ?1 ORDER BY id",
    )?
    .execute([first_id])?;
    Ok(())
}

/// Insert a case's flag rows, carrying the case's status, stage, update time and due date.
pub(super) fn insert_flags(
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

fn validate_person(p: &NewPerson, today: IsoDate) -> Result<()> {
    validate::short_text("given names", &p.given_names, false)?;
    validate::short_text("family name", &p.family_name, false)?;
    if p.given_names.trim().is_empty() && p.family_name.trim().is_empty() {
        return Err(CaseError::invalid("name", "enter a given name or a family name"));
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
        return Err(CaseError::invalid("household", "more than 64 members"));
    }
    for p in &new.persons {
        validate_person(p, today)?;
    }
    validate::flags(&new.flags)
}

pub(super) fn insert_person(
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
struct InsertRun {
    actor: String,
    /// Persons from this id on were inserted by the run, and their names are not indexed yet.
    first_person: i64,
    year: i32,
    next_seq: i64,
    chain: trail::Head,
}

impl InsertRun {
    fn start(conn: &Connection, now: i64) -> Result<InsertRun> {
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
    fn finish(self, conn: &Connection) -> Result<()> {
        index_names_from(conn, self.first_person)
    }
}

fn insert_case(
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

#[cfg(test)]
mod tests {
    use super::super::list::{fts_query, like_pattern, list_sql};
    use super::super::model::{CaseFilter, CaseSort};
    use super::*;
    use rusqlite::params_from_iter;

    /// The plan of each list query of the dashboard and the benchmark: `EXPLAIN QUERY PLAN` must show an index
    /// read in the page's order (no sort of every matching case) and no scan of the whole case table.
    #[test]
    fn each_list_page_reads_an_index_in_page_order() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| CaseError::io(std::path::Path::new("tempdir"), e))?;
        let store = CaseStore::create_unencrypted(dir.path(), 0, super::super::StoreOptions::default())?;
        let mut checked = 0;
        for status in [Some(CaseStatus::Open), None] {
            for stage in [Some("intake".to_owned()), None] {
                for flags in [vec![], vec!["uasc".to_owned()]] {
                    for sort in [CaseSort::UpdatedDesc, CaseSort::DueAsc] {
                        if flags.len() == 1 && status.is_some() != stage.is_some() {
                            continue; // Sorted from the flag's cases only (a few thousand at most).
                        }
                        let filter = CaseFilter {
                            status,
                            stage: stage.clone(),
                            flags: flags.clone(),
                            sort,
                            limit: 50,
                            ..CaseFilter::default()
                        };
                        let (sql, args) = list_sql(&filter)?;
                        let mut stmt = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
                        let plan: Vec<String> = stmt
                            .query_map(params_from_iter(args), |r| r.get::<_, String>(3))?
                            .collect::<rusqlite::Result<_>>()?;
                        let plan = plan.join("; ");
                        assert!(!plan.contains("TEMP B-TREE"), "{filter:?} sorts: {plan}");
                        assert!(plan.contains("USING"), "{filter:?} reads no index: {plan}");
                        checked += 1;
                    }
                }
            }
        }
        assert_eq!(checked, 12);
        Ok(())
    }

    /// The list columns and the flag rows' copies, written by the store since migration 4, match what the
    /// rows say after every kind of change (what the triggers of migration 3 kept up to date).
    #[test]
    fn the_case_list_shows_the_household_and_flags_after_every_change() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| CaseError::io(std::path::Path::new("tempdir"), e))?;
        let store = CaseStore::create_unencrypted(dir.path(), 0, super::super::StoreOptions::default())?;
        let now = 1_773_133_200_000;
        let person = |given: &str, family: &str| NewPerson {
            given_names: given.into(),
            family_name: family.into(),
            relationship: "principal".into(),
            ..NewPerson::default()
        };
        let case = store.create_case(
            &NewCase {
                workflow_id: "avr-standard".into(),
                workflow_version: 1,
                handbook_version: "test".into(),
                stage: "intake".into(),
                persons: vec![person("Awa", "Sow"), person("Issa", "")],
                flags: vec!["uasc".into(), "medical".into()],
                due_on: Some("2026-04-01".into()),
                ..NewCase::default()
            },
            now,
        )?;
        assert_eq!(
            (case.display_name.as_str(), case.persons, case.flags.clone()),
            ("Awa Sow", 2, vec!["medical".to_owned(), "uasc".to_owned()])
        );
        let copies_match = |store: &CaseStore| -> Result<bool> {
            Ok(store.conn.query_row(
                "SELECT count(*) = 0 FROM case_flag g JOIN case_file c ON c.id = g.case_id
                 WHERE (g.status, g.stage, g.updated_at) IS NOT (c.status, c.stage, c.updated_at)
                    OR g.due_on IS NOT c.due_on",
                [],
                |r| r.get(0),
            )?)
        };
        assert!(copies_match(&store)?);
        store.add_person(case.id, &person("Moussa", "Bah"), now + 1)?;
        let principal = store.persons(case.id)?[0].id;
        store.update_person(principal, &person("Awa", "Diallo"), now + 2)?;
        store.save_answer(case.id, "intake.language", &serde_json::json!("fr"), now + 3)?;
        assert!(copies_match(&store)?);
        let changed = store.update_case(
            case.id,
            &CaseChanges {
                stage: Some("travel".into()),
                flags: Some(vec!["trafficking".into(), "family-tracing".into()]),
                due_on: Some(String::new()),
            },
            now + 4,
        )?;
        assert_eq!(
            (changed.display_name.as_str(), changed.persons, changed.flags),
            (
                "Awa Diallo",
                3,
                vec!["family-tracing".to_owned(), "trafficking".to_owned()]
            )
        );
        assert!(copies_match(&store)?);
        store.close_case(case.id, now + 5)?;
        assert!(copies_match(&store)?);
        let closed = CaseFilter {
            status: Some(CaseStatus::Closed),
            stage: Some("travel".into()),
            flags: vec!["trafficking".into()],
            ..CaseFilter::default()
        };
        assert_eq!(store.list_cases(&closed)?.len(), 1);
        store.purge_closed(0, now + 6)?;
        let purged = store.case_summary(case.id)?;
        assert_eq!(
            (purged.display_name.as_str(), purged.persons, purged.flags.len()),
            ("", 0, 0)
        );
        Ok(())
    }

    #[test]
    fn search_text_is_quoted_so_it_is_never_fts_syntax() {
        assert_eq!(fts_query("Moh \"al-"), Some("\"Moh\"* \"\"\"al-\"*".to_owned()));
        assert_eq!(fts_query("' ; --"), None);
        assert_eq!(like_pattern("50%_a\\"), "%50\\%\\_a\\\\%");
    }
}
