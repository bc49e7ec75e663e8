"""Changes of a part line's payer or price after its issue (rules W11, D4, D9, D13; migration 0006)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.vocabulary import PartCharge
from desktop_app.db.base import Base
from desktop_app.db.columns import enum_type
from desktop_app.db.types import intpk, money


class PartChargeChange(Base):
    """A part line re-judged after it left stock (user damage found at diagnosis, W11; a visit's product
    identified, D13). The line keeps the current payer and price; this row keeps what it was, so a month
    already settled or reconciled stays as delivered and the difference falls in the month of the change."""

    __tablename__ = "part_charge_changes"

    id: Mapped[intpk]
    work_order_part_id: Mapped[int] = mapped_column(ForeignKey("work_order_parts.id"))
    changed_at: Mapped[dt.datetime]  # UTC
    old_charged_to: Mapped[PartCharge] = mapped_column(enum_type(PartCharge))
    old_unit_price: Mapped[money]
    new_charged_to: Mapped[PartCharge] = mapped_column(enum_type(PartCharge))
    new_unit_price: Mapped[money]
    quantity: Mapped[int]  # the line's quantity still held at the change (issued less returned before it)
    changed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


# A line's changes in order (its price at issue), and a month's changes (the fund, the reconciliation).
Index("ix_part_charge_changes_line_changed", PartChargeChange.work_order_part_id, PartChargeChange.changed_at)
Index("ix_part_charge_changes_changed_at", PartChargeChange.changed_at)
