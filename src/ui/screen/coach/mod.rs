//! The coach area: who practised how much and where they get stuck; saving this workstation's
//! progress to a USB stick or the shared folder; adding progress from other workstations.
//! Reached only through the PIN; Lock goes back to sign-in.

mod keeps;
mod people;
mod report;

use iced::widget::{Space, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{Action, Next, Screen, Session};
use crate::domain::exchange::places::{self, Place, PlaceKind};
use crate::domain::exchange::{self, ImportReport};
use crate::domain::overview::{self, LearnerOverview};
use crate::ui::focus::Focus;
use crate::ui::pager::Pager;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

/// The largest text scale of the coach area.
const TABLE_SCALE: f32 = 1.4;
/// The coach area's tabs grow less, so all five keep one row.
const TAB_SCALE: f32 = 1.2;
/// A lesson's page: its facts, then its coach notes (see `notes_per_page`).
const NOTE_PAGES: usize = 1 + crate::domain::lesson::COACH_NOTES.len();

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Learners,
    Lessons,
    /// One learner's page (index into the list).
    Learner(usize),
    /// One lesson's page (index into the lessons list): its competences, review status and
    /// coach notes.
    Lesson(usize),
    /// A new picture for the learner (index into the list), from the free ones.
    Picture(usize),
    Save,
    Add,
    /// The backups of this PC's database, to put one back.
    Backups,
    /// "Same person as…": the learner (index) and the other learners to pick from.
    Same(usize),
    /// A learner's sessions (a lesson on a day), to move one.
    Sessions(usize),
    /// Who did this session (learner index, session index): the other learners to pick from.
    MoveTo(usize, usize),
    /// "What Stepwise keeps about you", for the learner (index) to see and hear.
    Keeps(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Lock,
    /// Kiosk mode: close Stepwise (only the coach can).
    CloseApp,
    Show(View),
    Before,
    More,
    /// Save to the place with this index.
    SaveTo(usize),
    /// Add the progress file with this index.
    AddFile(usize),
    AddAll,
    /// Whether a file added from a USB stick is removed from it afterwards.
    RemoveAfter,
    /// After saving progress: a printable report (HTML) and spreadsheets (CSV) beside it.
    SaveReport,
    /// What the report covers (each goes round its choices): the period, the PC, names; then
    /// save it.
    SaveReportNow,
    ReportPeriod,
    ReportPc,
    ReportNames,
    /// After saving progress: the roster beside it, for workstations to add.
    SaveRoster,
    /// After saving progress: the certificates (and their register) beside it, to print.
    SaveCertificates,
    /// Open a learner's page.
    Learner(usize),
    /// Open a lesson's page.
    Lesson(usize),
    /// On a learner's page: give them another name.
    Rename,
    NameField,
    SaveName,
    CancelName,
    /// On a learner's page: they left the organisation (or are back).
    Left,
    /// On a learner's page: give them another picture (for one who does not know theirs).
    ChangePicture,
    /// The free picture with this index becomes theirs.
    NewPicture(usize),
    CancelPicture,
    /// On a learner's page: erase them (asks first).
    Erase,
    EraseYes,
    EraseNo,
    /// On a learner's page: record their name clip (press again to stop and keep it).
    RecordName,
    /// Put back the backup with this index (asks first).
    Backup(usize),
    RestoreYes,
    RestoreNo,
    /// On a learner's page: the same person as another learner (join them).
    JoinWith,
    /// On a learner's page: their sessions, to move one done under the wrong profile.
    Sessions,
    /// The learner with this index, picked as the other profile or as who did the session.
    Other(usize),
    /// Joining: keep this learner's picture (the other is joined into them), or the other's.
    KeepThis,
    KeepOther,
    /// Moving: yes, move the session to the learner picked.
    MoveYes,
    /// Not this one: back to the learners to pick from.
    PickNo,
    BackToLearner,
    /// Undo the join listed on the learner's page with this index.
    Unjoin(usize),
    /// Move the session with this index (asks who did it).
    MoveSession(usize),
    /// Undo the move shown above the sessions.
    UndoMove,
    /// On a learner's page: what Stepwise keeps about them.
    WhatWeKeep,
    /// A line of it (with this index), read aloud when pressed; its title and first words.
    KeepsLine(usize),
    KeepsIntro,
}

#[derive(Debug, Clone)]
pub enum Message {
    Activate(Target),
    /// The new name, as typed.
    NameTyped(String),
}

/// The newest backups shown: one a day for a week, and the latest before-import ones.
const BACKUPS_SHOWN: usize = 6;

/// The id of the rename field.
pub fn name_field_id() -> iced::widget::Id {
    iced::widget::Id::new("coach-name")
}

/// One file's outcome, for the report.
enum Added {
    /// Read whole; `true` when the file was then removed from the USB stick.
    Done(Box<ImportReport>, bool),
    Refused(exchange::ExchangeError),
}

pub struct State {
    view: View,
    /// The pictures nobody has here (while a new one is chosen), and their pages.
    free_pictures: Vec<crate::domain::avatar::Picture>,
    picture_pager: Pager,
    /// Erasures that have not reached every workstation known here yet.
    erasures_waiting: Vec<overview::ErasureStatus>,
    /// Remove a file added from a USB stick (the coach's choice; off until chosen).
    remove_after: bool,
    learners: Vec<LearnerOverview>,
    pager: Pager,
    lessons: Vec<overview::LessonOverview>,
    lesson_pager: Pager,
    /// The pages of a lesson's page (its facts and coach notes, two parts a page).
    note_pager: Pager,
    places: Vec<Place>,
    files: Vec<std::path::PathBuf>,
    /// What the last save said.
    saved: Option<Result<exchange::ExportSummary, exchange::ExchangeError>>,
    /// Where the last progress file went, so a report can go beside it; and what that said.
    saved_in: Option<std::path::PathBuf>,
    report: Option<Result<std::path::PathBuf, String>>,
    /// What the report covers, and whether the coach is choosing it (in place of the
    /// "Also save there" row).
    report_options: report::ReportOptions,
    choosing_report: bool,
    /// After saving progress: the roster saved beside it, or why not.
    roster: Option<Result<std::path::PathBuf, String>>,
    /// After saving progress: the certificates saved beside it (how many), or why not.
    certificates: Option<Result<(std::path::PathBuf, usize), String>>,
    /// What the last import said, file by file.
    added: Vec<(String, Added)>,
    /// "Erase this learner?" is on screen.
    confirm_erase: bool,
    /// The new name while renaming.
    renaming: Option<String>,
    /// The database's backups, newest first (the Backups tab).
    backups: Vec<crate::domain::store::backup::Backup>,
    /// "Put back this backup?" is on screen, for the backup with this index.
    confirm_restore: Option<usize>,
    /// What the last restore said: the backup's time, or why nothing changed.
    restored: Option<Result<String, String>>,
    /// A learner's name being recorded on their page.
    recording: Option<crate::microphone::Recording>,
    /// How the last name recording went (a message id).
    recorded: Option<&'static str>,
    /// The PC has a microphone (asked when a learner's page opens).
    microphone: bool,
    /// On a learner's page: the profiles joined into them.
    joined: Vec<crate::domain::store::merge::Joined>,
    /// A learner's sessions (while they are listed or one is moved), and their pages.
    sessions: Vec<crate::domain::store::merge::Session>,
    session_pager: Pager,
    /// The newest move to or from the learner whose sessions are listed, and the other
    /// learner's name (to undo it).
    last_move: Option<(crate::domain::store::merge::Move, String)>,
    /// The other learners' tiles, while one is picked.
    people_pager: Pager,
    /// The other learner picked (index), while the question is on screen.
    picked: Option<usize>,
    /// What is kept about the learner whose "What we keep" is open, and its pages.
    keeps: Option<crate::domain::keeps::Keeps>,
    keeps_pager: Pager,
    focus: Focus<Target>,
    window: iced::Size,
    scale: f32,
}

impl State {
    pub fn new(
        session: &Session,
        window: iced::Size,
        scale: f32,
    ) -> Result<State, crate::domain::store::StoreError> {
        let mut state = State {
            note_pager: Pager::new(NOTE_PAGES),
            view: View::Learners,
            free_pictures: Vec::new(),
            picture_pager: Pager::new(0),
            erasures_waiting: Vec::new(),
            remove_after: false,
            pager: Pager::new(0),
            lessons: Vec::new(),
            lesson_pager: Pager::new(0),
            learners: Vec::new(),
            places: Vec::new(),
            files: Vec::new(),
            saved: None,
            added: Vec::new(),
            confirm_erase: false,
            renaming: None,
            backups: Vec::new(),
            confirm_restore: None,
            restored: None,
            recording: None,
            recorded: None,
            microphone: false,
            joined: Vec::new(),
            sessions: Vec::new(),
            session_pager: Pager::new(0),
            last_move: None,
            people_pager: Pager::new(0),
            picked: None,
            keeps: None,
            keeps_pager: Pager::new(0),
            saved_in: None,
            report: None,
            report_options: report::ReportOptions::default(),
            choosing_report: false,
            roster: None,
            certificates: None,
            focus: Focus::on(Target::Show(View::Learners)),
            window,
            scale,
        };
        state.refresh(session)?;
        Ok(state)
    }

    /// Parts of the coach notes a page: two at 100 %, one once the text is larger.
    fn notes_per_page(&self) -> usize {
        if self.scale > 1.0 { 1 } else { 2 }
    }

    /// As many learners per page as fit the window: nothing scrolls here either.
    pub fn fit(&mut self, window: iced::Size, scale: f32) {
        self.window = window;
        self.scale = scale;
        let scale = scale.min(TABLE_SCALE);
        let bar = (size::BODY * scale * 1.3).max(size::ICON) + 28.0 + 4.0 * size::FOCUS_RING;
        // The title bar, the tabs, the paging row, and the gaps between them.
        let chrome = 2.0 * bar + (size::TITLE + size::BODY * (scale - 1.0)) * 1.3 + 3.0 * size::GAP;
        let line = size::SMALL * scale.min(TABLE_SCALE) * 1.3;
        // Cells wrap to up to four lines once the text is large.
        let lines = if scale > 1.2 { 4.0 } else { 2.0 };
        let row = lines * line + 8.0 + 8.0 + 4.0 * size::FOCUS_RING;
        let rows = ((window.height - chrome - bar) / row).floor().max(1.0) as usize;
        self.pager.fit(1, rows.min(8));
        self.lesson_pager.fit(1, rows.min(8));
    }

    /// Reads the lists again (after the app changed the data under the coach area).
    pub fn reload(&mut self, session: &Session) -> Result<(), crate::domain::store::StoreError> {
        self.refresh(session)
    }

    fn refresh(&mut self, session: &Session) -> Result<(), crate::domain::store::StoreError> {
        let started = std::time::Instant::now();
        (self.learners, self.lessons) = overview::coach_lists(&session.store, &session.library)?;
        self.pager = Pager::new(self.learners.len());
        self.erasures_waiting =
            overview::erasures(&session.store, &session.installation.workstation_name)?
                .into_iter()
                .filter(|status| !status.waiting.is_empty())
                .collect();
        // Counts and time only (benches/startup-and-memory.sh reads it): never a name.
        log::info!(
            "coach overview: {} learners, {} lessons in {} ms",
            self.learners.len(),
            self.lessons.len(),
            started.elapsed().as_millis()
        );
        self.lesson_pager = Pager::new(self.lessons.len());
        self.fit(self.window, self.scale);
        self.refresh_places(session);
        Ok(())
    }

    /// What is on the PC around the database: USB sticks, progress files, backups. Cheap,
    /// so a tab shows it fresh; the overview is read again only when the data changed.
    fn refresh_places(&mut self, session: &Session) {
        self.report_options.read_pcs(session);
        self.places = places::places(
            session.installation.exchange_dir.as_deref(),
            session.installation.media_dir.as_deref(),
        );
        self.files = places::progress_files(&self.places);
        let data_dir = session
            .store
            .path()
            .parent()
            .unwrap_or(std::path::Path::new("."));
        self.backups = crate::domain::store::backup::list(data_dir);
    }

    /// When a backup was made, in this PC's time.
    fn backup_time(backup: &crate::domain::store::backup::Backup) -> String {
        chrono::DateTime::<chrono::Local>::from(backup.made)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }

    /// When a backup was made, as the coach reads it, and why.
    fn backup_words(look: &Look<'_>, backup: &crate::domain::store::backup::Backup) -> String {
        use crate::domain::store::backup::Kind;
        let when = Self::backup_time(backup);
        let why = match Kind::of(&backup.path) {
            Some(Kind::Daily) => look.t("coach-backup-daily"),
            Some(Kind::BeforeImport) => look.t("coach-backup-before-import"),
            Some(Kind::BeforeRestore) => look.t("coach-backup-before-restore"),
            None => look.t("coach-backup-other"),
        };
        format!("{when} · {why}")
    }

    /// The Backups tab: the newest backups, one button each; a press asks first.
    fn backups_view<'a>(&'a self, look: &Look<'_>) -> Element<'a, Message> {
        let mut list = column![].spacing(8).align_x(Alignment::Center);
        if let Some(index) = self.confirm_restore
            && let Some(backup) = self.backups.get(index)
        {
            return column![
                widgets::body(
                    look,
                    look.texts.get_with(
                        "coach-restore-ask",
                        &[("when", Self::backup_words(look, backup).into())],
                    ),
                ),
                row![
                    widgets::word_button(
                        look,
                        "no",
                        "no",
                        Emphasis::Primary,
                        self.focus.is(&Target::RestoreNo),
                        Message::Activate(Target::RestoreNo),
                    ),
                    widgets::word_button(
                        look,
                        "yes",
                        "yes",
                        Emphasis::Secondary,
                        self.focus.is(&Target::RestoreYes),
                        Message::Activate(Target::RestoreYes),
                    ),
                ]
                .spacing(size::GAP * 3.0),
            ]
            .spacing(size::GAP * 2.0)
            .align_x(Alignment::Center)
            .into();
        }
        match &self.restored {
            Some(Ok(when)) => {
                list = list.push(widgets::body(
                    look,
                    look.texts
                        .get_with("coach-restore-done", &[("when", when.clone().into())]),
                ));
            }
            Some(Err(reason)) => {
                list = list.push(widgets::body(
                    look,
                    look.texts
                        .get_with("coach-restore-failed", &[("reason", reason.clone().into())]),
                ));
            }
            None => {}
        }
        if self.backups.is_empty() {
            return list
                .push(widgets::body(look, look.t("coach-no-backups")))
                .into();
        }
        list = list.push(Self::small(look, look.t("coach-backups-how")));
        for (index, backup) in self.backups.iter().enumerate().take(BACKUPS_SHOWN) {
            list = list.push(widgets::action(
                look,
                None,
                Self::backup_words(look, backup),
                Emphasis::Secondary,
                self.focus.is(&Target::Backup(index)),
                Message::Activate(Target::Backup(index)),
            ));
        }
        list.into()
    }

    pub fn view<'a>(&'a self, look: &Look<'_>, session: &'a Session) -> Element<'a, Message> {
        // The coach area is for staff: its text grows with the workstation's text size, up to
        // 140 %, so its tabs and tables still fit side by side.
        let look = &Look {
            palette: look.palette,
            scale: look.scale.min(TABLE_SCALE),
            texts: look.texts,
            icons: look.icons,
            keyboard: look.keyboard,
            sound: look.sound,
        };
        let press = |target| Message::Activate(target);
        // The five tabs keep one row and one line each: their words grow up to 120 % only.
        let tab_look = &Look {
            scale: look.scale.min(TAB_SCALE),
            ..*look
        };
        let tab = |view: View, id: &str| {
            let look = tab_look;
            let chosen = self.view == view
                || (view == View::Lessons && matches!(self.view, View::Lesson(_)));
            let label = if chosen {
                format!("✓ {}", look.t(id))
            } else {
                look.t(id)
            };
            widgets::action(
                look,
                None,
                label,
                if chosen {
                    Emphasis::Primary
                } else {
                    Emphasis::Secondary
                },
                self.focus.is(&Target::Show(view)),
                press(Target::Show(view)),
            )
        };
        let tabs = row![
            tab(View::Learners, "coach-learners"),
            tab(View::Lessons, "coach-lessons"),
            tab(View::Save, "coach-save"),
            tab(View::Add, "coach-add"),
            tab(View::Backups, "coach-backups"),
        ]
        .spacing(size::GAP);
        let content = match self.view {
            View::Learners => self.learners_view(look, session),
            View::Learner(index) => self.learner_view(look, session, index),
            View::Lessons => self.lessons_view(look, session),
            View::Lesson(index) => self.lesson_page(look, session, index),
            View::Picture(index) => self.picture_view(look, index),
            View::Save => self.save_view(look, &session.installation.org_key),
            View::Add => self.add_view(look),
            View::Backups => self.backups_view(look),
            View::Same(index) => self.pick_view(look, session, index, None),
            View::MoveTo(index, at) => self.pick_view(look, session, index, Some(at)),
            View::Sessions(index) => self.sessions_view(look, session, index),
            View::Keeps(_) => self.keeps_view(look),
        };
        let body = column![tabs, content]
            .spacing(size::GAP)
            .align_x(Alignment::Center);
        let lock = widgets::word_button(
            look,
            "back",
            "coach-lock",
            Emphasis::Secondary,
            self.focus.is(&Target::Lock),
            press(Target::Lock),
        );
        // In kiosk mode the window has no frame: the coach closes Stepwise here.
        let close = session.installation.kiosk.then(|| {
            widgets::word_button(
                look,
                "sign-out",
                "coach-close-app",
                Emphasis::Secondary,
                self.focus.is(&Target::CloseApp),
                press(Target::CloseApp),
            )
        });
        widgets::frame_with_corner(
            look,
            Some(lock),
            match &session.coach {
                Some(crate::domain::coach::Opener::Named { name, .. }) => look
                    .texts
                    .get_with("coach-title-named", &[("name", name.clone().into())]),
                _ => look.t("coach-title"),
            },
            container(body).center_x(Length::Fill).into(),
            Space::new().into(),
            close,
        )
    }

    /// The coach's tables grow with the text size up to 140 %: past that, four columns of
    /// figures no longer fit beside each other (the coach's own words are the body size).
    fn small<'a>(look: &Look<'_>, words: String) -> Element<'a, Message> {
        text(words)
            .size((size::SMALL * look.scale.min(TABLE_SCALE)).round())
            .color(look.palette.text)
            .into()
    }

    fn learners_view<'a>(&'a self, look: &Look<'_>, session: &'a Session) -> Element<'a, Message> {
        if self.learners.is_empty() {
            return widgets::body(look, look.t("coach-no-learners"));
        }
        let language = session.prefs.language;
        let mut list = column![].spacing(8);
        for index in self.pager.on_page() {
            let overview = &self.learners[index];
            let lessons = look.texts.get_with(
                "coach-lessons-done",
                &[
                    ("done", overview.lessons_done.into()),
                    ("total", overview.lessons_total.into()),
                ],
            );
            let answers = look.texts.get_with(
                "coach-answers",
                &[
                    ("answers", overview.answers.into()),
                    ("help", overview.help_percent().into()),
                ],
            );
            let minutes = overview.practice_ms / 60_000;
            let time = look.texts.get_with(
                "coach-time",
                &[
                    ("hours", (minutes / 60).into()),
                    ("minutes", (minutes % 60).into()),
                ],
            );
            let day = crate::domain::local_day;
            let last = match overview.last_active_ms {
                Some(when) => look
                    .texts
                    .get_with("coach-last", &[("date", day(when).into())]),
                None => look.t("coach-never"),
            };
            // Who left: since when, and once the retention period is over, a reminder.
            let last = match overview.left_at_ms {
                Some(left) => look
                    .texts
                    .get_with("coach-left-on", &[("date", day(left).into())]),
                None => last,
            };
            let months = session.installation.retention_months;
            let overdue = overview.left_at_ms.is_some_and(|left| {
                crate::domain::store::now_ms() - left > i64::from(months) * 30 * 86_400_000
            });
            let stuck = match overview.stuck.first() {
                _ if overdue => look
                    .texts
                    .get_with("coach-left-erase", &[("months", months.into())]),
                Some(stuck) => {
                    let lesson = session.library.lesson(&stuck.lesson_id);
                    let title = lesson
                        .map(|lesson| lesson.title(language))
                        .unwrap_or_else(|| stuck.lesson_id.clone());
                    let step = lesson
                        .and_then(|lesson| lesson.steps.iter().position(|s| s.id == stuck.step_id))
                        .map_or(0, |index| index + 1);
                    look.texts.get_with(
                        "coach-stuck",
                        &[
                            ("lesson", title.into()),
                            ("step", step.into()),
                            ("wrong", stuck.wrong_tries.into()),
                            ("shown", stuck.shown_answers.into()),
                        ],
                    )
                }
                None => String::new(),
            };
            let name = if overview.learner.display_name.is_empty() {
                look.t("coach-no-name")
            } else {
                overview.learner.display_name.clone()
            };
            let target = Target::Learner(index);
            let row_button = container(
                row![
                    widgets::avatar(look, &overview.learner.picture, 56.0),
                    container(
                        text(name)
                            .size((size::BODY * look.scale.min(TABLE_SCALE)).round())
                            .color(look.palette.text)
                    )
                    .width(Length::FillPortion(2)),
                    container(
                        column![Self::small(look, lessons), Self::small(look, answers)].spacing(2)
                    )
                    .width(Length::FillPortion(3)),
                    container(column![Self::small(look, time), Self::small(look, last)].spacing(2))
                        .width(Length::FillPortion(2)),
                    container(Self::small(look, stuck)).width(Length::FillPortion(4)),
                ]
                .spacing(size::GAP)
                .align_y(Alignment::Center),
            );
            list = list.push(self.row_button(look, row_button, target));
        }
        if let Some(paging) = self.paging(look, &self.pager) {
            list = list.push(paging);
        }
        list.into()
    }

    /// A row of a list that opens a page: a quiet button the width of the list.
    fn row_button<'a>(
        &self,
        look: &Look<'_>,
        content: impl Into<Element<'a, Message>>,
        target: Target,
    ) -> Element<'a, Message> {
        let button = iced::widget::button(content)
            .padding([4, 12])
            .width(Length::Fill)
            .style(widgets::quiet_button(look.palette))
            .on_press(Message::Activate(target));
        widgets::focus_ring(look, self.focus.is(&target), button)
    }

    /// The free pictures, a page at a time, to give a learner a new one.
    fn picture_view<'a>(&'a self, look: &Look<'_>, index: usize) -> Element<'a, Message> {
        let Some(overview) = self.learners.get(index) else {
            return Space::new().into();
        };
        let mut grid = column![widgets::body(
            look,
            look.texts.get_with(
                "coach-picture-pick",
                &[("name", overview.learner.display_name.clone().into())],
            ),
        )]
        .spacing(size::GAP / 2.0)
        .align_x(Alignment::Center);
        for chunk in self.picture_pager.rows_on_page() {
            let mut line = row![].spacing(size::GAP / 2.0);
            for choice in chunk {
                line = line.push(widgets::choice(
                    look,
                    widgets::avatar(look, &self.free_pictures[choice], 72.0),
                    None,
                    false,
                    self.focus.is(&Target::NewPicture(choice)),
                    Message::Activate(Target::NewPicture(choice)),
                ));
            }
            grid = grid.push(line);
        }
        // Paging and "Keep the picture" share one row, so the page never scrolls.
        let mut bottom = row![].spacing(size::GAP * 2.0).align_y(Alignment::Center);
        if let Some(paging) = self.paging(look, &self.picture_pager) {
            bottom = bottom.push(paging);
        }
        bottom = bottom.push(widgets::action(
            look,
            None,
            look.t("coach-picture-keep"),
            Emphasis::Secondary,
            self.focus.is(&Target::CancelPicture),
            Message::Activate(Target::CancelPicture),
        ));
        grid.push(bottom).into()
    }

    /// The keyboard row under a paged list: Before and More when there are pages, then `last`.
    fn bottom_targets(pager: &Pager, last: Target) -> Vec<Target> {
        let mut bottom = Vec::new();
        if pager.pages() > 1 {
            bottom.extend([Target::Before, Target::More]);
        }
        bottom.push(last);
        bottom
    }

    /// The row under a paged list of a learner's: paging, then Back to their page.
    fn paging_and_back<'a>(&self, look: &Look<'_>, pager: &Pager) -> Element<'a, Message> {
        let mut bottom = row![].spacing(size::GAP * 2.0).align_y(Alignment::Center);
        if let Some(paging) = self.paging(look, pager) {
            bottom = bottom.push(paging);
        }
        bottom
            .push(widgets::back_button(
                look,
                self.focus.is(&Target::BackToLearner),
                Message::Activate(Target::BackToLearner),
            ))
            .into()
    }

    /// A question's two answers: the safe "no" first (it has the focus), then "yes".
    fn no_yes<'a>(
        &self,
        look: &Look<'_>,
        (no_id, no): (&str, Target),
        (yes_id, yes): (&str, Target),
    ) -> Element<'a, Message> {
        row![
            widgets::word_button(
                look,
                "no",
                no_id,
                Emphasis::Primary,
                self.focus.is(&no),
                Message::Activate(no),
            ),
            widgets::word_button(
                look,
                "yes",
                yes_id,
                Emphasis::Secondary,
                self.focus.is(&yes),
                Message::Activate(yes),
            ),
        ]
        .spacing(size::GAP * 3.0)
        .into()
    }

    /// Before / Page n of m / More, when a list has more than one page.
    fn paging<'a>(&self, look: &Look<'_>, pager: &Pager) -> Option<Element<'a, Message>> {
        if pager.pages() < 2 {
            return None;
        }
        Some(
            container(widgets::page_of(
                look,
                pager,
                widgets::PagingFocus {
                    before: self.focus.is(&Target::Before),
                    more: self.focus.is(&Target::More),
                },
                Message::Activate(Target::Before),
                Message::Activate(Target::More),
            ))
            .center_x(Length::Fill)
            .into(),
        )
    }

    /// The Lessons view: per lesson, how many started and finished it, and its hardest steps.
    fn lessons_view<'a>(&'a self, look: &Look<'_>, session: &'a Session) -> Element<'a, Message> {
        let language = session.prefs.language;
        let palette = look.palette;
        let mut list = column![].spacing(8);
        for index in self.lesson_pager.on_page() {
            let line = &self.lessons[index];
            let lesson = session.library.lesson(&line.lesson_id);
            let title = lesson
                .map(|lesson| lesson.title(language))
                .unwrap_or_else(|| line.lesson_id.clone());
            let hardest: Vec<String> = line
                .hardest
                .iter()
                .map(|stuck| {
                    let step = lesson
                        .and_then(|l| l.steps.iter().position(|s| s.id == stuck.step_id))
                        .map_or(0, |index| index + 1);
                    look.texts.get_with(
                        "coach-lesson-step",
                        &[
                            ("step", step.into()),
                            ("wrong", stuck.wrong_tries.into()),
                            ("shown", stuck.shown_answers.into()),
                        ],
                    )
                })
                .collect();
            let hardest = if hardest.is_empty() {
                String::new()
            } else {
                look.texts.get_with(
                    "coach-lesson-hardest",
                    &[("steps", hardest.join(" · ").into())],
                )
            };
            let counts = look.texts.get_with(
                "coach-lesson-counts",
                &[
                    ("started", line.started_by.into()),
                    ("finished", line.finished_by.into()),
                ],
            );
            let mut cell = column![
                text(title)
                    .size((size::BODY * look.scale.min(TABLE_SCALE)).round())
                    .color(palette.text),
                Self::small(look, counts),
            ]
            .spacing(2);
            if !hardest.is_empty() {
                cell = cell.push(Self::small(look, hardest));
            }
            list = list.push(self.row_button(look, cell, Target::Lesson(index)));
        }
        if let Some(paging) = self.paging(look, &self.lesson_pager) {
            list = list.push(paging);
        }
        list.into()
    }

    /// One lesson for the coach: what it trains (DigComp), how far its texts are reviewed,
    /// and its coach notes, two parts a page so nothing scrolls.
    fn lesson_page<'a>(
        &'a self,
        look: &Look<'_>,
        session: &'a Session,
        index: usize,
    ) -> Element<'a, Message> {
        let Some(lesson) = self
            .lessons
            .get(index)
            .and_then(|line| session.library.lesson(&line.lesson_id))
        else {
            return Space::new().into();
        };
        let language = session.prefs.language;
        let mut page =
            column![widgets::body(look, lesson.title(language))].spacing(size::GAP / 2.0);
        let section = |heading: String, words: String| -> Element<'a, Message> {
            column![
                text(heading)
                    .size((size::SMALL * look.scale).round())
                    .font(crate::ui::assets::BOLD)
                    .color(look.palette.text),
                Self::small(look, words),
            ]
            .spacing(2)
            .into()
        };
        let parts: Vec<(String, String)> = crate::domain::lesson::COACH_NOTES
            .iter()
            .map(|part| {
                (
                    look.t(&format!("coach-note-{}", part.trim_start_matches("coach-"))),
                    lesson
                        .coach_note(language, part)
                        .unwrap_or_else(|| look.t("coach-note-none")),
                )
            })
            .collect();
        if self.note_pager.page == 0 {
            let competences: Vec<String> = lesson
                .digcomp
                .iter()
                .map(|id| {
                    let number = id.rsplit(':').next().unwrap_or(id);
                    format!(
                        "{number} {}",
                        look.t(&format!("digcomp-{}", number.replace('.', "-")))
                    )
                })
                .collect();
            let reviews: Vec<String> = session
                .library
                .languages
                .iter()
                .map(|language| {
                    format!(
                        "{}: {}",
                        language.code(),
                        look.t(&format!("coach-review-{}", lesson.review(*language).name()))
                    )
                })
                .collect();
            page = page
                .push(Self::small(
                    look,
                    look.texts.get_with(
                        "coach-lesson-size",
                        &[
                            ("minutes", lesson.minutes.into()),
                            ("steps", lesson.steps.len().into()),
                        ],
                    ),
                ))
                .push(section(
                    look.t("coach-lesson-digcomp"),
                    competences.join(" · "),
                ))
                .push(section(
                    look.t("coach-lesson-review"),
                    format!(
                        "{} · {}",
                        reviews.join(" · "),
                        look.t(if lesson.uses_computer_voice(language) {
                            "coach-lesson-computer-voice"
                        } else {
                            "coach-lesson-recorded-voice"
                        })
                    ),
                ));
        }
        // The first page has the facts; the others the notes, as many parts as fit.
        let (skip, take) = match self.note_pager.page {
            0 => (0, 0),
            page => ((page - 1) * self.notes_per_page(), self.notes_per_page()),
        };
        for (heading, words) in parts.into_iter().skip(skip).take(take) {
            page = page.push(section(heading, words));
        }
        if let Some(paging) = self.paging(look, &self.note_pager) {
            page = page.push(paging);
        }
        container(page).max_width(1000.0).into()
    }

    fn learner_view<'a>(
        &'a self,
        look: &Look<'_>,
        session: &'a Session,
        index: usize,
    ) -> Element<'a, Message> {
        let Some(overview) = self.learners.get(index) else {
            return Space::new().into();
        };
        let name = if overview.learner.display_name.is_empty() {
            look.t("coach-no-name")
        } else {
            overview.learner.display_name.clone()
        };
        let mut head = row![
            widgets::avatar(look, &overview.learner.picture, 56.0),
            widgets::body(look, name.clone()),
        ]
        .spacing(size::GAP)
        .align_y(Alignment::Center);
        if !self.confirm_erase && self.renaming.is_none() {
            for (id, target) in [
                ("coach-picture-change", Target::ChangePicture),
                ("coach-same-person", Target::JoinWith),
                ("coach-what-we-keep", Target::WhatWeKeep),
            ] {
                head = head.push(widgets::action(
                    look,
                    None,
                    look.t(id),
                    Emphasis::Secondary,
                    self.focus.is(&target),
                    Message::Activate(target),
                ));
            }
        }
        if self.confirm_erase {
            return column![
                head,
                container(widgets::body(
                    look,
                    look.texts
                        .get_with("coach-erase-ask", &[("name", name.into())]),
                ))
                .max_width(900),
                self.no_yes(
                    look,
                    ("coach-erase-keep", Target::EraseNo),
                    ("coach-erase-yes", Target::EraseYes),
                ),
            ]
            .spacing(size::GAP)
            .align_x(Alignment::Center)
            .into();
        }
        let language = session.prefs.language;
        let lines = overview::lessons_of(&session.store, &session.library, overview.learner.id)
            .unwrap_or_default();
        // Bars per module: how many answers, and how many of them with help; the lessons done.
        // Each lesson, day by day, is on the Sessions page.
        struct ModuleLine {
            title: String,
            lessons: usize,
            done: usize,
            answers: u32,
            wrong: u32,
            with_help: u32,
        }
        let modules: Vec<ModuleLine> = session
            .library
            .modules
            .iter()
            .map(|module| {
                let mut line = ModuleLine {
                    title: session
                        .library
                        .text(language, &format!("module-{}", module.id)),
                    lessons: module.lessons.len(),
                    done: 0,
                    answers: 0,
                    wrong: 0,
                    with_help: 0,
                };
                for lesson in lines
                    .iter()
                    .filter(|l| module.lessons.iter().any(|m| m.id == l.lesson_id))
                {
                    line.done += usize::from(lesson.done);
                    line.answers += lesson.answers;
                    line.wrong += lesson.wrong;
                    line.with_help += lesson.with_help;
                }
                line
            })
            .collect();
        let mut table = column![].spacing(2);
        if lines.is_empty() {
            table = table.push(Self::small(look, look.t("coach-never")));
        }
        let most = modules
            .iter()
            .map(|line| line.answers)
            .max()
            .unwrap_or(1)
            .max(1) as f32;
        let palette = look.palette;
        // Each profile joined into this one takes the room of three lines, and larger text
        // fewer, so nothing scrolls.
        let room: usize = if look.scale > 1.2 { 4 } else { 6 };
        let room = room.saturating_sub(3 * self.joined.len().min(2)).max(2);
        let practised: Vec<&ModuleLine> = modules.iter().filter(|line| line.answers > 0).collect();
        // When not all fit, the last line says how many more there are.
        let shown = if practised.len() > room {
            room - 1
        } else {
            room
        };
        for line in practised.iter().take(shown) {
            let done = if line.done == line.lessons {
                "✓ "
            } else {
                ""
            };
            let width = 240.0 * line.answers as f32 / most;
            let help_width = 240.0 * line.with_help as f32 / most;
            let bar = iced::widget::stack![
                container(Space::new().width(width.max(2.0)).height(16)).style(move |_| {
                    container::Style {
                        background: Some(iced::Background::Color(palette.accent)),
                        ..container::Style::default()
                    }
                }),
                container(Space::new().width(help_width).height(16)).style(move |_| {
                    container::Style {
                        background: Some(iced::Background::Color(palette.hint_border)),
                        ..container::Style::default()
                    }
                }),
            ];
            table = table.push(
                row![
                    container(Self::small(look, format!("{done}{}", line.title)))
                        .width(Length::FillPortion(3)),
                    container(bar).width(250),
                    container(Self::small(
                        look,
                        look.texts.get_with(
                            "coach-module-line",
                            &[
                                ("done", line.done.into()),
                                ("lessons", line.lessons.into()),
                                ("answers", line.answers.into()),
                                ("wrong", line.wrong.into()),
                                ("help", line.with_help.into()),
                            ],
                        ),
                    ))
                    .width(Length::FillPortion(4)),
                ]
                .spacing(size::GAP)
                .align_y(Alignment::Center),
            );
        }
        if practised.len() > shown {
            table = table.push(Self::small(
                look,
                look.texts.get_with(
                    "coach-more-modules",
                    &[("count", (practised.len() - shown).into())],
                ),
            ));
        }
        if let Some(typed) = &self.renaming {
            let field = iced::widget::text_input(&look.t("new-name-placeholder"), typed)
                .id(name_field_id())
                .on_input(Message::NameTyped)
                .on_submit(Message::Activate(Target::SaveName))
                .size(look.size(size::BODY))
                .padding(10)
                .width(look.by_scale(360.0, 460.0));
            return column![
                head,
                row![
                    widgets::focus_ring(look, self.focus.is(&Target::NameField), field),
                    widgets::action(
                        look,
                        None,
                        look.t("coach-name-save"),
                        Emphasis::Primary,
                        self.focus.is(&Target::SaveName),
                        Message::Activate(Target::SaveName),
                    ),
                    widgets::action(
                        look,
                        None,
                        look.t("coach-name-cancel"),
                        Emphasis::Secondary,
                        self.focus.is(&Target::CancelName),
                        Message::Activate(Target::CancelName),
                    ),
                ]
                .spacing(size::GAP)
                .align_y(Alignment::Center),
            ]
            .spacing(size::GAP)
            .align_x(Alignment::Center)
            .into();
        }
        column![
            head,
            self.joined_view(look),
            // Sessions sits by the bars it is about.
            row![
                Self::small(look, look.t("coach-bars")),
                widgets::action(
                    look,
                    None,
                    look.t("coach-sessions"),
                    Emphasis::Secondary,
                    self.focus.is(&Target::Sessions),
                    Message::Activate(Target::Sessions),
                ),
            ]
            .spacing(size::GAP)
            .align_y(Alignment::Center),
            table,
            row![
                widgets::action(
                    look,
                    None,
                    look.t("coach-rename"),
                    Emphasis::Secondary,
                    self.focus.is(&Target::Rename),
                    Message::Activate(Target::Rename),
                ),
                self.microphone.then(|| widgets::word_button(
                    look,
                    "microphone",
                    if self.recording.is_some() {
                        "coach-record-name-stop"
                    } else {
                        "coach-record-name"
                    },
                    if self.recording.is_some() {
                        Emphasis::Primary
                    } else {
                        Emphasis::Secondary
                    },
                    self.focus.is(&Target::RecordName),
                    Message::Activate(Target::RecordName),
                )),
                widgets::action(
                    look,
                    None,
                    look.t(if overview.left_at_ms.is_some() {
                        "coach-back"
                    } else {
                        "coach-left"
                    }),
                    Emphasis::Secondary,
                    self.focus.is(&Target::Left),
                    Message::Activate(Target::Left),
                ),
                widgets::action(
                    look,
                    None,
                    look.t("coach-erase"),
                    Emphasis::Secondary,
                    self.focus.is(&Target::Erase),
                    Message::Activate(Target::Erase),
                ),
            ]
            // Larger text: closer together, so the four keep one line each.
            .spacing(if look.scale > 1.2 {
                size::GAP
            } else {
                size::GAP * 2.0
            }),
            Self::small(look, self.recorded.map(|id| look.t(id)).unwrap_or_default()),
        ]
        .spacing(8)
        .align_x(Alignment::Center)
        .into()
    }

    fn place_label(look: &Look<'_>, place: &Place) -> String {
        let id = match place.kind {
            PlaceKind::UsbStick => "coach-place-usb",
            PlaceKind::SharedFolder => "coach-place-shared",
            PlaceKind::Documents => "coach-place-documents",
        };
        look.texts
            .get_with(id, &[("name", place.name.clone().into())])
    }

    fn save_view<'a>(
        &'a self,
        look: &Look<'_>,
        key: &crate::domain::org_key::KeySetting,
    ) -> Element<'a, Message> {
        use crate::domain::org_key::KeySetting;
        // Whether the files are locked is said plainly, before anything is saved.
        let (locked, said) = match key {
            KeySetting::Ready(_) => (true, "coach-files-locked"),
            KeySetting::NotSet => (false, "coach-files-unprotected"),
            KeySetting::Broken(_) => (false, "exchange-error-key-problem"),
        };
        let icon = if locked { "tick" } else { "help" };
        // Said before saving; once saved, the outcome takes its place (the screen never
        // scrolls, and a second USB stick must still fit).
        let mut list = column![].spacing(size::GAP).align_x(Alignment::Center);
        if self.saved.is_none() {
            list = list.push(widgets::band(
                look,
                look.icons.ui(icon),
                look.t(said),
                locked,
                None,
            ));
        }
        if let Some(saved) = &self.saved {
            let said = match saved {
                Ok(summary) => look.texts.get_with(
                    "coach-saved",
                    &[
                        ("learners", summary.learners.into()),
                        ("answers", summary.attempts.into()),
                        ("file", summary.file.display().to_string().into()),
                    ],
                ),
                Err(error) => look.texts.get_with(
                    "coach-save-failed",
                    &[("reason", look.t(error.text_id()).into())],
                ),
            };
            list = list.push(widgets::band(
                look,
                look.icons.ui(if saved.is_ok() { "tick" } else { "help" }),
                said,
                saved.is_ok(),
                None,
            ));
            // What else goes beside the saved progress: one row of buttons.
            let mut also: Vec<Element<'a, Message>> = Vec::new();
            match &self.report {
                _ if self.saved_in.is_none() => {}
                None => {
                    also.push(widgets::action(
                        look,
                        None,
                        look.t("coach-save-report"),
                        Emphasis::Primary,
                        self.focus.is(&Target::SaveReport),
                        Message::Activate(Target::SaveReport),
                    ));
                }
                Some(Ok(file)) => {
                    list = list.push(widgets::body(
                        look,
                        look.texts.get_with(
                            if self.report_options.without_names {
                                "coach-report-saved-no-names"
                            } else {
                                "coach-report-saved"
                            },
                            &[("file", file.display().to_string().into())],
                        ),
                    ));
                }
                Some(Err(reason)) => {
                    list = list.push(widgets::body(
                        look,
                        look.texts
                            .get_with("coach-save-failed", &[("reason", reason.clone().into())]),
                    ));
                }
            }
            match &self.certificates {
                _ if self.saved_in.is_none() => {}
                None => {
                    also.push(widgets::action(
                        look,
                        None,
                        look.t("coach-save-certificates"),
                        Emphasis::Secondary,
                        self.focus.is(&Target::SaveCertificates),
                        Message::Activate(Target::SaveCertificates),
                    ));
                }
                Some(Ok((file, count))) => {
                    list = list.push(widgets::body(
                        look,
                        look.texts.get_with(
                            "coach-certificates-saved",
                            &[
                                ("count", (*count).into()),
                                ("file", file.display().to_string().into()),
                            ],
                        ),
                    ));
                }
                Some(Err(reason)) => {
                    list = list.push(widgets::body(
                        look,
                        look.texts
                            .get_with("coach-save-failed", &[("reason", reason.clone().into())]),
                    ));
                }
            }
            match &self.roster {
                _ if self.saved_in.is_none() => {}
                None => {
                    also.push(widgets::action(
                        look,
                        None,
                        look.t("coach-save-roster"),
                        Emphasis::Secondary,
                        self.focus.is(&Target::SaveRoster),
                        Message::Activate(Target::SaveRoster),
                    ));
                }
                Some(Ok(file)) => {
                    list = list.push(widgets::body(
                        look,
                        look.texts.get_with(
                            "coach-roster-saved",
                            &[("file", file.display().to_string().into())],
                        ),
                    ));
                }
                Some(Err(reason)) => {
                    list = list.push(widgets::body(
                        look,
                        look.texts
                            .get_with("coach-save-failed", &[("reason", look.t(reason).into())]),
                    ));
                }
            }
            if self.choosing_report && self.saved_in.is_some() && self.report.is_none() {
                list = list.push(self.report_options_view(look));
            } else if !also.is_empty() {
                let mut buttons = row![widgets::body(look, look.t("coach-also-save"))]
                    .spacing(size::GAP)
                    .align_y(Alignment::Center);
                for button in also {
                    buttons = buttons.push(button);
                }
                list = list.push(buttons);
            }
        }
        if self.places.is_empty() {
            return list
                .push(widgets::body(look, look.t("coach-no-places")))
                .into();
        }
        for (index, place) in self.places.iter().enumerate() {
            list = list.push(widgets::action(
                look,
                None,
                Self::place_label(look, place),
                Emphasis::Secondary,
                self.focus.is(&Target::SaveTo(index)),
                Message::Activate(Target::SaveTo(index)),
            ));
        }
        list.into()
    }

    fn add_view<'a>(&'a self, look: &Look<'_>) -> Element<'a, Message> {
        let mut list = column![].spacing(8).align_x(Alignment::Center);
        // Where an erasure has not arrived yet: the coach brings the files round.
        let day = crate::domain::local_day;
        for status in self.erasures_waiting.iter().take(2) {
            let pcs: Vec<String> = status
                .waiting
                .iter()
                .map(|(name, seen)| {
                    look.texts.get_with(
                        "coach-erasure-pc",
                        &[("name", name.clone().into()), ("date", day(*seen).into())],
                    )
                })
                .collect();
            list = list.push(Self::small(
                look,
                look.texts.get_with(
                    "coach-erasure-waiting",
                    &[
                        ("date", day(status.erased_at_ms).into()),
                        ("pcs", pcs.join(", ").into()),
                    ],
                ),
            ));
        }
        for (file, added) in &self.added {
            list = list.push(Self::report(look, file, added));
        }
        // After adding, the report stands alone; the tab shows the files again.
        if !self.added.is_empty() {
            return list.into();
        }
        if self.files.is_empty() {
            return list
                .push(widgets::body(look, look.t("coach-no-files")))
                .into();
        }
        if self.files.iter().any(|file| self.on_usb_stick(file)) {
            let said = if self.remove_after {
                "coach-remove-after-on"
            } else {
                "coach-remove-after-off"
            };
            list = list.push(widgets::action(
                look,
                None,
                look.t(said),
                Emphasis::Secondary,
                self.focus.is(&Target::RemoveAfter),
                Message::Activate(Target::RemoveAfter),
            ));
        }
        list = list.push(widgets::action(
            look,
            None,
            look.texts
                .get_with("coach-add-all", &[("count", self.files.len().into())]),
            Emphasis::Primary,
            self.focus.is(&Target::AddAll),
            Message::Activate(Target::AddAll),
        ));
        for (index, file) in self.files.iter().enumerate().take(6) {
            let name = file
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            list = list.push(widgets::action(
                look,
                None,
                name,
                Emphasis::Secondary,
                self.focus.is(&Target::AddFile(index)),
                Message::Activate(Target::AddFile(index)),
            ));
        }
        list.into()
    }

    fn report<'a>(look: &Look<'_>, file: &str, added: &Added) -> Element<'a, Message> {
        let mut lines = column![].spacing(2);
        match added {
            Added::Done(report, removed) => {
                let from = report
                    .header
                    .as_ref()
                    .map(|header| header.workstation_name.clone())
                    .unwrap_or_default();
                lines = lines.push(widgets::body(
                    look,
                    look.texts.get_with(
                        "coach-report-file",
                        &[("file", file.into()), ("from", from.into())],
                    ),
                ));
                for count in report.learners.values() {
                    let id = if count.erased {
                        "coach-report-erased"
                    } else if count.new_learner {
                        "coach-report-new-learner"
                    } else {
                        "coach-report-learner"
                    };
                    lines = lines.push(Self::small(
                        look,
                        look.texts.get_with(
                            id,
                            &[
                                ("name", count.name.clone().into()),
                                ("new", count.new_attempts.into()),
                                ("known", count.known_attempts.into()),
                            ],
                        ),
                    ));
                }
                if let Some(off) = report.clock_off_ms {
                    lines = lines.push(Self::small(
                        look,
                        look.texts.get_with(
                            "coach-report-clock",
                            &[("days", (off.abs() / 86_400_000).into())],
                        ),
                    ));
                }
                for (new, _) in &report.possible_duplicates {
                    let name = report
                        .learners
                        .get(new)
                        .map(|count| count.name.clone())
                        .unwrap_or_default();
                    lines = lines.push(Self::small(
                        look,
                        look.texts
                            .get_with("coach-report-duplicate", &[("name", name.into())]),
                    ));
                }
                if report.same_workstation_id {
                    lines = lines.push(Self::small(look, look.t("coach-report-clone")));
                }
                if report.coach_changes > 0 {
                    lines = lines.push(Self::small(
                        look,
                        look.texts.get_with(
                            "coach-report-coaches",
                            &[("count", report.coach_changes.into())],
                        ),
                    ));
                }
                if report.coaches_refused > 0 {
                    lines = lines.push(Self::small(look, look.t("coach-report-coaches-refused")));
                }
                if *removed {
                    lines = lines.push(Self::small(look, look.t("coach-report-removed")));
                }
            }
            Added::Refused(error) => {
                lines = lines.push(widgets::body(
                    look,
                    look.texts.get_with(
                        "coach-report-refused",
                        &[
                            ("file", file.into()),
                            ("reason", look.t(error.text_id()).into()),
                        ],
                    ),
                ));
            }
        }
        let palette = look.palette;
        container(lines)
            .padding([6, 12])
            .width(Length::Fill)
            .style(move |_| container::Style {
                border: iced::Border {
                    color: palette.border,
                    width: 1.0,
                    radius: 8.0.into(),
                },
                ..container::Style::default()
            })
            .into()
    }

    /// The rename field changed (typing goes straight to the field, not through the guard).
    pub fn name_typed(&mut self, name: String) {
        if self.renaming.is_some() {
            self.renaming = Some(name.chars().filter(|c| !c.is_control()).take(40).collect());
            self.focus = Focus::on(Target::NameField);
        }
    }

    /// Is this file on a USB stick (not in the shared folder or on this PC)?
    fn on_usb_stick(&self, file: &std::path::Path) -> bool {
        self.places
            .iter()
            .any(|place| place.kind == PlaceKind::UsbStick && file.starts_with(&place.path))
    }

    fn import(&mut self, files: Vec<std::path::PathBuf>, session: &mut Session) -> Action {
        self.added.clear();
        for file in files {
            let name = file
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            let imported = match session.installation.org_key.for_files() {
                Ok(key) => exchange::import(&mut session.store, &file, key),
                Err(problem) => Err(exchange::ExchangeError::KeyProblem(problem.to_string())),
            };
            let added = match imported {
                Ok(report) => {
                    log::info!(
                        "imported a progress file: {} new answers, {} known",
                        report.new_attempts(),
                        report.known_attempts()
                    );
                    audit(
                        session,
                        "progress added",
                        &format!(
                            "{}: {} new answers, {} known",
                            crate::domain::store::logged_name(&file),
                            report.new_attempts(),
                            report.known_attempts()
                        ),
                    );
                    // Never this PC's own file (the merged progress the coach brings round).
                    let own = report
                        .header
                        .as_ref()
                        .is_some_and(|header| header.workstation == session.store.workstation());
                    let removed = self.remove_after
                        && !own
                        && self.on_usb_stick(&file)
                        && match std::fs::remove_file(&file) {
                            Ok(()) => true,
                            Err(error) => {
                                log::warn!("a progress file was kept on the stick: {error}");
                                false
                            }
                        };
                    Added::Done(Box::new(report), removed)
                }
                Err(error) => {
                    log::warn!("a progress file was refused: {error}");
                    audit(
                        session,
                        "progress refused",
                        &format!(
                            "{}: {}",
                            crate::domain::store::logged_name(&file),
                            error.text_id()
                        ),
                    );
                    Added::Refused(error)
                }
            };
            self.added.push((name, added));
        }
        match self.refresh(session) {
            Ok(()) => Action::None,
            Err(error) => Action::Failed(error),
        }
    }
}

/// A line in the coach log; a log that cannot be written is noted, never in the coach's way.
fn audit(session: &Session, action: &str, detail: &str) {
    session
        .store
        .log_coach_action(&session.coach_who(), action, detail);
}

impl Screen for State {
    type Target = Target;

    fn targets(&self, session: &Session) -> Vec<Vec<Target>> {
        let mut groups = vec![
            if session.installation.kiosk {
                vec![Target::Lock, Target::CloseApp]
            } else {
                vec![Target::Lock]
            },
            vec![
                Target::Show(View::Learners),
                Target::Show(View::Lessons),
                Target::Show(View::Save),
                Target::Show(View::Add),
                Target::Show(View::Backups),
            ],
        ];
        if let Some(people) = self.people_targets() {
            groups.extend(people);
            return groups;
        }
        match self.view {
            View::Learners => {
                groups.extend(self.pager.on_page().map(|i| vec![Target::Learner(i)]));
                if self.pager.pages() > 1 {
                    groups.push(vec![Target::Before, Target::More]);
                }
            }
            View::Learner(_) if self.confirm_erase => {
                return vec![vec![Target::EraseNo, Target::EraseYes]];
            }
            View::Learner(_) if self.renaming.is_some() => {
                return vec![vec![
                    Target::NameField,
                    Target::SaveName,
                    Target::CancelName,
                ]];
            }
            View::Keeps(_) => groups.extend(self.keeps_targets()),
            View::Learner(_) if self.microphone => groups.extend([
                vec![Target::ChangePicture, Target::JoinWith, Target::WhatWeKeep],
                (0..self.joined.len().min(2)).map(Target::Unjoin).collect(),
                vec![Target::Sessions],
                vec![
                    Target::Rename,
                    Target::RecordName,
                    Target::Left,
                    Target::Erase,
                ],
            ]),
            View::Learner(_) => groups.extend([
                vec![Target::ChangePicture, Target::JoinWith, Target::WhatWeKeep],
                (0..self.joined.len().min(2)).map(Target::Unjoin).collect(),
                vec![Target::Sessions],
                vec![Target::Rename, Target::Left, Target::Erase],
            ]),
            View::Lessons => {
                groups.extend(self.lesson_pager.on_page().map(|i| vec![Target::Lesson(i)]));
                if self.lesson_pager.pages() > 1 {
                    groups.push(vec![Target::Before, Target::More]);
                }
            }
            View::Lesson(_) => groups.push(vec![Target::Before, Target::More]),
            View::Picture(_) => {
                groups.extend(
                    self.picture_pager
                        .rows_on_page()
                        .into_iter()
                        .map(|row| row.into_iter().map(Target::NewPicture).collect()),
                );
                groups.push(Self::bottom_targets(
                    &self.picture_pager,
                    Target::CancelPicture,
                ));
            }
            View::Save => {
                if self.choosing_report && self.saved_in.is_some() && self.report.is_none() {
                    groups.push(vec![
                        Target::ReportPeriod,
                        Target::ReportPc,
                        Target::ReportNames,
                        Target::SaveReportNow,
                    ]);
                } else if self.saved_in.is_some() {
                    let mut also = Vec::new();
                    if self.report.is_none() {
                        also.push(Target::SaveReport);
                    }
                    if self.certificates.is_none() {
                        also.push(Target::SaveCertificates);
                    }
                    if self.roster.is_none() {
                        also.push(Target::SaveRoster);
                    }
                    if !also.is_empty() {
                        groups.push(also);
                    }
                }
                groups.extend((0..self.places.len()).map(|i| vec![Target::SaveTo(i)]));
            }
            View::Add if !self.files.is_empty() && self.added.is_empty() => {
                if self.files.iter().any(|file| self.on_usb_stick(file)) {
                    groups.push(vec![Target::RemoveAfter]);
                }
                groups.push(vec![Target::AddAll]);
                groups.extend((0..self.files.len().min(6)).map(|i| vec![Target::AddFile(i)]));
            }
            View::Add => {}
            View::Backups if self.confirm_restore.is_some() => {
                return vec![vec![Target::RestoreNo, Target::RestoreYes]];
            }
            View::Backups => groups.extend(
                (0..self.backups.len().min(BACKUPS_SHOWN)).map(|i| vec![Target::Backup(i)]),
            ),
            // Listed by people_targets above.
            View::Same(_) | View::Sessions(_) | View::MoveTo(..) => {}
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
        (*target == Target::NameField).then(name_field_id)
    }

    fn activate(&mut self, target: Target, session: &mut Session) -> Action {
        match (target, self.view) {
            (Target::WhatWeKeep, View::Learner(index)) => {
                if let Some(action) = self.open_keeps(session, index) {
                    return action;
                }
            }
            (Target::KeepsIntro, View::Keeps(_)) => return Action::Say(Self::keeps_intro()),
            (Target::KeepsLine(line), View::Keeps(_)) => {
                return self.keeps_said(line).map_or(Action::None, Action::Say);
            }
            (Target::BackToLearner, View::Keeps(index)) => {
                self.view = View::Learner(index);
                self.keeps = None;
                self.focus = Focus::on(Target::WhatWeKeep);
                return Action::None;
            }
            _ => {}
        }
        if let Some(action) = self.activate_people(target, session) {
            return action;
        }
        match target {
            Target::Lock => {
                log::info!("coach area locked");
                audit(session, "coach area locked", "");
                session.coach = None;
                return Action::Go(Next::SignIn);
            }
            Target::CloseApp => {
                log::info!("the coach closed Stepwise");
                return Action::Exit;
            }
            Target::Show(view) => {
                self.view = view;
                self.confirm_erase = false;
                self.renaming = None;
                self.confirm_restore = None;
                self.restored = None;
                self.picked = None;
                self.recording = None;
                self.recorded = None;
                self.saved_in = None;
                self.report = None;
                self.choosing_report = false;
                self.roster = None;
                self.certificates = None;
                self.saved = None;
                self.added.clear();
                self.refresh_places(session);
            }
            Target::Learner(index) if index < self.learners.len() => {
                self.view = View::Learner(index);
                self.load_joined(session, index);
                self.microphone = session.microphone.present();
                self.recording = None;
                self.recorded = None;
                self.focus = Focus::on(Target::Show(View::Learners));
            }
            Target::Learner(_) => {}
            Target::Lesson(index) if index < self.lessons.len() => {
                self.view = View::Lesson(index);
                let parts = crate::domain::lesson::COACH_NOTES.len();
                self.note_pager = Pager::new(1 + parts.div_ceil(self.notes_per_page()));
                self.note_pager.fit(1, 1);
                self.focus = Focus::on(Target::More);
            }
            Target::Lesson(_) => {}
            Target::Rename => {
                if let View::Learner(index) = self.view
                    && let Some(overview) = self.learners.get(index)
                {
                    self.renaming = Some(overview.learner.display_name.clone());
                    self.focus = Focus::on(Target::NameField);
                    return Action::FocusField(Some(name_field_id()));
                }
            }
            Target::NameField => return Action::FocusField(Some(name_field_id())),
            Target::CancelName => {
                self.renaming = None;
                self.focus = Focus::on(Target::Rename);
                return Action::FocusField(None);
            }
            Target::SaveName => {
                if let (View::Learner(index), Some(name)) = (self.view, self.renaming.take())
                    && let Some(overview) = self.learners.get(index)
                {
                    if let Err(error) = session.store.rename_learner(overview.learner.id, &name) {
                        return Action::Failed(error);
                    }
                    log::info!("learner {} renamed by the coach", overview.learner.id);
                    audit(session, "learner renamed", &overview.learner.id.to_string());
                    if let Err(error) = self.refresh(session) {
                        return Action::Failed(error);
                    }
                }
                self.focus = Focus::on(Target::Rename);
                return Action::FocusField(None);
            }
            Target::ChangePicture => {
                if let View::Learner(index) = self.view {
                    // A profile joined into another keeps its picture (an undo brings it back).
                    let taken: std::collections::BTreeSet<_> =
                        match session.store.learners_with_joined() {
                            Ok(all) => all.into_iter().map(|learner| learner.picture).collect(),
                            Err(error) => return Action::Failed(error),
                        };
                    self.free_pictures = crate::domain::avatar::free_pictures(&taken);
                    self.picture_pager = Pager::new(self.free_pictures.len());
                    self.picture_pager.fit(7, 2);
                    self.view = View::Picture(index);
                    self.focus = Focus::on(Target::NewPicture(0));
                }
            }
            Target::CancelPicture => {
                if let View::Picture(index) = self.view {
                    self.view = View::Learner(index);
                    self.focus = Focus::on(Target::ChangePicture);
                }
            }
            Target::NewPicture(choice) => {
                if let View::Picture(index) = self.view
                    && let (Some(overview), Some(picture)) =
                        (self.learners.get(index), self.free_pictures.get(choice))
                {
                    let id = overview.learner.id;
                    if let Err(error) = session.store.set_picture(id, picture) {
                        return Action::Failed(error);
                    }
                    log::info!("learner {id} got another picture");
                    audit(session, "learner's picture changed", &id.to_string());
                    self.view = View::Learner(index);
                    self.focus = Focus::on(Target::ChangePicture);
                    if let Err(error) = self.refresh(session) {
                        return Action::Failed(error);
                    }
                }
            }
            Target::Left => {
                if let View::Learner(index) = self.view
                    && let Some(overview) = self.learners.get(index)
                {
                    let id = overview.learner.id;
                    let left = overview.left_at_ms.is_none();
                    if let Err(error) = session.store.set_left(id, left) {
                        return Action::Failed(error);
                    }
                    let action = if left { "learner left" } else { "learner back" };
                    log::info!("{action}: {id}");
                    audit(session, action, &id.to_string());
                    if let Err(error) = self.refresh(session) {
                        return Action::Failed(error);
                    }
                }
            }
            Target::Erase => {
                self.confirm_erase = true;
                // The safe answer first.
                self.focus = Focus::on(Target::EraseNo);
            }
            Target::EraseNo => {
                self.confirm_erase = false;
                self.focus = Focus::on(Target::Erase);
            }
            Target::EraseYes => {
                self.confirm_erase = false;
                if let View::Learner(index) = self.view
                    && let Some(overview) = self.learners.get(index)
                {
                    if let Err(error) = session.store.erase_learner(overview.learner.id) {
                        return Action::Failed(error);
                    }
                    log::info!("learner {} erased by the coach", overview.learner.id);
                    audit(session, "learner erased", &overview.learner.id.to_string());
                }
                self.view = View::Learners;
                self.focus = Focus::on(Target::Show(View::Learners));
                if let Err(error) = self.refresh(session) {
                    return Action::Failed(error);
                }
            }
            Target::Before if self.view == View::Lessons => self.lesson_pager.before(),
            Target::More if self.view == View::Lessons => self.lesson_pager.more(),
            Target::Before if matches!(self.view, View::Picture(_)) => self.picture_pager.before(),
            Target::More if matches!(self.view, View::Picture(_)) => self.picture_pager.more(),
            Target::Before if matches!(self.view, View::Lesson(_)) => self.note_pager.before(),
            Target::More if matches!(self.view, View::Lesson(_)) => self.note_pager.more(),
            Target::Before if self.people_pager_mut().is_some() => {
                self.people_pager_mut().map(Pager::before);
            }
            Target::More if self.people_pager_mut().is_some() => {
                self.people_pager_mut().map(Pager::more);
            }
            Target::Before => self.pager.before(),
            Target::More => self.pager.more(),
            Target::SaveTo(index) => {
                let Some(place) = self.places.get(index) else {
                    return Action::None;
                };
                let name = &session.installation.workstation_name;
                let file = place.path.join(exchange::default_file_name(
                    name,
                    session.store.workstation(),
                ));
                let saved = match session.installation.org_key.for_files() {
                    Ok(key) => exchange::export(&session.store, &file, name, None, key),
                    Err(problem) => Err(exchange::ExchangeError::KeyProblem(problem.to_string())),
                };
                let locked = if matches!(
                    session.installation.org_key,
                    crate::domain::org_key::KeySetting::Ready(_)
                ) {
                    "locked"
                } else {
                    "NOT locked"
                };
                match &saved {
                    Ok(summary) => {
                        log::info!("progress saved: {} answers", summary.attempts);
                        audit(
                            session,
                            "progress saved",
                            &format!(
                                "{}: {} learners, {} answers, {locked}",
                                crate::domain::store::logged_name(&file),
                                summary.learners,
                                summary.attempts
                            ),
                        );
                    }
                    Err(error) => log::warn!("progress not saved: {error}"),
                }
                self.saved_in = saved.is_ok().then(|| place.path.clone());
                self.saved = Some(saved);
                self.report = None;
                self.choosing_report = false;
                self.roster = None;
                self.certificates = None;
                self.focus = Focus::on(Target::SaveReport);
            }
            Target::SaveCertificates => {
                let Some(folder) = self.saved_in.clone() else {
                    return Action::None;
                };
                let file = folder.join(format!(
                    "stepwise-certificates-{}.html",
                    chrono::Local::now().format("%Y-%m-%d")
                ));
                let language = session.prefs.language;
                let texts = crate::domain::i18n::Texts::load(language);
                let written =
                    crate::domain::certificate::issue_all(&session.store, &session.library)
                        .map_err(crate::domain::report::ReportError::from)
                        .and_then(|register| {
                            crate::domain::certificate::write_html(
                                &register,
                                &session.library,
                                &file,
                                &texts,
                                language,
                                &session.installation.organisation_name,
                            )
                        });
                self.certificates = Some(match written {
                    Ok(count) => {
                        audit(
                            session,
                            "certificates saved",
                            &crate::domain::store::logged_name(&file),
                        );
                        Ok((file, count))
                    }
                    Err(error) => {
                        log::warn!("certificates not saved: {error}");
                        Err(error.to_string())
                    }
                });
            }
            Target::SaveRoster => {
                let Some(folder) = self.saved_in.clone() else {
                    return Action::None;
                };
                let file = folder.join(exchange::roster_file_name());
                let name = &session.installation.workstation_name;
                let saved = match session.installation.org_key.for_files() {
                    Ok(key) => exchange::export_roster(&session.store, &file, name, key),
                    Err(problem) => Err(exchange::ExchangeError::KeyProblem(problem.to_string())),
                };
                self.roster = Some(match saved {
                    Ok(summary) => {
                        log::info!("roster saved: {} learners", summary.learners);
                        audit(
                            session,
                            "roster saved",
                            &crate::domain::store::logged_name(&summary.file),
                        );
                        Ok(summary.file)
                    }
                    Err(error) => {
                        log::warn!("roster not saved: {error}");
                        Err(error.text_id().to_string())
                    }
                });
            }
            Target::SaveReport => {
                self.choosing_report = true;
                self.focus = Focus::on(Target::SaveReportNow);
            }
            Target::SaveReportNow => {
                self.choosing_report = false;
                // On to what is left to save beside it.
                self.focus = Focus::on(if self.certificates.is_none() {
                    Target::SaveCertificates
                } else if self.roster.is_none() {
                    Target::SaveRoster
                } else {
                    Target::SaveTo(0)
                });
                let Some(folder) = self.saved_in.clone() else {
                    return Action::None;
                };
                let stem = folder.join(format!(
                    "stepwise-report-{}",
                    chrono::Local::now().format("%Y-%m-%d")
                ));
                let language = session.prefs.language;
                let texts = crate::domain::i18n::Texts::load(language);
                let filter = self.report_options.filter();
                let mut html = stem.as_os_str().to_owned();
                html.push(".html");
                let html = std::path::PathBuf::from(html);
                let written = crate::domain::report::write_html(
                    &session.store,
                    &session.library,
                    &html,
                    &filter,
                    &texts,
                    language,
                )
                .and_then(|_| {
                    crate::domain::report::write_csv(
                        &session.store,
                        &session.library,
                        &stem,
                        &filter,
                    )
                });
                self.report = Some(match written {
                    Ok(_) => {
                        log::info!("report saved");
                        audit(
                            session,
                            "report saved",
                            &format!(
                                "{}{}",
                                crate::domain::store::logged_name(&html),
                                if filter.without_names {
                                    ", without names"
                                } else {
                                    ""
                                }
                            ),
                        );
                        Ok(html)
                    }
                    Err(error) => {
                        log::warn!("report not saved: {error}");
                        Err(error.to_string())
                    }
                });
            }
            Target::AddFile(index) => {
                if let Some(file) = self.files.get(index).cloned() {
                    return self.import(vec![file], session);
                }
            }
            Target::ReportPeriod | Target::ReportPc | Target::ReportNames => {
                self.change_report_option(target);
            }
            Target::AddAll => return self.import(self.files.clone(), session),
            Target::RemoveAfter => self.remove_after = !self.remove_after,
            Target::RecordName => {
                let View::Learner(index) = self.view else {
                    return Action::None;
                };
                let Some(learner) = self.learners.get(index).map(|o| o.learner.id) else {
                    return Action::None;
                };
                match self.recording.take() {
                    None => match session.microphone.start() {
                        Ok(recording) => {
                            self.recording = Some(recording);
                            self.recorded = Some("coach-record-name-now");
                        }
                        Err(error) => {
                            log::warn!("the microphone did not start: {error}");
                            self.recorded = Some("coach-record-name-nothing");
                        }
                    },
                    Some(recording) => match recording.finish() {
                        Ok(clip) => {
                            if let Err(error) = session.store.set_name_clip(learner, &clip) {
                                return Action::Failed(error);
                            }
                            log::info!("a name clip was recorded for learner {learner}");
                            audit(session, "name clip recorded", &learner.to_string());
                            self.recorded = Some("coach-record-name-kept");
                            // Heard back at once, so a bad take is noticed.
                            return Action::Say(super::Said::Name(learner));
                        }
                        Err(error) => {
                            log::info!("a name clip was not kept: {error}");
                            self.recorded = Some("coach-record-name-nothing");
                        }
                    },
                }
            }
            Target::Backup(index) if index < self.backups.len() => {
                self.confirm_restore = Some(index);
                // The safe answer first.
                self.focus = Focus::on(Target::RestoreNo);
            }
            Target::Backup(_) => {}
            Target::RestoreNo => {
                self.focus = Focus::on(Target::Backup(self.confirm_restore.unwrap_or(0)));
                self.confirm_restore = None;
            }
            Target::RestoreYes => {
                let Some(backup) = self
                    .confirm_restore
                    .take()
                    .and_then(|index| self.backups.get(index).cloned())
                else {
                    return Action::None;
                };
                let when = Self::backup_time(&backup);
                let restored = session.store.restore_from(&backup.path);
                self.restored = Some(match &restored {
                    Ok(_) => {
                        log::info!("the coach put back a backup: {}", backup.path.display());
                        audit(
                            session,
                            "backup put back",
                            &crate::domain::store::logged_name(&backup.path),
                        );
                        Ok(when)
                    }
                    Err(error) => {
                        log::warn!("a backup was not put back: {error}");
                        Err(error.to_string())
                    }
                });
                self.focus = Focus::on(Target::Show(View::Backups));
                if let Err(error) = self.refresh(session) {
                    return Action::Failed(error);
                }
                if restored.is_ok() {
                    return Action::Restored;
                }
            }
            // Handled by activate_people, on the pages they belong to.
            Target::JoinWith
            | Target::Sessions
            | Target::Other(_)
            | Target::KeepThis
            | Target::KeepOther
            | Target::MoveYes
            | Target::PickNo
            | Target::BackToLearner
            | Target::Unjoin(_)
            | Target::MoveSession(_)
            | Target::UndoMove
            | Target::WhatWeKeep
            | Target::KeepsLine(_)
            | Target::KeepsIntro => {}
        }
        Action::None
    }
}
