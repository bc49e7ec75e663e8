"""Staff assessment (E3, E21–E24): rule-set versions, acknowledgements, complaints, demerits, fines."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.core.vocabulary import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    DemeritKind,
    FineReason,
    FineStatus,
)
from desktop_app.db.base import Base
from desktop_app.db.columns import enum_type
from desktop_app.db.types import created_at, intpk, money, str50, str100


class AssessmentRuleSet(Base):
    """E24: rules bind only as published; fine amounts (blank in E23) live in ``rules``."""

    __tablename__ = "assessment_rule_sets"

    id: Mapped[intpk]
    version: Mapped[int] = mapped_column(unique=True)
    published_on: Mapped[dt.date]
    rules: Mapped[dict[str, Any]]
    published_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[created_at]


class RuleAcknowledgement(Base):
    __tablename__ = "rule_acknowledgements"
    __table_args__ = (UniqueConstraint("rule_set_id", "staff_id"),)

    id: Mapped[intpk]
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("assessment_rule_sets.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    acknowledged_on: Mapped[dt.date]


class Complaint(Base):
    __tablename__ = "complaints"

    id: Mapped[intpk]
    number: Mapped[str50] = mapped_column(unique=True)
    received_via: Mapped[ComplaintChannel] = mapped_column(enum_type(ComplaintChannel))
    received_on: Mapped[dt.date] = mapped_column(index=True)
    complainant: Mapped[str100]
    customer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("customers.id"))
    # Where the answer reaches the complainant (E3, E5, S3), as core.phone_numbers stores it; None: not
    # given, or registered before migration 0014 with a customer on record linked instead.
    contact_phone: Mapped[Optional[str50]]
    about_staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"), index=True)
    category: Mapped[ComplaintCategory] = mapped_column(enum_type(ComplaintCategory))
    work_order_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_orders.id"))
    product_id: Mapped[Optional[int]] = mapped_column(ForeignKey("products.id"))  # E6 design defects
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[ComplaintStatus] = mapped_column(
        enum_type(ComplaintStatus), default=ComplaintStatus.REGISTERED
    )
    findings: Mapped[Optional[str]] = mapped_column(Text)
    verified_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    verified_at: Mapped[Optional[dt.datetime]]
    registered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[created_at]


class Demerit(Base):
    """记大过 (E21) or criticism (E3), citing the rule-set version and its evidence."""

    __tablename__ = "demerits"

    id: Mapped[intpk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    kind: Mapped[DemeritKind] = mapped_column(enum_type(DemeritKind))
    facts_on: Mapped[dt.date]
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("assessment_rule_sets.id"))
    complaint_id: Mapped[Optional[int]] = mapped_column(ForeignKey("complaints.id"))
    work_order_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_orders.id"))
    bonus_deduction: Mapped[Optional[money]]
    note: Mapped[Optional[str]] = mapped_column(Text)
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[created_at]


class Fine(Base):
    """E23: suggested from the facts or entered by hand; nothing is fined silently."""

    __tablename__ = "fines"

    id: Mapped[intpk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    reason: Mapped[FineReason] = mapped_column(enum_type(FineReason))
    facts_on: Mapped[dt.date]
    rule_set_id: Mapped[int] = mapped_column(ForeignKey("assessment_rule_sets.id"))
    work_order_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_orders.id"))
    amount: Mapped[money]
    status: Mapped[FineStatus] = mapped_column(enum_type(FineStatus), default=FineStatus.SUGGESTED)
    decided_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    decision_reason: Mapped[Optional[str]] = mapped_column(Text)
    decided_at: Mapped[Optional[dt.datetime]]
    created_at: Mapped[created_at]
