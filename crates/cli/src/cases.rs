//! `avr workflows check`, `avr cases list`, `avr case show|answer`, `avr backup`, `avr restore`,
//! `avr audit verify`. The passphrase comes from `AVR_PASSPHRASE` or the first line of standard input, never
//! from an argument (arguments end up in shell history and process lists).

use std::io::BufRead;
use std::path::Path;
use std::process::ExitCode;

use avr_core::api::{Api, CaseFilter, CaseSort, CaseStatus};
use avr_core::handbook::Handbook;
use clap::Subcommand;

#[derive(Subcommand)]
pub(crate) enum CaseCommand {
    /// The case with its workflow evaluation: steps, blocks and checklist.
    Show {
        case: String,
        #[arg(long)]
        json: bool,
    },
    /// Save one answer, then show what it changed: `yes`/`no`, a number, a date `YYYY-MM-DD`, an option, options
    /// separated by commas, or JSON. A value the question cannot hold is refused, and the command fails.
    /// `--person N` answers for household member N (as `avr case show` numbers them) where the workflow asks
    /// that question of every member.
    Answer {
        case: String,
        field: String,
        value: String,
        #[arg(long)]
        person: Option<u32>,
    },
    /// A new case: prints its case number. Either the principal's names, or `--json FILE|-` with the whole
    /// household (`{"persons": [{"given_names": …, "family_name": …, "relationship": "principal"}, …]}`).
    New(crate::casework::NewArgs),
    /// Household members.
    Person {
        #[command(subcommand)]
        command: crate::casework::PersonCommand,
    },
    /// Add a note: the text from `--file F`, or standard input with `--file -`.
    Note {
        case: String,
        #[arg(long)]
        file: std::path::PathBuf,
    },
    /// Record a consent decision for a purpose (given or withdrawn).
    Consent(crate::casework::ConsentArgs),
    /// A supervisor lets work go on past a safeguard that allows it.
    Override {
        case: String,
        safeguard: String,
        #[arg(long)]
        supervisor: String,
        #[arg(long)]
        reason: String,
    },
    /// Put right an answer entered by mistake, with why (and a supervisor where the rules ask for one).
    Correct {
        case: String,
        field: String,
        value: String,
        #[arg(long)]
        reason: String,
        #[arg(long)]
        supervisor: Option<String>,
    },
    /// Close a case.
    Close { case: String },
    /// Reopen a closed case.
    Reopen { case: String },
}

/// Write to standard output; a reader that stopped early (`| head`) is not an error.
pub(crate) fn print_out(text: &str) {
    use std::io::Write as _;
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

fn passphrase() -> Result<String, String> {
    secret_from("AVR_PASSPHRASE")
}

/// A passphrase from the variable `var`, or else the next line of standard input.
fn secret_from(var: &str) -> Result<String, String> {
    if let Ok(p) = std::env::var(var) {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).map_err(|e| {
        avr_core::i18n::tr(
            crate::lang(),
            "cli-reading-passphrase",
            &[("error", e.to_string().into())],
        )
    })?;
    let p = line.trim_end_matches(['\n', '\r']).to_owned();
    if p.is_empty() {
        return Err(avr_core::i18n::t(crate::lang(), "cli-passphrase-needed"));
    }
    Ok(p)
}

/// Unlock the store; failed attempts since the last unlock are told on standard error (they were audited).
pub(crate) fn unlock(api: &Api) -> Result<(), String> {
    unlock_with(api, &passphrase()?)
}

fn unlock_with(api: &Api, passphrase: &str) -> Result<(), String> {
    let status = api.vault_unlock(passphrase).map_err(|e| e.to_string())?;
    if let Some(failed) = status.failed_unlocks {
        let last = avr_core::cases::IsoDate::from_unix_ms(failed.last_at).to_string();
        eprintln!(
            "{}",
            avr_core::i18n::tr(
                crate::lang(),
                "cli-failed-unlocks",
                &[("count", failed.count.into()), ("last", last.into())]
            )
        );
    }
    Ok(())
}

/// `avr store passphrase`: change the passphrase and say what was re-encrypted and what was removed.
pub(crate) fn change_passphrase(api: &Api) -> Result<ExitCode, String> {
    let current = passphrase()?;
    let new = secret_from("AVR_NEW_PASSPHRASE")?;
    unlock_with(api, &current)?;
    let report = api
        .vault_change_passphrase(&current, &new)
        .map_err(|e| e.to_string())?;
    let tr =
        |key: &str, args: &[(&str, avr_core::i18n::Value<'_>)]| avr_core::i18n::tr(crate::lang(), key, args);
    println!(
        "{}",
        tr(
            "cli-passphrase-changed",
            &[("backups", report.backups_rekeyed.into())]
        )
    );
    for (key, files) in [
        ("cli-passphrase-backup-not-rekeyed", &report.backups_not_rekeyed),
        ("cli-passphrase-set-aside-rekeyed", &report.set_aside_rekeyed),
        ("cli-passphrase-set-aside-removed", &report.set_aside_removed),
    ] {
        for file in files {
            println!("{}", tr(key, &[("file", file.as_str().into())]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A case given as its number (`AVR-2026-0001`) or its id.
pub(crate) fn resolve(api: &Api, case: &str) -> Result<i64, String> {
    if let Ok(id) = case.parse::<i64>() {
        return Ok(id);
    }
    let filter = CaseFilter {
        text: Some(case.to_owned()),
        ..CaseFilter::default()
    };
    api.cases_list(&filter)
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|c| c.case_number.eq_ignore_ascii_case(case))
        .map(|c| c.id)
        .ok_or_else(|| avr_core::i18n::tr(crate::lang(), "cli-no-case", &[("case", case.into())]))
}

pub(crate) fn workflows_check(dir: &Path, handbook_dir: &Path) -> Result<ExitCode, String> {
    let hb = Handbook::load(&handbook_dir.join("en")).map_err(|e| e.to_string())?;
    let problems = Api::check_workflows(dir, &hb);
    for p in &problems {
        println!("{p}");
    }
    eprintln!(
        "{}",
        avr_core::i18n::tr(
            crate::lang(),
            "cli-workflow-problems",
            &[
                ("dir", dir.display().to_string().into()),
                ("count", problems.len().into())
            ]
        )
    );
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub(crate) fn parse_status(status: Option<&str>) -> Result<Option<CaseStatus>, String> {
    match status {
        None => Ok(None),
        Some("open") => Ok(Some(CaseStatus::Open)),
        Some("closed") => Ok(Some(CaseStatus::Closed)),
        Some(other) => Err(avr_core::i18n::tr(
            crate::lang(),
            "cli-status-option",
            &[("value", other.into())],
        )),
    }
}

pub(crate) fn list(api: &Api, status: Option<&str>, text: Option<&str>) -> Result<ExitCode, String> {
    unlock(api)?;
    let status = parse_status(status)?;
    let filter = CaseFilter {
        status,
        text: text.map(str::to_owned),
        sort: CaseSort::UpdatedDesc,
        limit: 500,
        ..CaseFilter::default()
    };
    let mut out = String::new();
    let cases = api.cases_list(&filter).map_err(|e| e.to_string())?;
    eprintln!(
        "{}",
        avr_core::i18n::tr(crate::lang(), "cli-cases-count", &[("count", cases.len().into())])
    );
    // Stage titles in the interface language, from the workflow each case follows (never the stage's id).
    let workflows = api.workflows();
    let stage_title = |c: &avr_core::cases::CaseSummary| {
        workflows
            .iter()
            .find(|w| w.id == c.workflow_id && w.version == c.workflow_version)
            .and_then(|w| w.stages.iter().find(|s| s.id == c.stage))
            .map_or_else(|| c.stage.clone(), |s| s.title.clone())
    };
    for c in cases {
        let stops = if c.safeguards.is_empty() {
            "-".to_owned()
        } else {
            c.safeguards.join("; ")
        };
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            c.case_number,
            status_word(c.status),
            stage_title(&c),
            stops,
            c.display_name
        ));
    }
    print_out(&out);
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn case(api: &Api, command: &CaseCommand) -> Result<ExitCode, String> {
    unlock(api)?;
    Ok(match crate::casework::run(api, command)? {
        Some(view) => show(view.record.summary.id, &view),
        None => ExitCode::SUCCESS,
    })
}

/// A case status as people read it, in the interface language.
fn status_word(status: CaseStatus) -> String {
    let key = match status {
        CaseStatus::Open => "cli-case-status-open",
        CaseStatus::Closed => "cli-case-status-closed",
        CaseStatus::Purged => "cli-case-status-purged",
    };
    avr_core::i18n::t(crate::lang(), key)
}

/// Print a case as `avr case show` does: steps, stops with when and by whom they were triggered, errors,
/// readiness.
pub(crate) fn show(id: i64, view: &avr_core::api::CaseView) -> ExitCode {
    use avr_core::i18n::tr;
    use std::fmt::Write as _;
    let lang = crate::lang();
    let mut out = String::new();
    let s = &view.record.summary;
    let status = status_word(s.status);
    // The stage's title in the interface language, from the evaluation (its id only if the workflow lost it).
    let stage = view
        .evaluation
        .stages
        .iter()
        .find(|x| x.id == s.stage)
        .map_or(s.stage.as_str(), |x| x.title.as_str());
    let header = tr(
        lang,
        "cli-case-header",
        &[
            ("number", s.case_number.as_str().into()),
            ("id", id.to_string().into()),
            ("status", status.into()),
            ("stage", stage.into()),
            ("workflow", view.workflow_title.as_str().into()),
        ],
    );
    let _ = writeln!(out, "{header}");
    let ev = &view.evaluation;
    let marks = StepMarks::new(lang);
    let current = tr(lang, "cli-step-current", &[]);
    for step in &ev.steps {
        // An optional step with nothing recorded (nobody withdrew) is neither done nor waiting.
        let untouched = step.optional && step.fields.iter().all(|f| f.value.is_none());
        let mark = match step.status {
            avr_core::workflow::StepStatus::Complete if untouched => &marks.not_recorded,
            avr_core::workflow::StepStatus::Complete => &marks.done,
            avr_core::workflow::StepStatus::Incomplete => &marks.to_do,
            avr_core::workflow::StepStatus::Blocked => &marks.blocked,
        };
        let mark = marks.pad(mark);
        let current = if ev.current_step.as_deref() == Some(step.id.as_str()) {
            format!("  {current}")
        } else {
            String::new()
        };
        let _ = writeln!(out, "  {mark} {:<28} {}{current}", step.id, step.title);
    }
    for g in &ev.safeguards {
        let status = match g.status {
            avr_core::workflow::SafeguardStatus::Blocking => tr(lang, "cli-stop-status-blocking", &[]),
            avr_core::workflow::SafeguardStatus::Overridden => tr(lang, "cli-stop-status-overridden", &[]),
        };
        let line = tr(
            lang,
            "cli-stop",
            &[
                ("title", g.title.as_str().into()),
                ("status", status.into()),
                ("id", g.id.as_str().into()),
                ("rule", g.rule.as_str().into()),
            ],
        );
        let _ = writeln!(out, "  {line}");
        if let Some(l) = &g.latch {
            // The day in words in the output's language (`3 décembre 2026`), as the exports print it.
            let date = avr_core::cases::IsoDate::parse(&l.triggered_on).map_or_else(
                || l.triggered_on.clone(),
                |d| avr_core::i18n::dates::date(lang, d.year(), d.month(), d.day()),
            );
            let date = date.as_str();
            let line = match l.field.as_deref() {
                Some(field) => tr(
                    lang,
                    "cli-stop-triggered-by-answer",
                    &[
                        ("date", date.into()),
                        ("name", l.triggered_by.as_str().into()),
                        ("field", field.into()),
                    ],
                ),
                None => tr(
                    lang,
                    "cli-stop-triggered",
                    &[("date", date.into()), ("name", l.triggered_by.as_str().into())],
                ),
            };
            let _ = writeln!(out, "       {line}");
        }
        if let Some(o) = &g.override_record {
            let line = tr(
                lang,
                "cli-stop-overridden",
                &[
                    ("supervisor", o.supervisor.as_str().into()),
                    ("reason", o.reason.as_str().into()),
                ],
            );
            let _ = writeln!(out, "       {line}");
        }
        if !g.members.is_empty() {
            let names: Vec<String> = g
                .members
                .iter()
                .map(|m| {
                    tr(
                        lang,
                        "cli-stop-member",
                        &[
                            ("name", m.name.as_str().into()),
                            ("position", m.position.to_string().into()),
                        ],
                    )
                })
                .collect();
            let line = tr(
                lang,
                "cli-stop-for-members",
                &[("names", names.join(", ").into())],
            );
            let _ = writeln!(out, "       {line}");
        }
        if g.invalid_input {
            let line = tr(lang, "cli-stop-invalid-input", &[]);
            let _ = writeln!(out, "       {line}");
        }
        let line = tr(lang, "cli-stop-lifts-when", &[("lift", g.lift.as_str().into())]);
        let _ = writeln!(out, "       {line}");
    }
    for e in &ev.errors {
        let line = tr(
            lang,
            "cli-check",
            &[
                ("field", e.field.as_str().into()),
                ("message", e.message.as_str().into()),
            ],
        );
        let _ = writeln!(out, "  {line}");
    }
    let ready = if ev.readiness.ready {
        tr(lang, "cli-yes", &[])
    } else {
        tr(lang, "cli-no", &[])
    };
    let line = tr(lang, "cli-departure-ready", &[("ready", ready.into())]);
    let _ = writeln!(out, "  {line}");
    print_out(&out);
    ExitCode::SUCCESS
}

/// The marks before each step in `avr case show`, in one language, padded to the widest so that the step ids
/// line up.
struct StepMarks {
    done: String,
    to_do: String,
    blocked: String,
    not_recorded: String,
    width: usize,
}

impl StepMarks {
    fn new(lang: avr_core::i18n::Lang) -> StepMarks {
        let done = avr_core::i18n::tr(lang, "cli-step-done", &[]);
        let to_do = avr_core::i18n::tr(lang, "cli-step-to-do", &[]);
        let blocked = avr_core::i18n::tr(lang, "cli-step-blocked", &[]);
        let not_recorded = avr_core::i18n::tr(lang, "cli-step-not-recorded", &[]);
        let width = [&done, &to_do, &blocked, &not_recorded]
            .iter()
            .map(|m| m.chars().count())
            .max()
            .unwrap_or(0);
        StepMarks {
            done,
            to_do,
            blocked,
            not_recorded,
            width,
        }
    }

    /// `mark` followed by spaces up to the widest mark, counted in characters (not bytes: `à faire`, Arabic).
    fn pad(&self, mark: &str) -> String {
        let fill = self.width.saturating_sub(mark.chars().count());
        format!("{mark}{}", " ".repeat(fill))
    }
}

pub(crate) fn store_init(api: &Api, name: &str, office: &str) -> Result<ExitCode, String> {
    let staff = avr_core::api::StaffProfile {
        name: name.to_owned(),
        office: office.to_owned(),
    };
    api.vault_create(&passphrase()?, &staff)
        .map_err(|e| e.to_string())?;
    let dir = api.data_dir().display().to_string();
    println!(
        "{}",
        avr_core::i18n::tr(crate::lang(), "cli-store-created", &[("dir", dir.into())])
    );
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn backup(api: &Api) -> Result<ExitCode, String> {
    unlock(api)?;
    let backups = api.backup_now().map_err(|e| e.to_string())?;
    if let Some(b) = backups.first() {
        println!("{}", b.path);
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn restore(api: &Api, file_name: &str) -> Result<ExitCode, String> {
    api.restore_backup(file_name, &passphrase()?)
        .map_err(|e| e.to_string())?;
    let file = file_name.into();
    println!(
        "{}",
        avr_core::i18n::tr(crate::lang(), "cli-restored", &[("file", file)])
    );
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn audit_verify(api: &Api) -> Result<ExitCode, String> {
    unlock(api)?;
    match api.audit_verify() {
        Ok(r) => {
            use avr_core::cases::AnchorStatus;
            let tr = |key: &str, args: &[(&str, avr_core::i18n::Value<'_>)]| {
                avr_core::i18n::tr(crate::lang(), key, args)
            };
            let args = [("events", r.events.into()), ("head", r.head_hash.as_str().into())];
            println!("{}", tr("cli-audit-intact", &args));
            let (line, sound) = match &r.anchor {
                AnchorStatus::Consistent => (tr("cli-audit-anchor-consistent", &[]), true),
                AnchorStatus::Missing => (tr("cli-audit-anchor-missing", &[]), true),
                AnchorStatus::Invalid => (tr("cli-audit-anchor-invalid", &[]), false),
                AnchorStatus::Behind { db_head, anchor_head } => (
                    tr(
                        "cli-audit-anchor-behind",
                        &[("db", (*db_head).into()), ("anchor", (*anchor_head).into())],
                    ),
                    false,
                ),
                AnchorStatus::Diverged { at } => {
                    (tr("cli-audit-anchor-diverged", &[("at", (*at).into())]), false)
                }
            };
            println!("{line}");
            if !r.rollbacks.is_empty() {
                let ids: Vec<String> = r.rollbacks.iter().map(i64::to_string).collect();
                println!("{}", tr("cli-audit-rollbacks", &[("ids", ids.join(", ").into())]));
            }
            // A rollback found at an unlock stays a finding someone must look at: scripts see it in the status.
            Ok(if sound && r.rollbacks.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Err(e) => {
            println!("{e}");
            Ok(ExitCode::FAILURE)
        }
    }
}
