//! Narration: every text a learner sees can be heard, from a voice file per text and
//! language. Lesson texts live in `lessons/<id>/narration/<lang>/<text-id>.ogg`, interface
//! texts in `assets/narration/<lang>/<message-id>.ogg`; a `narration.toml` beside them
//! records, per file, the hash of the text it speaks and whether a person recorded it or a
//! tool generated it. The format is in `docs/narration.md`.

pub mod generate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::Digest;

use super::i18n::Language;
use super::lesson::Lesson;

/// The manifest's file name in every narration folder.
pub const MANIFEST: &str = "narration.toml";

/// The interface's voice files, compiled in.
static INTERFACE: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/assets/narration");

/// The interface's voice files in `language`, if it has any.
pub fn interface(language: Language) -> Option<super::lesson::Narration> {
    super::lesson::Narration::read(
        &super::lesson::LessonSource::Embedded(&INTERFACE),
        language.code(),
    )
}

/// Who made a voice file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// A person read it: never overwritten by `stepwise narrate`.
    Recorded,
    /// A text-to-speech tool made it: a bridge until a person records it.
    Generated,
}

/// One voice file: the text it speaks (as a hash) and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// [`text_hash`] of the text the file speaks; another hash means the text changed since.
    pub hash: String,
    pub source: Source,
    /// For a generated file: the tool and voice ("espeak-ng 1.51, nl, 135 words a minute").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    /// For a recorded file: who read it (a first name or "volunteer"), if they agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// `narration.toml`: every voice file of one folder (one language).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(default)]
    pub files: BTreeMap<String, Entry>,
}

impl Manifest {
    pub fn parse(text: &str) -> Result<Manifest, String> {
        toml::from_str(text).map_err(|error| error.to_string())
    }

    pub fn to_toml(&self) -> String {
        let body = toml::to_string(self).unwrap_or_default();
        format!(
            "# Voice files of this folder: the hash of the text each speaks, and who made it.\n\
             # Written by `stepwise narrate`; a recorded file is never overwritten.\n\n{body}"
        )
    }
}

/// A short, stable fingerprint of a text, so a voice file whose text changed is found.
pub fn text_hash(text: &str) -> String {
    let digest = sha2::Sha256::digest(text.trim().as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The texts of a lesson that are spoken, in `language`: its title and goal, and every text
/// its steps show (step texts, hints, praise, labels, the pretend windows' words).
pub fn lesson_texts(lesson: &Lesson, language: Language) -> Vec<(String, String)> {
    let mut ids: Vec<&str> = vec!["lesson-title", "lesson-goal"];
    for step in &lesson.steps {
        for id in step.text_ids() {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    ids.into_iter()
        .filter(|id| lesson.has_text(language, id))
        .map(|id| (id.to_string(), lesson.text(language, id)))
        .collect()
}

/// Interface messages a learner meets; the coach area is read, not heard.
pub fn is_learner_message(id: &str) -> bool {
    // The credit lines name works and licences for the record; the detail of an error and
    // the printed reports are for the coach.
    ![
        "coach-",
        "digcomp-",
        "credits-line",
        "credits-pictures",
        "credits-drawn",
        "error-for-coach",
        "report-",
        "app-title",
    ]
    .iter()
    .any(|prefix| id.starts_with(prefix))
}

/// The interface texts that are spoken, in `language`: the plain messages, the words
/// between the variables of the others ("Step", "of"), and the numbers 0 to
/// [`SPOKEN_NUMBERS`].
pub fn ui_texts(language: Language) -> Vec<(String, String)> {
    let mut texts: Vec<(String, String)> = super::i18n::ui_plain_messages(language)
        .into_iter()
        .filter(|(id, _)| is_learner_message(id))
        .collect();
    for (id, pieces) in super::i18n::ui_templates(language) {
        if !is_learner_message(&id) {
            continue;
        }
        for piece in pieces.unwrap_or_default() {
            if let Piece::Words { id, text } = piece {
                texts.push((id, text));
            }
        }
    }
    texts.extend((0..=SPOKEN_NUMBERS).map(|number| (number_id(number), number.to_string())));
    // The letters, with the words `key_said` gives them (each is read as its name).
    texts.extend(
        ('a'..='z')
            .flat_map(|letter| key_said(letter).unwrap_or_default())
            .filter_map(|clip| Some((clip.id, clip.text?))),
    );
    texts
}

/// The voice file id of a letter: a single letter is read as its name ("bee").
pub fn letter_id(letter: char) -> String {
    format!("letter-{letter}")
}

/// One voice file of a key to type: its id, and the words it speaks when they are its own
/// (a letter, a digit) rather than an interface message's (`key-at`: "at sign").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyClip {
    pub id: String,
    pub text: Option<String>,
}

/// The voice files that say a key to type, in order: "capital" and "h" for H, "at sign" for
/// @. `None` for a character without a way to be said (`lessons check` refuses it in a type
/// step's answer).
pub fn key_said(character: char) -> Option<Vec<KeyClip>> {
    let own = |id: String, text: String| KeyClip {
        id,
        text: Some(text),
    };
    let symbol = |id: &str| {
        Some(vec![KeyClip {
            id: id.to_string(),
            text: None,
        }])
    };
    let letter = |letter: char| own(letter_id(letter), letter.to_string());
    match character {
        'a'..='z' => Some(vec![letter(character)]),
        'A'..='Z' => Some(vec![
            KeyClip {
                id: "key-capital".to_string(),
                text: None,
            },
            letter(character.to_ascii_lowercase()),
        ]),
        '0'..='9' => {
            let digit = character.to_digit(10)?;
            Some(vec![own(number_id(digit), digit.to_string())])
        }
        ' ' => symbol("key-space"),
        '@' => symbol("key-at"),
        '.' => symbol("key-dot"),
        ',' => symbol("key-comma"),
        '-' => symbol("key-dash"),
        '_' => symbol("key-underscore"),
        '/' => symbol("key-slash"),
        ':' => symbol("key-colon"),
        _ => None,
    }
}

/// Numbers up to this one are spoken from a voice file each (steps, pages, lessons done).
pub const SPOKEN_NUMBERS: u32 = 100;

/// The voice file id of a number.
pub fn number_id(number: u32) -> String {
    format!("number-{number}")
}

/// A piece of an interface text with variables, in the order it is spoken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Words between the variables, spoken from a voice file of their own (`id`).
    Words { id: String, text: String },
    /// A variable, by name; [`variable_kind`] says how it is spoken.
    Variable(String),
}

/// How the variables of interface texts are spoken. Word order differs per language, so a
/// text is split per language; what a variable holds is the same in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VariableKind {
    /// From the number clips (up to [`SPOKEN_NUMBERS`]).
    Number,
    /// From the learner's name clip, when one was recorded.
    LearnerName,
    /// From the lesson's own title file.
    LessonTitle,
}

/// How the variable `name` is spoken, if there is a way.
pub fn variable_kind(name: &str) -> Option<VariableKind> {
    match name {
        "step" | "total" | "page" | "pages" | "done" | "count" | "seconds" | "answers"
        | "lessons" => Some(VariableKind::Number),
        "name" => Some(VariableKind::LearnerName),
        "lesson" => Some(VariableKind::LessonTitle),
        _ => None,
    }
}

/// Splits every message with variables in a Fluent source into [`Piece`]s: "Step { $step }
/// of { $total }" becomes the words "Step", the variable `step`, the words "of" and the
/// variable `total`. A message that cannot be spoken piece by piece (a choice, a reference
/// to another message) gets the reason instead.
pub fn templates(source: &str) -> Vec<(String, Result<Vec<Piece>, String>)> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
    let Ok(resource) = fluent_syntax::parser::parse(source) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let Some(value) = message.value else {
            continue;
        };
        let has_variables = value
            .elements
            .iter()
            .any(|element| matches!(element, PatternElement::Placeable { .. }));
        if !has_variables {
            continue;
        }
        let id = message.id.name.to_string();
        let mut pieces = Vec::new();
        let mut words = String::new();
        let mut refused = None;
        let flush = |words: &mut String, pieces: &mut Vec<Piece>| {
            // Punctuation that joins a variable to the words ("Go on: …, step 3") is heard
            // as a pause, not said.
            let text = words
                .trim()
                .trim_start_matches([',', ':', ';', ')'])
                .trim_end_matches(['(', ','])
                .trim()
                .to_string();
            if text.chars().any(char::is_alphanumeric) {
                let count = pieces
                    .iter()
                    .filter(|piece| matches!(piece, Piece::Words { .. }))
                    .count();
                pieces.push(Piece::Words {
                    id: format!("{id}--{}", count + 1),
                    text,
                });
            }
            words.clear();
        };
        for element in value.elements {
            match element {
                PatternElement::TextElement { value } => words.push_str(value),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => {
                    flush(&mut words, &mut pieces);
                    pieces.push(Piece::Variable(id.name.to_string()));
                }
                PatternElement::Placeable {
                    expression: Expression::Select { .. },
                } => {
                    refused = Some("a choice ({ $x -> … }) cannot be spoken piece by piece");
                }
                PatternElement::Placeable { .. } => {
                    refused = Some("only { $variable } can be spoken piece by piece");
                }
            }
        }
        flush(&mut words, &mut pieces);
        found.push((
            id,
            refused.map_or(Ok(pieces), |reason| Err(reason.to_string())),
        ));
    }
    found
}

/// Learner-facing interface messages in `language` whose variables have no way to be
/// spoken, with the reason. `stepwise lessons check` fails on them, and so does a test.
pub fn unspeakable(language: Language) -> Vec<(String, String)> {
    super::i18n::ui_templates(language)
        .into_iter()
        .filter(|(id, _)| is_learner_message(id))
        .filter_map(|(id, pieces)| {
            let reason = match pieces {
                Err(reason) => reason,
                Ok(pieces) => {
                    let unknown: Vec<String> = pieces
                        .iter()
                        .filter_map(|piece| match piece {
                            Piece::Variable(name) if variable_kind(name).is_none() => {
                                Some(format!("${name}"))
                            }
                            _ => None,
                        })
                        .collect();
                    if unknown.is_empty() {
                        return None;
                    }
                    format!("no way to speak {}", unknown.join(", "))
                }
            };
            Some((id, reason))
        })
        .collect()
}

/// How far one folder's texts can be heard.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub texts: usize,
    pub recorded: usize,
    pub generated: usize,
    /// Texts without a voice file.
    pub missing: Vec<String>,
    /// Voice files whose text changed since they were made.
    pub stale: Vec<String>,
}

impl Coverage {
    pub fn add(&mut self, other: &Coverage) {
        self.texts += other.texts;
        self.recorded += other.recorded;
        self.generated += other.generated;
        self.missing.extend(other.missing.iter().cloned());
        self.stale.extend(other.stale.iter().cloned());
    }

    /// Files that speak their text as it is now.
    pub fn fresh(&self) -> usize {
        self.recorded + self.generated
    }
}

/// Compares the texts with the voice files present (`has_file`) and the manifest.
pub fn coverage(
    texts: &[(String, String)],
    manifest: &Manifest,
    has_file: impl Fn(&str) -> bool,
) -> Coverage {
    let mut coverage = Coverage {
        texts: texts.len(),
        ..Coverage::default()
    };
    for (id, text) in texts {
        match manifest.files.get(id) {
            Some(entry) if has_file(id) && entry.hash == text_hash(text) => match entry.source {
                Source::Recorded => coverage.recorded += 1,
                Source::Generated => coverage.generated += 1,
            },
            Some(_) if has_file(id) => coverage.stale.push(id.clone()),
            _ => coverage.missing.push(id.clone()),
        }
    }
    coverage
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_text_makes_its_file_stale_and_a_missing_file_is_missing() {
        let texts = vec![
            ("a".to_string(), "Press the green button.".to_string()),
            ("b".to_string(), "Now it is changed.".to_string()),
            ("c".to_string(), "No file yet.".to_string()),
            ("d".to_string(), "A person read this.".to_string()),
        ];
        let entry = |text: &str, source| Entry {
            hash: text_hash(text),
            source,
            tool: None,
            by: None,
        };
        let manifest = Manifest {
            files: BTreeMap::from([
                (
                    "a".to_string(),
                    entry("Press the green button.", Source::Generated),
                ),
                ("b".to_string(), entry("It was this.", Source::Generated)),
                (
                    "d".to_string(),
                    entry("A person read this.", Source::Recorded),
                ),
            ]),
        };
        let coverage = coverage(&texts, &manifest, |id| id != "c");
        assert_eq!(
            coverage,
            Coverage {
                texts: 4,
                recorded: 1,
                generated: 1,
                missing: vec!["c".into()],
                stale: vec!["b".into()],
            }
        );
    }

    #[test]
    fn the_manifest_reads_back_what_it_wrote() {
        let manifest = Manifest {
            files: BTreeMap::from([(
                "intro".to_string(),
                Entry {
                    hash: text_hash("Hello."),
                    source: Source::Generated,
                    tool: Some("espeak-ng, en-gb, 140".into()),
                    by: None,
                },
            )]),
        };
        assert_eq!(Manifest::parse(&manifest.to_toml()), Ok(manifest));
        assert_eq!(text_hash(" Hello. "), text_hash("Hello."));
        assert_ne!(text_hash("Hello."), text_hash("Hello!"));
    }

    #[test]
    fn a_text_with_variables_is_split_into_words_and_variables_in_its_own_order() {
        let source = "step-count = Step { $step } of { $total }\n\
                      go-on = Go on: { $lesson }, step { $step }\n\
                      hello = { $name }\n\
                      plain = No variables here\n\
                      many = { $count ->\n    [one] One\n   *[other] Many\n}\n";
        let found = templates(source);
        let words = |id: &str, text: &str| Piece::Words {
            id: id.into(),
            text: text.into(),
        };
        let variable = |name: &str| Piece::Variable(name.into());
        assert_eq!(
            found,
            vec![
                (
                    "step-count".to_string(),
                    Ok(vec![
                        words("step-count--1", "Step"),
                        variable("step"),
                        words("step-count--2", "of"),
                        variable("total"),
                    ])
                ),
                (
                    "go-on".to_string(),
                    Ok(vec![
                        words("go-on--1", "Go on:"),
                        variable("lesson"),
                        words("go-on--2", "step"),
                        variable("step"),
                    ])
                ),
                ("hello".to_string(), Ok(vec![variable("name")])),
                (
                    "many".to_string(),
                    Err("a choice ({ $x -> … }) cannot be spoken piece by piece".to_string())
                ),
            ]
        );
        assert_eq!(variable_kind("total"), Some(VariableKind::Number));
        assert_eq!(variable_kind("work"), None);
    }

    #[test]
    fn every_learner_text_with_variables_can_be_spoken_in_every_shipped_language() {
        for language in Language::shipped() {
            assert_eq!(unspeakable(language), Vec::new(), "{language:?}");
            let texts = ui_texts(language);
            let ids: Vec<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
            for id in ["step-count--1", "step-count--2", "number-0", "number-100"] {
                assert!(ids.contains(&id), "{language:?} speaks {id}");
            }
            assert!(!ids.contains(&"coach-time"), "the coach area is read");
        }
    }

    #[test]
    fn every_key_of_the_practice_texts_is_said_from_files_that_exist() {
        let ids = |character| {
            key_said(character).map(|clips| clips.into_iter().map(|clip| clip.id).collect())
        };
        assert_eq!(
            ids('H'),
            Some(vec!["key-capital".to_string(), "letter-h".into()])
        );
        assert_eq!(ids('7'), Some(vec!["number-7".to_string()]));
        assert_eq!(ids('€'), None);
        assert_eq!(key_said('h').unwrap()[0].text.as_deref(), Some("h"));
        assert_eq!(key_said('@').unwrap()[0].text, None);
        for language in Language::shipped() {
            let texts = ui_texts(language);
            for character in "Sam Peeters, sam@work.test 0-9 a_b/c:".chars() {
                for clip in key_said(character).unwrap() {
                    let shipped = texts.iter().find(|(id, _)| *id == clip.id);
                    assert!(
                        shipped.is_some(),
                        "{language:?} has no {} for {character:?}",
                        clip.id
                    );
                    // A clip with its own words speaks exactly them.
                    if let (Some(text), Some((_, spoken))) = (&clip.text, shipped) {
                        assert_eq!(text, spoken);
                    }
                }
            }
        }
    }

    #[test]
    fn interface_texts_with_variables_are_not_narrated_as_files() {
        let texts = ui_texts(Language::En);
        assert!(texts.iter().any(|(id, _)| id == "signin-title"));
        assert!(
            texts
                .iter()
                .all(|(_, text)| !text.contains('{') && !text.trim().is_empty()),
            "no placeable is left in a spoken text"
        );
        assert!(texts.iter().all(|(id, _)| !id.starts_with("coach-")));
    }
}
