//! Stepwise: an offline-first desktop app in which workers with support needs practise
//! digital skills, one small step at a time. See ARCHITECTURE.md for the map.

pub mod cli;
pub mod domain;
pub mod logging;
pub mod microphone;
pub mod sound;
pub mod ui;

/// When the process started (set first thing in `main`), for the in-app start-up measure
/// (`STEPWISE_FIRST_FRAME=1`).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
