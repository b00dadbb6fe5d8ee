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
    assert_eq!((report.modules, report.lessons, report.steps), (1, 1, 6));
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
        ("demo/coach/nl.ftl", "coach-practises = Antwoorden.\ncoach-prepare = Niets.\ncoach-goes-wrong = Weinig.\ncoach-link = Werk.\ncoach-ask = Hoe was het?\n".into()),
        ("demo/lesson.toml", lesson_toml().replace("en = \"draft\"", "en = \"draft\"\nnl = \"draft\"")),
        ("glossary/nl.toml", "[[terms]]\nword = \"mail\"\npicture = \"m\"\nmeans = \"Een brief op de computer.\"\n".into()),
    ]);
    let messages: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec![
            "error: demo/text/nl.ftl: c is missing; add it (the English file has it)",
            "warning: demo/narration/nl: no voice files yet: run `stepwise narrate --lesson demo` before it ships"
        ]
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

#[test]
fn a_lesson_without_coach_notes_or_review_status_is_an_error_that_says_what_to_add() {
    let report = check_with(&[
        ("demo/coach/en.ftl", "coach-practises = Answering.\n".into()),
        (
            "demo/lesson.toml",
            lesson_toml().replace("[review]\nen = \"draft\"\n", ""),
        ),
    ]);
    let messages: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    for part in [
        "coach-prepare",
        "coach-goes-wrong",
        "coach-link",
        "coach-ask",
    ] {
        assert!(
            messages.contains(&format!("error: demo/coach/en.ftl: {part} is missing; every lesson has coach notes (coach-practises, coach-prepare, coach-goes-wrong, coach-link, coach-ask)")),
            "{messages:?}"
        );
    }
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("error: demo/lesson.toml: review.en is missing"))
    );
    assert_eq!(report.errors(), 5, "{messages:?}");
}

#[test]
fn review_statuses_are_counted_per_language() {
    let report = check_with(&[(
        "demo/lesson.toml",
        lesson_toml().replace("en = \"draft\"", "en = \"checked-by-author\""),
    )]);
    assert_eq!(report.errors(), 0, "{:?}", report.findings);
    assert_eq!(
        report.reviews.into_iter().collect::<Vec<_>>(),
        vec![((Language::En, Review::CheckedByAuthor), 1)]
    );
    let report = check_with(&[(
        "demo/lesson.toml",
        lesson_toml().replace("en = \"draft\"", "en = \"looks fine\""),
    )]);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.message.contains("unknown variant `looks fine`")),
        "{:?}",
        report.findings
    );
}

#[test]
fn a_lesson_of_fewer_than_six_steps_is_an_error() {
    let short = lesson_toml().replace(
        "[[steps]]\nid = \"i2\"\nkind = \"info\"\npicture = \"p\"\ntext = \"t\"\n",
        "",
    );
    let report = check_with(&[("demo/lesson.toml", short)]);
    let messages: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec![
            "error: demo/lesson.toml: 5 steps; a lesson has 6 to 12 (one goal, 3 to 8 minutes): split it or add practice"
        ]
    );
}

#[test]
fn a_picture_without_a_source_is_an_error_and_a_listed_ghost_a_warning() {
    let report = check_with(&[
        (
            "demo/pictures/extra.svg",
            crate::domain::lesson::tests::SVG.into(),
        ),
        (
            "demo/pictures/sources.toml",
            "[pictures]\np = \"found on the web\"\nghost = \"drawn\"\n".into(),
        ),
    ]);
    let messages: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec![
            "error: demo/pictures/sources.toml: extra has no source; add `extra = \"mulberry:<symbol>\"` (or openmoji:, twemoji:, drawn)",
            "error: demo/pictures/sources.toml: p = \"found on the web\" is not a known source (mulberry:, openmoji:, twemoji:, drawn)",
            "warning: demo/pictures/sources.toml: ghost is listed but there is no such picture",
        ]
    );
}

#[test]
fn a_word_the_glossary_says_to_avoid_is_an_error_in_any_learner_text() {
    let report = check_with(&[(
        "demo/text/en.ftl",
        "lesson-title = Demo\nlesson-goal = I can do it.\nt = Open the E-mail now.\nh = Look here.\np = Yes!\na = one\nb = two\nc = three\n".into(),
    )]);
    let messages: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        vec![
            "error: demo/narration/en: the text changed since its voice file was made (t): run `stepwise narrate --lesson demo`, or record it again",
            "error: demo/text/en.ftl: t: says \"e-mail\"; the glossary word is \"mail\": use it in every lesson"
        ],
        "the changed text also makes its voice file stale"
    );
}

#[test]
fn words_drawn_into_a_picture_are_an_error() {
    let report = check_with(&[(
        "demo/pictures/p.svg",
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text x="1" y="5">Send</text></svg>"#.into(),
    )]);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.place == "demo/pictures/p.svg"
                && f.message.starts_with("draws words with <text>")),
        "{:?}",
        report.findings
    );
}

#[test]
fn at_most_three_end_pictures_and_each_must_exist() {
    let with = |line: &str| {
        let lesson = lesson_toml().replace("[review]", &format!("{line}\n[review]"));
        crate::domain::lesson::tests::load_with(&[("demo/lesson.toml", lesson)]).1
    };
    assert_eq!(
        with(r#"end_pictures = ["p", "p"]"#)
            .lesson("demo")
            .unwrap()
            .end_pictures,
        vec!["p", "p"]
    );
    let library = with(r#"end_pictures = ["p", "p", "p", "p"]"#);
    assert!(
        library
            .problems
            .iter()
            .any(|p| p.message.contains("at most three"))
    );
    let library = with(r#"end_pictures = ["gone"]"#);
    assert!(
        library
            .problems
            .iter()
            .any(|p| p.message.contains("picture \"gone\""))
    );
}

#[test]
fn a_glossary_phrase_matches_whole_words_only() {
    assert!(has_phrase("Please log in now.", "log in"));
    assert!(has_phrase("E-mail", "e-mail"));
    assert!(!has_phrase("Send a mail.", "e-mail"));
    assert!(!has_phrase("the blog index", "log in"));
    assert!(!has_phrase("mailbox", "mail"));
    assert!(!has_phrase("e-mailadres", "e-mail"));
}

#[test]
fn a_lesson_text_with_a_variable_is_an_error_because_it_cannot_be_heard() {
    let report = check_with(&[(
        "demo/text/en.ftl",
        "lesson-title = Demo\nlesson-goal = I can do it.\nt = Look at { $thing }.\nh = Look here.\np = Yes!\na = one\nb = two\nc = three\n".into(),
    )]);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.place == "demo/text/en.ftl: t"
                && f.message.starts_with("uses a variable or a choice")),
        "{:?}",
        report.findings
    );
}

#[test]
fn a_text_to_type_with_a_key_that_cannot_be_said_is_an_error() {
    let text = good_tree()
        .into_iter()
        .find(|(p, _)| *p == "demo/text/en.ftl")
        .unwrap()
        .1;
    let report = check_with(&[
        ("demo/text/en.ftl", format!("{text}x = Pay 5 € at the café\n")),
        (
            "demo/lesson.toml",
            lesson_toml().replacen(
                "id = \"i3\"\nkind = \"info\"\npicture = \"p\"\ntext = \"t\"",
                "id = \"i3\"\nkind = \"type\"\npicture = \"p\"\ntext = \"t\"\nhint = \"h\"\npraise = \"p\"\nanswer = \"x\"",
                1,
            ),
        ),
    ]);
    let finding = report
        .findings
        .iter()
        .find(|f| f.place == "demo/text/en.ftl: x")
        .unwrap_or_else(|| panic!("{:?}", report.findings));
    assert_eq!(finding.severity, Severity::Error);
    assert!(
        finding
            .message
            .starts_with("\"€é\" cannot be said key by key"),
        "{}",
        finding.message
    );
}
