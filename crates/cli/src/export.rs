//! `avr export CASE --format pdf|csv|md|html|json [--redact] [-o FILE]`, `avr export --blank WORKFLOW` and
//! `avr import FILE`: the same exports as the app's export dialog, through the same api.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use avr_core::api::{
    Api, BlankFormat, BlankRequest, CaseFilter, CaseListExport, ExportDone, ExportFormat, ExportRequest,
    PageSize,
};
use avr_core::i18n::tr;
use clap::{Args, Subcommand, ValueEnum};

use crate::cases::{resolve, unlock};

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Pdf,
    Csv,
    Md,
    Html,
    /// Statistics, no personal data (a case moves to another office with `avr handover send`).
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Paper {
    A4,
    Letter,
}

/// What else `avr export` makes, besides a case's checklist.
#[derive(Subcommand)]
pub(crate) enum ExportWhat {
    /// The returnee's information sheet and voluntary declaration, in the returnee's language (--lang) with
    /// the officer's beside it.
    ReturneeSheet(crate::returnee::SheetArgs),
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub(crate) struct ExportArgs {
    #[command(subcommand)]
    what: Option<ExportWhat>,
    /// The case number (AVR-2026-0001) or id. Not with --blank or --all.
    #[arg(required_unless_present_any = ["blank", "all"], conflicts_with_all = ["blank", "all"])]
    case: Option<String>,
    /// Every case (or those of --status) in one CSV file, one row per checklist item.
    #[arg(long, conflicts_with = "blank")]
    all: bool,
    /// With --all: only open or closed cases.
    #[arg(long, requires = "all")]
    status: Option<String>,
    /// A blank paper checklist of this workflow (e.g. avr-case), in PDF or Markdown; needs no passphrase.
    #[arg(long, value_name = "WORKFLOW")]
    blank: Option<String>,
    /// With --blank: one of the workflow's printable forms instead of the whole checklist (voluntary-declaration,
    /// data-sharing-consent, interpreter-log, arrival-handover, situation-report).
    #[arg(long, requires = "blank")]
    form: Option<String>,
    #[arg(long, value_enum, default_value = "pdf")]
    format: Format,
    /// Leave out names, dates of birth, document numbers, free-text notes and what a withdrawn consent covered.
    #[arg(long)]
    redact: bool,
    #[arg(long, value_enum, default_value = "a4")]
    paper: Paper,
    /// Where to write (`-`: standard output, for blank checklists only). Defaults to the case number (or workflow) in this folder.
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
}

fn page_size(p: Paper) -> PageSize {
    match p {
        Paper::A4 => PageSize::A4,
        Paper::Letter => PageSize::Letter,
    }
}

fn to_stdout(bytes: &[u8]) -> Result<ExitCode, String> {
    std::io::stdout().lock().write_all(bytes).map_err(|e| {
        avr_core::i18n::tr(
            crate::lang(),
            "cli-stdout-failed",
            &[("error", e.to_string().into())],
        )
    })?;
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn export(api: &Api, args: &ExportArgs) -> Result<ExitCode, String> {
    if let Some(ExportWhat::ReturneeSheet(sheet)) = &args.what {
        return crate::returnee::returnee_sheet(api, sheet);
    }
    let stdout = args.output.as_deref() == Some(Path::new("-"));
    if let Some(workflow) = &args.blank {
        let format = match args.format {
            Format::Pdf => BlankFormat::Pdf,
            Format::Md => BlankFormat::Markdown,
            _ => return Err(avr_core::i18n::t(crate::lang(), "cli-blank-format")),
        };
        let req = BlankRequest {
            workflow_id: workflow.clone(),
            version: None,
            form: args.form.clone(),
            format,
            page_size: page_size(args.paper),
            lang: Some(crate::lang()),
        };
        if stdout {
            return to_stdout(&api.render_blank(&req).map_err(|e| e.to_string())?);
        }
        let path = match &args.output {
            Some(p) => p.clone(),
            None => PathBuf::from(api.blank_file_name(&req).map_err(|e| e.to_string())?),
        };
        let done = api.export_blank(&req, &path).map_err(|e| e.to_string())?;
        eprintln!("wrote {} ({} bytes)", done.path, done.bytes);
        warn_undrawable(&done);
        return Ok(ExitCode::SUCCESS);
    }
    if args.all {
        return export_all(api, args);
    }
    let case = args
        .case
        .as_deref()
        .ok_or("name a case, or use --blank WORKFLOW")?;
    if stdout {
        return Err(
            "-o -: a case export is written to a file, and recorded in the audit log; give -o FILE".into(),
        );
    }
    unlock(api)?;
    let req = ExportRequest {
        case_id: resolve(api, case)?,
        format: match args.format {
            Format::Pdf => ExportFormat::Pdf,
            Format::Csv => ExportFormat::Csv,
            Format::Md => ExportFormat::Markdown,
            Format::Html => ExportFormat::Html,
            Format::Json => ExportFormat::Json,
        },
        redact: args.redact,
        page_size: page_size(args.paper),
        lang: Some(crate::lang()),
    };
    let path = match &args.output {
        Some(p) => p.clone(),
        None => PathBuf::from(api.export_file_name(&req).map_err(|e| e.to_string())?),
    };
    let done = api.export_case(&req, &path).map_err(|e| e.to_string())?;
    eprintln!(
        "wrote {} ({} bytes, {:.0} ms)",
        done.path, done.bytes, done.millis
    );
    warn_undrawable(&done);
    Ok(ExitCode::SUCCESS)
}

/// Tell which characters the PDF printed as their code (no embedded font draws them), and under which
/// headings: never the text around them. The export still succeeds.
pub(crate) fn warn_undrawable(done: &ExportDone) {
    if done.undrawable.is_empty() {
        return;
    }
    let lang = crate::lang();
    let codes: Vec<&str> = done.undrawable.iter().map(|u| u.code.as_str()).collect();
    eprintln!(
        "{}",
        tr(
            lang,
            "cli-export-undrawable",
            &[
                ("count", done.undrawable.len().into()),
                ("codes", codes.join(", ").into())
            ]
        )
    );
    for u in done.undrawable.iter().filter(|u| !u.places.is_empty()) {
        eprintln!(
            "{}",
            tr(
                lang,
                "cli-export-undrawable-place",
                &[
                    ("code", u.code.as_str().into()),
                    ("places", u.places.join(" · ").into())
                ]
            )
        );
    }
}

pub(crate) fn import(api: &Api, file: &Path) -> Result<ExitCode, String> {
    unlock(api)?;
    let view = api.import_case(file).map_err(|e| e.to_string())?;
    let s = &view.record.summary;
    println!(
        "imported {} (id {}): {} person(s), {} answer(s), stage {}",
        s.case_number,
        s.id,
        view.record.persons.len(),
        view.record.answers.len(),
        s.stage
    );
    Ok(ExitCode::SUCCESS)
}

fn export_all(api: &Api, args: &ExportArgs) -> Result<ExitCode, String> {
    if !matches!(args.format, Format::Csv) {
        return Err(avr_core::i18n::t(crate::lang(), "cli-all-format"));
    }
    let path = args
        .output
        .clone()
        .filter(|p| p != Path::new("-"))
        .ok_or("--all: give -o FILE.csv")?;
    unlock(api)?;
    let filter = CaseFilter {
        status: crate::cases::parse_status(args.status.as_deref())?,
        ..CaseFilter::default()
    };
    let req = CaseListExport {
        filter,
        redact: args.redact,
    };
    let done = api.export_cases_csv(&req, &path).map_err(|e| e.to_string())?;
    eprintln!(
        "wrote {} ({} bytes, {:.0} ms)",
        done.path, done.bytes, done.millis
    );
    Ok(ExitCode::SUCCESS)
}
