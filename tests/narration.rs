//! Narration: every step is heard when it opens, the speaker says it again, a new step or
//! screen stops the voice, feedback is said over the step; without sound nothing changes but
//! the speakers are gone. And every shipped voice file decodes and speaks its text as it is.

mod common;

use common::Driver;
use iced::keyboard::key::Named;
use stepwise::sound::Narrator;

/// A new learner on the test lessons, with a narrator that writes down what it says.
fn learner_with(dir: &std::path::Path, narrator: Narrator) -> Driver {
    let mut driver = Driver::open(dir);
    driver.app.set_narrator(narrator);
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    driver
}

/// What was said since the last call, as lesson text ids (or "(stop)").
fn said(driver: &Driver, from: &mut usize) -> Vec<String> {
    let heard = driver.app.narrator().heard();
    let new = heard[*from..].to_vec();
    *from = heard.len();
    new
}

#[test]
fn a_step_is_heard_when_it_opens_and_again_from_its_speaker_and_next_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::recording());
    let mut from = driver.app.narrator().heard().len();
    driver.open_lesson("Parts of a computer");
    assert_eq!(
        said(&driver, &mut from),
        vec![
            "(stop)",
            "step-count: step-count--1 1 step-count--2 8 + parts-of-a-computer/intro"
        ],
        "opening the lesson says where the learner is (\"Step 1 of 8\"), then the first step"
    );
    driver.click_id("speaker");
    assert_eq!(said(&driver, &mut from), vec!["parts-of-a-computer/intro"]);
    driver.click("Next");
    assert_eq!(
        said(&driver, &mut from),
        vec!["(stop)", "parts-of-a-computer/the-screen"],
        "Next stops the voice and the new step is said"
    );
    // F1 says it again, wherever the focus is.
    driver.key(Named::F1, false);
    assert_eq!(
        said(&driver, &mut from),
        vec!["parts-of-a-computer/the-screen"]
    );
    for _ in 0..3 {
        driver.click("Next");
    }
    assert_eq!(
        said(&driver, &mut from).last().map(String::as_str),
        Some("parts-of-a-computer/which-is-the-mouse")
    );
    // The keyboard focus resting on a choice says its word (after a pause, in the narrator).
    driver.tab();
    let focused = driver.app.focused().unwrap();
    let heard = said(&driver, &mut from);
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert!(
        heard[0].starts_with("focus:"),
        "{focused} is said on focus: {heard:?}"
    );
    // A wrong answer brings the hint, said at once; the right one its praise.
    driver.click("keyboard");
    assert_eq!(
        said(&driver, &mut from),
        vec!["parts-of-a-computer/which-is-the-mouse-hint"]
    );
    driver.click_id("speaker-band");
    assert_eq!(
        said(&driver, &mut from),
        vec!["parts-of-a-computer/which-is-the-mouse-hint"]
    );
    driver.click("mouse");
    assert_eq!(
        said(&driver, &mut from),
        vec!["parts-of-a-computer/which-is-the-mouse-praise"]
    );
    // Leaving the lesson stops the voice.
    driver.click("Back");
    assert_eq!(said(&driver, &mut from), vec!["(stop)"]);
}

#[test]
fn a_right_answer_by_keyboard_says_the_praise_and_not_the_button_the_focus_moves_to() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::recording());
    driver.open_lesson("Parts of a computer");
    for _ in 0..4 {
        driver.click("Next");
    }
    for _ in 0..8 {
        if driver.app.focused().as_deref() == Some("Choice(\"mouse\")") {
            break;
        }
        driver.tab();
    }
    assert_eq!(driver.app.focused().as_deref(), Some("Choice(\"mouse\")"));
    let mut from = driver.app.narrator().heard().len();
    driver.enter();
    assert_eq!(driver.app.focused().as_deref(), Some("Next"));
    assert_eq!(
        said(&driver, &mut from),
        vec!["parts-of-a-computer/which-is-the-mouse-praise"],
        "the word of Next, said a moment later, would cut the praise off"
    );
}

#[test]
fn on_home_the_focused_module_and_lesson_say_their_titles() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::recording());
    let mut from = driver.app.narrator().heard().len();
    // Tab until the module tile has the focus; each stop says its words after a pause.
    for _ in 0..6 {
        driver.tab();
        if driver.app.focused().as_deref() == Some("Module(0)") {
            break;
        }
    }
    assert_eq!(driver.app.focused().as_deref(), Some("Module(0)"));
    assert_eq!(
        said(&driver, &mut from).last().map(String::as_str),
        Some(
            "focus:module-meet-the-computer + \
             home-done-count: 0 home-done-count--1 5 home-done-count--2"
        ),
        "the module's title, then \"0 of 5 done\""
    );
    // Enter opens the module; the focus lands on its first lesson, which says its title.
    driver.enter();
    assert_eq!(driver.app.focused().as_deref(), Some("Lesson(0)"));
    assert_eq!(
        said(&driver, &mut from),
        vec!["focus:parts-of-a-computer/lesson-title"]
    );
}

#[test]
fn go_on_says_the_lesson_and_the_step_it_goes_on_at() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::recording());
    driver.open_lesson("Parts of a computer");
    driver.click("Next");
    driver.click("Next");
    // Back on the first screen of a lesson goes Home; the place is kept.
    driver.click("Back");
    assert!(driver.shows("Go on: Parts of a computer, step 3"));
    let mut from = driver.app.narrator().heard().len();
    for _ in 0..8 {
        driver.tab();
        if driver.app.focused().as_deref() == Some("GoOn") {
            break;
        }
    }
    assert_eq!(driver.app.focused().as_deref(), Some("GoOn"));
    assert_eq!(
        said(&driver, &mut from).last().map(String::as_str),
        Some("focus:home-go-on: home-go-on--1 parts-of-a-computer/lesson-title home-go-on--2 3"),
        "\"Go on: Parts of a computer, step 3\", in pieces"
    );
}

#[test]
fn a_learner_is_greeted_by_their_own_recorded_name_and_their_tile_says_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::recording());
    let heard = driver.app.narrator().heard();
    assert_eq!(
        heard.last().map(String::as_str),
        Some("home-title: home-title--1"),
        "without a name clip: \"Hello\", and the picture says who it is"
    );
    // A name clip (any sound file will do here) is kept for the learner.
    let store = stepwise::domain::store::Store::open(dir.path()).unwrap();
    let learner = store.learners().unwrap()[0].id;
    let clip = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/sounds/right.ogg"
    ))
    .unwrap();
    store.set_name_clip(learner, &clip).unwrap();
    driver.click("Sign out");
    driver.click("Yes");
    let mut from = driver.app.narrator().heard().len();
    driver.tab();
    driver.key(Named::Tab, true);
    assert_eq!(driver.app.focused().as_deref(), Some("Tile(0)"));
    assert_eq!(
        said(&driver, &mut from).last().map(String::as_str),
        Some("focus:(name)"),
        "the tile says the learner's name in their own voice"
    );
    driver.enter();
    driver.enter();
    assert!(driver.shows("Sign out"), "signed in again");
    assert_eq!(
        said(&driver, &mut from).last().map(String::as_str),
        Some("home-title: home-title--1 (name)")
    );
    // Erasing the learner erases their voice too.
    store.erase_learner(learner).unwrap();
    assert_eq!(store.name_clip(learner).unwrap(), None);
}

#[test]
fn a_slower_voice_is_kept_per_learner_and_used_for_everything_said() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::recording());
    driver.click("Settings");
    driver.click("Slower voice: Off");
    assert!(driver.shows("Slower voice: ✓ On"));
    driver.click("Back");
    let mut from = driver.app.narrator().heard().len();
    driver.open_lesson("Parts of a computer");
    driver.click_id("speaker");
    assert_eq!(
        said(&driver, &mut from).last().map(String::as_str),
        Some("parts-of-a-computer/intro (slower)")
    );
    // Another learner has the usual speed.
    driver.click("Back");
    driver.click("Sign out");
    driver.click("Yes");
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    driver.open_lesson("Parts of a computer");
    driver.click_id("speaker");
    assert_eq!(
        said(&driver, &mut from).last().map(String::as_str),
        Some("parts-of-a-computer/intro")
    );
    assert_eq!(driver.app.narrator().tempo(), 1.0);
}

#[test]
fn a_learner_who_turns_reading_aloud_off_hears_only_what_they_ask_for() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::recording());
    driver.click("Settings");
    driver.click("Read aloud: ✓ On");
    assert!(driver.shows("Read aloud: Off"));
    driver.click("Back");
    let mut from = driver.app.narrator().heard().len();
    driver.open_lesson("Parts of a computer");
    driver.click("Next");
    assert!(
        said(&driver, &mut from).iter().all(|said| said == "(stop)"),
        "no step is read out by itself"
    );
    driver.click_id("speaker");
    assert_eq!(
        said(&driver, &mut from),
        vec!["parts-of-a-computer/the-screen"]
    );
}

#[test]
fn without_a_sound_device_there_are_no_speakers_and_the_lesson_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::silent());
    driver.open_lesson("Parts of a computer");
    assert!(
        !driver
            .app
            .focus_order()
            .iter()
            .any(|t| t.starts_with("Speak")),
        "{:?}",
        driver.app.focus_order()
    );
    let ui_has_speaker = {
        let mut ui = driver.simulator();
        ui.find(iced_test::selector::id("speaker")).is_ok()
    };
    assert!(!ui_has_speaker, "no speaker button without sound");
    driver.click("Next");
    assert!(driver.shows("This is the screen. It shows words and pictures."));
    driver.click("Back");
    driver.click("Settings");
    assert!(
        !driver.shows("Read aloud: ✓ On"),
        "no switch for a voice that cannot be heard"
    );
}

#[test]
fn every_shipped_voice_file_decodes_and_speaks_its_text_as_it_is_now() {
    use stepwise::domain::narration;
    let library = stepwise::domain::lesson::Library::built_in();
    let mut files = 0;
    let mut seconds = 0.0;
    for language in &library.languages {
        for lesson in library.lessons() {
            let voices = lesson
                .narration(*language)
                .unwrap_or_else(|| panic!("{} has no voice files in {language:?}", lesson.id));
            for (id, text) in narration::lesson_texts(lesson, *language) {
                let bytes = voices.voice(&id, &text).unwrap_or_else(|| {
                    panic!(
                        "{}/{id} ({language:?}) cannot be heard as it is now",
                        lesson.id
                    )
                });
                let length = stepwise::sound::decode(bytes)
                    .unwrap_or_else(|error| panic!("{}/{id}: {error}", lesson.id));
                seconds += length.as_secs_f64();
                files += 1;
            }
        }
        for (id, _) in library.spoken_texts(*language) {
            let bytes = library
                .voice(*language, &id)
                .unwrap_or_else(|| panic!("{id} ({language:?}) cannot be heard"));
            stepwise::sound::decode(bytes).unwrap_or_else(|error| panic!("{id}: {error}"));
            files += 1;
        }
        let interface = narration::interface(*language).expect("interface voice files");
        for (id, text) in narration::ui_texts(*language) {
            let bytes = interface
                .voice(&id, &text)
                .unwrap_or_else(|| panic!("interface text {id} ({language:?}) cannot be heard"));
            seconds += stepwise::sound::decode(bytes)
                .unwrap_or_else(|error| panic!("{id}: {error}"))
                .as_secs_f64();
            files += 1;
        }
    }
    assert!(files > 1500, "{files} files");
    eprintln!(
        "{files} voice files, {:.0} minutes of speech",
        seconds / 60.0
    );
}

/// Half a second of quiet, a second of "voice", half a second of quiet (16 kHz).
fn a_spoken_name() -> Vec<f32> {
    let quiet = vec![0.0f32; 8_000];
    let voice: Vec<f32> = (0..16_000).map(|i| (i as f32 * 0.07).sin() * 0.4).collect();
    [quiet.clone(), voice, quiet].concat()
}

#[test]
fn a_new_learner_with_a_microphone_says_their_name_hears_it_back_and_is_greeted_with_it() {
    use stepwise::microphone::Microphone;
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open(dir.path());
    driver.app.set_narrator(Narrator::recording());
    driver.app.set_microphone(Microphone::fake(a_spoken_name()));
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    assert!(driver.shows("Say your name"));
    assert!(driver.shows("Press Record. Say your name. Then press Stop."));
    assert_eq!(
        driver.app.narrator().heard().last().map(String::as_str),
        Some("name-clip-how"),
        "what to do is said, for a learner who does not read"
    );
    // By keyboard: the focus is on Record.
    assert_eq!(driver.app.focused().as_deref(), Some("Record"));
    let mut from = driver.app.narrator().heard().len();
    driver.enter();
    assert!(driver.shows("Stop"), "recording: the same button stops it");
    assert_eq!(
        said(&driver, &mut from),
        vec!["(stop)"],
        "the app falls silent while it records, so its voice is not in the name"
    );
    driver.enter();
    assert_eq!(
        said(&driver, &mut from),
        vec!["(name) + name-clip-kept"],
        "the clip is played back at once, then where it is kept"
    );
    assert!(driver.shows("Your name is kept on this PC only."));
    driver.click("Listen");
    assert_eq!(said(&driver, &mut from), vec!["(name)"]);
    let store = stepwise::domain::store::Store::open(dir.path()).unwrap();
    let learner = store.learners().unwrap()[0].id;
    let clip = store.name_clip(learner).unwrap().expect("the clip is kept");
    assert!(stepwise::sound::decode(&clip).is_ok());
    driver.click("Go on");
    assert!(driver.shows("Sign out"), "signed in at Home");
    assert_eq!(
        said(&driver, &mut from).last().map(String::as_str),
        Some("home-title: home-title--1 (name)")
    );
}

#[test]
fn silence_keeps_no_name_and_the_learner_can_go_on_without_one() {
    use stepwise::microphone::Microphone;
    let dir = tempfile::tempdir().unwrap();
    let mut driver = Driver::open(dir.path());
    driver.app.set_narrator(Narrator::recording());
    driver
        .app
        .set_microphone(Microphone::fake(vec![0.0; 16_000]));
    driver.click("I am new");
    driver.enter();
    driver.click("This is me");
    driver.click("Record");
    driver.click("Stop");
    assert!(driver.shows("Nothing was heard. Try again, or go on."));
    assert!(!driver.shows("Listen"), "nothing to listen to");
    driver.click("Go on");
    assert!(driver.shows("Sign out"));
    let store = stepwise::domain::store::Store::open(dir.path()).unwrap();
    let learner = store.learners().unwrap()[0].id;
    assert_eq!(store.name_clip(learner).unwrap(), None);
}

#[test]
fn after_help_typing_practice_says_the_next_key_but_never_a_password_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::recording());
    driver.open_lesson("Use the keyboard");
    while !driver.shows("Type the word: Sun") {
        driver.click("Next");
    }
    let mut from = driver.app.narrator().heard().len();
    driver.type_in_field("type-field", 0, "S", false);
    let heard = said(&driver, &mut from);
    assert!(
        heard.iter().all(|s| !s.starts_with("key:")),
        "before any help, typing is quiet: {heard:?}"
    );
    // A wrong word brings the hint, then the first key: a capital as "capital" and its
    // letter. (This test lesson has no voice files of its own: its hint shows, unheard.)
    driver.type_in_field("type-field", 1, "sun", true);
    assert!(driver.shows("Hold Shift for the big S."));
    assert_eq!(said(&driver, &mut from), vec!["key-capital letter-s"]);
    driver.type_in_field("type-field", 0, "S", false);
    assert_eq!(said(&driver, &mut from), vec!["key:letter-u"]);
    driver.type_in_field("type-field", 0, "u", false);
    assert_eq!(said(&driver, &mut from), vec!["key:letter-n"]);
    driver.type_in_field("type-field", 0, "n", true);
    assert!(driver.shows("Yes! You typed Sun."));
    assert_eq!(
        said(&driver, &mut from),
        Vec::<String>::new(),
        "all typed: no key"
    );
    // The practice password: help shows it, but its keys are never said aloud.
    while !driver.shows("Type: Sun-Tree-42") {
        driver.click("Next");
    }
    driver.type_in_field("type-field", 0, "wrong", true);
    driver.type_in_field("type-field", 5, "Sun", false);
    let heard = said(&driver, &mut from);
    assert!(
        heard
            .iter()
            .all(|s| !["key-", "letter-", "number-"].iter().any(|k| s.contains(k))),
        "no key of a password is said, alone or after a hint: {heard:?}"
    );
}

#[test]
fn resting_the_pointer_on_a_choice_or_tile_says_its_words_once_it_is_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let mut driver = learner_with(dir.path(), Narrator::recording());
    let mut from = driver.app.narrator().heard().len();
    driver.hover("Meet the computer");
    assert_eq!(
        said(&driver, &mut from),
        vec![
            "hover:module-meet-the-computer + \
             home-done-count: 0 home-done-count--1 5 home-done-count--2"
        ]
    );
    driver.click("Meet the computer");
    driver.hover("Parts of a computer");
    assert_eq!(
        said(&driver, &mut from).last().map(String::as_str),
        Some("hover:parts-of-a-computer/lesson-title")
    );
    driver.click("Parts of a computer");
    while !driver.shows("keyboard") {
        driver.click("Next");
    }
    from = driver.app.narrator().heard().len();
    driver.hover("keyboard");
    let heard = said(&driver, &mut from);
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert!(
        heard[0].starts_with("hover:parts-of-a-computer/"),
        "{heard:?}"
    );
    // Read aloud off: resting the pointer says nothing.
    driver.click("Back");
    driver.click("Settings");
    driver.click("Read aloud: ✓ On");
    driver.click("Back");
    from = driver.app.narrator().heard().len();
    driver.hover("Meet the computer");
    assert_eq!(said(&driver, &mut from), Vec::<String>::new());
    // At sign-in (the workstation reads aloud): "I am new" says its words.
    driver.click("Sign out");
    driver.click("Yes");
    from = driver.app.narrator().heard().len();
    driver.hover("I am new");
    assert_eq!(said(&driver, &mut from), vec!["hover:signin-new"]);
}
