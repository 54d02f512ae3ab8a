from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from .db import get_session
from .models import AuditEvent

router = APIRouter(prefix="/admin")


@router.delete("/audit-log")
def purge_audit_log(before: str, session: Session = Depends(get_session)) -> dict:
    deleted = session.query(AuditEvent).filter(AuditEvent.created < before).delete()
    session.commit()
    return {"deleted": deleted}
