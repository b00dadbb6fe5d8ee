//! The progress store: one SQLite database in the data folder.
//!
//! Every answer is committed before the screen moves on (`synchronous=FULL`, WAL). Attempts and
//! completions are append-only; learners, positions and settings may change.

pub mod backup;
pub mod coaches;
pub mod merge;
pub(crate) mod schema;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

pub use schema::latest_version;

use crate::domain::avatar::Picture;

/// File name of the database inside the data folder.
pub const DATABASE_FILE: &str = "stepwise.sqlite";

/// What can go wrong with the store, with enough detail for the log and the coach.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot use the folder {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the data folder {path} cannot be written: {reason}")]
    ReadOnly { path: PathBuf, reason: String },
    #[error(
        "the database was made by a newer Stepwise (schema {found}; this one knows up to {supported})"
    )]
    NewerVersion { found: i64, supported: i64 },
    #[error("the database {path} is damaged: {detail}")]
    Damaged { path: PathBuf, detail: String },
    #[error("Stepwise is already open on this data folder ({path})")]
    AlreadyOpen { path: PathBuf },
    #[error("{}", plain_sql(.0))]
    Sql(#[from] rusqlite::Error),
}

/// A database error in words a coach can act on; SQLite's own words stay in brackets.
fn plain_sql(error: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode;
    let plain = match error.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => "the disk is full: make room, then try again",
        Some(ErrorCode::SystemIoFailure) => {
            "the disk could not be written (it may be full or failing): make room or check the disk, then try again"
        }
        Some(ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
            "the data folder cannot be written: `stepwise doctor` says how to fix it"
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            "another program is using the database: close it, then try again"
        }
        _ => return format!("database error: {error}"),
    };
    format!("{plain} ({error})")
}

impl StoreError {
    /// The id of the friendly text shown for this error.
    pub fn text_id(&self) -> &'static str {
        match self {
            Self::Io { .. } | Self::ReadOnly { .. } => "error-data-folder",
            Self::NewerVersion { .. } => "error-newer-database",
            Self::Damaged { .. } => "error-damaged-database",
            Self::AlreadyOpen { .. } => "error-already-open",
            Self::Sql(error) if is_disk_full(error) => "error-disk-full",
            Self::Sql(_) => "error-saving",
        }
    }
}

fn is_disk_full(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DiskFull)
    )
}

/// Keeps a second Stepwise window off the same data folder (two windows on one shared PC
/// would confuse a learner, and the second would show stale progress). The lock is the
/// operating system's, on `stepwise.lock`: it goes when the process ends, even by a crash.
/// Command-line tools do not take it: SQLite keeps their writes safe beside the app.
pub fn lock_instance(data_dir: &Path) -> Result<std::fs::File, StoreError> {
    std::fs::create_dir_all(data_dir).map_err(|source| StoreError::Io {
        path: data_dir.to_path_buf(),
        source,
    })?;
    let path = data_dir.join("stepwise.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| StoreError::Io {
            path: path.clone(),
            source,
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::AlreadyOpen { path }),
        Err(std::fs::TryLockError::Error(source)) => Err(StoreError::Io { path, source }),
    }
}

/// Milliseconds since 1970 in UTC.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_millis() as i64
}

/// A learner as the sign-in screen shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    pub id: Uuid,
    pub display_name: String,
    pub picture: Picture,
    pub created_at_ms: i64,
}

/// A progress file that was added here (for the reports' list of what they include).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFile {
    pub file_name: String,
    pub workstation_name: String,
    pub written_at_ms: i64,
    /// Answers it brought that were new here, over every time it was read.
    pub new_attempts: i64,
}

/// One answer to one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub id: Uuid,
    pub learner_id: Uuid,
    pub lesson_id: String,
    pub lesson_version: u32,
    pub step_id: String,
    /// The answer as the exercise kind encodes it (e.g. the id of the chosen picture).
    pub answer: String,
    pub correct: bool,
    pub try_number: u32,
    /// The hint level on screen when the try was made (0 to 3).
    pub hint_level: u8,
    /// Whether the learner pressed Help on this step before the try.
    pub help_pressed: bool,
    pub started_at_ms: i64,
    pub ended_at_ms: i64,
    pub app_version: String,
}

/// The machine a database runs on, as far as the operating system tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Machine {
    /// `/etc/machine-id` on Linux; empty where there is none.
    pub id: String,
    pub host_name: String,
}

impl Machine {
    pub fn this() -> Machine {
        Machine {
            id: std::fs::read_to_string("/etc/machine-id")
                .map(|id| id.trim().to_string())
                .unwrap_or_default(),
            host_name: gethostname::gethostname().to_string_lossy().into_owned(),
        }
    }
}

/// The open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// This workstation's id (made by the schema at first start).
    workstation: Uuid,
    /// A backup taken before a schema migration at this start, if any.
    pub migration_backup: Option<PathBuf>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (or creates) the database in `data_dir`, checks it and brings its schema up to date.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        Self::open_on(data_dir, &Machine::this())
    }

    /// Opens the database as seen from `machine`: if the machine id or host name differ from
    /// the ones the database last ran on (a cloned disk image, a data folder carried to
    /// another PC), this workstation gets a new id, so two PCs never write as one.
    pub fn open_on(data_dir: &Path, machine: &Machine) -> Result<Store, StoreError> {
        std::fs::create_dir_all(data_dir).map_err(|source| StoreError::Io {
            path: data_dir.to_path_buf(),
            source,
        })?;
        check_writable(data_dir)?;
        let path = data_dir.join(DATABASE_FILE);
        // SQLite makes a new database readable by its owner only (0644 less the umask); made
        // here first, it is writable by the group of a shared folder, and SQLite gives the
        // WAL and shared-memory files the database's own mode.
        crate::domain::files::create_for_group(&path);
        let mut conn = Connection::open(&path).map_err(|error| damaged_or(error, &path))?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let journal: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
            .map_err(|error| damaged_or(error, &path))?;
        if !journal.eq_ignore_ascii_case("wal") {
            log::warn!("journal mode is {journal}, not WAL");
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Deleted rows are overwritten, not only unlinked: an erased learner's answers do not
        // linger in free pages (issue 9). Only erasures delete, so it costs nothing else.
        conn.pragma_update(None, "secure_delete", true)?;
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |row| row.get(0))
            .map_err(|error| damaged_or(error, &path))?;
        if check != "ok" {
            return Err(StoreError::Damaged {
                path,
                detail: check,
            });
        }
        let migration_backup = schema::migrate(&mut conn, &data_dir.join("backups"))?;
        let mut store = Store {
            conn,
            path,
            workstation: Uuid::nil(),
            migration_backup,
        };
        store.workstation = store.workstation_id()?;
        store.check_machine(machine)?;
        // An erasure whose clean-up was cut short (power, a full disk) is finished now.
        if store.scrub_pending()? {
            match store.scrub() {
                Ok(scrubbed) => log::info!("an earlier erasure was finished: {scrubbed:?}"),
                Err(error) => log::warn!("an erasure's clean-up must wait: {error}"),
            }
        }
        Ok(store)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version in the file.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    /// The id of this workstation, made at first use.
    pub fn workstation_id(&self) -> Result<Uuid, StoreError> {
        let existing: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'workstation_id'",
                [],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(id) = existing.and_then(|text| Uuid::parse_str(&text).ok()) {
            return Ok(id);
        }
        let id = Uuid::new_v4();
        self.conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('workstation_id', ?1)",
            [id.to_string()],
        )?;
        Ok(id)
    }

    /// Gives the workstation a new id when the database now runs on another machine.
    fn check_machine(&mut self, machine: &Machine) -> Result<(), StoreError> {
        let meta = |key: &str| -> Result<Option<String>, StoreError> {
            Ok(self
                .conn
                .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
                    row.get(0)
                })
                .optional()?)
        };
        let (machine_id, host) = (meta("machine_id")?, meta("host_name")?);
        if machine_id.as_deref() == Some(machine.id.as_str())
            && host.as_deref() == Some(machine.host_name.as_str())
        {
            // The usual start: same machine, nothing to write.
            return Ok(());
        }
        let moved = machine_id.is_some_and(|id| id != machine.id)
            || host.is_some_and(|host| host != machine.host_name);
        let tx = self.conn.unchecked_transaction()?;
        if moved {
            let new = Uuid::new_v4();
            log::warn!(
                "this database last ran on another machine (a cloned image?): workstation {} becomes {new}",
                self.workstation
            );
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('previous_workstation_id', ?1)",
                [self.workstation.to_string()],
            )?;
            tx.execute(
                "UPDATE meta SET value = ?1 WHERE key = 'workstation_id'",
                [new.to_string()],
            )?;
            // The erasures applied here stay applied under the new id.
            tx.execute(
                "INSERT OR IGNORE INTO erasures_applied (learner_id, workstation, applied_at_ms)
                 SELECT learner_id, ?1, applied_at_ms FROM erasures_applied
                 WHERE workstation = ?2",
                [new.to_string(), self.workstation.to_string()],
            )?;
            self.workstation = new;
        }
        for (key, value) in [
            ("machine_id", &machine.id),
            ("host_name", &machine.host_name),
        ] {
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
                [key, value.as_str()],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Starts a transaction, or joins the one [`Store::batch`] has open.
    fn begin(&self) -> Result<Tx<'_>, StoreError> {
        let owned = if self.conn.is_autocommit() {
            Some(self.conn.unchecked_transaction()?)
        } else {
            None
        };
        Ok(Tx {
            conn: &self.conn,
            owned,
        })
    }

    /// Runs many writes as one transaction (demo data, benchmarks): one fsync, not one per
    /// answer. If `work` fails, none of it is kept.
    pub fn batch<T>(
        &self,
        work: impl FnOnce(&Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let result = work(self)?;
        tx.commit()?;
        Ok(result)
    }

    /// The connection, for the progress exchange (which writes in its own transactions).
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// This workstation's id, as stamped on what it writes.
    pub fn workstation(&self) -> Uuid {
        self.workstation
    }

    /// Moves this workstation's Lamport clock one on and returns it: the stamp of a change
    /// that may travel to other workstations (newest stamp wins; wall clocks are never used).
    pub(crate) fn tick(&self) -> Result<i64, StoreError> {
        Ok(self.conn.query_row(
            "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'clock'
             RETURNING CAST(value AS INTEGER)",
            [],
            |row| row.get(0),
        )?)
    }

    /// Adds a learner. Fails if the picture is already someone's on this workstation (two
    /// learners from two workstations may share one after an import).
    pub fn add_learner(
        &self,
        display_name: &str,
        picture: &Picture,
    ) -> Result<Learner, StoreError> {
        self.insert_learner(display_name, picture, true)
    }

    /// Adds a learner even if their picture is someone else's (made-up demo data with more
    /// learners than pictures).
    pub(crate) fn add_learner_sharing_picture(
        &self,
        display_name: &str,
        picture: &Picture,
    ) -> Result<Learner, StoreError> {
        self.insert_learner(display_name, picture, false)
    }

    fn insert_learner(
        &self,
        display_name: &str,
        picture: &Picture,
        picture_must_be_free: bool,
    ) -> Result<Learner, StoreError> {
        let learner = Learner {
            id: Uuid::new_v4(),
            display_name: clean_name(display_name),
            picture: picture.clone(),
            created_at_ms: now_ms(),
        };
        let tx = self.begin()?;
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM learners WHERE symbol = ?1 AND background = ?2)",
            params![learner.picture.symbol, learner.picture.background],
            |row| row.get(0),
        )?;
        if taken && picture_must_be_free {
            return Err(StoreError::Sql(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE),
                Some("this picture is already someone's".into()),
            )));
        }
        let clock = self.tick()?;
        tx.execute(
            "INSERT INTO learners (id, display_name, symbol, background, created_at_ms, clock,
                                   workstation)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                learner.id.to_string(),
                learner.display_name,
                learner.picture.symbol,
                learner.picture.background,
                learner.created_at_ms,
                clock,
                self.workstation.to_string(),
            ],
        )?;
        tx.commit()?;
        Ok(learner)
    }

    /// The learners in the order they joined, so sign-in tiles never move; a learner joined
    /// into another (one person, two profiles) is left out.
    pub fn learners(&self) -> Result<Vec<Learner>, StoreError> {
        self.learners_where("merged_into IS NULL")
    }

    fn learners_where(&self, filter: &str) -> Result<Vec<Learner>, StoreError> {
        let mut statement = self.conn.prepare(&format!(
            "SELECT id, display_name, symbol, background, created_at_ms FROM learners
             WHERE {filter} ORDER BY created_at_ms, rowid"
        ))?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, i64>(4)?,
            ))
        })?;
        let mut learners = Vec::new();
        for row in rows {
            let (id, display_name, symbol, background, created_at_ms) = row?;
            let Ok(id) = Uuid::parse_str(&id) else {
                log::warn!("skipping a learner row with a malformed id");
                continue;
            };
            learners.push(Learner {
                id,
                display_name,
                picture: Picture { symbol, background },
                created_at_ms,
            });
        }
        Ok(learners)
    }

    /// Stores one answer; returns only once it is on disk.
    pub fn record_attempt(&self, attempt: &Attempt) -> Result<(), StoreError> {
        let tx = self.begin()?;
        let seq = self.tick()?;
        tx.execute(
            "INSERT INTO attempts (id, learner_id, lesson_id, lesson_version, step_id, answer,
                                   correct, try_number, started_at_ms, ended_at_ms, app_version,
                                   hint_level, help_pressed, workstation, seq)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            params![
                attempt.id.to_string(),
                attempt.learner_id.to_string(),
                attempt.lesson_id,
                attempt.lesson_version,
                attempt.step_id,
                attempt.answer,
                attempt.correct,
                attempt.try_number,
                attempt.started_at_ms,
                attempt.ended_at_ms,
                attempt.app_version,
                attempt.hint_level,
                attempt.help_pressed,
                self.workstation.to_string(),
                seq,
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// A learner's answers in one lesson, oldest first.
    pub fn attempts(&self, learner_id: Uuid, lesson_id: &str) -> Result<Vec<Attempt>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT id, lesson_version, step_id, answer, correct, try_number, started_at_ms,
                    ended_at_ms, app_version, hint_level, help_pressed
             FROM attempts WHERE learner_id = ?1 AND lesson_id = ?2 ORDER BY rowid",
        )?;
        let rows = statement.query_map(params![learner_id.to_string(), lesson_id], |row| {
            Ok(Attempt {
                id: Uuid::parse_str(&row.get::<_, String>(0)?).unwrap_or_default(),
                learner_id,
                lesson_id: lesson_id.to_string(),
                lesson_version: row.get(1)?,
                step_id: row.get(2)?,
                answer: row.get(3)?,
                correct: row.get(4)?,
                try_number: row.get(5)?,
                started_at_ms: row.get(6)?,
                ended_at_ms: row.get(7)?,
                app_version: row.get(8)?,
                hint_level: row.get(9)?,
                help_pressed: row.get(10)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks a lesson finished; never removes an earlier completion.
    pub fn record_completion(
        &self,
        learner_id: Uuid,
        lesson_id: &str,
        version: u32,
    ) -> Result<(), StoreError> {
        let tx = self.begin()?;
        let clock = self.tick()?;
        tx.execute(
            "INSERT INTO completions (id, learner_id, lesson_id, lesson_version, completed_at_ms,
                                      clock, workstation)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                Uuid::new_v4().to_string(),
                learner_id.to_string(),
                lesson_id,
                version,
                now_ms(),
                clock,
                self.workstation.to_string(),
            ],
        )?;
        // The place in the lesson is closed (step -1), not deleted, so the closing travels to
        // other workstations and wins over an older open place there.
        self.put_position(learner_id, lesson_id, -1)?;
        tx.commit()?;
        Ok(())
    }

    /// The lessons this learner has finished at least once.
    pub fn completed_lessons(&self, learner_id: Uuid) -> Result<BTreeSet<String>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT DISTINCT lesson_id FROM completions WHERE learner_id = ?1")?;
        let rows = statement.query_map([learner_id.to_string()], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Remembers the step a learner is on, so leaving and coming back resumes there.
    pub fn save_position(
        &self,
        learner_id: Uuid,
        lesson_id: &str,
        step_index: usize,
    ) -> Result<(), StoreError> {
        let tx = self.begin()?;
        self.put_position(learner_id, lesson_id, step_index as i64)?;
        tx.commit()?;
        Ok(())
    }

    fn put_position(&self, learner_id: Uuid, lesson_id: &str, step: i64) -> Result<(), StoreError> {
        let clock = self.tick()?;
        self.conn.execute(
            "INSERT INTO positions (learner_id, lesson_id, step_index, updated_at_ms, clock,
                                    workstation)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (learner_id, lesson_id)
             DO UPDATE SET step_index = excluded.step_index, updated_at_ms = excluded.updated_at_ms,
                           clock = excluded.clock, workstation = excluded.workstation",
            params![
                learner_id.to_string(),
                lesson_id,
                step,
                now_ms(),
                clock,
                self.workstation.to_string()
            ],
        )?;
        Ok(())
    }

    /// Where the learner left a lesson, if they left it unfinished.
    pub fn position(&self, learner_id: Uuid, lesson_id: &str) -> Result<Option<usize>, StoreError> {
        let index: Option<i64> = self
            .conn
            .query_row(
                "SELECT step_index FROM positions
                 WHERE learner_id = ?1 AND lesson_id = ?2 AND step_index >= 0",
                params![learner_id.to_string(), lesson_id],
                |row| row.get(0),
            )
            .optional()?;
        Ok(index.map(|index| index.max(0) as usize))
    }

    /// The unfinished lesson the learner touched last, and the step they are on.
    pub fn last_position(&self, learner_id: Uuid) -> Result<Option<(String, usize)>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT lesson_id, step_index FROM positions WHERE learner_id = ?1
                 AND step_index >= 0 ORDER BY clock DESC, workstation DESC LIMIT 1",
                [learner_id.to_string()],
                |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, i64>(1)?.max(0) as usize,
                    ))
                },
            )
            .optional()?)
    }

    /// Gives a learner another name (the coach corrects a typo, say). The change is stamped,
    /// so it wins over the older name on every workstation it reaches.
    pub fn rename_learner(&self, learner_id: Uuid, display_name: &str) -> Result<(), StoreError> {
        let tx = self.begin()?;
        let clock = self.tick()?;
        tx.execute(
            "UPDATE learners SET display_name = ?2, clock = ?3, workstation = ?4 WHERE id = ?1",
            params![
                learner_id.to_string(),
                clean_name(display_name),
                clock,
                self.workstation.to_string()
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Gives a learner another picture (the coach's choice, for a learner who does not
    /// recognise theirs). Refused if it is someone else's here. It travels like a new name:
    /// the newest stamp wins on every PC.
    pub fn set_picture(&self, learner_id: Uuid, picture: &Picture) -> Result<(), StoreError> {
        let tx = self.begin()?;
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM learners
                            WHERE symbol = ?1 AND background = ?2 AND id != ?3)",
            params![picture.symbol, picture.background, learner_id.to_string()],
            |row| row.get(0),
        )?;
        if taken {
            return Err(StoreError::Sql(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE),
                Some("this picture is already someone's".into()),
            )));
        }
        let clock = self.tick()?;
        tx.execute(
            "UPDATE learners SET symbol = ?2, background = ?3, clock = ?4, workstation = ?5
             WHERE id = ?1",
            params![
                learner_id.to_string(),
                picture.symbol,
                picture.background,
                clock,
                self.workstation.to_string()
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Erases a learner: their answers, completions, places and settings are deleted, and a
    /// tombstone stays so the erasure travels in progress files and an old file never brings
    /// them back.
    ///
    /// Then nothing of them stays readable on this PC: the freed pages were overwritten
    /// (`secure_delete`), the write-ahead log is emptied, the file rebuilt (`VACUUM`), and the
    /// backups that still hold them are cleaned the same way (see [`Store::scrub`]). If that
    /// clean-up is cut short, it is finished at the next start.
    ///
    /// A learner joined into this one is the same person: erased too, with the same stamp.
    pub fn erase_learner(&self, learner_id: Uuid) -> Result<(), StoreError> {
        let tx = self.begin()?;
        let clock = self.tick()?;
        let at = now_ms();
        let rules = merge::Rules::load(&tx)?;
        let same_person: Vec<Uuid> = self
            .learners_with_joined()?
            .into_iter()
            .map(|learner| learner.id)
            .filter(|id| rules.resolve(*id) == learner_id)
            .chain([learner_id])
            .collect();
        for id in same_person {
            bury(&tx, id, at, clock, &self.workstation.to_string())?;
            note_erasure_applied(&tx, id, &self.workstation.to_string(), at)?;
        }
        merge::reassign(&tx)?;
        mark_scrub_pending(&tx)?;
        tx.commit()?;
        if let Err(error) = self.scrub() {
            // The erasure itself is stored; the clean-up is tried again at the next start.
            log::warn!("an erasure's clean-up must wait: {error}");
        }
        Ok(())
    }

    /// Adds a line to the coach log (who did what; `detail` holds ids and file names, never a
    /// learner's name). A line that cannot be written never stops what the coach did: it is
    /// noted in stepwise.log.
    pub fn log_coach_action(&self, who: &str, action: &str, detail: &str) {
        let offset = chrono::Local::now().offset().local_minus_utc() / 60;
        if let Err(error) = self.conn.execute(
            "INSERT INTO coach_log (at_ms, utc_offset_minutes, who, action, detail)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![now_ms(), offset, who, action, detail],
        ) {
            log::warn!("the coach log could not be written: {error}");
        }
    }

    /// The whole coach log, oldest first.
    pub fn coach_log(&self) -> Result<Vec<CoachAction>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT seq, at_ms, utc_offset_minutes, who, action, detail FROM coach_log
             ORDER BY seq",
        )?;
        let entries = statement
            .query_map([], |row| {
                Ok(CoachAction {
                    seq: row.get(0)?,
                    at_ms: row.get(1)?,
                    utc_offset_minutes: row.get(2)?,
                    who: row.get(3)?,
                    action: row.get(4)?,
                    detail: row.get(5)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(entries)
    }

    /// Puts back log entries a restored backup did not have yet (the log only grows).
    pub(crate) fn keep_coach_log(&self, entries: &[CoachAction]) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        for entry in entries {
            tx.execute(
                "INSERT OR IGNORE INTO coach_log (seq, at_ms, utc_offset_minutes, who, action,
                                                  detail)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    entry.seq,
                    entry.at_ms,
                    entry.utc_offset_minutes,
                    entry.who,
                    entry.action,
                    entry.detail
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Learners marked as having left the organisation, with when (a setting, so it travels
    /// in progress files like the others).
    pub fn left_learners(&self) -> Result<BTreeMap<Uuid, i64>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT learner_id, value FROM learner_settings WHERE key = ?1 AND value != ''",
        )?;
        let left = statement
            .query_map([LEFT_AT], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })?
            .filter_map(|row| {
                let (id, at) = row.ok()?;
                Some((Uuid::parse_str(&id).ok()?, at.parse().ok()?))
            })
            .collect();
        Ok(left)
    }

    /// Marks a learner as having left the organisation (now), or as back (`false`).
    pub fn set_left(&self, learner_id: Uuid, left: bool) -> Result<(), StoreError> {
        let value = if left {
            now_ms().to_string()
        } else {
            String::new()
        };
        self.set_setting(learner_id, LEFT_AT, &value)
    }

    /// The certificate register as raw rows, to carry through a restore (an id given out is
    /// kept for good).
    pub(crate) fn certificate_rows(&self) -> Result<Vec<[rusqlite::types::Value; 6]>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT id, learner_id, module_id, level, finished_at_ms, issued_at_ms
             FROM certificates",
        )?;
        let rows = statement
            .query_map([], |row| {
                Ok([
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                    row.get(5)?,
                ])
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Puts back certificates a restored backup lacks (erased learners' stay gone: the
    /// tombstones are applied after this).
    pub(crate) fn keep_certificates(
        &self,
        rows: &[[rusqlite::types::Value; 6]],
    ) -> Result<(), StoreError> {
        for row in rows {
            self.conn.execute(
                "INSERT OR IGNORE INTO certificates (id, learner_id, module_id, level,
                                                     finished_at_ms, issued_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params_from_iter(row.iter()),
            )?;
        }
        Ok(())
    }

    /// Whether an erasure's clean-up still has to run.
    pub fn scrub_pending(&self) -> Result<bool, StoreError> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'scrub_pending')",
            [],
            |row| row.get(0),
        )?)
    }

    /// Leaves nothing of erased learners readable on this PC: empties the write-ahead log,
    /// rebuilds the database file, and applies every tombstone to each backup that still
    /// holds an erased learner (a backup that cannot be cleaned is removed). Backups keep
    /// their dates. Runs after an erasure made here or brought by a progress file.
    pub fn scrub(&self) -> Result<Scrubbed, StoreError> {
        self.conn.execute_batch(
            "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);",
        )?;
        let tombstones: Vec<(String, i64, i64, String)> = self
            .conn
            .prepare("SELECT learner_id, erased_at_ms, clock, workstation FROM tombstones")?
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?
            .collect::<Result<_, _>>()?;
        let mut scrubbed = Scrubbed::default();
        let mut unfinished = None;
        let data_dir = self.path.parent().unwrap_or(Path::new("."));
        for backup in backup::list(data_dir) {
            // A damaged database moved aside is kept for recovery as it is (docs/privacy.md).
            if backup::Kind::of(&backup.path).is_none()
                && backup
                    .path
                    .file_name()
                    .is_some_and(|name| name.to_string_lossy().starts_with("damaged-"))
            {
                continue;
            }
            let remove = match clean_backup(&backup.path, &tombstones) {
                Ok(true) => {
                    scrubbed.backups_cleaned += 1;
                    false
                }
                Ok(false) => false,
                // It holds an erased learner and cannot be cleaned: it goes.
                Err((true, error)) => {
                    log::warn!("a backup holding an erased learner is removed: {error}");
                    true
                }
                // Not a database, or damaged: what it holds cannot be cleaned, so it goes.
                Err((false, error))
                    if matches!(
                        error.sqlite_error_code(),
                        Some(
                            rusqlite::ErrorCode::NotADatabase
                                | rusqlite::ErrorCode::DatabaseCorrupt
                        )
                    ) =>
                {
                    log::warn!("a damaged backup is removed after an erasure: {error}");
                    true
                }
                // Busy or locked: kept, and tried again later.
                Err((false, error)) => {
                    unfinished = Some(StoreError::Sql(error));
                    false
                }
            };
            if remove {
                match std::fs::remove_file(&backup.path) {
                    Ok(()) => {
                        // Its write-ahead log and shared memory, if SQLite left any.
                        for end in ["-wal", "-shm"] {
                            let mut file = backup.path.clone().into_os_string();
                            file.push(end);
                            let _ = std::fs::remove_file(file);
                        }
                        scrubbed.backups_removed += 1;
                    }
                    Err(source) => {
                        unfinished = Some(StoreError::Io {
                            path: backup.path.clone(),
                            source,
                        })
                    }
                }
            }
        }
        if let Some(error) = unfinished {
            return Err(error);
        }
        self.conn
            .execute("DELETE FROM meta WHERE key = 'scrub_pending'", [])?;
        Ok(scrubbed)
    }

    /// The progress files added here, newest first: (file, from which PC, written when).
    pub fn imported_files(&self) -> Result<Vec<ImportedFile>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT file_name, workstation_name, written_at_ms, new_attempts FROM imports
             ORDER BY imported_at_ms DESC, file_name",
        )?;
        let files = statement
            .query_map([], |row| {
                Ok(ImportedFile {
                    file_name: row.get(0)?,
                    workstation_name: row.get(1)?,
                    written_at_ms: row.get(2)?,
                    new_attempts: row.get(3)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(files)
    }

    /// The other workstations whose progress files were added here, with the name of the
    /// newest file from each, by name.
    pub fn other_workstations(&self) -> Result<Vec<(Uuid, String)>, StoreError> {
        let mut statement = self.conn.prepare(
            "SELECT workstation, workstation_name FROM imports AS newest
             WHERE workstation != ?1 AND imported_at_ms = (
                 SELECT max(imported_at_ms) FROM imports WHERE workstation = newest.workstation)
             GROUP BY workstation ORDER BY workstation_name, workstation",
        )?;
        let rows = statement.query_map([self.workstation.to_string()], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?;
        let mut found = Vec::new();
        for row in rows {
            let (id, name) = row?;
            if let Ok(id) = Uuid::parse_str(&id) {
                found.push((id, name));
            }
        }
        Ok(found)
    }

    /// The learner's name clip (a WAV file of them saying their name), if one was recorded.
    pub fn name_clip(&self, learner_id: Uuid) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT clip FROM name_clips WHERE learner_id = ?1",
                [learner_id.to_string()],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Keeps a new name clip for the learner, in place of the one before. The clip stays on
    /// this PC (a voice is personal; progress files do not carry it).
    pub fn set_name_clip(&self, learner_id: Uuid, clip: &[u8]) -> Result<(), StoreError> {
        let tx = self.begin()?;
        tx.execute(
            "INSERT INTO name_clips (learner_id, clip, recorded_at_ms) VALUES (?1, ?2, ?3)
             ON CONFLICT (learner_id) DO UPDATE SET clip = excluded.clip,
                 recorded_at_ms = excluded.recorded_at_ms",
            params![learner_id.to_string(), clip, now_ms()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// A per-learner setting, as text.
    pub fn setting(&self, learner_id: Uuid, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM learner_settings WHERE learner_id = ?1 AND key = ?2",
                params![learner_id.to_string(), key],
                |row| row.get(0),
            )
            .optional()?)
    }

    pub fn set_setting(&self, learner_id: Uuid, key: &str, value: &str) -> Result<(), StoreError> {
        let tx = self.begin()?;
        let clock = self.tick()?;
        tx.execute(
            "INSERT INTO learner_settings (learner_id, key, value, clock, workstation)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (learner_id, key) DO UPDATE SET value = excluded.value,
                 clock = excluded.clock, workstation = excluded.workstation",
            params![
                learner_id.to_string(),
                key,
                value,
                clock,
                self.workstation.to_string()
            ],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// Deletes a learner's rows and keeps their tombstone: here by the coach, or when a tombstone
/// arrives in a progress file. Of two tombstones for one learner the earliest stamp stays, so
/// the order of arrival does not matter.
/// Notes that `workstation` has applied the erasure of `learner` (kept once, the first time).
pub(crate) fn note_erasure_applied(
    conn: &Connection,
    learner: Uuid,
    workstation: &str,
    at_ms: i64,
) -> Result<(), rusqlite::Error> {
    conn.execute(
        "INSERT OR IGNORE INTO erasures_applied (learner_id, workstation, applied_at_ms)
         VALUES (?1, ?2, ?3)",
        params![learner.to_string(), workstation, at_ms],
    )?;
    Ok(())
}

/// Notes, in the erasure's own transaction, that the clean-up after it must run.
pub(crate) fn mark_scrub_pending(conn: &Connection) -> Result<(), rusqlite::Error> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('scrub_pending', '1')
         ON CONFLICT (key) DO NOTHING",
        [],
    )?;
    Ok(())
}

/// The setting that says a learner left the organisation, and when (ms); empty: they are here.
pub const LEFT_AT: &str = "left_at_ms";

/// One line of the coach log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoachAction {
    pub seq: i64,
    pub at_ms: i64,
    pub utc_offset_minutes: i32,
    /// "coach (PIN)" in the coach area, "command line (OS user …)" for a command.
    pub who: String,
    pub action: String,
    pub detail: String,
}

/// Who runs a command, for the coach log: the operating system's user (an administrator's
/// account). In the window it is only "coach (PIN)" or "PIN screen": there the OS account may
/// be a learner's own, and the log keeps no learner's name.
pub fn command_line_user() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown".into());
    format!("command line, OS user {user}")
}

/// A file as the coach log names it: its name, without the folders (which can hold an OS
/// user's name, as `/media/<user>/<stick>` does).
pub fn logged_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// What a clean-up after an erasure did to the backups.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Scrubbed {
    pub backups_cleaned: usize,
    pub backups_removed: usize,
}

/// Applies the tombstones to one backup if it still holds an erased learner; `Ok(true)` when
/// it was cleaned. An error says whether the backup is known to hold an erased learner.
fn clean_backup(
    file: &Path,
    tombstones: &[(String, i64, i64, String)],
) -> Result<bool, (bool, rusqlite::Error)> {
    let unknown = |error| (false, error);
    let conn = Connection::open(file).map_err(unknown)?;
    conn.pragma_update(None, "secure_delete", true)
        .map_err(unknown)?;
    let mut holds = false;
    for (id, ..) in tombstones {
        holds |= conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM learners WHERE id = ?1)
                     OR EXISTS (SELECT 1 FROM attempts WHERE learner_id = ?1)",
                [id],
                |row| row.get::<_, bool>(0),
            )
            .map_err(unknown)?;
    }
    if !holds {
        return Ok(false);
    }
    let held = |error| (true, error);
    let tx = conn.unchecked_transaction().map_err(held)?;
    for (id, at, clock, workstation) in tombstones {
        let id = Uuid::parse_str(id).map_err(|_| (true, rusqlite::Error::InvalidQuery))?;
        bury(&tx, id, *at, *clock, workstation).map_err(held)?;
    }
    tx.commit().map_err(held)?;
    conn.execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")
        .map_err(held)?;
    Ok(true)
}

pub(crate) fn bury(
    conn: &Connection,
    learner_id: Uuid,
    erased_at_ms: i64,
    clock: i64,
    workstation: &str,
) -> Result<bool, rusqlite::Error> {
    let id = learner_id.to_string();
    let mut deleted = 0;
    for table in [
        "attempts",
        "completions",
        "positions",
        "learner_settings",
        "name_clips",
        "certificates",
    ] {
        // A backup from an older version may not have every table yet.
        let exists: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
            [table],
            |row| row.get(0),
        )?;
        // Since schema 9 an answer or completion may be someone else's by a join or a move
        // (`made_by` says who gave it). What the learner gave goes, wherever it is; what
        // others gave goes back to them.
        let owned_by_others: bool = exists
            && conn.query_row(
                &format!(
                    "SELECT EXISTS (SELECT 1 FROM pragma_table_info('{table}')
                                    WHERE name = 'made_by')"
                ),
                [],
                |row| row.get(0),
            )?;
        if owned_by_others {
            deleted += conn.execute(
                &format!(
                    "DELETE FROM {table} WHERE (learner_id = ?1 AND made_by IS NULL)
                                            OR made_by = ?1"
                ),
                [&id],
            )?;
            conn.execute(
                &format!("UPDATE {table} SET learner_id = made_by WHERE learner_id = ?1"),
                [&id],
            )?;
        } else if exists {
            deleted +=
                conn.execute(&format!("DELETE FROM {table} WHERE learner_id = ?1"), [&id])?;
        }
    }
    deleted += conn.execute("DELETE FROM learners WHERE id = ?1", [&id])?;
    conn.execute(
        "INSERT INTO tombstones (learner_id, erased_at_ms, clock, workstation)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (learner_id) DO UPDATE SET erased_at_ms = excluded.erased_at_ms,
             clock = excluded.clock, workstation = excluded.workstation
         WHERE (excluded.clock, excluded.workstation) < (clock, workstation)",
        params![id, erased_at_ms, clock, workstation],
    )?;
    Ok(deleted > 0)
}

/// A transaction of the store's own, or the batch's that is already open.
struct Tx<'a> {
    conn: &'a Connection,
    owned: Option<rusqlite::Transaction<'a>>,
}

impl Tx<'_> {
    fn commit(self) -> Result<(), StoreError> {
        if let Some(tx) = self.owned {
            tx.commit()?;
        }
        Ok(())
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        self.conn
    }
}

/// Names are shown large on a shared screen: keep them short and free of control characters.
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .chars()
        .take(40)
        .collect()
}

fn damaged_or(error: rusqlite::Error, path: &Path) -> StoreError {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt) => {
            StoreError::Damaged {
                path: path.to_path_buf(),
                detail: error.to_string(),
            }
        }
        Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen) => {
            StoreError::ReadOnly {
                path: path.to_path_buf(),
                reason: error.to_string(),
            }
        }
        _ => StoreError::Sql(error),
    }
}

/// SQLite may open a read-only folder and fail only at the first write; find out now.
fn check_writable(data_dir: &Path) -> Result<(), StoreError> {
    let probe = data_dir.join(".stepwise-write-check");
    std::fs::write(&probe, b"ok")
        .and_then(|()| std::fs::remove_file(&probe))
        .map_err(|error| StoreError::ReadOnly {
            path: data_dir.to_path_buf(),
            reason: error.to_string(),
        })
}

#[cfg(test)]
mod tests;

/// What `stepwise doctor` reports about a database, read without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseStatus {
    NotCreated,
    Ok {
        schema: i64,
        learners: i64,
        attempts: i64,
    },
    Problem(String),
}

/// Looks at the database in `data_dir` read-only: no migration, no new files.
pub fn inspect(data_dir: &Path) -> DatabaseStatus {
    let path = data_dir.join(DATABASE_FILE);
    if !path.exists() {
        return DatabaseStatus::NotCreated;
    }
    let look = || -> Result<DatabaseStatus, rusqlite::Error> {
        let conn = Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let schema: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        let check: String = conn.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
        if check != "ok" {
            return Ok(DatabaseStatus::Problem(format!("damaged: {check}")));
        }
        if schema > latest_version() {
            return Ok(DatabaseStatus::Problem(format!(
                "made by a newer Stepwise (schema {schema}; this one knows up to {})",
                latest_version()
            )));
        }
        let count = |table: &str| -> Result<i64, rusqlite::Error> {
            if schema == 0 {
                return Ok(0);
            }
            conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                row.get(0)
            })
        };
        Ok(DatabaseStatus::Ok {
            schema,
            learners: count("learners")?,
            attempts: count("attempts")?,
        })
    };
    look().unwrap_or_else(|error| DatabaseStatus::Problem(error.to_string()))
}
