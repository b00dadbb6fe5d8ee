//! Colours and sizes. Two palettes: calm (default) and strong (high contrast).
//! Text reaches 7:1 against its background and other parts 3:1 (tested below).

use iced::Color;

/// One palette; every screen takes its colours from here, never from literals.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Color,
    pub surface: Color,
    pub text: Color,
    /// Borders of tiles and buttons.
    pub border: Color,
    /// "The thing to press now".
    pub accent: Color,
    pub on_accent: Color,
    /// The band after a right answer (with a tick and words, never colour alone).
    pub praise: Color,
    pub praise_border: Color,
    /// The band with a hint (calm, never red).
    pub hint: Color,
    pub hint_border: Color,
    /// Two-tone focus ring: it shows on any background.
    pub focus_outer: Color,
    pub focus_inner: Color,
}

const fn rgb(hex: u32) -> Color {
    Color::from_rgb8(
        (hex >> 16) as u8,
        (hex >> 8 & 0xff) as u8,
        (hex & 0xff) as u8,
    )
}

pub const CALM: Palette = Palette {
    background: rgb(0xF4F1EA),
    surface: rgb(0xFFFFFF),
    text: rgb(0x1E2227),
    border: rgb(0x66717E),
    accent: rgb(0x0A4F94),
    on_accent: rgb(0xFFFFFF),
    praise: rgb(0xDCF0E1),
    praise_border: rgb(0x2E7A45),
    hint: rgb(0xFBEFCF),
    hint_border: rgb(0x8A6100),
    focus_outer: rgb(0xFFC800),
    focus_inner: rgb(0x000000),
};

pub const STRONG: Palette = Palette {
    background: rgb(0x000000),
    surface: rgb(0x121212),
    text: rgb(0xFFFFFF),
    border: rgb(0xFFFFFF),
    accent: rgb(0xFFE600),
    on_accent: rgb(0x000000),
    praise: rgb(0x003314),
    praise_border: rgb(0x4CFF88),
    hint: rgb(0x2E2400),
    hint_border: rgb(0xFFD24C),
    focus_outer: rgb(0x00E5FF),
    focus_inner: rgb(0x000000),
};

impl Palette {
    pub fn for_contrast(high_contrast: bool) -> &'static Palette {
        if high_contrast { &STRONG } else { &CALM }
    }

    /// The iced theme built on this palette (for widgets we do not style by hand).
    pub fn theme(&self, name: &str) -> iced::Theme {
        iced::Theme::custom(
            name.to_string(),
            iced::theme::Palette {
                background: self.background,
                text: self.text,
                primary: self.accent,
                success: self.praise_border,
                warning: self.hint_border,
                danger: self.hint_border,
            },
        )
    }
}

/// Sizes at 100% text size, in logical pixels.
pub mod size {
    /// Body text: at least 24 px.
    pub const BODY: f32 = 26.0;
    pub const TITLE: f32 = 34.0;
    pub const SMALL: f32 = 22.0;
    /// Buttons: at least 64 px tall.
    pub const BUTTON_HEIGHT: f32 = 72.0;
    pub const ICON: f32 = 44.0;
    pub const TILE: f32 = 168.0;
    pub const FOCUS_RING: f32 = 4.0;
    pub const GAP: f32 = 20.0;
    pub const RADIUS: f32 = 14.0;
}

/// WCAG relative luminance.
pub fn luminance(color: Color) -> f32 {
    let channel = |c: f32| {
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: Color, b: Color) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_is_computed_as_wcag_says() {
        assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(rgb(0x777777), Color::WHITE) - 4.48).abs() < 0.02);
    }

    #[test]
    fn every_text_in_both_palettes_reaches_seven_to_one() {
        for palette in [&CALM, &STRONG] {
            for (name, fg, bg) in [
                ("text on background", palette.text, palette.background),
                ("text on surface", palette.text, palette.surface),
                ("label on accent", palette.on_accent, palette.accent),
                ("text on praise band", palette.text, palette.praise),
                ("text on hint band", palette.text, palette.hint),
            ] {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 7.0, "{name}: {ratio:.2}:1 in {palette:?}");
            }
        }
    }

    #[test]
    fn every_other_part_in_both_palettes_reaches_three_to_one() {
        for palette in [&CALM, &STRONG] {
            for (name, fg, bg) in [
                ("border on background", palette.border, palette.background),
                ("border on surface", palette.border, palette.surface),
                ("accent on background", palette.accent, palette.background),
                (
                    "praise border on band",
                    palette.praise_border,
                    palette.praise,
                ),
                ("hint border on band", palette.hint_border, palette.hint),
                (
                    "focus ring halves",
                    palette.focus_outer,
                    palette.focus_inner,
                ),
            ] {
                let ratio = contrast(fg, bg);
                assert!(ratio >= 3.0, "{name}: {ratio:.2}:1 in {palette:?}");
            }
            // The two-tone ring: one of its halves stands out from anything it is drawn on.
            for surface in [palette.background, palette.surface, palette.accent] {
                let best = contrast(palette.focus_outer, surface)
                    .max(contrast(palette.focus_inner, surface));
                assert!(best >= 3.0, "focus ring on {surface:?}: {best:.2}:1");
            }
        }
    }
}
