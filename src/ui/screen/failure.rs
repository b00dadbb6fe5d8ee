//! When Stepwise cannot go on (the data folder cannot be written, the database is damaged or
//! from a newer version, the disk is full): a calm message for the learner, the detail for the
//! coach, and a way to close. Never a stack trace.

use iced::widget::{Space, column, container, text};
use iced::{Alignment, Element, Length};

use crate::ui::focus::Focus;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Close,
}

#[derive(Debug, Clone)]
pub enum Message {
    Activate(Target),
}

pub struct State {
    /// Text id of the friendly message.
    message_id: &'static str,
    /// The detail, for the coach (paths and reasons; never a learner's name).
    detail: String,
    pub focus: Focus<Target>,
}

impl State {
    /// The detail for the coach.
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// Adds a line to the detail for the coach.
    pub fn add_detail(&mut self, line: String) {
        self.detail = format!("{}\n{line}", self.detail);
    }

    pub fn new(message_id: &'static str, detail: String) -> State {
        State {
            message_id,
            detail,
            focus: Focus::on(Target::Close),
        }
    }

    pub fn message_id(&self) -> &'static str {
        self.message_id
    }

    pub fn targets(&self) -> Vec<Vec<Target>> {
        vec![vec![Target::Close]]
    }

    pub fn view<'a>(&'a self, look: &Look<'_>) -> Element<'a, Message> {
        let detail = look
            .texts
            .get_with("error-for-coach", &[("detail", self.detail.clone().into())]);
        let body = column![
            widgets::icon(look, "help", 140.0),
            widgets::body(look, look.t(self.message_id)),
            text(detail)
                .size(look.size(size::SMALL))
                .color(look.palette.text),
            widgets::action(
                look,
                None,
                look.t("error-close"),
                Emphasis::Primary,
                self.focus.is(&Target::Close),
                Message::Activate(Target::Close)
            ),
        ]
        .spacing(size::GAP * 1.5)
        .align_x(Alignment::Center)
        .max_width(900);
        widgets::frame(
            look,
            None,
            look.t("error-title"),
            container(body).center_x(Length::Fill).into(),
            Space::new().into(),
        )
    }
}
