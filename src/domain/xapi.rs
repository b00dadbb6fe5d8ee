//! `stepwise export --xapi`: the answers and finished lessons as xAPI statements (a JSON
//! array, ready for a Learning Record Store's batch POST). The actor is an `account` with the
//! learner's pseudonymous id, never a name. Statement ids are the answer's and the
//! completion's own UUIDs, so exporting twice gives the same statements and an LRS keeps each
//! once.

use std::io::Write;
use std::path::Path;

use serde_json::{Value, json};

use super::store::{Store, StoreError};

/// The IRI under which Stepwise names its learners, lessons and extensions. `.invalid` is a
/// reserved name: it points nowhere, so nothing is ever looked up.
pub const BASE: &str = "https://stepwise.invalid";

#[derive(Debug, thiserror::Error)]
pub enum XapiError {
    #[error("cannot write {path}: {source}")]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for XapiError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Store(StoreError::Sql(error))
    }
}

fn timestamp(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .unwrap_or_default()
}

fn actor(learner: &str) -> Value {
    json!({
        "objectType": "Agent",
        "account": { "homePage": format!("{BASE}/learners"), "name": learner }
    })
}

fn verb(name: &str) -> Value {
    json!({
        "id": format!("http://adlnet.gov/expapi/verbs/{name}"),
        "display": { "en-US": name }
    })
}

/// Writes every answer (`answered`) and finished lesson (`completed`); returns how many.
pub fn export(store: &Store, file: &Path) -> Result<usize, XapiError> {
    let io = |source: std::io::Error| XapiError::Io {
        path: file.to_path_buf(),
        source,
    };
    let mut out = std::io::BufWriter::new(std::fs::File::create(file).map_err(io)?);
    out.write_all(b"[").map_err(io)?;
    let mut count = 0;
    let mut write = |out: &mut std::io::BufWriter<std::fs::File>, statement: Value| {
        if count > 0 {
            out.write_all(b",\n")?;
        }
        count += 1;
        serde_json::to_writer(&mut *out, &statement).map_err(std::io::Error::from)
    };
    let mut statement = store.conn().prepare(
        "SELECT id, learner_id, lesson_id, step_id, answer, correct, try_number, hint_level,
                help_pressed, started_at_ms, ended_at_ms, workstation, lesson_version
         FROM attempts ORDER BY workstation, seq",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let (lesson, step): (String, String) = (row.get(2)?, row.get(3)?);
        let (started, ended): (i64, i64) = (row.get(9)?, row.get(10)?);
        let seconds = (ended - started).max(0) as f64 / 1000.0;
        write(
            &mut out,
            json!({
                "id": row.get::<_, String>(0)?,
                "actor": actor(&row.get::<_, String>(1)?),
                "verb": verb("answered"),
                "object": {
                    "objectType": "Activity",
                    "id": format!("{BASE}/lessons/{lesson}/steps/{step}"),
                    "definition": { "type": "http://adlnet.gov/expapi/activities/cmi.interaction" }
                },
                "result": {
                    "success": row.get::<_, bool>(5)?,
                    "response": row.get::<_, String>(4)?,
                    "duration": format!("PT{seconds:.1}S")
                },
                "context": {
                    "contextActivities": { "parent": [{ "id": format!("{BASE}/lessons/{lesson}") }] },
                    "extensions": {
                        format!("{BASE}/xapi/try"): row.get::<_, i64>(6)?,
                        format!("{BASE}/xapi/hint-level"): row.get::<_, i64>(7)?,
                        format!("{BASE}/xapi/help-pressed"): row.get::<_, bool>(8)?,
                        format!("{BASE}/xapi/workstation"): row.get::<_, String>(11)?,
                        format!("{BASE}/xapi/lesson-version"): row.get::<_, i64>(12)?
                    }
                },
                "timestamp": timestamp(ended)
            }),
        )
        .map_err(io)?;
    }
    drop(rows);
    let mut statement = store.conn().prepare(
        "SELECT id, learner_id, lesson_id, completed_at_ms FROM completions ORDER BY id",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let lesson: String = row.get(2)?;
        write(
            &mut out,
            json!({
                "id": row.get::<_, String>(0)?,
                "actor": actor(&row.get::<_, String>(1)?),
                "verb": verb("completed"),
                "object": {
                    "objectType": "Activity",
                    "id": format!("{BASE}/lessons/{lesson}"),
                    "definition": { "type": "http://adlnet.gov/expapi/activities/lesson" }
                },
                "result": { "completion": true },
                "timestamp": timestamp(row.get(3)?)
            }),
        )
        .map_err(io)?;
    }
    drop(rows);
    out.write_all(b"]\n").map_err(io)?;
    out.flush().map_err(io)?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_deterministic_pseudonymous_and_valid_json() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let library = super::super::lesson::Library::fixture();
        let made = super::super::demo::fill(&store, &library, 2, 30, 5).unwrap();
        let (one, two) = (dir.path().join("one.json"), dir.path().join("two.json"));
        let count = export(&store, &one).unwrap();
        assert_eq!(count, made.attempts + made.completions);
        export(&store, &two).unwrap();
        assert_eq!(
            std::fs::read(&one).unwrap(),
            std::fs::read(&two).unwrap(),
            "deterministic"
        );
        let statements: Vec<Value> =
            serde_json::from_str(&std::fs::read_to_string(&one).unwrap()).unwrap();
        assert_eq!(statements.len(), count);
        let first = &statements[0];
        assert_eq!(
            first["verb"]["id"],
            "http://adlnet.gov/expapi/verbs/answered"
        );
        assert!(uuid::Uuid::parse_str(first["id"].as_str().unwrap()).is_ok());
        assert!(
            statements
                .iter()
                .any(|s| s["verb"]["display"]["en-US"] == "completed")
        );
        let text = std::fs::read_to_string(&one).unwrap();
        for learner in store.learners().unwrap() {
            assert!(!text.contains(&learner.display_name), "no names");
            assert!(
                text.contains(&learner.id.to_string()),
                "the pseudonymous id"
            );
        }
    }
}
