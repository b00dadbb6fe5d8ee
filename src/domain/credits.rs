//! Who made the pictures and fonts Stepwise ships, under which licence: for the credits
//! screen, as the licences ask. The licence texts themselves ship in `assets/` and `lessons/`.

use super::lesson::Library;

/// One work Stepwise ships, with its maker and licence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    /// What it is: the id of its line in the interface texts (`credits-<what>`).
    pub what: &'static str,
    pub work: &'static str,
    pub author: &'static str,
    pub licence: &'static str,
    pub address: &'static str,
    /// How many shipped pictures come from it, where that is counted.
    pub pictures: Option<usize>,
}

/// Where the sign-in pictures and the frame's pictograms come from.
const ASSET_SOURCES: &str = include_str!("../../assets/pictograms/sources.toml");

/// The sources of the interface's own pictograms, one per file.
fn asset_sources() -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Sources {
        pictures: std::collections::BTreeMap<String, String>,
    }
    toml::from_str::<Sources>(ASSET_SOURCES)
        .map(|sources| sources.pictures.into_values().collect())
        .unwrap_or_default()
}

/// Every credit, with the pictures counted from their `sources.toml` files.
pub fn credits(library: &Library) -> Vec<Credit> {
    let assets = asset_sources();
    let count = |prefix: &str| {
        library
            .all_picture_sources()
            .chain(assets.iter().map(String::as_str))
            .filter(|source| source.starts_with(prefix))
            .count()
    };
    let mut credits = vec![
        Credit {
            what: "pictures",
            work: "Mulberry Symbols",
            author: "Steve Lee",
            licence: "CC BY-SA 4.0",
            address: "mulberrysymbols.org",
            pictures: Some(count("mulberry:")),
        },
        Credit {
            what: "drawn",
            work: "Stepwise",
            author: "B-WISE",
            licence: "CC BY-SA 4.0",
            address: "creativecommons.org/licenses/by-sa/4.0",
            pictures: Some(count("drawn")),
        },
    ];
    for (prefix, work, author, licence, address) in [
        (
            "openmoji:",
            "OpenMoji",
            "HfG Schwäbisch Gmünd",
            "CC BY-SA 4.0",
            "openmoji.org",
        ),
        (
            "twemoji:",
            "Twemoji",
            "Twitter",
            "CC BY 4.0",
            "github.com/twitter/twemoji",
        ),
    ] {
        let pictures = count(prefix);
        if pictures > 0 {
            credits.push(Credit {
                what: "pictures",
                work,
                author,
                licence,
                address,
                pictures: Some(pictures),
            });
        }
    }
    credits.extend([
        Credit {
            what: "font",
            work: "Andika, Noto Sans",
            author: "SIL International, Google",
            licence: "SIL Open Font License 1.1",
            address: "software.sil.org/andika, notofonts.github.io",
            pictures: None,
        },
        Credit {
            what: "voice",
            work: "eSpeak NG",
            author: "the eSpeak NG authors",
            licence: "GPL 3 (the program that made the voice files)",
            address: "github.com/espeak-ng/espeak-ng",
            pictures: None,
        },
        Credit {
            what: "sounds",
            work: "Stepwise",
            author: "B-WISE",
            licence: "CC0 1.0",
            address: "creativecommons.org/publicdomain/zero/1.0",
            pictures: None,
        },
        Credit {
            what: "app",
            work: "Stepwise",
            author: "B-WISE",
            licence: "EUPL 1.2",
            address: "joinup.ec.europa.eu/collection/eupl",
            pictures: None,
        },
    ]);
    credits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_picture_is_credited_to_a_source() {
        let library = Library::built_in();
        let credits = credits(&library);
        let counted: usize = credits.iter().filter_map(|credit| credit.pictures).sum();
        let shipped = library.all_picture_sources().count() + asset_sources().len();
        assert_eq!(counted, shipped);
        assert!(
            credits
                .iter()
                .any(|c| c.work == "Mulberry Symbols" && c.pictures > Some(10))
        );
        assert!(credits.iter().any(|c| c.work.contains("Andika")));
    }

    #[test]
    fn every_interface_pictogram_has_a_known_source() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/pictograms");
        let svgs = |folder: &str| {
            std::fs::read_dir(format!("{root}/{folder}"))
                .unwrap()
                .filter(|entry| {
                    entry
                        .as_ref()
                        .unwrap()
                        .path()
                        .extension()
                        .is_some_and(|e| e == "svg")
                })
                .count()
        };
        let sources = asset_sources();
        assert_eq!(sources.len(), svgs("avatars") + svgs("ui"));
        assert!(
            sources
                .iter()
                .all(|s| s.starts_with("mulberry:") || s == "drawn")
        );
    }
}
