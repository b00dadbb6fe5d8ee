//! The shared folder (`exchange_dir`): every workstation keeps its own progress file there,
//! rewritten after each lesson, and reads the others' files at start and after each lesson.
//! So a learner who practises on PC 1 on Monday finds their place on PC 2 on Tuesday, with no
//! server: a network share or a synced folder is enough.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{EXTENSION, ExchangeError, export, import_with};
use crate::domain::org_key::OrgKey;
use crate::domain::store::Store;

/// This workstation's file in the shared folder: the same name every time, so it is replaced
/// (atomically), never piled up.
pub fn own_file(dir: &Path, store: &Store, workstation_name: &str) -> PathBuf {
    let stem = super::file_stem(workstation_name, store.workstation());
    dir.join(format!("{stem}.{EXTENSION}"))
}

/// What one round in the shared folder did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SyncSummary {
    pub read: usize,
    pub new_attempts: u64,
    /// Files that could not be read, with the reason (for the log and `stepwise doctor`).
    pub refused: Vec<(PathBuf, String)>,
    pub written: bool,
}

/// Remembers which files were read, so an unchanged file is not read again.
#[derive(Debug, Default, Clone)]
pub struct Seen(BTreeMap<PathBuf, (SystemTime, u64)>);

/// Reads the others' files that changed since last time, then writes this workstation's own.
/// Never fails: a missing share or a bad file is reported in the summary.
pub fn sync(
    store: &mut Store,
    dir: &Path,
    workstation_name: &str,
    key: Option<&OrgKey>,
    seen: &mut Seen,
) -> SyncSummary {
    let mut summary = SyncSummary::default();
    let own = own_file(dir, store, workstation_name);
    let files = super::places::progress_files(&[super::places::Place {
        kind: super::places::PlaceKind::SharedFolder,
        name: String::new(),
        path: dir.to_path_buf(),
    }]);
    for file in files.into_iter().filter(|file| *file != own) {
        let stamp = std::fs::metadata(&file)
            .ok()
            .and_then(|meta| Some((meta.modified().ok()?, meta.len())));
        if stamp.is_some() && seen.0.get(&file) == stamp.as_ref() {
            continue;
        }
        match import_with(store, &file, key, false) {
            Ok(report) => {
                summary.read += 1;
                summary.new_attempts += report.new_attempts();
                if let Some(stamp) = stamp {
                    seen.0.insert(file, stamp);
                }
            }
            Err(error) => summary.refused.push((file, error.to_string())),
        }
    }
    match export(store, &own, workstation_name, None, key) {
        Ok(_) => summary.written = true,
        Err(ExchangeError::Io { source, .. }) => summary
            .refused
            .push((own, format!("cannot be written: {source}"))),
        Err(error) => summary.refused.push((own, error.to_string())),
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::avatar::Picture;

    #[test]
    fn two_workstations_meet_in_the_shared_folder() {
        let temp = tempfile::tempdir().unwrap();
        let shared = temp.path().join("shared");
        std::fs::create_dir_all(&shared).unwrap();
        let mut pc1 = Store::open(&temp.path().join("pc1")).unwrap();
        let mut pc2 = Store::open(&temp.path().join("pc2")).unwrap();
        let anna = pc1
            .add_learner(
                "Anna",
                &Picture {
                    symbol: "sun".into(),
                    background: "sky".into(),
                },
            )
            .unwrap();
        pc1.save_position(anna.id, "use-the-mouse", 2).unwrap();
        let (mut seen1, mut seen2) = (Seen::default(), Seen::default());
        let first = sync(&mut pc1, &shared, "PC 1", None, &mut seen1);
        assert!(first.written && first.refused.is_empty(), "{first:?}");
        assert_eq!(
            own_file(&shared, &pc1, "PC 1")
                .file_name()
                .unwrap()
                .to_string_lossy()
                .matches('-')
                .count(),
            3
        );
        // PC 2 starts: Anna is there, at her place.
        let second = sync(&mut pc2, &shared, "PC 2", None, &mut seen2);
        assert_eq!(second.read, 1);
        assert_eq!(
            pc2.last_position(anna.id).unwrap(),
            Some(("use-the-mouse".into(), 2))
        );
        // Nothing changed: nothing is read again. Writing again replaces, never piles up.
        assert_eq!(sync(&mut pc2, &shared, "PC 2", None, &mut seen2).read, 0);
        assert_eq!(std::fs::read_dir(&shared).unwrap().count(), 2);
        // Anna goes on on PC 2; PC 1 sees it after its next lesson.
        pc2.save_position(anna.id, "use-the-mouse", 4).unwrap();
        sync(&mut pc2, &shared, "PC 2", None, &mut seen2);
        sync(&mut pc1, &shared, "PC 1", None, &mut seen1);
        assert_eq!(
            pc1.last_position(anna.id).unwrap(),
            Some(("use-the-mouse".into(), 4))
        );
        // A broken file in the share is reported, not fatal.
        std::fs::write(shared.join("broken.stepwise"), b"nonsense").unwrap();
        let summary = sync(&mut pc1, &shared, "PC 1", None, &mut seen1);
        assert_eq!(summary.refused.len(), 1);
        assert!(summary.written);
        // A share that is gone (a network drive offline) is no crash either.
        let gone = sync(
            &mut pc1,
            &temp.path().join("offline"),
            "PC 1",
            None,
            &mut seen1,
        );
        assert!(!gone.written && gone.refused.len() == 1);
    }
}
