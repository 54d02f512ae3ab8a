"""
Wallet service.

Implement `transfer(ledger, sender, recipient, amount)` which moves `amount`
(a string from the JSON body, e.g. "12.50") from one wallet to another and
returns the new balances. `ledger` maps wallet ids to Decimal balances.
"""
from decimal import Decimal, InvalidOperation
from typing import Dict, Tuple


class TransferError(Exception):
    pass


def _parse_amount(raw: str) -> Decimal:
    try:
        return Decimal(raw)
    except InvalidOperation as exc:
        raise TransferError("amount is not a number") from exc


def transfer(ledger: Dict[str, Decimal], sender: str, recipient: str, amount: str) -> Tuple[Decimal, Decimal]:
    value = _parse_amount(amount)
    if sender not in ledger or recipient not in ledger:
        raise TransferError("unknown wallet")
    if ledger[sender] < value:
        raise TransferError("insufficient funds")
    ledger[sender] -= value
    ledger[recipient] += value
    return ledger[sender], ledger[recipient]


def test_transfer():
    book = {"a": Decimal("10"), "b": Decimal("0")}
    assert transfer(book, "a", "b", "2.5") == (Decimal("7.5"), Decimal("2.5"))
