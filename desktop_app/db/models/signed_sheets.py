"""Evaluation sheets recorded as signed by the staff member, with what the signature covers (E23, E24; migration 0010)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base
from desktop_app.db.types import intpk, money


class SignedEvaluationMonth(Base):
    """One person's month whose printed sheet was signed. E24: the employer proves a fine or demerit
    with the paper the person signed, so the month's total must never change afterwards: the totals as
    signed are kept, and the fines and demerits the signature covers are listed by id (a fine or demerit
    of the month entered later is not among them, and counts as a late entry, 补记, in the person's first
    unsigned month: services.signed_months). Undone (the row deleted, audited with the reason) only
    by the general manager, for a month marked by mistake."""

    __tablename__ = "signed_evaluation_months"
    __table_args__ = (UniqueConstraint("staff_id", "month"),)

    id: Mapped[intpk]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    month: Mapped[dt.date]  # the first of the month
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[dt.datetime]  # UTC
    fines_total: Mapped[money]  # integer fen in the database, as signed
    major_demerits: Mapped[int]  # the sheet's demerit figure (E21), as signed
    # The confirmed fines and the demerits counted on the signed sheet (ids): what the signature covers.
    fine_ids: Mapped[list[Any]] = mapped_column(JSON)
    demerit_ids: Mapped[list[Any]] = mapped_column(JSON)
