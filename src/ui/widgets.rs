//! The few building blocks every screen uses: labels, buttons with a pictogram and a word,
//! picture tiles, the focus ring and the frame. Screens use these, never raw styles, so every
//! screen looks and behaves the same (WCAG 3.2.3 / 3.2.6).

use iced::widget::{Space, button, column, container, row, svg, text};
use iced::{Alignment, Background, Border, Element, Length, Padding, Shadow};

use super::assets::Icons;
use super::theme::{Palette, size};
use crate::domain::avatar::{self, Picture, Shape};
use crate::domain::i18n::Texts;

/// What every view needs to draw: colours, text size, texts and shared pictures.
pub struct Look<'a> {
    pub palette: &'static Palette,
    /// Text size, 1.0 to 2.0.
    pub scale: f32,
    pub texts: &'a Texts,
    pub icons: &'a Icons,
    /// The workstation's keyboard, for type practice.
    pub keyboard: crate::domain::keyboard::Layout,
    /// There is a sound device: speaker buttons show.
    pub sound: bool,
}

impl Look<'_> {
    pub fn size(&self, base: f32) -> f32 {
        (base * self.scale).round()
    }

    pub fn t(&self, id: &str) -> String {
        self.texts.get(id)
    }

    /// Pictures give up some room as text grows, so a screen at 200 % still fits 1280×720:
    /// full size at 100 %, about three quarters at 200 %.
    pub fn picture_edge(&self, base: f32) -> f32 {
        (base * (1.0 - 0.27 * (self.scale - 1.0))).round()
    }

    /// Vertical padding inside buttons: generous at 100 %, tighter as text grows (the
    /// button still grows, since its text does).
    pub fn button_padding(&self) -> f32 {
        (14.0 - 6.0 * (self.scale - 1.0)).max(8.0)
    }

    /// A title is a little larger than body text, and grows with it.
    pub fn title_size(&self) -> f32 {
        (size::TITLE + size::BODY * (self.scale - 1.0)).round()
    }

    /// A size that is `at_100` at 100 % text and `at_200` at 200 %, in between in between:
    /// for parts that must give up room as text grows.
    pub fn by_scale(&self, at_100: f32, at_200: f32) -> f32 {
        (at_100 + (at_200 - at_100) * (self.scale - 1.0)).round()
    }

    /// Space between the parts of a screen's body: a little tighter as text grows.
    pub fn gap(&self) -> f32 {
        (size::GAP * (1.0 - 0.4 * (self.scale - 1.0))).round()
    }

    /// Padding inside a choice or card, around its picture and word.
    pub fn choice_padding(&self) -> f32 {
        (10.0 - 4.0 * (self.scale - 1.0)).round()
    }
}

/// How much a button asks to be pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// The one thing to press now: the accent colour.
    Primary,
    Secondary,
}

/// Body text.
pub fn body<'a, M: 'a>(look: &Look<'_>, content: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(content)
        .size(look.size(size::BODY))
        .color(look.palette.text)
        .into()
}

/// A screen title.
pub fn title<'a, M: 'a>(look: &Look<'_>, content: impl text::IntoFragment<'a>) -> Element<'a, M> {
    text(content)
        .size(look.title_size())
        .color(look.palette.text)
        .font(super::assets::BOLD)
        .into()
}

/// A pictogram at a given size.
pub fn picture<'a, M: 'a>(handle: &svg::Handle, edge: f32) -> Element<'a, M> {
    svg(handle.clone()).width(edge).height(edge).into()
}

/// Draws the focus ring around `content` (or keeps the same space when not focused, so
/// nothing moves). Two tones, so it shows on any background.
pub fn focus_ring<'a, M: 'a>(
    look: &Look<'_>,
    focused: bool,
    content: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    let palette = look.palette;
    let ring = move |color: iced::Color| {
        move |_: &iced::Theme| container::Style {
            border: Border {
                color: if focused {
                    color
                } else {
                    iced::Color::TRANSPARENT
                },
                width: size::FOCUS_RING,
                radius: (size::RADIUS + size::FOCUS_RING).into(),
            },
            ..container::Style::default()
        }
    };
    let inner = container(content)
        .padding(size::FOCUS_RING)
        .style(ring(palette.focus_inner));
    container(inner)
        .padding(size::FOCUS_RING)
        .style(ring(palette.focus_outer))
        .into()
}

fn button_style(
    palette: &'static Palette,
    emphasis: Emphasis,
) -> impl Fn(&iced::Theme, button::Status) -> button::Style {
    move |_, status| {
        let (background, text_color) = match emphasis {
            Emphasis::Primary => (palette.accent, palette.on_accent),
            Emphasis::Secondary => (palette.surface, palette.text),
        };
        // Hover darkens a little; it never draws a ring that could be taken for focus.
        let background = match status {
            button::Status::Hovered | button::Status::Pressed => {
                mix(background, palette.text, 0.08)
            }
            _ => background,
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color,
            border: Border {
                color: palette.border,
                width: 2.0,
                radius: size::RADIUS.into(),
            },
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

/// A button that stays in the background (the coach's door): a thin border, no fill.
pub fn quiet_button(
    palette: &'static Palette,
) -> impl Fn(&iced::Theme, button::Status) -> button::Style {
    move |_, status| button::Style {
        background: match status {
            button::Status::Hovered | button::Status::Pressed => Some(Background::Color(mix(
                palette.background,
                palette.text,
                0.08,
            ))),
            _ => None,
        },
        text_color: palette.text,
        border: Border {
            color: palette.border,
            width: 1.0,
            radius: size::RADIUS.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

fn mix(a: iced::Color, b: iced::Color, amount: f32) -> iced::Color {
    iced::Color::from_rgb(
        a.r + (b.r - a.r) * amount,
        a.g + (b.g - a.g) * amount,
        a.b + (b.b - a.b) * amount,
    )
}

/// A button with a pictogram and a word, at least 64 px tall at any text size.
pub fn action<'a, M: Clone + 'a>(
    look: &Look<'_>,
    icon: Option<&svg::Handle>,
    label: String,
    emphasis: Emphasis,
    focused: bool,
    on_press: M,
) -> Element<'a, M> {
    let text_color = match emphasis {
        Emphasis::Primary => look.palette.on_accent,
        Emphasis::Secondary => look.palette.text,
    };
    let icon: Element<'a, M> = match icon {
        Some(handle) => chip(picture(handle, size::ICON - 8.0)),
        None => Space::new().width(0).height(size::ICON).into(),
    };
    let content = row![
        icon,
        text(label).size(look.size(size::BODY)).color(text_color)
    ]
    .spacing(12)
    .align_y(Alignment::Center);
    let button = button(content)
        .padding(Padding {
            top: look.button_padding(),
            bottom: look.button_padding(),
            left: 20.0,
            right: 24.0,
        })
        .style(button_style(look.palette, emphasis))
        .on_press(on_press);
    focus_ring(look, focused, button)
}

/// Lets the words of `content` be heard when the pointer rests on it: `hover(target, true)`
/// when the pointer comes, `hover(target, false)` when it goes (the narrator waits a moment,
/// and for quiet).
pub fn hover_speaks<'a, T: Clone, M: Clone + 'a>(
    content: Element<'a, M>,
    target: T,
    hover: impl Fn(T, bool) -> M,
) -> Element<'a, M> {
    iced::widget::mouse_area(content)
        .on_enter(hover(target.clone(), true))
        .on_exit(hover(target, false))
        .into()
}

/// The height the frame's top and bottom bars and gaps take at this text size.
pub fn frame_height(scale: f32) -> f32 {
    let bar = (size::BODY * scale * 1.3).max(size::ICON) + 2.0 * 14.0 + 4.0 * size::FOCUS_RING;
    2.0 * bar + 4.0 * size::GAP
}

/// A tile's width: it grows with the text so a caption stays on one or two lines.
pub fn tile_width(scale: f32) -> f32 {
    (size::TILE * 1.2 * scale.max(1.0)).round()
}

/// A large square tile: a picture on top and a word (or nothing) under it.
pub fn tile<'a, M: Clone + 'a>(
    look: &Look<'_>,
    picture: Element<'a, M>,
    caption: String,
    badge: Option<String>,
    focused: bool,
    on_press: M,
) -> Element<'a, M> {
    let mut content = column![picture].spacing(8).align_x(Alignment::Center);
    content = content.push(
        text(caption)
            .size(look.size(size::BODY))
            .color(look.palette.text)
            .width(Length::Fill)
            .center(),
    );
    if let Some(badge) = badge {
        content = content.push(
            text(badge)
                .size(look.size(size::SMALL))
                .color(look.palette.text)
                .width(Length::Fill)
                .center(),
        );
    }
    let button = button(content)
        .width(tile_width(look.scale))
        .padding(12)
        .style(button_style(look.palette, Emphasis::Secondary))
        .on_press(on_press);
    focus_ring(look, focused, button)
}

/// A learner's sign-in picture: the pictogram on its coloured, shaped background.
pub fn avatar<'a, M: 'a>(look: &Look<'_>, picture_of: &Picture, edge: f32) -> Element<'a, M> {
    let ([r, g, b], shape) = avatar::background(&picture_of.background);
    let radius = match shape {
        Shape::Circle => edge / 2.0,
        Shape::Square => 0.0,
        Shape::Rounded => edge / 5.0,
    };
    let border = look.palette.border;
    let symbol: Element<'a, M> = match look.icons.symbol(&picture_of.symbol) {
        Some(handle) => picture(handle, edge * 0.66),
        None => Space::new().width(edge * 0.66).into(),
    };
    container(symbol)
        .width(edge)
        .height(edge)
        .center(edge)
        .style(move |_| container::Style {
            background: Some(Background::Color(iced::Color::from_rgb8(r, g, b))),
            border: Border {
                color: border,
                width: 2.0,
                radius: radius.into(),
            },
            ..container::Style::default()
        })
        .into()
}

/// A calm band with a pictogram and words: a hint, praise, or "your work is saved".
pub fn band<'a, M: 'a>(
    look: &Look<'_>,
    icon: Option<&svg::Handle>,
    message: String,
    praise: bool,
    speaker: Option<Element<'a, M>>,
) -> Element<'a, M> {
    let palette = look.palette;
    let (background, border) = if praise {
        (palette.praise, palette.praise_border)
    } else {
        (palette.hint, palette.hint_border)
    };
    let icon: Element<'a, M> = match icon {
        Some(handle) => chip(picture(handle, size::ICON - 8.0)),
        None => Space::new().width(0).into(),
    };
    // With a speaker at its end the band's padding is less, so it keeps its height.
    let padding = if speaker.is_some() { [2, 8] } else { [12, 20] };
    let words = container(body(look, message)).width(Length::Fill);
    container(
        row![
            icon,
            words,
            speaker.unwrap_or_else(|| Space::new().width(0).into())
        ]
        .spacing(16)
        .align_y(Alignment::Center),
    )
    .padding(padding)
    .width(Length::Fill)
    .style(move |_| container::Style {
        background: Some(Background::Color(background)),
        border: Border {
            color: border,
            width: 3.0,
            radius: size::RADIUS.into(),
        },
        ..container::Style::default()
    })
    .into()
}

/// A large speaker button: it says the text beside it again. Only shown when there is sound.
pub fn speaker<'a, M: Clone + 'a>(look: &Look<'_>, focused: bool, on_press: M) -> Element<'a, M> {
    let edge = size::ICON.max(64.0);
    let face = container(match look.icons.ui("speaker") {
        Some(handle) => picture(handle, edge - 24.0),
        None => Space::new().into(),
    })
    .center(Length::Fill);
    let palette = look.palette;
    focus_ring(
        look,
        focused,
        button(face)
            .width(edge)
            .height(edge)
            .padding(0)
            .style(move |_, status| {
                let mut style = button::Style {
                    background: Some(Background::Color(palette.surface)),
                    text_color: palette.text,
                    border: Border {
                        color: palette.border,
                        width: 2.0,
                        radius: size::RADIUS.into(),
                    },
                    ..button::Style::default()
                };
                if matches!(status, button::Status::Hovered | button::Status::Pressed) {
                    style.border.width = 3.0;
                }
                style
            })
            .on_press(on_press),
    )
}

/// The frame every learner screen shares: a top bar (Back, title), the body, and a
/// bottom bar. The same controls are always in the same places.
pub fn frame<'a, M: 'a>(
    look: &Look<'_>,
    back: Option<Element<'a, M>>,
    heading: String,
    body_content: Element<'a, M>,
    bottom: Element<'a, M>,
) -> Element<'a, M> {
    frame_with_corner(look, back, heading, body_content, bottom, None)
}

/// The frame with something small in the top-right corner (the coach's door on sign-in),
/// away from everything a learner uses.
pub fn frame_with_corner<'a, M: 'a>(
    look: &Look<'_>,
    back: Option<Element<'a, M>>,
    heading: String,
    body_content: Element<'a, M>,
    bottom: Element<'a, M>,
    corner: Option<Element<'a, M>>,
) -> Element<'a, M> {
    // Keep the title centred whether or not there is a Back button.
    let back = back.unwrap_or_else(|| Space::new().width(0).into());
    let corner = corner.unwrap_or_else(|| Space::new().width(0).into());
    let top = row![
        container(back).width(Length::FillPortion(1)),
        container(title(look, heading))
            .width(Length::FillPortion(3))
            .center_x(Length::FillPortion(3)),
        container(corner).align_right(Length::FillPortion(1)),
    ]
    .align_y(Alignment::Center);
    let palette = look.palette;
    container(
        column![
            top,
            container(body_content)
                .height(Length::Fill)
                .center_y(Length::Fill),
            bottom
        ]
        .spacing(size::GAP)
        .padding(size::GAP),
    )
    .width(Length::Fill)
    .height(Length::Fill)
    .style(move |_| container::Style {
        background: Some(Background::Color(palette.background)),
        text_color: Some(palette.text),
        ..container::Style::default()
    })
    .into()
}

/// `content` with a tick or a pointer in its top corner, over the picture, so the marker costs
/// no height.
pub fn with_marker<'a, M: 'a>(
    look: &Look<'_>,
    content: Element<'a, M>,
    marker: Option<&str>,
) -> Element<'a, M> {
    match marker {
        Some(name) => iced::widget::stack![
            content,
            container(chip(icon(look, name, 40.0)))
                .width(Length::Fill)
                .align_right(Length::Fill),
        ]
        .into(),
        None => content,
    }
}

/// A picture to choose: a square button; the chosen one gets a thick accent border (and the
/// caller adds a tick, so the choice never shows by colour alone).
pub fn choice<'a, M: Clone + 'a>(
    look: &Look<'_>,
    content: Element<'a, M>,
    marker: Option<&str>,
    chosen: bool,
    focused: bool,
    on_press: M,
) -> Element<'a, M> {
    let palette = look.palette;
    // A tick or a pointer sits in the top corner, over the picture, so it costs no height.
    let content = with_marker(look, content, marker);
    let base = button_style(palette, Emphasis::Secondary);
    let button = button(content)
        .padding(look.choice_padding())
        .on_press(on_press)
        .style(move |theme, status| {
            let mut style = base(theme, status);
            if chosen {
                style.border = Border {
                    color: palette.accent,
                    width: 6.0,
                    radius: size::RADIUS.into(),
                };
            }
            style
        });
    focus_ring(look, focused, button)
}

/// A pictogram on a small white chip: Mulberry pictograms are drawn with black lines, so the
/// chip keeps them readable on the accent colour and in the strong (dark) palette.
pub fn chip<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(content)
        .padding(4)
        .style(|_| container::Style {
            background: Some(Background::Color(iced::Color::WHITE)),
            border: Border {
                color: iced::Color::WHITE,
                width: 0.0,
                radius: 8.0.into(),
            },
            ..container::Style::default()
        })
        .into()
}

/// A frame pictogram by name (all are compiled in; a test checks every name used).
pub fn icon<'a, M: 'a>(look: &Look<'_>, name: &str, edge: f32) -> Element<'a, M> {
    match look.icons.ui(name) {
        Some(handle) => picture(handle, edge),
        None => Space::new().width(edge).height(edge).into(),
    }
}

/// The usual button: a frame pictogram and an interface text, both by name.
pub fn word_button<'a, M: Clone + 'a>(
    look: &Look<'_>,
    icon_name: &str,
    text_id: &str,
    emphasis: Emphasis,
    focused: bool,
    on_press: M,
) -> Element<'a, M> {
    action(
        look,
        look.icons.ui(icon_name),
        look.t(text_id),
        emphasis,
        focused,
        on_press,
    )
}

/// Back: the same pictogram, word and place on every screen. It never deletes or ends anything.
pub fn back_button<'a, M: Clone + 'a>(
    look: &Look<'_>,
    focused: bool,
    on_press: M,
) -> Element<'a, M> {
    word_button(look, "back", "back", Emphasis::Secondary, focused, on_press)
}

/// A card the learner can no longer move (placed by the hint ladder, or the step is solved):
/// drawn like a choice, with its marker, but not a button.
pub fn placed<'a, M: 'a>(
    look: &Look<'_>,
    content: Element<'a, M>,
    marker: Option<&str>,
) -> Element<'a, M> {
    let palette = look.palette;
    let content = with_marker(look, content, marker);
    // The same outer size as a choice with its focus ring, so nothing moves.
    container(
        container(content)
            .padding(10)
            .style(move |_| container::Style {
                background: Some(Background::Color(palette.surface)),
                border: Border {
                    color: palette.praise_border,
                    width: 4.0,
                    radius: size::RADIUS.into(),
                },
                ..container::Style::default()
            }),
    )
    .padding(2.0 * size::FOCUS_RING)
    .into()
}

/// An empty numbered place waiting for a card: a dashed-looking frame, by shape not colour.
pub fn empty_place<'a, M: 'a>(look: &Look<'_>, edge: f32, number: usize) -> Element<'a, M> {
    let palette = look.palette;
    container(number_badge(look, number))
        .width(edge + 2.0 * look.choice_padding())
        .height(edge + 2.0 * look.choice_padding())
        .center(edge + 2.0 * look.choice_padding())
        .style(move |_| container::Style {
            background: Some(Background::Color(palette.background)),
            border: Border {
                color: palette.border,
                width: 3.0,
                radius: size::RADIUS.into(),
            },
            ..container::Style::default()
        })
        .padding(0)
        .into()
}

/// A place number, bold on a white chip, for the numbered places of an order step.
pub fn number_badge<'a, M: 'a>(look: &Look<'_>, number: usize) -> Element<'a, M> {
    chip(
        text(number.to_string())
            .size(look.size(size::BODY))
            .color(iced::Color::BLACK)
            .font(super::assets::BOLD)
            .width(look.size(size::BODY))
            .center(),
    )
}

/// `content` with a place number in its top-left corner.
pub fn numbered<'a, M: 'a>(
    look: &Look<'_>,
    content: Element<'a, M>,
    number: usize,
) -> Element<'a, M> {
    iced::widget::stack![content, container(number_badge(look, number)).padding(2)].into()
}

/// A target that is not a button (click practice reads the mouse itself): looks like a
/// choice, with the same outline and focus ring, and a marker in its corner.
pub fn target<'a, M: 'a>(
    look: &Look<'_>,
    content: Element<'a, M>,
    marker: Option<&str>,
    outlined: bool,
    focused: bool,
) -> Element<'a, M> {
    let palette = look.palette;
    let content = with_marker(look, content, marker);
    let (color, width) = if outlined {
        (palette.accent, 6.0)
    } else {
        (palette.border, 2.0)
    };
    let face = container(content)
        .padding(look.choice_padding())
        .style(move |_| container::Style {
            background: Some(Background::Color(palette.surface)),
            border: Border {
                color,
                width,
                radius: size::RADIUS.into(),
            },
            ..container::Style::default()
        });
    focus_ring(look, focused, face)
}

/// `content` placed at `region`, in the coordinates of the stack layer it is pushed to.
pub fn at<'a, M: 'a>(
    region: crate::domain::lesson::Region,
    content: impl Into<Element<'a, M>>,
) -> Element<'a, M> {
    container(container(content).width(region.width).height(region.height))
        .padding(Padding {
            top: region.y,
            left: region.x,
            right: 0.0,
            bottom: 0.0,
        })
        .into()
}

/// A thick outline over part of a picture: where to look (level 2 of find the button).
pub fn outline_at<'a, M: 'a>(
    look: &Look<'_>,
    region: crate::domain::lesson::Region,
) -> Element<'a, M> {
    let color = look.palette.hint_border;
    let frame = container(Space::new())
        .width(Length::Fill)
        .height(Length::Fill)
        .style(move |_| container::Style {
            border: Border {
                color,
                width: 5.0,
                radius: 8.0.into(),
            },
            ..container::Style::default()
        });
    at(region, frame)
}

/// A see-through button over part of a picture (find the button), outlined when `outlined`,
/// with the focus ring when focused, and an id so tests can press it.
pub fn invisible_button_at<'a, M: Clone + 'a>(
    look: &Look<'_>,
    region: crate::domain::lesson::Region,
    outlined: bool,
    focused: bool,
    on_press: M,
    id: iced::widget::Id,
) -> Element<'a, M> {
    let palette = look.palette;
    let button = button(Space::new().width(Length::Fill).height(Length::Fill))
        .width(Length::Fill)
        .height(Length::Fill)
        .padding(0)
        .on_press(on_press)
        .style(move |_, _| button::Style {
            background: None,
            text_color: palette.text,
            border: Border {
                color: if outlined {
                    palette.accent
                } else {
                    iced::Color::TRANSPARENT
                },
                width: if outlined { 5.0 } else { 0.0 },
                radius: 8.0.into(),
            },
            shadow: Shadow::default(),
            snap: true,
        });
    // The focus ring takes 8 px round the place; the place itself keeps its size.
    let ring = 2.0 * size::FOCUS_RING;
    let grown = crate::domain::lesson::Region {
        x: region.x - ring,
        y: region.y - ring,
        width: region.width + 2.0 * ring,
        height: region.height + 2.0 * ring,
    };
    at(grown, container(focus_ring(look, focused, button)).id(id))
}

/// Which of the two paging buttons has the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PagingFocus {
    pub before: bool,
    pub more: bool,
}

/// [Before] `middle` [More]: the big paging buttons every tile screen uses instead of scrolling.
pub fn paging<'a, M: Clone + 'a>(
    look: &Look<'_>,
    middle: impl Into<Element<'a, M>>,
    focus: PagingFocus,
    before: M,
    more: M,
) -> Element<'a, M> {
    row![
        word_button(
            look,
            "back",
            "page-before",
            Emphasis::Secondary,
            focus.before,
            before
        ),
        middle.into(),
        word_button(
            look,
            "next",
            "page-more",
            Emphasis::Secondary,
            focus.more,
            more
        ),
    ]
    .spacing(size::GAP)
    .align_y(Alignment::Center)
    .into()
}

/// [Before] Page n of m [More]: paging for a list with nothing else between the buttons.
pub fn page_of<'a, M: Clone + 'a>(
    look: &Look<'_>,
    pager: &super::pager::Pager,
    focus: PagingFocus,
    before: M,
    more: M,
) -> Element<'a, M> {
    let page = look.texts.get_with(
        "page-count",
        &[
            ("page", (pager.page + 1).into()),
            ("pages", pager.pages().into()),
        ],
    );
    paging(
        look,
        text(page)
            .size(look.size(size::BODY))
            .color(look.palette.text),
        focus,
        before,
        more,
    )
}

/// A picture from a lesson folder (SVG or PNG), drawn at `width` × `height`, keeping its
/// proportions inside that box. A missing picture keeps its space, so nothing moves.
pub fn lesson_picture_sized<'a, M: 'a>(
    file: Option<&crate::domain::lesson::PictureFile>,
    width: f32,
    height: f32,
) -> Element<'a, M> {
    match file {
        Some(file) if file.is_svg => svg(svg::Handle::from_memory(file.bytes.clone()))
            .width(width)
            .height(height)
            .into(),
        Some(file) => {
            iced::widget::image(iced::widget::image::Handle::from_bytes(file.bytes.to_vec()))
                .width(width)
                .height(height)
                .into()
        }
        None => Space::new().width(width).height(height).into(),
    }
}

/// A picture from a lesson folder in a square of `edge`.
pub fn lesson_picture<'a, M: 'a>(
    file: Option<&crate::domain::lesson::PictureFile>,
    edge: f32,
) -> Element<'a, M> {
    lesson_picture_sized(file, edge, edge)
}
