//! `avr case new|person|note|consent|override|correct|close|reopen|show|answer`: what the case screen does, for admins and
//! for scripted tests. Long text comes from a file or standard input, never from an argument.

use std::io::Read;
use std::path::{Path, PathBuf};

use avr_core::api::{
    Api, CaseView, ConsentDecision, NewCaseRequest, NewCaseWithHousehold, NewConsent, NewPerson,
};
use clap::{Args, Subcommand};

use crate::cases::{CaseCommand, resolve};

#[derive(Args)]
pub(crate) struct NewArgs {
    #[arg(long, required_unless_present = "json")]
    given_names: Option<String>,
    #[arg(long, required_unless_present = "json")]
    family_name: Option<String>,
    /// The name in other scripts or spellings.
    #[arg(long, default_value = "")]
    other_names: String,
    /// `YYYY-MM-DD`.
    #[arg(long)]
    disembarked_on: Option<String>,
    /// The whole new case as JSON, from a file or `-` for standard input.
    #[arg(long, conflicts_with_all = ["given_names", "family_name"])]
    json: Option<PathBuf>,
}

#[derive(Subcommand)]
pub(crate) enum PersonCommand {
    /// Add a household member.
    Add {
        case: String,
        #[arg(long)]
        given_names: String,
        #[arg(long)]
        family_name: String,
        #[arg(long, default_value = "")]
        other_names: String,
        /// e.g. spouse, child, sibling.
        #[arg(long)]
        relationship: String,
        /// `YYYY-MM-DD`.
        #[arg(long)]
        date_of_birth: Option<String>,
        #[arg(long)]
        dob_estimated: bool,
        #[arg(long)]
        sex: Option<String>,
        #[arg(long)]
        nationality: Option<String>,
    },
}

#[derive(Args)]
pub(crate) struct ConsentArgs {
    case: String,
    /// e.g. data-sharing, medical-referral, travel-documents.
    #[arg(long)]
    purpose: String,
    /// Who receives the data, e.g. UNHCR.
    #[arg(long)]
    recipient: String,
    /// given or withdrawn.
    #[arg(long)]
    decision: String,
    /// The language the consent was explained in.
    #[arg(long)]
    language: String,
    #[arg(long)]
    interpreter: Option<String>,
    /// The household member who decided (their position: 0 is the principal); the whole household if absent.
    #[arg(long)]
    person: Option<u32>,
}

/// Text from a file, or standard input for `-`.
fn read_text(path: &Path) -> Result<String, String> {
    if path == Path::new("-") {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| {
            avr_core::i18n::tr(
                crate::lang(),
                "cli-reading-stdin",
                &[("error", e.to_string().into())],
            )
        })?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }
}

#[allow(clippy::needless_pass_by_value)] // used as `map_err(err)`
fn err(e: avr_core::Error) -> String {
    format!("{e}")
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Run a case-editing command; `None` for the commands `cases.rs` handles itself.
/// Run a case command; the case as it stands after it, or `None` when the command printed its own output
/// (`case show --json`).
pub(crate) fn run(api: &Api, command: &CaseCommand) -> Result<Option<CaseView>, String> {
    Ok(Some(match command {
        CaseCommand::New(a) => {
            let view = match &a.json {
                Some(path) => {
                    let text = read_text(path)?;
                    let req: NewCaseWithHousehold = serde_json::from_str(text.trim_start_matches('\u{feff}'))
                        .map_err(|e| format!("{}: {e}", path.display()))?;
                    api.case_create_with(&req).map_err(err)?
                }
                None => api
                    .case_create(&NewCaseRequest {
                        given_names: a.given_names.clone().unwrap_or_default(),
                        family_name: a.family_name.clone().unwrap_or_default(),
                        other_names: a.other_names.clone(),
                        disembarked_on: a.disembarked_on.clone(),
                    })
                    .map_err(err)?,
            };
            // The case number first, alone on its line, for scripts.
            crate::cases::print_out(&format!("{}\n", view.record.summary.case_number));
            view
        }
        CaseCommand::Person {
            command:
                PersonCommand::Add {
                    case,
                    given_names,
                    family_name,
                    other_names,
                    relationship,
                    date_of_birth,
                    dob_estimated,
                    sex,
                    nationality,
                },
        } => {
            let id = resolve(api, case)?;
            let person = NewPerson {
                given_names: given_names.clone(),
                family_name: family_name.clone(),
                other_names: other_names.clone(),
                date_of_birth: date_of_birth.clone(),
                dob_estimated: *dob_estimated,
                sex: sex.clone(),
                nationality: nationality.clone(),
                relationship: relationship.clone(),
            };
            api.case_add_person(id, &person).map_err(err)?
        }
        CaseCommand::Note { case, file } => {
            let id = resolve(api, case)?;
            api.case_add_note(id, &read_text(file)?).map_err(err)?
        }
        CaseCommand::Consent(c) => {
            let id = resolve(api, &c.case)?;
            let decision = match c.decision.as_str() {
                "given" => ConsentDecision::Given,
                "withdrawn" => ConsentDecision::Withdrawn,
                other => {
                    return Err(avr_core::i18n::tr(
                        crate::lang(),
                        "cli-decision-option",
                        &[("value", other.into())],
                    ));
                }
            };
            let person_id = match c.person {
                None => None,
                Some(pos) => Some(
                    api.case_view(id)
                        .map_err(err)?
                        .record
                        .persons
                        .iter()
                        .find(|p| p.position == pos)
                        .map(|p| p.id)
                        .ok_or_else(|| {
                            avr_core::i18n::tr(
                                crate::lang(),
                                "cli-no-member",
                                &[("position", pos.to_string().into())],
                            )
                        })?,
                ),
            };
            let consent = NewConsent {
                person_id,
                purpose: c.purpose.clone(),
                recipient: c.recipient.clone(),
                decision,
                decided_at: now_ms(),
                interpreter: c.interpreter.clone(),
                language: c.language.clone(),
            };
            api.case_record_consent(id, &consent).map_err(err)?
        }
        CaseCommand::Override {
            case,
            safeguard,
            supervisor,
            reason,
        } => {
            let id = resolve(api, case)?;
            api.case_override(id, safeguard, supervisor, reason)
                .map_err(err)?
        }
        CaseCommand::Correct {
            case,
            field,
            value,
            reason,
            supervisor,
        } => {
            let id = resolve(api, case)?;
            api.case_correct_text(id, field, value, reason, supervisor.as_deref())
                .map_err(err)?
        }
        CaseCommand::Close { case } => api.case_close(resolve(api, case)?).map_err(err)?,
        CaseCommand::Reopen { case } => api.case_reopen(resolve(api, case)?).map_err(err)?,
        CaseCommand::Show { case, json } => {
            let view = api.case_view(resolve(api, case)?).map_err(err)?;
            if *json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&view).map_err(|e| e.to_string())?
                );
                return Ok(None);
            }
            view
        }
        CaseCommand::Answer {
            case,
            field,
            value,
            person,
        } => {
            let key = match person {
                Some(p) => format!("{}{p}:{field}", avr_core::casework::MEMBER_PREFIX),
                None => field.clone(),
            };
            api.case_answer_text(resolve(api, case)?, &key, value)
                .map_err(err)?
        }
    }))
}
