//! The `stepwise` executable: parses the command line and starts the app or a tool.

use std::process::ExitCode;

use clap::Parser;
use stepwise::cli::{Cli, Command, LessonsCommand};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let paths = cli.paths();
    match cli.command {
        Some(Command::Doctor) => match stepwise::cli::doctor(&paths, &mut std::io::stdout()) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) | Err(_) => ExitCode::FAILURE,
        },
        Some(Command::Export {
            out, xapi: true, ..
        }) => match stepwise::cli::export_xapi(&paths, out.as_deref(), &mut std::io::stdout()) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) | Err(_) => ExitCode::FAILURE,
        },
        Some(Command::Export { out, learner, .. }) => {
            match stepwise::cli::export(&paths, out.as_deref(), learner, &mut std::io::stdout()) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) | Err(_) => ExitCode::FAILURE,
            }
        }
        Some(Command::Import { files }) => {
            match stepwise::cli::import(&paths, &files, &mut std::io::stdout()) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) | Err(_) => ExitCode::FAILURE,
            }
        }
        Some(Command::Demo {
            learners,
            attempts,
            seed,
        }) => match stepwise::cli::demo(&paths, learners, attempts, seed, &mut std::io::stdout()) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) | Err(_) => ExitCode::FAILURE,
        },
        Some(Command::Report {
            format,
            out,
            from,
            to,
            learner,
            workstation,
            without_names,
        }) => {
            let day_ms = |day: chrono::NaiveDate| {
                day.and_hms_opt(0, 0, 0)
                    .map(|time| time.and_utc().timestamp_millis())
            };
            let filter = stepwise::domain::report::Filter {
                from_ms: from.and_then(day_ms),
                to_ms: to.and_then(|day| day.succ_opt()).and_then(day_ms),
                learner,
                workstation,
                without_names,
            };
            match stepwise::cli::report(&paths, format, &out, &filter, &mut std::io::stdout()) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) | Err(_) => ExitCode::FAILURE,
            }
        }
        Some(Command::Config {
            command: stepwise::cli::ConfigCommand::SetCoachPin,
        }) => match stepwise::cli::set_coach_pin(&mut std::io::stdout()) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) | Err(_) => ExitCode::FAILURE,
        },
        Some(Command::Lessons {
            command: LessonsCommand::Check { dir },
        }) => match stepwise::cli::lessons_check(dir.as_deref(), &mut std::io::stdout()) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) | Err(_) => ExitCode::FAILURE,
        },
        None => stepwise::ui::run(paths),
    }
}
