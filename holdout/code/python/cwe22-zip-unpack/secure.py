import os
import shutil
import zipfile


def unpack_theme(bundle_path: str, dest_dir: str) -> list[str]:
    """Unpack an uploaded theme bundle into the themes directory."""
    written = []
    root = os.path.realpath(dest_dir)
    with zipfile.ZipFile(bundle_path) as bundle:
        for info in bundle.infolist():
            if info.is_dir():
                continue
            target = os.path.realpath(os.path.join(root, info.filename))
            if not target.startswith(root + os.sep):
                raise ValueError(f"entry escapes the theme directory: {info.filename}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    return written
