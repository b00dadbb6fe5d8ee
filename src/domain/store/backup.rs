//! Backups of the progress database in `<data dir>/backups/`: one a day when the app starts,
//! one before every import and every schema migration, the newest few of each kind kept.
//! A backup is a complete database (`VACUUM INTO`), so restoring one is copying it back.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::{DATABASE_FILE, Store, StoreError};

/// Backups of each kind kept when the config says nothing.
pub const DEFAULT_KEEP: usize = 7;

/// Why a backup was made; the start of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Daily,
    BeforeImport,
    BeforeRestore,
}

impl Kind {
    /// The kind of a backup, from its file name.
    pub fn of(path: &Path) -> Option<Kind> {
        let name = path.file_name()?.to_str()?;
        [Kind::BeforeImport, Kind::BeforeRestore, Kind::Daily]
            .into_iter()
            .find(|kind| name.starts_with(&format!("{}-", kind.prefix())))
    }

    pub fn prefix(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            Self::BeforeImport => "before-import",
            Self::BeforeRestore => "before-restore",
        }
    }
}

/// The backups folder of a data folder.
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("backups")
}

/// One backup on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    pub made: SystemTime,
    pub bytes: u64,
}

/// The time in a backup's name, if it has one.
fn made_at(path: &Path) -> Option<SystemTime> {
    let stem = path.file_stem()?.to_str()?;
    let ms: u64 = stem.rsplit_once('-')?.1.parse().ok()?;
    Some(std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms))
}

/// Every backup in the data folder, newest first.
pub fn list(data_dir: &Path) -> Vec<Backup> {
    let mut backups: Vec<Backup> = std::fs::read_dir(folder(data_dir))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|entry| {
                    entry
                        .path()
                        .extension()
                        .is_some_and(|extension| extension == "sqlite")
                })
                .filter_map(|entry| {
                    let meta = entry.metadata().ok()?;
                    let path = entry.path();
                    // When it was made is in its name (`<kind>-<ms>.sqlite`): cleaning a
                    // backup after an erasure rewrites the file, and its date must not move.
                    let made = made_at(&path).or_else(|| meta.modified().ok())?;
                    Some(Backup {
                        path,
                        made,
                        bytes: meta.len(),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    backups.sort_by(|a, b| b.made.cmp(&a.made).then_with(|| b.path.cmp(&a.path)));
    backups
}

impl Store {
    /// Writes a complete copy of the database to `backups/<kind>-<time>.sqlite`, then keeps
    /// only the newest `keep` backups of that kind.
    pub fn backup(&self, kind: Kind, keep: usize) -> Result<PathBuf, StoreError> {
        let data_dir = self.path().parent().unwrap_or(Path::new("."));
        let folder = folder(data_dir);
        std::fs::create_dir_all(&folder).map_err(|source| StoreError::Io {
            path: folder.clone(),
            source,
        })?;
        let file = folder.join(format!("{}-{}.sqlite", kind.prefix(), super::now_ms()));
        self.conn()
            .execute("VACUUM INTO ?1", [file.to_string_lossy()])?;
        let older = list(data_dir).into_iter().filter(|backup| {
            backup
                .path
                .file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with(&format!("{}-", kind.prefix())))
        });
        for old in older.skip(keep.max(1)) {
            let _ = std::fs::remove_file(&old.path);
        }
        Ok(file)
    }

    /// The day's backup, unless one was made in the last 24 hours.
    pub fn daily_backup(&self, keep: usize) -> Result<Option<PathBuf>, StoreError> {
        let data_dir = self.path().parent().unwrap_or(Path::new("."));
        let day = Duration::from_secs(24 * 60 * 60);
        let recent = list(data_dir).iter().any(|backup| {
            backup
                .path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("daily-"))
                && backup.made.elapsed().is_ok_and(|age| age < day)
        });
        if recent {
            return Ok(None);
        }
        self.backup(Kind::Daily, keep).map(Some)
    }
}

/// Opens a backup read-only and checks it before it is put back: `PRAGMA integrity_check`
/// must say ok. Read-only: a backup that vanished is an error, never an empty database.
fn check_backup(backup: &Path) -> Result<rusqlite::Connection, StoreError> {
    let check =
        rusqlite::Connection::open_with_flags(backup, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let verdict: String = check.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
    if verdict == "ok" {
        Ok(check)
    } else {
        Err(StoreError::Damaged {
            path: backup.to_path_buf(),
            detail: verdict,
        })
    }
}

impl Store {
    /// Puts a backup back while Stepwise runs (the coach area): the database as it is now
    /// is kept as a `before-restore` backup first, then the backup is copied in through this
    /// connection (SQLite's online backup), brought to this version's schema, and the Lamport
    /// clock never goes back, so later changes still win over older copies on other PCs.
    pub fn restore_from(&mut self, backup: &Path) -> Result<PathBuf, StoreError> {
        // The checked backup is the source; one from a newer Stepwise is refused first.
        let source = check_backup(backup)?;
        let found: i64 = source.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        let supported = super::schema::latest_version();
        if found > supported {
            return Err(StoreError::NewerVersion { found, supported });
        }
        let kept = self.backup(Kind::BeforeRestore, DEFAULT_KEEP)?;
        let carried = self.carried()?;
        let clock: i64 = self.conn.query_row(
            "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'clock'",
            [],
            |row| row.get(0),
        )?;
        rusqlite::backup::Backup::new(&source, &mut self.conn)?.run_to_completion(
            256,
            std::time::Duration::ZERO,
            None,
        )?;
        let data_dir = self.path().parent().unwrap_or(Path::new(".")).to_path_buf();
        super::schema::migrate(&mut self.conn, &folder(&data_dir))?;
        self.conn.execute(
            "UPDATE meta SET value = max(CAST(value AS INTEGER), ?1) WHERE key = 'clock'",
            [clock],
        )?;
        self.carry_back(&carried)?;
        Ok(kept)
    }

    /// What a restore must not take back, read before it.
    fn carried(&self) -> Result<Carried, StoreError> {
        Ok(Carried {
            erased: self.tombstones()?,
            log: self.coach_log()?,
            certificates: self.certificate_rows()?,
            merges: super::merge::merges(&self.conn)?,
            moves: super::merge::moves(&self.conn)?,
            coaches: super::coaches::accounts(&self.conn)?,
            pending: self.scrub_pending()?,
        })
    }

    /// After a restore: the coach log's newer lines and the certificates given out come back,
    /// so do the newest joins, moves and coach accounts (a withdrawn coach stays withdrawn),
    /// and every erasure is applied again (with its clean-up).
    fn carry_back(&self, carried: &Carried) -> Result<(), StoreError> {
        self.keep_coach_log(&carried.log)?;
        self.keep_certificates(&carried.certificates)?;
        let tx = self.conn.unchecked_transaction()?;
        for merge in &carried.merges {
            super::merge::put_merge(&tx, merge)?;
        }
        for moved in &carried.moves {
            super::merge::put_move(&tx, moved)?;
        }
        for account in &carried.coaches {
            super::coaches::put_account(&tx, account)?;
        }
        tx.commit()?;
        self.bury_again(&carried.erased, carried.pending)
    }

    /// Every tombstone here: (learner, erased at, clock, workstation).
    fn tombstones(&self) -> Result<Vec<(String, i64, i64, String)>, StoreError> {
        let mut statement = self
            .conn
            .prepare("SELECT learner_id, erased_at_ms, clock, workstation FROM tombstones")?;
        let rows = statement
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// An erased learner stays erased whatever comes back: a backup older than the erasure
    /// still holds them, so after a restore every tombstone is applied again.
    /// If the backup still held one of them, their traces are cleaned as after an erasure; so
    /// they are too if a clean-up was `pending` before the restore (the backup lacks the note).
    fn bury_again(
        &self,
        erased: &[(String, i64, i64, String)],
        pending: bool,
    ) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let mut found = false;
        for (learner, erased_at_ms, clock, workstation) in erased {
            if let Ok(id) = learner.parse() {
                found |= super::bury(&tx, id, *erased_at_ms, *clock, workstation)?;
                // A backup from before the erasure lacks the note that it was applied here.
                super::note_erasure_applied(
                    &tx,
                    id,
                    &self.workstation().to_string(),
                    super::now_ms(),
                )?;
            }
        }
        // Whose answers are whose, worked out again: the backup may predate a join, a move or
        // an erasure that changed it.
        super::merge::reassign(&tx)?;
        let found = found || pending;
        if found {
            super::mark_scrub_pending(&tx)?;
        }
        tx.commit()?;
        if found && let Err(error) = self.scrub() {
            log::warn!("an erasure's clean-up must wait: {error}");
        }
        Ok(())
    }
}

/// What stays through a restore: erasures (and a clean-up still due), the coach log, the
/// certificates given out. Both restores read it before and apply it after.
struct Carried {
    erased: Vec<(String, i64, i64, String)>,
    log: Vec<super::CoachAction>,
    certificates: Vec<[rusqlite::types::Value; 6]>,
    /// Joins, moves and coach accounts: stamped, so the newest of each stays.
    merges: Vec<super::merge::Merge>,
    moves: Vec<super::merge::Move>,
    coaches: Vec<super::coaches::CoachAccount>,
    pending: bool,
}

/// Puts a backup back as the database of `data_dir` (Stepwise must not be running there: the
/// caller holds the instance lock). The database it replaces is kept as a `before-restore`
/// backup first; a backup that fails its integrity check is refused and nothing changes.
pub fn restore(data_dir: &Path, backup: &Path) -> Result<PathBuf, StoreError> {
    drop(check_backup(backup)?);
    let database = data_dir.join(DATABASE_FILE);
    let mut carried = None;
    let kept = match Store::open(data_dir) {
        Ok(current) => {
            carried = Some(current.carried()?);
            let kept = current.backup(Kind::BeforeRestore, DEFAULT_KEEP)?;
            current
                .conn()
                .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
            kept
        }
        // A damaged database cannot be copied by SQLite: it is moved aside as it is.
        Err(StoreError::Damaged { .. }) => {
            let folder = folder(data_dir);
            std::fs::create_dir_all(&folder).map_err(|source| StoreError::Io {
                path: folder.clone(),
                source,
            })?;
            let kept = folder.join(format!("damaged-{}.sqlite", super::now_ms()));
            std::fs::rename(&database, &kept).map_err(|source| StoreError::Io {
                path: kept.clone(),
                source,
            })?;
            kept
        }
        Err(other) => return Err(other),
    };
    let staged = data_dir.join(format!("{DATABASE_FILE}.restoring"));
    // Copied into a file made for the group, not with `fs::copy`, which would give it the
    // backup's mode (owner only) and the next person a read-only database.
    let _ = std::fs::remove_file(&staged);
    crate::domain::files::create_for_group(&staged);
    let copied = std::fs::File::open(backup).and_then(|mut from| {
        let mut to = std::fs::OpenOptions::new().write(true).open(&staged)?;
        std::io::copy(&mut from, &mut to)?;
        to.sync_all()
    });
    copied.map_err(|source| StoreError::Io {
        path: staged.clone(),
        source,
    })?;
    for leftover in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(data_dir.join(format!("{DATABASE_FILE}{leftover}")));
    }
    crate::domain::files::replace(&staged, &database).map_err(|source| StoreError::Io {
        path: database.clone(),
        source,
    })?;
    if let Some(carried) = carried {
        Store::open(data_dir)?.carry_back(&carried)?;
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::avatar::Picture;

    fn picture(n: usize) -> Picture {
        crate::domain::avatar::free_pictures(&Default::default())[n].clone()
    }

    /// The learners' names, in the order they joined.
    fn names(store: &Store) -> Vec<String> {
        store
            .learners()
            .unwrap()
            .into_iter()
            .map(|learner| learner.display_name)
            .collect()
    }

    #[test]
    fn a_daily_backup_is_made_once_a_day_and_only_the_newest_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.add_learner("Ana", &picture(0)).unwrap();
        assert!(store.daily_backup(3).unwrap().is_some());
        assert!(store.daily_backup(3).unwrap().is_none(), "not twice a day");
        for _ in 0..5 {
            std::thread::sleep(Duration::from_millis(5));
            store.backup(Kind::BeforeImport, 3).unwrap();
        }
        let names: Vec<String> = list(dir.path())
            .iter()
            .map(|b| b.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names
                .iter()
                .filter(|n| n.starts_with("before-import-"))
                .count(),
            3
        );
        assert_eq!(names.iter().filter(|n| n.starts_with("daily-")).count(), 1);
    }

    #[test]
    fn a_restore_brings_the_old_state_back_and_keeps_the_replaced_one() {
        let dir = tempfile::tempdir().unwrap();
        let backup = {
            let store = Store::open(dir.path()).unwrap();
            store.add_learner("Ana", &picture(0)).unwrap();
            let backup = store.backup(Kind::Daily, 7).unwrap();
            store.add_learner("Ben", &picture(1)).unwrap();
            backup
        };
        let kept = restore(dir.path(), &backup).unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(names(&store), vec!["Ana"]);
        let replaced = rusqlite::Connection::open(&kept).unwrap();
        let count: i64 = replaced
            .query_row("SELECT count(*) FROM learners", [], |row| row.get(0))
            .unwrap();
        assert_eq!(count, 2, "the state before the restore is kept");
    }

    #[test]
    fn a_restore_while_stepwise_runs_brings_the_old_state_back_and_never_turns_the_clock_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        store.add_learner("Ana", &picture(0)).unwrap();
        let backup = store.backup(Kind::Daily, 7).unwrap();
        let ben = store.add_learner("Ben", &picture(1)).unwrap();
        store.set_setting(ben.id, "language", "nl").unwrap();
        let clock_before = store.tick().unwrap();
        assert_eq!(Kind::of(&backup), Some(Kind::Daily));
        let kept = store.restore_from(&backup).unwrap();
        assert_eq!(Kind::of(&kept), Some(Kind::BeforeRestore));
        assert_eq!(
            names(&store),
            vec!["Ana"],
            "the same connection sees the backup"
        );
        assert!(
            store.tick().unwrap() > clock_before,
            "the clock goes on, never back"
        );
        let replaced = rusqlite::Connection::open(&kept).unwrap();
        let count: i64 = replaced
            .query_row("SELECT count(*) FROM learners", [], |row| row.get(0))
            .unwrap();
        assert_eq!(count, 2, "the state before the restore is kept");
        // A damaged backup is refused and nothing changes.
        let bad = dir.path().join("backups").join("daily-bad.sqlite");
        std::fs::write(&bad, b"SQLite format 3\0 but not really").unwrap();
        assert!(store.restore_from(&bad).is_err());
        assert_eq!(store.learners().unwrap().len(), 1);
    }

    #[test]
    fn an_erased_learner_stays_erased_after_either_restore() {
        let dir = tempfile::tempdir().unwrap();
        let (backup, ana) = {
            let store = Store::open(dir.path()).unwrap();
            let ana = store.add_learner("Ana", &picture(0)).unwrap();
            store.add_learner("Ben", &picture(1)).unwrap();
            let backup = store.backup(Kind::Daily, 7).unwrap();
            store.erase_learner(ana.id).unwrap();
            (backup, ana)
        };
        restore(dir.path(), &backup).unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        assert_eq!(names(&store), vec!["Ben"], "the command's restore");
        store.restore_from(&backup).unwrap();
        assert_eq!(names(&store), vec!["Ben"], "the coach area's restore");
        let left: i64 = store
            .conn()
            .query_row(
                "SELECT count(*) FROM attempts WHERE learner_id = ?1",
                [ana.id.to_string()],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn a_damaged_database_is_replaced_by_a_good_backup_and_kept_aside() {
        let dir = tempfile::tempdir().unwrap();
        let backup = {
            let store = Store::open(dir.path()).unwrap();
            store.add_learner("Ana", &picture(0)).unwrap();
            store.backup(Kind::Daily, 7).unwrap()
        };
        for leftover in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(dir.path().join(format!("{DATABASE_FILE}{leftover}")));
        }
        std::fs::write(dir.path().join(DATABASE_FILE), vec![0x5a; 64 * 1024]).unwrap();
        assert!(matches!(
            Store::open(dir.path()),
            Err(StoreError::Damaged { .. })
        ));
        let kept = restore(dir.path(), &backup).unwrap();
        assert!(
            kept.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("damaged-")
        );
        assert_eq!(std::fs::read(&kept).unwrap(), vec![0x5a; 64 * 1024]);
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.learners().unwrap().len(), 1);
    }

    #[test]
    fn a_damaged_backup_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store.add_learner("Ana", &picture(0)).unwrap();
        }
        let bad = dir.path().join("bad.sqlite");
        std::fs::write(&bad, b"SQLite format 3\0 but not really a database at all").unwrap();
        assert!(restore(dir.path(), &bad).is_err());
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.learners().unwrap().len(), 1);
    }
}
