"""The day a former staff member left: the local date of the account's latest deactivation.

The staff table keeps only ``active``; the day it went off is in the audit trail (AccountService
records every "deactivate" there). A person made inactive without such an entry (an old import)
has no known day: callers then treat every date as one they may have worked (E24, E3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEntry, Staff


def departure_days(s: Session, staff_ids: Iterable[int] | None = None) -> dict[int, dt.date | None]:
    """Every inactive person (of ``staff_ids``, else all) with the local day of their latest
    deactivation, None when the trail does not record it."""
    query = select(Staff.id).where(Staff.active.is_(False))
    if staff_ids is not None:
        ids = list(staff_ids)
        if not ids:
            return {}
        query = query.where(Staff.id.in_(ids))
    inactive = list(s.scalars(query))
    if not inactive:
        return {}
    last = dict(s.execute(select(AuditEntry.entity_id, func.max(AuditEntry.at)).where(
        AuditEntry.entity == "staff", AuditEntry.action == "deactivate",
        AuditEntry.entity_id.in_(inactive)).group_by(AuditEntry.entity_id)).all())
    # The counter's day is local time, as every other day the application shows.
    return {i: last[i].astimezone().date() if last.get(i) is not None else None for i in inactive}


def worked_on(left_on: dt.date | None, day: dt.date) -> bool:
    """Whether a former staff member may still have worked on ``day`` (unknown departure: yes)."""
    return left_on is None or day <= left_on
