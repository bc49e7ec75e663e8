"""Restoring a backup never loses another counter's work: refused while the file is in use, asked first.

A restore replaces the data every counter works on. While another counter (another process) has
the SQLite file open, what it saves afterwards would land in neither the restored file nor the
copy kept beside it; so the restore is refused, changes nothing, and works once that counter quits.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from desktop_app.cli import error_text, main
from desktop_app.db.opening import open_database
from desktop_app.services.backups import BackupService, DatabaseInUse, restore
from desktop_app.services.sample_data import load_sample_data
from other_counter import NOTE_KEY, OtherCounter

IN_USE_ZH = "另一台柜台正在使用数据库：请先在其他柜台退出程序，再恢复"


@pytest.fixture
def saved(sqlite_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A database with 40 claims backed up, then 10 more claims typed after the backup."""
    database = open_database(make_url(sqlite_url))
    load_sample_data(database.sessions, claims=40)
    backup = BackupService(database).backup(tmp_path / "saved.sqlite3").path
    load_sample_data(database.sessions, claims=10)
    database.dispose()
    return Path(database.url.database), backup


def _claims(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM claims").fetchone()[0]


def _has_note(path: Path) -> bool:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM settings WHERE key = ?", (NOTE_KEY,)).fetchone()[0] == 1


def _kept_copies(current: Path) -> list[Path]:
    return sorted(current.parent.glob(f"{current.stem}.before-restore-*"))


@pytest.mark.parametrize("mode", ["idle", "reading"])
def test_restore_is_refused_while_another_counter_has_the_file_open_and_its_work_is_kept(
        saved, sqlite_url: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    current, backup = saved
    backup_bytes = backup.read_bytes()
    with OtherCounter(sqlite_url, mode) as other:
        with pytest.raises(DatabaseInUse) as refused:
            restore(current, backup)
        assert IN_USE_ZH in error_text(refused.value, "zh_CN")
        # Nothing changed: the current data is still there, no copy was made, the backup is intact.
        assert _claims(current) == 50 and not _kept_copies(current)
        assert backup.read_bytes() == backup_bytes
        assert other.write() == "wrote"  # the other counter goes on working ...
    assert _has_note(current)  # ... and what it saved is in the database
    kept = restore(current, backup)  # that counter has quit: now the restore goes ahead
    assert _claims(current) == 40 and not _has_note(current)
    assert _kept_copies(current) == [kept] and _claims(kept) == 50 and _has_note(kept)


def test_restore_is_refused_while_this_program_still_reads_the_file(saved) -> None:  # type: ignore[no-untyped-def]
    current, backup = saved
    database = open_database(make_url(f"sqlite:///{current}"))
    try:
        with database.sessions.read() as session:
            session.execute(text("SELECT count(*) FROM claims")).scalar()
            with pytest.raises(DatabaseInUse):
                restore(current, backup)
    finally:
        database.dispose()
    assert _claims(current) == 50 and not _kept_copies(current)


def test_a_counter_started_after_the_restore_works_on_the_restored_data(saved, sqlite_url: str) -> None:  # type: ignore[no-untyped-def]
    current, backup = saved
    kept = restore(current, backup)
    with OtherCounter(sqlite_url, "idle") as other:
        assert other.write() == "wrote"
    assert _claims(current) == 40 and _has_note(current) and not _has_note(kept)


def test_a_restore_leaves_no_journal_or_wal_files_behind(saved) -> None:  # type: ignore[no-untyped-def]
    """A stale rollback journal beside the database could be played back over the restored data."""
    current, backup = saved
    kept = restore(current, backup)
    assert sorted(p.name for p in current.parent.iterdir() if p.is_file()) == sorted(
        [current.name, kept.name, backup.name])


def _run(argv: list[str], answer: str | None, monkeypatch, capsys) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    if answer is None:
        monkeypatch.setattr("builtins.input", lambda prompt="": asked.append(prompt) or pytest.fail("asked"))
    else:
        monkeypatch.setattr("sys.stdin", io.StringIO(answer + "\n"))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_restore_command_asks_first_and_says_what_it_replaces(saved, sqlite_url, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    current, backup = saved
    command = ["--database-url", sqlite_url, "--language", "zh_CN", "restore", str(backup)]
    code, out, _ = _run(command, "n", monkeypatch, capsys)
    assert code == 1 and str(current) in out and ".before-restore-" in out and str(backup) in out
    assert _claims(current) == 50 and not _kept_copies(current)
    code, out, _ = _run(command, "恢复", monkeypatch, capsys)
    assert code == 0 and _claims(current) == 40
    [kept] = _kept_copies(current)
    assert str(kept) in out and _claims(kept) == 50
    code, _, _ = _run(["--database-url", sqlite_url, "--language", "en", "restore", str(backup)], "yes",
                      monkeypatch, capsys)
    assert code == 0 and len(_kept_copies(current)) == 2


def test_the_restore_command_with_yes_does_not_ask(saved, sqlite_url, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    current, backup = saved
    code, out, _ = _run(["--database-url", sqlite_url, "restore", "--yes", str(backup)], None, monkeypatch, capsys)
    assert code == 0 and _claims(current) == 40 and len(_kept_copies(current)) == 1


def test_the_restore_command_is_refused_while_another_counter_is_open(saved, sqlite_url, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    current, backup = saved
    with OtherCounter(sqlite_url, "idle") as other:
        code, _, err = _run(["--database-url", sqlite_url, "--language", "zh_CN", "restore", "--yes", str(backup)],
                            None, monkeypatch, capsys)
        assert code == 2 and IN_USE_ZH in err
        assert other.write() == "wrote"
    assert _claims(current) == 50 and _has_note(current) and not _kept_copies(current)


def test_the_restore_command_on_postgresql_points_to_pg_restore(pg_url, saved, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _, backup = saved
    code, _, err = _run(["--database-url", pg_url, "--language", "en", "restore", "--yes", str(backup)], None,
                        monkeypatch, capsys)
    assert code == 2 and "pg_restore" in err
