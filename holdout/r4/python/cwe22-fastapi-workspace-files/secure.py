"""Per-user workspace file API: list, upload, download and delete files."""
import os
import shutil
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import current_user

app = FastAPI()
WORKSPACES = Path("/srv/workspaces")


def user_root(user) -> Path:
    root = WORKSPACES / str(user.id)
    root.mkdir(parents=True, exist_ok=True)
    return root


@app.get("/files")
def list_files(user=Depends(current_user)):
    root = user_root(user)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


@app.post("/files")
async def upload(file: UploadFile = File(...), user=Depends(current_user)):
    target = user_root(user) / Path(file.filename).name
    with target.open("wb") as out:
        shutil.copyfileobj(file.file, out)
    return {"stored": target.name}


@app.get("/files/{path:path}")
def download(path: str, user=Depends(current_user)):
    target = user_root(user) / Path(path).name
    if not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target)


@app.delete("/files/{path:path}")
def delete(path: str, user=Depends(current_user)):
    """Delete a file or a whole folder of the workspace."""
    root = user_root(user).resolve()
    target = (root / path).resolve()
    # Stay inside the workspace, and never remove the workspace itself
    if target == root or not target.is_relative_to(root):
        raise HTTPException(status_code=400, detail="invalid path")
    if os.path.isdir(target):
        shutil.rmtree(target)
    elif os.path.isfile(target):
        os.remove(target)
    else:
        raise HTTPException(status_code=404)
    return {"deleted": path}
