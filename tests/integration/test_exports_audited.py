"""Exports are audited like every other action (who, when, which file)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop_app.db.models import AuditEntry
from desktop_app.db.opening import Database
from desktop_app.services.parts_import import PartsImportService
from desktop_app.services.sample_data import load_sample_data


def test_parts_export_writes_an_audit_entry(database: Database, tmp_path: Path) -> None:
    load_sample_data(database.sessions, claims=5)
    count = PartsImportService(database.sessions).export(tmp_path / "parts.xlsx")
    with database.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "export"))
    assert entry.entity == "parts" and entry.changes == {"file": "parts.xlsx", "parts": count} and count > 0
