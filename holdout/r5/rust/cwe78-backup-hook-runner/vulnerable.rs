//! Backup agent: after a snapshot, run the archive step with tar. The snapshot
//! label is provided by the job definition received from the control plane.
use std::io;
use std::process::Command;

pub struct Job {
    pub label: String,
    pub source_dir: String,
}

pub fn archive(job: &Job, dest_dir: &str) -> io::Result<String> {
    let archive = format!("{}/{}.tar.gz", dest_dir, job.label);
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("tar -czf {} -C {} .", archive, job.source_dir))
        .status()?;
    if !status.success() {
        return Err(io::Error::new(io::ErrorKind::Other, "tar failed"));
    }
    Ok(archive)
}
