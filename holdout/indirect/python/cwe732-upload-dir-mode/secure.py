import os
from pathlib import Path


def tenant_storage(root: str, tenant_id: str) -> Path:
    """Directory that holds a tenant's exported invoices and bank statements."""
    path = Path(root) / tenant_id
    os.makedirs(path, mode=0o700, exist_ok=True)
    os.chmod(path, 0o700)
    return path
