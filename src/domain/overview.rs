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
    /// When the coach marked them as having left the organisation.
    pub left_at_ms: Option<i64>,
}

impl LearnerOverview {
    /// Share of tries made with help, in whole percent.
    pub fn help_percent(&self) -> u32 {
        (self.with_help * 100)
            .checked_div(self.answers)
            .unwrap_or(0)
    }
}

/// The answers summed per learner, lesson, step and workstation: what both overviews are made
/// of, read in one pass over the answers (a million answers are some 64,000 of these).
struct StepRow {
    learner: Uuid,
    lesson: String,
    step: String,
    workstation: String,
    answers: u32,
    last_ms: Option<i64>,
    with_help: u32,
    practice_ms: i64,
    wrong: u32,
    shown: u32,
}

/// The part of the answers a report covers: a period (UTC milliseconds, from inclusive, to
/// exclusive) and one workstation, each or both open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Span {
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub workstation: Option<Uuid>,
}

impl Span {
    fn params(&self) -> (Option<i64>, Option<i64>, Option<String>) {
        (
            self.from_ms,
            self.to_ms,
            self.workstation.map(|id| id.to_string()),
        )
    }
}

/// Answers (`started_at_ms`) or completions (`completed_at_ms`) in a [`Span`] given as
/// parameters `?{n}`, `?{n+1}` and `?{n+2}`.
fn in_span(time: &str, n: usize) -> String {
    format!(
        "(?{n} IS NULL OR {time} >= ?{n}) AND (?{m} IS NULL OR {time} < ?{m})
         AND (?{k} IS NULL OR workstation = ?{k})",
        m = n + 1,
        k = n + 2
    )
}

fn step_rows(store: &Store, span: &Span) -> Result<Vec<StepRow>, StoreError> {
    let mut statement = store.conn().prepare(&format!(
        "SELECT learner_id, lesson_id, step_id, workstation, count(*), max(ended_at_ms),
                sum(help_pressed OR hint_level >= 2),
                sum(min(max(ended_at_ms - started_at_ms, 0), ?1)),
                sum(NOT correct), sum(hint_level = 3)
         FROM attempts WHERE {}
         GROUP BY learner_id, lesson_id, step_id, workstation",
        in_span("started_at_ms", 2)
    ))?;
    let (from, to, workstation) = span.params();
    let mut rows = statement.query(params![LONGEST_TRY_MS, from, to, workstation])?;
    let mut steps = Vec::new();
    let mut current: Option<(String, Uuid)> = None;
    while let Some(row) = rows.next()? {
        let text: String = row.get(0)?;
        let learner = match &current {
            Some((last, id)) if *last == text => *id,
            _ => {
                let Ok(id) = Uuid::parse_str(&text) else {
                    continue;
                };
                current = Some((text, id));
                id
            }
        };
        steps.push(StepRow {
            learner,
            lesson: row.get(1)?,
            step: row.get(2)?,
            workstation: row.get(3)?,
            answers: row.get(4)?,
            last_ms: row.get(5)?,
            with_help: row.get(6)?,
            practice_ms: row.get(7)?,
            wrong: row.get(8)?,
            shown: row.get(9)?,
        });
    }
    Ok(steps)
}

/// Wrong tries and shown answers per (lesson, step).
type StepTotals = BTreeMap<(String, String), (u32, u32)>;

/// At most three steps, hardest first; ties in lesson and step order.
fn hardest(steps: StepTotals) -> Vec<Stuck> {
    let mut hardest: Vec<Stuck> = steps
        .into_iter()
        .filter(|(_, (wrong, shown))| wrong + shown > 0)
        .map(
            |((lesson_id, step_id), (wrong_tries, shown_answers))| Stuck {
                lesson_id,
                step_id,
                wrong_tries,
                shown_answers,
            },
        )
        .collect();
    // A stable sort: the map's lesson and step order stays within a tie.
    hardest.sort_by_key(|stuck| std::cmp::Reverse(stuck.wrong_tries + stuck.shown_answers));
    hardest.truncate(3);
    hardest
}

/// Both of the coach's lists, from one pass over the answers.
pub fn coach_lists(
    store: &Store,
    library: &Library,
) -> Result<(Vec<LearnerOverview>, Vec<LessonOverview>), StoreError> {
    let steps = step_rows(store, &Span::default())?;
    Ok((
        learners_from(store, library, &steps, &Span::default())?,
        lessons_from(store, library, &steps)?,
    ))
}

/// Every learner on this workstation (after imports: every learner known to it), in the order
/// they joined.
pub fn learners(store: &Store, library: &Library) -> Result<Vec<LearnerOverview>, StoreError> {
    learners_in(store, library, &Span::default())
}

/// The same, from the answers and lessons finished in `span` only (for a report).
pub fn learners_in(
    store: &Store,
    library: &Library,
    span: &Span,
) -> Result<Vec<LearnerOverview>, StoreError> {
    learners_from(store, library, &step_rows(store, span)?, span)
}

fn learners_from(
    store: &Store,
    library: &Library,
    steps: &[StepRow],
    span: &Span,
) -> Result<Vec<LearnerOverview>, StoreError> {
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
                left_at_ms: None,
            },
        );
    }
    let mut per_step: BTreeMap<Uuid, StepTotals> = BTreeMap::new();
    let mut workstations: BTreeMap<Uuid, std::collections::BTreeSet<&str>> = BTreeMap::new();
    for row in steps {
        let Some(overview) = by_learner.get_mut(&row.learner) else {
            continue;
        };
        workstations
            .entry(row.learner)
            .or_default()
            .insert(&row.workstation);
        overview.answers += row.answers;
        overview.last_active_ms = overview.last_active_ms.max(row.last_ms);
        overview.with_help += row.with_help;
        overview.practice_ms += row.practice_ms;
        let step = per_step
            .entry(row.learner)
            .or_default()
            .entry((row.lesson.clone(), row.step.clone()))
            .or_default();
        step.0 += row.wrong;
        step.1 += row.shown;
    }
    let left = store.left_learners()?;
    for (id, overview) in by_learner.iter_mut() {
        overview.left_at_ms = left.get(id).copied();
        overview.workstations = workstations.get(id).map_or(0, |set| set.len());
        overview.stuck = hardest(per_step.remove(id).unwrap_or_default());
    }
    let mut statement = conn.prepare(&format!(
        "SELECT DISTINCT learner_id, lesson_id FROM completions WHERE {}",
        in_span("completed_at_ms", 1)
    ))?;
    let (from, to, workstation) = span.params();
    let mut rows = statement.query(params![from, to, workstation])?;
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

    /// A report's period and PC: only the answers and finished lessons inside them count.
    #[test]
    fn a_span_counts_only_the_answers_and_lessons_inside_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let library = Library::fixture();
        let anna = store
            .add_learner(
                "Anna",
                &Picture {
                    symbol: "sun".into(),
                    background: "sky".into(),
                },
            )
            .unwrap()
            .id;
        // Two answers at 1 s (the helper's time), then a lesson finished now.
        answer(&store, anna, "double", true, 0, false, 1_000);
        answer(&store, anna, "single", false, 0, false, 1_000);
        store.record_completion(anna, "use-the-mouse", 1).unwrap();
        let all = Span::default();
        let later = Span {
            from_ms: Some(10_000),
            ..Span::default()
        };
        let elsewhere = Span {
            workstation: Some(Uuid::new_v4()),
            ..Span::default()
        };
        let count = |span: &Span| {
            let a = &learners_in(&store, &library, span).unwrap()[0];
            let lines = lessons_of_in(&store, &library, anna, span).unwrap();
            let answers: u32 = lines.iter().map(|line| line.answers).sum();
            (a.answers, a.lessons_done, answers)
        };
        assert_eq!(count(&all), (2, 1, 2));
        assert_eq!(
            count(&later),
            (0, 1, 0),
            "the answers were before, the lesson after"
        );
        assert_eq!(count(&elsewhere), (0, 0, 0));
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
    lessons_of_in(store, library, learner, &Span::default())
}

/// The same, from the answers and lessons finished in `span` only (for a report).
pub fn lessons_of_in(
    store: &Store,
    library: &Library,
    learner: Uuid,
    span: &Span,
) -> Result<Vec<LessonLine>, StoreError> {
    let (from, to, workstation) = span.params();
    let mut finished = store.conn().prepare(&format!(
        "SELECT DISTINCT lesson_id FROM completions WHERE learner_id = ?1 AND {}",
        in_span("completed_at_ms", 2)
    ))?;
    let done: std::collections::BTreeSet<String> = finished
        .query_map(params![learner.to_string(), from, to, workstation], |row| {
            row.get(0)
        })?
        .collect::<Result<_, _>>()?;
    let mut statement = store.conn().prepare(&format!(
        "SELECT count(*), sum(NOT correct), sum(help_pressed OR hint_level >= 2), max(ended_at_ms)
         FROM attempts WHERE learner_id = ?1 AND lesson_id = ?2 AND {}",
        in_span("started_at_ms", 3)
    ))?;
    let mut lines = Vec::new();
    for lesson in library.lessons() {
        let (answers, wrong, with_help, last_ms): (u32, Option<u32>, Option<u32>, Option<i64>) =
            statement.query_row(
                params![learner.to_string(), lesson.id, from, to, workstation],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )?;
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
    lessons_from(store, library, &step_rows(store, &Span::default())?)
}

fn lessons_from(
    store: &Store,
    library: &Library,
    steps: &[StepRow],
) -> Result<Vec<LessonOverview>, StoreError> {
    let conn = store.conn();
    // Only learners still here count (an erased learner's answers are gone anyway).
    let here: std::collections::BTreeSet<Uuid> = store
        .learners()?
        .into_iter()
        .map(|learner| learner.id)
        .collect();
    let mut started: BTreeMap<&str, std::collections::BTreeSet<Uuid>> = BTreeMap::new();
    let mut per_step: BTreeMap<&str, StepTotals> = BTreeMap::new();
    for row in steps.iter().filter(|row| here.contains(&row.learner)) {
        started.entry(&row.lesson).or_default().insert(row.learner);
        let step = per_step
            .entry(&row.lesson)
            .or_default()
            .entry((row.lesson.clone(), row.step.clone()))
            .or_default();
        step.0 += row.wrong;
        step.1 += row.shown;
    }
    let mut finished: BTreeMap<String, usize> = BTreeMap::new();
    let mut statement = conn.prepare(
        "SELECT c.lesson_id, count(DISTINCT c.learner_id) FROM completions c
         JOIN learners l ON l.id = c.learner_id GROUP BY c.lesson_id",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        finished.insert(row.get(0)?, row.get::<_, i64>(1)? as usize);
    }
    drop(rows);
    Ok(library
        .lessons()
        .map(|lesson| LessonOverview {
            lesson_id: lesson.id.clone(),
            started_by: started.get(lesson.id.as_str()).map_or(0, |set| set.len()),
            finished_by: finished.get(&lesson.id).copied().unwrap_or(0),
            hardest: hardest(per_step.remove(lesson.id.as_str()).unwrap_or_default()),
        })
        .collect())
}

/// Where an erasure has arrived, among the workstations known here: this one, and every one
/// whose own progress file was added here (a PC known only through another's file is not
/// listed as waiting: its notes, when they come, still count as done).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErasureStatus {
    pub learner: Uuid,
    pub erased_at_ms: i64,
    /// Workstations that applied it, by name (a short id where no name is known).
    pub done: Vec<String>,
    /// Workstations that have not yet, with when their newest file here was written.
    pub waiting: Vec<(String, i64)>,
}

/// Every erasure known here, newest first.
pub fn erasures(store: &Store, this_name: &str) -> Result<Vec<ErasureStatus>, StoreError> {
    let conn = store.conn();
    let this = store.workstation().to_string();
    // Known workstations: id → (name, newest file written).
    let mut known: BTreeMap<String, (String, i64)> = BTreeMap::new();
    let mut statement = conn.prepare(
        "SELECT workstation, workstation_name, max(written_at_ms) FROM imports
         GROUP BY workstation",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        known.insert(row.get(0)?, (row.get(1)?, row.get(2)?));
    }
    drop(rows);
    known.insert(
        this.clone(),
        (this_name.to_string(), crate::domain::store::now_ms()),
    );
    let name_of = |ws: &str| {
        known
            .get(ws)
            .map(|(name, _)| name.clone())
            .unwrap_or_else(|| format!("PC {}", ws.get(..6).unwrap_or(ws)))
    };
    let mut statement =
        conn.prepare("SELECT learner_id, erased_at_ms FROM tombstones ORDER BY erased_at_ms DESC")?;
    let tombstones: Vec<(String, i64)> = statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let mut applied = conn.prepare(
        "SELECT workstation FROM erasures_applied WHERE learner_id = ?1 ORDER BY workstation",
    )?;
    let mut statuses = Vec::new();
    for (learner, erased_at_ms) in tombstones {
        let Ok(id) = Uuid::parse_str(&learner) else {
            continue;
        };
        let done: Vec<String> = applied
            .query_map([&learner], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        let waiting = known
            .iter()
            .filter(|(ws, _)| !done.contains(ws))
            .map(|(_, (name, seen))| (name.clone(), *seen))
            .collect();
        statuses.push(ErasureStatus {
            learner: id,
            erased_at_ms,
            done: done.iter().map(|ws| name_of(ws)).collect(),
            waiting,
        });
    }
    Ok(statuses)
}
