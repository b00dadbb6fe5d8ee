//! The microphone: a learner says their name once, and the app can then say it back ("Hello
//! Anna") from their own voice. A clip is a few seconds of mono WAV, kept in the database on
//! this PC only. Without a microphone nothing is asked: the learner's picture says who they
//! are.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

/// The longest clip kept: a name takes a second or two; the rest is cut off.
pub const LONGEST_SECONDS: u32 = 6;

/// Where a recording comes from. Cheap to clone.
#[derive(Clone, Debug, Default)]
pub enum Microphone {
    /// No microphone: the name step is not offered.
    #[default]
    None,
    /// The system's default input device (cpal), opened for each recording.
    System,
    /// For tests: every recording "hears" these samples (16 kHz mono).
    Fake(Arc<Vec<f32>>),
}

impl Microphone {
    /// Is there a microphone to record with? For the system's, this asks the sound system
    /// (so it is asked when a name is to be recorded, not while the window opens).
    pub fn present(&self) -> bool {
        use cpal::traits::HostTrait;
        match self {
            Microphone::None => false,
            Microphone::Fake(_) => true,
            Microphone::System => {
                let found = cpal::default_host().default_input_device().is_some();
                if !found {
                    log::info!("no microphone: name clips are not offered");
                }
                found
            }
        }
    }

    /// For tests: a microphone that hears `samples` (16 kHz mono) at every recording.
    pub fn fake(samples: Vec<f32>) -> Microphone {
        Microphone::Fake(Arc::new(samples))
    }

    /// Starts recording; [`Recording::finish`] stops it and gives the clip.
    pub fn start(&self) -> Result<Recording, String> {
        match self {
            Microphone::None => Err("there is no microphone".into()),
            Microphone::Fake(samples) => Ok(Recording {
                samples: Arc::new(Mutex::new(samples.to_vec())),
                rate: 16_000,
                stop: None,
            }),
            Microphone::System => record_from_system(),
        }
    }
}

/// A recording under way. Dropping it stops it and keeps nothing.
pub struct Recording {
    /// Mono samples heard so far.
    samples: Arc<Mutex<Vec<f32>>>,
    rate: u32,
    /// Tells the device thread to stop (the device stream lives on that thread).
    stop: Option<mpsc::Sender<()>>,
}

impl std::fmt::Debug for Recording {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recording")
            .field("rate", &self.rate)
            .finish()
    }
}

impl Recording {
    /// Stops and gives the clip as WAV bytes, trimmed of the silence around the voice; an
    /// error when nothing but silence was heard.
    pub fn finish(mut self) -> Result<Vec<u8>, String> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let samples = self
            .samples
            .lock()
            .map(|samples| samples.clone())
            .map_err(|_| "the recording was lost".to_string())?;
        let voice = trim_silence(&samples, self.rate).ok_or("nothing was heard")?;
        wav(voice, self.rate)
    }
}

impl Drop for Recording {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Opens the default input device on a thread of its own (a cpal stream may not move between
/// threads) and collects mono samples until told to stop, at most [`LONGEST_SECONDS`].
fn record_from_system() -> Result<Recording, String> {
    use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
    let samples = Arc::new(Mutex::new(Vec::new()));
    let (stop, stopped) = mpsc::channel::<()>();
    let (ready, opened) = mpsc::channel::<Result<u32, String>>();
    let heard = Arc::clone(&samples);
    std::thread::Builder::new()
        .name("microphone".into())
        .spawn(move || {
            let open = || -> Result<(cpal::Stream, u32), String> {
                let device = cpal::default_host()
                    .default_input_device()
                    .ok_or("there is no microphone")?;
                let supported = device
                    .default_input_config()
                    .map_err(|error| error.to_string())?;
                let format = supported.sample_format();
                let config: cpal::StreamConfig = supported.into();
                let (rate, channels) = (config.sample_rate.0, usize::from(config.channels));
                let longest = (rate * LONGEST_SECONDS) as usize;
                let keep = move |frames: &mut dyn Iterator<Item = f32>| {
                    if let Ok(mut samples) = heard.lock() {
                        let room = longest.saturating_sub(samples.len());
                        samples.extend(frames.take(room));
                    }
                };
                let error = |error| log::warn!("the microphone stopped: {error}");
                let stream = match format {
                    cpal::SampleFormat::F32 => device.build_input_stream(
                        &config,
                        move |data: &[f32], _: &_| keep(&mut mono(data, channels, |s| s)),
                        error,
                        None,
                    ),
                    cpal::SampleFormat::I16 => device.build_input_stream(
                        &config,
                        move |data: &[i16], _: &_| {
                            keep(&mut mono(data, channels, |s| f32::from(s) / 32_768.0))
                        },
                        error,
                        None,
                    ),
                    cpal::SampleFormat::U16 => device.build_input_stream(
                        &config,
                        move |data: &[u16], _: &_| {
                            keep(&mut mono(data, channels, |s| {
                                (f32::from(s) - 32_768.0) / 32_768.0
                            }))
                        },
                        error,
                        None,
                    ),
                    other => return Err(format!("the microphone gives {other} samples")),
                }
                .map_err(|error| error.to_string())?;
                stream.play().map_err(|error| error.to_string())?;
                Ok((stream, rate))
            };
            match open() {
                Ok((stream, rate)) => {
                    let _ = ready.send(Ok(rate));
                    let _ = stopped.recv();
                    drop(stream);
                }
                Err(error) => {
                    let _ = ready.send(Err(error));
                }
            }
        })
        .map_err(|error| error.to_string())?;
    let rate = opened
        .recv()
        .map_err(|_| "the microphone did not open".to_string())??;
    Ok(Recording {
        samples,
        rate,
        stop: Some(stop),
    })
}

/// The frames of interleaved `data`, each the mean of its channels.
fn mono<T: Copy>(
    data: &[T],
    channels: usize,
    to_f32: impl Fn(T) -> f32,
) -> impl Iterator<Item = f32> {
    let channels = channels.max(1);
    let frames: Vec<f32> = data
        .chunks(channels)
        .map(|frame| frame.iter().map(|s| to_f32(*s)).sum::<f32>() / frame.len() as f32)
        .collect();
    frames.into_iter()
}

/// The part of `samples` between the first and the last moment that is louder than a quiet
/// room, with a tenth of a second kept on each side; `None` when all of it is quiet.
pub fn trim_silence(samples: &[f32], rate: u32) -> Option<&[f32]> {
    const LOUD: f32 = 0.02;
    let first = samples.iter().position(|s| s.abs() > LOUD)?;
    let last = samples.iter().rposition(|s| s.abs() > LOUD)?;
    let margin = (rate / 10) as usize;
    Some(&samples[first.saturating_sub(margin)..(last + margin).min(samples.len() - 1) + 1])
}

/// 16-bit mono WAV bytes (what rodio plays and the database keeps).
pub fn wav(samples: &[f32], rate: u32) -> Result<Vec<u8>, String> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut bytes, spec).map_err(|error| error.to_string())?;
    for sample in samples {
        let value = (sample.clamp(-1.0, 1.0) * 32_767.0) as i16;
        writer
            .write_sample(value)
            .map_err(|error| error.to_string())?;
    }
    writer.finalize().map_err(|error| error.to_string())?;
    Ok(bytes.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Half a second of quiet, a second of "voice" (a tone), half a second of quiet.
    fn spoken_name() -> Vec<f32> {
        let quiet = vec![0.001f32; 8_000];
        let voice: Vec<f32> = (0..16_000).map(|i| (i as f32 * 0.07).sin() * 0.4).collect();
        [quiet.clone(), voice, quiet].concat()
    }

    #[test]
    fn a_clip_keeps_the_voice_and_a_breath_around_it_and_plays() {
        let clip = Microphone::fake(spoken_name())
            .start()
            .unwrap()
            .finish()
            .unwrap();
        let length = crate::sound::decode(&clip).unwrap().as_secs_f64();
        assert!((1.15..1.25).contains(&length), "{length} s");
    }

    #[test]
    fn silence_is_not_kept_as_a_name_and_no_microphone_records_nothing() {
        let quiet = Microphone::fake(vec![0.001; 16_000]).start().unwrap();
        assert_eq!(quiet.finish(), Err("nothing was heard".to_string()));
        assert!(Microphone::None.start().is_err());
        assert!(!Microphone::None.present());
    }

    #[test]
    fn stereo_frames_become_one_mono_sample_each() {
        let frames: Vec<f32> = mono(&[0.2f32, 0.4, -1.0, 1.0], 2, |s| s).collect();
        assert_eq!(frames.len(), 2);
        assert!((frames[0] - 0.3).abs() < 1e-6 && frames[1].abs() < 1e-6);
    }
}
