//! How the app looks and speaks for the person in front of it: language, text size, contrast.
//!
//! Defaults come from the machine config; each learner's own choices are kept in the store and
//! win once they sign in. Changing one applies at once.

use crate::domain::config::Config;
use crate::domain::i18n::Language;
use crate::domain::store::{Store, StoreError};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefs {
    pub language: Language,
    /// 100 to 200 percent.
    pub text_size: u16,
    pub high_contrast: bool,
    /// The voice speaks at four fifths of its speed, at the same pitch.
    pub slower_voice: bool,
    /// The workstation's keyboard (a config setting, not a learner's).
    pub keyboard: crate::domain::keyboard::Layout,
}

pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

impl Prefs {
    /// The workstation's defaults: the config, else the OS language and 100%.
    pub fn from_config(config: &Config) -> Prefs {
        Prefs {
            language: config
                .language
                .as_deref()
                .and_then(Language::from_code)
                .unwrap_or_else(Language::from_os),
            text_size: config.text_size.unwrap_or(100),
            high_contrast: config.high_contrast.unwrap_or(false),
            slower_voice: false,
            keyboard: config.keyboard_layout.unwrap_or_default(),
        }
    }

    /// Text scale factor, 1.0 to 2.0.
    pub fn scale(&self) -> f32 {
        f32::from(self.text_size.clamp(100, 200)) / 100.0
    }

    /// The next size up or down, staying within 100–200%.
    pub fn step_text_size(&mut self, bigger: bool) {
        let index = TEXT_SIZES
            .iter()
            .position(|size| *size >= self.text_size)
            .unwrap_or(0);
        let index = if bigger {
            (index + 1).min(TEXT_SIZES.len() - 1)
        } else {
            index.saturating_sub(1)
        };
        self.text_size = TEXT_SIZES[index];
    }

    /// This learner's own choices over the workstation's defaults.
    pub fn for_learner(self, store: &Store, learner: Uuid) -> Result<Prefs, StoreError> {
        let mut prefs = self;
        if let Some(language) = store
            .setting(learner, "language")?
            .as_deref()
            .and_then(Language::from_code)
        {
            prefs.language = language;
        }
        if let Some(size) = store
            .setting(learner, "text_size")?
            .and_then(|value| value.parse().ok())
        {
            prefs.text_size = u16::clamp(size, 100, 200);
        }
        if let Some(value) = store.setting(learner, "high_contrast")? {
            prefs.high_contrast = value == "true";
        }
        if let Some(value) = store.setting(learner, "slower_voice")? {
            prefs.slower_voice = value == "true";
        }
        Ok(prefs)
    }

    /// Keeps this learner's choices.
    pub fn save_for_learner(&self, store: &Store, learner: Uuid) -> Result<(), StoreError> {
        store.set_setting(learner, "language", self.language.code())?;
        store.set_setting(learner, "text_size", &self.text_size.to_string())?;
        store.set_setting(learner, "high_contrast", &self.high_contrast.to_string())?;
        store.set_setting(learner, "slower_voice", &self.slower_voice.to_string())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_steps_stay_between_100_and_200() {
        let mut prefs = Prefs::from_config(&Config::default());
        prefs.step_text_size(false);
        assert_eq!(prefs.text_size, 100);
        for _ in 0..10 {
            prefs.step_text_size(true);
        }
        assert_eq!(prefs.text_size, 200);
        assert_eq!(prefs.scale(), 2.0);
    }

    #[test]
    fn a_learners_choices_win_over_the_workstation_and_come_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let picture = crate::domain::avatar::Picture {
            symbol: "tree".into(),
            background: "sky".into(),
        };
        let anna = store.add_learner("Anna", &picture).unwrap();
        let config = Config {
            language: Some("en".into()),
            ..Config::default()
        };
        let workstation = Prefs::from_config(&config);
        let mut mine = workstation;
        mine.language = Language::Nl;
        mine.text_size = 175;
        mine.high_contrast = true;
        mine.save_for_learner(&store, anna.id).unwrap();
        assert_eq!(workstation.for_learner(&store, anna.id).unwrap(), mine);
    }
}
