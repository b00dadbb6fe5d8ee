//! Where lessons are read from: the tree compiled into the binary, or a folder on disk (a
//! content author's checkout, or a lesson folder a coach copied from another PC).

use std::borrow::Cow;
use std::path::PathBuf;

use include_dir::Dir;

/// A read-only tree of lesson files, addressed by `/`-separated relative paths.
#[derive(Clone)]
pub enum LessonSource {
    Embedded(&'static Dir<'static>),
    Folder(PathBuf),
}

impl LessonSource {
    /// The bytes of one file, if it exists.
    pub fn read(&self, path: &str) -> Option<Cow<'static, [u8]>> {
        match self {
            Self::Embedded(dir) => dir
                .get_file(path)
                .map(|file| Cow::Borrowed(file.contents())),
            Self::Folder(root) => std::fs::read(root.join(path)).ok().map(Cow::Owned),
        }
    }

    /// The names of the files directly in `folder`, sorted.
    pub fn files(&self, folder: &str) -> Vec<String> {
        let mut names: Vec<String> = match self {
            Self::Embedded(dir) => dir
                .get_dir(folder)
                .map(|dir| {
                    dir.files()
                        .filter_map(|file| file.path().file_name()?.to_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            Self::Folder(root) => std::fs::read_dir(root.join(folder))
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .filter(|entry| entry.path().is_file())
                        .filter_map(|entry| entry.file_name().to_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
        };
        names.sort();
        names
    }

    /// The files directly in `folder`, with their bytes, sorted by name. One walk of the
    /// folder: looking every file up again from the root costs a path search each, which with
    /// two thousand voice files took most of the start-up.
    pub fn read_all(&self, folder: &str) -> Vec<(String, Cow<'static, [u8]>)> {
        let mut files: Vec<(String, Cow<'static, [u8]>)> = match self {
            Self::Embedded(dir) => dir
                .get_dir(folder)
                .map(|dir| {
                    dir.files()
                        .filter_map(|file| {
                            let name = file.path().file_name()?.to_str()?.to_string();
                            Some((name, Cow::Borrowed(file.contents())))
                        })
                        .collect()
                })
                .unwrap_or_default(),
            Self::Folder(_) => self
                .files(folder)
                .into_iter()
                .filter_map(|name| {
                    let bytes = self.read(&format!("{folder}/{name}"))?;
                    Some((name, bytes))
                })
                .collect(),
        };
        files.sort_by(|a, b| a.0.cmp(&b.0));
        files
    }

    /// How to name this tree in a message.
    pub fn describe(&self) -> String {
        match self {
            Self::Embedded(_) => "the built-in lessons".into(),
            Self::Folder(root) => root.display().to_string(),
        }
    }
}
