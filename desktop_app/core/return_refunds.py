"""Rule W2's refund of a return: how it is paid back and what it comes to (pure, no Qt, no database)."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum


class RefundMethod(StrEnum):
    """How the desk paid the refund back; stored by code on the claim (migration 0011)."""

    ORIGINAL_ROUTE = "original_route"  # 原路退回: back to the card or account the customer paid with
    CASH = "cash"
    BANK_TRANSFER = "bank_transfer"
    WECHAT = "wechat"
    ALIPAY = "alipay"


# The three things W2 says a return needs back, in the order the checklist shows them.
RETURNED_ITEMS = ("product", "accessories", "invoice")


def refund_due(purchase_price: Decimal, accessories_charge: Decimal | None) -> Decimal:
    """W2: the full purchase price, less the cost price of the accessories that did not come back."""
    return purchase_price - (accessories_charge or Decimal(0))
