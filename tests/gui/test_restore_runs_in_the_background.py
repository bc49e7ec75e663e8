"""Tools → Restore from a backup runs off the UI thread behind a busy dialog (the window keeps
painting while a large file is copied), and while this window's own backup still reads the file the
refusal says to wait for that backup, not to quit the program at other counters."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import text

from desktop_app.gui import backup_actions
from desktop_app.gui.busy_dialog import BusyDialog
from desktop_app.services.backups import BackupService
from gui_support import keep_screenshot

PATIENCE_S = 30  # a bound on waiting for the other thread, so a broken test fails instead of hanging
NOTE = "note.typed.after.the.backup"


def _notes(database) -> int:  # type: ignore[no-untyped-def]
    with contextlib.closing(sqlite3.connect(database.url.database)) as conn:
        return conn.execute("SELECT count(*) FROM settings WHERE key = ?", (NOTE,)).fetchone()[0]


@pytest.fixture
def shown(database, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """A backup, a note saved after it; the user picks the backup and answers Yes; messages recorded."""
    backup = BackupService(database).backup(tmp_path / "saved.sqlite3").path
    with database.sessions.write() as s, s.begin():
        s.execute(text("INSERT INTO settings(key, value, updated_at) VALUES (:k, '\"x\"', '2026-11-28 09:00:00')"),
                  {"k": NOTE})
    messages: dict[str, list[str]] = {"critical": [], "information": [], "quit": []}
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *rest: messages["critical"].append(text))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text, *rest: messages["information"].append(text))
    # The real quit would end the test run's shared application too.
    monkeypatch.setattr(QApplication, "quit", lambda: messages["quit"].append("quit"))
    return messages


class HeldRestore:
    """Replaces ``backup_actions.restore``: off the UI thread it waits until released, then restores."""

    def __init__(self) -> None:
        self.real = backup_actions.restore
        self.started, self.release = threading.Event(), threading.Event()
        self.on_ui_thread: bool | None = None

    def __call__(self, *args):  # type: ignore[no-untyped-def]
        self.on_ui_thread = threading.current_thread() is threading.main_thread()
        self.started.set()
        if not self.on_ui_thread:  # on the UI thread nobody could release it
            assert self.release.wait(PATIENCE_S), "the test never released the restore"
        return self.real(*args)


def test_the_window_keeps_painting_while_a_backup_is_restored(
        qtbot, main_window, database, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    hook = HeldRestore()
    monkeypatch.setattr(backup_actions, "restore", hook)
    try:
        main_window.backups.restore_action.trigger()  # returns while the restore is still held
        assert hook.started.wait(PATIENCE_S) and hook.on_ui_thread is False
        [busy] = main_window.findChildren(BusyDialog)
        qtbot.waitUntil(busy.isVisible)  # the UI thread's event loop runs: it shows the busy dialog
        assert busy.isModal() and "正在从备份 saved.sqlite3 恢复" in busy.labelText()
        keep_screenshot(busy, "restore_busy")
        busy.close()  # neither the title bar's close nor Esc hides it while the restore runs
        qtbot.keyClick(busy, Qt.Key.Key_Escape)
        assert busy.isVisible() and not shown["information"] and main_window.isEnabled()
        with qtbot.waitSignal(main_window.backups.restore_finished, timeout=PATIENCE_S * 1000) as outcome:
            hook.release.set()
    finally:
        hook.release.set()
    assert outcome.args[0].name.startswith("counter.before-restore-")  # the kept copy, through the signal
    assert not busy.isVisible() and shown["quit"] == ["quit"] and not shown["critical"]
    assert "before-restore" in shown["information"][0] and not main_window.isEnabled()
    assert _notes(database) == 0  # the backup's data, from before the note


def test_a_restore_while_this_windows_own_backup_runs_says_to_wait_for_that_backup(
        qtbot, main_window, database, shown, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    holding, release = threading.Event(), threading.Event()
    real_backup = main_window.backups._service.backup

    def slow_backup():  # type: ignore[no-untyped-def]
        # As backup_file does while it copies: the file open on one snapshot (a shared lock on it).
        uri = f"{Path(database.url.database).as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as src:
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM claims").fetchone()
            holding.set()
            assert release.wait(PATIENCE_S), "the test never released the backup"
        return real_backup()

    monkeypatch.setattr(main_window.backups._service, "backup", slow_backup)
    try:
        main_window.backups.backup_action.trigger()
        assert holding.wait(PATIENCE_S)
        main_window.backups.restore_action.trigger()
        qtbot.waitUntil(lambda: bool(shown["critical"]), timeout=PATIENCE_S * 1000)
    finally:
        release.set()
    assert shown["critical"] == ["本窗口正在备份数据库：请等备份完成（状态栏会提示）后再恢复。"]
    assert not shown["quit"] and main_window.isEnabled() and not main_window.backups.restored
    assert _notes(database) == 1 and not list(Path(database.url.database).parent.glob("*.before-restore-*"))
    qtbot.waitUntil(lambda: bool(shown["information"]), timeout=PATIENCE_S * 1000)  # the backup then finishes
    assert "备份" in shown["information"][0]
