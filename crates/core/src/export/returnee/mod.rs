//! The returnee's sheet: a printable page for the person, in their language, saying what assisted voluntary
//! return is, what happens next in their case, that they may withdraw at any time before boarding, and whom to
//! contact; and, when asked for, the voluntary declaration with signature lines (a guardian's for each child).
//!
//! # What it is built from
//! - The words: `i18n/<lang>/returnee.ftl`, written for the person (plain, short sentences), never the workflow's
//!   officer-facing texts. A sheet can be printed only in a language that has those words (en, fr, es, ar);
//!   another language is refused by the api with the list of those that exist.
//! - The case: the names and case number, the case's current stage (the stages from it to the end are "what
//!   happens next"; a closed case has none left), and who is a child. A stage this catalog does not explain in
//!   plain words is named by its workflow title in that language.
//! - A child is a person the workflow's own `is_child` flag marks (it treats a disputed age as a child until a
//!   competent authority decides, children#age-assessment), or, in a workflow without that flag, a person whose
//!   recorded date of birth is less than 18 years before the sheet's date. Each child gets the guardian's line
//!   instead of their own signature (children#best-interests).
//! - The contact: the office and the staff member recorded in this installation's staff profile, and a line to
//!   write a phone number by hand (phone numbers are not in the store).
//!
//! # Two languages: columns, not facing pages
//! When the officer's language differs from the returnee's, every paragraph is printed twice, side by side: the
//! returnee's language in the first column in reading order (on the right of an Arabic page, which is laid out
//! right to left as a whole), the officer's in the second. Columns were chosen over facing pages because the
//! officer and the person read the same sheet together, often through an interpreter: with each paragraph level
//! with its translation, the officer can point at the sentence being read, and a single printed sheet (the
//! quay seldom has a duplex printer) keeps both languages. The sentences are short, so a half-width column of
//! about 240 points holds 40 to 50 characters a line and no paragraph grows more than about twice as tall; a
//! word longer than a column (a long e-mail address typed as an office name) is broken inside the word rather
//! than let run into the other column. Each pair of paragraphs starts at the same height, and a pair is never
//! split across pages.
//!
//! Markdown has no columns: each paragraph is followed by its translation as a quotation. HTML uses a two-column
//! grid in the returnee's direction, so a browser puts the returnee's column first in reading order too.
//!
//! Everything here is pure: the date, the staff profile and the case come in as arguments.

pub(crate) mod pdf;
mod text;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::cases::{CaseStatus, Person, StaffProfile};
use crate::casework::CaseView;
use crate::i18n::{self, Lang, t, tr};
use crate::workflow::{Evaluation, Value, Workflow};

pub use text::{html, markdown};

/// The file formats of a returnee's sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SheetFormat {
    Pdf,
    Html,
    Markdown,
}

impl SheetFormat {
    /// The usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            SheetFormat::Pdf => "pdf",
            SheetFormat::Html => "html",
            SheetFormat::Markdown => "md",
        }
    }
}

/// What the UI or the command line asks for: the information sheet (and the declaration) for one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReturneeSheetRequest {
    #[ts(type = "number")]
    pub case_id: i64,
    /// The language the person reads, as a tag (`ar`, `fr-TN`…). Refused, with the list of languages the sheet
    /// exists in, when there is no edition in it.
    pub returnee_lang: String,
    /// The officer's language, printed beside the returnee's when it differs; the interface's when absent.
    #[serde(default)]
    #[ts(optional)]
    pub officer_lang: Option<Lang>,
    pub format: SheetFormat,
    /// Add the voluntary declaration with its signature lines.
    #[serde(default)]
    pub include_declaration: bool,
    /// Paper size, for PDF.
    #[serde(default)]
    pub page_size: super::pdf::PageSize,
}

/// How a paragraph of the sheet is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Title,
    /// The case number, names, date: small print under the title.
    Meta,
    Heading,
    Body,
    /// A sentence to read twice (the declaration's warning).
    Strong,
    /// A label with a line under it to write on by hand.
    Write,
    /// The next paragraph starts a new page (the declaration: a paper that stands alone once signed).
    Break,
}

/// One paragraph, in each of the sheet's languages (same order as [`Sheet::langs`]).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Block {
    pub(crate) style: Style,
    pub(crate) texts: Vec<String>,
}

/// A sheet, built and ready for a format.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// The returnee's language, then the officer's when it differs.
    pub(crate) langs: Vec<Lang>,
    pub(crate) case_number: String,
    pub(crate) blocks: Vec<Block>,
}

impl Sheet {
    /// The returnee's language: the page's direction and the column read first.
    pub(crate) fn lead(&self) -> Lang {
        self.langs.first().copied().unwrap_or_default()
    }

    /// The title in the returnee's language, for headers and the HTML title.
    pub(crate) fn title(&self) -> String {
        t(self.lead(), "returnee-title")
    }

    /// How many languages are printed side by side: 1 or 2.
    pub fn columns(&self) -> usize {
        self.langs.len()
    }
}

/// The case, as the sheet needs it.
pub struct SheetInput<'a> {
    pub view: &'a CaseView,
    /// The case's workflow (the file's, not localized): stage order and titles.
    pub workflow: &'a Workflow,
    pub staff: Option<&'a StaffProfile>,
    pub returnee: Lang,
    pub officer: Lang,
    pub include_declaration: bool,
    /// The sheet's date, `YYYY-MM-DD`.
    pub today: &'a str,
}

/// The languages a sheet can be printed in, for the refusal of any other.
pub fn available_langs() -> Vec<Lang> {
    Lang::ALL.to_vec()
}

/// The returnee's language from a tag, or `None` when the sheet has no edition in it.
pub fn parse_lang(tag: &str) -> Option<Lang> {
    Lang::parse(tag).filter(|l| available_langs().contains(l))
}

/// A line to write on, in Markdown and HTML (the PDF draws its own to the column's width).
const WRITE_LINE: &str = "________________________";
/// A date to write by hand.
const DATE_MASK: &str = "____-__-__";

/// A person on the sheet: the names to read, and whether a guardian signs for them.
struct Who {
    name: String,
    child: bool,
}

/// Build the sheet for one case.
pub fn build(input: &SheetInput<'_>) -> Sheet {
    let langs = if input.returnee == input.officer {
        vec![input.returnee]
    } else {
        vec![input.returnee, input.officer]
    };
    let people = people(input.view, input.workflow, input.today);
    let names = people
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let number = input.view.record.summary.case_number.clone();

    let mut blocks = Vec::new();
    let mut push = |style: Style, text: &dyn Fn(Lang) -> String| {
        blocks.push(Block {
            style,
            texts: langs.iter().map(|&l| text(l)).collect(),
        });
    };
    push(Style::Title, &|l| t(l, "returnee-title"));
    push(Style::Meta, &|l| {
        tr(l, "returnee-for", &[("names", names.as_str().into())])
    });
    push(Style::Meta, &|l| {
        tr(l, "returnee-case", &[("number", number.as_str().into())])
    });
    push(Style::Meta, &|l| {
        tr(
            l,
            "returnee-date",
            &[(
                "date",
                crate::export::Dates {
                    lang: l,
                    style: crate::export::DateStyle::Words,
                }
                .day(input.today)
                .into(),
            )],
        )
    });

    push(Style::Heading, &|l| t(l, "returnee-what-title"));
    for key in [
        "returnee-what-1",
        "returnee-what-2",
        "returnee-what-3",
        "returnee-what-4",
        "returnee-what-5",
    ] {
        push(Style::Body, &|l| t(l, key));
    }

    push(Style::Heading, &|l| t(l, "returnee-next-title"));
    let ahead = stages_ahead(input.view, input.workflow);
    if ahead.is_empty() {
        push(Style::Body, &|l| t(l, "returnee-next-none"));
    }
    for stage in &ahead {
        push(Style::Body, &|l| stage_text(input.workflow, stage, l));
    }

    push(Style::Heading, &|l| t(l, "returnee-withdraw-title"));
    for key in [
        "returnee-withdraw-1",
        "returnee-withdraw-2",
        "returnee-withdraw-3",
    ] {
        push(Style::Body, &|l| t(l, key));
    }

    push(Style::Heading, &|l| t(l, "returnee-contact-title"));
    let office = input.staff.map(|s| s.office.trim()).filter(|s| !s.is_empty());
    let officer = input.staff.map(|s| s.name.trim()).filter(|s| !s.is_empty());
    push(Style::Body, &|l| {
        tr(
            l,
            "returnee-contact-office",
            &[("office", office.unwrap_or(WRITE_LINE).into())],
        )
    });
    push(Style::Body, &|l| {
        tr(
            l,
            "returnee-contact-officer",
            &[("name", officer.unwrap_or(WRITE_LINE).into())],
        )
    });
    push(Style::Write, &|l| t(l, "returnee-contact-phone"));
    push(Style::Body, &|l| t(l, "returnee-contact-unhcr"));

    if input.include_declaration {
        push(Style::Break, &|_| String::new());
        push(Style::Title, &|l| t(l, "returnee-decl-title"));
        push(Style::Meta, &|l| {
            tr(l, "returnee-for", &[("names", names.as_str().into())])
        });
        push(Style::Meta, &|l| {
            tr(l, "returnee-case", &[("number", number.as_str().into())])
        });
        push(Style::Body, &|l| t(l, "returnee-decl-statement"));
        push(Style::Strong, &|l| t(l, "returnee-decl-warning"));
        push(Style::Write, &|l| t(l, "returnee-decl-language"));
        push(Style::Write, &|l| t(l, "returnee-decl-interpreter"));
        // The colon is the catalog's: French sets a space before it.
        let date = |l: Lang| tr(l, "returnee-sign-date", &[("mask", DATE_MASK.into())]);
        for p in &people {
            if p.child {
                push(Style::Body, &|l| {
                    tr(l, "returnee-sign-guardian", &[("name", p.name.as_str().into())])
                });
                push(Style::Write, &|l| t(l, "returnee-sign-guardian-name"));
            } else {
                push(Style::Write, &|l| {
                    tr(l, "returnee-sign-person", &[("name", p.name.as_str().into())])
                });
            }
            push(Style::Body, &date);
        }
        for key in ["returnee-sign-interpreter", "returnee-sign-staff"] {
            push(Style::Write, &|l| t(l, key));
            push(Style::Body, &date);
        }
    }
    Sheet {
        langs,
        case_number: number,
        blocks,
    }
}

/// The stages from the case's current one to the end, in workflow order; none for a closed case.
fn stages_ahead(view: &CaseView, wf: &Workflow) -> Vec<String> {
    let summary = &view.record.summary;
    if summary.status != CaseStatus::Open {
        return Vec::new();
    }
    let from = wf.stages.iter().position(|s| s.id == summary.stage).unwrap_or(0);
    wf.stages.iter().skip(from).map(|s| s.id.clone()).collect()
}

/// What a stage means for the person, in plain words; the workflow's title of it where the catalog has none.
fn stage_text(wf: &Workflow, stage: &str, lang: Lang) -> String {
    let key = format!("returnee-next-{stage}");
    let text = t(lang, &key);
    if text != key {
        return text;
    }
    let localized = i18n::workflow::localized(wf, lang);
    localized
        .stages
        .iter()
        .find(|s| s.id == stage)
        .map(|s| s.title.clone())
        .unwrap_or_else(|| stage.to_owned())
}

/// Everyone on the case, principal first, with whether each is a child.
fn people(view: &CaseView, wf: &Workflow, today: &str) -> Vec<Who> {
    let has_flag = wf.flags.iter().any(|f| f.id == CHILD_FLAG);
    let mut persons: Vec<&Person> = view.record.persons.iter().collect();
    persons.sort_by_key(|p| p.position);
    persons
        .into_iter()
        .map(|p| {
            let evaluation = if p.position == 0 {
                Some(&view.evaluation)
            } else {
                view.members
                    .iter()
                    .find(|m| m.position == p.position)
                    .map(|m| &m.evaluation)
            };
            let child = if has_flag {
                evaluation.is_some_and(flagged_child) || under_18(p.date_of_birth.as_deref(), today)
            } else {
                under_18(p.date_of_birth.as_deref(), today)
            };
            Who {
                name: display_name(p),
                child,
            }
        })
        .collect()
}

/// The workflow flag that marks a child (avr-case v1 to v3): `age_group == "child"`, or disputed and not yet
/// assessed as an adult.
const CHILD_FLAG: &str = "is_child";

fn flagged_child(e: &Evaluation) -> bool {
    e.flags
        .iter()
        .any(|f| f.id == CHILD_FLAG && f.value == Some(Value::Bool(true)))
}

/// Whether a `YYYY-MM-DD` birth date is less than 18 years before `today`; false when either is unreadable.
fn under_18(born: Option<&str>, today: &str) -> bool {
    let parse = |s: &str| -> Option<(i32, u32, u32)> {
        let mut it = s.trim().splitn(3, '-');
        Some((
            it.next()?.parse().ok()?,
            it.next()?.parse().ok()?,
            it.next()?.parse().ok()?,
        ))
    };
    let (Some((by, bm, bd)), Some((ty, tm, td))) = (born.and_then(parse), parse(today)) else {
        return false;
    };
    let had_birthday = (tm, td) >= (bm, bd);
    let age = ty - by - i32::from(!had_birthday);
    age < 18
}

/// The names as entered, with other names (often the same name in the person's own script) after a slash.
fn display_name(p: &Person) -> String {
    let name = format!("{} {}", p.given_names.trim(), p.family_name.trim())
        .trim()
        .to_owned();
    match p.other_names.trim() {
        "" => name,
        other if name.is_empty() => other.to_owned(),
        other => format!("{name} / {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::under_18;

    #[test]
    fn age_counts_whole_years_from_the_birthday() {
        assert!(
            under_18(Some("2009-12-04"), "2027-12-03"),
            "17 the day before the 18th birthday"
        );
        assert!(
            !under_18(Some("2009-12-03"), "2027-12-03"),
            "18 on the birthday itself"
        );
        assert!(
            !under_18(None, "2027-12-03"),
            "no birth date: the workflow's flag decides"
        );
        assert!(
            !under_18(Some("unknown"), "2027-12-03"),
            "an unreadable date is not a child by itself"
        );
    }
}
