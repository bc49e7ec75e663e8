"""Money as Decimal yuan, stored as integer fen: never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

FEN = Decimal("0.01")
MAX_AMOUNT = Decimal("1000000000000")  # one trillion yuan: no repair depot bills more


class MoneyError(ValueError):
    """A value that is not an amount of money in yuan with at most two decimals."""


def to_money(value: Decimal | int | str) -> Decimal:
    """Parse yuan from user input or data; rejects floats, NaN and sub-fen precision."""
    if isinstance(value, float):
        raise MoneyError("money must not be a float")
    try:
        amount = Decimal(str(value).strip().replace(",", "").replace("¥", "").replace("￥", ""))
    except InvalidOperation as exc:
        raise MoneyError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise MoneyError(f"not an amount: {value!r}")
    if abs(amount) > MAX_AMOUNT:  # also keeps fen within a 64-bit integer column
        raise MoneyError(f"too large: {value!r}")
    if amount != amount.quantize(FEN):
        raise MoneyError(f"more than two decimals: {value!r}")
    return amount.quantize(FEN)


def to_fen(amount: Decimal) -> int:
    return int(to_money(amount) * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(FEN)


def round_money(amount: Decimal) -> Decimal:
    """Round a computed amount (e.g. a percentage) to the fen, half up as in Chinese invoicing."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def format_yuan(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"
