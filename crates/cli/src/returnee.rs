//! `avr export returnee-sheet CASE --lang ar [--officer-lang fr] --format pdf -o FILE`: the returnee's
//! information sheet and voluntary declaration, through the same api as the app's export dialog.
//!
//! `--lang` (the global option) is the returnee's language, the one the sheet is read in. The officer's language
//! comes from `--officer-lang`, else from the environment ($AVR_LANG, then $LANG): the language the officer's
//! terminal speaks, not the one just asked for the returnee.

use std::path::PathBuf;
use std::process::ExitCode;

use avr_core::api::{Api, PageSize, ReturneeSheetRequest, SheetFormat};
use avr_core::i18n::Lang;
use clap::{Args, ValueEnum};

use crate::cases::{resolve, unlock};

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Pdf,
    Html,
    Md,
}

#[derive(Args)]
pub(crate) struct SheetArgs {
    /// The case number (AVR-2026-0001) or id.
    case: String,
    /// The officer's language, printed beside the returnee's when it differs: en, fr, es or ar. Defaults to
    /// $AVR_LANG, then $LANG, then English.
    #[arg(long)]
    officer_lang: Option<Lang>,
    #[arg(long, value_enum, default_value = "pdf")]
    format: Format,
    /// The information sheet alone, without the voluntary declaration and its signature lines.
    #[arg(long)]
    no_declaration: bool,
    #[arg(long, value_enum, default_value = "a4")]
    paper: super::export::Paper,
    /// Where to write. Defaults to the case number and the languages, in this folder.
    #[arg(short = 'o', long)]
    output: Option<PathBuf>,
}

pub(crate) fn returnee_sheet(api: &Api, args: &SheetArgs) -> Result<ExitCode, String> {
    if args.output.as_deref() == Some(std::path::Path::new("-")) {
        return Err(
            "-o -: the sheet is written to a file and recorded in the audit log; give -o FILE".into(),
        );
    }
    unlock(api)?;
    let req = ReturneeSheetRequest {
        case_id: resolve(api, &args.case)?,
        returnee_lang: crate::lang().code().to_owned(),
        officer_lang: Some(args.officer_lang.unwrap_or_else(Lang::from_env)),
        format: match args.format {
            Format::Pdf => SheetFormat::Pdf,
            Format::Html => SheetFormat::Html,
            Format::Md => SheetFormat::Markdown,
        },
        include_declaration: !args.no_declaration,
        page_size: match args.paper {
            super::export::Paper::A4 => PageSize::A4,
            super::export::Paper::Letter => PageSize::Letter,
        },
    };
    let path = match &args.output {
        Some(p) => p.clone(),
        None => PathBuf::from(api.returnee_sheet_file_name(&req).map_err(|e| e.to_string())?),
    };
    let done = api
        .export_returnee_sheet(&req, &path)
        .map_err(|e| e.to_string())?;
    eprintln!(
        "wrote {} ({} bytes, {:.0} ms)",
        done.path, done.bytes, done.millis
    );
    super::export::warn_undrawable(&done);
    Ok(ExitCode::SUCCESS)
}
