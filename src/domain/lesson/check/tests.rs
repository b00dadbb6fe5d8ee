use super::*;
use crate::domain::lesson::tests::{good_tree, load_with};

fn check_with(changes: &[(&'static str, String)]) -> Report {
    let (dir, _) = load_with(changes);
    check(&LessonSource::Folder(dir.path().to_path_buf()))
}

fn lesson_toml() -> String {
    good_tree()
        .into_iter()
        .find(|(p, _)| *p == "demo/lesson.toml")
        .unwrap()
        .1
}

#[test]
fn the_shipped_lessons_pass_with_no_errors() {
    let report = check(&LessonSource::Folder(
        concat!(env!("CARGO_MANIFEST_DIR"), "/lessons").into(),
    ));
    let errors: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    assert!(report.lessons >= 1 && report.steps >= 6);
}

#[test]
fn a_good_tree_passes() {
    let report = check_with(&[]);
    assert_eq!(report.findings, vec![]);
    assert_eq!((report.modules, report.lessons, report.steps), (1, 1, 4));
}

#[test]
fn a_typo_in_a_key_is_an_error_that_names_the_allowed_keys() {
    let report = check_with(&[(
        "demo/lesson.toml",
        lesson_toml().replace("answer = false", "answer = false\nanwser = true"),
    )]);
    assert_eq!(report.errors(), 1, "{:?}", report.findings);
    assert!(
        report.findings[0]
            .message
            .contains("`anwser` is not a key of a yes-no step")
    );
    assert_eq!(report.findings[0].place, "demo/lesson.toml");
}

#[test]
fn a_text_missing_in_a_declared_language_is_an_error() {
    let report = check_with(&[
        ("curriculum.toml", "languages = [\"en\", \"nl\"]\n[[modules]]\nid = \"m\"\npicture = \"m\"\nlessons = [\"demo\"]\n".into()),
        ("text/nl.ftl", "module-m = Een module\n".into()),
        ("demo/text/nl.ftl", "lesson-title = Demo\nlesson-goal = Ik kan het.\nt = Kijk.\nh = Kijk hier.\np = Ja!\na = een\nb = twee\n".into()),
    ]);
    let messages: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec!["error: demo/text/nl.ftl: c is missing; add it (the English file has it)"]
    );
}

#[test]
fn a_picture_that_does_not_decode_is_an_error() {
    let report = check_with(&[("demo/pictures/p.svg", "<svg broken".into())]);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.place == "demo/pictures/p.svg" && f.message.contains("does not decode"))
    );
}

#[test]
fn easy_to_read_rules_are_counted() {
    let no_capitals: Vec<String> = vec!["PC".into()];
    let long =
        "Press the green button and then wait until the screen shows you the next thing to do now.";
    let findings = lint_findings(long, false, &no_capitals);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].0, Severity::Error);
    assert!(findings[0].1.contains("18 words"), "{findings:?}");

    let longish = "Press the green button and then wait until the screen shows you more.";
    assert_eq!(
        lint_findings(longish, false, &no_capitals)[0].0,
        Severity::Warning
    );

    let three = "Look here. Press it. Well done.";
    assert_eq!(lint_findings(three, true, &no_capitals).len(), 1);
    assert!(
        lint_findings(three, false, &no_capitals).is_empty(),
        "only step texts are held to two sentences"
    );

    assert_eq!(
        lint_findings("Press ENTER now.", false, &no_capitals).len(),
        1
    );
    assert!(lint_findings("Switch on the PC.", false, &no_capitals).is_empty());
    assert!(lint_findings("Type: Sun-Tree-42", false, &no_capitals).is_empty());
    assert_eq!(
        lint_findings("This is *very* important.", false, &no_capitals).len(),
        1
    );
    assert_eq!(
        lint_findings("This is <i>very</i> important.", false, &no_capitals).len(),
        1
    );
}

#[test]
fn sentences_end_at_stops_followed_by_a_space() {
    assert_eq!(
        sentences("Type: anna@work.example. Then press Send!"),
        vec!["Type: anna@work.example.", "Then press Send!"]
    );
    assert_eq!(sentences("Is this you?"), vec!["Is this you?"]);
    assert_eq!(
        words("Type: Sun-Tree-42"),
        vec!["Type", "Sun", "Tree", "42"]
    );
}

#[test]
fn the_interface_texts_follow_the_rules_too() {
    // With the abbreviations the shipped curriculum allows (PC, USB, PIN), as `lessons check`.
    let allowed = crate::domain::lesson::Library::built_in().allowed_capitals;
    for language in Language::shipped() {
        let errors: Vec<String> = lint_interface_texts(language, &allowed)
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        assert_eq!(errors, Vec::<String>::new());
    }
}
