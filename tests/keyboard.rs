//! Every screen works without a mouse: each test walks a screen's whole focus order with Tab
//! (drawing every focused state), checks the first focus is on the task, never on Back, and
//! does the screen's job with keys alone.

mod common;

use common::Driver;
use iced::keyboard::key::Named;
use stepwise::ui::app::Current;

fn learner_on_home(dir: &std::path::Path) -> Driver {
    let mut driver = Driver::open(dir);
    driver.enter(); // "I am new"
    driver.enter(); // the first picture
    driver.tab(); // from the name field to "This is me"
    driver.enter();
    assert!(
        matches!(driver.app.current(), Current::Home(_)),
        "made a learner by keyboard"
    );
    driver
}

#[test]
fn sign_in_on_a_new_workstation_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open(dir.path());
    assert_eq!(driver.app.focused().as_deref(), Some("New"));
    assert_eq!(driver.walk_focus_order(), vec!["New", "Settings", "Coach"]);
}

#[test]
fn sign_in_with_learners_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    drop(learner_on_home(dir.path()));
    let mut driver = Driver::open(dir.path());
    assert_eq!(driver.app.focused().as_deref(), Some("Tile(0)"));
    assert_eq!(
        driver.walk_focus_order(),
        vec!["Tile(0)", "Settings", "New", "Coach"]
    );
    driver.enter();
    assert!(driver.shows("Is this you?"));
    assert_eq!(driver.walk_focus_order(), vec!["Yes", "No"]);
    driver.enter();
    assert!(matches!(driver.app.current(), Current::Home(_)));
}

#[test]
fn new_learner_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open(dir.path());
    driver.enter();
    let order = driver.walk_focus_order();
    assert_eq!(order[0], "Picture(0)", "focus starts on the task");
    assert!(order.contains(&"Back".to_string()) && order.contains(&"Name".to_string()));
    // Arrows move along the row of pictures.
    driver.key(Named::ArrowRight, false);
    assert_eq!(driver.app.focused().as_deref(), Some("Picture(1)"));
    driver.enter();
    assert_eq!(
        driver.app.focused().as_deref(),
        Some("Name"),
        "after the picture comes the name"
    );
    driver.tab();
    assert_eq!(driver.app.focused().as_deref(), Some("Save"));
    driver.enter();
    assert!(driver.shows("Hello"));
}

#[test]
fn home_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_on_home(dir.path());
    assert_eq!(driver.app.focused().as_deref(), Some("GoOn"));
    assert_eq!(
        driver.walk_focus_order(),
        vec!["GoOn", "SignOut", "Settings", "Module(0)"]
    );
    driver.key(Named::ArrowUp, false);
    assert_eq!(driver.app.focused().as_deref(), Some("Module(0)"));
    driver.enter();
    assert_eq!(driver.app.focused().as_deref(), Some("Lesson(0)"));
    assert_eq!(
        driver.walk_focus_order(),
        vec![
            "Lesson(0)",
            "Lesson(1)",
            "Lesson(2)",
            "Lesson(3)",
            "Lesson(4)",
            "GoOn",
            "SignOut",
            "Settings",
            "Back"
        ]
    );
    driver.enter();
    assert!(matches!(driver.app.current(), Current::Lesson(_)));
}

#[test]
fn a_whole_lesson_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_on_home(dir.path());
    driver.enter();
    assert_eq!(
        driver.app.focused().as_deref(),
        Some("Next"),
        "an info step starts on Next"
    );
    assert_eq!(driver.walk_focus_order(), vec!["Next", "Back"]);
    let mut guard = 0;
    while !driver.shows("You finished the lesson.") {
        guard += 1;
        assert!(guard < 40, "the lesson does not end by keyboard");
        let focused = driver.app.focused().unwrap();
        if focused.starts_with("Choice") {
            // Walk the choices once, then take the help ladder to the answer: Help, then the
            // pointer shows the right one, which the learner presses.
            let order = driver.walk_focus_order();
            assert!(order.contains(&"Help".to_string()) && order.contains(&"Back".to_string()));
            for _ in 0..3 {
                while driver.app.focused().as_deref() != Some("Help") {
                    driver.tab();
                }
                driver.enter();
            }
            // At the top of the ladder only the right answer and one other are left.
            let choices: Vec<String> = driver
                .app
                .focus_order()
                .into_iter()
                .filter(|t| t.starts_with("Choice"))
                .collect();
            assert_eq!(choices.len(), 2);
            for choice in choices {
                while driver.app.focused().as_deref() != Some(choice.as_str()) {
                    driver.tab();
                }
                driver.enter();
                if driver.app.focus_order().contains(&"Next".to_string()) {
                    break;
                }
            }
            assert_eq!(
                driver.app.focused().as_deref(),
                Some("Next"),
                "after a right answer, Next"
            );
        }
        driver.enter();
    }
    assert_eq!(driver.walk_focus_order(), vec!["Home", "Again"]);
}

#[test]
fn settings_by_keyboard_change_the_running_ui_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open(dir.path());
    driver.tab(); // to Settings
    driver.enter();
    assert!(driver.shows("Settings"));
    assert_eq!(driver.app.focused().as_deref(), Some("Language(En)"));
    let order = driver.walk_focus_order();
    assert_eq!(
        order,
        vec![
            "Language(En)",
            "Language(Nl)",
            "Smaller",
            "Bigger",
            "Contrast",
            "Credits",
            "Back"
        ]
    );
    driver.key(Named::ArrowRight, false);
    driver.enter();
    assert!(driver.shows("Instellingen"), "the language changed at once");
    driver.key(Named::ArrowDown, false);
    driver.key(Named::ArrowRight, false);
    driver.enter();
    assert!(driver.shows("125 %"));
    driver.key(Named::ArrowDown, false);
    assert_eq!(
        driver.app.focused().as_deref(),
        Some("Contrast"),
        "down from the second column lands on the shorter row's last target"
    );
    driver.enter();
    assert!(
        driver.shows("Sterke kleuren: ✓ Aan"),
        "strong colours are on, said in words"
    );
}

#[test]
fn the_failure_screen_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("file"), b"").unwrap();
    let mut driver = Driver::open(&dir.path().join("file").join("data"));
    assert_eq!(driver.walk_focus_order(), vec!["Close"]);
}
