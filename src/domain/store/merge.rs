//! One person, two profiles. A coach joins two learners who are the same person (and may undo
//! it), or moves a session done under the wrong profile to the right one.
//!
//! Joins and moves are records of their own, and they travel in progress files. Answers and
//! completions never change: only whose they are now (`learner_id`; the learner they were given
//! as stays in `made_by`). Whose they are is worked out from the records alone, the same way on
//! every PC, so the order in which files arrive does not matter:
//!
//! - a join in force takes the learner's answers to the learner they were joined into (and on,
//!   along a chain); of two joins of one learner the newest stamp wins, and a ring of joins
//!   made on two PCs at once is broken at its oldest join;
//! - moves then apply in the order of their stamps: the answers of one lesson between two
//!   times that belong to `from` go to `to`;
//! - a join or move naming a learner this PC does not know yet waits until it does; one
//!   naming an erased learner is void.
//!
//! Erasing a learner here erases the learners joined into them too (same person), with the
//! same stamp. Erasing removes what the learner gave; what others gave and a join or move made
//! theirs goes back to whoever gave it.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{Connection, params};
use uuid::Uuid;

use super::{Learner, Store, StoreError, now_ms};

/// A join: `from` is the same person as `into`; `from`'s answers are `into`'s now. Kept as
/// it is written in a progress file (the `merge` record).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Merge {
    pub id: Uuid,
    pub from: Uuid,
    pub into: Uuid,
    pub at_ms: i64,
    pub undone: bool,
    pub clock: i64,
    pub ws: Uuid,
}

/// A session moved: `from`'s answers (and completions) in `lesson` between `start_ms` and
/// `end_ms` (both included) are `to`'s, unless it is undone. Kept as it is written in a
/// progress file (the `move` record).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Move {
    pub id: Uuid,
    pub from: Uuid,
    pub to: Uuid,
    pub lesson: String,
    pub start_ms: i64,
    pub end_ms: i64,
    pub at_ms: i64,
    /// Written since the undo of a move (a move without it is in force).
    #[serde(default)]
    pub undone: bool,
    pub clock: i64,
    pub ws: Uuid,
}

/// One lesson on one day, as the coach sees it on a learner's page (what "Move" moves).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub lesson: String,
    /// The local day, `YYYY-MM-DD`.
    pub day: String,
    pub start_ms: i64,
    /// The last answer's end, or the lesson's completion that day if later.
    pub end_ms: i64,
    pub answers: u64,
    /// Answers given with help (Help pressed, or the second hint or more on screen).
    pub with_help: u64,
}

/// A learner joined into another, as listed on the other's page (with the join to undo).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined {
    pub merge: Uuid,
    pub learner: Learner,
    pub at_ms: i64,
}

/// The joins and moves in force.
#[derive(Debug, Default)]
pub(crate) struct Rules {
    /// A learner → the learner they are joined into (one step) and that join's id.
    into: BTreeMap<Uuid, (Uuid, Uuid)>,
    /// Moves in force, oldest stamp first.
    moves: Vec<Move>,
    /// Every learner a join or move names (in force or not): only their answers can change
    /// hands.
    named: BTreeSet<Uuid>,
}

fn uuid(text: &str) -> Uuid {
    Uuid::parse_str(text).unwrap_or_default()
}

impl Rules {
    pub(crate) fn load(conn: &Connection) -> Result<Rules, rusqlite::Error> {
        let (all_merges, all_moves) = (merges(conn)?, moves(conn)?);
        let mut rules = Rules::default();
        // Most PCs never see a join or a move: then there is nothing more to read (every
        // import asks).
        if all_merges.is_empty() && all_moves.is_empty() {
            return Ok(rules);
        }
        // A join or move naming an erased learner is void: the erased learner's own answers
        // are gone, and what others gave stays theirs (every PC can tell, whatever came first).
        let mut statement = conn.prepare("SELECT id FROM learners")?;
        let known: BTreeSet<Uuid> = statement
            .query_map([], |row| row.get::<_, String>(0))?
            .map(|id| id.map(|id| uuid(&id)))
            .collect::<Result<_, _>>()?;
        let usable = |id: &Uuid| known.contains(id);

        // Of two joins of one learner, the newest stamp wins.
        let mut newest: BTreeMap<Uuid, ((i64, Uuid), Uuid, Uuid)> = BTreeMap::new();
        for merge in all_merges {
            rules.named.extend([merge.from, merge.into]);
            if merge.undone
                || merge.from == merge.into
                || !usable(&merge.from)
                || !usable(&merge.into)
            {
                continue;
            }
            let stamp = (merge.clock, merge.ws);
            if newest
                .get(&merge.from)
                .is_none_or(|(held, ..)| stamp > *held)
            {
                newest.insert(merge.from, (stamp, merge.into, merge.id));
            }
        }
        // A ring (A into B on one PC, B into A on another) is broken at its oldest join.
        while let Some(ring) = find_ring(&newest) {
            let oldest = ring
                .iter()
                .min_by(|a, b| newest[a].0.cmp(&newest[b].0))
                .copied()
                .unwrap_or(ring[0]);
            newest.remove(&oldest);
        }
        rules.into = newest
            .into_iter()
            .map(|(from, (_, into, id))| (from, (into, id)))
            .collect();

        for moved in all_moves {
            rules.named.extend([moved.from, moved.to]);
            if !moved.undone && moved.from != moved.to && usable(&moved.from) && usable(&moved.to) {
                rules.moves.push(moved);
            }
        }
        rules
            .moves
            .sort_by_key(|moved| (moved.clock, moved.ws, moved.id));
        Ok(rules)
    }

    /// The learner `id` is now: themself, or the end of their chain of joins.
    pub(crate) fn resolve(&self, mut id: Uuid) -> Uuid {
        // Rings were broken in `load`; the bound is a second guard.
        for _ in 0..=self.into.len() {
            match self.into.get(&id) {
                Some((into, _)) => id = *into,
                None => break,
            }
        }
        id
    }

    /// Whose an answer (or completion) given as `maker` in `lesson` at `at_ms` is now.
    pub(crate) fn owner(&self, maker: Uuid, lesson: &str, at_ms: i64) -> Uuid {
        let mut owner = self.resolve(maker);
        for moved in &self.moves {
            if moved.lesson == lesson
                && (moved.start_ms..=moved.end_ms).contains(&at_ms)
                && self.resolve(moved.from) == owner
            {
                owner = self.resolve(moved.to);
            }
        }
        owner
    }
}

/// A ring in the one-step map, if there is one: its members.
fn find_ring<S>(into: &BTreeMap<Uuid, (S, Uuid, Uuid)>) -> Option<Vec<Uuid>> {
    let mut done = BTreeSet::new();
    for start in into.keys() {
        let mut path = Vec::new();
        let mut at = *start;
        while !done.contains(&at) {
            if let Some(index) = path.iter().position(|seen| *seen == at) {
                return Some(path[index..].to_vec());
            }
            path.push(at);
            match into.get(&at) {
                Some((_, next, _)) => at = *next,
                None => break,
            }
        }
        done.extend(path);
    }
    None
}

pub(crate) fn merges(conn: &Connection) -> Result<Vec<Merge>, rusqlite::Error> {
    let mut statement = conn.prepare(
        "SELECT id, from_learner, into_learner, at_ms, undone, clock, workstation FROM merges
         ORDER BY id",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(Merge {
            id: uuid(&row.get::<_, String>(0)?),
            from: uuid(&row.get::<_, String>(1)?),
            into: uuid(&row.get::<_, String>(2)?),
            at_ms: row.get(3)?,
            undone: row.get(4)?,
            clock: row.get(5)?,
            ws: uuid(&row.get::<_, String>(6)?),
        })
    })?;
    rows.collect()
}

pub(crate) fn moves(conn: &Connection) -> Result<Vec<Move>, rusqlite::Error> {
    let mut statement = conn.prepare(
        "SELECT id, from_learner, to_learner, lesson_id, start_ms, end_ms, at_ms, undone, clock,
                workstation FROM moves ORDER BY id",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(Move {
            id: uuid(&row.get::<_, String>(0)?),
            from: uuid(&row.get::<_, String>(1)?),
            to: uuid(&row.get::<_, String>(2)?),
            lesson: row.get(3)?,
            start_ms: row.get(4)?,
            end_ms: row.get(5)?,
            at_ms: row.get(6)?,
            undone: row.get(7)?,
            clock: row.get(8)?,
            ws: uuid(&row.get::<_, String>(9)?),
        })
    })?;
    rows.collect()
}

/// Keeps a join from a file or from here: a new one is added; a known one takes the newer
/// stamp (which says whether it is undone).
pub(crate) fn put_merge(conn: &Connection, merge: &Merge) -> Result<bool, rusqlite::Error> {
    let changed = conn.execute(
        "INSERT INTO merges (id, from_learner, into_learner, at_ms, undone, clock, workstation)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET undone = excluded.undone, clock = excluded.clock,
             workstation = excluded.workstation
         WHERE (excluded.clock, excluded.workstation) > (clock, workstation)",
        params![
            merge.id.to_string(),
            merge.from.to_string(),
            merge.into.to_string(),
            merge.at_ms,
            merge.undone,
            merge.clock,
            merge.ws.to_string()
        ],
    )?;
    Ok(changed > 0)
}

/// Keeps a move from a file or from here: a new one is added; a known one takes the newer
/// stamp (which says whether it is undone).
pub(crate) fn put_move(conn: &Connection, moved: &Move) -> Result<bool, rusqlite::Error> {
    let changed = conn.execute(
        "INSERT INTO moves (id, from_learner, to_learner, lesson_id, start_ms, end_ms, at_ms,
                            clock, workstation, undone)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO UPDATE SET undone = excluded.undone, clock = excluded.clock,
             workstation = excluded.workstation
         WHERE (excluded.clock, excluded.workstation) > (clock, workstation)",
        params![
            moved.id.to_string(),
            moved.from.to_string(),
            moved.to.to_string(),
            moved.lesson,
            moved.start_ms,
            moved.end_ms,
            moved.at_ms,
            moved.clock,
            moved.ws.to_string(),
            moved.undone
        ],
    )?;
    Ok(changed > 0)
}

/// Gives every answer and completion a join or move touches to whom it belongs now, and marks
/// who is joined into whom. Run after every change to the joins or moves and after every
/// import (new answers of a joined learner may have come).
pub(crate) fn reassign(conn: &Connection) -> Result<(), rusqlite::Error> {
    let rules = Rules::load(conn)?;
    if rules.named.is_empty() {
        return Ok(());
    }
    conn.execute(
        "UPDATE learners SET merged_into = NULL WHERE merged_into IS NOT NULL",
        [],
    )?;
    for from in rules.into.keys() {
        conn.execute(
            "UPDATE learners SET merged_into = ?2 WHERE id = ?1",
            params![from.to_string(), rules.resolve(*from).to_string()],
        )?;
    }

    for (table, time) in [
        ("attempts", "started_at_ms"),
        ("completions", "completed_at_ms"),
    ] {
        let mut changes: BTreeMap<i64, (Uuid, Uuid)> = BTreeMap::new();
        let mut statement = conn.prepare(&format!(
            "SELECT rowid, learner_id, made_by, lesson_id, {time} FROM {table}
             WHERE learner_id = ?1 OR made_by = ?1"
        ))?;
        for named in &rules.named {
            let mut rows = statement.query([named.to_string()])?;
            while let Some(row) = rows.next()? {
                let rowid: i64 = row.get(0)?;
                let owner_now = uuid(&row.get::<_, String>(1)?);
                let maker = row
                    .get::<_, Option<String>>(2)?
                    .map(|id| uuid(&id))
                    .unwrap_or(owner_now);
                let lesson: String = row.get(3)?;
                let owner = rules.owner(maker, &lesson, row.get(4)?);
                if owner != owner_now {
                    changes.insert(rowid, (maker, owner));
                }
            }
        }
        drop(statement);
        for (rowid, (maker, owner)) in changes {
            conn.execute(
                &format!("UPDATE {table} SET made_by = ?2, learner_id = ?3 WHERE rowid = ?1"),
                params![rowid, maker.to_string(), owner.to_string()],
            )?;
        }
    }
    Ok(())
}

impl Store {
    /// Joins `from` into `into`: the same person with two profiles. `from`'s answers and
    /// finished lessons are `into`'s from now on (on every PC the join reaches), and `from`
    /// has no tile at sign-in. [`Store::undo_merge`] gives them back.
    pub fn merge_learners(&self, from: Uuid, into: Uuid) -> Result<Uuid, StoreError> {
        self.two_visible(
            from,
            into,
            "only two different learners on the sign-in page can be joined",
        )?;
        self.restamp(|tx, clock, ws| {
            let id = Uuid::new_v4();
            put_merge(
                tx,
                &Merge {
                    id,
                    from,
                    into,
                    at_ms: now_ms(),
                    undone: false,
                    clock,
                    ws,
                },
            )?;
            Ok(id)
        })
    }

    /// Undoes a join: the learner is back at sign-in with their own answers. The undoing is
    /// stamped, so it wins over the join on every PC it reaches.
    pub fn undo_merge(&self, merge: Uuid) -> Result<(), StoreError> {
        self.restamp(|tx, clock, ws| {
            let Some(mut found) = merges(tx)?.into_iter().find(|m| m.id == merge) else {
                return Err(refused("this join is not known here"));
            };
            (found.undone, found.clock, found.ws) = (true, clock, ws);
            put_merge(tx, &found)?;
            Ok(())
        })
    }

    /// Moves one session (a lesson on one day, see [`Store::sessions`]) from `from` to `to`:
    /// done under the wrong profile. [`Store::undo_move`] gives it back.
    pub fn move_session(
        &self,
        from: Uuid,
        to: Uuid,
        session: &Session,
    ) -> Result<Uuid, StoreError> {
        self.two_visible(from, to, "a session moves between two different learners")?;
        self.restamp(|tx, clock, ws| {
            let id = Uuid::new_v4();
            put_move(
                tx,
                &Move {
                    id,
                    from,
                    to,
                    lesson: session.lesson.clone(),
                    start_ms: session.start_ms,
                    end_ms: session.end_ms,
                    at_ms: now_ms(),
                    undone: false,
                    clock,
                    ws,
                },
            )?;
            Ok(id)
        })
    }

    /// Undoes a move: the session is back with whoever had it before. Stamped, so it wins
    /// over the move on every PC it reaches.
    pub fn undo_move(&self, moved: Uuid) -> Result<(), StoreError> {
        self.restamp(|tx, clock, ws| {
            let Some(mut found) = moves(tx)?.into_iter().find(|m| m.id == moved) else {
                return Err(refused("this move is not known here"));
            };
            (found.undone, found.clock, found.ws) = (true, clock, ws);
            put_move(tx, &found)?;
            Ok(())
        })
    }

    /// Two different learners on the sign-in page, or `why`.
    fn two_visible(&self, a: Uuid, b: Uuid, why: &str) -> Result<(), StoreError> {
        let visible = self.learners()?;
        if a == b || ![a, b].iter().all(|id| visible.iter().any(|l| l.id == *id)) {
            return Err(refused(why));
        }
        Ok(())
    }

    /// One change to the joins or moves, stamped by this workstation, then whose answers are
    /// whose worked out again; all in one transaction.
    fn restamp<T>(
        &self,
        change: impl FnOnce(&Connection, i64, Uuid) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self.begin()?;
        let done = change(&tx, self.tick()?, self.workstation)?;
        reassign(&tx)?;
        tx.commit()?;
        Ok(done)
    }

    /// The moves in force to or from this learner, newest first (to undo one).
    pub fn moves_of(&self, learner: Uuid) -> Result<Vec<Move>, StoreError> {
        let mut found: Vec<Move> = moves(&self.conn)?
            .into_iter()
            .filter(|m| !m.undone && (m.from == learner || m.to == learner))
            .collect();
        found.sort_by_key(|m| std::cmp::Reverse((m.clock, m.at_ms)));
        Ok(found)
    }

    /// The learners joined into this one, with the join that did it (to undo), newest first.
    pub fn joined_into(&self, learner: Uuid) -> Result<Vec<Joined>, StoreError> {
        let rules = Rules::load(&self.conn)?;
        let all = self.learners_with_joined()?;
        let found = merges(&self.conn)?;
        let mut joined: Vec<Joined> = all
            .into_iter()
            .filter(|l| l.id != learner && rules.resolve(l.id) == learner)
            .filter_map(|l| {
                let (_, merge) = rules.into.get(&l.id)?;
                let at_ms = found.iter().find(|m| m.id == *merge)?.at_ms;
                Some(Joined {
                    merge: *merge,
                    learner: l,
                    at_ms,
                })
            })
            .collect();
        joined.sort_by_key(|j| std::cmp::Reverse(j.at_ms));
        Ok(joined)
    }

    /// Every learner, those joined into another too (their pictures stay taken).
    pub fn learners_with_joined(&self) -> Result<Vec<Learner>, StoreError> {
        self.learners_where("1")
    }

    /// A learner's sessions: each lesson on each day they practised it, newest first.
    pub fn sessions(&self, learner: Uuid) -> Result<Vec<Session>, StoreError> {
        let mut sessions: BTreeMap<(String, String), Session> = BTreeMap::new();
        let mut statement = self.conn.prepare(
            "SELECT lesson_id, started_at_ms, ended_at_ms, help_pressed OR hint_level >= 2
             FROM attempts WHERE learner_id = ?1",
        )?;
        let mut rows = statement.query([learner.to_string()])?;
        while let Some(row) = rows.next()? {
            let lesson: String = row.get(0)?;
            // An answer from an old PC's clock may end before it starts.
            let (start, end): (i64, i64) = (row.get(1)?, row.get(2)?);
            let end = end.max(start);
            let day = crate::domain::local_day(start);
            let session = sessions
                .entry((day.clone(), lesson.clone()))
                .or_insert(Session {
                    lesson,
                    day,
                    start_ms: start,
                    end_ms: end,
                    answers: 0,
                    with_help: 0,
                });
            session.start_ms = session.start_ms.min(start);
            session.end_ms = session.end_ms.max(end);
            session.answers += 1;
            session.with_help += u64::from(row.get::<_, bool>(3)?);
        }
        drop(rows);
        // The lesson finished that day belongs to the session too.
        let mut statement = self
            .conn
            .prepare("SELECT lesson_id, completed_at_ms FROM completions WHERE learner_id = ?1")?;
        let mut rows = statement.query([learner.to_string()])?;
        while let Some(row) = rows.next()? {
            let lesson: String = row.get(0)?;
            let at: i64 = row.get(1)?;
            if let Some(session) = sessions.get_mut(&(crate::domain::local_day(at), lesson)) {
                session.end_ms = session.end_ms.max(at);
            }
        }
        let mut sessions: Vec<Session> = sessions.into_values().collect();
        sessions.sort_by_key(|s| std::cmp::Reverse(s.start_ms));
        Ok(sessions)
    }
}

fn refused(why: &str) -> StoreError {
    StoreError::Sql(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
        Some(why.into()),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::avatar::Picture;
    use crate::domain::store::Attempt;

    fn picture(symbol: &str) -> Picture {
        Picture {
            symbol: symbol.into(),
            background: "sky".into(),
        }
    }

    fn answer(store: &Store, learner: Uuid, lesson: &str, at_ms: i64) -> Attempt {
        let attempt = Attempt {
            id: Uuid::new_v4(),
            learner_id: learner,
            lesson_id: lesson.into(),
            lesson_version: 1,
            step_id: "s".into(),
            answer: "a".into(),
            correct: true,
            try_number: 1,
            hint_level: 0,
            help_pressed: false,
            started_at_ms: at_ms,
            ended_at_ms: at_ms + 1_000,
            app_version: "test".into(),
        };
        store.record_attempt(&attempt).unwrap();
        attempt
    }

    fn count(store: &Store, learner: Uuid, lesson: &str) -> usize {
        store.attempts(learner, lesson).unwrap().len()
    }

    #[test]
    fn a_join_gives_the_answers_and_lessons_to_one_learner_and_undo_gives_them_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let anna = store.add_learner("Anna", &picture("tree")).unwrap();
        let twice = store.add_learner("Anna", &picture("sun")).unwrap();
        answer(&store, anna.id, "mouse", 1_000);
        answer(&store, twice.id, "mouse", 2_000);
        answer(&store, twice.id, "keys", 3_000);
        store.record_completion(twice.id, "keys", 1).unwrap();

        let join = store.merge_learners(twice.id, anna.id).unwrap();
        assert_eq!(count(&store, anna.id, "mouse"), 2);
        assert_eq!(count(&store, anna.id, "keys"), 1);
        assert_eq!(count(&store, twice.id, "mouse"), 0);
        assert!(store.completed_lessons(anna.id).unwrap().contains("keys"));
        // One tile at sign-in; the joined profile is listed on the page of the one kept.
        assert_eq!(store.learners().unwrap(), vec![anna.clone()]);
        let joined = store.joined_into(anna.id).unwrap();
        assert_eq!(joined.len(), 1);
        assert_eq!((joined[0].merge, &joined[0].learner), (join, &twice));
        // Joining someone not on the sign-in page is refused.
        assert!(store.merge_learners(anna.id, twice.id).is_err());

        store.undo_merge(join).unwrap();
        assert_eq!(count(&store, anna.id, "mouse"), 1);
        assert_eq!(count(&store, twice.id, "mouse"), 1);
        assert_eq!(count(&store, twice.id, "keys"), 1);
        assert!(store.completed_lessons(anna.id).unwrap().is_empty());
        assert_eq!(store.learners().unwrap().len(), 2);
        assert!(store.joined_into(anna.id).unwrap().is_empty());
    }

    #[test]
    fn a_moved_session_takes_only_that_lesson_on_that_day_and_undo_gives_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let anna = store.add_learner("Anna", &picture("tree")).unwrap();
        let bert = store.add_learner("Bert", &picture("sun")).unwrap();
        let day = 86_400_000;
        // Bert practised "mouse" on two days; the second was really Anna at his tile.
        answer(&store, bert.id, "mouse", 10 * day + 1_000);
        answer(&store, bert.id, "mouse", 12 * day + 1_000);
        answer(&store, bert.id, "mouse", 12 * day + 60_000);
        answer(&store, bert.id, "keys", 12 * day + 90_000);
        // Anna did "mouse" herself that day too, later.
        answer(&store, anna.id, "mouse", 12 * day + 200_000);
        let sessions = store.sessions(bert.id).unwrap();
        assert_eq!(sessions.len(), 3, "{sessions:?}");
        let wrong = sessions
            .iter()
            .find(|s| s.lesson == "mouse" && s.answers == 2)
            .unwrap()
            .clone();
        assert_eq!(wrong.start_ms, 12 * day + 1_000);

        let moved = store.move_session(bert.id, anna.id, &wrong).unwrap();
        assert_eq!(count(&store, anna.id, "mouse"), 3);
        assert_eq!(count(&store, bert.id, "mouse"), 1);
        assert_eq!(count(&store, bert.id, "keys"), 1);
        assert_eq!(store.moves_of(anna.id).unwrap()[0].id, moved);
        // Undo gives back exactly what moved: Anna keeps her own answer of that day.
        store.undo_move(moved).unwrap();
        assert_eq!(count(&store, anna.id, "mouse"), 1);
        assert_eq!(count(&store, bert.id, "mouse"), 3);
        assert!(store.moves_of(anna.id).unwrap().is_empty());
        assert!(store.move_session(bert.id, bert.id, &wrong).is_err());
    }

    #[test]
    fn erasing_a_learner_erases_the_profile_joined_into_them() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let anna = store.add_learner("Anna", &picture("tree")).unwrap();
        let twice = store.add_learner("Anna", &picture("sun")).unwrap();
        answer(&store, twice.id, "mouse", 1_000);
        store.merge_learners(twice.id, anna.id).unwrap();
        store.erase_learner(anna.id).unwrap();
        assert!(store.learners_with_joined().unwrap().is_empty());
        assert_eq!(count(&store, twice.id, "mouse"), 0);
        let tombstones: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM tombstones", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tombstones, 2);
        let left: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM attempts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 0);
    }

    #[test]
    fn a_ring_of_joins_is_broken_at_its_oldest_join_and_a_chain_is_followed() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let [a, b, c] =
            ["tree", "sun", "moon"].map(|s| store.add_learner("", &picture(s)).unwrap().id);
        let ws = store.workstation();
        let join = |from, into, clock| Merge {
            id: Uuid::new_v4(),
            from,
            into,
            at_ms: 0,
            undone: false,
            clock,
            ws,
        };
        // As if two PCs joined a into b and b into a at once, and c into a later.
        for merge in [join(a, b, 5), join(b, a, 7), join(c, a, 9)] {
            put_merge(store.conn(), &merge).unwrap();
        }
        let rules = Rules::load(store.conn()).unwrap();
        // The oldest join of the ring (a into b) gives way: everyone ends at a.
        assert_eq!([a, b, c].map(|id| rules.resolve(id)), [a, a, a]);
    }
}
