"""The repair monthly reports marked sent to the manufacturer, with what was sent (rule D3; migration 0008)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base
from desktop_app.db.types import intpk


class SentMonthlyReport(Base):
    """One month's report as the manufacturer received it. The figures are kept, not the PDF: a reprint
    of what was sent is drawn again from them in either language and as XLSX, while the report itself
    is recomputed from the claims' current state (a later diagnosis, W11, changes it)."""

    __tablename__ = "sent_monthly_reports"

    id: Mapped[intpk]
    month: Mapped[dt.date] = mapped_column(unique=True)  # the first of the month
    sent_on: Mapped[dt.date]  # the day the desk says it went out (D3: due by the 3rd)
    recorded_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))  # None: before 0008, unknown
    recorded_at: Mapped[dt.datetime]  # UTC
    # The report's figures when it was marked sent (services.sent_monthly_reports); None for months
    # marked before 0008, whose figures were never kept.
    figures: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
