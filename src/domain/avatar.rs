//! Sign-in pictures: a pictogram on a background.
//!
//! Learners find themselves by picture, not by reading. A pair is unique on a workstation. We
//! hand out unused pictograms first, so the background colour only tells two learners apart
//! once there are more learners than pictograms; each background also has its own shape, so
//! colour is never the only difference.

use std::collections::BTreeSet;

/// A learner's picture: a pictogram id and a background id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Picture {
    pub symbol: String,
    pub background: String,
}

/// Pictograms offered for sign-in: everyday, adult, easy to tell apart and to name.
pub const SYMBOLS: &[&str] = &[
    "tree", "sun", "star", "house", "car", "bicycle", "flower", "guitar", "boat", "apple", "moon",
    "umbrella", "bus", "train", "leaf", "bell", "rainbow", "fish", "bird", "plane", "camera",
    "lamp", "chair", "mug",
];

/// Shape of a background, so backgrounds differ by more than colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Rounded,
}

/// Backgrounds: colour (RGB) and shape. Light tints keep the pictogram readable.
pub const BACKGROUNDS: &[(&str, [u8; 3], Shape)] = &[
    ("sky", [0xCF, 0xE4, 0xF7], Shape::Circle),
    ("sand", [0xF6, 0xE3, 0xB4], Shape::Square),
    ("mint", [0xC9, 0xEB, 0xD2], Shape::Rounded),
];

/// How many learners one workstation can give a picture to.
pub fn capacity() -> usize {
    SYMBOLS.len() * BACKGROUNDS.len()
}

/// Every picture not yet taken, the least-used pictograms first, in a stable order.
pub fn free_pictures(taken: &BTreeSet<Picture>) -> Vec<Picture> {
    let mut free = Vec::new();
    for (background, _, _) in BACKGROUNDS {
        for symbol in SYMBOLS {
            let picture = Picture {
                symbol: (*symbol).into(),
                background: (*background).into(),
            };
            if !taken.contains(&picture) {
                free.push(picture);
            }
        }
    }
    let uses = |symbol: &str| taken.iter().filter(|p| p.symbol == symbol).count();
    // A stable sort keeps the order within each level of use.
    free.sort_by_key(|picture| uses(&picture.symbol));
    free
}

/// The colour and shape of a background id (unknown ids get the first).
pub fn background(id: &str) -> ([u8; 3], Shape) {
    let (_, colour, shape) = BACKGROUNDS
        .iter()
        .find(|(name, _, _)| *name == id)
        .unwrap_or(&BACKGROUNDS[0]);
    (*colour, *shape)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn there_are_pictures_for_more_than_sixty_learners() {
        assert!(capacity() >= 60);
        assert_eq!(free_pictures(&BTreeSet::new()).len(), capacity());
    }

    #[test]
    fn unused_pictograms_come_before_a_second_colour_of_the_same_one() {
        let taken: BTreeSet<_> = [Picture {
            symbol: "tree".into(),
            background: "sky".into(),
        }]
        .into();
        let free = free_pictures(&taken);
        let first_tree = free.iter().position(|p| p.symbol == "tree").unwrap();
        // Every other pictogram, on every background, is offered before a second tree.
        assert_eq!(first_tree, (SYMBOLS.len() - 1) * BACKGROUNDS.len());
    }

    proptest! {
        #[test]
        fn free_pictures_never_offers_a_taken_one(taken_indexes in proptest::collection::btree_set(0..72usize, 0..72)) {
            let all = free_pictures(&BTreeSet::new());
            let taken: BTreeSet<Picture> = taken_indexes.iter().map(|i| all[*i].clone()).collect();
            let free = free_pictures(&taken);
            prop_assert_eq!(free.len(), capacity() - taken.len());
            prop_assert!(free.iter().all(|p| !taken.contains(p)));
        }
    }
}
