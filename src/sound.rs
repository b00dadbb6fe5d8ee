//! The narrator: plays voice files on the sound device with rodio, from a thread of its own
//! so the window never waits for the sound. A new narration stops the one playing; speech on
//! keyboard focus waits a moment first, so moving quickly does not babble. Without a sound
//! device the narrator says so once (`available` is false) and everything else goes on.

use std::io::Cursor;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
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
        tempo: f32,
        /// Waits until what plays has ended, instead of cutting it off.
        polite: bool,
    },
    Stop,
    /// Forgets what waits to be said, and lets what plays go on.
    Cancel,
}

/// Plays narration. Cheap to clone; every clone talks to the same sound thread.
#[derive(Clone)]
pub struct Narrator {
    sender: Option<mpsc::Sender<Command>>,
    /// Set by the sound thread once the device is open.
    available: Arc<AtomicBool>,
    /// For tests: what was asked to be said (labels), in order.
    heard: Option<Arc<Mutex<Vec<String>>>>,
    /// The voice speed (an `f32`'s bits): 1.0, or [`SLOWER`] for a learner who asked.
    tempo: Arc<AtomicU32>,
}

/// The speed of the slower voice: four fifths, so 140 words a minute become 112.
pub const SLOWER: f32 = 0.8;

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
            tempo: Arc::new(AtomicU32::new(1.0f32.to_bits())),
        }
    }

    /// No sound and no speaker buttons (the app without a device).
    pub fn silent() -> Narrator {
        Narrator {
            sender: None,
            available: Arc::new(AtomicBool::new(false)),
            heard: None,
            tempo: Arc::new(AtomicU32::new(1.0f32.to_bits())),
        }
    }

    /// For tests: a narrator with "a device" that writes down what it was asked to say.
    pub fn recording() -> Narrator {
        Narrator {
            sender: None,
            available: Arc::new(AtomicBool::new(true)),
            heard: Some(Arc::new(Mutex::new(Vec::new()))),
            tempo: Arc::new(AtomicU32::new(1.0f32.to_bits())),
        }
    }

    /// Is there a sound device (so the speaker buttons show)?
    pub fn available(&self) -> bool {
        self.available.load(Ordering::Relaxed)
    }

    /// Says `parts` (voice files, one after the other) now, stopping what plays. `label`
    /// names it for tests and the log.
    pub fn say(&self, label: &str, parts: Vec<Vec<u8>>) {
        self.send(label, parts, Duration::ZERO);
    }

    /// Plays a chime, then says `parts` (praise after a right answer).
    pub fn chime_and_say(&self, label: &str, chime: &[u8], parts: Vec<Vec<u8>>) {
        let mut all = vec![chime.to_vec()];
        all.extend(parts);
        self.send(label, all, Duration::ZERO);
    }

    /// Says `parts` after [`FOCUS_PAUSE`], unless something else is said or stopped first.
    pub fn say_after_pause(&self, label: &str, parts: Vec<Vec<u8>>) {
        self.send(label, parts, FOCUS_PAUSE);
    }

    /// Says `parts` once the pointer has rested [`FOCUS_PAUSE`] and what plays has ended: a
    /// pointer resting on a choice never cuts off the question.
    pub fn say_when_quiet(&self, label: &str, parts: Vec<Vec<u8>>) {
        self.send_with(label, parts, FOCUS_PAUSE, true);
    }

    /// Forgets what waits to be said for the pointer (it moved off); what plays goes on, and
    /// so does other speech that waits.
    pub fn cancel_waiting(&self) {
        if let Some(sender) = &self.sender {
            let _ = sender.send(Command::Cancel);
        }
    }

    /// The learner's voice speed from now on: [`SLOWER`] or 1.0. A slower voice keeps its
    /// pitch (the files are stretched in time, not played slower).
    pub fn set_tempo(&self, tempo: f32) {
        self.tempo
            .store(tempo.clamp(0.5, 1.0).to_bits(), Ordering::Relaxed);
    }

    /// The voice speed in force.
    pub fn tempo(&self) -> f32 {
        f32::from_bits(self.tempo.load(Ordering::Relaxed))
    }

    fn send(&self, label: &str, parts: Vec<Vec<u8>>, wait: Duration) {
        self.send_with(label, parts, wait, false);
    }

    fn send_with(&self, label: &str, parts: Vec<Vec<u8>>, wait: Duration, polite: bool) {
        if let Some(heard) = &self.heard
            && let Ok(mut heard) = heard.lock()
        {
            let tempo = self.tempo();
            heard.push(if tempo < 1.0 {
                format!("{label} (slower)")
            } else {
                label.to_string()
            });
        }
        if let Some(sender) = &self.sender {
            let _ = sender.send(Command::Say {
                parts,
                wait,
                tempo: self.tempo(),
                polite,
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

/// Something to say once it is due.
struct Pending {
    parts: Vec<Vec<u8>>,
    tempo: f32,
    due: Instant,
    asked: Instant,
    polite: bool,
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
    let mut pending: Option<Pending> = None;
    loop {
        let command = match &pending {
            Some(Pending { due, .. }) => {
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
            Some(Command::Say {
                parts,
                wait,
                tempo,
                polite,
            }) => {
                let now = Instant::now();
                pending = Some(Pending {
                    parts,
                    tempo,
                    due: now + wait,
                    asked: now,
                    polite,
                });
                if !wait.is_zero() {
                    continue;
                }
            }
            // Only speech waiting for quiet (the pointer's) is forgotten: keyboard focus or
            // the next key, asked after it, stay.
            Some(Command::Cancel) => {
                if pending.as_ref().is_some_and(|waiting| waiting.polite) {
                    pending = None;
                }
                continue;
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
        // A polite wait goes on while something plays.
        if let Some(waiting) = &mut pending
            && waiting.polite
            && sink.as_ref().is_some_and(|sink| !sink.empty())
        {
            waiting.due = Instant::now() + Duration::from_millis(100);
            continue;
        }
        if let Some(Pending {
            parts,
            tempo,
            asked,
            ..
        }) = pending.take()
        {
            if let Some(old) = sink.take() {
                old.stop();
            }
            let new = rodio::Sink::connect_new(stream.mixer());
            for (index, bytes) in parts.into_iter().enumerate() {
                match voice(bytes, tempo) {
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

/// A voice file ready for the device: as it is, or stretched to `tempo` without changing its
/// pitch (WSOLA). Stretching a 4-second text whole takes about 25 ms (release build), which
/// the slower voice adds to the time before it starts.
fn voice(bytes: Vec<u8>, tempo: f32) -> Result<Box<dyn rodio::Source + Send>, String> {
    use rodio::Source;
    let decoder = rodio::Decoder::new(Cursor::new(bytes)).map_err(|error| error.to_string())?;
    if tempo >= 1.0 {
        return Ok(Box::new(decoder));
    }
    let (rate, channels) = (decoder.sample_rate(), decoder.channels());
    let samples: Vec<f32> = decoder.collect();
    let stretched = stretch(&samples, rate, channels, tempo)?;
    Ok(Box::new(rodio::buffer::SamplesBuffer::new(
        channels, rate, stretched,
    )))
}

/// Stretches interleaved samples in time by `1 / tempo`, keeping their pitch.
pub fn stretch(samples: &[f32], rate: u32, channels: u16, tempo: f32) -> Result<Vec<f32>, String> {
    let rate = std::num::NonZeroU32::new(rate).ok_or("no sample rate")?;
    let channels = std::num::NonZeroU16::new(channels).ok_or("no channels")?;
    wsola::stretch(samples, rate, channels, tempo).map_err(|error| error.to_string())
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
        narrator.say("intro", vec![b"not sound".to_vec()]);
        narrator.stop();
        narrator.say_after_pause("next", Vec::new());
        narrator.set_tempo(SLOWER);
        narrator.say("again", Vec::new());
        assert_eq!(
            narrator.heard(),
            vec!["intro", "(stop)", "next", "again (slower)"]
        );
        assert!(narrator.available());
        assert!(!Narrator::silent().available());
    }

    #[test]
    fn a_file_that_is_not_sound_is_refused_by_the_decoder() {
        assert!(decode(b"OggS but not really").is_err());
    }

    /// The pitch of a stretch: zero crossings per second of its middle part.
    fn crossings_per_second(samples: &[f32], rate: u32) -> f64 {
        let middle = &samples[samples.len() / 4..samples.len() * 3 / 4];
        let crossings = middle
            .windows(2)
            .filter(|pair| (pair[0] < 0.0) != (pair[1] < 0.0))
            .count();
        crossings as f64 / (middle.len() as f64 / rate as f64)
    }

    #[test]
    fn the_slower_voice_lasts_longer_and_keeps_its_pitch() {
        let rate = 16_000;
        // Two seconds of a 180 Hz tone: about a man's speaking pitch.
        let tone: Vec<f32> = (0..rate * 2)
            .map(|i| (2.0 * std::f32::consts::PI * 180.0 * i as f32 / rate as f32).sin() * 0.5)
            .collect();
        let slower = stretch(&tone, rate, 1, SLOWER).unwrap();
        let ratio = slower.len() as f64 / tone.len() as f64;
        assert!((ratio - 1.25).abs() < 0.05, "{ratio}");
        let (before, after) = (
            crossings_per_second(&tone, rate),
            crossings_per_second(&slower, rate),
        );
        assert!(
            (after / before - 1.0).abs() < 0.03,
            "{before} crossings a second became {after}"
        );
    }

    #[test]
    fn a_shipped_voice_file_is_stretched_to_the_slower_speed() {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/narration/en/next.ogg"
        ))
        .unwrap();
        let normal = decode(&bytes).unwrap().as_secs_f64();
        let slow = voice(bytes.clone(), SLOWER).unwrap();
        let slow_seconds = slow.count() as f64 / 16_000.0;
        assert!(
            slow_seconds > normal * 1.15 && slow_seconds < normal * 1.35,
            "{normal} s became {slow_seconds} s"
        );
        // At the normal speed the decoder is handed on untouched.
        assert_eq!(voice(bytes, 1.0).unwrap().count() as f64 / 16_000.0, normal);
    }

    #[test]
    fn the_chimes_are_short_and_decode() {
        for (chime, longest) in [(RIGHT, 0.6), (FINISHED, 1.0)] {
            let length = decode(chime).unwrap().as_secs_f64();
            assert!(length > 0.2 && length < longest, "{length} s");
        }
    }
}
