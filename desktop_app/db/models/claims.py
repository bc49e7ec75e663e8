"""Warranty policy versions, claims and the register of calls and letters."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.core.vocabulary import CallChannel, ClaimChannel, ClaimStatus, CostBearer, Remedy
from desktop_app.db.base import Base
from desktop_app.db.columns import enum_type
from desktop_app.db.models.people import Customer, Staff, Unit
from desktop_app.db.types import created_at, intpk, money, str50, str100, str200


class WarrantyPolicyVersion(Base):
    """Rule W12: periods, longer-period categories and windows, as published data."""

    __tablename__ = "warranty_policy_versions"

    id: Mapped[intpk]
    version: Mapped[int] = mapped_column(unique=True)
    effective_from: Mapped[dt.date]
    terms: Mapped[dict[str, Any]]
    published_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    published_at: Mapped[created_at]


class Claim(Base):
    """A customer's claim on a unit, with the warranty decision as judged at the time (W12)."""

    __tablename__ = "claims"

    id: Mapped[intpk]
    number: Mapped[str50] = mapped_column(unique=True)
    channel: Mapped[ClaimChannel] = mapped_column(enum_type(ClaimChannel))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))  # indexed below
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))  # indexed below
    claim_date: Mapped[dt.date] = mapped_column(index=True)
    fault_description: Mapped[str] = mapped_column(Text)
    requested_remedy: Mapped[Optional[Remedy]] = mapped_column(enum_type(Remedy))
    accessories_received: Mapped[list[str]] = mapped_column(default=list)
    accessories_missing: Mapped[list[str]] = mapped_column(default=list)  # W2
    has_invoice: Mapped[bool] = mapped_column(default=True)  # W10
    # The decision as judged under policy_version (W12); provisional until diagnosis (W11).
    policy_version_id: Mapped[Optional[int]] = mapped_column(ForeignKey("warranty_policy_versions.id"))
    decision: Mapped[Optional[Remedy]] = mapped_column(enum_type(Remedy))
    offered_remedies: Mapped[list[str]] = mapped_column(default=list)
    cost_bearer: Mapped[Optional[CostBearer]] = mapped_column(enum_type(CostBearer))
    decision_note: Mapped[Optional[str]] = mapped_column(Text)  # W8: the escalation note
    # The judgement's explanation as it was given (reasons, notes, period ends): printed on the
    # receipt and never recomputed, so an old claim reads as it was decided (W12).
    decision_detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # W10: a supervisor's override of the tier, with its written reason.
    override_reason: Mapped[Optional[str]] = mapped_column(Text)
    override_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    # W9: returns need the general manager's approval.
    approved_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    approved_at: Mapped[Optional[dt.datetime]]
    # W2, W9: the refund that closed an approved return (migration 0011); NULL on returns completed before
    # it was recorded, and on every other claim. The price is the invoice's, less the missing accessories'
    # cost price; the method is a services.return_refunds code; who refunded is in the audit log.
    refund_amount: Mapped[Optional[money]]
    refund_purchase_price: Mapped[Optional[money]]
    refund_accessories_charge: Mapped[Optional[money]]
    refund_method: Mapped[Optional[str]] = mapped_column(String(30))
    refund_note: Mapped[Optional[str]] = mapped_column(Text)
    refunded_at: Mapped[Optional[dt.datetime]]
    status: Mapped[ClaimStatus] = mapped_column(enum_type(ClaimStatus), default=ClaimStatus.OPEN, index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[created_at]
    row_version: Mapped[int] = mapped_column(default=1)

    customer: Mapped[Customer] = relationship(foreign_keys=[customer_id])
    unit: Mapped[Unit] = relationship(foreign_keys=[unit_id])
    created_by: Mapped[Staff] = relationship(foreign_keys=[created_by_id])
    policy_version: Mapped[Optional[WarrantyPolicyVersion]] = relationship()

    __mapper_args__ = {"version_id_col": row_version}


class Call(Base):
    """E1/E19: every consultation call or letter is registered; S1 gives the 8-hour reply clock."""

    __tablename__ = "calls"

    id: Mapped[intpk]
    number: Mapped[str50] = mapped_column(unique=True)
    channel: Mapped[CallChannel] = mapped_column(enum_type(CallChannel))
    received_at: Mapped[dt.datetime] = mapped_column(index=True)
    customer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("customers.id"), index=True)
    caller_name: Mapped[str100]
    phone: Mapped[Optional[str50]] = mapped_column(String(50))
    subject: Mapped[str200]
    details: Mapped[Optional[str]] = mapped_column(Text)
    needs_visit: Mapped[bool] = mapped_column(default=False)
    reply_due_at: Mapped[dt.datetime]  # S1: received_at + 8 hours
    replied_at: Mapped[Optional[dt.datetime]]
    replied_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    reply_note: Mapped[Optional[str]] = mapped_column(Text)
    claim_id: Mapped[Optional[int]] = mapped_column(ForeignKey("claims.id"))
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[created_at]


# A customer's or a unit's claims by the index alone: on PostgreSQL it carries the id (migration 0015;
# a search's matches are many customers, each looked up here); SQLite's indexes carry it already.
Index("ix_claims_customer_id", Claim.customer_id, postgresql_include=["id"])
Index("ix_claims_unit_id", Claim.unit_id, postgresql_include=["id"])
Index("ix_claims_status_date", Claim.status, Claim.claim_date)
Index("ix_claims_status_created", Claim.status, Claim.created_at)  # the "overdue" filter (S3)
# The calls still to answer, newest first with their 8-hour clock (S1): the register's 只看超时 (migration 0019).
UNANSWERED = text("replied_at IS NULL")
Index("ix_calls_unanswered", Call.id, Call.reply_due_at, sqlite_where=UNANSWERED, postgresql_where=UNANSWERED)
