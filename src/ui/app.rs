//! The top-level app: owns what the screens share, routes messages, and applies the
//! forgiving-input guard and keyboard focus the same way on every screen.

use std::sync::Arc;
use std::time::Instant;

use iced::{Element, Size, Subscription, Task, keyboard, window};

use super::assets::Icons;
use super::focus::Nav;
use super::input_guard::InputGuard;
use super::prefs::Prefs;
use super::screen::{
    Action, Next, Said, Screen, Session, coach, coach_pin, failure, home, lesson, new_learner,
    settings, sign_in,
};
use super::theme::Palette;
use super::widgets::Look;
use crate::domain::config::Config;
use crate::domain::i18n::Texts;
use crate::domain::lesson::{HoldKey, Library};
use crate::domain::narration::Piece;
use crate::domain::store::{Store, StoreError};

/// Where "now" comes from; tests use a clock they move by hand.
pub type Clock = Arc<dyn Fn() -> Instant + Send + Sync>;

/// The window size the app opens with and fits its screens to until told otherwise.
pub const DEFAULT_WINDOW: Size = Size::new(1280.0, 720.0);

pub enum Current {
    SignIn(sign_in::State),
    NewLearner(new_learner::State),
    Home(home::State),
    Lesson(lesson::State),
    Settings(settings::State),
    CoachPin(coach_pin::State),
    Coach(Box<coach::State>),
    Failure(failure::State),
}

#[derive(Debug, Clone)]
pub enum Message {
    Key(keyboard::Event),
    Resized(Size),
    SignIn(sign_in::Message),
    NewLearner(new_learner::Message),
    Home(home::Message),
    Lesson(lesson::Message),
    Settings(settings::Message),
    CoachPin(coach_pin::Message),
    Coach(coach::Message),
    Failure(failure::Message),
    /// A clock tick (every few seconds) for the idle check.
    Tick,
    /// "I am still here" on the idle question.
    StillHere,
    /// The window manager asked to close the window.
    CloseRequested(window::Id),
    /// A frame was drawn (only listened to with `STEPWISE_FIRST_FRAME` set, to measure).
    Frame,
}

/// Where the narrator stands (see `App::heard_place`): a change of screen or step, or new
/// words in the band, is what gets said.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Heard {
    screen: std::mem::Discriminant<Current>,
    /// The lesson step on screen, and whether the lesson is finished.
    place: Option<(usize, bool)>,
    band: Option<Said>,
    /// Who is signed in: a new learner is greeted.
    learner: Option<uuid::Uuid>,
    /// What a screen says by itself besides a lesson (the name step's how-to and outcome).
    status: Option<Said>,
    /// In typing practice, after help: the next key, said after a pause.
    key: Option<(usize, Said)>,
}

/// The interface's voice files in one language, and its texts with variables split into the
/// pieces they are spoken in.
struct InterfaceVoices {
    language: crate::domain::i18n::Language,
    voices: crate::domain::lesson::Narration,
    templates: std::collections::HashMap<String, Vec<Piece>>,
}

/// How long the idle question waits for an answer before the app signs out.
pub const IDLE_GRACE: std::time::Duration = std::time::Duration::from_secs(60);

pub struct App {
    texts: Texts,
    icons: Icons,
    /// The workstation's defaults, which a learner's own choices override.
    workstation_prefs: Prefs,
    /// Prefs in force when there is no session (the failure screen).
    prefs: Prefs,
    session: Option<Session>,
    current: Current,
    guard: InputGuard,
    /// Wrong coach PINs and the wait they bring; kept while the app runs, whatever screen.
    pin_gate: crate::domain::coach::PinGate,
    /// Held while the app runs: one window per data folder.
    _instance: Option<std::fs::File>,
    /// When the last input came, and since when "Are you still here?" is asked.
    last_input: Instant,
    idle_asked: Option<Instant>,
    /// Minutes without input before the question.
    idle_after: std::time::Duration,
    /// Says texts aloud (silent without a sound device).
    narrator: crate::sound::Narrator,
    /// The interface's voice files in the language on screen.
    interface_voices: Option<InterfaceVoices>,
    /// What the mouse pointer is on, if it has words (see `say_hovered`).
    hovering: Option<Said>,
    /// The focused target when Enter or Space went down (see `update`).
    activation_pressed_on: Option<Option<String>>,
    /// Files of the shared folder already read, so unchanged ones are not read again.
    shared_seen: crate::domain::exchange::shared::Seen,
    clock: Clock,
    window: Size,
    /// The first frame was stamped (`STEPWISE_FIRST_FRAME`).
    first_frame_seen: bool,
}

impl App {
    /// Opens the store in `data_dir`; if that fails the app shows why instead of crashing.
    pub fn new(data_dir: &std::path::Path, config: &Config, clock: Clock) -> App {
        let prefs = Prefs::from_config(config);
        let mut app = App {
            texts: Texts::load(prefs.language),
            icons: Icons::load(),
            workstation_prefs: prefs,
            prefs,
            session: None,
            current: Current::Failure(failure::State::new("error-data-folder", String::new())),
            guard: InputGuard::default(),
            pin_gate: Default::default(),
            _instance: None,
            shared_seen: Default::default(),
            hovering: None,
            activation_pressed_on: None,
            narrator: crate::sound::Narrator::silent(),
            last_input: clock(),
            idle_asked: None,
            idle_after: std::time::Duration::from_secs(
                60 * u64::from(
                    config
                        .idle_minutes
                        .unwrap_or(crate::domain::config::DEFAULT_IDLE_MINUTES),
                ),
            ),
            interface_voices: None,
            clock,
            window: DEFAULT_WINDOW,
            first_frame_seen: false,
        };
        match crate::domain::store::lock_instance(data_dir) {
            Ok(lock) => app._instance = Some(lock),
            Err(error) => {
                app.fail(error);
                return app;
            }
        }
        match Store::open(data_dir) {
            Ok(store) => {
                // One backup a day, before anything is changed (the newest few are kept).
                let keep = config
                    .backups_keep
                    .unwrap_or(crate::domain::store::backup::DEFAULT_KEEP);
                match store.daily_backup(keep) {
                    Ok(Some(file)) => log::info!("daily backup: {}", file.display()),
                    Ok(None) => {}
                    Err(error) => log::warn!("the daily backup could not be made: {error}"),
                }
                if let Some(backup) = &store.migration_backup {
                    log::info!(
                        "database migrated; the old one is kept at {}",
                        backup.display()
                    );
                }
                app.session = Some(Session {
                    store,
                    library: Library::for_config(config),
                    learner: None,
                    prefs,
                    installation: super::screen::Installation {
                        coach_pin_hash: config.coach_pin_hash.clone(),
                        exchange_dir: config.exchange_dir.clone(),
                        org_key: crate::domain::org_key::KeySetting::from_file(
                            config.org_key_file.as_deref(),
                        ),
                        media_dir: config.media_dir.clone(),
                        workstation_name: config.workstation_name(),
                        kiosk: config.kiosk.unwrap_or(false),
                        self_registration: config.self_registration.unwrap_or_default(),
                        narration_autoplay: config.narration_autoplay.unwrap_or(true),
                        retention_months: config.retention_months.unwrap_or(12),
                        organisation_name: config.organisation_name.clone().unwrap_or_default(),
                    },
                    sound: false,
                    microphone: Default::default(),
                    coach: None,
                });
                // Progress from the other workstations first, so sign-in knows everyone.
                app.sync_shared();
                let _ = app.go(Next::SignIn);
            }
            Err(error) => {
                let damaged = matches!(error, StoreError::Damaged { .. });
                app.fail(error);
                // For the coach: the newest backup, and how to put it back.
                if damaged
                    && let Current::Failure(state) = &mut app.current
                    && let Some(newest) = crate::domain::store::backup::list(data_dir)
                        .into_iter()
                        .find(|backup| {
                            backup
                                .path
                                .file_name()
                                .is_some_and(|name| !name.to_string_lossy().starts_with("damaged-"))
                        })
                {
                    let made: chrono::DateTime<chrono::Local> = newest.made.into();
                    state.add_detail(format!(
                        "The newest backup is from {}: close Stepwise and run `stepwise backup restore {}` (the damaged database is kept).",
                        made.format("%Y-%m-%d %H:%M"),
                        newest.path.display()
                    ));
                }
            }
        }
        app
    }

    /// Signs in a throwaway learner and opens `lesson_id` at `step` (from 0), for a content
    /// author trying a lesson (`stepwise lessons try`). Shows the failure screen if it cannot.
    pub fn try_lesson(&mut self, lesson_id: &str, step: usize) {
        let Some(session) = &mut self.session else {
            return;
        };
        let opened = (|| {
            let taken = Default::default();
            let picture = crate::domain::avatar::free_pictures(&taken)
                .into_iter()
                .next()
                .expect("a fresh data folder has free pictures");
            let learner = session.store.add_learner("Author", &picture)?;
            session.store.save_position(learner.id, lesson_id, step)?;
            session.learner = Some(learner);
            Ok::<_, crate::domain::store::StoreError>(())
        })();
        match opened {
            Ok(()) => {
                let _ = self.go(Next::Lesson(lesson_id.to_string()));
            }
            Err(error) => self.fail(error),
        }
    }

    /// Gives the app its narrator (the sound thread, or a silent or recording one in tests).
    pub fn set_narrator(&mut self, narrator: crate::sound::Narrator) {
        if let Some(session) = &mut self.session {
            session.sound = narrator.available();
        }
        self.narrator = narrator;
        // The first step of a lesson opened at start (`lessons try`) is said too.
        if let (Current::Lesson(_), Some(session)) = (&self.current, &self.session)
            && self.autoplay(session)
            && let Some(said) = self.said_step()
        {
            self.say(&said);
        }
    }

    /// Gives the app a microphone for name clips (the system's, or a fake one in tests).
    pub fn set_microphone(&mut self, microphone: crate::microphone::Microphone) {
        if let Some(session) = &mut self.session {
            session.microphone = microphone;
        }
    }

    /// The narrator (tests read what it was asked to say).
    pub fn narrator(&self) -> &crate::sound::Narrator {
        &self.narrator
    }

    /// Says a text if it has a voice file (as it is now) in the language on screen.
    fn say(&mut self, said: &Said) {
        self.say_with(said, None);
    }

    /// Says a text, after a chime if one is given.
    fn say_with(&mut self, said: &Said, chime: Option<&[u8]>) {
        match (self.voice_of(said), chime) {
            (Some((label, parts)), Some(chime)) => {
                self.narrator.chime_and_say(&label, chime, parts)
            }
            (Some((label, parts)), None) => self.narrator.say(&label, parts),
            (None, _) => log::debug!("no voice file for {said:?}"),
        }
    }

    /// The voice files of a text in the language on screen, if they speak it as it is now,
    /// with a label for tests and the log. Most texts are one file; a text with variables
    /// is several, and so is a learner's name without a clip: none.
    fn voice_of(&mut self, said: &Said) -> Option<(String, Vec<Vec<u8>>)> {
        let session = self.session.as_ref()?;
        let language = session.prefs.language;
        match said {
            Said::Template(id, values) => {
                let pieces = self.interface(language)?.templates.get(*id)?.clone();
                let mut labels = Vec::new();
                let mut parts = Vec::new();
                for piece in pieces {
                    let (label, mut files) = match &piece {
                        Piece::Words { id, text } => {
                            (id.clone(), vec![self.interface_voice(language, id, text)?])
                        }
                        Piece::Variable(name) => {
                            let value = values
                                .iter()
                                .find(|(wanted, _)| wanted == name)
                                .map(|(_, value)| value)?;
                            match self.voice_of(value) {
                                Some(found) => found,
                                // Without a name clip the name is left out, not the text.
                                None if matches!(value, Said::Name(_)) => continue,
                                None => return None,
                            }
                        }
                    };
                    labels.push(label);
                    parts.append(&mut files);
                }
                Some((format!("{id}: {}", labels.join(" ")), parts))
            }
            Said::Both(all) => {
                let mut labels = Vec::new();
                let mut parts = Vec::new();
                for said in all {
                    if let Some((label, mut files)) = self.voice_of(said) {
                        labels.push(label);
                        parts.append(&mut files);
                    }
                }
                (!parts.is_empty()).then(|| (labels.join(" + "), parts))
            }
            Said::Key(character) => {
                let clips = crate::domain::narration::key_said(*character)?;
                let mut parts = Vec::new();
                for clip in &clips {
                    let text = clip
                        .text
                        .clone()
                        .unwrap_or_else(|| self.texts.get(&clip.id));
                    parts.push(self.interface_voice(language, &clip.id, &text)?);
                }
                let ids: Vec<&str> = clips.iter().map(|clip| clip.id.as_str()).collect();
                Some((ids.join(" "), parts))
            }
            Said::Number(number) => {
                let id = crate::domain::narration::number_id(*number);
                let file = self.interface_voice(language, &id, &number.to_string())?;
                Some((number.to_string(), vec![file]))
            }
            Said::Name(learner) => {
                let clip = session.store.name_clip(*learner).ok().flatten()?;
                Some(("(name)".to_string(), vec![clip]))
            }
            Said::Lesson(id) => {
                let Current::Lesson(state) = &self.current else {
                    return None;
                };
                let lesson = session.library.lesson(state.lesson_id())?;
                let bytes = lesson.voice(language, id)?.to_vec();
                Some((format!("{}/{id}", lesson.id), vec![bytes]))
            }
            Said::Ui(id) => {
                let text = self.texts.get(id);
                Some((
                    id.to_string(),
                    vec![self.interface_voice(language, id, &text)?],
                ))
            }
            Said::Title(lesson_id) => {
                let lesson = session.library.lesson(lesson_id)?;
                let bytes = lesson.voice(language, "lesson-title")?.to_vec();
                Some((format!("{lesson_id}/lesson-title"), vec![bytes]))
            }
            Said::Module(module_id) => {
                let id = format!("module-{module_id}");
                let bytes = session.library.voice(language, &id)?.to_vec();
                Some((id, vec![bytes]))
            }
        }
    }

    /// The interface's voice file `id`, if it speaks `text` as it is now.
    fn interface_voice(
        &mut self,
        language: crate::domain::i18n::Language,
        id: &str,
        text: &str,
    ) -> Option<Vec<u8>> {
        Some(self.interface(language)?.voices.voice(id, text)?.to_vec())
    }

    /// The interface's voice files and spoken templates in `language`, read the first time
    /// that language is heard.
    fn interface(&mut self, language: crate::domain::i18n::Language) -> Option<&InterfaceVoices> {
        if self
            .interface_voices
            .as_ref()
            .is_none_or(|loaded| loaded.language != language)
        {
            self.interface_voices =
                crate::domain::narration::interface(language).map(|voices| InterfaceVoices {
                    language,
                    voices,
                    templates: crate::domain::i18n::ui_templates(language)
                        .into_iter()
                        .filter_map(|(id, pieces)| Some((id, pieces.ok()?)))
                        .collect(),
                });
        }
        self.interface_voices.as_ref()
    }

    /// Does the signed-in learner want texts read out by themselves (on unless they said no)?
    fn autoplay(&self, session: &Session) -> bool {
        session.sound && read_aloud(session)
    }

    /// What the lesson on screen says: its step text (or goal at the end).
    fn said_step(&self) -> Option<Said> {
        let (Current::Lesson(state), Some(session)) = (&self.current, &self.session) else {
            return None;
        };
        Some(state.said_step(session.library.lesson(state.lesson_id())?))
    }

    /// "Step 3 of 8" for the lesson on screen (none once it is finished).
    fn step_count(&self) -> Option<Said> {
        let (Current::Lesson(state), Some(session)) = (&self.current, &self.session) else {
            return None;
        };
        let lesson = session.library.lesson(state.lesson_id())?;
        let (step, finished) = state.place();
        (!finished).then(|| {
            Said::Template(
                "step-count",
                vec![
                    ("step", Said::number(step + 1)),
                    ("total", Said::number(lesson.steps.len())),
                ],
            )
        })
    }

    /// Where the narrator stands: the screen, the lesson step, and the band's words.
    fn heard_place(&self) -> Heard {
        let lesson = match (&self.current, &self.session) {
            (Current::Lesson(state), Some(session)) => {
                session.library.lesson(state.lesson_id()).map(|lesson| {
                    (
                        state.place(),
                        state.said_band(lesson),
                        state.said_key(lesson, session.prefs.language),
                    )
                })
            }
            _ => None,
        };
        Heard {
            screen: std::mem::discriminant(&self.current),
            place: lesson.as_ref().map(|(place, ..)| *place),
            band: lesson.as_ref().and_then(|(_, band, _)| band.clone()),
            key: lesson.and_then(|(.., key)| key),
            learner: self
                .session
                .as_ref()
                .and_then(|session| session.learner.as_ref())
                .map(|learner| learner.id),
            status: match &self.current {
                Current::NewLearner(state) => state.said_status(),
                _ => None,
            },
        }
    }

    /// After an update: a new screen stops the voice; a new step says its text (when the
    /// learner has it on); new praise or a hint is said at once, over the step text; else,
    /// when the keys moved the focus, the focused button's words after a pause.
    fn narrate_changes(&mut self, before: Heard, focus_moved_by_keys: bool) {
        let after = self.heard_place();
        let Some(session) = &self.session else {
            return;
        };
        // The learner's voice speed holds for everything said from now on.
        self.narrator.set_tempo(if session.prefs.slower_voice {
            crate::sound::SLOWER
        } else {
            1.0
        });
        let autoplay = self.autoplay(session);
        if after.screen != before.screen || after.place != before.place {
            self.narrator.stop();
            // A finished lesson ends with its chime, then its goal.
            let finished = after.place.is_some_and(|(_, finished)| finished)
                && before.place.is_some_and(|(_, finished)| !finished);
            if autoplay && let Some(said) = self.said_step() {
                let chime = finished.then_some(crate::sound::FINISHED);
                // Opening (or coming back to) a lesson says where in it the learner is.
                let said = match self.step_count() {
                    Some(count) if after.screen != before.screen => Said::Both(vec![count, said]),
                    _ => said,
                };
                self.say_with(&said, chime);
            } else if autoplay && let (Some(learner), None) = (after.learner, before.learner) {
                // Signed in: "Hello" and their name, in their own voice if they recorded it.
                let hello = Said::Template("home-title", vec![("name", Said::Name(learner))]);
                self.say(&hello);
            }
        } else if after.status != before.status {
            match after.status {
                Some(status) if autoplay => self.say(&status),
                Some(_) => {}
                // Recording: the app falls silent, so its voice is not in the recording.
                None => self.narrator.stop(),
            }
        } else if after.band != before.band {
            if autoplay && let Some(band) = after.band {
                // Praise comes after a short chime; a hint is said plainly, and in typing
                // practice the key to type next follows it.
                let praise = matches!(&self.current, Current::Lesson(state) if state.praising());
                let said = match after.key {
                    Some((_, key)) => Said::Both(vec![band, key]),
                    None => band,
                };
                self.say_with(&said, praise.then_some(crate::sound::RIGHT));
            }
        } else if after.key != before.key && after.key.is_some() {
            // The next key, after a pause: a learner typing on says nothing in between.
            if autoplay
                && let Some((_, key)) = &after.key
                && let Some((label, parts)) = self.voice_of(key)
            {
                self.narrator
                    .say_after_pause(&format!("key:{label}"), parts);
            }
        } else if focus_moved_by_keys {
            self.say_focused();
        }
    }

    /// Says the words of the focused target after a short pause, so moving on quickly says
    /// nothing (the lesson screen; the learner's read-aloud setting decides).
    fn say_focused(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        if !self.autoplay(session) {
            return;
        }
        let said = match &self.current {
            Current::Lesson(state) => session
                .library
                .lesson(state.lesson_id())
                .and_then(|lesson| state.said_target(lesson, state.focus_ref().current()?)),
            Current::Home(state) => state
                .focus_ref()
                .current()
                .and_then(|target| state.said_target(session, target)),
            Current::SignIn(state) => state
                .focus_ref()
                .current()
                .and_then(|target| state.said_target(target)),
            Current::NewLearner(state) => state
                .focus_ref()
                .current()
                .and_then(|target| state.said_target(target)),
            _ => None,
        };
        let Some(said) = said else {
            return;
        };
        if let Some((label, parts)) = self.voice_of(&said) {
            self.narrator
                .say_after_pause(&format!("focus:{label}"), parts);
        }
    }

    /// The pointer came onto something with words: they are said after a pause, once what
    /// plays has ended (the learner's read-aloud setting decides). Leaving it forgets them,
    /// unless the pointer is already on the next thing (its leave can come after the enter).
    fn say_hovered(&mut self, said: Option<Said>, entered: bool) {
        if !entered {
            if said.is_some() && said == self.hovering {
                self.hovering = None;
                self.narrator.cancel_waiting();
            }
            return;
        }
        self.hovering = said.clone();
        let Some(said) = said else {
            return;
        };
        if !self
            .session
            .as_ref()
            .is_some_and(|session| self.autoplay(session))
        {
            return;
        }
        if let Some((label, parts)) = self.voice_of(&said) {
            self.narrator
                .say_when_quiet(&format!("hover:{label}"), parts);
        }
    }

    /// F1 says again what is on screen: the band's words if there are any, else the step.
    fn say_again(&mut self) {
        let band = self.heard_place().band;
        if let Some(said) = band.or_else(|| self.said_step()) {
            self.say(&said);
        }
    }

    /// `Some(true)` for a press of Enter or Space, `Some(false)` for its release.
    fn activation_key(&self, event: &keyboard::Event) -> Option<bool> {
        use keyboard::key::Named;
        match event {
            keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(Named::Enter | Named::Space),
                repeat: false,
                ..
            } => Some(true),
            keyboard::Event::KeyReleased {
                key: keyboard::Key::Named(Named::Enter | Named::Space),
                ..
            } => Some(false),
            _ => None,
        }
    }

    /// What is on screen (for tests and the smoke test).
    pub fn current(&self) -> &Current {
        &self.current
    }

    /// The text size in force, 1.0 to 2.0.
    pub fn text_scale(&self) -> f32 {
        self.prefs().scale()
    }

    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    /// The focus order of the screen on show, as debug names (for tests and, later, switch
    /// scanning and speech on focus).
    pub fn focus_order(&self) -> Vec<String> {
        fn names<T: std::fmt::Debug>(groups: Vec<Vec<T>>) -> Vec<String> {
            groups
                .into_iter()
                .flatten()
                .map(|target| format!("{target:?}"))
                .collect()
        }
        match (&self.current, &self.session) {
            (Current::Failure(state), _) => names(state.targets()),
            (_, None) => Vec::new(),
            (Current::SignIn(state), Some(session)) => names(state.targets(session)),
            (Current::NewLearner(state), Some(session)) => names(state.targets(session)),
            (Current::Home(state), Some(session)) => names(state.targets(session)),
            (Current::Lesson(state), Some(session)) => names(state.targets(session)),
            (Current::Settings(state), Some(session)) => names(state.targets(session)),
            (Current::CoachPin(state), Some(session)) => names(state.targets(session)),
            (Current::Coach(state), Some(session)) => names(state.targets(session)),
        }
    }

    /// The focused target, as a debug name.
    pub fn focused(&self) -> Option<String> {
        fn name<T: std::fmt::Debug>(target: Option<&T>) -> Option<String> {
            target.map(|target| format!("{target:?}"))
        }
        match &self.current {
            Current::Failure(state) => name(state.focus.current()),
            Current::SignIn(state) => name(state.focus_ref().current()),
            Current::NewLearner(state) => name(state.focus_ref().current()),
            Current::Home(state) => name(state.focus_ref().current()),
            Current::Lesson(state) => name(state.focus_ref().current()),
            Current::Settings(state) => name(state.focus_ref().current()),
            Current::CoachPin(state) => name(state.focus_ref().current()),
            Current::Coach(state) => name(state.focus_ref().current()),
        }
    }

    fn prefs(&self) -> Prefs {
        self.session
            .as_ref()
            .map(|session| session.prefs)
            .unwrap_or(self.prefs)
    }

    pub fn title(&self) -> String {
        self.texts.get("app-title")
    }

    pub fn theme(&self) -> iced::Theme {
        Palette::for_contrast(self.prefs().high_contrast).theme("Stepwise")
    }

    pub fn subscription(&self) -> Subscription<Message> {
        // The start-up measure: the first frame is stamped once, then no more frames are asked.
        let measure = !self.first_frame_seen && std::env::var_os("STEPWISE_FIRST_FRAME").is_some();
        Subscription::batch([
            keyboard::listen().map(Message::Key),
            window::resize_events().map(|(_, size)| Message::Resized(size)),
            window::close_requests().map(Message::CloseRequested),
            Subscription::run(ticks),
            if measure {
                window::frames().map(|_| Message::Frame)
            } else {
                Subscription::none()
            },
        ])
    }

    /// Is "Are you still here?" on screen?
    pub fn asking_if_still_here(&self) -> bool {
        self.idle_asked.is_some()
    }

    /// The idle check, on every tick: after the configured minutes without input, ask; a
    /// minute after asking, sign out (everything is already saved), so the next learner never
    /// sees the previous learner's lesson.
    fn idle_tick(&mut self, now: Instant) -> Task<Message> {
        let idle_screen = !matches!(self.current, Current::SignIn(_) | Current::Failure(_));
        if !idle_screen {
            self.idle_asked = None;
            return Task::none();
        }
        match self.idle_asked {
            None if now.saturating_duration_since(self.last_input) >= self.idle_after => {
                self.idle_asked = Some(now);
                self.narrator.stop();
                self.say(&Said::Ui("idle-question"));
                Task::none()
            }
            Some(asked) if now.saturating_duration_since(asked) >= IDLE_GRACE => {
                self.idle_asked = None;
                log::info!("no answer to the idle question: signed out");
                self.apply(Action::SignOut)
            }
            _ => Task::none(),
        }
    }

    fn fail(&mut self, error: StoreError) {
        // The log gets the detail (paths, codes); it never names a learner.
        log::error!("{error}");
        self.current = Current::Failure(failure::State::new(error.text_id(), error.to_string()));
    }

    /// With a shared folder (`exchange_dir`): read the other workstations' progress and leave
    /// this one's. Never in the learner's way: problems go to the log (without names).
    fn sync_shared(&mut self) {
        let Some(session) = self.session.as_mut() else {
            return;
        };
        let Some(dir) = session.installation.exchange_dir.clone() else {
            return;
        };
        let name = session.installation.workstation_name.clone();
        let key = match session.installation.org_key.for_files() {
            Ok(key) => key,
            Err(problem) => {
                // Never written unprotected because the key file went missing.
                log::warn!("shared folder skipped: {problem}");
                return;
            }
        };
        let summary = crate::domain::exchange::shared::sync(
            &mut session.store,
            &dir,
            &name,
            key,
            &mut self.shared_seen,
        );
        log::info!(
            "shared folder: read {} files ({} new answers), wrote ours: {}",
            summary.read,
            summary.new_attempts,
            summary.written
        );
        for (file, problem) in &summary.refused {
            log::warn!("shared folder: {}: {problem}", file.display());
        }
    }

    fn go(&mut self, next: Next) -> Task<Message> {
        // After a lesson, the shared folder gets this workstation's news and gives the others'.
        if matches!(self.current, Current::Lesson(_)) && matches!(next, Next::Home { .. }) {
            self.sync_shared();
        }
        let Some(session) = self.session.as_mut() else {
            return Task::none();
        };
        // Whoever opened the coach area is gone once sign-in is back.
        if matches!(next, Next::SignIn) {
            session.coach = None;
        }
        let session = &*session;
        let scale = session.prefs.scale();
        let opened = match next {
            Next::SignIn => sign_in::State::new(session, self.window, scale).map(Current::SignIn),
            Next::NewLearner => {
                new_learner::State::new(session, self.window, scale).map(Current::NewLearner)
            }
            Next::Home { saved } => {
                home::State::new(session, saved, self.window, scale).map(Current::Home)
            }
            Next::Lesson(id) => match lesson::State::open(session, &id) {
                Some(opened) => opened.map(Current::Lesson),
                None => {
                    log::warn!("lesson {id} is not available");
                    home::State::new(session, false, self.window, scale).map(Current::Home)
                }
            },
            Next::Settings => Ok(Current::Settings(settings::State::new(session))),
            Next::CoachPin => Ok(Current::CoachPin(coach_pin::State::new(
                Next::Coach,
                session.coach_door(),
            ))),
            Next::CoachConfirmsNew => Ok(Current::CoachPin(coach_pin::State::new(
                Next::NewLearner,
                session.coach_door(),
            ))),
            Next::Coach => coach::State::new(session, self.window, scale)
                .map(|state| Current::Coach(Box::new(state))),
        };
        match opened {
            Ok(current) => self.current = current,
            Err(error) => self.fail(error),
        }
        self.guard.screen_changed((self.clock)());
        // A text field of the old screen must not keep the typing; a lesson that opens on a
        // step with a field puts the keys straight into it.
        let field = match &self.current {
            Current::Lesson(state) => state.focused_field(),
            _ => None,
        };
        iced::widget::operation::focus(field.unwrap_or_else(|| iced::widget::Id::new("no-field")))
    }

    fn apply(&mut self, action: Action) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Go(next) => self.go(next),
            Action::SignedIn(learner) => {
                let Some(session) = self.session.as_mut() else {
                    return Task::none();
                };
                log::info!("learner {} signed in", learner.id);
                match self
                    .workstation_prefs
                    .for_learner(&session.store, learner.id)
                {
                    Ok(prefs) => session.prefs = prefs,
                    Err(error) => {
                        self.fail(error);
                        return Task::none();
                    }
                }
                session.learner = Some(learner);
                self.texts = Texts::load(session.prefs.language);
                self.go(Next::Home { saved: false })
            }
            Action::SignOut => {
                if let Some(session) = self.session.as_mut() {
                    session.learner = None;
                    session.prefs = self.workstation_prefs;
                    self.texts = Texts::load(session.prefs.language);
                }
                self.go(Next::SignIn)
            }
            Action::PrefsChanged => {
                let Some(session) = self.session.as_ref() else {
                    return Task::none();
                };
                let prefs = session.prefs;
                if self.texts.language() != prefs.language {
                    self.texts = Texts::load(prefs.language);
                }
                match &session.learner {
                    Some(learner) => {
                        if let Err(error) = prefs.save_for_learner(&session.store, learner.id) {
                            self.fail(error);
                        }
                    }
                    // Without a learner, the change holds for this workstation until the app closes.
                    None => self.workstation_prefs = prefs,
                }
                Task::none()
            }
            Action::FocusField(id) => iced::widget::operation::focus(
                id.unwrap_or_else(|| iced::widget::Id::new("no-field")),
            ),
            Action::Failed(error) => {
                self.fail(error);
                Task::none()
            }
            Action::Exit => iced::exit(),
            Action::Say(said) => {
                self.say(&said);
                Task::none()
            }
            Action::Hover(said, entered) => {
                self.say_hovered(said, entered);
                Task::none()
            }
            Action::Restored => {
                self.shared_seen = Default::default();
                self.sync_shared();
                // The lists show what the shared folder just added too.
                if let (Current::Coach(state), Some(session)) = (&mut self.current, &self.session)
                    && let Err(error) = state.reload(session)
                {
                    self.fail(error);
                }
                Task::none()
            }
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let now = (self.clock)();
        // Enter and Space act on release, and only on the target they were pressed on: an
        // Enter that answers in a field moves the focus to Next, and its release must not
        // press Next too (the learner would never see the praise).
        if let Message::Key(event) = &message
            && let Some(pressed) = self.activation_key(event)
        {
            if pressed {
                self.activation_pressed_on = Some(self.focused());
            } else if self.activation_pressed_on.take() != Some(self.focused()) {
                return Task::none();
            }
        }
        // The sound device may have opened since (the window never waits for it).
        if let Some(session) = &mut self.session {
            session.sound = self.narrator.available();
        }
        match &message {
            Message::Tick => return self.idle_tick(now),
            Message::Frame => {
                if !self.first_frame_seen {
                    self.first_frame_seen = true;
                    let since = crate::STARTED.get().map(|started| started.elapsed());
                    // On stderr, for benches/startup-and-memory.sh; never in the log.
                    eprintln!(
                        "first frame: {:.1} ms after the process started",
                        since.unwrap_or_default().as_secs_f64() * 1000.0
                    );
                }
                return Task::none();
            }
            // In kiosk mode the window is closed from the coach area, not the window frame.
            Message::CloseRequested(id) => {
                return if self
                    .session
                    .as_ref()
                    .is_some_and(|session| session.installation.kiosk)
                {
                    log::info!("close asked in kiosk mode: the coach closes Stepwise");
                    Task::none()
                } else {
                    window::close(*id)
                };
            }
            Message::Resized(_) => {}
            // Any input: the learner is here. The input that answers "Are you still here?"
            // only closes the question.
            _ => {
                self.last_input = now;
                if self.idle_asked.take().is_some() {
                    return Task::none();
                }
            }
        }
        let heard_before = self.heard_place();
        let moved_by_keys = matches!(message, Message::Key(_));
        let focused_before = self.focused();
        let task = self.update_inner(message, now);
        let focus_moved_by_keys = moved_by_keys && self.focused() != focused_before;
        self.narrate_changes(heard_before, focus_moved_by_keys);
        task
    }

    fn update_inner(&mut self, message: Message, now: Instant) -> Task<Message> {
        let action = match (message, &mut self.current, self.session.as_mut()) {
            (Message::Resized(size), current, session) => {
                self.window = size;
                let scale = session.map(|session| session.prefs.scale()).unwrap_or(1.0);
                match current {
                    Current::SignIn(state) => state.fit(size, scale),
                    Current::NewLearner(state) => state.fit(size, scale),
                    Current::Home(state) => state.fit(size, scale),
                    Current::Coach(state) => state.fit(size, scale),
                    _ => {}
                }
                Action::None
            }
            (Message::Key(event), Current::Failure(state), _) => match Nav::from_event(&event) {
                Some(nav) => match state.focus.navigate(&state.targets(), nav) {
                    Some(failure::Target::Close) => Action::Exit,
                    None => Action::None,
                },
                None => Action::None,
            },
            (Message::Failure(failure::Message::Activate(failure::Target::Close)), _, _) => {
                Action::Exit
            }
            (_, _, None) => Action::None,
            // F1 says again what is on screen, wherever the focus is.
            (
                Message::Key(keyboard::Event::KeyPressed {
                    key: keyboard::Key::Named(keyboard::key::Named::F1),
                    ..
                }),
                _,
                Some(_),
            ) => {
                self.say_again();
                Action::None
            }
            // On a shortcut step a real letter or digit key is the key pressed on the picture.
            (
                Message::Key(keyboard::Event::KeyPressed {
                    key: keyboard::Key::Character(typed),
                    modifiers,
                    ..
                }),
                Current::Lesson(state),
                Some(session),
            ) if state.on_shortcut_step(session) && typed.chars().count() == 1 => {
                let held: Vec<HoldKey> = [
                    (modifiers.control(), HoldKey::Ctrl),
                    (modifiers.alt(), HoldKey::Alt),
                    (modifiers.shift(), HoldKey::Shift),
                    (modifiers.logo(), HoldKey::Windows),
                ]
                .into_iter()
                .filter_map(|(down, key)| down.then_some(key))
                .collect();
                let key = typed.chars().next().unwrap_or(' ');
                if key.is_alphanumeric() && self.guard.accept(super::input_guard::UNLISTED, now) {
                    state.shortcut_key(key, Some(&held), session)
                } else {
                    Action::None
                }
            }
            // The PIN can be typed on the number keys (the focus moves to Open, so Enter opens);
            // Backspace takes one back.
            (
                Message::Key(keyboard::Event::KeyPressed { key, .. }),
                Current::CoachPin(state),
                Some(session),
            ) if matches!(&key, keyboard::Key::Character(c) if c.chars().all(|c| c.is_ascii_digit()))
                || matches!(key, keyboard::Key::Named(keyboard::key::Named::Backspace)) =>
            {
                let _ = session;
                match key {
                    keyboard::Key::Character(digits) => {
                        digits.chars().for_each(|digit| state.typed(digit))
                    }
                    _ => state.erase(),
                }
                Action::None
            }
            (Message::Key(event), current, Some(session)) => match Nav::from_event(&event) {
                None => Action::None,
                Some(nav) => match current {
                    Current::SignIn(state) => navigate(state, nav, session, &mut self.guard, now),
                    Current::NewLearner(state) => {
                        navigate(state, nav, session, &mut self.guard, now)
                    }
                    Current::Home(state) => navigate(state, nav, session, &mut self.guard, now),
                    Current::Lesson(state) => {
                        state.keys_used();
                        navigate(state, nav, session, &mut self.guard, now)
                    }
                    Current::Settings(state) => navigate(state, nav, session, &mut self.guard, now),
                    Current::CoachPin(state) => {
                        match navigate(state, nav, session, &mut self.guard, now) {
                            Action::None if state.take_open_request() => {
                                state.open(session, &mut self.pin_gate, now)
                            }
                            other => other,
                        }
                    }
                    Current::Coach(state) => {
                        navigate(state.as_mut(), nav, session, &mut self.guard, now)
                    }
                    Current::Failure(_) => Action::None,
                },
            },
            // The pointer resting on a choice or tile: its words, when it is quiet.
            (
                Message::SignIn(sign_in::Message::Hover(target, entered)),
                Current::SignIn(state),
                _,
            ) => Action::Hover(state.said_target(&target), entered),
            (
                Message::Home(home::Message::Hover(target, entered)),
                Current::Home(state),
                Some(session),
            ) => Action::Hover(state.said_target(session, &target), entered),
            (
                Message::Lesson(lesson::Message::Hover(target, entered)),
                Current::Lesson(state),
                Some(session),
            ) => Action::Hover(
                session
                    .library
                    .lesson(state.lesson_id())
                    .and_then(|lesson| state.said_target(lesson, &target)),
                entered,
            ),
            (
                Message::SignIn(sign_in::Message::Activate(target)),
                Current::SignIn(state),
                Some(session),
            ) => press(state, target, session, &mut self.guard, now),
            (
                Message::NewLearner(new_learner::Message::Activate(target)),
                Current::NewLearner(state),
                Some(session),
            ) => press(state, target, session, &mut self.guard, now),
            (Message::NewLearner(message), Current::NewLearner(state), Some(session)) => {
                state.update(message, session)
            }
            (
                Message::Home(home::Message::Activate(target)),
                Current::Home(state),
                Some(session),
            ) => press(state, target, session, &mut self.guard, now),
            (
                Message::Lesson(lesson::Message::Activate(target)),
                Current::Lesson(state),
                Some(session),
            ) => {
                let before = state.run().step_index;
                let action = press(state, target, session, &mut self.guard, now);
                if state.run().step_index != before {
                    // A new step is a new screen for a shaky hand.
                    self.guard.screen_changed(now);
                }
                action
            }
            (
                Message::Settings(settings::Message::Activate(target)),
                Current::Settings(state),
                Some(session),
            ) => press(state, target, session, &mut self.guard, now),
            (
                Message::CoachPin(coach_pin::Message::Activate(target)),
                Current::CoachPin(state),
                Some(session),
            ) => match press(state, target, session, &mut self.guard, now) {
                Action::None if state.take_open_request() => {
                    state.open(session, &mut self.pin_gate, now)
                }
                other => other,
            },
            (
                Message::Coach(coach::Message::Activate(target)),
                Current::Coach(state),
                Some(session),
            ) => press(state.as_mut(), target, session, &mut self.guard, now),
            // Typing goes to the field, not through the input guard.
            (Message::Coach(coach::Message::NameTyped(name)), Current::Coach(state), Some(_)) => {
                state.name_typed(name);
                Action::None
            }
            // Click practice reads the mouse itself: a double click is two presses on purpose.
            (
                Message::Lesson(lesson::Message::Gesture(gesture)),
                Current::Lesson(state),
                Some(session),
            ) => state.gesture(gesture, session, now),
            // A letter pressed on a shortcut step's pictured keyboard: one target for the guard.
            (
                Message::Lesson(lesson::Message::PictureKey(key)),
                Current::Lesson(state),
                Some(session),
            ) => {
                if self.guard.accept(super::input_guard::UNLISTED, now) {
                    state.shortcut_key(key, None, session)
                } else {
                    Action::None
                }
            }
            // A press on a find-the-button picture. The picture counts as one target for the
            // guard, so a shaky double press is one try.
            (
                Message::Lesson(lesson::Message::Found(hit)),
                Current::Lesson(state),
                Some(session),
            ) => {
                if self.guard.accept(super::input_guard::UNLISTED, now) {
                    state.found(hit, session)
                } else {
                    Action::None
                }
            }
            // Typing goes to the field, not through the input guard (every key counts).
            (
                Message::Lesson(
                    message @ (lesson::Message::Typed(_)
                    | lesson::Message::TypeSubmit
                    | lesson::Message::SimTyped(..)),
                ),
                Current::Lesson(state),
                Some(session),
            ) => state.typing(message, session),
            // Drag practice reads the mouse itself, like click practice.
            (
                Message::Lesson(
                    message @ (lesson::Message::DragPress
                    | lesson::Message::DragMove(_)
                    | lesson::Message::DragRelease),
                ),
                Current::Lesson(state),
                Some(session),
            ) => state.drag(&message, session),
            // A message from a screen that is no longer shown.
            _ => Action::None,
        };
        let resized = matches!(action, Action::PrefsChanged);
        let task = self.apply(action);
        if resized && let Some(session) = &self.session {
            let scale = session.prefs.scale();
            match &mut self.current {
                Current::SignIn(state) => state.fit(self.window, scale),
                Current::NewLearner(state) => state.fit(self.window, scale),
                Current::Home(state) => state.fit(self.window, scale),
                Current::Coach(state) => state.fit(self.window, scale),
                _ => {}
            }
        }
        task
    }

    pub fn view(&self) -> Element<'_, Message> {
        let prefs = self.prefs();
        let look = Look {
            palette: Palette::for_contrast(prefs.high_contrast),
            scale: prefs.scale(),
            texts: &self.texts,
            icons: &self.icons,
            keyboard: prefs.keyboard,
            sound: self.session.is_some() && self.narrator.available(),
        };
        if self.idle_asked.is_some() {
            return still_here(&look);
        }
        match (&self.current, &self.session) {
            (Current::Failure(state), _) => state.view(&look).map(Message::Failure),
            (_, None) => iced::widget::Space::new().into(),
            (Current::SignIn(state), Some(_)) => state.view(&look).map(Message::SignIn),
            (Current::NewLearner(state), Some(_)) => state.view(&look).map(Message::NewLearner),
            (Current::Home(state), Some(session)) => state.view(&look, session).map(Message::Home),
            (Current::Lesson(state), Some(session)) => {
                state.view(&look, session).map(Message::Lesson)
            }
            (Current::Settings(state), Some(session)) => {
                state.view(&look, session).map(Message::Settings)
            }
            (Current::CoachPin(state), Some(session)) => {
                state.view(&look, session).map(Message::CoachPin)
            }
            (Current::Coach(state), Some(session)) => {
                state.view(&look, session).map(Message::Coach)
            }
        }
    }
}

/// A target was pressed: it counts only if it is on screen and the input guard lets it through.
fn press<S: Screen>(
    screen: &mut S,
    target: S::Target,
    session: &mut Session,
    guard: &mut InputGuard,
    now: Instant,
) -> Action {
    let groups = screen.targets(session);
    let Some(position) = groups
        .iter()
        .flatten()
        .position(|candidate| *candidate == target)
    else {
        return Action::None;
    };
    if !guard.accept(position, now) {
        return Action::None;
    }
    screen.focus().set(target.clone());
    screen.activate(target, session)
}

/// A key moved the focus or activated the focused target.
fn navigate<S: Screen>(
    screen: &mut S,
    nav: Nav,
    session: &mut Session,
    guard: &mut InputGuard,
    now: Instant,
) -> Action {
    let groups = screen.targets(session);
    match screen.focus().navigate(&groups, nav) {
        Some(target) => press(screen, target, session, guard, now),
        None => {
            let field = screen
                .focus()
                .current()
                .cloned()
                .and_then(|target| screen.field(&target));
            Action::FocusField(field)
        }
    }
}

/// "Are you still here?": a picture, the question, what happens without an answer, and one
/// big button. Any key or press answers it.
fn still_here<'a>(look: &Look<'_>) -> Element<'a, Message> {
    use super::widgets::{self, Emphasis};
    use iced::widget::{column, container, row};
    let picture = match look.icons.ui("help") {
        Some(handle) => widgets::picture(handle, 160.0),
        None => iced::widget::Space::new().into(),
    };
    let body = row![
        picture,
        column![
            widgets::body(look, look.t("idle-why")),
            widgets::action(
                look,
                look.icons.ui("tick"),
                look.t("idle-still-here"),
                Emphasis::Primary,
                true,
                Message::StillHere,
            ),
        ]
        .spacing(super::theme::size::GAP)
        .max_width(700),
    ]
    .spacing(super::theme::size::GAP * 2.0)
    .align_y(iced::Alignment::Center);
    widgets::frame(
        look,
        None,
        look.t("idle-question"),
        container(body).center_x(iced::Length::Fill).into(),
        iced::widget::Space::new().into(),
    )
}

/// Does the signed-in learner want texts read out by themselves? Their own choice, else the
/// workstation's (`narration_autoplay`, on unless the installer turned it off).
pub fn read_aloud(session: &Session) -> bool {
    let chosen = session
        .learner
        .as_ref()
        .and_then(|learner| session.store.setting(learner.id, "autoplay").ok().flatten());
    match chosen.as_deref() {
        Some("false") => false,
        Some("true") => true,
        _ => session.installation.narration_autoplay,
    }
}

/// A tick every five seconds, from a thread of its own (the thread-pool executor has no
/// timers), for the idle check.
fn ticks() -> impl iced::futures::Stream<Item = Message> {
    iced::stream::channel(
        1,
        |mut output: iced::futures::channel::mpsc::Sender<Message>| async move {
            std::thread::spawn(move || {
                loop {
                    std::thread::sleep(std::time::Duration::from_secs(5));
                    if output.is_closed() {
                        break;
                    }
                    let _ = output.try_send(Message::Tick);
                }
            });
            std::future::pending::<()>().await;
        },
    )
}
