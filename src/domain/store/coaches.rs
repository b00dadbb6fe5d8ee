//! Named coach accounts: who may open the coach area, each with their own PIN (kept only as
//! an Argon2id hash). An account is given or withdrawn on one PC and travels in locked
//! progress files (the roster too): the newest stamp wins, so a coach who leaves loses access
//! on every PC the change reaches. `domain::coach` checks PINs; this keeps the rows.

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use super::{Store, StoreError, clean_name, now_ms};

/// A coach account as the store keeps it, and as a locked progress file carries it (the
/// `coach` record). The name and PIN carry one stamp (`clock`, `ws`), whether withdrawn
/// another (`status_clock`, `status_ws`): each part's newest stamp wins.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CoachAccount {
    pub id: Uuid,
    pub name: String,
    pub pin_hash: String,
    pub withdrawn: bool,
    pub created_at_ms: i64,
    pub clock: i64,
    pub ws: Uuid,
    pub status_clock: i64,
    pub status_ws: Uuid,
}

pub(crate) fn accounts(conn: &Connection) -> Result<Vec<CoachAccount>, rusqlite::Error> {
    let mut statement = conn.prepare(
        "SELECT id, name, pin_hash, withdrawn, created_at_ms, clock, workstation, status_clock,
                status_workstation FROM coaches ORDER BY created_at_ms, id",
    )?;
    let rows = statement.query_map([], |row| {
        Ok(CoachAccount {
            id: Uuid::parse_str(&row.get::<_, String>(0)?).unwrap_or_default(),
            name: row.get(1)?,
            pin_hash: row.get(2)?,
            withdrawn: row.get(3)?,
            created_at_ms: row.get(4)?,
            clock: row.get(5)?,
            ws: Uuid::parse_str(&row.get::<_, String>(6)?).unwrap_or_default(),
            status_clock: row.get(7)?,
            status_ws: Uuid::parse_str(&row.get::<_, String>(8)?).unwrap_or_default(),
        })
    })?;
    rows.collect()
}

/// Keeps an account from a file or from here: for the name and PIN, and for whether it is
/// withdrawn, each the newest stamp wins. Returns whether it changed anything.
pub(crate) fn put_account(
    conn: &Connection,
    account: &CoachAccount,
) -> Result<bool, rusqlite::Error> {
    // In an upsert, the names on the right of SET are the row as it was.
    Ok(conn.execute(
        "INSERT INTO coaches (id, name, pin_hash, withdrawn, created_at_ms, clock, workstation,
                              status_clock, status_workstation)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (id) DO UPDATE SET
             name = iif((?6, ?7) > (clock, workstation), ?2, name),
             pin_hash = iif((?6, ?7) > (clock, workstation), ?3, pin_hash),
             clock = iif((?6, ?7) > (clock, workstation), ?6, clock),
             workstation = iif((?6, ?7) > (clock, workstation), ?7, workstation),
             withdrawn = iif((?8, ?9) > (status_clock, status_workstation), ?4, withdrawn),
             status_clock = iif((?8, ?9) > (status_clock, status_workstation), ?8,
                                status_clock),
             status_workstation = iif((?8, ?9) > (status_clock, status_workstation), ?9,
                                      status_workstation),
             created_at_ms = min(created_at_ms, ?5)
         WHERE (?6, ?7) > (clock, workstation) OR (?8, ?9) > (status_clock, status_workstation)",
        params![
            account.id.to_string(),
            account.name,
            account.pin_hash,
            account.withdrawn,
            account.created_at_ms,
            account.clock,
            account.ws.to_string(),
            account.status_clock,
            account.status_ws.to_string()
        ],
    )? > 0)
}

impl Store {
    /// Every coach account known here, withdrawn ones too, oldest first.
    pub fn coach_accounts(&self) -> Result<Vec<CoachAccount>, StoreError> {
        Ok(accounts(&self.conn)?)
    }

    /// Adds an account (the PIN already hashed by `domain::coach`).
    pub fn add_coach_account(
        &self,
        name: &str,
        pin_hash: &str,
    ) -> Result<CoachAccount, StoreError> {
        let tx = self.begin()?;
        let clock = self.tick()?;
        let account = CoachAccount {
            id: Uuid::new_v4(),
            name: clean_name(name),
            pin_hash: pin_hash.to_string(),
            withdrawn: false,
            created_at_ms: now_ms(),
            clock,
            ws: self.workstation,
            status_clock: clock,
            status_ws: self.workstation,
        };
        put_account(&tx, &account)?;
        tx.commit()?;
        Ok(account)
    }

    /// Changes an account: a new PIN hash, or withdrawn (or given back). Stamped, so the
    /// change wins on every PC it reaches.
    pub fn change_coach_account(
        &self,
        id: Uuid,
        pin_hash: Option<&str>,
        withdrawn: Option<bool>,
    ) -> Result<(), StoreError> {
        let tx = self.begin()?;
        let Some(mut account) = accounts(&tx)?.into_iter().find(|a| a.id == id) else {
            return Err(StoreError::Sql(rusqlite::Error::QueryReturnedNoRows));
        };
        let clock = self.tick()?;
        if let Some(hash) = pin_hash {
            account.pin_hash = hash.to_string();
            (account.clock, account.ws) = (clock, self.workstation);
        }
        if let Some(withdrawn) = withdrawn {
            account.withdrawn = withdrawn;
            (account.status_clock, account.status_ws) = (clock, self.workstation);
        }
        put_account(&tx, &account)?;
        tx.commit()?;
        Ok(())
    }

    /// Is there an account that may open the coach area?
    pub fn has_coach_accounts(&self) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM coaches WHERE withdrawn = 0 LIMIT 1",
                [],
                |row| row.get::<_, i64>(0),
            )
            .optional()?
            .is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_change_to_an_account_wins_whatever_order_it_arrives_in() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let maria = store.add_coach_account("Maria", "$argon2id$one").unwrap();
        assert!(store.has_coach_accounts().unwrap());
        let mut withdrawn = maria.clone();
        withdrawn.withdrawn = true;
        withdrawn.status_clock = maria.clock + 5;
        // The newer stamp first, then the older one: the older changes nothing.
        assert!(put_account(store.conn(), &withdrawn).unwrap());
        // As an import does: this PC's clock moves past what it saw.
        store
            .conn()
            .execute(
                "UPDATE meta SET value = ?1 WHERE key = 'clock'",
                [withdrawn.status_clock],
            )
            .unwrap();
        assert!(!put_account(store.conn(), &maria).unwrap());
        assert_eq!(store.coach_accounts().unwrap(), vec![withdrawn]);
        assert!(!store.has_coach_accounts().unwrap());
        // Given back here: a newer stamp again.
        store
            .change_coach_account(maria.id, Some("$argon2id$two"), Some(false))
            .unwrap();
        let now = &store.coach_accounts().unwrap()[0];
        assert!(!now.withdrawn && now.pin_hash == "$argon2id$two");
        assert!(now.status_clock > maria.clock + 5);
    }

    /// A backup from before a withdrawal and a join, put back: the coach stays withdrawn and
    /// the two profiles stay one person.
    #[test]
    fn a_restore_keeps_a_withdrawal_and_a_join_made_after_the_backup() {
        use crate::domain::avatar::Picture;
        use crate::domain::store::backup::Kind;
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let maria = store.add_coach_account("Maria", "$argon2id$one").unwrap();
        let picture = |symbol: &str| Picture {
            symbol: symbol.into(),
            background: "sky".into(),
        };
        let anna = store.add_learner("Anna", &picture("tree")).unwrap();
        let twice = store.add_learner("Anna", &picture("sun")).unwrap();
        let backup = store.backup(Kind::Daily, 7).unwrap();
        store
            .change_coach_account(maria.id, None, Some(true))
            .unwrap();
        store.merge_learners(twice.id, anna.id).unwrap();
        store.restore_from(&backup).unwrap();
        assert!(store.coach_accounts().unwrap()[0].withdrawn);
        assert_eq!(store.learners().unwrap(), vec![anna]);
    }

    #[test]
    fn a_new_pin_made_elsewhere_later_never_undoes_a_withdrawal() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let maria = store.add_coach_account("Maria", "$argon2id$one").unwrap();
        store
            .change_coach_account(maria.id, None, Some(true))
            .unwrap();
        // A busy workstation, its clock far ahead, gave her a new PIN before it knew.
        let elsewhere = CoachAccount {
            pin_hash: "$argon2id$two".into(),
            clock: 5_000,
            ws: Uuid::max(),
            ..maria.clone()
        };
        assert!(put_account(store.conn(), &elsewhere).unwrap());
        let now = &store.coach_accounts().unwrap()[0];
        assert!(now.withdrawn, "still withdrawn");
        assert_eq!(
            now.pin_hash, "$argon2id$two",
            "the newer PIN is kept all the same"
        );
        assert!(
            !put_account(store.conn(), &elsewhere).unwrap(),
            "twice: no change"
        );
    }
}
