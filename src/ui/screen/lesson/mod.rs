//! A lesson: one step per screen, a picture beside the text, kind feedback and the hint ladder.
//! Every answer is stored before the screen moves on; Back keeps the place ("Your work is saved.").

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element, Length};

mod kinds;

use super::{Action, Next, Said, Screen, Session};
use crate::domain::lesson::{Exercise, HoldKey, Lesson, SimWidgetKind};
use crate::domain::lesson_run::{Gesture, LessonRun, MAX_HINT, Outcome};
use crate::domain::store::Attempt;
use crate::ui::focus::Focus;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Back,
    /// A picture to pick.
    Choice(String),
    Yes,
    No,
    /// A card still to put in order.
    Card(String),
    /// A place holding a card (pressing it takes the card back).
    Slot(usize),
    /// A click-practice target, reached by keyboard (Enter does the click asked for).
    ClickTarget,
    /// A right place on a find-the-button picture, reached by keyboard.
    Region(usize),
    /// A drop target of drag practice, reached by keyboard: Enter moves the object there.
    DropOn(String),
    /// The field of type practice, and its Done button.
    TypeField,
    TypeDone,
    /// A key to hold (Ctrl, Windows, Alt, Shift) on a shortcut step's pictured keyboard.
    Hold(HoldKey),
    /// A field or a button in a simulated app's window.
    SimField(String),
    SimButton(String),
    Help,
    Next,
    Again,
    Home,
    /// The speaker beside the step text, and the one beside the hint or praise.
    Speaker,
    SpeakBand,
}

#[derive(Debug, Clone)]
pub enum Message {
    Activate(Target),
    /// The pointer came onto a choice (`true`) or left it: its words are heard when it rests.
    Hover(Target, bool),
    /// The mouse on a click-practice target. Not a focus target: a double click is two
    /// presses, which the input guard would otherwise drop.
    Gesture(Gesture),
    /// A press on a find-the-button picture: on a right place, or beside them all.
    Found(Option<usize>),
    /// The mouse in the drag-practice area: pressed, moved (to a point in the area), let go.
    DragPress,
    /// Type practice: the field changed, or Enter was pressed in it.
    Typed(String),
    /// A key that types something, pressed on a shortcut step's pictured keyboard.
    PictureKey(char),
    /// A simulated app's field changed: (field id, its text).
    SimTyped(String, String),
    TypeSubmit,
    DragMove(iced::Point),
    DragRelease,
}

/// The id of a simulated app's field.
pub fn sim_field_id(field: &str) -> iced::widget::Id {
    iced::widget::Id::from(format!("sim-{field}"))
}

/// The id of the type-practice field, so focus can be put in it.
pub fn type_field_id() -> iced::widget::Id {
    iced::widget::Id::new("type-field")
}

pub struct State {
    lesson_id: String,
    run: LessonRun,
    praise: bool,
    finished: bool,
    focus: Focus<Target>,
    /// Whether the keys have been used on this step. On a find-the-button picture the ring
    /// would show where the answer is, so it stays hidden until the learner uses the keys.
    keys_used: bool,
    /// Drag practice: where the pointer is in the area, and where on the object it took hold.
    pointer: Option<iced::Point>,
    grabbed: Option<iced::Vector>,
    /// What the learner has typed on a type-practice step. Kept on screen only: it is never
    /// stored or logged (a sensitive step stores only its length).
    typed: String,
    /// What is in a simulated app's fields. On screen only, like `typed`.
    sim_values: std::collections::BTreeMap<String, String>,
}

impl State {
    /// The learner pressed a key to move or activate: the focus ring may show.
    pub fn keys_used(&mut self) {
        self.keys_used = true;
    }

    /// Opens a lesson where the learner left it (or at the start).
    pub fn open(
        session: &Session,
        lesson_id: &str,
    ) -> Option<Result<State, crate::domain::store::StoreError>> {
        let lesson = session.library.lesson(lesson_id)?;
        let learner = session.learner.as_ref()?.id;
        let open = || {
            let step = session.store.position(learner, lesson_id)?.unwrap_or(0);
            let show_first =
                session.store.setting(learner, "show_first")?.as_deref() == Some("true");
            let run = LessonRun::start(learner, lesson, step, show_first);
            session
                .store
                .save_position(learner, lesson_id, run.step_index)?;
            let mut state = State {
                lesson_id: lesson_id.to_string(),
                run,
                praise: false,
                finished: false,
                focus: Focus::default(),
                keys_used: false,
                pointer: None,
                grabbed: None,
                typed: String::new(),
                sim_values: std::collections::BTreeMap::new(),
            };
            state.focus = Focus::on(state.first_target(lesson));
            state.fill_sim_fields(lesson, session.prefs.language);
            Ok(state)
        };
        Some(open())
    }

    pub fn run(&self) -> &LessonRun {
        &self.run
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    fn lesson<'a>(&self, session: &'a Session) -> Option<&'a Lesson> {
        session.library.lesson(&self.lesson_id)
    }

    /// The task on the screen: the first thing to answer with (a card to place before a card
    /// to take back), or Next once there is none.
    fn first_target(&self, lesson: &Lesson) -> Target {
        let rows = self.answer_targets(lesson);
        rows.iter()
            .rev()
            .flatten()
            .next()
            .cloned()
            .unwrap_or(Target::Next)
    }

    /// A pretend window opens with what its fields already hold (`start`), else empty.
    fn fill_sim_fields(&mut self, lesson: &Lesson, language: crate::domain::i18n::Language) {
        self.sim_values.clear();
        if let Exercise::Sim { widgets, .. } = &self.run.step(lesson).exercise {
            for widget in widgets {
                if let Some(start) = &widget.start {
                    self.sim_values
                        .insert(widget.id.clone(), lesson.text(language, start));
                }
            }
        }
    }

    /// The words of a target, said when the keyboard focus rests on it.
    pub fn said_target(&self, lesson: &Lesson, target: &Target) -> Option<Said> {
        let step = self.run.step(lesson);
        let label_of = |id: &str| -> Option<String> {
            match &step.exercise {
                Exercise::Pick { choices: cards } | Exercise::Order { cards } => cards
                    .iter()
                    .find(|card| card.id == id)
                    .map(|card| card.label.clone()),
                Exercise::Drag { targets, .. } => targets
                    .iter()
                    .find(|card| card.id == id)
                    .map(|card| card.label.clone()),
                Exercise::Sim { widgets, .. } => widgets
                    .iter()
                    .find(|widget| widget.id == id)
                    .map(|widget| widget.label.clone()),
                _ => None,
            }
        };
        match target {
            Target::Back => Some(Said::Ui("back")),
            Target::Next => Some(Said::Ui("next")),
            Target::Help => Some(Said::Ui("help")),
            Target::Again => Some(Said::Ui("again")),
            Target::Home => Some(Said::Ui("home")),
            Target::Yes => Some(Said::Ui("yes")),
            Target::No => Some(Said::Ui("no")),
            Target::TypeDone => Some(Said::Ui("type-done")),
            Target::Choice(id)
            | Target::Card(id)
            | Target::DropOn(id)
            | Target::SimButton(id)
            | Target::SimField(id) => label_of(id).map(Said::Lesson),
            _ => None,
        }
    }

    /// Is the band the praise after a right answer?
    pub fn praising(&self) -> bool {
        self.praise
    }

    /// The id of the lesson on screen.
    pub fn lesson_id(&self) -> &str {
        &self.lesson_id
    }

    /// The text the step says: the step text, or on the end screen the goal.
    pub fn said_step(&self, lesson: &Lesson) -> Said {
        if self.finished {
            Said::Lesson("lesson-goal".into())
        } else {
            Said::Lesson(self.run.step(lesson).text.clone())
        }
    }

    /// In typing practice, the next character to type (the first one after what is typed
    /// right so far); `None` once a character is wrong or all is typed.
    pub fn next_character(
        &self,
        lesson: &Lesson,
        language: crate::domain::i18n::Language,
    ) -> Option<char> {
        let Exercise::Type { answer, .. } = &self.run.step(lesson).exercise else {
            return None;
        };
        let expected = lesson.text(language, answer);
        let right_so_far = self
            .typed
            .chars()
            .zip(expected.chars())
            .take_while(|(a, b)| a == b)
            .count();
        (right_so_far == self.typed.chars().count())
            .then(|| expected.chars().nth(right_so_far))
            .flatten()
    }

    /// The key the narrator says in typing practice once the learner has needed help, with
    /// its place in the text (so "ee" says "e" twice); never in a practice password: a
    /// password is not said aloud.
    pub fn said_key(
        &self,
        lesson: &Lesson,
        language: crate::domain::i18n::Language,
    ) -> Option<(usize, Said)> {
        let step = self.run.step(lesson);
        let Exercise::Type { sensitive, .. } = &step.exercise else {
            return None;
        };
        if *sensitive || self.run.state.hint_level == 0 || self.run.state.solved || self.finished {
            return None;
        }
        self.next_character(lesson, language)
            .map(|next| (self.typed.chars().count(), Said::Key(next)))
    }

    /// The words in the band under the task (praise, a hint, how to see the answer), if any.
    pub fn said_band(&self, lesson: &Lesson) -> Option<Said> {
        if self.finished {
            return None;
        }
        kinds::band_words(self, self.run.step(lesson)).map(|(said, ..)| said)
    }

    /// Where the learner is, for the narrator: the step, and whether the lesson is finished.
    pub fn place(&self) -> (usize, bool) {
        (self.run.step_index, self.finished)
    }

    /// The text field under the keyboard focus, if the focus is on one.
    pub fn focused_field(&self) -> Option<iced::widget::Id> {
        self.focus.current().and_then(|target| self.field(target))
    }

    /// The targets that answer the step, in rows, in reading order.
    fn answer_targets(&self, lesson: &Lesson) -> Vec<Vec<Target>> {
        if self.run.state.solved {
            return Vec::new();
        }
        let rows = match &self.run.step(lesson).exercise {
            Exercise::Info => Vec::new(),
            Exercise::Pick { .. } => {
                vec![
                    self.run
                        .visible_choices(lesson)
                        .into_iter()
                        .map(|id| Target::Choice(id.to_string()))
                        .collect(),
                ]
            }
            Exercise::YesNo { .. } => vec![vec![Target::Yes, Target::No]],
            Exercise::Click { .. } => vec![vec![Target::ClickTarget]],
            Exercise::Find { regions, .. } => {
                vec![(0..regions.len()).map(Target::Region).collect()]
            }
            Exercise::Type { .. } => vec![vec![Target::TypeField, Target::TypeDone]],
            // The keys to hold are reached with Tab; the key to press then is a real key (the
            // letters on the picture take the mouse).
            Exercise::Shortcut { .. } => vec![HoldKey::ALL.map(Target::Hold).to_vec()],
            Exercise::Sim { widgets, .. } => vec![
                widgets
                    .iter()
                    .map(|widget| match widget.kind {
                        SimWidgetKind::Field => Target::SimField(widget.id.clone()),
                        SimWidgetKind::Button => Target::SimButton(widget.id.clone()),
                    })
                    .collect(),
            ],
            Exercise::Drag { .. } => {
                vec![
                    self.run
                        .visible_targets(lesson)
                        .into_iter()
                        .map(|id| Target::DropOn(id.to_string()))
                        .collect(),
                ]
            }
            Exercise::Order { .. } => {
                let fixed = self.run.fixed_cards(lesson);
                let slots = (fixed..self.run.placed.len()).map(Target::Slot).collect();
                let cards = self
                    .run
                    .pool(lesson)
                    .into_iter()
                    .map(|card| Target::Card(card.id.clone()))
                    .collect();
                vec![slots, cards]
            }
        };
        rows.into_iter()
            .filter(|row: &Vec<Target>| !row.is_empty())
            .collect()
    }

    pub fn view<'a>(&'a self, look: &Look<'_>, session: &'a Session) -> Element<'a, Message> {
        let Some(lesson) = self.lesson(session) else {
            return Space::new().into();
        };
        let language = session.prefs.language;
        let press = |target: Target| Message::Activate(target);
        if self.finished {
            return self.view_end(look, lesson, session);
        }
        let heading = lesson.title(language);
        let body = kinds::body(self, look, lesson, language);
        let back = widgets::back_button(look, self.focus.is(&Target::Back), press(Target::Back));
        let help: Element<'a, Message> = if self
            .targets(session)
            .iter()
            .flatten()
            .any(|t| *t == Target::Help)
        {
            widgets::word_button(
                look,
                "help",
                "help",
                Emphasis::Secondary,
                self.focus.is(&Target::Help),
                press(Target::Help),
            )
        } else {
            Space::new().into()
        };
        let next: Element<'a, Message> = if self.run.can_go_on(lesson) {
            widgets::word_button(
                look,
                "next",
                "next",
                Emphasis::Primary,
                self.focus.is(&Target::Next),
                press(Target::Next),
            )
        } else {
            Space::new().into()
        };
        let bottom = row![
            container(help).width(Length::FillPortion(1)),
            container(
                row![
                    progress_dots(look, self.run.step_index, self.run.step_count),
                    text(look.texts.get_with(
                        "step-count",
                        &[
                            ("step", (self.run.step_index + 1).into()),
                            ("total", self.run.step_count.into())
                        ],
                    ))
                    .size(look.size(size::SMALL))
                    .color(look.palette.text),
                ]
                .spacing(size::GAP)
                .align_y(Alignment::Center)
            )
            .center_x(Length::FillPortion(2)),
            container(next)
                .width(Length::FillPortion(1))
                .align_right(Length::FillPortion(1)),
        ]
        .align_y(Alignment::Center);
        widgets::frame_with_corner(
            look,
            Some(back),
            heading,
            container(body).center_x(Length::Fill).into(),
            bottom.into(),
            self.speaker(look),
        )
    }

    /// The speaker that says the step text again, in the top corner where it always is.
    fn speaker<'a>(&self, look: &Look<'_>) -> Option<Element<'a, Message>> {
        look.sound.then(|| {
            container(widgets::speaker(
                look,
                self.focus.is(&Target::Speaker),
                Message::Activate(Target::Speaker),
            ))
            .id(iced::widget::Id::new("speaker"))
            .into()
        })
    }

    fn view_end<'a>(
        &'a self,
        look: &Look<'_>,
        lesson: &'a Lesson,
        session: &'a Session,
    ) -> Element<'a, Message> {
        let language = session.prefs.language;
        let press = |target: Target| Message::Activate(target);
        // Three small pictures of what was learned: the lesson's own choice, else the first
        // three different step pictures.
        let mut names: Vec<&str> = lesson.end_pictures.iter().map(String::as_str).collect();
        if names.is_empty() {
            for step in &lesson.steps {
                if !names.contains(&step.picture.as_str()) && step.picture != lesson.picture {
                    names.push(&step.picture);
                }
            }
        }
        let pictures = names
            .iter()
            .take(3)
            .fold(row![].spacing(size::GAP * 2.0), |line, name| {
                line.push(widgets::lesson_picture(
                    lesson.picture(name),
                    look.by_scale(110.0, 60.0),
                ))
            });
        let body = column![
            widgets::icon(look, "done", look.by_scale(110.0, 60.0)),
            widgets::body(look, look.t("end-can")),
            widgets::title(look, lesson.goal(language)),
            pictures,
        ]
        .spacing(look.gap())
        .align_x(Alignment::Center);
        // Again and Home sit where Help and Next always are.
        let bottom = row![
            widgets::word_button(
                look,
                "back",
                "again",
                Emphasis::Secondary,
                self.focus.is(&Target::Again),
                press(Target::Again)
            ),
            Space::new().width(Length::Fill),
            widgets::word_button(
                look,
                "next",
                "home",
                Emphasis::Primary,
                self.focus.is(&Target::Home),
                press(Target::Home)
            ),
        ];
        widgets::frame_with_corner(
            look,
            None,
            look.t("end-title"),
            container(body).center_x(Length::Fill).into(),
            bottom.into(),
            self.speaker(look),
        )
    }

    /// The mouse on a click-practice target.
    pub fn gesture(
        &mut self,
        gesture: Gesture,
        session: &mut Session,
        now: std::time::Instant,
    ) -> Action {
        let Some(lesson) = session.library.lesson(&self.lesson_id) else {
            return Action::None;
        };
        let answered = self.run.click(lesson, gesture, now);
        self.answered(answered, lesson, session)
    }

    /// A press with the mouse on a find-the-button picture.
    pub fn found(&mut self, hit: Option<usize>, session: &mut Session) -> Action {
        let Some(lesson) = session.library.lesson(&self.lesson_id) else {
            return Action::None;
        };
        let answered = self.run.find(lesson, hit, false);
        self.answered(answered, lesson, session)
    }

    /// A key that types something on a shortcut step: on the picture (the mouse), or on the
    /// real keyboard with the real Ctrl, Alt or Shift held (`real`).
    pub fn shortcut_key(
        &mut self,
        key: char,
        real: Option<&[HoldKey]>,
        session: &mut Session,
    ) -> Action {
        let Some(lesson) = session.library.lesson(&self.lesson_id) else {
            return Action::None;
        };
        let Some(key) = session.prefs.keyboard.shortcut_letter(key) else {
            return Action::None;
        };
        let answered = self
            .run
            .press_key(lesson, key, real.is_some(), real.unwrap_or_default());
        let action = self.answered(answered, lesson, session);
        if real.is_some() {
            self.keys_used = true;
        }
        action
    }

    /// Is this step practised on the pictured keyboard (so real letter keys count)?
    pub fn on_shortcut_step(&self, session: &Session) -> bool {
        session
            .library
            .lesson(&self.lesson_id)
            .is_some_and(|lesson| {
                matches!(self.run.step(lesson).exercise, Exercise::Shortcut { .. })
            })
    }

    /// The mouse in the drag-practice area. Pressing on the object takes hold of it, moving
    /// carries it, letting go is one try: on the target under the object's centre, or nowhere.
    pub fn drag(&mut self, message: &Message, session: &mut Session) -> Action {
        let Some(lesson) = session.library.lesson(&self.lesson_id) else {
            return Action::None;
        };
        let Exercise::Drag { .. } = &self.run.step(lesson).exercise else {
            return Action::None;
        };
        let layout = kinds::drag_layout(session.prefs.scale(), &self.run.visible_targets(lesson));
        match message {
            Message::DragMove(point) => self.pointer = Some(*point),
            Message::DragPress => {
                let object = layout.object;
                self.grabbed = self
                    .pointer
                    .filter(|p| !self.run.state.solved && object.contains(*p))
                    .map(|p| iced::Vector::new(p.x - object.x, p.y - object.y));
            }
            Message::DragRelease => {
                let (Some(grabbed), Some(pointer)) = (self.grabbed.take(), self.pointer) else {
                    return Action::None;
                };
                let centre = iced::Point::new(
                    pointer.x - grabbed.x + layout.object.width / 2.0,
                    pointer.y - grabbed.y + layout.object.height / 2.0,
                );
                let target = layout
                    .targets
                    .iter()
                    .find(|(_, place)| place.contains(centre))
                    .map(|(id, _)| id.clone());
                let answered = self.run.drop_on(lesson, target.as_deref(), false);
                return self.answered(answered, lesson, session);
            }
            _ => {}
        }
        Action::None
    }

    /// Type practice: the field changed, or Enter was pressed in it.
    pub fn typing(&mut self, message: Message, session: &mut Session) -> Action {
        match message {
            Message::Typed(text) => {
                if !self.run.state.solved {
                    // Control characters never belong in a practice text.
                    self.typed = text.chars().filter(|c| !c.is_control()).take(80).collect();
                    self.focus = Focus::on(Target::TypeField);
                }
                Action::None
            }
            Message::TypeSubmit => self.submit_typed(session),
            Message::SimTyped(field, text) => {
                if !self.run.state.solved {
                    let text: String = text.chars().filter(|c| !c.is_control()).take(80).collect();
                    self.sim_values.insert(field.clone(), text);
                    self.focus = Focus::on(Target::SimField(field));
                }
                Action::None
            }
            _ => Action::None,
        }
    }

    /// One try with the whole typed text; the field is emptied after a wrong one.
    fn submit_typed(&mut self, session: &mut Session) -> Action {
        let Some(lesson) = session.library.lesson(&self.lesson_id) else {
            return Action::None;
        };
        let Exercise::Type { answer, .. } = &self.run.step(lesson).exercise else {
            return Action::None;
        };
        let expected = lesson.text(session.prefs.language, answer);
        let answered = self.run.type_text(lesson, &self.typed, &expected);
        let right = answered
            .as_ref()
            .is_some_and(|(outcome, _)| *outcome == Outcome::Right);
        if answered.is_some() && !right {
            self.typed.clear();
        }
        let action = self.answered(answered, lesson, session);
        if matches!(action, Action::None) && !right {
            return Action::FocusField(Some(type_field_id()));
        }
        action
    }

    /// Where the object is drawn: held under the pointer, or at home.
    fn held_at(&self) -> Option<iced::Point> {
        let (grabbed, pointer) = (self.grabbed?, self.pointer?);
        Some(iced::Point::new(
            pointer.x - grabbed.x,
            pointer.y - grabbed.y,
        ))
    }

    /// After a try: the answer is on disk before anything on screen changes; then praise and
    /// Next, or the hint and the focus back on the task.
    fn answered(
        &mut self,
        answered: Option<(Outcome, Attempt)>,
        lesson: &Lesson,
        session: &Session,
    ) -> Action {
        let Some((outcome, attempt)) = answered else {
            return Action::None;
        };
        if let Err(error) = session.store.record_attempt(&attempt) {
            return Action::Failed(error);
        }
        if outcome == Outcome::Right {
            self.praise = true;
            self.focus = Focus::on(Target::Next);
        } else {
            self.focus = Focus::on(self.first_target(lesson));
        }
        Action::None
    }

    fn store_position(&self, session: &Session) -> Action {
        match session
            .store
            .save_position(self.run.learner_id, &self.lesson_id, self.run.step_index)
        {
            Ok(()) => Action::None,
            Err(error) => Action::Failed(error),
        }
    }
}

/// Where the learner is in the lesson: filled dots for done steps, a large ringed dot for this
/// one, open rings for those to come — told apart by shape and size, not by colour alone.
fn progress_dots<'a, M: 'a>(look: &Look<'_>, index: usize, count: usize) -> Element<'a, M> {
    let palette = look.palette;
    let dots = (0..count).map(|i| {
        let (edge, filled, ring) = match i.cmp(&index) {
            std::cmp::Ordering::Less => (18.0, true, 0.0),
            std::cmp::Ordering::Equal => (28.0, true, 4.0),
            std::cmp::Ordering::Greater => (18.0, false, 3.0),
        };
        container(Space::new())
            .width(edge)
            .height(edge)
            .style(move |_| container::Style {
                background: filled.then_some(iced::Background::Color(palette.text)),
                border: iced::Border {
                    color: if ring > 3.0 {
                        palette.accent
                    } else {
                        palette.text
                    },
                    width: ring,
                    radius: (edge / 2.0).into(),
                },
                ..container::Style::default()
            })
            .into()
    });
    iced::widget::Row::with_children(dots)
        .spacing(12)
        .align_y(Alignment::Center)
        .into()
}

impl Screen for State {
    type Target = Target;

    fn targets(&self, session: &Session) -> Vec<Vec<Target>> {
        let Some(lesson) = self.lesson(session) else {
            return vec![vec![Target::Home]];
        };
        if self.finished {
            let mut groups = vec![vec![Target::Again, Target::Home]];
            if session.sound {
                groups.insert(0, vec![Target::Speaker]);
            }
            return groups;
        }
        let mut groups = vec![vec![Target::Back]];
        if session.sound {
            let mut speakers = vec![Target::Speaker];
            if self.said_band(lesson).is_some() {
                speakers.push(Target::SpeakBand);
            }
            groups.push(speakers);
        }
        let answers = self.answer_targets(lesson);
        let answerable = !answers.is_empty();
        groups.extend(answers);
        let mut bottom = Vec::new();
        if answerable && self.run.state.hint_level < MAX_HINT {
            bottom.push(Target::Help);
        }
        if self.run.can_go_on(lesson) {
            bottom.push(Target::Next);
        }
        if !bottom.is_empty() {
            groups.push(bottom);
        }
        groups
    }

    fn field(&self, target: &Target) -> Option<iced::widget::Id> {
        match target {
            Target::TypeField => Some(type_field_id()),
            Target::SimField(id) => Some(sim_field_id(id)),
            _ => None,
        }
    }

    fn focus(&mut self) -> &mut Focus<Target> {
        &mut self.focus
    }

    fn focus_ref(&self) -> &Focus<Target> {
        &self.focus
    }

    fn activate(&mut self, target: Target, session: &mut Session) -> Action {
        let library = &session.library;
        let Some(lesson) = library.lesson(&self.lesson_id) else {
            return Action::Go(Next::Home { saved: true });
        };
        match target {
            Target::Speaker => return Action::Say(self.said_step(lesson)),
            Target::SpeakBand => {
                return self.said_band(lesson).map_or(Action::None, Action::Say);
            }
            Target::Back => {
                return match self.store_position(session) {
                    Action::None => Action::Go(Next::Home { saved: true }),
                    failed => failed,
                };
            }
            Target::Choice(id) => {
                let answered = self.run.pick(lesson, &id);
                return self.answered(answered, lesson, session);
            }
            Target::Yes | Target::No => {
                let answered = self.run.answer_yes_no(lesson, target == Target::Yes);
                return self.answered(answered, lesson, session);
            }
            Target::Card(id) => {
                let answered = self.run.place_card(lesson, &id);
                if answered.is_none() {
                    self.focus = Focus::on(self.first_target(lesson));
                }
                return self.answered(answered, lesson, session);
            }
            Target::ClickTarget => {
                let answered = self
                    .run
                    .click(lesson, Gesture::Keyboard, std::time::Instant::now());
                return self.answered(answered, lesson, session);
            }
            Target::Region(index) => {
                let answered = self.run.find(lesson, Some(index), true);
                return self.answered(answered, lesson, session);
            }
            Target::Hold(key) => self.run.toggle_hold(lesson, key),
            Target::TypeField => return Action::FocusField(Some(type_field_id())),
            Target::SimField(id) => return Action::FocusField(Some(sim_field_id(&id))),
            Target::SimButton(id) => {
                let Exercise::Sim { goal, .. } = &self.run.step(lesson).exercise else {
                    return Action::None;
                };
                let language = session.prefs.language;
                let expected = goal
                    .fields
                    .iter()
                    .map(|(field, text)| (field.clone(), lesson.text(language, text)))
                    .collect();
                let answered = self.run.sim_press(lesson, &id, &self.sim_values, &expected);
                return self.answered(answered, lesson, session);
            }
            Target::TypeDone => return self.submit_typed(session),
            Target::DropOn(id) => {
                let answered = self.run.drop_on(lesson, Some(&id), true);
                return self.answered(answered, lesson, session);
            }
            Target::Slot(slot) => {
                self.run.take_back(lesson, slot);
                self.focus = Focus::on(self.first_target(lesson));
            }
            Target::Help => {
                self.run.help(lesson);
                self.focus = Focus::on(self.first_target(lesson));
                return Action::FocusField(self.focused_field());
            }
            Target::Next => {
                if !self.run.can_go_on(lesson) {
                    return Action::None;
                }
                self.praise = false;
                self.typed.clear();
                if self.run.next(lesson) {
                    self.fill_sim_fields(lesson, session.prefs.language);
                    self.focus = Focus::on(self.first_target(lesson));
                    // On a step that starts in a text field, the keys go straight to it.
                    return match self.store_position(session) {
                        Action::None => Action::FocusField(self.focused_field()),
                        other => other,
                    };
                }
                if let Err(error) =
                    session
                        .store
                        .record_completion(self.run.learner_id, &lesson.id, lesson.version)
                {
                    return Action::Failed(error);
                }
                self.finished = true;
                self.focus = Focus::on(Target::Home);
            }
            Target::Again => {
                let show_first = self.run.show_first;
                self.run = LessonRun::start(self.run.learner_id, lesson, 0, show_first);
                self.finished = false;
                self.fill_sim_fields(lesson, session.prefs.language);
                self.focus = Focus::on(self.first_target(lesson));
                return self.store_position(session);
            }
            Target::Home => return Action::Go(Next::Home { saved: false }),
        }
        Action::None
    }
}
