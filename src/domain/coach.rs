//! The coach's PIN: stored only as a slow salted hash (Argon2id) in the installer's config,
//! checked with a growing wait after wrong tries. Without a hash the coach area stays locked,
//! so a learner who finds the button on a fresh PC cannot become its coach.

use std::time::{Duration, Instant};

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

use crate::domain::store::coaches::CoachAccount;
use crate::domain::store::{Store, StoreError};

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
        self.try_check(now, || pin_matches(pin, hash))
    }

    /// A try, where `check` says whether the PIN is right (it is not called while waiting).
    pub fn try_check(&mut self, now: Instant, check: impl FnOnce() -> bool) -> PinOutcome {
        if let Some(until) = self.closed_until
            && now < until
        {
            return PinOutcome::Wait(until - now);
        }
        if check() {
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

/// Who opened the coach area: the installer's PIN (from the config), or a named coach.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opener {
    Installer,
    Named { id: uuid::Uuid, name: String },
}

impl Opener {
    /// As the coach log says it.
    pub fn who(&self) -> String {
        match self {
            Self::Installer => "coach (PIN)".into(),
            Self::Named { name, .. } => format!("{name} (coach)"),
        }
    }
}

/// Whose PIN this is: the installer's (the config's hash), or a coach account's that is not
/// withdrawn. Each check is a slow hash, so this takes a moment per account.
pub fn who_has_pin(pin: &str, config_hash: Option<&str>, store: &Store) -> Option<Opener> {
    if config_hash.is_some_and(|hash| pin_matches(pin, hash)) {
        return Some(Opener::Installer);
    }
    let accounts = store.coach_accounts().unwrap_or_else(|error| {
        log::warn!("the coach accounts cannot be read: {error}");
        Vec::new()
    });
    accounts
        .into_iter()
        .filter(|account| !account.withdrawn)
        .find(|account| pin_matches(pin, &account.pin_hash))
        .map(|account| Opener::Named {
            id: account.id,
            name: account.name,
        })
}

/// Why a coach account cannot be added or changed.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error(transparent)]
    Pin(#[from] PinError),
    #[error("a coach account needs a name")]
    NoName,
    #[error("a coach named {0} is here already")]
    SameName(String),
    #[error(
        "this PIN opens the coach area already (another coach's, or the installer's): choose another"
    )]
    SamePin,
    #[error("there is no coach account \"{0}\" here (`stepwise coach list` shows them)")]
    Unknown(String),
    #[error("more than one coach account has this name: give the id instead ({0})")]
    Ambiguous(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The account with this name (any case) or id. Two accounts of one name (one came from
/// another PC) are told apart by id.
pub fn find_account(store: &Store, name_or_id: &str) -> Result<CoachAccount, AccountError> {
    let wanted = name_or_id.trim().to_lowercase();
    let mut found: Vec<CoachAccount> = store
        .coach_accounts()?
        .into_iter()
        .filter(|account| account.id.to_string() == wanted || account.name.to_lowercase() == wanted)
        .collect();
    match found.len() {
        0 => Err(AccountError::Unknown(name_or_id.to_string())),
        1 => Ok(found.remove(0)),
        _ => Err(AccountError::Ambiguous(
            found
                .iter()
                .map(|account| account.id.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        )),
    }
}

/// Gives a coach an account with their own PIN. Refused: no name, a name already here, a PIN
/// that is not 6 to 12 digits, or one that opens the coach area already.
pub fn add_account(
    store: &Store,
    name: &str,
    pin: &str,
    config_hash: Option<&str>,
) -> Result<CoachAccount, AccountError> {
    let name = crate::domain::store::clean_name(name);
    if name.is_empty() {
        return Err(AccountError::NoName);
    }
    if find_account(store, &name).is_ok() {
        return Err(AccountError::SameName(name));
    }
    let hash = hash_pin(pin)?;
    if who_has_pin(pin, config_hash, store).is_some() {
        return Err(AccountError::SamePin);
    }
    Ok(store.add_coach_account(&name, &hash)?)
}

/// A new PIN for an account (refused like a new account's).
pub fn change_pin(
    store: &Store,
    account: &CoachAccount,
    pin: &str,
    config_hash: Option<&str>,
) -> Result<(), AccountError> {
    let hash = hash_pin(pin)?;
    match who_has_pin(pin, config_hash, store) {
        Some(Opener::Named { id, .. }) if id == account.id => {}
        Some(_) => return Err(AccountError::SamePin),
        None => {}
    }
    Ok(store.change_coach_account(account.id, Some(&hash), None)?)
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
    fn a_named_coach_s_own_pin_opens_until_they_are_withdrawn() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let installer = hash_pin("111111").unwrap();
        let maria = add_account(&store, " Maria ", "222222", Some(&installer)).unwrap();
        assert_eq!(maria.name, "Maria");
        assert!(!maria.pin_hash.contains("222222"));
        assert_eq!(
            who_has_pin("222222", Some(&installer), &store),
            Some(Opener::Named {
                id: maria.id,
                name: "Maria".into()
            })
        );
        assert_eq!(
            who_has_pin("111111", Some(&installer), &store),
            Some(Opener::Installer)
        );
        assert_eq!(who_has_pin("333333", Some(&installer), &store), None);
        // A PIN that opens already, a name twice, a short PIN: refused.
        assert!(matches!(
            add_account(&store, "Jan", "111111", Some(&installer)),
            Err(AccountError::SamePin)
        ));
        assert!(matches!(
            add_account(&store, "maria", "444444", Some(&installer)),
            Err(AccountError::SameName(_))
        ));
        assert!(matches!(
            add_account(&store, "Jan", "44", None),
            Err(AccountError::Pin(PinError::NotDigits))
        ));
        let found = find_account(&store, "MARIA").unwrap();
        change_pin(&store, &found, "555555", Some(&installer)).unwrap();
        assert_eq!(who_has_pin("222222", None, &store), None);
        assert!(who_has_pin("555555", None, &store).is_some());
        store
            .change_coach_account(maria.id, None, Some(true))
            .unwrap();
        assert_eq!(who_has_pin("555555", None, &store), None, "withdrawn");
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
