"""Attachment storage for support tickets."""
import logging
import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_agent

log = logging.getLogger(__name__)
router = APIRouter(prefix="/tickets")
STORE = Path(os.environ.get("ATTACHMENT_DIR", "/var/lib/helpdesk/attachments")).resolve()


def ticket_dir(ticket_id: int) -> Path:
    return STORE / str(ticket_id)


def list_attachments(ticket_id: int) -> list[str]:
    d = ticket_dir(ticket_id)
    if not d.is_dir():
        return []
    return sorted(p.name for p in d.iterdir() if p.is_file())


@router.get("/{ticket_id}/attachments")
def attachments(ticket_id: int, agent=Depends(current_agent)):
    return {"ticket": ticket_id, "files": list_attachments(ticket_id)}


@router.get("/{ticket_id}/attachments/{name:path}")
def download(ticket_id: int, name: str, agent=Depends(current_agent)):
    """Stream one attachment back to the agent's browser."""
    target = ticket_dir(ticket_id) / name
    if not target.is_file():
        raise HTTPException(status_code=404, detail="no such attachment")
    media_type, _ = mimetypes.guess_type(target.name)
    log.info("agent %s downloaded %s", agent.id, target)
    return FileResponse(target, media_type=media_type or "application/octet-stream", filename=target.name)


@router.delete("/{ticket_id}/attachments")
def purge(ticket_id: int, agent=Depends(current_agent)):
    removed = 0
    for name in list_attachments(ticket_id):
        (ticket_dir(ticket_id) / name).unlink(missing_ok=True)
        removed += 1
    return {"removed": removed}
