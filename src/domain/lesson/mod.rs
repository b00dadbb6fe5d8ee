//! Lessons are data: `lessons/curriculum.toml` lists modules and their lessons, and each
//! lesson folder holds `lesson.toml`, `text/<lang>.ftl` and `pictures/`. The format is
//! described in `docs/lesson-format.md`.
//!
//! A lesson that cannot be read is left out and reported; it never stops the app.

pub mod check;
mod load;
pub mod source;

use std::borrow::Cow;
use std::collections::BTreeMap;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use include_dir::{Dir, include_dir};
use serde::Deserialize;

use super::i18n::{self, Language};
pub use source::LessonSource;

static BUILT_IN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/lessons");

/// The lessons tree compiled into this build.
pub fn built_in_tree() -> &'static Dir<'static> {
    &BUILT_IN
}

/// A picture file: SVG or PNG bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PictureFile {
    pub bytes: Cow<'static, [u8]>,
    pub is_svg: bool,
}

/// A picture with a word under it: a choice to pick, or a card to put in order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: String,
    pub picture: String,
    /// Text id of the word under the picture.
    pub label: String,
    /// For a pick step: the right one (exactly one is).
    #[serde(default)]
    pub correct: bool,
}

/// What a step asks the learner to do. Each kind has its model here, its hint ladder in
/// `lesson_run`, and its view in `ui::screen::lesson`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Exercise {
    /// A picture and a short text; the learner reads (or hears) it and goes on.
    Info,
    /// Two to four pictures, one right.
    Pick { choices: Vec<Card> },
    /// A question with a picture, answered Yes or No.
    YesNo { answer: bool },
    /// Three to five picture cards, listed here in the right order; shown mixed up.
    Order { cards: Vec<Card> },
    /// Click practice: a single, double or right click on a large target (the step's picture).
    Click { click: ClickKind },
    /// Type practice: type the text with id `answer` (made-up practice data). A `sensitive`
    /// step (a password, a name, an address) stores only right or wrong and the length.
    Type {
        answer: String,
        #[serde(default)]
        sensitive: bool,
    },
    /// A simulated app: a safe pretend window with fields and buttons, and a goal (fields that
    /// must hold given texts, and the button to press then).
    Sim {
        window: String,
        widgets: Vec<SimWidget>,
        goal: SimGoal,
    },
    /// A keyboard shortcut of the operating system (Windows key + L), practised on the pictured
    /// keyboard because the real one never reaches the app: hold the keys in `hold`, then
    /// press the key that types `press` (one small letter or a digit).
    Shortcut { hold: Vec<HoldKey>, press: char },
    /// Drag practice: drag `object` onto one of `targets` (exactly one is `correct`).
    Drag { object: Card, targets: Vec<Card> },
    /// Find the button: the step's picture is a screen; the right places are rectangles in
    /// the picture's own coordinates.
    Find {
        regions: Vec<Region>,
        /// The picture's own width and height, read when the lesson loads.
        #[serde(skip)]
        picture_size: (f32, f32),
    },
}

/// A rectangle in a picture's own coordinates (pixels of a PNG, user units of an SVG).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Region {
    /// Scaled by `factor`, and grown around its centre to at least `min` on each side, so a
    /// small button is still a large target on screen.
    pub fn on_screen(&self, factor: f32, min: f32) -> Region {
        let (width, height) = (
            (self.width * factor).max(min),
            (self.height * factor).max(min),
        );
        let (cx, cy) = (
            (self.x + self.width / 2.0) * factor,
            (self.y + self.height / 2.0) * factor,
        );
        Region {
            x: cx - width / 2.0,
            y: cy - height / 2.0,
            width,
            height,
        }
    }
}

/// One part of a simulated app's window.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SimWidget {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: SimWidgetKind,
    /// Text id of its label (a field's caption, a button's word).
    pub label: String,
    /// A field for a password, name or address. Nothing typed in a simulated app is ever
    /// stored; this marks the field for authors and reviewers.
    #[serde(default)]
    pub sensitive: bool,
    /// A password field: it shows dots instead of what is typed.
    #[serde(default)]
    pub password: bool,
    /// Text id of what the field already holds when the step opens (a reply's "To").
    #[serde(default)]
    pub start: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SimWidgetKind {
    Field,
    Button,
}

/// What the learner must do in a simulated app: fill `fields` (widget id → text id of the
/// expected value), then press the button `press`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SimGoal {
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, String>,
    /// Fields that must hold words of the learner's own (anything but empty).
    #[serde(default)]
    pub filled: Vec<String>,
    pub press: String,
}

/// A key held down for a shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HoldKey {
    Ctrl,
    Windows,
    Alt,
    Shift,
}

impl HoldKey {
    pub const ALL: [HoldKey; 4] = [Self::Ctrl, Self::Windows, Self::Alt, Self::Shift];

    /// As written in `lesson.toml` and in an attempt's answer.
    pub fn name(self) -> &'static str {
        match self {
            Self::Ctrl => "ctrl",
            Self::Windows => "windows",
            Self::Alt => "alt",
            Self::Shift => "shift",
        }
    }
}

/// Which click a click-practice step teaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClickKind {
    Single,
    Double,
    Right,
}

impl Exercise {
    /// Does this kind take an answer (and so a hint and words of praise)?
    pub fn is_answered(&self) -> bool {
        !matches!(self, Self::Info)
    }

    /// "a pick", "an order": for messages to authors.
    pub fn kind_with_article(&self) -> String {
        let kind = self.kind();
        let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        format!("{article} {kind}")
    }

    /// The kind's name as written in `lesson.toml`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Pick { .. } => "pick",
            Self::YesNo { .. } => "yes-no",
            Self::Order { .. } => "order",
            Self::Click { .. } => "click",
            Self::Find { .. } => "find",
            Self::Drag { .. } => "drag",
            Self::Type { .. } => "type",
            Self::Sim { .. } => "sim",
            Self::Shortcut { .. } => "shortcut",
        }
    }
}

/// One screen of a lesson.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Step {
    pub id: String,
    pub picture: String,
    /// Text id of the step text (at most two short sentences).
    pub text: String,
    /// Text id of the first hint, which points at what to look at. Needed by answered kinds.
    #[serde(default)]
    pub hint: Option<String>,
    /// Text id of the kind words after a right answer. Needed by answered kinds.
    #[serde(default)]
    pub praise: Option<String>,
    #[serde(flatten)]
    pub exercise: Exercise,
}

impl Step {
    /// Every picture name the step uses.
    pub fn pictures(&self) -> Vec<&str> {
        let mut names = vec![self.picture.as_str()];
        if let Exercise::Pick { choices: cards }
        | Exercise::Order { cards }
        | Exercise::Drag { targets: cards, .. } = &self.exercise
        {
            names.extend(cards.iter().map(|card| card.picture.as_str()));
        }
        if let Exercise::Drag { object, .. } = &self.exercise {
            names.push(object.picture.as_str());
        }
        names
    }

    /// Every text id the step uses.
    pub fn text_ids(&self) -> Vec<&str> {
        let mut ids = vec![self.text.as_str()];
        ids.extend(self.hint.as_deref());
        ids.extend(self.praise.as_deref());
        if let Exercise::Pick { choices: cards }
        | Exercise::Order { cards }
        | Exercise::Drag { targets: cards, .. } = &self.exercise
        {
            ids.extend(cards.iter().map(|card| card.label.as_str()));
        }
        if let Exercise::Drag { object, .. } = &self.exercise {
            ids.push(object.label.as_str());
        }
        if let Exercise::Type { answer, .. } = &self.exercise {
            ids.push(answer.as_str());
        }
        if let Exercise::Sim {
            window,
            widgets,
            goal,
        } = &self.exercise
        {
            ids.push(window.as_str());
            ids.extend(widgets.iter().map(|widget| widget.label.as_str()));
            ids.extend(widgets.iter().filter_map(|widget| widget.start.as_deref()));
            ids.extend(goal.fields.values().map(String::as_str));
        }
        ids
    }
}

/// How far a lesson's texts in one language have been reviewed. Honest by default: a text
/// nobody has checked is a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Review {
    #[default]
    Draft,
    /// The author read it again against the easy-to-read rules.
    CheckedByAuthor,
    /// Reviewers with intellectual disabilities checked it (see `docs/pilot-test.md`).
    CheckedByEasyToReadReviewers,
}

impl Review {
    pub const ALL: [Review; 3] = [
        Self::Draft,
        Self::CheckedByAuthor,
        Self::CheckedByEasyToReadReviewers,
    ];

    /// As written in `lesson.toml`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::CheckedByAuthor => "checked-by-author",
            Self::CheckedByEasyToReadReviewers => "checked-by-easy-to-read-reviewers",
        }
    }
}

/// The parts of a lesson's coach notes, as message ids in `coach/<lang>.ftl`, in the order
/// the coach reads them.
pub const COACH_NOTES: [&str; 5] = [
    "coach-practises",
    "coach-prepare",
    "coach-goes-wrong",
    "coach-link",
    "coach-ask",
];

/// A lesson ready to show.
pub struct Lesson {
    pub id: String,
    pub version: u32,
    pub digcomp: Vec<String>,
    pub minutes: u32,
    pub picture: String,
    pub steps: Vec<Step>,
    /// The three pictures of what was learned on the end screen (else the first three step
    /// pictures).
    pub end_pictures: Vec<String>,
    /// Review status per language (a language not listed is a draft).
    pub review: BTreeMap<Language, Review>,
    /// Where each picture comes from (`mulberry:<symbol>`, `drawn`, …), from
    /// `pictures/sources.toml`; the credits screen counts them.
    pub picture_sources: BTreeMap<String, String>,
    pictures: BTreeMap<String, PictureFile>,
    texts: BTreeMap<Language, FluentBundle<FluentResource>>,
    coach_notes: BTreeMap<Language, FluentBundle<FluentResource>>,
    narration: LazyNarration,
}

/// Voice files, read from the lessons tree the first time a language is asked for: reading
/// two thousand of them at start-up cost time and memory the sign-in screen does not need.
pub struct LazyNarration {
    source: LessonSource,
    /// The folder that holds `<lang>/` folders (`<lesson>/narration` or `narration`).
    folder: String,
    read: BTreeMap<Language, std::sync::OnceLock<Option<Narration>>>,
}

impl LazyNarration {
    pub fn new(source: &LessonSource, folder: String) -> LazyNarration {
        LazyNarration {
            source: source.clone(),
            folder,
            read: Language::ALL
                .into_iter()
                .map(|language| (language, std::sync::OnceLock::new()))
                .collect(),
        }
    }

    /// The voice files in `language`, if there are any.
    pub fn get(&self, language: Language) -> Option<&Narration> {
        self.read
            .get(&language)?
            .get_or_init(|| {
                Narration::read(
                    &self.source,
                    &format!("{}/{}", self.folder, language.code()),
                )
            })
            .as_ref()
    }
}

/// The voice files of one lesson (or of the interface) in one language.
#[derive(Debug, Clone, Default)]
pub struct Narration {
    pub manifest: crate::domain::narration::Manifest,
    /// OGG Vorbis (or WAV) bytes by text id.
    pub files: BTreeMap<String, Cow<'static, [u8]>>,
}

impl Narration {
    /// Reads `folder` (`narration.toml` and `<text-id>.ogg` files), if it has a manifest.
    pub fn read(source: &LessonSource, folder: &str) -> Option<Narration> {
        let manifest = source.read(&format!("{folder}/{}", crate::domain::narration::MANIFEST))?;
        let manifest =
            crate::domain::narration::Manifest::parse(std::str::from_utf8(&manifest).ok()?).ok()?;
        let files = source
            .read_all(folder)
            .into_iter()
            .filter_map(|(name, bytes)| {
                let id = name
                    .strip_suffix(".ogg")
                    .or_else(|| name.strip_suffix(".wav"))?;
                Some((id.to_string(), bytes))
            })
            .collect();
        Some(Narration { manifest, files })
    }

    /// The voice file for `id` if it speaks `text` as it is now (a file made for an older
    /// text is never played: it would say something else).
    pub fn voice(&self, id: &str, text: &str) -> Option<&[u8]> {
        let entry = self.manifest.files.get(id)?;
        (entry.hash == crate::domain::narration::text_hash(text))
            .then(|| self.files.get(id).map(|bytes| bytes.as_ref()))
            .flatten()
    }
}

impl std::fmt::Debug for Lesson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lesson")
            .field("id", &self.id)
            .field("steps", &self.steps.len())
            .finish()
    }
}

/// Looks `id` up in `language`, else English, else shows the id (which `lessons check` forbids).
fn lookup(
    texts: &BTreeMap<Language, FluentBundle<FluentResource>>,
    language: Language,
    id: &str,
) -> String {
    [language, Language::En]
        .iter()
        .filter_map(|language| texts.get(language))
        .find_map(|bundle| i18n::format(bundle, id, None))
        .unwrap_or_else(|| id.to_string())
}

impl Lesson {
    /// A lesson text in `language`.
    pub fn text(&self, language: Language, id: &str) -> String {
        lookup(&self.texts, language, id)
    }

    /// Is `id` written in `language` (no fallback)?
    pub fn has_text(&self, language: Language, id: &str) -> bool {
        self.texts
            .get(&language)
            .is_some_and(|bundle| bundle.has_message(id))
    }

    /// The lesson's title ("Parts of a computer").
    pub fn title(&self, language: Language) -> String {
        self.text(language, "lesson-title")
    }

    /// What the learner can do after it ("I know the screen, the mouse and the keyboard.").
    pub fn goal(&self, language: Language) -> String {
        self.text(language, "lesson-goal")
    }

    pub fn picture(&self, name: &str) -> Option<&PictureFile> {
        self.pictures.get(name)
    }

    /// The languages this lesson has texts in.
    pub fn languages(&self) -> Vec<Language> {
        self.texts.keys().copied().collect()
    }

    /// One part of the coach notes (an id from [`COACH_NOTES`]) in `language`, else English.
    pub fn coach_note(&self, language: Language, part: &str) -> Option<String> {
        [language, Language::En]
            .iter()
            .filter_map(|language| self.coach_notes.get(language))
            .find_map(|bundle| i18n::format(bundle, part, None))
    }

    /// Is this part of the coach notes written in `language` (no fallback)?
    pub fn has_coach_note(&self, language: Language, part: &str) -> bool {
        self.coach_notes
            .get(&language)
            .is_some_and(|bundle| bundle.has_message(part))
    }

    /// The voice files in `language`, if the lesson has any.
    pub fn narration(&self, language: Language) -> Option<&Narration> {
        self.narration.get(language)
    }

    /// The voice file that speaks text `id` in `language`, as the text is now.
    pub fn voice(&self, language: Language, id: &str) -> Option<&[u8]> {
        let text = self.text(language, id);
        self.narration.get(language)?.voice(id, &text)
    }

    /// Does a computer voice (not a person) speak any of this lesson's texts in `language`?
    pub fn uses_computer_voice(&self, language: Language) -> bool {
        self.narration.get(language).is_some_and(|narration| {
            narration
                .manifest
                .files
                .values()
                .any(|entry| entry.source == crate::domain::narration::Source::Generated)
        })
    }

    /// The review status of the texts in `language`.
    pub fn review(&self, language: Language) -> Review {
        self.review.get(&language).copied().unwrap_or_default()
    }
}

/// A module: a group of lessons with a picture.
#[derive(Debug)]
pub struct Module {
    pub id: String,
    pub picture: String,
    pub digcomp: Vec<String>,
    pub lessons: Vec<Lesson>,
}

/// A lesson or file that could not be used, for the coach and the content author.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonProblem {
    /// The file (and id) the problem is in.
    pub place: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

/// Everything a learner can open, plus what was left out and why.
pub struct Library {
    pub modules: Vec<Module>,
    pub problems: Vec<LessonProblem>,
    /// The languages the curriculum promises every text in.
    pub languages: Vec<Language>,
    /// Words that may be written in capitals (abbreviations such as "PC").
    pub allowed_capitals: Vec<String>,
    /// Where each curriculum picture comes from (`pictures/sources.toml`).
    pub picture_sources: BTreeMap<String, String>,
    /// Voice files of the curriculum's own texts (module titles), per language.
    pub narration: LazyNarration,
    pictures: BTreeMap<String, PictureFile>,
    texts: BTreeMap<Language, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Library")
            .field("modules", &self.modules)
            .field("problems", &self.problems)
            .finish()
    }
}

impl Library {
    /// The lessons compiled into this build.
    pub fn built_in() -> Library {
        Self::load(&LessonSource::Embedded(built_in_tree()))
    }

    /// The small, stable lessons tree the tests drive (`tests/fixtures/lessons`), so a change
    /// to the shipped curriculum never breaks a test of the engine.
    #[cfg(test)]
    pub(crate) fn fixture() -> Library {
        Self::load(&LessonSource::Folder(
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/lessons").into(),
        ))
    }

    /// The lessons a workstation uses: the config's `lessons_dir`, else the built-in ones.
    pub fn for_config(config: &crate::domain::config::Config) -> Library {
        match &config.lessons_dir {
            Some(dir) => Self::load(&LessonSource::Folder(dir.clone())),
            None => Self::built_in(),
        }
    }

    /// Reads a lessons tree; never fails, but lists its problems.
    pub fn load(source: &LessonSource) -> Library {
        let library = load::library(source);
        for problem in &library.problems {
            log::warn!("lesson problem in {}: {}", problem.place, problem.message);
        }
        library
    }

    /// A curriculum-level text (module titles).
    pub fn text(&self, language: Language, id: &str) -> String {
        lookup(&self.texts, language, id)
    }

    /// A curriculum-level picture (module pictures).
    pub fn picture(&self, name: &str) -> Option<&PictureFile> {
        self.pictures.get(name)
    }

    /// Finds a lesson by id.
    pub fn lesson(&self, id: &str) -> Option<&Lesson> {
        self.modules
            .iter()
            .flat_map(|module| &module.lessons)
            .find(|lesson| lesson.id == id)
    }

    /// The curriculum texts that are spoken (module titles), in `language`.
    pub fn spoken_texts(&self, language: Language) -> Vec<(String, String)> {
        self.modules
            .iter()
            .map(|module| format!("module-{}", module.id))
            .filter(|id| {
                self.texts
                    .get(&language)
                    .is_some_and(|bundle| bundle.has_message(id))
            })
            .map(|id| {
                let text = self.text(language, &id);
                (id, text)
            })
            .collect()
    }

    /// The voice file of a curriculum text (a module title) as it is now.
    pub fn voice(&self, language: Language, id: &str) -> Option<&[u8]> {
        let text = self.text(language, id);
        self.narration.get(language)?.voice(id, &text)
    }

    /// Where every shipped picture comes from (curriculum and lessons), one entry per file:
    /// `mulberry:<symbol>`, `drawn`, …
    pub fn all_picture_sources(&self) -> impl Iterator<Item = &str> {
        self.picture_sources.values().map(String::as_str).chain(
            self.lessons()
                .flat_map(|lesson| lesson.picture_sources.values().map(String::as_str)),
        )
    }

    /// Every lesson, in curriculum order.
    pub fn lessons(&self) -> impl Iterator<Item = &Lesson> {
        self.modules.iter().flat_map(|module| &module.lessons)
    }
}

#[cfg(test)]
pub(crate) mod tests;
