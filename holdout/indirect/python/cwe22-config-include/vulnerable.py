import json
from pathlib import Path


def load_site_config(site_dir: Path, name: str = "site.json") -> dict:
    """Load a tenant's site config; an "include" key merges other JSON files from the same site."""
    config = json.loads((site_dir / name).read_text())
    for extra in config.pop("include", []):
        included = json.loads((site_dir / extra).read_text())
        config = {**included, **config}
    return config
