//! The case list: filters, sorting and pages, each read through an index in page order (see the plan test in
//! `ops.rs`), and name search through the FTS index of persons.

use rusqlite::params_from_iter;
use rusqlite::types::Value as SqlValue;

use super::model::{CaseFilter, CaseSort, CaseSummary};
use super::ops::{SUMMARY_COLUMNS, summary_from_row};
use super::store::CaseStore;
use super::{Result, validate};

const DEFAULT_PAGE: u32 = 50;
const MAX_PAGE: u32 = 500;

impl CaseStore {
    /// A page of the case list, filtered and sorted.
    pub fn list_cases(&self, filter: &CaseFilter) -> Result<Vec<CaseSummary>> {
        let (sql, args) = list_sql(filter)?;
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(args), summary_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many cases match the filter (all pages).
    pub fn count_cases(&self, filter: &CaseFilter) -> Result<u64> {
        let query = filter_sql(filter)?;
        let n: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM {} WHERE {}",
                query.from, query.clauses
            ))?
            .query_row(params_from_iter(query.args), |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }
}

/// Escape `%`, `_` and `\` for `LIKE … ESCAPE '\'`.
pub(super) fn like_pattern(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// An FTS5 query matching every word of `text` as a prefix. Each word is quoted, so nothing the user types is
/// read as FTS syntax; words with no letter or digit are dropped.
pub(super) fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The query of a list page and its arguments.
pub(super) fn list_sql(filter: &CaseFilter) -> Result<(String, Vec<SqlValue>)> {
    let query = filter_sql(filter)?;
    let mut args = query.args;
    // Each order matches an index of migration 3 (of the flag rows when a flag is asked for).
    let t = if query.by_flag { "g" } else { "c" };
    let id = if query.by_flag { "g.case_id" } else { "c.id" };
    let order = match filter.sort {
        CaseSort::UpdatedDesc => format!("{t}.updated_at DESC, {id} DESC"),
        CaseSort::CreatedDesc => "c.created_at DESC, c.id DESC".to_owned(),
        CaseSort::DueAsc => format!("{t}.due_on IS NULL, {t}.due_on, {id}"),
        CaseSort::CaseNumber => "c.case_year, c.case_seq".to_owned(),
    };
    let limit = match filter.limit {
        0 => DEFAULT_PAGE,
        n => n.min(MAX_PAGE),
    };
    args.push(SqlValue::Integer(i64::from(limit)));
    args.push(SqlValue::Integer(i64::from(filter.offset)));
    // Sorted by due date, the page is read from the one due-date index of migration 5, which holds status and
    // stage too (without the hint the planner would take an index of the filter and sort every match).
    let from = match (filter.sort, query.from) {
        (CaseSort::DueAsc, FROM_CASES) => "case_file c INDEXED BY case_file_due_list",
        (CaseSort::DueAsc, FROM_FLAG) => {
            "case_flag g INDEXED BY case_flag_due_list CROSS JOIN case_file c ON c.id = g.case_id"
        }
        (_, from) => from,
    };
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM {from} WHERE {} ORDER BY {order} LIMIT ? OFFSET ?",
        query.clauses
    );
    Ok((sql, args))
}

const FROM_CASES: &str = "case_file c";
/// CROSS JOIN keeps the flag rows as the outer loop.
const FROM_FLAG: &str = "case_flag g CROSS JOIN case_file c ON c.id = g.case_id";

/// The tables, WHERE clause and arguments of a case filter.
struct FilterSql {
    from: &'static str,
    clauses: String,
    args: Vec<SqlValue>,
    /// The scan starts from the first flag's rows of `case_flag` (alias `g`), which carry the case's status,
    /// stage, update time and due date.
    by_flag: bool,
}

/// Could `text` be part of a case number (`AVR-2026-0042`)? Only then is the case number searched, which has
/// to read every case; a name is found through the full-text index.
fn could_be_case_number(text: &str) -> bool {
    let upper = text.to_ascii_uppercase();
    text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && (text.chars().any(|c| c.is_ascii_digit())
            || "AVR-".starts_with(&upper)
            || upper.starts_with("AVR-"))
}

fn filter_sql(filter: &CaseFilter) -> Result<FilterSql> {
    let mut clauses = Vec::new();
    let mut args = Vec::new();
    let flags = validate::flags(&filter.flags)?;
    let by_flag = !flags.is_empty();
    let mut from_names = false;
    // Columns copied onto the flag rows are filtered there, so that one index range holds the page.
    let t = if by_flag { "g" } else { "c" };
    if let Some(first) = flags.first() {
        clauses.push("g.flag = ?".to_owned());
        args.push(SqlValue::Text(first.clone()));
    }
    match filter.status {
        Some(s) => {
            clauses.push(format!("{t}.status = ?"));
            args.push(SqlValue::Text(s.as_str().to_owned()));
        }
        // Purged cases have no flags; `<>` keeps the index of the sort usable.
        None if by_flag => {}
        None => clauses.push("c.status <> 'purged'".to_owned()),
    }
    if let Some(stage) = &filter.stage {
        clauses.push(format!("{t}.stage = ?"));
        args.push(SqlValue::Text(stage.clone()));
    }
    for flag in flags.iter().skip(1) {
        clauses.push("EXISTS (SELECT 1 FROM case_flag f WHERE f.case_id = c.id AND f.flag = ?)".to_owned());
        args.push(SqlValue::Text(flag.clone()));
    }
    if let Some(due) = &filter.due_by {
        let due = validate::validate_date("due by", due)?;
        clauses.push(format!("({t}.due_on IS NULL) = 0 AND {t}.due_on <= ?"));
        args.push(SqlValue::Text(due.to_string()));
    }
    if let Some(text) = filter.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        validate::short_text("search", text, false)?;
        let like = "c.case_number LIKE ? ESCAPE '\\'";
        let names = "c.id IN (SELECT case_id FROM person_search WHERE person_search MATCH ?)";
        match (could_be_case_number(text), fts_query(text)) {
            (true, Some(q)) => {
                clauses.push(format!("({like} OR {names})"));
                args.push(SqlValue::Text(like_pattern(text)));
                args.push(SqlValue::Text(q));
            }
            (false, Some(q)) if !by_flag => {
                // Start from the cases whose names match (a few thousand at most) rather than walk the sort
                // index hoping to meet them; the join keeps that order, then the page is sorted.
                from_names = true;
                args.insert(0, SqlValue::Text(q));
            }
            (false, Some(q)) => {
                clauses.push(names.to_owned());
                args.push(SqlValue::Text(q));
            }
            (_, None) => {
                clauses.push(like.to_owned());
                args.push(SqlValue::Text(like_pattern(text)));
            }
        }
    }
    if clauses.is_empty() {
        clauses.push("1".to_owned());
    }
    Ok(FilterSql {
        from: if by_flag {
            FROM_FLAG
        } else if from_names {
            "(SELECT DISTINCT case_id FROM person_search WHERE person_search MATCH ?) n
             CROSS JOIN case_file c ON c.id = n.case_id"
        } else {
            FROM_CASES
        },
        clauses: clauses.join(" AND "),
        args,
        by_flag,
    })
}
