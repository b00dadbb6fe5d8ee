//! Every text style must have a font for every letter: Andika first, Noto Sans for what Andika
//! lacks (Greek). A missing glyph would show as an empty box to a learner who cannot ask why.

mod common;

use stepwise::domain::i18n::{Language, Texts};
use stepwise::ui::assets;

const GREEK: &str = "Ποιος είσαι; Είμαι νέος. Επόμενο, Πίσω, Βοήθεια. Ναι! Αυτό είναι το ποντίκι.";
const BULGARIAN: &str =
    "Кой си ти? Аз съм нов. Напред, Назад, Помощ. Да! Това е мишката. Щъркел, юнашко, ѝ.";

fn faces(fonts: &[&'static [u8]]) -> Vec<ttf_parser::Face<'static>> {
    fonts
        .iter()
        .map(|bytes| ttf_parser::Face::parse(bytes, 0).expect("a shipped font parses"))
        .collect()
}

fn missing(text: &str, faces: &[ttf_parser::Face<'_>]) -> Vec<char> {
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .filter(|c| faces.iter().all(|face| face.glyph_index(*c).is_none()))
        .collect();
    missing.dedup();
    missing
}

#[test]
fn andika_alone_lacks_greek_which_is_why_noto_sans_ships() {
    let andika = faces(&[assets::ANDIKA_REGULAR]);
    assert!(
        !missing(GREEK, &andika).is_empty(),
        "if Andika gained Greek, the fallback could go"
    );
    assert_eq!(missing(BULGARIAN, &andika), Vec::<char>::new());
}

#[test]
fn greek_and_bulgarian_have_every_glyph_in_regular_and_bold() {
    for style in [
        [assets::ANDIKA_REGULAR, assets::NOTO_REGULAR],
        [assets::ANDIKA_BOLD, assets::NOTO_BOLD],
    ] {
        let faces = faces(&style);
        assert_eq!(missing(GREEK, &faces), Vec::<char>::new());
        assert_eq!(missing(BULGARIAN, &faces), Vec::<char>::new());
    }
}

#[test]
fn every_shipped_interface_text_has_every_glyph() {
    let faces = faces(&assets::FONTS);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    for language in Language::shipped() {
        let folder = std::path::Path::new(root).join(language.code());
        for entry in std::fs::read_dir(folder).unwrap() {
            let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            assert_eq!(
                missing(&source, &faces),
                Vec::<char>::new(),
                "{}",
                language.code()
            );
        }
    }
    // The marks the screens write as text: ticks, the minus of "A−", percent and colon.
    assert_eq!(missing("✓−%:", &faces), Vec::<char>::new());
    assert!(Texts::load(Language::En).get("signin-title").len() > 3);
}

#[test]
fn greek_text_renders_with_ink_in_the_app_fonts() {
    use iced::widget::text;
    let greek: iced::Element<'_, ()> = text(GREEK).size(26).into();
    let mut ui = iced_test::Simulator::with_settings(common::settings(), greek);
    assert!(ui.find(GREEK).is_ok());
    let snapshot = ui.snapshot(&iced::Theme::Light).expect("renders");
    // The rendered text must have ink: a missing font would still draw boxes, so together with
    // the glyph tests above this shows the fallback is loaded and used.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("greek");
    assert!(snapshot.matches_image(&path).unwrap());
    let png =
        std::fs::read(dir.path().join("greek-tiny-skia.png")).expect("the snapshot was written");
    assert!(
        png.len() > 2_000,
        "the snapshot has content ({} bytes)",
        png.len()
    );
}
