//! Reports for the coach and for funders: `stepwise report --format csv`. Two UTF-8 files that
//! open in a spreadsheet: one row per learner (with hours practised in the period) and one row
//! per answer. They hold personal data; the command says so.

use std::path::{Path, PathBuf};

use rusqlite::params;
use uuid::Uuid;

use super::lesson::Library;
use super::overview;
use super::store::{Store, StoreError};

/// Which answers a report covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// From this moment (UTC milliseconds), inclusive.
    pub from_ms: Option<i64>,
    /// Up to this moment, exclusive.
    pub to_ms: Option<i64>,
    pub learner: Option<Uuid>,
    pub workstation: Option<Uuid>,
    /// Leave names out: learners appear by id only (pseudonymous).
    pub without_names: bool,
}

impl Filter {
    /// The period and workstation, for the overview's figures.
    pub fn span(&self) -> overview::Span {
        overview::Span {
            from_ms: self.from_ms,
            to_ms: self.to_ms,
            workstation: self.workstation,
        }
    }
}

/// The periods the coach area offers for a report (funders ask per quarter).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Period {
    #[default]
    All,
    ThisQuarter,
    LastQuarter,
    LastYear,
}

impl Period {
    /// The next one, for a button that goes round them.
    pub fn next(self) -> Period {
        match self {
            Self::All => Self::ThisQuarter,
            Self::ThisQuarter => Self::LastQuarter,
            Self::LastQuarter => Self::LastYear,
            Self::LastYear => Self::All,
        }
    }

    /// From (inclusive) and to (exclusive), in UTC milliseconds, for a day `today` in the
    /// PC's time zone: quarters start on 1 January, April, July and October, local time.
    pub fn range(self, today: chrono::NaiveDate) -> (Option<i64>, Option<i64>) {
        use chrono::{Datelike, NaiveDate, TimeZone};
        let start_of = |year: i32, quarter: u32| {
            let (year, quarter) = if quarter == 0 {
                (year - 1, 4)
            } else if quarter == 5 {
                (year + 1, 1)
            } else {
                (year, quarter)
            };
            NaiveDate::from_ymd_opt(year, 3 * quarter - 2, 1)
        };
        // The day's first moment: midnight, or where a clock change skips it, the first hour
        // that exists.
        let ms = |day: Option<NaiveDate>| {
            let day = day?;
            (0..3)
                .filter_map(|hour| day.and_hms_opt(hour, 0, 0))
                .find_map(|moment| chrono::Local.from_local_datetime(&moment).earliest())
                .map(|moment| moment.timestamp_millis())
        };
        let quarter = today.month0() / 3 + 1;
        match self {
            Self::All => (None, None),
            Self::ThisQuarter => (
                ms(start_of(today.year(), quarter)),
                ms(start_of(today.year(), quarter + 1)),
            ),
            Self::LastQuarter => (
                ms(start_of(today.year(), quarter - 1)),
                ms(start_of(today.year(), quarter)),
            ),
            Self::LastYear => (
                ms(today.checked_sub_months(chrono::Months::new(12))),
                ms(today.succ_opt()),
            ),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: csv::Error },
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for ReportError {
    fn from(error: rusqlite::Error) -> Self {
        Self::Store(StoreError::Sql(error))
    }
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub learners_file: PathBuf,
    pub answers_file: PathBuf,
    /// The progress files the numbers include.
    pub files_file: PathBuf,
    pub learners: usize,
    pub answers: usize,
}

/// Writes `<stem>-learners.csv`, `<stem>-answers.csv` and `<stem>-files.csv` (the progress
/// files from other PCs the numbers include) next to `stem`.
pub fn write_csv(
    store: &Store,
    library: &Library,
    stem: &Path,
    filter: &Filter,
) -> Result<Written, ReportError> {
    let name = |suffix: &str| {
        let mut file = stem.as_os_str().to_owned();
        file.push(suffix);
        PathBuf::from(file)
    };
    let (learners_file, answers_file) = (name("-learners.csv"), name("-answers.csv"));
    let fail = |path: &Path| {
        let path = path.to_path_buf();
        move |source: csv::Error| ReportError::Write {
            path: path.clone(),
            source,
        }
    };
    let in_filter = "(?1 IS NULL OR ended_at_ms >= ?1) AND (?2 IS NULL OR ended_at_ms < ?2)
                     AND (?3 IS NULL OR learner_id = ?3) AND (?4 IS NULL OR workstation = ?4)";
    let args = params![
        filter.from_ms,
        filter.to_ms,
        filter.learner.map(|id| id.to_string()),
        filter.workstation.map(|id| id.to_string())
    ];
    let shown_name = |name: &str| {
        if filter.without_names {
            String::new()
        } else {
            formula_safe(name.replace(['\r', '\n'], " "))
        }
    };

    // One row per learner: the period's figures.
    let mut out = csv::Writer::from_path(&learners_file).map_err(fail(&learners_file))?;
    out.write_record([
        "learner_id",
        "name",
        "answers",
        "right_first_time",
        "with_help",
        "hours_practised",
        "lessons_done",
        "last_active_utc",
    ])
    .map_err(fail(&learners_file))?;
    let overviews = overview::learners_in(store, library, &filter.span())?;
    let mut statement = store.conn().prepare(&format!(
        "SELECT count(*), sum(correct AND try_number = 1), sum(help_pressed OR hint_level >= 2),
                coalesce(sum(min(max(ended_at_ms - started_at_ms, 0), ?6)), 0),
                max(ended_at_ms)
         FROM attempts WHERE {in_filter} AND learner_id = ?5"
    ))?;
    let mut learners = 0;
    for overview in &overviews {
        let id = overview.learner.id;
        if filter.learner.is_some_and(|only| only != id) {
            continue;
        }
        let (answers, first, help, ms, last): (i64, Option<i64>, Option<i64>, i64, Option<i64>) =
            statement.query_row(
                params![
                    filter.from_ms,
                    filter.to_ms,
                    filter.learner.map(|id| id.to_string()),
                    filter.workstation.map(|id| id.to_string()),
                    id.to_string(),
                    overview::LONGEST_TRY_MS
                ],
                |row| {
                    Ok((
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ))
                },
            )?;
        learners += 1;
        out.write_record([
            id.to_string(),
            shown_name(&overview.learner.display_name),
            answers.to_string(),
            first.unwrap_or(0).to_string(),
            help.unwrap_or(0).to_string(),
            format!("{:.2}", ms as f64 / 3_600_000.0),
            overview.lessons_done.to_string(),
            last.and_then(chrono::DateTime::from_timestamp_millis)
                .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                .unwrap_or_default(),
        ])
        .map_err(fail(&learners_file))?;
    }
    out.flush()
        .map_err(|error| fail(&learners_file)(error.into()))?;

    // One row per answer.
    let mut out = csv::Writer::from_path(&answers_file).map_err(fail(&answers_file))?;
    out.write_record([
        "learner_id",
        "lesson",
        "lesson_version",
        "step",
        "answer",
        "right",
        "try",
        "hint_level",
        "help_pressed",
        "started_utc",
        "seconds",
        "workstation",
        "app_version",
    ])
    .map_err(fail(&answers_file))?;
    let mut statement = store.conn().prepare(&format!(
        "SELECT learner_id, lesson_id, lesson_version, step_id, answer, correct, try_number,
                hint_level, help_pressed, started_at_ms, ended_at_ms, workstation, app_version
         FROM attempts WHERE {in_filter} ORDER BY started_at_ms, workstation, seq"
    ))?;
    let mut rows = statement.query(args)?;
    let mut answers = 0;
    while let Some(row) = rows.next()? {
        let started: i64 = row.get(9)?;
        let ended: i64 = row.get(10)?;
        let answer: String = row.get(4)?;
        answers += 1;
        out.write_record([
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, i64>(2)?.to_string(),
            row.get::<_, String>(3)?,
            formula_safe(answer),
            row.get::<_, bool>(5)?.to_string(),
            row.get::<_, i64>(6)?.to_string(),
            row.get::<_, i64>(7)?.to_string(),
            row.get::<_, bool>(8)?.to_string(),
            chrono::DateTime::from_timestamp_millis(started)
                .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
                .unwrap_or_default(),
            format!("{:.1}", (ended - started).max(0) as f64 / 1000.0),
            row.get::<_, String>(11)?,
            row.get::<_, String>(12)?,
        ])
        .map_err(fail(&answers_file))?;
    }
    out.flush()
        .map_err(|error| fail(&answers_file)(error.into()))?;
    let files_file = name("-files.csv");
    let mut out = csv::Writer::from_path(&files_file).map_err(fail(&files_file))?;
    out.write_record(["file", "from", "written (UTC)", "new answers"])
        .map_err(fail(&files_file))?;
    for file in store.imported_files()? {
        let written = chrono::DateTime::from_timestamp_millis(file.written_at_ms)
            .map(|when| when.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        out.write_record([
            file.file_name,
            file.workstation_name,
            written,
            file.new_attempts.to_string(),
        ])
        .map_err(fail(&files_file))?;
    }
    out.flush()
        .map_err(|error| fail(&files_file)(error.into()))?;
    Ok(Written {
        learners_file,
        answers_file,
        files_file,
        learners,
        answers,
    })
}

/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula: such text
/// (a name from a progress file, say) gets a leading apostrophe.
fn formula_safe(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::avatar::Picture;
    use crate::domain::store::Attempt;

    #[test]
    fn a_csv_report_per_learner_and_per_answer_within_a_period() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let library = Library::fixture();
        let anna = store
            .add_learner(
                "=Anna",
                &Picture {
                    symbol: "sun".into(),
                    background: "sky".into(),
                },
            )
            .unwrap()
            .id;
        for (index, day) in [1_i64, 2, 40].iter().enumerate() {
            store
                .record_attempt(&Attempt {
                    id: Uuid::new_v4(),
                    learner_id: anna,
                    lesson_id: "use-the-mouse".into(),
                    lesson_version: 1,
                    step_id: format!("s{index}"),
                    answer: "single".into(),
                    correct: index != 1,
                    try_number: 1,
                    hint_level: 0,
                    help_pressed: index == 1,
                    started_at_ms: day * 86_400_000,
                    ended_at_ms: day * 86_400_000 + 1_800_000,
                    app_version: "t".into(),
                })
                .unwrap();
        }
        let filter = Filter {
            from_ms: Some(0),
            to_ms: Some(30 * 86_400_000),
            ..Filter::default()
        };
        let stem = dir.path().join("report");
        let written = write_csv(&store, &library, &stem, &filter).unwrap();
        assert_eq!(
            (written.learners, written.answers),
            (1, 2),
            "day 40 is outside"
        );
        let learners = std::fs::read_to_string(&written.learners_file).unwrap();
        let line = learners.lines().nth(1).unwrap();
        // Two answers of 30 minutes, each counted up to 5 minutes: 0.17 hours.
        assert!(line.contains(",'=Anna,2,1,1,0.17,"), "{line}");
        let answers = std::fs::read_to_string(&written.answers_file).unwrap();
        assert_eq!(answers.lines().count(), 3);
        assert!(
            answers.contains("use-the-mouse,1,s0,single,true,1,0,false,1970-01-02 00:00:00,1800.0")
        );
        let anonymous = Filter {
            without_names: true,
            ..filter
        };
        write_csv(&store, &library, &stem, &anonymous).unwrap();
        let learners = std::fs::read_to_string(&written.learners_file).unwrap();
        assert!(!learners.contains("Anna"), "no names when asked");
    }

    #[test]
    fn the_periods_are_local_quarters_and_the_last_twelve_months() {
        use chrono::{NaiveDate, TimeZone};
        let day = |y, m, d| {
            chrono::Local
                .from_local_datetime(
                    &NaiveDate::from_ymd_opt(y, m, d)
                        .unwrap()
                        .and_hms_opt(0, 0, 0)
                        .unwrap(),
                )
                .earliest()
                .unwrap()
                .timestamp_millis()
        };
        let today = NaiveDate::from_ymd_opt(2026, 2, 14).unwrap();
        assert_eq!(Period::All.range(today), (None, None));
        assert_eq!(
            Period::ThisQuarter.range(today),
            (Some(day(2026, 1, 1)), Some(day(2026, 4, 1)))
        );
        // The quarter before the first of a year is the last of the year before.
        assert_eq!(
            Period::LastQuarter.range(today),
            (Some(day(2025, 10, 1)), Some(day(2026, 1, 1)))
        );
        let december = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(
            Period::ThisQuarter.range(december),
            (Some(day(2026, 10, 1)), Some(day(2027, 1, 1)))
        );
        assert_eq!(
            Period::LastYear.range(today),
            (Some(day(2025, 2, 14)), Some(day(2026, 2, 15)))
        );
        let mut period = Period::All;
        for _ in 0..4 {
            period = period.next();
        }
        assert_eq!(period, Period::All, "the button goes round");
    }
}

/// The sign-in pictures, for the printable report (the same files the app draws).
pub(super) static AVATARS: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/assets/pictograms/avatars");

/// Text made safe to put in HTML (a name from a progress file may hold markup).
pub(super) fn escape(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&#39;"),
            c if c.is_control() => {}
            c => safe.push(c),
        }
    }
    safe
}

/// A printable HTML page per learner: picture, name, figures and a bar per lesson (answers,
/// the part with help darker). One self-contained file; print it from a browser.
pub fn write_html(
    store: &Store,
    library: &Library,
    file: &Path,
    filter: &Filter,
    texts: &super::i18n::Texts,
    language: super::i18n::Language,
) -> Result<usize, ReportError> {
    let mut page = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Stepwise</title><style>\
         body{font-family:sans-serif;font-size:14pt;color:#1b1b1b}\
         section{page-break-after:always;margin:1.5em 0}\
         .head{display:flex;align-items:center;gap:1em}\
         .pic{width:80px;height:80px;border-radius:40px;display:flex;align-items:center;justify-content:center}\
         .pic svg{width:60px;height:60px}\
         table{border-collapse:collapse}td{padding:.2em .6em}\
         .bar{display:inline-block;height:14px;background:#0b4f8a}\
         .help{display:inline-block;height:14px;background:#8a5a00}\
         .note{font-size:11pt;color:#444}</style></head><body>",
    );
    page.push_str(&format!(
        "<p class=\"note\">{}</p>",
        escape(&texts.get("report-personal-data"))
    ));
    let mut learners = 0;
    for overview in overview::learners_in(store, library, &filter.span())? {
        let learner = &overview.learner;
        if filter.learner.is_some_and(|only| only != learner.id) {
            continue;
        }
        learners += 1;
        let ([r, g, b], _) = super::avatar::background(&learner.picture.background);
        let svg = AVATARS
            .get_file(format!("{}.svg", learner.picture.symbol))
            .and_then(|file| file.contents_utf8())
            .map(|svg| svg.split_once("<svg").map_or("", |(_, rest)| rest))
            .map(|rest| format!("<svg{rest}"))
            .unwrap_or_default();
        let name = if filter.without_names {
            learner.id.to_string()
        } else {
            learner.display_name.clone()
        };
        let minutes = overview.practice_ms / 60_000;
        page.push_str(&format!(
            "<section><div class=\"head\"><div class=\"pic\" style=\"background:rgb({r},{g},{b})\">{}</div><h1>{}</h1></div>",
            if filter.without_names { String::new() } else { svg },
            escape(&name)
        ));
        for line in [
            texts.get_with(
                "coach-lessons-done",
                &[
                    ("done", overview.lessons_done.into()),
                    ("total", overview.lessons_total.into()),
                ],
            ),
            texts.get_with(
                "coach-answers",
                &[
                    ("answers", overview.answers.into()),
                    ("help", overview.help_percent().into()),
                ],
            ),
            texts.get_with(
                "coach-time",
                &[
                    ("hours", (minutes / 60).into()),
                    ("minutes", (minutes % 60).into()),
                ],
            ),
        ] {
            page.push_str(&format!("<p>{}</p>", escape(&line)));
        }
        page.push_str(&format!(
            "<p class=\"note\">{}</p><table>",
            escape(&texts.get("coach-bars"))
        ));
        let lines = overview::lessons_of_in(store, library, learner.id, &filter.span())?;
        let most = lines.iter().map(|l| l.answers).max().unwrap_or(1).max(1) as f32;
        for line in lines {
            let title = library
                .lesson(&line.lesson_id)
                .map(|lesson| lesson.title(language))
                .unwrap_or_else(|| line.lesson_id.clone());
            let help = 300.0 * line.with_help as f32 / most;
            let rest = 300.0 * (line.answers - line.with_help.min(line.answers)) as f32 / most;
            page.push_str(&format!(
                "<tr><td>{}{}</td><td><span class=\"help\" style=\"width:{help:.0}px\"></span><span class=\"bar\" style=\"width:{rest:.0}px\"></span></td><td>{}</td></tr>",
                if line.done { "✓ " } else { "" },
                escape(&title),
                escape(&texts.get_with(
                    "coach-lesson-line",
                    &[
                        ("answers", line.answers.into()),
                        ("wrong", line.wrong.into()),
                        ("help", line.with_help.into()),
                    ],
                ))
            ));
        }
        page.push_str("</table></section>");
    }
    // Which progress files the numbers include: funders and auditors ask.
    let files = store.imported_files()?;
    let included = if files.is_empty() {
        texts.get("report-files-none")
    } else {
        let names: Vec<String> = files
            .iter()
            .map(|file| {
                let day = chrono::DateTime::from_timestamp_millis(file.written_at_ms)
                    .map(|when| when.format("%Y-%m-%d").to_string())
                    .unwrap_or_default();
                format!("{} ({}, {day})", file.file_name, file.workstation_name)
            })
            .collect();
        texts.get_with("report-files", &[("files", names.join("; ").into())])
    };
    page.push_str(&format!(
        "<footer class=\"note\"><p>{}</p></footer>",
        escape(&included)
    ));
    page.push_str("</body></html>");
    std::fs::write(file, page).map_err(|source| ReportError::Io {
        path: file.to_path_buf(),
        source,
    })?;
    Ok(learners)
}

#[cfg(test)]
mod html_tests {
    use super::*;
    use crate::domain::avatar::Picture;
    use crate::domain::i18n::{Language, Texts};

    #[test]
    fn the_printable_report_escapes_names_and_shows_pictures_and_bars() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let library = Library::fixture();
        crate::domain::demo::fill(&store, &library, 2, 40, 1).unwrap();
        store
            .add_learner(
                "<script>x</script>",
                &Picture {
                    symbol: "moon".into(),
                    background: "mint".into(),
                },
            )
            .unwrap();
        let file = dir.path().join("report.html");
        let texts = Texts::load(Language::En);
        let count = write_html(
            &store,
            &library,
            &file,
            &Filter::default(),
            &texts,
            Language::En,
        )
        .unwrap();
        assert_eq!(count, 3);
        let page = std::fs::read_to_string(&file).unwrap();
        assert!(page.contains("&lt;script&gt;x&lt;/script&gt;") && !page.contains("<script>"));
        assert_eq!(page.matches("<section>").count(), 3);
        assert!(page.contains("<svg"), "the pictures are in the page");
        assert!(page.contains("class=\"help\""), "the bars");
        assert!(page.contains("This report holds personal data"));
        let anonymous = Filter {
            without_names: true,
            ..Filter::default()
        };
        write_html(&store, &library, &file, &anonymous, &texts, Language::En).unwrap();
        let page = std::fs::read_to_string(&file).unwrap();
        assert!(!page.contains("Anna") && !page.contains("<svg"));
    }

    #[test]
    fn a_report_names_the_progress_files_it_includes_once_each() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::fixture();
        let pc = Store::open(&dir.path().join("pc")).unwrap();
        crate::domain::demo::fill(&pc, &library, 2, 40, 2).unwrap();
        let file = dir.path().join("kitchen.stepwise");
        crate::domain::exchange::export(&pc, &file, "Kitchen PC", None, None).unwrap();
        let mut coach = Store::open(&dir.path().join("coach")).unwrap();
        let texts = Texts::load(Language::En);
        let page = dir.path().join("report.html");
        let render = |coach: &Store| {
            write_html(
                coach,
                &library,
                &page,
                &Filter::default(),
                &texts,
                Language::En,
            )
            .unwrap();
            std::fs::read_to_string(&page).unwrap()
        };
        assert!(render(&coach).contains("own answers only"));
        // Read twice (as the shared folder is): named once, with the answers it brought.
        crate::domain::exchange::import(&mut coach, &file, None).unwrap();
        crate::domain::exchange::import(&mut coach, &file, None).unwrap();
        let html = render(&coach);
        assert_eq!(
            html.matches("kitchen.stepwise (Kitchen PC, ").count(),
            1,
            "{html}"
        );
        let written =
            write_csv(&coach, &library, &dir.path().join("r"), &Filter::default()).unwrap();
        let files = std::fs::read_to_string(written.files_file).unwrap();
        let lines: Vec<&str> = files.lines().collect();
        assert_eq!(lines.len(), 2, "{files}");
        assert!(
            lines[1].starts_with("kitchen.stepwise,Kitchen PC,"),
            "{files}"
        );
        assert!(
            lines[1].ends_with(",40"),
            "40 new answers, counted once: {files}"
        );
    }
}
