"""The service fund (D4–D6, D13, D14) and shipments back to the manufacturer (D11–D16)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from sqlalchemy import ForeignKey, Numeric, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.core.vocabulary import CostBearer, FundEntryKind, ReturnStatus
from desktop_app.db.base import Base
from desktop_app.db.columns import enum_type
from desktop_app.db.types import created_at, intpk, money, str50, str100, str200


class Remittance(Base):
    """回款额: a payment the centre remitted to the manufacturer (the fund's base, D4)."""

    __tablename__ = "remittances"

    id: Mapped[intpk]
    paid_on: Mapped[dt.date] = mapped_column(index=True)
    amount: Mapped[money]
    reference: Mapped[Optional[str50]]
    note: Mapped[Optional[str200]]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[created_at]


class FundRateVersion(Base):
    """D4: the fund's percentage of remittances, blank in the contract, so configuration."""

    __tablename__ = "fund_rate_versions"

    id: Mapped[intpk]
    effective_from: Mapped[dt.date] = mapped_column(unique=True)
    rate_percent: Mapped[Decimal] = mapped_column(Numeric(6, 3))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[created_at]


class FundLedgerEntry(Base):
    """Signed movements of the fund: accruals in, repair costs out, quarterly settlement."""

    __tablename__ = "fund_ledger"

    id: Mapped[intpk]
    entry_date: Mapped[dt.date] = mapped_column(index=True)
    quarter: Mapped[str50]  # "2026Q3"
    kind: Mapped[FundEntryKind] = mapped_column(enum_type(FundEntryKind))
    amount: Mapped[money]  # positive into the fund, negative out of it
    work_order_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_orders.id"))
    return_application_id: Mapped[Optional[int]] = mapped_column(ForeignKey("return_applications.id"))
    requisition_id: Mapped[Optional[int]] = mapped_column(ForeignKey("requisitions.id"))
    note: Mapped[Optional[str200]]
    created_at: Mapped[created_at]


class ReturnApplication(Base):
    """D15: the written application, with its detailed list, before anything is shipped back."""

    __tablename__ = "return_applications"

    id: Mapped[intpk]
    number: Mapped[str50] = mapped_column(unique=True)
    status: Mapped[ReturnStatus] = mapped_column(enum_type(ReturnStatus), default=ReturnStatus.DRAFT)
    applied_at: Mapped[Optional[dt.datetime]]
    approved_at: Mapped[Optional[dt.datetime]]
    approval_reference: Mapped[Optional[str100]]
    shipped_at: Mapped[Optional[dt.datetime]]
    freight_out: Mapped[Optional[money]]
    acknowledged_at: Mapped[Optional[dt.datetime]]
    # What the centre paid for the goods coming back, given at acknowledgement; the fund's share is its
    # D14 lines' (D13: freight back is the manufacturer's). Migration 0007.
    freight_back: Mapped[Optional[money]]
    note: Mapped[Optional[str]] = mapped_column(Text)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[created_at]

    lines: Mapped[list[ReturnLine]] = relationship(back_populates="application")


class ReturnLine(Base):
    __tablename__ = "return_lines"

    id: Mapped[intpk]
    application_id: Mapped[int] = mapped_column(ForeignKey("return_applications.id"), index=True)
    unit_id: Mapped[Optional[int]] = mapped_column(ForeignKey("units.id"))
    part_id: Mapped[Optional[int]] = mapped_column(ForeignKey("parts.id"))
    claim_id: Mapped[Optional[int]] = mapped_column(ForeignKey("claims.id"))
    quantity: Mapped[int] = mapped_column(default=1)
    cost_bearer: Mapped[CostBearer] = mapped_column(enum_type(CostBearer))
    reason: Mapped[str200]
    packed: Mapped[bool] = mapped_column(default=False)  # D16: checked into the package
    acknowledged_quantity: Mapped[Optional[int]]  # D16: the manufacturer's count stands
    # D11/D12: the day a stock line's defect was found, so it is re-judged at apply and ship like a
    # claim's line; None for a claim's line (it goes by the claim) and for lines made before 0007.
    found_on: Mapped[Optional[dt.date]]

    application: Mapped[ReturnApplication] = relationship(back_populates="lines")
