//! Where a coach saves and finds progress files without a file dialog: USB sticks, the shared
//! folder (`exchange_dir`) and the Documents folder, each shown as one big button.

use std::path::{Path, PathBuf};

use super::EXTENSION;

/// What kind of place a folder is, for its picture and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    UsbStick,
    SharedFolder,
    Documents,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub kind: PlaceKind,
    /// The stick's label or the folder's name.
    pub name: String,
    pub path: PathBuf,
}

/// The places on this PC now: USB sticks first (mounted under `/media/<user>`,
/// `/run/media/<user>` or `/media` on Linux; drive letters D: to Z: on Windows), then the
/// shared folder, then Documents.
pub fn places(exchange_dir: Option<&Path>, media_dir: Option<&Path>) -> Vec<Place> {
    let mut found = Vec::new();
    for root in media_dir
        .map(Path::to_path_buf)
        .into_iter()
        .chain(removable_roots())
    {
        let Ok(entries) = std::fs::read_dir(&root) else {
            continue;
        };
        let mut sticks: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.is_dir())
            .collect();
        sticks.sort();
        for path in sticks {
            if found.iter().any(|place: &Place| place.path == path) {
                continue;
            }
            found.push(Place {
                kind: PlaceKind::UsbStick,
                name: name_of(&path),
                path,
            });
        }
    }
    #[cfg(windows)]
    for letter in 'D'..='Z' {
        let path = PathBuf::from(format!("{letter}:\\\\"));
        if path.is_dir() {
            found.push(Place {
                kind: PlaceKind::UsbStick,
                name: format!("{letter}:"),
                path,
            });
        }
    }
    if let Some(dir) = exchange_dir {
        found.push(Place {
            kind: PlaceKind::SharedFolder,
            name: name_of(dir),
            path: dir.to_path_buf(),
        });
    }
    if let Some(documents) = directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(Path::to_path_buf))
        .filter(|dir| dir.is_dir())
    {
        found.push(Place {
            kind: PlaceKind::Documents,
            name: name_of(&documents),
            path: documents,
        });
    }
    found
}

fn removable_roots() -> Vec<PathBuf> {
    if cfg!(windows) {
        return Vec::new();
    }
    let user = std::env::var("USER").unwrap_or_default();
    let mut roots = Vec::new();
    if !user.is_empty() {
        roots.push(PathBuf::from("/media").join(&user));
        roots.push(PathBuf::from("/run/media").join(&user));
    }
    roots
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Progress files in these places (at the top, or in a `stepwise` folder), by name.
pub fn progress_files(places: &[Place]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for place in places {
        for dir in [place.path.clone(), place.path.join("stepwise")] {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            files.extend(
                entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|path| {
                        path.is_file()
                            && path.extension().is_some_and(|ext| ext == EXTENSION)
                            // Half-written files of an export in progress start with a dot.
                            && !name_of(path).starts_with('.')
                    }),
            );
        }
    }
    files.sort_by_key(|path| name_of(path));
    files.dedup();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_folder_is_a_place_and_its_progress_files_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("Shared");
        std::fs::create_dir_all(shared.join("stepwise")).unwrap();
        for name in ["b.stepwise", "notes.txt", ".a.stepwise.123.part"] {
            std::fs::write(shared.join(name), b"x").unwrap();
        }
        std::fs::write(shared.join("stepwise").join("a.stepwise"), b"x").unwrap();
        let found = places(Some(&shared), None);
        let place = found
            .iter()
            .find(|p| p.kind == PlaceKind::SharedFolder)
            .unwrap();
        assert_eq!(place.name, "Shared");
        let files = progress_files(std::slice::from_ref(place));
        let names: Vec<String> = files.iter().map(|f| name_of(f)).collect();
        assert_eq!(names, ["a.stepwise", "b.stepwise"]);
    }
}
