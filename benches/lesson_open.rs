//! How long it takes to open a lesson of 12 picture steps: from pressing "Start" on Home to the
//! first frame of the lesson drawn (tiny-skia, headless), including reading the lesson folder.
//!
//!     cargo bench --profile ci --bench lesson_open
//!
//! Prints the median and the slowest of 20 opens, each from a fresh app (cold picture caches).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use stepwise::domain::avatar::SYMBOLS;
use stepwise::domain::config::Config;

/// A lessons folder with one lesson of 12 steps, each with its own picture: 6 info steps and
/// 6 pick steps with 3 pictures each.
fn twelve_step_lesson(root: &std::path::Path) {
    let pictures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/pictograms/avatars");
    let lesson = root.join("twelve");
    std::fs::create_dir_all(lesson.join("pictures")).unwrap();
    std::fs::create_dir_all(lesson.join("text")).unwrap();
    std::fs::create_dir_all(root.join("pictures")).unwrap();
    std::fs::create_dir_all(root.join("text")).unwrap();
    for symbol in SYMBOLS {
        std::fs::copy(
            pictures.join(format!("{symbol}.svg")),
            lesson.join(format!("pictures/{symbol}.svg")),
        )
        .unwrap();
    }
    std::fs::copy(pictures.join("tree.svg"), root.join("pictures/m.svg")).unwrap();
    std::fs::write(
        root.join("curriculum.toml"),
        "languages = [\"en\"]\n[[modules]]\nid = \"m\"\npicture = \"m\"\nlessons = [\"twelve\"]\n",
    )
    .unwrap();
    std::fs::write(root.join("text/en.ftl"), "module-m = Pictures\n").unwrap();
    let mut toml = String::from("id = \"twelve\"\nversion = 1\nminutes = 8\npicture = \"tree\"\n");
    let mut texts = String::from(
        "lesson-title = Twelve pictures\nlesson-goal = I looked at twelve pictures.\nt = Look at this picture.\nh = Look again.\np = Yes!\n",
    );
    for step in 0..12 {
        let picture = SYMBOLS[step];
        if step % 2 == 0 {
            toml += &format!(
                "[[steps]]\nid = \"s{step}\"\nkind = \"info\"\npicture = \"{picture}\"\ntext = \"t\"\n"
            );
        } else {
            let (a, b) = (SYMBOLS[12 + step / 2], SYMBOLS[18 + step / 2]);
            toml += &format!(
                "[[steps]]\nid = \"s{step}\"\nkind = \"pick\"\npicture = \"{picture}\"\ntext = \"t\"\nhint = \"h\"\npraise = \"p\"\n\
                 choices = [{{ id = \"a\", picture = \"{picture}\", label = \"w{step}\", correct = true }}, \
                 {{ id = \"b\", picture = \"{a}\", label = \"w{step}\" }}, {{ id = \"c\", picture = \"{b}\", label = \"w{step}\" }}]\n"
            );
            texts += &format!("w{step} = word\n");
        }
    }
    std::fs::write(lesson.join("lesson.toml"), toml).unwrap();
    std::fs::write(lesson.join("text/en.ftl"), texts).unwrap();
}

fn main() {
    let lessons = tempfile::tempdir().unwrap();
    twelve_step_lesson(lessons.path());
    let config = Config {
        language: Some("en".into()),
        lessons_dir: Some(lessons.path().to_path_buf()),
        ..Config::default()
    };
    let mut times = Vec::new();
    for _ in 0..20 {
        let data = tempfile::tempdir().unwrap();
        let mut driver = common::Driver::open_with(data.path(), &config);
        driver.click("I am new");
        driver.enter();
        driver.click("This is me");
        let start_button = "Start: Twelve pictures";
        let messages: Vec<_> = {
            let mut ui = driver.simulator();
            ui.click(start_button).expect("the lesson is offered");
            ui.into_messages().collect()
        };
        let started = Instant::now();
        // The lesson is read from its folder again, as a coach's copied lesson would be.
        let library = stepwise::domain::lesson::Library::for_config(&config);
        assert!(library.problems.is_empty(), "{:?}", library.problems);
        for message in messages {
            let _ = driver.app.update(message);
        }
        let mut ui = driver.simulator();
        let frame = ui
            .snapshot(&driver.app.theme())
            .expect("the first frame draws");
        times.push(started.elapsed());
        drop(frame);
        drop(ui);
        assert!(driver.shows("Look at this picture."), "the lesson is open");
    }
    times.sort();
    let median = times[times.len() / 2];
    let slowest = times[times.len() - 1];
    println!(
        "open a 12-picture-step lesson to its first frame: median {:.1} ms, slowest {:.1} ms (20 opens)",
        ms(median),
        ms(slowest)
    );
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
