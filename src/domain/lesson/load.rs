//! Reading a lessons tree into a [`Library`]. Anything that would break a lesson on screen
//! leaves that lesson out with a [`LessonProblem`]; `check` looks further.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use serde::Deserialize;

use super::{Exercise, Lesson, LessonProblem, LessonSource, Library, Module, PictureFile, Step};
use crate::domain::i18n::{self, Language};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CurriculumFile {
    /// Every text must exist in each of these languages.
    languages: Vec<String>,
    #[serde(default)]
    allowed_capitals: Vec<String>,
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile {
    id: String,
    version: u32,
    #[serde(default)]
    digcomp: Vec<String>,
    minutes: u32,
    picture: String,
    /// The three pictures of what was learned, for the end screen.
    #[serde(default)]
    end_pictures: Vec<String>,
    /// Review status per language code: `draft`, `checked-by-author`,
    /// `checked-by-easy-to-read-reviewers`.
    #[serde(default)]
    review: BTreeMap<String, super::Review>,
    steps: Vec<Step>,
}

/// `pictures/sources.toml`: where each picture of a folder comes from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SourcesFile {
    pub(super) pictures: BTreeMap<String, String>,
}

pub(super) fn read_toml<T: serde::de::DeserializeOwned>(
    source: &LessonSource,
    path: &str,
) -> Result<T, String> {
    let bytes = source
        .read(path)
        .ok_or_else(|| format!("{path} is missing"))?;
    let text = std::str::from_utf8(&bytes).map_err(|_| format!("{path} is not UTF-8 text"))?;
    toml::from_str(text).map_err(|error| {
        let line = error
            .span()
            .map(|span| text[..span.start].lines().count().max(1));
        match line {
            Some(line) => format!("{path}, line {line}: {}", error.message()),
            None => format!("{path}: {}", error.message()),
        }
    })
}

pub(super) fn library(source: &LessonSource) -> Library {
    let mut problems = Vec::new();
    let curriculum = match read_toml::<CurriculumFile>(source, "curriculum.toml") {
        Ok(file) => file,
        Err(message) => {
            problems.push(LessonProblem {
                place: "curriculum.toml".into(),
                message,
            });
            CurriculumFile {
                languages: vec!["en".into()],
                allowed_capitals: Vec::new(),
                modules: Vec::new(),
            }
        }
    };
    let mut languages = Vec::new();
    for code in &curriculum.languages {
        match Language::from_code(code) {
            Some(language) => languages.push(language),
            None => problems.push(LessonProblem {
                place: "curriculum.toml".into(),
                message: format!(
                    "languages: \"{code}\" is not a partner language code (such as \"nl\")"
                ),
            }),
        }
    }
    let mut modules = Vec::new();
    for entry in curriculum.modules {
        let mut lessons = Vec::new();
        for lesson_id in &entry.lessons {
            match lesson(source, lesson_id) {
                Ok(lesson) => lessons.push(lesson),
                Err(message) => problems.push(LessonProblem {
                    place: format!("{lesson_id}/lesson.toml"),
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
    let (texts, text_problems) = texts(source, "text");
    problems.extend(text_problems);
    Library {
        modules,
        problems,
        languages,
        allowed_capitals: curriculum.allowed_capitals,
        picture_sources: read_toml::<SourcesFile>(source, "pictures/sources.toml")
            .map(|file| file.pictures)
            .unwrap_or_default(),
        narration: super::LazyNarration::new(source, "narration".into()),
        pictures: pictures(source, "pictures"),
        texts,
    }
}

/// What makes a step impossible to show or to answer.
fn step_problem(step: &Step) -> Option<String> {
    let id = &step.id;
    if step.exercise.is_answered() && (step.hint.is_none() || step.praise.is_none()) {
        return Some(format!(
            "step {id}: {} step needs `hint` (what to look at) and `praise` (kind words when right)",
            step.exercise.kind_with_article()
        ));
    }
    match &step.exercise {
        Exercise::Pick { choices } => {
            let right = choices.iter().filter(|choice| choice.correct).count();
            if !(2..=4).contains(&choices.len()) || right != 1 {
                return Some(format!(
                    "step {id}: a pick step needs 2 to 4 choices with exactly one `correct = true`"
                ));
            }
        }
        Exercise::Order { cards } => {
            if !(3..=5).contains(&cards.len()) {
                return Some(format!(
                    "step {id}: an order step needs 3 to 5 cards, listed in the right order"
                ));
            }
            if cards.iter().any(|card| card.correct) {
                return Some(format!(
                    "step {id}: order cards have no `correct`; their order in the file is the answer"
                ));
            }
        }
        Exercise::Drag { targets, .. } => {
            let right = targets.iter().filter(|target| target.correct).count();
            if !(1..=3).contains(&targets.len()) || right != 1 {
                return Some(format!(
                    "step {id}: a drag step needs 1 to 3 targets with exactly one `correct = true`"
                ));
            }
        }
        Exercise::Find { regions, .. } if regions.is_empty() => {
            return Some(format!(
                "step {id}: a find step needs at least one region (x, y, width, height)"
            ));
        }
        Exercise::Info
        | Exercise::YesNo { .. }
        | Exercise::Click { .. }
        | Exercise::Find { .. }
        | Exercise::Type { .. } => {}
        Exercise::Shortcut { hold, press } => {
            if hold.is_empty() {
                return Some(format!(
                    "step {id}: a shortcut step needs at least one key in `hold` (ctrl, windows, alt, shift)"
                ));
            }
            if !press.is_ascii_alphanumeric() || press.is_ascii_uppercase() {
                return Some(format!(
                    "step {id}: `press` must be one small letter or a digit (it is \"{press}\")"
                ));
            }
        }
        Exercise::Sim { widgets, goal, .. } => {
            let find = |id: &str| widgets.iter().find(|widget| widget.id == id);
            match find(&goal.press) {
                Some(widget) if widget.kind == crate::domain::lesson::SimWidgetKind::Button => {}
                _ => {
                    return Some(format!(
                        "step {id}: goal.press \"{}\" is not a button of the window",
                        goal.press
                    ));
                }
            }
            for field in goal.fields.keys().chain(&goal.filled) {
                if !find(field).is_some_and(|widget| {
                    widget.kind == crate::domain::lesson::SimWidgetKind::Field
                }) {
                    return Some(format!(
                        "step {id}: the goal names \"{field}\", which is not a field of the window"
                    ));
                }
            }
            let unique: BTreeSet<&str> = widgets.iter().map(|widget| widget.id.as_str()).collect();
            if unique.len() != widgets.len() {
                return Some(format!("step {id}: two widgets share an id"));
            }
        }
    }
    if let Exercise::Pick { choices: cards } | Exercise::Order { cards } = &step.exercise {
        let unique: BTreeSet<&str> = cards.iter().map(|card| card.id.as_str()).collect();
        if unique.len() != cards.len() {
            return Some(format!("step {id}: two cards or choices share an id"));
        }
    }
    None
}

fn lesson(source: &LessonSource, id: &str) -> Result<Lesson, String> {
    let file: LessonFile = read_toml(source, &format!("{id}/lesson.toml"))?;
    if file.id != id {
        return Err(format!(
            "id = \"{}\" but the folder is \"{id}\"; make them the same",
            file.id
        ));
    }
    if file.steps.is_empty() {
        return Err("the lesson has no steps".into());
    }
    let mut step_ids = BTreeSet::new();
    for step in &file.steps {
        if !step_ids.insert(step.id.as_str()) {
            return Err(format!(
                "two steps have the id \"{}\"; step ids must be unique",
                step.id
            ));
        }
        if let Some(problem) = step_problem(step) {
            return Err(problem);
        }
    }
    let pictures = pictures(source, &format!("{id}/pictures"));
    if file.end_pictures.len() > 3 {
        return Err("end_pictures: at most three pictures fit the end screen".into());
    }
    let names = std::iter::once(file.picture.as_str())
        .chain(file.end_pictures.iter().map(String::as_str))
        .chain(file.steps.iter().flat_map(Step::pictures));
    for name in names {
        if !pictures.contains_key(name) {
            return Err(format!(
                "picture \"{name}\" is not in {id}/pictures (as {name}.svg or {name}.png)"
            ));
        }
    }
    let mut steps = file.steps;
    for step in &mut steps {
        if let Exercise::Find {
            regions,
            picture_size,
        } = &mut step.exercise
        {
            let file = &pictures[&step.picture];
            let size = picture_size_of(file).ok_or_else(|| {
                format!(
                    "step {}: picture \"{}\" cannot be read to place its regions",
                    step.id, step.picture
                )
            })?;
            for region in regions.iter() {
                let inside = region.x >= 0.0
                    && region.y >= 0.0
                    && region.width > 0.0
                    && region.height > 0.0
                    && region.x + region.width <= size.0 + 0.5
                    && region.y + region.height <= size.1 + 0.5;
                if !inside {
                    return Err(format!(
                        "step {}: region {region:?} is not inside the picture ({} × {}); regions are in the picture's own coordinates",
                        step.id, size.0, size.1
                    ));
                }
            }
            *picture_size = size;
        }
    }
    let (texts, problems) = texts(source, &format!("{id}/text"));
    if let Some(problem) = problems.into_iter().next() {
        return Err(problem.message);
    }
    if !texts.contains_key(&Language::En) {
        return Err(format!("{id}/text/en.ftl is missing"));
    }
    let mut review = BTreeMap::new();
    for (code, status) in file.review {
        let language = Language::from_code(&code).ok_or_else(|| {
            format!("review: \"{code}\" is not a partner language code (such as \"nl\")")
        })?;
        review.insert(language, status);
    }
    let (coach_notes, problems) = self::texts(source, &format!("{id}/coach"));
    if let Some(problem) = problems.into_iter().next() {
        return Err(problem.message);
    }
    let picture_sources = read_toml::<SourcesFile>(source, &format!("{id}/pictures/sources.toml"))
        .map(|file| file.pictures)
        .unwrap_or_default();
    Ok(Lesson {
        id: file.id,
        version: file.version,
        digcomp: file.digcomp,
        minutes: file.minutes,
        picture: file.picture,
        steps,
        end_pictures: file.end_pictures,
        review,
        picture_sources,
        pictures,
        texts,
        coach_notes,
        narration: super::LazyNarration::new(source, format!("{id}/narration")),
    })
}

/// A picture's own width and height: an SVG's size, a PNG's pixels.
pub(super) fn picture_size_of(file: &PictureFile) -> Option<(f32, f32)> {
    if file.is_svg {
        let tree = usvg::Tree::from_data(&file.bytes, &usvg::Options::default()).ok()?;
        Some((tree.size().width(), tree.size().height()))
    } else {
        let reader = image::ImageReader::new(std::io::Cursor::new(&file.bytes))
            .with_guessed_format()
            .ok()?;
        let (width, height) = reader.into_dimensions().ok()?;
        Some((width as f32, height as f32))
    }
}

fn pictures(source: &LessonSource, folder: &str) -> BTreeMap<String, PictureFile> {
    source
        .read_all(folder)
        .into_iter()
        .filter_map(|(name, bytes)| {
            let (stem, extension) = name.rsplit_once('.')?;
            let is_svg = match extension {
                "svg" => true,
                "png" => false,
                _ => return None,
            };
            Some((stem.to_string(), PictureFile { bytes, is_svg }))
        })
        .collect()
}

pub(super) fn texts(
    source: &LessonSource,
    folder: &str,
) -> (
    BTreeMap<Language, FluentBundle<FluentResource>>,
    Vec<LessonProblem>,
) {
    let mut texts = BTreeMap::new();
    let mut problems = Vec::new();
    for name in source.files(folder) {
        let Some(language) = name.strip_suffix(".ftl").and_then(Language::from_code) else {
            continue;
        };
        let path = format!("{folder}/{name}");
        let bytes = source.read(&path).unwrap_or_default();
        let Ok(text) = std::str::from_utf8(&bytes) else {
            problems.push(LessonProblem {
                place: path,
                message: "not UTF-8 text".into(),
            });
            continue;
        };
        match i18n::bundle_from_sources(language, [(path.clone(), text)]) {
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
