//! `avr handbook keygen|pack|inspect|install|rollback|versions`: signed handbook packages (`.avrbook`), through
//! the same api as the app. Installing shows what changed (chapters, sections word by word, workflow steps and
//! safeguards) and asks before installing (`--yes` for scripts); an older or equal version also needs
//! `--allow-downgrade`. The package format and every check are described in `avr_core::updates`.
//!
//! A debug build also trusts the test publisher key named by `AVR_TEST_PUBLISHER_KEY` (a `.pub` file), for tests;
//! a release build trusts only the key shipped in the app.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use avr_core::api::{Api, BookPreview};
use avr_core::i18n::{Lang, Value, t, tr};
use avr_core::updates::{ChangeKind, ItemChange, WordKind};
use clap::Subcommand;

use crate::lang;

/// The password of an encrypted publisher secret key.
const PASSWORD_VAR: &str = "AVR_PUBLISHER_KEY_PASSWORD";

#[derive(Subcommand)]
pub(crate) enum BookCommand {
    /// Make a test publisher key pair (minisign format): KEYFILE (secret) and KEYFILE.pub (public).
    Keygen {
        #[arg(short = 'o', long, value_name = "KEYFILE")]
        output: PathBuf,
    },
    /// Pack the handbook folder (--handbook-dir) into one signed package.
    Pack {
        /// The publisher's secret key (minisign format; an encrypted one takes its password from
        /// AVR_PUBLISHER_KEY_PASSWORD).
        #[arg(long, value_name = "KEYFILE")]
        key: PathBuf,
        /// The version of this release (defaults to the folder's release.toml).
        #[arg(long)]
        version: Option<String>,
        /// Release notes (a text file).
        #[arg(long, value_name = "FILE")]
        notes: Option<PathBuf>,
        #[arg(short = 'o', long, value_name = "FILE.avrbook")]
        output: PathBuf,
    },
    /// Check a package and show what it changes, without installing it.
    Inspect {
        file: PathBuf,
        /// Also show a package that is not newer than the handbook in use.
        #[arg(long)]
        allow_downgrade: bool,
        /// Print the comparison as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check a package, show what it changes, and install it after asking (used from the next start).
    Install {
        file: PathBuf,
        /// Install without asking.
        #[arg(long)]
        yes: bool,
        /// Accept a version that is not newer than the handbook in use.
        #[arg(long)]
        allow_downgrade: bool,
    },
    /// Go back to the handbook used before the last install (or to the one that came with the app).
    Rollback,
    /// The handbook in use and the installed versions.
    Versions,
}

fn io_err(path: &Path, e: &std::io::Error) -> String {
    format!("{}: {e}", path.display())
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| io_err(path, &e))
}

/// The test publisher key of a debug build, as text (compiled out of a release build, name included).
pub(crate) fn test_key() -> Option<String> {
    #[cfg(debug_assertions)]
    if let Some(path) = std::env::var_os("AVR_TEST_PUBLISHER_KEY") {
        let text = std::fs::read_to_string(&path).ok()?;
        eprintln!(
            "{}",
            tr(
                lang(),
                "cli-book-test-key",
                &[("file", Path::new(&path).display().to_string().into())]
            )
        );
        return Some(text);
    }
    None
}

/// Ask a yes/no question on standard error; only an answer starting with yes in the user's language is a yes.
fn confirm(question: &str) -> Result<bool, String> {
    eprint!("{question} ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| e.to_string())?;
    let answer = line.trim().to_lowercase();
    Ok(["y", "o", "s", "نعم"].iter().any(|yes| answer.starts_with(yes)))
}

/// Write a new file, never over an existing one; `private`: readable by the owner only.
fn write_new(path: &Path, text: &str, private: bool) -> Result<(), String> {
    if path.exists() {
        return Err(tr(
            lang(),
            "cli-book-keygen-exists",
            &[("file", path.display().to_string().into())],
        ));
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = private;
    let mut f = options.open(path).map_err(|e| io_err(path, &e))?;
    f.write_all(text.as_bytes()).map_err(|e| io_err(path, &e))
}

/// Commands that need no api (the handbook folder is read, not loaded).
pub(crate) fn keygen(output: &Path) -> Result<ExitCode, String> {
    let pair = avr_core::updates::keygen().map_err(|e| e.to_string())?;
    let mut public = output.as_os_str().to_owned();
    public.push(".pub");
    let public = PathBuf::from(public);
    if public.exists() {
        return Err(tr(
            lang(),
            "cli-book-keygen-exists",
            &[("file", public.display().to_string().into())],
        ));
    }
    write_new(output, &pair.secret, true)?;
    write_new(&public, &pair.public, false)?;
    println!(
        "{}",
        tr(
            lang(),
            "cli-book-keygen-done",
            &[
                ("secret", output.display().to_string().into()),
                ("public", public.display().to_string().into()),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

pub(crate) struct PackArgs<'a> {
    pub handbook_dir: &'a Path,
    pub key: &'a Path,
    pub version: Option<&'a str>,
    pub notes: Option<&'a Path>,
    pub output: &'a Path,
}

pub(crate) fn pack(a: &PackArgs<'_>) -> Result<ExitCode, String> {
    let started = std::time::Instant::now();
    let key = std::fs::read_to_string(a.key).map_err(|e| io_err(a.key, &e))?;
    let notes = match a.notes {
        Some(p) => std::fs::read_to_string(p).map_err(|e| io_err(p, &e))?,
        None => String::new(),
    };
    let password = std::env::var(PASSWORD_VAR).ok();
    let packed = avr_core::api::book_pack(a.handbook_dir, &key, password.as_deref(), a.version, &notes)
        .map_err(|e| e.to_string())?;
    std::fs::write(a.output, &packed.bytes).map_err(|e| io_err(a.output, &e))?;
    println!(
        "{}",
        tr(
            lang(),
            "cli-book-packed",
            &[
                ("file", a.output.display().to_string().into()),
                ("version", packed.version.into()),
                ("files", packed.files.into()),
                ("bytes", packed.bytes.len().to_string().into()),
                (
                    "ms",
                    format!("{:.0}", started.elapsed().as_secs_f64() * 1000.0).into()
                ),
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn kind(k: ChangeKind) -> Value<'static> {
    match k {
        ChangeKind::Added => "added",
        ChangeKind::Removed => "removed",
        ChangeKind::Changed => "changed",
    }
    .into()
}

fn print_items(key: &str, items: &[ItemChange], indent: &str) {
    for i in items {
        println!(
            "{indent}{}",
            tr(
                lang(),
                key,
                &[
                    ("kind", kind(i.kind)),
                    ("title", i.title.as_str().into()),
                    ("id", i.id.as_str().into()),
                    ("keys", i.keys.join(", ").into()),
                ]
            )
        );
        print_items("cli-book-field", &i.fields, &format!("{indent}    "));
    }
}

/// What a package changes, as `inspect` and `install` show it.
fn print_preview(p: &BookPreview) {
    let l = lang();
    let d = &p.diff;
    let none = t(l, "cli-book-no-version");
    let current = d.from_version.clone().unwrap_or_else(|| none.clone());
    println!(
        "{}",
        tr(
            l,
            "cli-book-header",
            &[
                ("version", d.to_version.as_str().into()),
                ("current", current.as_str().into()),
                ("made", avr_core::export::format_utc(p.made_at).into()),
                ("files", p.files.into()),
                ("bytes", p.bytes.to_string().into()),
                ("ms", format!("{:.0}", p.millis).into()),
            ]
        )
    );
    println!("{}", t(l, "cli-book-verified"));
    if p.downgrade {
        println!(
            "{}",
            tr(
                l,
                "cli-book-downgrade",
                &[
                    ("version", d.to_version.as_str().into()),
                    ("current", current.into())
                ]
            )
        );
    }
    if !d.notes.trim().is_empty() {
        println!("{}", t(l, "cli-book-notes"));
        for line in d.notes.trim().lines() {
            println!("    {line}");
        }
    }
    if d.is_empty() {
        println!("{}", t(l, "cli-book-unchanged"));
        return;
    }
    if d.editions
        .iter()
        .any(|e| e.chapters.iter().any(|c| !c.sections.is_empty()))
    {
        println!("{}", t(l, "cli-book-words-legend"));
    }
    for e in &d.editions {
        println!(
            "{}",
            tr(l, "cli-book-edition", &[("lang", e.lang.as_str().into())])
        );
        for c in &e.chapters {
            let args = [
                ("kind", kind(c.kind)),
                ("title", c.title.as_str().into()),
                ("id", c.id.as_str().into()),
            ];
            println!("  {}", tr(l, "cli-book-chapter", &args));
            for s in &c.sections {
                let args = [("kind", kind(s.kind)), ("title", s.title.as_str().into())];
                println!("    {}", tr(l, "cli-book-section", &args));
                if !s.words.is_empty() {
                    let text: String = s
                        .words
                        .iter()
                        .map(|w| match w.kind {
                            WordKind::Same => w.text.clone(),
                            WordKind::Removed => format!("[-{}-]", w.text),
                            WordKind::Added => format!("{{+{}+}}", w.text),
                        })
                        .collect();
                    println!("        {}", text.replace('\n', " "));
                }
            }
        }
    }
    for w in &d.workflows {
        let base = [
            ("workflow", w.workflow.as_str().into()),
            ("version", w.version.into()),
            ("title", w.title.as_str().into()),
        ];
        match w.compared_with {
            None => println!("{}", tr(l, "cli-book-workflow-new", &base)),
            Some(b) => {
                let mut args = base.to_vec();
                args.push(("base", b.into()));
                println!("{}", tr(l, "cli-book-workflow-version", &args));
                if w.steps.is_empty() && w.safeguards.is_empty() {
                    println!("  {}", t(l, "cli-book-workflow-same"));
                }
                print_items("cli-book-step", &w.steps, "  ");
                print_items("cli-book-safeguard", &w.safeguards, "  ");
            }
        }
    }
    for f in &d.files {
        println!(
            "{}",
            tr(
                l,
                "cli-book-file",
                &[("kind", kind(f.kind)), ("path", f.path.as_str().into())]
            )
        );
    }
}

pub(crate) fn book(api: &Api, command: &BookCommand) -> Result<ExitCode, String> {
    let l = lang();
    match command {
        // Handled before an api is opened.
        BookCommand::Keygen { .. } | BookCommand::Pack { .. } => Ok(ExitCode::FAILURE),
        BookCommand::Inspect {
            file,
            allow_downgrade,
            json,
        } => {
            let preview = api
                .book_inspect(&read(file)?, *allow_downgrade)
                .map_err(|e| e.to_string())?;
            if *json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&preview).map_err(|e| e.to_string())?
                );
            } else {
                print_preview(&preview);
            }
            Ok(ExitCode::SUCCESS)
        }
        BookCommand::Install {
            file,
            yes,
            allow_downgrade,
        } => {
            let bytes = read(file)?;
            let preview = api
                .book_inspect(&bytes, *allow_downgrade)
                .map_err(|e| e.to_string())?;
            print_preview(&preview);
            let question = if preview.downgrade {
                t(l, "cli-book-ask-downgrade")
            } else {
                t(l, "cli-book-ask")
            };
            if !*yes && !confirm(&question)? {
                eprintln!("{}", t(l, "cli-nothing-done"));
                return Ok(ExitCode::FAILURE);
            }
            let done = api
                .book_install(&bytes, *allow_downgrade)
                .map_err(|e| e.to_string())?;
            let ms = format!("{:.0}", done.millis);
            let line = match &done.previous {
                Some(p) => tr(
                    l,
                    "cli-book-installed",
                    &[
                        ("version", done.version.as_str().into()),
                        ("ms", ms.into()),
                        ("previous", p.as_str().into()),
                    ],
                ),
                None => tr(
                    l,
                    "cli-book-installed-first",
                    &[("version", done.version.as_str().into()), ("ms", ms.into())],
                ),
            };
            println!("{line}");
            Ok(ExitCode::SUCCESS)
        }
        BookCommand::Rollback => {
            let v = api.book_rollback().map_err(|e| e.to_string())?;
            match &v.active {
                Some(a) => println!(
                    "{}",
                    tr(l, "cli-book-rolled-back", &[("version", a.as_str().into())])
                ),
                None => println!("{}", t(l, "cli-book-rolled-back-bundled")),
            }
            Ok(ExitCode::SUCCESS)
        }
        BookCommand::Versions => {
            let v = api.book_versions().map_err(|e| e.to_string())?;
            let source = if v.in_use_installed {
                "installed"
            } else {
                "bundled"
            };
            let version = v.in_use.clone().unwrap_or_else(|| t(l, "cli-book-no-version"));
            println!(
                "{}",
                tr(
                    l,
                    "cli-book-in-use",
                    &[("version", version.into()), ("source", source.into())]
                )
            );
            match (&v.active, &v.previous) {
                (None, None) => println!("{}", t(l, "cli-book-none-installed")),
                (active, previous) => {
                    if let Some(a) = active {
                        println!("{}", tr(l, "cli-book-active", &[("version", a.as_str().into())]));
                    }
                    if let Some(p) = previous {
                        println!(
                            "{}",
                            tr(l, "cli-book-previous", &[("version", p.as_str().into())])
                        );
                    }
                }
            }
            if !v.history.is_empty() {
                println!("{}", t(l, "cli-book-history"));
            }
            for e in &v.history {
                println!("  {}", history_line(l, e));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// One install or rollback of the history `avr handbook versions` lists.
fn history_line(l: Lang, e: &avr_core::updates::BookEvent) -> String {
    let bundled = || t(l, "cli-book-history-bundled");
    let from = e.from_version.clone().unwrap_or_else(bundled);
    let to = e.to_version.clone().unwrap_or_else(bundled);
    let at = avr_core::export::format_utc(e.at);
    match e.action {
        avr_core::updates::BookAction::Installed => tr(
            l,
            "cli-book-history-installed",
            &[
                ("at", at.into()),
                ("from", from.into()),
                ("to", to.into()),
                ("key", e.publisher.clone().unwrap_or_default().into()),
            ],
        ),
        avr_core::updates::BookAction::RolledBack => tr(
            l,
            "cli-book-history-rolled-back",
            &[("at", at.into()), ("from", from.into()), ("to", to.into())],
        ),
    }
}
