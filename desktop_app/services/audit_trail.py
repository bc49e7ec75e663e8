"""Writes audit entries inside the caller's transaction: no change without its entry."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, inspect
from sqlalchemy.orm import Session

from desktop_app.db.models import AuditEntry
from desktop_app.services.actor import Actor


def record(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: int | None,
    action: str,
    changes: dict[str, Any] | None = None,
    summary: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            user_id=actor.staff_id or None,
            entity=entity,
            entity_id=entity_id,
            action=action,
            changes={k: _jsonable(v) for k, v in (changes or {}).items()},
            summary=summary,
        )
    )


def record_many(session: Session, actor: Actor, entries: list[tuple[str, int | None, str, dict[str, Any], str | None]]) -> None:
    """Many entries (entity, id, action, changes, summary) in one bulk INSERT: an import of thousands
    of rows must not pay an ORM object per entry. Same rows as ``record`` writes one by one."""
    if entries:  # the table, not the entity: a plain executemany without the ORM's bulk machinery
        session.execute(insert(AuditEntry.__table__), [
            {"user_id": actor.staff_id or None, "entity": entity, "entity_id": entity_id, "action": action,
             "changes": {k: _jsonable(v) for k, v in changes.items()}, "summary": summary}
            for entity, entity_id, action, changes, summary in entries])


def changes_of(obj: Any) -> dict[str, dict[str, Any]]:
    """Old and new values of the modified columns of a pending ORM object."""
    state = inspect(obj)
    diff: dict[str, dict[str, Any]] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            diff[attr.key] = {"old": _jsonable(old), "new": _jsonable(new)}
    return diff


def created_values(obj: Any, *, exclude: tuple[str, ...] = ("password_hash",)) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: _jsonable(getattr(obj, attr.key))
        for attr in state.mapper.column_attrs
        if attr.key not in exclude
    }


def created_values_of(row: Mapping[str, Any], *, exclude: tuple[str, ...] = ("password_hash",)) -> dict[str, Any]:
    """``created_values`` of a row inserted without an ORM object (attribute name -> stored value)."""
    return {key: _jsonable(value) for key, value in row.items() if key not in exclude}


_PLAIN = frozenset((str, int, bool, float, type(None)))


def _jsonable(value: Any) -> Any:
    if type(value) in _PLAIN:  # most values: skip the checks below (a StrEnum is not a plain str)
        return value
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
