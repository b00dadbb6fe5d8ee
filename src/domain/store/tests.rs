use super::*;

fn picture(symbol: &str, background: &str) -> Picture {
    Picture {
        symbol: symbol.into(),
        background: background.into(),
    }
}

fn attempt(learner_id: Uuid, step: &str, correct: bool, try_number: u32) -> Attempt {
    Attempt {
        id: Uuid::new_v4(),
        learner_id,
        lesson_id: "parts-of-a-computer".into(),
        lesson_version: 1,
        step_id: step.into(),
        answer: "mouse".into(),
        correct,
        try_number,
        hint_level: try_number.saturating_sub(1).min(3) as u8,
        help_pressed: false,
        started_at_ms: 1_000,
        ended_at_ms: 2_000,
        app_version: "test".into(),
    }
}

#[test]
fn learners_come_back_in_the_order_they_joined_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let anna = store.add_learner("Anna", &picture("tree", "sky")).unwrap();
    let bram = store.add_learner("", &picture("sun", "sky")).unwrap();
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.learners().unwrap(), vec![anna, bram]);
}

#[test]
fn two_learners_cannot_share_a_picture() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    store.add_learner("Anna", &picture("tree", "sky")).unwrap();
    assert!(store.add_learner("Bram", &picture("tree", "sky")).is_err());
    assert_eq!(store.learners().unwrap().len(), 1);
}

#[test]
fn attempts_are_stored_and_can_never_be_changed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let anna = store.add_learner("Anna", &picture("tree", "sky")).unwrap();
    let wrong = attempt(anna.id, "which-is-the-mouse", false, 1);
    let right = attempt(anna.id, "which-is-the-mouse", true, 2);
    store.record_attempt(&wrong).unwrap();
    store.record_attempt(&right).unwrap();
    assert_eq!(
        store.attempts(anna.id, "parts-of-a-computer").unwrap(),
        vec![wrong, right]
    );
    let update = store.conn.execute("UPDATE attempts SET correct = 1", []);
    assert!(update.unwrap_err().to_string().contains("append-only"));
}

#[test]
fn an_attempt_for_an_unknown_learner_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert!(
        store
            .record_attempt(&attempt(Uuid::new_v4(), "s", true, 1))
            .is_err()
    );
}

#[test]
fn finishing_a_lesson_clears_its_position_and_is_never_lowered() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let anna = store.add_learner("Anna", &picture("tree", "sky")).unwrap();
    store
        .save_position(anna.id, "parts-of-a-computer", 3)
        .unwrap();
    assert_eq!(
        store.position(anna.id, "parts-of-a-computer").unwrap(),
        Some(3)
    );
    assert_eq!(
        store.last_position(anna.id).unwrap(),
        Some(("parts-of-a-computer".into(), 3))
    );
    store
        .record_completion(anna.id, "parts-of-a-computer", 1)
        .unwrap();
    assert_eq!(
        store.position(anna.id, "parts-of-a-computer").unwrap(),
        None
    );
    // Doing it again and leaving half way keeps the completion.
    store
        .save_position(anna.id, "parts-of-a-computer", 1)
        .unwrap();
    assert!(
        store
            .completed_lessons(anna.id)
            .unwrap()
            .contains("parts-of-a-computer")
    );
}

#[test]
fn settings_are_kept_per_learner() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let anna = store.add_learner("Anna", &picture("tree", "sky")).unwrap();
    let bram = store.add_learner("Bram", &picture("sun", "sky")).unwrap();
    store.set_setting(anna.id, "text_size", "150").unwrap();
    store.set_setting(anna.id, "text_size", "175").unwrap();
    assert_eq!(
        store.setting(anna.id, "text_size").unwrap().as_deref(),
        Some("175")
    );
    assert_eq!(store.setting(bram.id, "text_size").unwrap(), None);
}

#[test]
fn the_workstation_keeps_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let first = Store::open(dir.path()).unwrap().workstation_id().unwrap();
    let second = Store::open(dir.path()).unwrap().workstation_id().unwrap();
    assert_eq!(first, second);
}

#[test]
fn the_database_is_opened_in_wal_mode_with_full_sync_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let journal: String = store
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let synchronous: i64 = store
        .conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    let foreign_keys: i64 = store
        .conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!((journal.as_str(), synchronous, foreign_keys), ("wal", 2, 1));
}

#[test]
fn a_file_that_is_not_a_database_is_reported_as_damaged_and_left_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = vec![0x5au8; 8192];
    std::fs::write(dir.path().join(DATABASE_FILE), &garbage).unwrap();
    let error = Store::open(dir.path()).unwrap_err();
    assert_eq!(error.text_id(), "error-damaged-database", "{error}");
    assert_eq!(
        std::fs::read(dir.path().join(DATABASE_FILE)).unwrap(),
        garbage
    );
}

#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_written_gives_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    // Root (as in CI) may write anywhere, even here; /proc refuses everyone, so the same
    // refusal is tested either way.
    let refused = if std::fs::write(locked.join("probe"), b"").is_ok() {
        std::path::PathBuf::from("/proc/stepwise-cannot-be-here")
    } else {
        locked
    };
    let error = Store::open(&refused).unwrap_err();
    assert_eq!(error.text_id(), "error-data-folder");
    assert!(
        error.to_string().contains(&refused.display().to_string()),
        "{error}"
    );
}

#[cfg(unix)]
#[test]
fn a_folder_nobody_may_write_is_reported_at_start() {
    // The write check runs before SQLite opens: a folder that cannot take a new file is
    // reported at start, not at the first answer.
    let error = Store::open(std::path::Path::new("/proc/self")).unwrap_err();
    assert_eq!(error.text_id(), "error-data-folder");
}

#[test]
fn a_data_folder_below_a_file_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("file"), b"").unwrap();
    let error = Store::open(&dir.path().join("file").join("data")).unwrap_err();
    assert_eq!(error.text_id(), "error-data-folder");
}

#[test]
fn names_are_trimmed_and_stripped_of_control_characters() {
    assert_eq!(clean_name("  An\u{7}na \n"), "Anna");
    assert_eq!(clean_name(&"x".repeat(100)).chars().count(), 40);
}

#[test]
fn a_database_from_the_first_release_is_backed_up_and_migrated_with_its_answers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    {
        let mut conn = Connection::open(&path).unwrap();
        schema::migrate_with(
            &mut conn,
            &schema::MIGRATIONS[..1],
            &dir.path().join("backups"),
        )
        .unwrap();
        conn.execute("INSERT INTO learners VALUES ('00000000-0000-4000-8000-000000000001', 'Anna', 'tree', 'sky', 1)", []).unwrap();
        conn.execute(
            "INSERT INTO attempts VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001',
             'parts-of-a-computer', 1, 'which-is-the-mouse', 'mouse', 1, 1, 10, 20, '0.1.0')",
            [],
        )
        .unwrap();
    }
    let store = Store::open(dir.path()).unwrap();
    let backup = store
        .migration_backup
        .clone()
        .expect("a backup before the migration");
    assert!(backup.starts_with(dir.path().join("backups")));
    assert_eq!(store.schema_version().unwrap(), latest_version());
    let learner = store.learners().unwrap().pop().unwrap();
    let attempts = store.attempts(learner.id, "parts-of-a-computer").unwrap();
    assert_eq!(attempts.len(), 1);
    assert_eq!(
        (
            attempts[0].hint_level,
            attempts[0].help_pressed,
            attempts[0].correct
        ),
        (0, false, true)
    );
    // The backup is the old database, readable as it was.
    let old = Connection::open(&backup).unwrap();
    let version: i64 = old
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 1);
}

#[test]
fn a_cloned_disk_image_gets_a_workstation_id_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let pc = |id: &str, host: &str| Machine {
        id: id.into(),
        host_name: host.into(),
    };
    let first = Store::open_on(dir.path(), &pc("aaa", "pc-1"))
        .unwrap()
        .workstation();
    let again = Store::open_on(dir.path(), &pc("aaa", "pc-1"))
        .unwrap()
        .workstation();
    assert_eq!(first, again, "the same PC keeps its id");
    // The image is copied to PC 2: another machine id and host name.
    let clone = Store::open_on(dir.path(), &pc("bbb", "pc-2")).unwrap();
    assert_ne!(clone.workstation(), first);
    let previous: String = clone
        .conn()
        .query_row(
            "SELECT value FROM meta WHERE key = 'previous_workstation_id'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(previous, first.to_string());
    assert_eq!(
        Store::open_on(dir.path(), &pc("bbb", "pc-2"))
            .unwrap()
            .workstation(),
        clone.workstation(),
        "and keeps it from then on"
    );
}

#[test]
fn a_second_window_on_one_data_folder_is_refused_until_the_first_closes() {
    let dir = tempfile::tempdir().unwrap();
    let first = lock_instance(dir.path()).unwrap();
    let second = lock_instance(dir.path()).unwrap_err();
    assert!(matches!(second, StoreError::AlreadyOpen { .. }));
    assert_eq!(second.text_id(), "error-already-open");
    drop(first);
    assert!(
        lock_instance(dir.path()).is_ok(),
        "free again once the first is gone"
    );
}

/// Every file in the data folder (backups too), searched for `needle`: the ones holding it.
fn files_holding(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut holding = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if std::fs::read(&path)
                .unwrap()
                .windows(needle.len())
                .any(|window| window == needle)
            {
                holding.push(path);
            }
        }
    }
    holding
}

/// Erasure that sticks: after "Erase", the learner's name is in no file of the data folder
/// (not in free pages, the write-ahead log or an older backup), and neither a restored older
/// backup nor an older progress file brings them back.
#[test]
fn an_erased_learner_leaves_no_trace_and_stays_erased_after_a_restore_and_an_old_file() {
    use crate::domain::exchange;
    use backup::Kind;
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let marker = "Marker-Ynke-Qz";
    let gone = store.add_learner(marker, &picture("tree", "sky")).unwrap();
    let stays = store.add_learner("Bram", &picture("sun", "sky")).unwrap();
    for step in 0..50 {
        store
            .record_attempt(&attempt(gone.id, &format!("s{step}"), true, 1))
            .unwrap();
        store
            .record_attempt(&attempt(stays.id, &format!("s{step}"), true, 1))
            .unwrap();
    }
    let older_backup = store.backup(Kind::Daily, 7).unwrap();
    let made = backup::list(dir.path())[0].made;
    let old_file = out.path().join("old.stepwise");
    exchange::export(&store, &old_file, "PC", None, None).unwrap();
    // A copy kept elsewhere (a stick): Stepwise cannot clean it, and restoring it must not
    // bring the learner back.
    let elsewhere = out.path().join("copy.sqlite");
    std::fs::copy(&older_backup, &elsewhere).unwrap();
    // A damaged database moved aside earlier is kept for recovery, not cleaned or removed.
    let damaged = backup::folder(dir.path()).join("damaged-1000.sqlite");
    std::fs::write(&damaged, b"not a database").unwrap();
    assert!(!files_holding(dir.path(), marker.as_bytes()).is_empty());

    store.erase_learner(gone.id).unwrap();
    assert!(!store.scrub_pending().unwrap());
    assert_eq!(
        files_holding(dir.path(), marker.as_bytes()),
        Vec::<PathBuf>::new()
    );
    // The backup was cleaned, not thrown away, and keeps its date and the other learner.
    // Rewritten by the cleaning, yet listed with the date it was made.
    let listed = backup::list(dir.path());
    let listed = listed.iter().find(|b| b.path == older_backup).unwrap();
    assert_eq!(listed.made, made);
    assert!(
        std::fs::metadata(&older_backup)
            .unwrap()
            .modified()
            .unwrap()
            > made
    );
    let remaining = Connection::open(&older_backup).unwrap();
    let left: i64 = remaining
        .query_row("SELECT count(*) FROM attempts", [], |row| row.get(0))
        .unwrap();
    assert_eq!(left, 50);
    drop(remaining);

    assert!(damaged.exists());
    store.restore_from(&elsewhere).unwrap();
    assert_eq!(
        store.learners().unwrap().len(),
        1,
        "restored, and erased again at once"
    );
    let report = exchange::import(&mut store, &old_file, None).unwrap();
    assert!(report.learners[&gone.id].erased);
    let names: Vec<String> = store
        .learners()
        .unwrap()
        .into_iter()
        .map(|l| l.display_name)
        .collect();
    assert_eq!(names, vec!["Bram".to_string()]);
    assert!(
        store
            .attempts(gone.id, "parts-of-a-computer")
            .unwrap()
            .is_empty()
    );
    drop(store);
    assert_eq!(
        files_holding(dir.path(), marker.as_bytes()),
        Vec::<PathBuf>::new()
    );
}

/// A clean-up cut short (the PC switched off right after "Erase") is finished at next start.
#[test]
fn an_erasure_s_clean_up_cut_short_is_finished_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let marker = "Marker-Pending-Wx";
    let gone = store.add_learner(marker, &picture("tree", "sky")).unwrap();
    store.backup(backup::Kind::Daily, 7).unwrap();
    // The erasure as stored, without its clean-up.
    let tx = store.begin().unwrap();
    bury(&tx, gone.id, 1, store.tick().unwrap(), "ws").unwrap();
    mark_scrub_pending(&tx).unwrap();
    tx.commit().unwrap();
    drop(store);
    assert!(!files_holding(dir.path(), marker.as_bytes()).is_empty());
    let store = Store::open(dir.path()).unwrap();
    assert!(!store.scrub_pending().unwrap());
    drop(store);
    assert_eq!(
        files_holding(dir.path(), marker.as_bytes()),
        Vec::<PathBuf>::new()
    );
}

/// The coach log only grows: a line is never changed or deleted, not even by a restore of a
/// backup made before it.
#[test]
fn the_coach_log_only_grows_even_through_a_restore() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    store.log_coach_action("coach (PIN), OS user a", "coach area opened", "");
    let older = store.backup(backup::Kind::Daily, 7).unwrap();
    store.log_coach_action("coach (PIN), OS user a", "learner erased", "42");
    assert!(
        store
            .conn()
            .execute("UPDATE coach_log SET detail = 'x'", [])
            .is_err()
    );
    assert!(store.conn().execute("DELETE FROM coach_log", []).is_err());
    store.restore_from(&older).unwrap();
    let actions: Vec<String> = store
        .coach_log()
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, vec!["coach area opened", "learner erased"]);
    drop(store);
    backup::restore(dir.path(), &older).unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.coach_log().unwrap().len(), 2);
}

/// The coach gives a learner another picture: kept, refused if it is someone else's, and it
/// reaches another PC (the newest stamp wins there too).
#[test]
fn a_learner_gets_another_picture_that_travels() {
    use crate::domain::exchange;
    let temp = tempfile::tempdir().unwrap();
    let pc = Store::open(&temp.path().join("pc")).unwrap();
    let mut coach = Store::open(&temp.path().join("coach")).unwrap();
    let anna = pc.add_learner("Anna", &picture("tree", "sky")).unwrap();
    pc.add_learner("Bram", &picture("sun", "sky")).unwrap();
    let file = temp.path().join("pc.stepwise");
    exchange::export(&pc, &file, "PC", None, None).unwrap();
    exchange::import(&mut coach, &file, None).unwrap();

    assert!(
        coach.set_picture(anna.id, &picture("sun", "sky")).is_err(),
        "Bram's"
    );
    coach.set_picture(anna.id, &picture("car", "sand")).unwrap();
    let back = temp.path().join("coach.stepwise");
    exchange::export(&coach, &back, "Coach", None, None).unwrap();
    let mut pc = pc;
    exchange::import(&mut pc, &back, None).unwrap();
    let anna_now = pc
        .learners()
        .unwrap()
        .into_iter()
        .find(|l| l.id == anna.id)
        .unwrap();
    assert_eq!(anna_now.picture, picture("car", "sand"));
    assert_eq!(anna_now.display_name, "Anna");
}
