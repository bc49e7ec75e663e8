"""The append-only stock ledger and the monthly parts requisition (D8)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.naming import conv

from desktop_app.core.vocabulary import MovementKind, RequisitionStatus, ShippingMethod
from desktop_app.db.base import Base
from desktop_app.db.columns import enum_type
from desktop_app.db.models.catalogue import Part
from desktop_app.db.types import created_at, intpk, money, str50, str200


class StockMovement(Base):
    """One signed change of a part's stock; on hand is the sum, never negative."""

    __tablename__ = "stock_movements"
    __table_args__ = (CheckConstraint("quantity <> 0", name=conv("ck_stock_movements_nonzero_quantity")),)

    id: Mapped[intpk]
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), index=True)  # the ledger, in id order
    kind: Mapped[MovementKind] = mapped_column(enum_type(MovementKind))
    quantity: Mapped[int]
    at: Mapped[created_at]
    by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    work_order_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_orders.id"), index=True)
    requisition_id: Mapped[Optional[int]] = mapped_column(ForeignKey("requisitions.id"))
    reason: Mapped[Optional[str]] = mapped_column(Text)
    approved_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))  # adjustments
    # E9: tools bought on the road are checked in to the warehouse register.
    is_tool_check_in: Mapped[bool] = mapped_column(default=False)

    part: Mapped[Part] = relationship()


class Requisition(Base):
    """维修配件备料单: the month's parts order to the manufacturer (D6, D8)."""

    __tablename__ = "requisitions"

    id: Mapped[intpk]
    number: Mapped[str50] = mapped_column(unique=True)
    month: Mapped[dt.date] = mapped_column(index=True)  # first day of the month
    status: Mapped[RequisitionStatus] = mapped_column(
        enum_type(RequisitionStatus), default=RequisitionStatus.DRAFT
    )
    shipping: Mapped[ShippingMethod] = mapped_column(enum_type(ShippingMethod), default=ShippingMethod.NORMAL)
    urgent_cost: Mapped[Optional[money]]  # D8: the difference is charged to the centre
    note: Mapped[Optional[str]] = mapped_column(Text)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    approved_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))  # over quota
    submitted_at: Mapped[Optional[dt.datetime]]
    received_at: Mapped[Optional[dt.datetime]]
    # 结束剩余 (D6): when the undelivered rest was closed, and why (migration 0007).
    closed_at: Mapped[Optional[dt.datetime]]
    close_reason: Mapped[Optional[str200]]
    created_at: Mapped[created_at]
    row_version: Mapped[int] = mapped_column(default=1)

    lines: Mapped[list[RequisitionLine]] = relationship(back_populates="requisition")

    __mapper_args__ = {"version_id_col": row_version}


class RequisitionLine(Base):
    __tablename__ = "requisition_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name=conv("ck_requisition_lines_positive_quantity")),)

    id: Mapped[intpk]
    requisition_id: Mapped[int] = mapped_column(ForeignKey("requisitions.id"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    quantity: Mapped[int]
    unit_price: Mapped[money]  # fee schedule in force on the requisition's date (D6)
    over_quota: Mapped[bool] = mapped_column(default=False)
    received_quantity: Mapped[int] = mapped_column(default=0)

    requisition: Mapped[Requisition] = relationship(back_populates="lines")
    part: Mapped[Part] = relationship()


# A part's movements; grouped by order in order, for the orders still holding it (migration 0018).
Index("ix_stock_movements_part_order", StockMovement.part_id, StockMovement.work_order_id)
Index("ix_stock_movements_at", StockMovement.at)
# E9's register of tools checked in, a few among hundreds of thousands of movements (migration 0020).
Index("ix_stock_movements_tool_check_ins", StockMovement.at, StockMovement.id,
      sqlite_where=text("is_tool_check_in = 1"), postgresql_where=text("is_tool_check_in"))  # the monthly report's parts used (migration 0003)
