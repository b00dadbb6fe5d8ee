//! Where Stepwise keeps its data, and why there.
//!
//! The order is fixed and reported by `stepwise doctor`:
//! `--data-dir` → `STEPWISE_DATA_DIR` → portable mode (a `stepwise.toml` beside the
//! executable) → the machine-wide config's `data_dir` → the per-user local data folder.

use std::path::{Path, PathBuf};

use super::config::{Config, LoadedConfig};

/// Name of the config file, both beside the executable and machine-wide.
pub const CONFIG_FILE_NAME: &str = "stepwise.toml";
/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "STEPWISE_DATA_DIR";

/// Why the data folder is where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataDirSource {
    CommandLine,
    Environment,
    /// Portable mode: the config beside the executable.
    Portable(PathBuf),
    /// The machine-wide config's `data_dir` key.
    MachineConfig(PathBuf),
    /// The operating system's per-user local data folder.
    UserDefault,
}

impl std::fmt::Display for DataDirSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::CommandLine => write!(f, "the --data-dir option"),
            Self::Environment => write!(f, "the {DATA_DIR_ENV} environment variable"),
            Self::Portable(file) => write!(f, "portable mode ({})", file.display()),
            Self::MachineConfig(file) => write!(f, "data_dir in {}", file.display()),
            Self::UserDefault => write!(f, "the default folder for this user"),
        }
    }
}

/// What the environment offers; kept apart so the order can be tested without touching it.
#[derive(Debug, Clone, Default)]
pub struct PathInputs {
    pub command_line: Option<PathBuf>,
    pub environment: Option<PathBuf>,
    /// The folder that holds the executable.
    pub exe_dir: Option<PathBuf>,
    /// The machine-wide config file's path on this OS.
    pub machine_config: PathBuf,
    /// The per-user local data folder, if the OS has one.
    pub user_default: Option<PathBuf>,
}

/// The outcome: the data folder, its reason and the config that applies.
#[derive(Debug, Clone)]
pub struct ResolvedPaths {
    pub data_dir: PathBuf,
    pub source: DataDirSource,
    pub config: LoadedConfig,
}

impl PathInputs {
    /// Reads the real environment.
    pub fn from_environment(command_line: Option<PathBuf>) -> Self {
        let environment = std::env::var_os(DATA_DIR_ENV)
            .filter(|value| !value.is_empty())
            .map(PathBuf::from);
        let exe_dir = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(Path::to_path_buf));
        let user_default = directories::ProjectDirs::from("eu", "bwise", "Stepwise")
            // The local, not roaming, folder: the database must not follow a Windows profile.
            .map(|dirs| dirs.data_local_dir().to_path_buf());
        Self {
            command_line,
            environment,
            exe_dir,
            machine_config: machine_config_path(),
            user_default,
        }
    }

    /// Applies the order described at the top of this module.
    pub fn resolve(&self) -> ResolvedPaths {
        let portable = self
            .exe_dir
            .as_ref()
            .map(|dir| dir.join(CONFIG_FILE_NAME))
            .and_then(|file| Config::load(&file));
        let (config, portable_mode) = match portable {
            Some(config) => (config, true),
            None => (
                Config::load(&self.machine_config).unwrap_or_default(),
                false,
            ),
        };
        let config_file = config
            .file
            .clone()
            .unwrap_or_else(|| self.machine_config.clone());
        let (data_dir, source) = if let Some(dir) = &self.command_line {
            (dir.clone(), DataDirSource::CommandLine)
        } else if let Some(dir) = &self.environment {
            (dir.clone(), DataDirSource::Environment)
        } else if portable_mode {
            let exe_dir = self.exe_dir.clone().unwrap_or_default();
            let dir = config
                .config
                .data_dir
                .clone()
                .unwrap_or_else(|| exe_dir.join("data"));
            (dir, DataDirSource::Portable(config_file))
        } else if let Some(dir) = &config.config.data_dir {
            (dir.clone(), DataDirSource::MachineConfig(config_file))
        } else {
            let dir = self
                .user_default
                .clone()
                .unwrap_or_else(|| PathBuf::from("stepwise-data"));
            (dir, DataDirSource::UserDefault)
        };
        ResolvedPaths {
            data_dir,
            source,
            config,
        }
    }
}

/// `/etc/stepwise/stepwise.toml`, or `%ProgramData%\Stepwise\stepwise.toml` on Windows. In
/// a Flatpak the host's `/etc` is seen as `/run/host/etc`.
pub fn machine_config_path() -> PathBuf {
    if std::env::var_os("FLATPAK_ID").is_some() {
        PathBuf::from("/run/host/etc/stepwise").join(CONFIG_FILE_NAME)
    } else if cfg!(windows) {
        let program_data = std::env::var_os("ProgramData")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(r"C:\ProgramData"));
        program_data.join("Stepwise").join(CONFIG_FILE_NAME)
    } else {
        PathBuf::from("/etc/stepwise").join(CONFIG_FILE_NAME)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(root: &Path) -> PathInputs {
        PathInputs {
            command_line: None,
            environment: None,
            exe_dir: Some(root.join("bin")),
            machine_config: root.join("etc").join(CONFIG_FILE_NAME),
            user_default: Some(root.join("home")),
        }
    }

    fn write(path: &Path, text: &str) {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn with_nothing_set_the_user_folder_is_used() {
        let root = tempfile::tempdir().unwrap();
        let resolved = inputs(root.path()).resolve();
        assert_eq!(resolved.data_dir, root.path().join("home"));
        assert_eq!(resolved.source, DataDirSource::UserDefault);
    }

    #[test]
    fn the_machine_config_beats_the_user_folder() {
        let root = tempfile::tempdir().unwrap();
        write(
            &root.path().join("etc/stepwise.toml"),
            "data_dir = \"/var/lib/stepwise\"",
        );
        let resolved = inputs(root.path()).resolve();
        assert_eq!(resolved.data_dir, PathBuf::from("/var/lib/stepwise"));
        assert!(matches!(resolved.source, DataDirSource::MachineConfig(_)));
    }

    #[test]
    fn portable_mode_beats_the_machine_config() {
        let root = tempfile::tempdir().unwrap();
        write(
            &root.path().join("etc/stepwise.toml"),
            "data_dir = \"/var/lib/stepwise\"",
        );
        write(&root.path().join("bin/stepwise.toml"), "language = \"nl\"");
        let resolved = inputs(root.path()).resolve();
        assert_eq!(resolved.data_dir, root.path().join("bin/data"));
        assert!(matches!(resolved.source, DataDirSource::Portable(_)));
        assert_eq!(resolved.config.config.language.as_deref(), Some("nl"));
    }

    #[test]
    fn the_environment_beats_portable_mode_and_the_command_line_beats_all() {
        let root = tempfile::tempdir().unwrap();
        write(&root.path().join("bin/stepwise.toml"), "");
        let mut inputs = inputs(root.path());
        inputs.environment = Some(root.path().join("env"));
        assert_eq!(inputs.resolve().source, DataDirSource::Environment);
        inputs.command_line = Some(root.path().join("cli"));
        let resolved = inputs.resolve();
        assert_eq!(resolved.source, DataDirSource::CommandLine);
        assert_eq!(resolved.data_dir, root.path().join("cli"));
    }

    #[test]
    fn a_broken_machine_config_still_resolves_and_reports() {
        let root = tempfile::tempdir().unwrap();
        write(&root.path().join("etc/stepwise.toml"), "data_dir = 42\n");
        let resolved = inputs(root.path()).resolve();
        assert_eq!(resolved.source, DataDirSource::UserDefault);
        assert_eq!(resolved.config.problems.len(), 1);
        assert_eq!(resolved.config.problems[0].key, "data_dir");
    }
}

/// Why a data folder is not safe for SQLite's write-ahead log, if it is not: on a network
/// file system, or in a folder a cloud service syncs (both can lose or mix up writes).
pub fn unsafe_location(dir: &Path) -> Option<String> {
    let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap_or_default();
    unsafe_location_in(dir, &mounts)
}

/// [`unsafe_location`] with the mount table given (`/proc/self/mounts` on Linux).
pub fn unsafe_location_in(dir: &Path, mounts: &str) -> Option<String> {
    const NETWORK: [&str; 9] = [
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "afs",
        "davfs",
        "fuse.sshfs",
    ];
    const SYNCED: [&str; 6] = [
        "OneDrive",
        "Dropbox",
        "Google Drive",
        "GoogleDrive",
        "Nextcloud",
        "ownCloud",
    ];
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    // The mount that holds the folder: the longest mount point it lies under.
    let mount = mounts
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let (_, point, kind) = (fields.next()?, fields.next()?, fields.next()?);
            let point = point.replace("\\040", " ");
            absolute
                .starts_with(&point)
                .then(|| (point, kind.to_string()))
        })
        .max_by_key(|(point, _)| point.len());
    if let Some((point, kind)) = mount
        && (NETWORK.contains(&kind.as_str()) || kind.starts_with("fuse.rclone"))
    {
        return Some(format!(
            "it is on a network file system ({kind} at {point}); SQLite can lose or mix up \
             writes there: keep the data folder on a local disk and share progress with exchange_dir"
        ));
    }
    let text = absolute.to_string_lossy();
    SYNCED.iter().find(|name| text.contains(*name)).map(|name| {
        format!(
            "it is in a folder {name} syncs; syncing can copy a half-written database: \
                 keep the data folder out of synced folders and share progress with exchange_dir"
        )
    })
}

#[cfg(test)]
mod location_tests {
    use super::*;

    const MOUNTS: &str = "/dev/sda1 / ext4 rw 0 0\n\
        server:/share /srv/share nfs4 rw 0 0\n\
        //nas/stepwise /mnt/nas cifs rw 0 0\n\
        /dev/sdb1 /srv/share/local ext4 rw 0 0\n";

    #[test]
    fn a_data_folder_on_a_network_share_or_in_a_synced_folder_is_flagged() {
        assert!(unsafe_location_in(Path::new("/var/lib/stepwise"), MOUNTS).is_none());
        let nfs = unsafe_location_in(Path::new("/srv/share/stepwise"), MOUNTS).unwrap();
        assert!(
            nfs.contains("network file system (nfs4 at /srv/share)"),
            "{nfs}"
        );
        assert!(unsafe_location_in(Path::new("/mnt/nas/data"), MOUNTS).is_some());
        assert!(
            unsafe_location_in(Path::new("/srv/share/local/data"), MOUNTS).is_none(),
            "a local disk mounted inside a share is local"
        );
        let synced = unsafe_location_in(Path::new("/home/ana/OneDrive/Stepwise"), MOUNTS).unwrap();
        assert!(synced.contains("OneDrive syncs"), "{synced}");
    }
}
