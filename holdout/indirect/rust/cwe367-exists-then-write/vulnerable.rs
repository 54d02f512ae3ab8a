use std::fs;
use std::io;
use std::path::Path;

/// Writes the lock file that marks a spool directory (shared with other users) as taken.
pub fn claim(spool: &Path, owner: &str) -> io::Result<bool> {
    let lock = spool.join("owner.lock");
    if lock.exists() {
        return Ok(false);
    }
    fs::write(&lock, owner)?;
    Ok(true)
}
