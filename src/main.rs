//! The `stepwise` executable: parses the command line and starts the app or a tool.

use std::process::ExitCode;

use clap::Parser;
use stepwise::cli::{Cli, Command, LessonsCommand};

fn main() -> ExitCode {
    stepwise::STARTED.get_or_init(std::time::Instant::now);
    let cli = Cli::parse();
    let paths = cli.paths();
    // A data folder shared by a group (the Debian package's): new files are the group's too.
    stepwise::domain::files::share_with_group(&paths.data_dir);
    match cli.command {
        Some(Command::Doctor) => exit_code(stepwise::cli::doctor(&paths, &mut std::io::stdout())),
        Some(Command::Export {
            out, xapi: true, ..
        }) => exit_code(stepwise::cli::export_xapi(
            &paths,
            out.as_deref(),
            &mut std::io::stdout(),
        )),
        Some(Command::Export {
            out,
            learner,
            roster,
            ..
        }) => exit_code(stepwise::cli::export(
            &paths,
            out.as_deref(),
            learner,
            roster,
            &mut std::io::stdout(),
        )),
        Some(Command::Import { files, remove }) => exit_code(stepwise::cli::import(
            &paths,
            &files,
            remove,
            &mut std::io::stdout(),
        )),
        Some(Command::Demo {
            learners,
            attempts,
            seed,
        }) => exit_code(stepwise::cli::demo(
            &paths,
            learners,
            attempts,
            seed,
            &mut std::io::stdout(),
        )),
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
            exit_code(stepwise::cli::report(
                &paths,
                format,
                &out,
                &filter,
                &mut std::io::stdout(),
            ))
        }
        Some(Command::Wipe { yes }) => exit_code(stepwise::cli::wipe(
            &paths,
            yes,
            &mut std::io::stdin().lock(),
            &mut std::io::stdout(),
        )),
        Some(Command::Backup { command }) => exit_code(stepwise::cli::backup(
            &paths,
            &command,
            &mut std::io::stdin().lock(),
            &mut std::io::stdout(),
        )),
        Some(Command::WhatWeKeep { learner, out }) => exit_code(stepwise::cli::what_we_keep(
            &paths,
            learner,
            &out,
            &mut std::io::stdout(),
        )),
        Some(Command::Certificates { out, learner }) => exit_code(stepwise::cli::certificates(
            &paths,
            &out,
            learner,
            &mut std::io::stdout(),
        )),
        Some(Command::Audit { out }) => exit_code(stepwise::cli::audit_log(
            &paths,
            out.as_deref(),
            &mut std::io::stdout(),
        )),
        Some(Command::Coach { command }) => exit_code(stepwise::cli::coach_accounts(
            &paths,
            &command,
            &mut std::io::stdout(),
        )),
        Some(Command::Key { command }) => {
            exit_code(stepwise::cli::key(&paths, &command, &mut std::io::stdout()))
        }
        Some(Command::Config {
            command: stepwise::cli::ConfigCommand::SetCoachPin,
        }) => exit_code(stepwise::cli::set_coach_pin(&mut std::io::stdout())),
        Some(Command::Config {
            command:
                stepwise::cli::ConfigCommand::Init {
                    out,
                    workstation_name,
                    language,
                    kiosk,
                    coach_pin_hash,
                    data_folder,
                    exchange_dir,
                },
        }) => exit_code(stepwise::cli::config_init(
            &out,
            &stepwise::cli::ConfigInit {
                workstation_name,
                language,
                kiosk,
                coach_pin_hash,
                data_dir: data_folder,
                exchange_dir,
            },
            &mut std::io::stdout(),
        )),
        Some(Command::Lessons {
            command: LessonsCommand::Check { dir },
        }) => exit_code(stepwise::cli::lessons_check(
            dir.as_deref(),
            &mut std::io::stdout(),
        )),
        Some(Command::Lessons {
            command:
                LessonsCommand::Try {
                    lesson,
                    dir,
                    lang,
                    step,
                },
        }) => {
            let mut paths = paths;
            let data = std::env::temp_dir().join(format!("stepwise-try-{}", std::process::id()));
            // A folder left by a try that was killed would hold its learner: start clean.
            let _ = std::fs::remove_dir_all(&data);
            paths.data_dir = data.clone();
            let config = &mut paths.config.config;
            config.language = Some(lang);
            config.exchange_dir = None;
            if dir.is_some() {
                config.lessons_dir = dir;
            }
            // Say why a lesson cannot be tried, rather than open a window without it.
            let library = stepwise::domain::lesson::Library::for_config(config);
            if library.lesson(&lesson).is_none() {
                eprintln!("The lesson \"{lesson}\" cannot be opened.");
                for problem in library
                    .problems
                    .iter()
                    .filter(|problem| problem.place.starts_with(&format!("{lesson}/")))
                {
                    eprintln!("{}: {}", problem.place, problem.message);
                }
                eprintln!("Run `stepwise lessons check` on the folder for every problem.");
                return ExitCode::FAILURE;
            }
            let code = stepwise::ui::run_with(paths, Some((lesson, step.saturating_sub(1))));
            let _ = std::fs::remove_dir_all(data);
            code
        }
        Some(Command::Narrate {
            lang,
            lesson,
            dir,
            interface,
            export_script,
        }) => {
            let scope = stepwise::cli::NarrateScope {
                lang: lang.as_deref(),
                lesson: lesson.as_deref(),
                dir: &dir,
                interface: &interface,
            };
            exit_code(match export_script {
                Some(path) => {
                    stepwise::cli::narration_script(&scope, &path, &mut std::io::stdout())
                }
                None => stepwise::cli::narrate(&scope, &mut std::io::stdout()),
            })
        }
        None => stepwise::ui::run(paths),
    }
}

/// A tool's outcome as the process's: success only when it said all went well.
fn exit_code(outcome: std::io::Result<bool>) -> ExitCode {
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) | Err(_) => ExitCode::FAILURE,
    }
}
