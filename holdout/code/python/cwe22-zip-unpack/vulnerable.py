import os
import shutil
import zipfile


def unpack_theme(bundle_path: str, dest_dir: str) -> list[str]:
    """Unpack an uploaded theme bundle into the themes directory."""
    written = []
    with zipfile.ZipFile(bundle_path) as bundle:
        for info in bundle.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest_dir, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    return written
