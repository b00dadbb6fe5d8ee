//! Keyboard focus: iced 0.14 buttons take no focus, so each screen lists its targets.
//!
//! A screen gives an ordered list of groups (rows), each an ordered list of targets, in reading
//! order. Tab / Shift+Tab walk the flattened list; Left / Right move inside a group; Up / Down
//! move to the nearest target of the group above or below; Enter / Space activate. The same
//! list can later drive switch scanning: one switch steps with `Next`, a second activates.

use iced::keyboard::{self, Key, key::Named};

/// A movement or an activation, from a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Next,
    Previous,
    Left,
    Right,
    Up,
    Down,
    /// Enter or Space, on release.
    Activate,
}

impl Nav {
    /// Reads a key event. Moves happen on press (and repeat); activation on release, so a
    /// key held down or pressed twice never skips a step.
    pub fn from_event(event: &keyboard::Event) -> Option<Nav> {
        match event {
            keyboard::Event::KeyPressed {
                key: Key::Named(named),
                modifiers,
                ..
            } => match named {
                Named::Tab if modifiers.shift() => Some(Nav::Previous),
                Named::Tab => Some(Nav::Next),
                Named::ArrowLeft => Some(Nav::Left),
                Named::ArrowRight => Some(Nav::Right),
                Named::ArrowUp => Some(Nav::Up),
                Named::ArrowDown => Some(Nav::Down),
                _ => None,
            },
            keyboard::Event::KeyReleased {
                key: Key::Named(Named::Enter | Named::Space),
                ..
            } => Some(Nav::Activate),
            _ => None,
        }
    }
}

/// Where the focus is, and the rules to move it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus<T> {
    current: Option<T>,
}

impl<T> Default for Focus<T> {
    fn default() -> Self {
        Self { current: None }
    }
}

impl<T: Clone + PartialEq> Focus<T> {
    /// Focus starting on `target` (the task on the screen, never Back).
    pub fn on(target: T) -> Self {
        Self {
            current: Some(target),
        }
    }

    pub fn current(&self) -> Option<&T> {
        self.current.as_ref()
    }

    pub fn is(&self, target: &T) -> bool {
        self.current.as_ref() == Some(target)
    }

    pub fn set(&mut self, target: T) {
        self.current = Some(target);
    }

    /// Moves by `nav` through `groups`. Returns the target to activate for `Nav::Activate`.
    /// A focus that is no longer on the screen starts again at the first target.
    pub fn navigate(&mut self, groups: &[Vec<T>], nav: Nav) -> Option<T> {
        let flat: Vec<&T> = groups.iter().flatten().collect();
        if flat.is_empty() {
            self.current = None;
            return None;
        }
        let position = self.current.as_ref().and_then(|current| {
            groups.iter().enumerate().find_map(|(row, group)| {
                group
                    .iter()
                    .position(|target| target == current)
                    .map(|column| (row, column))
            })
        });
        let Some((row, column)) = position else {
            // Nothing focused yet: any key shows the focus on the first target.
            self.current = Some(flat[0].clone());
            return None;
        };
        let index = flat
            .iter()
            .position(|target| Some(*target) == self.current.as_ref())
            .unwrap_or(0);
        let next = match nav {
            Nav::Activate => return self.current.clone(),
            Nav::Next => flat[(index + 1) % flat.len()],
            Nav::Previous => flat[(index + flat.len() - 1) % flat.len()],
            Nav::Left => &groups[row][column.saturating_sub(1)],
            Nav::Right => &groups[row][(column + 1).min(groups[row].len() - 1)],
            Nav::Up | Nav::Down => {
                let rows: Vec<usize> = if nav == Nav::Up {
                    (0..row).rev().collect()
                } else {
                    (row + 1..groups.len()).collect()
                };
                match rows.into_iter().find(|r| !groups[*r].is_empty()) {
                    Some(r) => &groups[r][column.min(groups[r].len() - 1)],
                    None => &groups[row][column],
                }
            }
        };
        self.current = Some(next.clone());
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups() -> Vec<Vec<&'static str>> {
        vec![vec!["back"], vec!["a", "b", "c"], vec!["help", "next"]]
    }

    #[test]
    fn tab_walks_every_target_in_reading_order_and_wraps() {
        let mut focus = Focus::on("back");
        let mut seen = vec!["back"];
        for _ in 0..5 {
            focus.navigate(&groups(), Nav::Next);
            seen.push(focus.current().unwrap());
        }
        assert_eq!(seen, vec!["back", "a", "b", "c", "help", "next"]);
        focus.navigate(&groups(), Nav::Next);
        assert_eq!(focus.current(), Some(&"back"));
        focus.navigate(&groups(), Nav::Previous);
        assert_eq!(focus.current(), Some(&"next"));
    }

    #[test]
    fn arrows_move_inside_a_row_and_between_rows() {
        let mut focus = Focus::on("a");
        focus.navigate(&groups(), Nav::Right);
        focus.navigate(&groups(), Nav::Right);
        assert_eq!(focus.current(), Some(&"c"));
        focus.navigate(&groups(), Nav::Right);
        assert_eq!(
            focus.current(),
            Some(&"c"),
            "the end of a row is a wall, not a wrap"
        );
        focus.navigate(&groups(), Nav::Down);
        assert_eq!(focus.current(), Some(&"next"));
        focus.navigate(&groups(), Nav::Up);
        focus.navigate(&groups(), Nav::Up);
        assert_eq!(focus.current(), Some(&"back"));
    }

    #[test]
    fn activate_returns_the_focused_target_only() {
        let mut focus = Focus::on("b");
        assert_eq!(focus.navigate(&groups(), Nav::Activate), Some("b"));
        let mut nothing: Focus<&str> = Focus::default();
        assert_eq!(nothing.navigate(&groups(), Nav::Activate), None);
        assert_eq!(
            nothing.current(),
            Some(&"back"),
            "the first key shows where focus is"
        );
    }

    #[test]
    fn a_target_that_left_the_screen_gives_focus_back_to_the_first() {
        let mut focus = Focus::on("gone");
        assert_eq!(focus.navigate(&groups(), Nav::Activate), None);
        assert_eq!(focus.current(), Some(&"back"));
    }
}
