from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from .auth import current_user
from .db import get_session
from .models import AuditEvent, User

router = APIRouter(prefix="/admin")


def require_admin(user: User = Depends(current_user)) -> User:
    if not user.is_admin:
        raise HTTPException(status_code=403, detail="admins only")
    return user


@router.delete("/audit-log")
def purge_audit_log(
    before: str,
    session: Session = Depends(get_session),
    admin: User = Depends(require_admin),
) -> dict:
    deleted = session.query(AuditEvent).filter(AuditEvent.created < before).delete()
    session.commit()
    return {"deleted": deleted, "by": admin.id}
