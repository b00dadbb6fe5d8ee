//! Lessons are data: `lessons/curriculum.toml` lists modules and their lessons, and each
//! lesson folder holds `lesson.toml`, `text/<lang>.ftl` and `pictures/`.
//!
//! A lesson that cannot be read is left out and reported; it never stops the app.
//! (The full format, with every exercise kind, is described in `docs/lesson-format.md`.)

use std::borrow::Cow;
use std::collections::BTreeMap;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use include_dir::{Dir, include_dir};
use serde::Deserialize;

use super::i18n::{self, Language};

static BUILT_IN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/lessons");

/// A picture file: SVG or PNG bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PictureFile {
    pub bytes: Cow<'static, [u8]>,
    pub is_svg: bool,
}

/// One choice of a "pick the picture" step.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub picture: String,
    /// Text id of the word under the picture.
    pub label: String,
    #[serde(default)]
    pub correct: bool,
}

/// What a step asks the learner to do.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Exercise {
    /// A picture and a short text; the learner reads (or hears) it and goes on.
    Info,
    /// Two to four pictures, one right.
    Pick {
        choices: Vec<Choice>,
        /// Text id of the first hint ("Look for the thing you hold in your hand.").
        hint: String,
        /// Text id of the kind words after a right answer.
        praise: String,
    },
}

/// One screen of a lesson.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Step {
    pub id: String,
    pub picture: String,
    /// Text id of the step text (at most two short sentences).
    pub text: String,
    #[serde(flatten)]
    pub exercise: Exercise,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    id: String,
    version: u32,
    #[serde(default)]
    digcomp: Vec<String>,
    minutes: u32,
    picture: String,
    steps: Vec<Step>,
}

/// A lesson ready to show.
pub struct Lesson {
    pub id: String,
    pub version: u32,
    pub digcomp: Vec<String>,
    pub minutes: u32,
    pub picture: String,
    pub steps: Vec<Step>,
    pictures: BTreeMap<String, PictureFile>,
    texts: BTreeMap<Language, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Lesson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lesson")
            .field("id", &self.id)
            .field("steps", &self.steps.len())
            .finish()
    }
}

impl Lesson {
    /// A lesson text in `language`, else English, else the id (which `lessons check` forbids).
    pub fn text(&self, language: Language, id: &str) -> String {
        [language, Language::En]
            .iter()
            .filter_map(|language| self.texts.get(language))
            .find_map(|bundle| i18n::format(bundle, id, None))
            .unwrap_or_else(|| id.to_string())
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
}

/// A module: a group of lessons with a picture.
#[derive(Debug)]
pub struct Module {
    pub id: String,
    pub picture: String,
    pub digcomp: Vec<String>,
    pub lessons: Vec<Lesson>,
}

/// A lesson or file that could not be used, for the coach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonProblem {
    pub place: String,
    pub message: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CurriculumFile {
    modules: Vec<ModuleEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleEntry {
    id: String,
    picture: String,
    #[serde(default)]
    digcomp: Vec<String>,
    lessons: Vec<String>,
}

/// Everything a learner can open, plus what was left out and why.
pub struct Library {
    pub modules: Vec<Module>,
    pub problems: Vec<LessonProblem>,
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
        Self::from_dir(&BUILT_IN)
    }

    /// Reads a lessons tree; never fails, but lists its problems.
    pub fn from_dir(root: &Dir<'static>) -> Library {
        let mut problems = Vec::new();
        let entries = match read_toml::<CurriculumFile>(root, "curriculum.toml") {
            Ok(file) => file.modules,
            Err(message) => {
                problems.push(LessonProblem {
                    place: "curriculum.toml".into(),
                    message,
                });
                Vec::new()
            }
        };
        let mut modules = Vec::new();
        for entry in entries {
            let mut lessons = Vec::new();
            for lesson_id in &entry.lessons {
                match load_lesson(root, lesson_id) {
                    Ok(lesson) => lessons.push(lesson),
                    Err(message) => problems.push(LessonProblem {
                        place: lesson_id.clone(),
                        message,
                    }),
                }
            }
            modules.push(Module {
                id: entry.id,
                picture: entry.picture,
                digcomp: entry.digcomp,
                lessons,
            });
        }
        let (texts, text_problems) = load_texts(root, "text");
        problems.extend(text_problems);
        for problem in &problems {
            log::warn!("lesson problem in {}: {}", problem.place, problem.message);
        }
        Library {
            modules,
            problems,
            pictures: load_pictures(root, "pictures"),
            texts,
        }
    }

    /// A curriculum-level text (module titles).
    pub fn text(&self, language: Language, id: &str) -> String {
        [language, Language::En]
            .iter()
            .filter_map(|language| self.texts.get(language))
            .find_map(|bundle| i18n::format(bundle, id, None))
            .unwrap_or_else(|| id.to_string())
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
}

fn read_toml<T: serde::de::DeserializeOwned>(root: &Dir<'static>, path: &str) -> Result<T, String> {
    let file = root
        .get_file(path)
        .ok_or_else(|| format!("{path} is missing"))?;
    let text = file
        .contents_utf8()
        .ok_or_else(|| format!("{path} is not UTF-8 text"))?;
    toml::from_str(text).map_err(|error| format!("{path}: {}", error.message()))
}

fn load_lesson(root: &Dir<'static>, id: &str) -> Result<Lesson, String> {
    let file: LessonFile = read_toml(root, &format!("{id}/lesson.toml"))?;
    if file.id != id {
        return Err(format!(
            "lesson.toml says id = \"{}\" but the folder is \"{id}\"",
            file.id
        ));
    }
    if file.steps.is_empty() {
        return Err("the lesson has no steps".into());
    }
    for step in &file.steps {
        if let Exercise::Pick { choices, .. } = &step.exercise {
            let right = choices.iter().filter(|choice| choice.correct).count();
            if !(2..=4).contains(&choices.len()) || right != 1 {
                return Err(format!(
                    "step {}: a pick step needs 2 to 4 choices with exactly one right one",
                    step.id
                ));
            }
        }
    }
    let pictures = load_pictures(root, &format!("{id}/pictures"));
    let names = file.steps.iter().flat_map(|step| {
        let choices: Vec<&str> = match &step.exercise {
            Exercise::Pick { choices, .. } => choices.iter().map(|c| c.picture.as_str()).collect(),
            Exercise::Info => Vec::new(),
        };
        std::iter::once(step.picture.as_str()).chain(choices)
    });
    for name in std::iter::once(file.picture.as_str()).chain(names) {
        if !pictures.contains_key(name) {
            return Err(format!("picture \"{name}\" is not in {id}/pictures"));
        }
    }
    let (texts, problems) = load_texts(root, &format!("{id}/text"));
    if let Some(problem) = problems.into_iter().next() {
        return Err(problem.message);
    }
    if !texts.contains_key(&Language::En) {
        return Err(format!("{id}/text/en.ftl is missing"));
    }
    Ok(Lesson {
        id: file.id,
        version: file.version,
        digcomp: file.digcomp,
        minutes: file.minutes,
        picture: file.picture,
        steps: file.steps,
        pictures,
        texts,
    })
}

fn load_pictures(root: &Dir<'static>, folder: &str) -> BTreeMap<String, PictureFile> {
    let Some(dir) = root.get_dir(folder) else {
        return BTreeMap::new();
    };
    dir.files()
        .filter_map(|file| {
            let path = file.path();
            let stem = path.file_stem()?.to_str()?.to_string();
            let is_svg = match path.extension()?.to_str()? {
                "svg" => true,
                "png" => false,
                _ => return None,
            };
            Some((
                stem,
                PictureFile {
                    bytes: Cow::Borrowed(file.contents()),
                    is_svg,
                },
            ))
        })
        .collect()
}

fn load_texts(
    root: &Dir<'static>,
    folder: &str,
) -> (
    BTreeMap<Language, FluentBundle<FluentResource>>,
    Vec<LessonProblem>,
) {
    let mut texts = BTreeMap::new();
    let mut problems = Vec::new();
    let Some(dir) = root.get_dir(folder) else {
        return (texts, problems);
    };
    for file in dir.files() {
        let path = file.path().display().to_string();
        let Some(language) = file
            .path()
            .file_stem()
            .and_then(|stem| stem.to_str())
            .and_then(Language::from_code)
        else {
            continue;
        };
        let source = file.contents_utf8().unwrap_or_default();
        match i18n::bundle_from_sources(language, [(path.clone(), source)]) {
            Ok(bundle) => {
                texts.insert(language, bundle);
            }
            Err(error) => problems.push(LessonProblem {
                place: path,
                message: error.to_string(),
            }),
        }
    }
    (texts, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_lessons_load_without_problems() {
        let library = Library::built_in();
        assert_eq!(library.problems, vec![]);
        assert!(!library.modules.is_empty());
        let lesson = library
            .lesson("parts-of-a-computer")
            .expect("the first lesson ships");
        assert_eq!(lesson.title(Language::En), "Parts of a computer");
        assert_ne!(lesson.title(Language::Nl), lesson.title(Language::En));
    }

    #[test]
    fn every_text_id_a_built_in_lesson_uses_exists_in_every_shipped_language() {
        let library = Library::built_in();
        for module in &library.modules {
            for language in Language::shipped() {
                let title = library.text(language, &format!("module-{}", module.id));
                assert!(
                    !title.starts_with("module-"),
                    "{} misses module-{}",
                    language.code(),
                    module.id
                );
            }
            for lesson in &module.lessons {
                for step in &lesson.steps {
                    let mut ids = vec![step.text.clone()];
                    if let Exercise::Pick {
                        choices,
                        hint,
                        praise,
                    } = &step.exercise
                    {
                        ids.extend([hint.clone(), praise.clone()]);
                        ids.extend(choices.iter().map(|choice| choice.label.clone()));
                    }
                    for language in Language::shipped() {
                        let bundle = &lesson.texts[&language];
                        for id in &ids {
                            assert!(
                                i18n::format(bundle, id, None).is_some(),
                                "{}: {} misses {id}",
                                lesson.id,
                                language.code()
                            );
                        }
                    }
                }
            }
        }
    }
}
