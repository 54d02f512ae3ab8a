use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

/// Writes the lock file that marks a spool directory (shared with other users) as taken.
pub fn claim(spool: &Path, owner: &str) -> io::Result<bool> {
    let lock = spool.join("owner.lock");
    match OpenOptions::new().write(true).create_new(true).open(&lock) {
        Ok(mut file) => {
            file.write_all(owner.as_bytes())?;
            Ok(true)
        }
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e),
    }
}
