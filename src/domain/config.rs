//! The machine-wide (or portable) configuration file, `stepwise.toml`.
//!
//! Installers write it by hand, so it must never stop the app: every key is read on its own,
//! an unknown or broken key is reported as a [`ConfigProblem`] and its default is used.

use std::path::{Path, PathBuf};

/// Settings an installer can set for a whole workstation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Config {
    /// Where the database lives; relative paths are taken from the config file's folder.
    pub data_dir: Option<PathBuf>,
    /// Language code such as `nl`; `None` follows the operating system.
    pub language: Option<String>,
    /// A human name for this workstation (defaults to the host name later).
    pub workstation_name: Option<String>,
    /// Text size in percent, 100 to 200.
    pub text_size: Option<u16>,
    /// `true` to start in the high-contrast theme.
    pub high_contrast: Option<bool>,
    /// A lessons folder to use instead of the built-in lessons (it holds `curriculum.toml`).
    pub lessons_dir: Option<PathBuf>,
    /// The workstation's keyboard, for type practice: qwerty, azerty, qwertz, greek, bulgarian.
    pub keyboard_layout: Option<crate::domain::keyboard::Layout>,
    /// The coach PIN as a slow salted hash (`stepwise config set-coach-pin` prints it). Without
    /// it the coach area stays locked.
    pub coach_pin_hash: Option<String>,
    /// A shared folder (network share or synced folder) where workstations leave their
    /// progress files for the coach.
    pub exchange_dir: Option<PathBuf>,
    /// The organisation key file: progress files are locked with it (`stepwise key new`).
    pub org_key_file: Option<PathBuf>,
    /// Where USB sticks appear, when not under `/media/<user>` (e.g. `/mnt/usb`): each folder
    /// in it is a stick.
    pub media_dir: Option<PathBuf>,
    /// Kiosk mode: fullscreen, no window frame, closed only from the coach area.
    pub kiosk: Option<bool>,
    /// Minutes without input before "Are you still here?" (then back to sign-in).
    pub idle_minutes: Option<u32>,
    /// Whether "I am new" shows: on, off, or after the coach PIN.
    pub self_registration: Option<SelfRegistration>,
    /// Whether steps are read out by themselves for a learner who did not choose (default on).
    pub narration_autoplay: Option<bool>,
    /// How many backups of each kind are kept (1 to 100; default 7).
    pub backups_keep: Option<usize>,
    /// The organisation's name, printed on certificates.
    pub organisation_name: Option<String>,
    /// Months after a learner left before the coach area reminds the coach to erase them.
    pub retention_months: Option<u32>,
}

/// Who may add a learner at sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SelfRegistration {
    /// "I am new" is there for everyone.
    #[default]
    On,
    /// No "I am new": the coach's progress files bring learners.
    Off,
    /// "I am new" asks for the coach PIN first.
    CoachConfirms,
}

/// Idle minutes when the config says nothing: long enough that nobody is hurried.
pub const DEFAULT_IDLE_MINUTES: u32 = 15;

/// One thing wrong in a config file, in words an installer understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The key (or `-` for the whole file).
    pub key: String,
    /// What is wrong and what is used instead.
    pub message: String,
}

impl std::fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.key, self.message)
    }
}

/// The commented example of the config file (`packaging/stepwise.toml`).
pub const EXAMPLE: &str = include_str!("../../packaging/stepwise.toml");

/// The example config with `settings` put in: each key's commented example line becomes the
/// setting (so its explanation stays above it); a key without one is added at the end. The
/// result is checked as Stepwise reads it: a wrong value is refused with its problems, and
/// nothing is written by the caller.
pub fn example_with(settings: &[(&str, toml::Value)]) -> Result<String, Vec<ConfigProblem>> {
    let mut lines: Vec<String> = EXAMPLE.lines().map(str::to_string).collect();
    for (key, value) in settings {
        let line = format!("{key} = {value}");
        let commented = format!("# {key} = ");
        match lines.iter().position(|l| l.starts_with(&commented)) {
            Some(index) => lines[index] = line,
            None => lines.push(line),
        }
    }
    let text = lines.join("\n") + "\n";
    let (_, problems) = Config::parse(&text, None);
    if problems.is_empty() {
        Ok(text)
    } else {
        Err(problems)
    }
}

/// A config file and what was found in it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadedConfig {
    /// The file it came from, if one was found.
    pub file: Option<PathBuf>,
    pub config: Config,
    pub problems: Vec<ConfigProblem>,
}

const KNOWN_KEYS: &[&str] = &[
    "data_dir",
    "language",
    "workstation_name",
    "text_size",
    "high_contrast",
    "keyboard_layout",
    "lessons_dir",
    "coach_pin_hash",
    "exchange_dir",
    "org_key_file",
    "media_dir",
    "kiosk",
    "idle_minutes",
    "self_registration",
    "narration_autoplay",
    "backups_keep",
    "retention_months",
    "organisation_name",
];

impl Config {
    /// This workstation's name: the installer's `workstation_name`, else the host name.
    pub fn workstation_name(&self) -> String {
        self.workstation_name
            .clone()
            .unwrap_or_else(|| gethostname::gethostname().to_string_lossy().into_owned())
    }

    /// Reads a config from TOML text. Never fails: problems come back beside the config.
    pub fn parse(text: &str, base_dir: Option<&Path>) -> (Config, Vec<ConfigProblem>) {
        let mut problems = Vec::new();
        let table: toml::Table = match text.parse() {
            Ok(table) => table,
            Err(error) => {
                problems.push(ConfigProblem {
                    key: "-".into(),
                    message: format!(
                        "the file is not valid TOML, so all defaults are used ({})",
                        error.message()
                    ),
                });
                return (Config::default(), problems);
            }
        };
        let mut config = Config::default();
        for (key, value) in &table {
            let mut wrong = |expected: &str| {
                problems.push(ConfigProblem {
                    key: key.clone(),
                    message: format!(
                        "expected {expected}, found {} {}; the default is used",
                        article(value.type_str()),
                        value.type_str()
                    ),
                })
            };
            match key.as_str() {
                "data_dir" | "lessons_dir" | "exchange_dir" | "media_dir" => match value.as_str() {
                    Some(dir) if !dir.trim().is_empty() => {
                        let dir = PathBuf::from(dir);
                        let dir = match base_dir {
                            Some(base) if dir.is_relative() => base.join(dir),
                            _ => dir,
                        };
                        match key.as_str() {
                            "data_dir" => config.data_dir = Some(dir),
                            "lessons_dir" => config.lessons_dir = Some(dir),
                            "exchange_dir" => config.exchange_dir = Some(dir),
                            _ => config.media_dir = Some(dir),
                        }
                    }
                    _ => wrong("a folder path in quotes"),
                },
                "org_key_file" => match value.as_str() {
                    Some(file) if !file.trim().is_empty() => {
                        let file = PathBuf::from(file);
                        config.org_key_file = Some(match base_dir {
                            Some(base) if file.is_relative() => base.join(file),
                            _ => file,
                        });
                    }
                    _ => wrong("a file path in quotes"),
                },
                "language" => match value.as_str() {
                    Some(code) if crate::domain::i18n::Language::from_code(code).is_some() => {
                        config.language = Some(code.to_ascii_lowercase());
                    }
                    _ => wrong("a language code such as \"en\" or \"nl\""),
                },
                "organisation_name" => match value.as_str() {
                    Some(name) if !name.trim().is_empty() && name.chars().count() <= 100 => {
                        config.organisation_name = Some(name.trim().to_string());
                    }
                    _ => wrong("a name of 1 to 100 characters in quotes"),
                },
                "workstation_name" => match value.as_str() {
                    Some(name) if !name.trim().is_empty() && name.chars().count() <= 64 => {
                        config.workstation_name = Some(name.trim().to_string());
                    }
                    _ => wrong("a name of 1 to 64 characters in quotes"),
                },
                "text_size" => match value.as_integer() {
                    Some(size @ 100..=200) => config.text_size = Some(size as u16),
                    _ => wrong("a whole number from 100 to 200"),
                },
                "keyboard_layout" => {
                    match value
                        .as_str()
                        .and_then(crate::domain::keyboard::Layout::from_name)
                    {
                        Some(layout) => config.keyboard_layout = Some(layout),
                        None => wrong(
                            "one of \"qwerty\", \"azerty\", \"qwertz\", \"greek\", \"bulgarian\"",
                        ),
                    }
                }
                "coach_pin_hash" => match value.as_str() {
                    Some(hash) if crate::domain::coach::is_pin_hash(hash) => {
                        config.coach_pin_hash = Some(hash.to_string());
                    }
                    _ => wrong(
                        "the line `stepwise config set-coach-pin` prints (\"$argon2id$…\"); the coach area stays locked",
                    ),
                },
                "high_contrast" | "kiosk" | "narration_autoplay" => match value.as_bool() {
                    Some(on) => match key.as_str() {
                        "high_contrast" => config.high_contrast = Some(on),
                        "kiosk" => config.kiosk = Some(on),
                        _ => config.narration_autoplay = Some(on),
                    },
                    None => wrong("true or false"),
                },
                "backups_keep" => match value.as_integer() {
                    Some(keep @ 1..=100) => config.backups_keep = Some(keep as usize),
                    _ => wrong("a whole number from 1 to 100"),
                },
                "retention_months" => match value.as_integer() {
                    Some(months @ 1..=120) => config.retention_months = Some(months as u32),
                    _ => wrong("a whole number of months from 1 to 120"),
                },
                "idle_minutes" => match value.as_integer() {
                    Some(minutes @ 5..=480) => config.idle_minutes = Some(minutes as u32),
                    _ => wrong("a whole number of minutes from 5 to 480"),
                },
                "self_registration" => match value.as_str() {
                    Some("on") => config.self_registration = Some(SelfRegistration::On),
                    Some("off") => config.self_registration = Some(SelfRegistration::Off),
                    Some("coach_confirms") => {
                        config.self_registration = Some(SelfRegistration::CoachConfirms)
                    }
                    _ => wrong("\"on\", \"off\" or \"coach_confirms\""),
                },
                _ => problems.push(ConfigProblem {
                    key: key.clone(),
                    message: format!(
                        "unknown key, ignored (known keys: {})",
                        KNOWN_KEYS.join(", ")
                    ),
                }),
            }
        }
        (config, problems)
    }

    /// Reads a config file. A missing file gives `None`; an unreadable one a problem.
    pub fn load(path: &Path) -> Option<LoadedConfig> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let (config, problems) = Self::parse(&text, path.parent());
                Some(LoadedConfig {
                    file: Some(path.to_path_buf()),
                    config,
                    problems,
                })
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
            Err(error) => Some(LoadedConfig {
                file: Some(path.to_path_buf()),
                config: Config::default(),
                problems: vec![ConfigProblem {
                    key: "-".into(),
                    message: format!("the file cannot be read ({error}); all defaults are used"),
                }],
            }),
        }
    }
}

/// "a" or "an" before an English word, for messages to installers and authors.
pub(crate) fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_file_sets_every_key() {
        let (config, problems) = Config::parse(
            "data_dir = \"/srv/stepwise\"\nlanguage = \"nl\"\nworkstation_name = \"PC 1\"\n\
             text_size = 150\nhigh_contrast = true\n",
            None,
        );
        assert_eq!(problems, vec![]);
        assert_eq!(config.data_dir, Some(PathBuf::from("/srv/stepwise")));
        assert_eq!(config.language.as_deref(), Some("nl"));
        assert_eq!(config.workstation_name.as_deref(), Some("PC 1"));
        assert_eq!(config.text_size, Some(150));
        assert_eq!(config.high_contrast, Some(true));
    }

    #[test]
    fn settings_go_into_the_example_under_their_explanation_and_a_wrong_one_is_refused() {
        let text = example_with(&[
            ("workstation_name", "Kitchen \"PC\" 1".into()),
            ("kiosk", true.into()),
        ])
        .unwrap();
        assert!(
            text.lines()
                .any(|line| line.starts_with("workstation_name = ")),
            "{text}"
        );
        assert!(!text.contains("# workstation_name = "));
        let (config, problems) = Config::parse(&text, None);
        assert_eq!(problems, Vec::new());
        assert_eq!(config.workstation_name.as_deref(), Some("Kitchen \"PC\" 1"));
        assert_eq!(config.kiosk, Some(true));
        let refused = example_with(&[("language", "xx".into())]).unwrap_err();
        assert_eq!(refused[0].key, "language");
    }

    #[test]
    fn the_debian_package_config_is_the_example_with_the_shared_data_folder() {
        assert_eq!(
            include_str!("../../packaging/debian/stepwise.toml"),
            example_with(&[("data_dir", "/var/lib/stepwise".into())]).unwrap()
        );
    }

    #[test]
    fn the_example_config_names_every_key_and_each_example_value_is_valid() {
        let example = EXAMPLE;
        // Uncomment the example lines ("# key = value").
        let lines: Vec<&str> = example
            .lines()
            .filter_map(|line| line.strip_prefix("# "))
            .filter(|line| {
                line.split_once(" = ")
                    .is_some_and(|(key, _)| KNOWN_KEYS.contains(&key))
            })
            .collect();
        let keys: Vec<&str> = lines
            .iter()
            .filter_map(|line| line.split_once(" = ").map(|(key, _)| key))
            .collect();
        for key in KNOWN_KEYS {
            assert!(keys.contains(key), "the example does not explain {key}");
        }
        let (_, problems) = Config::parse(&lines.join("\n"), None);
        // The PIN hash is a placeholder to replace; every other example is a real value.
        let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, vec!["coach_pin_hash"], "{problems:?}");
    }

    #[test]
    fn the_shared_pc_keys_are_read_and_a_wrong_value_keeps_the_default() {
        let (config, problems) = Config::parse(
            "kiosk = true\nidle_minutes = 20\nself_registration = \"coach_confirms\"\n\
             narration_autoplay = false\n",
            None,
        );
        assert_eq!(problems, vec![]);
        assert_eq!(config.kiosk, Some(true));
        assert_eq!(config.idle_minutes, Some(20));
        assert_eq!(
            config.self_registration,
            Some(SelfRegistration::CoachConfirms)
        );
        assert_eq!(config.narration_autoplay, Some(false));
        let (config, problems) = Config::parse(
            "idle_minutes = 1\nself_registration = \"maybe\"\nkiosk = \"yes\"\n",
            None,
        );
        assert_eq!(
            (config.idle_minutes, config.self_registration, config.kiosk),
            (None, None, None)
        );
        let keys: Vec<_> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, vec!["idle_minutes", "kiosk", "self_registration"]);
        assert!(problems[0].message.contains("5 to 480"));
    }

    #[test]
    fn a_broken_key_is_reported_and_the_others_still_count() {
        let (config, problems) = Config::parse(
            "text_size = 900\nlanguage = \"nl\"\ncolour = \"red\"\n",
            None,
        );
        assert_eq!(config.language.as_deref(), Some("nl"));
        assert_eq!(config.text_size, None);
        let keys: Vec<_> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, vec!["colour", "text_size"]);
        assert!(problems[1].message.contains("100 to 200"));
    }

    #[test]
    fn a_file_that_is_not_toml_gives_defaults_and_one_problem() {
        let (config, problems) = Config::parse("data_dir = [unclosed", None);
        assert_eq!(config, Config::default());
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("not valid TOML"));
    }

    #[test]
    fn a_relative_data_dir_is_taken_from_the_config_folder() {
        let (config, _) = Config::parse("data_dir = \"data\"", Some(Path::new("/opt/stepwise")));
        assert_eq!(config.data_dir, Some(PathBuf::from("/opt/stepwise/data")));
    }

    #[test]
    fn an_unknown_language_is_refused() {
        let (config, problems) = Config::parse("language = \"xx\"", None);
        assert_eq!(config.language, None);
        assert_eq!(problems.len(), 1);
    }
}
