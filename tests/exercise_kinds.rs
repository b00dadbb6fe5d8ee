//! Each exercise kind, driven through the real app as a learner would: right away, through
//! each level of the hint ladder, with Help, and with "show me first".

mod common;

use common::Driver;
use iced::keyboard::key::Named;
use stepwise::domain::store::Store;

/// A new learner on Home; with `show_first`, the "show me first" setting is switched on.
fn learner(dir: &std::path::Path, show_first: bool) -> Driver {
    let mut driver = Driver::open(dir);
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    if show_first {
        driver.click("Settings");
        driver.click("Show me first: Off");
        assert!(driver.shows("Show me first: ✓ On"));
        driver.click("Back");
    }
    driver
}

/// Opens "Switch on and off" and goes to the step whose text is `question`.
fn open_step(driver: &mut Driver, question: &str) {
    driver.open_lesson("Switch on and off");
    let mut guard = 0;
    while !driver.shows(question) {
        guard += 1;
        assert!(guard < 10, "no step \"{question}\"");
        if driver.shows(ORDER) {
            for card in ["press", "wait", "sign in"] {
                driver.click(card);
            }
        }
        if driver.shows(FIND) {
            press_at(driver, "region-0", None);
        }
        driver.click("Next");
    }
}

/// The stored answers to one step: (answer, right, try number).
fn answers_in(dir: &std::path::Path, lesson: &str, step: &str) -> Vec<(String, bool, u32)> {
    let store = Store::open(dir).unwrap();
    let learner = store.learners().unwrap().pop().unwrap();
    store
        .attempts(learner.id, lesson)
        .unwrap()
        .into_iter()
        .filter(|a| a.step_id == step)
        .map(|a| (a.answer, a.correct, a.try_number))
        .collect()
}

fn answers(dir: &std::path::Path, step: &str) -> Vec<(String, bool, u32)> {
    answers_in(dir, "switch-on-and-off", step)
}

const PLUG: &str = "Do you pull the plug to switch off?";
const ORDER: &str = "Put the steps in order.";
const FIND: &str = "Find the button to shut down.";

/// Presses the left mouse button on the widget with `id`: at its centre, or at `offset` from
/// its top-left corner.
fn press_at(driver: &mut Driver, id: &'static str, offset: Option<(f32, f32)>) {
    let messages: Vec<_> = {
        let mut ui = driver.simulator();
        let found = ui.find(iced_test::selector::id(id)).expect("on screen");
        let bounds = iced_test::selector::Bounded::visible_bounds(&found).expect("visible");
        let point = match offset {
            Some((x, y)) => iced::Point::new(bounds.x + x, bounds.y + y),
            None => bounds.center(),
        };
        ui.point_at(point);
        let _ = ui.simulate(iced_test::simulator::click());
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "pressing {id} sent nothing");
    for message in messages {
        let _ = driver.app.update(message);
    }
    driver.settle();
}

#[test]
fn yes_no_right_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_step(&mut driver, PLUG);
    assert!(!driver.shows("Next"));
    driver.click("No");
    assert!(driver.shows("Right. Never pull the plug. Choose Shut down."));
    assert_eq!(driver.app.focused().as_deref(), Some("Next"));
    assert_eq!(
        answers(dir.path(), "pull-the-plug"),
        vec![("no".into(), true, 1)]
    );
}

#[test]
fn yes_no_through_the_ladder_keeps_both_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_step(&mut driver, PLUG);
    driver.click("Yes");
    assert!(
        driver.shows("The computer must close its work first."),
        "level 1: the hint"
    );
    driver.click("Help");
    assert!(
        driver.shows("Yes") && driver.shows("No"),
        "level 2 takes nothing away in yes/no"
    );
    driver.click("Help");
    assert!(
        driver.shows("This is the right one. Press it."),
        "level 3: the answer is shown"
    );
    assert!(!driver.shows("Help"), "no Help above the top of the ladder");
    driver.click("No");
    assert!(driver.shows("Right. Never pull the plug. Choose Shut down."));
    assert_eq!(
        answers(dir.path(), "pull-the-plug"),
        vec![("yes".into(), false, 1), ("no".into(), true, 2)]
    );
}

#[test]
fn order_right_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_step(&mut driver, ORDER);
    for card in ["press", "wait", "sign in"] {
        driver.click(card);
    }
    assert!(driver.shows("Yes! Press, wait, then sign in."));
    assert_eq!(
        answers(dir.path(), "start-in-order"),
        vec![("press,wait,sign-in".into(), true, 1)]
    );
}

#[test]
fn order_through_the_ladder() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_step(&mut driver, ORDER);
    for card in ["wait", "press", "sign in"] {
        driver.click(card);
    }
    assert!(driver.shows("What do you do first?"), "level 1: the hint");
    assert!(
        driver.shows("wait") && driver.shows("press") && driver.shows("sign in"),
        "the cards are back"
    );
    driver.click("Help");
    assert!(
        !driver.shows("press"),
        "level 2 put the first card in its place (a picture only)"
    );
    driver.click("Help");
    assert!(driver.shows("The numbers show the order. Put the cards in that order."));
    assert!(
        driver.shows("2") && driver.shows("3"),
        "level 3 numbers the cards"
    );
    driver.click("wait");
    driver.click("sign in");
    assert!(driver.shows("Yes! Press, wait, then sign in."));
    assert_eq!(
        answers(dir.path(), "start-in-order"),
        vec![
            ("wait,press,sign-in".into(), false, 1),
            ("press,wait,sign-in".into(), true, 2)
        ]
    );
}

#[test]
fn show_me_first_shows_the_answer_before_any_try() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), true);
    open_step(&mut driver, ORDER);
    assert!(driver.shows("The numbers show the order. Put the cards in that order."));
    driver.click("Back");
    open_step(&mut driver, PLUG);
    assert!(driver.shows("This is the right one. Press it."));
    driver.click("No");
    assert_eq!(
        answers(dir.path(), "pull-the-plug"),
        vec![("no".into(), true, 1)]
    );
}

#[test]
fn pick_through_every_level_of_the_ladder() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    driver.click("Start: Parts of a computer");
    while !driver.shows("Which one is the mouse?") {
        driver.click("Next");
    }
    driver.click("keyboard");
    assert!(
        driver.shows("Look for the thing you hold in your hand."),
        "level 1"
    );
    assert!(driver.shows("screen"), "level 1 takes nothing away");
    driver.click("screen");
    assert!(
        driver.shows("keyboard") && !driver.shows("screen"),
        "level 2 took one wrong choice away"
    );
    driver.click("Help");
    assert!(driver.shows("This is the right one. Press it."), "level 3");
    driver.click("mouse");
    assert!(driver.shows("Yes! That is the mouse."));
}

/// Clicks the click-practice target with the simulator's mouse, as a learner would.
fn click_target(driver: &mut Driver, right_button: bool) {
    use iced::mouse;
    use iced_test::simulator;
    let messages: Vec<_> = {
        let mut ui = driver.simulator();
        let target = ui
            .find(iced_test::selector::id("click-target"))
            .expect("the target is on screen");
        let centre = iced_test::selector::Bounded::visible_bounds(&target)
            .expect("visible")
            .center();
        let button = if right_button {
            mouse::Button::Right
        } else {
            mouse::Button::Left
        };
        ui.point_at(centre);
        let _ = ui.simulate(simulator::click().map(|event| match event {
            iced::Event::Mouse(mouse::Event::ButtonPressed(_)) => {
                iced::Event::Mouse(mouse::Event::ButtonPressed(button))
            }
            iced::Event::Mouse(mouse::Event::ButtonReleased(_)) => {
                iced::Event::Mouse(mouse::Event::ButtonReleased(button))
            }
            other => other,
        }));
        ui.into_messages().collect()
    };
    for message in messages {
        let _ = driver.app.update(message);
    }
}

fn open_mouse_step(driver: &mut Driver, question: &str) {
    driver.open_lesson("Use the mouse");
    while !driver.shows(question) {
        if driver.shows("Click once on the big button.") {
            click_target(driver, false);
        }
        driver.click("Next");
    }
}

fn mouse_answers(dir: &std::path::Path, step: &str) -> Vec<(String, bool, u32)> {
    answers_in(dir, "use-the-mouse", step)
}

#[test]
fn a_single_click_on_the_target_with_the_real_mouse() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_mouse_step(&mut driver, "Click once on the big button.");
    click_target(&mut driver, true);
    assert!(
        driver.shows("Use the left button. Press it one time."),
        "the right button is a wrong try"
    );
    driver.settle();
    click_target(&mut driver, false);
    assert!(driver.shows("Yes! That was a click."));
    assert_eq!(
        mouse_answers(dir.path(), "click-the-button"),
        vec![("right".into(), false, 1), ("single".into(), true, 2)]
    );
}

#[test]
fn a_double_click_is_two_clicks_close_together_and_one_click_asks_for_one_more() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_mouse_step(&mut driver, "Double-click the folder.");
    click_target(&mut driver, false);
    assert!(driver.shows("You clicked once. Click once more, quickly."));
    assert!(
        mouse_answers(dir.path(), "open-the-folder").is_empty(),
        "half a double click is no try"
    );
    // Far too slow: this is a new first click, not a double click.
    driver.clock.advance(std::time::Duration::from_secs(2));
    click_target(&mut driver, false);
    assert!(driver.shows("You clicked once. Click once more, quickly."));
    driver.clock.advance(std::time::Duration::from_millis(400));
    click_target(&mut driver, false);
    assert!(driver.shows("Yes! The folder opens with a double click."));
    assert_eq!(
        mouse_answers(dir.path(), "open-the-folder"),
        vec![("double".into(), true, 1)]
    );
}

#[test]
fn click_practice_has_a_keyboard_path_and_a_ladder() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_mouse_step(&mut driver, "Double-click the folder.");
    assert_eq!(driver.app.focused().as_deref(), Some("ClickTarget"));
    driver.click("Help");
    assert!(
        driver.shows("Press the left button two times, quickly."),
        "level 1"
    );
    driver.click("Help");
    driver.click("Help");
    assert!(
        driver.shows("Press the left mouse button two times, quickly, on the picture."),
        "level 3"
    );
    while driver.app.focused().as_deref() != Some("ClickTarget") {
        driver.tab();
    }
    driver.enter();
    assert!(driver.shows("Yes! The folder opens with a double click."));
    assert_eq!(
        mouse_answers(dir.path(), "open-the-folder"),
        vec![("keyboard".into(), true, 1)],
        "the coach sees it was the keyboard"
    );
}

#[test]
fn find_the_button_with_the_mouse_beside_and_on_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_step(&mut driver, FIND);
    // Top right of the screen picture: far from the button.
    press_at(&mut driver, "find-picture", Some((300.0, 20.0)));
    assert!(
        driver.shows("Look at the bottom of the start menu."),
        "a press beside is a try, met with the hint"
    );
    driver.click("Help");
    driver.click("Help");
    assert!(driver.shows("This is the right one. Press it."));
    press_at(&mut driver, "region-0", None);
    assert!(driver.shows("Yes! This button shuts the computer down."));
    assert_eq!(
        answers(dir.path(), "find-shut-down"),
        vec![("beside".into(), false, 1), ("region-0".into(), true, 2)]
    );
}

#[test]
fn a_small_button_is_still_a_large_target() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_step(&mut driver, FIND);
    let ui = &mut driver.simulator();
    let found = ui
        .find(iced_test::selector::id("region-0"))
        .expect("the place is on screen");
    let bounds = iced_test::selector::Bounded::visible_bounds(&found).unwrap();
    // The focus ring's 8 px each side come on top of the place itself.
    assert!(
        bounds.width - 16.0 >= 64.0 && bounds.height - 16.0 >= 64.0,
        "{bounds:?}"
    );
}

#[test]
fn find_the_button_by_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_step(&mut driver, FIND);
    assert_eq!(driver.app.focused().as_deref(), Some("Region(0)"));
    driver.enter();
    assert!(driver.shows("Yes! This button shuts the computer down."));
    assert_eq!(
        answers(dir.path(), "find-shut-down"),
        vec![("keyboard".into(), true, 1)]
    );
}

/// Drags with the simulator's mouse: press on the text `from`, move, and let go on the text
/// `to` (or at a point in the drag area).
fn drag(driver: &mut Driver, from: &str, to: Result<&str, (f32, f32)>) {
    use iced::mouse;
    let messages: Vec<_> = {
        let mut ui = driver.simulator();
        let centre = |ui: &mut iced_test::Simulator<'_, stepwise::ui::Message>, label: &str| {
            iced_test::selector::Bounded::visible_bounds(&ui.find(label).expect("on screen"))
                .unwrap()
                .center()
        };
        let start = centre(&mut ui, from);
        let end = match to {
            Ok(label) => centre(&mut ui, label),
            Err((x, y)) => {
                let area = ui.find(iced_test::selector::id("drag-area")).unwrap();
                let bounds = iced_test::selector::Bounded::visible_bounds(&area).unwrap();
                iced::Point::new(bounds.x + x, bounds.y + y)
            }
        };
        // The simulator delivers each event at the cursor it was last pointed at.
        let middle = iced::Point::new((start.x + end.x) / 2.0, start.y);
        for (point, event) in [
            (start, mouse::Event::CursorMoved { position: start }),
            (start, mouse::Event::ButtonPressed(mouse::Button::Left)),
            (middle, mouse::Event::CursorMoved { position: middle }),
            (end, mouse::Event::CursorMoved { position: end }),
            (end, mouse::Event::ButtonReleased(mouse::Button::Left)),
        ] {
            ui.point_at(point);
            let _ = ui.simulate([iced::Event::Mouse(event)]);
        }
        ui.into_messages().collect()
    };
    for message in messages {
        let _ = driver.app.update(message);
    }
    driver.settle();
}

fn open_drag_step(driver: &mut Driver) {
    driver.open_lesson("Drag and right-click");
    while !driver.shows("Drag the file into the folder.") {
        driver.click("Next");
    }
}

fn drag_answers(dir: &std::path::Path) -> Vec<(String, bool, u32)> {
    answers_in(dir, "drag-and-right-click", "drag-into-the-folder")
}

#[test]
fn dragging_the_file_into_the_folder_with_the_mouse() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_drag_step(&mut driver);
    drag(&mut driver, "file", Ok("bin"));
    assert!(
        driver.shows("Keep the button down until the file is on the folder."),
        "the wrong place is a try"
    );
    // Let go in the middle of the desk, on no place at all.
    drag(&mut driver, "file", Err((300.0, 20.0)));
    drag(&mut driver, "file", Ok("folder"));
    assert!(driver.shows("Yes! The file is in the folder now."));
    assert_eq!(
        drag_answers(dir.path()),
        vec![
            ("bin".into(), false, 1),
            ("nowhere".into(), false, 2),
            ("folder".into(), true, 3)
        ]
    );
}

#[test]
fn a_press_beside_the_object_does_not_pick_it_up() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_drag_step(&mut driver);
    drag(&mut driver, "Drag the file into the folder.", Ok("folder"));
    assert!(
        drag_answers(dir.path()).is_empty(),
        "nothing was carried, so nothing was tried"
    );
}

#[test]
fn drag_practice_by_keyboard_and_the_top_of_the_ladder() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_drag_step(&mut driver);
    driver.click("Help");
    driver.click("Help");
    driver.click("Help");
    assert!(driver.shows(
        "Hold the left button down on the picture. Move it to the outlined place. Let go there."
    ));
    while driver.app.focused().as_deref() != Some("DropOn(\"folder\")") {
        driver.tab();
    }
    driver.enter();
    assert!(driver.shows("Yes! The file is in the folder now."));
    assert_eq!(
        drag_answers(dir.path()),
        vec![("keyboard:folder".into(), true, 1)]
    );
}

/// Types into the type-practice field as a learner would (click it, type, press Enter).
fn type_and_enter(driver: &mut Driver, text: &str) {
    driver.type_in_field("type-field", 0, text, true);
}

fn open_type_step(driver: &mut Driver, question: &str) {
    driver.open_lesson("Use the keyboard");
    while !driver.shows(question) {
        if driver.shows("Type the word: Sun") {
            type_and_enter(driver, "Sun");
        }
        if driver.shows("Type: Sun-Tree-42") {
            type_and_enter(driver, "Sun-Tree-42");
        }
        driver.click("Next");
    }
}

#[test]
fn typing_a_word_checks_the_characters_and_climbs_the_ladder() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_type_step(&mut driver, "Type the word: Sun");
    type_and_enter(&mut driver, "sun");
    assert!(
        driver.shows("Hold Shift for the big S."),
        "a wrong word is met with the hint"
    );
    driver.click("Help");
    assert!(driver.shows("Sun"), "level 2 shows the text to type");
    type_and_enter(&mut driver, "Sun");
    assert!(driver.shows("Yes! You typed Sun."));
    // The field took the Enter press; its release reaches the app with the focus now on
    // Next, and must not press Next: the learner reads the praise first.
    driver.release(Named::Enter);
    assert!(driver.shows("Yes! You typed Sun."), "the praise stays");
    assert_eq!(driver.app.focused().as_deref(), Some("Next"));
    driver.enter();
    assert!(
        !driver.shows("Yes! You typed Sun."),
        "a whole Enter goes on"
    );
    assert_eq!(
        answers_in(dir.path(), "use-the-keyboard", "type-a-word"),
        vec![("sun".into(), false, 1), ("Sun".into(), true, 2)]
    );
}

#[test]
fn what_a_learner_types_in_a_password_field_is_never_stored() {
    let dir = tempfile::tempdir().unwrap();
    // The real log file, as the app writes it (the first test to start it has it).
    stepwise::logging::init(dir.path());
    let mut driver = learner(dir.path(), false);
    open_type_step(&mut driver, "Type: Sun-Tree-42");
    let marker = "Marker-Qx7-Zebra";
    type_and_enter(&mut driver, marker);
    assert!(driver.shows("Look at the lit keys, one by one."));
    type_and_enter(&mut driver, "Sun-Tree-42");
    assert!(driver.shows("Yes! That is the password."));
    assert_eq!(
        answers_in(dir.path(), "use-the-keyboard", "type-a-password"),
        vec![
            (format!("length:{}", marker.chars().count()), false, 1),
            ("length:11".into(), true, 2)
        ]
    );
    // Nowhere on disk, wherever the learner's data goes: the database and its write-ahead
    // log, a backup, a progress file (unpacked), the reports, the xAPI export, the log file.
    let out = tempfile::tempdir().unwrap();
    {
        use stepwise::domain::{exchange, report, store::backup::Kind, xapi};
        let store = Store::open(dir.path()).unwrap();
        store.backup(Kind::Daily, 7).unwrap();
        exchange::export(&store, &out.path().join("p.stepwise"), "PC", None, None).unwrap();
        let library = common::library();
        let filter = report::Filter::default();
        let language = stepwise::domain::i18n::Language::En;
        let texts = stepwise::domain::i18n::Texts::load(language);
        report::write_html(
            &store,
            &library,
            &out.path().join("r.html"),
            &filter,
            &texts,
            language,
        )
        .unwrap();
        report::write_csv(&store, &library, &out.path().join("r"), &filter).unwrap();
        xapi::export(&store, &out.path().join("x.json")).unwrap();
    }
    let searched = common::search_files(
        &[dir.path(), out.path()],
        &[marker.as_bytes(), b"Sun-Tree-42".as_slice()],
    );
    let names: Vec<String> = searched
        .iter()
        .map(|path| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for expected in [
        "stepwise.sqlite",
        "stepwise.sqlite-wal",
        "stepwise.log",
        "p.stepwise",
        "r.html",
        "x.json",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} searched: {names:?}"
        );
    }
    assert!(
        names.iter().any(|n| n.starts_with("daily-")),
        "a backup searched: {names:?}"
    );
    assert!(
        names.iter().filter(|n| n.ends_with(".csv")).count() >= 2,
        "{names:?}"
    );
}

/// Clicks a field of the simulated app (by id) and types into it.
fn fill(driver: &mut Driver, field: &'static str, text: &str) {
    driver.type_in_field(field, 0, text, false);
}

const SIGN_IN: &str = "Sign in: type the name and the password.";

/// The simulated app's field `field` now holds `text`, as its text input reports it.
fn sim_typed(driver: &mut Driver, field: &str, text: &str) {
    let _ = driver.app.update(stepwise::ui::Message::Lesson(
        stepwise::ui::screen::lesson::Message::SimTyped(field.into(), text.into()),
    ));
    driver.settle();
}

#[test]
fn signing_in_to_a_simulated_app_with_a_harmless_wrong_action_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_type_step(&mut driver, SIGN_IN);
    assert!(!driver.shows("Next"), "the task comes first");
    let marker = "Secret-Mk9-Owl";
    fill(&mut driver, "sim-password", marker);
    let window_at = |driver: &Driver| driver.simulator().find("Work computer").unwrap().bounds();
    let before = window_at(&driver);
    // A wrong action is one try: harmless, and it brings the hint (level 1).
    driver.click("Cancel");
    assert_eq!(
        window_at(&driver),
        before,
        "the window does not move when the hint comes"
    );
    assert!(driver.shows("First the name, then the password, then Sign in."));
    assert!(driver.shows("Cancel"), "level 1 takes nothing away");
    assert!(
        !driver.shows("Alex-Test"),
        "level 1 does not give the answer"
    );
    // Help: level 2 takes the wrong button away; level 3 shows what each field must hold.
    driver.click("Help");
    assert!(
        !driver.shows("Cancel"),
        "level 2 takes the wrong button away"
    );
    assert!(driver.shows("Sign in"));
    driver.click("Help");
    assert!(
        driver.shows("Alex-Test") && driver.shows("Sun-Tree-42"),
        "level 3"
    );
    assert!(driver.shows("Fill in the text you see. Then press the button with the hand."));
    fill(&mut driver, "sim-name", "Alex-Test");
    // The password field still holds the marker: clear it and type the practice password.
    driver.type_in_field("sim-password", marker.len(), "Sun-Tree-42", false);
    driver.click("Sign in");
    assert!(driver.shows("Yes! You are signed in."));
    assert!(driver.shows("Next"));
    // One row per action: the wrong button with the fields that were wrong (never their
    // text), then the right one. Help is recorded on the attempt, not as a try.
    assert_eq!(
        answers_in(dir.path(), "use-the-keyboard", "sign-in"),
        vec![
            ("pressed:cancel;wrong:name,password".into(), false, 1),
            ("pressed:sign-in".into(), true, 2)
        ]
    );
    let store = Store::open(dir.path()).unwrap();
    let learner = store.learners().unwrap().pop().unwrap();
    let ladder: Vec<_> = store
        .attempts(learner.id, "use-the-keyboard")
        .unwrap()
        .into_iter()
        .filter(|a| a.step_id == "sign-in")
        .map(|a| (a.hint_level, a.help_pressed))
        .collect();
    assert_eq!(ladder, vec![(0, false), (3, true)]);
    drop(store);
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap();
            assert!(
                !bytes
                    .windows(marker.len())
                    .any(|window| window == marker.as_bytes()),
                "{} holds what was typed in the password field",
                path.display()
            );
        }
    }
}

#[test]
fn a_simulated_app_right_away_and_with_the_right_button_too_early() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_type_step(&mut driver, SIGN_IN);
    // The right button with an empty password is still a wrong action.
    sim_typed(&mut driver, "name", "Alex-Test");
    driver.click("Sign in");
    assert!(driver.shows("First the name, then the password, then Sign in."));
    sim_typed(&mut driver, "password", "Sun-Tree-42");
    driver.click("Sign in");
    assert!(driver.shows("Yes! You are signed in."));
    assert_eq!(
        answers_in(dir.path(), "use-the-keyboard", "sign-in"),
        vec![
            ("pressed:sign-in;wrong:password".into(), false, 1),
            ("pressed:sign-in".into(), true, 2)
        ]
    );
}

#[test]
fn a_simulated_app_by_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_type_step(&mut driver, SIGN_IN);
    let mut order = driver.walk_focus_order();
    order.sort();
    assert_eq!(
        order,
        [
            "Back",
            "Help",
            "SimButton(\"cancel\")",
            "SimButton(\"sign-in\")",
            "SimField(\"name\")",
            "SimField(\"password\")",
        ]
    );
    // The step opens with the focus in the first field; Tab goes on to the next.
    assert_eq!(driver.app.focused().as_deref(), Some("SimField(\"name\")"));
    sim_typed(&mut driver, "name", "Alex-Test");
    driver.tab();
    assert_eq!(
        driver.app.focused().as_deref(),
        Some("SimField(\"password\")")
    );
    sim_typed(&mut driver, "password", "Sun-Tree-42");
    driver.tab();
    driver.tab();
    assert_eq!(
        driver.app.focused().as_deref(),
        Some("SimButton(\"sign-in\")")
    );
    driver.enter();
    assert!(driver.shows("Yes! You are signed in."));
    assert_eq!(driver.app.focused().as_deref(), Some("Next"));
}

#[test]
fn a_simulated_app_with_show_me_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), true);
    open_type_step(&mut driver, SIGN_IN);
    assert!(driver.shows("Alex-Test") && driver.shows("Sun-Tree-42"));
    assert!(!driver.shows("Cancel"));
    sim_typed(&mut driver, "name", "Alex-Test");
    sim_typed(&mut driver, "password", "Sun-Tree-42");
    driver.click("Sign in");
    assert_eq!(
        answers_in(dir.path(), "use-the-keyboard", "sign-in"),
        vec![("pressed:sign-in".into(), true, 1)]
    );
}

const LOCK: &str = "Do you walk away? Lock the screen with Win and L.";

/// Opens the keyboard lesson at the shortcut step (solving the steps before it).
fn open_lock_step(driver: &mut Driver) {
    open_type_step(driver, SIGN_IN);
    sim_typed(driver, "name", "Alex-Test");
    sim_typed(driver, "password", "Sun-Tree-42");
    driver.click("Sign in");
    driver.click("Next");
    assert!(driver.shows(LOCK));
}

#[test]
fn a_shortcut_on_the_pictured_keyboard_with_the_mouse() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_lock_step(&mut driver);
    // L alone is one try, and brings the hint.
    driver.click("L");
    assert!(driver.shows("Press Win first. Then press L."));
    // Win is held (and says so in words, not colour alone) until a letter is pressed.
    driver.click("Win");
    assert!(driver.shows("✓ Win"));
    driver.click("✓ Win");
    assert!(driver.shows("Win"), "pressed again, it is let go");
    driver.click("Win");
    driver.click("K");
    assert!(driver.shows("Win"), "a try lets the held keys go");
    driver.click("Win");
    driver.click("L");
    assert!(driver.shows("Yes! Now the screen is locked."));
    assert_eq!(
        answers_in(dir.path(), "use-the-keyboard", "lock"),
        vec![
            ("l".into(), false, 1),
            ("windows+k".into(), false, 2),
            ("windows+l".into(), true, 3)
        ]
    );
}

#[test]
fn a_shortcut_by_keyboard_alone_and_the_ladder() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner(dir.path(), false);
    open_lock_step(&mut driver);
    driver.click("Help");
    driver.click("Help");
    assert!(
        !driver.shows("Press the numbered keys in order."),
        "level 2"
    );
    driver.click("Help");
    assert!(driver.shows("Press the numbered keys in order."), "level 3");
    assert!(
        driver.shows("1") && driver.shows("2"),
        "the keys are numbered"
    );
    // The keys to hold are reached with Tab; the letter is the real key. Ctrl + L (the real
    // Ctrl reaches the app) is a wrong try.
    driver.letter("l", iced::keyboard::Modifiers::CTRL);
    let mut order = driver.app.focus_order();
    order.sort();
    assert_eq!(
        order,
        [
            "Back",
            "Hold(Alt)",
            "Hold(Ctrl)",
            "Hold(Shift)",
            "Hold(Windows)"
        ]
    );
    while driver.app.focused().as_deref() != Some("Hold(Windows)") {
        driver.tab();
    }
    driver.enter();
    assert!(driver.shows("✓ Win"));
    driver.letter("l", iced::keyboard::Modifiers::empty());
    assert!(driver.shows("Yes! Now the screen is locked."));
    assert_eq!(
        answers_in(dir.path(), "use-the-keyboard", "lock"),
        vec![
            ("keyboard:ctrl+l".into(), false, 1),
            ("keyboard:windows+l".into(), true, 2)
        ]
    );
}

#[test]
fn a_shortcut_with_show_me_first_and_a_greek_keyboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open_with(
        dir.path(),
        &stepwise::domain::config::Config {
            language: Some("en".into()),
            keyboard_layout: Some(stepwise::domain::keyboard::Layout::Greek),
            ..Default::default()
        },
    );
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    driver.click("Settings");
    driver.click("Show me first: Off");
    driver.click("Back");
    open_lock_step(&mut driver);
    assert!(driver.shows("Press the numbered keys in order."));
    // The Greek key shows its own letter and the Latin one the system reads.
    driver.click("Win");
    driver.click("Λ L");
    assert_eq!(
        answers_in(dir.path(), "use-the-keyboard", "lock"),
        vec![("windows+l".into(), true, 1)]
    );
}
