//! The door to the coach area: a PIN of 6 to 12 digits on a big keypad (or the number keys).
//! Wrong tries bring a growing wait. The installer's PIN (the config's hash) opens it, and so
//! does a named coach's own PIN (`stepwise coach add`), who is then named in the coach log.
//! Without either the door stays shut and says who can open it.

use std::time::Instant;

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{Action, Next, Screen, Session};
use crate::domain::coach::{MAX_DIGITS, PinGate, PinOutcome, who_has_pin};
use crate::ui::focus::Focus;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Back,
    Digit(u8),
    Erase,
    Open,
}

#[derive(Debug, Clone)]
pub enum Message {
    Activate(Target),
}

/// What the screen says under the dots.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    Nothing,
    Wrong,
    Wait(u64),
}

pub struct State {
    /// The digits so far. Kept on screen only, cleared after every try.
    pin: String,
    said: Said,
    /// Open was pressed: the app checks the PIN (it holds the gate and the clock).
    open_asked: bool,
    focus: Focus<Target>,
    /// Where the right PIN leads: the coach area, or "I am new" when the coach confirms.
    then: Next,
    /// A PIN can open it here (the installer's, or a coach account's): read once, as the
    /// screen opens, not at every frame.
    door: bool,
}

impl State {
    pub fn new(then: Next, door: bool) -> State {
        State {
            door,
            pin: String::new(),
            said: Said::Nothing,
            open_asked: false,
            focus: Focus::on(Target::Digit(1)),
            then,
        }
    }

    /// A digit typed on the real keyboard.
    pub fn typed(&mut self, digit: char) {
        if let Some(value) = digit.to_digit(10) {
            self.press_digit(value as u8);
            self.focus = Focus::on(Target::Open);
        }
    }

    fn press_digit(&mut self, digit: u8) {
        if self.pin.len() < MAX_DIGITS {
            self.pin.push(char::from(b'0' + digit));
            self.said = Said::Nothing;
        }
    }

    pub fn erase(&mut self) {
        self.pin.pop();
    }

    /// Was Open pressed since the last call?
    pub fn take_open_request(&mut self) -> bool {
        std::mem::take(&mut self.open_asked)
    }

    /// Checks the PIN (Open, or Enter on the keyboard).
    pub fn open(&mut self, session: &mut Session, gate: &mut PinGate, now: Instant) -> Action {
        if !self.door {
            return Action::None;
        }
        let pin = std::mem::take(&mut self.pin);
        let mut opener = None;
        let outcome = gate.try_check(now, || {
            opener = who_has_pin(
                &pin,
                session.installation.coach_pin_hash.as_deref(),
                &session.store,
            );
            opener.is_some()
        });
        match outcome {
            PinOutcome::Open => {
                session.coach = opener;
                log::info!("coach PIN right: {:?}", self.then);
                // The PIN also confirms a new learner ("coach_confirms"): said as what it opened.
                let action = if self.then == Next::Coach {
                    "coach area opened"
                } else {
                    "coach PIN given to add a learner"
                };
                session
                    .store
                    .log_coach_action(&session.coach_who(), action, "");
                return Action::Go(self.then.clone());
            }
            PinOutcome::Wrong => {
                log::info!("wrong coach PIN");
                session
                    .store
                    .log_coach_action("PIN screen", "wrong coach PIN", "");
                self.said = match gate.wait(now) {
                    Some(wait) => Said::Wait(wait.as_secs().max(1)),
                    None => Said::Wrong,
                };
            }
            PinOutcome::Wait(wait) => self.said = Said::Wait(wait.as_secs().max(1)),
        }
        Action::None
    }

    pub fn view<'a>(&'a self, look: &Look<'_>, _session: &Session) -> Element<'a, Message> {
        let press = |target| Message::Activate(target);
        let back = widgets::back_button(look, self.focus.is(&Target::Back), press(Target::Back));
        if !self.door {
            let body = column![
                widgets::icon(look, "settings", 96.0),
                container(widgets::body(look, look.t("coach-locked"))).max_width(800),
            ]
            .spacing(size::GAP)
            .align_x(Alignment::Center);
            return widgets::frame(
                look,
                Some(back),
                look.t("coach-pin-title"),
                container(body).center_x(Length::Fill).into(),
                Space::new().into(),
            );
        }
        // One dot per digit typed: the PIN itself is never shown.
        let dots = text(if self.pin.is_empty() {
            look.t("coach-pin-type")
        } else {
            "●".repeat(self.pin.len())
        })
        .size(look.size(size::BODY))
        .color(look.palette.text);
        let said: Element<'a, Message> = match self.said {
            Said::Nothing => Space::new().height(look.size(size::BODY) * 1.3).into(),
            Said::Wrong => widgets::body(look, look.t("coach-pin-wrong")),
            Said::Wait(seconds) => widgets::body(
                look,
                look.texts
                    .get_with("coach-pin-wait", &[("seconds", seconds.into())]),
            ),
        };
        let key = |target: Target, label: String| -> Element<'a, Message> {
            container(widgets::action(
                look,
                None,
                label,
                Emphasis::Secondary,
                self.focus.is(&target),
                press(target),
            ))
            .width(look.by_scale(110.0, 200.0))
            .center_x(look.by_scale(110.0, 200.0))
            .into()
        };
        let mut pad = column![].spacing(8).align_x(Alignment::Center);
        for line in [[1, 2, 3], [4, 5, 6], [7, 8, 9]] {
            pad = pad.push(
                row(line.map(|digit| key(Target::Digit(digit), digit.to_string()))).spacing(8),
            );
        }
        pad = pad.push(
            row![
                key(Target::Erase, look.t("coach-pin-erase")),
                key(Target::Digit(0), "0".into()),
                container(widgets::action(
                    look,
                    None,
                    look.t("coach-pin-open"),
                    Emphasis::Primary,
                    self.focus.is(&Target::Open),
                    press(Target::Open),
                ))
                .width(look.by_scale(110.0, 200.0))
                .center_x(look.by_scale(110.0, 200.0)),
            ]
            .spacing(8),
        );
        let body = row![
            column![dots, said]
                .spacing(size::GAP)
                .width(look.by_scale(360.0, 480.0)),
            pad,
        ]
        .spacing(size::GAP * 2.0)
        .align_y(Alignment::Center);
        widgets::frame(
            look,
            Some(back),
            look.t("coach-pin-title"),
            container(body).center_x(Length::Fill).into(),
            Space::new().into(),
        )
    }
}

impl Screen for State {
    type Target = Target;

    fn targets(&self, _session: &Session) -> Vec<Vec<Target>> {
        if !self.door {
            return vec![vec![Target::Back]];
        }
        vec![
            vec![Target::Back],
            vec![Target::Digit(1), Target::Digit(2), Target::Digit(3)],
            vec![Target::Digit(4), Target::Digit(5), Target::Digit(6)],
            vec![Target::Digit(7), Target::Digit(8), Target::Digit(9)],
            vec![Target::Erase, Target::Digit(0), Target::Open],
        ]
    }

    fn focus(&mut self) -> &mut Focus<Target> {
        &mut self.focus
    }

    fn focus_ref(&self) -> &Focus<Target> {
        &self.focus
    }

    /// Open needs the gate and the clock, so the app handles it; everything else is here.
    fn activate(&mut self, target: Target, _session: &mut Session) -> Action {
        match target {
            Target::Back => return Action::Go(Next::SignIn),
            Target::Digit(digit) => self.press_digit(digit),
            Target::Erase => self.erase(),
            Target::Open => self.open_asked = true,
        }
        Action::None
    }
}
