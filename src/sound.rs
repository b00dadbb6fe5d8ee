//! The narrator: plays voice files on the sound device with rodio, from a thread of its own
//! so the window never waits for the sound. A new narration stops the one playing; speech on
//! keyboard focus waits a moment first, so moving quickly does not babble. Without a sound
//! device the narrator says so once (`available` is false) and everything else goes on.

use std::io::Cursor;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A soft rising chime for a right answer, and a longer one for a finished lesson: sine tones
/// made for Stepwise with sox (`assets/sounds/README.md`).
pub const RIGHT: &[u8] = include_bytes!("../assets/sounds/right.ogg");
pub const FINISHED: &[u8] = include_bytes!("../assets/sounds/finished.ogg");

/// How long speech on keyboard focus waits, so passing over a button says nothing.
pub const FOCUS_PAUSE: Duration = Duration::from_millis(600);

enum Command {
    /// Play these files (OGG Vorbis or WAV) one after the other, after `wait`, stopping what
    /// plays.
    Say {
        parts: Vec<Vec<u8>>,
        wait: Duration,
    },
    Stop,
}

/// Plays narration. Cheap to clone; every clone talks to the same sound thread.
#[derive(Clone)]
pub struct Narrator {
    sender: Option<mpsc::Sender<Command>>,
    /// Set by the sound thread once the device is open.
    available: Arc<AtomicBool>,
    /// For tests: what was asked to be said (labels), in order.
    heard: Option<Arc<Mutex<Vec<String>>>>,
}

impl std::fmt::Debug for Narrator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Narrator")
            .field("available", &self.available())
            .finish()
    }
}

impl Default for Narrator {
    fn default() -> Self {
        Self::silent()
    }
}

impl Narrator {
    /// Opens the default sound device on a thread of its own; the window does not wait for
    /// it. Until the device is open (and for good without one) the narrator is silent and says
    /// it is not available.
    pub fn start() -> Narrator {
        let (sender, receiver) = mpsc::channel();
        let available = Arc::new(AtomicBool::new(false));
        let ready = Arc::clone(&available);
        let spawned = std::thread::Builder::new()
            .name("narrator".into())
            .spawn(move || play_loop(receiver, ready));
        Narrator {
            sender: spawned.is_ok().then_some(sender),
            available,
            heard: None,
        }
    }

    /// No sound and no speaker buttons (the app without a device).
    pub fn silent() -> Narrator {
        Narrator {
            sender: None,
            available: Arc::new(AtomicBool::new(false)),
            heard: None,
        }
    }

    /// For tests: a narrator with "a device" that writes down what it was asked to say.
    pub fn recording() -> Narrator {
        Narrator {
            sender: None,
            available: Arc::new(AtomicBool::new(true)),
            heard: Some(Arc::new(Mutex::new(Vec::new()))),
        }
    }

    /// Is there a sound device (so the speaker buttons show)?
    pub fn available(&self) -> bool {
        self.available.load(Ordering::Relaxed)
    }

    /// Says `bytes` now, stopping what plays. `label` names it for tests and the log.
    pub fn say(&self, label: &str, bytes: &[u8]) {
        self.send(label, &[bytes], Duration::ZERO);
    }

    /// Plays a chime, then says `bytes` (praise after a right answer).
    pub fn chime_and_say(&self, label: &str, chime: &[u8], bytes: &[u8]) {
        self.send(label, &[chime, bytes], Duration::ZERO);
    }

    /// Says `bytes` after [`FOCUS_PAUSE`], unless something else is said or stopped first.
    pub fn say_after_pause(&self, label: &str, bytes: &[u8]) {
        self.send(label, &[bytes], FOCUS_PAUSE);
    }

    fn send(&self, label: &str, parts: &[&[u8]], wait: Duration) {
        if let Some(heard) = &self.heard
            && let Ok(mut heard) = heard.lock()
        {
            heard.push(label.to_string());
        }
        if let Some(sender) = &self.sender {
            let _ = sender.send(Command::Say {
                parts: parts.iter().map(|part| part.to_vec()).collect(),
                wait,
            });
        }
    }

    /// Stops what plays (the screen changed).
    pub fn stop(&self) {
        if let Some(heard) = &self.heard
            && let Ok(mut heard) = heard.lock()
        {
            heard.push("(stop)".into());
        }
        if let Some(sender) = &self.sender {
            let _ = sender.send(Command::Stop);
        }
    }

    /// For tests: what was asked, in order ("(stop)" for a stop).
    pub fn heard(&self) -> Vec<String> {
        self.heard
            .as_ref()
            .and_then(|heard| heard.lock().ok().map(|heard| heard.clone()))
            .unwrap_or_default()
    }
}

/// The sound thread: owns the device and one sink at a time.
fn play_loop(receiver: mpsc::Receiver<Command>, available: Arc<AtomicBool>) {
    let mut stream = match rodio::OutputStreamBuilder::open_default_stream() {
        Ok(stream) => stream,
        Err(error) => {
            log::info!("no sound device ({error}): narration is off, the speakers are hidden");
            return;
        }
    };
    stream.log_on_drop(false);
    available.store(true, Ordering::Relaxed);
    let mut sink: Option<rodio::Sink> = None;
    let mut pending: Option<(Vec<Vec<u8>>, Instant, Instant)> = None;
    loop {
        let command = match &pending {
            Some((_, due, _)) => {
                match receiver.recv_timeout(due.saturating_duration_since(Instant::now())) {
                    Ok(command) => Some(command),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            None => match receiver.recv() {
                Ok(command) => Some(command),
                Err(_) => return,
            },
        };
        match command {
            Some(Command::Say { parts, wait }) => {
                let now = Instant::now();
                pending = Some((parts, now + wait, now));
                if !wait.is_zero() {
                    continue;
                }
            }
            Some(Command::Stop) => {
                pending = None;
                if let Some(old) = sink.take() {
                    old.stop();
                }
                continue;
            }
            None => {}
        }
        if let Some((parts, _, asked)) = pending.take() {
            if let Some(old) = sink.take() {
                old.stop();
            }
            let new = rodio::Sink::connect_new(stream.mixer());
            for (index, bytes) in parts.into_iter().enumerate() {
                match rodio::Decoder::new(Cursor::new(bytes)) {
                    Ok(source) => {
                        new.append(source);
                        // The measure of click-to-audio (`STEPWISE_LOG=stepwise=debug`).
                        if index == 0 {
                            log::debug!(
                                "narration handed to the sound device {:.1} ms after it was asked",
                                asked.elapsed().as_secs_f64() * 1000.0
                            );
                        }
                    }
                    Err(error) => log::warn!("a voice file could not be decoded: {error}"),
                }
            }
            sink = Some(new);
        }
    }
}

/// Decodes a voice file to the end without a device: its length, or why it cannot be played.
pub fn decode(bytes: &[u8]) -> Result<Duration, String> {
    use rodio::Source;
    let decoder =
        rodio::Decoder::new(Cursor::new(bytes.to_vec())).map_err(|error| error.to_string())?;
    let (rate, channels) = (decoder.sample_rate(), decoder.channels());
    let samples = decoder.count();
    if samples == 0 || rate == 0 || channels == 0 {
        return Err("no sound in it".into());
    }
    Ok(Duration::from_secs_f64(
        samples as f64 / (rate as f64 * channels as f64),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recording_narrator_writes_down_what_it_was_asked_and_never_blocks() {
        let narrator = Narrator::recording();
        narrator.say("intro", b"not sound");
        narrator.stop();
        narrator.say_after_pause("next", b"");
        assert_eq!(narrator.heard(), vec!["intro", "(stop)", "next"]);
        assert!(narrator.available());
        assert!(!Narrator::silent().available());
    }

    #[test]
    fn a_file_that_is_not_sound_is_refused_by_the_decoder() {
        assert!(decode(b"OggS but not really").is_err());
    }

    #[test]
    fn the_chimes_are_short_and_decode() {
        for (chime, longest) in [(RIGHT, 0.6), (FINISHED, 1.0)] {
            let length = decode(chime).unwrap().as_secs_f64();
            assert!(length > 0.2 && length < longest, "{length} s");
        }
    }
}
