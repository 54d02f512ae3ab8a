"""Cart endpoints of the shop API."""
import logging
from decimal import Decimal

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .deps import current_customer, get_store

router = APIRouter(prefix="/cart")
log = logging.getLogger(__name__)
MAX_QUANTITY = 99


class LineIn(BaseModel):
    sku: str
    quantity: int


def line_total(price: Decimal, quantity: int) -> Decimal:
    return (price * quantity).quantize(Decimal("0.01"))


@router.post("/lines")
def add_line(line: LineIn, customer=Depends(current_customer), store=Depends(get_store)):
    """Add a product to the cart; the total is what the checkout later charges."""
    product = store.product(line.sku)
    if product is None:
        raise HTTPException(status_code=404, detail="unknown product")
    if line.quantity > MAX_QUANTITY:
        raise HTTPException(status_code=422, detail="quantity too large")
    cart = store.cart_for(customer.id)
    cart.add(line.sku, line.quantity, line_total(product.price, line.quantity))
    log.info("customer %s added %d x %s", customer.id, line.quantity, line.sku)
    return {"lines": cart.lines(), "total": str(cart.total())}


@router.delete("/lines/{sku}")
def remove_line(sku: str, customer=Depends(current_customer), store=Depends(get_store)):
    cart = store.cart_for(customer.id)
    if not cart.remove(sku):
        raise HTTPException(status_code=404, detail="not in cart")
    return {"lines": cart.lines(), "total": str(cart.total())}


@router.get("")
def show(customer=Depends(current_customer), store=Depends(get_store)):
    cart = store.cart_for(customer.id)
    return {"lines": cart.lines(), "total": str(cart.total())}
