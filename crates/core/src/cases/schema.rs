//! Schema migrations: forward-only SQL files under `migrations/NNNN-name/up.sql`, applied by
//! `rusqlite_migration` (which keeps the version in `PRAGMA user_version`). Each applied migration's SHA-256 is
//! recorded in `schema_migration`, and a database whose recorded hash differs from the shipped text is refused,
//! as Zed's sqlez does: a shipped migration is never edited.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use rusqlite_migration::{HookResult, M, Migrations};
use sha2::{Digest, Sha256};

use super::{CaseError, Result};

pub(crate) struct Shipped {
    pub(crate) name: &'static str,
    pub(crate) sql: &'static str,
}

/// In order: index 0 is version 1. Append only.
pub(crate) const SHIPPED: &[Shipped] = &[
    Shipped {
        name: "0001-initial",
        sql: include_str!("migrations/0001-initial/up.sql"),
    },
    Shipped {
        name: "0002-name-search",
        sql: include_str!("migrations/0002-name-search/up.sql"),
    },
    Shipped {
        name: "0003-case-list",
        sql: include_str!("migrations/0003-case-list/up.sql"),
    },
    Shipped {
        name: "0004-list-columns-by-store",
        sql: include_str!("migrations/0004-list-columns-by-store/up.sql"),
    },
    Shipped {
        name: "0005-due-list-index",
        sql: include_str!("migrations/0005-due-list-index/up.sql"),
    },
    Shipped {
        name: "0006-answer-changes",
        sql: include_str!("migrations/0006-answer-changes/up.sql"),
    },
    Shipped {
        name: "0007-keyed-audit",
        sql: include_str!("migrations/0007-keyed-audit/up.sql"),
    },
    Shipped {
        name: "0008-identity",
        sql: include_str!("migrations/0008-identity/up.sql"),
    },
    Shipped {
        name: "0009-identity-renewal",
        sql: include_str!("migrations/0009-identity-renewal/up.sql"),
    },
];

pub(crate) fn latest_version() -> usize {
    SHIPPED.len()
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(64);
    for b in Sha256::digest(bytes) {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

/// The first `upto` shipped migrations, each recording its own hash when applied at `now`.
pub(crate) fn migrations(upto: usize, now: i64) -> Migrations<'static> {
    Migrations::new(
        SHIPPED
            .iter()
            .take(upto)
            .enumerate()
            .map(|(i, m)| {
                let version = i as i64 + 1;
                let name = m.name;
                let hash = sha256_hex(m.sql.as_bytes());
                M::up_with_hook(m.sql, move |tx: &Transaction| -> HookResult {
                    tx.execute(
                        "INSERT INTO schema_migration (version, name, sha256, applied_at) VALUES (?1, ?2, ?3, ?4)",
                        params![version, name, hash, now],
                    )?;
                    Ok(())
                })
            })
            .collect(),
    )
}

pub(crate) fn user_version(conn: &Connection) -> Result<usize> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok(usize::try_from(v).unwrap_or(usize::MAX))
}

/// Refuse a database made by a newer app, or migrated with a migration whose text has since changed.
pub(crate) fn check_applied(conn: &Connection) -> Result<usize> {
    let version = user_version(conn)?;
    if version > SHIPPED.len() {
        return Err(CaseError::TooNew {
            found: version,
            supported: SHIPPED.len(),
        });
    }
    if version == 0 {
        return Ok(0);
    }
    let mut stmt = conn.prepare("SELECT sha256 FROM schema_migration WHERE version = ?1")?;
    for (i, shipped) in SHIPPED.iter().take(version).enumerate() {
        let recorded: Option<String> = stmt.query_row([i as i64 + 1], |r| r.get(0)).optional()?;
        if recorded.as_deref() != Some(sha256_hex(shipped.sql.as_bytes()).as_str()) {
            return Err(CaseError::MigrationChanged {
                version: i + 1,
                name: shipped.name.to_owned(),
            });
        }
    }
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_migrations_validate() {
        assert_eq!(
            migrations(latest_version(), 0).validate(),
            Ok(()),
            "every migration applies in order to an empty database"
        );
    }

    #[test]
    fn migration_folders_are_numbered_in_order() {
        for (i, m) in SHIPPED.iter().enumerate() {
            assert!(
                m.name.starts_with(&format!("{:04}-", i + 1)),
                "{} is migration {}",
                m.name,
                i + 1
            );
        }
    }

    #[test]
    fn a_database_migrated_with_a_different_migration_text_is_refused() -> Result<()> {
        let mut conn = Connection::open_in_memory()?;
        migrations(latest_version(), 0).to_latest(&mut conn)?;
        assert_eq!(check_applied(&conn)?, latest_version());
        conn.execute(
            "UPDATE schema_migration SET sha256 = 'edited' WHERE version = 2",
            [],
        )?;
        assert!(matches!(
            check_applied(&conn),
            Err(CaseError::MigrationChanged { version: 2, .. })
        ));
        Ok(())
    }

    #[test]
    fn a_database_from_a_newer_app_is_refused() -> Result<()> {
        let conn = Connection::open_in_memory()?;
        conn.pragma_update(None, "user_version", latest_version() as i64 + 1)?;
        assert!(matches!(check_applied(&conn), Err(CaseError::TooNew { .. })));
        Ok(())
    }
}
