//! The coach's PIN: stored only as a slow salted hash (Argon2id) in the installer's config,
//! checked with a growing wait after wrong tries. Without a hash the coach area stays locked,
//! so a learner who finds the button on a fresh PC cannot become its coach.

use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// The shortest PIN accepted.
pub const MIN_DIGITS: usize = 6;
/// The longest PIN accepted (a keypad entry, not a password manager's).
pub const MAX_DIGITS: usize = 12;

/// Why a PIN cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("a coach PIN is {MIN_DIGITS} to {MAX_DIGITS} digits (0-9), nothing else")]
    NotDigits,
    #[error("the PIN could not be hashed: {0}")]
    Hash(String),
}

/// The hash to put in the config as `coach_pin_hash`.
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    if !(MIN_DIGITS..=MAX_DIGITS).contains(&pin.len()) || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    // A random salt from the operating system, default Argon2id parameters (19 MiB, 2 passes).
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|error| PinError::Hash(error.to_string()))
}

/// Does the text look like a hash `hash_pin` makes?
pub fn is_pin_hash(text: &str) -> bool {
    text.starts_with("$argon2") && PasswordHash::new(text).is_ok()
}

/// Is `pin` the one behind `hash`?
pub fn pin_matches(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Wrong tries and the wait they bring: none for the first three, then 5 s, doubling up to
/// 5 minutes. A right PIN starts it over.
#[derive(Debug, Clone, Default)]
pub struct PinGate {
    wrong: u32,
    closed_until: Option<Instant>,
}

/// What a try at the PIN gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinOutcome {
    Open,
    Wrong,
    /// Too soon after wrong tries: the PIN was not even checked.
    Wait(Duration),
}

impl PinGate {
    pub fn try_pin(&mut self, pin: &str, hash: &str, now: Instant) -> PinOutcome {
        if let Some(until) = self.closed_until
            && now < until
        {
            return PinOutcome::Wait(until - now);
        }
        if pin_matches(pin, hash) {
            *self = PinGate::default();
            return PinOutcome::Open;
        }
        self.wrong += 1;
        if self.wrong >= 3 {
            let seconds = (5u64 << (self.wrong - 3).min(6)).min(300);
            self.closed_until = Some(now + Duration::from_secs(seconds));
        }
        PinOutcome::Wrong
    }

    /// How long until the next try is checked.
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        self.closed_until
            .filter(|until| now < *until)
            .map(|until| until - now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_six_to_twelve_digits_and_only_its_hash_is_kept() {
        assert_eq!(hash_pin("12345"), Err(PinError::NotDigits));
        assert_eq!(hash_pin("12345a"), Err(PinError::NotDigits));
        assert_eq!(hash_pin("1234567890123"), Err(PinError::NotDigits));
        let hash = hash_pin("246810").unwrap();
        assert!(is_pin_hash(&hash) && !hash.contains("246810"));
        assert_ne!(hash, hash_pin("246810").unwrap(), "salted");
        assert!(pin_matches("246810", &hash));
        assert!(!pin_matches("246811", &hash));
        assert!(!pin_matches("246810", "not a hash"));
        assert!(!is_pin_hash("246810"));
    }

    #[test]
    fn wrong_tries_bring_a_growing_wait_and_the_right_pin_resets_it() {
        let hash = hash_pin("135790").unwrap();
        let mut gate = PinGate::default();
        let start = Instant::now();
        assert_eq!(gate.try_pin("000000", &hash, start), PinOutcome::Wrong);
        assert_eq!(gate.try_pin("000001", &hash, start), PinOutcome::Wrong);
        assert_eq!(gate.wait(start), None, "two slips cost nothing");
        assert_eq!(gate.try_pin("000002", &hash, start), PinOutcome::Wrong);
        assert_eq!(gate.wait(start), Some(Duration::from_secs(5)));
        // While waiting even the right PIN is not checked.
        assert!(matches!(
            gate.try_pin("135790", &hash, start),
            PinOutcome::Wait(_)
        ));
        let later = start + Duration::from_secs(6);
        assert_eq!(gate.try_pin("000003", &hash, later), PinOutcome::Wrong);
        assert_eq!(gate.wait(later), Some(Duration::from_secs(10)), "it grows");
        let much_later = later + Duration::from_secs(11);
        assert_eq!(gate.try_pin("135790", &hash, much_later), PinOutcome::Open);
        assert_eq!(gate.wait(much_later), None);
    }
}
