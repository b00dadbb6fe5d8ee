//! `stepwise lessons check`: everything a content author must fix before a lesson ships.
//!
//! On top of what the loader refuses, it checks that every picture decodes, that every text
//! exists in every language the curriculum declares, that steps carry no unknown keys, and the
//! easy-to-read rules (Inclusion Europe) that can be counted: sentence length, sentences per
//! step, words in capitals, italics.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::{COACH_NOTES, LessonSource, Library, PictureFile, Review};
use crate::domain::i18n::{self, Language};

/// A sentence longer than this is an error.
pub const MAX_WORDS: usize = 15;
/// A sentence longer than this is a warning: aim for 12 or fewer.
pub const AIM_WORDS: usize = 12;
/// A step text with more sentences than this is an error.
pub const MAX_SENTENCES: usize = 2;
/// A part of the coach notes longer than this does not fit one page of the coach area at
/// its largest text.
pub const MAX_NOTE_WORDS: usize = 70;
/// A lesson has this many steps at least and at most.
pub const MIN_STEPS: usize = 6;
pub const MAX_STEPS: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One thing to fix (error) or to consider (warning), with where and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    /// File, and the id inside it.
    pub place: String,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let word = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{word}: {}: {}", self.place, self.message)
    }
}

/// The outcome of a check.
#[derive(Debug, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub modules: usize,
    pub lessons: usize,
    pub steps: usize,
    /// How many lessons have each review status, per language.
    pub reviews: BTreeMap<(Language, Review), usize>,
    /// How far the lessons' texts can be heard, per language.
    pub narration: BTreeMap<Language, crate::domain::narration::Coverage>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    }

    fn error(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            severity: Severity::Error,
            place: place.into(),
            message: message.into(),
        });
    }

    fn warning(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            severity: Severity::Warning,
            place: place.into(),
            message: message.into(),
        });
    }
}

/// Checks a lessons tree.
pub fn check(source: &LessonSource) -> Report {
    let library = Library::load(source);
    let mut report = Report {
        modules: library.modules.len(),
        ..Report::default()
    };
    for problem in &library.problems {
        report.error(&problem.place, &problem.message);
    }
    let mut learner_texts: Vec<(Language, String, String)> = Vec::new();
    let mut module_ids = BTreeSet::new();
    let mut lesson_ids = BTreeSet::new();
    for module in &library.modules {
        if !module_ids.insert(module.id.as_str()) {
            report.error(
                "curriculum.toml",
                format!("module id \"{}\" is used twice", module.id),
            );
        }
        check_picture(
            &mut report,
            "pictures",
            &module.picture,
            library.picture(&module.picture),
        );
        let id = format!("module-{}", module.id);
        for language in &library.languages {
            let bundle_has = library
                .texts
                .get(language)
                .is_some_and(|bundle| bundle.has_message(&id));
            if !bundle_has {
                report.error(
                    format!("text/{}.ftl", language.code()),
                    format!("{id} is missing; add the module's title"),
                );
            }
        }
        for language in &library.languages {
            let id = format!("module-{}", module.id);
            if let Some(text) = library
                .texts
                .get(language)
                .and_then(|bundle| i18n::format(bundle, &id, None))
            {
                learner_texts.push((
                    *language,
                    format!("text/{}.ftl: {id}", language.code()),
                    text,
                ));
            }
        }
        for lesson in &module.lessons {
            if !lesson_ids.insert(lesson.id.as_str()) {
                report.error(
                    "curriculum.toml",
                    format!("lesson \"{}\" is listed twice", lesson.id),
                );
            }
        }
    }
    for lesson in library.lessons() {
        report.lessons += 1;
        report.steps += lesson.steps.len();
        let folder = &lesson.id;
        if !(MIN_STEPS..=MAX_STEPS).contains(&lesson.steps.len()) {
            report.error(
                format!("{folder}/lesson.toml"),
                format!(
                    "{} steps; a lesson has {MIN_STEPS} to {MAX_STEPS} (one goal, 3 to 8 minutes): split it or add practice",
                    lesson.steps.len()
                ),
            );
        }
        if !(3..=8).contains(&lesson.minutes) {
            report.warning(
                format!("{folder}/lesson.toml"),
                format!(
                    "minutes = {}; a lesson takes 3 to 8 minutes",
                    lesson.minutes
                ),
            );
        }
        check_unknown_keys(&mut report, source, folder);
        let mut names: BTreeSet<&str> = lesson
            .steps
            .iter()
            .flat_map(|step| step.pictures())
            .collect();
        names.insert(&lesson.picture);
        for name in names {
            check_picture(
                &mut report,
                &format!("{folder}/pictures"),
                name,
                lesson.picture(name),
            );
        }
        let step_texts: BTreeSet<&str> =
            lesson.steps.iter().map(|step| step.text.as_str()).collect();
        let mut used: BTreeSet<&str> = ["lesson-title", "lesson-goal"].into();
        used.extend(lesson.steps.iter().flat_map(|step| step.text_ids()));
        for language in &library.languages {
            let file = format!("{folder}/text/{}.ftl", language.code());
            if !lesson.languages().contains(language) {
                report.error(
                    &file,
                    "is missing; the curriculum promises every lesson in this language",
                );
                continue;
            }
            for id in &used {
                if !lesson.has_text(*language, id) {
                    report.error(
                        &file,
                        format!("{id} is missing; add it (the English file has it)"),
                    );
                }
            }
            for id in &used {
                if lesson.has_text(*language, id) {
                    let text = lesson.text(*language, id);
                    lint(
                        &mut report,
                        &format!("{file}: {id}"),
                        &text,
                        step_texts.contains(id),
                        &library.allowed_capitals,
                    );
                    learner_texts.push((*language, format!("{file}: {id}"), text));
                }
            }
            // A text with a variable cannot have a voice file: there is no clip for what it
            // becomes. Lesson texts are written out in full.
            if let Some(bytes) = source.read(&file) {
                let text = String::from_utf8_lossy(&bytes);
                let plain = i18n::plain_message_ids(&text);
                for id in used.iter().filter(|id| lesson.has_text(*language, id)) {
                    if !plain.iter().any(|p| p == id) {
                        report.error(
                            format!("{file}: {id}"),
                            "uses a variable or a choice, which no voice file can speak: write the text out in full",
                        );
                    }
                }
            }
            // Typing practice says the next key when the learner needs help: every
            // character of the text to type needs a way to be said.
            for step in &lesson.steps {
                if let super::Exercise::Type { answer, .. } = &step.exercise
                    && lesson.has_text(*language, answer)
                {
                    let unsaid: String = lesson
                        .text(*language, answer)
                        .chars()
                        .filter(|c| crate::domain::narration::key_said(*c).is_none())
                        .collect();
                    if !unsaid.is_empty() {
                        report.error(
                            format!("{file}: {answer}"),
                            format!("\"{unsaid}\" cannot be said key by key: use letters, digits, spaces and @ . , - _ / :"),
                        );
                    }
                }
            }
            let notes = format!("{folder}/coach/{}.ftl", language.code());
            for part in COACH_NOTES {
                let Some(note) = lesson
                    .has_coach_note(*language, part)
                    .then(|| lesson.coach_note(*language, part))
                    .flatten()
                else {
                    report.error(
                        &notes,
                        format!(
                            "{part} is missing; every lesson has coach notes ({})",
                            COACH_NOTES.join(", ")
                        ),
                    );
                    continue;
                };
                let count = words(&note).len();
                if count > MAX_NOTE_WORDS {
                    report.error(
                        &notes,
                        format!("{part} has {count} words; at most {MAX_NOTE_WORDS} fit one page of the coach area: shorten it"),
                    );
                }
            }
            check_narration(&mut report, lesson, *language);
            match lesson.review.get(language) {
                Some(status) => *report.reviews.entry((*language, *status)).or_default() += 1,
                None => report.error(
                    format!("{folder}/lesson.toml"),
                    format!(
                        "review.{} is missing; say honestly how far the texts are checked ({})",
                        language.code(),
                        Review::ALL.map(Review::name).join(", ")
                    ),
                ),
            }
        }
        check_sources(
            &mut report,
            source,
            &format!("{folder}/pictures"),
            &lesson.picture_sources,
        );
    }
    let module_sources =
        super::load::read_toml::<super::load::SourcesFile>(source, "pictures/sources.toml")
            .map(|file| file.pictures)
            .unwrap_or_default();
    check_sources(&mut report, source, "pictures", &module_sources);
    check_glossary(&mut report, source, &library, &learner_texts);
    for language in &library.languages {
        let texts = library.spoken_texts(*language);
        // A tree not narrated yet in this language says so per lesson already.
        let Some(voices) = library.narration.get(*language) else {
            continue;
        };
        let coverage = crate::domain::narration::coverage(&texts, &voices.manifest, |id| {
            voices.files.contains_key(id)
        });
        if !coverage.missing.is_empty() || !coverage.stale.is_empty() {
            report.warning(
                format!("narration/{}", language.code()),
                format!(
                    "module titles without a fresh voice file: {}: run `stepwise narrate`",
                    coverage
                        .missing
                        .iter()
                        .chain(&coverage.stale)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
        report
            .narration
            .entry(*language)
            .or_default()
            .add(&coverage);
    }
    report
        .findings
        .sort_by(|a, b| (a.severity, &a.place).cmp(&(b.severity, &b.place)));
    report
}

fn check_picture(report: &mut Report, folder: &str, name: &str, file: Option<&PictureFile>) {
    let Some(file) = file else {
        report.error(folder, format!("picture \"{name}\" is missing"));
        return;
    };
    let decoded = if file.is_svg {
        usvg::Tree::from_data(&file.bytes, &usvg::Options::default())
            .map(|_| ())
            .map_err(|e| e.to_string())
    } else {
        image::load_from_memory(&file.bytes)
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    if file.is_svg && String::from_utf8_lossy(&file.bytes).contains("<text") {
        report.error(
            format!("{folder}/{name}.svg"),
            "draws words with <text>: they are not shown and cannot be translated; use shapes, and put the words in the Fluent file",
        );
    }
    if let Err(error) = decoded {
        let extension = if file.is_svg { "svg" } else { "png" };
        report.error(
            format!("{folder}/{name}.{extension}"),
            format!("does not decode ({error}); save it again"),
        );
    }
}

/// Every text of a lesson must be heard: a voice file per text and language that speaks the
/// text as it is now (`stepwise narrate` makes the missing ones).
fn check_narration(report: &mut Report, lesson: &super::Lesson, language: Language) {
    use crate::domain::narration;
    let folder = format!("{}/narration/{}", lesson.id, language.code());
    let texts = narration::lesson_texts(lesson, language);
    let Some(voices) = lesson.narration(language) else {
        // A lesson still being written: a warning, so it can be tried before it is narrated.
        report.warning(
            &folder,
            format!(
                "no voice files yet: run `stepwise narrate --lesson {}` before it ships",
                lesson.id
            ),
        );
        report
            .narration
            .entry(language)
            .or_default()
            .add(&narration::Coverage {
                texts: texts.len(),
                missing: texts.into_iter().map(|(id, _)| id).collect(),
                ..Default::default()
            });
        return;
    };
    let coverage =
        narration::coverage(&texts, &voices.manifest, |id| voices.files.contains_key(id));
    let list = |ids: &[String]| {
        let mut shown = ids.iter().take(4).cloned().collect::<Vec<_>>().join(", ");
        if ids.len() > 4 {
            shown.push_str(&format!(" and {} more", ids.len() - 4));
        }
        shown
    };
    if !coverage.missing.is_empty() {
        report.error(
            &folder,
            format!(
                "{} of {} texts cannot be heard ({}): run `stepwise narrate --lesson {}`",
                coverage.missing.len(),
                coverage.texts,
                list(&coverage.missing),
                lesson.id
            ),
        );
    }
    if !coverage.stale.is_empty() {
        report.error(
            &folder,
            format!(
                "the text changed since its voice file was made ({}): run `stepwise narrate --lesson {}`, or record it again",
                list(&coverage.stale),
                lesson.id
            ),
        );
    }
    report.narration.entry(language).or_default().add(&coverage);
}

/// Where a shipped picture may come from: the sets whose licences `CREDITS.md` honours.
pub const PICTURE_SOURCES: [&str; 4] = ["mulberry:", "openmoji:", "twemoji:", "drawn"];

/// Every picture in `folder` must say where it comes from, so the credits are complete.
fn check_sources(
    report: &mut Report,
    source: &LessonSource,
    folder: &str,
    sources: &BTreeMap<String, String>,
) {
    let list = format!("{folder}/sources.toml");
    let pictures: BTreeSet<String> = source
        .files(folder)
        .into_iter()
        .filter_map(|name| {
            let (stem, extension) = name.rsplit_once('.')?;
            matches!(extension, "svg" | "png").then(|| stem.to_string())
        })
        .collect();
    for picture in &pictures {
        match sources.get(picture) {
            None => report.error(
                &list,
                format!(
                    "{picture} has no source; add `{picture} = \"mulberry:<symbol>\"` (or openmoji:, twemoji:, drawn)"
                ),
            ),
            Some(from) if !PICTURE_SOURCES.iter().any(|prefix| from.starts_with(prefix)) => report.error(
                &list,
                format!("{picture} = \"{from}\" is not a known source ({})", PICTURE_SOURCES.join(", ")),
            ),
            Some(_) => {}
        }
    }
    for listed in sources.keys().filter(|name| !pictures.contains(*name)) {
        report.warning(
            &list,
            format!("{listed} is listed but there is no such picture"),
        );
    }
}

/// `glossary/<lang>.toml`: one word and one pictogram per idea, and the words not to use
/// for it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub terms: Vec<Term>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The one word the lessons use for the idea.
    pub word: String,
    /// Its pictogram, in the curriculum's `pictures/`.
    pub picture: String,
    /// What it means, in easy words.
    pub means: String,
    /// Words that mean the same and must not be used for it.
    #[serde(default)]
    pub avoid: Vec<String>,
}

/// Does `text` hold `phrase` as whole words (case does not matter)?
pub fn has_phrase(text: &str, phrase: &str) -> bool {
    let text = text.to_lowercase();
    let phrase = phrase.to_lowercase();
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
    text.match_indices(&phrase).any(|(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + phrase.len()..].chars().next();
        !is_word(before) && !is_word(after)
    })
}

fn check_glossary(
    report: &mut Report,
    source: &LessonSource,
    library: &Library,
    learner_texts: &[(Language, String, String)],
) {
    for language in &library.languages {
        let path = format!("glossary/{}.toml", language.code());
        let glossary = match super::load::read_toml::<Glossary>(source, &path) {
            Ok(glossary) => glossary,
            Err(message) => {
                report.error(&path, message);
                continue;
            }
        };
        for term in &glossary.terms {
            if library.picture(&term.picture).is_none() {
                report.error(
                    &path,
                    format!(
                        "{}: picture \"{}\" is not in pictures/",
                        term.word, term.picture
                    ),
                );
            }
            lint(
                report,
                &format!("{path}: {}", term.word),
                &term.means,
                false,
                &library.allowed_capitals,
            );
            for avoid in &term.avoid {
                for (_, place, text) in learner_texts.iter().filter(|(l, ..)| l == language) {
                    if has_phrase(text, avoid) {
                        report.error(
                            place,
                            format!(
                                "says \"{avoid}\"; the glossary word is \"{}\": use it in every lesson",
                                term.word
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// Keys each kind may have, so a typo ("choises") is an error, not a silent default.
fn allowed_keys(kind: &str) -> Option<&'static [&'static str]> {
    const COMMON: [&str; 6] = ["id", "kind", "picture", "text", "hint", "praise"];
    Some(match kind {
        "info" => &COMMON[..4],
        "pick" => &["id", "kind", "picture", "text", "hint", "praise", "choices"],
        "yes-no" => &["id", "kind", "picture", "text", "hint", "praise", "answer"],
        "order" => &["id", "kind", "picture", "text", "hint", "praise", "cards"],
        "click" => &["id", "kind", "picture", "text", "hint", "praise", "click"],
        "find" => &["id", "kind", "picture", "text", "hint", "praise", "regions"],
        "drag" => &[
            "id", "kind", "picture", "text", "hint", "praise", "object", "targets",
        ],
        "type" => &[
            "id",
            "kind",
            "picture",
            "text",
            "hint",
            "praise",
            "answer",
            "sensitive",
        ],
        "shortcut" => &[
            "id", "kind", "picture", "text", "hint", "praise", "hold", "press",
        ],
        "sim" => &[
            "id", "kind", "picture", "text", "hint", "praise", "window", "widgets", "goal",
        ],
        _ => return None,
    })
}

fn check_unknown_keys(report: &mut Report, source: &LessonSource, folder: &str) {
    let path = format!("{folder}/lesson.toml");
    let Ok(table) = super::load::read_toml::<toml::Table>(source, &path) else {
        return;
    };
    let Some(steps) = table.get("steps").and_then(toml::Value::as_array) else {
        return;
    };
    for step in steps.iter().filter_map(toml::Value::as_table) {
        let id = step.get("id").and_then(toml::Value::as_str).unwrap_or("?");
        let kind = step
            .get("kind")
            .and_then(toml::Value::as_str)
            .unwrap_or("?");
        let Some(allowed) = allowed_keys(kind) else {
            report.error(
                &path,
                format!(
                    "step {id}: kind \"{kind}\" is not one of info, pick, yes-no, order, click, find, drag, type, sim, shortcut"
                ),
            );
            continue;
        };
        for key in step.keys().filter(|key| !allowed.contains(&key.as_str())) {
            report.error(
                &path,
                format!(
                    "step {id}: `{key}` is not a key of a {kind} step (allowed: {})",
                    allowed.join(", ")
                ),
            );
        }
    }
}

/// Splits a text into sentences at `.`, `!`, `?` (and `…`) followed by a space or the end.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (index, (offset, c)) in chars.iter().enumerate() {
        let ends = matches!(c, '.' | '!' | '?' | '…');
        let next_is_space = chars
            .get(index + 1)
            .is_none_or(|(_, next)| next.is_whitespace());
        if ends && next_is_space {
            let end = offset + c.len_utf8();
            let sentence = text[start..end].trim();
            if !sentence.is_empty() {
                sentences.push(sentence);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        sentences.push(rest);
    }
    sentences
}

/// Words: runs of letters or digits (so "Sun-Tree-42" is three, "e-mail" two).
pub fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect()
}

/// The easy-to-read rules that can be counted.
pub fn lint_findings(
    text: &str,
    is_step_text: bool,
    allowed_capitals: &[String],
) -> Vec<(Severity, String)> {
    let mut findings = Vec::new();
    let sentences = sentences(text);
    if is_step_text && sentences.len() > MAX_SENTENCES {
        findings.push((
            Severity::Error,
            format!(
                "{} sentences; a step has at most {MAX_SENTENCES}: move one to a new step",
                sentences.len()
            ),
        ));
    }
    for sentence in &sentences {
        let count = words(sentence).len();
        if count > MAX_WORDS {
            findings.push((
                Severity::Error,
                format!("\"{sentence}\" has {count} words (at most {MAX_WORDS}): split it"),
            ));
        } else if count > AIM_WORDS {
            findings.push((
                Severity::Warning,
                format!("\"{sentence}\" has {count} words (aim for {AIM_WORDS} or fewer)"),
            ));
        }
    }
    for word in words(text) {
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        let shouting = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
        if shouting && !allowed_capitals.iter().any(|allowed| allowed == word) {
            findings.push((
                Severity::Error,
                format!("\"{word}\" is in capitals; write it in small letters (or add it to allowed_capitals)"),
            ));
        }
    }
    let italics = ["<i>", "<em>", "</i>", "</em>"]
        .iter()
        .any(|tag| text.contains(tag))
        || text.split_whitespace().any(|w| {
            let inner = w.trim_end_matches(['.', ',', '!', '?', ':', ';']);
            (inner.len() > 2 && inner.starts_with('*') && inner.ends_with('*'))
                || (inner.len() > 2 && inner.starts_with('_') && inner.ends_with('_'))
        });
    if italics {
        findings.push((
            Severity::Error,
            "uses italics; easy-to-read text has none: write it plainly".into(),
        ));
    }
    findings
}

fn lint(
    report: &mut Report,
    place: &str,
    text: &str,
    is_step_text: bool,
    allowed_capitals: &[String],
) {
    for (severity, message) in lint_findings(text, is_step_text, allowed_capitals) {
        match severity {
            Severity::Error => report.error(place, message),
            Severity::Warning => report.warning(place, message),
        }
    }
}

/// Interface texts (`locales/`) follow the same rules; the CLI checks them too.
pub fn lint_interface_texts(language: Language, allowed_capitals: &[String]) -> Vec<Finding> {
    let texts = i18n::Texts::load(language);
    i18n::ui_message_ids(language)
        .into_iter()
        .flat_map(|id| {
            let text = texts.get(&id);
            lint_findings(&text, false, allowed_capitals)
                .into_iter()
                .map(move |(severity, message)| Finding {
                    severity,
                    place: format!("locales/{}/main.ftl: {id}", language.code()),
                    message,
                })
        })
        .collect()
}

#[cfg(test)]
mod tests;
