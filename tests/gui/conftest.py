"""GUI fixtures: the app in Chinese, a migrated database, a signed-in manager, the main window."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop_app.app import build_main_window
from desktop_app.start import prepare_application
from desktop_app.db.opening import Database, open_database
from desktop_app.gui.main_window import MainWindow
from desktop_app.paths import resource
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from gui_support import MANAGER

GUI_TESTS = Path(__file__).resolve().parent
I18N = resource("i18n")
# The offscreen platform cannot resize windows to their hints and says so on every show();
# it is a limitation of the test platform, not of the app, so it may not fail a test.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_TESTS in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """`make test` compiles the .qm files; a bare pytest run must find them too."""
    for ts in I18N.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            lrelease = Path(sys.executable).parent / "pyside6-lrelease"
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(autouse=True)
def chinese_app(qapp):
    """Every test starts in the default language (a test may switch to English)."""
    app = prepare_application(None)
    yield app
    prepare_application(None)


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(make_url(sqlite_url))
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def accounts(database: Database) -> AccountService:
    return AccountService(database.sessions)


@pytest.fixture
def manager(accounts: AccountService) -> Actor:
    return accounts.create_first_manager(*MANAGER)


@pytest.fixture
def main_window(qtbot, database: Database, manager: Actor) -> MainWindow:
    window = build_main_window(database, manager)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    # Window shortcuts (Ctrl+L, Ctrl+F) answer only in the active window; with the suite spread over
    # workers, a top-level window another test left behind may otherwise still hold the activation.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No GUI test reads or writes the developer's real QSettings (direct printing, language...)."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qsettings"))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)
        QSettings.setPath(kind, QSettings.Scope.SystemScope, folder)
