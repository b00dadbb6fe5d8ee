//! What the coach area's report covers, chosen before saving it: the period (funders ask per
//! quarter), one PC or all, and with names or without (ids only, for anyone who needs the
//! numbers but not who).

use iced::Element;
use iced::widget::row;

use super::{Message, State, Target};
use crate::domain::report::{Filter, Period};
use crate::ui::screen::Session;
use crate::ui::theme::size;
use crate::ui::widgets::{self, Emphasis, Look};

/// The report's choices; the defaults are everything, with names.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    pub without_names: bool,
    pub period: Period,
    /// 0: every PC; else the PC at `pcs[pc - 1]`.
    pub pc: usize,
    /// This PC (its name from the config) and the PCs whose files were added here.
    pub pcs: Vec<(uuid::Uuid, String)>,
}

impl ReportOptions {
    /// Which PCs can be chosen: read again whenever the Save tab opens.
    pub fn read_pcs(&mut self, session: &Session) {
        let mut pcs = vec![(
            session.store.workstation(),
            session.installation.workstation_name.clone(),
        )];
        pcs.extend(session.store.other_workstations().unwrap_or_else(|error| {
            log::warn!("the PCs for the report cannot be read: {error}");
            Vec::new()
        }));
        self.pcs = pcs;
        if self.pc > self.pcs.len() {
            self.pc = 0;
        }
    }

    /// The filter for the report, for today in this PC's time zone.
    pub fn filter(&self) -> Filter {
        let (from_ms, to_ms) = self.period.range(chrono::Local::now().date_naive());
        Filter {
            from_ms,
            to_ms,
            learner: None,
            workstation: self
                .pc
                .checked_sub(1)
                .and_then(|at| self.pcs.get(at))
                .map(|pc| pc.0),
            without_names: self.without_names,
        }
    }

    fn period_label(&self, look: &Look<'_>) -> String {
        look.t(match self.period {
            Period::All => "coach-period-all",
            Period::ThisQuarter => "coach-period-this-quarter",
            Period::LastQuarter => "coach-period-last-quarter",
            Period::LastYear => "coach-period-year",
        })
    }

    fn pc_label(&self, look: &Look<'_>) -> String {
        match self.pc.checked_sub(1).and_then(|at| self.pcs.get(at)) {
            None => look.t("coach-pc-all"),
            Some((_, name)) => look
                .texts
                .get_with("coach-pc-one", &[("name", name.clone().into())]),
        }
    }
}

impl State {
    /// "The report: [All time] [All PCs] [With names] [Save it]": each choice goes round.
    pub(super) fn report_options_view<'a>(&'a self, look: &Look<'_>) -> Element<'a, Message> {
        let options = &self.report_options;
        let button = |label: String, target: Target| {
            widgets::action(
                look,
                None,
                label,
                Emphasis::Secondary,
                self.focus.is(&target),
                Message::Activate(target),
            )
        };
        row![
            widgets::body(look, look.t("coach-report-options")),
            button(options.period_label(look), Target::ReportPeriod),
            button(options.pc_label(look), Target::ReportPc),
            button(
                look.t(if options.without_names {
                    "coach-report-no-names"
                } else {
                    "coach-report-names"
                }),
                Target::ReportNames,
            ),
            widgets::action(
                look,
                None,
                look.t("coach-report-save"),
                Emphasis::Primary,
                self.focus.is(&Target::SaveReportNow),
                Message::Activate(Target::SaveReportNow),
            ),
        ]
        .spacing(size::GAP)
        .align_y(iced::Alignment::Center)
        .into()
    }

    pub(super) fn change_report_option(&mut self, target: Target) {
        let options = &mut self.report_options;
        match target {
            Target::ReportPeriod => options.period = options.period.next(),
            Target::ReportPc => options.pc = (options.pc + 1) % (options.pcs.len() + 1),
            Target::ReportNames => options.without_names = !options.without_names,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_follows_the_choices() {
        let this = uuid::Uuid::new_v4();
        let other = uuid::Uuid::new_v4();
        let mut options = ReportOptions {
            pcs: vec![(this, "Kitchen".into()), (other, "Office".into())],
            ..ReportOptions::default()
        };
        assert_eq!(options.filter(), Filter::default());
        options.pc = 2;
        options.without_names = true;
        options.period = Period::LastQuarter;
        let filter = options.filter();
        assert_eq!(filter.workstation, Some(other));
        assert!(filter.without_names);
        assert!(filter.from_ms.is_some() && filter.to_ms > filter.from_ms);
    }
}
