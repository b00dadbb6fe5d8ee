//! Home for one learner: modules as picture tiles showing what is finished, a module's lessons,
//! the one big "Go on" button, Settings, and Sign out (apart from Back, and it asks first).

use std::collections::BTreeSet;

use iced::widget::{Space, column, container, row};
use iced::{Alignment, Element, Length, Size};

use super::{Action, Next, Screen, Session};
use crate::ui::focus::Focus;
use crate::ui::pager::Pager;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    GoOn,
    /// The page of tiles before and after this one.
    Before,
    More,
    Module(usize),
    Lesson(usize),
    /// Back from a module's lessons to the modules.
    Back,
    Settings,
    SignOut,
    SignOutYes,
    SignOutNo,
}

#[derive(Debug, Clone)]
pub enum Message {
    Activate(Target),
    /// The pointer came onto a target (`true`) or left it: its words are heard when it rests.
    Hover(Target, bool),
}

pub struct State {
    /// The module whose lessons are shown, if one is open.
    module: Option<usize>,
    completed: BTreeSet<String>,
    /// The lesson to go on with, and the step (counted from 1) the learner is on.
    go_on: Option<(String, usize)>,
    /// "Your work is saved." after leaving a lesson.
    saved: bool,
    asking_sign_out: bool,
    focus: Focus<Target>,
    /// The tiles on show: modules, or the open module's lessons.
    pager: Pager,
    window: Size,
    scale: f32,
}

impl State {
    /// The words of a target, said when the keyboard focus rests on it.
    /// How many of a module's lessons the learner finished.
    fn done_in(&self, module: &crate::domain::lesson::Module) -> usize {
        module
            .lessons
            .iter()
            .filter(|lesson| self.completed.contains(&lesson.id))
            .count()
    }

    pub fn said_target(&self, session: &Session, target: &Target) -> Option<super::Said> {
        use super::Said;
        let module = |index: usize| session.library.modules.get(index);
        match target {
            Target::GoOn => self.go_on.as_ref().map(|(id, step)| {
                let lesson = ("lesson", Said::Title(id.clone()));
                if *step == 0 {
                    Said::Template("home-start", vec![lesson])
                } else {
                    Said::Template("home-go-on", vec![lesson, ("step", Said::number(*step))])
                }
            }),
            // The module's title, then how many of its lessons are done ("2 of 5 done").
            Target::Module(index) => module(*index).map(|module| {
                let done = self.done_in(module);
                Said::Both(vec![
                    Said::Module(module.id.clone()),
                    Said::Template(
                        "home-done-count",
                        vec![
                            ("done", Said::number(done)),
                            ("total", Said::number(module.lessons.len())),
                        ],
                    ),
                ])
            }),
            Target::Lesson(index) => self
                .module
                .and_then(module)
                .and_then(|module| module.lessons.get(*index))
                .map(|lesson| Said::Title(lesson.id.clone())),
            Target::Back => Some(Said::Ui("back")),
            Target::Settings => Some(Said::Ui("settings-title")),
            Target::SignOut => Some(Said::Ui("sign-out")),
            Target::SignOutYes => Some(Said::Ui("yes")),
            Target::SignOutNo => Some(Said::Ui("no")),
            Target::Before | Target::More => None,
        }
    }

    pub fn new(
        session: &Session,
        saved: bool,
        window: Size,
        scale: f32,
    ) -> Result<State, crate::domain::store::StoreError> {
        let learner = session
            .learner
            .as_ref()
            .map(|learner| learner.id)
            .unwrap_or_default();
        let completed = session.store.completed_lessons(learner)?;
        let go_on = match session.store.last_position(learner)? {
            Some((lesson, step)) if session.library.lesson(&lesson).is_some() => {
                Some((lesson, step + 1))
            }
            _ => session
                .library
                .modules
                .iter()
                .flat_map(|module| &module.lessons)
                .find(|lesson| !completed.contains(&lesson.id))
                .map(|lesson| (lesson.id.clone(), 0)),
        };
        let first = if go_on.is_some() {
            Target::GoOn
        } else {
            Target::Module(0)
        };
        let mut state = State {
            module: None,
            completed,
            go_on,
            saved,
            asking_sign_out: false,
            focus: Focus::on(first),
            pager: Pager::new(session.library.modules.len()),
            window,
            scale,
        };
        state.fit(window, scale);
        Ok(state)
    }

    /// Works out how many tiles fit in one row beside the paging buttons: Home keeps its tiles
    /// in one row, so the "Go on" button always has its place.
    pub fn fit(&mut self, window: Size, scale: f32) {
        self.window = window;
        self.scale = scale;
        let tile = widgets::tile_width(scale) + 4.0 * size::FOCUS_RING + size::GAP;
        let width = window.width - 2.0 * size::GAP;
        let all_fit = (width / tile).floor() as usize >= self.pager.total;
        // Paging buttons take their room only when they are needed.
        let paging = if all_fit {
            0.0
        } else {
            2.0 * (size::ICON + size::BODY * scale * 3.6 + 72.0 + size::GAP)
        };
        self.pager
            .fit(((width - paging) / tile).floor() as usize, 1);
    }

    /// Shows the modules (`None`) or a module's lessons, from their first page.
    fn show(&mut self, module: Option<usize>, session: &Session) {
        self.module = module;
        self.pager = Pager::new(
            match module.and_then(|index| session.library.modules.get(index)) {
                Some(module) => module.lessons.len(),
                None => session.library.modules.len(),
            },
        );
        self.fit(self.window, self.scale);
    }

    pub fn view<'a>(&'a self, look: &Look<'_>, session: &'a Session) -> Element<'a, Message> {
        let press = |target| Message::Activate(target);
        let language = session.prefs.language;
        let name = session
            .learner
            .as_ref()
            .map(|learner| learner.display_name.clone())
            .unwrap_or_default();
        let heading = if name.is_empty() {
            look.t("home-title-no-name")
        } else {
            look.texts.get_with("home-title", &[("name", name.into())])
        };
        if self.asking_sign_out {
            let body = column![
                widgets::body(look, look.t("sign-out-confirm")),
                row![
                    widgets::word_button(
                        look,
                        "yes",
                        "yes",
                        Emphasis::Primary,
                        self.focus.is(&Target::SignOutYes),
                        press(Target::SignOutYes)
                    ),
                    widgets::word_button(
                        look,
                        "no",
                        "no",
                        Emphasis::Secondary,
                        self.focus.is(&Target::SignOutNo),
                        press(Target::SignOutNo)
                    ),
                ]
                .spacing(size::GAP * 3.0),
            ]
            .spacing(size::GAP * 2.0)
            .align_x(Alignment::Center);
            return widgets::frame(
                look,
                None,
                heading,
                container(body).center_x(Length::Fill).into(),
                Space::new().into(),
            );
        }
        let mut tiles = row![].spacing(size::GAP);
        match self
            .module
            .and_then(|index| session.library.modules.get(index))
        {
            None => {
                for (index, module) in session.library.modules.iter().enumerate() {
                    if !self.pager.on_page().contains(&index) {
                        continue;
                    }
                    let done = self.done_in(module);
                    let badge = look.texts.get_with(
                        "home-done-count",
                        &[
                            ("done", done.into()),
                            ("total", module.lessons.len().into()),
                        ],
                    );
                    tiles = tiles.push(widgets::hover_speaks(
                        widgets::tile(
                            look,
                            widgets::lesson_picture(
                                session.library.picture(&module.picture),
                                look.picture_edge(110.0),
                            ),
                            session
                                .library
                                .text(language, &format!("module-{}", module.id)),
                            Some(badge),
                            self.focus.is(&Target::Module(index)),
                            press(Target::Module(index)),
                        ),
                        Target::Module(index),
                        Message::Hover,
                    ));
                }
            }
            Some(module) => {
                for (index, lesson) in module.lessons.iter().enumerate() {
                    if !self.pager.on_page().contains(&index) {
                        continue;
                    }
                    let badge = self
                        .completed
                        .contains(&lesson.id)
                        .then(|| format!("✓ {}", look.t("lesson-finished-mark")));
                    tiles = tiles.push(widgets::hover_speaks(
                        widgets::tile(
                            look,
                            widgets::lesson_picture(
                                lesson.picture(&lesson.picture),
                                look.picture_edge(110.0),
                            ),
                            lesson.title(language),
                            badge,
                            self.focus.is(&Target::Lesson(index)),
                            press(Target::Lesson(index)),
                        ),
                        Target::Lesson(index),
                        Message::Hover,
                    ));
                }
            }
        }
        let go_on: Element<'a, Message> = match &self.go_on {
            Some((id, step)) => {
                let title = session
                    .library
                    .lesson(id)
                    .map(|lesson| lesson.title(language))
                    .unwrap_or_default();
                let label = if *step == 0 {
                    look.texts
                        .get_with("home-start", &[("lesson", title.into())])
                } else {
                    look.texts.get_with(
                        "home-go-on",
                        &[("lesson", title.into()), ("step", (*step).into())],
                    )
                };
                widgets::hover_speaks(
                    widgets::action(
                        look,
                        look.icons.ui("next"),
                        label,
                        Emphasis::Primary,
                        self.focus.is(&Target::GoOn),
                        press(Target::GoOn),
                    ),
                    Target::GoOn,
                    Message::Hover,
                )
            }
            None => widgets::body(look, look.t("home-all-done")),
        };
        let tiles: Element<'a, Message> = if self.pager.pages() > 1 {
            widgets::paging(
                look,
                tiles,
                widgets::PagingFocus {
                    before: self.focus.is(&Target::Before),
                    more: self.focus.is(&Target::More),
                },
                press(Target::Before),
                press(Target::More),
            )
        } else {
            tiles.into()
        };
        let body = column![tiles, go_on]
            .spacing(size::GAP * 1.5)
            .align_x(Alignment::Center);
        // "Your work is saved." sits in the bottom bar, between Sign out and Settings, so it
        // takes no room from the tiles at any text size.
        let saved: Element<'a, Message> = if self.saved {
            container(widgets::band(
                look,
                look.icons.ui("tick"),
                look.t("home-saved"),
                true,
                None,
            ))
            .padding([0.0, size::GAP])
            .into()
        } else {
            Space::new().width(Length::Fill).into()
        };
        let back = self
            .module
            .map(|_| widgets::back_button(look, self.focus.is(&Target::Back), press(Target::Back)));
        let bottom = row![
            widgets::word_button(
                look,
                "sign-out",
                "sign-out",
                Emphasis::Secondary,
                self.focus.is(&Target::SignOut),
                press(Target::SignOut)
            ),
            saved,
            widgets::word_button(
                look,
                "settings",
                "settings-title",
                Emphasis::Secondary,
                self.focus.is(&Target::Settings),
                press(Target::Settings)
            ),
        ];
        widgets::frame(
            look,
            back,
            heading,
            container(body).center_x(Length::Fill).into(),
            bottom.into(),
        )
    }
}

impl Screen for State {
    type Target = Target;

    fn targets(&self, session: &Session) -> Vec<Vec<Target>> {
        if self.asking_sign_out {
            return vec![vec![Target::SignOutYes, Target::SignOutNo]];
        }
        let mut groups = Vec::new();
        let tiles: Vec<Target> = match self
            .module
            .and_then(|index| session.library.modules.get(index))
        {
            None => self.pager.on_page().map(Target::Module).collect(),
            Some(_) => {
                groups.push(vec![Target::Back]);
                self.pager.on_page().map(Target::Lesson).collect()
            }
        };
        if self.pager.pages() > 1 {
            groups.push([vec![Target::Before], tiles, vec![Target::More]].concat());
        } else {
            groups.push(tiles);
        }
        if self.go_on.is_some() {
            groups.push(vec![Target::GoOn]);
        }
        groups.push(vec![Target::SignOut, Target::Settings]);
        groups
    }

    fn focus(&mut self) -> &mut Focus<Target> {
        &mut self.focus
    }

    fn focus_ref(&self) -> &Focus<Target> {
        &self.focus
    }

    fn activate(&mut self, target: Target, session: &mut Session) -> Action {
        self.saved = false;
        match target {
            Target::GoOn => {
                if let Some((lesson, _)) = &self.go_on {
                    return Action::Go(Next::Lesson(lesson.clone()));
                }
            }
            Target::Module(index) if index < session.library.modules.len() => {
                self.show(Some(index), session);
                self.focus = Focus::on(Target::Lesson(0));
            }
            Target::Before | Target::More => {
                if target == Target::Before {
                    self.pager.before();
                } else {
                    self.pager.more();
                }
                let first = self.pager.on_page().start;
                self.focus = Focus::on(if self.module.is_some() {
                    Target::Lesson(first)
                } else {
                    Target::Module(first)
                });
            }
            Target::Lesson(index) => {
                let lesson = self
                    .module
                    .and_then(|module| session.library.modules.get(module))
                    .and_then(|module| module.lessons.get(index));
                if let Some(lesson) = lesson {
                    return Action::Go(Next::Lesson(lesson.id.clone()));
                }
            }
            Target::Back => {
                let module = self.module.unwrap_or(0);
                self.show(None, session);
                self.pager.page = module / self.pager.per_page();
                self.focus = Focus::on(Target::Module(module));
            }
            Target::Module(_) => {}
            Target::Settings => return Action::Go(Next::Settings),
            Target::SignOut => {
                self.asking_sign_out = true;
                self.focus = Focus::on(Target::SignOutNo);
            }
            Target::SignOutYes => return Action::SignOut,
            Target::SignOutNo => {
                self.asking_sign_out = false;
                self.focus = Focus::on(Target::SignOut);
            }
        }
        Action::None
    }
}
