//! What changed between the handbook in use and a package, shown before installing: chapters and sections added,
//! removed or changed (with a word-level diff of each changed section, from the `similar` crate), workflow steps
//! and safeguards added, removed or changed (compared as the TOML tables the publisher wrote, key by key), and the
//! other files (synonyms, term base, search judgements) by name. Also the rule that a package may not edit or
//! remove a published workflow version.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Serialize;
use similar::{ChangeTag, TextDiff};
use ts_rs::TS;

use super::UpdateError;
use crate::handbook::{Chapter, Handbook};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// A run of words in a changed section: the same in both, only in the old text, or only in the new one. Long
/// unchanged stretches are cut to a few words on each side of a change, with `…` in the middle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct WordRun {
    /// `same`, `removed` or `added`.
    pub kind: WordKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
#[serde(rename_all = "lowercase")]
pub enum WordKind {
    Same,
    Removed,
    Added,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SectionChange {
    /// Empty for the chapter's overview (the text before its first heading).
    pub id: String,
    pub title: String,
    pub kind: ChangeKind,
    /// For a changed section: its text, word by word. Empty for an added or removed one.
    pub words: Vec<WordRun>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ChapterChange {
    pub id: String,
    pub title: String,
    pub kind: ChangeKind,
    /// For a changed chapter: its sections that changed.
    pub sections: Vec<SectionChange>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct EditionDiff {
    pub lang: String,
    pub chapters: Vec<ChapterChange>,
}

/// A step, a safeguard or a question of a workflow that was added, removed or changed.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ItemChange {
    pub id: String,
    pub title: String,
    pub kind: ChangeKind,
    /// For a changed item: the keys of the definition that differ (`guidance`, `when`, `blocks`, …).
    pub keys: Vec<String>,
    /// For a changed step: its questions added, removed or changed.
    pub fields: Vec<ItemChange>,
}

/// A workflow version the package adds, compared with the version before it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WorkflowChange {
    pub workflow: String,
    pub version: u32,
    pub title: String,
    /// The version it is compared with (the highest earlier one); `None` for a new workflow.
    pub compared_with: Option<u32>,
    pub steps: Vec<ItemChange>,
    pub safeguards: Vec<ItemChange>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FileChange {
    pub path: String,
    pub kind: ChangeKind,
}

/// Everything a package changes, against the handbook it would replace.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BookDiff {
    /// The version in use (`None` for a development folder without one).
    pub from_version: Option<String>,
    pub to_version: String,
    /// The publisher's release notes.
    pub notes: String,
    pub editions: Vec<EditionDiff>,
    pub workflows: Vec<WorkflowChange>,
    /// Other files (synonyms, term base, search judgements, read-me files) by path.
    pub files: Vec<FileChange>,
}

impl BookDiff {
    /// Nothing the reader or the workflows would show differently.
    pub fn is_empty(&self) -> bool {
        self.editions.iter().all(|e| e.chapters.is_empty())
            && self.workflows.is_empty()
            && self.files.is_empty()
    }
}

/// Words kept on each side of a change inside a long unchanged stretch.
const CONTEXT_WORDS: usize = 8;

/// Word runs of `old` → `new`, long unchanged stretches cut.
pub(crate) fn word_diff(old: &str, new: &str) -> Vec<WordRun> {
    let diff = TextDiff::from_words(old, new);
    let mut runs: Vec<(WordKind, Vec<&str>)> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => WordKind::Same,
            ChangeTag::Delete => WordKind::Removed,
            ChangeTag::Insert => WordKind::Added,
        };
        match runs.last_mut() {
            Some((k, tokens)) if *k == kind => tokens.push(change.value()),
            _ => runs.push((kind, vec![change.value()])),
        }
    }
    let last = runs.len().saturating_sub(1);
    runs.iter()
        .enumerate()
        .map(|(i, (kind, tokens))| {
            let text = if *kind == WordKind::Same {
                cut(tokens, i > 0, i < last)
            } else {
                tokens.concat()
            };
            WordRun { kind: *kind, text }
        })
        .collect()
}

/// An unchanged stretch, keeping [`CONTEXT_WORDS`] words after the change before it and before the change after
/// it. Tokens alternate words and spaces, so a word count is twice as many tokens.
fn cut(tokens: &[&str], after_change: bool, before_change: bool) -> String {
    let keep = CONTEXT_WORDS * 2;
    let head = if after_change { keep } else { 0 };
    let tail = if before_change { keep } else { 0 };
    if tokens.len() <= head + tail + 2 {
        return tokens.concat();
    }
    let mut s = tokens[..head].concat();
    s.push_str(if head > 0 { " … " } else { "… " });
    s.push_str(tokens[tokens.len() - tail..].concat().trim_start());
    if tail == 0 {
        s = s.trim_end().to_owned();
    }
    s
}

fn sections(c: &Chapter) -> BTreeMap<&str, (&str, &str)> {
    c.outline
        .sections
        .iter()
        .map(|s| (s.id.as_str(), (s.title.as_str(), s.text.as_str())))
        .collect()
}

fn chapter_diff(old: &Chapter, new: &Chapter) -> Option<ChapterChange> {
    let (before, after) = (sections(old), sections(new));
    let mut out = Vec::new();
    // In the new chapter's order, then what it dropped.
    for s in &new.outline.sections {
        let id = s.id.as_str();
        let title = if id.is_empty() {
            new.meta.title.clone()
        } else {
            s.title.clone()
        };
        match before.get(id) {
            None => out.push(SectionChange {
                id: id.to_owned(),
                title,
                kind: ChangeKind::Added,
                words: vec![],
            }),
            Some((old_title, old_text)) if *old_title != s.title || *old_text != s.text => {
                out.push(SectionChange {
                    id: id.to_owned(),
                    title,
                    kind: ChangeKind::Changed,
                    words: word_diff(old_text, &s.text),
                });
            }
            Some(_) => {}
        }
    }
    for s in &old.outline.sections {
        if !after.contains_key(s.id.as_str()) {
            out.push(SectionChange {
                id: s.id.clone(),
                title: s.title.clone(),
                kind: ChangeKind::Removed,
                words: vec![],
            });
        }
    }
    let meta_changed = old.meta.title != new.meta.title || old.meta.summary != new.meta.summary;
    (!out.is_empty() || meta_changed).then(|| ChapterChange {
        id: new.meta.id.clone(),
        title: new.meta.title.clone(),
        kind: ChangeKind::Changed,
        sections: out,
    })
}

fn edition_diff(lang: &str, old: Option<&Handbook>, new: Option<&Handbook>) -> EditionDiff {
    let empty: &[Chapter] = &[];
    let old_chapters = old.map_or(empty, |h| &h.chapters);
    let new_chapters = new.map_or(empty, |h| &h.chapters);
    let mut chapters = Vec::new();
    for c in new_chapters {
        match old_chapters.iter().find(|o| o.meta.id == c.meta.id) {
            None => chapters.push(ChapterChange {
                id: c.meta.id.clone(),
                title: c.meta.title.clone(),
                kind: ChangeKind::Added,
                sections: vec![],
            }),
            Some(o) => chapters.extend(chapter_diff(o, c)),
        }
    }
    for o in old_chapters {
        if !new_chapters.iter().any(|c| c.meta.id == o.meta.id) {
            chapters.push(ChapterChange {
                id: o.meta.id.clone(),
                title: o.meta.title.clone(),
                kind: ChangeKind::Removed,
                sections: vec![],
            });
        }
    }
    EditionDiff {
        lang: lang.to_owned(),
        chapters,
    }
}

/// Workflow definition files as TOML tables, by `(id, version)`, with their bytes.
type Definitions = BTreeMap<(String, u32), (toml::Table, Vec<u8>)>;

fn definitions(dir: &Path) -> Result<Definitions, UpdateError> {
    let mut out = Definitions::new();
    let wf = dir.join("workflows");
    let Ok(entries) = std::fs::read_dir(&wf) else {
        return Ok(out);
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| UpdateError::io(&path, &e))?;
        let table: toml::Table = std::str::from_utf8(&bytes)
            .ok()
            .and_then(|t| toml::from_str(t).ok())
            .ok_or_else(|| UpdateError::DoesNotLoad {
                detail: path.display().to_string(),
            })?;
        let id = table
            .get("id")
            .and_then(toml::Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let version = table
            .get("version")
            .and_then(toml::Value::as_integer)
            .and_then(|v| u32::try_from(v).ok())
            .unwrap_or_default();
        out.insert((id, version), (table, bytes));
    }
    Ok(out)
}

fn text(t: &toml::Table, key: &str) -> String {
    t.get(key)
        .and_then(toml::Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The tables of an array of tables (`[[steps]]`), by their `id`, in file order.
fn items<'a>(t: &'a toml::Table, key: &str) -> Vec<(String, &'a toml::Table)> {
    t.get(key)
        .and_then(toml::Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(toml::Value::as_table)
                .map(|t| (text(t, "id"), t))
                .collect()
        })
        .unwrap_or_default()
}

fn item_changes(
    old: &[(String, &toml::Table)],
    new: &[(String, &toml::Table)],
    title_key: &str,
) -> Vec<ItemChange> {
    let mut out = Vec::new();
    fn find<'a>(list: &[(String, &'a toml::Table)], id: &str) -> Option<&'a toml::Table> {
        list.iter().find(|(i, _)| i == id).map(|(_, t)| *t)
    }
    for (id, t) in new {
        let title = text(t, title_key);
        match find(old, id) {
            None => out.push(ItemChange {
                id: id.clone(),
                title,
                kind: ChangeKind::Added,
                keys: vec![],
                fields: vec![],
            }),
            Some(o) if o != *t => {
                let names: BTreeSet<&String> = o.keys().chain(t.keys()).collect();
                let keys: Vec<String> = names
                    .into_iter()
                    .filter(|k| o.get(*k) != t.get(*k))
                    .cloned()
                    .collect();
                let fields = if keys.iter().any(|k| k == "fields") {
                    item_changes(&items(o, "fields"), &items(t, "fields"), "label")
                } else {
                    vec![]
                };
                out.push(ItemChange {
                    id: id.clone(),
                    title,
                    kind: ChangeKind::Changed,
                    keys,
                    fields,
                });
            }
            Some(_) => {}
        }
    }
    for (id, t) in old {
        if find(new, id).is_none() {
            out.push(ItemChange {
                id: id.clone(),
                title: text(t, title_key),
                kind: ChangeKind::Removed,
                keys: vec![],
                fields: vec![],
            });
        }
    }
    out
}

fn workflow_changes(old: &Definitions, new: &Definitions) -> Vec<WorkflowChange> {
    let mut out = Vec::new();
    for ((id, version), (table, _)) in new {
        if old.contains_key(&(id.clone(), *version)) {
            continue;
        }
        let before = new
            .range((id.clone(), 0)..(id.clone(), *version))
            .next_back()
            .or_else(|| old.range((id.clone(), 0)..(id.clone(), *version)).next_back());
        let (compared_with, base) = match before {
            Some(((_, v), (t, _))) => (Some(*v), Some(t)),
            None => (None, None),
        };
        let none = toml::Table::new();
        let base = base.unwrap_or(&none);
        out.push(WorkflowChange {
            workflow: id.clone(),
            version: *version,
            title: text(table, "title"),
            compared_with,
            steps: item_changes(&items(base, "steps"), &items(table, "steps"), "title"),
            safeguards: item_changes(&items(base, "safeguards"), &items(table, "safeguards"), "title"),
        });
    }
    out
}

/// Refuse a package that edits or removes a workflow version the handbook in use has: cases are on it.
pub(crate) fn published_workflows_kept(old: &Path, new: &Path) -> Result<(), UpdateError> {
    let (before, after) = (definitions(old)?, definitions(new)?);
    for ((id, version), (_, bytes)) in &before {
        match after.get(&(id.clone(), *version)) {
            None => {
                return Err(UpdateError::PublishedWorkflowRemoved {
                    workflow: id.clone(),
                    version: *version,
                });
            }
            Some((_, b)) if b != bytes => {
                return Err(UpdateError::PublishedWorkflowChanged {
                    workflow: id.clone(),
                    version: *version,
                });
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// Files other than chapters and workflow definitions, by path.
fn other_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut all = BTreeMap::new();
    if super::package::collect_files(dir, &mut all).is_err() {
        return BTreeMap::new();
    }
    let langs = Handbook::languages(dir);
    all.retain(|path, _| {
        let (first, rest) = path.split_once('/').unwrap_or(("", path));
        let chapter = langs.iter().any(|l| l == first) && rest.ends_with(".md") && rest != "README.md";
        let workflow = first == "workflows" && rest.ends_with(".toml");
        !(chapter || workflow || super::package::is_package_file(path))
    });
    all
}

fn editions(dir: &Path) -> Result<Vec<Handbook>, UpdateError> {
    Handbook::languages(dir)
        .iter()
        .map(|l| {
            Handbook::load(&dir.join(l)).map_err(|e| UpdateError::DoesNotLoad {
                detail: e.to_string(),
            })
        })
        .collect()
}

/// What changes when the handbook folder `old` is replaced by `new` (an unpacked package).
pub fn diff_dirs(
    old: &Path,
    new: &Path,
    from_version: Option<String>,
    to_version: &str,
    notes: &str,
) -> Result<BookDiff, UpdateError> {
    let (before, after) = (editions(old)?, editions(new)?);
    let langs: BTreeSet<&str> = before.iter().chain(&after).map(|h| h.lang.as_str()).collect();
    let editions = langs
        .into_iter()
        .map(|l| {
            edition_diff(
                l,
                before.iter().find(|h| h.lang == l),
                after.iter().find(|h| h.lang == l),
            )
        })
        .filter(|e| !e.chapters.is_empty())
        .collect();
    let (old_files, new_files) = (other_files(old), other_files(new));
    let mut files: Vec<FileChange> = new_files
        .iter()
        .filter_map(|(p, b)| match old_files.get(p) {
            None => Some(FileChange {
                path: p.clone(),
                kind: ChangeKind::Added,
            }),
            Some(o) if o != b => Some(FileChange {
                path: p.clone(),
                kind: ChangeKind::Changed,
            }),
            Some(_) => None,
        })
        .collect();
    files.extend(
        old_files
            .keys()
            .filter(|p| !new_files.contains_key(*p))
            .map(|p| FileChange {
                path: p.clone(),
                kind: ChangeKind::Removed,
            }),
    );
    Ok(BookDiff {
        from_version,
        to_version: to_version.to_owned(),
        notes: notes.to_owned(),
        editions,
        workflows: workflow_changes(&definitions(old)?, &definitions(new)?),
        files,
    })
}

#[cfg(test)]
mod tests {
    use super::{WordKind, word_diff};

    #[test]
    fn a_changed_word_shows_as_removed_and_added_with_a_little_context() {
        let old = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
                   sixteen seventeen eighteen nineteen twenty call the office before noon";
        let new = old.replace("before noon", "before six");
        let runs = word_diff(old, &new);
        let removed: Vec<_> = runs
            .iter()
            .filter(|r| r.kind == WordKind::Removed)
            .map(|r| r.text.as_str())
            .collect();
        let added: Vec<_> = runs
            .iter()
            .filter(|r| r.kind == WordKind::Added)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(removed, ["noon"], "only the word that went is removed");
        assert_eq!(added, ["six"], "only the word that came is added");
        let first = &runs[0].text;
        assert!(
            first.starts_with('…') && !first.contains("one two"),
            "the long start is cut: {first:?}"
        );
        assert!(
            first.ends_with("call the office before "),
            "eight words of context stay: {first:?}"
        );
    }
}
