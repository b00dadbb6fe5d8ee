//! Faults from outside: a disk that fills up in the middle of adding progress (what the coach
//! sees is a plain message, and the database is exactly as it was before: one transaction),
//! and a data folder that becomes read-only (a mount of its own, in a mount namespace).
//! (In the window, a store error shows the learner "Please ask your coach" and the coach its
//! detail: `tests/shared_pc.rs` drives that screen with a damaged database.)

#![cfg(unix)]

use std::process::Command;

fn stepwise(data: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_stepwise"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("STEPWISE_DATA_DIR")
        .output()
        .unwrap()
}

/// The database's own report: learners and answers.
fn counts(data: &std::path::Path) -> String {
    let doctor = String::from_utf8_lossy(&stepwise(data, &["doctor"]).stdout).into_owned();
    doctor
        .lines()
        .find(|line| line.starts_with("Database:"))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn a_disk_that_fills_up_during_an_import_changes_nothing_and_says_so_plainly() {
    let temp = tempfile::tempdir().unwrap();
    let (pc, coach) = (temp.path().join("pc"), temp.path().join("coach"));
    assert!(
        stepwise(&pc, &["demo", "--learners", "40", "--attempts", "40000"])
            .status
            .success()
    );
    let file = temp.path().join("pc.stepwise");
    assert!(
        stepwise(&pc, &["export", "--out", file.to_str().unwrap()])
            .status
            .success()
    );
    assert!(
        stepwise(&coach, &["demo", "--learners", "2", "--attempts", "50"])
            .status
            .success()
    );
    let before = counts(&coach);
    assert!(before.contains("ok"), "{before}");

    // Files may grow to 2 MB and no more: the import's own writes hit the limit. The signal
    // a full file would send is ignored, so the write fails as on a full disk.
    let limited = Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 4096; exec \"$0\" --data-dir \"$1\" import \"$2\"")
        .arg(env!("CARGO_BIN_EXE_stepwise"))
        .arg(&coach)
        .arg(&file)
        .env_remove("STEPWISE_DATA_DIR")
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&limited.stdout),
        String::from_utf8_lossy(&limited.stderr)
    );
    assert!(
        !limited.status.success(),
        "the import cannot have fitted: {said}"
    );
    assert!(!said.contains("panicked"), "no crash, a message: {said}");
    assert!(said.contains("nothing was changed"), "{said}");
    assert!(
        said.contains("may be full"),
        "in words a coach can act on: {said}"
    );
    assert_eq!(counts(&coach), before, "the database is as it was");
}

/// Where the read-only child keeps its data (set by the parent).
const READ_ONLY_DIR: &str = "STEPWISE_READ_ONLY_CHILD_DIR";

fn an_answer(learner: uuid::Uuid, step: u32) -> stepwise::domain::store::Attempt {
    stepwise::domain::store::Attempt {
        id: uuid::Uuid::new_v4(),
        learner_id: learner,
        lesson_id: "use-the-mouse".into(),
        lesson_version: 1,
        step_id: format!("step-{step}"),
        answer: "mouse".into(),
        correct: true,
        try_number: 1,
        hint_level: 0,
        help_pressed: false,
        started_at_ms: 1,
        ended_at_ms: 2,
        app_version: env!("CARGO_PKG_VERSION").into(),
    }
}

/// The child of the read-only test, in a mount namespace of its own: its data folder is a
/// small file system that becomes read-only after some answers.
#[test]
#[ignore = "the child process of the read-only test; the parent runs it"]
fn child_whose_data_folder_becomes_read_only() {
    use stepwise::domain::store::Store;
    // Run on its own (`--include-ignored`) it has nothing to do: the parent sets this.
    let Some(dir) = std::env::var_os(READ_ONLY_DIR).map(std::path::PathBuf::from) else {
        return;
    };
    let mount = |args: &[&str]| {
        let status = Command::new("mount").args(args).arg(&dir).status().unwrap();
        assert!(status.success(), "mount {args:?}");
    };
    mount(&["-t", "tmpfs", "-o", "size=32m", "tmpfs"]);
    let store = Store::open(&dir).unwrap();
    let learner = store
        .add_learner(
            "Anna",
            &stepwise::domain::avatar::Picture {
                symbol: "sun".into(),
                background: "sky".into(),
            },
        )
        .unwrap()
        .id;
    for step in 0..20 {
        store.record_attempt(&an_answer(learner, step)).unwrap();
    }
    // The folder turns read-only (a network share gone read-only, a failing disk that the
    // system remounted) between two sessions. Linux refuses to do it by hand while the
    // database is open for writing ("mount point is busy"), so the store is closed first.
    drop(store);
    mount(&["-o", "remount,ro"]);
    // Starting again on it: refused at start, before any lesson, with the folder named.
    let Err(error) = Store::open(&dir) else {
        panic!("a read-only folder is refused at start");
    };
    println!("start: {} | {error}", error.text_id());
    // What was kept: every answer given before, whole.
    mount(&["-o", "remount,rw"]);
    let store = Store::open(&dir).unwrap();
    let kept = store.attempts(learner, "use-the-mouse").unwrap().len();
    let check: String = rusqlite::Connection::open(store.path())
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    println!("kept: {kept} | {check}");
}

/// The data folder becomes read-only. At the next start the store refuses it, before any
/// lesson, as `error-data-folder` naming the folder that cannot be written: the app shows that
/// as its failure screen ("Please ask your coach", with the detail for the coach), which
/// `tests/shared_pc.rs` drives. What is kept: every answer before, and the database passes
/// its integrity check once the folder can be written again.
/// Needs a mount namespace: as root (CI) it runs; otherwise it says it was skipped.
#[test]
fn a_data_folder_that_becomes_read_only_keeps_every_earlier_answer_and_says_so() {
    // A mount namespace needs root (CI runs as root); a developer's own run says so and stops.
    let uid = Command::new("id").arg("-u").output().unwrap();
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        eprintln!("skipped: making a read-only mount needs root (CI runs this)");
        return;
    }
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("data");
    std::fs::create_dir(&dir).unwrap();
    let output = Command::new("unshare")
        .args(["--mount", "--propagation", "private"])
        .arg(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_whose_data_folder_becomes_read_only",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(READ_ONLY_DIR, &dir)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let line = |start: &str| {
        // The test harness may print its own words before ours on the same line.
        said.lines()
            .find_map(|line| line.find(start).map(|at| line[at..].to_string()))
            .unwrap_or_else(|| panic!("no {start} in {said}"))
    };
    let start = line("start: ");
    assert!(start.starts_with("start: error-data-folder |"), "{start}");
    assert!(start.contains(&dir.display().to_string()), "{start}");
    assert!(start.contains("cannot be written"), "{start}");
    assert_eq!(line("kept: "), "kept: 20 | ok");
}
