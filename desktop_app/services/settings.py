"""Centre-wide settings stored in the database, with typed defaults."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Setting
from desktop_app.db.types import utcnow

if TYPE_CHECKING:
    from desktop_app.documents.page_parts import CentreInfo

# Defaults when a setting was never saved; configuration per the issue and DOMAIN Decisions.
DEFAULTS: dict[str, Any] = {
    "security.max_failed_sign_ins": 5,
    "security.lockout_minutes": 5,
    "security.idle_lock_minutes": 10,
    # Rule S2 Decision: the on-site cities are configuration.
    "service.on_site_cities": ["深圳", "北京", "上海", "南京", "成都", "西安"],
    "service.repeat_repair_days": 90,  # rule E16 Decision
    "centre.name": "售后服务中心",
    "centre.address": "",
    "centre.phone": "",
}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key)


def put(session: Session, key: str, value: Any) -> Any:
    """Stores ``value``; returns the previous value (for the audit entry)."""
    row = session.get(Setting, key)
    previous = row.value if row is not None else DEFAULTS.get(key)
    if row is None:
        session.add(Setting(key=key, value=value, updated_at=utcnow()))
    else:
        row.value = value
        row.updated_at = utcnow()
    return previous


def centre_info(session: Session) -> "CentreInfo":
    """The centre's letterhead for printed documents (name, address, phone)."""
    from desktop_app.documents.page_parts import CentreInfo

    # One statement for the three keys: every printed document asks for them.
    keys = ("centre.name", "centre.address", "centre.phone")
    stored = dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys))).all())
    return CentreInfo(*(stored[key] if key in stored else DEFAULTS.get(key) for key in keys))
