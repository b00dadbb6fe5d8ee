//! The log file: `stepwise.log` in the data folder. It holds paths, ids and errors for the
//! coach or installer, never a learner's name or anything a learner typed.

use std::fs::OpenOptions;
use std::path::Path;

/// A log file over this size is moved to `stepwise.log.old` at start.
const MAX_LOG_BYTES: u64 = 1024 * 1024;

pub fn init(data_dir: &Path) {
    let mut builder = env_logger::Builder::new();
    builder
        .filter_level(log::LevelFilter::Warn)
        .filter_module("stepwise", log::LevelFilter::Info)
        .parse_env("STEPWISE_LOG");
    let path = data_dir.join("stepwise.log");
    if std::fs::metadata(&path).is_ok_and(|meta| meta.len() > MAX_LOG_BYTES) {
        let _ = std::fs::rename(&path, data_dir.join("stepwise.log.old"));
    }
    let file = std::fs::create_dir_all(data_dir)
        .and_then(|()| OpenOptions::new().create(true).append(true).open(&path));
    if let Ok(file) = file {
        builder.target(env_logger::Target::Pipe(Box::new(file)));
    }
    // A second init (tests) is harmless.
    let _ = builder.try_init();
}
