//! Helpers for driving the real app headlessly: a clock the test moves, the app's fonts in the
//! simulator, and clicks and keys that go through `App::update` exactly as in the window.

#![allow(dead_code)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use iced::keyboard::{self, Key, key::Named};
use iced::{Settings, Size};
use iced_test::Simulator;
use stepwise::domain::config::Config;
use stepwise::ui::{App, Message, app, assets};

/// A clock that only moves when the test says so.
#[derive(Clone)]
pub struct TestClock {
    start: Instant,
    millis: Arc<AtomicU64>,
}

impl TestClock {
    pub fn new() -> Self {
        Self {
            start: Instant::now(),
            millis: Arc::new(AtomicU64::new(0)),
        }
    }

    pub fn advance(&self, duration: Duration) {
        self.millis
            .fetch_add(duration.as_millis() as u64, Ordering::SeqCst);
    }

    pub fn as_clock(&self) -> app::Clock {
        let this = self.clone();
        Arc::new(move || this.start + Duration::from_millis(this.millis.load(Ordering::SeqCst)))
    }
}

/// The app on a data folder, with a test clock, ready to be driven.
pub struct Driver {
    pub app: App,
    pub clock: TestClock,
    pub size: Size,
}

/// The small, stable lessons tree the tests drive, so a change to the shipped curriculum
/// never breaks a test of the engine.
pub fn fixture_lessons() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lessons")
}

/// The test lessons, loaded.
#[allow(dead_code)]
pub fn library() -> stepwise::domain::lesson::Library {
    stepwise::domain::lesson::Library::load(&stepwise::domain::lesson::LessonSource::Folder(
        fixture_lessons(),
    ))
}

pub fn settings() -> Settings {
    Settings {
        fonts: assets::FONTS.iter().map(|font| (*font).into()).collect(),
        default_font: assets::REGULAR,
        ..Settings::default()
    }
}

impl Driver {
    pub fn open(data_dir: &std::path::Path) -> Driver {
        Self::open_with(
            data_dir,
            &Config {
                language: Some("en".into()),
                ..Config::default()
            },
        )
    }

    /// Opens the app with `config`; without a `lessons_dir` it gets the test lessons.
    pub fn open_with(data_dir: &std::path::Path, config: &Config) -> Driver {
        let clock = TestClock::new();
        let mut config = config.clone();
        if config.lessons_dir.is_none() {
            config.lessons_dir = Some(fixture_lessons());
        }
        let app = App::new(data_dir, &config, clock.as_clock());
        let mut driver = Driver {
            app,
            clock,
            size: app::DEFAULT_WINDOW,
        };
        driver.settle();
        driver
    }

    /// Lets more than the input guard's windows pass, as a calm learner would.
    pub fn settle(&mut self) {
        self.clock.advance(Duration::from_millis(1000));
    }

    pub fn simulator(&self) -> Simulator<'_, Message> {
        Simulator::with_size(settings(), self.size, self.app.view())
    }

    /// Clicks the widget showing exactly `label` and feeds the resulting messages to the app.
    pub fn click(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            if let Err(error) = ui.click(label) {
                panic!(
                    "no \"{label}\" on screen ({error:?}); focus order: {:?}",
                    self.app.focus_order()
                );
            }
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "clicking \"{label}\" sent nothing");
        self.feed(messages);
    }

    /// Renders the screen as the app draws it (tiny-skia) and writes `<stem>-tiny-skia.png`, for
    /// looking at a screen without a display, and for the screenshots in `docs/`.
    #[allow(dead_code)]
    pub fn save_picture(&self, stem: &std::path::Path) {
        let mut ui = self.simulator();
        let theme = self.app.theme();
        let snapshot = ui.snapshot(&theme).expect("the screen renders");
        let written = format!("{}-tiny-skia.png", stem.display());
        let _ = std::fs::remove_file(&written);
        let _ = snapshot
            .matches_image(stem)
            .expect("the picture is written");
    }

    /// Clicks the widget with `id` (a speaker, which has a picture and no word).
    #[allow(dead_code)]
    pub fn click_id(&mut self, id: &'static str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            ui.click(iced_test::selector::id(id))
                .unwrap_or_else(|error| panic!("no \"{id}\" on screen: {error:?}"));
            ui.into_messages().collect()
        };
        self.feed(messages);
    }

    /// Clicks the text field with `id`, takes `erase` characters back, types `text` and, with
    /// `enter`, presses Enter: as a learner does, through the field itself.
    #[allow(dead_code)]
    pub fn type_in_field(&mut self, id: &'static str, erase: usize, text: &str, enter: bool) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            ui.click(iced_test::selector::id(id))
                .expect("the field is on screen");
            for _ in 0..erase {
                let _ = ui.tap_key(Named::Backspace);
            }
            let _ = ui.typewrite(text);
            if enter {
                let _ = ui.tap_key(Named::Enter);
            }
            ui.into_messages().collect()
        };
        self.feed(messages);
    }

    /// Gives the app what the simulator's widgets sent, then lets a calm moment pass.
    fn feed(&mut self, messages: Vec<Message>) {
        for message in messages {
            let _ = self.app.update(message);
        }
        self.settle();
    }

    /// Moves the mouse pointer onto `label` (without a click), as a learner resting the
    /// pointer on a choice does.
    #[allow(dead_code)]
    pub fn hover(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            let target = ui
                .find(label)
                .unwrap_or_else(|error| panic!("no \"{label}\" on screen ({error:?})"));
            let position = iced_test::selector::Bounded::visible_bounds(&target)
                .expect("it is visible")
                .center();
            ui.point_at(position);
            let _ = ui.simulate([iced::Event::Mouse(iced::mouse::Event::CursorMoved {
                position,
            })]);
            ui.into_messages().collect()
        };
        self.feed(messages);
    }

    /// Is `label` on screen?
    pub fn shows(&self, label: &str) -> bool {
        self.simulator().find(label).is_ok()
    }

    /// Types into the focused text field of the simulator after clicking it.
    pub fn type_into(&mut self, field_placeholder: &str, text: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.simulator();
            ui.click(field_placeholder).expect("the field is on screen");
            let _ = ui.typewrite(text);
            ui.into_messages().collect()
        };
        self.feed(messages);
    }

    /// A key press and release, as the window's keyboard subscription delivers them.
    pub fn key(&mut self, named: Named, shift: bool) {
        let modifiers = if shift {
            keyboard::Modifiers::SHIFT
        } else {
            keyboard::Modifiers::empty()
        };
        self.key_event(Key::Named(named), modifiers);
    }

    /// A key that types `letter`, pressed and released with `modifiers` held.
    #[allow(dead_code)]
    pub fn letter(&mut self, letter: &str, modifiers: keyboard::Modifiers) {
        self.key_event(Key::Character(letter.into()), modifiers);
    }

    /// Only the release of a key, as the window delivers it when a text field took the press
    /// (the keyboard subscription hears only what no widget captured).
    #[allow(dead_code)]
    pub fn release(&mut self, named: Named) {
        let released = keyboard::Event::KeyReleased {
            key: Key::Named(named),
            modified_key: Key::Named(named),
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers: keyboard::Modifiers::empty(),
        };
        let _ = self.app.update(Message::Key(released));
        self.settle();
    }

    fn key_event(&mut self, key: Key, modifiers: keyboard::Modifiers) {
        let pressed = keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key.clone(),
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers,
            text: None,
            repeat: false,
        };
        let released = keyboard::Event::KeyReleased {
            key: key.clone(),
            modified_key: key,
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers,
        };
        let _ = self.app.update(Message::Key(pressed));
        let _ = self.app.update(Message::Key(released));
        self.settle();
    }

    /// From Home: opens the first module and turns its pages until the lesson `title` shows.
    pub fn open_lesson(&mut self, title: &str) {
        self.click("Meet the computer");
        let mut pages = 0;
        while !self.shows(title) {
            pages += 1;
            assert!(pages < 10, "no lesson \"{title}\" on any page");
            self.click("More");
        }
        self.click(title);
    }

    pub fn tab(&mut self) {
        self.key(Named::Tab, false);
    }

    pub fn enter(&mut self) {
        self.key(Named::Enter, false);
    }

    /// Walks the whole focus order with Tab and checks it visits every target once, in order,
    /// draws each, and comes back to where it started.
    pub fn walk_focus_order(&mut self) -> Vec<String> {
        let order = self.app.focus_order();
        assert!(!order.is_empty(), "a screen without targets");
        let start = self
            .app
            .focused()
            .expect("a screen starts with the focus on its task");
        let mut seen = vec![start.clone()];
        for _ in 1..order.len() {
            self.tab();
            seen.push(self.app.focused().expect("focus stays on screen"));
            // Every focused state renders.
            let _ = self.simulator();
        }
        self.tab();
        assert_eq!(
            self.app.focused().as_deref(),
            Some(start.as_str()),
            "Tab wraps around"
        );
        let mut sorted_seen = seen.clone();
        sorted_seen.sort();
        let mut sorted_order = order.clone();
        sorted_order.sort();
        assert_eq!(
            sorted_seen, sorted_order,
            "Tab visits every target exactly once"
        );
        // Shift+Tab goes back the same way.
        self.key(Named::Tab, true);
        assert_eq!(self.app.focused().as_ref(), seen.last());
        self.tab();
        seen
    }
}

/// Searches every file under `roots` (progress files unpacked) for each of `needles`; panics
/// naming the file that holds one. Returns the files searched.
pub fn search_files(roots: &[&std::path::Path], needles: &[&[u8]]) -> Vec<std::path::PathBuf> {
    use std::io::Read;
    let mut searched = Vec::new();
    let mut folders: Vec<std::path::PathBuf> =
        roots.iter().map(|root| root.to_path_buf()).collect();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let mut bytes = std::fs::read(&path).unwrap();
            if path.extension().is_some_and(|e| e == "stepwise") {
                let mut unpacked = Vec::new();
                flate2::read::GzDecoder::new(bytes.as_slice())
                    .read_to_end(&mut unpacked)
                    .unwrap();
                bytes = unpacked;
            }
            for needle in needles {
                assert!(
                    !bytes.windows(needle.len()).any(|window| window == *needle),
                    "{} holds {:?}",
                    path.display(),
                    String::from_utf8_lossy(needle)
                );
            }
            searched.push(path);
        }
    }
    searched
}
