//! The body of a step, one function per exercise kind, and the feedback band they share.
//! Adding a kind adds its model in `domain::lesson` / `domain::lesson_run` and its view here.

use iced::widget::{column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{Message, Said, State, Target};
use crate::domain::i18n::Language;
use crate::domain::lesson::{
    Card, ClickKind, Exercise, HoldKey, Lesson, Region, SimGoal, SimWidget, SimWidgetKind, Step,
};
use crate::domain::lesson_run::{Gesture, MAX_HINT};
use crate::ui::theme::size;
use crate::ui::widgets::{self, Look};

/// Draws the step's body: its task and, under it, the feedback band.
pub fn body<'a>(
    state: &'a State,
    look: &Look<'_>,
    lesson: &'a Lesson,
    language: Language,
) -> Element<'a, Message> {
    let step = state.run.step(lesson);
    let task: Element<'a, Message> = match &step.exercise {
        Exercise::Info => info(look, lesson, step, language),
        Exercise::Pick { choices } => pick(state, look, lesson, language, choices),
        Exercise::YesNo { answer } => yes_no(state, look, lesson, step, language, *answer),
        Exercise::Order { cards } => order(state, look, lesson, language, cards),
        Exercise::Click { click } => click_target(state, look, lesson, step, *click),
        Exercise::Find {
            regions,
            picture_size,
        } => find(state, look, lesson, step, regions, *picture_size),
        Exercise::Drag { object, targets } => drag(state, look, lesson, language, object, targets),
        Exercise::Type { answer, .. } => type_practice(state, look, lesson, language, answer),
        Exercise::Sim {
            window,
            widgets,
            goal,
        } => sim(state, look, lesson, language, window, widgets, goal),
        Exercise::Shortcut { hold, press } => shortcut(state, look, hold, *press),
    };
    let mut body = column![].spacing(look.gap()).align_x(Alignment::Center);
    if step.exercise.is_answered() {
        body = body.push(widgets::title(look, lesson.text(language, &step.text)));
    }
    let band = band(state, look, lesson, step, language);
    // A simulated app's window fills the height, so its hint stands beside it, in the place
    // of the step's picture: the window never moves.
    let band = match (&step.exercise, band) {
        (Exercise::Sim { .. } | Exercise::Shortcut { .. }, band) => {
            return body
                .push(
                    row![
                        // A pictured keyboard keeps its size (its keys are targets); a window
                        // takes three fifths.
                        if matches!(step.exercise, Exercise::Shortcut { .. }) {
                            container(task)
                        } else {
                            container(task).width(Length::FillPortion(3))
                        },
                        container(band.unwrap_or_else(|| {
                            widgets::lesson_picture(
                                lesson.picture(&step.picture),
                                look.picture_edge(200.0),
                            )
                        }))
                        .center_x(Length::FillPortion(2)),
                    ]
                    .spacing(look.gap())
                    .align_y(Alignment::Center),
                )
                .into();
        }
        (_, band) => band,
    };
    body = body.push(task);
    if let Some(band) = band {
        body = body.push(band);
    }
    body.into()
}

/// The words of the band under the task, with its icon and whether it is praise: praise
/// after a right answer; the hint from level 1; how to see the answer at level 3.
pub(super) fn band_words(state: &State, step: &Step) -> Option<(Said, &'static str, bool)> {
    let level = state.run.state.hint_level;
    if state.praise {
        let praise = step.praise.clone().unwrap_or_default();
        return Some((Said::Lesson(praise), "tick", true));
    }
    if state.run.waiting_for_second_click() {
        return Some((Said::Ui("click-once-more"), "left-click", false));
    }
    if level >= MAX_HINT {
        let id = match step.exercise {
            Exercise::Order { .. } => "show-order",
            Exercise::Click {
                click: ClickKind::Single,
            } => "show-click-single",
            Exercise::Click {
                click: ClickKind::Double,
            } => "show-click-double",
            Exercise::Click {
                click: ClickKind::Right,
            } => "show-click-right",
            Exercise::Drag { .. } => "show-drag",
            Exercise::Type { .. } => "show-type",
            Exercise::Sim { .. } => "show-sim",
            Exercise::Shortcut { .. } => "show-shortcut",
            _ => "show-answer",
        };
        return Some((Said::Ui(id), "pointer", false));
    }
    if level >= 1 {
        let hint = step.hint.clone().unwrap_or_default();
        return Some((Said::Lesson(hint), "help", false));
    }
    None
}

/// The band under the task, with its speaker when there is sound.
fn band<'a>(
    state: &State,
    look: &Look<'_>,
    lesson: &Lesson,
    step: &Step,
    language: Language,
) -> Option<Element<'a, Message>> {
    let (said, icon, praise) = band_words(state, step)?;
    let words = match &said {
        Said::Lesson(id) => lesson.text(language, id),
        Said::Ui(id) => look.t(id),
        // A band holds praise or a hint: never a title, a name or a count.
        _ => return None,
    };
    // The band's own speaker sits inside it, at its end: it costs the band no height.
    let speaker = look.sound.then(|| {
        container(widgets::speaker(
            look,
            state.focus.is(&Target::SpeakBand),
            Message::Activate(Target::SpeakBand),
        ))
        .id(iced::widget::Id::new("speaker-band"))
        .into()
    });
    Some(widgets::band(
        look,
        look.icons.ui(icon),
        words,
        praise,
        speaker,
    ))
}

fn info<'a>(
    look: &Look<'_>,
    lesson: &'a Lesson,
    step: &'a Step,
    language: Language,
) -> Element<'a, Message> {
    row![
        widgets::lesson_picture(lesson.picture(&step.picture), look.picture_edge(300.0)),
        container(widgets::body(look, lesson.text(language, &step.text))).max_width(600),
    ]
    .spacing(size::GAP * 2.0)
    .align_y(Alignment::Center)
    .into()
}

/// The marker on an answer: a tick on the right one once solved, a pointer on it at the top of
/// the ladder, nothing otherwise.
fn marker(right: bool, solved: bool, level: u8) -> Option<&'static str> {
    match (right, solved) {
        (true, true) => Some("tick"),
        (true, false) if level >= MAX_HINT => Some("pointer"),
        _ => None,
    }
}

/// A picture with its word under it, as choices and cards show them.
fn card_face<'a>(
    look: &Look<'_>,
    lesson: &'a Lesson,
    language: Language,
    card: &'a Card,
    edge: f32,
) -> Element<'a, Message> {
    column![
        widgets::lesson_picture(lesson.picture(&card.picture), edge),
        text(lesson.text(language, &card.label))
            .size(look.size(size::BODY))
            .color(look.palette.text),
    ]
    .spacing(4)
    .align_x(Alignment::Center)
    .into()
}

fn pick<'a>(
    state: &'a State,
    look: &Look<'_>,
    lesson: &'a Lesson,
    language: Language,
    choices: &'a [Card],
) -> Element<'a, Message> {
    let visible = state.run.visible_choices(lesson);
    let level = state.run.state.hint_level;
    let solved = state.run.state.solved;
    let mut line = row![].spacing(size::GAP * 2.0).align_y(Alignment::End);
    for choice in choices
        .iter()
        .filter(|choice| visible.contains(&choice.id.as_str()))
    {
        let marker = marker(choice.correct, solved, level);
        // From the first hint on, the right choice gets an outline to look at.
        let outlined = choice.correct && (level >= 1 || solved);
        let target = Target::Choice(choice.id.clone());
        line = line.push(widgets::hover_speaks(
            widgets::choice(
                look,
                card_face(look, lesson, language, choice, look.picture_edge(150.0)),
                marker,
                outlined,
                state.keys_used && state.focus.is(&target),
                Message::Activate(target.clone()),
            ),
            target,
            Message::Hover,
        ));
    }
    line.into()
}

/// Yes / No: the picture, then two big answers with a word and a pictogram each, never a
/// green tick and a red cross alone.
fn yes_no<'a>(
    state: &'a State,
    look: &Look<'_>,
    lesson: &'a Lesson,
    step: &'a Step,
    _language: Language,
    answer: bool,
) -> Element<'a, Message> {
    let level = state.run.state.hint_level;
    let solved = state.run.state.solved;
    let option = |yes: bool| {
        let (icon, word, target) = if yes {
            ("yes", "yes", Target::Yes)
        } else {
            ("no", "no", Target::No)
        };
        let right = yes == answer;
        let marker = marker(right, solved, level);
        let face = column![
            widgets::icon(look, icon, look.picture_edge(96.0)),
            widgets::body(look, look.t(word))
        ]
        .spacing(4)
        .align_x(Alignment::Center)
        .width(look.picture_edge(150.0));
        widgets::hover_speaks(
            widgets::choice(
                look,
                face.into(),
                marker,
                right && (level >= 1 || solved),
                state.keys_used && state.focus.is(&target),
                Message::Activate(target.clone()),
            ),
            target,
            Message::Hover,
        )
    };
    row![
        widgets::lesson_picture(lesson.picture(&step.picture), look.picture_edge(200.0)),
        option(true),
        option(false),
    ]
    .spacing(size::GAP * 2.0)
    .align_y(Alignment::Center)
    .into()
}

/// Put the steps in order: numbered places on top, the mixed-up cards under them. A tap puts
/// a card in the next free place; a tap on a placed card takes it (and those after it) back.
/// Placed cards show their picture only, so the step fits at 200 % text; the words stay on the
/// cards still to place.
fn order<'a>(
    state: &'a State,
    look: &Look<'_>,
    lesson: &'a Lesson,
    language: Language,
    cards: &'a [Card],
) -> Element<'a, Message> {
    let run = &state.run;
    let level = run.state.hint_level;
    let fixed = run.fixed_cards(lesson);
    let edge = look.by_scale(90.0, 55.0);
    let mut places = row![].spacing(look.gap()).align_y(Alignment::Center);
    for slot in 0..cards.len() {
        let card = run
            .placed
            .get(slot)
            .and_then(|id| cards.iter().find(|card| card.id == *id));
        let place: Element<'a, Message> = match card {
            Some(card) => {
                let face = widgets::numbered(
                    look,
                    widgets::lesson_picture(lesson.picture(&card.picture), edge),
                    slot + 1,
                );
                if slot < fixed || run.state.solved {
                    // Placed by the ladder, or solved: it stays, so it is not a button.
                    widgets::placed(look, face, Some("tick"))
                } else {
                    let target = Target::Slot(slot);
                    widgets::choice(
                        look,
                        face,
                        None,
                        false,
                        state.keys_used && state.focus.is(&target),
                        Message::Activate(target),
                    )
                }
            }
            None => container(widgets::empty_place(look, edge, slot + 1))
                .padding(2.0 * size::FOCUS_RING)
                .into(),
        };
        places = places.push(place);
    }
    let next = run.next_card(lesson).map(|card| card.id.as_str());
    let mut pool = row![].spacing(look.gap());
    for card in run.pool(lesson) {
        let target = Target::Card(card.id.clone());
        // Level 1 outlines the card for the next place; level 3 numbers every card.
        let outlined = level >= 1 && Some(card.id.as_str()) == next;
        let face = card_face(look, lesson, language, card, edge);
        let face = if level >= MAX_HINT {
            let position = cards.iter().position(|c| c.id == card.id).unwrap_or(0) + 1;
            widgets::numbered(look, face, position)
        } else {
            face
        };
        pool = pool.push(widgets::hover_speaks(
            widgets::choice(
                look,
                face,
                None,
                outlined,
                state.keys_used && state.focus.is(&target),
                Message::Activate(target.clone()),
            ),
            target,
            Message::Hover,
        ));
    }
    column![places, pool]
        .spacing(look.gap())
        .align_x(Alignment::Center)
        .width(Length::Shrink)
        .into()
}

/// Click practice: one large target (the step's picture). The mouse is read directly (left and
/// right button releases); Enter on the focused target is the keyboard path. From level 2 the
/// mouse button to use is shown beside the target; at level 3 a pointer shows where.
fn click_target<'a>(
    state: &'a State,
    look: &Look<'_>,
    lesson: &'a Lesson,
    step: &'a Step,
    click: ClickKind,
) -> Element<'a, Message> {
    let level = state.run.state.hint_level;
    let solved = state.run.state.solved;
    let edge = look.by_scale(220.0, 150.0);
    let marker = marker(true, solved, level);
    let face = widgets::lesson_picture(lesson.picture(&step.picture), edge);
    let target = widgets::target(
        look,
        face,
        marker,
        level >= 1 || solved,
        state.focus.is(&Target::ClickTarget),
    );
    // The mouse area sits over the whole target and takes the clicks before the button does.
    let area = iced::widget::mouse_area(target)
        .on_release(Message::Gesture(Gesture::Left))
        .on_right_release(Message::Gesture(Gesture::Right));
    // An id, so tests can click the target as a learner would.
    let area = container(area).id(iced::widget::Id::new("click-target"));
    let mut line = row![area]
        .spacing(look.gap() * 2.0)
        .align_y(Alignment::Center);
    if level >= 2 && !solved {
        let button = if click == ClickKind::Right {
            "right-click"
        } else {
            "left-click"
        };
        line = line.push(widgets::icon(look, button, look.by_scale(140.0, 100.0)));
    }
    line.into()
}

/// Find the button: the screen picture, with the right places as see-through buttons on it
/// and a press anywhere else as a try beside them. Each place is at least 64 px on screen.
/// Level 2 outlines the part of the screen to look in; level 3 the place itself, with a pointer.
fn find<'a>(
    state: &'a State,
    look: &Look<'_>,
    lesson: &'a Lesson,
    step: &'a Step,
    regions: &'a [Region],
    (width, height): (f32, f32),
) -> Element<'a, Message> {
    let level = state.run.state.hint_level;
    let solved = state.run.state.solved;
    let shown_height = look.by_scale(300.0, 200.0);
    let factor = shown_height / height.max(1.0);
    let shown_width = width * factor;
    let picture = iced::widget::mouse_area(widgets::lesson_picture_sized(
        lesson.picture(&step.picture),
        shown_width,
        shown_height,
    ))
    .on_release(Message::Found(None));
    let picture = container(picture).id(iced::widget::Id::new("find-picture"));
    let mut layers = iced::widget::Stack::new()
        .width(shown_width)
        .height(shown_height)
        .push(picture);
    for (index, region) in regions.iter().enumerate() {
        let place = region.on_screen(factor, 64.0);
        if level == 2 && !solved {
            // The part of the screen to look in: twice the place, so a neighbouring button
            // (an advert above a result) stays outside it.
            let x = (place.x - place.width / 2.0).max(0.0);
            let y = (place.y - place.height / 2.0).max(0.0);
            let around = Region {
                x,
                y,
                width: (place.width * 2.0).min(shown_width - x),
                height: (place.height * 2.0).min(shown_height - y),
            };
            layers = layers.push(widgets::outline_at(look, around));
        }
        let target = Target::Region(index);
        let exact = level >= MAX_HINT || solved;
        layers = layers.push(widgets::invisible_button_at(
            look,
            place,
            exact,
            state.focus.is(&target) && state.keys_used,
            // The mouse says where it pressed; Enter on the focused place is the keyboard path.
            Message::Found(Some(index)),
            iced::widget::Id::from(format!("region-{index}")),
        ));
        if exact {
            let name = if solved { "tick" } else { "pointer" };
            let corner = Region {
                x: (place.x + place.width).min(shown_width - 48.0),
                y: (place.y - 48.0).max(0.0),
                width: 48.0,
                height: 48.0,
            };
            layers = layers.push(widgets::at(
                corner,
                widgets::chip(widgets::icon(look, name, 40.0)),
            ));
        }
    }
    layers.into()
}

/// Where things are in the drag-practice area, in the area's own coordinates: the same
/// numbers for drawing and for deciding where the object was let go.
pub(super) struct DragLayout {
    pub area: iced::Size,
    pub object: iced::Rectangle,
    pub targets: Vec<(String, iced::Rectangle)>,
}

pub(super) fn drag_layout(scale: f32, targets: &[&str]) -> DragLayout {
    let by_scale = |at_100: f32, at_200: f32| (at_100 + (at_200 - at_100) * (scale - 1.0)).round();
    let area = iced::Size::new(by_scale(720.0, 560.0), by_scale(280.0, 200.0));
    let edge = by_scale(110.0, 70.0);
    let padding = (10.0 - 4.0 * (scale - 1.0)).round();
    let card = iced::Size::new(
        edge + 2.0 * padding + 4.0 * size::FOCUS_RING,
        edge + size::BODY * scale * 1.3 + 4.0 + 2.0 * padding + 4.0 * size::FOCUS_RING,
    );
    let top = ((area.height - card.height) / 2.0).max(0.0);
    let object = iced::Rectangle::new(iced::Point::new(20.0, top), card);
    let gap = 30.0;
    let placed = targets.iter().enumerate().map(|(index, id)| {
        let from_right = (targets.len() - index) as f32;
        let x = area.width - from_right * (card.width + gap);
        (
            (*id).to_string(),
            iced::Rectangle::new(iced::Point::new(x, top), card),
        )
    });
    DragLayout {
        area,
        object,
        targets: placed.collect(),
    }
}

fn region(rectangle: iced::Rectangle) -> Region {
    Region {
        x: rectangle.x,
        y: rectangle.y,
        width: rectangle.width,
        height: rectangle.height,
    }
}

/// Drag practice: the object on the left, the places to drop it on the right. The mouse is
/// read over the whole area; a held object follows the pointer. Enter on a place is the
/// keyboard path. Level 1 outlines the right place, level 2 takes wrong places away (when more
/// than two), level 3 adds a pointer.
fn drag<'a>(
    state: &'a State,
    look: &Look<'_>,
    lesson: &'a Lesson,
    language: Language,
    object: &'a Card,
    targets: &'a [Card],
) -> Element<'a, Message> {
    let run = &state.run;
    let level = run.state.hint_level;
    let solved = run.state.solved;
    let visible = run.visible_targets(lesson);
    let layout = drag_layout(look.scale, &visible);
    let edge = look.by_scale(110.0, 70.0);
    let palette = look.palette;
    let desk = container(iced::widget::Space::new())
        .width(layout.area.width)
        .height(layout.area.height)
        .style(move |_| container::Style {
            background: Some(iced::Background::Color(palette.surface)),
            border: iced::Border {
                color: palette.border,
                width: 2.0,
                radius: size::RADIUS.into(),
            },
            ..container::Style::default()
        });
    let mut layers = iced::widget::Stack::new()
        .width(layout.area.width)
        .height(layout.area.height)
        .push(desk);
    for (id, place) in &layout.targets {
        let Some(card) = targets.iter().find(|card| card.id == *id) else {
            continue;
        };
        let target = Target::DropOn(card.id.clone());
        let face = card_face(look, lesson, language, card, edge);
        let outlined = card.correct && (level >= 1 || solved);
        let marker = marker(card.correct, solved, level);
        let focused = state.keys_used && state.focus.is(&target);
        layers = layers.push(widgets::at(
            region(*place),
            widgets::target(look, face, marker, outlined, focused),
        ));
    }
    // Once solved, the object has gone into its place (the tick shows it).
    if !solved {
        let at = state.held_at().unwrap_or(layout.object.position());
        let place = iced::Rectangle::new(at, layout.object.size());
        let face = card_face(look, lesson, language, object, edge);
        layers = layers.push(widgets::at(
            region(place),
            widgets::target(look, face, None, false, false),
        ));
    }
    let area = iced::widget::mouse_area(layers)
        .on_press(Message::DragPress)
        .on_move(Message::DragMove)
        .on_release(Message::DragRelease);
    container(area)
        .id(iced::widget::Id::new("drag-area"))
        .into()
}

/// Type practice: a field in very large letters, Done, and the workstation's keyboard pictured
/// with the key (and Shift or AltGr) for the next character lit. From level 2 the text to type
/// is shown; the check is on characters, not key codes.
fn type_practice<'a>(
    state: &'a State,
    look: &Look<'_>,
    lesson: &'a Lesson,
    language: Language,
    answer: &'a str,
) -> Element<'a, Message> {
    use crate::domain::keyboard::Modifier;
    let level = state.run.state.hint_level;
    let expected = lesson.text(language, answer);
    let field = iced::widget::text_input(&look.t("type-placeholder"), &state.typed)
        .id(super::type_field_id())
        .on_input(Message::Typed)
        .on_submit(Message::TypeSubmit)
        .size(look.by_scale(44.0, 52.0))
        .padding(look.button_padding())
        .width(look.by_scale(520.0, 600.0));
    let done = widgets::word_button(
        look,
        "yes",
        "type-done",
        widgets::Emphasis::Primary,
        state.focus.is(&Target::TypeDone),
        Message::Activate(Target::TypeDone),
    );
    let mut field_row = row![
        widgets::focus_ring(look, state.focus.is(&Target::TypeField), field),
        done
    ]
    .spacing(look.gap())
    .align_y(Alignment::Center);
    if level >= 2 && !state.run.state.solved {
        field_row = field_row.push(widgets::body(look, expected.clone()));
    }
    let next = state.next_character(lesson, language);
    let layout = look.keyboard;
    let keys = next.and_then(|c| layout.keys_for(c));
    let edge = look.by_scale(36.0, 26.0);
    let palette = look.palette;
    let key = |label: String, lit: bool, width: f32| -> Element<'a, Message> {
        container(
            text(label)
                .size(edge * 0.6)
                .color(if lit { palette.on_accent } else { palette.text })
                .center(),
        )
        .width(width)
        .height(edge)
        .center_y(edge)
        .center_x(width)
        .style(move |_| container::Style {
            background: Some(iced::Background::Color(if lit {
                palette.accent
            } else {
                palette.surface
            })),
            border: iced::Border {
                color: palette.border,
                width: if lit { 3.0 } else { 1.0 },
                radius: 4.0.into(),
            },
            ..container::Style::default()
        })
        .into()
    };
    let mut board = column![].spacing(4).align_x(Alignment::Center);
    for (row_index, caps) in layout.caps().into_iter().enumerate() {
        let mut line = row![].spacing(4);
        for (column, cap) in caps.into_iter().enumerate() {
            let lit = keys.is_some_and(|k| k.row == row_index && k.column == column);
            line = line.push(key(cap, lit, edge));
        }
        board = board.push(line);
    }
    let modifier = keys.and_then(|k| k.modifier);
    let shift = key(
        "Shift".into(),
        modifier == Some(Modifier::Shift),
        edge * 3.0,
    );
    let space = key(" ".into(), next == Some(' '), edge * 6.0);
    let altgr = key(
        "AltGr".into(),
        modifier == Some(Modifier::AltGr),
        edge * 3.0,
    );
    let keyboard = row![
        column![shift].spacing(4),
        board,
        column![altgr, space].spacing(4)
    ]
    .spacing(look.gap())
    .align_y(Alignment::Center);
    column![field_row, keyboard]
        .spacing(look.gap())
        .align_x(Alignment::Center)
        .into()
}

/// A simulated app: a pretend window (title bar, labelled fields, a row of buttons) drawn with
/// ordinary widgets, safe to get wrong. Level 1 outlines the next thing to use, level 2 takes the
/// other buttons away, and level 3 shows, under each label, what its field must hold, and puts a pointer on the button.
fn sim<'a>(
    state: &'a State,
    look: &Look<'_>,
    lesson: &'a Lesson,
    language: Language,
    window: &'a str,
    parts: &'a [SimWidget],
    goal: &'a SimGoal,
) -> Element<'a, Message> {
    let level = state.run.state.hint_level;
    let solved = state.run.state.solved;
    let palette = look.palette;
    let value = |id: &str| state.sim_values.get(id).map_or("", String::as_str);
    // The next thing to use: the first goal field that does not hold its text, else the button.
    let next = parts
        .iter()
        .find(|part| {
            goal.fields
                .get(&part.id)
                .is_some_and(|text| value(&part.id) != lesson.text(language, text))
                || (goal.filled.contains(&part.id) && value(&part.id).trim().is_empty())
        })
        .map_or(goal.press.as_str(), |part| part.id.as_str());
    let outlined = |id: &str| level >= 1 && !solved && id == next;
    // The window is a picture of a real program: at large text sizes its words grow a little
    // less than the lesson's own, so the whole window still fits without scrolling.
    let inner = look.by_scale(size::BODY, 40.0);
    let mut inside = column![].spacing(look.gap()).padding(look.gap());
    for part in parts
        .iter()
        .filter(|part| part.kind == SimWidgetKind::Field)
    {
        let target = Target::SimField(part.id.clone());
        let id = part.id.clone();
        let thick = outlined(&part.id);
        let input = iced::widget::text_input("", value(&part.id))
            .id(super::sim_field_id(&part.id))
            .on_input(move |text| Message::SimTyped(id.clone(), text))
            .secure(part.password)
            .size(inner)
            .padding(4)
            .width(Length::Fill)
            .style(move |theme, status| {
                let mut style = iced::widget::text_input::default(theme, status);
                // Where to look: a thick outline in the hint colour.
                if thick {
                    style.border.color = palette.hint_border;
                    style.border.width = 3.0;
                }
                style
            });
        let mut label = column![
            text(lesson.text(language, &part.label))
                .size(inner)
                .color(palette.text)
        ];
        let must_hold = if goal.filled.contains(&part.id) {
            Some(look.t("sim-own-words"))
        } else {
            goal.fields
                .get(&part.id)
                .map(|text_id| lesson.text(language, text_id))
        };
        if level >= MAX_HINT
            && !solved
            && let Some(words) = must_hold
        {
            label = label.push(
                text(words)
                    .size(inner)
                    .color(palette.text)
                    .font(crate::ui::assets::BOLD),
            );
        }
        inside = inside.push(
            row![
                container(label).width(look.by_scale(180.0, 260.0)),
                widgets::focus_ring(look, state.focus.is(&target), input),
            ]
            .spacing(look.gap())
            .align_y(Alignment::Center),
        );
    }
    // The buttons sit in one row at the bottom right, as in a real window.
    let buttons = parts
        .iter()
        .filter(|part| part.kind == SimWidgetKind::Button)
        // Level 2 takes the wrong buttons away.
        .filter(|part| level < 2 || solved || part.id == goal.press)
        .fold(row![].spacing(look.gap()), |line, part| {
            let target = Target::SimButton(part.id.clone());
            let emphasis = if outlined(&part.id) || (solved && part.id == goal.press) {
                widgets::Emphasis::Primary
            } else {
                widgets::Emphasis::Secondary
            };
            // At level 3 the hand sits inside the button, beside its word (not over it).
            let hand = (level >= MAX_HINT && !solved && part.id == goal.press)
                .then(|| look.icons.ui("pointer"))
                .flatten();
            line.push(widgets::action(
                look,
                hand,
                lesson.text(language, &part.label),
                emphasis,
                // Only once the keys are used: a ring on Cancel as the window opens would
                // look like a hint.
                state.keys_used && state.focus.is(&target),
                Message::Activate(target),
            ))
        });
    inside = inside.push(container(buttons).align_right(Length::Fill));
    container(column![
        title_bar(look, lesson.text(language, window)),
        inside
    ])
    .max_width(look.by_scale(760.0, 900.0))
    .style(move |_| container::Style {
        background: Some(iced::Background::Color(palette.surface)),
        border: iced::Border {
            color: palette.border,
            width: 2.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    })
    .into()
}

/// The title bar of a pretend window: its name, and three dots where a real one has buttons.
fn title_bar<'a>(look: &Look<'_>, name: String) -> Element<'a, Message> {
    let bar = iced::Color::from_rgb8(0x3b, 0x4a, 0x5a);
    let dot = || -> Element<'a, Message> {
        container(iced::widget::Space::new().width(12).height(12))
            .style(|_| container::Style {
                background: Some(iced::Background::Color(iced::Color::from_rgb8(
                    0xc9, 0xd2, 0xdc,
                ))),
                border: iced::Border {
                    radius: 6.0.into(),
                    ..iced::Border::default()
                },
                ..container::Style::default()
            })
            .into()
    };
    container(
        row![
            text(name)
                .size(look.by_scale(size::SMALL, 26.0))
                .color(iced::Color::WHITE),
            iced::widget::Space::new().width(Length::Fill),
            row![dot(), dot(), dot()].spacing(8),
        ]
        .align_y(Alignment::Center),
    )
    .padding([4, 12])
    .width(Length::Fill)
    .style(move |_| container::Style {
        background: Some(iced::Background::Color(bar)),
        ..container::Style::default()
    })
    .into()
}

/// The edge of a key on a shortcut step's keyboard: a large target at any text size.
const KEY: f32 = 64.0;

/// A shortcut (Windows key + L) on the pictured keyboard: the keys to hold are pressed once
/// to hold them (and show "✓"), then the letter. Level 1 outlines the next key to use, level 2
/// all the keys of the shortcut, level 3 numbers them in order.
fn shortcut<'a>(
    state: &'a State,
    look: &Look<'_>,
    hold: &'a [HoldKey],
    press: char,
) -> Element<'a, Message> {
    let level = state.run.state.hint_level;
    let solved = state.run.state.solved;
    let held = state.run.held();
    let layout = look.keyboard;
    let palette = look.palette;
    let texts = look.texts;
    // The next key: the first key to hold that is not held yet, else the letter.
    let next_hold = hold.iter().find(|key| !held.contains(key)).copied();
    let shown = |hold_key: Option<HoldKey>, letter: Option<char>| -> (bool, Option<usize>) {
        if solved || level == 0 {
            return (false, None);
        }
        let place = match (hold_key, letter) {
            (Some(key), _) => hold.iter().position(|k| *k == key),
            (None, Some(c)) => (c == press).then_some(hold.len()),
            _ => None,
        };
        let is_next = match (hold_key, next_hold) {
            (Some(key), Some(next)) => key == next,
            (None, None) => place.is_some(),
            _ => false,
        };
        let outlined = if level >= 2 { place.is_some() } else { is_next };
        (outlined, place.filter(|_| level >= MAX_HINT).map(|p| p + 1))
    };
    let cap = move |label: String,
                    width: f32,
                    lit: bool,
                    outlined: bool,
                    focused: bool,
                    number: Option<usize>,
                    on_press: Option<Message>|
          -> Element<'a, Message> {
        let face = container(
            text(label)
                .size(20)
                .color(if lit { palette.on_accent } else { palette.text })
                .center(),
        )
        .center_x(Length::Fill)
        .center_y(Length::Fill);
        let (border_color, border_width) = if focused {
            (palette.focus_outer, 5.0)
        } else if outlined {
            (palette.hint_border, 5.0)
        } else {
            (palette.border, 1.0)
        };
        let style = move |_: &iced::Theme, _| iced::widget::button::Style {
            background: Some(iced::Background::Color(if lit {
                palette.accent
            } else {
                palette.surface
            })),
            text_color: palette.text,
            border: iced::Border {
                color: border_color,
                width: border_width,
                radius: 6.0.into(),
            },
            ..iced::widget::button::Style::default()
        };
        let key = iced::widget::button(face)
            .width(width)
            .height(KEY)
            .padding(2)
            .style(style)
            .on_press_maybe(on_press);
        match number {
            Some(number) => iced::widget::stack![
                key,
                container(widgets::chip(
                    text(number.to_string())
                        .size(18)
                        .color(iced::Color::BLACK)
                        .font(crate::ui::assets::BOLD)
                ))
                .padding(2)
            ]
            .into(),
            None => key.into(),
        }
    };
    let hold_cap = |key: HoldKey, width: f32| -> Element<'a, Message> {
        let target = Target::Hold(key);
        let down = held.contains(&key);
        let name = texts.get(&format!("key-{}", key.name()));
        let label = if down { format!("✓ {name}") } else { name };
        let (outlined, number) = shown(Some(key), None);
        cap(
            label,
            width,
            down,
            outlined,
            state.keys_used && state.focus.is(&target),
            number,
            (!solved).then_some(Message::Activate(target)),
        )
    };
    let qwerty = crate::domain::keyboard::Layout::Qwerty.base();
    let mut board = column![].spacing(4);
    for (row_index, keys) in layout.base().into_iter().enumerate() {
        // The row of digits only when the shortcut needs a digit: it keeps the keyboard small
        // enough to fit beside its hint at 200 %.
        if row_index == 0 && !press.is_ascii_digit() {
            continue;
        }
        let indent = [0.0, 0.5, 0.75, 0.0][row_index.min(3)] * KEY;
        let mut line = row![iced::widget::Space::new().width(indent)].spacing(4);
        if row_index == 3 {
            line = row![hold_cap(HoldKey::Shift, KEY * 1.25)].spacing(4);
        }
        for (column, typed) in keys.into_iter().enumerate() {
            let letter = layout.shortcut_letter(typed);
            let mut label: String = typed.to_uppercase().collect();
            // A Greek or Bulgarian key also shows the Latin letter printed on it.
            if let Some(latin) = qwerty.get(row_index).and_then(|row| row.get(column))
                && !typed.is_ascii()
                && latin.is_ascii_alphabetic()
            {
                label = format!("{label} {}", latin.to_ascii_uppercase());
            }
            let (outlined, number) = shown(None, letter);
            line = line.push(cap(
                label,
                KEY,
                false,
                outlined,
                false,
                number,
                (!solved && letter.is_some()).then_some(Message::PictureKey(typed)),
            ));
        }
        board = board.push(line);
    }
    let bottom = row![
        hold_cap(HoldKey::Ctrl, KEY * 1.25),
        hold_cap(HoldKey::Windows, KEY * 1.25),
        hold_cap(HoldKey::Alt, KEY * 1.25),
        cap(String::new(), KEY * 5.0, false, false, false, None, None),
        cap("AltGr".into(), KEY * 1.25, false, false, false, None, None),
    ]
    .spacing(4);
    board.push(bottom).into()
}
