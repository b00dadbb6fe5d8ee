//! Progress files: how a workstation's progress travels to the coach and to other workstations
//! (on a USB stick or through a shared folder), and how any Stepwise merges it.
//!
//! A file is a gzip stream (its CRC-32 and length catch a truncated or damaged file) of JSON
//! lines: a header, then one record per line (learners first), then an `end` record with the
//! count. `docs/progress-file.md` is the format's description. Merging never depends on wall
//! clocks: attempts and completions are kept by their UUID (so a file imported twice adds
//! nothing), and rows that change (a learner's name, a place in a lesson, a setting) carry a
//! Lamport stamp — the newest stamp wins, ties broken by workstation id — so the order in
//! which files are imported does not matter.

pub mod places;
mod read;
pub mod shared;
mod write;

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use read::{ImportReport, LearnerCount, import, import_from, import_with};
pub use write::{
    ExportSummary, default_file_name, export, export_roster, file_stem, roster_file_name,
};

use super::store::StoreError;
use super::store::coaches::CoachAccount;
use super::store::merge::{Merge, Move};

/// What the header's `format` says.
pub const FORMAT: &str = "stepwise-progress";
/// The major version: a reader refuses a newer one. The minor version may add fields and
/// record kinds, which an older reader ignores.
pub const MAJOR: u32 = 1;
pub const MINOR: u32 = 2;
/// The file name extension.
pub const EXTENSION: &str = "stepwise";
/// A line longer than this is not a Stepwise record (a hostile or foreign file).
pub const MAX_LINE: usize = 64 * 1024;

/// The first line of a progress file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    /// "major.minor".
    pub version: String,
    pub app_version: String,
    /// When the file was written, in UTC, and the writing PC's offset from UTC then. Only for
    /// people (and the clock warning): merging never uses it.
    pub written_at_ms: i64,
    #[serde(default)]
    pub utc_offset_minutes: i32,
    pub workstation: Uuid,
    pub workstation_name: String,
    /// `workstation` (all its learners) or `learner` (one learner).
    pub scope: String,
}

/// One line after the header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "kebab-case")]
pub enum Record {
    Learner(LearnerRecord),
    Tombstone(TombstoneRecord),
    Attempt(AttemptRecord),
    Completion(CompletionRecord),
    Position(PositionRecord),
    Setting(SettingRecord),
    /// Since 1.1: workstation `ws` has applied the erasure of `learner` (an older reader
    /// skips it).
    ErasureApplied(ErasureAppliedRecord),
    /// Since 1.2: two learners are one person (or, `undone`, no longer). Merged by `id`; the
    /// newest stamp says whether it is undone.
    Merge(Merge),
    /// Since 1.2: a session done under the wrong learner belongs to another; merged like a
    /// join.
    Move(Move),
    /// Since 1.2: a coach account; written and read only in a locked file.
    Coach(CoachAccount),
    /// The last line: how many records came before it.
    End {
        records: u64,
    },
    /// A record kind from a newer minor version: skipped.
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErasureAppliedRecord {
    pub learner: Uuid,
    pub ws: Uuid,
    pub at_ms: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnerRecord {
    pub id: Uuid,
    pub name: String,
    pub symbol: String,
    pub background: String,
    pub created_at_ms: i64,
    pub clock: i64,
    pub ws: Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TombstoneRecord {
    pub learner: Uuid,
    pub at_ms: i64,
    pub clock: i64,
    pub ws: Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptRecord {
    pub id: Uuid,
    pub learner: Uuid,
    pub lesson: String,
    pub lesson_version: u32,
    pub step: String,
    pub answer: String,
    pub correct: bool,
    pub try_number: u32,
    pub hint_level: u8,
    pub help: bool,
    pub started_at_ms: i64,
    pub ended_at_ms: i64,
    pub app_version: String,
    pub ws: Uuid,
    pub seq: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletionRecord {
    pub id: Uuid,
    pub learner: Uuid,
    pub lesson: String,
    pub lesson_version: u32,
    pub at_ms: i64,
    pub clock: i64,
    pub ws: Uuid,
}

/// Where a learner is in a lesson; `step` -1 means the lesson was finished (no open place).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PositionRecord {
    pub learner: Uuid,
    pub lesson: String,
    pub step: i64,
    pub at_ms: i64,
    pub clock: i64,
    pub ws: Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingRecord {
    pub learner: Uuid,
    pub key: String,
    pub value: String,
    pub clock: i64,
    pub ws: Uuid,
}

/// Why a file could not be read or written, in words a coach can act on. The database is
/// exactly as it was whenever one of these is returned.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("cannot use {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error("this is not a Stepwise progress file")]
    Foreign,
    #[error(
        "this file was made by a newer Stepwise (progress format {found}); this Stepwise reads format {MAJOR}.x: update Stepwise on this PC first"
    )]
    Newer { found: String },
    #[error(
        "the file is incomplete (it ends early): it was probably copied or unplugged too soon; export it again"
    )]
    Truncated,
    #[error(
        "this file is locked with the organisation key, and this PC has none: ask the installer to set org_key_file"
    )]
    Locked,
    #[error(
        "this file is locked with another organisation key than this PC's: it comes from another organisation, or this PC has an old key"
    )]
    WrongKey,
    #[error("the organisation key cannot be used, so nothing is written unprotected: {0}")]
    KeyProblem(String),
    #[error("the file is damaged near line {line}: {detail}; export it again")]
    Damaged { line: u64, detail: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ExchangeError {
    /// The interface text that says this to a coach (`locales/*/main.ftl`).
    pub fn text_id(&self) -> &'static str {
        match self {
            Self::Io { .. } => "exchange-error-folder",
            Self::Foreign => "exchange-error-foreign",
            Self::Newer { .. } => "exchange-error-newer",
            Self::Truncated => "exchange-error-truncated",
            Self::Damaged { .. } => "exchange-error-damaged",
            Self::Locked => "exchange-error-locked",
            Self::WrongKey => "exchange-error-wrong-key",
            Self::KeyProblem(_) => "exchange-error-key-problem",
            Self::Store(_) => "exchange-error-store",
        }
    }
}

impl From<rusqlite::Error> for ExchangeError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Store(StoreError::Sql(error))
    }
}

/// A short id, text key or lesson id from a file: letters, digits, `-`, `_` and `.`, at most
/// 100 characters.
fn plain_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 100
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Free text from a file (an answer, a setting's value, an app version): no control
/// characters, at most `max` characters.
fn plain_text(text: &str, max: usize) -> bool {
    text.chars().count() <= max && !text.chars().any(char::is_control)
}

impl Record {
    /// Is every field within what Stepwise itself writes? A file that is not is refused whole.
    fn problem(&self) -> Option<String> {
        let fault = |ok: bool, what: &str| (!ok).then(|| what.to_string());
        match self {
            Self::Learner(r) => fault(
                r.name == super::store::clean_name(&r.name),
                "a learner's name has control characters or is over 40 characters",
            )
            .or_else(|| {
                fault(
                    plain_id(&r.symbol) && plain_id(&r.background),
                    "a learner's picture is not a picture id",
                )
            }),
            Self::Attempt(r) => fault(plain_id(&r.lesson), "a lesson id is not an id")
                .or_else(|| fault(plain_id(&r.step), "a step id is not an id"))
                .or_else(|| {
                    fault(
                        plain_text(&r.answer, 500),
                        "an answer is too long or has control characters",
                    )
                })
                .or_else(|| {
                    fault(
                        plain_text(&r.app_version, 40),
                        "an app version is not a version",
                    )
                })
                .or_else(|| fault(r.try_number >= 1, "a try number is 0"))
                .or_else(|| fault(r.hint_level <= 3, "a hint level is over 3")),
            Self::Completion(r) => fault(plain_id(&r.lesson), "a lesson id is not an id"),
            Self::Position(r) => {
                fault(plain_id(&r.lesson), "a lesson id is not an id").or_else(|| {
                    fault(
                        (-1..=1000).contains(&r.step),
                        "a step number is out of range",
                    )
                })
            }
            Self::Setting(r) => fault(plain_id(&r.key), "a setting's name is not an id")
                .or_else(|| fault(plain_text(&r.value, 200), "a setting's value is too long")),
            Self::Merge(r) => fault(r.from != r.into, "a learner is joined to themself"),
            Self::Coach(r) => fault(
                !r.name.is_empty() && r.name == super::store::clean_name(&r.name),
                "a coach's name is empty, has control characters or is over 40 characters",
            )
            .or_else(|| {
                fault(
                    r.pin_hash.len() <= 200 && super::coach::is_pin_hash(&r.pin_hash),
                    "a coach's PIN is not kept as a PIN hash",
                )
            }),
            Self::Move(r) => fault(plain_id(&r.lesson), "a lesson id is not an id")
                .or_else(|| {
                    fault(
                        r.start_ms <= r.end_ms,
                        "a moved session ends before it starts",
                    )
                })
                .or_else(|| fault(r.from != r.to, "a session is moved to the same learner")),
            Self::Tombstone(_) | Self::ErasureApplied(_) | Self::End { .. } | Self::Unknown => None,
        }
    }
}

/// Everything that travels between workstations, as sorted lines: two stores that agree on
/// every learner, attempt (and whose it is), completion, place, setting, tombstone, join and
/// move give the same lines (the
/// merge tests and `stepwise doctor` compare them).
pub fn canonical(store: &super::store::Store) -> Result<Vec<String>, StoreError> {
    let queries = [
        "SELECT 'learner', id, display_name, symbol, background, created_at_ms, clock, workstation
         FROM learners",
        "SELECT 'attempt', id, learner_id, coalesce(made_by, learner_id), lesson_id,
                lesson_version, step_id, answer, correct, try_number, hint_level, help_pressed,
                started_at_ms, ended_at_ms, app_version, workstation, seq FROM attempts",
        "SELECT 'completion', id, learner_id, coalesce(made_by, learner_id), lesson_id,
                lesson_version, completed_at_ms, clock, workstation FROM completions",
        "SELECT 'joined', id, merged_into FROM learners WHERE merged_into IS NOT NULL",
        "SELECT 'merge', id, from_learner, into_learner, at_ms, undone, clock, workstation
         FROM merges",
        "SELECT 'move', id, from_learner, to_learner, lesson_id, start_ms, end_ms, at_ms, undone,
                clock, workstation FROM moves",
        "SELECT 'coach', id, name, pin_hash, withdrawn, created_at_ms, clock, workstation,
                status_clock, status_workstation FROM coaches",
        "SELECT 'position', learner_id, lesson_id, step_index, clock, workstation FROM positions",
        "SELECT 'setting', learner_id, key, value, clock, workstation FROM learner_settings",
        "SELECT 'tombstone', learner_id, erased_at_ms, clock, workstation FROM tombstones",
    ];
    let mut lines = Vec::new();
    for query in queries {
        let mut statement = store.conn().prepare(query)?;
        let columns = statement.column_count();
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let mut fields = Vec::with_capacity(columns);
            for index in 0..columns {
                let value: rusqlite::types::Value = row.get(index)?;
                fields.push(format!("{value:?}"));
            }
            lines.push(fields.join("|"));
        }
    }
    lines.sort();
    Ok(lines)
}
