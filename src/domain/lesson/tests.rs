use super::*;

/// Writes a lessons tree into a temporary folder: `(path, contents)` pairs.
pub(crate) fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, contents) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }
    dir
}

pub(crate) const SVG: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>"#;

/// A small, correct lesson tree with one lesson of each answered kind.
/// A narration manifest that says every demo text has a fresh voice file.
fn demo_manifest() -> String {
    use crate::domain::narration::{Entry, Manifest, Source, text_hash};
    let texts = [
        ("lesson-title", "Demo"),
        ("lesson-goal", "I can do it."),
        ("t", "Look at this."),
        ("h", "Look here."),
        ("p", "Yes!"),
        ("a", "one"),
        ("b", "two"),
        ("c", "three"),
    ];
    Manifest {
        files: texts
            .iter()
            .map(|(id, text)| {
                (
                    id.to_string(),
                    Entry {
                        hash: text_hash(text),
                        source: Source::Recorded,
                        tool: None,
                        by: None,
                    },
                )
            })
            .collect(),
    }
    .to_toml()
}

pub(crate) fn good_tree() -> Vec<(&'static str, String)> {
    let mut files = vec![("demo/narration/en/narration.toml", demo_manifest())];
    for id in ["lesson-title", "lesson-goal", "t", "h", "p", "a", "b", "c"] {
        let path: &'static str = Box::leak(format!("demo/narration/en/{id}.ogg").into_boxed_str());
        files.push((path, "OggS".into()));
    }
    files.extend(vec![
        ("curriculum.toml", "languages = [\"en\"]\n[[modules]]\nid = \"m\"\npicture = \"m\"\nlessons = [\"demo\"]\n".into()),
        ("text/en.ftl", "module-m = A module\n".into()),
        ("pictures/m.svg", SVG.into()),
        ("pictures/sources.toml", "[pictures]\nm = \"drawn\"\n".into()),
        ("glossary/en.toml", "[[terms]]\nword = \"mail\"\npicture = \"m\"\nmeans = \"A letter on the computer.\"\navoid = [\"e-mail\"]\n".into()),
        ("demo/pictures/p.svg", SVG.into()),
        ("demo/pictures/sources.toml", "[pictures]\np = \"mulberry:on\"\n".into()),
        ("demo/coach/en.ftl", "coach-practises = Answering.\ncoach-prepare = Nothing.\ncoach-goes-wrong = Little.\ncoach-link = Work.\ncoach-ask = How was it?\n".into()),
        ("demo/text/en.ftl", "lesson-title = Demo\nlesson-goal = I can do it.\nt = Look at this.\nh = Look here.\np = Yes!\na = one\nb = two\nc = three\n".into()),
        (
            "demo/lesson.toml",
            r#"id = "demo"
version = 1
minutes = 3
picture = "p"
[review]
en = "draft"
[[steps]]
id = "i"
kind = "info"
picture = "p"
text = "t"
[[steps]]
id = "i2"
kind = "info"
picture = "p"
text = "t"
[[steps]]
id = "i3"
kind = "info"
picture = "p"
text = "t"
[[steps]]
id = "pick"
kind = "pick"
picture = "p"
text = "t"
hint = "h"
praise = "p"
choices = [{ id = "a", picture = "p", label = "a", correct = true }, { id = "b", picture = "p", label = "b" }]
[[steps]]
id = "yn"
kind = "yes-no"
picture = "p"
text = "t"
hint = "h"
praise = "p"
answer = false
[[steps]]
id = "order"
kind = "order"
picture = "p"
text = "t"
hint = "h"
praise = "p"
cards = [{ id = "a", picture = "p", label = "a" }, { id = "b", picture = "p", label = "b" }, { id = "c", picture = "p", label = "c" }]
"#
            .into(),
        ),
    ]);
    files
}

/// The demo tree with a simulated-app step added (`goal` is its TOML goal table).
pub(crate) fn with_sim_step(goal: &str) -> (tempfile::TempDir, Library) {
    let files = good_tree();
    let lesson = &files
        .iter()
        .find(|(p, _)| *p == "demo/lesson.toml")
        .unwrap()
        .1;
    let texts = &files
        .iter()
        .find(|(p, _)| *p == "demo/text/en.ftl")
        .unwrap()
        .1;
    let lesson = format!(
        "{lesson}[[steps]]\nid = \"sim\"\nkind = \"sim\"\npicture = \"p\"\ntext = \"t\"\nhint = \"h\"\npraise = \"p\"\nwindow = \"w\"\nwidgets = [{{ id = \"to\", type = \"field\", label = \"to\" }}, {{ id = \"note\", type = \"field\", label = \"to\", start = \"anna\" }}, {{ id = \"cancel\", type = \"button\", label = \"cancel\" }}, {{ id = \"send\", type = \"button\", label = \"send\" }}]\ngoal = {goal}\n"
    );
    let texts = format!(
        "{texts}w = Mail\nto = To\ncancel = Cancel\nsend = Send\nanna = anna@work.example\n"
    );
    load_with(&[("demo/lesson.toml", lesson), ("demo/text/en.ftl", texts)])
}

#[test]
fn a_simulated_app_goal_must_name_the_window_s_own_fields_and_a_button() {
    let (_dir, library) = with_sim_step(r#"{ fields = { to = "anna" }, press = "send" }"#);
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    assert_eq!(
        library
            .lesson("demo")
            .unwrap()
            .steps
            .last()
            .unwrap()
            .exercise
            .kind(),
        "sim"
    );
    for (goal, fault) in [
        (
            r#"{ fields = { to = "anna" }, press = "to" }"#,
            "goal.press \"to\" is not a button",
        ),
        (
            r#"{ fields = { cc = "anna" }, press = "send" }"#,
            "\"cc\", which is not a field",
        ),
        (
            r#"{ filled = ["send"], press = "send" }"#,
            "\"send\", which is not a field",
        ),
    ] {
        let (_dir, library) = with_sim_step(goal);
        assert!(library.lesson("demo").is_none(), "{goal} is refused");
        assert!(
            library.problems.iter().any(|p| p.message.contains(fault)),
            "{goal}: {:?}",
            library.problems
        );
    }
    // A goal text that no language file has is a content error `lessons check` names.
    let (dir, library) = with_sim_step(r#"{ fields = { to = "nobody" }, press = "send" }"#);
    assert!(
        library.lesson("demo").is_some(),
        "the app shows the id rather than refuse"
    );
    let report = super::check::check(&LessonSource::Folder(dir.path().to_path_buf()));
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.message.contains("nobody is missing")),
        "{:?}",
        report.findings
    );
}

#[test]
fn a_shortcut_needs_a_key_to_hold_and_one_small_letter_or_digit() {
    let files = good_tree();
    let lesson = &files
        .iter()
        .find(|(p, _)| *p == "demo/lesson.toml")
        .unwrap()
        .1;
    let with = |hold: &str, press: &str| {
        let step = format!(
            "[[steps]]\nid = \"s\"\nkind = \"shortcut\"\npicture = \"p\"\ntext = \"t\"\nhint = \"h\"\npraise = \"p\"\nhold = {hold}\npress = {press}\n"
        );
        load_with(&[("demo/lesson.toml", format!("{lesson}{step}"))]).1
    };
    assert!(with(r#"["windows"]"#, r#""l""#).problems.is_empty());
    assert!(with(r#"["ctrl", "alt"]"#, r#""7""#).problems.is_empty());
    for (hold, press, fault) in [
        ("[]", r#""l""#, "at least one key in `hold`"),
        (r#"["windows"]"#, r#""L""#, "one small letter or a digit"),
        (r#"["windows"]"#, r#""@""#, "one small letter or a digit"),
        (r#"["super"]"#, r#""l""#, "line"),
        (r#"["windows"]"#, r#""ll""#, "line"),
    ] {
        let library = with(hold, press);
        assert!(library.lesson("demo").is_none(), "{hold} {press}");
        assert!(
            library.problems.iter().any(|p| p.message.contains(fault)),
            "{hold} {press}: {:?}",
            library.problems
        );
    }
}

pub(crate) fn load_with(changes: &[(&'static str, String)]) -> (tempfile::TempDir, Library) {
    let mut files = good_tree();
    for (path, contents) in changes {
        files.retain(|(p, _)| p != path);
        files.push((path, contents.clone()));
    }
    let files: Vec<(&str, &str)> = files.iter().map(|(p, c)| (*p, c.as_str())).collect();
    let dir = tree(&files);
    let library = Library::load(&LessonSource::Folder(dir.path().to_path_buf()));
    (dir, library)
}

#[test]
fn the_built_in_lessons_load_without_problems() {
    let library = Library::built_in();
    assert_eq!(library.problems, vec![]);
    assert!(!library.modules.is_empty());
    let lesson = library
        .lesson("parts-of-a-computer")
        .expect("the first lesson ships");
    assert_eq!(lesson.title(Language::En), "Parts of a computer");
    assert_ne!(lesson.title(Language::Nl), lesson.title(Language::En));
    assert_eq!(library.languages, vec![Language::En, Language::Nl]);
}

#[test]
fn a_lesson_folder_on_disk_loads_like_the_built_in_ones() {
    let (_dir, library) = load_with(&[]);
    assert_eq!(library.problems, vec![]);
    let lesson = library.lesson("demo").unwrap();
    let kinds: Vec<&str> = lesson
        .steps
        .iter()
        .map(|step| step.exercise.kind())
        .collect();
    assert_eq!(
        kinds,
        vec!["info", "info", "info", "pick", "yes-no", "order"]
    );
    assert_eq!(library.text(Language::En, "module-m"), "A module");
}

#[test]
fn a_broken_lesson_is_left_out_with_a_reason_and_the_others_stay() {
    let broken = good_tree()
        .into_iter()
        .find(|(p, _)| *p == "demo/lesson.toml")
        .unwrap()
        .1
        .replace("answer = false", "answer = \"maybe\"");
    let (_dir, library) = load_with(&[("demo/lesson.toml", broken)]);
    assert!(library.lesson("demo").is_none());
    assert_eq!(library.problems.len(), 1);
    assert_eq!(library.problems[0].place, "demo/lesson.toml");
    assert!(
        library.problems[0].message.contains("line"),
        "{:?}",
        library.problems
    );
    assert_eq!(library.modules.len(), 1, "the module is still there");
}

#[test]
fn an_answered_step_without_a_hint_is_refused() {
    let lesson = good_tree()
        .into_iter()
        .find(|(p, _)| *p == "demo/lesson.toml")
        .unwrap()
        .1;
    let without_hint = lesson.replacen("hint = \"h\"\n", "", 1);
    let (_dir, library) = load_with(&[("demo/lesson.toml", without_hint)]);
    assert!(
        library.problems[0].message.contains("needs `hint`"),
        "{:?}",
        library.problems
    );
}

#[test]
fn a_missing_picture_and_a_missing_english_text_are_refused() {
    let lesson = good_tree()
        .into_iter()
        .find(|(p, _)| *p == "demo/lesson.toml")
        .unwrap()
        .1;
    let (_dir, library) = load_with(&[(
        "demo/lesson.toml",
        lesson.replacen(
            "picture = \"p\"\n[review]",
            "picture = \"gone\"\n[review]",
            1,
        ),
    )]);
    assert!(
        library.problems[0].message.contains("picture \"gone\""),
        "{:?}",
        library.problems
    );
    let (_dir, library) = load_with(&[("demo/text/en.ftl", "lesson-title = { broken".into())]);
    assert!(library.lesson("demo").is_none());
}

#[test]
fn a_missing_curriculum_is_a_problem_not_a_crash() {
    let dir = tree(&[]);
    let library = Library::load(&LessonSource::Folder(dir.path().to_path_buf()));
    assert!(library.modules.is_empty());
    assert_eq!(library.problems[0].place, "curriculum.toml");
}

proptest::proptest! {
    #[test]
    fn the_loader_never_panics_on_arbitrary_lesson_files(text in ".{0,400}") {
        let (_dir, library) = load_with(&[("demo/lesson.toml", text)]);
        let _ = library.lesson("demo");
    }

    /// Arbitrary text in a lesson's Fluent file and in the curriculum: the lesson is left
    /// out with a reason, or loads; it never takes the app down.
    #[test]
    fn the_loader_and_the_check_never_panic_on_arbitrary_texts_or_curriculum(
        fluent in ".{0,300}",
        curriculum in ".{0,200}",
        which in 0..2usize,
    ) {
        let file = ["demo/text/en.ftl", "curriculum.toml"][which];
        let text = if which == 0 { fluent } else { curriculum };
        let (dir, library) = load_with(&[(file, text)]);
        if let Some(lesson) = library.lesson("demo") {
            for step in &lesson.steps {
                let _ = lesson.text(crate::domain::i18n::Language::En, &step.text);
            }
        }
        let report = super::check::check(&LessonSource::Folder(dir.path().to_path_buf()));
        proptest::prop_assert!(report.lessons <= 1);
    }
}
