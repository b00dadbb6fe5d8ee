//! The foundation story, end to end through the real app: a new learner picks a picture,
//! opens the first lesson, answers wrong and right, finishes, and everything is stored.

mod common;

use common::Driver;
use stepwise::domain::lesson::Exercise;
use stepwise::domain::store::Store;
use stepwise::ui::app::Current;

#[test]
fn a_new_learner_does_the_first_lesson_and_every_answer_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open(dir.path());
    assert!(driver.shows("Who are you?"));

    driver.click("I am new");
    assert!(matches!(driver.app.current(), Current::NewLearner(_)));
    assert!(
        !driver.shows("This is me"),
        "no saving before a picture is chosen"
    );
    // The first free picture is the tree on a blue circle.
    let first_picture = driver.app.focused().unwrap();
    assert_eq!(first_picture, "Picture(0)");
    driver.enter();
    driver.type_into("First name", "Anna");
    driver.click("This is me");

    assert!(matches!(driver.app.current(), Current::Home(_)));
    assert!(driver.shows("Hello Anna"));
    assert!(driver.shows("0 of 5 done"));
    driver.click("Start: Parts of a computer");
    assert!(matches!(driver.app.current(), Current::Lesson(_)));

    // Go through the info steps to the first "pick the picture" step.
    let library = common::library();
    let lesson = library.lesson("parts-of-a-computer").unwrap();
    let first_pick = lesson
        .steps
        .iter()
        .position(|s| matches!(s.exercise, Exercise::Pick { .. }))
        .unwrap();
    for _ in 0..first_pick {
        driver.click("Next");
    }
    assert!(driver.shows("Which one is the mouse?"));
    assert!(!driver.shows("Next"), "no Next before the answer");

    driver.click("keyboard");
    assert!(driver.shows("Look for the thing you hold in your hand."));
    driver.click("Help");
    assert!(
        !driver.shows("screen"),
        "the ladder took a wrong choice away"
    );
    driver.click("mouse");
    assert!(driver.shows("Yes! That is the mouse."));

    // Answer the remaining steps right at the first try.
    for step in &lesson.steps[first_pick + 1..] {
        driver.click("Next");
        if let Exercise::Pick { choices, .. } = &step.exercise {
            let right = choices.iter().find(|c| c.correct).unwrap();
            driver.click(&lesson.text(stepwise::domain::i18n::Language::En, &right.label));
        }
    }
    driver.click("Next");
    assert!(driver.shows("You finished the lesson."));
    assert!(driver.shows("I know the screen, the mouse and the keyboard."));
    driver.click("Home");
    assert!(driver.shows("1 of 5 done"));

    // Read the answers back from the database, as a coach's report would.
    let Some(session) = driver.app.session() else {
        panic!("no session")
    };
    let learner = session.learner.clone().unwrap();
    assert_eq!(learner.display_name, "Anna");
    let store = Store::open(dir.path()).unwrap();
    let attempts = store.attempts(learner.id, "parts-of-a-computer").unwrap();
    let summary: Vec<(String, String, bool, u32, u8, bool)> = attempts
        .iter()
        .map(|a| {
            (
                a.step_id.clone(),
                a.answer.clone(),
                a.correct,
                a.try_number,
                a.hint_level,
                a.help_pressed,
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "which-is-the-mouse".into(),
                "keyboard".into(),
                false,
                1,
                0,
                false
            ),
            // After the wrong try (level 1) the learner pressed Help (level 2), then answered.
            (
                "which-is-the-mouse".into(),
                "mouse".into(),
                true,
                2,
                2,
                true
            ),
            (
                "which-is-the-screen".into(),
                "screen".into(),
                true,
                1,
                0,
                false
            ),
            (
                "which-is-the-keyboard".into(),
                "keyboard".into(),
                true,
                1,
                0,
                false
            ),
        ]
    );
    assert!(
        attempts
            .iter()
            .all(|a| a.ended_at_ms >= a.started_at_ms && a.lesson_version == 1)
    );
    assert!(
        store
            .completed_lessons(learner.id)
            .unwrap()
            .contains("parts-of-a-computer")
    );
}

#[test]
fn after_a_restart_the_learner_is_on_the_sign_in_screen_and_their_progress_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut driver = Driver::open(dir.path());
        driver.click("I am new");
        driver.enter();
        driver.type_into("First name", "Bram");
        driver.click("This is me");
        driver.click("Start: Parts of a computer");
        driver.click("Next");
        driver.click("Next");
        driver.click("Back");
        assert!(driver.shows("Your work is saved."));
    }
    let mut driver = Driver::open(dir.path());
    assert!(driver.shows("Bram"));
    driver.click("Bram");
    assert!(driver.shows("Is this you?"));
    driver.click("No");
    assert!(
        driver.shows("Who are you?"),
        "No goes back without signing in"
    );
    driver.click("Bram");
    driver.click("Yes");
    assert!(driver.shows("Hello Bram"));
    assert!(driver.shows("Go on: Parts of a computer, step 3"));
    driver.click("Go on: Parts of a computer, step 3");
    assert!(driver.shows("This is the mouse. You move it with your hand."));
}

#[test]
fn a_double_press_never_skips_a_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open(dir.path());
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    driver.click("Start: Parts of a computer");
    assert!(driver.shows("Step 1 of 8"));
    // Two presses 100 ms apart: the second lands within the settle time of the new step.
    let messages: Vec<_> = {
        let mut ui = driver.simulator();
        ui.click("Next").unwrap();
        ui.into_messages().collect()
    };
    let _ = driver.app.update(messages[0].clone());
    driver.clock.advance(std::time::Duration::from_millis(100));
    let _ = driver.app.update(messages[0].clone());
    driver.settle();
    assert!(driver.shows("Step 2 of 8"));
    assert!(!driver.shows("Step 3 of 8"));
}

#[test]
fn sign_out_sits_apart_and_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open(dir.path());
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    driver.click("Sign out");
    assert!(driver.shows("Do you want to stop for today?"));
    assert_eq!(
        driver.app.focused().as_deref(),
        Some("SignOutNo"),
        "the safe answer has the focus"
    );
    driver.click("No");
    assert!(matches!(driver.app.current(), Current::Home(_)));
    driver.click("Sign out");
    driver.click("Yes");
    assert!(matches!(driver.app.current(), Current::SignIn(_)));
}

#[test]
fn a_data_folder_that_cannot_be_used_shows_a_friendly_screen_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"").unwrap();
    let driver = Driver::open(&blocker.join("data"));
    assert!(matches!(driver.app.current(), Current::Failure(_)));
    assert!(driver.shows("Stepwise cannot save work on this computer. Please ask your coach."));
    assert!(driver.shows("Close Stepwise"));
}

#[test]
fn many_learners_page_with_big_buttons_and_keep_their_places() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        let free = stepwise::domain::avatar::free_pictures(&Default::default());
        for (number, picture) in free.iter().take(25).enumerate() {
            store
                .add_learner(&format!("Learner {number:02}"), picture)
                .unwrap();
        }
    }
    let mut driver = Driver::open(dir.path());
    assert!(driver.shows("Learner 00"));
    let pages_text = (1..=10)
        .map(|pages| format!("Page 1 of {pages}"))
        .find(|text| driver.shows(text))
        .expect("a page count is shown");
    assert!(
        pages_text != "Page 1 of 1",
        "25 learners do not fit one page"
    );
    assert!(!driver.shows("Learner 24"));
    let first_on_page_one = driver.app.focus_order();
    driver.click("More");
    let pages = pages_text.trim_start_matches("Page 1 of ");
    assert!(driver.shows(&format!("Page 2 of {pages}")));
    assert!(!driver.shows("Learner 00"));
    driver.click("Before");
    assert_eq!(
        driver.app.focus_order(),
        first_on_page_one,
        "tiles come back in the same places"
    );
}

#[test]
fn a_database_from_a_newer_stepwise_is_refused_kindly_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    let path = dir.path().join(stepwise::domain::store::DATABASE_FILE);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let driver = Driver::open(dir.path());
    assert!(matches!(driver.app.current(), Current::Failure(_)));
    assert!(driver.shows("This computer has a newer Stepwise. Please ask your coach."));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the newer database is not altered"
    );
}

#[test]
fn a_broken_lesson_is_hidden_from_learners_and_listed_for_the_coach() {
    let lessons = tempfile::tempdir().unwrap();
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lessons");
    copy_tree(&source, lessons.path());
    // Break the second lesson: a step loses its hint.
    let broken = lessons.path().join("switch-on-and-off/lesson.toml");
    let text = std::fs::read_to_string(&broken).unwrap().replacen(
        "hint = \"start-in-order-hint\"\n",
        "",
        1,
    );
    std::fs::write(&broken, text).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let config = stepwise::domain::config::Config {
        language: Some("en".into()),
        lessons_dir: Some(lessons.path().to_path_buf()),
        ..Default::default()
    };
    let mut driver = Driver::open_with(dir.path(), &config);
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    assert!(
        driver.shows("0 of 4 done"),
        "only the good lessons are offered"
    );
    driver.click("Settings");
    assert!(driver.shows("For the coach: these lessons are left out."));
    assert!(driver.shows(
        "switch-on-and-off/lesson.toml: step start-in-order: an order step needs `hint` (what to look at) and `praise` (kind words when right)"
    ));
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn a_second_stepwise_on_the_same_data_folder_says_it_is_already_open() {
    let dir = tempfile::tempdir().unwrap();
    let first = Driver::open(dir.path());
    let second = Driver::open(dir.path());
    assert!(second.shows("Stepwise is already open on this computer. Look for its window."));
    assert!(first.shows("Who are you?"), "the first goes on as before");
    drop(second);
    drop(first);
    assert!(
        Driver::open(dir.path()).shows("Who are you?"),
        "once closed, it opens again"
    );
}
