//! Files on a shared, busy PC: replacing a file by rename, retried while another program
//! (an antivirus, an indexer, a backup tool) holds it; and a data folder shared by a group of
//! OS users, where every file Stepwise makes must be writable by the whole group.

use std::io;
use std::path::Path;
use std::time::Duration;

/// How often a rename is tried, and the pause between tries: about two seconds in all.
const TRIES: u32 = 10;
const PAUSE: Duration = Duration::from_millis(200);

/// Replaces `to` with `from` by renaming. On Windows a file that another program has open
/// cannot be replaced for a moment; the rename is tried again for about two seconds before
/// the error is given.
pub fn replace(from: &Path, to: &Path) -> io::Result<()> {
    replace_with(from, to, |from, to| std::fs::rename(from, to), PAUSE)
}

/// [`replace`] with the rename and the pause given (tests count the tries).
pub(crate) fn replace_with(
    from: &Path,
    to: &Path,
    mut rename: impl FnMut(&Path, &Path) -> io::Result<()>,
    pause: Duration,
) -> io::Result<()> {
    let mut tries = 0;
    loop {
        tries += 1;
        match rename(from, to) {
            Ok(()) => return Ok(()),
            Err(error) if tries < TRIES && held_by_another_program(&error) => {
                log::debug!("{} is held by another program; trying again", to.display());
                std::thread::sleep(pause);
            }
            Err(error) => return Err(error),
        }
    }
}

/// Errors that pass when the other program lets go: a busy file, and on Windows access
/// denied or a sharing violation (elsewhere a denied access is for good: no waiting).
fn held_by_another_program(error: &io::Error) -> bool {
    error.kind() == io::ErrorKind::ResourceBusy
        || (cfg!(windows)
            && (error.kind() == io::ErrorKind::PermissionDenied
                || matches!(error.raw_os_error(), Some(32 | 33))))
}

/// When the data folder is shared by a group (group-writable, as the Debian package makes
/// `/var/lib/stepwise`), files Stepwise creates from now on are writable by the group too,
/// so the next person on this PC never meets a read-only database. Returns whether it is
/// shared.
pub fn share_with_group(data_dir: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let shared = std::fs::metadata(data_dir)
            .map(|metadata| metadata.permissions().mode() & 0o020 != 0)
            .unwrap_or(false);
        if shared {
            // SAFETY: umask only sets the process's file-creation mask; it cannot fail.
            unsafe {
                libc::umask(0o007);
            }
        }
        shared
    }
    #[cfg(not(unix))]
    {
        let _ = data_dir;
        false
    }
}

/// Creates an empty `path` if it is missing, readable and writable by its owner and group
/// (less the umask: see [`share_with_group`]). An existing file is left as it is.
pub fn create_for_group(path: &Path) {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o660);
    // Already there (the usual case), or a folder that cannot be written: the open that
    // follows says what is wrong.
    let _ = options.open(path);
}

/// What is wrong with the data folder's owner and modes for shared use, each with the fix
/// (`stepwise doctor` prints them). Empty when all is well or the folder does not exist yet.
pub fn permission_problems(data_dir: &Path) -> Vec<String> {
    #[cfg(unix)]
    {
        unix::problems(data_dir)
    }
    #[cfg(not(unix))]
    {
        let _ = data_dir;
        Vec::new()
    }
}

#[cfg(unix)]
mod unix {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    use std::path::Path;

    /// The files Stepwise keeps at the top of its data folder.
    const FILES: [&str; 5] = [
        "stepwise.sqlite",
        "stepwise.sqlite-wal",
        "stepwise.sqlite-shm",
        "stepwise.log",
        "backups",
    ];

    /// Can this process write `path` (as the OS decides, groups included)?
    fn writable(path: &Path) -> bool {
        let Ok(name) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
            return false;
        };
        // SAFETY: `name` is a valid C string that outlives the call.
        unsafe { libc::access(name.as_ptr(), libc::W_OK) == 0 }
    }

    /// A group's name from /etc/group, else its number.
    fn group_name(gid: u32) -> String {
        std::fs::read_to_string("/etc/group")
            .ok()
            .and_then(|groups| {
                groups.lines().find_map(|line| {
                    let mut fields = line.split(':');
                    let name = fields.next()?;
                    let number: u32 = fields.nth(1)?.parse().ok()?;
                    (number == gid).then(|| name.to_string())
                })
            })
            .unwrap_or_else(|| gid.to_string())
    }

    pub(super) fn problems(data_dir: &Path) -> Vec<String> {
        let Ok(folder) = std::fs::metadata(data_dir) else {
            return Vec::new();
        };
        let mut problems = Vec::new();
        let group = group_name(folder.gid());
        if !writable(data_dir) {
            problems.push(format!(
                "this user cannot write {}: add them to its group ({group}) with \
                 `adduser NAME {group}` and log in again",
                data_dir.display()
            ));
        }
        let mode = folder.permissions().mode();
        if mode & 0o020 == 0 {
            // A folder of one user: nothing to share.
            return problems;
        }
        if mode & 0o2000 == 0 {
            problems.push(format!(
                "new files in {} would not get its group {group}: `chmod g+s {}`",
                data_dir.display(),
                data_dir.display()
            ));
        }
        for name in FILES {
            let path = data_dir.join(name);
            let Ok(file) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if file.gid() != folder.gid() {
                problems.push(format!(
                    "{} belongs to group {}, not {group}: `chgrp -R {group} {}`",
                    path.display(),
                    group_name(file.gid()),
                    path.display()
                ));
            }
            if file.permissions().mode() & 0o060 != 0o060 {
                problems.push(format!(
                    "{} is not writable by the group {group}: the next person would meet a \
                     read-only database: `chmod -R g+rw {}`",
                    path.display(),
                    path.display()
                ));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn a_rename_held_by_another_program_is_tried_again_until_it_is_let_go() {
        let calls = Cell::new(0);
        let result = replace_with(
            Path::new("a"),
            Path::new("b"),
            |_, _| {
                calls.set(calls.get() + 1);
                if calls.get() < 3 {
                    Err(io::Error::from(io::ErrorKind::ResourceBusy))
                } else {
                    Ok(())
                }
            },
            Duration::ZERO,
        );
        assert!(result.is_ok());
        assert_eq!(calls.get(), 3);
    }

    #[test]
    fn a_rename_that_stays_held_gives_up_and_other_errors_are_not_tried_again() {
        let calls = Cell::new(0);
        let held = replace_with(
            Path::new("a"),
            Path::new("b"),
            |_, _| {
                calls.set(calls.get() + 1);
                Err(io::Error::from(io::ErrorKind::ResourceBusy))
            },
            Duration::ZERO,
        );
        assert_eq!(held.unwrap_err().kind(), io::ErrorKind::ResourceBusy);
        assert_eq!(calls.get(), TRIES);
        calls.set(0);
        let missing = replace_with(
            Path::new("a"),
            Path::new("b"),
            |_, _| {
                calls.set(calls.get() + 1);
                Err(io::Error::from(io::ErrorKind::NotFound))
            },
            Duration::ZERO,
        );
        assert_eq!(missing.unwrap_err().kind(), io::ErrorKind::NotFound);
        assert_eq!(calls.get(), 1, "a missing file is not waited for");
    }

    #[test]
    fn a_target_held_open_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let (from, to) = (dir.path().join("new"), dir.path().join("file"));
        std::fs::write(&from, "new").unwrap();
        std::fs::write(&to, "old").unwrap();
        let _held = std::fs::File::open(&to).unwrap();
        replace(&from, &to).unwrap();
        assert_eq!(std::fs::read_to_string(&to).unwrap(), "new");
    }

    #[cfg(unix)]
    #[test]
    fn a_shared_folder_with_a_file_the_group_cannot_write_says_how_to_fix_it() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let set = |path: &Path, mode| {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap()
        };
        // A folder of one user: nothing to say.
        set(dir.path(), 0o700);
        assert_eq!(permission_problems(dir.path()), Vec::<String>::new());
        // Shared, but not setgid, and a database only its owner can write.
        set(dir.path(), 0o770);
        let database = dir.path().join("stepwise.sqlite");
        std::fs::write(&database, "").unwrap();
        set(&database, 0o644);
        let problems = permission_problems(dir.path());
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("chmod g+s"), "{problems:?}");
        assert!(
            problems[1].contains("not writable by the group") && problems[1].contains("g+rw"),
            "{problems:?}"
        );
        set(dir.path(), 0o2770);
        set(&database, 0o660);
        assert_eq!(permission_problems(dir.path()), Vec::<String>::new());
    }
}
