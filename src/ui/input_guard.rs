//! Forgiving input: a shaky hand or a double press must never skip a step or count twice.
//!
//! An activation is ignored when it comes within the learner's repeat window (0.6 s by
//! default) of the last one on the same or a neighbouring target, or within 0.3 s of a screen
//! change (the press that changed the screen must not land on the new one).

use std::time::{Duration, Instant};

/// Time after a screen change in which input is ignored.
pub const SETTLE: Duration = Duration::from_millis(300);
/// The position to give the guard for a target outside the focus list (a press on a picture
/// in find-the-button): far from every listed target, so only a repeat of itself is dropped.
pub const UNLISTED: usize = usize::MAX / 2;

/// Default window in which a repeated press is ignored.
pub const DEFAULT_REPEAT: Duration = Duration::from_millis(600);

#[derive(Debug, Clone)]
pub struct InputGuard {
    pub repeat_window: Duration,
    screen_changed: Option<Instant>,
    last: Option<(usize, Instant)>,
}

impl Default for InputGuard {
    fn default() -> Self {
        Self {
            repeat_window: DEFAULT_REPEAT,
            screen_changed: None,
            last: None,
        }
    }
}

impl InputGuard {
    /// Call when a new screen (or a new step) appears.
    pub fn screen_changed(&mut self, now: Instant) {
        self.screen_changed = Some(now);
    }

    /// Should an activation of the target at `position` (in focus order) count?
    pub fn accept(&mut self, position: usize, now: Instant) -> bool {
        if let Some(changed) = self.screen_changed
            && now.saturating_duration_since(changed) < SETTLE
        {
            return false;
        }
        if let Some((last, at)) = self.last
            && last.abs_diff(position) <= 1
            && now.saturating_duration_since(at) < self.repeat_window
        {
            return false;
        }
        self.last = Some((position, now));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_double_press_on_the_same_or_next_target_counts_once() {
        let start = Instant::now();
        let mut guard = InputGuard::default();
        assert!(guard.accept(3, start));
        assert!(!guard.accept(3, start + Duration::from_millis(200)));
        assert!(!guard.accept(4, start + Duration::from_millis(300)));
        assert!(
            guard.accept(7, start + Duration::from_millis(300)),
            "a far target is a new choice"
        );
        assert!(guard.accept(7, start + Duration::from_millis(1000)));
    }

    #[test]
    fn input_just_after_a_screen_change_is_ignored() {
        let start = Instant::now();
        let mut guard = InputGuard::default();
        guard.screen_changed(start);
        assert!(!guard.accept(0, start + Duration::from_millis(100)));
        assert!(guard.accept(0, start + Duration::from_millis(350)));
    }

    #[test]
    fn the_repeat_window_follows_the_learner_setting() {
        let start = Instant::now();
        let mut guard = InputGuard {
            repeat_window: Duration::from_millis(1500),
            ..Default::default()
        };
        assert!(guard.accept(1, start));
        assert!(!guard.accept(1, start + Duration::from_millis(1200)));
        assert!(guard.accept(1, start + Duration::from_millis(1600)));
    }
}
