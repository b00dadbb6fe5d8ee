//! Writing a progress file: atomically (a temporary file in the same folder, flushed to disk,
//! then renamed), so a USB stick pulled too early never leaves half a file under the real name.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use flate2::Compression;
use flate2::write::GzEncoder;
use rusqlite::params;
use uuid::Uuid;

use super::{
    AttemptRecord, CompletionRecord, EXTENSION, ErasureAppliedRecord, ExchangeError, FORMAT,
    Header, LearnerRecord, MAJOR, MINOR, PositionRecord, Record, SettingRecord, TombstoneRecord,
};
use crate::domain::org_key::OrgKey;
use crate::domain::store::{Store, now_ms};

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    pub file: PathBuf,
    pub learners: usize,
    pub attempts: usize,
    pub records: u64,
}

/// `stepwise-<workstation>-<short id>-<date>.stepwise`: the name says where and when it was
/// made, and the short id keeps two PCs with the same name apart.
pub fn default_file_name(workstation_name: &str, workstation: Uuid) -> String {
    let date = chrono::Local::now().format("%Y-%m-%d");
    format!(
        "{}-{date}.{EXTENSION}",
        file_stem(workstation_name, workstation)
    )
}

/// `stepwise-roster-<date>.stepwise`: the coach's roster.
pub fn roster_file_name() -> String {
    format!(
        "stepwise-roster-{}.{EXTENSION}",
        chrono::Local::now().format("%Y-%m-%d")
    )
}

/// `stepwise-<workstation>-<short id>`: the start of every progress file name this
/// workstation writes (the shared folder's file is exactly this, without a date).
pub fn file_stem(workstation_name: &str, workstation: Uuid) -> String {
    let name: String = workstation_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let name = if name.is_empty() { "pc".into() } else { name };
    let short = &workstation.simple().to_string()[..6];
    format!("stepwise-{name}-{short}")
}

/// Where the packed records go: the file itself, or the file through the organisation key.
enum Sink {
    Plain(BufWriter<File>),
    Locked(age::stream::StreamWriter<BufWriter<File>>),
}

impl Write for Sink {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        match self {
            Self::Plain(writer) => writer.write(bytes),
            Self::Locked(writer) => writer.write(bytes),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Self::Plain(writer) => writer.flush(),
            Self::Locked(writer) => writer.flush(),
        }
    }
}

impl Sink {
    fn finish(self) -> std::io::Result<File> {
        let buffered = match self {
            Self::Plain(writer) => writer,
            Self::Locked(writer) => writer.finish()?,
        };
        buffered.into_inner().map_err(|error| error.into_error())
    }
}

/// Writes this workstation's progress (or one learner's) to `out`, locked with the
/// organisation key when there is one.
pub fn export(
    store: &Store,
    out: &Path,
    workstation_name: &str,
    learner: Option<Uuid>,
    key: Option<&OrgKey>,
) -> Result<ExportSummary, ExchangeError> {
    let scope = match learner {
        Some(id) => Scope::Learner(id),
        None => Scope::Workstation,
    };
    export_scoped(store, out, workstation_name, scope, key)
}

/// Writes the roster to `out`: every learner with id, name, picture and settings (and the
/// erasures), no answers. A workstation that adds it knows each learner by the same id as
/// everywhere else. Locked with the organisation key like any progress file.
pub fn export_roster(
    store: &Store,
    out: &Path,
    workstation_name: &str,
    key: Option<&OrgKey>,
) -> Result<ExportSummary, ExchangeError> {
    export_scoped(store, out, workstation_name, Scope::Roster, key)
}

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Workstation,
    Learner(Uuid),
    Roster,
}

fn export_scoped(
    store: &Store,
    out: &Path,
    workstation_name: &str,
    scope: Scope,
    key: Option<&OrgKey>,
) -> Result<ExportSummary, ExchangeError> {
    let io = |source: std::io::Error| ExchangeError::Io {
        path: out.to_path_buf(),
        source,
    };
    let folder = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = out
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| format!("progress.{EXTENSION}"));
    let temporary = folder.join(format!(".{file_name}.{}.part", std::process::id()));
    let written = (|| {
        let file = BufWriter::new(File::create(&temporary).map_err(io)?);
        let sink = match key {
            Some(key) => Sink::Locked(key.encrypt(file).map_err(io)?),
            None => Sink::Plain(file),
        };
        // Records are gathered into large blocks before they reach the compressor.
        let mut writer = Lines::new(BufWriter::with_capacity(
            256 * 1024,
            GzEncoder::new(sink, Compression::default()),
        ));
        let summary = write_records(store, &mut writer, workstation_name, scope, key.is_some())?;
        let file = writer
            .finish()
            .and_then(|blocks| blocks.into_inner().map_err(|error| error.into_error()))
            .and_then(|encoder| encoder.finish())
            .and_then(Sink::finish)
            .map_err(io)?;
        file.sync_all().map_err(io)?;
        Ok::<_, ExchangeError>(summary)
    })();
    let (learners, attempts, records) = match written {
        Ok(counts) => counts,
        Err(error) => {
            let _ = std::fs::remove_file(&temporary);
            return Err(error);
        }
    };
    if let Err(source) = crate::domain::files::replace(&temporary, out) {
        let _ = std::fs::remove_file(&temporary);
        return Err(io(source));
    }
    // The rename itself must reach the disk too.
    if let Ok(dir) = File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(ExportSummary {
        file: out.to_path_buf(),
        learners,
        attempts,
        records,
    })
}

/// A JSON-lines writer that counts what it writes.
struct Lines<W: Write> {
    inner: W,
    count: u64,
}

impl<W: Write> Lines<W> {
    fn new(inner: W) -> Self {
        Self { inner, count: 0 }
    }

    fn line(&mut self, value: &impl serde::Serialize) -> std::io::Result<()> {
        serde_json::to_writer(&mut self.inner, value)?;
        self.inner.write_all(b"\n")?;
        self.count += 1;
        Ok(())
    }

    fn finish(self) -> std::io::Result<W> {
        Ok(self.inner)
    }
}

fn uuid(text: String) -> Uuid {
    Uuid::parse_str(&text).unwrap_or_default()
}

/// `locked`: the file is locked with the organisation key (only then does it carry the coach
/// accounts: their PIN hashes never leave the PC unprotected).
fn write_records<W: Write>(
    store: &Store,
    out: &mut Lines<W>,
    workstation_name: &str,
    scope: Scope,
    locked: bool,
) -> Result<(usize, usize, u64), ExchangeError> {
    let learner = match scope {
        Scope::Learner(id) => Some(id),
        Scope::Workstation | Scope::Roster => None,
    };
    let io = |source: std::io::Error| ExchangeError::Io {
        path: PathBuf::from("(progress file)"),
        source,
    };
    let header = Header {
        format: FORMAT.into(),
        version: format!("{MAJOR}.{MINOR}"),
        app_version: env!("CARGO_PKG_VERSION").into(),
        written_at_ms: now_ms(),
        utc_offset_minutes: chrono::Local::now().offset().local_minus_utc() / 60,
        workstation: store.workstation(),
        workstation_name: crate::domain::store::clean_name(workstation_name),
        scope: match scope {
            Scope::Workstation => "workstation",
            Scope::Learner(_) => "learner",
            Scope::Roster => "roster",
        }
        .into(),
    };
    out.line(&header).map_err(io)?;
    let conn = store.conn();
    // `?1` is the one learner to export, or NULL for all.
    let only = learner.map(|id| id.to_string());
    let mut records: u64 = 0;
    let mut push = |out: &mut Lines<W>, record: Record| -> Result<(), ExchangeError> {
        out.line(&record).map_err(io)?;
        records += 1;
        Ok(())
    };

    let mut learners = 0;
    let mut statement = conn.prepare(
        "SELECT id, display_name, symbol, background, created_at_ms, clock, workstation
         FROM learners WHERE ?1 IS NULL OR id = ?1 OR merged_into = ?1
             OR id IN (SELECT made_by FROM attempts WHERE learner_id = ?1 AND made_by NOT NULL)
             OR id IN (SELECT made_by FROM completions WHERE learner_id = ?1 AND made_by NOT NULL)
         ORDER BY created_at_ms, id",
    )?;
    let mut rows = statement.query(params![only])?;
    while let Some(row) = rows.next()? {
        learners += 1;
        push(
            out,
            Record::Learner(LearnerRecord {
                id: uuid(row.get(0)?),
                name: row.get(1)?,
                symbol: row.get(2)?,
                background: row.get(3)?,
                created_at_ms: row.get(4)?,
                clock: row.get(5)?,
                ws: uuid(row.get(6)?),
            }),
        )?;
    }
    drop(rows);

    let mut statement = conn.prepare(
        "SELECT learner_id, erased_at_ms, clock, workstation FROM tombstones
         WHERE ?1 IS NULL OR learner_id = ?1 ORDER BY learner_id",
    )?;
    let mut rows = statement.query(params![only])?;
    while let Some(row) = rows.next()? {
        push(
            out,
            Record::Tombstone(TombstoneRecord {
                learner: uuid(row.get(0)?),
                at_ms: row.get(1)?,
                clock: row.get(2)?,
                ws: uuid(row.get(3)?),
            }),
        )?;
    }
    drop(rows);

    let mut statement = conn.prepare(
        "SELECT learner_id, workstation, applied_at_ms FROM erasures_applied
         WHERE ?1 IS NULL OR learner_id = ?1 ORDER BY learner_id, workstation",
    )?;
    let mut rows = statement.query(params![only])?;
    while let Some(row) = rows.next()? {
        push(
            out,
            Record::ErasureApplied(ErasureAppliedRecord {
                learner: uuid(row.get(0)?),
                ws: uuid(row.get(1)?),
                at_ms: row.get(2)?,
            }),
        )?;
    }
    drop(rows);

    // Joins say who is one person, so the roster carries them too; moves are about answers.
    // Every file carries them all (ids only), so a chain of joins or moves is never cut: a
    // reader waits with those naming learners it does not know.
    for merge in crate::domain::store::merge::merges(conn)? {
        push(out, Record::Merge(merge))?;
    }
    // Coach accounts travel in every locked whole-PC file and roster, so a coach given or
    // withdrawn reaches every PC (and a reader takes them only from a locked file).
    if only.is_none() && locked {
        for account in crate::domain::store::coaches::accounts(conn)? {
            push(out, Record::Coach(account))?;
        }
    }
    if scope != Scope::Roster {
        for moved in crate::domain::store::merge::moves(conn)? {
            push(out, Record::Move(moved))?;
        }
    }

    let mut attempts = 0;
    // A roster carries who the learners are, not what they did.
    if scope != Scope::Roster {
        let mut statement = conn.prepare(
            "SELECT id, coalesce(made_by, learner_id), lesson_id, lesson_version, step_id, answer,
                correct, try_number, hint_level, help_pressed, started_at_ms, ended_at_ms,
                app_version, workstation, seq
         FROM attempts WHERE ?1 IS NULL OR learner_id = ?1 OR made_by = ?1
         ORDER BY workstation, seq, id",
        )?;
        let mut rows = statement.query(params![only])?;
        while let Some(row) = rows.next()? {
            attempts += 1;
            push(
                out,
                Record::Attempt(AttemptRecord {
                    id: uuid(row.get(0)?),
                    learner: uuid(row.get(1)?),
                    lesson: row.get(2)?,
                    lesson_version: row.get(3)?,
                    step: row.get(4)?,
                    answer: row.get(5)?,
                    correct: row.get(6)?,
                    try_number: row.get(7)?,
                    hint_level: row.get(8)?,
                    help: row.get(9)?,
                    started_at_ms: row.get(10)?,
                    ended_at_ms: row.get(11)?,
                    app_version: row.get(12)?,
                    ws: uuid(row.get(13)?),
                    seq: row.get(14)?,
                }),
            )?;
        }
        drop(rows);

        let mut statement = conn.prepare(
            "SELECT id, coalesce(made_by, learner_id), lesson_id, lesson_version, completed_at_ms,
                clock, workstation
         FROM completions WHERE ?1 IS NULL OR learner_id = ?1 OR made_by = ?1 ORDER BY id",
        )?;
        let mut rows = statement.query(params![only])?;
        while let Some(row) = rows.next()? {
            push(
                out,
                Record::Completion(CompletionRecord {
                    id: uuid(row.get(0)?),
                    learner: uuid(row.get(1)?),
                    lesson: row.get(2)?,
                    lesson_version: row.get(3)?,
                    at_ms: row.get(4)?,
                    clock: row.get(5)?,
                    ws: uuid(row.get(6)?),
                }),
            )?;
        }
        drop(rows);

        let mut statement = conn.prepare(
            "SELECT learner_id, lesson_id, step_index, updated_at_ms, clock, workstation
         FROM positions WHERE ?1 IS NULL OR learner_id = ?1 ORDER BY learner_id, lesson_id",
        )?;
        let mut rows = statement.query(params![only])?;
        while let Some(row) = rows.next()? {
            push(
                out,
                Record::Position(PositionRecord {
                    learner: uuid(row.get(0)?),
                    lesson: row.get(1)?,
                    step: row.get(2)?,
                    at_ms: row.get(3)?,
                    clock: row.get(4)?,
                    ws: uuid(row.get(5)?),
                }),
            )?;
        }
        drop(rows);
    }

    let mut statement = conn.prepare(
        "SELECT learner_id, key, value, clock, workstation FROM learner_settings
         WHERE ?1 IS NULL OR learner_id = ?1 ORDER BY learner_id, key",
    )?;
    let mut rows = statement.query(params![only])?;
    while let Some(row) = rows.next()? {
        push(
            out,
            Record::Setting(SettingRecord {
                learner: uuid(row.get(0)?),
                key: row.get(1)?,
                value: row.get(2)?,
                clock: row.get(3)?,
                ws: uuid(row.get(4)?),
            }),
        )?;
    }
    drop(rows);

    out.line(&Record::End { records }).map_err(io)?;
    Ok((learners, attempts, records))
}
