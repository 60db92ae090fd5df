//! The one facade that the Tauri shell and the `avr` command line call. DTOs live here, at the boundary, and
//! derive `ts_rs::TS` so that the UI's IPC types are generated from them.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use ts_rs::TS;

use crate::handbook::reading::ReadingStore;
use crate::handbook::{self, Diagnostic, Handbook, Labels, editions};
use crate::search::SearchIndex;
use crate::{Error, ErrorCode, Result};

// DTOs defined next to their module, re-exported so that clients name everything through `api`.
pub use crate::handbook::reading::Bookmark;
pub use crate::search::{BuildProgress, ChapterRef, SearchHit, SearchRequest, SearchResponse};

mod cases;
mod export;
mod handover;
mod lang;
mod lock;
mod renewal;
mod updates;

pub use crate::cases::{
    AuditEvent, AuditReport, BackupInfo, CaseFilter, CaseSort, CaseStatus, CaseSummary, ConsentDecision,
    FailedUnlocks, NewConsent, NewPerson, PassphraseStrength, PurgeReport, RekeyReport, StaffProfile,
};
pub use crate::casework::CaseView;
pub use crate::export::pdf::PageSize;
pub use crate::export::returnee::{ReturneeSheetRequest, SheetFormat};
pub use crate::export::{BlankFormat, BlankRequest, ExportDone, ExportFormat, ExportRequest, Undrawable};
pub use crate::identity::OfficeCard;
pub use crate::workflow::Evaluation;
pub use cases::{MIN_PURGE_DAYS, NewCaseRequest, NewCaseWithHousehold, VaultStatus};
pub use export::{CaseListExport, WorkflowInfo};
pub use handover::{
    CardInfo, HandoverPreview, HandoverSender, HandoverSent, HandoverStatus, HandoverTo, SenderTrust,
    TrustedCard,
};
pub use lock::{AutoLock, SLEEP_GAP_MS, WakeWatch};
pub use renewal::{CardRenewal, RENEW_NOTICE_DAYS};
pub use updates::{BookInstalled, BookPacked, BookPreview, BookVersions, book_pack, handbook_to_load};

pub const DEFAULT_LANG: &str = "en";

/// Where the app finds its handbook and keeps its data. Both are passed in: the core never guesses paths.
#[derive(Debug, Clone)]
pub struct ApiConfig {
    /// The `handbook/` folder holding `<lang>/` editions.
    pub handbook_dir: PathBuf,
    pub data_dir: PathBuf,
}

/// An error as it crosses IPC: a code the UI can branch on and a message a person can read.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl From<Error> for IpcError {
    fn from(e: Error) -> Self {
        IpcError {
            code: e.code(),
            message: e.to_string(),
        }
    }
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct EditionInfo {
    pub lang: String,
    /// Content hash of the edition's chapters.
    pub version: String,
    pub chapters: u32,
    /// Chapters left out because they could not be read.
    pub problems: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct About {
    pub app_version: String,
    pub editions: Vec<EditionInfo>,
    pub data_dir: String,
    /// Workflow definitions that could not be loaded, and why.
    pub workflow_problems: Vec<crate::workflow::Diagnostic>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TocSection {
    pub id: String,
    pub title: String,
    pub level: u8,
    /// The edition lacks this section: it is shown in English.
    pub fallback: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct TocChapter {
    pub id: String,
    /// The language the chapter is shown in: the edition's, or `en` when the edition lacks it.
    pub lang: String,
    /// The edition lacks this chapter: it is shown in English.
    pub fallback: bool,
    /// The translation was made from an older English text (see `avr handbook check`).
    pub stale: bool,
    pub title: String,
    pub summary: String,
    /// Tag ids, for filtering.
    pub tags: Vec<String>,
    /// The label of each tag in the edition's language, in the order of `tags`.
    pub tag_labels: Vec<String>,
    pub last_reviewed: String,
    pub sections: Vec<TocSection>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct Toc {
    pub lang: String,
    pub version: String,
    pub chapters: Vec<TocChapter>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ChapterView {
    pub id: String,
    /// The language the chapter is shown in: the edition's, or `en` when the edition lacks it (`fallback`).
    pub lang: String,
    /// The edition lacks this chapter: it is shown in English.
    pub fallback: bool,
    /// The translation was made from an older English text: the English may say more or otherwise.
    pub stale: bool,
    pub title: String,
    pub summary: String,
    /// Tag ids, for filtering.
    pub tags: Vec<String>,
    /// The label of each tag in the edition's language, in the order of `tags`.
    pub tag_labels: Vec<String>,
    pub last_reviewed: String,
    /// Sanitized HTML of the chapter body.
    pub html: String,
    pub sections: Vec<TocSection>,
    pub prev: Option<ChapterRef>,
    pub next: Option<ChapterRef>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct ReadingState {
    pub bookmarks: Vec<Bookmark>,
    pub recent: Vec<ChapterRef>,
    /// `[chapter, section]` of the last place read.
    pub last: Option<(String, String)>,
}

#[derive(Debug, Clone, Copy, Serialize, TS)]
#[ts(export)]
pub struct SearchStatus {
    pub ready: bool,
    pub sections: u32,
}

pub struct Api {
    config: ApiConfig,
    editions: Vec<Handbook>,
    reading: Mutex<ReadingStore>,
    search: RwLock<Option<Arc<SearchIndex>>>,
    building: Mutex<()>,
    workflows: Vec<crate::workflow::Workflow>,
    /// Why workflow definitions could not be loaded (the handbook still opens; cases cannot be worked on).
    workflow_problems: Vec<crate::workflow::Diagnostic>,
    /// The open case store; `None` while locked.
    /// Shared with the background page warm-up that follows unlocking.
    vault: Arc<Mutex<Option<crate::cases::CaseStore>>>,
    /// The page warm-up started by the last unlock; joined before the store is dropped at exit.
    warm_up: Mutex<Option<std::thread::JoinHandle<()>>>,
    /// When the user last did something (Unix ms): the idle lock counts from here, whatever screen is open.
    last_activity: std::sync::atomic::AtomicI64,
    /// Lock after this long without activity (ms).
    lock_after_ms: std::sync::atomic::AtomicI64,
    /// A test publisher's public key trusted besides the shipped one (tests and development builds only).
    test_publisher: Mutex<Option<String>>,
}

/// The idle lock when nobody chose another: ten minutes.
pub const DEFAULT_LOCK_AFTER_MINUTES: u32 = 10;

/// At exit the store is locked (key forgotten, log checkpointed) and the background warm-up joined, so no thread
/// is inside SQLCipher while the process tears down: a crash there could dump decrypted pages or the key.
impl Drop for Api {
    fn drop(&mut self) {
        let _ = self.vault_lock();
        if let Some(t) = lock(&self.warm_up).take() {
            let _ = t.join();
        }
    }
}

/// The data folder and what it holds, readable by the owner only (0700 for folders, 0600 for files), including
/// what an earlier version left readable by others. Best effort: a file that cannot be changed stays as it is.
fn owner_only(dir: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => owner_only(&path),
                Ok(t) if t.is_file() => {
                    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
                }
                _ => {}
            }
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

impl Api {
    /// Load every edition under `handbook_dir` and open the local database in `data_dir`.
    /// A chapter that cannot be read is reported in [`About`] and left out; the rest opens.
    pub fn open(config: ApiConfig) -> Result<Api> {
        std::fs::create_dir_all(&config.data_dir).map_err(|e| Error::io(&config.data_dir, e))?;
        owner_only(&config.data_dir);
        let mut editions = Vec::new();
        for lang in Handbook::languages(&config.handbook_dir) {
            editions.push(Handbook::load(&config.handbook_dir.join(lang))?);
        }
        if editions.is_empty() {
            return Err(Error::Handbook(handbook::Error::NoChapters {
                path: config.handbook_dir.display().to_string(),
            }));
        }
        let reading = ReadingStore::open(&config.data_dir.join("reading.sqlite3"))?;
        let (workflows, workflow_problems) =
            match crate::workflow::load_dir(&config.handbook_dir.join("workflows")) {
                Ok(w) => (w, vec![]),
                Err(problems) => (vec![], problems),
            };
        Ok(Api {
            config,
            editions,
            reading: Mutex::new(reading),
            search: RwLock::new(None),
            building: Mutex::new(()),
            workflows,
            workflow_problems,
            vault: Arc::new(Mutex::new(None)),
            warm_up: Mutex::new(None),
            last_activity: std::sync::atomic::AtomicI64::new(now_ms()),
            lock_after_ms: std::sync::atomic::AtomicI64::new(i64::from(DEFAULT_LOCK_AFTER_MINUTES) * 60_000),
            test_publisher: Mutex::new(None),
        })
    }

    /// The user did something (the shell calls this for every command the user's actions make): the idle lock
    /// starts counting again.
    pub fn touch(&self) {
        self.last_activity
            .store(now_ms(), std::sync::atomic::Ordering::Relaxed);
    }

    /// Lock the case store after `minutes` without activity (at least one).
    pub fn set_lock_after_minutes(&self, minutes: u32) {
        self.lock_after_ms.store(
            i64::from(minutes.max(1)) * 60_000,
            std::sync::atomic::Ordering::Relaxed,
        );
    }

    /// Lock the store if it is open and nobody did anything for the idle time, wherever they are in the app.
    /// Returns whether it locked now. The shell calls this on a timer, and on suspend and screen lock it calls
    /// [`Api::vault_lock`] directly.
    pub fn lock_if_idle(&self, now: i64) -> Result<bool> {
        let idle = now - self.last_activity.load(std::sync::atomic::Ordering::Relaxed);
        if idle < self.lock_after_ms.load(std::sync::atomic::Ordering::Relaxed) || lock(&self.vault).is_none()
        {
            return Ok(false);
        }
        self.vault_lock()?;
        Ok(true)
    }

    pub fn data_dir(&self) -> &Path {
        &self.config.data_dir
    }

    fn edition(&self, lang: &str) -> Result<&Handbook> {
        self.editions
            .iter()
            .find(|h| h.lang == lang)
            .or_else(|| self.editions.iter().find(|h| h.lang == DEFAULT_LANG))
            .ok_or_else(|| Error::NotFound {
                what: "handbook edition",
                id: lang.to_owned(),
            })
    }

    pub fn about(&self) -> About {
        About {
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            editions: self
                .editions
                .iter()
                .map(|h| EditionInfo {
                    lang: h.lang.clone(),
                    version: h.version.clone(),
                    chapters: h.chapters.len() as u32,
                    problems: h.problems.clone(),
                })
                .collect(),
            data_dir: self.config.data_dir.display().to_string(),
            workflow_problems: self.workflow_problems.clone(),
        }
    }

    /// The English edition, when `hb` is a translation (what its missing chapters and sections fall back to).
    fn reference_for(&self, hb: &Handbook) -> Option<&Handbook> {
        self.editions
            .iter()
            .find(|h| h.lang == editions::REFERENCE_LANG && h.lang != hb.lang)
    }

    /// Chapter `id` as edition `hb` shows it, English standing in for what it lacks.
    fn resolve<'a>(&'a self, hb: &'a Handbook, id: &str) -> Result<editions::Resolved<'a>> {
        editions::resolve(self.reference_for(hb), hb, id).ok_or_else(|| Error::NotFound {
            what: "chapter",
            id: id.to_owned(),
        })
    }

    pub fn toc(&self, lang: &str) -> Result<Toc> {
        let hb = self.edition(lang)?;
        let chapters = editions::chapter_ids(self.reference_for(hb), hb)
            .into_iter()
            .filter_map(|id| editions::resolve(self.reference_for(hb), hb, id))
            .map(|r| {
                let c = &r.chapter;
                TocChapter {
                    id: c.meta.id.clone(),
                    lang: r.lang.to_owned(),
                    fallback: r.fallback,
                    stale: r.stale,
                    title: c.meta.title.clone(),
                    summary: c.meta.summary.clone(),
                    tags: c.meta.tags.clone(),
                    tag_labels: handbook::tag_labels(&hb.lang, &c.meta.tags),
                    last_reviewed: c.meta.last_reviewed.clone(),
                    sections: toc_sections(c, &r.fallback_sections),
                }
            })
            .collect();
        Ok(Toc {
            lang: hb.lang.clone(),
            version: hb.version.clone(),
            chapters,
        })
    }

    pub fn chapter(&self, lang: &str, id: &str) -> Result<ChapterView> {
        let hb = self.edition(lang)?;
        let r = self.resolve(hb, id)?;
        let order = editions::chapter_ids(self.reference_for(hb), hb);
        let pos = order.iter().position(|c| *c == id).unwrap_or_default();
        let neighbour = |i: Option<usize>| {
            let id = order.get(i?)?;
            let n = editions::resolve(self.reference_for(hb), hb, id)?;
            Some(ChapterRef {
                id: n.chapter.meta.id.clone(),
                title: n.chapter.meta.title.clone(),
            })
        };
        let c = &r.chapter;
        Ok(ChapterView {
            id: c.meta.id.clone(),
            lang: r.lang.to_owned(),
            fallback: r.fallback,
            stale: r.stale,
            title: c.meta.title.clone(),
            summary: c.meta.summary.clone(),
            tags: c.meta.tags.clone(),
            tag_labels: handbook::tag_labels(&hb.lang, &c.meta.tags),
            last_reviewed: c.meta.last_reviewed.clone(),
            html: handbook::render_chapter(c, &Labels::for_lang(r.lang)),
            sections: toc_sections(c, &r.fallback_sections),
            prev: neighbour(pos.checked_sub(1)),
            next: neighbour(Some(pos + 1)),
        })
    }

    pub fn search_status(&self) -> SearchStatus {
        let guard = self
            .search
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        SearchStatus {
            ready: guard.is_some(),
            sections: guard.as_ref().map_or(0, |s| s.num_sections() as u32),
        }
    }

    /// Open the search index, building it first if the handbook changed or the index is missing or damaged.
    /// Safe to call from a background thread while the reader keeps working.
    pub fn prepare_search(&self, progress: &mut dyn FnMut(BuildProgress)) -> Result<Arc<SearchIndex>> {
        let ready = || {
            self.search
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .as_ref()
                .map(Arc::clone)
        };
        if let Some(si) = ready() {
            return Ok(si);
        }
        let _one_builder = lock(&self.building);
        if let Some(si) = ready() {
            return Ok(si);
        }
        let editions: Vec<&Handbook> = self.editions.iter().collect();
        let root = self.config.data_dir.join("search-index");
        let si = Arc::new(SearchIndex::open_or_build(&root, &editions, progress)?);
        *self
            .search
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(Arc::clone(&si));
        si.warm_for(self.lang().code());
        Ok(si)
    }

    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse> {
        let si = self.prepare_search(&mut |_| {})?;
        Ok(si.search(req)?)
    }

    pub fn reading_state(&self, lang: &str) -> Result<ReadingState> {
        let hb = self.edition(lang)?;
        let store = lock(&self.reading);
        let recent = store
            .recent(&hb.lang)?
            .into_iter()
            .filter_map(|id| {
                editions::resolve(self.reference_for(hb), hb, &id).map(|r| ChapterRef {
                    title: r.chapter.meta.title.clone(),
                    id,
                })
            })
            .collect();
        Ok(ReadingState {
            bookmarks: store.bookmarks(&hb.lang)?,
            recent,
            last: store.last_position(&hb.lang)?,
        })
    }

    pub fn record_visit(&self, lang: &str, chapter_id: &str, section_id: &str) -> Result<()> {
        let hb = self.edition(lang)?;
        self.resolve(hb, chapter_id)?;
        Ok(lock(&self.reading).record_visit(&hb.lang, chapter_id, section_id, now_ms())?)
    }

    /// Bookmark a chapter (empty `section_id`) or one of its sections; the title is taken from the handbook.
    pub fn add_bookmark(&self, lang: &str, chapter_id: &str, section_id: &str) -> Result<Vec<Bookmark>> {
        let hb = self.edition(lang)?;
        let resolved = self.resolve(hb, chapter_id)?;
        let ch = &resolved.chapter;
        let section = ch.section(section_id).ok_or_else(|| Error::NotFound {
            what: "section",
            id: format!("{chapter_id}#{section_id}"),
        })?;
        let title = if section_id.is_empty() {
            ch.meta.title.clone()
        } else {
            format!("{} › {}", ch.meta.title, section.title)
        };
        let store = lock(&self.reading);
        store.add_bookmark(
            &hb.lang,
            &Bookmark {
                chapter_id: chapter_id.into(),
                section_id: section_id.into(),
                title,
                created_at: now_ms(),
            },
        )?;
        Ok(store.bookmarks(&hb.lang)?)
    }

    pub fn remove_bookmark(&self, lang: &str, chapter_id: &str, section_id: &str) -> Result<Vec<Bookmark>> {
        let hb = self.edition(lang)?;
        let store = lock(&self.reading);
        store.remove_bookmark(&hb.lang, chapter_id, section_id)?;
        Ok(store.bookmarks(&hb.lang)?)
    }

    /// Problems in the handbook sources, as `avr handbook check` reports them.
    pub fn check_handbook(dir: &Path) -> Result<(Handbook, Vec<Diagnostic>)> {
        Ok(handbook::check_dir(dir)?)
    }
}

fn toc_sections(c: &handbook::Chapter, fallback: &[String]) -> Vec<TocSection> {
    c.outline
        .sections
        .iter()
        .skip(1)
        .map(|s| TocSection {
            id: s.id.clone(),
            title: s.title.clone(),
            level: s.level,
            fallback: fallback.contains(&s.id),
        })
        .collect()
}
