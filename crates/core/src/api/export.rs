//! Exports as the app and the command line ask for them: a case checklist (CSV, Markdown, HTML, PDF) or its
//! statistics as JSON (no personal data; a case moves as a handover package), the returnee's information sheet
//! and declaration, a blank paper checklist of a workflow,
//! and importing a JSON export. The caller chooses
//! the destination; the core builds the file, writes it atomically and records the export in the audit log.

use std::path::Path;
use std::time::Instant;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Api, now_ms};
use crate::cases::CaseFilter;
use crate::casework::{self, CaseView};
use crate::export::returnee::{self, ReturneeSheetRequest, SheetFormat};
use crate::export::{
    self, BlankFormat, BlankRequest, DateStyle, ExportDone, ExportFormat, ExportOptions, ExportRequest,
    Undrawable, csv, html, json, markdown, pdf, statistics,
};
use crate::i18n::{Lang, tr};
use crate::workflow::Workflow;
use crate::{Error, Result};

/// A workflow that blank checklists can be printed for.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WorkflowInfo {
    pub id: String,
    pub version: u32,
    pub title: String,
    /// Stage ids and titles, in order: the case list shows titles.
    pub stages: Vec<Labelled>,
    /// Safeguard ids and titles: the case list filters on active stops (`safeguard:<id>` flags).
    pub safeguards: Vec<Labelled>,
    /// Printable forms, by id and title.
    pub forms: Vec<Labelled>,
}

/// An id with the words people read for it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Labelled {
    pub id: String,
    pub title: String,
}

/// Cases read per page by list exports.
const PAGE: u32 = 500;

/// The cases of a dashboard list, exported together.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct CaseListExport {
    /// The dashboard's filter; every page of it is exported (its limit and offset are ignored).
    pub filter: CaseFilter,
    #[serde(default)]
    pub redact: bool,
}

fn done(path: &Path, bytes: usize, started: Instant) -> ExportDone {
    ExportDone {
        path: path.display().to_string(),
        folder: path.parent().map(|p| p.display().to_string()).unwrap_or_default(),
        bytes: bytes as u64,
        millis: started.elapsed().as_secs_f64() * 1000.0,
        undrawable: Vec::new(),
    }
}

impl Api {
    /// The workflows, newest version of each first, for the blank-checklist menu.
    pub fn workflows(&self) -> Vec<WorkflowInfo> {
        let mut list: Vec<WorkflowInfo> = self
            .workflows
            .iter()
            .map(|w| self.localized(w))
            .map(|w| WorkflowInfo {
                id: w.id.clone(),
                version: w.version,
                title: w.title.clone(),
                stages: w
                    .stages
                    .iter()
                    .map(|s| Labelled {
                        id: s.id.clone(),
                        title: s.title.clone(),
                    })
                    .collect(),
                safeguards: w
                    .safeguards
                    .iter()
                    .map(|g| Labelled {
                        id: g.id.clone(),
                        title: g.title.clone(),
                    })
                    .collect(),
                forms: w
                    .forms
                    .iter()
                    .map(|f| Labelled {
                        id: f.id.clone(),
                        title: f.title.clone(),
                    })
                    .collect(),
            })
            .collect();
        list.sort_by(|a, b| a.id.cmp(&b.id).then(b.version.cmp(&a.version)));
        list
    }

    /// The file name an export is offered under: the case number, never a person's name.
    pub fn export_file_name(&self, req: &ExportRequest) -> Result<String> {
        let number = self.with_store(|s| Ok(s.case_summary(req.case_id)?.case_number))?;
        let kind = match (req.format, req.redact) {
            (ExportFormat::Json, _) => "statistics",
            (_, true) => "checklist-redacted",
            (_, false) => "checklist",
        };
        Ok(format!("{number}-{kind}.{}", req.format.extension()))
    }

    /// Build an export in memory, without recording it: anything given to a person goes through
    /// [`Api::export_case`], which audits it. `generated_at` is Unix milliseconds.
    pub fn render_case_export(&self, req: &ExportRequest, generated_at: i64) -> Result<Vec<u8>> {
        self.render_case_reporting(req, generated_at)
            .map(|(bytes, _)| bytes)
    }

    /// [`Api::render_case_export`], and the characters a PDF had to print as their code.
    fn render_case_reporting(
        &self,
        req: &ExportRequest,
        generated_at: i64,
    ) -> Result<(Vec<u8>, Vec<Undrawable>)> {
        let view: CaseView = self.case_view(req.case_id)?;
        let wf = self.case_workflow(
            &view.record.summary.workflow_id,
            view.record.summary.workflow_version,
        )?;
        let checklist = |dates: DateStyle| -> Result<export::ChecklistDoc> {
            let head = self.with_store(|s| Ok(s.audit_head()?))?;
            let options = ExportOptions {
                redact: req.redact,
                lang: req.lang.unwrap_or_else(|| self.lang()),
                dates,
            };
            Ok(export::build_checklist(&view, wf, options, generated_at, &head))
        };
        let text = |s: String| (s.into_bytes(), Vec::new());
        Ok(match req.format {
            ExportFormat::Json => text(statistics::to_statistics_json(&view, generated_at)?),
            // A spreadsheet sorts and parses ISO dates; the other formats are read by people.
            ExportFormat::Csv => text(csv::render(&checklist(DateStyle::Iso)?)),
            ExportFormat::Markdown => text(markdown::render(&checklist(DateStyle::Words)?)),
            ExportFormat::Html => text(html::render(&checklist(DateStyle::Words)?)),
            ExportFormat::Pdf => pdf::render_reporting(&checklist(DateStyle::Words)?, req.page_size)?,
        })
    }

    /// Export a case to `path` (written atomically) and record the export in the audit log: the format and
    /// whether it was redacted, never the path.
    pub fn export_case(&self, req: &ExportRequest, path: &Path) -> Result<ExportDone> {
        let started = Instant::now();
        let (bytes, undrawable) = self.render_case_reporting(req, now_ms())?;
        export::write_atomically(path, &bytes)?;
        let what = match req.format {
            ExportFormat::Json => "exported as json statistics, no personal data".to_owned(),
            f => format!(
                "exported as {}{}",
                f.extension(),
                if req.redact { ", redacted" } else { "" }
            ),
        };
        self.with_store(|s| Ok(s.record_export(req.case_id, &what, now_ms())?))?;
        Ok(ExportDone {
            undrawable,
            ..done(path, bytes.len(), started)
        })
    }

    /// Every case that `filter` finds (all pages), in one CSV: an office's spreadsheet. The exports are recorded
    /// in the audit log in one transaction, one event per case.
    pub fn export_cases_csv(&self, req: &CaseListExport, path: &Path) -> Result<ExportDone> {
        let started = Instant::now();
        let generated_at = now_ms();
        let mut filter = req.filter.clone();
        filter.limit = PAGE;
        filter.offset = 0;
        let mut ids = Vec::new();
        loop {
            let page = self.cases_list(&filter)?;
            ids.extend(page.iter().map(|c| c.id));
            if page.len() < PAGE as usize {
                break;
            }
            filter.offset += PAGE;
        }
        let head = self.with_store(|s| Ok(s.audit_head()?))?;
        let options = ExportOptions {
            redact: req.redact,
            lang: self.lang(),
            dates: DateStyle::Iso,
        };
        let docs = ids
            .iter()
            .map(|&id| {
                let view = self.case_view(id)?;
                let s = &view.record.summary;
                let wf = self.case_workflow(&s.workflow_id, s.workflow_version)?;
                Ok(export::build_checklist(&view, wf, options, generated_at, &head))
            })
            .collect::<Result<Vec<_>>>()?;
        let bytes = csv::render_many(&docs).into_bytes();
        export::write_atomically(path, &bytes)?;
        let what = if req.redact {
            "csv list, redacted"
        } else {
            "csv list"
        };
        self.with_store(|s| Ok(s.record_exports(&ids, what, now_ms())?))?;
        Ok(done(path, bytes.len(), started))
    }

    fn blank_workflow(&self, req: &BlankRequest) -> Result<&Workflow> {
        let found = self
            .workflows
            .iter()
            .filter(|w| w.id == req.workflow_id && req.version.is_none_or(|v| v == w.version))
            .max_by_key(|w| w.version);
        found.ok_or_else(|| Error::NotFound {
            what: "workflow",
            id: match req.version {
                Some(v) => format!("{} v{v}", req.workflow_id),
                None => req.workflow_id.clone(),
            },
        })
    }

    pub fn blank_file_name(&self, req: &BlankRequest) -> Result<String> {
        let wf = self.blank_workflow(req)?;
        let ext = match req.format {
            BlankFormat::Pdf => "pdf",
            BlankFormat::Markdown => "md",
        };
        Ok(match &req.form {
            Some(form) => format!("{}-v{}-form-{form}.{ext}", wf.id, wf.version),
            None => format!("{}-v{}-blank-checklist.{ext}", wf.id, wf.version),
        })
    }

    /// A blank checklist of a workflow, for paper. Needs no case and works while the case records are locked.
    pub fn render_blank(&self, req: &BlankRequest) -> Result<Vec<u8>> {
        self.render_blank_reporting(req).map(|(bytes, _)| bytes)
    }

    /// [`Api::render_blank`], and the characters a PDF had to print as their code.
    fn render_blank_reporting(&self, req: &BlankRequest) -> Result<(Vec<u8>, Vec<Undrawable>)> {
        let lang = req.lang.unwrap_or_else(|| self.lang());
        let localized = crate::i18n::workflow::localized(self.blank_workflow(req)?, lang);
        let wf = &*localized;
        if let Some(id) = &req.form {
            let form = wf.forms.iter().find(|f| &f.id == id).ok_or_else(|| {
                let known: Vec<&str> = wf.forms.iter().map(|f| f.id.as_str()).collect();
                Error::Validation(format!(
                    "form `{id}`: workflow {} v{} has the forms {}",
                    wf.id,
                    wf.version,
                    known.join(", ")
                ))
            })?;
            return Ok(match req.format {
                BlankFormat::Pdf => pdf::form_reporting(wf, form, req.page_size, lang)?,
                BlankFormat::Markdown => (export::form_markdown_in(wf, form, lang).into_bytes(), Vec::new()),
            });
        }
        Ok(match req.format {
            BlankFormat::Pdf => pdf::blank_reporting(wf, req.page_size, lang)?,
            BlankFormat::Markdown => (export::blank_markdown_in(wf, lang).into_bytes(), Vec::new()),
        })
    }

    pub fn export_blank(&self, req: &BlankRequest, path: &Path) -> Result<ExportDone> {
        let started = Instant::now();
        let (bytes, undrawable) = self.render_blank_reporting(req)?;
        export::write_atomically(path, &bytes)?;
        Ok(ExportDone {
            undrawable,
            ..done(path, bytes.len(), started)
        })
    }

    /// The file name a returnee's sheet is offered under: the case number and the languages, never a name.
    pub fn returnee_sheet_file_name(&self, req: &ReturneeSheetRequest) -> Result<String> {
        let (returnee, officer) = self.sheet_langs(req)?;
        let number = self.with_store(|s| Ok(s.case_summary(req.case_id)?.case_number))?;
        let langs = if returnee == officer {
            returnee.code().to_owned()
        } else {
            format!("{returnee}-{officer}")
        };
        Ok(format!(
            "{number}-returnee-sheet-{langs}.{}",
            req.format.extension()
        ))
    }

    /// The returnee's language (refused, naming the field and the languages there are, when the sheet does
    /// not exist in it) and the officer's (the interface's when the request names none).
    fn sheet_langs(&self, req: &ReturneeSheetRequest) -> Result<(Lang, Lang)> {
        let returnee = returnee::parse_lang(&req.returnee_lang).ok_or_else(|| {
            let available: Vec<&str> = returnee::available_langs().iter().map(|l| l.code()).collect();
            Error::Validation(format!(
                "returnee_lang: {}",
                tr(
                    self.lang(),
                    "returnee-no-edition",
                    &[
                        ("lang", req.returnee_lang.trim().into()),
                        ("available", available.join(", ").into())
                    ]
                )
            ))
        })?;
        Ok((returnee, req.officer_lang.unwrap_or_else(|| self.lang())))
    }

    /// Build the returnee's sheet in memory, without recording it (see [`Api::export_returnee_sheet`]). `now`
    /// is Unix milliseconds; its date is printed on the sheet.
    pub fn render_returnee_sheet(&self, req: &ReturneeSheetRequest, now: i64) -> Result<Vec<u8>> {
        self.render_sheet_reporting(req, now).map(|(bytes, _)| bytes)
    }

    /// [`Api::render_returnee_sheet`], and the characters a PDF had to print as their code.
    fn render_sheet_reporting(
        &self,
        req: &ReturneeSheetRequest,
        now: i64,
    ) -> Result<(Vec<u8>, Vec<Undrawable>)> {
        let (returnee, officer) = self.sheet_langs(req)?;
        let view = self.case_view(req.case_id)?;
        let s = &view.record.summary;
        let wf = self.case_workflow(&s.workflow_id, s.workflow_version)?;
        let staff = self.with_store(|st| Ok(st.staff_profile()?))?;
        let today = crate::cases::IsoDate::from_unix_ms(now).to_string();
        let sheet = returnee::build(&returnee::SheetInput {
            view: &view,
            workflow: wf,
            staff: staff.as_ref(),
            returnee,
            officer,
            include_declaration: req.include_declaration,
            today: &today,
        });
        Ok(match req.format {
            SheetFormat::Pdf => returnee::pdf::render(&sheet, req.page_size)?,
            SheetFormat::Html => (returnee::html(&sheet).into_bytes(), Vec::new()),
            SheetFormat::Markdown => (returnee::markdown(&sheet).into_bytes(), Vec::new()),
        })
    }

    /// Write the returnee's sheet to `path` (atomically, like every export) and record in the audit log that
    /// it was printed, in which languages and whether with the declaration; never the path.
    pub fn export_returnee_sheet(&self, req: &ReturneeSheetRequest, path: &Path) -> Result<ExportDone> {
        let started = Instant::now();
        let (returnee, officer) = self.sheet_langs(req)?;
        let (bytes, undrawable) = self.render_sheet_reporting(req, now_ms())?;
        export::write_atomically(path, &bytes)?;
        let what = format!(
            "returnee sheet as {} in {returnee}{}{}",
            req.format.extension(),
            if returnee == officer {
                String::new()
            } else {
                format!(" and {officer}")
            },
            if req.include_declaration {
                ", with the declaration"
            } else {
                ""
            }
        );
        self.with_store(|s| Ok(s.record_export(req.case_id, &what, now_ms())?))?;
        Ok(ExportDone {
            undrawable,
            ..done(path, bytes.len(), started)
        })
    }

    /// Import a case from a JSON export made on another installation. The case keeps its number; one already
    /// in use here is refused, and nothing is written.
    pub fn import_case(&self, path: &Path) -> Result<CaseView> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let imported = self.checked_import(&text, &path.display().to_string())?;
        let id =
            self.with_store(|st| Ok(st.import_record(&imported.record, imported.exported_at, now_ms())?))?;
        // What the file's answers trigger is latched here too, and the list shows this office's reading of it.
        self.sync_list_columns(id)?;
        self.case_view(id)
    }

    /// Read a case export and check every field as creating the case here would (the JSON schema, then the
    /// case against its workflow); errors start with `origin` (the file, or the package it came in). Every way
    /// a case enters this installation goes through here.
    pub(super) fn checked_import(&self, text: &str, origin: &str) -> Result<json::ImportedCase> {
        // Some editors save JSON with a byte-order mark; it is not part of the document.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let imported = json::from_json(text).map_err(|e| match e {
            export::ExportError::Json(m) => Error::Validation(format!("{origin}: {m}")),
            export::ExportError::Schema { field, message } => {
                Error::Validation(format!("{origin}: field `{field}`: {message}"))
            }
            other => Error::Export(other),
        })?;
        let s = &imported.record.summary;
        let wf = self.case_workflow(&s.workflow_id, s.workflow_version)?;
        casework::check_imported(wf, &imported.record, super::cases::today(now_ms())?)
            .map_err(|e| Error::Validation(format!("{origin}: {}", e.0)))?;
        Ok(imported)
    }
}
