//! The organisation key: every progress file that leaves a PC is encrypted with it (age,
//! X25519), so a lost USB stick or a copied shared folder shows nothing without the key.
//!
//! One key serves the whole organisation: the coach's PC makes it (`stepwise key new`) and
//! the installer puts the same file on every workstation, named by `org_key_file` in the
//! config. The file is an ordinary age identity (`AGE-SECRET-KEY-1…`), so the organisation's
//! IT can also open a progress file with the standard `age`/`rage` tools.

use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::ExposeSecret;

/// The first bytes of every age file.
pub const MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// The organisation key, read from its file.
#[derive(Clone)]
pub struct OrgKey {
    identity: age::x25519::Identity,
}

/// Why a key file could not be used, in words an installer can act on.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the key file {path} cannot be read: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a Stepwise organisation key (no line starting AGE-SECRET-KEY-1)")]
    NotAKey { path: PathBuf },
    #[error(
        "{path} is already there; a key is never overwritten (files locked with it would be lost)"
    )]
    Exists { path: PathBuf },
    #[error("the key file {path} cannot be written: {source}")]
    Unwritable {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl std::fmt::Debug for OrgKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the secret: only what names it.
        write!(f, "OrgKey({})", self.fingerprint())
    }
}

impl OrgKey {
    /// A new, random key.
    pub fn generate() -> OrgKey {
        OrgKey {
            identity: age::x25519::Identity::generate(),
        }
    }

    /// Reads the key from its file (comment lines are allowed, as `age-keygen` writes them).
    pub fn load(path: &Path) -> Result<OrgKey, KeyError> {
        let file = std::fs::File::open(path).map_err(|source| KeyError::Unreadable {
            path: path.to_path_buf(),
            source,
        })?;
        let mut text = String::new();
        BufReader::new(file)
            .take(64 * 1024)
            .read_to_string(&mut text)
            .map_err(|source| KeyError::Unreadable {
                path: path.to_path_buf(),
                source,
            })?;
        Self::parse(&text).ok_or_else(|| KeyError::NotAKey {
            path: path.to_path_buf(),
        })
    }

    /// The key in a key file's text, if there is one.
    pub fn parse(text: &str) -> Option<OrgKey> {
        text.lines()
            .map(str::trim)
            .find(|line| line.starts_with("AGE-SECRET-KEY-1"))
            .and_then(|line| age::x25519::Identity::from_str(line).ok())
            .map(|identity| OrgKey { identity })
    }

    /// Writes a new key to `path`, readable by its owner and group only; refuses to replace
    /// a file already there.
    pub fn create(path: &Path) -> Result<OrgKey, KeyError> {
        let key = Self::generate();
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o640);
        let mut file = options.open(path).map_err(|source| {
            if source.kind() == std::io::ErrorKind::AlreadyExists {
                KeyError::Exists {
                    path: path.to_path_buf(),
                }
            } else {
                KeyError::Unwritable {
                    path: path.to_path_buf(),
                    source,
                }
            }
        })?;
        let text = format!(
            "# The Stepwise organisation key. Every workstation of the organisation needs this\n\
             # same file; anyone who has it can read the progress files. Keep copies safe.\n\
             # created: {}\n# public key: {}\n{}\n",
            chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            key.identity.to_public(),
            key.identity.to_string().expose_secret()
        );
        if let Err(source) = file
            .write_all(text.as_bytes())
            .and_then(|()| file.sync_all())
        {
            // Half a key is no key: removed, so making it again is not refused.
            let _ = std::fs::remove_file(path);
            return Err(KeyError::Unwritable {
                path: path.to_path_buf(),
                source,
            });
        }
        Ok(key)
    }

    /// A short, public name of the key (the end of its public half), to compare PCs by.
    pub fn fingerprint(&self) -> String {
        let public = self.identity.to_public().to_string();
        public[public.len() - 8..].to_string()
    }

    /// Wraps `output` so what is written to it is encrypted with this key; call
    /// [`age::stream::StreamWriter::finish`] at the end.
    pub fn encrypt<W: Write>(&self, output: W) -> std::io::Result<age::stream::StreamWriter<W>> {
        let recipient = self.identity.to_public();
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .map_err(std::io::Error::other)?;
        encryptor.wrap_output(output)
    }

    /// Opens an encrypted stream; `Err(false)` when it was locked with another key,
    /// `Err(true)` when it is damaged.
    pub fn decrypt<R: Read>(&self, input: R) -> Result<age::stream::StreamReader<R>, bool> {
        let decryptor = age::Decryptor::new(input).map_err(|_| true)?;
        decryptor
            .decrypt(std::iter::once(&self.identity as &dyn age::Identity))
            .map_err(|error| !matches!(error, age::DecryptError::NoMatchingKeys))
    }
}

/// The organisation key as this PC has it.
#[derive(Debug, Clone, Default)]
pub enum KeySetting {
    #[default]
    /// No `org_key_file`: progress files are written unprotected (and Stepwise says so).
    NotSet,
    Ready(OrgKey),
    /// A key file is named but cannot be used: nothing is written unprotected instead.
    Broken(String),
}

impl KeySetting {
    /// Reads the key the config names, if any.
    pub fn from_file(file: Option<&Path>) -> KeySetting {
        match file {
            None => KeySetting::NotSet,
            Some(file) => match OrgKey::load(file) {
                Ok(key) => KeySetting::Ready(key),
                Err(error) => KeySetting::Broken(error.to_string()),
            },
        }
    }

    /// The key to lock and open files with (`None`: not set), or why files must wait.
    pub fn for_files(&self) -> Result<Option<&OrgKey>, &str> {
        match self {
            KeySetting::NotSet => Ok(None),
            KeySetting::Ready(key) => Ok(Some(key)),
            KeySetting::Broken(problem) => Err(problem),
        }
    }
}

/// Does this stream start like an age file?
pub fn is_encrypted(start: &[u8]) -> bool {
    start.starts_with(MAGIC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_written_reads_back_and_opens_what_it_locked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("org.key");
        let key = OrgKey::create(&path).unwrap();
        let again = OrgKey::load(&path).unwrap();
        assert_eq!(key.fingerprint(), again.fingerprint());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode & 0o007, 0, "others cannot read the key ({mode:o})");
        }
        let mut locked = Vec::new();
        let mut writer = key.encrypt(&mut locked).unwrap();
        writer.write_all(b"Anna answered").unwrap();
        writer.finish().unwrap();
        assert!(is_encrypted(&locked));
        assert!(!locked.windows(4).any(|w| w == b"Anna"));
        let mut plain = String::new();
        again
            .decrypt(locked.as_slice())
            .unwrap()
            .read_to_string(&mut plain)
            .unwrap();
        assert_eq!(plain, "Anna answered");
        // Another organisation's key does not open it, and says so.
        assert_eq!(
            OrgKey::generate().decrypt(locked.as_slice()).err(),
            Some(false)
        );
        // A key is never overwritten.
        assert!(matches!(
            OrgKey::create(&path),
            Err(KeyError::Exists { .. })
        ));
    }

    #[test]
    fn a_file_that_is_not_a_key_is_refused_with_its_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("org.key");
        std::fs::write(&path, "# nothing here\nAGE-SECRET-KEY-1NOPE\n").unwrap();
        let error = OrgKey::load(&path).unwrap_err().to_string();
        assert!(
            error.contains("org.key") && error.contains("not a Stepwise"),
            "{error}"
        );
        assert!(!format!("{:?}", OrgKey::generate()).contains("SECRET"));
    }
}
