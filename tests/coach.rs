//! The coach's half: the PIN door, the learners overview, and progress travelling between
//! workstations through a shared folder, driven through the real app.

mod common;

use common::Driver;
use iced::keyboard::Modifiers;
use stepwise::domain::config::Config;
use stepwise::domain::exchange;
use stepwise::domain::store::Store;
use stepwise::ui::app::Current;

const PIN: &str = "246810";

fn config(shared: &std::path::Path, pin: bool) -> Config {
    Config {
        language: Some("en".into()),
        workstation_name: Some("PC 1".into()),
        exchange_dir: Some(shared.to_path_buf()),
        coach_pin_hash: pin.then(|| stepwise::domain::coach::hash_pin(PIN).unwrap()),
        ..Config::default()
    }
}

/// A workstation without a shared folder, where USB sticks appear as folders in `media`.
fn usb_config(media: &std::path::Path) -> Config {
    Config {
        exchange_dir: None,
        media_dir: Some(media.to_path_buf()),
        ..config(media, true)
    }
}

/// A workstation on `data` with USB sticks under `media`, opened in the coach area.
fn coach_area(data: &std::path::Path, media: &std::path::Path) -> Driver {
    let mut driver = Driver::open_with(data, &usb_config(media));
    driver.click("Coach");
    type_pin(&mut driver, PIN);
    assert!(matches!(driver.app.current(), Current::Coach(_)));
    driver
}

fn type_pin(driver: &mut Driver, pin: &str) {
    for digit in pin.chars() {
        driver.letter(&digit.to_string(), Modifiers::empty());
    }
    driver.enter();
}

/// A workstation where one learner answered a few steps (made-up demo data).
fn workstation(dir: &std::path::Path, seed: u64) {
    let store = Store::open(dir).unwrap();
    stepwise::domain::demo::fill(&store, &common::library(), 2, 40, seed).unwrap();
}

#[test]
fn without_a_pin_the_coach_area_stays_locked() {
    let temp = tempfile::tempdir().unwrap();
    let mut driver = Driver::open_with(&temp.path().join("data"), &config(temp.path(), false));
    driver.click("Coach");
    assert!(driver.shows(
        "The coach area is locked on this PC. The person who installed Stepwise can give it a PIN."
    ));
    assert_eq!(driver.app.focus_order(), vec!["Back"]);
    type_pin(&mut driver, PIN);
    assert!(
        matches!(driver.app.current(), Current::CoachPin(_)),
        "typing opens nothing"
    );
    driver.click("Back");
    assert!(driver.shows("Who are you?"));
}

#[test]
fn wrong_pins_bring_a_wait_and_the_right_one_opens_the_learners() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let mut driver = Driver::open_with(&data, &config(temp.path(), true));
    driver.click("Coach");
    assert!(driver.shows("Type the coach PIN."));
    // The keypad with the mouse: one wrong PIN.
    for digit in ["1", "1", "1", "1", "1", "1"] {
        driver.click(digit);
    }
    assert!(driver.shows("●●●●●●"), "dots, never the digits");
    driver.click("Open");
    assert!(driver.shows("That PIN is not right. Try again."));
    type_pin(&mut driver, "222222");
    type_pin(&mut driver, "333333");
    assert!(driver.shows("Wait 5 seconds, then try again."));
    // Typing takes a calm learner's second per key, so the next wrong PIN comes after the
    // wait, and brings a longer one.
    type_pin(&mut driver, "444444");
    assert!(driver.shows("Wait 10 seconds, then try again."));
    // Within the wait even the right PIN is not checked.
    type_pin(&mut driver, PIN);
    assert!(matches!(driver.app.current(), Current::CoachPin(_)));
    assert!(driver.shows("Wait 3 seconds, then try again."));
    driver.clock.advance(std::time::Duration::from_secs(4));
    type_pin(&mut driver, PIN);
    assert!(matches!(driver.app.current(), Current::Coach(_)));
    assert!(driver.shows("Anna") && driver.shows("Bram"));
    let store = Store::open(&data).unwrap();
    let overview = stepwise::domain::overview::learners(&store, &common::library()).unwrap();
    let anna = &overview[0];
    assert!(driver.shows(&format!(
        "{} answers, {} % with help",
        anna.answers,
        anna.help_percent()
    )));
    assert!(driver.shows(&format!(
        "{} of {} lessons done",
        anna.lessons_done, anna.lessons_total
    )));
    // Lessons: who started and finished each, and its hardest steps.
    driver.click("Lessons");
    let lessons = stepwise::domain::overview::lessons(&store, &common::library()).unwrap();
    assert!(driver.shows("Parts of a computer"));
    assert!(driver.shows(&format!(
        "Started by {}, finished by {} learners",
        lessons[0].started_by, lessons[0].finished_by
    )));
    assert!(
        lessons[0].started_by == 2,
        "both made-up learners began with it"
    );
    // Lock goes back to sign-in, and the coach area needs the PIN again.
    driver.click("Lock");
    assert!(driver.shows("Who are you?"));
    driver.click("Coach");
    assert!(driver.shows("Type the coach PIN."));
}

/// Two workstations save their progress on a USB stick; the coach adds all of it (twice) and
/// brings the merged file back on the stick: all three agree.
#[test]
fn progress_travels_on_a_usb_stick_and_all_agree() {
    let temp = tempfile::tempdir().unwrap();
    let media = temp.path().join("media");
    let shared = media.join("STICK");
    std::fs::create_dir_all(&shared).unwrap();
    let dirs: Vec<_> = ["pc1", "pc2", "coach"]
        .iter()
        .map(|name| temp.path().join(name))
        .collect();
    workstation(&dirs[0], 1);
    workstation(&dirs[1], 2);
    let open_coach = |dir: &std::path::Path| coach_area(dir, &media);
    for dir in &dirs[..2] {
        let mut driver = open_coach(dir);
        driver.click("Save progress");
        assert!(
            driver.shows(
                "Progress files are not locked: this PC has no organisation key. Anyone who finds the USB stick can read names and answers."
            ),
            "the coach is told plainly, before saving"
        );
        driver.click("Save to the USB stick STICK");
        let workstation = Store::open(dir).unwrap().workstation();
        let file = shared.join(exchange::default_file_name("PC 1", workstation));
        assert!(driver.shows(&format!(
            "Saved 2 learners and 40 answers to {}.",
            file.display()
        )));
        assert!(file.is_file());
    }
    let files = exchange::places::progress_files(&exchange::places::places(None, Some(&media)));
    assert_eq!(files.len(), 2, "{files:?}");

    let mut coach = open_coach(&dirs[2]);
    coach.click("Add progress");
    coach.click("Add all 2 files");
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy();
        assert!(
            coach.shows(&format!("{name} (from PC 1):")),
            "a report for {name}"
        );
    }
    // Both workstations had made-up learners called Anna and Bram: four people.
    let store = Store::open(&dirs[2]).unwrap();
    let overview = stepwise::domain::overview::learners(&store, &common::library()).unwrap();
    drop(store);
    for learner in &overview {
        assert!(coach.shows(&format!(
            "{} (new here): {} new answers",
            learner.learner.display_name, learner.answers
        )));
    }
    coach.click("✓ Add progress");
    coach.click("Add all 2 files");
    assert!(coach.shows(&format!(
        "{}: 0 new answers, {} already here",
        overview[0].learner.display_name, overview[0].answers
    )));
    let store = Store::open(&dirs[2]).unwrap();
    assert_eq!(
        exchange::canonical(&store)
            .unwrap()
            .iter()
            .filter(|line| line.starts_with("Text(\"attempt\")"))
            .count(),
        80,
        "every answer once, after adding the files twice"
    );
    drop(store);
    // The coach saves the merged progress; both workstations add it.
    coach.click("Save progress");
    coach.click("Save to the USB stick STICK");
    for dir in &dirs[..2] {
        let mut driver = open_coach(dir);
        driver.click("Add progress");
        driver.click("Add all 3 files");
    }
    let merged: Vec<_> = dirs
        .iter()
        .map(|dir| exchange::canonical(&Store::open(dir).unwrap()).unwrap())
        .collect();
    assert_eq!(merged[0], merged[2]);
    assert_eq!(merged[1], merged[2]);
    assert_eq!(
        merged[2]
            .iter()
            .filter(|l| l.starts_with("Text(\"learner\")"))
            .count(),
        4
    );
}

/// With a shared folder, a learner who starts a lesson on PC 1 goes on where they left it on
/// PC 2, and PC 1 sees the lesson finished on PC 2: no coach, no USB stick.
#[test]
fn a_learner_moves_between_workstations_through_the_shared_folder() {
    let temp = tempfile::tempdir().unwrap();
    let shared = temp.path().join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    let on = |pc: &str| {
        let mut config = config(&shared, false);
        config.workstation_name = Some(pc.into());
        Driver::open_with(&temp.path().join(pc), &config)
    };
    let mut pc1 = on("pc1");
    pc1.click("I am new");
    pc1.enter();
    pc1.type_into("First name", "Anna");
    pc1.click("This is me");
    pc1.click("Start: Parts of a computer");
    pc1.click("Next");
    pc1.click("Next");
    pc1.click("Back");
    drop(pc1);

    // Tuesday, PC 2: Anna is on the sign-in screen and goes on at step 3.
    let mut pc2 = on("pc2");
    pc2.click("Anna");
    pc2.click("Yes");
    assert!(pc2.shows("Go on: Parts of a computer, step 3"));
    pc2.click("Go on: Parts of a computer, step 3");
    // Each picking step: the right picture (mouse, screen, keyboard, in that order).
    let mut right = ["mouse", "screen", "keyboard"].into_iter();
    while !pc2.shows("You finished the lesson.") {
        if !pc2.shows("Next") {
            pc2.click(right.next().expect("three questions"));
        }
        pc2.click("Next");
    }
    pc2.click("Home");
    drop(pc2);

    // Back on PC 1 the lesson is done there too.
    let mut pc1 = on("pc1");
    pc1.click("Anna");
    pc1.click("Yes");
    assert!(
        pc1.shows("Start: Switch on and off"),
        "the next lesson, not the finished one"
    );
}

/// The coach opens a learner's page and erases them (asked first, "keep" is the default); the
/// erasure travels in the next progress file.
#[test]
fn the_coach_opens_a_learner_and_erases_them() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let mut driver = coach_area(&data, &temp.path().join("media"));
    driver.click("Anna");
    assert!(driver.shows("Answers per module. Darker: with help. ✓: all lessons done."));
    driver.click("Erase this learner");
    assert!(driver.shows("Erase Anna and all of their answers? On other PCs too, once they get this PC's progress. This cannot be undone."));
    assert_eq!(driver.app.focused().as_deref(), Some("EraseNo"));
    driver.enter();
    assert!(driver.shows("Erase this learner"), "No keeps her");
    driver.click("Erase this learner");
    driver.click("Yes, erase");
    assert!(!driver.shows("Anna") && driver.shows("Bram"));
    let store = Store::open(&data).unwrap();
    assert_eq!(store.learners().unwrap().len(), 1);
    let left = exchange::canonical(&store).unwrap();
    assert!(
        left.iter()
            .any(|line| line.starts_with("Text(\"tombstone\")"))
    );
    drop(store);
    // Signing in: Anna's tile is gone.
    driver.click("Lock");
    assert!(!driver.shows("Anna"));
    // The coach log says what was done, by whom and when, naming Anna by her id only.
    let log = Store::open(&data).unwrap().coach_log().unwrap();
    let actions: Vec<(&str, &str)> = log
        .iter()
        .map(|entry| (entry.action.as_str(), entry.detail.as_str()))
        .collect();
    let anna = actions
        .iter()
        .find(|(action, _)| *action == "learner erased")
        .map(|(_, detail)| detail.to_string())
        .expect("the erasure is in the coach log");
    assert!(uuid::Uuid::parse_str(&anna).is_ok(), "{anna}");
    assert_eq!(actions.first().map(|a| a.0), Some("coach area opened"));
    assert_eq!(actions.last().map(|a| a.0), Some("coach area locked"));
    assert!(
        log.iter()
            .all(|entry| entry.who == "coach (PIN)" && !format!("{entry:?}").contains("Anna"))
    );
}

/// A wrong PIN is in the coach log too (someone tried), with when.
#[test]
fn a_wrong_pin_is_in_the_coach_log() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let mut driver = Driver::open_with(&data, &usb_config(&temp.path().join("media")));
    driver.click("Coach");
    type_pin(&mut driver, "111111");
    assert!(!matches!(driver.app.current(), Current::Coach(_)));
    let log = Store::open(&data).unwrap().coach_log().unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].action, "wrong coach PIN");
    // No OS user in the window: the account may be a learner's own, named after them.
    assert_eq!(log[0].who, "PIN screen");
}

#[test]
fn the_coach_corrects_a_learner_s_name() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let mut driver = coach_area(&data, &temp.path().join("media"));
    driver.click("Bram");
    driver.click("Change the name");
    // Cancel changes nothing.
    driver.click("Cancel");
    assert!(driver.shows("Bram"));
    driver.click("Change the name");
    assert_eq!(driver.app.focused().as_deref(), Some("NameField"));
    driver.type_in_field("coach-name", 0, " V.", true);
    assert!(driver.shows("Bram V."));
    let store = Store::open(&data).unwrap();
    assert!(
        store
            .learners()
            .unwrap()
            .iter()
            .any(|l| l.display_name == "Bram V.")
    );
}

#[test]
fn a_report_goes_beside_the_saved_progress() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let media = temp.path().join("media");
    std::fs::create_dir_all(media.join("STICK")).unwrap();
    let mut driver = coach_area(&data, &media);
    driver.click("Save progress");
    assert!(!driver.shows("A report (to print, and spreadsheets)"));
    driver.click("Save to the USB stick STICK");
    assert_eq!(driver.app.focused().as_deref(), Some("SaveReport"));
    driver.enter();
    // What it covers: everything, with names, unless the coach chooses; Save it has the focus.
    assert!(driver.shows("All the time") && driver.shows("With names"));
    assert_eq!(driver.app.focused().as_deref(), Some("SaveReportNow"));
    driver.enter();
    let names: Vec<String> = std::fs::read_dir(media.join("STICK"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for ending in [".stepwise", ".html", "-learners.csv", "-answers.csv"] {
        assert!(
            names.iter().any(|name| name.ends_with(ending)),
            "{ending} in {names:?}"
        );
    }
    let html = names.iter().find(|name| name.ends_with(".html")).unwrap();
    assert!(driver.shows(&format!(
        "The report is saved: {} (and three spreadsheet files beside it). It holds personal data.",
        media.join("STICK").join(html).display()
    )));
}

/// The coach puts a backup back from the coach area, after a question whose safe answer comes
/// first; what was there is kept as a backup of its own, and a learner erased since the
/// backup stays erased.
#[test]
fn the_coach_puts_a_backup_back_after_confirming() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    {
        let store = Store::open(&data).unwrap();
        store
            .backup(stepwise::domain::store::backup::Kind::Daily, 7)
            .unwrap();
        let bram = store
            .learners()
            .unwrap()
            .into_iter()
            .find(|learner| learner.display_name == "Bram")
            .unwrap();
        store.erase_learner(bram.id).unwrap();
        let picture = stepwise::domain::avatar::free_pictures(&Default::default())[5].clone();
        store.add_learner("Chloé", &picture).unwrap();
    }
    let mut driver = coach_area(&data, &temp.path().join("media"));
    assert!(!driver.shows("Bram") && driver.shows("Chloé"));
    driver.click("Backups");
    assert!(driver.shows(
        "Stepwise keeps a copy of this PC's progress each day and before adding progress. Pick one to put it back."
    ));
    driver.tab();
    assert_eq!(driver.app.focused().as_deref(), Some("Backup(0)"));
    driver.enter();
    assert_eq!(
        driver.app.focused().as_deref(),
        Some("RestoreNo"),
        "the safe answer first"
    );
    driver.enter();
    assert_eq!(
        driver.app.focused().as_deref(),
        Some("Backup(0)"),
        "No changes nothing"
    );
    driver.enter();
    driver.tab();
    assert_eq!(driver.app.focused().as_deref(), Some("RestoreYes"));
    driver.enter();
    let before_restore = stepwise::domain::store::backup::list(&data)
        .into_iter()
        .filter(|backup| {
            stepwise::domain::store::backup::Kind::of(&backup.path)
                == Some(stepwise::domain::store::backup::Kind::BeforeRestore)
        })
        .count();
    assert_eq!(before_restore, 1, "what was here is kept");
    driver.click("Learners");
    assert!(driver.shows("Anna"));
    assert!(
        !driver.shows("Chloé"),
        "the backup is from before Chloé came"
    );
    assert!(!driver.shows("Bram"), "an erased learner stays erased");
}

/// The coach records a learner's name later, on their page (a PC with a microphone): the clip
/// is kept for that learner; silence keeps nothing and says why.
#[test]
fn the_coach_records_a_learner_s_name_on_their_page() {
    use stepwise::microphone::Microphone;
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let mut driver = coach_area(&data, &temp.path().join("media"));
    driver
        .app
        .set_microphone(Microphone::fake(vec![0.0; 8_000]));
    driver.click("Anna");
    driver.click("Record the name");
    assert!(driver.shows("Let the learner say their name, then press Stop and keep."));
    driver.click("Stop and keep");
    assert!(driver.shows("Nothing was heard: check the microphone and try again."));
    driver.app.set_microphone(Microphone::fake(
        [vec![0.0; 4_000], vec![0.3; 8_000]].concat(),
    ));
    driver.click("Record the name");
    driver.click("Stop and keep");
    assert!(driver.shows("The name is kept on this PC only. Stepwise says it at sign-in."));
    let store = Store::open(&data).unwrap();
    let anna = store
        .learners()
        .unwrap()
        .into_iter()
        .find(|learner| learner.display_name == "Anna")
        .unwrap();
    assert!(store.name_clip(anna.id).unwrap().is_some());
}

/// "Remove from the USB stick after adding" is the coach's choice: off, files stay on the
/// stick; on, each file read whole is removed from it (and the report says so), so a stick
/// that is lost afterwards holds nothing.
#[test]
fn files_added_from_a_usb_stick_are_removed_from_it_only_when_the_coach_chooses() {
    let temp = tempfile::tempdir().unwrap();
    let media = temp.path().join("media");
    let stick = media.join("STICK");
    std::fs::create_dir_all(&stick).unwrap();
    let pc = temp.path().join("pc");
    workstation(&pc, 1);
    let first = stick.join("first.stepwise");
    exchange::export(&Store::open(&pc).unwrap(), &first, "PC 2", None, None).unwrap();

    let mut coach = coach_area(&temp.path().join("coach"), &media);
    coach.click("Add progress");
    assert!(coach.shows("After adding, keep the files on the USB stick. Press to remove them."));
    coach.click("Add all 1 files");
    assert!(
        first.exists(),
        "kept: the coach did not choose to remove it"
    );
    assert!(!coach.shows("Removed from the USB stick."));

    let second = stick.join("second.stepwise");
    exchange::export(&Store::open(&pc).unwrap(), &second, "PC 2", None, None).unwrap();
    std::fs::remove_file(&first).unwrap();
    // The tab again (it shows as chosen) lists the files anew.
    coach.click("✓ Add progress");
    coach.click("After adding, keep the files on the USB stick. Press to remove them.");
    assert!(
        coach.shows("✓ After adding, remove the files from the USB stick. Press to keep them.")
    );
    coach.click("Add all 1 files");
    assert!(coach.shows("Removed from the USB stick."));
    assert!(!second.exists(), "removed after it was read whole");
    assert_eq!(
        Store::open(&temp.path().join("coach"))
            .unwrap()
            .learners()
            .unwrap()
            .len(),
        2
    );
}

/// A learner who left the organisation: no tile at sign-in, "Left on …" for the coach, and
/// once the retention period (12 months unless set) is over, a reminder to erase them.
#[test]
fn a_learner_who_left_is_hidden_at_sign_in_and_the_coach_is_reminded_to_erase() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let media = temp.path().join("media");
    let mut driver = coach_area(&data, &media);
    driver.click("Bram");
    driver.click("Has left");
    assert!(driver.shows("Is back"));
    driver.click("Lock");
    assert!(
        driver.shows("Anna") && !driver.shows("Bram"),
        "no tile for who left"
    );
    drop(driver);

    // Thirteen months later.
    let store = Store::open(&data).unwrap();
    let bram = store
        .learners()
        .unwrap()
        .into_iter()
        .find(|l| l.display_name == "Bram")
        .unwrap()
        .id;
    let then = stepwise::domain::store::now_ms() - 13 * 30 * 86_400_000;
    store
        .set_setting(bram, stepwise::domain::store::LEFT_AT, &then.to_string())
        .unwrap();
    drop(store);
    let mut driver = coach_area(&data, &media);
    assert!(driver.shows("Left over 12 months ago. Time to erase?"));
    // Back at work: the tile comes back, and so does the usual line.
    driver.click("Bram");
    driver.click("Is back");
    driver.click("Lock");
    assert!(driver.shows("Bram"));
    let log = Store::open(&data).unwrap().coach_log().unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert!(actions.contains(&"learner left") && actions.contains(&"learner back"));
}

/// The coach gives a learner another picture (one they recognise better): only free pictures
/// are offered; the sign-in tile shows the new one; "Keep the picture" changes nothing.
#[test]
fn the_coach_gives_a_learner_another_picture() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let before = Store::open(&data).unwrap().learners().unwrap();
    let mut driver = coach_area(&data, &temp.path().join("media"));
    driver.click("Anna");
    driver.click("Another picture");
    assert!(driver.shows("Pick a new picture for Anna. Nobody else here has these."));
    driver.click("Keep the picture");
    assert_eq!(Store::open(&data).unwrap().learners().unwrap(), before);
    driver.click("Another picture");
    // The first free picture is focused; Enter takes it.
    assert_eq!(driver.app.focused().as_deref(), Some("NewPicture(0)"));
    driver.enter();
    assert!(driver.shows("Another picture"), "back on her page");
    let after = Store::open(&data).unwrap().learners().unwrap();
    let anna = |learners: &[stepwise::domain::store::Learner]| {
        learners
            .iter()
            .find(|l| l.display_name == "Anna")
            .unwrap()
            .picture
            .clone()
    };
    assert_ne!(anna(&after), anna(&before));
    assert!(
        before.iter().all(|other| other.picture != anna(&after)),
        "a picture nobody had"
    );
}

/// The coach saves the roster beside the progress on a USB stick; a new workstation that adds
/// it knows every learner by the same id, with their picture, and none of their answers.
#[test]
fn the_roster_brings_every_learner_with_the_same_id_and_no_answers() {
    let temp = tempfile::tempdir().unwrap();
    let media = temp.path().join("media");
    let stick = media.join("STICK");
    std::fs::create_dir_all(&stick).unwrap();
    let data = temp.path().join("coach");
    // Enough answers that the made-up learners finished a module or more.
    stepwise::domain::demo::fill(&Store::open(&data).unwrap(), &common::library(), 2, 3000, 4)
        .unwrap();
    let mut driver = coach_area(&data, &media);
    driver.click("Save progress");
    driver.click("Save to the USB stick STICK");
    driver.click("The roster");
    let roster = stick.join(exchange::roster_file_name());
    assert!(driver.shows(&format!(
        "The roster is saved: {}. Add it on each workstation.",
        roster.display()
    )));
    // Certificates too, with their register, beside it.
    driver.click("Certificates");
    let given = stepwise::domain::certificate::register(&Store::open(&data).unwrap())
        .unwrap()
        .len();
    assert!(given > 0, "a module was finished");
    let certificates = stick.join(format!(
        "stepwise-certificates-{}.html",
        chrono::Local::now().format("%Y-%m-%d")
    ));
    assert!(driver.shows(&format!(
        "{given} certificates and their register are saved: {}. They hold personal data.",
        certificates.display()
    )));
    assert!(
        std::fs::read_to_string(&certificates)
            .unwrap()
            .contains("Register of certificates")
    );
    let mut new_pc = Store::open(&temp.path().join("new-pc")).unwrap();
    let report = exchange::import(&mut new_pc, &roster, None).unwrap();
    assert_eq!(report.header.as_ref().unwrap().scope, "roster");
    assert_eq!(report.new_attempts(), 0);
    let sorted = |mut learners: Vec<stepwise::domain::store::Learner>| {
        learners.sort_by_key(|learner| learner.id);
        learners
    };
    let coach_learners = sorted(Store::open(&data).unwrap().learners().unwrap());
    assert_eq!(sorted(new_pc.learners().unwrap()), coach_learners);
    assert!(coach_learners.len() >= 2);
}

/// One person signed up twice: the coach joins the two profiles from a learner's page (the
/// safe first answer keeps the page's picture), sees the join listed there and undoes it;
/// then moves a session done under the wrong profile to the right one.
#[test]
fn the_coach_joins_two_profiles_of_one_person_undoes_it_and_moves_a_session() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let answers = |name: &str| {
        let store = Store::open(&data).unwrap();
        let learner = store
            .learners_with_joined()
            .unwrap()
            .into_iter()
            .find(|l| l.display_name == name)
            .unwrap();
        let lines = exchange::canonical(&store).unwrap();
        let id = format!("Text(\"{}\")", learner.id);
        // An attempt line: kind, id, whose it is now, who gave it, …
        lines
            .iter()
            .filter(|l| l.starts_with("Text(\"attempt\")") && l.split('|').nth(2) == Some(&id))
            .count()
    };
    let (anna, bram) = (answers("Anna"), answers("Bram"));
    assert!(anna > 0 && bram > 0);
    let mut driver = coach_area(&data, &temp.path().join("media"));
    driver.click("Anna");
    driver.click("Same person as…");
    assert!(driver.shows("Anna is the same person as who? Choose their other picture."));
    driver.click("Bram");
    assert!(
        driver
            .shows("Anna and Bram are one person. Their answers go together. Which picture stays?")
    );
    assert_eq!(driver.app.focused().as_deref(), Some("KeepThis"));
    driver.enter();
    let today = stepwise::domain::local_day(stepwise::domain::store::now_ms());
    assert!(driver.shows(&format!("Also signed up as Bram. Joined on {today}.")));
    assert_eq!((answers("Anna"), answers("Bram")), (anna + bram, 0));
    let store = Store::open(&data).unwrap();
    assert_eq!(store.learners().unwrap().len(), 1, "one tile at sign-in");
    drop(store);

    driver.click("Undo");
    assert!(!driver.shows(&format!("Also signed up as Bram. Joined on {today}.")));
    assert_eq!((answers("Anna"), answers("Bram")), (anna, bram));

    // The newest session of Anna's was Bram's.
    driver.click("Sessions");
    assert!(driver.shows("Sessions of Anna: one lesson on one day."));
    let newest = Store::open(&data)
        .unwrap()
        .sessions(Store::open(&data).unwrap().learners().unwrap()[0].id);
    let newest = newest.unwrap().remove(0);
    let moved = newest.answers as usize;
    let said = format!(
        "Moved to Bram: \"{}\" of {}.",
        common::library()
            .lesson(&newest.lesson)
            .unwrap()
            .title(stepwise::domain::i18n::Language::En),
        newest.day
    );
    driver.click("Move…");
    driver.click("Bram");
    assert_eq!(
        driver.app.focused().as_deref(),
        Some("PickNo"),
        "the safe answer first"
    );
    driver.click("Yes, move it");
    assert!(driver.shows("Sessions of Anna: one lesson on one day."));
    assert_eq!(
        (answers("Anna"), answers("Bram")),
        (anna - moved, bram + moved)
    );
    // The move is listed above the sessions, with Undo.
    assert_eq!(driver.app.focused().as_deref(), Some("UndoMove"));
    assert!(driver.shows(&said), "{said}");
    driver.enter();
    assert_eq!((answers("Anna"), answers("Bram")), (anna, bram));
    assert!(!driver.shows(&said));
    let log = Store::open(&data).unwrap().coach_log().unwrap();
    let actions: Vec<&str> = log.iter().map(|entry| entry.action.as_str()).collect();
    for action in [
        "learners joined",
        "join undone",
        "session moved",
        "session move undone",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

/// A named coach opens the coach area with their own PIN: the title and the coach log say who.
/// Once withdrawn, their PIN is a wrong PIN; without any PIN in the config an account alone
/// opens the door.
#[test]
fn a_named_coach_opens_with_their_own_pin_until_withdrawn() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let store = Store::open(&data).unwrap();
    let maria = stepwise::domain::coach::add_account(&store, "Maria", "975310", None).unwrap();
    drop(store);
    let no_pin = Config {
        coach_pin_hash: None,
        ..usb_config(&temp.path().join("media"))
    };
    let mut driver = Driver::open_with(&data, &no_pin);
    driver.click("Coach");
    type_pin(&mut driver, "975310");
    assert!(matches!(driver.app.current(), Current::Coach(_)));
    assert!(driver.shows("Coach: Maria"));
    driver.click("Lock");
    let log = Store::open(&data).unwrap().coach_log().unwrap();
    assert!(
        log.iter().all(|entry| entry.who == "Maria (coach)"),
        "{log:?}"
    );
    assert_eq!(log.len(), 2, "opened and locked");
    drop(driver);

    Store::open(&data)
        .unwrap()
        .change_coach_account(maria.id, None, Some(true))
        .unwrap();
    let mut driver = Driver::open_with(&data, &no_pin);
    driver.click("Coach");
    assert!(driver.shows(
        "The coach area is locked on this PC. The person who installed Stepwise can give it a PIN."
    ));
}

/// "What Stepwise keeps about you" on screen: the coach opens it from the learner's page; it
/// is heard at once, each line again when pressed, and it shows the learner's own numbers.
#[test]
fn what_stepwise_keeps_is_shown_and_heard_line_by_line() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let mut driver = coach_area(&data, &temp.path().join("media"));
    driver
        .app
        .set_narrator(stepwise::sound::Narrator::recording());
    driver.click("Anna");
    driver.click("What we keep");
    let heard = driver.app.narrator().heard();
    assert!(
        heard
            .iter()
            .any(|said| said.contains("keeps-title") && said.contains("keeps-intro")),
        "{heard:?}"
    );
    assert!(driver.shows("What Stepwise keeps about you"));
    assert!(driver.shows("Your name and your picture: Anna."));
    let store = Store::open(&data).unwrap();
    let anna = store.learners().unwrap()[0].id;
    let keeps = stepwise::domain::keeps::Keeps::of(&store, anna)
        .unwrap()
        .unwrap();
    drop(store);
    let answers = format!(
        "Your answers: {} answers in {} lessons.",
        keeps.answers, keeps.lessons
    );
    assert!(keeps.answers > 0 && driver.shows(&answers), "{answers}");
    let before = driver.app.narrator().heard().len();
    driver.click(&answers);
    let heard = driver.app.narrator().heard()[before..].join(" ");
    assert!(
        heard.contains("keeps-answers") && heard.contains(&keeps.answers.to_string()),
        "{heard}"
    );
    // The last page says what the learner may ask.
    driver.click("More");
    driver.click("More");
    assert!(driver.shows(
        "Ask your coach if you want to see it all. You can also ask to change or erase it."
    ));
    driver.click("Back");
    assert!(driver.shows("What we keep"), "back on the learner's page");
    let log = Store::open(&data).unwrap().coach_log().unwrap();
    assert!(log.iter().any(|entry| entry.action == "what we keep shown"));
}

/// The coach chooses what the report covers: the last quarter, without names. The files hold
/// ids, never a name, and the screen says so.
#[test]
fn the_coach_saves_a_report_without_names_for_a_period() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    workstation(&data, 3);
    let media = temp.path().join("media");
    std::fs::create_dir_all(media.join("STICK")).unwrap();
    let mut driver = coach_area(&data, &media);
    driver.click("Save progress");
    driver.click("Save to the USB stick STICK");
    driver.click("A report (to print, and spreadsheets)");
    driver.click("With names");
    assert!(driver.shows("Without names (ids only)"));
    driver.click("All the time");
    assert!(driver.shows("This quarter"));
    driver.click("All PCs");
    assert!(driver.shows("Only PC 1"));
    driver.click("Save it");
    let names: Vec<std::path::PathBuf> = std::fs::read_dir(media.join("STICK"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_none_or(|ext| ext != "stepwise"))
        .collect();
    assert_eq!(names.len(), 4, "{names:?}");
    for file in &names {
        let text = std::fs::read_to_string(file).unwrap();
        for name in ["Anna", "Bram"] {
            assert!(!text.contains(name), "{name} in {}", file.display());
        }
    }
    let html = names
        .iter()
        .find(|name| name.extension().is_some_and(|ext| ext == "html"))
        .unwrap();
    assert!(driver.shows(&format!(
        "The report is saved: {} (and three spreadsheet files beside it). It has no names, only ids. It is still about people: keep it safe.",
        html.display()
    )));
    let log = Store::open(&data).unwrap().coach_log().unwrap();
    assert!(
        log.iter()
            .any(|entry| entry.action == "report saved" && entry.detail.ends_with("without names"))
    );
}
