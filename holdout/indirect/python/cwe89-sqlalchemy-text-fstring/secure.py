from sqlalchemy import text
from sqlalchemy.orm import Session


def monthly_usage(session: Session, tenant: str, month: str) -> list[dict]:
    rows = session.execute(
        text(
            "SELECT feature, SUM(units) AS units FROM usage "
            "WHERE tenant = :tenant AND to_char(day, 'YYYY-MM') = :month "
            "GROUP BY feature ORDER BY units DESC"
        ),
        {"tenant": tenant, "month": month},
    )
    return [dict(r._mapping) for r in rows]
