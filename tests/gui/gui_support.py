"""Helpers shared by the GUI tests (a conftest is not meant to be imported)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.db.models import Staff
from desktop_app.db.opening import Database

# user name, name (姓名), password of the general manager made on first run
MANAGER = ("boss", "王建国", "counter-2026")


def staff_count(database: Database) -> int:
    with database.sessions.read() as session:
        return session.scalar(select(func.count()).select_from(Staff)) or 0


def keep_screenshot(widget, name: str) -> None:
    """Saves the widget as the user sees it into $SERVICE_COUNTER_SHOTS, when set, for a developer
    to look at the wording and layout; a test run without it writes nothing (parallel workers and CI
    share no fixed folder)."""
    folder = os.environ.get("SERVICE_COUNTER_SHOTS")
    if not folder:
        return
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # word-wrapped labels settle over a few rounds of layout requests
        QApplication.processEvents()
    Path(folder).mkdir(parents=True, exist_ok=True)
    name = name if name.endswith(".png") else f"{name}.png"
    assert widget.grab().save(str(Path(folder) / name)), name
