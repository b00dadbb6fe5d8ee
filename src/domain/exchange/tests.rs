use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use uuid::Uuid;

use super::*;
use crate::domain::avatar::Picture;
use crate::domain::store::{Attempt, Store};

fn picture(symbol: &str, background: &str) -> Picture {
    Picture {
        symbol: symbol.into(),
        background: background.into(),
    }
}

fn attempt(learner: Uuid, lesson: &str, step: &str, correct: bool) -> Attempt {
    Attempt {
        id: Uuid::new_v4(),
        learner_id: learner,
        lesson_id: lesson.into(),
        lesson_version: 1,
        step_id: step.into(),
        answer: "a".into(),
        correct,
        try_number: 1,
        hint_level: 0,
        help_pressed: false,
        started_at_ms: 1,
        ended_at_ms: 2,
        app_version: "0.1.0".into(),
    }
}

/// A workstation with one learner who answered `answers` steps.
fn workstation(dir: &Path, name: &str, symbol: &str, answers: usize) -> (Store, Uuid) {
    let store = Store::open(dir).unwrap();
    let learner = store.add_learner(name, &picture(symbol, "sky")).unwrap();
    for index in 0..answers {
        store
            .record_attempt(&attempt(
                learner.id,
                "lesson-a",
                &format!("s{index}"),
                index % 2 == 0,
            ))
            .unwrap();
    }
    (store, learner.id)
}

fn export_to(store: &Store, dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(format!("{name}.stepwise"));
    export(store, &file, name, None, None).unwrap();
    file
}

/// Rewrites a progress file line by line (to make damaged, newer or hostile files).
fn rewrite(file: &Path, out: &Path, change: impl Fn(usize, String) -> Option<String>) {
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(file).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    let lines: Vec<String> = text
        .lines()
        .enumerate()
        .filter_map(|(index, line)| change(index, line.to_string()))
        .collect();
    let mut encoder = flate2::write::GzEncoder::new(
        std::fs::File::create(out).unwrap(),
        flate2::Compression::default(),
    );
    encoder
        .write_all((lines.join("\n") + "\n").as_bytes())
        .unwrap();
    encoder.finish().unwrap();
}

#[test]
fn two_workstations_merge_at_the_coach_in_any_order_and_any_number_of_times() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, anna) = workstation(&temp.path().join("pc1"), "Anna", "sun", 5);
    let (pc2, bert) = workstation(&temp.path().join("pc2"), "Bert", "sun", 3);
    let file1 = export_to(&pc1, temp.path(), "pc1");
    let file2 = export_to(&pc2, temp.path(), "pc2");

    let mut coach_a = Store::open(&temp.path().join("coach-a")).unwrap();
    let report = import(&mut coach_a, &file1, None).unwrap();
    assert_eq!((report.new_attempts(), report.known_attempts()), (5, 0));
    assert!(report.learners[&anna].new_learner);
    import(&mut coach_a, &file2, None).unwrap();
    let again = import(&mut coach_a, &file1, None).unwrap();
    assert_eq!(
        (again.new_attempts(), again.known_attempts()),
        (0, 5),
        "nothing twice"
    );

    let mut coach_b = Store::open(&temp.path().join("coach-b")).unwrap();
    import(&mut coach_b, &file2, None).unwrap();
    import(&mut coach_b, &file2, None).unwrap();
    import(&mut coach_b, &file1, None).unwrap();
    assert_eq!(canonical(&coach_a).unwrap(), canonical(&coach_b).unwrap());
    let learners = coach_a.learners().unwrap();
    assert_eq!(
        learners.len(),
        2,
        "both learners, though they chose the same picture"
    );
    assert!(learners.iter().any(|l| l.id == bert));

    // The coach's merged file brought back makes all three agree.
    let merged = export_to(&coach_a, temp.path(), "coach");
    let (mut pc1, mut pc2) = (pc1, pc2);
    import(&mut pc1, &merged, None).unwrap();
    import(&mut pc2, &merged, None).unwrap();
    let coach = canonical(&coach_a).unwrap();
    assert_eq!(canonical(&pc1).unwrap(), coach);
    assert_eq!(canonical(&pc2).unwrap(), coach);
    assert_eq!(
        coach
            .iter()
            .filter(|l| l.starts_with("Text(\"attempt\")"))
            .count(),
        8
    );
}

#[test]
fn a_lesson_started_on_one_pc_and_finished_on_another_follows_the_learner() {
    let temp = tempfile::tempdir().unwrap();
    let (mut pc1, anna) = workstation(&temp.path().join("pc1"), "Anna", "sun", 0);
    pc1.save_position(anna, "lesson-a", 3).unwrap();
    let monday = export_to(&pc1, temp.path(), "monday");

    // Tuesday on PC 2: Stepwise there reads Monday's file, so Anna goes on at step 3.
    let mut pc2 = Store::open(&temp.path().join("pc2")).unwrap();
    import(&mut pc2, &monday, None).unwrap();
    assert_eq!(
        pc2.last_position(anna).unwrap(),
        Some(("lesson-a".into(), 3))
    );
    pc2.save_position(anna, "lesson-a", 5).unwrap();
    pc2.record_completion(anna, "lesson-a", 1).unwrap();
    let tuesday = export_to(&pc2, temp.path(), "tuesday");

    // Back on PC 1 the lesson is finished, not open at step 3.
    import(&mut pc1, &tuesday, None).unwrap();
    assert_eq!(pc1.last_position(anna).unwrap(), None);
    assert!(pc1.completed_lessons(anna).unwrap().contains("lesson-a"));
    // A newer place on PC 1 wins over PC 2's older ones when the files cross again.
    pc1.save_position(anna, "lesson-b", 2).unwrap();
    import(&mut pc2, &export_to(&pc1, temp.path(), "wednesday"), None).unwrap();
    assert_eq!(
        pc2.last_position(anna).unwrap(),
        Some(("lesson-b".into(), 2))
    );

    // PC 2 is reimaged: an empty data folder, restored from the coach's file.
    let mut coach = Store::open(&temp.path().join("coach")).unwrap();
    import(&mut coach, &export_to(&pc1, temp.path(), "pc1-now"), None).unwrap();
    import(&mut coach, &export_to(&pc2, temp.path(), "pc2-now"), None).unwrap();
    let from_coach = export_to(&coach, temp.path(), "coach");
    let mut reimaged = Store::open(&temp.path().join("pc2-new")).unwrap();
    import(&mut reimaged, &from_coach, None).unwrap();
    assert_eq!(canonical(&reimaged).unwrap(), canonical(&coach).unwrap());
    assert!(
        reimaged
            .completed_lessons(anna)
            .unwrap()
            .contains("lesson-a")
    );
    assert_eq!(
        reimaged.last_position(anna).unwrap(),
        Some(("lesson-b".into(), 2))
    );
}

#[test]
fn a_rename_and_a_setting_follow_the_newest_change_whatever_the_clocks_say() {
    let temp = tempfile::tempdir().unwrap();
    let (mut pc1, anna) = workstation(&temp.path().join("pc1"), "Anna", "sun", 0);
    let mut pc2 = Store::open(&temp.path().join("pc2")).unwrap();
    import(&mut pc2, &export_to(&pc1, temp.path(), "one"), None).unwrap();
    // PC 2 changes the setting after seeing PC 1's data: its stamp is higher, whatever the
    // wall clocks of the two PCs say.
    pc1.set_setting(anna, "show-first", "false").unwrap();
    import(&mut pc2, &export_to(&pc1, temp.path(), "two"), None).unwrap();
    pc2.set_setting(anna, "show-first", "true").unwrap();
    import(&mut pc1, &export_to(&pc2, temp.path(), "three"), None).unwrap();
    assert_eq!(
        pc1.setting(anna, "show-first").unwrap().as_deref(),
        Some("true")
    );
    // The older value coming back later changes nothing.
    import(&mut pc1, &temp.path().join("two.stepwise"), None).unwrap();
    assert_eq!(
        pc1.setting(anna, "show-first").unwrap().as_deref(),
        Some("true")
    );
}

#[test]
fn a_rename_made_after_seeing_the_old_name_wins_in_any_order() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, anna) = workstation(&temp.path().join("pc1"), "Ana", "sun", 1);
    let old = export_to(&pc1, temp.path(), "old");
    let mut pc2 = Store::open(&temp.path().join("pc2")).unwrap();
    import(&mut pc2, &old, None).unwrap();
    pc2.rename_learner(anna, "  Anna\u{7} ").unwrap();
    let new = export_to(&pc2, temp.path(), "new");
    for order in [[&old, &new], [&new, &old]] {
        let dir = temp.path().join(format!(
            "coach-{}",
            order[0].file_stem().unwrap().to_string_lossy()
        ));
        let mut coach = Store::open(&dir).unwrap();
        for file in order {
            import(&mut coach, file, None).unwrap();
        }
        assert_eq!(
            coach.learners().unwrap()[0].display_name,
            "Anna",
            "cleaned, and the newer"
        );
    }
}

#[test]
fn an_erased_learner_stays_erased_on_every_pc_in_any_order() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, anna) = workstation(&temp.path().join("pc1"), "Anna", "sun", 4);
    let mut pc2 = Store::open(&temp.path().join("pc2")).unwrap();
    let before = export_to(&pc1, temp.path(), "before");
    import(&mut pc2, &before, None).unwrap();
    pc1.erase_learner(anna).unwrap();
    assert!(pc1.learners().unwrap().is_empty());
    let after = export_to(&pc1, temp.path(), "after");
    for order in [[&before, &after], [&after, &before]] {
        let mut coach = Store::open(
            &temp
                .path()
                .join(format!("coach-{}", order[0].display()).replace('/', "_")),
        )
        .unwrap();
        for file in order {
            import(&mut coach, file, None).unwrap();
        }
        assert!(
            coach.learners().unwrap().is_empty(),
            "erased whatever the order"
        );
        assert!(
            !canonical(&coach)
                .unwrap()
                .iter()
                .any(|l| l.contains("attempt"))
        );
    }
    let report = import(&mut pc2, &after, None).unwrap();
    assert!(report.learners[&anna].erased);
    assert!(pc2.learners().unwrap().is_empty());
    let again = import(&mut pc2, &before, None).unwrap();
    assert_eq!(
        again.new_attempts(),
        0,
        "an old file does not bring them back"
    );
    assert!(pc2.learners().unwrap().is_empty());
}

#[test]
fn a_new_learner_with_a_known_name_is_suggested_as_a_duplicate() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, anna_here) = workstation(&temp.path().join("pc1"), "Anna", "sun", 1);
    let (pc2, anna_there) = workstation(&temp.path().join("pc2"), "anna ", "moon", 1);
    let bert = pc2.add_learner("Bert", &picture("tree", "sky")).unwrap();
    let file = export_to(&pc2, temp.path(), "pc2");
    let mut pc1 = pc1;
    let report = import(&mut pc1, &file, None).unwrap();
    assert_eq!(report.possible_duplicates, vec![(anna_there, anna_here)]);
    assert!(
        !report
            .possible_duplicates
            .iter()
            .any(|(new, _)| *new == bert.id)
    );
    // Once known, no longer suggested.
    assert!(
        import(&mut pc1, &file, None)
            .unwrap()
            .possible_duplicates
            .is_empty()
    );
}

#[test]
fn one_learner_s_file_holds_only_that_learner() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, anna) = workstation(&temp.path().join("pc1"), "Anna", "sun", 2);
    let bert = pc1.add_learner("Bert", &picture("moon", "sky")).unwrap();
    pc1.record_attempt(&attempt(bert.id, "lesson-a", "s1", true))
        .unwrap();
    let file = temp.path().join("anna.stepwise");
    let summary = export(&pc1, &file, "pc1", Some(anna), None).unwrap();
    assert_eq!((summary.learners, summary.attempts), (1, 2));
    let mut coach = Store::open(&temp.path().join("coach")).unwrap();
    let report = import(&mut coach, &file, None).unwrap();
    assert_eq!(report.header.unwrap().scope, "learner");
    assert_eq!(coach.learners().unwrap().len(), 1);
}

/// Each bad file is refused with a clear message and leaves the database as it was.
#[test]
fn bad_files_are_refused_and_change_nothing() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, _) = workstation(&temp.path().join("pc1"), "Anna", "sun", 30);
    let good = export_to(&pc1, temp.path(), "good");
    let (mut coach, _) = workstation(&temp.path().join("coach"), "Carla", "moon", 2);
    let before = canonical(&coach).unwrap();
    let bytes = std::fs::read(&good).unwrap();

    let cut = temp.path().join("cut.stepwise");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let foreign = temp.path().join("photo.stepwise");
    std::fs::write(&foreign, b"\x89PNG\r\n\x1a\n not a progress file").unwrap();
    let empty = temp.path().join("empty.stepwise");
    std::fs::write(&empty, b"").unwrap();
    let flipped = temp.path().join("flipped.stepwise");
    let mut damaged = bytes.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x55;
    std::fs::write(&flipped, &damaged).unwrap();
    let newer = temp.path().join("newer.stepwise");
    rewrite(&good, &newer, |i, line| {
        Some(if i == 0 {
            line.replace(&format!("\"{MAJOR}.{MINOR}\""), "\"2.3\"")
        } else {
            line
        })
    });
    let no_end = temp.path().join("no-end.stepwise");
    rewrite(&good, &no_end, |_, line| {
        (!line.contains("\"end\"")).then_some(line)
    });
    let lost_line = temp.path().join("lost-line.stepwise");
    rewrite(&good, &lost_line, |i, line| (i != 5).then_some(line));
    let hostile = temp.path().join("hostile.stepwise");
    rewrite(&good, &hostile, |_, line| {
        Some(line.replace("\"name\":\"Anna\"", "\"name\":\"Anna\\u0007<script>\""))
    });
    let long = temp.path().join("long.stepwise");
    rewrite(&good, &long, |i, line| {
        Some(if i == 3 {
            line.replace("\"a\"", &format!("\"{}\"", "x".repeat(100_000)))
        } else {
            line
        })
    });
    let other_json = temp.path().join("other.stepwise");
    rewrite(&good, &other_json, |i, line| {
        Some(if i == 0 {
            "{\"format\":\"something-else\"}".into()
        } else {
            line
        })
    });

    for (file, expected) in [
        (&cut, "incomplete"),
        (&foreign, "not a Stepwise progress file"),
        (&empty, "not a Stepwise progress file"),
        (&flipped, "export it again"),
        (&newer, "format 2.3"),
        (&no_end, "incomplete"),
        (&lost_line, "the end says"),
        (&hostile, "control characters"),
        (&long, "far too long"),
        (&other_json, "not a Stepwise progress file"),
    ] {
        let error = import(&mut coach, file, None).expect_err(&file.display().to_string());
        assert!(
            error.to_string().contains(expected),
            "{}: {error}",
            file.display()
        );
        assert_eq!(
            canonical(&coach).unwrap(),
            before,
            "{} changed the database",
            file.display()
        );
    }
    // The good file still imports afterwards.
    assert_eq!(import(&mut coach, &good, None).unwrap().new_attempts(), 30);
}

/// A file that unpacks to hundreds of megabytes (a "zip bomb", or a huge foreign file) is
/// refused at its first over-long line, quickly and without holding it in memory.
#[test]
fn a_file_that_unpacks_to_hundreds_of_megabytes_is_refused_quickly() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, _) = workstation(&temp.path().join("pc1"), "Anna", "sun", 2);
    let good = export_to(&pc1, temp.path(), "good");
    let mut header = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&good).unwrap())
        .read_to_string(&mut header)
        .unwrap();
    let header = header.lines().next().unwrap().to_string();
    let bomb = temp.path().join("bomb.stepwise");
    let mut encoder = flate2::write::GzEncoder::new(
        std::fs::File::create(&bomb).unwrap(),
        flate2::Compression::fast(),
    );
    encoder.write_all(format!("{header}\n").as_bytes()).unwrap();
    let block = vec![b' '; 1 << 20];
    for _ in 0..300 {
        encoder.write_all(&block).unwrap();
    }
    encoder.finish().unwrap();
    assert!(
        std::fs::metadata(&bomb).unwrap().len() < 2_000_000,
        "small on disk"
    );
    let mut coach = Store::open(&temp.path().join("coach")).unwrap();
    let before = canonical(&coach).unwrap();
    let started = std::time::Instant::now();
    let error = import(&mut coach, &bomb, None).unwrap_err();
    assert!(error.to_string().contains("far too long"), "{error}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "stops at the first line"
    );
    assert_eq!(canonical(&coach).unwrap(), before);
}

#[test]
fn a_newer_minor_version_s_extra_fields_and_records_are_skipped() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, _) = workstation(&temp.path().join("pc1"), "Anna", "sun", 2);
    let good = export_to(&pc1, temp.path(), "good");
    let newer = temp.path().join("minor.stepwise");
    rewrite(&good, &newer, |i, line| {
        Some(match i {
            0 => line.replace("\"1.0\"", "\"1.4\""),
            1 => format!(
                "{{\"t\":\"badge\",\"colour\":\"gold\"}}\n{}",
                line.replacen('{', "{\"mood\":\"happy\",", 1)
            ),
            _ if line.contains("\"end\"") => line.replace("\"records\":3", "\"records\":4"),
            _ => line,
        })
    });
    let mut coach = Store::open(&temp.path().join("coach")).unwrap();
    let report = import(&mut coach, &newer, None).unwrap();
    assert_eq!((report.unknown_records, report.new_attempts()), (1, 2));
}

#[test]
fn a_clock_years_off_is_reported_and_changes_nothing_in_the_merge() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, _) = workstation(&temp.path().join("pc1"), "Anna", "sun", 2);
    let good = export_to(&pc1, temp.path(), "good");
    let old = temp.path().join("old-clock.stepwise");
    let three_years_ago = crate::domain::store::now_ms() - 3 * 365 * DAY;
    rewrite(&good, &old, |i, line| {
        Some(if i == 0 {
            let mut header: Header = serde_json::from_str(&line).unwrap();
            header.written_at_ms = three_years_ago;
            serde_json::to_string(&header).unwrap()
        } else {
            line
        })
    });
    let (mut coach_a, mut coach_b) = (
        Store::open(&temp.path().join("a")).unwrap(),
        Store::open(&temp.path().join("b")).unwrap(),
    );
    let report = import(&mut coach_a, &old, None).unwrap();
    assert!(report.clock_off_ms.unwrap() < -2 * 365 * DAY);
    assert_eq!(
        import(&mut coach_b, &good, None).unwrap().clock_off_ms,
        None
    );
    assert_eq!(canonical(&coach_a).unwrap(), canonical(&coach_b).unwrap());
}

const DAY: i64 = 24 * 60 * 60 * 1000;

#[test]
fn a_file_from_a_pc_with_this_pc_s_id_is_flagged() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, _) = workstation(&temp.path().join("pc1"), "Anna", "sun", 2);
    let file = export_to(&pc1, temp.path(), "pc1");
    // A clone of PC 1's disk image, before PC 1 practised: same id, not the same attempts.
    let clone_dir = temp.path().join("clone");
    let (clone, _) = workstation(&clone_dir, "Bert", "moon", 0);
    let id = pc1.workstation().to_string();
    clone
        .conn()
        .execute(
            "UPDATE meta SET value = ?1 WHERE key = 'workstation_id'",
            [&id],
        )
        .unwrap();
    drop(clone);
    let mut clone = Store::open(&clone_dir).unwrap();
    assert!(import(&mut clone, &file, None).unwrap().same_workstation_id);
    let mut pc1 = pc1;
    assert!(
        !import(&mut pc1, &file, None).unwrap().same_workstation_id,
        "its own file is fine"
    );
}

#[derive(Debug, Clone)]
enum Step {
    Answer {
        pc: usize,
        learner: usize,
    },
    Place {
        pc: usize,
        learner: usize,
        step: usize,
    },
    Setting {
        pc: usize,
        learner: usize,
        value: bool,
    },
    Finish {
        pc: usize,
        learner: usize,
    },
    /// The coach at PC `pc` joins two learners (one person), or undoes the newest join there.
    Join {
        pc: usize,
        from: usize,
        into: usize,
    },
    Undo {
        pc: usize,
    },
    /// The coach undoes the newest move there.
    UndoMove {
        pc: usize,
    },
    /// The coach moves the learner's newest session to another learner.
    Move {
        pc: usize,
        from: usize,
        to: usize,
    },
    /// The coach erases the third learner.
    Erase {
        pc: usize,
    },
    /// PC `to` imports what PC `from` has now.
    Sync {
        from: usize,
        to: usize,
    },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..3usize, 0..2usize).prop_map(|(pc, learner)| Step::Answer { pc, learner }),
        (0..3usize, 0..2usize, 0..9usize).prop_map(|(pc, learner, step)| Step::Place {
            pc,
            learner,
            step
        }),
        (0..3usize, 0..2usize, any::<bool>()).prop_map(|(pc, learner, value)| Step::Setting {
            pc,
            learner,
            value
        }),
        (0..3usize, 0..2usize).prop_map(|(pc, learner)| Step::Finish { pc, learner }),
        (0..3usize, 0..3usize).prop_map(|(from, to)| Step::Sync { from, to }),
        (0..3usize, 0..3usize).prop_map(|(from, to)| Step::Sync { from, to }),
        (0..3usize, 0..3usize, 0..3usize).prop_map(|(pc, from, into)| Step::Join {
            pc,
            from,
            into
        }),
        (0..3usize).prop_map(|pc| Step::Undo { pc }),
        (0..3usize).prop_map(|pc| Step::UndoMove { pc }),
        (0..3usize, 0..3usize, 0..3usize).prop_map(|(pc, from, to)| Step::Move { pc, from, to }),
        (0..3usize).prop_map(|pc| Step::Erase { pc }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    /// Whatever three workstations do and however their files travel, once every file has
    /// reached a coach — in any order, some twice — the coaches agree.
    #[test]
    fn merging_is_idempotent_and_order_free(steps in proptest::collection::vec(step(), 1..24), order in Just(vec![0usize, 1, 2, 0, 2]).prop_shuffle()) {
        let temp = tempfile::tempdir().unwrap();
        let mut pcs: Vec<Store> = (0..3).map(|i| Store::open(&temp.path().join(format!("pc{i}"))).unwrap()).collect();
        // Three learners, known everywhere from the start (as after a roster import).
        let anna = pcs[0].add_learner("Anna", &picture("sun", "sky")).unwrap().id;
        let bert = pcs[0].add_learner("Bert", &picture("moon", "sky")).unwrap().id;
        let cleo = pcs[0].add_learner("Cleo", &picture("tree", "sky")).unwrap().id;
        let roster = export_to(&pcs[0], temp.path(), "roster");
        for pc in pcs.iter_mut().skip(1) { import(pc, &roster, None).unwrap(); }
        let learners = [anna, bert, cleo];
        let mut erased = false;
        let mut files = 0;
        for step in &steps {
            match *step {
                // A learner joined away or erased has no tile: they cannot answer there.
                Step::Answer { pc, learner } if !pcs[pc].learners().unwrap().iter().any(|l| l.id == learners[learner]) => {}
                Step::Answer { pc, learner } => {
                    let mut answer = attempt(learners[learner], "lesson-a", "s", true);
                    answer.started_at_ms = pcs[pc].tick().unwrap();
                    pcs[pc].record_attempt(&answer).unwrap();
                }
                // Refused (learner not on the sign-in page) leaves things as they were.
                Step::Join { pc, from, into } => { let _ = pcs[pc].merge_learners(learners[from], learners[into]); }
                Step::Undo { pc } => {
                    let newest = crate::domain::store::merge::merges(pcs[pc].conn()).unwrap().into_iter().filter(|m| !m.undone).max_by_key(|m| m.clock);
                    if let Some(join) = newest { pcs[pc].undo_merge(join.id).unwrap(); }
                }
                Step::UndoMove { pc } => {
                    let newest = crate::domain::store::merge::moves(pcs[pc].conn()).unwrap().into_iter().filter(|m| !m.undone).max_by_key(|m| m.clock);
                    if let Some(moved) = newest { pcs[pc].undo_move(moved.id).unwrap(); }
                }
                Step::Move { pc, from, to } => {
                    if let Some(session) = pcs[pc].sessions(learners[from]).unwrap().first() {
                        let _ = pcs[pc].move_session(learners[from], learners[to], session);
                    }
                }
                Step::Erase { pc } => {
                    erased = true;
                    if pcs[pc].learners().unwrap().iter().any(|l| l.id == cleo) { pcs[pc].erase_learner(cleo).unwrap(); }
                }
                Step::Place { pc, learner, .. } | Step::Setting { pc, learner, .. } | Step::Finish { pc, learner }
                    if !pcs[pc].learners_with_joined().unwrap().iter().any(|l| l.id == learners[learner]) => {}
                Step::Place { pc, learner, step } => pcs[pc].save_position(learners[learner], "lesson-a", step).unwrap(),
                Step::Setting { pc, learner, value } => pcs[pc].set_setting(learners[learner], "show-first", &value.to_string()).unwrap(),
                Step::Finish { pc, learner } => pcs[pc].record_completion(learners[learner], "lesson-a", 1).unwrap(),
                Step::Sync { from, to } if from != to => {
                    files += 1;
                    let file = export_to(&pcs[from], temp.path(), &format!("sync{files}"));
                    import(&mut pcs[to], &file, None).unwrap();
                }
                Step::Sync { .. } => {}
            }
        }
        let finals: Vec<PathBuf> = (0..3).map(|i| export_to(&pcs[i], temp.path(), &format!("final{i}"))).collect();
        let mut coach_a = Store::open(&temp.path().join("coach-a")).unwrap();
        for &i in &order { import(&mut coach_a, &finals[i], None).unwrap(); }
        let mut coach_b = Store::open(&temp.path().join("coach-b")).unwrap();
        for i in [2usize, 1, 0] { import(&mut coach_b, &finals[i], None).unwrap(); }
        prop_assert_eq!(canonical(&coach_a).unwrap(), canonical(&coach_b).unwrap());
        // Every attempt made anywhere is at the coach, once.
        let made: usize = pcs.iter().map(|pc| canonical(pc).unwrap().into_iter().filter(|l| l.starts_with("Text(\"attempt\")")).collect::<std::collections::BTreeSet<_>>().len()).sum::<usize>();
        let at_coach = canonical(&coach_a).unwrap().into_iter().filter(|l| l.starts_with("Text(\"attempt\")")).count();
        prop_assert!(at_coach <= made);
        // Joins and moves never lose an answer; only an erasure removes some.
        if !erased {
            let answers: usize = pcs.iter().map(|pc| pc.conn().query_row("SELECT count(*) FROM attempts WHERE workstation = ?1", [pc.workstation().to_string()], |r| r.get::<_, i64>(0)).unwrap() as usize).sum();
            prop_assert_eq!(at_coach, answers);
        }
        // Each coach sees the same learners, answers and finished lessons per learner.
        let view = |store: &Store| -> Vec<(Uuid, usize, std::collections::BTreeSet<String>)> {
            store.learners().unwrap().into_iter().map(|l| (l.id, store.attempts(l.id, "lesson-a").unwrap().len(), store.completed_lessons(l.id).unwrap())).collect()
        };
        prop_assert_eq!(view(&coach_a), view(&coach_b));
        // And once the coach's file is back on a workstation, that workstation agrees too.
        let merged = export_to(&coach_a, temp.path(), "merged");
        import(&mut pcs[1], &merged, None).unwrap();
        prop_assert_eq!(view(&pcs[1]), view(&coach_a));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Hostile input without a fuzzer (cargo-fuzz needs a nightly compiler this machine does
    /// not have): a real progress file with bytes changed, cut short, or both. Reading it
    /// never panics, and a refused file leaves the database exactly as it was.
    #[test]
    fn a_damaged_progress_file_is_refused_or_read_and_never_half_imported(
        changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6),
        keep in prop::option::of(any::<prop::sample::Index>()),
    ) {
        let temp = tempfile::tempdir().unwrap();
        let (pc1, _) = workstation(&temp.path().join("pc1"), "Anna", "cat", 30);
        let file = export_to(&pc1, temp.path(), "pc1");
        let mut bytes = std::fs::read(&file).unwrap();
        for (at, byte) in &changes {
            let at = at.index(bytes.len());
            bytes[at] = *byte;
        }
        if let Some(keep) = keep {
            bytes.truncate(keep.index(bytes.len()));
        }
        let damaged = temp.path().join("damaged.stepwise");
        std::fs::write(&damaged, &bytes).unwrap();
        let (mut coach, _) = workstation(&temp.path().join("coach"), "Bram", "dog", 3);
        let before = canonical(&coach).unwrap();
        match import(&mut coach, &damaged, None) {
            Ok(report) => prop_assert!(report.new_attempts() <= 30),
            Err(_) => prop_assert_eq!(canonical(&coach).unwrap(), before),
        }
    }
}

/// With an organisation key, a progress file shows nothing without it: another PC without
/// the key, or with another organisation's key, refuses it in plain words and keeps its
/// database as it was; with the key, it merges as an unlocked file would.
#[test]
fn a_locked_file_opens_only_with_the_organisation_key() {
    use crate::domain::org_key::{OrgKey, is_encrypted};
    let temp = tempfile::tempdir().unwrap();
    let (pc, _) = workstation(&temp.path().join("pc"), "Marker-Annelies", "sun", 5);
    let key = OrgKey::generate();
    let file = temp.path().join("locked.stepwise");
    export(&pc, &file, "Kitchen PC", None, Some(&key)).unwrap();
    let bytes = std::fs::read(&file).unwrap();
    assert!(is_encrypted(&bytes));
    // Not even the packed records are there to unpack.
    assert!(
        flate2::read::GzDecoder::new(bytes.as_slice())
            .read_to_end(&mut Vec::new())
            .is_err()
    );

    let mut coach = Store::open(&temp.path().join("coach")).unwrap();
    let before = canonical(&coach).unwrap();
    assert!(matches!(
        import(&mut coach, &file, None),
        Err(ExchangeError::Locked)
    ));
    let other = OrgKey::generate();
    assert!(matches!(
        import(&mut coach, &file, Some(&other)),
        Err(ExchangeError::WrongKey)
    ));
    // Cut short, or one byte changed: refused, never half read.
    let cut = temp.path().join("cut.stepwise");
    std::fs::write(&cut, &bytes[..bytes.len() - 40]).unwrap();
    assert!(import(&mut coach, &cut, Some(&key)).is_err());
    let mut flipped = bytes.clone();
    let middle = flipped.len() - 60;
    flipped[middle] ^= 0x40;
    let changed = temp.path().join("changed.stepwise");
    std::fs::write(&changed, &flipped).unwrap();
    assert!(import(&mut coach, &changed, Some(&key)).is_err());
    assert_eq!(canonical(&coach).unwrap(), before);

    let report = import(&mut coach, &file, Some(&key)).unwrap();
    assert_eq!(report.new_attempts(), 5);
    assert_eq!(canonical(&coach).unwrap(), canonical(&pc).unwrap());
    // A PC with a key still reads an old, unlocked file (made before the key was set).
    let plain = export_to(&pc, temp.path(), "plain");
    assert_eq!(
        import(&mut coach, &plain, Some(&key))
            .unwrap()
            .known_attempts(),
        5
    );
}

/// The coach sees where an erasure has arrived: erased on PC 1 (and here), not yet on PC 2
/// until PC 2 has read a file with it and its own file came back.
#[test]
fn the_coach_sees_which_pcs_have_applied_an_erasure() {
    use crate::domain::overview::erasures;
    let temp = tempfile::tempdir().unwrap();
    let (pc1, anna) = workstation(&temp.path().join("pc1"), "Anna", "sun", 3);
    let mut pc2 = Store::open(&temp.path().join("pc2")).unwrap();
    let mut coach = Store::open(&temp.path().join("coach")).unwrap();
    let files = temp.path();
    import(&mut pc2, &export_to(&pc1, files, "PC 1"), None).unwrap();
    import(&mut coach, &export_to(&pc2, files, "PC 2"), None).unwrap();

    pc1.erase_learner(anna).unwrap();
    import(&mut coach, &export_to(&pc1, files, "PC 1"), None).unwrap();
    let status = erasures(&coach, "Coach").unwrap();
    assert_eq!(status.len(), 1);
    assert_eq!(status[0].learner, anna);
    let mut done = status[0].done.clone();
    done.sort();
    assert_eq!(done, vec!["Coach", "PC 1"]);
    let waiting: Vec<&str> = status[0]
        .waiting
        .iter()
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(waiting, vec!["PC 2"]);

    // The coach's file reaches PC 2, and PC 2's next file reaches the coach.
    import(&mut pc2, &export_to(&coach, files, "Coach"), None).unwrap();
    assert!(pc2.learners().unwrap().is_empty());
    import(&mut coach, &export_to(&pc2, files, "PC 2"), None).unwrap();
    let status = erasures(&coach, "Coach").unwrap();
    assert!(status[0].waiting.is_empty(), "{status:?}");
    assert_eq!(status[0].done.len(), 3);
}

/// A coach account given on the coach's PC reaches a workstation in the locked roster, and so
/// does its withdrawal; an unlocked file carries no account (its PIN hash never leaves the PC
/// unprotected), and one forged into it is refused.
#[test]
fn coach_accounts_travel_only_in_locked_files_and_a_withdrawal_reaches_every_pc() {
    use crate::domain::coach::{Opener, add_account, who_has_pin};
    use crate::domain::org_key::OrgKey;
    let temp = tempfile::tempdir().unwrap();
    let office = Store::open(&temp.path().join("office")).unwrap();
    let maria = add_account(&office, "Maria", "246813", None).unwrap();
    let key = OrgKey::generate();
    let roster = temp.path().join("roster.stepwise");
    export_roster(&office, &roster, "Office", Some(&key)).unwrap();
    let unlocked = temp.path().join("unlocked.stepwise");
    export_roster(&office, &unlocked, "Office", None).unwrap();

    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&unlocked).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    assert!(!text.contains("argon2") && !text.contains("Maria"));
    let mut kitchen = Store::open(&temp.path().join("kitchen")).unwrap();
    let report = import(&mut kitchen, &unlocked, None).unwrap();
    assert_eq!((report.coach_changes, report.coaches_refused), (0, 0));
    // An account written into an unlocked file by hand is refused.
    let forged = temp.path().join("forged.stepwise");
    let hash = crate::domain::coach::hash_pin("999999").unwrap();
    rewrite(&unlocked, &forged, |index, line| {
        if line.contains("\"t\":\"end\"") {
            let end: serde_json::Value = serde_json::from_str(&line).unwrap();
            let records = end["records"].as_u64().unwrap() + 1;
            let account = serde_json::json!({"t": "coach", "id": Uuid::new_v4(), "name": "Mallory",
                "pin_hash": hash, "withdrawn": false, "created_at_ms": 1, "clock": 1,
                "ws": Uuid::new_v4(), "status_clock": 1, "status_ws": Uuid::new_v4()});
            Some(format!(
                "{account}\n{{\"t\":\"end\",\"records\":{records}}}"
            ))
        } else {
            let _ = index;
            Some(line)
        }
    });
    let report = import(&mut kitchen, &forged, None).unwrap();
    assert_eq!((report.coach_changes, report.coaches_refused), (0, 1));
    assert_eq!(who_has_pin("999999", None, &kitchen), None);
    assert_eq!(who_has_pin("246813", None, &kitchen), None);

    let report = import(&mut kitchen, &roster, Some(&key)).unwrap();
    assert_eq!((report.coach_changes, report.coaches_refused), (1, 0));
    assert_eq!(
        who_has_pin("246813", None, &kitchen),
        Some(Opener::Named {
            id: maria.id,
            name: "Maria".into()
        })
    );

    // Maria leaves: withdrawn at the office, and the next roster takes her PIN everywhere.
    let older = temp.path().join("older.stepwise");
    std::fs::copy(&roster, &older).unwrap();
    office
        .change_coach_account(maria.id, None, Some(true))
        .unwrap();
    export_roster(&office, &roster, "Office", Some(&key)).unwrap();
    import(&mut kitchen, &roster, Some(&key)).unwrap();
    assert_eq!(who_has_pin("246813", None, &kitchen), None);
    // An older locked roster does not give her access back.
    let report = import(&mut kitchen, &older, Some(&key)).unwrap();
    assert_eq!(report.coach_changes, 0);
    assert_eq!(who_has_pin("246813", None, &kitchen), None);
    assert_eq!(
        canonical(&kitchen)
            .unwrap()
            .iter()
            .filter(|l| l.starts_with("Text(\"coach\")"))
            .count(),
        1
    );
}
