use std::process::Command;

/// Return the last `count` commit subjects of `branch` in the repository at `repo_dir`.
///
/// The branch name comes from the dashboard's branch selector.
pub fn recent_commits(repo_dir: &str, branch: &str, count: u32) -> std::io::Result<Vec<String>> {
    if branch.starts_with('-') {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "invalid branch name"));
    }
    let output = Command::new("git")
        .arg("-C")
        .arg(repo_dir)
        .args(["log", "--format=%s", "-n", &count.to_string(), branch, "--"])
        .output()?;
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
