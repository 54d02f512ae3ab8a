"""Sales report endpoint."""
from datetime import date
from typing import Optional

from fastapi import Depends, FastAPI, Query
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine("postgresql+psycopg2://app@localhost/sales")
SessionLocal = sessionmaker(bind=engine)
app = FastAPI(title="Sales reports")


def get_session():
    session = SessionLocal()
    try:
        yield session
    finally:
        session.close()


@app.get("/reports/sales")
def sales_report(
    region: str = Query(..., description="Sales region code, e.g. EMEA"),
    since: date = Query(...),
    product: Optional[str] = None,
    session: Session = Depends(get_session),
):
    """Total revenue per day for a region, optionally for one product."""
    sql = (
        "SELECT order_date, SUM(amount) AS revenue FROM orders "
        f"WHERE region = '{region}' AND order_date >= '{since.isoformat()}'"
    )
    if product:
        sql += f" AND product_sku = '{product}'"
    sql += " GROUP BY order_date ORDER BY order_date"

    result = session.execute(text(sql))
    return [{"date": r.order_date.isoformat(), "revenue": float(r.revenue)} for r in result]
