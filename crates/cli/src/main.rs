//! `avr`: the AVR Field Handbook from the command line, over the same `avr_core::api` as the app.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use avr_core::api::{Api, ApiConfig, DEFAULT_LANG, SearchRequest};
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "avr",
    version,
    about = "AVR Field Handbook: check, search and export from the command line"
)]
struct Cli {
    /// Folder holding the app's data (the same one the app uses). Defaults to $AVR_DATA_DIR, then the
    /// platform's data folder.
    #[arg(long, global = true, env = "AVR_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Folder holding the handbook editions (`en/`, …) and `workflows/`.
    #[arg(long, global = true, env = "AVR_HANDBOOK_DIR", default_value = "handbook")]
    handbook_dir: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Handbook content tools.
    Handbook {
        #[command(subcommand)]
        command: HandbookCommand,
    },
    /// Search the handbook.
    Search {
        query: String,
        #[arg(long, default_value = DEFAULT_LANG)]
        lang: String,
        #[arg(long, default_value_t = 10)]
        limit: u32,
        /// Only sections of this chapter.
        #[arg(long)]
        chapter: Option<String>,
        /// Only chapters with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Print the response as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum HandbookCommand {
    /// Report every problem in an edition as file:line:col, and exit non-zero if there is any.
    Check {
        /// The edition folder, e.g. handbook/en.
        #[arg(default_value = "handbook/en")]
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn default_data_dir() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("org.iom.avr-field-handbook")
}

fn open_api(cli: &Cli) -> Result<Api, String> {
    Api::open(ApiConfig {
        handbook_dir: cli.handbook_dir.clone(),
        data_dir: cli.data_dir.clone().unwrap_or_else(default_data_dir),
        started: Instant::now(),
    })
    .map_err(|e| e.to_string())
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match &cli.command {
        Command::Handbook {
            command: HandbookCommand::Check { dir },
        } => {
            let (hb, problems) = Api::check_handbook(dir).map_err(|e| e.to_string())?;
            for p in &problems {
                println!("{p}");
            }
            let sections: usize = hb.chapters.iter().map(|c| c.outline.sections.len()).sum();
            let footnotes: usize = hb.chapters.iter().map(|c| c.outline.footnote_defs.len()).sum();
            eprintln!(
                "{}: {} chapters, {sections} sections, {footnotes} footnotes, version {}: {} problem(s)",
                dir.display(),
                hb.chapters.len(),
                hb.version,
                problems.len()
            );
            Ok(if problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Search {
            query,
            lang,
            limit,
            chapter,
            tag,
            json,
        } => {
            let api = open_api(&cli)?;
            let req = SearchRequest {
                query: query.clone(),
                lang: Some(lang.clone()),
                chapter: chapter.clone(),
                tag: tag.clone(),
                limit: Some(*limit),
                prefix: Some(false),
            };
            let res = api.search(&req).map_err(|e| e.to_string())?;
            if *json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&res).map_err(|e| e.to_string())?
                );
                return Ok(ExitCode::SUCCESS);
            }
            if let Some(d) = &res.did_you_mean {
                println!("did you mean: {d}");
            }
            for (i, h) in res.hits.iter().enumerate() {
                let anchor = if h.section_id.is_empty() {
                    String::new()
                } else {
                    format!("#{}", h.section_id)
                };
                println!(
                    "{:>2}. {}{anchor}  {}",
                    i + 1,
                    h.chapter_id,
                    h.heading_path.join(" › ")
                );
                println!("    {}", h.snippet_html.replace("<b>", "[").replace("</b>", "]"));
            }
            if res.hits.is_empty() {
                println!("no matches.");
                for c in &res.closest_chapters {
                    println!("  closest chapter: {} ({})", c.title, c.id);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
