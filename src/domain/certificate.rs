//! Certificates: a printable page for each module a learner finished, with their picture and
//! name, the module, the date, the organisation, the DigComp 2.2 competences and the level in
//! words, and an id kept in a register (`certificates` table) the coach can print.
//!
//! The level is read from how the lessons went: with help on at most a quarter of the answers,
//! DigComp level 2 ("on their own, with help where needed"); otherwise level 1 ("with
//! guidance"). The curriculum's lessons sit at levels 1–2.

use std::collections::HashMap;
use std::path::Path;

use uuid::Uuid;

use super::i18n::{Language, Texts};
use super::lesson::Library;
use super::report::{AVATARS, ReportError, escape};
use super::store::{Learner, Store, StoreError};

/// One certificate in the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub id: String,
    pub learner: Learner,
    pub module_id: String,
    /// DigComp proficiency level, 1 or 2.
    pub level: u8,
    pub finished_at_ms: i64,
    pub issued_at_ms: i64,
}

/// Gives a certificate for every module a learner finished (every lesson done) that has none
/// yet, and returns the whole register, oldest first. A certificate keeps its id for good.
pub fn issue_all(store: &Store, library: &Library) -> Result<Vec<Certificate>, StoreError> {
    let conn = store.conn();
    // Two passes for everyone: when each learner first finished each lesson, and how many of
    // their answers in it came with help.
    let mut first_done: HashMap<(String, String), i64> = HashMap::new();
    let mut statement = conn.prepare(
        "SELECT learner_id, lesson_id, min(completed_at_ms) FROM completions GROUP BY 1, 2",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        first_done.insert((row.get(0)?, row.get(1)?), row.get(2)?);
    }
    drop(rows);
    let mut help: HashMap<(String, String), (i64, i64)> = HashMap::new();
    let mut statement = conn.prepare(
        "SELECT learner_id, lesson_id, count(*), sum(help_pressed OR hint_level >= 2)
         FROM attempts GROUP BY 1, 2",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        help.insert((row.get(0)?, row.get(1)?), (row.get(2)?, row.get(3)?));
    }
    drop(rows);
    for learner in store.learners()? {
        let id = learner.id.to_string();
        let key = |lesson: &str| (id.clone(), lesson.to_string());
        for module in &library.modules {
            // Finished when every lesson is: on the day the last of them was first done.
            let finished_at: Option<Vec<i64>> = module
                .lessons
                .iter()
                .map(|lesson| first_done.get(&key(&lesson.id)).copied())
                .collect();
            let Some(finished_at) = finished_at.and_then(|days| days.into_iter().max()) else {
                continue;
            };
            let (answers, with_help) = module
                .lessons
                .iter()
                .filter_map(|lesson| help.get(&key(&lesson.id)))
                .fold((0, 0), |(a, h), (answers, with_help)| {
                    (a + answers, h + with_help)
                });
            let level = if with_help * 4 <= answers { 2 } else { 1 };
            let id = format!(
                "SW-{}-{}",
                chrono::Local::now().format("%Y"),
                &Uuid::new_v4().simple().to_string()[..8].to_uppercase()
            );
            conn.execute(
                "INSERT OR IGNORE INTO certificates (id, learner_id, module_id, level,
                                                     finished_at_ms, issued_at_ms)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params![
                    id,
                    learner.id.to_string(),
                    module.id,
                    level,
                    finished_at,
                    super::store::now_ms()
                ],
            )?;
        }
    }
    register(store)
}

/// The register: every certificate given here, oldest first.
pub fn register(store: &Store) -> Result<Vec<Certificate>, StoreError> {
    // A certificate given before its learner was joined into another stays in the register.
    let learners = store.learners_with_joined()?;
    let mut statement = store.conn().prepare(
        "SELECT id, learner_id, module_id, level, finished_at_ms, issued_at_ms
         FROM certificates ORDER BY issued_at_ms, id",
    )?;
    let rows = statement
        .query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, u8>(3)?,
                row.get::<_, i64>(4)?,
                row.get::<_, i64>(5)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows
        .into_iter()
        .filter_map(
            |(id, learner, module_id, level, finished_at_ms, issued_at_ms)| {
                let learner = learners
                    .iter()
                    .find(|l| l.id.to_string() == learner)?
                    .clone();
                Some(Certificate {
                    id,
                    learner,
                    module_id,
                    level,
                    finished_at_ms,
                    issued_at_ms,
                })
            },
        )
        .collect())
}

use super::local_day as day;

/// Writes the certificates (of one learner, or all) as a printable page each, and the register
/// as a page at the end.
pub fn write_html(
    certificates: &[Certificate],
    library: &Library,
    file: &Path,
    texts: &Texts,
    language: Language,
    organisation: &str,
) -> Result<usize, ReportError> {
    let mut page = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Stepwise</title><style>\
         body{font-family:sans-serif;font-size:16pt;color:#1b1b1b}\
         section{page-break-after:always;margin:2em;text-align:center}\
         .pic{width:120px;height:120px;border-radius:60px;margin:0 auto;display:flex;align-items:center;justify-content:center}\
         .pic svg{width:90px;height:90px}\
         ul{list-style:none;padding:0}.id{font-size:11pt;color:#444}\
         .sign{width:50%;margin:2.5em auto .5em;border-bottom:1px solid #1b1b1b}\
         table{border-collapse:collapse;margin:auto}td,th{padding:.2em .6em;border-bottom:1px solid #ccc}\
         </style></head><body>",
    );
    let module_title = |id: &str| library.text(language, &format!("module-{id}"));
    for certificate in certificates {
        let learner = &certificate.learner;
        let ([r, g, b], _) = super::avatar::background(&learner.picture.background);
        let svg = AVATARS
            .get_file(format!("{}.svg", learner.picture.symbol))
            .and_then(|file| file.contents_utf8())
            .and_then(|svg| {
                svg.split_once("<svg")
                    .map(|(_, rest)| format!("<svg{rest}"))
            })
            .unwrap_or_default();
        let competences: String = library
            .modules
            .iter()
            .find(|module| module.id == certificate.module_id)
            .map(|module| {
                module
                    .digcomp
                    .iter()
                    .filter_map(|id| id.strip_prefix("2.2:"))
                    .map(|id| {
                        format!(
                            "<li>{id} {}</li>",
                            escape(&texts.get(&format!("digcomp-{}", id.replace('.', "-"))))
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        page.push_str(&format!(
            "<section><h1>{}</h1><div class=\"pic\" style=\"background:rgb({r},{g},{b})\">{svg}</div>\
             <h2>{}</h2><p>{}</p><p>{}</p><h3>{}</h3><ul>{competences}</ul>\
             <p>{}</p><p>{}</p><div class=\"sign\"></div><p class=\"id\">{}</p></section>",
            escape(&texts.get("report-certificate-title")),
            escape(&learner.display_name),
            escape(&texts.get_with(
                "report-certificate-text",
                &[
                    ("module", module_title(&certificate.module_id).into()),
                    ("date", day(certificate.finished_at_ms).into()),
                ],
            )),
            escape(&texts.get(&format!("report-certificate-level-{}", certificate.level))),
            escape(&texts.get("report-certificate-competences")),
            escape(organisation),
            escape(&texts.get("report-certificate-coach")),
            escape(&texts.get_with(
                "report-certificate-id",
                &[("id", certificate.id.clone().into())],
            )),
        ));
    }
    // The register, to print and keep.
    page.push_str(&format!(
        "<section><h1>{}</h1><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        escape(&texts.get("report-certificate-register")),
        escape(&texts.get("report-certificate-register-id")),
        escape(&texts.get("report-certificate-register-name")),
        escape(&texts.get("report-certificate-register-module")),
        escape(&texts.get("report-certificate-register-level")),
        escape(&texts.get("report-certificate-register-date")),
    ));
    for certificate in certificates {
        page.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&certificate.id),
            escape(&certificate.learner.display_name),
            escape(&module_title(&certificate.module_id)),
            certificate.level,
            day(certificate.issued_at_ms),
        ));
    }
    page.push_str("</table></section></body></html>");
    std::fs::write(file, page).map_err(|source| ReportError::Io {
        path: file.to_path_buf(),
        source,
    })?;
    Ok(certificates.len())
}
