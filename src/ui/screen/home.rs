//! Home for one learner: modules as picture tiles showing what is finished, a module's lessons,
//! the one big "Go on" button, Settings, and Sign out (apart from Back, and it asks first).

use std::collections::BTreeSet;

use iced::widget::{Space, column, container, row, svg};
use iced::{Alignment, Element, Length};

use super::{Action, Next, Screen, Session};
use crate::domain::lesson::PictureFile;
use crate::ui::focus::Focus;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    GoOn,
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
}

/// An SVG or PNG from a lesson folder as a handle iced can draw.
pub fn picture_element<'a, M: 'a>(file: Option<&PictureFile>, edge: f32) -> Element<'a, M> {
    match file {
        Some(file) if file.is_svg => {
            widgets::picture(&svg::Handle::from_memory(file.bytes.clone()), edge)
        }
        Some(file) => {
            iced::widget::image(iced::widget::image::Handle::from_bytes(file.bytes.to_vec()))
                .width(edge)
                .height(edge)
                .into()
        }
        None => Space::new().width(edge).height(edge).into(),
    }
}

impl State {
    pub fn new(session: &Session, saved: bool) -> Result<State, crate::domain::store::StoreError> {
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
        Ok(State {
            module: None,
            completed,
            go_on,
            saved,
            asking_sign_out: false,
            focus: Focus::on(first),
        })
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
                    let done = module
                        .lessons
                        .iter()
                        .filter(|lesson| self.completed.contains(&lesson.id))
                        .count();
                    let badge = look.texts.get_with(
                        "home-done-count",
                        &[
                            ("done", done.into()),
                            ("total", module.lessons.len().into()),
                        ],
                    );
                    tiles = tiles.push(widgets::tile(
                        look,
                        picture_element(
                            session.library.picture(&module.picture),
                            look.picture_edge(110.0),
                        ),
                        session
                            .library
                            .text(language, &format!("module-{}", module.id)),
                        Some(badge),
                        self.focus.is(&Target::Module(index)),
                        press(Target::Module(index)),
                    ));
                }
            }
            Some(module) => {
                for (index, lesson) in module.lessons.iter().enumerate() {
                    let badge = self
                        .completed
                        .contains(&lesson.id)
                        .then(|| format!("✓ {}", look.t("lesson-finished-mark")));
                    tiles = tiles.push(widgets::tile(
                        look,
                        picture_element(lesson.picture(&lesson.picture), look.picture_edge(110.0)),
                        lesson.title(language),
                        badge,
                        self.focus.is(&Target::Lesson(index)),
                        press(Target::Lesson(index)),
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
                widgets::action(
                    look,
                    look.icons.ui("next"),
                    label,
                    Emphasis::Primary,
                    self.focus.is(&Target::GoOn),
                    press(Target::GoOn),
                )
            }
            None => widgets::body(look, look.t("home-all-done")),
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
            None => (0..session.library.modules.len())
                .map(Target::Module)
                .collect(),
            Some(module) => {
                groups.push(vec![Target::Back]);
                (0..module.lessons.len()).map(Target::Lesson).collect()
            }
        };
        groups.push(tiles);
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
                self.module = Some(index);
                self.focus = Focus::on(Target::Lesson(0));
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
                let module = self.module.take().unwrap_or(0);
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
