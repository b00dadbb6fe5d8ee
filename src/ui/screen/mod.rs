//! One module per screen, each with its state, targets, update and view.
//!
//! A screen lists its interactive targets in reading order ([`Screen::targets`]); that one list
//! drives keyboard focus, the forgiving-input guard, and what mouse presses activate, so a
//! screen cannot have a button the keyboard cannot reach.

pub mod coach;
pub mod coach_pin;
pub mod failure;
pub mod home;
pub mod lesson;
pub mod new_learner;
pub mod settings;
pub mod sign_in;

use crate::domain::lesson::Library;
use crate::domain::store::{Learner, Store, StoreError};

use super::prefs::Prefs;

/// What the screens share: the store, the lessons, who is signed in, and their preferences.
pub struct Session {
    pub store: Store,
    pub library: Library,
    pub learner: Option<Learner>,
    pub prefs: Prefs,
    /// What the installer set for this workstation that the coach area needs.
    pub installation: Installation,
    /// There is a sound device: speaker buttons show and texts are spoken.
    pub sound: bool,
    /// Where a learner's name clip is recorded from (none in tests unless they give one).
    pub microphone: crate::microphone::Microphone,
    /// Who opened the coach area (for the coach log), until it is locked.
    pub coach: Option<crate::domain::coach::Opener>,
}

impl Session {
    /// Can the coach area be opened here: a PIN in the installer's config, or a coach account?
    pub fn coach_door(&self) -> bool {
        self.installation.coach_pin_hash.is_some()
            || self.store.has_coach_accounts().unwrap_or(false)
    }

    /// Who did it, as the coach log says it.
    pub fn coach_who(&self) -> String {
        self.coach
            .as_ref()
            .map(crate::domain::coach::Opener::who)
            .unwrap_or_else(|| "coach (PIN)".into())
    }
}

/// A text the narrator can say: one of the lesson on screen, or of the interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    Lesson(String),
    Ui(&'static str),
    /// A lesson's title (on Home), by lesson id.
    Title(String),
    /// A module's title, by module id.
    Module(String),
    /// An interface text with variables ("Step { $step } of { $total }"), said piece by
    /// piece in the language's own order: its words from their files, each variable from
    /// what it holds here.
    Template(&'static str, Vec<(&'static str, Said)>),
    /// A number, from the number files.
    Number(u32),
    /// A learner's name, from the name clip recorded for them (nothing without one: their
    /// picture says who they are).
    Name(uuid::Uuid),
    /// Texts said one after the other.
    Both(Vec<Said>),
    /// A key to type, from the letter, number and key-name files ("capital", "h").
    Key(char),
}

impl Said {
    /// A number as a [`Said::Number`] (a count on screen is never beyond `u32`).
    pub fn number(value: usize) -> Said {
        Said::Number(u32::try_from(value).unwrap_or(u32::MAX))
    }
}

/// The installer's settings the coach area uses.
#[derive(Debug, Clone, Default)]
pub struct Installation {
    /// Without it the coach area stays locked.
    pub coach_pin_hash: Option<String>,
    pub exchange_dir: Option<std::path::PathBuf>,
    /// The organisation key that locks progress files (or why there is none).
    pub org_key: crate::domain::org_key::KeySetting,
    pub media_dir: Option<std::path::PathBuf>,
    pub workstation_name: String,
    /// Fullscreen, no window frame, closed only from the coach area.
    pub kiosk: bool,
    /// Whether "I am new" shows at sign-in.
    pub self_registration: crate::domain::config::SelfRegistration,
    /// Steps are read out by themselves unless the learner turned it off.
    pub narration_autoplay: bool,
    /// Months after leaving before the coach is reminded to erase a learner.
    pub retention_months: u32,
    /// Printed on certificates.
    pub organisation_name: String,
}

/// What a screen asks the app to do after an update.
#[derive(Debug)]
pub enum Action {
    None,
    /// Show another screen.
    Go(Next),
    /// A learner signed in (or was just made).
    SignedIn(Learner),
    SignOut,
    /// Preferences changed: texts and look follow at once.
    PrefsChanged,
    /// Focus a text field so typing goes there (or, with `None`, no field).
    FocusField(Option<iced::widget::Id>),
    /// Something could not be stored.
    Failed(StoreError),
    /// Say this text (a speaker button was pressed).
    Say(Said),
    /// The pointer came onto something with these words (`true`: said when it has rested and
    /// it is quiet), or left it.
    Hover(Option<Said>, bool),
    /// A backup was put back: the shared folder's files are read again, since what they
    /// brought after the backup was made is gone from the database.
    Restored,
    Exit,
}

/// Which screen to show next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    SignIn,
    NewLearner,
    /// Home; `saved` shows "Your work is saved." after leaving a lesson.
    Home {
        saved: bool,
    },
    Lesson(String),
    Settings,
    /// The coach PIN, then the coach area.
    CoachPin,
    /// The coach PIN, then "I am new" (`self_registration = "coach_confirms"`).
    CoachConfirmsNew,
    Coach,
}

/// The part every screen has in common.
pub trait Screen {
    type Target: Clone + PartialEq + std::fmt::Debug;

    /// Interactive targets, grouped in rows, in reading order.
    fn targets(&self, session: &Session) -> Vec<Vec<Self::Target>>;

    /// The keyboard focus.
    fn focus(&mut self) -> &mut super::focus::Focus<Self::Target>;

    /// The keyboard focus, to read.
    fn focus_ref(&self) -> &super::focus::Focus<Self::Target>;

    /// A target was pressed (by mouse, key or switch).
    fn activate(&mut self, target: Self::Target, session: &mut Session) -> Action;

    /// The text field a target stands for, if any.
    fn field(&self, _target: &Self::Target) -> Option<iced::widget::Id> {
        None
    }
}
