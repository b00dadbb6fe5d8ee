//! Settings: language, text size (100–200%), strong colours, and how the voice reads. Every change
//! applies at once and is kept for the signed-in learner (or for this workstation).

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{Action, Next, Screen, Session};
use crate::domain::i18n::Language;
use crate::ui::focus::Focus;
use crate::ui::pager::Pager;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Back,
    Language(Language),
    Smaller,
    Bigger,
    Contrast,
    /// "Show me first": the answer is shown before the learner tries.
    ShowFirst,
    /// Texts are read out by themselves when a step opens.
    ReadAloud,
    /// The voice speaks more slowly (same pitch).
    Slower,
    /// Who made the pictures and fonts, and their licences.
    Credits,
    /// The credits' pages.
    Before,
    More,
}

#[derive(Debug, Clone)]
pub enum Message {
    Activate(Target),
}

pub struct State {
    /// Where Back goes: Home when a learner is signed in, else sign-in.
    back_to: Next,
    show_first: bool,
    /// The learner hears each step by itself (on unless they turned it off).
    read_aloud: bool,
    /// The credits, while they are on show instead of the settings (counted once, when
    /// opened, not at every frame).
    credits: Option<Vec<crate::domain::credits::Credit>>,
    credits_pager: Pager,
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
        let read_aloud = crate::ui::app::read_aloud(session);
        State {
            back_to,
            show_first,
            read_aloud,
            credits: None,
            credits_pager: Pager::new(0),
            focus: Focus::on(Target::Language(session.prefs.language)),
        }
    }

    /// Who made the pictures and fonts, under which licence, as the licences ask.
    fn credits_view<'a>(
        &'a self,
        look: &Look<'_>,
        credits: &[crate::domain::credits::Credit],
    ) -> Element<'a, Message> {
        let mut list = column![].spacing(size::GAP / 2.0);
        for credit in &credits[self.credits_pager.on_page()] {
            let what = match credit.pictures {
                Some(count) => look.texts.get_with(
                    &format!("credits-{}", credit.what),
                    &[("count", count.into()), ("work", credit.work.into())],
                ),
                None => look.t(&format!("credits-{}", credit.what)),
            };
            let line = look.texts.get_with(
                "credits-line",
                &[
                    ("work", credit.work.into()),
                    ("author", credit.author.into()),
                    ("licence", credit.licence.into()),
                ],
            );
            list = list.push(
                column![
                    widgets::body(look, what),
                    text(line)
                        .size(look.size(size::SMALL))
                        .color(look.palette.text),
                    text(credit.address)
                        .size(look.size(size::SMALL))
                        .color(look.palette.text),
                ]
                .spacing(2),
            );
        }
        if self.credits_pager.pages() > 1 {
            list = list.push(widgets::page_of(
                look,
                &self.credits_pager,
                widgets::PagingFocus {
                    before: self.focus.is(&Target::Before),
                    more: self.focus.is(&Target::More),
                },
                Message::Activate(Target::Before),
                Message::Activate(Target::More),
            ));
        }
        let back = widgets::back_button(
            look,
            self.focus.is(&Target::Credits),
            Message::Activate(Target::Credits),
        );
        widgets::frame(
            look,
            Some(back),
            look.t("credits-title"),
            container(list).center_x(Length::Fill).into(),
            Space::new().into(),
        )
    }

    pub fn view<'a>(&'a self, look: &Look<'_>, session: &'a Session) -> Element<'a, Message> {
        if let Some(credits) = &self.credits {
            return self.credits_view(look, credits);
        }
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
        let mut switches = row![switch(
            Target::Contrast,
            "settings-contrast",
            prefs.high_contrast
        )]
        .spacing(size::GAP);
        let credits = widgets::action(
            look,
            None,
            look.t("settings-credits"),
            Emphasis::Secondary,
            self.focus.is(&Target::Credits),
            press(Target::Credits),
        );
        if session.learner.is_some() {
            switches = switches.push(switch(
                Target::ShowFirst,
                "settings-show-first",
                self.show_first,
            ));
            if session.sound {
                switches = switches.push(switch(
                    Target::ReadAloud,
                    "settings-read-aloud",
                    self.read_aloud,
                ));
                switches = switches.push(switch(
                    Target::Slower,
                    "settings-slower",
                    prefs.slower_voice,
                ));
            }
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
        // At the biggest sizes the rows close up a little, so the last one keeps its
        // distance from the bottom bar.
        .spacing(size::GAP * if prefs.scale() > 1.5 { 1.0 } else { 1.5 });
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
            credits,
        )
    }
}

impl Screen for State {
    type Target = Target;

    fn targets(&self, session: &Session) -> Vec<Vec<Target>> {
        if self.credits.is_some() {
            let mut groups = vec![vec![Target::Credits]];
            if self.credits_pager.pages() > 1 {
                groups.push(vec![Target::Before, Target::More]);
            }
            return groups;
        }
        let mut groups = vec![
            vec![Target::Back],
            Language::shipped()
                .into_iter()
                .map(Target::Language)
                .collect(),
            vec![Target::Smaller, Target::Bigger],
            vec![Target::Contrast],
        ];
        if session.learner.is_some() {
            groups[3].push(Target::ShowFirst);
            if session.sound {
                groups[3].extend([Target::ReadAloud, Target::Slower]);
            }
        }
        groups.push(vec![Target::Credits]);
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
            Target::Credits => {
                self.credits = match self.credits {
                    Some(_) => None,
                    None => Some(crate::domain::credits::credits(&session.library)),
                };
                // Four credits fit at 100 %, two up to 150 %, one beyond: nothing scrolls.
                let total = self.credits.as_ref().map_or(0, Vec::len);
                self.credits_pager = Pager::new(total);
                let per_page = match prefs.scale() {
                    scale if scale > 1.5 => 1,
                    scale if scale > 1.0 => 2,
                    _ => 4,
                };
                self.credits_pager.fit(1, per_page);
                self.focus = Focus::on(Target::Credits);
                return Action::None;
            }
            Target::Before => {
                self.credits_pager.before();
                return Action::None;
            }
            Target::More => {
                self.credits_pager.more();
                return Action::None;
            }
            Target::Language(language) => prefs.language = language,
            Target::Smaller => prefs.step_text_size(false),
            Target::Bigger => prefs.step_text_size(true),
            Target::Contrast => prefs.high_contrast = !prefs.high_contrast,
            Target::Slower => prefs.slower_voice = !prefs.slower_voice,
            Target::ReadAloud => {
                self.read_aloud = !self.read_aloud;
                if let Some(learner) = &session.learner
                    && let Err(error) = session.store.set_setting(
                        learner.id,
                        "autoplay",
                        &self.read_aloud.to_string(),
                    )
                {
                    return Action::Failed(error);
                }
                return Action::None;
            }
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
