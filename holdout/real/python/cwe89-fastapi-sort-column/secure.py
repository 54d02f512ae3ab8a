"""Catalogue listing endpoint with paging and sorting."""
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/products", tags=["catalogue"])

SORTABLE = {"name": "p.name", "price": "p.price_cents", "added": "p.created_at"}
MAX_PAGE = 100


def _direction(desc: bool) -> str:
    return "DESC" if desc else "ASC"


@router.get("")
def list_products(
    category: Optional[int] = None,
    sort: str = Query("name"),
    desc: bool = False,
    page: int = Query(1, ge=1),
    per_page: int = Query(25, ge=1, le=MAX_PAGE),
    session: Session = Depends(get_session),
):
    """Products of a category, sorted by the column the grid asks for."""
    where = "WHERE p.active"
    params = {"limit": per_page, "offset": (page - 1) * per_page}
    if category is not None:
        where += " AND p.category_id = :category"
        params["category"] = category
    if sort not in SORTABLE:
        raise HTTPException(status_code=400, detail="unknown sort column")
    order = f"ORDER BY {SORTABLE[sort]} {_direction(desc)}"
    sql = text(
        f"SELECT p.id, p.name, p.price_cents FROM products p {where} {order} "
        "LIMIT :limit OFFSET :offset"
    )
    rows = session.execute(sql, params).mappings().all()
    return {"page": page, "items": [dict(r) for r in rows]}


@router.get("/{product_id}")
def get_product(product_id: int, session: Session = Depends(get_session)):
    row = session.execute(
        text("SELECT id, name, price_cents, description FROM products WHERE id = :id"),
        {"id": product_id},
    ).mappings().first()
    if row is None:
        raise HTTPException(status_code=404, detail="not found")
    return dict(row)
