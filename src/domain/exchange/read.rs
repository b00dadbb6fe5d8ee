//! Reading a progress file and merging it: the whole file is checked while it is applied in
//! one transaction, and any problem rolls everything back, so the database is exactly as it
//! was. A copy of the database is made first all the same.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use flate2::read::GzDecoder;
use rusqlite::{OptionalExtension, Transaction, params};
use uuid::Uuid;

use super::{ExchangeError, FORMAT, Header, MAJOR, MAX_LINE, Record};
use crate::domain::org_key::{self, OrgKey};
use crate::domain::store::{Store, coaches, merge, now_ms};

/// What one learner got from a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LearnerCount {
    pub name: String,
    /// New to this workstation (the learner themself).
    pub new_learner: bool,
    pub new_attempts: u64,
    pub known_attempts: u64,
    /// Left out because the learner was erased (a tombstone, here or in the file).
    pub erased: bool,
}

/// What an import did, for the coach.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub header: Option<Header>,
    pub learners: BTreeMap<Uuid, LearnerCount>,
    pub new_completions: u64,
    pub records: u64,
    /// Record kinds this version does not know (from a newer minor version), skipped.
    pub unknown_records: u64,
    /// How far the writing PC's clock was from this one's, when over a day (display only).
    pub clock_off_ms: Option<i64>,
    /// The file claims to come from this very workstation but holds attempts it never made:
    /// two PCs share one id (a cloned disk image).
    pub same_workstation_id: bool,
    /// The copy of the database made before the import.
    pub backup: Option<std::path::PathBuf>,
    /// Coach accounts (or changes to them) taken from the file.
    pub coach_changes: u64,
    /// Coach accounts left out because the file is not locked with the organisation key
    /// (anyone could write an unlocked file, and an account opens the coach area).
    pub coaches_refused: u64,
    /// Learners new here who have the name of a learner already here: (new, already here).
    /// Perhaps one person who signed up twice; the coach decides.
    pub possible_duplicates: Vec<(Uuid, Uuid)>,
}

impl ImportReport {
    pub fn new_attempts(&self) -> u64 {
        self.learners.values().map(|l| l.new_attempts).sum()
    }

    pub fn known_attempts(&self) -> u64 {
        self.learners.values().map(|l| l.known_attempts).sum()
    }
}

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Imports one progress file into the store, with a copy of the database made first.
pub fn import(
    store: &mut Store,
    file: &Path,
    key: Option<&OrgKey>,
) -> Result<ImportReport, ExchangeError> {
    import_with(store, file, key, true)
}

/// Imports one progress file; `with_backup` makes a copy of the database first (the shared
/// folder's frequent, automatic imports go without: each is one transaction all the same).
pub fn import_with(
    store: &mut Store,
    file: &Path,
    key: Option<&OrgKey>,
    with_backup: bool,
) -> Result<ImportReport, ExchangeError> {
    let opened = File::open(file).map_err(|source| ExchangeError::Io {
        path: file.to_path_buf(),
        source,
    })?;
    import_from(store, opened, file, key, with_backup)
}

/// Imports a progress file read from `raw`; `file` names it in messages and in the list of
/// files a report includes. (The fuzz target feeds bytes in here without a file.)
pub fn import_from(
    store: &mut Store,
    raw: impl Read,
    file: &Path,
    key: Option<&OrgKey>,
    with_backup: bool,
) -> Result<ImportReport, ExchangeError> {
    let io = |source: std::io::Error| ExchangeError::Io {
        path: file.to_path_buf(),
        source,
    };
    let mut raw = BufReader::new(raw);
    // A locked file is opened with the organisation key first; inside is the packed file.
    let locked = org_key::is_encrypted(raw.fill_buf().map_err(io)?);
    let mut raw: Box<dyn BufRead> = if locked {
        match key {
            None => return Err(ExchangeError::Locked),
            Some(key) => match key.decrypt(raw) {
                Ok(opened) => Box::new(BufReader::new(opened)),
                Err(false) => return Err(ExchangeError::WrongKey),
                Err(true) => return Err(damaged(1, "its lock (the encryption header) is damaged")),
            },
        }
    } else {
        Box::new(raw)
    };
    // A gzip stream starts with 1f 8b; anything else is some other kind of file.
    let magic = raw.fill_buf().map_err(|error| {
        if error.kind() == std::io::ErrorKind::InvalidData {
            // The locked layer found its first block altered.
            damaged(1, "the locked contents were changed")
        } else {
            io(error)
        }
    })?;
    if magic.len() < 2 || magic[..2] != [0x1f, 0x8b] {
        return Err(ExchangeError::Foreign);
    }
    let mut lines = LineReader::new(BufReader::new(GzDecoder::new(raw)));
    let header: Header = match lines.next_line()? {
        Some(line) => serde_json::from_slice(&line).map_err(|_| ExchangeError::Foreign)?,
        None => return Err(ExchangeError::Foreign),
    };
    if header.format != FORMAT {
        return Err(ExchangeError::Foreign);
    }
    let major: Option<u32> = header
        .version
        .split('.')
        .next()
        .and_then(|major| major.parse().ok());
    match major {
        Some(MAJOR) => {}
        Some(found) if found > MAJOR => {
            return Err(ExchangeError::Newer {
                found: header.version.clone(),
            });
        }
        _ => {
            return Err(ExchangeError::Damaged {
                line: 1,
                detail: format!("unknown format version \"{}\"", header.version),
            });
        }
    }

    let backup = if with_backup {
        Some(backup(store)?)
    } else {
        None
    };
    let local = store.workstation();
    let mut report = ImportReport {
        header: Some(header.clone()),
        backup,
        ..ImportReport::default()
    };
    let off = header.written_at_ms - now_ms();
    if off.abs() > DAY_MS {
        report.clock_off_ms = Some(off);
    }
    let conn = store.conn_mut();
    let tx = conn.transaction()?;
    let mut max_clock = 0;
    let mut ended = false;
    let mut scrub = false;
    // Learners met so far: known here (true) or erased (false). Saves two queries per answer.
    let mut learner_state: std::collections::HashMap<Uuid, bool> = Default::default();
    while let Some(line) = lines.next_line()? {
        let at = lines.number;
        if ended {
            return Err(damaged(at, "there is more after the end"));
        }
        let record: Record = serde_json::from_slice(&line)
            .map_err(|error| damaged(at, &format!("not a record ({error})")))?;
        if let Some(problem) = record.problem() {
            return Err(damaged(at, &problem));
        }
        match record {
            Record::End { records } => {
                if records != report.records {
                    return Err(damaged(
                        at,
                        &format!("{} records, the end says {records}", report.records),
                    ));
                }
                ended = true;
                continue;
            }
            Record::Unknown => report.unknown_records += 1,
            // Kept only for an erasure known here (its tombstone comes earlier in the file).
            Record::ErasureApplied(r) if is_erased(&tx, r.learner)? => {
                crate::domain::store::note_erasure_applied(
                    &tx,
                    r.learner,
                    &r.ws.to_string(),
                    r.at_ms,
                )?;
            }
            Record::ErasureApplied(_) => {}
            // Kept even when a learner is not known here yet: it waits until they are.
            Record::Merge(r) => {
                max_clock = max_clock.max(r.clock);
                merge::put_merge(&tx, &r)?;
            }
            Record::Coach(r) if !locked => {
                max_clock = max_clock.max(r.clock).max(r.status_clock);
                report.coaches_refused += 1;
            }
            Record::Coach(r) => {
                max_clock = max_clock.max(r.clock).max(r.status_clock);
                report.coach_changes += u64::from(coaches::put_account(&tx, &r)?);
            }
            Record::Move(r) => {
                max_clock = max_clock.max(r.clock);
                merge::put_move(&tx, &r)?;
            }
            Record::Learner(r) => {
                max_clock = max_clock.max(r.clock);
                let erased = is_erased(&tx, r.id)?;
                let known: Option<(i64, String)> = tx
                    .query_row(
                        "SELECT clock, workstation FROM learners WHERE id = ?1",
                        [r.id.to_string()],
                        |row| Ok((row.get(0)?, row.get(1)?)),
                    )
                    .optional()?;
                let count = report.learners.entry(r.id).or_default();
                count.name = r.name.clone();
                count.erased = erased;
                if erased {
                } else if let Some((clock, ws)) = known {
                    if newer(r.clock, r.ws, clock, &ws) {
                        tx.execute(
                            "UPDATE learners SET display_name = ?2, symbol = ?3, background = ?4,
                                 clock = ?5, workstation = ?6,
                                 created_at_ms = min(created_at_ms, ?7) WHERE id = ?1",
                            params![
                                r.id.to_string(),
                                r.name,
                                r.symbol,
                                r.background,
                                r.clock,
                                r.ws.to_string(),
                                r.created_at_ms
                            ],
                        )?;
                    } else {
                        tx.execute(
                            "UPDATE learners SET created_at_ms = min(created_at_ms, ?2)
                             WHERE id = ?1",
                            params![r.id.to_string(), r.created_at_ms],
                        )?;
                    }
                } else {
                    count.new_learner = true;
                    tx.execute(
                        "INSERT INTO learners (id, display_name, symbol, background,
                                               created_at_ms, clock, workstation)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![
                            r.id.to_string(),
                            r.name,
                            r.symbol,
                            r.background,
                            r.created_at_ms,
                            r.clock,
                            r.ws.to_string()
                        ],
                    )?;
                }
            }
            Record::Tombstone(r) => {
                max_clock = max_clock.max(r.clock);
                if crate::domain::store::bury(&tx, r.learner, r.at_ms, r.clock, &r.ws.to_string())?
                {
                    // Someone known here was erased: their traces go too, after the commit.
                    crate::domain::store::mark_scrub_pending(&tx)?;
                    scrub = true;
                }
                crate::domain::store::note_erasure_applied(
                    &tx,
                    r.learner,
                    &local.to_string(),
                    now_ms(),
                )?;
                learner_state.insert(r.learner, false);
                report.learners.entry(r.learner).or_default().erased = true;
            }
            Record::Attempt(r) => {
                max_clock = max_clock.max(r.seq);
                let known = match learner_state.get(&r.learner) {
                    Some(known) => *known,
                    None => {
                        let known = !is_erased(&tx, r.learner)?;
                        if known {
                            require_learner(&tx, r.learner, at)?;
                        }
                        learner_state.insert(r.learner, known);
                        known
                    }
                };
                if !known {
                    report.learners.entry(r.learner).or_default().erased = true;
                } else {
                    let added = tx
                        .prepare_cached(
                            "INSERT OR IGNORE INTO attempts (id, learner_id, lesson_id,
                             lesson_version, step_id, answer, correct, try_number, hint_level,
                             help_pressed, started_at_ms, ended_at_ms, app_version, workstation,
                             seq)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
                                 ?15)",
                        )?
                        .execute(params![
                            r.id.to_string(),
                            r.learner.to_string(),
                            r.lesson,
                            r.lesson_version,
                            r.step,
                            r.answer,
                            r.correct,
                            r.try_number,
                            r.hint_level,
                            r.help,
                            r.started_at_ms,
                            r.ended_at_ms,
                            r.app_version,
                            r.ws.to_string(),
                            r.seq
                        ])?;
                    if added == 1 && r.ws == local {
                        report.same_workstation_id = true;
                    }
                    let count = report.learners.entry(r.learner).or_default();
                    if added == 1 {
                        count.new_attempts += 1;
                    } else {
                        count.known_attempts += 1;
                    }
                }
            }
            Record::Completion(r) => {
                max_clock = max_clock.max(r.clock);
                if !is_erased(&tx, r.learner)? {
                    require_learner(&tx, r.learner, at)?;
                    report.new_completions += tx.execute(
                        "INSERT OR IGNORE INTO completions (id, learner_id, lesson_id,
                             lesson_version, completed_at_ms, clock, workstation)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![
                            r.id.to_string(),
                            r.learner.to_string(),
                            r.lesson,
                            r.lesson_version,
                            r.at_ms,
                            r.clock,
                            r.ws.to_string()
                        ],
                    )? as u64;
                }
            }
            Record::Position(r) => {
                max_clock = max_clock.max(r.clock);
                if !is_erased(&tx, r.learner)? {
                    require_learner(&tx, r.learner, at)?;
                    // The newest stamp wins; ties go to the larger workstation id.
                    tx.execute(
                        "INSERT INTO positions (learner_id, lesson_id, step_index,
                             updated_at_ms, clock, workstation)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                         ON CONFLICT (learner_id, lesson_id) DO UPDATE SET
                             step_index = excluded.step_index,
                             updated_at_ms = excluded.updated_at_ms,
                             clock = excluded.clock, workstation = excluded.workstation
                         WHERE (excluded.clock, excluded.workstation) > (clock, workstation)",
                        params![
                            r.learner.to_string(),
                            r.lesson,
                            r.step,
                            r.at_ms,
                            r.clock,
                            r.ws.to_string()
                        ],
                    )?;
                }
            }
            Record::Setting(r) => {
                max_clock = max_clock.max(r.clock);
                if !is_erased(&tx, r.learner)? {
                    require_learner(&tx, r.learner, at)?;
                    tx.execute(
                        "INSERT INTO learner_settings (learner_id, key, value, clock,
                             workstation)
                         VALUES (?1, ?2, ?3, ?4, ?5)
                         ON CONFLICT (learner_id, key) DO UPDATE SET value = excluded.value,
                             clock = excluded.clock, workstation = excluded.workstation
                         WHERE (excluded.clock, excluded.workstation) > (clock, workstation)",
                        params![
                            r.learner.to_string(),
                            r.key,
                            r.value,
                            r.clock,
                            r.ws.to_string()
                        ],
                    )?;
                }
            }
        }
        report.records += 1;
    }
    if !ended {
        return Err(ExchangeError::Truncated);
    }
    // Answers arrive as given, by the learner they were given as: joins and moves (from this
    // file or known here) now say whose they are.
    merge::reassign(&tx)?;
    // This workstation's clock moves past everything it has seen, so its next change wins
    // over what it imported.
    tx.execute(
        "UPDATE meta SET value = max(CAST(value AS INTEGER), ?1) WHERE key = 'clock'",
        [max_clock],
    )?;
    // The file is remembered, so a report can say which files it includes.
    let file_name = file
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    tx.execute(
        "INSERT INTO imports (workstation, file_name, workstation_name, written_at_ms,
                              imported_at_ms, new_attempts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (workstation, file_name) DO UPDATE SET
             workstation_name = excluded.workstation_name,
             written_at_ms = excluded.written_at_ms,
             imported_at_ms = excluded.imported_at_ms,
             new_attempts = new_attempts + excluded.new_attempts",
        rusqlite::params![
            header.workstation.to_string(),
            file_name,
            header.workstation_name,
            header.written_at_ms,
            crate::domain::store::now_ms(),
            report.new_attempts() as i64
        ],
    )?;
    tx.commit()?;
    if scrub && let Err(error) = store.scrub() {
        log::warn!("an erasure's clean-up must wait: {error}");
    }
    // Learners who only appear in attempts of the file are named from the database; one
    // joined into another (hidden) is no possible duplicate: the coach joined them already.
    let everyone = store.learners_with_joined()?;
    let visible = store.learners()?;
    for (id, count) in report.learners.iter_mut() {
        if count.name.is_empty()
            && let Some(learner) = everyone.iter().find(|l| l.id == *id)
        {
            count.name = learner.display_name.clone();
        }
    }
    let same = |a: &str, b: &str| {
        !a.trim().is_empty() && a.trim().to_lowercase() == b.trim().to_lowercase()
    };
    for (id, count) in &report.learners {
        if !count.new_learner || !visible.iter().any(|learner| learner.id == *id) {
            continue;
        }
        for other in visible.iter().filter(|other| other.id != *id) {
            let other_is_new = report
                .learners
                .get(&other.id)
                .is_some_and(|c| c.new_learner);
            if !other_is_new && same(&count.name, &other.display_name) {
                report.possible_duplicates.push((*id, other.id));
            }
        }
    }
    Ok(report)
}

fn damaged(line: u64, detail: &str) -> ExchangeError {
    ExchangeError::Damaged {
        line,
        detail: detail.to_string(),
    }
}

/// Is the incoming stamp newer than the stored one (ties to the larger workstation id)?
fn newer(clock: i64, ws: Uuid, stored_clock: i64, stored_ws: &str) -> bool {
    (clock, ws.to_string().as_str()) > (stored_clock, stored_ws)
}

fn is_erased(tx: &Transaction<'_>, learner: Uuid) -> Result<bool, ExchangeError> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM tombstones WHERE learner_id = ?1)",
        [learner.to_string()],
        |row| row.get(0),
    )?)
}

fn require_learner(tx: &Transaction<'_>, learner: Uuid, line: u64) -> Result<(), ExchangeError> {
    let known: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM learners WHERE id = ?1)",
        [learner.to_string()],
        |row| row.get(0),
    )?;
    if known {
        Ok(())
    } else {
        Err(damaged(
            line,
            "a record names a learner the file does not have",
        ))
    }
}

/// A copy of the database before an import, in `backups/` (the newest few are kept).
fn backup(store: &Store) -> Result<std::path::PathBuf, ExchangeError> {
    use crate::domain::store::backup::{DEFAULT_KEEP, Kind};
    Ok(store.backup(Kind::BeforeImport, DEFAULT_KEEP)?)
}

/// Reads lines of at most [`MAX_LINE`] bytes, turning gzip errors into plain words.
struct LineReader<R: BufRead> {
    inner: R,
    number: u64,
}

impl<R: BufRead> LineReader<R> {
    fn new(inner: R) -> Self {
        Self { inner, number: 0 }
    }

    fn next_line(&mut self) -> Result<Option<Vec<u8>>, ExchangeError> {
        let mut line = Vec::new();
        let read = (&mut self.inner)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut line);
        self.number += 1;
        match read {
            Ok(0) => Ok(None),
            Ok(_) if line.len() > MAX_LINE => Err(damaged(self.number, "a line is far too long")),
            Ok(_) => {
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                Ok(Some(line))
            }
            Err(error) if error.kind() == std::io::ErrorKind::UnexpectedEof => {
                Err(ExchangeError::Truncated)
            }
            Err(error) => Err(damaged(
                self.number,
                &format!("it cannot be unpacked ({error})"),
            )),
        }
    }
}
