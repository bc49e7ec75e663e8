"""Helpers shared by the GUI tests (a conftest is not meant to be imported)."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_app.db.models import Staff
from desktop_app.db.opening import Database

# user name, name (姓名), password of the general manager made on first run
MANAGER = ("boss", "王建国", "counter-2026")


def staff_count(database: Database) -> int:
    with database.sessions.read() as session:
        return session.scalar(select(func.count()).select_from(Staff)) or 0
