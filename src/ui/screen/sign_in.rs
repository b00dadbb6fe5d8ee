//! Sign-in: "Who are you?" Learners find their own picture; tiles keep their order and
//! many learners page with big buttons, never by scrolling. A tile asks "Is this you?".

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element, Length, Size};

use super::{Action, Next, Screen, Session};
use crate::domain::config::SelfRegistration;
use crate::domain::store::Learner;
use crate::ui::focus::Focus;
use crate::ui::pager::Pager;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

/// Edge of a learner's picture on a tile.
const AVATAR: f32 = 100.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A learner's tile, by position in the list.
    Tile(usize),
    Before,
    More,
    New,
    Settings,
    /// The small door to the coach area (PIN first).
    Coach,
    Yes,
    No,
}

#[derive(Debug, Clone)]
pub enum Message {
    Activate(Target),
    /// The pointer came onto a target (`true`) or left it: its words are heard when it rests.
    Hover(Target, bool),
}

pub struct State {
    /// Whether "I am new" shows, and whether it asks for the coach PIN first.
    self_registration: SelfRegistration,
    learners: Vec<Learner>,
    pager: Pager,
    /// The tile waiting for "Is this you?".
    confirm: Option<usize>,
    focus: Focus<Target>,
}

impl State {
    /// The words of a target, said when the keyboard focus rests on it (a learner's tile says
    /// their name if they recorded it; else the picture is the name).
    pub fn said_target(&self, target: &Target) -> Option<super::Said> {
        use super::Said;
        match target {
            Target::New => Some(Said::Ui("signin-new")),
            Target::Settings => Some(Said::Ui("signin-settings")),
            Target::Yes => Some(Said::Ui("yes")),
            Target::No => Some(Said::Ui("no")),
            Target::Tile(index) => self
                .learners
                .get(*index)
                .map(|learner| Said::Name(learner.id)),
            Target::Before | Target::More | Target::Coach => None,
        }
    }

    pub fn new(
        session: &Session,
        window: Size,
        scale: f32,
    ) -> Result<State, crate::domain::store::StoreError> {
        // Who has left the organisation no longer has a tile (the coach can bring them back).
        let left = session.store.left_learners()?;
        let learners: Vec<_> = session
            .store
            .learners()?
            .into_iter()
            .filter(|learner| !left.contains_key(&learner.id))
            .collect();
        let self_registration = session.installation.self_registration;
        let first = match (learners.is_empty(), self_registration) {
            (false, _) => Target::Tile(0),
            (true, SelfRegistration::Off) => Target::Settings,
            (true, _) => Target::New,
        };
        let mut state = State {
            self_registration,
            pager: Pager::new(learners.len()),
            learners,
            confirm: None,
            focus: Focus::on(first),
        };
        state.fit(window, scale);
        Ok(state)
    }

    /// Works out how many tiles fit the window, so nothing ever scrolls.
    pub fn fit(&mut self, window: Size, scale: f32) {
        let tile_width = widgets::tile_width(scale) + 4.0 * size::FOCUS_RING + size::GAP;
        // A tile: the picture, the name, the button's padding and the focus ring.
        let tile_height =
            AVATAR + 8.0 + size::BODY * scale * 1.3 + 24.0 + 4.0 * size::FOCUS_RING + size::GAP;
        // The title, the bottom bar, and the frame's padding and gaps.
        let bar = (size::BODY * scale * 1.3).max(size::ICON) + 28.0 + 4.0 * size::FOCUS_RING;
        // The paging row sits under the tiles (the bottom bar has no room for it at 200 %).
        let chrome = (size::TITLE + size::BODY * (scale - 1.0)) * 1.3 + 1.8 * bar + 4.0 * size::GAP;
        let columns =
            (((window.width - 2.0 * size::GAP) / tile_width).floor() as usize).clamp(1, 8);
        let rows = (((window.height - chrome) / tile_height).floor() as usize).clamp(1, 3);
        self.pager.fit(columns, rows);
    }

    pub fn learners(&self) -> &[Learner] {
        &self.learners
    }

    pub fn view<'a>(&'a self, look: &Look<'_>) -> Element<'a, Message> {
        let press = |target| Message::Activate(target);
        if let Some(index) = self.confirm {
            let learner = &self.learners[index];
            let body = column![
                widgets::avatar(look, &learner.picture, 200.0),
                widgets::body(look, learner.display_name.clone()),
                row![
                    widgets::word_button(
                        look,
                        "yes",
                        "yes",
                        Emphasis::Primary,
                        self.focus.is(&Target::Yes),
                        press(Target::Yes)
                    ),
                    widgets::word_button(
                        look,
                        "no",
                        "no",
                        Emphasis::Secondary,
                        self.focus.is(&Target::No),
                        press(Target::No)
                    ),
                ]
                .spacing(size::GAP * 3.0),
            ]
            .spacing(size::GAP)
            .align_x(Alignment::Center);
            return widgets::frame(
                look,
                None,
                look.t("signin-confirm"),
                container(body).center_x(Length::Fill).into(),
                Space::new().into(),
            );
        }
        let mut grid = column![].spacing(size::GAP).align_x(Alignment::Center);
        let indexes: Vec<usize> = self.pager.on_page().collect();
        for chunk in indexes.chunks(self.pager.columns) {
            let mut line = row![].spacing(size::GAP);
            for index in chunk {
                let learner = &self.learners[*index];
                let tile = widgets::tile(
                    look,
                    widgets::avatar(look, &learner.picture, AVATAR),
                    learner.display_name.clone(),
                    None,
                    self.focus.is(&Target::Tile(*index)),
                    press(Target::Tile(*index)),
                );
                // Resting the pointer on a tile says the name, if the learner recorded it.
                line = line.push(widgets::hover_speaks(
                    tile,
                    Target::Tile(*index),
                    Message::Hover,
                ));
            }
            grid = grid.push(line);
        }
        let paging: Element<'a, Message> = if self.pager.pages() > 1 {
            widgets::page_of(
                look,
                &self.pager,
                widgets::PagingFocus {
                    before: self.focus.is(&Target::Before),
                    more: self.focus.is(&Target::More),
                },
                press(Target::Before),
                press(Target::More),
            )
        } else {
            Space::new().into()
        };
        // On a new workstation "I am new" is the one thing on screen; later it has its own
        // place in the bottom corner, so the learners' tiles never move. Where the installer
        // turned it off, a sentence says who adds learners.
        let new: Element<'a, Message> = if self.self_registration == SelfRegistration::Off {
            if self.learners.is_empty() {
                grid = grid.push(widgets::body(look, look.t("signin-ask-coach")));
            }
            Space::new().into()
        } else if self.learners.is_empty() {
            grid = grid.push(widgets::hover_speaks(
                widgets::tile(
                    look,
                    widgets::icon(look, "new", size::TILE * 0.66),
                    look.t("signin-new"),
                    None,
                    self.focus.is(&Target::New),
                    press(Target::New),
                ),
                Target::New,
                Message::Hover,
            ));
            Space::new().into()
        } else {
            widgets::hover_speaks(
                widgets::word_button(
                    look,
                    "new",
                    "signin-new",
                    Emphasis::Secondary,
                    self.focus.is(&Target::New),
                    press(Target::New),
                ),
                Target::New,
                Message::Hover,
            )
        };
        let bottom = row![
            widgets::hover_speaks(
                widgets::word_button(
                    look,
                    "settings",
                    "signin-settings",
                    Emphasis::Secondary,
                    self.focus.is(&Target::Settings),
                    press(Target::Settings)
                ),
                Target::Settings,
                Message::Hover
            ),
            Space::new().width(Length::Fill),
            new,
        ]
        .align_y(Alignment::Center);
        // The coach's door: small, in the corner, in the words coaches use.
        let coach = iced::widget::button(
            text(look.t("signin-coach"))
                .size(look.size(size::SMALL))
                .color(look.palette.text),
        )
        .padding([8, 16])
        .style(widgets::quiet_button(look.palette))
        .on_press(press(Target::Coach));
        widgets::frame_with_corner(
            look,
            None,
            look.t("signin-title"),
            container(
                column![grid, paging]
                    .spacing(size::GAP)
                    .align_x(Alignment::Center),
            )
            .center_x(Length::Fill)
            .into(),
            bottom.into(),
            Some(widgets::focus_ring(
                look,
                self.focus.is(&Target::Coach),
                coach,
            )),
        )
    }
}

impl Screen for State {
    type Target = Target;

    fn targets(&self, _session: &Session) -> Vec<Vec<Target>> {
        if self.confirm.is_some() {
            return vec![vec![Target::Yes, Target::No]];
        }
        let indexes: Vec<usize> = self.pager.on_page().collect();
        let mut groups: Vec<Vec<Target>> = indexes
            .chunks(self.pager.columns)
            .map(|chunk| chunk.iter().map(|i| Target::Tile(*i)).collect())
            .collect();
        let may_register = self.self_registration != SelfRegistration::Off;
        if self.learners.is_empty() {
            let mut groups = vec![vec![Target::Settings], vec![Target::Coach]];
            if may_register {
                groups.insert(0, vec![Target::New]);
            }
            return groups;
        }
        let mut bottom = vec![Target::Settings];
        if self.pager.pages() > 1 {
            bottom.extend([Target::Before, Target::More]);
        }
        if may_register {
            bottom.push(Target::New);
        }
        groups.push(bottom);
        // Last in Tab order: learners meet their own tiles and buttons first.
        groups.push(vec![Target::Coach]);
        groups
    }

    fn focus(&mut self) -> &mut Focus<Target> {
        &mut self.focus
    }

    fn focus_ref(&self) -> &Focus<Target> {
        &self.focus
    }

    fn activate(&mut self, target: Target, _session: &mut Session) -> Action {
        match target {
            Target::Tile(index) if index < self.learners.len() => {
                self.confirm = Some(index);
                self.focus = Focus::on(Target::Yes);
            }
            Target::Tile(_) => {}
            Target::Yes => {
                if let Some(index) = self.confirm.take() {
                    return Action::SignedIn(self.learners[index].clone());
                }
            }
            Target::No => {
                if let Some(index) = self.confirm.take() {
                    self.focus = Focus::on(Target::Tile(index));
                }
            }
            Target::Before => {
                self.pager.before();
                self.focus = Focus::on(Target::Tile(self.pager.on_page().start));
            }
            Target::More => {
                self.pager.more();
                self.focus = Focus::on(Target::Tile(self.pager.on_page().start));
            }
            Target::New => {
                return Action::Go(match self.self_registration {
                    SelfRegistration::CoachConfirms => Next::CoachConfirmsNew,
                    _ => Next::NewLearner,
                });
            }
            Target::Settings => return Action::Go(Next::Settings),
            Target::Coach => return Action::Go(Next::CoachPin),
        }
        Action::None
    }
}
