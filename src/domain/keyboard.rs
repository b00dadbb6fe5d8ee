//! Keyboard layouts, so type practice can show which keys make the next character: "@" is
//! Shift+2 on a QWERTY keyboard but AltGr+é on a Belgian AZERTY one. The layout is a
//! workstation setting (`keyboard_layout` in the config), separate from the language.

/// The layouts a workstation can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    #[default]
    Qwerty,
    /// Belgian AZERTY (the one Flemish and Walloon workplaces use).
    Azerty,
    /// German QWERTZ.
    Qwertz,
    Greek,
    /// Bulgarian phonetic.
    Bulgarian,
}

/// A modifier to hold with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    Shift,
    AltGr,
}

/// The keys that make one character: an optional modifier, then the key at `row`, `column`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keys {
    pub modifier: Option<Modifier>,
    pub row: usize,
    pub column: usize,
}

/// One row of keys: what each key types alone, with Shift, and with AltGr (a space: nothing).
struct Row {
    base: &'static str,
    shift: &'static str,
    altgr: &'static str,
}

const fn row(base: &'static str, shift: &'static str, altgr: &'static str) -> Row {
    Row { base, shift, altgr }
}

const US_NUMBERS: Row = row("`1234567890-=", "~!@#$%^&*()_+", "");

fn rows(layout: Layout) -> [Row; 4] {
    match layout {
        Layout::Qwerty => [
            US_NUMBERS,
            row("qwertyuiop[]", "QWERTYUIOP{}", ""),
            row("asdfghjkl;'\\", "ASDFGHJKL:\"|", ""),
            row("zxcvbnm,./", "ZXCVBNM<>?", ""),
        ],
        Layout::Azerty => [
            row("²&é\"'(§è!çà)-", "³1234567890°_", " |@#  ^  {}  "),
            row("azertyuiop^$", "AZERTYUIOP¨*", "  €       []"),
            row("qsdfghjklmùµ", "QSDFGHJKLM%£", "          ´`"),
            row("<wxcvbn,;:=", ">WXCVBN?./+", "\\         ~"),
        ],
        Layout::Qwertz => [
            row("^1234567890ß´", "°!\"§$%&/()=?`", "  ²³   {[]}\\ "),
            row("qwertzuiopü+", "QWERTZUIOPÜ*", "@ €        ~"),
            row("asdfghjklöä#", "ASDFGHJKLÖÄ'", ""),
            row("<yxcvbnm,.-", ">YXCVBNM;:_", "|      µ   "),
        ],
        Layout::Greek => [
            US_NUMBERS,
            row(";ςερτυθιοπ[]", ":΅ΕΡΤΥΘΙΟΠ{}", ""),
            row("ασδφγηξκλ΄'\\", "ΑΣΔΦΓΗΞΚΛ¨\"|", ""),
            row("ζχψωβνμ,./", "ΖΧΨΩΒΝΜ<>?", ""),
        ],
        Layout::Bulgarian => [
            US_NUMBERS,
            row("явертъуиопшщ", "ЯВЕРТЪУИОПШЩ", ""),
            row("асдфгхйкл;'ю", "АСДФГХЙКЛ:\"Ю", ""),
            row("зьцжбнм,./", "ЗЬЦЖБНМ<>?", ""),
        ],
    }
}

impl Layout {
    pub const ALL: [Layout; 5] = [
        Self::Qwerty,
        Self::Azerty,
        Self::Qwertz,
        Self::Greek,
        Self::Bulgarian,
    ];

    /// As written in the config: `qwerty`, `azerty`, `qwertz`, `greek`, `bulgarian`.
    pub fn from_name(name: &str) -> Option<Layout> {
        Self::ALL
            .into_iter()
            .find(|layout| layout.name() == name.trim().to_ascii_lowercase())
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Qwerty => "qwerty",
            Self::Azerty => "azerty",
            Self::Qwertz => "qwertz",
            Self::Greek => "greek",
            Self::Bulgarian => "bulgarian",
        }
    }

    /// What each key shows, row by row (the character it types alone, as a key cap shows it).
    pub fn caps(self) -> Vec<Vec<String>> {
        rows(self)
            .iter()
            .map(|row| {
                row.base
                    .chars()
                    .map(|c| c.to_uppercase().collect())
                    .collect()
            })
            .collect()
    }

    /// The letter a key stands for in a shortcut (Windows key + L): the key's own letter, or
    /// on a Greek or Bulgarian keyboard the Latin letter printed beside it, as the operating
    /// system reads it. `typed` is what the key types (alone or with Shift).
    pub fn shortcut_letter(self, typed: char) -> Option<char> {
        let keys = self
            .keys_for(typed)
            .filter(|keys| keys.modifier != Some(Modifier::AltGr))?;
        let at = |layout: Layout| {
            rows(layout)
                .get(keys.row)
                .and_then(|row| row.base.chars().nth(keys.column))
        };
        [self, Layout::Qwerty]
            .into_iter()
            .filter_map(at)
            .find(char::is_ascii_alphanumeric)
    }

    /// What each key types alone, row by row.
    pub fn base(self) -> Vec<Vec<char>> {
        rows(self)
            .iter()
            .map(|row| row.base.chars().collect())
            .collect()
    }

    /// The keys for one character; a space is the space bar (`None` for the row).
    pub fn keys_for(self, character: char) -> Option<Keys> {
        for (row_index, row) in rows(self).iter().enumerate() {
            for (modifier, chars) in [
                (None, row.base),
                (Some(Modifier::Shift), row.shift),
                (Some(Modifier::AltGr), row.altgr),
            ] {
                if let Some(column) = chars.chars().position(|c| c == character && c != ' ') {
                    return Some(Keys {
                        modifier,
                        row: row_index,
                        column,
                    });
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shortcut_letter_is_the_latin_letter_of_the_key() {
        assert_eq!(Layout::Qwerty.shortcut_letter('l'), Some('l'));
        assert_eq!(Layout::Qwerty.shortcut_letter('L'), Some('l'));
        assert_eq!(Layout::Azerty.shortcut_letter('q'), Some('q'));
        assert_eq!(Layout::Qwertz.shortcut_letter('z'), Some('z'));
        assert_eq!(Layout::Greek.shortcut_letter('λ'), Some('l'));
        assert_eq!(Layout::Greek.shortcut_letter('Λ'), Some('l'));
        assert_eq!(Layout::Bulgarian.shortcut_letter('л'), Some('l'));
        assert_eq!(Layout::Bulgarian.shortcut_letter('я'), Some('q'));
        assert_eq!(Layout::Qwerty.shortcut_letter('7'), Some('7'));
        assert_eq!(Layout::Qwerty.shortcut_letter('€'), None);
    }

    #[test]
    fn the_at_sign_needs_different_keys_on_each_layout() {
        let at = |layout: Layout| layout.keys_for('@').unwrap();
        assert_eq!(
            at(Layout::Qwerty),
            Keys {
                modifier: Some(Modifier::Shift),
                row: 0,
                column: 2
            }
        );
        assert_eq!(
            at(Layout::Azerty),
            Keys {
                modifier: Some(Modifier::AltGr),
                row: 0,
                column: 2
            }
        );
        assert_eq!(
            at(Layout::Qwertz),
            Keys {
                modifier: Some(Modifier::AltGr),
                row: 1,
                column: 0
            }
        );
    }

    #[test]
    fn letters_capitals_and_digits_are_found_on_every_layout() {
        assert_eq!(
            Layout::Azerty.keys_for('a').unwrap(),
            Keys {
                modifier: None,
                row: 1,
                column: 0
            }
        );
        assert_eq!(
            Layout::Azerty.keys_for('2').unwrap().modifier,
            Some(Modifier::Shift)
        );
        assert_eq!(
            Layout::Qwertz.keys_for('Z').unwrap(),
            Keys {
                modifier: Some(Modifier::Shift),
                row: 1,
                column: 5
            }
        );
        assert_eq!(
            Layout::Greek.keys_for('λ').unwrap(),
            Keys {
                modifier: None,
                row: 2,
                column: 8
            }
        );
        assert_eq!(
            Layout::Bulgarian.keys_for('Ж').unwrap().modifier,
            Some(Modifier::Shift)
        );
        for layout in Layout::ALL {
            for c in "Sun-Tree-42"
                .chars()
                .filter(|c| !c.is_alphabetic() || layout == Layout::Qwerty)
            {
                assert!(layout.keys_for(c).is_some(), "{c} on {layout:?}");
            }
        }
    }

    #[test]
    fn every_row_of_every_layout_has_as_many_shifted_as_plain_keys() {
        for layout in Layout::ALL {
            for (index, row) in rows(layout).iter().enumerate() {
                assert_eq!(
                    row.base.chars().count(),
                    row.shift.chars().count(),
                    "{layout:?} row {index}"
                );
                assert!(
                    row.altgr.chars().count() <= row.base.chars().count(),
                    "{layout:?} row {index}"
                );
            }
        }
        assert_eq!(Layout::from_name(" AZERTY"), Some(Layout::Azerty));
        assert_eq!(Layout::from_name("dvorak"), None);
    }
}
