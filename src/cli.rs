//! The command line: `stepwise` starts the app; `stepwise doctor` explains this installation.

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::domain::lesson::Library;
use crate::domain::paths::{PathInputs, ResolvedPaths};
use crate::domain::store::{self, DatabaseStatus};

/// Stepwise: practise digital skills, one small step at a time.
#[derive(Debug, Parser)]
#[command(name = "stepwise", version, about)]
pub struct Cli {
    /// Keep all data in this folder (overrides every config file).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain where data lives and why, and check the database, config, audio and lessons.
    Doctor,
    /// Tools for lesson authors.
    Lessons {
        #[command(subcommand)]
        command: LessonsCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum LessonsCommand {
    /// Check a lessons folder (or the built-in lessons): format, ids, pictures, texts in every
    /// language, and the easy-to-read rules. Exits non-zero when there are errors.
    Check {
        /// The folder that holds curriculum.toml; without it, the built-in lessons.
        dir: Option<PathBuf>,
    },
}

/// Runs `stepwise lessons check`; returns `false` when there are errors.
pub fn lessons_check(dir: Option<&std::path::Path>, out: &mut impl Write) -> std::io::Result<bool> {
    use crate::domain::lesson::{LessonSource, check};
    let source = match dir {
        Some(dir) => LessonSource::Folder(dir.to_path_buf()),
        None => LessonSource::Embedded(crate::domain::lesson::built_in_tree()),
    };
    let report = check::check(&source);
    for finding in &report.findings {
        writeln!(out, "{finding}")?;
    }
    writeln!(
        out,
        "{}: {} modules, {} lessons, {} steps; {} errors, {} warnings",
        source.describe(),
        report.modules,
        report.lessons,
        report.steps,
        report.errors(),
        report.warnings()
    )?;
    Ok(report.errors() == 0)
}

impl Cli {
    pub fn paths(&self) -> ResolvedPaths {
        PathInputs::from_environment(self.data_dir.clone()).resolve()
    }
}

/// The renderer this build draws with.
pub fn renderer_name() -> &'static str {
    if cfg!(feature = "wgpu") {
        "wgpu (GPU), with tiny-skia (software) as fallback"
    } else {
        "tiny-skia (software)"
    }
}

/// Is there a sound output device? Looked up without opening it.
pub fn audio_output_available() -> bool {
    use rodio::cpal::traits::HostTrait;
    rodio::cpal::default_host()
        .default_output_device()
        .is_some()
}

/// Writes the doctor's report; returns `false` when something needs fixing.
pub fn doctor(paths: &ResolvedPaths, out: &mut impl Write) -> std::io::Result<bool> {
    let mut healthy = true;
    writeln!(out, "Stepwise {}", env!("CARGO_PKG_VERSION"))?;
    writeln!(out, "Data folder:  {}", paths.data_dir.display())?;
    writeln!(out, "  chosen by:  {}", paths.source)?;
    match &paths.config.file {
        Some(file) => writeln!(out, "Config file:  {}", file.display())?,
        None => writeln!(out, "Config file:  none found (defaults are used)")?,
    }
    for problem in &paths.config.problems {
        healthy = false;
        writeln!(out, "  problem:    {problem}")?;
    }
    match store::inspect(&paths.data_dir) {
        DatabaseStatus::NotCreated => {
            writeln!(out, "Database:     not created yet (made at first start)")?
        }
        DatabaseStatus::Ok {
            schema,
            learners,
            attempts,
        } => writeln!(
            out,
            "Database:     ok, schema {schema}, {learners} learners, {attempts} answers"
        )?,
        DatabaseStatus::Problem(problem) => {
            healthy = false;
            writeln!(out, "Database:     PROBLEM: {problem}")?;
        }
    }
    let audio = if audio_output_available() {
        "yes"
    } else {
        "no (lessons work; narration is silent)"
    };
    writeln!(out, "Audio device: {audio}")?;
    writeln!(out, "Renderer:     {}", renderer_name())?;
    let library = Library::for_config(&paths.config.config);
    let lessons: usize = library
        .modules
        .iter()
        .map(|module| module.lessons.len())
        .sum();
    let origin = match &paths.config.config.lessons_dir {
        Some(dir) => format!("from {}", dir.display()),
        None => "built in".to_string(),
    };
    writeln!(
        out,
        "Lessons:      {} modules, {lessons} lessons {origin}",
        library.modules.len()
    )?;
    for problem in &library.problems {
        healthy = false;
        writeln!(out, "  problem:    {}: {}", problem.place, problem.message)?;
    }
    let languages: Vec<_> = crate::domain::i18n::Language::shipped()
        .iter()
        .map(|language| language.code())
        .collect();
    writeln!(out, "Languages:    {}", languages.join(", "))?;
    Ok(healthy)
}
