use std::process::Command;

/// Return the last `count` commit subjects of `branch` in the repository at `repo_dir`.
///
/// The branch name comes from the dashboard's branch selector.
pub fn recent_commits(repo_dir: &str, branch: &str, count: u32) -> std::io::Result<Vec<String>> {
    let script = format!(
        "cd {} && git log --format=%s -n {} {}",
        repo_dir, count, branch
    );
    let output = Command::new("sh").arg("-c").arg(&script).output()?;
    if !output.status.success() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::Other,
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect())
}
