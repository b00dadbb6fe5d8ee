//! "What Stepwise keeps about you", on screen: the coach opens it from a learner's page and
//! goes through it with them. The same lines as the printout (`domain::keeps`), a picture
//! beside each, a few a page; pressing a line reads it aloud.

use iced::widget::{Space, column, row};
use iced::{Alignment, Element, Length};

use super::{Action, Message, State, Target, View};
use crate::domain::keeps::Keeps;
use crate::domain::narration::SPOKEN_NUMBERS;
use crate::ui::focus::Focus;
use crate::ui::pager::Pager;
use crate::ui::screen::{Said, Session};
use crate::ui::theme::size;
use crate::ui::widgets::{self, Look};

/// Lines a page: large text, nothing scrolls.
const LINES_PER_PAGE: usize = 3;

impl State {
    pub(super) fn open_keeps(&mut self, session: &Session, index: usize) -> Option<Action> {
        let learner = self.learners.get(index)?.learner.id;
        match Keeps::of(&session.store, learner) {
            Ok(keeps) => self.keeps = keeps,
            Err(error) => return Some(Action::Failed(error)),
        }
        let lines = self.keeps.as_ref().map_or(0, |keeps| keeps.lines().len());
        self.keeps_pager = Pager::new(lines);
        self.keeps_pager.fit(1, LINES_PER_PAGE);
        self.recording = None;
        self.view = View::Keeps(index);
        self.focus = Focus::on(Target::KeepsLine(0));
        super::audit(session, "what we keep shown", &learner.to_string());
        // Heard at once: what this is about.
        Some(Action::Say(Self::keeps_intro()))
    }

    pub(super) fn keeps_intro() -> Said {
        Said::Both(vec![Said::Ui("keeps-title"), Said::Ui("keeps-intro")])
    }

    /// What a line says aloud: its words, the learner's name from their own clip, the
    /// numbers from the number files.
    pub(super) fn keeps_said(&self, line: usize) -> Option<Said> {
        let keeps = self.keeps.as_ref()?;
        let (_, id) = *keeps.lines().get(line)?;
        Some(match id {
            "keeps-name" => Said::Template(id, vec![("name", Said::Name(keeps.learner.id))]),
            // Numbers are heard up to 100: past that, "more than 100" (the screen shows it).
            "keeps-answers" if keeps.answers > i64::from(SPOKEN_NUMBERS) => Said::Template(
                "keeps-answers-many",
                vec![("lessons", Said::number(keeps.lessons.max(0) as usize))],
            ),
            "keeps-answers" => Said::Template(
                id,
                vec![
                    ("answers", Said::number(keeps.answers.max(0) as usize)),
                    ("lessons", Said::number(keeps.lessons.max(0) as usize)),
                ],
            ),
            _ => Said::Ui(id),
        })
    }

    pub(super) fn keeps_view<'a>(&'a self, look: &Look<'_>) -> Element<'a, Message> {
        let Some(keeps) = &self.keeps else {
            return Space::new().into();
        };
        let lines = keeps.lines();
        let head = column![
            widgets::body(look, look.t("keeps-title")),
            Self::small(look, look.t("keeps-intro")),
        ]
        .spacing(4)
        .align_x(Alignment::Center);
        let mut page = column![
            iced::widget::container(self.row_button(
                look,
                iced::widget::container(head).center_x(Length::Fill),
                Target::KeepsIntro
            ))
            .max_width(1000)
        ]
        .spacing(size::GAP / 2.0)
        .align_x(Alignment::Center);
        for at in self.keeps_pager.on_page() {
            let (pictogram, id) = lines[at];
            let picture = match pictogram {
                None => widgets::avatar(look, &keeps.learner.picture, 56.0),
                Some(name) => widgets::icon(look, name, 56.0),
            };
            let line = row![
                picture,
                iced::widget::container(widgets::body(look, keeps.text(look.texts, id)))
                    .width(Length::Fill),
                widgets::icon(look, "speaker", 40.0),
            ]
            .spacing(size::GAP)
            .align_y(Alignment::Center);
            page = page.push(
                iced::widget::container(self.row_button(look, line, Target::KeepsLine(at)))
                    .max_width(1000),
            );
        }
        page.push(self.paging_and_back(look, &self.keeps_pager))
            .into()
    }

    pub(super) fn keeps_targets(&self) -> Vec<Vec<Target>> {
        let mut groups: Vec<Vec<Target>> = vec![vec![Target::KeepsIntro]];
        groups.extend(
            self.keeps_pager
                .on_page()
                .map(|at| vec![Target::KeepsLine(at)]),
        );
        groups.push(Self::bottom_targets(
            &self.keeps_pager,
            Target::BackToLearner,
        ));
        groups
    }
}
