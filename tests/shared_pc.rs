//! A shared PC: after some minutes without input the app asks "Are you still here?", then
//! signs out so the next learner never sees the last one's lesson; the installer decides who
//! may add a learner; in kiosk mode only the coach closes Stepwise.

mod common;

use std::time::Duration;

use common::Driver;
use iced::keyboard::Modifiers;
use stepwise::domain::config::{Config, SelfRegistration};
use stepwise::ui::Message;
use stepwise::ui::app::Current;

const PIN: &str = "246810";

fn config(change: impl FnOnce(&mut Config)) -> Config {
    let mut config = Config {
        language: Some("en".into()),
        coach_pin_hash: Some(stepwise::domain::coach::hash_pin(PIN).unwrap()),
        ..Config::default()
    };
    change(&mut config);
    config
}

fn type_pin(driver: &mut Driver) {
    for digit in PIN.chars() {
        driver.letter(&digit.to_string(), Modifiers::empty());
    }
    driver.enter();
}

fn tick_after(driver: &mut Driver, wait: Duration) {
    driver.clock.advance(wait);
    let _ = driver.app.update(Message::Tick);
}

#[test]
fn an_idle_lesson_asks_first_then_signs_out_and_keeps_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open_with(dir.path(), &config(|c| c.idle_minutes = Some(15)));
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    driver.open_lesson("Parts of a computer");
    driver.click("Next");
    tick_after(&mut driver, Duration::from_secs(14 * 60));
    assert!(!driver.app.asking_if_still_here(), "not before 15 minutes");
    tick_after(&mut driver, Duration::from_secs(60));
    assert!(driver.app.asking_if_still_here());
    assert!(driver.shows("Are you still here?") && driver.shows("I am still here"));
    if let Ok(folder) = std::env::var("STEPWISE_SHOTS") {
        driver.save_picture(&std::path::Path::new(&folder).join("still-here"));
    }
    // The learner answers: the lesson is as it was.
    driver.click("I am still here");
    assert!(!driver.app.asking_if_still_here());
    assert!(matches!(driver.app.current(), Current::Lesson(_)));
    assert!(driver.shows("Step 2 of 8"));
    // Nobody answers: a minute later the app signs out.
    tick_after(&mut driver, Duration::from_secs(15 * 60));
    assert!(driver.app.asking_if_still_here());
    tick_after(&mut driver, Duration::from_secs(59));
    assert!(
        driver.app.asking_if_still_here(),
        "the question waits a minute"
    );
    tick_after(&mut driver, Duration::from_secs(1));
    assert!(!driver.app.asking_if_still_here());
    assert!(matches!(driver.app.current(), Current::SignIn(_)));
    assert!(driver.app.session().unwrap().learner.is_none());
    assert!(
        driver.shows("Who are you?"),
        "the next learner sees sign-in"
    );
    // Nothing was lost: the place in the lesson is kept for when the learner comes back.
    let store = &driver.app.session().unwrap().store;
    let learner = store.learners().unwrap().pop().unwrap();
    assert_eq!(
        store.position(learner.id, "parts-of-a-computer").unwrap(),
        Some(1)
    );
}

#[test]
fn the_sign_in_screen_never_asks_if_anyone_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open_with(dir.path(), &config(|_| {}));
    tick_after(&mut driver, Duration::from_secs(3 * 60 * 60));
    assert!(!driver.app.asking_if_still_here());
}

#[test]
fn with_self_registration_off_there_is_no_i_am_new_but_a_sentence_who_adds_learners() {
    let dir = tempfile::tempdir().unwrap();
    let driver = Driver::open_with(
        dir.path(),
        &config(|c| c.self_registration = Some(SelfRegistration::Off)),
    );
    assert!(!driver.shows("I am new"));
    assert!(driver.shows("Your coach adds new learners."));
    assert!(!driver.app.focus_order().contains(&"New".to_string()));
}

#[test]
fn when_the_coach_confirms_i_am_new_asks_for_the_coach_pin_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open_with(
        dir.path(),
        &config(|c| c.self_registration = Some(SelfRegistration::CoachConfirms)),
    );
    driver.click("I am new");
    assert!(matches!(driver.app.current(), Current::CoachPin(_)));
    type_pin(&mut driver);
    assert!(
        matches!(driver.app.current(), Current::NewLearner(_)),
        "the right PIN leads to the new learner, not the coach area"
    );
}

#[test]
fn in_kiosk_mode_the_window_frame_cannot_close_stepwise_but_the_coach_can() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open_with(dir.path(), &config(|c| c.kiosk = Some(true)));
    let _ = driver
        .app
        .update(Message::CloseRequested(iced::window::Id::unique()));
    assert!(
        matches!(driver.app.current(), Current::SignIn(_)),
        "still open"
    );
    driver.click("Coach");
    type_pin(&mut driver);
    assert!(matches!(driver.app.current(), Current::Coach(_)));
    assert!(driver.shows("Close Stepwise"));
    assert!(driver.app.focus_order().contains(&"CloseApp".to_string()));
}

#[test]
fn a_damaged_database_shows_the_learner_a_calm_message_and_the_coach_the_newest_backup() {
    let dir = tempfile::tempdir().unwrap();
    let backup = {
        let store = stepwise::domain::store::Store::open(dir.path()).unwrap();
        let picture = stepwise::domain::avatar::free_pictures(&Default::default())[0].clone();
        store.add_learner("Ana", &picture).unwrap();
        store
            .backup(stepwise::domain::store::backup::Kind::Daily, 7)
            .unwrap()
    };
    for leftover in ["stepwise.sqlite-wal", "stepwise.sqlite-shm"] {
        let _ = std::fs::remove_file(dir.path().join(leftover));
    }
    std::fs::write(dir.path().join("stepwise.sqlite"), vec![0x5a; 64 * 1024]).unwrap();
    let driver = Driver::open_with(dir.path(), &config(|_| {}));
    let Current::Failure(state) = driver.app.current() else {
        panic!("a damaged database is not opened");
    };
    assert!(driver.shows("The saved work on this computer is damaged. Please ask your coach."));
    assert!(
        state
            .detail()
            .contains(&format!("stepwise backup restore {}", backup.display())),
        "{}",
        state.detail()
    );
}
