use std::fs;
use std::io;
use std::path::Path;

pub fn extract(archive: &Path, dest: &Path) -> zip::result::ZipResult<()> {
    let mut zip = zip::ZipArchive::new(fs::File::open(archive)?)?;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i)?;
        let out_path = dest.join(entry.name());
        if entry.is_dir() {
            fs::create_dir_all(&out_path)?;
            continue;
        }
        if let Some(parent) = out_path.parent() {
            fs::create_dir_all(parent)?;
        }
        io::copy(&mut entry, &mut fs::File::create(&out_path)?)?;
    }
    Ok(())
}
