//! One learner going through one lesson: which step, how many tries, how much help.
//!
//! Errorless learning: a wrong try (or Help) climbs one level of the hint ladder —
//! 1 points at what to look at, 2 takes wrong choices away, 3 shows the answer. Every answer
//! becomes an [`Attempt`] that the caller stores before the screen changes.

use uuid::Uuid;

use super::lesson::{Exercise, Lesson, Step};
use super::store::{Attempt, now_ms};

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
    /// Start at level 3 on every step ("show me first").
    pub show_first: bool,
    pub app_version: String,
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
            show_first,
            app_version: env!("CARGO_PKG_VERSION").to_string(),
        };
        run.state.hint_level = run.starting_hint(lesson);
        run
    }

    fn starting_hint(&self, lesson: &Lesson) -> u8 {
        let answerable = !matches!(lesson.steps[self.step_index].exercise, Exercise::Info);
        if self.show_first && answerable {
            MAX_HINT
        } else {
            0
        }
    }

    pub fn step<'a>(&self, lesson: &'a Lesson) -> &'a Step {
        &lesson.steps[self.step_index]
    }

    /// May the learner go on? Info steps always; exercises once solved.
    pub fn can_go_on(&self, lesson: &Lesson) -> bool {
        matches!(self.step(lesson).exercise, Exercise::Info) || self.state.solved
    }

    /// The learner picked `choice_id`. Returns the outcome and the attempt to store.
    /// `None` if the step is already solved or is not a pick step (a stray press).
    pub fn pick(&mut self, lesson: &Lesson, choice_id: &str) -> Option<(Outcome, Attempt)> {
        let Exercise::Pick { choices, .. } = &self.step(lesson).exercise else {
            return None;
        };
        if self.state.solved || !self.visible_choices(lesson).contains(&choice_id) {
            return None;
        }
        let correct = choices
            .iter()
            .any(|choice| choice.id == choice_id && choice.correct);
        self.state.tries += 1;
        let attempt = Attempt {
            id: Uuid::new_v4(),
            learner_id: self.learner_id,
            lesson_id: self.lesson_id.clone(),
            lesson_version: self.lesson_version,
            step_id: self.step(lesson).id.clone(),
            answer: choice_id.to_string(),
            correct,
            try_number: self.state.tries,
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
            self.state.last_wrong = Some(choice_id.to_string());
            Outcome::Wrong {
                hint_level: self.state.hint_level,
            }
        };
        Some((outcome, attempt))
    }

    /// Help climbs the ladder without counting as a try.
    pub fn help(&mut self, lesson: &Lesson) {
        if !matches!(self.step(lesson).exercise, Exercise::Info) && !self.state.solved {
            self.state.help_pressed = true;
            self.state.hint_level = (self.state.hint_level + 1).min(MAX_HINT);
        }
    }

    /// The choices still on screen: from level 2, wrong ones are taken away until two remain.
    pub fn visible_choices<'a>(&self, lesson: &'a Lesson) -> Vec<&'a str> {
        let Exercise::Pick { choices, .. } = &self.step(lesson).exercise else {
            return Vec::new();
        };
        if self.state.hint_level < 2 || choices.len() <= 2 {
            return choices.iter().map(|choice| choice.id.as_str()).collect();
        }
        // Keep the right one and the first wrong one, in their places.
        let keep_wrong = choices
            .iter()
            .find(|choice| !choice.correct)
            .map(|choice| choice.id.as_str());
        choices
            .iter()
            .filter(|choice| choice.correct || Some(choice.id.as_str()) == keep_wrong)
            .map(|choice| choice.id.as_str())
            .collect()
    }

    /// Goes to the next step; `false` when the lesson is finished.
    pub fn next(&mut self, lesson: &Lesson) -> bool {
        if self.step_index + 1 >= self.step_count {
            return false;
        }
        self.step_index += 1;
        self.state = StepState::new();
        self.state.hint_level = self.starting_hint(lesson);
        true
    }
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
        let Exercise::Pick { choices, .. } = &lesson.steps[index].exercise else {
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
        let library = Library::built_in();
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
        let library = Library::built_in();
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
        let library = Library::built_in();
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
        let library = Library::built_in();
        let lesson = library.lesson("parts-of-a-computer").unwrap();
        let mut run = LessonRun::start(Uuid::new_v4(), lesson, 99, false);
        assert_eq!(run.step_index, lesson.steps.len() - 1);
        assert!(!run.next(lesson));
    }
}
