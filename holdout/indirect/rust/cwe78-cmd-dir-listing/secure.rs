use std::fs;

/// Lists a shared folder for the Windows admin tool; `folder` is typed by the operator in the web UI.
pub fn list_folder(folder: &str) -> std::io::Result<String> {
    let mut names = Vec::new();
    for entry in fs::read_dir(folder)? {
        names.push(entry?.file_name().to_string_lossy().into_owned());
    }
    names.sort();
    Ok(names.join("\n"))
}
