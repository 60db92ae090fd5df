//! Case records and the guided workflow, as the app and the CLI use them. The case store is encrypted and
//! starts locked; every call here needs it unlocked. Saving an answer re-evaluates the workflow at once, so the
//! UI always shows the blocks and the next step that follow from what is saved.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Api, lock, now_ms};
use crate::cases::{
    AnchorStatus, AnswerWrite, AuditReport, BackupInfo, CaseError, CaseFilter, CaseRecord, CaseStore,
    CaseSummary, FailedUnlocks, IntegrityStatus, NewCase, NewPerson, PassphraseStrength, PurgeReport,
    RekeyReport, StaffProfile,
};
use crate::casework::{self, CaseView, RuleError};
use crate::workflow::{self, Date, Workflow};
use crate::{Error, Result};

/// The workflow new cases follow, at its newest version.
const CASE_WORKFLOW: &str = "avr-case";

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct VaultStatus {
    /// A case database exists in the data folder (otherwise the first run sets a passphrase).
    pub exists: bool,
    pub unlocked: bool,
    pub staff: Option<StaffProfile>,
    /// The start-up integrity check of the unlocked store (`checking` for a moment after unlocking, while it
    /// reads the whole file in the background). `corrupt` when it found damage: the store was then locked and
    /// its file set aside (the detail says where), and a backup can be restored.
    pub integrity: IntegrityStatus,
    /// What unlocking found when it compared the audit chain with the last state seen outside the database:
    /// anything but `consistent` or `missing` means the store was turned back or rewritten, and was audited.
    pub anchor: Option<AnchorStatus>,
    /// Failed unlock attempts since the previous unlock, as this unlock found them (they were audited and the
    /// count reset): "3 failed attempts since the last unlock, the last on …". `None` when there were none.
    pub failed_unlocks: Option<FailedUnlocks>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewCaseRequest {
    pub given_names: String,
    pub family_name: String,
    /// The name in other scripts or spellings (e.g. Arabic script).
    #[serde(default)]
    pub other_names: String,
    /// `YYYY-MM-DD`; refused when in the future.
    #[serde(default)]
    #[ts(optional)]
    pub disembarked_on: Option<String>,
}

/// A new case with its household, for scripts (`avr case new --json`).
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct NewCaseWithHousehold {
    /// In order; the first is the principal applicant.
    pub persons: Vec<NewPerson>,
    /// `YYYY-MM-DD`; refused when in the future.
    #[serde(default)]
    #[ts(optional)]
    pub disembarked_on: Option<String>,
}

/// The shortest retention the purge accepts, in days.
pub const MIN_PURGE_DAYS: u32 = 30;

fn rule(e: RuleError) -> Error {
    Error::Validation(e.0)
}

/// The name the store records as the author of changes.
fn actor_name(s: &CaseStore) -> Result<String> {
    Ok(s.staff_profile()?
        .map(|p| format!("{} ({})", p.name, p.office))
        .unwrap_or_else(|| "staff profile not set".into()))
}

/// The writes that record `latches` (as `casework::latches_for` returns them).
fn latch_writes(latches: &[(String, serde_json::Value)]) -> Vec<AnswerWrite> {
    latches
        .iter()
        .map(|(k, v)| AnswerWrite::new(k.clone(), v.clone()))
        .collect()
}

/// Write `writes` and the case list's stage and flags that the case's answers lead to once they are saved, with
/// the latches those answers trigger (for every household member), in one transaction.
fn save_case_writes(
    s: &CaseStore,
    wf: &Workflow,
    record: &CaseRecord,
    mut writes: Vec<AnswerWrite>,
    today: Date,
    trigger: Option<&str>,
) -> Result<()> {
    let actor = actor_name(s)?;
    let now = now_ms();
    let pairs = |w: &[AnswerWrite]| -> Vec<(String, serde_json::Value)> {
        w.iter().map(|w| (w.field_id.clone(), w.value.clone())).collect()
    };
    let next = casework::with_writes(&record.answers, &pairs(&writes), &actor, now);
    let latches = casework::latches_for_case(wf, &record.persons, &next, today, &actor, trigger);
    writes.extend(latch_writes(&latches));
    let next = casework::with_writes(&next, &latches, &actor, now);
    let eval = casework::evaluate_case(wf, &record.persons, &next, today);
    let changes = casework::list_columns(&eval, &record.summary.stage, &record.summary.flags);
    Ok(s.save_answers(record.summary.id, &writes, &changes, now)?)
}

/// Today on this laptop, as the workflow reads dates.
pub(super) fn today(now: i64) -> Result<Date> {
    let iso = crate::cases::IsoDate::from_unix_ms(now).to_string();
    iso.parse()
        .map_err(|e: workflow::DateError| Error::Validation(format!("today ({iso}): {}", e.0)))
}

/// When the background start-up check found damage: lock the store and set its file aside, as unlocking does
/// when it finds the damage itself.
fn set_aside_if_damaged(slot: &mut Option<CaseStore>) -> Option<CaseError> {
    let IntegrityStatus::Corrupt { detail } = slot.as_ref()?.integrity() else {
        return None;
    };
    Some(slot.take()?.set_aside(detail, now_ms()))
}

impl Api {
    pub(super) fn with_store<T>(&self, f: impl FnOnce(&CaseStore) -> Result<T>) -> Result<T> {
        let mut guard = lock(&self.vault);
        if let Some(damaged) = set_aside_if_damaged(&mut guard) {
            return Err(damaged.into());
        }
        let store = guard.as_ref().ok_or(Error::Locked)?;
        f(store)
    }

    pub(super) fn case_workflow(&self, id: &str, version: u32) -> Result<&Workflow> {
        Ok(workflow::find(&self.workflows, id, version)?)
    }

    fn newest_workflow(&self) -> Result<&Workflow> {
        self.workflows
            .iter()
            .filter(|w| w.id == CASE_WORKFLOW)
            .max_by_key(|w| w.version)
            .ok_or_else(|| Error::NotFound {
                what: "workflow",
                id: CASE_WORKFLOW.to_owned(),
            })
    }

    pub fn vault_status(&self) -> Result<VaultStatus> {
        let mut guard = lock(&self.vault);
        if let Some(damaged) = set_aside_if_damaged(&mut guard) {
            return Ok(VaultStatus {
                exists: CaseStore::exists(self.data_dir()),
                unlocked: false,
                staff: None,
                integrity: IntegrityStatus::Corrupt {
                    detail: damaged.to_string(),
                },
                anchor: None,
                failed_unlocks: None,
            });
        }
        let (staff, integrity, anchor, failed_unlocks) = match guard.as_ref() {
            Some(store) => (
                store.staff_profile()?,
                store.integrity(),
                Some(store.anchor_at_unlock().clone()),
                store.failed_unlocks_at_unlock(),
            ),
            None => (None, IntegrityStatus::NotChecked, None, None),
        };
        Ok(VaultStatus {
            exists: CaseStore::exists(self.data_dir()),
            unlocked: guard.is_some(),
            staff,
            integrity,
            anchor,
            failed_unlocks,
        })
    }

    /// How hard `passphrase` is to guess, with advice in `lang`: what the setup and change forms show while the
    /// person types. Creating a store or changing its passphrase applies the same rule and refuses what this
    /// calls not acceptable.
    pub fn passphrase_strength(&self, passphrase: &str, lang: crate::i18n::Lang) -> PassphraseStrength {
        crate::cases::estimate(passphrase).strength(lang)
    }

    /// First run: create the encrypted case database with this passphrase and record who works on it.
    pub fn vault_create(&self, passphrase: &str, staff: &StaffProfile) -> Result<VaultStatus> {
        if staff.name.trim().is_empty() {
            return Err(Error::Validation(crate::i18n::t(self.lang(), "error-staff-name")));
        }
        let now = now_ms();
        let store = CaseStore::create(self.data_dir(), passphrase, now)?;
        store.set_staff_profile(staff.name.trim(), staff.office.trim(), now)?;
        *lock(&self.vault) = Some(store);
        self.vault_status()
    }

    pub fn vault_unlock(&self, passphrase: &str) -> Result<VaultStatus> {
        self.touch();
        let store = CaseStore::unlock(self.data_dir(), passphrase, now_ms())?;
        self.open_vault(store);
        self.vault_status()
    }

    /// Put an unlocked store in place and warm its page cache in the background: step by step, each a
    /// millisecond or so, giving the store back between steps, so the first opens of cases are as quick as the
    /// rest and nobody waits for the warm-up. It stops when the store is locked.
    fn open_vault(&self, store: CaseStore) {
        // A previous warm-up ends at its next step once its store is gone (locked before a restore or an
        // unlock); join it before the new store is in place.
        let previous = lock(&self.warm_up).take();
        if let Some(t) = previous {
            let _ = t.join();
        }
        *lock(&self.vault) = Some(store);
        let vault = std::sync::Arc::clone(&self.vault);
        let warm = move || {
            let mut after = 0;
            loop {
                let guard = lock(&vault);
                let Some(Ok(Some(next))) = guard.as_ref().map(|s| s.warm_step(after)) else {
                    return;
                };
                drop(guard);
                after = next;
                std::thread::yield_now();
            }
        };
        // Without the thread the store is only slower to open its first cases.
        if let Ok(t) = std::thread::Builder::new()
            .name("case-cache-warm-up".into())
            .spawn(warm)
        {
            *lock(&self.warm_up) = Some(t);
        }
    }

    /// Forget the key. Safe to call when already locked.
    pub fn vault_lock(&self) -> Result<()> {
        let store = lock(&self.vault).take();
        // The warm-up ends at its next step once the store is gone.
        let warm = lock(&self.warm_up).take();
        if let Some(t) = warm {
            let _ = t.join();
        }
        if let Some(store) = store {
            store.lock()?;
        }
        Ok(())
    }

    /// Change the passphrase: the current one must be given again. The report says which backups and set-aside
    /// files were re-encrypted, and which set-aside files were removed.
    pub fn vault_change_passphrase(&self, current: &str, new: &str) -> Result<RekeyReport> {
        // Proves the current passphrase without touching the open store.
        drop(CaseStore::unlock_with(
            self.data_dir(),
            current,
            now_ms(),
            crate::cases::StoreOptions {
                auto_backup_every_ms: None,
                ..Default::default()
            },
        )?);
        let mut guard = lock(&self.vault);
        let store = guard.as_mut().ok_or(Error::Locked)?;
        Ok(store.rekey(new, now_ms())?)
    }

    pub fn set_staff_profile(&self, staff: &StaffProfile) -> Result<VaultStatus> {
        self.with_store(|s| Ok(s.set_staff_profile(staff.name.trim(), staff.office.trim(), now_ms())?))?;
        self.vault_status()
    }

    /// A page of the case list, each case with the titles of the safeguards blocking it.
    pub fn cases_list(&self, filter: &CaseFilter) -> Result<Vec<CaseSummary>> {
        let mut page = self.with_store(|s| Ok(s.list_cases(filter)?))?;
        for c in &mut page {
            let wf = self
                .case_workflow(&c.workflow_id, c.workflow_version)
                .ok()
                .map(|wf| self.localized(wf));
            let wf = wf.as_deref();
            c.safeguards = c
                .flags
                .iter()
                .filter_map(|f| f.strip_prefix(casework::SAFEGUARD_FLAG))
                .map(|id| wf.map_or(id, |wf| casework::safeguard_title(wf, id)).to_owned())
                .collect();
        }
        Ok(page)
    }

    pub fn case_create(&self, req: &NewCaseRequest) -> Result<CaseView> {
        let wf = self.newest_workflow()?;
        let handbook_version = self.edition(super::DEFAULT_LANG)?.version.clone();
        let stage = wf.stages.first().map(|s| s.id.clone()).unwrap_or_default();
        let new = NewCase {
            workflow_id: wf.id.clone(),
            workflow_version: wf.version,
            handbook_version,
            stage,
            persons: vec![NewPerson {
                given_names: req.given_names.trim().to_owned(),
                family_name: req.family_name.trim().to_owned(),
                other_names: req.other_names.trim().to_owned(),
                date_of_birth: None,
                dob_estimated: false,
                sex: None,
                nationality: None,
                relationship: "principal".into(),
            }],
            flags: vec![],
            disembarked_on: req.disembarked_on.clone().filter(|d| !d.trim().is_empty()),
            due_on: None,
        };
        let id = self.with_store(|s| Ok(s.create_case(&new, now_ms())?.id))?;
        self.case_view(id)
    }

    /// Titles for the handbook references an evaluation shows, from the default edition.
    fn ref_titles(&self, eval: &workflow::Evaluation) -> std::collections::BTreeMap<String, String> {
        // Chapter and section titles of the interface's edition (English where it lacks one).
        let Ok(hb) = self.edition(self.lang().code()) else {
            return Default::default();
        };
        let refs = eval
            .steps
            .iter()
            .flat_map(|s| s.refs.iter())
            .chain(eval.safeguards.iter().flat_map(|g| g.refs.iter()))
            .chain(eval.checklist.iter().flat_map(|c| c.refs.iter()))
            .chain(eval.readiness.checks.iter().flat_map(|c| c.refs.iter()));
        refs.filter_map(|r| {
            let ch = hb.chapter(&r.chapter)?;
            let section = ch.section(&r.section)?;
            Some((r.to_string(), format!("{} › {}", ch.meta.title, section.title)))
        })
        .collect()
    }

    /// A case as stored, and the workflow version it follows.
    fn case_with_workflow(&self, s: &CaseStore, id: i64) -> Result<(crate::cases::CaseRecord, &Workflow)> {
        let record = s.case(id)?;
        let wf = self.case_workflow(&record.summary.workflow_id, record.summary.workflow_version)?;
        Ok((record, wf))
    }

    pub fn case_view(&self, id: i64) -> Result<CaseView> {
        self.with_store(|s| {
            let (record, wf) = self.case_with_workflow(s, id)?;
            let today = today(now_ms())?;
            let mut evaluation = casework::evaluate_case(wf, &record.persons, &record.answers, today);
            // The texts in the interface's language (same ids and statuses; English where untranslated).
            crate::i18n::workflow::localize_evaluation(&mut evaluation, wf, self.lang());
            let mut members = casework::member_views(wf, &record.persons, &record.answers, today);
            for m in &mut members {
                crate::i18n::workflow::localize_evaluation(&mut m.evaluation, wf, self.lang());
            }
            let mut timeline = s.timeline(id)?;
            timeline.reverse();
            let mut record = record;
            record.summary.safeguards = casework::active_titles(&evaluation);
            Ok(CaseView {
                ref_titles: self.ref_titles(&evaluation),
                changes: s.answer_changes(id)?,
                record,
                workflow_title: self.localized(wf).title.clone(),
                evaluation,
                timeline,
                member_steps: wf.household.member_steps.clone(),
                member_safeguards: casework::member_safeguards(wf),
                members,
            })
        })
    }

    /// Save one answer durably, with the latches it triggers and the case list's stage and flags, in one
    /// transaction; then re-evaluate. The answer is checked against its field first (see [`casework`]).
    pub fn case_answer(&self, id: i64, field: &str, value: &serde_json::Value) -> Result<CaseView> {
        let today = today(now_ms())?;
        self.with_store(|s| {
            let (record, wf) = self.case_with_workflow(s, id)?;
            let (scope, inner) = casework::scope_of(wf, &record.persons, field).map_err(rule)?;
            let previous = casework::answers_for(wf, &record.answers, scope);
            casework::prepare_answer(wf, &previous, inner, value, today).map_err(rule)?;
            let writes = vec![AnswerWrite::new(field, value.clone())];
            save_case_writes(s, wf, &record, writes, today, Some(field))
        })?;
        self.case_view(id)
    }

    /// Save an answer typed as text (the command line): `yes`/`no`, a number, a date, an option, options
    /// separated by commas, or JSON. Read by the field's kind, then checked like any answer.
    pub fn case_answer_text(&self, id: i64, field: &str, text: &str) -> Result<CaseView> {
        let json = self.typed_json(id, field, text)?;
        self.case_answer(id, field, &json)
    }

    /// [`Api::case_correct`] for an answer typed as text.
    pub fn case_correct_text(
        &self,
        id: i64,
        field: &str,
        text: &str,
        reason: &str,
        supervisor: Option<&str>,
    ) -> Result<CaseView> {
        let json = self.typed_json(id, field, text)?;
        self.case_correct(id, field, &json, reason, supervisor)
    }

    fn typed_json(&self, id: i64, field: &str, text: &str) -> Result<serde_json::Value> {
        let summary = self.with_store(|s| Ok(s.case_summary(id)?))?;
        let wf = self.case_workflow(&summary.workflow_id, summary.workflow_version)?;
        // A household member's answer (`member:2:pregnant`) is read by the member's field.
        let (_, inner) = casework::split_key(field);
        let (_, f) = wf
            .field(inner)
            .ok_or_else(|| Error::Validation(casework::no_such_question(wf, field)))?;
        let value = workflow::parse_typed(f, text)
            .map_err(|p| Error::Validation(p.for_field(&casework::label_of(wf, inner), self.lang())))?;
        serde_json::to_value(value).map_err(|e| Error::Validation(format!("{field}: {e}")))
    }

    /// Put right an answer entered by mistake: the corrected value, why, and a supervisor's name where the rules
    /// ask for one. Latches that the wrong answer triggered and that no longer hold are cleared, and the
    /// correction is on the timeline.
    pub fn case_correct(
        &self,
        id: i64,
        field: &str,
        value: &serde_json::Value,
        reason: &str,
        supervisor: Option<&str>,
    ) -> Result<CaseView> {
        let today = today(now_ms())?;
        self.with_store(|s| {
            let (record, wf) = self.case_with_workflow(s, id)?;
            let (scope, inner) = casework::scope_of(wf, &record.persons, field).map_err(rule)?;
            let previous = casework::answers_for(wf, &record.answers, scope);
            let actor = actor_name(s)?;
            let plan =
                casework::plan_correction(wf, &previous, inner, value, reason, supervisor, &actor, today)
                    .map_err(rule)?;
            let mut writes = vec![AnswerWrite {
                field_id: field.to_owned(),
                value: value.clone(),
                note: Some(plan.summary.clone()),
            }];
            writes.extend(plan.cleared.iter().map(|(k, v)| AnswerWrite {
                field_id: scope.key(k),
                value: v.clone(),
                note: Some(format!("latch cleared by the correction of {field}")),
            }));
            // The corrected answers may trigger other latches: the save records them.
            save_case_writes(s, wf, &record, writes, today, Some(field))
        })?;
        self.case_view(id)
    }

    /// A supervisor lifts a safeguard that the workflow allows to be overridden.
    pub fn case_override(
        &self,
        id: i64,
        safeguard: &str,
        supervisor: &str,
        reason: &str,
    ) -> Result<CaseView> {
        let today = today(now_ms())?;
        self.with_store(|s| {
            let (record, wf) = self.case_with_workflow(s, id)?;
            // A member's override (`member:<position>:<safeguard>`) is checked against that member's evaluation.
            let (scope, inner) = casework::scope_of(wf, &record.persons, safeguard).map_err(rule)?;
            let mut eval = match scope {
                casework::Scope::Principal => {
                    casework::evaluate_case(wf, &record.persons, &record.answers, today)
                }
                casework::Scope::Member(_) => {
                    workflow::evaluate(wf, &casework::answers_for(wf, &record.answers, scope), today)
                }
            };
            // A refusal names the stop and the missing answers in the interface's language.
            crate::i18n::workflow::localize_evaluation(&mut eval, wf, self.lang());
            let value = casework::check_override(&eval, inner, supervisor, reason).map_err(rule)?;
            let writes = vec![AnswerWrite::new(
                scope.key(&format!("{}{inner}", casework::OVERRIDE_PREFIX)),
                value,
            )];
            save_case_writes(s, wf, &record, writes, today, None)
        })?;
        self.case_view(id)
    }

    /// [`Api::case_answer`] for `person`: `None` (or 0) for the principal applicant, `n` for household member n,
    /// who answers the workflow's member steps for themselves. What the case screen calls.
    pub fn case_answer_for(
        &self,
        id: i64,
        person: Option<u32>,
        field: &str,
        value: &serde_json::Value,
    ) -> Result<CaseView> {
        self.case_answer(id, &casework::person_key(person, field), value)
    }

    /// [`Api::case_correct`] for `person`, as [`Api::case_answer_for`].
    pub fn case_correct_for(
        &self,
        id: i64,
        person: Option<u32>,
        field: &str,
        value: &serde_json::Value,
        reason: &str,
        supervisor: Option<&str>,
    ) -> Result<CaseView> {
        let key = casework::person_key(person, field);
        self.case_correct(id, &key, value, reason, supervisor)
    }

    /// [`Api::case_override`] for `person`: a stop that holds for a household member is lifted on that
    /// member's record only.
    pub fn case_override_for(
        &self,
        id: i64,
        person: Option<u32>,
        safeguard: &str,
        supervisor: &str,
        reason: &str,
    ) -> Result<CaseView> {
        self.case_override(id, &casework::person_key(person, safeguard), supervisor, reason)
    }

    /// Bring the case list's stage and flags in step with the answers as they are (after an import, say).
    pub(super) fn sync_list_columns(&self, id: i64) -> Result<()> {
        let today = today(now_ms())?;
        self.with_store(|s| {
            let (record, wf) = self.case_with_workflow(s, id)?;
            save_case_writes(s, wf, &record, Vec::new(), today, None)
        })
    }

    /// A new case with its whole household: the first person is the principal applicant.
    pub fn case_create_with(&self, req: &NewCaseWithHousehold) -> Result<CaseView> {
        let Some((first, rest)) = req.persons.split_first() else {
            return Err(Error::Validation(crate::i18n::t(
                self.lang(),
                "error-no-principal",
            )));
        };
        let view = self.case_create(&NewCaseRequest {
            given_names: first.given_names.clone(),
            family_name: first.family_name.clone(),
            other_names: first.other_names.clone(),
            disembarked_on: req.disembarked_on.clone(),
        })?;
        let id = view.record.summary.id;
        if first.date_of_birth.is_some() || first.sex.is_some() || first.nationality.is_some() {
            let principal =
                view.record.persons.first().map(|p| p.id).ok_or_else(|| {
                    Error::Validation("persons: a new case has its principal applicant".into())
                })?;
            let mut p = first.clone();
            p.relationship = "principal".into();
            self.with_store(|s| Ok(s.update_person(principal, &p, now_ms())?))?;
        }
        for p in rest {
            self.with_store(|s| Ok(s.add_person(id, p, now_ms())?))?;
        }
        self.case_view(id)
    }

    /// Add a household member to a case.
    pub fn case_add_person(&self, id: i64, person: &NewPerson) -> Result<CaseView> {
        self.with_store(|s| Ok(s.add_person(id, person, now_ms())?))?;
        self.case_view(id)
    }

    /// Add a note to a case.
    pub fn case_add_note(&self, id: i64, body: &str) -> Result<CaseView> {
        self.with_store(|s| Ok(s.add_note(id, body, now_ms())?))?;
        self.case_view(id)
    }

    /// Record a consent decision (given, refused or withdrawn) for a purpose.
    pub fn case_record_consent(&self, id: i64, consent: &crate::cases::NewConsent) -> Result<CaseView> {
        self.with_store(|s| Ok(s.record_consent(id, consent, now_ms())?))?;
        self.case_view(id)
    }

    pub fn case_close(&self, id: i64) -> Result<CaseView> {
        self.with_store(|s| Ok(s.close_case(id, now_ms())?))?;
        self.case_view(id)
    }

    pub fn case_reopen(&self, id: i64) -> Result<CaseView> {
        self.with_store(|s| Ok(s.reopen_case(id, now_ms())?))?;
        self.case_view(id)
    }

    pub fn backup_now(&self) -> Result<Vec<BackupInfo>> {
        self.with_store(|s| {
            s.backup_now(now_ms())?;
            Ok(s.backups()?)
        })
    }

    /// Backups can be listed while locked (to restore when the database is damaged).
    pub fn backups(&self) -> Result<Vec<BackupInfo>> {
        Ok(CaseStore::backups_in(self.data_dir())?)
    }

    /// Restore a backup (by file name in the backups folder); the current database is kept aside.
    pub fn restore_backup(&self, file_name: &str, passphrase: &str) -> Result<VaultStatus> {
        if file_name.contains(['/', '\\']) || file_name.starts_with('.') {
            return Err(Error::Validation(crate::i18n::tr(
                self.lang(),
                "error-not-a-backup",
                &[("file", file_name.to_owned().into())],
            )));
        }
        let path = self.data_dir().join("backups").join(file_name);
        self.vault_lock()?;
        let store = CaseStore::restore(self.data_dir(), &path, passphrase, now_ms())?;
        self.open_vault(store);
        self.vault_status()
    }

    pub fn audit_verify(&self) -> Result<AuditReport> {
        self.with_store(|s| Ok(s.verify_audit()?))
    }

    /// Remove the personal data of cases closed more than `older_than_days` ago (at least
    /// [`MIN_PURGE_DAYS`]): a case closed by mistake this morning is never purged by a slip of the finger.
    pub fn purge_closed(&self, older_than_days: u32) -> Result<PurgeReport> {
        if older_than_days < MIN_PURGE_DAYS {
            return Err(Error::Validation(crate::i18n::tr(
                self.lang(),
                "error-purge-too-soon",
                &[("min", MIN_PURGE_DAYS.into()), ("asked", older_than_days.into())],
            )));
        }
        self.with_store(|s| Ok(s.purge_closed(older_than_days, now_ms())?))
    }

    /// Problems in the workflow definitions, as `avr workflows check` reports them.
    pub fn check_workflows(dir: &Path, handbook: &crate::handbook::Handbook) -> Vec<workflow::Diagnostic> {
        workflow::check_dir(dir, handbook)
    }
}
