"""Centre-wide settings stored in the database, with typed defaults."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Setting
from desktop_app.db.types import utcnow
from desktop_app.errors import BugError, ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import field_checks

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


# What a stored setting may hold. The value column is JSON: nothing in the schema bounds it, and a
# letterhead of 500 characters, a NUL in the phone or an idle lock of -1 would otherwise be stored
# and break every printed document or the lock. Texts: (width, required). Numbers: (lowest, highest).
TEXTS: dict[str, tuple[int, bool]] = {"centre.name": (100, True), "centre.address": (200, False),
                                      "centre.phone": (50, False)}
NUMBERS: dict[str, tuple[int, int]] = {
    "security.max_failed_sign_ins": (1, 100),
    "security.lockout_minutes": (1, 24 * 60),
    "security.idle_lock_minutes": (0, 8 * 60),  # 0: never by itself (Ctrl+L still locks)
    "service.repeat_repair_days": (1, 3650),  # rule E16
}
MAX_CITIES, CITY_WIDTH = 200, 50  # rule S2: the customers' city is a 50-character column


def checked(key: str, value: Any) -> Any:
    """``value`` as it is stored under ``key``: texts stripped; refused (naming ``key``) when out of range."""
    if key in TEXTS:
        width, required = TEXTS[key]
        if value is not None and not isinstance(value, str):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter text here."), field=key)
        text = field_checks.text(value, key, width, required=required) or ""
        if "\n" in text or "\t" in text:  # one line of the letterhead each
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Remove the control characters from this entry."),
                                  field=key)
        return text
    if key in NUMBERS:
        low, high = NUMBERS[key]
        return field_checks.quantity(value, key, minimum=low, maximum=high)
    if key == "service.on_site_cities":
        return _cities(value, key)
    raise BugError(f"unknown setting {key!r}")  # a typo in the code, not the user's input


def _cities(value: Any, key: str) -> list[str]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a list of city names."), field=key)
    if not 1 <= len(value) <= MAX_CITIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter from {low} to {high} cities."), field=key,
                              low=1, high=MAX_CITIES)
    cities = [field_checks.text(city, key, CITY_WIDTH, required=True) for city in value]
    return list(dict.fromkeys(cities))  # a city typed twice is one city


def put(session: Session, key: str, value: Any) -> Any:
    """Stores ``value`` once checked; returns the previous value (for the audit entry)."""
    value = checked(key, value)
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
