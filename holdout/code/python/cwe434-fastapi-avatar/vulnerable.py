from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
PUBLIC_DIR = Path("/var/www/public/avatars")


@app.post("/users/{user_id}/avatar")
async def upload_avatar(user_id: int, file: UploadFile) -> dict:
    target = PUBLIC_DIR / f"{user_id}-{file.filename}"
    target.write_bytes(await file.read())
    return {"url": f"/avatars/{target.name}"}
