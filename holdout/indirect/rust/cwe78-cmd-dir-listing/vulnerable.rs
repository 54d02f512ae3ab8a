use std::process::Command;

/// Lists a shared folder for the Windows admin tool; `folder` is typed by the operator in the web UI.
pub fn list_folder(folder: &str) -> std::io::Result<String> {
    let output = Command::new("cmd")
        .args(["/C", &format!("dir /B \"{}\"", folder)])
        .output()?;
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
