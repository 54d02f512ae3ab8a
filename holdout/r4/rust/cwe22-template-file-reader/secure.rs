use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Serves e-mail templates that customers upload to their own template folder.
pub struct TemplateStore {
    root: PathBuf,
}

impl TemplateStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root: PathBuf = root.into();
        Self { root: root.canonicalize().unwrap_or(root) }
    }

    /// Read the template `name` (e.g. "welcome.html") of tenant `tenant`.
    pub fn read(&self, tenant: &str, name: &str) -> io::Result<String> {
        let tenant_dir = self.root.join(tenant).canonicalize()?;
        let path = tenant_dir.join(name).canonicalize()?;
        // The template must resolve to a file inside this tenant's folder
        if !tenant_dir.starts_with(&self.root) || !path.starts_with(&tenant_dir) {
            return Err(io::Error::new(io::ErrorKind::PermissionDenied, "template outside tenant folder"));
        }
        fs::read_to_string(path)
    }

    /// List the template names of a tenant.
    pub fn list(&self, tenant: &str) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in fs::read_dir(self.root.join(tenant))? {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                names.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        names.sort();
        Ok(names)
    }
}

fn main() -> io::Result<()> {
    let store = TemplateStore::new(Path::new("/var/lib/mailer/templates"));
    for name in store.list("acme")? {
        println!("{name}");
    }
    println!("{}", store.read("acme", "welcome.html")?);
    Ok(())
}
