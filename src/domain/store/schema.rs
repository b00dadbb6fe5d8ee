//! Schema migrations, keyed on SQLite's `user_version`.
//!
//! Each migration is one SQL batch run in a transaction. Before an existing database is
//! migrated, a copy is written to `backups/`; a database from a newer Stepwise is never touched.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::StoreError;

/// Migration `i` brings a database from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[V1, V2];

const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE learners (
    id            TEXT PRIMARY KEY,           -- UUID
    display_name  TEXT NOT NULL DEFAULT '',   -- may be empty: the picture identifies
    symbol        TEXT NOT NULL,              -- pictogram id
    background    TEXT NOT NULL,              -- background id
    created_at_ms INTEGER NOT NULL,
    UNIQUE (symbol, background)
) STRICT;

-- One row per answer. Append-only: rows are never updated (a trigger enforces it).
CREATE TABLE attempts (
    id             TEXT PRIMARY KEY,          -- UUID
    learner_id     TEXT NOT NULL REFERENCES learners(id),
    lesson_id      TEXT NOT NULL,
    lesson_version INTEGER NOT NULL,
    step_id        TEXT NOT NULL,
    answer         TEXT NOT NULL,
    correct        INTEGER NOT NULL CHECK (correct IN (0, 1)),
    try_number     INTEGER NOT NULL CHECK (try_number >= 1),
    started_at_ms  INTEGER NOT NULL,
    ended_at_ms    INTEGER NOT NULL,
    app_version    TEXT NOT NULL
) STRICT;
CREATE INDEX attempts_by_learner ON attempts (learner_id, lesson_id);
CREATE TRIGGER attempts_are_append_only BEFORE UPDATE ON attempts
BEGIN
    SELECT RAISE(ABORT, 'attempts are append-only');
END;

-- A finished lesson. Also append-only: doing a lesson again adds a row, never lowers one.
CREATE TABLE completions (
    id             TEXT PRIMARY KEY,
    learner_id     TEXT NOT NULL REFERENCES learners(id),
    lesson_id      TEXT NOT NULL,
    lesson_version INTEGER NOT NULL,
    completed_at_ms INTEGER NOT NULL
) STRICT;
CREATE INDEX completions_by_learner ON completions (learner_id);

-- Where a learner left a lesson, so they come back to that step.
CREATE TABLE positions (
    learner_id    TEXT NOT NULL REFERENCES learners(id),
    lesson_id     TEXT NOT NULL,
    step_index    INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    PRIMARY KEY (learner_id, lesson_id)
) STRICT;

CREATE TABLE learner_settings (
    learner_id TEXT NOT NULL REFERENCES learners(id),
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    PRIMARY KEY (learner_id, key)
) STRICT;
"#;

/// How much help a try had: the hint level on screen when it was made, and whether the
/// learner pressed Help on the step before it (for the coach, never a grade).
const V2: &str = r#"
ALTER TABLE attempts ADD COLUMN hint_level INTEGER NOT NULL DEFAULT 0 CHECK (hint_level BETWEEN 0 AND 3);
ALTER TABLE attempts ADD COLUMN help_pressed INTEGER NOT NULL DEFAULT 0 CHECK (help_pressed IN (0, 1));
"#;

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Brings the database up to the latest version, with a backup first if it held data.
pub fn migrate(conn: &mut Connection, backups_dir: &Path) -> Result<Option<PathBuf>, StoreError> {
    migrate_with(conn, MIGRATIONS, backups_dir)
}

pub(crate) fn migrate_with(
    conn: &mut Connection,
    migrations: &[&str],
    backups_dir: &Path,
) -> Result<Option<PathBuf>, StoreError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let supported = migrations.len() as i64;
    if found > supported {
        return Err(StoreError::NewerVersion { found, supported });
    }
    if found == supported {
        return Ok(None);
    }
    let backup = if found > 0 {
        std::fs::create_dir_all(backups_dir).map_err(|source| StoreError::Io {
            path: backups_dir.to_path_buf(),
            source,
        })?;
        let file = backups_dir.join(format!(
            "before-schema-{}-{}.sqlite",
            found + 1,
            super::now_ms()
        ));
        conn.execute("VACUUM INTO ?1", [file.to_string_lossy()])?;
        log::info!("backup before schema migration: {}", file.display());
        Some(file)
    } else {
        None
    };
    let tx = conn.transaction()?;
    for (index, sql) in migrations.iter().enumerate().skip(found as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    tx.commit()?;
    Ok(backup)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXTRA: &str = "ALTER TABLE learners ADD COLUMN note TEXT NOT NULL DEFAULT '';";

    #[test]
    fn a_new_database_gets_the_latest_schema_without_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = Connection::open(dir.path().join("db")).unwrap();
        assert_eq!(
            migrate(&mut conn, &dir.path().join("backups")).unwrap(),
            None
        );
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, latest_version());
        assert!(!dir.path().join("backups").exists());
    }

    #[test]
    fn an_older_database_is_backed_up_then_migrated_keeping_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = Connection::open(dir.path().join("db")).unwrap();
        migrate_with(&mut conn, &[V1], &dir.path().join("backups")).unwrap();
        conn.execute(
            "INSERT INTO learners VALUES ('a', 'Anna', 'tree', 'blue', 1)",
            [],
        )
        .unwrap();
        let backup = migrate_with(&mut conn, &[V1, EXTRA], &dir.path().join("backups"))
            .unwrap()
            .expect("a backup is taken");
        let old = Connection::open(&backup).unwrap();
        let old_version: i64 = old
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(old_version, 1);
        let note: String = conn
            .query_row("SELECT note FROM learners WHERE id = 'a'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(note, "");
    }

    #[test]
    fn a_database_from_a_newer_stepwise_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = Connection::open(dir.path().join("db")).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        let error = migrate(&mut conn, &dir.path().join("backups")).unwrap_err();
        assert!(
            matches!(error, StoreError::NewerVersion { found: 99, supported } if supported == latest_version())
        );
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 0);
    }
}
