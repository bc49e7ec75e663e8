"""Backups from the window: the daily one at start, one on exit, and the Tools menu entries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.backup_actions import BackupActions
from desktop_app.services.backups import backups_folder, verify_backup


def _folder(database) -> Path:  # type: ignore[no-untyped-def]
    return backups_folder(Path(database.url.database))


def test_automatic_backup_at_start_then_on_exit(qtbot, main_window, database) -> None:  # type: ignore[no-untyped-def]
    actions = BackupActions(main_window, database)
    actions.automatic_at_start()
    qtbot.waitUntil(lambda: len(list(_folder(database).glob("auto-*.sqlite3"))) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "备份" in main_window.statusBar().currentMessage() or not actions._task.running)
    actions.automatic_on_exit()
    backups = sorted(_folder(database).glob("auto-*.sqlite3"))
    assert len(backups) >= 1 and all(verify_backup(b)["staff"] == 1 for b in backups)


def test_back_up_now_from_the_menu(qtbot, main_window, database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    actions = BackupActions(main_window, database)
    actions.install(main_window)
    assert actions.backup_action in main_window.ui.menu_tools.actions()
    actions.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "backups" in shown[0] and list(_folder(database).glob("*.sqlite3"))


def test_the_main_window_offers_backups_and_opens_scanned_orders(qtbot, main_window, database) -> None:  # type: ignore[no-untyped-def]
    assert main_window.backups.backup_action in main_window.ui.menu_tools.actions()
    from desktop_app.services.sample_data import load_sample_data

    load_sample_data(database.sessions, claims=10)
    main_window.reload_all()
    from sqlalchemy import select

    from desktop_app.db.models import WorkOrder

    with database.sessions.read() as s:
        order_id = s.scalar(select(WorkOrder.id).limit(1))
    main_window.tabs[0].work_order_scanned.emit(order_id)
    assert main_window.ui.tab_widget.currentIndex() == 1
