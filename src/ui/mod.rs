//! The user interface, in iced. The only part of Stepwise that knows iced exists.

pub mod app;
pub mod assets;
pub mod focus;
pub mod input_guard;
pub mod pager;
pub mod prefs;
pub mod screen;
pub mod theme;
pub mod widgets;

use std::process::ExitCode;
use std::sync::Arc;

use crate::domain::paths::ResolvedPaths;
pub use app::{App, Message};

/// Starts the window. Returns when the learner closes it.
pub fn run(paths: ResolvedPaths) -> ExitCode {
    run_with(paths, None)
}

/// Starts the window; with `try_lesson` (a lesson id and a step index) a throwaway learner
/// is signed in and that lesson opens at that step, for a content author.
pub fn run_with(paths: ResolvedPaths, try_lesson: Option<(String, usize)>) -> ExitCode {
    crate::logging::init(&paths.data_dir);
    for problem in &paths.config.problems {
        log::warn!("config: {problem}");
    }
    if let Some(reason) = crate::domain::paths::unsafe_location(&paths.data_dir) {
        log::warn!("the data folder is not safe: {reason} (see stepwise doctor)");
    }
    log::info!(
        "data folder {} ({})",
        paths.data_dir.display(),
        paths.source
    );
    let kiosk = paths.config.config.kiosk.unwrap_or(false);
    let boot = move || {
        let mut app = App::new(
            &paths.data_dir,
            &paths.config.config,
            Arc::new(std::time::Instant::now),
        );
        if let Some((lesson, step)) = &try_lesson {
            app.try_lesson(lesson, *step);
        }
        app.set_narrator(crate::sound::Narrator::start());
        app.set_microphone(crate::microphone::Microphone::System);
        app
    };
    let mut application = iced::application(boot, App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .window(iced::window::Settings {
            size: app::DEFAULT_WINDOW,
            min_size: Some(iced::Size::new(800.0, 600.0)),
            // Kiosk: the whole screen, no frame, and the frame's close asks the coach area.
            fullscreen: kiosk,
            decorations: !kiosk,
            exit_on_close_request: !kiosk,
            ..iced::window::Settings::default()
        })
        .default_font(assets::REGULAR);
    for font in assets::FONTS {
        application = application.font(font);
    }
    match application.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            log::error!("the window could not be opened: {error}");
            eprintln!("Stepwise could not open its window: {error}");
            ExitCode::FAILURE
        }
    }
}
