"""中心设置: a manager edits the letterhead, the on-site cities (S2), the repeat-repair window (E16)
and the sign-in locks, saved together in one transaction and audited old → new."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import AuditEntry, Setting, Staff
from desktop_app.db.types import utcnow
from desktop_app.errors import ChangedConcurrently, ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, settings
from desktop_app.services.actor import SYSTEM, Actor
from desktop_app.services.authorization import require

ENTITY = "centre_settings"  # one audit record type for the whole set (settings rows have no id)


@dataclasses.dataclass(frozen=True)
class CentreSettings:
    """The editable settings, as stored (texts stripped, cities in the order the desk offers them)."""

    name: str
    address: str
    phone: str
    on_site_cities: tuple[str, ...]  # rule S2 Decision: configuration
    repeat_repair_days: int  # rule E16 Decision
    max_failed_sign_ins: int
    lockout_minutes: int
    idle_lock_minutes: int  # 0: never by itself

    def values(self) -> dict[str, Any]:
        """Setting key -> value as ``settings.checked`` takes it (the cities as a list)."""
        values = {key: getattr(self, attr) for key, attr in KEYS.items()}
        values["service.on_site_cities"] = list(self.on_site_cities)
        return values

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> CentreSettings:
        return cls(**{attr: tuple(values[key]) if key == "service.on_site_cities" else values[key]
                      for key, attr in KEYS.items()})

    def letterhead(self) -> str:
        """The line printed at the top of every paper: name, address, phone (the empty ones left out)."""
        return "  ".join(part for part in (self.name, self.address, self.phone) if part)


# Setting key -> attribute, in the order a form shows them and validation reports the first bad one.
KEYS: dict[str, str] = {
    "centre.name": "name", "centre.address": "address", "centre.phone": "phone",
    "service.on_site_cities": "on_site_cities", "service.repeat_repair_days": "repeat_repair_days",
    "security.max_failed_sign_ins": "max_failed_sign_ins", "security.lockout_minutes": "lockout_minutes",
    "security.idle_lock_minutes": "idle_lock_minutes",
}


def checked(wanted: CentreSettings) -> CentreSettings:
    """``wanted`` as it would be stored; the first bad value (in form order) refused, naming its key."""
    return CentreSettings.from_values({key: settings.checked(key, value) for key, value in wanted.values().items()})


class CentreSettingsService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def current(self, actor: Actor) -> CentreSettings:
        """What the form opens with: the stored values, a default where none was ever saved."""
        require(actor, Permission.CENTRE_SETTINGS_MANAGE)
        with self._sessions.read() as s:
            return _stored(s, lock=False)

    def save(self, actor: Actor, loaded: CentreSettings, wanted: CentreSettings) -> CentreSettings:
        """Stores the settings that differ from ``loaded`` (what the form opened with); returns the stored set.

        Optimistic check (the settings rows have no row version, and no schema change for one): a
        setting this save changes must still hold the value the form loaded, else someone saved it
        meanwhile and nothing is written. Settings the user left alone are not written, so another
        manager's change to them stays. The rows are locked for the check (PostgreSQL; SQLite's
        writer lock covers it), and a row both insert first is refused by its primary key."""
        require(actor, Permission.CENTRE_SETTINGS_MANAGE)
        new = checked(wanted).values()
        old = loaded.values()
        changed = [key for key in KEYS if new[key] != old[key]]
        if not changed:
            with self._sessions.read() as s:
                return _stored(s, lock=False)
        try:
            with self._sessions.write() as s, s.begin():
                stored = _stored(s, lock=True).values()
                moved = next((key for key in changed if stored[key] != old[key]), None)
                if moved is not None:
                    raise _changed_elsewhere(s, moved)
                rows = {row.key: row for row in s.scalars(select(Setting).where(Setting.key.in_(changed)))}
                for key in changed:
                    if key in rows:
                        rows[key].value, rows[key].updated_at = new[key], utcnow()
                    else:
                        s.add(Setting(key=key, value=new[key], updated_at=utcnow()))
                audit_trail.record(s, actor, ENTITY, None, "update",
                                   {key: {"old": stored[key], "new": new[key]} for key in changed})
                s.flush()
                return _stored(s, lock=False)
        except IntegrityError as exc:  # both inserted a never-saved setting: the later one loses whole
            raise ChangedConcurrently(QT_TRANSLATE_NOOP(
                "Errors", "Someone else saved this record at the same moment: reload it. Nothing was saved."),
                field=changed[0]) from exc

    def set_one(self, actor: Actor, key: str, value: Any) -> tuple[Any, Any]:
        """One setting changed from the command line: (old, new) as stored."""
        if key not in KEYS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no setting {key}; the settings are: {keys}."),
                                  field="key", key=key, keys=", ".join(KEYS))
        loaded = self.current(actor)
        stored = self.save(actor, loaded, CentreSettings.from_values({**loaded.values(), key: value}))
        return loaded.values()[key], stored.values()[key]


def _stored(s: Session, *, lock: bool) -> CentreSettings:
    query = select(Setting.key, Setting.value).where(Setting.key.in_(KEYS))
    rows = dict(s.execute(query.with_for_update() if lock else query).all())
    return CentreSettings.from_values({key: rows[key] if key in rows else settings.DEFAULTS[key] for key in KEYS})


def _changed_elsewhere(s: Session, key: str) -> ChangedConcurrently:
    """Names who saved the settings last and when, as every other record's concurrent save does."""
    last = s.execute(
        select(Staff.display_name, AuditEntry.at).outerjoin(Staff, AuditEntry.user_id == Staff.id)
        .where(AuditEntry.entity == ENTITY).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    # No staff on the entry: saved from the command line, which acts as the system.
    who, at = (last[0] or SYSTEM.display_name, last[1]) if last else ("?", None)
    when = at.astimezone().strftime("%H:%M") if isinstance(at, dt.datetime) else "?"
    return ChangedConcurrently(
        QT_TRANSLATE_NOOP("Errors", "Changed by {who} at {time}: reload to see the changes. Nothing was saved."),
        field=key, who=who, time=when,
    )
