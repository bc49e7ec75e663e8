"""Tools → Restore from a backup: refused while another counter works; after a restore the window closes."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import text

from desktop_app.services.backups import BackupService
from desktop_app.services.sample_data import load_sample_data
from other_counter import NOTE_KEY, OtherCounter


def _claims(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM claims").fetchone()[0]


@pytest.fixture
def chosen(database, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """A backup of 20 claims, 5 claims typed since; the user picks the backup and answers Yes."""
    load_sample_data(database.sessions, claims=20)
    backup = BackupService(database).backup(tmp_path / "saved.sqlite3").path
    load_sample_data(database.sessions, claims=5)
    shown: dict[str, list[str]] = {"question": [], "critical": [], "information": [], "quit": []}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))

    def question(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        shown["question"].append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: shown["critical"].append(text))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *rest: shown["information"].append(text))
    return backup, shown


def test_restore_is_refused_while_another_counter_works_and_the_window_goes_on(
        qtbot, main_window, database, sqlite_url, chosen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    backup, shown = chosen
    monkeypatch.setattr(QApplication, "quit", lambda: shown["quit"].append("quit"))
    current = Path(database.url.database)
    with OtherCounter(sqlite_url, "reading") as other:
        with qtbot.waitSignal(main_window.backups.restore_finished, timeout=30_000):  # runs off the UI thread
            main_window.backups.restore_action.trigger()
        assert "请先在其他所有柜台退出程序" in shown["question"][0]
        assert shown["critical"] == ["另一台柜台正在使用数据库：请先在其他柜台退出程序，再恢复。"]
        assert other.write() == "wrote"
    assert not shown["quit"] and main_window.isEnabled() and not main_window.backups.restored
    assert _claims(current) == 25 and not list(current.parent.glob("*.before-restore-*"))
    with database.sessions.read() as session:  # the window's own connections work again
        assert session.execute(text("SELECT count(*) FROM settings WHERE key = :k"), {"k": NOTE_KEY}).scalar() == 1


def test_after_a_restore_the_window_is_done_with_the_old_data_and_the_program_closes(
        qtbot, main_window, database, chosen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    backup, shown = chosen
    # The real quit ends app.exec() in run_window (checked by hand: exec returned 0); here it would
    # end the test run's shared application too.
    monkeypatch.setattr(QApplication, "quit", lambda: shown["quit"].append("quit"))
    current = Path(database.url.database)
    with qtbot.waitSignal(main_window.backups.restore_finished, timeout=30_000):  # runs off the UI thread
        main_window.backups.restore_action.trigger()
    assert shown["quit"] == ["quit"] and not shown["critical"]
    assert shown["information"] and "before-restore" in shown["information"][0]
    assert not main_window.isEnabled() and main_window.backups.restored
    assert _claims(current) == 20
    [kept] = current.parent.glob("*.before-restore-*")
    assert _claims(kept) == 25
    main_window.backups.automatic_on_exit()  # what run_window does next: no backup of the stale window
    assert not list((current.parent / "backups").glob("auto-*"))
