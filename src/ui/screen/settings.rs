//! Settings: language, text size (100–200%), strong colours and less movement. Every change
//! applies at once and is kept for the signed-in learner (or for this workstation).

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{Action, Next, Screen, Session};
use crate::domain::i18n::Language;
use crate::ui::focus::Focus;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Back,
    Language(Language),
    Smaller,
    Bigger,
    Contrast,
    Motion,
    /// "Show me first": the answer is shown before the learner tries.
    ShowFirst,
}

#[derive(Debug, Clone)]
pub enum Message {
    Activate(Target),
}

pub struct State {
    /// Where Back goes: Home when a learner is signed in, else sign-in.
    back_to: Next,
    show_first: bool,
    focus: Focus<Target>,
}

impl State {
    pub fn new(session: &Session) -> State {
        let back_to = if session.learner.is_some() {
            Next::Home { saved: false }
        } else {
            Next::SignIn
        };
        let show_first = session
            .learner
            .as_ref()
            .and_then(|learner| {
                session
                    .store
                    .setting(learner.id, "show_first")
                    .ok()
                    .flatten()
            })
            .as_deref()
            == Some("true");
        State {
            back_to,
            show_first,
            focus: Focus::on(Target::Language(session.prefs.language)),
        }
    }

    pub fn view<'a>(&'a self, look: &Look<'_>, session: &'a Session) -> Element<'a, Message> {
        let press = |target| Message::Activate(target);
        let prefs = &session.prefs;
        // Labels keep one width at every text size and wrap instead, so rows never overflow.
        let label =
            |id: &str| container(widgets::body(look, look.t(id))).width(Length::Fixed(280.0));
        let mut languages = row![].spacing(size::GAP);
        for language in Language::shipped() {
            let chosen = language == prefs.language;
            let emphasis = if chosen {
                Emphasis::Primary
            } else {
                Emphasis::Secondary
            };
            let name = if chosen {
                format!("✓ {}", language.autonym())
            } else {
                language.autonym().to_string()
            };
            let target = Target::Language(language);
            languages = languages.push(widgets::action(
                look,
                None,
                name,
                emphasis,
                self.focus.is(&target),
                press(target),
            ));
        }
        // A switch says its state in words and with a tick, not by colour alone.
        let switch = |target: Target, id: &str, on: bool| {
            let emphasis = if on {
                Emphasis::Primary
            } else {
                Emphasis::Secondary
            };
            let state = if on {
                format!("✓ {}", look.t("on"))
            } else {
                look.t("off")
            };
            let words = format!("{}: {state}", look.t(id));
            widgets::action(
                look,
                None,
                words,
                emphasis,
                self.focus.is(&target),
                press(target),
            )
        };
        let mut switches = row![
            switch(Target::Contrast, "settings-contrast", prefs.high_contrast),
            switch(Target::Motion, "settings-motion", prefs.reduce_motion),
        ]
        .spacing(size::GAP);
        if session.learner.is_some() {
            switches = switches.push(switch(
                Target::ShowFirst,
                "settings-show-first",
                self.show_first,
            ));
        }
        let mut body = column![
            row![label("settings-language"), languages].align_y(Alignment::Center),
            row![
                label("settings-text-size"),
                widgets::action(
                    look,
                    None,
                    format!("A−  {}", look.t("settings-smaller")),
                    Emphasis::Secondary,
                    self.focus.is(&Target::Smaller),
                    press(Target::Smaller)
                ),
                text(format!("{} %", prefs.text_size))
                    .size(look.size(size::BODY))
                    .color(look.palette.text),
                widgets::action(
                    look,
                    None,
                    format!("A+  {}", look.t("settings-bigger")),
                    Emphasis::Secondary,
                    self.focus.is(&Target::Bigger),
                    press(Target::Bigger)
                ),
            ]
            .spacing(size::GAP)
            .align_y(Alignment::Center),
            switches.wrap(),
        ]
        .spacing(size::GAP * 1.5);
        // Until the coach area exists, the coach finds lessons that could not be used here.
        let problems = &session.library.problems;
        if !problems.is_empty() {
            let mut list = column![
                text(look.t("settings-left-out"))
                    .size(look.size(size::SMALL))
                    .color(look.palette.text)
            ];
            for problem in problems.iter().take(3) {
                let line = format!("{}: {}", problem.place, problem.message);
                list = list.push(
                    text(line)
                        .size(look.size(size::SMALL))
                        .color(look.palette.text),
                );
            }
            if problems.len() > 3 {
                let more = look.texts.get_with(
                    "settings-left-out-more",
                    &[("count", (problems.len() - 3).into())],
                );
                list = list.push(
                    text(more)
                        .size(look.size(size::SMALL))
                        .color(look.palette.text),
                );
            }
            body = body.push(list.spacing(4));
        }
        let back = widgets::back_button(look, self.focus.is(&Target::Back), press(Target::Back));
        widgets::frame(
            look,
            Some(back),
            look.t("settings-title"),
            container(body).center_x(Length::Fill).into(),
            Space::new().into(),
        )
    }
}

impl Screen for State {
    type Target = Target;

    fn targets(&self, session: &Session) -> Vec<Vec<Target>> {
        let mut groups = vec![
            vec![Target::Back],
            Language::shipped()
                .into_iter()
                .map(Target::Language)
                .collect(),
            vec![Target::Smaller, Target::Bigger],
            vec![Target::Contrast, Target::Motion],
        ];
        if session.learner.is_some() {
            groups[3].push(Target::ShowFirst);
        }
        groups
    }

    fn focus(&mut self) -> &mut Focus<Target> {
        &mut self.focus
    }

    fn focus_ref(&self) -> &Focus<Target> {
        &self.focus
    }

    fn activate(&mut self, target: Target, session: &mut Session) -> Action {
        let prefs = &mut session.prefs;
        match target {
            Target::Back => return Action::Go(self.back_to.clone()),
            Target::Language(language) => prefs.language = language,
            Target::Smaller => prefs.step_text_size(false),
            Target::Bigger => prefs.step_text_size(true),
            Target::Contrast => prefs.high_contrast = !prefs.high_contrast,
            Target::Motion => prefs.reduce_motion = !prefs.reduce_motion,
            Target::ShowFirst => {
                self.show_first = !self.show_first;
                if let Some(learner) = &session.learner
                    && let Err(error) = session.store.set_setting(
                        learner.id,
                        "show_first",
                        &self.show_first.to_string(),
                    )
                {
                    return Action::Failed(error);
                }
                return Action::None;
            }
        }
        Action::PrefsChanged
    }
}
