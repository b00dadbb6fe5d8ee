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
    /// Start in kiosk mode (fullscreen, no window frame, closed only from the coach area),
    /// whatever the config says: the "Stepwise (kiosk)" launcher uses it.
    #[arg(long)]
    pub kiosk: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Explain where data lives and why, and check the database, config, audio and lessons.
    Doctor,
    /// Save this workstation's progress (or one learner's) to a progress file, e.g. on a USB
    /// stick, for the coach or another workstation.
    Export {
        /// The file to write, or a folder to write it in (with the usual name); default: here.
        #[arg(long, value_name = "FILE_OR_DIR")]
        out: Option<PathBuf>,
        /// Only this learner (their id, as the CSV report shows it).
        #[arg(long, value_name = "ID")]
        learner: Option<uuid::Uuid>,
        /// Write xAPI statements (a JSON array for a Learning Record Store) instead of a
        /// progress file. Learners appear by id only.
        #[arg(long, conflicts_with = "learner")]
        xapi: bool,
        /// Write the roster instead: every learner with id, name, picture and settings, no
        /// answers. A workstation that adds it knows each learner by the same id.
        #[arg(long, conflicts_with_all = ["learner", "xapi"])]
        roster: bool,
    },
    /// Add progress from files made by `export` on this or other workstations. Importing a
    /// file twice adds nothing; the order of files does not matter.
    Import {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Remove each file once it was read whole (from a USB stick, so a lost stick holds
        /// nothing). A refused file is always kept.
        #[arg(long)]
        remove: bool,
    },
    /// Fill the data folder with made-up learners and answers (for demos, screenshots and
    /// benchmarks). Use it with --data-dir on a folder of its own, never on real data.
    Demo {
        #[arg(long, default_value_t = 12)]
        learners: usize,
        #[arg(long, default_value_t = 2000)]
        attempts: usize,
        /// The same seed gives the same answers.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Write a report for the coach or a funder. CSV: `<OUT>-learners.csv` (one row per
    /// learner, with hours practised) and `<OUT>-answers.csv` (one row per answer). HTML:
    /// `<OUT>.html`, a printable page per learner with picture and bars. They hold personal
    /// data unless --without-names is given.
    Report {
        #[arg(long, value_enum, default_value = "csv")]
        format: ReportFormat,
        /// Where to write, without the ending: `--out spring` writes spring-learners.csv and
        /// spring-answers.csv.
        #[arg(long, value_name = "STEM")]
        out: PathBuf,
        /// The first day (YYYY-MM-DD, UTC), inclusive.
        #[arg(long)]
        from: Option<chrono::NaiveDate>,
        /// The last day (YYYY-MM-DD, UTC), inclusive.
        #[arg(long)]
        to: Option<chrono::NaiveDate>,
        #[arg(long, value_name = "ID")]
        learner: Option<uuid::Uuid>,
        #[arg(long, value_name = "ID")]
        workstation: Option<uuid::Uuid>,
        /// Learners by id only: no names.
        #[arg(long)]
        without_names: bool,
    },
    /// Tools for the installer: the coach PIN.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// The coach log of this PC, for an audit: who did what, when (progress saved and added,
    /// reports, erasures, restores, the coach area opened, wrong PINs). CSV, ids only.
    Audit {
        /// Write it to this file (default: show it here).
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// A printable certificate for each module a learner finished, and the register of all
    /// certificates given here (each keeps its id for good). HTML, to print.
    Certificates {
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Only this learner's certificates (and only theirs in the register printed with them).
        #[arg(long, value_name = "ID")]
        learner: Option<uuid::Uuid>,
    },
    /// "What Stepwise keeps about you": an easy-to-read page with pictures, for one learner,
    /// to print and go through with them.
    WhatWeKeep {
        /// The learner (their id, as the CSV report shows it).
        #[arg(long, value_name = "ID")]
        learner: uuid::Uuid,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Named coach accounts, each with their own PIN: add, list, a new PIN, withdraw (a coach
    /// who leaves), give back. They reach the other PCs in locked progress files and the
    /// roster.
    Coach {
        #[command(subcommand)]
        command: CoachCommand,
    },
    /// The organisation key that locks progress files (`key new`, `key show`).
    Key {
        #[command(subcommand)]
        command: KeyCommand,
    },
    /// Remove every learner's data from this PC (for a PC that is passed on): the database,
    /// its backups and the log. Asks first; says what it removed.
    Wipe {
        /// Do it without asking.
        #[arg(long)]
        yes: bool,
    },
    /// Backups of the progress database: list them, make one now, or put one back.
    Backup {
        #[command(subcommand)]
        command: BackupCommand,
    },
    /// Tools for lesson authors.
    Lessons {
        #[command(subcommand)]
        command: LessonsCommand,
    },
    /// Make the missing and stale generated voice files (needs espeak-ng, sox and oggenc);
    /// a file a person recorded is never overwritten.
    Narrate {
        /// Only this language (en, nl, …); without it, every curriculum language.
        #[arg(long)]
        lang: Option<String>,
        /// Only this lesson; without it, every lesson and the interface texts.
        #[arg(long)]
        lesson: Option<String>,
        /// The lessons folder (that holds curriculum.toml).
        #[arg(long, default_value = "lessons")]
        dir: PathBuf,
        /// The interface's narration folder.
        #[arg(long, default_value = "assets/narration")]
        interface: PathBuf,
        /// Instead: write a recording script (CSV: folder, id, language, text, picture,
        /// context, made by) for volunteers who record the texts.
        #[arg(long)]
        export_script: Option<PathBuf>,
    },
}

/// Report formats (certificates and xAPI are still to come).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Two spreadsheets: `<OUT>-learners.csv` and `<OUT>-answers.csv`.
    Csv,
    /// One printable page per learner: `<OUT>.html`.
    Html,
}

#[derive(Debug, Subcommand)]
pub enum CoachCommand {
    /// Give a coach an account; their PIN is asked twice (6 to 12 digits).
    Add {
        #[arg(long)]
        name: String,
    },
    /// The accounts known here, and whether each may open the coach area.
    List,
    /// A new PIN for a coach (asked twice).
    Pin {
        /// Their name or id.
        #[arg(long)]
        name: String,
    },
    /// A coach who leaves: their PIN no longer opens the coach area, here and on every PC
    /// that gets this PC's progress or roster.
    Withdraw {
        #[arg(long)]
        name: String,
    },
    /// Undo a withdrawal.
    GiveBack {
        #[arg(long)]
        name: String,
    },
}

/// Runs `stepwise coach add|list|pin|withdraw|give-back`.
pub fn coach_accounts(
    paths: &ResolvedPaths,
    command: &CoachCommand,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    use crate::domain::coach::{self, AccountError};
    let Some(store) = open_store(paths, out)? else {
        return Ok(false);
    };
    let config_hash = paths.config.config.coach_pin_hash.as_deref();
    let who = store::command_line_user();
    let done = |result: Result<String, AccountError>, out: &mut dyn Write| match result {
        Ok(said) => writeln!(out, "{said}").map(|_| true),
        Err(error) => writeln!(out, "Nothing was changed: {error}.").map(|_| false),
    };
    match command {
        CoachCommand::List => {
            let accounts = match store.coach_accounts() {
                Ok(accounts) => accounts,
                Err(error) => {
                    writeln!(out, "The coach accounts cannot be read: {error}")?;
                    return Ok(false);
                }
            };
            if accounts.is_empty() {
                writeln!(
                    out,
                    "No coach accounts here (the installer's PIN may still open)."
                )?;
            }
            for account in accounts {
                writeln!(
                    out,
                    "{}  {}  since {}{}",
                    account.id,
                    account.name,
                    crate::domain::local_day(account.created_at_ms),
                    if account.withdrawn { "  WITHDRAWN" } else { "" }
                )?;
            }
            Ok(true)
        }
        CoachCommand::Add { name } => {
            let Some(pin) = read_pin_twice(out)? else {
                return Ok(false);
            };
            let result = coach::add_account(&store, name, &pin, config_hash).map(|account| {
                store.log_coach_action(&who, "coach account given", &account.id.to_string());
                format!(
                    "{} has a coach account ({}). Their PIN opens the coach area here, and on \
                     other PCs once they get this PC's locked progress or roster.",
                    account.name, account.id
                )
            });
            done(result, out)
        }
        CoachCommand::Pin { name } => {
            let account = match coach::find_account(&store, name) {
                Ok(account) => account,
                Err(error) => return done(Err(error), out),
            };
            let Some(pin) = read_pin_twice(out)? else {
                return Ok(false);
            };
            let result = coach::change_pin(&store, &account, &pin, config_hash).map(|()| {
                store.log_coach_action(&who, "coach PIN changed", &account.id.to_string());
                format!("{} has a new PIN.", account.name)
            });
            done(result, out)
        }
        CoachCommand::Withdraw { name } | CoachCommand::GiveBack { name } => {
            let withdraw = matches!(command, CoachCommand::Withdraw { .. });
            let result = coach::find_account(&store, name).and_then(|account| {
                store.change_coach_account(account.id, None, Some(withdraw))?;
                let action = if withdraw {
                    "coach account withdrawn"
                } else {
                    "coach account given back"
                };
                store.log_coach_action(&who, action, &account.id.to_string());
                Ok(if withdraw {
                    format!(
                        "{}'s PIN no longer opens the coach area here, nor on other PCs once \
                         they get this PC's locked progress or roster.",
                        account.name
                    )
                } else {
                    format!("{}'s PIN opens the coach area again.", account.name)
                })
            });
            done(result, out)
        }
    }
}

/// A PIN asked twice (hidden on a terminal; from standard input otherwise); `None` (and why)
/// when the two differ.
fn read_pin_twice(out: &mut impl Write) -> std::io::Result<Option<String>> {
    use std::io::{BufRead, IsTerminal};
    let (first, second) = if std::io::stdin().is_terminal() {
        (
            rpassword::prompt_password("Coach PIN (6 to 12 digits): ")?,
            rpassword::prompt_password("The same PIN again: ")?,
        )
    } else {
        let mut lines = std::io::stdin().lock().lines();
        let mut next = || lines.next().transpose().map(Option::unwrap_or_default);
        (next()?, next()?)
    };
    if first.trim() != second.trim() {
        writeln!(
            out,
            "The two PINs are not the same; nothing was made. Try again."
        )?;
        return Ok(None);
    }
    Ok(Some(first.trim().to_string()))
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Make the organisation key that locks progress files. Run it once, on the coach's PC;
    /// copy the file to every workstation and name it as `org_key_file` in stepwise.toml.
    /// A file already there is never replaced.
    New {
        /// Where to write it (e.g. /etc/stepwise/org.key).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check the key stepwise.toml names and show its short name, to compare PCs.
    Show,
}

/// Runs `stepwise key new|show`.
pub fn key(
    paths: &ResolvedPaths,
    command: &KeyCommand,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    use crate::domain::org_key::{KeySetting, OrgKey};
    match command {
        KeyCommand::New { out: file } => match OrgKey::create(file) {
            Ok(key) => {
                writeln!(
                    out,
                    "Made the organisation key {} in {}",
                    key.fingerprint(),
                    file.display()
                )?;
                writeln!(
                    out,
                    "Next, on every workstation of the organisation (this one too):"
                )?;
                writeln!(
                    out,
                    "  1. copy this file to the config folder, writable by administrators only;"
                )?;
                writeln!(
                    out,
                    "  2. let Stepwise's users read it (Linux: chgrp stepwise; chmod 640);"
                )?;
                writeln!(
                    out,
                    "  3. add to stepwise.toml:  org_key_file = \"{}\"",
                    file.display()
                )?;
                writeln!(
                    out,
                    "Keep a copy in a safe place: without it, locked progress files cannot be read."
                )?;
                Ok(true)
            }
            Err(error) => {
                writeln!(out, "No key was made: {error}")?;
                Ok(false)
            }
        },
        KeyCommand::Show => {
            let file = paths.config.config.org_key_file.as_deref();
            match KeySetting::from_file(file) {
                KeySetting::NotSet => {
                    writeln!(
                        out,
                        "No organisation key is set: progress files are written unprotected."
                    )?;
                    Ok(false)
                }
                KeySetting::Ready(key) => {
                    writeln!(
                        out,
                        "Organisation key {} ({})",
                        key.fingerprint(),
                        file.map(|f| f.display().to_string()).unwrap_or_default()
                    )?;
                    Ok(true)
                }
                KeySetting::Broken(problem) => {
                    writeln!(out, "PROBLEM: {problem}")?;
                    Ok(false)
                }
            }
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Ask for a coach PIN (6 to 12 digits, typed twice) and print the line to put in
    /// stepwise.toml. Only the slow, salted hash is printed; the PIN itself is kept nowhere.
    SetCoachPin,
    /// Write a machine-wide config file from the commented example, with these settings put
    /// in (installers use it, e.g. the Windows installer's properties). A file already there
    /// is kept as it is.
    Init {
        /// Where to write it (e.g. /etc/stepwise/stepwise.toml).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_name = "NAME")]
        workstation_name: Option<String>,
        /// en, nl, …
        #[arg(long, value_name = "CODE")]
        language: Option<String>,
        /// true or false (empty: as the example, off).
        #[arg(long, value_name = "true|false")]
        kiosk: Option<String>,
        /// The line `stepwise config set-coach-pin` printed, or just its hash.
        #[arg(long, value_name = "HASH")]
        coach_pin_hash: Option<String>,
        #[arg(long = "data-folder", value_name = "DIR")]
        data_folder: Option<String>,
        #[arg(long, value_name = "DIR")]
        exchange_dir: Option<String>,
    },
}

/// The settings `stepwise config init` puts in the file.
#[derive(Debug, Default)]
pub struct ConfigInit {
    pub workstation_name: Option<String>,
    pub language: Option<String>,
    pub kiosk: Option<String>,
    pub coach_pin_hash: Option<String>,
    pub data_dir: Option<String>,
    pub exchange_dir: Option<String>,
}

/// Runs `stepwise config init`: writes the config (atomically) unless one is there already.
pub fn config_init(
    file: &std::path::Path,
    init: &ConfigInit,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    if file.exists() {
        writeln!(
            out,
            "{} is there already; it is kept as it is.",
            file.display()
        )?;
        return Ok(true);
    }
    // An installer passes every property, set or not: an empty one is not given.
    let given = |value: &Option<String>| value.clone().filter(|value| !value.trim().is_empty());
    let kiosk = match given(&init.kiosk)
        .as_deref()
        .map(str::to_lowercase)
        .as_deref()
    {
        None => None,
        Some("true" | "1" | "yes" | "on") => Some(true),
        Some("false" | "0" | "no" | "off") => Some(false),
        Some(other) => {
            writeln!(
                out,
                "Nothing was written: kiosk is \"{other}\"; use true or false."
            )?;
            return Ok(false);
        }
    };
    // The hash may come as the whole line `set-coach-pin` printed.
    let hash = given(&init.coach_pin_hash).map(|hash| {
        hash.trim()
            .trim_start_matches("coach_pin_hash")
            .trim_start_matches([' ', '='])
            .trim_matches('"')
            .to_string()
    });
    let settings: Vec<(&str, toml::Value)> = [
        (
            "workstation_name",
            given(&init.workstation_name).map(Into::into),
        ),
        ("language", given(&init.language).map(Into::into)),
        ("kiosk", kiosk.map(Into::into)),
        ("coach_pin_hash", hash.map(Into::into)),
        ("data_dir", given(&init.data_dir).map(Into::into)),
        ("exchange_dir", given(&init.exchange_dir).map(Into::into)),
    ]
    .into_iter()
    .filter_map(|(key, value)| Some((key, value?)))
    .collect();
    let text = match crate::domain::config::example_with(&settings) {
        Ok(text) => text,
        Err(problems) => {
            writeln!(out, "Nothing was written:")?;
            for problem in problems {
                writeln!(out, "  {problem}")?;
            }
            return Ok(false);
        }
    };
    if let Some(folder) = file
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
    {
        std::fs::create_dir_all(folder)?;
    }
    let temporary = file.with_extension("toml.new");
    std::fs::write(&temporary, text)?;
    crate::domain::files::replace(&temporary, file)?;
    writeln!(
        out,
        "Wrote {} ({} settings). `stepwise doctor` shows how Stepwise reads it.",
        file.display(),
        settings.len()
    )?;
    Ok(true)
}

#[derive(Debug, Subcommand)]
pub enum BackupCommand {
    /// The backups in the data folder, newest first.
    List,
    /// Make a backup now.
    Now,
    /// Put a backup back (Stepwise must be closed). The database it replaces is kept as a
    /// backup first.
    Restore {
        /// The backup file (see `stepwise backup list`).
        file: PathBuf,
        /// Do it without asking.
        #[arg(long)]
        yes: bool,
    },
}

/// Asks `question` and waits for the answer `word` (anything else is no).
fn confirmed(
    question: &str,
    word: &str,
    input: &mut impl std::io::BufRead,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    write!(out, "{question} Type {word}: ")?;
    out.flush()?;
    let mut answer = String::new();
    input.read_line(&mut answer)?;
    Ok(answer.trim() == word)
}

/// Runs `stepwise wipe`: removes the database (with its write-ahead files), the backups and
/// the log from the data folder, after confirmation, and says what was removed. Progress
/// files already given to the coach or left in a shared folder are not on this PC and stay.
pub fn wipe(
    paths: &ResolvedPaths,
    yes: bool,
    input: &mut impl std::io::BufRead,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    use crate::domain::store::{DATABASE_FILE, DatabaseStatus, backup, inspect};
    let _lock = match store::lock_instance(&paths.data_dir) {
        Ok(lock) => lock,
        Err(error) => {
            writeln!(out, "{error}: close Stepwise first.")?;
            return Ok(false);
        }
    };
    let (learners, answers) = match inspect(&paths.data_dir) {
        DatabaseStatus::Ok {
            learners, attempts, ..
        } => (learners, attempts),
        _ => (0, 0),
    };
    let backups = backup::list(&paths.data_dir);
    let question = format!(
        "Remove all progress from {}: {learners} learners, {answers} answers and {} backups? This cannot be undone: save progress first (coach area) if it is still needed.",
        paths.data_dir.display(),
        backups.len()
    );
    if !yes && !confirmed(&question, "wipe", input, out)? {
        writeln!(out, "Nothing removed.")?;
        return Ok(false);
    }
    let mut removed = Vec::new();
    let mut failed = Vec::new();
    for name in [
        DATABASE_FILE.to_string(),
        format!("{DATABASE_FILE}-wal"),
        format!("{DATABASE_FILE}-shm"),
        "stepwise.log".into(),
        "stepwise.log.old".into(),
    ] {
        let path = paths.data_dir.join(&name);
        if path.exists() {
            match std::fs::remove_file(&path) {
                Ok(()) => removed.push(name),
                Err(error) => failed.push(format!("{}: {error}", path.display())),
            }
        }
    }
    let folder = backup::folder(&paths.data_dir);
    if folder.exists() {
        match std::fs::remove_dir_all(&folder) {
            Ok(()) => removed.push(match backups.len() {
                1 => "1 backup".to_string(),
                count => format!("{count} backups"),
            }),
            Err(error) => failed.push(format!("{}: {error}", folder.display())),
        }
    }
    writeln!(
        out,
        "Removed from {}: {learners} learners and {answers} answers ({}).",
        paths.data_dir.display(),
        if removed.is_empty() {
            "there was nothing to remove".to_string()
        } else {
            removed.join(", ")
        }
    )?;
    for problem in &failed {
        writeln!(out, "Could not remove {problem}")?;
    }
    Ok(failed.is_empty())
}

/// Runs `stepwise backup …`; returns `false` when it could not do what was asked.
pub fn backup(
    paths: &ResolvedPaths,
    command: &BackupCommand,
    input: &mut impl std::io::BufRead,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    use crate::domain::store::backup;
    match command {
        BackupCommand::List => {
            let backups = backup::list(&paths.data_dir);
            if backups.is_empty() {
                writeln!(
                    out,
                    "No backups in {} yet.",
                    backup::folder(&paths.data_dir).display()
                )?;
            }
            for found in backups {
                let made: chrono::DateTime<chrono::Local> = found.made.into();
                writeln!(
                    out,
                    "{}  {:>8.1} KB  {}",
                    made.format("%Y-%m-%d %H:%M"),
                    found.bytes as f64 / 1024.0,
                    found.path.display()
                )?;
            }
            Ok(true)
        }
        BackupCommand::Now => {
            let Some(store) = open_store(paths, out)? else {
                return Ok(false);
            };
            match store.backup(backup::Kind::Daily, backup::DEFAULT_KEEP) {
                Ok(file) => {
                    writeln!(out, "Backup made: {}", file.display())?;
                    Ok(true)
                }
                Err(error) => {
                    writeln!(out, "The backup could not be made: {error}")?;
                    Ok(false)
                }
            }
        }
        BackupCommand::Restore { file, yes } => {
            // Not while Stepwise has the folder open.
            let _lock = match store::lock_instance(&paths.data_dir) {
                Ok(lock) => lock,
                Err(error) => {
                    writeln!(out, "{error}: close Stepwise first.")?;
                    return Ok(false);
                }
            };
            let question = format!(
                "Put {} back as the progress of {}? What is there now is kept as a backup.",
                file.display(),
                paths.data_dir.display()
            );
            if !yes && !confirmed(&question, "yes", input, out)? {
                writeln!(out, "Nothing changed.")?;
                return Ok(false);
            }
            match backup::restore(&paths.data_dir, file) {
                Ok(kept) => {
                    if let Ok(store) = crate::domain::store::Store::open(&paths.data_dir) {
                        audit(
                            &store,
                            "backup put back",
                            &crate::domain::store::logged_name(file),
                        );
                    }
                    writeln!(
                        out,
                        "Restored. The progress from before is kept in {}",
                        kept.display()
                    )?;
                    Ok(true)
                }
                Err(error) => {
                    writeln!(out, "Nothing changed: {error}")?;
                    Ok(false)
                }
            }
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum LessonsCommand {
    /// Check a lessons folder (or the built-in lessons): format, ids, pictures, texts in every
    /// language, and the easy-to-read rules. Exits non-zero when there are errors.
    Check {
        /// The folder that holds curriculum.toml; without it, the built-in lessons.
        dir: Option<PathBuf>,
    },
    /// Open one lesson in the window, as a learner sees it, with a throwaway learner and
    /// data folder (nothing is kept): for content authors walking through their lesson.
    Try {
        /// The lesson's id (its folder name).
        lesson: String,
        /// The folder that holds curriculum.toml; without it, the built-in lessons.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// The language to show it in (en, nl, …).
        #[arg(long, default_value = "en")]
        lang: String,
        /// The step to open it at, from 1.
        #[arg(long, default_value_t = 1)]
        step: usize,
    },
}

/// What `narrate` works on: the languages and lessons asked for.
pub struct NarrateScope<'a> {
    pub lang: Option<&'a str>,
    pub lesson: Option<&'a str>,
    pub dir: &'a std::path::Path,
    pub interface: &'a std::path::Path,
}

impl NarrateScope<'_> {
    fn languages(
        &self,
        library: &crate::domain::lesson::Library,
    ) -> Result<Vec<crate::domain::i18n::Language>, String> {
        use crate::domain::i18n::Language;
        match self.lang {
            Some(code) => Language::from_code(code)
                .map(|language| vec![language])
                .ok_or_else(|| format!("\"{code}\" is not a language code (such as nl)")),
            None => Ok(library.languages.clone()),
        }
    }

    /// The lessons folder and the languages asked for; `None` (and why, in `out`) for a
    /// language code that is not one.
    #[allow(clippy::type_complexity)]
    fn load(
        &self,
        out: &mut impl Write,
    ) -> std::io::Result<
        Option<(
            crate::domain::lesson::Library,
            Vec<crate::domain::i18n::Language>,
        )>,
    > {
        use crate::domain::lesson::{LessonSource, Library};
        let library = Library::load(&LessonSource::Folder(self.dir.to_path_buf()));
        match self.languages(&library) {
            Ok(languages) => Ok(Some((library, languages))),
            Err(message) => {
                writeln!(out, "{message}")?;
                Ok(None)
            }
        }
    }

    fn lessons<'l>(
        &self,
        library: &'l crate::domain::lesson::Library,
    ) -> Vec<&'l crate::domain::lesson::Lesson> {
        library
            .lessons()
            .filter(|lesson| self.lesson.is_none_or(|id| id == lesson.id))
            .collect()
    }
}

/// Runs `stepwise narrate`: makes the missing and stale generated voice files. Returns
/// `false` when a tool is missing or a file failed its check.
pub fn narrate(scope: &NarrateScope<'_>, out: &mut impl Write) -> std::io::Result<bool> {
    use crate::domain::narration::{self, generate};
    let missing = generate::missing_tools();
    if !missing.is_empty() {
        writeln!(
            out,
            "stepwise narrate needs programs that are not installed:"
        )?;
        for tool in missing {
            writeln!(out, "  {tool}")?;
        }
        return Ok(false);
    }
    let Some((library, languages)) = scope.load(out)? else {
        return Ok(false);
    };
    let lessons = scope.lessons(&library);
    if let Some(id) = scope.lesson
        && lessons.is_empty()
    {
        writeln!(
            out,
            "There is no lesson \"{id}\" in {}",
            scope.dir.display()
        )?;
        return Ok(false);
    }
    let mut all_well = true;
    for language in languages {
        let voice = generate::Voice::for_language(language);
        let mut total = generate::Outcome::default();
        let mut folders: Vec<(std::path::PathBuf, Vec<(String, String)>)> = lessons
            .iter()
            .map(|lesson| {
                (
                    scope
                        .dir
                        .join(&lesson.id)
                        .join("narration")
                        .join(language.code()),
                    narration::lesson_texts(lesson, language),
                )
            })
            .collect();
        if scope.lesson.is_none() {
            folders.push((
                scope.dir.join("narration").join(language.code()),
                library.spoken_texts(language),
            ));
            folders.push((
                scope.interface.join(language.code()),
                narration::ui_texts(language),
            ));
        }
        for (folder, texts) in folders {
            let outcome = generate::narrate_folder(&folder, &texts, voice, out)?;
            total.made += outcome.made;
            total.kept += outcome.kept;
            total.removed += outcome.removed;
            total.record_again.extend(
                outcome
                    .record_again
                    .iter()
                    .map(|id| format!("{}/{id}", folder.display())),
            );
            total.failed.extend(outcome.failed);
        }
        writeln!(
            out,
            "{}: {} made, {} kept, {} removed, {} failed ({})",
            language.code(),
            total.made,
            total.kept,
            total.removed,
            total.failed.len(),
            voice.describe()
        )?;
        for file in &total.record_again {
            writeln!(
                out,
                "  recorded by a person, but its text changed: record it again: {file}"
            )?;
        }
        all_well &= total.failed.is_empty();
    }
    Ok(all_well)
}

/// Writes the recording script: one row per text, with the picture it goes with and where
/// it is used, for volunteers who record the texts in a human voice.
pub fn narration_script(
    scope: &NarrateScope<'_>,
    path: &std::path::Path,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    use crate::domain::lesson::Exercise;
    use crate::domain::narration;
    let Some((library, languages)) = scope.load(out)? else {
        return Ok(false);
    };
    let mut writer = csv::Writer::from_path(path).map_err(std::io::Error::other)?;
    writer
        .write_record([
            "folder", "id", "language", "text", "picture", "context", "made by",
        ])
        .map_err(std::io::Error::other)?;
    let mut rows = 0;
    for language in &languages {
        for lesson in scope.lessons(&library) {
            let folder = format!("lessons/{}/narration/{}", lesson.id, language.code());
            let manifest = lesson.narration(*language).map(|n| &n.manifest);
            for (id, text) in narration::lesson_texts(lesson, *language) {
                let step = lesson
                    .steps
                    .iter()
                    .find(|step| step.text_ids().contains(&id.as_str()));
                let (picture, context) = match step {
                    Some(step) => (
                        format!("lessons/{}/pictures/{}", lesson.id, step.picture),
                        format!(
                            "{}, step {} ({}){}",
                            lesson.title(*language),
                            lesson
                                .steps
                                .iter()
                                .position(|s| s.id == step.id)
                                .unwrap_or(0)
                                + 1,
                            step.exercise.kind(),
                            if matches!(step.exercise, Exercise::Info) || step.text != id {
                                ""
                            } else {
                                ": the question"
                            }
                        ),
                    ),
                    None => (String::new(), lesson.title(*language)),
                };
                let made_by = match manifest.and_then(|m| m.files.get(&id)) {
                    Some(entry) if entry.source == narration::Source::Recorded => "person",
                    Some(_) => "computer voice",
                    None => "nobody yet",
                };
                writer
                    .write_record([
                        folder.as_str(),
                        &id,
                        language.code(),
                        &text,
                        &picture,
                        &context,
                        made_by,
                    ])
                    .map_err(std::io::Error::other)?;
                rows += 1;
            }
        }
        if scope.lesson.is_none() {
            let folder = format!("assets/narration/{}", language.code());
            for (id, text) in narration::ui_texts(*language) {
                writer
                    .write_record([
                        folder.as_str(),
                        &id,
                        language.code(),
                        &text,
                        "",
                        "a word or sentence of the app itself",
                        "",
                    ])
                    .map_err(std::io::Error::other)?;
                rows += 1;
            }
        }
    }
    writer.flush()?;
    writeln!(out, "Wrote {rows} texts to record to {}", path.display())?;
    Ok(true)
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
    let languages: std::collections::BTreeSet<_> = report
        .reviews
        .keys()
        .map(|(language, _)| *language)
        .collect();
    for language in languages {
        let counts: Vec<String> = crate::domain::lesson::Review::ALL
            .iter()
            .filter_map(|status| {
                let count = report.reviews.get(&(language, *status))?;
                Some(format!("{count} {}", status.name()))
            })
            .collect();
        writeln!(out, "Review ({}): {}", language.code(), counts.join(", "))?;
    }
    for (language, coverage) in &report.narration {
        writeln!(
            out,
            "Narration ({}): {} of {} texts can be heard ({} recorded by a person, {} by a computer voice), {} changed since",
            language.code(),
            coverage.fresh(),
            coverage.texts,
            coverage.recorded,
            coverage.generated,
            coverage.stale.len()
        )?;
    }
    // The interface's own texts with variables ("Step 3 of 8") are spoken piece by piece;
    // one with a variable that has no clip would be silent.
    let mut unspeakable = 0;
    for language in crate::domain::i18n::Language::shipped() {
        for (id, reason) in crate::domain::narration::unspeakable(language) {
            writeln!(
                out,
                "error: locales/{}: {id}: cannot be heard: {reason}",
                language.code()
            )?;
            unspeakable += 1;
        }
    }
    Ok(report.errors() == 0 && unspeakable == 0)
}

/// Opens the data folder's database for a tool, or says plainly why it cannot.
fn open_store(
    paths: &ResolvedPaths,
    out: &mut impl Write,
) -> std::io::Result<Option<store::Store>> {
    match store::Store::open(&paths.data_dir) {
        Ok(store) => Ok(Some(store)),
        Err(error) => {
            writeln!(out, "Cannot open the progress database: {error}")?;
            Ok(None)
        }
    }
}

/// This workstation's name: the installer's `workstation_name`, else the host name.
pub fn workstation_name(paths: &ResolvedPaths) -> String {
    paths.config.config.workstation_name()
}

/// The organisation key the config names (`None`: not set); a key named but unusable stops
/// the command, so nothing is ever written unprotected by mistake.
fn org_key(
    paths: &ResolvedPaths,
    out: &mut impl Write,
) -> std::io::Result<Result<Option<crate::domain::org_key::OrgKey>, ()>> {
    use crate::domain::org_key::KeySetting;
    match KeySetting::from_file(paths.config.config.org_key_file.as_deref()) {
        KeySetting::NotSet => Ok(Ok(None)),
        KeySetting::Ready(key) => Ok(Ok(Some(key))),
        KeySetting::Broken(problem) => {
            writeln!(out, "The organisation key cannot be used: {problem}")?;
            Ok(Err(()))
        }
    }
}

/// The language the installer's config names, for printed pages (English without one).
fn config_language(paths: &ResolvedPaths) -> crate::domain::i18n::Language {
    paths
        .config
        .config
        .language
        .as_deref()
        .and_then(crate::domain::i18n::Language::from_code)
        .unwrap_or(crate::domain::i18n::Language::En)
}

/// Runs `stepwise what-we-keep`.
pub fn what_we_keep(
    paths: &ResolvedPaths,
    learner: uuid::Uuid,
    file: &std::path::Path,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let Some(store) = open_store(paths, out)? else {
        return Ok(false);
    };
    let language = config_language(paths);
    let texts = crate::domain::i18n::Texts::load(language);
    match crate::domain::keeps::write_html(&store, learner, file, &texts) {
        Ok(true) => {
            audit(&store, "what we keep printed", &learner.to_string());
            writeln!(
                out,
                "Wrote {} (to print and go through with the learner).",
                file.display()
            )?;
            Ok(true)
        }
        Ok(false) => {
            writeln!(out, "There is no learner {learner} on this PC.")?;
            Ok(false)
        }
        Err(error) => {
            writeln!(out, "Nothing was written: {error}")?;
            Ok(false)
        }
    }
}

/// Runs `stepwise certificates`.
pub fn certificates(
    paths: &ResolvedPaths,
    file: &std::path::Path,
    learner: Option<uuid::Uuid>,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    use crate::domain::certificate;
    let Some(store) = open_store(paths, out)? else {
        return Ok(false);
    };
    let library = Library::for_config(&paths.config.config);
    let register = match certificate::issue_all(&store, &library) {
        Ok(register) => register,
        Err(error) => {
            writeln!(out, "No certificates: {error}")?;
            return Ok(false);
        }
    };
    let shown: Vec<_> = register
        .into_iter()
        .filter(|c| learner.is_none_or(|only| c.learner.id == only))
        .collect();
    let language = config_language(paths);
    let texts = crate::domain::i18n::Texts::load(language);
    let organisation = paths
        .config
        .config
        .organisation_name
        .clone()
        .unwrap_or_default();
    match certificate::write_html(&shown, &library, file, &texts, language, &organisation) {
        Ok(count) => {
            audit(
                &store,
                "certificates saved",
                &crate::domain::store::logged_name(file),
            );
            writeln!(
                out,
                "Wrote {count} certificates and the register to {}",
                file.display()
            )?;
            writeln!(out, "It holds personal data about learners: keep it safe.")?;
            Ok(true)
        }
        Err(error) => {
            writeln!(out, "No certificates: {error}")?;
            Ok(false)
        }
    }
}

/// Runs `stepwise audit`: the coach log as CSV (to a file, or here).
pub fn audit_log(
    paths: &ResolvedPaths,
    file: Option<&std::path::Path>,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let Some(store) = open_store(paths, out)? else {
        return Ok(false);
    };
    let entries = match store.coach_log() {
        Ok(entries) => entries,
        Err(error) => {
            writeln!(out, "The coach log cannot be read: {error}")?;
            return Ok(false);
        }
    };
    let field = |text: &str| format!("\"{}\"", text.replace('"', "\"\""));
    let mut csv = String::from("number,when,who,what,detail\r\n");
    for entry in &entries {
        let when = chrono::FixedOffset::east_opt(entry.utc_offset_minutes * 60)
            .and_then(|offset| {
                chrono::DateTime::from_timestamp_millis(entry.at_ms)
                    .map(|utc| utc.with_timezone(&offset).to_rfc3339())
            })
            .unwrap_or_default();
        csv.push_str(&format!(
            "{},{},{},{},{}\r\n",
            entry.seq,
            when,
            field(&entry.who),
            field(&entry.action),
            field(&entry.detail)
        ));
    }
    match file {
        None => write!(out, "{csv}")?,
        Some(file) => match std::fs::write(file, &csv) {
            Ok(()) => writeln!(
                out,
                "Wrote {} lines of the coach log to {}",
                entries.len(),
                file.display()
            )?,
            Err(error) => {
                writeln!(out, "Nothing was written: {error}")?;
                return Ok(false);
            }
        },
    }
    Ok(true)
}

/// A line in the coach log for a command (a log that cannot be written is only noted).
fn audit(store: &crate::domain::store::Store, action: &str, detail: &str) {
    store.log_coach_action(&crate::domain::store::command_line_user(), action, detail);
}

/// Runs `stepwise export`; returns `false` when nothing could be written.
pub fn export(
    paths: &ResolvedPaths,
    out_arg: Option<&std::path::Path>,
    learner: Option<uuid::Uuid>,
    roster: bool,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    use crate::domain::exchange;
    let Some(store) = open_store(paths, out)? else {
        return Ok(false);
    };
    let name = workstation_name(paths);
    let file_name = if roster {
        exchange::roster_file_name()
    } else {
        exchange::default_file_name(&name, store.workstation())
    };
    let target = match out_arg {
        Some(path) if path.is_dir() => path.join(file_name),
        Some(path) => path.to_path_buf(),
        None => PathBuf::from(file_name),
    };
    let Ok(key) = org_key(paths, out)? else {
        return Ok(false);
    };
    let written = if roster {
        exchange::export_roster(&store, &target, &name, key.as_ref())
    } else {
        exchange::export(&store, &target, &name, learner, key.as_ref())
    };
    match written {
        Ok(summary) => {
            audit(
                &store,
                if roster {
                    "roster saved"
                } else {
                    "progress saved"
                },
                &format!(
                    "{}: {} learners, {} answers, {}",
                    crate::domain::store::logged_name(&summary.file),
                    summary.learners,
                    summary.attempts,
                    if key.is_some() {
                        "locked"
                    } else {
                        "NOT locked"
                    }
                ),
            );
            writeln!(
                out,
                "Saved {} learner(s) and {} answers to {}",
                summary.learners,
                summary.attempts,
                summary.file.display()
            )?;
            if key.is_none() {
                writeln!(
                    out,
                    "Not protected: no organisation key is set (org_key_file), so whoever \
                     finds this file can read it. See docs/privacy.md."
                )?;
            }
            Ok(true)
        }
        Err(error) => {
            writeln!(out, "Nothing was saved: {error}")?;
            Ok(false)
        }
    }
}

/// Runs `stepwise export --xapi`.
pub fn export_xapi(
    paths: &ResolvedPaths,
    out_arg: Option<&std::path::Path>,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let Some(store) = open_store(paths, out)? else {
        return Ok(false);
    };
    let file = match out_arg {
        Some(path) if path.is_dir() => path.join("stepwise-xapi.json"),
        Some(path) => path.to_path_buf(),
        None => PathBuf::from("stepwise-xapi.json"),
    };
    match crate::domain::xapi::export(&store, &file) {
        Ok(count) => {
            audit(
                &store,
                "xAPI saved",
                &crate::domain::store::logged_name(&file),
            );
            writeln!(out, "Wrote {count} xAPI statements to {}", file.display())?;
            Ok(true)
        }
        Err(error) => {
            writeln!(out, "Nothing was written: {error}")?;
            Ok(false)
        }
    }
}

/// Runs `stepwise import`: one report per file; returns `false` if any file was refused.
pub fn import(
    paths: &ResolvedPaths,
    files: &[PathBuf],
    remove: bool,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    use crate::domain::exchange;
    let Some(mut store) = open_store(paths, out)? else {
        return Ok(false);
    };
    let Ok(key) = org_key(paths, out)? else {
        return Ok(false);
    };
    let mut all_good = true;
    for file in files {
        match exchange::import(&mut store, file, key.as_ref()) {
            Ok(report) => {
                let from = report
                    .header
                    .as_ref()
                    .map(|h| {
                        let when = chrono::DateTime::from_timestamp_millis(h.written_at_ms)
                            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
                            .unwrap_or_default();
                        format!(
                            "from {} ({}), written {when}",
                            h.workstation_name,
                            &h.workstation.simple().to_string()[..6]
                        )
                    })
                    .unwrap_or_default();
                audit(
                    &store,
                    "progress added",
                    &format!(
                        "{}: {} new answers, {} known",
                        crate::domain::store::logged_name(file),
                        report.new_attempts(),
                        report.known_attempts()
                    ),
                );
                writeln!(out, "{}: {from}", file.display())?;
                let own = report
                    .header
                    .as_ref()
                    .is_some_and(|header| header.workstation == store.workstation());
                if remove && own {
                    writeln!(
                        out,
                        "  This PC's own file is kept (it is for the other PCs)."
                    )?;
                } else if remove {
                    match std::fs::remove_file(file) {
                        Ok(()) => writeln!(out, "  The file was read whole and is removed.")?,
                        Err(error) => writeln!(out, "  The file could not be removed: {error}")?,
                    }
                }
                for count in report.learners.values() {
                    let name = if count.name.is_empty() {
                        "(no name)"
                    } else {
                        &count.name
                    };
                    if count.erased {
                        writeln!(out, "  {name}: erased; nothing of theirs was added")?;
                    } else {
                        writeln!(
                            out,
                            "  {name}{}: {} new answers, {} already here",
                            if count.new_learner { " (new here)" } else { "" },
                            count.new_attempts,
                            count.known_attempts
                        )?;
                    }
                }
                for (new, known) in &report.possible_duplicates {
                    let name = |id: &uuid::Uuid| {
                        report
                            .learners
                            .get(id)
                            .map(|c| c.name.clone())
                            .unwrap_or_default()
                    };
                    writeln!(
                        out,
                        "  {} (new here) has the name of a learner already here ({new} and {known}): perhaps one person who signed up twice. Look at their pictures.",
                        name(new)
                    )?;
                }
                if let Some(off) = report.clock_off_ms {
                    writeln!(
                        out,
                        "  Note: that PC's clock was about {} days {} this one's. Its dates may be wrong; nothing else is affected.",
                        off.abs() / 86_400_000,
                        if off < 0 { "behind" } else { "ahead of" }
                    )?;
                }
                if report.same_workstation_id {
                    writeln!(
                        out,
                        "  Warning: that file comes from another PC that claims to be this one (a copied disk image?). Run `stepwise doctor` there."
                    )?;
                }
                if report.coach_changes > 0 {
                    writeln!(
                        out,
                        "  Coach accounts given, changed or withdrawn: {}.",
                        report.coach_changes
                    )?;
                }
                if report.coaches_refused > 0 {
                    writeln!(
                        out,
                        "  {} coach accounts were left out: the file is not locked with the organisation key, so anyone could have written them.",
                        report.coaches_refused
                    )?;
                }
                if report.unknown_records > 0 {
                    writeln!(
                        out,
                        "  {} records from a newer Stepwise were skipped.",
                        report.unknown_records
                    )?;
                }
            }
            Err(error) => {
                all_good = false;
                audit(
                    &store,
                    "progress refused",
                    &format!(
                        "{}: {}",
                        crate::domain::store::logged_name(file),
                        error.text_id()
                    ),
                );
                writeln!(
                    out,
                    "{}: refused, nothing was changed: {error}",
                    file.display()
                )?;
            }
        }
    }
    Ok(all_good)
}

/// Runs `stepwise report`.
pub fn report(
    paths: &ResolvedPaths,
    format: ReportFormat,
    out_stem: &std::path::Path,
    filter: &crate::domain::report::Filter,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let Some(store) = open_store(paths, out)? else {
        return Ok(false);
    };
    let library = Library::for_config(&paths.config.config);
    if format == ReportFormat::Html {
        use crate::domain::i18n::{Language, Texts};
        let language = paths
            .config
            .config
            .language
            .as_deref()
            .and_then(Language::from_code)
            .unwrap_or(Language::En);
        let mut file = out_stem.as_os_str().to_owned();
        file.push(".html");
        let file = PathBuf::from(file);
        let texts = Texts::load(language);
        return match crate::domain::report::write_html(
            &store, &library, &file, filter, &texts, language,
        ) {
            Ok(learners) => {
                audit(
                    &store,
                    "report saved",
                    &crate::domain::store::logged_name(&file),
                );
                writeln!(out, "Wrote {} ({learners} learners).", file.display())?;
                if !filter.without_names {
                    writeln!(out, "It holds personal data about learners: keep it safe.")?;
                }
                Ok(true)
            }
            Err(error) => {
                writeln!(out, "No report: {error}")?;
                Ok(false)
            }
        };
    }
    match crate::domain::report::write_csv(&store, &library, out_stem, filter) {
        Ok(written) => {
            audit(
                &store,
                "report saved",
                &crate::domain::store::logged_name(out_stem),
            );
            writeln!(
                out,
                "Wrote {} ({} learners), {} ({} answers) and {} (the progress files included).",
                written.learners_file.display(),
                written.learners,
                written.answers_file.display(),
                written.answers,
                written.files_file.display()
            )?;
            if !filter.without_names {
                writeln!(
                    out,
                    "These files hold personal data about learners: keep them safe, or use --without-names."
                )?;
            }
            Ok(true)
        }
        Err(error) => {
            writeln!(out, "No report: {error}")?;
            Ok(false)
        }
    }
}

/// Runs `stepwise demo`.
pub fn demo(
    paths: &ResolvedPaths,
    learners: usize,
    attempts: usize,
    seed: u64,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let Some(store) = open_store(paths, out)? else {
        return Ok(false);
    };
    let library = Library::for_config(&paths.config.config);
    let started = std::time::Instant::now();
    match crate::domain::demo::fill(&store, &library, learners, attempts, seed) {
        Ok(summary) => {
            writeln!(
                out,
                "Added {} made-up learners, {} answers and {} finished lessons to {} in {:.1} s",
                summary.learners,
                summary.attempts,
                summary.completions,
                paths.data_dir.display(),
                started.elapsed().as_secs_f64()
            )?;
            Ok(true)
        }
        Err(error) => {
            writeln!(out, "Nothing was added: {error}")?;
            Ok(false)
        }
    }
}

/// Runs `stepwise config set-coach-pin`: reads the PIN twice (hidden on a terminal; from
/// standard input otherwise) and prints `coach_pin_hash = "…"`.
pub fn set_coach_pin(out: &mut impl Write) -> std::io::Result<bool> {
    let Some(pin) = read_pin_twice(out)? else {
        return Ok(false);
    };
    match crate::domain::coach::hash_pin(&pin) {
        Ok(hash) => {
            writeln!(
                out,
                "# Put this line in stepwise.toml (the config file `stepwise doctor` names):"
            )?;
            writeln!(out, "coach_pin_hash = \"{hash}\"")?;
            Ok(true)
        }
        Err(error) => {
            writeln!(out, "Nothing was made: {error}.")?;
            Ok(false)
        }
    }
}

impl Cli {
    pub fn paths(&self) -> ResolvedPaths {
        let mut paths = PathInputs::from_environment(self.data_dir.clone()).resolve();
        if self.kiosk {
            paths.config.config.kiosk = Some(true);
        }
        paths
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
    if let Some(reason) = crate::domain::paths::unsafe_location(&paths.data_dir) {
        writeln!(out, "  WARNING:    {reason}")?;
    }
    let permissions = crate::domain::files::permission_problems(&paths.data_dir);
    if permissions.is_empty() {
        writeln!(out, "Permissions:  ok")?;
    }
    for problem in permissions {
        healthy = false;
        writeln!(out, "Permissions:  PROBLEM: {problem}")?;
    }
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
    match crate::domain::org_key::KeySetting::from_file(paths.config.config.org_key_file.as_deref())
    {
        crate::domain::org_key::KeySetting::NotSet => writeln!(
            out,
            "Org key:      NONE: progress files are written unprotected; a lost USB stick \
             shows learners' names and answers (see `stepwise key new`)"
        )?,
        crate::domain::org_key::KeySetting::Ready(key) => writeln!(
            out,
            "Org key:      ok ({}); progress files are locked",
            key.fingerprint()
        )?,
        crate::domain::org_key::KeySetting::Broken(problem) => {
            healthy = false;
            writeln!(
                out,
                "Org key:      PROBLEM: {problem}; no progress file is written"
            )?;
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
