"""Backups with the online API while the counter works, retention, and a restore that refuses bad files."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop_app.cli import main
from desktop_app.db.models import Claim
from desktop_app.db.opening import open_database
from desktop_app.errors import KnownError
from desktop_app.services.backups import BackupFailed, BackupService, backups_folder, restore, verify_backup
from desktop_app.services.sample_data import load_sample_data


@pytest.fixture
def loaded(sqlite_url: str):  # type: ignore[no-untyped-def]
    database = open_database(make_url(sqlite_url))
    load_sample_data(database.sessions, claims=40)
    yield database
    database.dispose()


def test_backup_is_complete_and_checked_while_others_write(loaded) -> None:  # type: ignore[no-untyped-def]
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            load_sample_data(loaded.sessions, claims=5)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        result = BackupService(loaded).backup()
    finally:
        stop.set()
        writer.join()
    assert result.path.parent == backups_folder(Path(loaded.url.database))
    assert verify_backup(result.path) == result.counts and result.counts["claims"] >= 40
    assert not list(result.path.parent.glob("*.partial"))


def test_automatic_backups_once_a_day_with_retention(loaded) -> None:  # type: ignore[no-untyped-def]
    day = [dt.datetime(2026, 1, 1, 9, tzinfo=dt.timezone.utc)]
    service = BackupService(loaded, clock=lambda: day[0])
    assert service.automatic() is not None
    assert service.automatic() is None  # less than a day later: no second backup
    for _ in range(40):
        day[0] += dt.timedelta(days=1)
        service.automatic()
    autos = sorted(backups_folder(Path(loaded.url.database)).glob("auto-*.sqlite3"))
    assert 7 <= len(autos) <= 7 + 4 + 12
    assert autos[-1].name.endswith(f"{day[0]:%Y%m%dT%H%M%SZ}.sqlite3")


def test_restore_keeps_the_current_file_and_refuses_bad_ones(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    current = Path(loaded.url.database)
    backup = BackupService(loaded).backup(tmp_path / "saved.sqlite3").path
    load_sample_data(loaded.sessions, claims=10)  # changes after the backup
    loaded.dispose()
    for bad, content in (("notes.txt", b"hello"), ("corrupt.sqlite3", b"SQLite format 3\x00" + b"\x01" * 4096)):
        (tmp_path / bad).write_bytes(content)
        before = current.read_bytes()
        with pytest.raises(KnownError):
            restore(current, tmp_path / bad)
        assert current.read_bytes() == before
    kept = restore(current, backup)
    assert kept.exists()
    with sqlite3.connect(current) as conn:
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 40
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == 50


def test_backup_and_restore_commands(sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database-url", sqlite_url, "demo-data", "--claims", "12"]) == 0
    target = tmp_path / "copy.sqlite3"
    assert main(["--database-url", sqlite_url, "backup", "-o", str(target)]) == 0
    assert "checked" in capsys.readouterr().out
    assert main(["--database-url", sqlite_url, "restore", "--yes", str(target)]) == 0  # --yes: no question
    assert main(["--database-url", sqlite_url, "restore", "--yes", str(tmp_path / "missing.sqlite3")]) == 2
    database = open_database(make_url(sqlite_url))
    try:
        with database.sessions.read() as s:
            assert s.scalar(select(func.count(Claim.id))) == 12
    finally:
        database.dispose()


def test_postgres_backups_are_pg_dumps_not_ours(pg_url: str) -> None:
    database = open_database(make_url(pg_url))
    try:
        with pytest.raises(BackupFailed, match="pg_dump"):
            BackupService(database).backup()
        assert BackupService(database).automatic() is None
    finally:
        database.dispose()
