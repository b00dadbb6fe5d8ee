//! Made-up learners and answers for demos, screenshots, tests and benchmarks
//! (`stepwise demo`). Everything goes through the same store code the app uses.

use uuid::Uuid;

use super::avatar;
use super::lesson::Library;
use super::store::{Attempt, Store, StoreError, now_ms};

/// Made-up first names from the countries of the project (never real learners).
const NAMES: &[&str] = &[
    "Anna", "Bram", "Chloé", "Dimitris", "Elif", "Femke", "Georgi", "Hana", "Ivo", "Jana", "Karim",
    "Lotte", "Milan", "Nadia", "Omar", "Petra", "Quinten", "Rosa", "Sven", "Tamara", "Umut",
    "Vera", "Wout", "Xenia", "Yusuf", "Zoë",
];

/// What `fill` made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSummary {
    pub learners: usize,
    pub attempts: usize,
    pub completions: usize,
}

/// Adds `learners` learners who together answer `attempts` times, walking the library's
/// lessons in order: a right answer after 0 to 2 wrong tries (with the hint level climbing),
/// a completion at each lesson's end, and a place in the lesson they are on. The same `seed`
/// gives the same answers (not the same ids).
pub fn fill(
    store: &Store,
    library: &Library,
    learners: usize,
    attempts: usize,
    seed: u64,
) -> Result<DemoSummary, StoreError> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let steps: Vec<(&str, u32, &str)> = library
        .lessons()
        .flat_map(|lesson| {
            lesson
                .steps
                .iter()
                .filter(|step| step.exercise.is_answered())
                .map(move |step| (lesson.id.as_str(), lesson.version, step.id.as_str()))
        })
        .collect();
    let pictures = avatar::free_pictures(&Default::default());
    let now = now_ms();
    const DAY: i64 = 24 * 60 * 60 * 1000;
    store.batch(|store| {
        let mut summary = DemoSummary {
            learners: 0,
            attempts: 0,
            completions: 0,
        };
        let mut people = Vec::with_capacity(learners);
        for index in 0..learners {
            let name = match index / NAMES.len() {
                0 => NAMES[index].to_string(),
                round => format!("{} {}", NAMES[index % NAMES.len()], round + 1),
            };
            let picture = &pictures[index % pictures.len().max(1)];
            people.push(store.add_learner_sharing_picture(&name, picture)?.id);
            summary.learners += 1;
        }
        if people.is_empty() || steps.is_empty() {
            return Ok(summary);
        }
        // Each learner gets a share of the answers; some practise more than others.
        let weights: Vec<u64> = people.iter().map(|_| rng.u64(1..=10)).collect();
        let total: u64 = weights.iter().sum();
        let shares: Vec<usize> = weights
            .iter()
            .map(|weight| (attempts as u64 * weight / total) as usize)
            .collect();
        // What rounding left over goes to the first learner.
        let rest = attempts - shares.iter().sum::<usize>();
        for (index, (learner, share)) in people.iter().zip(&shares).enumerate() {
            let mut left = share + if index == 0 { rest } else { 0 };
            let mut time = now - rng.i64(1..90) * DAY;
            let mut at = 0;
            while left > 0 {
                let (lesson, version, step) = steps[at % steps.len()];
                let wrong = [0, 0, 0, 1, 1, 2][rng.usize(0..6)].min(left - 1);
                for try_index in 0..=wrong {
                    time += rng.i64(4_000..60_000);
                    let correct = try_index == wrong;
                    store.record_attempt(&Attempt {
                        id: Uuid::new_v4(),
                        learner_id: *learner,
                        lesson_id: lesson.into(),
                        lesson_version: version,
                        step_id: step.into(),
                        answer: if correct { "right" } else { "other" }.into(),
                        correct,
                        try_number: try_index as u32 + 1,
                        hint_level: try_index.min(3) as u8,
                        help_pressed: try_index > 0 && rng.bool(),
                        started_at_ms: time - 3_000,
                        ended_at_ms: time,
                        app_version: env!("CARGO_PKG_VERSION").into(),
                    })?;
                    summary.attempts += 1;
                    left -= 1;
                }
                at += 1;
                let next_lesson = steps.get(at % steps.len()).map(|s| s.0);
                if next_lesson != Some(lesson) || at % steps.len() == 0 {
                    store.record_completion(*learner, lesson, version)?;
                    summary.completions += 1;
                } else if left == 0 {
                    let index = library
                        .lesson(lesson)
                        .and_then(|l| {
                            l.steps
                                .iter()
                                .position(|s| s.id == steps[at % steps.len()].2)
                        })
                        .unwrap_or(0);
                    store.save_position(*learner, lesson, index)?;
                }
            }
        }
        Ok(summary)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_data_has_the_asked_numbers_and_real_lesson_steps() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let library = Library::fixture();
        let summary = fill(&store, &library, 30, 500, 7).unwrap();
        assert_eq!((summary.learners, summary.attempts), (30, 500));
        let learners = store.learners().unwrap();
        assert_eq!(learners.len(), 30);
        assert!(learners.iter().any(|l| l.display_name == "Anna 2"));
        let counted: usize = learners
            .iter()
            .flat_map(|l| {
                library
                    .lessons()
                    .map(move |lesson| (l.id, lesson.id.clone()))
            })
            .map(|(id, lesson)| store.attempts(id, &lesson).unwrap().len())
            .sum();
        assert_eq!(counted, 500, "every answer belongs to a shipped lesson");
        assert!(summary.completions > 0);
    }
}
