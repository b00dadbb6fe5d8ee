//! Learner screens fit 1280×720 and 1366×768 at 200 % text size without scrolling: every label
//! that matters is inside the window, and the body never runs into the bottom bar.

mod common;

use common::Driver;
use iced::{Rectangle, Size};
use stepwise::domain::config::Config;

fn bounds(driver: &Driver, label: &str) -> Rectangle {
    let mut ui = driver.simulator();
    match ui.find(label) {
        Ok(found) => found.bounds(),
        Err(error) => panic!("\"{label}\" is not on screen: {error:?}"),
    }
}

/// Each label lies inside the window; `above` must end before `below` starts.
fn check(driver: &Driver, labels: &[&str], above: &str, below: &str) {
    save_picture(driver, above);
    let line = 22.0 * 1.3 * driver.app.text_scale();
    check_lines(driver, labels, line);
    check_lines(driver, &[above, below], line);
    let (a, b) = (bounds(driver, above), bounds(driver, below));
    assert!(
        a.y + a.height <= b.y,
        "\"{above}\" ({a:?}) runs into \"{below}\" ({b:?})"
    );
}

/// With `STEPWISE_SHOTS=<folder>`, every checked screen is also written there as a PNG, named
/// by window size, text size and the checked text (`docs/screens/` is made this way).
fn save_picture(driver: &Driver, above: &str) {
    let Some(folder) = std::env::var_os("STEPWISE_SHOTS") else {
        return;
    };
    let slug: String = above
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .take(32)
        .collect::<String>()
        .trim()
        .replace(' ', "-")
        .to_lowercase();
    let name = format!(
        "{}x{}-{}-{slug}",
        driver.size.width,
        driver.size.height,
        (driver.app.text_scale() * 100.0).round()
    );
    driver.save_picture(&std::path::Path::new(&folder).join(name));
}

/// The words inside a simulated app's window grow less with the text size (26 px at 100 %,
/// 40 px at 200 %): they must still get a whole line of that size.
fn check_pretend_window(driver: &Driver, labels: &[&str], above: &str, below: &str) {
    let scale = driver.app.text_scale();
    check_lines(driver, labels, (26.0 + 14.0 * (scale - 1.0)) * 1.3);
    check(driver, &[], above, below);
}

/// Each label lies inside the window and has at least one `line` of height.
fn check_lines(driver: &Driver, labels: &[&str], line: f32) {
    let window = Rectangle::new(iced::Point::ORIGIN, driver.size);
    for label in labels {
        let b = bounds(driver, label);
        assert!(
            b.x >= 0.0
                && b.y >= 0.0
                && b.x + b.width <= window.width + 0.5
                && b.y + b.height <= window.height + 0.5,
            "\"{label}\" at {b:?} is outside the {}×{} window",
            window.width,
            window.height
        );
        // A squeezed container gives its text less than one line: that is overflow too.
        assert!(
            b.height >= line - 0.5,
            "\"{label}\" is squeezed to {} px (a line is {line})",
            b.height
        );
    }
}

fn walk_every_screen(size: Size, text_size: u16) {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        language: Some("en".into()),
        text_size: Some(text_size),
        ..Config::default()
    };
    let mut driver = Driver::open_with(dir.path(), &config);
    // With sound: the speaker buttons take their room too.
    driver
        .app
        .set_narrator(stepwise::sound::Narrator::recording());
    driver
        .app
        .set_microphone(stepwise::microphone::Microphone::fake(
            [vec![0.0; 4_000], vec![0.3; 8_000]].concat(),
        ));
    driver.size = size;
    let _ = driver.app.update(stepwise::ui::Message::Resized(size));

    check(&driver, &[], "Who are you?", "I am new");
    driver.click("I am new");
    driver.enter();
    check(
        &driver,
        &["Back", "Pick a picture. It shows who you are.", "More"],
        "First name",
        "This is me",
    );
    driver.type_into("First name", "Alexandra");
    driver.click("This is me");
    // With a microphone, the name step: the picture beside the words, big buttons.
    check(
        &driver,
        &["Press Record. Say your name. Then press Stop.", "Record"],
        "Say your name",
        "Go on",
    );
    driver.click("Record");
    driver.click("Stop");
    check(
        &driver,
        &[
            "Your name is kept on this PC only.",
            "Record again",
            "Listen",
        ],
        "Say your name",
        "Go on",
    );
    driver.click("Go on");
    check(
        &driver,
        &["Hello Alexandra", "Meet the computer", "Settings"],
        "Start: Parts of a computer",
        "Sign out",
    );

    driver.click("Start: Parts of a computer");
    check(
        &driver,
        &["Back", "Parts of a computer"],
        "A computer has three main parts. Let us look at them.",
        "Next",
    );
    for _ in 0..4 {
        driver.click("Next");
    }
    driver.click("keyboard");
    check(
        &driver,
        &["Which one is the mouse?", "mouse", "screen"],
        "Look for the thing you hold in your hand.",
        "Help",
    );
    driver.click("mouse");
    check(&driver, &["keyboard"], "Yes! That is the mouse.", "Next");
    driver.click("Back");
    check(
        &driver,
        &["Go on: Parts of a computer, step 5"],
        "Meet the computer",
        "Your work is saved.",
    );
    driver.click("Settings");
    check(
        &driver,
        &[
            "✓ English",
            "A+  Bigger",
            "Strong colours: Off",
            "Show me first: Off",
        ],
        "Settings",
        "Strong colours: Off",
    );
    // The last row of switches stays above the bottom bar.
    check(
        &driver,
        &[
            "Read aloud: ✓ On",
            "Slower voice: Off",
            "Pictures, letters and licences",
        ],
        "Slower voice: Off",
        "Pictures, letters and licences",
    );
    // The credits: every source with its licence, nothing past the window.
    driver.click("Pictures, letters and licences");
    check(
        &driver,
        &["Back", "mulberrysymbols.org"],
        "Who made it",
        "Mulberry Symbols, by Steve Lee. Licence: CC BY-SA 4.0",
    );
    // Page on to the last credit; every page fits.
    for _ in 0..8 {
        if driver.shows("The Stepwise app") {
            break;
        }
        driver.click("More");
        check(&driver, &["Back"], "Who made it", "More");
    }
    assert!(
        driver.shows("Stepwise, by B-WISE. Licence: EUPL 1.2"),
        "the last page names the app's licence"
    );
    driver.click("Back");
    driver.click("Back");
    driver.click("Go on: Parts of a computer, step 5");
    while !driver.shows("You finished the lesson.") {
        for thing in ["mouse", "screen", "keyboard"] {
            if driver.shows(&format!("Which one is the {thing}?")) {
                driver.click(thing);
            }
        }
        driver.click("Next");
    }
    check(
        &driver,
        &["You can now:"],
        "I know the screen, the mouse and the keyboard.",
        "Home",
    );

    // The order and yes/no steps, with their hint bands.
    driver.click("Home");
    driver.open_lesson("Switch on and off");
    while !driver.shows("Put the steps in order.") {
        driver.click("Next");
    }
    for card in ["wait", "press", "sign in"] {
        driver.click(card);
    }
    check(
        &driver,
        &["Put the steps in order.", "press", "sign in"],
        "What do you do first?",
        "Help",
    );
    driver.click("Help");
    driver.click("Help");
    check(
        &driver,
        &["wait"],
        "The numbers show the order. Put the cards in that order.",
        "Step 4 of 8",
    );
    driver.click("wait");
    driver.click("sign in");
    check(&driver, &[], "Yes! Press, wait, then sign in.", "Next");
    driver.click("Next");
    driver.click("Next");
    driver.click("Help");
    driver.click("Help");
    check(
        &driver,
        &["Find the button to shut down."],
        "Look at the bottom of the start menu.",
        "Help",
    );
    driver.click("Help");
    check(
        &driver,
        &["Find the button to shut down."],
        "This is the right one. Press it.",
        "Step 6 of 8",
    );
    assert_eq!(driver.app.focused().as_deref(), Some("Region(0)"));
    driver.enter();
    driver.click("Next");
    driver.click("Yes");
    check(
        &driver,
        &["Do you pull the plug to switch off?", "Yes", "No"],
        "The computer must close its work first.",
        "Help",
    );

    // Click practice, at the top of the ladder: the mouse button and the answer are shown.
    driver.click("Back");
    driver.open_lesson("Use the mouse");
    while !driver.shows("Click once on the big button.") {
        driver.click("Next");
    }
    driver.click("Help");
    driver.click("Help");
    driver.click("Help");
    check(
        &driver,
        &["Click once on the big button."],
        "Press the left mouse button once, on the picture.",
        "Step 4 of 7",
    );

    // Drag practice, held at the top of the ladder.
    driver.click("Back");
    driver.open_lesson("Drag and right-click");
    while !driver.shows("Drag the file into the folder.") {
        driver.click("Next");
    }
    driver.click("Help");
    driver.click("Help");
    driver.click("Help");
    check(
        &driver,
        &["Drag the file into the folder.", "file", "folder"],
        "Hold the left button down on the picture. Move it to the outlined place. Let go there.",
        "Step 3 of 6",
    );

    // Type practice, at level 2 (the text to type is shown) and level 3.
    driver.click("Back");
    driver.open_lesson("Use the keyboard");
    while !driver.shows("Type the word: Sun") {
        driver.click("Next");
    }
    driver.click("Help");
    driver.click("Help");
    check(
        &driver,
        &["Type the word: Sun", "Done", "Sun"],
        "Hold Shift for the big S.",
        "Help",
    );
    driver.click("Help");
    check(
        &driver,
        &["Done"],
        "Type the letters you see, one by one. Then press Enter.",
        "Step 2 of 7",
    );

    // A simulated app: the whole window at level 0, and at the top of the ladder, where the
    // values to type stand under the labels and the hint beside the window.
    driver.type_into("Type here", "Sun");
    driver.click("Done");
    driver.click("Next");
    driver.click("Next");
    driver.type_into("Type here", "Sun-Tree-42");
    driver.click("Done");
    driver.click("Next");
    check_pretend_window(
        &driver,
        &["Name", "Password"],
        "Sign in: type the name and the password.",
        "Cancel",
    );
    check(
        &driver,
        &["Sign in: type the name and the password.", "Cancel"],
        "Sign in",
        "Step 5 of 7",
    );
    driver.click("Help");
    driver.click("Help");
    driver.click("Help");
    check_pretend_window(
        &driver,
        &["Alex-Test", "Sun-Tree-42", "Password"],
        "Sign in",
        "Step 5 of 7",
    );
    check(
        &driver,
        &[],
        "Fill in the text you see. Then press the button with the hand.",
        "Step 5 of 7",
    );

    // A shortcut on the pictured keyboard: every key inside the window, above the bottom bar,
    // and the hint beside the keyboard at the top of the ladder.
    for (field, text) in [("name", "Alex-Test"), ("password", "Sun-Tree-42")] {
        let _ = driver.app.update(stepwise::ui::Message::Lesson(
            stepwise::ui::screen::lesson::Message::SimTyped(field.into(), text.into()),
        ));
    }
    driver.click("Sign in");
    driver.click("Next");
    check_lines(&driver, &["Win", "Ctrl", "L", "Q", "P", "M"], 20.0 * 1.3);
    check(
        &driver,
        &[],
        "Do you walk away? Lock the screen with Win and L.",
        "Step 6 of 7",
    );
    let (keys, help) = (bounds(&driver, "AltGr"), bounds(&driver, "Help"));
    assert!(
        keys.y + keys.height <= help.y,
        "the keyboard runs into Help"
    );
    driver.click("Help");
    driver.click("Help");
    driver.click("Help");
    check(
        &driver,
        &[],
        "Press the numbered keys in order.",
        "Step 6 of 7",
    );
    check_lines(&driver, &["Win", "AltGr"], 20.0 * 1.3);
}

#[test]
fn every_learner_screen_fits_1280_by_720_at_200_percent() {
    walk_every_screen(Size::new(1280.0, 720.0), 200);
}

#[test]
fn every_learner_screen_fits_1366_by_768_at_200_percent() {
    walk_every_screen(Size::new(1366.0, 768.0), 200);
}

#[test]
fn every_learner_screen_fits_1280_by_720_at_100_and_150_percent() {
    walk_every_screen(Size::new(1280.0, 720.0), 100);
    walk_every_screen(Size::new(1280.0, 720.0), 150);
}

/// The height of the button around `label`. The containers holding the label come outermost
/// first; the focus ring's two halves and the button each sit 4 px inside the one before, so
/// the innermost step of exactly 8 px is the button.
fn button_height(driver: &Driver, label: &str) -> f32 {
    let centre = bounds(driver, label).center();
    let mut holders: Vec<Rectangle> = Vec::new();
    let mut ui = driver.simulator();
    let _ = ui.find(|candidate: iced_test::selector::Candidate<'_>| {
        if let iced_test::selector::Candidate::Container { bounds, .. } = candidate
            && bounds.contains(centre)
        {
            holders.push(bounds);
        }
        None::<()>
    });
    let button = holders
        .windows(2)
        .filter(|pair| {
            (pair[0].height - pair[1].height - 8.0).abs() < 0.01
                && (pair[0].width - pair[1].width - 8.0).abs() < 0.01
        })
        .map(|pair| pair[1])
        .next_back()
        .unwrap_or_else(|| panic!("no button with a focus ring around \"{label}\": {holders:?}"));
    button.height
}

#[test]
fn text_is_at_least_24_px_and_buttons_at_least_64_px_tall_at_100_percent() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open(dir.path());
    let title = bounds(&driver, "Who are you?");
    assert!(title.height >= 24.0 * 1.2, "title line {title:?}");
    let height = button_height(&driver, "Settings");
    assert!(
        (64.0..200.0).contains(&height),
        "\"Settings\" button is {height} px tall"
    );
    driver.click("I am new");
    driver.enter();
    let body = bounds(&driver, "Pick a picture. It shows who you are.");
    // A 24 px font has a line of about 31 px (line height 1.3).
    assert!(body.height >= 24.0 * 1.3, "body line {body:?}");
    for label in ["Back", "This is me", "More", "Before"] {
        let height = button_height(&driver, label);
        assert!(
            (64.0..200.0).contains(&height),
            "\"{label}\" button is {height} px tall"
        );
    }
}

/// Sign-in with many learners pages under the tiles, and the coach's screens fit too, at 100 %
/// and 200 %.
#[test]
fn many_learners_and_the_coach_screens_fit_at_100_and_200_percent() {
    for text_size in [100, 200] {
        let dir = tempfile::tempdir().unwrap();
        let store = stepwise::domain::store::Store::open(dir.path()).unwrap();
        stepwise::domain::demo::fill(&store, &common::library(), 30, 600, 4).unwrap();
        drop(store);
        let config = Config {
            language: Some("en".into()),
            text_size: Some(text_size),
            coach_pin_hash: Some(stepwise::domain::coach::hash_pin("246810").unwrap()),
            ..Config::default()
        };
        let mut driver = Driver::open_with(dir.path(), &config);
        // With sound: the speaker buttons take their room too.
        driver
            .app
            .set_narrator(stepwise::sound::Narrator::recording());
        check(
            &driver,
            &["Coach", "Before", "More", "Settings"],
            "Who are you?",
            "I am new",
        );
        check(&driver, &["Anna"], "Before", "Settings");
        driver.click("Coach");
        check(
            &driver,
            &["Back", "1", "0", "Erase"],
            "Type the coach PIN.",
            "Open",
        );
        for digit in "246810".chars() {
            driver.click(&digit.to_string());
        }
        driver.click("Open");
        check_coach(
            &driver,
            &["Lock", "Lessons", "Save progress", "Add progress"],
            "✓ Learners",
            "More",
        );
        check_lines(&driver, &["Anna"], 22.0 * 1.3);
        let (more, window) = (bounds(&driver, "More"), driver.size);
        assert!(
            more.y + more.height <= window.height,
            "the paging row is in the window"
        );
        // With a microphone: three buttons under a learner's page.
        driver
            .app
            .set_microphone(stepwise::microphone::Microphone::fake(vec![0.0; 16]));
        driver.click("Anna");
        check_coach(
            &driver,
            &[
                "Anna",
                "Change the name",
                "Record the name",
                "Erase this learner",
            ],
            "Answers per module. Darker: with help. ✓: all lessons done.",
            "Erase this learner",
        );
        driver.click("Lessons");
        check_coach(
            &driver,
            &["Parts of a computer", "Add progress"],
            "✓ Lessons",
            "More",
        );
        // A lesson's page: competences and review status, then its coach notes, page by
        // page; every page fits.
        driver.click("Parts of a computer");
        check_coach(
            &driver,
            &["DigComp 2.2 competences", "5.1 Solving technical problems"],
            "Texts checked",
            "More",
        );
        for heading in [
            "What the learner practises",
            "How to prepare",
            "What often goes wrong, and how to help",
            "Link it to the work",
            "A question to ask after",
        ] {
            if !driver.shows(heading) {
                driver.click("More");
            }
            check_coach(&driver, &["✓ Lessons"], heading, "More");
        }
        // The backups (the app made today's at start): five tabs still fit in one row.
        driver.click("Backups");
        check_coach(
            &driver,
            &["✓ Backups", "Add progress", "Lock"],
            "✓ Backups",
            "Stepwise keeps a copy of this PC's progress each day and before adding progress. Pick one to put it back.",
        );
    }
}

/// The coach area's text grows with the text size up to 140 %: its labels must get a whole
/// line of that size, lie inside the window, and not run into each other.
fn check_coach(driver: &Driver, labels: &[&str], above: &str, below: &str) {
    save_picture(driver, above);
    let line = 22.0 * 1.3 * driver.app.text_scale().min(1.4);
    check_lines(driver, labels, line);
    check_lines(driver, &[above, below], line);
    let (a, b) = (bounds(driver, above), bounds(driver, below));
    assert!(a.y + a.height <= b.y, "\"{above}\" runs into \"{below}\"");
    // A label cut at the window's right edge would still have its full width here: check it.
    for label in labels {
        let bounds = bounds(driver, label);
        assert!(
            bounds.x + bounds.width <= driver.size.width - 8.0,
            "\"{label}\" touches the edge"
        );
    }
}

/// Dutch words are longer: the coach area's five tabs still keep one row and one line each at
/// the largest text.
#[test]
fn the_coach_tabs_keep_one_line_in_dutch_at_200_percent() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        language: Some("nl".into()),
        text_size: Some(200),
        coach_pin_hash: Some(stepwise::domain::coach::hash_pin("246810").unwrap()),
        ..Config::default()
    };
    let mut driver = Driver::open_with(dir.path(), &config);
    driver.click("Coach");
    for digit in "246810".chars() {
        driver.click(&digit.to_string());
    }
    driver.click("Openen");
    driver.click("Kopieën");
    let tabs = ["Lerenden", "Lessen", "Bewaren", "Toevoegen", "✓ Kopieën"];
    check_coach(
        &driver,
        &tabs,
        "✓ Kopieën",
        "Stepwise maakt elke dag een kopie van de voortgang op deze PC. Ook voor voortgang wordt toegevoegd. Kies er een om terug te zetten.",
    );
    let line = 22.0 * 1.3 * 1.4;
    let row = bounds(&driver, "Lerenden").y;
    for tab in tabs {
        let found = bounds(&driver, tab);
        assert!(found.height < 1.5 * line, "\"{tab}\" wraps: {found:?}");
        assert!(
            (found.y - row).abs() < line,
            "\"{tab}\" is not in the first row"
        );
    }
}
