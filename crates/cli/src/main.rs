//! `avr`: the AVR Field Handbook from the command line, over the same `avr_core::api` as the app.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::sync::OnceLock;

use avr_core::api::{Api, ApiConfig, SearchRequest};
use avr_core::handbook::Handbook;
use avr_core::i18n::{Lang, t, tr};
use clap::{Parser, Subcommand};

mod book;
mod cases;
mod casework;
mod export;
mod handbook;
mod handover;
mod returnee;

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
    /// Folder holding the handbook editions (`en/`, …) and `workflows/` (a development switch). Without it, an
    /// installed handbook package newer than ./handbook is used, else ./handbook.
    #[arg(long = "handbook-dir", global = true, env = "AVR_HANDBOOK_DIR")]
    handbook_dir_given: Option<PathBuf>,
    /// `--handbook-dir`, else ./handbook: the folder read by check, pack and the benchmarks.
    #[arg(skip)]
    handbook_dir: PathBuf,
    /// Language of the output, of exports and of search: en, fr, es or ar. Defaults to $AVR_LANG, then $LANG,
    /// then English.
    #[arg(long, global = true)]
    lang: Option<Lang>,
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
    /// Measure relevance (nDCG@10, MRR@10, recall@3) of one edition's search (`--lang`, English by default) and
    /// of a SQLite FTS5 baseline over the same sections.
    SearchEval {
        /// Graded judgements (TOML). Defaults to the edition's: `search-eval/<lang>.toml` and
        /// `search-eval/<lang>/*.toml` under the handbook folder.
        #[arg(long)]
        queries: Option<PathBuf>,
        /// Fail unless, on the test half, our MRR@10 reaches this and leads FTS5 by 0.05 and our nDCG@10 leads
        /// too, and over all queries ours beats FTS5 on nDCG@10 and MRR@10. An edition with fewer than 40 judged
        /// queries is reported, not held to it.
        #[arg(long)]
        min_mrr: Option<f64>,
        /// Print every tuning-half query whose first relevant result is not at rank 1 (the test half is only
        /// counted).
        #[arg(long)]
        verbose: bool,
    },
    /// Workflow definitions.
    Workflows {
        #[command(subcommand)]
        command: WorkflowsCommand,
    },
    /// List cases (needs the passphrase in AVR_PASSPHRASE or on standard input).
    Cases {
        #[command(subcommand)]
        command: CasesCommand,
    },
    /// Walk or inspect one case.
    Case {
        #[command(subcommand)]
        command: cases::CaseCommand,
    },
    /// The encrypted case store.
    Store {
        #[command(subcommand)]
        command: StoreCommand,
    },
    /// Make an encrypted backup of the case records now.
    Backup,
    /// Restore a backup (a file name in the data folder's backups/); the current database is kept aside.
    Restore { file_name: String },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Export a case checklist (PDF, CSV, Markdown, HTML) or the whole case (JSON), a blank checklist, or
    /// the returnee's information sheet and declaration (`avr export returnee-sheet CASE --lang ar`).
    Export(export::ExportArgs),
    /// Import a case from a JSON export made on another installation.
    Import { file: PathBuf },
    /// This installation's office card, and the trust list of other offices' cards.
    Identity {
        #[command(subcommand)]
        command: handover::IdentityCommand,
    },
    /// Cases handed over between offices as encrypted, signed packages (.avrcase).
    Handover {
        #[command(subcommand)]
        command: handover::HandoverCommand,
    },
    /// Benchmarks (run a release build): `avr bench search|handbook|cases|export`.
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
}

#[derive(Subcommand)]
enum WorkflowsCommand {
    /// Report every problem in the definitions as file:line:col, and exit non-zero if there is any.
    Check {
        #[arg(default_value = "handbook/workflows")]
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum CasesCommand {
    List {
        /// open or closed.
        #[arg(long)]
        status: Option<String>,
        /// A case number or words of a name.
        #[arg(long)]
        search: Option<String>,
    },
}

#[derive(Subcommand)]
enum StoreCommand {
    /// Create the encrypted case store (the passphrase from AVR_PASSPHRASE or standard input), recording who works
    /// on it.
    Init {
        #[arg(long)]
        name: String,
        #[arg(long)]
        office: String,
    },
    /// Change the passphrase: the current one from AVR_PASSPHRASE or the first line of standard input, the new one
    /// from AVR_NEW_PASSPHRASE or the next line. Backups and set-aside files are re-encrypted (or, where that is
    /// impossible, set-aside files removed), and the report says which.
    Passphrase,
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Prove the hash chain, or name the first broken link.
    Verify,
}

#[derive(Subcommand)]
enum BenchCommand {
    /// SQLCipher and plain SQLite side by side: saves, opens, list pages, unlock, bulk import.
    Cases {
        #[arg(long, default_value_t = 100_000)]
        cases: usize,
    },
    /// Our engine, SQLite FTS5 and a naive scan, same process, same corpus, same queries.
    Search {
        /// Corpus sizes, as multiples of the handbook (the larger ones are generated with a fixed seed).
        #[arg(long, value_delimiter = ',', default_values_t = [1usize, 100])]
        scales: Vec<usize>,
        #[arg(long, default_value_t = 200)]
        iterations: usize,
    },
    /// One case to each format, and every case to CSV, through the api over an encrypted store.
    Export {
        #[arg(long, default_value_t = 1000)]
        cases: usize,
        #[arg(long, default_value_t = 100)]
        iterations: usize,
    },
    /// Parse + render time for one chapter and for the whole edition.
    Handbook {
        #[arg(default_value = "handbook/en")]
        dir: PathBuf,
        #[arg(long, default_value_t = 200)]
        iterations: usize,
    },
}

#[derive(Subcommand)]
enum HandbookCommand {
    /// Report every problem in every edition (or the one given) and in the term base as file:line:col, and
    /// exit non-zero if there is any error (a stale translation is a warning).
    Check {
        /// An edition folder (e.g. handbook/fr), or a handbook folder holding the editions. Defaults to every
        /// edition under --handbook-dir.
        dir: Option<PathBuf>,
    },
    #[command(flatten)]
    Package(book::BookCommand),
}

/// The language of this run's output (`--lang`, else the environment's).
pub(crate) fn lang() -> Lang {
    *LANG.get_or_init(Lang::from_env)
}

static LANG: OnceLock<Lang> = OnceLock::new();

fn main() -> ExitCode {
    for problem in avr_core::harden_process() {
        eprintln!("warning: could not keep memory out of crash dumps ({problem})");
    }
    let mut cli = Cli::parse();
    cli.handbook_dir = cli
        .handbook_dir_given
        .clone()
        .unwrap_or_else(|| PathBuf::from("handbook"));
    if let Some(l) = cli.lang {
        let _ = LANG.set(l);
    }
    match run(&cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{}", tr(lang(), "cli-error", &[("message", message.into())]));
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
    let data_dir = cli.data_dir.clone().unwrap_or_else(default_data_dir);
    let test_key = book::test_key();
    // The development switch names a folder; otherwise an installed handbook package may stand in for ./handbook.
    let handbook_dir = match &cli.handbook_dir_given {
        Some(dir) => dir.clone(),
        None => avr_core::api::handbook_to_load(&cli.handbook_dir, &data_dir, test_key.as_deref()).dir,
    };
    let api = Api::open(ApiConfig {
        handbook_dir,
        data_dir,
    })
    .map_err(|e| e.to_string())?;
    api.set_lang(lang());
    if let Some(key) = &test_key {
        api.trust_test_publisher(key).map_err(|e| e.to_string())?;
    }
    Ok(api)
}

fn run(cli: &Cli) -> Result<ExitCode, String> {
    match &cli.command {
        Command::Handbook {
            command: HandbookCommand::Check { dir },
        } => handbook::check(&cli.handbook_dir, dir.as_deref()),
        Command::Handbook {
            command: HandbookCommand::Package(book::BookCommand::Keygen { output }),
        } => book::keygen(output),
        Command::Handbook {
            command:
                HandbookCommand::Package(book::BookCommand::Pack {
                    key,
                    version,
                    notes,
                    output,
                }),
        } => book::pack(&book::PackArgs {
            handbook_dir: &cli.handbook_dir,
            key,
            version: version.as_deref(),
            notes: notes.as_deref(),
            output,
        }),
        Command::Handbook {
            command: HandbookCommand::Package(command),
        } => book::book(&open_api(cli)?, command),
        Command::Workflows {
            command: WorkflowsCommand::Check { dir },
        } => cases::workflows_check(dir, &cli.handbook_dir),
        Command::Cases {
            command: CasesCommand::List { status, search },
        } => cases::list(&open_api(cli)?, status.as_deref(), search.as_deref()),
        Command::Case { command } => cases::case(&open_api(cli)?, command),
        Command::Store {
            command: StoreCommand::Init { name, office },
        } => cases::store_init(&open_api(cli)?, name, office),
        Command::Store {
            command: StoreCommand::Passphrase,
        } => cases::change_passphrase(&open_api(cli)?),
        Command::Backup => cases::backup(&open_api(cli)?),
        Command::Export(args) => export::export(&open_api(cli)?, args),
        Command::Import { file } => export::import(&open_api(cli)?, file),
        Command::Identity { command } => handover::identity(&open_api(cli)?, command),
        Command::Handover { command } => handover::handover(&open_api(cli)?, command),
        Command::Bench {
            command: BenchCommand::Export { cases, iterations },
        } => {
            let work = std::env::temp_dir().join(format!("avr-bench-export-{}", std::process::id()));
            let report = avr_core::export::bench::run(&cli.handbook_dir, &work, *cases, *iterations);
            let _ = std::fs::remove_dir_all(&work);
            print!("{}", report.map_err(|e| e.to_string())?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Restore { file_name } => cases::restore(&open_api(cli)?, file_name),
        Command::Audit {
            command: AuditCommand::Verify,
        } => cases::audit_verify(&open_api(cli)?),
        Command::Bench {
            command: BenchCommand::Cases { cases },
        } => {
            let work = std::env::temp_dir().join(format!("avr-bench-cases-{}", std::process::id()));
            std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
            let report = avr_core::cases::bench::run(&work, *cases).map_err(|e| e.to_string());
            let _ = std::fs::remove_dir_all(&work);
            print!("{}", report?);
            Ok(ExitCode::SUCCESS)
        }
        Command::SearchEval {
            queries,
            min_mrr,
            verbose,
        } => handbook::search_eval(&handbook::EvalArgs {
            handbook_dir: &cli.handbook_dir,
            // The edition asked for, never the environment's language: the floor is run per edition on purpose.
            lang: cli.lang.map_or("en", |l| l.code()),
            queries: queries.as_deref(),
            min_mrr: *min_mrr,
            verbose: *verbose,
        }),
        Command::Bench {
            command: BenchCommand::Handbook { dir, iterations },
        } => {
            print!(
                "{}",
                avr_core::handbook::bench::run(dir, *iterations).map_err(|e| e.to_string())?
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench {
            command: BenchCommand::Search { scales, iterations },
        } => {
            let editions = handbook::load_editions(&cli.handbook_dir)?;
            let refs: Vec<&Handbook> = editions.iter().collect();
            let work = std::env::temp_dir().join(format!("avr-bench-{}", std::process::id()));
            std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
            let report = avr_core::search::bench::run(&refs, scales, *iterations, &work);
            let _ = std::fs::remove_dir_all(&work);
            print!("{}", report?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Search {
            query,
            limit,
            chapter,
            tag,
            json,
        } => {
            let api = open_api(cli)?;
            let req = SearchRequest {
                query: query.clone(),
                lang: Some(lang().code().to_owned()),
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
                println!(
                    "{}",
                    tr(
                        lang(),
                        "cli-search-did-you-mean",
                        &[("suggestion", d.as_str().into())]
                    )
                );
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
                println!("{}", t(lang(), "cli-search-none"));
                for c in &res.closest_chapters {
                    let title = c.title.as_str().into();
                    println!(
                        "  {}",
                        tr(
                            lang(),
                            "cli-search-closest",
                            &[("title", title), ("id", c.id.as_str().into())]
                        )
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
