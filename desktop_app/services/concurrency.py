"""Optimistic locking: a save based on an old copy is refused, naming who changed it and when."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEntry, Staff
from desktop_app.errors import ChangedConcurrently
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP


class ChangedElsewhere(ChangedConcurrently):
    """Someone saved the record after this user opened it; nothing was overwritten."""


def check_version(s: Session, record: Any, expected_version: int | None, entity: str) -> None:
    """Refuses when the record's ``row_version`` moved on since the user loaded ``expected_version``."""
    if expected_version is None or record.row_version == expected_version:
        return
    last = s.execute(
        select(Staff.display_name, AuditEntry.at).outerjoin(Staff, AuditEntry.user_id == Staff.id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == record.id)
        .order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    who, at = (last[0] or "?", last[1]) if last else ("?", None)
    when = at.astimezone().strftime("%H:%M") if isinstance(at, dt.datetime) else "?"
    raise ChangedElsewhere(
        QT_TRANSLATE_NOOP("Errors", "Changed by {who} at {time}: reload to see the changes. Nothing was saved."),
        field="row_version", who=who, time=when,
    )
