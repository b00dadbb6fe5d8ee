//! Reading a lesson folder: arbitrary bytes in its TOML or Fluent files (or the curriculum's)
//! make the lesson be left out with a reason, never a panic, in the loader and in
//! `stepwise lessons check`. The first byte chooses the file; the rest is its content.
#![no_main]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use stepwise::domain::i18n::Language;
use stepwise::domain::lesson::{LessonSource, Library, check};

const FILES: [&str; 5] = [
    "curriculum.toml",
    "parts-of-a-computer/lesson.toml",
    "parts-of-a-computer/text/en.ftl",
    "parts-of-a-computer/text/nl.ftl",
    "text/en.ftl",
];

/// A copy of the fixture tree, made once per fuzzing process.
fn tree() -> &'static Path {
    static TREE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, root) = TREE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures/lessons");
        copy(&source, dir.path());
        let root = dir.path().to_path_buf();
        (dir, root)
    });
    root
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("the fixture tree") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a copy");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, content)) = data.split_first() else {
        return;
    };
    let root = tree();
    let file = root.join(FILES[which as usize % FILES.len()]);
    let original = std::fs::read(&file).expect("the fixture file");
    std::fs::write(&file, content).expect("write");
    let source = LessonSource::Folder(root.to_path_buf());
    let library = Library::load(&source);
    for module in &library.modules {
        for lesson in &module.lessons {
            for step in &lesson.steps {
                let _ = lesson.text(Language::En, &step.text);
                let _ = lesson.text(Language::Nl, &step.text);
            }
        }
    }
    let _ = check::check(&source);
    std::fs::write(&file, original).expect("put back");
});
