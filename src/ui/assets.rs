//! Fonts and pictograms compiled into the binary (the app never loads anything from the net).

use std::collections::HashMap;

use iced::Font;
use iced::font::{Family, Weight};
use iced::widget::svg;
use include_dir::{Dir, include_dir};

static PICTOGRAMS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets/pictograms");

/// Andika: designed for new readers (Latin and Cyrillic).
pub const ANDIKA_REGULAR: &[u8] = include_bytes!("../../assets/fonts/Andika-Regular.ttf");
pub const ANDIKA_BOLD: &[u8] = include_bytes!("../../assets/fonts/Andika-Bold.ttf");
/// Noto Sans: the fallback with Greek, which Andika lacks.
pub const NOTO_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
pub const NOTO_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");

/// Every font file the app loads, in order of preference.
pub const FONTS: [&[u8]; 4] = [ANDIKA_REGULAR, ANDIKA_BOLD, NOTO_REGULAR, NOTO_BOLD];

pub const REGULAR: Font = Font::with_name("Andika");
pub const BOLD: Font = Font {
    family: Family::Name("Andika"),
    weight: Weight::Bold,
    ..Font::DEFAULT
};

/// Pictograms used by the frame and by sign-in, made into handles once.
#[derive(Debug, Clone)]
pub struct Icons {
    ui: HashMap<String, svg::Handle>,
    symbols: HashMap<String, svg::Handle>,
}

fn handles(folder: &str) -> HashMap<String, svg::Handle> {
    PICTOGRAMS
        .get_dir(folder)
        .map(|dir| {
            dir.files()
                .filter_map(|file| {
                    let name = file.path().file_stem()?.to_str()?.to_string();
                    Some((name, svg::Handle::from_memory(file.contents())))
                })
                .collect()
        })
        .unwrap_or_default()
}

impl Icons {
    pub fn load() -> Icons {
        Icons {
            ui: handles("ui"),
            symbols: handles("avatars"),
        }
    }

    /// A frame pictogram: back, next, help, speaker, new, sign-out, right, done, settings…
    pub fn ui(&self, name: &str) -> Option<&svg::Handle> {
        self.ui.get(name)
    }

    /// A sign-in pictogram.
    pub fn symbol(&self, name: &str) -> Option<&svg::Handle> {
        self.symbols.get(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::avatar::SYMBOLS;

    #[test]
    fn every_sign_in_pictogram_ships() {
        let icons = Icons::load();
        for symbol in SYMBOLS {
            assert!(
                icons.symbol(symbol).is_some(),
                "assets/pictograms/avatars/{symbol}.svg"
            );
        }
    }
}

#[cfg(test)]
mod used_icons {
    use super::Icons;

    /// Reads the UI sources for `ui("name")`, `icon(look, "name"` and
    /// `word_button(look, "name"` so no screen can ask for a pictogram that does not ship.
    #[test]
    fn every_frame_pictogram_a_screen_asks_for_ships() {
        let icons = Icons::load();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
        let mut sources = Vec::new();
        let mut folders = vec![std::path::PathBuf::from(root)];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else if path.extension().is_some_and(|ext| ext == "rs") {
                    // Without white space, calls that rustfmt splits over lines read the same.
                    let source = std::fs::read_to_string(path).unwrap();
                    sources.push(source.split_whitespace().collect::<String>());
                }
            }
        }
        let mut asked = 0;
        for source in &sources {
            for marker in ["ui(\"", "icon(look,\"", "word_button(look,\""] {
                for piece in source.split(marker).skip(1) {
                    let name = piece.split('"').next().unwrap();
                    if name == "name" || name.is_empty() {
                        continue;
                    }
                    asked += 1;
                    assert!(
                        icons.ui(name).is_some(),
                        "assets/pictograms/ui/{name}.svg is missing"
                    );
                }
            }
        }
        assert!(asked > 10, "the scan found the icon uses ({asked})");
    }
}
