import uuid
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()
PUBLIC_DIR = Path("/var/www/public/avatars")
ALLOWED = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}
MAX_BYTES = 2 * 1024 * 1024


@app.post("/users/{user_id}/avatar")
async def upload_avatar(user_id: int, file: UploadFile) -> dict:
    extension = ALLOWED.get(file.content_type or "")
    if extension is None:
        raise HTTPException(status_code=415, detail="avatar must be PNG, JPEG or WebP")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="avatar too large")
    target = PUBLIC_DIR / f"{user_id}-{uuid.uuid4().hex}{extension}"
    target.write_bytes(data)
    return {"url": f"/avatars/{target.name}"}
