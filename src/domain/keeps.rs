//! "What Stepwise keeps about you": an easy-to-read page with pictures that a coach prints and
//! goes through with a learner (GDPR Art. 12 and 15). It says what is kept, with the learner's
//! own numbers, where it is, who sees it, and what they can ask.

use std::path::Path;

use uuid::Uuid;

use super::i18n::Texts;
use super::report::{AVATARS, ReportError, escape};
use super::store::{Store, StoreError};

/// The interface pictograms the page uses, compiled in like the app's.
fn icon(name: &str) -> &'static str {
    match name {
        "done" => include_str!("../../assets/pictograms/ui/done.svg"),
        "settings" => include_str!("../../assets/pictograms/ui/settings.svg"),
        "microphone" => include_str!("../../assets/pictograms/ui/microphone.svg"),
        "no" => include_str!("../../assets/pictograms/ui/no.svg"),
        "help" => include_str!("../../assets/pictograms/ui/help.svg"),
        _ => include_str!("../../assets/pictograms/ui/tick.svg"),
    }
}

/// Writes the page for one learner; `Ok(false)` if there is no such learner here.
pub fn write_html(
    store: &Store,
    learner_id: Uuid,
    file: &Path,
    texts: &Texts,
) -> Result<bool, ReportError> {
    let Some(learner) = store
        .learners_with_joined()?
        .into_iter()
        .find(|learner| learner.id == learner_id)
    else {
        return Ok(false);
    };
    let (answers, lessons): (i64, i64) = store
        .conn()
        .query_row(
            "SELECT count(*), count(DISTINCT lesson_id) FROM attempts
             WHERE learner_id = ?1 OR made_by = ?1",
            [learner_id.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .map_err(StoreError::from)?;
    let has_voice = store.name_clip(learner_id)?.is_some();
    let svg = |text: &str| {
        text.split_once("<svg")
            .map(|(_, rest)| format!("<svg{rest}"))
            .unwrap_or_default()
    };
    let ([r, g, b], _) = super::avatar::background(&learner.picture.background);
    let picture = AVATARS
        .get_file(format!("{}.svg", learner.picture.symbol))
        .and_then(|file| file.contents_utf8())
        .map(svg)
        .unwrap_or_default();
    let mut lines: Vec<(String, String)> = vec![
        (
            format!("<div class=\"pic\" style=\"background:rgb({r},{g},{b})\">{picture}</div>"),
            texts.get_with(
                "report-keeps-name",
                &[("name", learner.display_name.clone().into())],
            ),
        ),
        (
            svg(icon("done")),
            texts.get_with(
                "report-keeps-answers",
                &[("answers", answers.into()), ("lessons", lessons.into())],
            ),
        ),
        (svg(icon("help")), texts.get("report-keeps-times")),
        (svg(icon("settings")), texts.get("report-keeps-settings")),
    ];
    if has_voice {
        lines.push((svg(icon("microphone")), texts.get("report-keeps-voice")));
    }
    lines.push((svg(icon("no")), texts.get("report-keeps-not")));
    lines.push((svg(icon("tick")), texts.get("report-keeps-where")));
    lines.push((svg(icon("tick")), texts.get("report-keeps-who")));
    lines.push((svg(icon("help")), texts.get("report-keeps-rights")));
    let mut page = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Stepwise</title><style>\
         body{font-family:sans-serif;font-size:20pt;line-height:1.5;color:#1b1b1b;margin:2em}\
         .line{display:flex;align-items:center;gap:1em;margin:.8em 0}\
         .line svg,.pic{width:90px;height:90px;flex:none}\
         .pic{border-radius:45px;display:flex;align-items:center;justify-content:center}\
         .pic svg{width:68px;height:68px}</style></head><body>",
    );
    page.push_str(&format!(
        "<h1>{}</h1><p>{}</p>",
        escape(&texts.get("report-keeps-title")),
        escape(&texts.get("report-keeps-intro"))
    ));
    for (picture, words) in lines {
        page.push_str(&format!(
            "<div class=\"line\">{picture}<p>{}</p></div>",
            escape(&words)
        ));
    }
    page.push_str("</body></html>");
    std::fs::write(file, page).map_err(|source| ReportError::Io {
        path: file.to_path_buf(),
        source,
    })?;
    Ok(true)
}
