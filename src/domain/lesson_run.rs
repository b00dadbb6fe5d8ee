//! One learner going through one lesson: which step, how many tries, how much help.
//!
//! Errorless learning: a wrong try (or Help) climbs one level of the hint ladder —
//! 1 points at what to look at, 2 takes wrong choices away, 3 shows the answer. Every answer
//! becomes an [`Attempt`] that the caller stores before the screen changes.

use std::collections::{BTreeMap, BTreeSet};

use uuid::Uuid;

use super::lesson::{Card, ClickKind, Exercise, HoldKey, Lesson, Step};
use super::store::{Attempt, now_ms};

/// Two clicks on a click-practice target within this time make a double click. Generous on
/// purpose (the usual 300–500 ms is too quick for many of our learners).
pub const DOUBLE_CLICK_WINDOW: std::time::Duration = std::time::Duration::from_millis(900);

/// What the learner did on a click-practice target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gesture {
    /// The left button was released on the target.
    Left,
    /// The right button was released on the target.
    Right,
    /// Enter or Space on the focused target: the keyboard path, so no learner is stuck.
    Keyboard,
}

/// The highest hint level: the answer is shown and the learner then does it.
pub const MAX_HINT: u8 = 3;

/// What an answer led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Right,
    /// Wrong; the ladder is now at this level.
    Wrong {
        hint_level: u8,
    },
}

/// The state of the step on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepState {
    pub tries: u32,
    pub hint_level: u8,
    pub help_pressed: bool,
    pub solved: bool,
    /// The last wrong choice, so the screen can say "Not this one".
    pub last_wrong: Option<String>,
    pub started_at_ms: i64,
}

impl StepState {
    fn new() -> Self {
        Self {
            tries: 0,
            hint_level: 0,
            help_pressed: false,
            solved: false,
            last_wrong: None,
            started_at_ms: now_ms(),
        }
    }
}

/// A lesson in progress.
#[derive(Debug, Clone)]
pub struct LessonRun {
    pub learner_id: Uuid,
    pub lesson_id: String,
    pub lesson_version: u32,
    pub step_index: usize,
    pub step_count: usize,
    pub state: StepState,
    /// Cards put in order so far (order steps).
    pub placed: Vec<String>,
    /// When the last left click on a double-click target came (the first half of a double).
    pub last_left_click: Option<std::time::Instant>,
    /// Start at level 3 on every step ("show me first").
    pub show_first: bool,
    pub app_version: String,
    /// Keys held down on the pictured keyboard (shortcut steps).
    held: BTreeSet<HoldKey>,
}

impl LessonRun {
    /// Starts (or resumes at `step_index`) a lesson.
    pub fn start(learner_id: Uuid, lesson: &Lesson, step_index: usize, show_first: bool) -> Self {
        let mut run = Self {
            learner_id,
            lesson_id: lesson.id.clone(),
            lesson_version: lesson.version,
            step_index: step_index.min(lesson.steps.len().saturating_sub(1)),
            step_count: lesson.steps.len(),
            state: StepState::new(),
            placed: Vec::new(),
            last_left_click: None,
            show_first,
            app_version: env!("CARGO_PKG_VERSION").to_string(),
            held: BTreeSet::new(),
        };
        run.enter_step(lesson);
        run
    }

    fn enter_step(&mut self, lesson: &Lesson) {
        self.state = StepState::new();
        self.placed.clear();
        self.last_left_click = None;
        self.held.clear();
        if self.show_first && self.step(lesson).exercise.is_answered() {
            self.state.hint_level = MAX_HINT;
        }
    }

    pub fn step<'a>(&self, lesson: &'a Lesson) -> &'a Step {
        &lesson.steps[self.step_index]
    }

    /// May the learner go on? Info steps always; exercises once solved.
    pub fn can_go_on(&self, lesson: &Lesson) -> bool {
        !self.step(lesson).exercise.is_answered() || self.state.solved
    }

    /// One try: counts it, climbs the ladder when wrong, and returns the attempt to store.
    fn record(&mut self, lesson: &Lesson, answer: String, correct: bool) -> (Outcome, Attempt) {
        self.state.tries += 1;
        let attempt = Attempt {
            id: Uuid::new_v4(),
            learner_id: self.learner_id,
            lesson_id: self.lesson_id.clone(),
            lesson_version: self.lesson_version,
            step_id: self.step(lesson).id.clone(),
            answer: answer.clone(),
            correct,
            try_number: self.state.tries,
            hint_level: self.state.hint_level,
            help_pressed: self.state.help_pressed,
            started_at_ms: self.state.started_at_ms,
            ended_at_ms: now_ms(),
            app_version: self.app_version.clone(),
        };
        let outcome = if correct {
            self.state.solved = true;
            self.state.last_wrong = None;
            Outcome::Right
        } else {
            self.state.hint_level = (self.state.hint_level + 1).min(MAX_HINT);
            self.state.last_wrong = Some(answer);
            Outcome::Wrong {
                hint_level: self.state.hint_level,
            }
        };
        (outcome, attempt)
    }

    /// Pick the picture: one press is one try. `None` for a stray press (solved, hidden, or
    /// not a pick step).
    pub fn pick(&mut self, lesson: &Lesson, choice_id: &str) -> Option<(Outcome, Attempt)> {
        let Exercise::Pick { choices } = &self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved || !self.visible_choices(lesson).contains(&choice_id) {
            return None;
        }
        let correct = choices
            .iter()
            .any(|choice| choice.id == choice_id && choice.correct);
        Some(self.record(lesson, choice_id.to_string(), correct))
    }

    /// Yes or No: one press is one try.
    pub fn answer_yes_no(&mut self, lesson: &Lesson, yes: bool) -> Option<(Outcome, Attempt)> {
        let Exercise::YesNo { answer } = self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved {
            return None;
        }
        let word = if yes { "yes" } else { "no" };
        Some(self.record(lesson, word.to_string(), yes == answer))
    }

    /// Click practice. A left click on a double-click target waits for its second half (it is
    /// not a try); the wrong button is a wrong try; the keyboard path counts as done, and the
    /// attempt says it was the keyboard.
    pub fn click(
        &mut self,
        lesson: &Lesson,
        gesture: Gesture,
        now: std::time::Instant,
    ) -> Option<(Outcome, Attempt)> {
        let Exercise::Click { click } = self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved {
            return None;
        }
        let (answer, correct) = match (click, gesture) {
            (_, Gesture::Keyboard) => ("keyboard", true),
            (ClickKind::Single, Gesture::Left) => ("single", true),
            (ClickKind::Double, Gesture::Left) => {
                let second_half = self.last_left_click.is_some_and(|first| {
                    now.saturating_duration_since(first) <= DOUBLE_CLICK_WINDOW
                });
                if !second_half {
                    self.last_left_click = Some(now);
                    return None;
                }
                self.last_left_click = None;
                ("double", true)
            }
            (ClickKind::Right, Gesture::Right) => ("right", true),
            (ClickKind::Right, Gesture::Left) => ("single", false),
            (ClickKind::Single | ClickKind::Double, Gesture::Right) => ("right", false),
        };
        Some(self.record(lesson, answer.to_string(), correct))
    }

    /// Find the button: a press on region `hit` (or beside every region, `None`) is one try.
    /// `keyboard` is the keyboard path (a region reached with Tab).
    pub fn find(
        &mut self,
        lesson: &Lesson,
        hit: Option<usize>,
        keyboard: bool,
    ) -> Option<(Outcome, Attempt)> {
        let Exercise::Find { regions, .. } = &self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved || hit.is_some_and(|index| index >= regions.len()) {
            return None;
        }
        let answer = match (hit, keyboard) {
            (Some(_), true) => "keyboard".to_string(),
            (Some(index), false) => format!("region-{index}"),
            (None, _) => "beside".to_string(),
        };
        Some(self.record(lesson, answer, hit.is_some()))
    }

    /// Drag practice: the object was let go on `target` (or on no target, `None`). A finished
    /// drag is one try; `keyboard` marks the keyboard path (move it with Enter).
    pub fn drop_on(
        &mut self,
        lesson: &Lesson,
        target: Option<&str>,
        keyboard: bool,
    ) -> Option<(Outcome, Attempt)> {
        let Exercise::Drag { targets, .. } = &self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved || target.is_some_and(|id| !self.visible_targets(lesson).contains(&id))
        {
            return None;
        }
        let correct = target.is_some_and(|id| targets.iter().any(|t| t.id == id && t.correct));
        let answer = match (target, keyboard) {
            (Some(id), true) => format!("keyboard:{id}"),
            (Some(id), false) => id.to_string(),
            (None, _) => "nowhere".to_string(),
        };
        Some(self.record(lesson, answer, correct))
    }

    /// The drop targets still on screen: from level 2, wrong ones are taken away until one
    /// wrong one is left (with two targets, none is taken: that would give the answer away).
    pub fn visible_targets<'a>(&self, lesson: &'a Lesson) -> Vec<&'a str> {
        let Exercise::Drag { targets, .. } = &self.step(lesson).exercise else {
            return Vec::new();
        };
        keep_right_and_one_wrong(targets, self.state.hint_level)
    }

    /// Type practice: the whole typed text is one try, compared character by character with
    /// `expected` (the answer in the learner's language). For a sensitive step the attempt
    /// keeps only the length: what the learner typed is never stored.
    pub fn type_text(
        &mut self,
        lesson: &Lesson,
        typed: &str,
        expected: &str,
    ) -> Option<(Outcome, Attempt)> {
        let Exercise::Type { sensitive, .. } = self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved || typed.is_empty() {
            return None;
        }
        let correct = typed == expected;
        let answer = if sensitive {
            format!("length:{}", typed.chars().count())
        } else {
            typed.to_string()
        };
        Some(self.record(lesson, answer, correct))
    }

    /// Shortcut practice: a key to hold is pressed (or let go) on the pictured keyboard. That
    /// is no try; the keys stay held until a key that types something is pressed.
    pub fn toggle_hold(&mut self, lesson: &Lesson, key: HoldKey) {
        if matches!(self.step(lesson).exercise, Exercise::Shortcut { .. })
            && !self.state.solved
            && !self.held.remove(&key)
        {
            self.held.insert(key);
        }
    }

    /// The keys held down now on a shortcut step.
    pub fn held(&self) -> &BTreeSet<HoldKey> {
        &self.held
    }

    /// Shortcut practice: pressing a key that types something is one try, with whatever is
    /// held on the picture and on the real keyboard (`also_held`). Right is exactly the held keys the step asks for and the right key. `real_key`
    /// tells the coach the key came from the real keyboard (the keyboard path). The held keys
    /// are let go after every try, as on a real keyboard.
    pub fn press_key(
        &mut self,
        lesson: &Lesson,
        key: char,
        real_key: bool,
        also_held: &[HoldKey],
    ) -> Option<(Outcome, Attempt)> {
        let Exercise::Shortcut { hold, press } = &self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved {
            return None;
        }
        let key = key.to_lowercase().next().unwrap_or(key);
        // Keys held on the real keyboard (Ctrl, Alt, Shift reach the app; Windows never does).
        self.held.extend(also_held.iter().copied());
        let wanted: BTreeSet<HoldKey> = hold.iter().copied().collect();
        let correct = self.held == wanted && key == *press;
        let mut answer: Vec<String> = self.held.iter().map(|k| k.name().to_string()).collect();
        answer.push(if key == ' ' {
            "space".into()
        } else {
            key.to_string()
        });
        let answer = answer.join("+");
        let answer = if real_key {
            format!("keyboard:{answer}")
        } else {
            answer
        };
        self.held.clear();
        Some(self.record(lesson, answer, correct))
    }

    /// Simulated app: pressing a button is one action. The goal's button with every goal field
    /// filled right is right; any other button is a harmless wrong action (a try, with the
    /// hint). `values` maps field ids to what is in them, and `expected` field ids to the text
    /// they must hold. The attempt names the button and the fields that were wrong, never what
    /// was typed.
    pub fn sim_press(
        &mut self,
        lesson: &Lesson,
        button: &str,
        values: &BTreeMap<String, String>,
        expected: &BTreeMap<String, String>,
    ) -> Option<(Outcome, Attempt)> {
        let Exercise::Sim { goal, .. } = &self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved {
            return None;
        }
        let value = |id: &str| values.get(id).map(String::as_str).unwrap_or_default();
        let mut wrong: Vec<&str> = expected
            .iter()
            .filter(|(id, text)| value(id) != text.as_str())
            .map(|(id, _)| id.as_str())
            .collect();
        // A field for the learner's own words only needs words.
        wrong.extend(
            goal.filled
                .iter()
                .filter(|id| value(id).trim().is_empty())
                .map(String::as_str),
        );
        wrong.sort_unstable();
        let correct = button == goal.press && wrong.is_empty();
        let answer = if wrong.is_empty() {
            format!("pressed:{button}")
        } else {
            format!("pressed:{button};wrong:{}", wrong.join(","))
        };
        Some(self.record(lesson, answer, correct))
    }

    /// Has the first click of a double click been heard (so the screen can say "once more")?
    pub fn waiting_for_second_click(&self) -> bool {
        self.last_left_click.is_some() && !self.state.solved
    }

    /// Puts a card in the next free place. A whole order is one try: when the last card is
    /// placed the order is checked. A wrong order goes back to the pool, except (from hint
    /// level 2) the cards that were right from the start, which stay.
    pub fn place_card(&mut self, lesson: &Lesson, card_id: &str) -> Option<(Outcome, Attempt)> {
        let Exercise::Order { cards } = &self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved
            || self.placed.iter().any(|placed| placed == card_id)
            || !cards.iter().any(|c| c.id == card_id)
        {
            return None;
        }
        self.placed.push(card_id.to_string());
        if self.placed.len() < cards.len() {
            return None;
        }
        let correct = self
            .placed
            .iter()
            .zip(cards)
            .all(|(placed, card)| *placed == card.id);
        let answer = self.placed.join(",");
        let result = self.record(lesson, answer, correct);
        if !correct {
            let right_from_start = self
                .placed
                .iter()
                .zip(cards)
                .take_while(|(placed, card)| **placed == card.id)
                .count();
            self.placed.truncate(right_from_start);
            self.fix_first_card(lesson);
        }
        Some(result)
    }

    /// Takes a placed card (and those after it) back to the pool. Not a try.
    pub fn take_back(&mut self, lesson: &Lesson, slot: usize) {
        if self.state.solved || slot < self.fixed_cards(lesson) {
            return;
        }
        self.placed.truncate(slot);
    }

    /// From hint level 2 the first card is put in place for the learner (it does not give
    /// the whole order away).
    fn fix_first_card(&mut self, lesson: &Lesson) {
        if let Exercise::Order { cards } = &self.step(lesson).exercise
            && self.state.hint_level >= 2
            && self.placed.first() != Some(&cards[0].id)
        {
            self.placed = vec![cards[0].id.clone()];
        }
    }

    /// How many placed cards the ladder has fixed.
    pub fn fixed_cards(&self, lesson: &Lesson) -> usize {
        match &self.step(lesson).exercise {
            Exercise::Order { cards } if self.state.hint_level >= 2 => self
                .placed
                .iter()
                .zip(cards)
                .take_while(|(placed, card)| **placed == card.id)
                .count()
                .min(1),
            _ => 0,
        }
    }

    /// The cards still to place, in their mixed-up order (the same every time for a step, and
    /// never the right order).
    pub fn pool<'a>(&self, lesson: &'a Lesson) -> Vec<&'a Card> {
        let Exercise::Order { cards } = &self.step(lesson).exercise else {
            return Vec::new();
        };
        let step_id = &self.step(lesson).id;
        let turn = 1 + step_id.bytes().map(usize::from).sum::<usize>() % (cards.len() - 1);
        let mut mixed: Vec<&Card> = cards.iter().collect();
        mixed.rotate_left(turn);
        mixed.retain(|card| !self.placed.contains(&card.id));
        mixed
    }

    /// The card that belongs in the next free place (what hint level 1 points at).
    pub fn next_card<'a>(&self, lesson: &'a Lesson) -> Option<&'a Card> {
        let Exercise::Order { cards } = &self.step(lesson).exercise else {
            return None;
        };
        let right_so_far = self
            .placed
            .iter()
            .zip(cards)
            .take_while(|(placed, card)| **placed == card.id)
            .count();
        (right_so_far == self.placed.len())
            .then(|| cards.get(self.placed.len()))
            .flatten()
    }

    /// Help climbs the ladder without counting as a try.
    pub fn help(&mut self, lesson: &Lesson) {
        if self.step(lesson).exercise.is_answered() && !self.state.solved {
            self.state.help_pressed = true;
            self.state.hint_level = (self.state.hint_level + 1).min(MAX_HINT);
            self.fix_first_card(lesson);
        }
    }

    /// The choices still on screen: from level 2, wrong ones are taken away until two remain.
    pub fn visible_choices<'a>(&self, lesson: &'a Lesson) -> Vec<&'a str> {
        let Exercise::Pick { choices } = &self.step(lesson).exercise else {
            return Vec::new();
        };
        keep_right_and_one_wrong(choices, self.state.hint_level)
    }

    /// Goes to the next step; `false` when the lesson is finished.
    pub fn next(&mut self, lesson: &Lesson) -> bool {
        if self.step_index + 1 >= self.step_count {
            return false;
        }
        self.step_index += 1;
        self.enter_step(lesson);
        true
    }
}

/// Level 2 of the ladder for picking kinds: all cards below it; from it the right one and the
/// first wrong one, in their places.
fn keep_right_and_one_wrong(cards: &[Card], hint_level: u8) -> Vec<&str> {
    if hint_level < 2 || cards.len() <= 2 {
        return cards.iter().map(|card| card.id.as_str()).collect();
    }
    let keep_wrong = cards
        .iter()
        .find(|card| !card.correct)
        .map(|card| card.id.as_str());
    cards
        .iter()
        .filter(|card| card.correct || Some(card.id.as_str()) == keep_wrong)
        .map(|card| card.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lesson::Library;

    fn first_pick(lesson: &Lesson) -> usize {
        lesson
            .steps
            .iter()
            .position(|s| matches!(s.exercise, Exercise::Pick { .. }))
            .unwrap()
    }

    fn right_and_wrong(lesson: &Lesson, index: usize) -> (String, Vec<String>) {
        let Exercise::Pick { choices } = &lesson.steps[index].exercise else {
            unreachable!()
        };
        let right = choices.iter().find(|c| c.correct).unwrap().id.clone();
        let wrong = choices
            .iter()
            .filter(|c| !c.correct)
            .map(|c| c.id.clone())
            .collect();
        (right, wrong)
    }

    #[test]
    fn a_learner_answers_wrong_twice_sees_the_hints_then_answers_right() {
        let library = Library::fixture();
        let lesson = library.lesson("parts-of-a-computer").unwrap();
        let index = first_pick(lesson);
        let (right, wrong) = right_and_wrong(lesson, index);
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, index, false);
        assert!(!run.can_go_on(lesson));

        let (outcome, attempt) = run.pick(lesson, &wrong[0]).unwrap();
        assert_eq!(outcome, Outcome::Wrong { hint_level: 1 });
        assert_eq!((attempt.try_number, attempt.correct), (1, false));
        assert_eq!(run.visible_choices(lesson).len(), 3);

        let (outcome, _) = run.pick(lesson, &wrong[1]).unwrap();
        assert_eq!(outcome, Outcome::Wrong { hint_level: 2 });
        assert_eq!(
            run.visible_choices(lesson).len(),
            2,
            "wrong choices are taken away"
        );
        assert!(run.visible_choices(lesson).contains(&right.as_str()));

        let (outcome, attempt) = run.pick(lesson, &right).unwrap();
        assert_eq!(outcome, Outcome::Right);
        assert_eq!((attempt.try_number, attempt.correct), (3, true));
        assert!(run.can_go_on(lesson));
        assert!(
            run.pick(lesson, &right).is_none(),
            "a second press is not a second try"
        );
    }

    #[test]
    fn help_climbs_the_ladder_without_counting_a_try() {
        let library = Library::fixture();
        let lesson = library.lesson("parts-of-a-computer").unwrap();
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, first_pick(lesson), false);
        for level in 1..=MAX_HINT + 1 {
            run.help(lesson);
            assert_eq!(run.state.hint_level, level.min(MAX_HINT));
        }
        assert_eq!(run.state.tries, 0);
        assert!(run.state.help_pressed);
    }

    #[test]
    fn show_me_first_starts_exercises_at_the_answer_but_not_info_steps() {
        let library = Library::fixture();
        let lesson = library.lesson("parts-of-a-computer").unwrap();
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, 0, true);
        assert_eq!(run.state.hint_level, 0);
        while !matches!(run.step(lesson).exercise, Exercise::Pick { .. }) {
            assert!(run.next(lesson));
        }
        assert_eq!(run.state.hint_level, MAX_HINT);
    }

    #[test]
    fn the_run_ends_after_the_last_step_and_resumes_inside_the_lesson() {
        let library = Library::fixture();
        let lesson = library.lesson("parts-of-a-computer").unwrap();
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, 99, false);
        assert_eq!(run.step_index, lesson.steps.len() - 1);
        assert!(!run.next(lesson));
    }
}

#[cfg(test)]
mod kinds_tests {
    use super::*;
    use crate::domain::lesson::tests::load_with;

    fn at(
        kind: &str,
        show_first: bool,
    ) -> (
        tempfile::TempDir,
        crate::domain::lesson::Library,
        usize,
        bool,
    ) {
        let (dir, library) = load_with(&[]);
        let lesson = library.lesson("demo").unwrap();
        let index = lesson
            .steps
            .iter()
            .position(|s| s.exercise.kind() == kind)
            .unwrap();
        (dir, library, index, show_first)
    }

    #[test]
    fn yes_no_counts_each_press_as_a_try_and_never_takes_an_option_away() {
        let (_dir, library, index, _) = at("yes-no", false);
        let lesson = library.lesson("demo").unwrap();
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, index, false);
        let (outcome, attempt) = run.answer_yes_no(lesson, true).unwrap();
        assert_eq!(outcome, Outcome::Wrong { hint_level: 1 });
        assert_eq!(attempt.answer, "yes");
        run.help(lesson);
        assert_eq!(run.state.hint_level, 2);
        let (outcome, attempt) = run.answer_yes_no(lesson, false).unwrap();
        assert_eq!(
            (outcome, attempt.try_number, attempt.correct),
            (Outcome::Right, 2, true)
        );
        assert!(run.answer_yes_no(lesson, false).is_none());
    }

    #[test]
    fn a_whole_order_is_one_try_and_a_wrong_one_goes_back_to_the_pool() {
        let (_dir, library, index, _) = at("order", false);
        let lesson = library.lesson("demo").unwrap();
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, index, false);
        let pool: Vec<&str> = run.pool(lesson).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(pool.len(), 3);
        assert_ne!(pool, vec!["a", "b", "c"], "the cards are mixed up");
        assert_eq!(run.next_card(lesson).unwrap().id, "a");
        assert!(
            run.place_card(lesson, "b").is_none(),
            "placing is not a try"
        );
        assert!(
            run.place_card(lesson, "b").is_none(),
            "a card is placed once"
        );
        assert!(run.place_card(lesson, "a").is_none());
        let (outcome, attempt) = run.place_card(lesson, "c").unwrap();
        assert_eq!(outcome, Outcome::Wrong { hint_level: 1 });
        assert_eq!((attempt.answer.as_str(), attempt.try_number), ("b,a,c", 1));
        assert!(run.placed.is_empty(), "all cards are back");
        // Level 2 puts the first card in place for the learner; it cannot be taken back.
        run.help(lesson);
        assert_eq!(run.placed, vec!["a"]);
        assert_eq!(run.fixed_cards(lesson), 1);
        run.take_back(lesson, 0);
        assert_eq!(run.placed, vec!["a"]);
        assert!(run.place_card(lesson, "c").is_none());
        run.take_back(lesson, 1);
        assert_eq!(
            run.placed,
            vec!["a"],
            "a card placed by the learner can be taken back"
        );
        assert!(run.place_card(lesson, "b").is_none());
        let (outcome, attempt) = run.place_card(lesson, "c").unwrap();
        assert_eq!(
            (outcome, attempt.answer.as_str(), attempt.try_number),
            (Outcome::Right, "a,b,c", 2)
        );
    }

    #[test]
    fn a_simulated_app_counts_each_button_press_and_never_keeps_what_was_typed() {
        let (_dir, library) = crate::domain::lesson::tests::with_sim_step(
            r#"{ fields = { to = "anna" }, press = "send" }"#,
        );
        let lesson = library.lesson("demo").unwrap();
        let index = lesson.steps.len() - 1;
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, index, false);
        let expected = BTreeMap::from([("to".to_string(), "anna@work.example".to_string())]);
        let mut values = BTreeMap::from([("to".to_string(), "anna@work".to_string())]);
        // Typing is no try; a button is. The right button too early is a wrong action.
        let (outcome, attempt) = run.sim_press(lesson, "send", &values, &expected).unwrap();
        assert_eq!(outcome, Outcome::Wrong { hint_level: 1 });
        assert_eq!(attempt.answer, "pressed:send;wrong:to");
        let (_, attempt) = run.sim_press(lesson, "cancel", &values, &expected).unwrap();
        assert_eq!(
            (attempt.answer.as_str(), attempt.try_number),
            ("pressed:cancel;wrong:to", 2)
        );
        values.insert("to".into(), "anna@work.example".into());
        let (_, attempt) = run.sim_press(lesson, "cancel", &values, &expected).unwrap();
        assert_eq!(
            attempt.answer, "pressed:cancel",
            "the fields were right, the button not"
        );
        assert!(!attempt.correct);
        let (outcome, attempt) = run.sim_press(lesson, "send", &values, &expected).unwrap();
        assert_eq!((outcome, attempt.try_number), (Outcome::Right, 4));
        assert!(
            !attempt.answer.contains("anna"),
            "what was typed is not stored"
        );
        assert!(
            run.sim_press(lesson, "send", &values, &expected).is_none(),
            "solved"
        );
    }

    #[test]
    fn a_field_for_the_learner_s_own_words_needs_words_and_never_keeps_them() {
        let (_dir, library) = crate::domain::lesson::tests::with_sim_step(
            r#"{ fields = { to = "anna" }, filled = ["note"], press = "send" }"#,
        );
        assert!(library.problems.is_empty(), "{:?}", library.problems);
        let lesson = library.lesson("demo").unwrap();
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, lesson.steps.len() - 1, false);
        let expected = BTreeMap::from([("to".to_string(), "anna@work.example".to_string())]);
        let mut values = BTreeMap::from([
            ("to".to_string(), "anna@work.example".to_string()),
            ("note".to_string(), "   ".to_string()),
        ]);
        let (outcome, attempt) = run.sim_press(lesson, "send", &values, &expected).unwrap();
        assert_eq!(outcome, Outcome::Wrong { hint_level: 1 });
        assert_eq!(
            attempt.answer, "pressed:send;wrong:note",
            "only spaces are no words"
        );
        values.insert("note".into(), "See you at nine".into());
        let (outcome, attempt) = run.sim_press(lesson, "send", &values, &expected).unwrap();
        assert_eq!(outcome, Outcome::Right);
        assert_eq!(attempt.answer, "pressed:send");
    }

    #[test]
    fn a_shortcut_is_the_held_keys_and_one_letter_and_holding_is_no_try() {
        let library = crate::domain::lesson::Library::fixture();
        let lesson = library.lesson("use-the-keyboard").unwrap();
        let index = lesson.steps.iter().position(|s| s.id == "lock").unwrap();
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, index, false);
        run.toggle_hold(lesson, HoldKey::Windows);
        run.toggle_hold(lesson, HoldKey::Alt);
        run.toggle_hold(lesson, HoldKey::Alt);
        assert_eq!(
            run.held().iter().copied().collect::<Vec<_>>(),
            vec![HoldKey::Windows]
        );
        assert_eq!(run.state.hint_level, 0, "holding is no try");
        // One key too many is wrong; the real Shift counts as held.
        let (outcome, attempt) = run.press_key(lesson, 'L', true, &[HoldKey::Shift]).unwrap();
        assert_eq!(outcome, Outcome::Wrong { hint_level: 1 });
        assert_eq!(attempt.answer, "keyboard:windows+shift+l");
        assert!(run.held().is_empty(), "a try lets go of every key");
        run.toggle_hold(lesson, HoldKey::Windows);
        let (outcome, attempt) = run.press_key(lesson, 'l', false, &[]).unwrap();
        assert_eq!(
            (outcome, attempt.answer.as_str()),
            (Outcome::Right, "windows+l")
        );
        run.toggle_hold(lesson, HoldKey::Ctrl);
        assert!(run.held().is_empty(), "nothing is held once solved");
        assert!(run.press_key(lesson, 'l', false, &[]).is_none());
    }

    #[test]
    fn show_me_first_starts_every_answered_kind_at_the_answer() {
        let (_dir, library, _, _) = at("order", true);
        let lesson = library.lesson("demo").unwrap();
        for (index, step) in lesson.steps.iter().enumerate() {
            let run = LessonRun::start(Uuid::new_v4(), lesson, index, true);
            let expected = if step.exercise.is_answered() {
                MAX_HINT
            } else {
                0
            };
            assert_eq!(run.state.hint_level, expected, "{}", step.id);
        }
    }
}
