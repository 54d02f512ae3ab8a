import json
from pathlib import Path


def load_site_config(site_dir: Path, name: str = "site.json") -> dict:
    """Load a tenant's site config; an "include" key merges other JSON files from the same site."""
    root = site_dir.resolve()
    config = json.loads((root / name).read_text())
    for extra in config.pop("include", []):
        path = (root / extra).resolve()
        if not path.is_relative_to(root):
            raise ValueError(f"include outside the site directory: {extra}")
        included = json.loads(path.read_text())
        config = {**included, **config}
    return config
