//! Crash safety: a child process answers steps through the store exactly as the app does (one
//! committed answer at a time) and says each answer's id once it is saved; the parent kills it
//! with SIGKILL at a random moment, over and over. Each time, the database must open, pass
//! `PRAGMA integrity_check`, hold every answer the child said was saved, and hold each once.
//!
//! `STEPWISE_CRASH_RUNS=1000 cargo test --profile ci --test crash` is the long run.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use stepwise::domain::store::{Attempt, Store};

/// Opens the database in `dir` as it was left, checks `PRAGMA integrity_check` passes, and
/// returns the ids of the answers it holds.
fn whole_and_kept(dir: &std::path::Path, when: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(dir.join("stepwise.sqlite")).unwrap();
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(verdict, "ok", "{when}");
    let mut statement = conn.prepare("SELECT id FROM attempts").unwrap();
    statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Where the child keeps its data (set by the parent).
const CHILD_DATA: &str = "STEPWISE_CRASH_CHILD_DATA";

/// The child: not a test of its own (it is ignored in a normal run); the parent starts this
/// test binary again with only this function, and kills it.
#[test]
#[ignore = "the child process of the crash test; the parent runs it"]
fn child_answers_steps_until_killed() {
    let dir = std::env::var_os(CHILD_DATA).expect("started by the crash test");
    let store = Store::open(std::path::Path::new(&dir)).unwrap();
    let learner = store.learners().unwrap()[0].id;
    let mut out = std::io::stdout().lock();
    for try_number in 1.. {
        let now = chrono::Utc::now().timestamp_millis();
        let attempt = Attempt {
            id: uuid::Uuid::new_v4(),
            learner_id: learner,
            lesson_id: "use-the-mouse".into(),
            lesson_version: 1,
            step_id: format!("step-{}", try_number % 12),
            answer: "mouse".into(),
            correct: try_number % 3 == 0,
            try_number,
            hint_level: 0,
            help_pressed: false,
            started_at_ms: now,
            ended_at_ms: now,
            app_version: env!("CARGO_PKG_VERSION").into(),
        };
        store.record_attempt(&attempt).unwrap();
        // Said only once the commit returned: the app moves the screen on at this moment.
        writeln!(out, "saved {}", attempt.id).unwrap();
        out.flush().unwrap();
    }
}

/// A data folder with one learner, and the child answering in it (its stdout piped).
fn start_child(dir: &std::path::Path) -> std::process::Child {
    {
        let store = Store::open(dir).unwrap();
        let picture = stepwise::domain::avatar::free_pictures(&Default::default())[0].clone();
        store.add_learner("Ana", &picture).unwrap();
    }
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "child_answers_steps_until_killed",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_DATA, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// A small, seeded random number (xorshift): the runs are the same every time.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn killed_at_any_moment_the_store_keeps_every_answer_it_said_was_saved() {
    let runs: u64 = std::env::var("STEPWISE_CRASH_RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .unwrap_or(150);
    let mut seed = 0x5eed_cafe_u64;
    let (mut total_saved, mut killed_mid_write) = (0, 0);
    for run in 0..runs {
        let dir = tempfile::tempdir().unwrap();
        let mut child = start_child(dir.path());
        let saved = Arc::new(Mutex::new(Vec::new()));
        let reader = {
            let saved = Arc::clone(&saved);
            let stdout = child.stdout.take().unwrap();
            std::thread::spawn(move || {
                for line in BufReader::new(stdout).lines() {
                    let Ok(line) = line else { break };
                    // The test harness's own "test … ... " may come first on the line.
                    if let Some((_, id)) = line.split_once("saved ") {
                        saved.lock().unwrap().push(id.to_string());
                    }
                }
            })
        };
        // Anywhere from before the store is open to deep in the answers.
        std::thread::sleep(Duration::from_millis(5 + next(&mut seed) % 300));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        let saved = saved.lock().unwrap().clone();

        drop(
            Store::open(dir.path())
                .unwrap_or_else(|error| panic!("run {run}: the database does not open: {error}")),
        );
        let kept = whole_and_kept(dir.path(), &format!("run {run}"));
        for id in &saved {
            assert!(
                kept.contains(id),
                "run {run}: answer {id} was said saved, and is gone"
            );
        }
        let mut distinct = kept.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(
            distinct.len(),
            kept.len(),
            "run {run}: an answer is there twice"
        );
        // At most the one answer committed as the kill came, before it was said.
        assert!(
            kept.len() <= saved.len() + 1,
            "run {run}: {} kept, {} said",
            kept.len(),
            saved.len()
        );
        total_saved += saved.len();
        killed_mid_write += usize::from(kept.len() > saved.len());
    }
    eprintln!(
        "{runs} kills: {total_saved} answers said saved, all kept; \
         {killed_mid_write} kills came between a commit and its report"
    );
    assert!(
        total_saved > 0,
        "the child never got to answer: the kills came too soon"
    );
}

/// The write-ahead log deleted after a crash (by a clean-up tool, or a person): the database
/// still opens and passes its integrity check, holds no answer that was never saved, and
/// keeps what was checkpointed into it; the answers still only in the log are what is lost.
#[test]
fn with_its_write_ahead_log_deleted_after_a_crash_the_database_still_opens_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = start_child(dir.path());
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut saved = Vec::new();
    let mut read = |lines: &mut std::io::Lines<_>, until: usize| {
        while saved.len() < until {
            let Some(Ok(line)) = lines.next() else { break };
            if let Some((_, id)) = line.split_once("saved ") {
                saved.push(id.to_string());
            }
        }
    };
    // Enough answers that SQLite has checkpointed some into the database file; then the
    // kill, and every answer reported before it (what was still in the pipe too).
    read(&mut lines, 3000);
    child.kill().unwrap();
    child.wait().unwrap();
    read(&mut lines, usize::MAX);
    for leftover in ["stepwise.sqlite-wal", "stepwise.sqlite-shm"] {
        let _ = std::fs::remove_file(dir.path().join(leftover));
    }
    drop(Store::open(dir.path()).expect("the database opens without its log"));
    let kept = whole_and_kept(dir.path(), "after the log was deleted");
    assert!(kept.iter().all(|id| saved.contains(id)), "nothing made up");
    assert!(
        !kept.is_empty(),
        "what was checkpointed into the database stays"
    );
    eprintln!(
        "log deleted after {} answers: {} kept, {} lost with the log",
        saved.len(),
        kept.len(),
        saved.len() - kept.len()
    );
}
