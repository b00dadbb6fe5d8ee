//! The command line as an installer uses it: `stepwise doctor` explains where data lives and
//! why, and says plainly what is wrong.

use std::process::Command;

fn stepwise() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_stepwise"));
    command.env_remove("STEPWISE_DATA_DIR");
    command
}

/// Runs `stepwise doctor --data-dir DIR`; returns the outcome and the report.
fn doctor(data_dir: &std::path::Path) -> (std::process::Output, String) {
    let output = stepwise()
        .args(["doctor", "--data-dir"])
        .arg(data_dir)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout).into_owned();
    (output, report)
}

#[test]
fn version_prints_the_version() {
    let output = stepwise().arg("--version").output().unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        format!("stepwise {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn doctor_explains_a_data_folder_given_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let (output, report) = doctor(dir.path());
    assert!(output.status.success(), "{report}");
    assert!(
        report.contains(&format!("Data folder:  {}", dir.path().display())),
        "{report}"
    );
    assert!(
        report.contains("chosen by:  the --data-dir option"),
        "{report}"
    );
    assert!(report.contains("Database:     not created yet"), "{report}");
    assert!(
        report.contains("Renderer:     tiny-skia (software)"),
        "{report}"
    );
    assert!(report.contains("Languages:    en, nl"), "{report}");
    assert!(report.contains("Audio device:"), "{report}");
    // Looking must not create anything.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn doctor_follows_the_environment_variable_and_counts_what_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = stepwise::domain::store::Store::open(dir.path()).unwrap();
        let picture = stepwise::domain::avatar::Picture {
            symbol: "tree".into(),
            background: "sky".into(),
        };
        store.add_learner("Anna", &picture).unwrap();
    }
    let output = stepwise()
        .arg("doctor")
        .env("STEPWISE_DATA_DIR", dir.path())
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        report.contains("chosen by:  the STEPWISE_DATA_DIR environment variable"),
        "{report}"
    );
    assert!(
        report.contains(&format!(
            "Database:     ok, schema {}, 1 learners, 0 answers",
            stepwise::domain::store::latest_version()
        )),
        "{report}"
    );
    assert!(
        !report.contains("Anna"),
        "the doctor never prints a learner's name"
    );
}

#[test]
fn doctor_reports_a_damaged_database_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("stepwise.sqlite"), vec![7u8; 4096]).unwrap();
    let (output, report) = doctor(dir.path());
    assert!(!output.status.success());
    assert!(report.contains("Database:     PROBLEM:"), "{report}");
}

#[test]
fn portable_mode_config_problems_are_reported_by_the_doctor() {
    // A copy of the binary with a broken stepwise.toml beside it: portable mode.
    let dir = tempfile::tempdir().unwrap();
    let binary = portable(dir.path(), "text_size = 900\nlanguage = \"nl\"\n");
    let (ok, report) = run_portable(&binary, &["doctor"]);
    assert!(!ok, "a config problem is something to fix");
    assert!(report.contains("chosen by:  portable mode"), "{report}");
    assert!(
        report.contains(&format!(
            "Data folder:  {}",
            dir.path().join("data").display()
        )),
        "{report}"
    );
    assert!(
        report.contains("problem:    text_size: expected a whole number from 100 to 200"),
        "{report}"
    );
}

#[test]
fn lessons_check_passes_the_shipped_lessons() {
    let lessons = concat!(env!("CARGO_MANIFEST_DIR"), "/lessons");
    // Every lesson the curriculum lists is there, and passes.
    let curriculum: toml::Table =
        toml::from_str(&std::fs::read_to_string(format!("{lessons}/curriculum.toml")).unwrap())
            .unwrap();
    let listed: usize = curriculum["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|module| module["lessons"].as_array().unwrap().len())
        .sum();
    assert!(listed >= 30, "the curriculum has {listed} lessons");
    for args in [vec!["lessons", "check", lessons], vec!["lessons", "check"]] {
        let output = stepwise().args(&args).output().unwrap();
        let report = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{report}");
        assert!(
            report.contains(&format!("6 modules, {listed} lessons")) && report.contains("0 errors"),
            "{report}"
        );
        // The review status is reported honestly, per language.
        assert!(
            report.contains("Review (en): ") && report.contains("Review (nl): "),
            "{report}"
        );
    }
}

#[test]
fn lessons_check_fails_on_a_broken_lesson_and_names_the_file_and_the_fix() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("curriculum.toml"),
        "languages = [\"en\"]\n[[modules]]\nid = \"m\"\npicture = \"m\"\nlessons = [\"gone\"]\n",
    )
    .unwrap();
    let output = stepwise()
        .args(["lessons", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success());
    assert!(
        report.contains("error: gone/lesson.toml: gone/lesson.toml is missing"),
        "{report}"
    );
    assert!(report.contains("picture \"m\" is missing"), "{report}");
    assert!(
        report.contains("module-m is missing; add the module's title"),
        "{report}"
    );
}

fn run(args: &[&str], data_dir: &std::path::Path) -> (bool, String) {
    let output = stepwise()
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// Two workstations with made-up data export; a coach imports both files in either order, and
/// again; every import of the same file after the first adds nothing.
#[test]
fn demo_export_and_import_between_workstations() {
    let temp = tempfile::tempdir().unwrap();
    let (pc1, pc2) = (temp.path().join("pc1"), temp.path().join("pc2"));
    let (ok, said) = run(&["demo", "--learners", "3", "--attempts", "120"], &pc1);
    assert!(
        ok && said.contains("3 made-up learners, 120 answers"),
        "{said}"
    );
    assert!(
        run(
            &["demo", "--learners", "2", "--attempts", "50", "--seed", "9"],
            &pc2
        )
        .0
    );
    let (file1, file2) = (
        temp.path().join("one.stepwise"),
        temp.path().join("two.stepwise"),
    );
    let (ok, said) = run(&["export", "--out", file1.to_str().unwrap()], &pc1);
    assert!(
        ok && said.contains("3 learner(s) and 120 answers"),
        "{said}"
    );
    assert!(run(&["export", "--out", file2.to_str().unwrap()], &pc2).0);
    // Without a file name the usual name is used, in the folder given.
    let (ok, said) = run(&["export", "--out", temp.path().to_str().unwrap()], &pc2);
    assert!(ok && said.contains("stepwise-"), "{said}");

    let files = [file1.to_str().unwrap(), file2.to_str().unwrap()];
    let (ok, said) = run(
        &["import", files[0], files[1], files[0]],
        &temp.path().join("coach"),
    );
    assert!(ok, "{said}");
    assert!(
        said.contains("(new here)") && said.contains("0 new answers"),
        "{said}"
    );
    let (ok, said) = run(&["import", files[1]], &temp.path().join("coach"));
    assert!(ok && !said.contains("(new here)"), "{said}");
    // --remove: a file read whole is removed (from the USB stick); a refused one is kept.
    let (ok, said) = run(
        &["import", "--remove", files[1]],
        &temp.path().join("coach"),
    );
    assert!(
        ok && said.contains("is removed") && !file2.exists(),
        "{said}"
    );
    let foreign = temp.path().join("foreign.stepwise");
    std::fs::write(&foreign, b"not progress").unwrap();
    let (ok, _) = run(
        &["import", "--remove", foreign.to_str().unwrap()],
        &temp.path().join("coach"),
    );
    assert!(!ok && foreign.exists());
    // All of it is in the coach log, which `stepwise audit` shows as CSV.
    let (ok, log) = run(&["audit"], &temp.path().join("coach"));
    assert!(
        ok && log.starts_with("number,when,who,what,detail"),
        "{log}"
    );
    assert!(log.contains("\"command line, OS user "), "{log}");
    assert_eq!(log.matches("\"progress added\"").count(), 5, "{log}");
    assert!(
        log.contains("\"progress refused\"") && log.contains("foreign.stepwise"),
        "{log}"
    );

    // The roster: every learner, no answers.
    let roster = temp.path().join("roster.stepwise");
    let (ok, said) = run(
        &["export", "--roster", "--out", roster.to_str().unwrap()],
        &pc1,
    );
    assert!(ok && said.contains("3 learner(s) and 0 answers"), "{said}");
    let (ok, said) = run(
        &["import", roster.to_str().unwrap()],
        &temp.path().join("new"),
    );
    assert!(
        ok && said.matches("(new here): 0 new answers").count() == 3,
        "{said}"
    );

    // A file that is not a progress file is refused, and the command says so and fails.
    let (ok, said) = run(
        &["import", pc1.join("stepwise.sqlite").to_str().unwrap()],
        &pc2,
    );
    assert!(
        !ok && said.contains("not a Stepwise progress file"),
        "{said}"
    );
}

#[test]
fn wipe_asks_first_then_removes_every_learner_s_data_and_says_what() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let demo = stepwise()
        .args([
            "--data-dir",
            data,
            "demo",
            "--learners",
            "3",
            "--attempts",
            "40",
        ])
        .output()
        .unwrap();
    assert!(demo.status.success());
    assert!(
        stepwise()
            .args(["--data-dir", data, "backup", "now"])
            .status()
            .unwrap()
            .success()
    );
    // Anything but "wipe" keeps everything.
    let mut refused = stepwise()
        .args(["--data-dir", data, "wipe"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    refused.stdin.take().unwrap().write_all(b"yes\n").unwrap();
    let refused = refused.wait_with_output().unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stdout).contains("Nothing removed."));
    assert!(dir.path().join("stepwise.sqlite").exists());
    let mut wiped = stepwise()
        .args(["--data-dir", data, "wipe"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wiped.stdin.take().unwrap().write_all(b"wipe\n").unwrap();
    let wiped = wiped.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&wiped.stdout);
    assert!(wiped.status.success(), "{said}");
    assert!(said.contains("3 learners and 40 answers"), "{said}");
    assert!(said.contains("1 backup"), "{said}");
    for gone in ["stepwise.sqlite", "stepwise.sqlite-wal", "backups"] {
        assert!(!dir.path().join(gone).exists(), "{gone} is gone");
    }
}

/// A data folder shared by a group, as the Debian package makes `/var/lib/stepwise`: every
/// file Stepwise makes in it can be written by the group, so a second OS user on the PC never
/// meets a read-only database; and the doctor checks it.
#[cfg(unix)]
#[test]
fn in_a_folder_shared_by_a_group_every_file_is_the_group_s_to_write() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o2770)).unwrap();
    let (ok, said) = run(&["demo", "--learners", "2", "--attempts", "10"], dir.path());
    assert!(ok, "{said}");
    // (SQLite gives its WAL and shared-memory files the database's own mode.)
    let mode = std::fs::metadata(dir.path().join("stepwise.sqlite"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o060, 0o060, "the database is {mode:o}");
    assert_eq!(
        mode & 0o007,
        0,
        "the database is not for everyone: {mode:o}"
    );
    let (output, report) = doctor(dir.path());
    assert!(output.status.success(), "{report}");
    assert!(report.contains("Permissions:  ok"), "{report}");
    // A restored backup is the group's to write as well.
    let (ok, said) = run(&["backup", "now"], dir.path());
    assert!(ok, "{said}");
    let backup = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .next()
        .unwrap();
    let (ok, said) = run(
        &["backup", "restore", backup.to_str().unwrap(), "--yes"],
        dir.path(),
    );
    assert!(ok, "{said}");
    let mode = std::fs::metadata(dir.path().join("stepwise.sqlite"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o060, 0o060, "the restored database is {mode:o}");
    // A file only its owner may write is found, with the fix.
    let database = dir.path().join("stepwise.sqlite");
    std::fs::set_permissions(&database, std::fs::Permissions::from_mode(0o644)).unwrap();
    let (output, report) = doctor(dir.path());
    assert!(!output.status.success());
    assert!(report.contains("chmod -R g+rw"), "{report}");
}

/// `stepwise config init`, as the Windows installer runs it with its properties: the example
/// with the settings put in; a file already there is kept; a wrong value writes nothing.
#[test]
fn config_init_writes_the_installer_s_settings_and_keeps_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Stepwise").join("stepwise.toml");
    let hash = stepwise::domain::coach::hash_pin("204817").unwrap();
    let output = stepwise()
        .args(["config", "init", "--out"])
        .arg(&file)
        .args(["--workstation-name", "Kitchen PC 1", "--language", "nl"])
        .args(["--kiosk", "1", "--exchange-dir", "", "--coach-pin-hash"])
        .arg(format!("coach_pin_hash = \"{hash}\""))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = std::fs::read_to_string(&file).unwrap();
    let (config, problems) = stepwise::domain::config::Config::parse(&text, None);
    assert_eq!(problems, Vec::new());
    assert_eq!(config.workstation_name.as_deref(), Some("Kitchen PC 1"));
    assert_eq!(config.language.as_deref(), Some("nl"));
    assert_eq!(config.kiosk, Some(true));
    assert_eq!(config.coach_pin_hash.as_deref(), Some(hash.as_str()));
    assert!(
        text.contains("# The language of the interface"),
        "the explanations stay"
    );
    // Again (an upgrade): kept as it is.
    let again = stepwise()
        .args(["config", "init", "--language", "en", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(again.status.success());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    // A wrong value: nothing is written, and the reason is given.
    let other = dir.path().join("other.toml");
    let wrong = stepwise()
        .args(["config", "init", "--language", "xx", "--out"])
        .arg(&other)
        .output()
        .unwrap();
    assert!(!wrong.status.success());
    assert!(String::from_utf8_lossy(&wrong.stdout).contains("language"));
    assert!(!other.exists());
}

/// The Windows installer (which cannot be built here) runs `stepwise config init` with its
/// properties; every option it passes must be one `config init` takes, and the file must be
/// well-formed XML.
#[test]
fn the_windows_installer_passes_only_options_config_init_knows() {
    let wxs = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/packaging/windows/Stepwise.wxs"
    ))
    .unwrap();
    let command = wxs
        .split("<SetProperty Id=\"WriteConfig\"")
        .nth(1)
        .and_then(|rest| rest.split("Value=\"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .expect("the installer writes the config with `stepwise config init`");
    assert!(command.contains("config init"), "{command}");
    let help = stepwise()
        .args(["config", "init", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    let options: Vec<&str> = command
        .split_whitespace()
        .filter(|word| word.starts_with("--"))
        .collect();
    assert!(options.len() >= 7, "{options:?}");
    for option in options {
        assert!(help.contains(option), "config init has no {option}");
    }
    // Comments may not hold "--" and every tag closes: a small well-formedness check.
    for comment in wxs.split("<!--").skip(1) {
        let body = comment.split("-->").next().unwrap();
        assert!(!body.contains("--"), "\"--\" inside an XML comment: {body}");
    }
    assert_eq!(
        wxs.matches("<Component ").count(),
        wxs.matches("</Component>").count()
    );
}

/// A copy of the binary with `config` as its stepwise.toml beside it (portable mode).
fn portable(dir: &std::path::Path, config: &str) -> std::path::PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let binary = dir.join("stepwise");
    if std::fs::hard_link(env!("CARGO_BIN_EXE_stepwise"), &binary).is_err() {
        std::fs::copy(env!("CARGO_BIN_EXE_stepwise"), &binary).unwrap();
    }
    std::fs::write(dir.join("stepwise.toml"), config).unwrap();
    binary
}

/// Runs a portable copy (retrying while a freshly copied binary is still "busy").
fn run_portable(binary: &std::path::Path, args: &[&str]) -> (bool, String) {
    let mut attempts = 0;
    let output = loop {
        match Command::new(binary)
            .args(args)
            .env_remove("STEPWISE_DATA_DIR")
            .output()
        {
            Err(error)
                if error.kind() == std::io::ErrorKind::ExecutableFileBusy && attempts < 50 =>
            {
                attempts += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => break other.unwrap(),
        }
    };
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// The organisation key, as an installer sets it up: `key new` on the coach's PC, the same
/// file on a workstation. Its progress file opens at the coach's PC, is refused in plain words
/// on a PC without the key, and shows no name to whoever reads the bytes.
#[test]
fn with_an_organisation_key_progress_files_open_only_where_the_key_is() {
    let temp = tempfile::tempdir().unwrap();
    let key = temp.path().join("org.key");
    let (ok, said) = run(&["key", "new", "--out", key.to_str().unwrap()], temp.path());
    assert!(ok && said.contains("org_key_file"), "{said}");
    // Never replaced: files locked with it would be lost.
    let (ok, said) = run(&["key", "new", "--out", key.to_str().unwrap()], temp.path());
    assert!(!ok && said.contains("never overwritten"), "{said}");

    let config = format!("org_key_file = \"{}\"\n", key.display());
    let workstation = portable(&temp.path().join("pc"), &config);
    let coach = portable(&temp.path().join("coach"), &config);
    let (ok, said) = run_portable(&workstation, &["doctor"]);
    assert!(said.contains("Org key:      ok"), "{ok} {said}");
    assert!(
        run_portable(
            &workstation,
            &["demo", "--learners", "2", "--attempts", "30"]
        )
        .0
    );
    let file = temp.path().join("week.stepwise");
    let (ok, said) = run_portable(&workstation, &["export", "--out", file.to_str().unwrap()]);
    assert!(ok && !said.contains("Not protected"), "{said}");
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));

    // A PC without the key: refused, nothing added.
    let (ok, said) = run(
        &["import", file.to_str().unwrap()],
        &temp.path().join("other"),
    );
    assert!(
        !ok && said.contains("locked with the organisation key"),
        "{said}"
    );
    let (_, report) = doctor(&temp.path().join("other"));
    assert!(report.contains("0 learners"), "{report}");
    assert!(report.contains("Org key:      NONE"), "{report}");
    // The coach's PC, with the key: read whole.
    let (ok, said) = run_portable(&coach, &["import", file.to_str().unwrap()]);
    assert!(ok && said.contains("(new here)"), "{said}");
    let (_, report) = run_portable(&coach, &["doctor"]);
    assert!(report.contains("2 learners, 30 answers"), "{report}");

    // A key file named but gone: nothing is written unprotected instead.
    std::fs::remove_file(&key).unwrap();
    let (ok, said) = run_portable(
        &workstation,
        &["export", "--out", temp.path().to_str().unwrap()],
    );
    assert!(
        !ok && said.contains("organisation key cannot be used"),
        "{said}"
    );
    let (ok, report) = run_portable(&workstation, &["doctor"]);
    assert!(!ok && report.contains("Org key:      PROBLEM"), "{report}");
}

/// Certificates: one per module a learner finished, each with an id that stays the same when
/// printed again, the organisation's name, the DigComp competences and the level in words,
/// and the register at the end.
#[test]
fn certificates_are_given_once_per_finished_module_and_keep_their_ids() {
    let temp = tempfile::tempdir().unwrap();
    let binary = portable(
        &temp.path().join("pc"),
        "organisation_name = \"De Werkplaats\"\nlanguage = \"en\"\n",
    );
    assert!(run_portable(&binary, &["demo", "--learners", "2", "--attempts", "3000"]).0);
    let file = temp.path().join("certificates.html");
    let (ok, said) = run_portable(&binary, &["certificates", "--out", file.to_str().unwrap()]);
    assert!(
        ok && said.contains("certificates and the register"),
        "{said}"
    );
    let page = std::fs::read_to_string(&file).unwrap();
    let ids = |page: &str| -> Vec<String> {
        let mut ids: Vec<String> = page
            .match_indices("Certificate SW-")
            .map(|(at, _)| page[at + 12..at + 12 + 16].to_string())
            .collect();
        ids.sort();
        ids
    };
    let first = ids(&page);
    assert!(!first.is_empty(), "the made-up learners finished a module");
    assert!(page.contains("De Werkplaats"));
    assert!(
        page.contains("Solving technical problems"),
        "a DigComp competence in words"
    );
    assert!(page.contains("DigComp level"), "the level in words");
    assert!(page.contains("Register of certificates"));
    let (ok, _) = run_portable(&binary, &["certificates", "--out", file.to_str().unwrap()]);
    assert!(ok);
    assert_eq!(
        ids(&std::fs::read_to_string(&file).unwrap()),
        first,
        "ids kept for good"
    );
}

/// "What Stepwise keeps about you", printed for one learner: their name and picture, their own
/// numbers, where it is and who sees it, in easy-to-read lines with pictures.
#[test]
fn what_we_keep_is_printed_for_one_learner_with_their_own_numbers() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("pc");
    assert!(run(&["demo", "--learners", "2", "--attempts", "40"], &data).0);
    let store = stepwise::domain::store::Store::open(&data).unwrap();
    let anna = store.learners().unwrap()[0].clone();
    drop(store);
    let answers: i64 = rusqlite::Connection::open(data.join("stepwise.sqlite"))
        .unwrap()
        .query_row(
            "SELECT count(*) FROM attempts WHERE learner_id = ?1",
            [anna.id.to_string()],
            |row| row.get(0),
        )
        .unwrap();
    assert!(answers > 0);
    let file = temp.path().join("keeps.html");
    let (ok, said) = run(
        &[
            "what-we-keep",
            "--learner",
            &anna.id.to_string(),
            "--out",
            file.to_str().unwrap(),
        ],
        &data,
    );
    assert!(ok, "{said}");
    let page = std::fs::read_to_string(&file).unwrap();
    assert!(page.contains("What Stepwise keeps about you"));
    assert!(page.contains(&format!(
        "Your name and your picture: {}.",
        anna.display_name
    )));
    assert!(
        page.contains(&format!("Your answers: {answers} answers in")),
        "{page}"
    );
    assert!(page.contains("Stepwise does not keep what you type as a password."));
    assert!(page.matches("<svg").count() >= 6, "a picture on every line");
    // Someone not here: said plainly, nothing written.
    let (ok, said) = run(
        &[
            "what-we-keep",
            "--learner",
            &uuid::Uuid::nil().to_string(),
            "--out",
            "/tmp/x.html",
        ],
        &data,
    );
    assert!(!ok && said.contains("no learner"), "{said}");
}

/// Runs a command with `input` on standard input.
fn run_with_input(args: &[&str], data_dir: &std::path::Path, input: &str) -> (bool, String) {
    use std::io::Write as _;
    let mut child = stepwise()
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

/// The administrator gives a coach an account with their own PIN, changes it, withdraws it
/// and gives it back; a PIN twice or mistyped is refused; each is in the coach log.
#[test]
fn coach_accounts_are_given_changed_and_withdrawn_from_the_command_line() {
    let temp = tempfile::tempdir().unwrap();
    let data = temp.path().join("data");
    let (ok, said) = run_with_input(
        &["coach", "add", "--name", "Maria"],
        &data,
        "246813\n246813\n",
    );
    assert!(ok, "{said}");
    assert!(said.contains("Maria has a coach account"), "{said}");
    let (ok, said) = run_with_input(
        &["coach", "add", "--name", "Jan"],
        &data,
        "246813\n246813\n",
    );
    assert!(
        !ok && said.contains("this PIN opens the coach area already"),
        "{said}"
    );
    let (ok, said) = run_with_input(
        &["coach", "add", "--name", "Jan"],
        &data,
        "135791\n135792\n",
    );
    assert!(!ok && said.contains("not the same"), "{said}");
    let (ok, said) = run_with_input(
        &["coach", "pin", "--name", "maria"],
        &data,
        "975310\n975310\n",
    );
    assert!(ok && said.contains("Maria has a new PIN."), "{said}");
    let (ok, said) = run(&["coach", "withdraw", "--name", "Maria"], &data);
    assert!(ok && said.contains("no longer opens"), "{said}");
    let (_, list) = run(&["coach", "list"], &data);
    assert!(
        list.contains("Maria") && list.contains("WITHDRAWN"),
        "{list}"
    );
    let (ok, said) = run(&["coach", "give-back", "--name", "Nobody"], &data);
    assert!(!ok && said.contains("no coach account"), "{said}");
    let (ok, _) = run(&["coach", "give-back", "--name", "Maria"], &data);
    assert!(ok);
    let (_, list) = run(&["coach", "list"], &data);
    assert!(!list.contains("WITHDRAWN"), "{list}");
    let store = stepwise::domain::store::Store::open(&data).unwrap();
    assert!(stepwise::domain::coach::who_has_pin("975310", None, &store).is_some());
    let actions: Vec<String> = store
        .coach_log()
        .unwrap()
        .into_iter()
        .map(|entry| entry.action)
        .collect();
    assert_eq!(
        actions,
        [
            "coach account given",
            "coach PIN changed",
            "coach account withdrawn",
            "coach account given back"
        ]
    );
}
