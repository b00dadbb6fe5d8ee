//! "I am new": the learner picks a picture (unique on this workstation) and may type a first
//! name. Pressing "This is me" stores them; with a microphone they may then say their name, so
//! the app can say it back; then they are signed in.

use std::collections::BTreeSet;

use iced::widget::{Space, column, container, row, text_input};
use iced::{Alignment, Element, Length, Size};

use super::{Action, Next, Screen, Session};
use crate::domain::avatar::{self, Picture};
use crate::ui::focus::Focus;
use crate::ui::pager::Pager;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Back,
    /// A free picture, by position in the list of free pictures.
    Picture(usize),
    Before,
    More,
    Name,
    Save,
    /// The name step: start or stop recording.
    Record,
    /// Hear the clip just recorded.
    Listen,
    /// Done with the name step (with a clip or without): sign in.
    Done,
}

#[derive(Debug, Clone)]
pub enum Message {
    Activate(Target),
    NameChanged(String),
    NameSubmitted,
}

pub struct State {
    /// After "This is me", when there is a microphone: the learner may say their name.
    name_step: Option<NameStep>,
    free: Vec<Picture>,
    chosen: Option<usize>,
    name: String,
    pager: Pager,
    focus: Focus<Target>,
}

/// The learner just made, saying their name into the microphone.
struct NameStep {
    learner: crate::domain::store::Learner,
    recording: Option<crate::microphone::Recording>,
    /// A clip is kept: Listen shows.
    kept: bool,
    /// The last try heard only quiet (or the microphone failed).
    heard_nothing: bool,
}

/// Edge of a sign-in picture to choose from.
const AVATAR: f32 = 96.0;

/// The id of the name field, so focus can be moved into it.
pub fn name_field_id() -> iced::widget::Id {
    iced::widget::Id::new("new-learner-name")
}

impl State {
    pub fn new(
        session: &Session,
        window: Size,
        scale: f32,
    ) -> Result<State, crate::domain::store::StoreError> {
        let taken: BTreeSet<Picture> = session
            .store
            .learners_with_joined()?
            .into_iter()
            .map(|learner| learner.picture)
            .collect();
        let free = avatar::free_pictures(&taken);
        let mut state = State {
            name_step: None,
            pager: Pager::new(free.len()),
            free,
            chosen: None,
            name: String::new(),
            focus: Focus::on(Target::Picture(0)),
        };
        state.fit(window, scale);
        Ok(state)
    }

    /// Works out how many pictures fit beside the paging buttons, so nothing ever scrolls.
    pub fn fit(&mut self, window: Size, scale: f32) {
        let cell = AVATAR + 20.0 + 4.0 * size::FOCUS_RING + size::GAP / 2.0;
        // Paging buttons at this text size, beside the pictures.
        let paging = 2.0
            * (size::ICON + size::BODY * scale * 3.5 + 60.0 + 4.0 * size::FOCUS_RING + size::GAP);
        let width = window.width - 2.0 * size::GAP - paging;
        let rows_height = window.height
            - widgets::frame_height(scale)
            - 2.0 * size::BODY * scale * 1.3
            - 2.0 * size::GAP;
        let columns = ((width / cell).floor() as usize).clamp(1, 8);
        let rows = ((rows_height / cell).floor() as usize).clamp(1, 2);
        self.pager.fit(columns, rows);
    }

    pub fn chosen(&self) -> Option<&Picture> {
        self.chosen.map(|index| &self.free[index])
    }

    pub fn update(&mut self, message: Message, session: &mut Session) -> Action {
        match message {
            Message::Activate(_) => Action::None, // routed through the app's input guard
            Message::NameChanged(name) => {
                self.name = name.chars().filter(|c| !c.is_control()).take(40).collect();
                self.focus = Focus::on(Target::Name);
                Action::None
            }
            // Enter in the name field saves, once: the name step has no field.
            Message::NameSubmitted if self.name_step.is_none() => {
                self.activate(Target::Save, session)
            }
            Message::NameSubmitted => Action::None,
        }
    }

    /// The words under the learner's picture in the name step.
    fn status_id(step: &NameStep) -> &'static str {
        if step.recording.is_some() {
            "name-clip-recording"
        } else if step.heard_nothing {
            "name-clip-nothing"
        } else if step.kept {
            "name-clip-kept"
        } else {
            "name-clip-how"
        }
    }

    /// What the name step says by itself: how to record, and how it went (a kept clip is
    /// played back first, so a bad take is noticed). Nothing while it records: the app's own
    /// voice would end up in the learner's name.
    pub fn said_status(&self) -> Option<super::Said> {
        use super::Said;
        let step = self.name_step.as_ref()?;
        Some(if step.recording.is_some() {
            return None;
        } else if step.heard_nothing {
            Said::Ui("name-clip-nothing")
        } else if step.kept {
            Said::Both(vec![
                Said::Name(step.learner.id),
                Said::Ui("name-clip-kept"),
            ])
        } else {
            Said::Ui("name-clip-how")
        })
    }

    /// The words of a target, said when the keyboard focus rests on it.
    pub fn said_target(&self, target: &Target) -> Option<super::Said> {
        use super::Said;
        let step = self.name_step.as_ref();
        Some(Said::Ui(match target {
            Target::Back => "back",
            Target::Save => "new-save",
            Target::Record => match step {
                Some(step) if step.recording.is_some() => "name-clip-stop",
                Some(step) if step.kept => "name-clip-again",
                _ => "name-clip-record",
            },
            Target::Listen => "name-clip-listen",
            Target::Done => "name-clip-done",
            Target::Picture(_) | Target::Before | Target::More | Target::Name => return None,
        }))
    }

    /// The name step: their picture, what to do, Record (or Stop), Listen once there is a
    /// clip, and Go on, which never needs a clip.
    fn name_view<'a>(&'a self, look: &Look<'_>, step: &NameStep) -> Element<'a, Message> {
        let press = |target| Message::Activate(target);
        let recording = step.recording.is_some();
        let status = look.t(Self::status_id(step));
        let record_words = match self.said_target(&Target::Record) {
            Some(super::Said::Ui(id)) => id,
            _ => "name-clip-record",
        };
        let record = widgets::word_button(
            look,
            "microphone",
            record_words,
            if recording || !step.kept {
                Emphasis::Primary
            } else {
                Emphasis::Secondary
            },
            self.focus.is(&Target::Record),
            press(Target::Record),
        );
        let mut buttons = row![record]
            .spacing(size::GAP * 2.0)
            .align_y(Alignment::Center);
        if step.kept && !recording {
            buttons = buttons.push(widgets::word_button(
                look,
                "speaker",
                "name-clip-listen",
                Emphasis::Secondary,
                self.focus.is(&Target::Listen),
                press(Target::Listen),
            ));
        }
        let body = column![
            row![
                widgets::avatar(look, &step.learner.picture, AVATAR * 1.5),
                container(widgets::body(look, status)).max_width(look.size(560.0)),
            ]
            .spacing(size::GAP * 2.0)
            .align_y(Alignment::Center),
            buttons,
        ]
        .spacing(size::GAP * 2.0)
        .align_x(Alignment::Center);
        let done = widgets::word_button(
            look,
            "next",
            "name-clip-done",
            if step.kept {
                Emphasis::Primary
            } else {
                Emphasis::Secondary
            },
            self.focus.is(&Target::Done),
            press(Target::Done),
        );
        widgets::frame(
            look,
            None,
            look.t("name-clip-title"),
            container(body).center_x(Length::Fill).into(),
            row![Space::new().width(Length::Fill), done].into(),
        )
    }

    pub fn view<'a>(&'a self, look: &Look<'_>) -> Element<'a, Message> {
        if let Some(step) = &self.name_step {
            return self.name_view(look, step);
        }
        let press = |target| Message::Activate(target);
        let back = widgets::back_button(look, self.focus.is(&Target::Back), press(Target::Back));
        if self.free.is_empty() {
            return widgets::frame(
                look,
                Some(back),
                look.t("new-title"),
                widgets::body(look, look.t("new-full")),
                Space::new().into(),
            );
        }
        let mut grid = column![]
            .spacing(size::GAP / 2.0)
            .align_x(Alignment::Center);
        let indexes: Vec<usize> = self.pager.on_page().collect();
        for chunk in indexes.chunks(self.pager.columns) {
            let mut line = row![].spacing(size::GAP / 2.0);
            for index in chunk {
                let chosen = self.chosen == Some(*index);
                line = line.push(widgets::choice(
                    look,
                    widgets::avatar(look, &self.free[*index], AVATAR),
                    chosen.then_some("tick"),
                    chosen,
                    self.focus.is(&Target::Picture(*index)),
                    press(Target::Picture(*index)),
                ));
            }
            grid = grid.push(line);
        }
        // Paging sits beside the pictures, so the screen needs no extra row for it.
        let pictures: Element<'a, Message> = if self.pager.pages() > 1 {
            widgets::paging(
                look,
                grid,
                widgets::PagingFocus {
                    before: self.focus.is(&Target::Before),
                    more: self.focus.is(&Target::More),
                },
                press(Target::Before),
                press(Target::More),
            )
        } else {
            grid.into()
        };
        let field = text_input(&look.t("new-name-placeholder"), &self.name)
            .id(name_field_id())
            .on_input(Message::NameChanged)
            .on_submit(Message::NameSubmitted)
            .size(look.size(size::BODY))
            .padding(look.button_padding())
            .width(look.size(300.0));
        let name = row![
            container(widgets::body(look, look.t("new-name-label"))).max_width(look.size(360.0)),
            widgets::focus_ring(look, self.focus.is(&Target::Name), field),
        ]
        .spacing(size::GAP)
        .align_y(Alignment::Center);
        let body = column![widgets::body(look, look.t("new-text")), pictures, name]
            .spacing(size::GAP)
            .align_x(Alignment::Center);
        let save: Element<'a, Message> = if self.chosen.is_some() {
            widgets::word_button(
                look,
                "yes",
                "new-save",
                Emphasis::Primary,
                self.focus.is(&Target::Save),
                press(Target::Save),
            )
        } else {
            Space::new().into()
        };
        let bottom = row![Space::new().width(Length::Fill), save];
        widgets::frame(
            look,
            Some(back),
            look.t("new-title"),
            container(body).center_x(Length::Fill).into(),
            bottom.into(),
        )
    }
}

impl Screen for State {
    type Target = Target;

    fn targets(&self, _session: &Session) -> Vec<Vec<Target>> {
        if let Some(step) = &self.name_step {
            let mut row = vec![Target::Record];
            if step.kept && step.recording.is_none() {
                row.push(Target::Listen);
            }
            return vec![row, vec![Target::Done]];
        }
        let mut groups = vec![vec![Target::Back]];
        let indexes: Vec<usize> = self.pager.on_page().collect();
        groups.extend(
            indexes
                .chunks(self.pager.columns)
                .map(|chunk| chunk.iter().map(|i| Target::Picture(*i)).collect()),
        );
        if self.pager.pages() > 1 {
            groups.push(vec![Target::Before, Target::More]);
        }
        if !self.free.is_empty() {
            groups.push(vec![Target::Name]);
        }
        if self.chosen.is_some() {
            groups.push(vec![Target::Save]);
        }
        groups
    }

    fn focus(&mut self) -> &mut Focus<Target> {
        &mut self.focus
    }

    fn focus_ref(&self) -> &Focus<Target> {
        &self.focus
    }

    fn field(&self, target: &Target) -> Option<iced::widget::Id> {
        (*target == Target::Name).then(name_field_id)
    }

    fn activate(&mut self, target: Target, session: &mut Session) -> Action {
        match target {
            Target::Back => return Action::Go(Next::SignIn),
            Target::Picture(index) if index < self.free.len() => {
                self.chosen = Some(index);
                // Next: the name (optional), then "This is me".
                self.focus = Focus::on(Target::Name);
                return Action::FocusField(Some(name_field_id()));
            }
            Target::Picture(_) => {}
            Target::Before => {
                self.pager.before();
                self.focus = Focus::on(Target::Picture(self.pager.on_page().start));
            }
            Target::More => {
                self.pager.more();
                self.focus = Focus::on(Target::Picture(self.pager.on_page().start));
            }
            Target::Name => return Action::FocusField(Some(name_field_id())),
            Target::Save => {
                let Some(picture) = self.chosen() else {
                    return Action::None;
                };
                let learner = match session.store.add_learner(&self.name, picture) {
                    Ok(learner) => learner,
                    Err(error) => return Action::Failed(error),
                };
                if !session.microphone.present() {
                    return Action::SignedIn(learner);
                }
                self.name_step = Some(NameStep {
                    learner,
                    recording: None,
                    kept: false,
                    heard_nothing: false,
                });
                self.focus = Focus::on(Target::Record);
                return Action::FocusField(None);
            }
            Target::Record => {
                let Some(step) = &mut self.name_step else {
                    return Action::None;
                };
                match step.recording.take() {
                    None => match session.microphone.start() {
                        Ok(recording) => {
                            step.recording = Some(recording);
                            step.heard_nothing = false;
                        }
                        Err(error) => {
                            log::warn!("the microphone did not start: {error}");
                            step.heard_nothing = true;
                        }
                    },
                    Some(recording) => match recording.finish() {
                        Ok(clip) => {
                            if let Err(error) = session.store.set_name_clip(step.learner.id, &clip)
                            {
                                return Action::Failed(error);
                            }
                            step.kept = true;
                            step.heard_nothing = false;
                            self.focus = Focus::on(Target::Listen);
                        }
                        Err(error) => {
                            log::info!("a name clip was not kept: {error}");
                            step.heard_nothing = true;
                        }
                    },
                }
            }
            Target::Listen => {
                if let Some(step) = &self.name_step
                    && step.kept
                {
                    return Action::Say(super::Said::Name(step.learner.id));
                }
            }
            Target::Done => {
                if let Some(step) = self.name_step.take() {
                    return Action::SignedIn(step.learner);
                }
            }
        }
        Action::None
    }
}
