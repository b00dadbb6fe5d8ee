//! `stepwise narrate`: makes the missing and stale generated voice files with `espeak-ng`,
//! `sox` and `oggenc` (external programs an author installs; the app itself never runs them),
//! checks every file it makes, and never overwrites a file a person recorded.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::{Entry, MANIFEST, Manifest, Source, text_hash};
use crate::domain::i18n::Language;

/// How a language is spoken: the espeak-ng voice, words a minute (slower than espeak's 175:
/// learners need time) and pitch (0–99; a little low reads as calm and adult).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voice {
    pub espeak: &'static str,
    pub speed: u32,
    pub pitch: u32,
}

impl Voice {
    pub fn for_language(language: Language) -> Voice {
        match language {
            Language::En => Voice {
                espeak: "en-gb",
                speed: 140,
                pitch: 40,
            },
            Language::Nl => Voice {
                espeak: "nl",
                speed: 135,
                pitch: 40,
            },
            other => Voice {
                espeak: other.code(),
                speed: 135,
                pitch: 40,
            },
        }
    }

    /// As written in the manifest.
    pub fn describe(&self) -> String {
        format!(
            "espeak-ng, voice {}, {} words a minute, pitch {}, 16 kHz mono Vorbis",
            self.espeak, self.speed, self.pitch
        )
    }
}

/// The programs `narrate` needs, with what to install when one is missing.
pub const TOOLS: [(&str, &str); 3] = [
    ("espeak-ng", "apt install espeak-ng"),
    ("sox", "apt install sox"),
    ("oggenc", "apt install vorbis-tools"),
];

/// The tools that are missing, as "name (install with …)".
pub fn missing_tools() -> Vec<String> {
    TOOLS
        .iter()
        .filter(|(tool, _)| {
            Command::new(tool)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_err()
        })
        .map(|(tool, install)| format!("{tool} (install it with: {install})"))
        .collect()
}

/// What one folder's run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub made: usize,
    pub kept: usize,
    /// Recorded files whose text changed: a person must record them again.
    pub record_again: Vec<String>,
    /// Files that failed the check (too short or long for their text, silent, clipped).
    pub failed: Vec<String>,
    pub removed: usize,
}

/// Makes the voice files of one folder (one language): every text without a fresh file gets
/// a generated one, unless a person recorded it. Files of texts that no longer exist are
/// removed when they were generated.
pub fn narrate_folder(
    folder: &Path,
    texts: &[(String, String)],
    voice: Voice,
    out: &mut impl Write,
) -> std::io::Result<Outcome> {
    std::fs::create_dir_all(folder)?;
    let manifest_path = folder.join(MANIFEST);
    let mut manifest = match std::fs::read_to_string(&manifest_path) {
        Ok(text) => Manifest::parse(&text).map_err(|error| {
            std::io::Error::other(format!("{}: {error}", manifest_path.display()))
        })?,
        Err(_) => Manifest::default(),
    };
    let mut outcome = Outcome::default();
    for (id, text) in texts {
        let file = folder.join(format!("{id}.ogg"));
        let hash = text_hash(text);
        match manifest.files.get(id) {
            Some(entry) if entry.hash == hash && file.exists() => {
                outcome.kept += 1;
                continue;
            }
            Some(entry) if entry.source == Source::Recorded && file.exists() => {
                outcome.record_again.push(id.clone());
                continue;
            }
            _ => {}
        }
        match synthesize(text, voice, &file).and_then(|()| check_file(&file, text)) {
            Ok(_) => {
                manifest.files.insert(
                    id.clone(),
                    Entry {
                        hash,
                        source: Source::Generated,
                        tool: Some(voice.describe()),
                        by: None,
                    },
                );
                outcome.made += 1;
            }
            Err(problem) => {
                writeln!(out, "  {}: {problem}", file.display())?;
                let _ = std::fs::remove_file(&file);
                manifest.files.remove(id);
                outcome.failed.push(id.clone());
            }
        }
    }
    // Voice files of texts that are gone, if a tool made them.
    let gone: Vec<String> = manifest
        .files
        .iter()
        .filter(|(id, entry)| {
            entry.source == Source::Generated && !texts.iter().any(|(text_id, _)| text_id == *id)
        })
        .map(|(id, _)| id.clone())
        .collect();
    for id in gone {
        let _ = std::fs::remove_file(folder.join(format!("{id}.ogg")));
        manifest.files.remove(&id);
        outcome.removed += 1;
    }
    std::fs::write(&manifest_path, manifest.to_toml())?;
    Ok(outcome)
}

/// Speaks `text` into an OGG Vorbis file: espeak-ng to WAV, sox to 16 kHz mono with the loudness
/// evened out and the trailing silence cut to a breath, oggenc at its lowest bitrate (speech needs no more).
pub fn synthesize(text: &str, voice: Voice, out: &Path) -> Result<(), String> {
    let work = tempdir_for(out);
    std::fs::create_dir_all(&work).map_err(|error| error.to_string())?;
    let raw = work.join("raw.wav");
    let even = work.join("even.wav");
    let result = (|| {
        let mut espeak = Command::new("espeak-ng")
            .args(["-v", voice.espeak])
            .args(["-s", &voice.speed.to_string()])
            .args(["-p", &voice.pitch.to_string()])
            .arg("-w")
            .arg(&raw)
            .arg("--stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|error| format!("espeak-ng: {error}"))?;
        espeak
            .stdin
            .take()
            .ok_or("espeak-ng: no input")?
            .write_all(spoken(text).as_bytes())
            .map_err(|error| format!("espeak-ng: {error}"))?;
        run(espeak.wait_with_output(), "espeak-ng")?;
        run(
            Command::new("sox")
                .arg(&raw)
                .args(["-r", "16000", "-c", "1"])
                .arg(&even)
                // Espeak ends with almost half a second of silence; a text said in pieces
                // ("Step", 3, "of", 8) needs only a short breath between them.
                .args(["reverse", "silence", "1", "0.02", "0.5%", "reverse"])
                .args(["pad", "0", "0.15", "norm", "-3"])
                .output(),
            "sox",
        )?;
        run(
            Command::new("oggenc")
                .args(["-Q", "-q", "-1"])
                .arg(&even)
                .arg("-o")
                .arg(out)
                .output(),
            "oggenc",
        )
    })();
    let _ = std::fs::remove_dir_all(&work);
    result
}

/// A scratch folder beside the file being made, unique to this process.
fn tempdir_for(out: &Path) -> PathBuf {
    std::env::temp_dir().join(format!(
        "stepwise-narrate-{}-{}",
        std::process::id(),
        out.file_stem().and_then(|s| s.to_str()).unwrap_or("file")
    ))
}

fn run(output: std::io::Result<std::process::Output>, tool: &str) -> Result<(), String> {
    let output = output.map_err(|error| format!("{tool}: {error}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{tool} failed: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

/// The text as the voice should read it: made-up practice data such as "Sun-Tree-42" is read
/// part by part, and arrows or ticks on buttons are not read out.
pub fn spoken(text: &str) -> String {
    text.replace(['←', '→', '✓', '·'], " ")
        .replace('-', " - ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What `sox … -n stat` says about a file.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measured {
    pub seconds: f32,
    pub peak: f32,
    pub rms: f32,
}

/// Checks a voice file: its length fits the text (0.2 to 1.5 s a word, with a little room),
/// it is not silent and not clipped.
pub fn check_file(path: &Path, text: &str) -> Result<Measured, String> {
    let output = Command::new("sox")
        .arg(path)
        .args(["-n", "stat"])
        .output()
        .map_err(|error| format!("sox: {error}"))?;
    let report = String::from_utf8_lossy(&output.stderr);
    let value = |label: &str| {
        report
            .lines()
            .find(|line| line.starts_with(label))
            .and_then(|line| line.split(':').nth(1))
            .and_then(|value| value.trim().parse::<f32>().ok())
            .ok_or_else(|| format!("sox did not report {label}"))
    };
    let measured = Measured {
        seconds: value("Length (seconds)")?,
        peak: value("Maximum amplitude")?,
        rms: value("RMS     amplitude")?,
    };
    judge(measured, text)
}

/// The rules of [`check_file`], on measured values.
pub fn judge(measured: Measured, text: &str) -> Result<Measured, String> {
    let words = crate::domain::lesson::check::words(text).len().max(1) as f32;
    // A number is read as several words ("1234": one thousand two hundred thirty-four).
    let digits = text.chars().filter(char::is_ascii_digit).count() as f32;
    let (shortest, longest) = (0.2 * words, 1.5 * (words + digits) + 1.0);
    if measured.seconds < shortest || measured.seconds > longest {
        return Err(format!(
            "{:.1} s for {words} words does not fit (expected {shortest:.1} to {longest:.1} s)",
            measured.seconds
        ));
    }
    if measured.rms < 0.01 {
        return Err(format!("nearly silent (RMS {:.3})", measured.rms));
    }
    if measured.peak >= 0.999 {
        return Err(format!("clipped (peak {:.3})", measured.peak));
    }
    Ok(measured)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn practice_data_and_button_marks_are_read_plainly() {
        assert_eq!(spoken("Type: Sun-Tree-42"), "Type: Sun - Tree - 42");
        assert_eq!(spoken("✓ On  → Next"), "On Next");
    }

    #[test]
    fn a_number_may_take_as_long_as_its_digits_say() {
        let read_out = Measured {
            seconds: 3.0,
            peak: 0.7,
            rms: 0.08,
        };
        assert_eq!(judge(read_out, "1234"), Ok(read_out));
        assert!(judge(read_out, "Yes").is_err());
    }

    #[test]
    fn a_file_must_fit_its_text_and_be_neither_silent_nor_clipped() {
        let good = Measured {
            seconds: 2.0,
            peak: 0.7,
            rms: 0.08,
        };
        let text = "Press the green button now.";
        assert_eq!(judge(good, text), Ok(good));
        for (bad, fault) in [
            (
                Measured {
                    seconds: 0.3,
                    ..good
                },
                "does not fit",
            ),
            (
                Measured {
                    seconds: 12.0,
                    ..good
                },
                "does not fit",
            ),
            (Measured { rms: 0.001, ..good }, "silent"),
            (Measured { peak: 1.0, ..good }, "clipped"),
        ] {
            let error = judge(bad, text).unwrap_err();
            assert!(error.contains(fault), "{error}");
        }
    }
}
