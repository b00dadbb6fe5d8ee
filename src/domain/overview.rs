//! What the coach sees per learner: how far they are, how much help they needed, how long
//! they practised, and where they get stuck. Read from the store, never stored.

use std::collections::BTreeMap;

use rusqlite::params;
use uuid::Uuid;

use super::lesson::Library;
use super::store::{Learner, Store, StoreError};

/// A try counts for practice time up to this long (a learner who walked away is not
/// practising).
pub(crate) const LONGEST_TRY_MS: i64 = 5 * 60 * 1000;

/// One step where a learner needed many tries or was shown the answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stuck {
    pub lesson_id: String,
    pub step_id: String,
    pub wrong_tries: u32,
    /// Tries made with the answer on screen (hint level 3).
    pub shown_answers: u32,
}

/// One learner, for the coach's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerOverview {
    pub learner: Learner,
    /// Workstations the learner answered on.
    pub workstations: usize,
    pub last_active_ms: Option<i64>,
    pub lessons_done: usize,
    pub lessons_total: usize,
    pub answers: u32,
    /// Tries made with help (Help pressed, or hint level 2 or more on screen).
    pub with_help: u32,
    pub practice_ms: i64,
    /// At most three steps, hardest first.
    pub stuck: Vec<Stuck>,
}

impl LearnerOverview {
    /// Share of tries made with help, in whole percent.
    pub fn help_percent(&self) -> u32 {
        (self.with_help * 100)
            .checked_div(self.answers)
            .unwrap_or(0)
    }
}

/// Every learner on this workstation (after imports: every learner known to it), in the order
/// they joined.
pub fn learners(store: &Store, library: &Library) -> Result<Vec<LearnerOverview>, StoreError> {
    let conn = store.conn();
    let shipped: Vec<&str> = library.lessons().map(|lesson| lesson.id.as_str()).collect();
    let mut by_learner: BTreeMap<Uuid, LearnerOverview> = BTreeMap::new();
    let learners = store.learners()?;
    for learner in &learners {
        by_learner.insert(
            learner.id,
            LearnerOverview {
                learner: learner.clone(),
                workstations: 0,
                last_active_ms: None,
                lessons_done: 0,
                lessons_total: shipped.len(),
                answers: 0,
                with_help: 0,
                practice_ms: 0,
                stuck: Vec::new(),
            },
        );
    }
    let mut statement = conn.prepare(
        "SELECT learner_id, count(DISTINCT workstation), max(ended_at_ms), count(*),
                sum(help_pressed OR hint_level >= 2),
                sum(min(max(ended_at_ms - started_at_ms, 0), ?1))
         FROM attempts GROUP BY learner_id",
    )?;
    let mut rows = statement.query(params![LONGEST_TRY_MS])?;
    while let Some(row) = rows.next()? {
        let Ok(id) = Uuid::parse_str(&row.get::<_, String>(0)?) else {
            continue;
        };
        if let Some(overview) = by_learner.get_mut(&id) {
            overview.workstations = row.get::<_, i64>(1)? as usize;
            overview.last_active_ms = row.get(2)?;
            overview.answers = row.get(3)?;
            overview.with_help = row.get(4)?;
            overview.practice_ms = row.get(5)?;
        }
    }
    drop(rows);
    let mut statement = conn.prepare("SELECT DISTINCT learner_id, lesson_id FROM completions")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let lesson: String = row.get(1)?;
        if let (Ok(id), true) = (
            Uuid::parse_str(&row.get::<_, String>(0)?),
            shipped.contains(&lesson.as_str()),
        ) && let Some(overview) = by_learner.get_mut(&id)
        {
            overview.lessons_done += 1;
        }
    }
    drop(rows);
    let mut statement = conn.prepare(
        "SELECT learner_id, lesson_id, step_id, sum(NOT correct), sum(hint_level = 3)
         FROM attempts GROUP BY learner_id, lesson_id, step_id
         HAVING sum(NOT correct) > 0 OR sum(hint_level = 3) > 0
         ORDER BY sum(NOT correct) + sum(hint_level = 3) DESC, lesson_id, step_id",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        if let Ok(id) = Uuid::parse_str(&row.get::<_, String>(0)?)
            && let Some(overview) = by_learner.get_mut(&id)
            && overview.stuck.len() < 3
        {
            overview.stuck.push(Stuck {
                lesson_id: row.get(1)?,
                step_id: row.get(2)?,
                wrong_tries: row.get(3)?,
                shown_answers: row.get(4)?,
            });
        }
    }
    drop(rows);
    Ok(learners
        .iter()
        .filter_map(|learner| by_learner.remove(&learner.id))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::avatar::Picture;
    use crate::domain::store::Attempt;

    fn answer(
        store: &Store,
        learner: Uuid,
        step: &str,
        correct: bool,
        hint: u8,
        help: bool,
        ms: i64,
    ) {
        store
            .record_attempt(&Attempt {
                id: Uuid::new_v4(),
                learner_id: learner,
                lesson_id: "use-the-mouse".into(),
                lesson_version: 1,
                step_id: step.into(),
                answer: "x".into(),
                correct,
                try_number: 1,
                hint_level: hint,
                help_pressed: help,
                started_at_ms: 1_000,
                ended_at_ms: 1_000 + ms,
                app_version: "t".into(),
            })
            .unwrap();
    }

    #[test]
    fn the_coach_sees_progress_help_time_and_the_hardest_steps() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let library = Library::fixture();
        let picture = |symbol: &str| Picture {
            symbol: symbol.into(),
            background: "sky".into(),
        };
        let anna = store.add_learner("Anna", &picture("sun")).unwrap().id;
        let bert = store.add_learner("Bert", &picture("moon")).unwrap().id;
        answer(&store, anna, "double", false, 0, false, 20_000);
        answer(&store, anna, "double", false, 1, false, 20_000);
        answer(&store, anna, "double", true, 3, true, 20_000);
        answer(&store, anna, "single", false, 0, false, 10_000);
        answer(&store, anna, "single", true, 1, false, 3_600_000);
        store.record_completion(anna, "use-the-mouse", 1).unwrap();
        store.record_completion(anna, "use-the-mouse", 1).unwrap();
        store
            .record_completion(anna, "no-longer-shipped", 1)
            .unwrap();
        let list = learners(&store, &library).unwrap();
        assert_eq!(list.len(), 2);
        let a = &list[0];
        assert_eq!(a.learner.display_name, "Anna");
        assert_eq!((a.answers, a.with_help, a.help_percent()), (5, 1, 20));
        assert_eq!(
            a.lessons_done, 1,
            "a lesson done twice counts once; old lessons not"
        );
        assert_eq!(a.lessons_total, library.lessons().count());
        assert_eq!(
            a.practice_ms,
            70_000 + LONGEST_TRY_MS,
            "an hour-long try counts 5 minutes"
        );
        assert_eq!(a.workstations, 1);
        assert_eq!(a.last_active_ms, Some(1_000 + 3_600_000));
        assert_eq!(
            a.stuck
                .iter()
                .map(|s| (s.step_id.as_str(), s.wrong_tries, s.shown_answers))
                .collect::<Vec<_>>(),
            vec![("double", 2, 1), ("single", 1, 0)]
        );
        let lessons = lessons_of(&store, &library, anna).unwrap();
        assert_eq!(lessons.len(), 1);
        assert_eq!(
            (
                lessons[0].lesson_id.as_str(),
                lessons[0].done,
                lessons[0].answers,
                lessons[0].wrong,
                lessons[0].with_help
            ),
            ("use-the-mouse", true, 5, 3, 1)
        );
        assert!(lessons_of(&store, &library, bert).unwrap().is_empty());
        let per_lesson = super::lessons(&store, &library).unwrap();
        assert_eq!(per_lesson.len(), library.lessons().count());
        let mouse = per_lesson
            .iter()
            .find(|l| l.lesson_id == "use-the-mouse")
            .unwrap();
        assert_eq!((mouse.started_by, mouse.finished_by), (1, 1));
        assert_eq!(mouse.hardest[0].step_id, "double");
        let b = &list[1];
        assert_eq!(b.learner.id, bert);
        assert_eq!(
            (b.answers, b.help_percent(), b.last_active_ms),
            (0, 0, None)
        );
        assert!(b.stuck.is_empty());
    }
}

/// One lesson of one learner, for the coach's learner page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonLine {
    pub lesson_id: String,
    pub done: bool,
    pub answers: u32,
    pub wrong: u32,
    pub with_help: u32,
    pub last_ms: Option<i64>,
}

/// A learner's lessons in curriculum order (only those they touched).
pub fn lessons_of(
    store: &Store,
    library: &Library,
    learner: Uuid,
) -> Result<Vec<LessonLine>, StoreError> {
    let done = store.completed_lessons(learner)?;
    let mut statement = store.conn().prepare(
        "SELECT count(*), sum(NOT correct), sum(help_pressed OR hint_level >= 2), max(ended_at_ms)
         FROM attempts WHERE learner_id = ?1 AND lesson_id = ?2",
    )?;
    let mut lines = Vec::new();
    for lesson in library.lessons() {
        let (answers, wrong, with_help, last_ms): (u32, Option<u32>, Option<u32>, Option<i64>) =
            statement.query_row(params![learner.to_string(), lesson.id], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?;
        let is_done = done.contains(&lesson.id);
        if answers > 0 || is_done {
            lines.push(LessonLine {
                lesson_id: lesson.id.clone(),
                done: is_done,
                answers,
                wrong: wrong.unwrap_or(0),
                with_help: with_help.unwrap_or(0),
                last_ms,
            });
        }
    }
    Ok(lines)
}

/// One lesson, for the coach's Lessons view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonOverview {
    pub lesson_id: String,
    /// Learners who answered at least once in it.
    pub started_by: usize,
    pub finished_by: usize,
    /// At most three steps, hardest first (wrong tries and shown answers of all learners).
    pub hardest: Vec<Stuck>,
}

/// Every shipped lesson in curriculum order.
pub fn lessons(store: &Store, library: &Library) -> Result<Vec<LessonOverview>, StoreError> {
    let conn = store.conn();
    let mut started = conn.prepare(
        "SELECT count(DISTINCT a.learner_id) FROM attempts a JOIN learners l ON l.id = a.learner_id
         WHERE a.lesson_id = ?1",
    )?;
    let mut finished = conn.prepare(
        "SELECT count(DISTINCT c.learner_id) FROM completions c
         JOIN learners l ON l.id = c.learner_id WHERE c.lesson_id = ?1",
    )?;
    let mut hardest = conn.prepare(
        "SELECT step_id, sum(NOT correct), sum(hint_level = 3) FROM attempts
         WHERE lesson_id = ?1 GROUP BY step_id
         HAVING sum(NOT correct) > 0 OR sum(hint_level = 3) > 0
         ORDER BY sum(NOT correct) + sum(hint_level = 3) DESC, step_id LIMIT 3",
    )?;
    let mut lines = Vec::new();
    for lesson in library.lessons() {
        let started_by: i64 = started.query_row([&lesson.id], |row| row.get(0))?;
        let finished_by: i64 = finished.query_row([&lesson.id], |row| row.get(0))?;
        let steps = hardest
            .query_map([&lesson.id], |row| {
                Ok(Stuck {
                    lesson_id: lesson.id.clone(),
                    step_id: row.get(0)?,
                    wrong_tries: row.get(1)?,
                    shown_answers: row.get(2)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        lines.push(LessonOverview {
            lesson_id: lesson.id.clone(),
            started_by: started_by as usize,
            finished_by: finished_by as usize,
            hardest: steps,
        });
    }
    Ok(lines)
}
