//! A workstation one Stepwise version behind the coach's PC, or one ahead: the files kept in
//! `tests/fixtures/progress/` (one per released format version, and one from a future minor
//! and major version) are read, or refused with a message naming the versions.

use std::path::PathBuf;

use stepwise::domain::exchange::{self, ExchangeError};
use stepwise::domain::store::Store;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/progress")
        .join(name)
}

const BRAM: &str = "0cb2adbc-6a21-462a-a598-47222b8e9f2f";
const ERASED: &str = "7d0c7d5e-0000-4000-8000-00000000e4a5";

#[test]
fn a_file_of_format_1_0_reads_whole_and_twice_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let report = exchange::import(&mut store, &fixture("format-1.0.stepwise"), None).unwrap();
    assert_eq!(report.header.as_ref().unwrap().version, "1.0");
    assert_eq!(report.new_attempts(), 60);
    assert_eq!(report.new_completions, 7);
    assert_eq!(report.records, 81);
    assert_eq!(report.unknown_records, 0);
    let learners = store.learners().unwrap();
    assert_eq!(learners.len(), 3);
    let bram = learners.iter().find(|l| l.id.to_string() == BRAM).unwrap();
    assert_eq!(bram.display_name, "Bram");
    assert_eq!(
        store.setting(bram.id, "text_size").unwrap().as_deref(),
        Some("150")
    );
    assert!(report.learners[&ERASED.parse().unwrap()].erased);
    let again = exchange::import(&mut store, &fixture("format-1.0.stepwise"), None).unwrap();
    assert_eq!((again.new_attempts(), again.known_attempts()), (0, 60));
}

/// Format 1.1 adds the note that a PC applied an erasure: read, the coach sees that PC done.
#[test]
fn a_file_of_format_1_1_says_which_pc_applied_an_erasure() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let report = exchange::import(&mut store, &fixture("format-1.1.stepwise"), None).unwrap();
    assert_eq!(report.header.as_ref().unwrap().version, "1.1");
    assert_eq!((report.new_attempts(), report.unknown_records), (60, 0));
    let status = stepwise::domain::overview::erasures(&store, "Coach").unwrap();
    let erased = status
        .iter()
        .find(|s| s.learner.to_string() == ERASED)
        .expect("the erasure is known");
    assert!(erased.done.contains(&"vm".to_string()), "{erased:?}");
    assert!(
        erased.done.contains(&"Coach".to_string()),
        "applied here too: {erased:?}"
    );
}

#[test]
fn a_file_from_a_newer_minor_version_reads_and_skips_what_it_does_not_know() {
    let temp = tempfile::tempdir().unwrap();
    let mut old = Store::open(&temp.path().join("a")).unwrap();
    let mut newer = Store::open(&temp.path().join("b")).unwrap();
    exchange::import(&mut old, &fixture("format-1.0.stepwise"), None).unwrap();
    let report = exchange::import(
        &mut newer,
        &fixture("format-1.9-newer-minor.stepwise"),
        None,
    )
    .unwrap();
    assert_eq!(report.unknown_records, 1);
    assert_eq!(report.new_attempts(), 60);
    // The same progress as the 1.0 file holds: the unknown parts changed nothing.
    assert_eq!(
        exchange::canonical(&old).unwrap(),
        exchange::canonical(&newer).unwrap()
    );
}

#[test]
fn a_file_from_a_newer_major_version_is_refused_naming_both_versions() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let before = exchange::canonical(&store).unwrap();
    let error = exchange::import(
        &mut store,
        &fixture("format-2.0-newer-major.stepwise"),
        None,
    )
    .unwrap_err();
    assert!(matches!(error, ExchangeError::Newer { .. }), "{error:?}");
    let said = error.to_string();
    assert!(
        said.contains("format 2.0") && said.contains("format 1.x"),
        "{said}"
    );
    assert_eq!(error.text_id(), "exchange-error-newer");
    assert_eq!(exchange::canonical(&store).unwrap(), before);
}

/// Format 1.2 adds joins (one undone), moved sessions and coach accounts. Read: the joined
/// profile has no tile and its answers are the kept learner's, the moved session too; the
/// undone join changes nothing; the coach account is left out (the file is not locked).
#[test]
fn a_file_of_format_1_2_joins_moves_and_keeps_coach_accounts_out_when_unlocked() {
    const ANNA: &str = "c6a1e671-16a1-477c-9f6b-9227d7b10906";
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let report = exchange::import(&mut store, &fixture("format-1.2.stepwise"), None).unwrap();
    assert_eq!(report.header.as_ref().unwrap().version, "1.2");
    assert_eq!(report.records, 86);
    assert_eq!((report.coach_changes, report.coaches_refused), (0, 1));
    let learners = store.learners().unwrap();
    let names: Vec<&str> = learners.iter().map(|l| l.display_name.as_str()).collect();
    assert_eq!(names.len(), 2, "Chloé is joined into Anna: {names:?}");
    assert!(!names.contains(&"Chloé"));
    let count = |id: &str| {
        let id = id.parse().unwrap();
        let lessons = stepwise::domain::store::Store::sessions(&store, id).unwrap();
        lessons.iter().map(|s| s.answers).sum::<u64>()
    };
    // Anna's 26, Chloé's 25 and Bram's 5 answers of the moved lesson.
    assert_eq!(count(ANNA), 56);
    assert_eq!(count(BRAM), 4);
    let before = exchange::canonical(&store).unwrap();
    let again = exchange::import(&mut store, &fixture("format-1.2.stepwise"), None).unwrap();
    assert_eq!(again.new_attempts(), 0);
    assert_eq!(exchange::canonical(&store).unwrap(), before);
}
