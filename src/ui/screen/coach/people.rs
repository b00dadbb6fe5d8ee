//! One person, two profiles, from a learner's page: "Same person as…" joins two learners (and
//! the page of the one kept can undo it), and "Sessions" moves a session done under the wrong
//! profile to the right one. Both change whose answers are whose on every PC the progress
//! file reaches (`store::merge`).

use iced::widget::{Space, column, row};
use iced::{Alignment, Element};

use super::{Action, Message, State, Target, View, audit};
use crate::domain::store::merge::Session as Sitting;
use crate::ui::focus::Focus;
use crate::ui::pager::Pager;
use crate::ui::screen::Session;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

/// Other learners' tiles on a page of the picker: two rows of six.
const TILES_PER_ROW: usize = 6;
/// Sessions listed on a page (one fewer when the last move is shown above them).
const SESSIONS_PER_PAGE: usize = 4;

impl State {
    fn name_of(look: &Look<'_>, learner: &crate::domain::store::Learner) -> String {
        if learner.display_name.is_empty() {
            look.t("coach-no-name")
        } else {
            learner.display_name.clone()
        }
    }

    /// The learners on this page's list other than the one at `index`.
    fn others(&self, index: usize) -> Vec<usize> {
        (0..self.learners.len()).filter(|i| *i != index).collect()
    }

    /// Reads what the learner page shows of joins: the profiles joined into this learner.
    pub(super) fn load_joined(&mut self, session: &Session, index: usize) {
        self.joined = self
            .learners
            .get(index)
            .and_then(|overview| session.store.joined_into(overview.learner.id).ok())
            .unwrap_or_default();
    }

    /// Reads a learner's sessions and the newest move to or from them.
    fn load_sessions(&mut self, session: &Session, learner: uuid::Uuid) {
        self.sessions = session.store.sessions(learner).unwrap_or_else(|error| {
            log::warn!("the sessions cannot be read: {error}");
            Vec::new()
        });
        let everyone = session.store.learners_with_joined().unwrap_or_default();
        self.last_move = session
            .store
            .moves_of(learner)
            .unwrap_or_default()
            .into_iter()
            .next()
            .map(|moved| {
                let other = if moved.from == learner {
                    moved.to
                } else {
                    moved.from
                };
                let name = everyone
                    .iter()
                    .find(|l| l.id == other)
                    .map(|l| l.display_name.clone())
                    .unwrap_or_default();
                (moved, name)
            });
        self.session_pager = Pager::new(self.sessions.len());
        let rows = SESSIONS_PER_PAGE - usize::from(self.last_move.is_some());
        self.session_pager.fit(1, rows);
    }

    /// The lines "Also signed up as …" with Undo, on a learner's page.
    pub(super) fn joined_view<'a>(&'a self, look: &Look<'_>) -> Option<Element<'a, Message>> {
        if self.joined.is_empty() {
            return None;
        }
        let mut lines = column![].spacing(4).align_x(Alignment::Center);
        for (at, joined) in self.joined.iter().enumerate().take(2) {
            lines = lines.push(
                row![
                    widgets::avatar(look, &joined.learner.picture, 40.0),
                    Self::small(
                        look,
                        look.texts.get_with(
                            "coach-joined",
                            &[
                                ("name", Self::name_of(look, &joined.learner).into()),
                                ("date", crate::domain::local_day(joined.at_ms).into()),
                            ],
                        ),
                    ),
                    widgets::action(
                        look,
                        None,
                        look.t("coach-unjoin"),
                        Emphasis::Secondary,
                        self.focus.is(&Target::Unjoin(at)),
                        Message::Activate(Target::Unjoin(at)),
                    ),
                ]
                .spacing(size::GAP)
                .align_y(Alignment::Center),
            );
        }
        Some(lines.into())
    }

    /// A tile of another learner to pick: their picture and name.
    fn tile<'a>(&self, look: &Look<'_>, other: usize) -> Element<'a, Message> {
        let learner = &self.learners[other].learner;
        widgets::choice(
            look,
            column![
                widgets::avatar(look, &learner.picture, 72.0),
                Self::small(look, Self::name_of(look, learner)),
            ]
            .spacing(4)
            .align_x(Alignment::Center)
            .width(130)
            .into(),
            None,
            false,
            self.focus.is(&Target::Other(other)),
            Message::Activate(Target::Other(other)),
        )
    }

    /// Who is the other profile (a join) or who did the session (a move): the other
    /// learners' tiles, then the question once one is picked.
    pub(super) fn pick_view<'a>(
        &'a self,
        look: &Look<'_>,
        session: &'a Session,
        index: usize,
        moving: Option<usize>,
    ) -> Element<'a, Message> {
        let Some(overview) = self.learners.get(index) else {
            return Space::new().into();
        };
        let name = Self::name_of(look, &overview.learner);
        let sitting = moving.and_then(|at| self.sessions.get(at));
        let lesson_title = |sitting: &Sitting| {
            session
                .library
                .lesson(&sitting.lesson)
                .map(|lesson| lesson.title(session.prefs.language))
                .unwrap_or_else(|| sitting.lesson.clone())
        };
        if let Some(other) = self.picked.and_then(|other| self.learners.get(other)) {
            let other_name = Self::name_of(look, &other.learner);
            return match sitting {
                None => {
                    let keep = |learner: &crate::domain::store::Learner, target: Target| {
                        widgets::choice(
                            look,
                            column![
                                widgets::avatar(look, &learner.picture, 96.0),
                                widgets::body(look, Self::name_of(look, learner)),
                                Self::small(look, look.t("coach-same-keep")),
                            ]
                            .spacing(4)
                            .align_x(Alignment::Center)
                            .into(),
                            None,
                            false,
                            self.focus.is(&target),
                            Message::Activate(target),
                        )
                    };
                    column![
                        widgets::body(
                            look,
                            look.texts.get_with(
                                "coach-same-ask",
                                &[("name", name.into()), ("other", other_name.into())],
                            ),
                        ),
                        row![
                            keep(&overview.learner, Target::KeepThis),
                            keep(&other.learner, Target::KeepOther),
                        ]
                        .spacing(size::GAP * 3.0),
                        widgets::action(
                            look,
                            None,
                            look.t("coach-name-cancel"),
                            Emphasis::Secondary,
                            self.focus.is(&Target::PickNo),
                            Message::Activate(Target::PickNo),
                        ),
                    ]
                }
                Some(sitting) => column![
                    row![
                        widgets::avatar(look, &overview.learner.picture, 72.0),
                        widgets::icon(look, "next", 48.0),
                        widgets::avatar(look, &other.learner.picture, 72.0),
                    ]
                    .spacing(size::GAP)
                    .align_y(Alignment::Center),
                    widgets::body(
                        look,
                        look.texts.get_with(
                            "coach-move-ask",
                            &[
                                ("lesson", lesson_title(sitting).into()),
                                ("date", sitting.day.clone().into()),
                                ("answers", sitting.answers.into()),
                                ("name", name.into()),
                                ("other", other_name.into()),
                            ],
                        ),
                    ),
                    self.no_yes(
                        look,
                        ("coach-move-no", Target::PickNo),
                        ("coach-move-yes", Target::MoveYes),
                    ),
                ],
            }
            .spacing(size::GAP)
            .align_x(Alignment::Center)
            .into();
        }
        let question = match sitting {
            None => look
                .texts
                .get_with("coach-same-pick", &[("name", name.into())]),
            Some(sitting) => look.texts.get_with(
                "coach-move-pick",
                &[
                    ("lesson", lesson_title(sitting).into()),
                    ("date", sitting.day.clone().into()),
                ],
            ),
        };
        let others = self.others(index);
        let mut grid = column![widgets::body(look, question)]
            .spacing(size::GAP / 2.0)
            .align_x(Alignment::Center);
        for chunk in self.people_pager.rows_on_page() {
            let mut line = row![].spacing(size::GAP / 2.0);
            for at in chunk {
                line = line.push(self.tile(look, others[at]));
            }
            grid = grid.push(line);
        }
        grid.push(self.paging_and_back(look, &self.people_pager))
            .into()
    }

    /// A learner's sessions (a lesson on a day), each with "Move…".
    pub(super) fn sessions_view<'a>(
        &'a self,
        look: &Look<'_>,
        session: &'a Session,
        index: usize,
    ) -> Element<'a, Message> {
        let Some(overview) = self.learners.get(index) else {
            return Space::new().into();
        };
        let mut list = column![
            row![
                widgets::avatar(look, &overview.learner.picture, 56.0),
                widgets::body(
                    look,
                    look.texts.get_with(
                        "coach-sessions-of",
                        &[("name", Self::name_of(look, &overview.learner).into())],
                    ),
                ),
            ]
            .spacing(size::GAP)
            .align_y(Alignment::Center)
        ]
        .spacing(8)
        .align_x(Alignment::Center);
        if let Some((moved, other)) = &self.last_move {
            let title = session
                .library
                .lesson(&moved.lesson)
                .map(|lesson| lesson.title(session.prefs.language))
                .unwrap_or_else(|| moved.lesson.clone());
            let id = if moved.from == overview.learner.id {
                "coach-moved-to"
            } else {
                "coach-moved-from"
            };
            list = list.push(
                row![
                    Self::small(
                        look,
                        look.texts.get_with(
                            id,
                            &[
                                ("other", other.clone().into()),
                                ("lesson", title.into()),
                                ("date", crate::domain::local_day(moved.start_ms).into()),
                            ],
                        ),
                    ),
                    widgets::action(
                        look,
                        None,
                        look.t("coach-unjoin"),
                        Emphasis::Secondary,
                        self.focus.is(&Target::UndoMove),
                        Message::Activate(Target::UndoMove),
                    ),
                ]
                .spacing(size::GAP)
                .align_y(Alignment::Center),
            );
        }
        if self.sessions.is_empty() {
            list = list.push(Self::small(look, look.t("coach-never")));
        }
        for at in self.session_pager.on_page() {
            let sitting = &self.sessions[at];
            let title = session
                .library
                .lesson(&sitting.lesson)
                .map(|lesson| lesson.title(session.prefs.language))
                .unwrap_or_else(|| sitting.lesson.clone());
            // The whole line is the button, like a line of the learners list.
            let line = row![
                iced::widget::container(Self::small(
                    look,
                    look.texts.get_with(
                        "coach-session-line",
                        &[
                            ("date", sitting.day.clone().into()),
                            ("lesson", title.into()),
                            ("answers", sitting.answers.into()),
                            ("help", sitting.with_help.into()),
                        ],
                    ),
                ))
                .width(iced::Length::Fill),
                widgets::body(look, look.t("coach-session-move")),
            ]
            .spacing(size::GAP)
            .align_y(Alignment::Center);
            list = list.push(
                iced::widget::container(self.row_button(look, line, Target::MoveSession(at)))
                    .max_width(900),
            );
        }
        list.push(self.paging_and_back(look, &self.session_pager))
            .into()
    }

    /// Keyboard rows of the picker and the sessions list.
    pub(super) fn people_targets(&self) -> Option<Vec<Vec<Target>>> {
        match self.view {
            View::Same(_) | View::MoveTo(..) if self.picked.is_some() => {
                Some(if matches!(self.view, View::Same(_)) {
                    vec![
                        vec![Target::KeepThis, Target::KeepOther],
                        vec![Target::PickNo],
                    ]
                } else {
                    vec![vec![Target::PickNo, Target::MoveYes]]
                })
            }
            View::Same(index) | View::MoveTo(index, _) => {
                let others = self.others(index);
                let mut groups: Vec<Vec<Target>> = self
                    .people_pager
                    .rows_on_page()
                    .into_iter()
                    .map(|row| {
                        row.into_iter()
                            .map(|at| Target::Other(others[at]))
                            .collect()
                    })
                    .collect();
                groups.push(Self::bottom_targets(
                    &self.people_pager,
                    Target::BackToLearner,
                ));
                Some(groups)
            }
            View::Sessions(_) => {
                let mut groups: Vec<Vec<Target>> = Vec::new();
                if self.last_move.is_some() {
                    groups.push(vec![Target::UndoMove]);
                }
                groups.extend(
                    self.session_pager
                        .on_page()
                        .map(|at| vec![Target::MoveSession(at)]),
                );
                groups.push(Self::bottom_targets(
                    &self.session_pager,
                    Target::BackToLearner,
                ));
                Some(groups)
            }
            _ => None,
        }
    }

    /// The pager of the view on screen, when it is one of these.
    pub(super) fn people_pager_mut(&mut self) -> Option<&mut Pager> {
        match self.view {
            View::Same(_) | View::MoveTo(..) => Some(&mut self.people_pager),
            View::Sessions(_) => Some(&mut self.session_pager),
            View::Keeps(_) => Some(&mut self.keeps_pager),
            _ => None,
        }
    }

    /// Reads the lists again after a change; where the learner `this` is in them now.
    fn refreshed_index(
        &mut self,
        session: &Session,
        this: uuid::Uuid,
        index: usize,
    ) -> Result<usize, Action> {
        self.refresh(session).map_err(Action::Failed)?;
        Ok(self
            .learners
            .iter()
            .position(|o| o.learner.id == this)
            .unwrap_or(index))
    }

    fn open_picker(&mut self, view: View, index: usize) {
        self.recording = None;
        self.people_pager = Pager::new(self.others(index).len());
        self.people_pager.fit(TILES_PER_ROW, 2);
        self.picked = None;
        self.view = view;
        self.focus = Focus::on(Target::BackToLearner);
    }

    fn back_to_learner(&mut self, index: usize, focus: Target) {
        self.view = View::Learner(index);
        self.picked = None;
        self.focus = Focus::on(focus);
    }

    /// What the targets of this file do; `None` for the others.
    pub(super) fn activate_people(
        &mut self,
        target: Target,
        session: &mut Session,
    ) -> Option<Action> {
        let index = match self.view {
            View::Learner(index)
            | View::Same(index)
            | View::Sessions(index)
            | View::MoveTo(index, _) => index,
            _ => return None,
        };
        let this = self.learners.get(index)?.learner.id;
        match target {
            Target::JoinWith => self.open_picker(View::Same(index), index),
            Target::Sessions => {
                self.recording = None;
                self.load_sessions(session, this);
                self.view = View::Sessions(index);
                self.focus = Focus::on(Target::BackToLearner);
            }
            Target::MoveSession(at) if at < self.sessions.len() => {
                self.open_picker(View::MoveTo(index, at), index);
            }
            Target::Other(other) if other < self.learners.len() && other != index => {
                self.picked = Some(other);
                self.focus = Focus::on(match self.view {
                    // The safe answer first.
                    View::MoveTo(..) => Target::PickNo,
                    _ => Target::KeepThis,
                });
            }
            Target::PickNo => {
                let other = self.picked.take();
                self.focus = Focus::on(other.map_or(Target::BackToLearner, Target::Other));
            }
            Target::BackToLearner => {
                let focus = match self.view {
                    View::Same(_) => Target::JoinWith,
                    View::MoveTo(_, at) => {
                        self.view = View::Sessions(index);
                        self.picked = None;
                        self.focus = Focus::on(Target::MoveSession(at));
                        return Some(Action::None);
                    }
                    _ => Target::Sessions,
                };
                self.back_to_learner(index, focus);
            }
            Target::KeepThis | Target::KeepOther => {
                let other = self.learners.get(self.picked?)?.learner.id;
                let (from, into) = if target == Target::KeepThis {
                    (other, this)
                } else {
                    (this, other)
                };
                if let Err(error) = session.store.merge_learners(from, into) {
                    return Some(Action::Failed(error));
                }
                log::info!("learner {from} joined into {into} by the coach");
                audit(session, "learners joined", &format!("{from} into {into}"));
                if let Err(error) = self.refresh(session) {
                    return Some(Action::Failed(error));
                }
                // The page of the learner kept, which lists the join to undo.
                let kept = self.learners.iter().position(|o| o.learner.id == into);
                self.back_to_learner(kept.unwrap_or(0), Target::Unjoin(0));
                self.load_joined(session, kept.unwrap_or(0));
                if kept.is_none() {
                    self.view = View::Learners;
                }
            }
            Target::MoveYes => {
                let View::MoveTo(_, at) = self.view else {
                    return Some(Action::None);
                };
                let other = self.learners.get(self.picked?)?.learner.id;
                let sitting = self.sessions.get(at)?.clone();
                if let Err(error) = session.store.move_session(this, other, &sitting) {
                    return Some(Action::Failed(error));
                }
                log::info!("a session moved from learner {this} to {other} by the coach");
                audit(
                    session,
                    "session moved",
                    &format!("{} {} from {this} to {other}", sitting.lesson, sitting.day),
                );
                let index = match self.refreshed_index(session, this, index) {
                    Ok(index) => index,
                    Err(action) => return Some(action),
                };
                self.load_sessions(session, this);
                self.view = View::Sessions(index);
                self.picked = None;
                self.focus = Focus::on(Target::UndoMove);
            }
            Target::UndoMove => {
                let (moved, _) = self.last_move.clone()?;
                if let Err(error) = session.store.undo_move(moved.id) {
                    return Some(Action::Failed(error));
                }
                log::info!("a move of a session was undone");
                audit(session, "session move undone", &moved.id.to_string());
                let index = match self.refreshed_index(session, this, index) {
                    Ok(index) => index,
                    Err(action) => return Some(action),
                };
                self.load_sessions(session, this);
                self.view = View::Sessions(index);
                self.focus = Focus::on(Target::BackToLearner);
            }
            Target::Unjoin(at) => {
                let joined = self.joined.get(at)?.clone();
                if let Err(error) = session.store.undo_merge(joined.merge) {
                    return Some(Action::Failed(error));
                }
                log::info!("the join of learner {} was undone", joined.learner.id);
                audit(session, "join undone", &joined.merge.to_string());
                let index = match self.refreshed_index(session, this, index) {
                    Ok(index) => index,
                    Err(action) => return Some(action),
                };
                self.load_joined(session, index);
                self.back_to_learner(index, Target::JoinWith);
            }
            _ => return None,
        }
        Some(Action::None)
    }
}
