//! `avr identity show|trust|list|revoke|renew` and `avr handover send|receive`: this installation's office card, the
//! trust list, and cases handed over as encrypted, signed `.avrcase` packages, through the same api as the app.
//! Receiving shows who sent the package and what the case carries, and asks before saving (`--yes` for
//! scripts; a sender not on the trust list also needs `--sender FINGERPRINT`, read from them by phone).

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use avr_core::api::{Api, HandoverPreview, HandoverTo, SenderTrust};
use avr_core::i18n::{t, tr};
use clap::Subcommand;

use crate::cases::{resolve, unlock};
use crate::lang;

#[derive(Subcommand)]
pub(crate) enum IdentityCommand {
    /// This installation's office card and fingerprint (the keys are made at first need).
    Show {
        /// Print the card file (JSON) instead of the summary.
        #[arg(long)]
        card: bool,
        /// Write the card file here (for the offices that send you cases).
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Put another office's card on the trust list, after comparing its fingerprint with them. A renewal of a
    /// card already trusted, signed by that card, replaces it.
    Trust {
        file: PathBuf,
        /// Do not ask (for scripts that compared the fingerprint another way).
        #[arg(long)]
        yes: bool,
    },
    /// The trust list, revoked cards included.
    List,
    /// Revoke a card on the trust list: its packages are refused from now on.
    Revoke { fingerprint: String },
    /// Renew this installation's office card: new keys and a new card valid two more years, signed by the
    /// current card so that offices trusting it can take the new one; packages sent to the current card still
    /// open here until it expires.
    Renew {
        /// Do not ask (for scripts).
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Subcommand)]
pub(crate) enum HandoverCommand {
    /// Seal a case for trusted cards (or a passphrase) and mark it handed over: read-only here until it comes
    /// back.
    Send {
        /// The case number (AVR-2026-0001) or id.
        case: String,
        /// Recipients: card files, or fingerprints of cards on the trust list.
        #[arg(long, num_args = 1.., required_unless_present = "passphrase_env", conflicts_with = "passphrase_env")]
        to: Vec<String>,
        /// Seal with a one-off passphrase read from this environment variable instead of cards.
        #[arg(long, value_name = "VAR")]
        passphrase_env: Option<String>,
        /// Where to write the package. Defaults to `<case number>.avrcase` in this folder.
        #[arg(short = 'o', long)]
        output: Option<PathBuf>,
    },
    /// Check a package, show who sent it and what the case carries, and save it after asking.
    Receive {
        file: PathBuf,
        /// Save without asking.
        #[arg(long)]
        yes: bool,
        /// The fingerprint of a sender not on the trust list, as they read it to you: confirms that sender.
        #[arg(long, value_name = "FINGERPRINT")]
        sender: Option<String>,
        /// The package was sealed with a passphrase: read it from this environment variable.
        #[arg(long, value_name = "VAR")]
        passphrase_env: Option<String>,
    },
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn env_passphrase(var: &str) -> Result<String, String> {
    std::env::var(var)
        .ok()
        .filter(|p| !p.is_empty())
        .ok_or_else(|| tr(lang(), "cli-handover-no-passphrase", &[("var", var.into())]))
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

pub(crate) fn identity(api: &Api, command: &IdentityCommand) -> Result<ExitCode, String> {
    unlock(api)?;
    let l = lang();
    match command {
        IdentityCommand::Show { card, output } => {
            let info = api.identity_card().map_err(|e| e.to_string())?;
            let c = &info.card;
            if let Some(path) = output {
                std::fs::write(path, &info.text).map_err(|e| format!("{}: {e}", path.display()))?;
                eprintln!(
                    "{}",
                    tr(
                        l,
                        "cli-identity-card-written",
                        &[("file", path.display().to_string().into())]
                    )
                );
            } else if *card {
                crate::cases::print_out(&info.text);
                return Ok(ExitCode::SUCCESS);
            }
            println!(
                "{}",
                tr(
                    l,
                    "cli-identity-card",
                    &[
                        ("officer", c.officer.as_str().into()),
                        ("office", c.office.as_str().into()),
                        ("created", c.created.as_str().into()),
                        ("expires", c.expires.as_str().into())
                    ]
                )
            );
            println!(
                "{}",
                tr(
                    l,
                    "cli-identity-fingerprint",
                    &[("fingerprint", c.fingerprint.as_str().into())]
                )
            );
        }
        IdentityCommand::Trust { file, yes } => {
            let text = String::from_utf8_lossy(&read(file)?).into_owned();
            let card = api
                .read_card(&text)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            let renewal = api
                .card_renewal(&text)
                .map_err(|e| format!("{}: {e}", file.display()))?;
            if let Some(old) = &renewal.replaces {
                // Signed by the card trusted here: nothing to compare by phone.
                let trusted = api.trust_card(&text).map_err(|e| e.to_string())?;
                println!(
                    "{}",
                    tr(
                        l,
                        "cli-identity-renewal-of",
                        &[
                            ("office", trusted.office.as_str().into()),
                            ("fingerprint", trusted.fingerprint.as_str().into()),
                            ("old", old.fingerprint.as_str().into())
                        ]
                    )
                );
                return Ok(ExitCode::SUCCESS);
            }
            if let Some(why) = &renewal.refused {
                eprintln!("{why}");
            }
            println!(
                "{}",
                tr(
                    l,
                    "cli-identity-compare",
                    &[
                        ("officer", card.officer.as_str().into()),
                        ("office", card.office.as_str().into()),
                        ("fingerprint", card.fingerprint.as_str().into())
                    ]
                )
            );
            if !*yes && !confirm(&t(l, "cli-identity-trust-ask"))? {
                println!("{}", t(l, "cli-nothing-done"));
                return Ok(ExitCode::FAILURE);
            }
            let trusted = api.trust_card(&text).map_err(|e| e.to_string())?;
            println!(
                "{}",
                tr(
                    l,
                    "cli-identity-trusted",
                    &[
                        ("officer", trusted.officer.as_str().into()),
                        ("office", trusted.office.as_str().into()),
                        ("fingerprint", trusted.fingerprint.as_str().into())
                    ]
                )
            );
        }
        IdentityCommand::List => {
            let list = api.trusted_cards().map_err(|e| e.to_string())?;
            if list.is_empty() {
                println!("{}", t(l, "cli-identity-list-empty"));
            }
            for c in &list {
                let revoked = c
                    .revoked_at
                    .map(|at| {
                        let date = avr_core::cases::IsoDate::from_unix_ms(at).to_string();
                        format!(
                            "  [{}]",
                            tr(l, "cli-identity-revoked-on", &[("date", date.into())])
                        )
                    })
                    .unwrap_or_default();
                println!("{}  {}, {}{revoked}", c.fingerprint, c.officer, c.office);
            }
        }
        IdentityCommand::Renew { yes } => {
            let current = api.identity_card().map_err(|e| e.to_string())?.card;
            println!(
                "{}",
                tr(
                    l,
                    "cli-identity-renew-explain",
                    &[
                        ("fingerprint", current.fingerprint.as_str().into()),
                        ("expires", current.expires.as_str().into())
                    ]
                )
            );
            if !*yes && !confirm(&t(l, "cli-identity-renew-ask"))? {
                println!("{}", t(l, "cli-nothing-done"));
                return Ok(ExitCode::FAILURE);
            }
            let renewed = api.renew_identity().map_err(|e| e.to_string())?;
            println!(
                "{}",
                tr(
                    l,
                    "cli-identity-renewed",
                    &[
                        ("fingerprint", renewed.card.fingerprint.as_str().into()),
                        ("old", current.fingerprint.as_str().into()),
                        ("expires", renewed.card.expires.as_str().into())
                    ]
                )
            );
        }
        IdentityCommand::Revoke { fingerprint } => {
            let c = api.revoke_card(fingerprint).map_err(|e| e.to_string())?;
            println!(
                "{}",
                tr(
                    l,
                    "cli-identity-revoked",
                    &[
                        ("officer", c.officer.as_str().into()),
                        ("office", c.office.as_str().into()),
                        ("fingerprint", c.fingerprint.as_str().into())
                    ]
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn handover(api: &Api, command: &HandoverCommand) -> Result<ExitCode, String> {
    match command {
        HandoverCommand::Send {
            case,
            to,
            passphrase_env,
            output,
        } => send(api, case, to, passphrase_env.as_deref(), output.as_deref()),
        HandoverCommand::Receive {
            file,
            yes,
            sender,
            passphrase_env,
        } => receive(api, file, *yes, sender.as_deref(), passphrase_env.as_deref()),
    }
}

fn send(
    api: &Api,
    case: &str,
    to: &[String],
    passphrase_env: Option<&str>,
    output: Option<&Path>,
) -> Result<ExitCode, String> {
    // Read before unlocking: the one-off passphrase must not be confused with the store's.
    let passphrase = passphrase_env.map(env_passphrase).transpose()?;
    unlock(api)?;
    let id = resolve(api, case)?;
    let to = match passphrase {
        Some(passphrase) => HandoverTo::Passphrase { passphrase },
        None => {
            let fingerprints = to
                .iter()
                .map(|r| {
                    let path = Path::new(r);
                    if !path.is_file() {
                        return Ok(r.clone());
                    }
                    let text = String::from_utf8_lossy(&read(path)?).into_owned();
                    let card = api.read_card(&text).map_err(|e| format!("{r}: {e}"))?;
                    Ok(card.fingerprint)
                })
                .collect::<Result<Vec<_>, String>>()?;
            HandoverTo::Cards { fingerprints }
        }
    };
    let path = match output {
        Some(p) => p.to_path_buf(),
        None => {
            let number = api
                .case_view(id)
                .map_err(|e| e.to_string())?
                .record
                .summary
                .case_number;
            PathBuf::from(format!("{number}.avrcase"))
        }
    };
    let sent = api.handover_send(id, &to, &path).map_err(|e| e.to_string())?;
    println!(
        "{}",
        tr(
            lang(),
            "cli-handover-sent",
            &[
                ("case", sent.case_number.as_str().into()),
                ("recipients", sent.recipients.as_str().into()),
                ("file", sent.path.as_str().into()),
                ("bytes", sent.bytes.to_string().into()),
                ("ms", format!("{:.0}", sent.millis).into())
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn print_preview(p: &HandoverPreview) {
    let l = lang();
    let s = &p.sender;
    let trust = match s.trust {
        SenderTrust::Trusted => t(l, "cli-handover-trusted"),
        SenderTrust::Unknown => t(l, "cli-handover-unknown"),
        SenderTrust::Itself => t(l, "cli-handover-itself"),
    };
    let made = avr_core::export::format_utc(p.made_at);
    let lines = [
        tr(
            l,
            "cli-handover-from",
            &[
                ("officer", s.officer.as_str().into()),
                ("office", s.office.as_str().into()),
                ("fingerprint", s.fingerprint.as_str().into()),
                ("trust", trust.into()),
            ],
        ),
        tr(
            l,
            "cli-handover-case",
            &[
                ("case", p.case_number.as_str().into()),
                ("principal", p.principal.as_str().into()),
                ("stage", p.stage_title.as_str().into()),
                ("made", made.into()),
            ],
        ),
        tr(
            l,
            "cli-handover-carries",
            &[
                ("household", p.household.into()),
                ("answers", p.answers.into()),
                ("notes", p.notes.into()),
                ("given", p.consents_given.into()),
                ("withdrawn", p.consents_withdrawn.into()),
            ],
        ),
        if p.overrides.is_empty() {
            t(l, "cli-handover-no-overrides")
        } else {
            tr(
                l,
                "cli-handover-overrides",
                &[("list", p.overrides.join("; ").into())],
            )
        },
    ];
    for line in lines {
        println!("{line}");
    }
    if p.returning {
        println!("{}", t(l, "cli-handover-returning"));
    }
}

fn receive(
    api: &Api,
    file: &Path,
    yes: bool,
    sender: Option<&str>,
    passphrase_env: Option<&str>,
) -> Result<ExitCode, String> {
    let l = lang();
    let passphrase = passphrase_env.map(env_passphrase).transpose()?;
    let bytes = read(file)?;
    unlock(api)?;
    let fail = |e: avr_core::Error| format!("{}: {e}", file.display());
    let preview = api
        .handover_inspect(&bytes, passphrase.as_deref())
        .map_err(fail)?;
    print_preview(&preview);
    let unknown = preview.sender.trust == SenderTrust::Unknown;
    if unknown {
        if let Some(given) = sender {
            let given = avr_core::identity::normalize_fingerprint(given);
            if given.as_deref() != Some(preview.sender.fingerprint.as_str()) {
                return Err(tr(
                    l,
                    "cli-handover-sender-mismatch",
                    &[("fingerprint", preview.sender.fingerprint.as_str().into())],
                ));
            }
        } else if yes {
            return Err(tr(
                l,
                "cli-handover-unknown-needs-sender",
                &[("fingerprint", preview.sender.fingerprint.as_str().into())],
            ));
        }
    }
    let question = if unknown && sender.is_none() {
        t(l, "cli-handover-ask-unknown")
    } else {
        t(l, "cli-handover-ask")
    };
    if !yes && !confirm(&question)? {
        println!("{}", t(l, "cli-nothing-done"));
        return Ok(ExitCode::FAILURE);
    }
    let view = api
        .handover_receive(&bytes, passphrase.as_deref(), unknown)
        .map_err(fail)?;
    let s = &view.record.summary;
    println!(
        "{}",
        tr(
            l,
            "cli-handover-received",
            &[
                ("case", s.case_number.as_str().into()),
                ("id", s.id.to_string().into())
            ]
        )
    );
    Ok(ExitCode::SUCCESS)
}
