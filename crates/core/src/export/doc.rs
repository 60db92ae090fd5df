//! The format-neutral checklist: header, sections and rows, built from a case view.

use std::collections::BTreeMap;

use crate::cases::{Answer, ConsentDecision, IsoDate};
use crate::casework::{self, CaseView};
use crate::workflow::{ChecklistStatus, FieldKind, FieldState, SafeguardStatus, StepStatus, Workflow};

use super::{DateStyle, ExportOptions};
use crate::i18n::{Lang, Value, t, tr};

/// What a redacted value is printed as.
pub const REDACTED: &str = "[redacted]";

/// The personal data a redacted export leaves out (also documented in `SCHEMA.md`).
///
/// Every answer is left out, not only free text: the workflow does not mark which questions are sensitive, and a
/// yes or no to a screening question (a fear of return, trafficking, violence, a medical need) is itself personal
/// data of the most sensitive kind. What stays is where the case stands: the case number, each step's status, the
/// checklist, which safeguards hold or were overridden and by whom, the consent ledger's purposes, recipients and
/// decisions, each household member's relationship, sex and nationality, and the staff names and times.
pub const REDACTED_DATA: &[&str] = &[
    "person names: given names, family name, other names (the case number stays)",
    "dates of birth",
    "every answer: free text, document numbers and references, and yes/no, choice, date and number answers \
     (the question stays, marked as answered)",
    "notes",
    "the reasons given for overriding a safeguard (who overrode it, and when, stays)",
    "interpreter names in the consent ledger",
    "answers covered by a consent purpose whose latest decision is `withdrawn` (the workflow's `[[consents]]`)",
];

/// The status of one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowStatus {
    Done,
    Pending,
    Blocked,
    NotApplicable,
    /// An optional step with nothing recorded (nobody withdrew, say): neither done nor waiting.
    Optional,
    /// A row that records something (an answer, a person, a consent) rather than a task.
    Info,
}

impl RowStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RowStatus::Done => "done",
            RowStatus::Pending => "pending",
            RowStatus::Blocked => "blocked",
            RowStatus::NotApplicable => "not applicable",
            RowStatus::Optional => "not recorded",
            RowStatus::Info => "",
        }
    }

    /// The status as a reader of `lang` reads it (CSV keeps [`RowStatus::as_str`]: its columns are a schema).
    pub fn label(self, lang: Lang) -> String {
        match self {
            RowStatus::Done => t(lang, "export-status-done"),
            RowStatus::Pending => t(lang, "export-status-pending"),
            RowStatus::Blocked => t(lang, "export-status-blocked"),
            RowStatus::NotApplicable => t(lang, "export-status-not-applicable"),
            RowStatus::Optional => t(lang, "export-status-not-recorded"),
            RowStatus::Info => String::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocHeader {
    pub title: String,
    pub case_number: String,
    pub case_status: String,
    pub workflow_title: String,
    pub workflow_id: String,
    pub workflow_version: u32,
    pub handbook_version: String,
    /// The audit head hash, printed so a reader can check the export against the audit log.
    pub verification: String,
    /// When the export was made: in words in the export's language, or `YYYY-MM-DD HH:MM UTC` (see
    /// [`DateStyle`]).
    pub generated_at: String,
    pub redacted: bool,
    /// The language of the export's words (headings, labels, the workflow's texts).
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocSection {
    pub title: String,
    pub rows: Vec<DocRow>,
}

/// One line of the checklist. `kind` is `person`, `step`, `answer`, `item`, `safeguard`, `consent` or `note`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocRow {
    pub kind: &'static str,
    pub id: String,
    pub label: String,
    pub status: RowStatus,
    pub value: String,
    pub recorded_by: String,
    /// When it was recorded, written as [`DocHeader::generated_at`] is; or empty.
    pub recorded_at: String,
}

/// A case checklist, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistDoc {
    pub header: DocHeader,
    pub sections: Vec<DocSection>,
    /// Who signs at the bottom.
    pub signatures: Vec<String>,
}

/// Unix milliseconds as `YYYY-MM-DD HH:MM UTC`.
pub fn format_utc(ms: i64) -> String {
    let rem = ms.div_euclid(1000).rem_euclid(86_400);
    format!(
        "{} {:02}:{:02} UTC",
        crate::cases::IsoDate::from_unix_ms(ms),
        rem / 3600,
        rem % 3600 / 60
    )
}

/// How one export writes its dates: in words in its language, or ISO 8601.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Dates {
    pub(crate) lang: Lang,
    pub(crate) style: DateStyle,
}

impl Dates {
    /// A moment (Unix milliseconds), to the minute, in UTC.
    pub(crate) fn moment(self, ms: i64) -> String {
        match self.style {
            DateStyle::Iso => format_utc(ms),
            DateStyle::Words => {
                let d = IsoDate::from_unix_ms(ms);
                let rem = ms.div_euclid(1000).rem_euclid(86_400);
                crate::i18n::dates::date_time_utc(
                    self.lang,
                    (d.year(), d.month(), d.day()),
                    (rem / 3600) as u32,
                    (rem % 3600 / 60) as u32,
                )
            }
        }
    }

    /// A calendar date as stored (`YYYY-MM-DD`); anything else (a redaction mark) is written as it is.
    pub(crate) fn day(self, iso: &str) -> String {
        match (self.style, IsoDate::parse(iso)) {
            (DateStyle::Words, Some(d)) => crate::i18n::dates::date(self.lang, d.year(), d.month(), d.day()),
            _ => iso.to_owned(),
        }
    }
}

/// An answer as a reader sees it: choice values by their labels, yes/no as words of `lang`.
pub(crate) fn display_value(value: &serde_json::Value, field: Option<&FieldState>, lang: Lang) -> String {
    let label = |v: &str| {
        field
            .and_then(|f| f.options.iter().find(|o| o.value == v))
            .map_or_else(|| v.to_owned(), |o| o.label.clone())
    };
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::Bool(true) => t(lang, "export-yes"),
        serde_json::Value::Bool(false) => t(lang, "export-no"),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => label(s),
        serde_json::Value::Array(items) => items
            .iter()
            .map(|i| match i {
                serde_json::Value::String(s) => label(s),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", "),
        serde_json::Value::Object(_) => value.to_string(),
    }
}

/// Purposes whose latest consent decision is a withdrawal.
fn withdrawn_purposes(view: &CaseView) -> Vec<String> {
    let mut latest: BTreeMap<&str, (i64, i64, ConsentDecision)> = BTreeMap::new();
    for c in &view.record.consents {
        let key = (c.decided_at, c.id, c.decision);
        let entry = latest.entry(c.purpose.as_str()).or_insert(key);
        if (key.0, key.1) > (entry.0, entry.1) {
            *entry = key;
        }
    }
    latest
        .into_iter()
        .filter(|(_, (_, _, d))| *d == ConsentDecision::Withdrawn)
        .map(|(p, _)| p.to_owned())
        .collect()
}

fn row(kind: &'static str, id: &str, label: &str, status: RowStatus) -> DocRow {
    DocRow {
        kind,
        id: id.to_owned(),
        label: label.to_owned(),
        status,
        value: String::new(),
        recorded_by: String::new(),
        recorded_at: String::new(),
    }
}

fn with_who_when(mut r: DocRow, answer: Option<&Answer>, dates: Dates) -> DocRow {
    if let Some(a) = answer {
        r.recorded_by.clone_from(&a.saved_by);
        r.recorded_at = dates.moment(a.saved_at);
    }
    r
}

/// Build the checklist of a case. `generated_at` is Unix milliseconds; `verification` the audit head hash.
pub fn build_checklist(
    view: &CaseView,
    wf: &Workflow,
    options: ExportOptions,
    generated_at: i64,
    verification: &str,
) -> ChecklistDoc {
    let lang = options.lang;
    let dates = Dates {
        lang,
        style: options.dates,
    };
    let record = &view.record;
    // The workflow's texts in the export's language (English where a translation is missing).
    let mut localized_eval = view.evaluation.clone();
    crate::i18n::workflow::localize_evaluation(&mut localized_eval, wf, lang);
    let eval = &localized_eval;
    let wf_local = crate::i18n::workflow::localized(wf, lang);
    let redact = options.redact;
    let answers: BTreeMap<&str, &Answer> = record.answers.iter().map(|a| (a.field_id.as_str(), a)).collect();
    let withdrawn = if redact {
        withdrawn_purposes(view)
    } else {
        Vec::new()
    };
    let coverage = casework::consent_coverage(wf);
    let consent_covered = |field: &str| {
        coverage.iter().any(|(purpose, fields)| {
            withdrawn.iter().any(|w| w == purpose) && fields.iter().any(|f| f == field)
        })
    };
    let not_in_force = casework::blocked_answers(eval);

    let header = DocHeader {
        title: tr(
            lang,
            "export-doc-title",
            &[("number", record.summary.case_number.as_str().into())],
        ),
        case_number: record.summary.case_number.clone(),
        case_status: t(lang, &format!("export-case-{}", record.summary.status.as_str())),
        workflow_title: wf_local.title.clone(),
        workflow_id: record.summary.workflow_id.clone(),
        workflow_version: record.summary.workflow_version,
        handbook_version: record.summary.handbook_version.clone(),
        verification: verification.to_owned(),
        generated_at: dates.moment(generated_at),
        redacted: redact,
        lang,
    };

    let mut sections = Vec::new();

    // Household.
    let persons = record
        .persons
        .iter()
        .map(|p| {
            let name = if redact {
                REDACTED.to_owned()
            } else {
                let mut n = format!("{} {}", p.given_names, p.family_name).trim().to_owned();
                if !p.other_names.is_empty() {
                    n = format!("{n} ({})", p.other_names);
                }
                n
            };
            let mut r = row("person", &p.position.to_string(), &name, RowStatus::Info);
            // A known relationship in words of the export's language; one typed by hand as it was typed.
            let mut parts = vec![tr(
                lang,
                "export-relationship",
                &[("code", p.relationship.as_str().into())],
            )];
            if let Some(dob) = &p.date_of_birth {
                let dob = if redact {
                    REDACTED.to_owned()
                } else {
                    dates.day(dob)
                };
                let key = if p.dob_estimated {
                    "export-born-estimated"
                } else {
                    "export-born"
                };
                parts.push(tr(lang, key, &[("date", dob.into())]));
            }
            parts.extend(p.sex.iter().cloned());
            parts.extend(p.nationality.iter().cloned());
            r.value = parts.join("; ");
            r
        })
        .collect();
    sections.push(DocSection {
        title: t(lang, "export-household"),
        rows: persons,
    });

    // Steps, stage by stage, with their answers.
    for stage in &eval.stages {
        let mut rows = Vec::new();
        for step in eval.steps.iter().filter(|s| s.stage == stage.id) {
            let last = step
                .fields
                .iter()
                .filter_map(|f| answers.get(f.id.as_str()).copied())
                .max_by_key(|a| a.saved_at);
            let status = match step.status {
                StepStatus::Complete if step.optional && last.is_none() => RowStatus::Optional,
                StepStatus::Complete => RowStatus::Done,
                StepStatus::Incomplete => RowStatus::Pending,
                StepStatus::Blocked => RowStatus::Blocked,
            };
            let mut r = with_who_when(row("step", &step.id, &step.title, status), last, dates);
            if !step.blocked_by.is_empty() {
                let titles: Vec<&str> = step
                    .blocked_by
                    .iter()
                    .map(|g| casework::safeguard_title(&wf_local, g))
                    .collect();
                let titles = Value::from(titles.join("; "));
                r.value = tr(lang, "export-blocked-by", &[("titles", titles)]);
            }
            rows.push(r);
            for field in &step.fields {
                let Some(answer) = answers.get(field.id.as_str()).copied() else {
                    continue;
                };
                let value = if consent_covered(&field.id) {
                    tr(lang, "export-consent-withdrawn", &[("redacted", REDACTED.into())])
                } else if redact {
                    REDACTED.to_owned()
                } else {
                    let shown = display_value(&answer.value, Some(field), lang);
                    if field.kind == FieldKind::Date {
                        dates.day(&shown)
                    } else {
                        shown
                    }
                };
                // An answer on a blocked or hidden step is kept, but it is not a fact of the case now.
                let value = match not_in_force.iter().find(|(f, _)| *f == field.id) {
                    Some((_, why)) => {
                        let args = [("why", Value::from(why.to_string())), ("value", value.into())];
                        tr(lang, "export-not-in-force", &args)
                    }
                    None => value,
                };
                let mut r = with_who_when(
                    row("answer", &field.id, &field.label, RowStatus::Info),
                    Some(answer),
                    dates,
                );
                r.value = value;
                rows.push(r);
            }
        }
        if !rows.is_empty() {
            sections.push(DocSection {
                title: stage.title.clone(),
                rows,
            });
        }
    }
    if !eval.hidden_steps.is_empty() {
        sections.push(DocSection {
            title: t(lang, "export-not-applicable"),
            rows: eval
                .hidden_steps
                .iter()
                .map(|id| {
                    let title = wf_local.step(id).map_or(id.as_str(), |s| s.title.as_str());
                    row("step", id, title, RowStatus::NotApplicable)
                })
                .collect(),
        });
    }

    // The checklist.
    let items = eval
        .checklist
        .iter()
        .map(|c| {
            let status = if eval.hidden_steps.contains(&c.step) {
                RowStatus::NotApplicable
            } else {
                match c.status {
                    ChecklistStatus::Done => RowStatus::Done,
                    ChecklistStatus::Pending => RowStatus::Pending,
                    ChecklistStatus::Blocked => RowStatus::Blocked,
                }
            };
            let mut r = row("item", &c.id, &c.text, status);
            let step = wf_local
                .step(&c.step)
                .map_or(c.step.as_str(), |s| s.title.as_str());
            r.value = tr(lang, "export-item-step", &[("step", step.into())]);
            r
        })
        .collect();
    sections.push(DocSection {
        title: t(lang, "export-checklist"),
        rows: items,
    });

    // Safeguards and overrides.
    let guards = eval
        .safeguards
        .iter()
        .map(|g| {
            let (status, value) = match (&g.status, &g.override_record) {
                (SafeguardStatus::Overridden, Some(o)) => {
                    let reason = if redact { REDACTED } else { o.reason.as_str() };
                    let args = [
                        ("name", Value::from(o.supervisor.as_str())),
                        ("reason", reason.into()),
                    ];
                    (RowStatus::Done, tr(lang, "export-overridden", &args))
                }
                _ => (
                    RowStatus::Blocked,
                    tr(lang, "export-to-lift", &[("lift", g.lift.as_str().into())]),
                ),
            };
            let value = match &g.latch {
                Some(l) => {
                    let args = [
                        ("date", Value::from(dates.day(&l.triggered_on.to_string()))),
                        ("name", l.triggered_by.as_str().into()),
                        ("rest", value.into()),
                    ];
                    tr(lang, "export-triggered", &args)
                }
                None => value,
            };
            let answer = answers.get(format!("override:{}", g.id).as_str()).copied();
            let mut r = with_who_when(row("safeguard", &g.id, &g.message, status), answer, dates);
            r.value = value;
            r
        })
        .collect();
    sections.push(DocSection {
        title: t(lang, "export-safeguards"),
        rows: guards,
    });

    // The consent ledger, oldest first.
    let mut consents: Vec<_> = record.consents.iter().collect();
    consents.sort_by_key(|c| (c.decided_at, c.id));
    let current: Vec<i64> = consents
        .iter()
        .filter(|c| {
            !consents.iter().any(|later| {
                later.person_id == c.person_id
                    && later.purpose == c.purpose
                    && later.recipient == c.recipient
                    && (later.decided_at, later.id) > (c.decided_at, c.id)
            })
        })
        .map(|c| c.id)
        .collect();
    let consents = consents
        .into_iter()
        .map(|c| {
            let mut r = row(
                "consent",
                &c.purpose,
                &format!("{} → {}", c.purpose, c.recipient),
                RowStatus::Info,
            );
            let args = [
                (
                    "decision",
                    Value::from(t(lang, &format!("export-decision-{}", c.decision.as_str()))),
                ),
                ("date", dates.moment(c.decided_at).into()),
                ("language", c.language.as_str().into()),
            ];
            let mut value = tr(lang, "export-consent-value", &args);
            if let Some(i) = &c.interpreter {
                let name = if redact { REDACTED } else { i.as_str() };
                value.push_str(&tr(lang, "export-consent-interpreter", &[("name", name.into())]));
            }
            value.push(' ');
            value.push_str(&t(
                lang,
                if current.contains(&c.id) {
                    "export-consent-current"
                } else {
                    "export-consent-superseded"
                },
            ));
            r.value = value;
            r.recorded_by.clone_from(&c.recorded_by);
            r.recorded_at = dates.moment(c.recorded_at);
            r
        })
        .collect();
    sections.push(DocSection {
        title: t(lang, "export-consent"),
        rows: consents,
    });

    if !redact && !record.notes.is_empty() {
        sections.push(DocSection {
            title: t(lang, "export-notes"),
            rows: record
                .notes
                .iter()
                .map(|n| {
                    let note = t(lang, "export-note");
                    let mut r = row("note", &n.id.to_string(), &note, RowStatus::Info);
                    r.value.clone_from(&n.body);
                    r.recorded_by.clone_from(&n.author);
                    r.recorded_at = dates.moment(n.created_at);
                    r
                })
                .collect(),
        });
    }

    ChecklistDoc {
        header,
        sections,
        signatures: [
            "export-sign-staff",
            "export-sign-migrant",
            "export-sign-interpreter",
        ]
        .map(|k| t(lang, k))
        .to_vec(),
    }
}
