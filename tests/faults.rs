//! Faults from outside: a disk that fills up in the middle of adding progress. What the coach
//! sees is a plain message, and the database is exactly as it was before (one transaction).
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
