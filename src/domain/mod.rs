//! Everything Stepwise knows and keeps, without any user interface.
//!
//! Nothing under `domain` may depend on iced (a test checks this), so it can be used by the
//! command line, tested without a window, and reused by later front ends.

pub mod avatar;
pub mod certificate;
pub mod coach;
pub mod config;
pub mod credits;
pub mod demo;
pub mod exchange;
pub mod files;
pub mod i18n;
pub mod keeps;
pub mod keyboard;
pub mod lesson;
pub mod lesson_run;
pub mod narration;
pub mod org_key;
pub mod overview;
pub mod paths;
pub mod report;
pub mod store;
pub mod xapi;

/// A moment (UTC milliseconds) as the day it was on this PC, `2026-05-12`; empty if out of range.
pub fn local_day(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|utc| {
            utc.with_timezone(&chrono::Local)
                .format("%Y-%m-%d")
                .to_string()
        })
        .unwrap_or_default()
}
