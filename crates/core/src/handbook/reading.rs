//! Reading state kept in the app's local database: bookmarks, recently viewed chapters and the last position.
//! Times are passed in (milliseconds since the Unix epoch) so that tests are deterministic.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS bookmark (
    lang TEXT NOT NULL, chapter_id TEXT NOT NULL, section_id TEXT NOT NULL, title TEXT NOT NULL,
    created_at INTEGER NOT NULL, PRIMARY KEY (lang, chapter_id, section_id)
) STRICT;
CREATE TABLE IF NOT EXISTS recent (
    lang TEXT NOT NULL, chapter_id TEXT NOT NULL, viewed_at INTEGER NOT NULL, PRIMARY KEY (lang, chapter_id)
) STRICT;
CREATE TABLE IF NOT EXISTS position (
    lang TEXT NOT NULL, chapter_id TEXT NOT NULL, section_id TEXT NOT NULL, updated_at INTEGER NOT NULL,
    PRIMARY KEY (lang, chapter_id)
) STRICT;
";

const RECENT_KEPT: i64 = 20;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Bookmark {
    pub chapter_id: String,
    /// Empty for the top of the chapter.
    pub section_id: String,
    pub title: String,
    #[ts(type = "number")]
    pub created_at: i64,
}

pub struct ReadingStore {
    conn: Connection,
}

impl ReadingStore {
    pub fn open(path: &Path) -> rusqlite::Result<ReadingStore> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(SCHEMA)?;
        Ok(ReadingStore { conn })
    }

    pub fn open_in_memory() -> rusqlite::Result<ReadingStore> {
        let conn = Connection::open_in_memory()?;
        conn.execute_batch(SCHEMA)?;
        Ok(ReadingStore { conn })
    }

    pub fn add_bookmark(&self, lang: &str, b: &Bookmark) -> rusqlite::Result<()> {
        self.conn.execute(
            "INSERT INTO bookmark (lang, chapter_id, section_id, title, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (lang, chapter_id, section_id) DO UPDATE SET title = excluded.title",
            params![lang, b.chapter_id, b.section_id, b.title, b.created_at],
        )?;
        Ok(())
    }

    pub fn remove_bookmark(&self, lang: &str, chapter_id: &str, section_id: &str) -> rusqlite::Result<bool> {
        let n = self.conn.execute(
            "DELETE FROM bookmark WHERE lang = ?1 AND chapter_id = ?2 AND section_id = ?3",
            params![lang, chapter_id, section_id],
        )?;
        Ok(n > 0)
    }

    pub fn bookmarks(&self, lang: &str) -> rusqlite::Result<Vec<Bookmark>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT chapter_id, section_id, title, created_at FROM bookmark WHERE lang = ?1 ORDER BY created_at DESC",
        )?;
        let rows = stmt.query_map([lang], |r| {
            Ok(Bookmark {
                chapter_id: r.get(0)?,
                section_id: r.get(1)?,
                title: r.get(2)?,
                created_at: r.get(3)?,
            })
        })?;
        rows.collect()
    }

    /// Record that a chapter was opened at a section; keeps the most recent chapters only.
    pub fn record_visit(
        &self,
        lang: &str,
        chapter_id: &str,
        section_id: &str,
        now: i64,
    ) -> rusqlite::Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO recent (lang, chapter_id, viewed_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (lang, chapter_id) DO UPDATE SET viewed_at = excluded.viewed_at",
            params![lang, chapter_id, now],
        )?;
        tx.execute(
            "DELETE FROM recent WHERE lang = ?1 AND chapter_id NOT IN
             (SELECT chapter_id FROM recent WHERE lang = ?1 ORDER BY viewed_at DESC LIMIT ?2)",
            params![lang, RECENT_KEPT],
        )?;
        tx.execute(
            "INSERT INTO position (lang, chapter_id, section_id, updated_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (lang, chapter_id) DO UPDATE SET section_id = excluded.section_id,
             updated_at = excluded.updated_at",
            params![lang, chapter_id, section_id, now],
        )?;
        tx.commit()
    }

    pub fn recent(&self, lang: &str) -> rusqlite::Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT chapter_id FROM recent WHERE lang = ?1 ORDER BY viewed_at DESC")?;
        let rows = stmt.query_map([lang], |r| r.get(0))?;
        rows.collect()
    }

    /// The last place read: `(chapter, section)`.
    pub fn last_position(&self, lang: &str) -> rusqlite::Result<Option<(String, String)>> {
        self.conn
            .query_row(
                "SELECT chapter_id, section_id FROM position WHERE lang = ?1 ORDER BY updated_at DESC LIMIT 1",
                [lang],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookmarks_survive_reopening_the_database_and_can_be_removed() -> rusqlite::Result<()> {
        let dir = tempfile::tempdir().map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
        let path = dir.path().join("reading.sqlite3");
        let b = Bookmark {
            chapter_id: "asylum".into(),
            section_id: "referral".into(),
            title: "Referral".into(),
            created_at: 5,
        };
        ReadingStore::open(&path)?.add_bookmark("en", &b)?;
        let store = ReadingStore::open(&path)?;
        assert_eq!(store.bookmarks("en")?, vec![b]);
        assert!(store.bookmarks("fr")?.is_empty(), "bookmarks are per edition");
        assert!(store.remove_bookmark("en", "asylum", "referral")?);
        assert!(store.bookmarks("en")?.is_empty());
        Ok(())
    }

    #[test]
    fn the_last_position_is_the_most_recent_visit() -> rusqlite::Result<()> {
        let store = ReadingStore::open_in_memory()?;
        store.record_visit("en", "scope", "", 1)?;
        store.record_visit("en", "children", "best-interests", 2)?;
        assert_eq!(
            store.last_position("en")?,
            Some(("children".into(), "best-interests".into()))
        );
        assert_eq!(store.recent("en")?, ["children", "scope"]);
        Ok(())
    }
}
