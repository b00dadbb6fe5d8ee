//! Schema migrations, keyed on SQLite's `user_version`.
//!
//! Each migration is one SQL batch run in a transaction. Before an existing database is
//! migrated, a copy is written to `backups/`; a database from a newer Stepwise is never touched.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::StoreError;

/// Migration `i` brings a database from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7, V8, V9, V10];

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

/// Progress travels between workstations (issue: progress exchange). Merging must never depend
/// on wall clocks, so every row that can change carries a Lamport stamp: this workstation's
/// `clock` (in `meta`, raised past every stamp it imports) and the workstation's id, and the
/// newest stamp wins. Attempts carry the workstation and its sequence number. Two learners
/// from two PCs may have chosen the same picture, so a picture is no longer unique in the
/// table (the app still offers only free pictures). A tombstone records an erased learner.
const V3: &str = r#"
INSERT OR IGNORE INTO meta (key, value) VALUES ('workstation_id',
    lower(substr(hex(randomblob(4)), 1) || '-' || hex(randomblob(2)) || '-4' ||
          substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' ||
          hex(randomblob(6))));
INSERT OR IGNORE INTO meta (key, value) VALUES ('clock', '0');

CREATE TABLE learners_v3 (
    id            TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL DEFAULT '',
    symbol        TEXT NOT NULL,
    background    TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    clock         INTEGER NOT NULL DEFAULT 0,
    workstation   TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO learners_v3 (id, display_name, symbol, background, created_at_ms, workstation)
    SELECT id, display_name, symbol, background, created_at_ms,
           (SELECT value FROM meta WHERE key = 'workstation_id') FROM learners;
DROP TABLE learners;
ALTER TABLE learners_v3 RENAME TO learners;

DROP TRIGGER attempts_are_append_only;
ALTER TABLE attempts ADD COLUMN workstation TEXT NOT NULL DEFAULT '';
ALTER TABLE attempts ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE attempts SET workstation = (SELECT value FROM meta WHERE key = 'workstation_id'),
                    seq = rowid;
CREATE TRIGGER attempts_are_append_only BEFORE UPDATE ON attempts
BEGIN
    SELECT RAISE(ABORT, 'attempts are append-only');
END;

ALTER TABLE completions ADD COLUMN clock INTEGER NOT NULL DEFAULT 0;
ALTER TABLE completions ADD COLUMN workstation TEXT NOT NULL DEFAULT '';
ALTER TABLE positions ADD COLUMN clock INTEGER NOT NULL DEFAULT 0;
ALTER TABLE positions ADD COLUMN workstation TEXT NOT NULL DEFAULT '';
ALTER TABLE learner_settings ADD COLUMN clock INTEGER NOT NULL DEFAULT 0;
ALTER TABLE learner_settings ADD COLUMN workstation TEXT NOT NULL DEFAULT '';
UPDATE completions SET workstation = (SELECT value FROM meta WHERE key = 'workstation_id');
UPDATE positions SET workstation = (SELECT value FROM meta WHERE key = 'workstation_id');
UPDATE learner_settings SET workstation = (SELECT value FROM meta WHERE key = 'workstation_id');
UPDATE meta SET value = (SELECT coalesce(max(rowid), 0) FROM attempts) WHERE key = 'clock';

-- An erased learner: their rows are gone; this stays, travels, and keeps them gone.
CREATE TABLE tombstones (
    learner_id   TEXT PRIMARY KEY,
    erased_at_ms INTEGER NOT NULL,
    clock        INTEGER NOT NULL,
    workstation  TEXT NOT NULL
) STRICT;
"#;

/// Version 4: a learner's name clip, their own voice saying their name, so the app can say
/// "Hello" and their name. It stays on this PC: progress files do not carry it.
const V4: &str = r#"
CREATE TABLE name_clips (
    learner_id     TEXT PRIMARY KEY,
    clip           BLOB NOT NULL,
    recorded_at_ms INTEGER NOT NULL
) STRICT;
"#;

/// Version 5: the progress files added here, so a report can name the files it includes. A
/// file read again (the shared folder's, after each lesson) stays one row, with its newest
/// time.
const V5: &str = r#"
CREATE TABLE imports (
    workstation      TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    workstation_name TEXT NOT NULL,
    written_at_ms    INTEGER NOT NULL,
    imported_at_ms   INTEGER NOT NULL,
    new_attempts     INTEGER NOT NULL,
    PRIMARY KEY (workstation, file_name)
) STRICT;
"#;

/// Version 6: what coaches did on this PC (the coach area opened, a wrong PIN, progress saved
/// and added, reports, erasures, restores), for an audit. Append-only: never changed, never
/// deleted; a restore puts back the entries the backup lacks. Ids only, never a name.
const V6: &str = r#"
CREATE TABLE coach_log (
    seq                INTEGER PRIMARY KEY,
    at_ms              INTEGER NOT NULL,
    utc_offset_minutes INTEGER NOT NULL,
    who                TEXT NOT NULL,
    action             TEXT NOT NULL,
    detail             TEXT NOT NULL
) STRICT;
CREATE TRIGGER coach_log_is_never_changed BEFORE UPDATE ON coach_log
BEGIN
    SELECT RAISE(ABORT, 'the coach log is append-only');
END;
CREATE TRIGGER coach_log_is_never_deleted BEFORE DELETE ON coach_log
BEGIN
    SELECT RAISE(ABORT, 'the coach log is append-only');
END;
"#;

/// Version 7: which workstations have applied each erasure (this one, and what progress files
/// said of the others), so the coach sees where an erasure has not arrived yet. An erasure
/// already here was applied here.
const V7: &str = r#"
CREATE TABLE erasures_applied (
    learner_id    TEXT NOT NULL,
    workstation   TEXT NOT NULL,
    applied_at_ms INTEGER NOT NULL,
    PRIMARY KEY (learner_id, workstation)
) STRICT;
INSERT INTO erasures_applied (learner_id, workstation, applied_at_ms)
    SELECT learner_id, (SELECT value FROM meta WHERE key = 'workstation_id'), erased_at_ms
    FROM tombstones;
"#;

/// Version 8: the register of certificates given here (one per learner and module), so each
/// printed certificate has an id the coach can look up. Erased with the learner.
const V8: &str = r#"
CREATE TABLE certificates (
    id           TEXT PRIMARY KEY,
    learner_id   TEXT NOT NULL,
    module_id    TEXT NOT NULL,
    level        INTEGER NOT NULL,
    finished_at_ms INTEGER NOT NULL,
    issued_at_ms INTEGER NOT NULL,
    UNIQUE (learner_id, module_id)
) STRICT;
"#;

/// Version 9: one person, two profiles. A coach joins two learners who are the same person
/// (and may undo it), or moves a session done under the wrong profile to the right one. Both
/// are records of their own (`merges`, `moves`) that travel in progress files; the answers and
/// completions themselves never change, only whose they are now (`learner_id`). `made_by`
/// keeps the learner they were given as, once that differs (NULL: the same as `learner_id`),
/// so an undone join gives them back. A learner joined into another has `merged_into` set and
/// no tile at sign-in. So the owner may change, and nothing else: the append-only trigger now
/// names every other column.
const V9: &str = r#"
ALTER TABLE attempts ADD COLUMN made_by TEXT;
ALTER TABLE completions ADD COLUMN made_by TEXT;
CREATE INDEX attempts_made_by ON attempts (made_by) WHERE made_by IS NOT NULL;
CREATE INDEX completions_made_by ON completions (made_by) WHERE made_by IS NOT NULL;
DROP TRIGGER attempts_are_append_only;
CREATE TRIGGER attempts_are_append_only
BEFORE UPDATE OF id, lesson_id, lesson_version, step_id, answer, correct, try_number,
                 started_at_ms, ended_at_ms, app_version, hint_level, help_pressed,
                 workstation, seq ON attempts
BEGIN
    SELECT RAISE(ABORT, 'attempts are append-only');
END;
ALTER TABLE learners ADD COLUMN merged_into TEXT;

CREATE TABLE merges (
    id           TEXT PRIMARY KEY,
    from_learner TEXT NOT NULL,
    into_learner TEXT NOT NULL,
    at_ms        INTEGER NOT NULL,
    undone       INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    clock        INTEGER NOT NULL,
    workstation  TEXT NOT NULL
) STRICT;

CREATE TABLE moves (
    id           TEXT PRIMARY KEY,
    from_learner TEXT NOT NULL,
    to_learner   TEXT NOT NULL,
    lesson_id    TEXT NOT NULL,
    start_ms     INTEGER NOT NULL,
    end_ms       INTEGER NOT NULL,
    at_ms        INTEGER NOT NULL,
    clock        INTEGER NOT NULL,
    workstation  TEXT NOT NULL
) STRICT;
"#;

/// Version 10: named coach accounts, each with their own PIN (an Argon2id hash, never the
/// PIN). They travel in locked progress files and the roster, so a coach given or withdrawn on
/// one PC is given or withdrawn on every PC. The name and PIN, and whether withdrawn, each
/// carry a stamp of their own: the newest wins, so a new PIN never undoes a withdrawal.
/// And a moved session can be undone (`moves.undone`).
const V10: &str = r#"
CREATE TABLE coaches (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    pin_hash           TEXT NOT NULL,
    created_at_ms      INTEGER NOT NULL,
    clock              INTEGER NOT NULL,
    workstation        TEXT NOT NULL,
    withdrawn          INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    status_clock       INTEGER NOT NULL,
    status_workstation TEXT NOT NULL
) STRICT;
ALTER TABLE moves ADD COLUMN undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1));
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
    // A migration may rebuild a table others refer to (SQLite's own recipe): foreign keys are
    // off while it runs and checked before it commits.
    conn.pragma_update(None, "foreign_keys", false)?;
    let migrated = (|| {
        let tx = conn.transaction()?;
        for (index, sql) in migrations.iter().enumerate().skip(found as usize) {
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", index as i64 + 1)?;
        }
        let broken: i64 =
            tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
                row.get(0)
            })?;
        if broken > 0 {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
                Some(format!("{broken} rows lost their learner in the migration")),
            ));
        }
        tx.commit()
    })();
    conn.pragma_update(None, "foreign_keys", true)?;
    migrated?;
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
