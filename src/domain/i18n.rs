//! All text the learner sees, from Fluent files under `locales/<lang>/`.
//!
//! The files are compiled into the binary, so the app never looks for them on disk. A message
//! missing in one language falls back to English (and a test makes sure none is missing).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The 13 partner languages plus English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Bg,
    De,
    El,
    En,
    Es,
    Fr,
    Hr,
    It,
    Lv,
    Nl,
    Pl,
    Ro,
    Sl,
}

impl Language {
    pub const ALL: [Language; 13] = [
        Self::Bg,
        Self::De,
        Self::El,
        Self::En,
        Self::Es,
        Self::Fr,
        Self::Hr,
        Self::It,
        Self::Lv,
        Self::Nl,
        Self::Pl,
        Self::Ro,
        Self::Sl,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Bg => "bg",
            Self::De => "de",
            Self::El => "el",
            Self::En => "en",
            Self::Es => "es",
            Self::Fr => "fr",
            Self::Hr => "hr",
            Self::It => "it",
            Self::Lv => "lv",
            Self::Nl => "nl",
            Self::Pl => "pl",
            Self::Ro => "ro",
            Self::Sl => "sl",
        }
    }

    /// The language's name in itself, so a learner recognises their own.
    pub fn autonym(self) -> &'static str {
        match self {
            Self::Bg => "Български",
            Self::De => "Deutsch",
            Self::El => "Ελληνικά",
            Self::En => "English",
            Self::Es => "Español",
            Self::Fr => "Français",
            Self::Hr => "Hrvatski",
            Self::It => "Italiano",
            Self::Lv => "Latviešu",
            Self::Nl => "Nederlands",
            Self::Pl => "Polski",
            Self::Ro => "Română",
            Self::Sl => "Slovenščina",
        }
    }

    /// Accepts `nl`, `NL`, `nl-BE`, `nl_BE.UTF-8`.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_', '.']).next()?.to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|language| language.code() == primary)
    }

    /// The languages whose texts ship in this build.
    pub fn shipped() -> Vec<Language> {
        Self::ALL
            .into_iter()
            .filter(|language| LOCALES.get_dir(language.code()).is_some())
            .collect()
    }

    /// The operating system's language if it ships, else English.
    pub fn from_os() -> Language {
        sys_locale::get_locales()
            .filter_map(|locale| Self::from_code(&locale))
            .find(|language| Self::shipped().contains(language))
            .unwrap_or(Self::En)
    }
}

/// A Fluent file that does not parse; shown to developers and in `lessons check`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {errors}")]
pub struct FluentSyntaxError {
    pub file: String,
    pub errors: String,
}

/// Builds a bundle from Fluent sources; used for the UI and for lesson texts.
pub fn bundle_from_sources<'a>(
    language: Language,
    sources: impl IntoIterator<Item = (String, &'a str)>,
) -> Result<FluentBundle<FluentResource>, FluentSyntaxError> {
    let langid = language
        .code()
        .parse()
        .expect("language codes are valid identifiers");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks would draw as boxes in some fonts and confuse screen readers.
    bundle.set_use_isolating(false);
    for (file, source) in sources {
        let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
            FluentSyntaxError {
                file: file.clone(),
                errors: format!("{errors:?}"),
            }
        })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| FluentSyntaxError {
                file,
                errors: format!("{errors:?}"),
            })?;
    }
    Ok(bundle)
}

fn ui_sources(language: Language) -> Vec<(String, &'static str)> {
    let Some(dir) = LOCALES.get_dir(language.code()) else {
        return Vec::new();
    };
    let mut files: Vec<_> = dir
        .files()
        .filter(|file| file.path().extension().is_some_and(|ext| ext == "ftl"))
        .filter_map(|file| Some((file.path().display().to_string(), file.contents_utf8()?)))
        .collect();
    files.sort();
    files
}

/// Looks up a message in a bundle and formats it; `None` when the id is missing.
pub fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        log::warn!("text {id}: {errors:?}");
    }
    Some(text.into_owned())
}

/// The texts of the user interface in one language, with English behind it.
pub struct Texts {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("language", &self.language)
            .finish()
    }
}

impl Texts {
    /// Loads the shipped texts; a language that does not ship gives English.
    pub fn load(language: Language) -> Texts {
        let language = if Language::shipped().contains(&language) {
            language
        } else {
            Language::En
        };
        let bundle = bundle_from_sources(language, ui_sources(language))
            .expect("shipped locales parse (checked by tests)");
        let fallback = (language != Language::En).then(|| {
            bundle_from_sources(Language::En, ui_sources(Language::En))
                .expect("shipped locales parse (checked by tests)")
        });
        Texts {
            language,
            bundle,
            fallback,
        }
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The text for `id`. A missing id shows the id itself, which tests make impossible.
    pub fn get(&self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// The text for `id` with named values, e.g. `("name", "Anna")`.
    pub fn get_with(&self, id: &str, values: &[(&str, FluentValue<'_>)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in values {
            args.set(*name, value.clone());
        }
        self.lookup(id, Some(&args))
    }

    fn lookup(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        format(&self.bundle, id, args)
            .or_else(|| {
                self.fallback
                    .as_ref()
                    .and_then(|fallback| format(fallback, id, args))
            })
            .unwrap_or_else(|| id.to_string())
    }
}

/// The interface's message ids in one language.
pub fn ui_message_ids(language: Language) -> Vec<String> {
    ui_sources(language)
        .iter()
        .flat_map(|(_, source)| message_ids(source))
        .collect()
}

/// The interface's messages that have no variables, with their text: the ones a voice file
/// can speak as they are.
pub fn ui_plain_messages(language: Language) -> Vec<(String, String)> {
    let texts = Texts::load(language);
    ui_sources(language)
        .iter()
        .flat_map(|(_, source)| plain_message_ids(source))
        .map(|id| {
            let text = texts.get(&id);
            (id, text)
        })
        .collect()
}

/// The interface's messages with variables, split into the pieces they are spoken in (see
/// [`crate::domain::narration::templates`]).
pub fn ui_templates(
    language: Language,
) -> Vec<(String, Result<Vec<crate::domain::narration::Piece>, String>)> {
    ui_sources(language)
        .iter()
        .flat_map(|(_, source)| crate::domain::narration::templates(source))
        .collect()
}

/// Ids of the messages in a Fluent source whose value is plain text (no `{ $variable }`,
/// no selector).
pub fn plain_message_ids(source: &str) -> Vec<String> {
    use fluent_syntax::ast::{Entry, PatternElement};
    let Ok(resource) = FluentResource::try_new(source.to_string()) else {
        return Vec::new();
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let value = message.value.as_ref()?;
                let plain = value
                    .elements
                    .iter()
                    .all(|element| matches!(element, PatternElement::TextElement { .. }));
                plain.then(|| message.id.name.to_string())
            }
            _ => None,
        })
        .collect()
}

/// Message ids defined in a Fluent source (for completeness checks).
pub fn message_ids(source: &str) -> Vec<String> {
    let Ok(resource) = FluentResource::try_new(source.to_string()) else {
        return Vec::new();
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(language: Language) -> BTreeSet<String> {
        ui_sources(language)
            .iter()
            .flat_map(|(_, source)| message_ids(source))
            .collect()
    }

    #[test]
    fn every_shipped_locale_parses() {
        for language in Language::shipped() {
            let sources = ui_sources(language);
            assert!(!sources.is_empty(), "{language:?} has no .ftl files");
            if let Err(error) = bundle_from_sources(language, sources) {
                panic!("{error}");
            }
        }
    }

    #[test]
    fn every_shipped_locale_has_every_message_of_every_other() {
        let shipped = Language::shipped();
        assert!(shipped.contains(&Language::En) && shipped.contains(&Language::Nl));
        let all: BTreeSet<String> = shipped.iter().flat_map(|language| ids(*language)).collect();
        for language in shipped {
            let present = ids(language);
            let missing: Vec<_> = all.difference(&present).collect();
            assert!(missing.is_empty(), "{} misses {missing:?}", language.code());
        }
    }

    #[test]
    fn every_locale_folder_is_a_known_language() {
        for dir in LOCALES.dirs() {
            let code = dir.path().display().to_string();
            assert!(
                Language::from_code(&code).is_some(),
                "locales/{code} is not a partner language"
            );
        }
    }

    #[test]
    fn language_codes_are_read_the_way_operating_systems_write_them() {
        assert_eq!(Language::from_code("nl_BE.UTF-8"), Some(Language::Nl));
        assert_eq!(Language::from_code("EL-gr"), Some(Language::El));
        assert_eq!(Language::from_code("tlh"), None);
        assert_eq!(Language::from_code(""), None);
    }

    #[test]
    fn values_are_put_into_texts_without_isolation_marks() {
        let texts = Texts::load(Language::En);
        let hello = texts.get_with("home-title", &[("name", "Anna".into())]);
        assert_eq!(hello, "Hello Anna");
    }

    #[test]
    fn a_language_that_does_not_ship_falls_back_to_english() {
        let texts = Texts::load(Language::Lv);
        assert_eq!(texts.language(), Language::En);
    }
}
