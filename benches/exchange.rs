//! Export and import of a large workstation against the plain-SQLite baseline.
//!
//!     cargo bench --bench exchange                  # 200 learners, 1,000,000 answers
//!     STEPWISE_BENCH_ANSWERS=100000 cargo bench --bench exchange
//!
//! Prints: making the data (through the store, in one batch), export (time, file size),
//! import into an empty workstation, importing the same file again (nothing new), the coach
//! area's lists of learners and lessons over all of it, and the
//! baseline: inserting the same rows into a plain SQLite table of the same shape in one
//! transaction. Peak memory is the process's high-water mark after each phase.

use std::time::Instant;

use stepwise::domain::exchange;
use stepwise::domain::lesson::Library;
use stepwise::domain::store::Store;

fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find(|line| line.starts_with("VmHWM:"))
                .and_then(|line| line.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

fn main() {
    let answers: usize = std::env::var("STEPWISE_BENCH_ANSWERS")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(1_000_000);
    let temp = tempfile::tempdir().unwrap();
    let library = Library::built_in();

    let started = Instant::now();
    let source = Store::open(&temp.path().join("pc1")).unwrap();
    stepwise::domain::demo::fill(&source, &library, 200, answers, 1).unwrap();
    println!(
        "make {answers} answers for 200 learners: {:.1} s (peak {:.0} MiB)",
        started.elapsed().as_secs_f64(),
        peak_mib()
    );

    let file = temp.path().join("pc1.stepwise");
    let started = Instant::now();
    let summary = exchange::export(&source, &file, "PC 1", None, None).unwrap();
    let size = std::fs::metadata(&file).unwrap().len();
    println!(
        "export: {:.2} s, {} records, {:.1} MB file ({:.0} bytes per answer) (peak {:.0} MiB)",
        started.elapsed().as_secs_f64(),
        summary.records,
        size as f64 / 1e6,
        size as f64 / answers as f64,
        peak_mib()
    );
    drop(source);

    let mut coach = Store::open(&temp.path().join("coach")).unwrap();
    let started = Instant::now();
    let report = exchange::import(&mut coach, &file, None).unwrap();
    assert_eq!(report.new_attempts(), answers as u64);
    println!(
        "import into an empty workstation: {:.2} s, incl. the backup copy (peak {:.0} MiB)",
        started.elapsed().as_secs_f64(),
        peak_mib()
    );
    let started = Instant::now();
    let again = exchange::import_with(&mut coach, &file, None, false).unwrap();
    assert_eq!(again.new_attempts(), 0);
    println!(
        "import the same file again (nothing new, no backup): {:.2} s",
        started.elapsed().as_secs_f64()
    );

    // The coach area's two lists (learners, lessons), as it reads them when it opens.
    let started = Instant::now();
    let (learners, lessons) = stepwise::domain::overview::coach_lists(&coach, &library).unwrap();
    assert_eq!(learners.len(), 200);
    println!(
        "coach area lists ({} learners, {} lessons): {:.2} s (peak {:.0} MiB)",
        learners.len(),
        lessons.len(),
        started.elapsed().as_secs_f64(),
        peak_mib()
    );

    // The baseline: the same rows, read back from the coach's database, inserted into a
    // plain table of the same shape in one transaction, with no checks and no merge.
    let conn =
        rusqlite::Connection::open(temp.path().join("coach").join("stepwise.sqlite")).unwrap();
    let rows: Vec<Vec<rusqlite::types::Value>> = {
        let mut statement = conn
            .prepare(
                "SELECT id, learner_id, lesson_id, lesson_version, step_id, answer, correct,
                        try_number, hint_level, help_pressed, started_at_ms, ended_at_ms,
                        app_version, workstation, seq FROM attempts",
            )
            .unwrap();
        statement
            .query_map([], |row| (0..15).map(|index| row.get(index)).collect())
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let mut plain = rusqlite::Connection::open(temp.path().join("plain.sqlite")).unwrap();
    plain.pragma_update(None, "journal_mode", "WAL").unwrap();
    plain.pragma_update(None, "synchronous", "FULL").unwrap();
    plain
        .execute_batch(
            "CREATE TABLE attempts (id TEXT PRIMARY KEY, learner_id TEXT, lesson_id TEXT,
             lesson_version INTEGER, step_id TEXT, answer TEXT, correct INTEGER,
             try_number INTEGER, hint_level INTEGER, help_pressed INTEGER,
             started_at_ms INTEGER, ended_at_ms INTEGER, app_version TEXT, workstation TEXT,
             seq INTEGER)",
        )
        .unwrap();
    let started = Instant::now();
    let tx = plain.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO attempts VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)",
            )
            .unwrap();
        for r in &rows {
            insert
                .execute(rusqlite::params_from_iter(r.iter()))
                .unwrap();
        }
    }
    tx.commit().unwrap();
    println!(
        "baseline: the same {} rows into plain SQLite in one transaction: {:.2} s",
        rows.len(),
        started.elapsed().as_secs_f64()
    );
}
