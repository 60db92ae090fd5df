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
    /// Save one answer (a JSON value: true, "text", 3, ["a","b"], "2026-11-28"), then show what it changed.
    Answer {
        case: String,
        field: String,
        value: String,
    },
}

fn passphrase() -> Result<String, String> {
    if let Ok(p) = std::env::var("AVR_PASSPHRASE") {
        return Ok(p);
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("reading the passphrase: {e}"))?;
    let p = line.trim_end_matches(['\n', '\r']).to_owned();
    if p.is_empty() {
        return Err("give the passphrase in AVR_PASSPHRASE or on standard input".into());
    }
    Ok(p)
}

pub(crate) fn unlock(api: &Api) -> Result<(), String> {
    api.vault_unlock(&passphrase()?)
        .map(|_| ())
        .map_err(|e| e.to_string())
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
        .ok_or_else(|| format!("no case {case}"))
}

pub(crate) fn workflows_check(dir: &Path, handbook_dir: &Path) -> Result<ExitCode, String> {
    let hb = Handbook::load(&handbook_dir.join("en")).map_err(|e| e.to_string())?;
    let problems = Api::check_workflows(dir, &hb);
    for p in &problems {
        println!("{p}");
    }
    eprintln!("{}: {} problem(s)", dir.display(), problems.len());
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
        Some(other) => Err(format!("--status {other}: use open or closed")),
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
    for c in api.cases_list(&filter).map_err(|e| e.to_string())? {
        println!(
            "{}\t{:?}\t{}\t{}\t{}",
            c.case_number,
            c.status,
            c.stage,
            c.flags.join(","),
            c.display_name
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn case(api: &Api, command: &CaseCommand) -> Result<ExitCode, String> {
    unlock(api)?;
    let (id, view) = match command {
        CaseCommand::Show { case, json } => {
            let id = resolve(api, case)?;
            let view = api.case_view(id).map_err(|e| e.to_string())?;
            if *json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&view).map_err(|e| e.to_string())?
                );
                return Ok(ExitCode::SUCCESS);
            }
            (id, view)
        }
        CaseCommand::Answer { case, field, value } => {
            let id = resolve(api, case)?;
            let json: serde_json::Value =
                serde_json::from_str(value).unwrap_or_else(|_| serde_json::Value::String(value.clone()));
            (id, api.case_answer(id, field, &json).map_err(|e| e.to_string())?)
        }
    };
    let s = &view.record.summary;
    println!(
        "{} (id {id}) · {:?} · stage {} · {}",
        s.case_number, s.status, s.stage, view.workflow_title
    );
    let ev = &view.evaluation;
    for step in &ev.steps {
        let mark = match step.status {
            avr_core::workflow::StepStatus::Complete => "done   ",
            avr_core::workflow::StepStatus::Incomplete => "to do  ",
            avr_core::workflow::StepStatus::Blocked => "BLOCKED",
        };
        let current = if ev.current_step.as_deref() == Some(step.id.as_str()) {
            "  ← current"
        } else {
            ""
        };
        println!("  {mark} {:<28} {}{current}", step.id, step.title);
    }
    for g in &ev.safeguards {
        println!(
            "  stop {} ({:?}): {}\n       lifts when: {}",
            g.id, g.status, g.rule, g.lift
        );
    }
    println!("  departure ready: {}", ev.readiness.ready);
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
    println!("restored {file_name}; the previous database was kept aside");
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn audit_verify(api: &Api) -> Result<ExitCode, String> {
    unlock(api)?;
    match api.audit_verify() {
        Ok(r) => {
            println!("audit log intact: {} events, head {}", r.events, r.head_hash);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            println!("{e}");
            Ok(ExitCode::FAILURE)
        }
    }
}
