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

/// What is kept about one learner: their own numbers, for the lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keeps {
    pub learner: super::store::Learner,
    pub answers: i64,
    pub lessons: i64,
    pub has_voice: bool,
}

/// One line: the interface pictogram beside it (`None`: the learner's own picture) and its
/// text's id.
pub type Line = (Option<&'static str>, &'static str);

impl Keeps {
    /// Reads it for one learner; `None` if there is no such learner here (a profile joined
    /// into another is still theirs to ask about).
    pub fn of(store: &Store, learner_id: Uuid) -> Result<Option<Keeps>, StoreError> {
        let Some(learner) = store
            .learners_with_joined()?
            .into_iter()
            .find(|learner| learner.id == learner_id)
        else {
            return Ok(None);
        };
        // What they gave, wherever a join or move put it, and what is theirs now.
        let (answers, lessons): (i64, i64) = store.conn().query_row(
            "SELECT count(*), count(DISTINCT lesson_id) FROM attempts
             WHERE learner_id = ?1 OR made_by = ?1",
            [learner_id.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let has_voice = store.name_clip(learner_id)?.is_some();
        Ok(Some(Keeps {
            learner,
            answers,
            lessons,
            has_voice,
        }))
    }

    /// The lines, in order: the page and the screen show the same.
    pub fn lines(&self) -> Vec<Line> {
        let mut lines: Vec<Line> = vec![
            (None, "keeps-name"),
            (Some("done"), "keeps-answers"),
            (Some("help"), "keeps-times"),
            (Some("settings"), "keeps-settings"),
        ];
        if self.has_voice {
            lines.push((Some("microphone"), "keeps-voice"));
        }
        lines.extend([
            (Some("no"), "keeps-not"),
            (Some("tick"), "keeps-where"),
            (Some("tick"), "keeps-who"),
            (Some("help"), "keeps-rights"),
        ]);
        lines
    }

    /// A line's words, with this learner's name and numbers.
    pub fn text(&self, texts: &Texts, id: &str) -> String {
        match id {
            "keeps-name" => {
                texts.get_with(id, &[("name", self.learner.display_name.clone().into())])
            }
            "keeps-answers" => texts.get_with(
                id,
                &[
                    ("answers", self.answers.into()),
                    ("lessons", self.lessons.into()),
                ],
            ),
            _ => texts.get(id),
        }
    }
}

/// Writes the page for one learner; `Ok(false)` if there is no such learner here.
pub fn write_html(
    store: &Store,
    learner_id: Uuid,
    file: &Path,
    texts: &Texts,
) -> Result<bool, ReportError> {
    let Some(keeps) = Keeps::of(store, learner_id)? else {
        return Ok(false);
    };
    let svg = |text: &str| {
        text.split_once("<svg")
            .map(|(_, rest)| format!("<svg{rest}"))
            .unwrap_or_default()
    };
    let learner = &keeps.learner;
    let ([r, g, b], _) = super::avatar::background(&learner.picture.background);
    let picture = AVATARS
        .get_file(format!("{}.svg", learner.picture.symbol))
        .and_then(|file| file.contents_utf8())
        .map(svg)
        .unwrap_or_default();
    let lines: Vec<(String, String)> = keeps
        .lines()
        .into_iter()
        .map(|(pictogram, id)| {
            let image = match pictogram {
                None => format!(
                    "<div class=\"pic\" style=\"background:rgb({r},{g},{b})\">{picture}</div>"
                ),
                Some(name) => svg(icon(name)),
            };
            (image, keeps.text(texts, id))
        })
        .collect();
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
        escape(&texts.get("keeps-title")),
        escape(&texts.get("keeps-intro"))
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
