//! Moving a case between installations: an exported case record is inserted whole (same case number, persons,
//! answers with who and when, notes and the consent ledger), and exports are recorded in the audit log.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use super::model::{CaseRecord, CaseStatus, NewPerson};
use super::store::{CaseStore, actor_of};
use super::{CaseError, Result, ops, trail, validate};

/// `AVR-<year>-<seq>` → (year, seq).
fn parse_case_number(number: &str) -> Option<(i64, i64)> {
    let rest = number.strip_prefix("AVR-")?;
    let (year, seq) = rest.split_once('-')?;
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if year.len() != 4 || !all_digits(year) || !all_digits(seq) || seq.len() > 9 {
        return None;
    }
    Some((year.parse().ok()?, seq.parse().ok()?))
}

fn check_record(record: &CaseRecord, now: i64) -> Result<(i64, i64)> {
    let s = &record.summary;
    let (year, seq) = parse_case_number(&s.case_number).ok_or_else(|| {
        CaseError::invalid(
            "case.summary.case_number",
            "expected a case number like AVR-2026-0007",
        )
    })?;
    if s.status == CaseStatus::Purged {
        return Err(CaseError::invalid(
            "case.summary.status",
            "a purged case holds no personal data to import",
        ));
    }
    validate::short_text("case.summary.stage", &s.stage, true)?;
    // The day the person came ashore is checked as creating the case checks it: never after today anywhere.
    if let Some(d) = &s.disembarked_on {
        validate::validate_disembarkation_date(d, validate::IsoDate::latest_anywhere(now))?;
    }
    for (i, p) in record.persons.iter().enumerate() {
        let field = |name: &str| format!("case.persons[{i}].{name}");
        validate::short_text(&field("given_names"), &p.given_names, false)?;
        validate::short_text(&field("family_name"), &p.family_name, false)?;
        validate::short_text(&field("other_names"), &p.other_names, false)?;
        validate::short_text(&field("relationship"), &p.relationship, true)?;
    }
    for a in &record.answers {
        validate::field_id(&a.field_id)?;
        validate::answer_json(&a.field_id, &a.value)?;
    }
    for (i, n) in record.notes.iter().enumerate() {
        validate::long_text(&format!("case.notes[{i}].body"), &n.body)?;
    }
    Ok((year, seq))
}

/// Insert a case exported from another installation inside `tx`, keeping its case number, its answers' authors
/// and times, its notes and its consent ledger; a case number already used here is refused. `local_id` reuses
/// the id of a local copy removed in the same transaction (a case handed back keeps its id, so its timeline
/// runs on). Records `case.imported`; returns the local id.
pub(super) fn insert_record(
    tx: &rusqlite::Transaction<'_>,
    record: &CaseRecord,
    exported_at: i64,
    local_id: Option<i64>,
    now: i64,
) -> Result<i64> {
    let (year, seq) = check_record(record, now)?;
    let s = &record.summary;
    let taken: bool = tx
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM case_file WHERE case_number = ?1)")?
        .query_row([&s.case_number], |r| r.get(0))?;
    if taken {
        return Err(CaseError::CaseNumberTaken {
            case_number: s.case_number.clone(),
        });
    }
    let (display_name, person_count, flag_list) = ops::list_columns(
        record
            .persons
            .iter()
            .map(|p| (p.position, p.given_names.as_str(), p.family_name.as_str())),
        &s.flags,
    );
    let updated_at = s.updated_at.max(now);
    tx.prepare_cached(
        "INSERT INTO case_file (case_year, case_seq, case_number, status, stage, workflow_id,
         workflow_version, handbook_version, disembarked_on, due_on, created_at, updated_at, closed_at,
         display_name, person_count, flag_list, id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?
    .execute(params![
        year,
        seq,
        s.case_number,
        s.status.as_str(),
        s.stage,
        s.workflow_id,
        s.workflow_version,
        s.handbook_version,
        s.disembarked_on,
        s.due_on,
        s.created_at,
        updated_at,
        s.closed_at,
        display_name,
        person_count,
        flag_list,
        local_id,
    ])?;
    let case_id = tx.last_insert_rowid();
    ops::insert_flags(
        tx,
        case_id,
        &s.flags,
        (s.status.as_str(), &s.stage, updated_at, s.due_on.as_deref()),
    )?;
    let first_person = ops::next_person_id(tx)?;
    let mut person_ids = HashMap::new();
    for p in &record.persons {
        let person = NewPerson {
            given_names: p.given_names.clone(),
            family_name: p.family_name.clone(),
            other_names: p.other_names.clone(),
            date_of_birth: p.date_of_birth.clone(),
            dob_estimated: p.dob_estimated,
            sex: p.sex.clone(),
            nationality: p.nationality.clone(),
            relationship: p.relationship.clone(),
        };
        let id = ops::insert_person(tx, case_id, p.position, &person, now)?;
        person_ids.insert(p.id, id);
    }
    ops::index_names_from(tx, first_person)?;
    for a in &record.answers {
        let json = validate::answer_json(&a.field_id, &a.value)?;
        tx.prepare_cached(
            "INSERT INTO answer (case_id, field_id, value, saved_by, saved_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![case_id, a.field_id, json, a.saved_by, a.saved_at])?;
    }
    for n in &record.notes {
        tx.prepare_cached("INSERT INTO note (case_id, body, author, created_at) VALUES (?1, ?2, ?3, ?4)")?
            .execute(params![case_id, n.body, n.author, n.created_at])?;
    }
    for (i, c) in record.consents.iter().enumerate() {
        let person_id = match c.person_id {
            Some(old) => Some(*person_ids.get(&old).ok_or_else(|| {
                CaseError::invalid(
                    format!("case.consents[{i}].person_id"),
                    format!("no person {old} in this case"),
                )
            })?),
            None => None,
        };
        tx.prepare_cached(
            "INSERT INTO consent (case_id, person_id, purpose, recipient, decision, decided_at,
             interpreter, language, recorded_by, recorded_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            case_id,
            person_id,
            c.purpose,
            c.recipient,
            c.decision.as_str(),
            c.decided_at,
            c.interpreter,
            c.language,
            c.recorded_by,
            c.recorded_at
        ])?;
    }
    let summary = format!(
        "imported from an export made {}: {} person(s), {} answer(s), {} note(s), {} consent entr(ies)",
        crate::export::format_utc(exported_at),
        record.persons.len(),
        record.answers.len(),
        record.notes.len(),
        record.consents.len()
    );
    trail::append(tx, now, &actor_of(tx)?, "case.imported", Some(case_id), &summary)?;
    Ok(case_id)
}

impl CaseStore {
    /// Insert a case exported from another installation (see [`insert_record`]). All or nothing; a case number
    /// already used here is refused. Returns the new local id.
    pub fn import_record(&self, record: &CaseRecord, exported_at: i64, now: i64) -> Result<i64> {
        self.write(|tx| insert_record(tx, record, exported_at, None, now))
    }

    /// Record that many cases left in one file, in one transaction.
    pub fn record_exports(&self, case_ids: &[i64], what: &str, now: i64) -> Result<()> {
        self.write(|tx| {
            let actor = actor_of(tx)?;
            for &id in case_ids {
                trail::append(tx, now, &actor, "case.exported", Some(id), what)?;
            }
            Ok(())
        })
    }

    /// The hash of the newest audit event: it commits to the whole log so far. Printed on exports as their
    /// verification code.
    pub fn audit_head(&self) -> Result<String> {
        Ok(self
            .conn
            .prepare_cached("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")?
            .query_row([], |r| r.get(0))
            .optional()?
            .unwrap_or_else(|| trail::GENESIS.to_owned()))
    }

    /// Record in the audit log that a case left the database as a file (format and whether redacted; never
    /// the path, which may name the person).
    pub fn record_export(&self, case_id: i64, what: &str, now: i64) -> Result<()> {
        self.audit(now, "case.exported", Some(case_id), what)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_case_number;

    #[test]
    fn only_our_case_numbers_are_accepted() {
        assert_eq!(parse_case_number("AVR-2026-0007"), Some((2026, 7)));
        assert_eq!(parse_case_number("AVR-2026-12345"), Some((2026, 12345)));
        for bad in [
            "",
            "AVR-26-1",
            "avr-2026-0001",
            "AVR-2026-",
            "AVR-2026-x1",
            "AVR-2026-0001-2",
        ] {
            assert_eq!(parse_case_number(bad), None, "{bad}");
        }
    }
}
