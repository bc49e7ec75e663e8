"""Start-up as run_gui composes it: database errors, first run, sign in (also before the database
has opened behind the dialog), cancel."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gui_support import MANAGER, staff_count
from desktop_app import app as app_module
from desktop_app import start as start_module
from desktop_app.app import open_database_or_explain
from desktop_app.start import run_gui
from desktop_app.gui.dialogs.first_run_dialog import FirstRunDialog
from desktop_app.gui.dialogs.sign_in_dialog import SignInDialog
from desktop_app.gui.main_window import MainWindow


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes are recorded instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def isolated_run(monkeypatch, tmp_path):
    """run_gui changes process-wide things (log file, excepthook): keep them to this test."""
    monkeypatch.setenv("SERVICE_COUNTER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    yield
    for handler in logging.getLogger().handlers[:]:
        if handler not in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.fixture
def event_loop_run(monkeypatch):
    """Instead of the event loop: note the main window run_gui showed, close it, exit 0."""
    seen: list[list[str]] = []

    def fake_exec(*_args) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        for window in windows:
            seen.append([window.ui.tab_widget.tabText(i) for i in range(window.ui.tab_widget.count())])
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return seen


def test_a_foreign_file_is_refused_untouched(tmp_path, boxes):
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"shopping list\n")
    assert open_database_or_explain(f"sqlite:///{foreign}") is None
    assert len(boxes) == 1 and "不是售后服务台数据库" in boxes[0]
    assert foreign.read_bytes() == b"shopping list\n"


def test_run_gui_exits_2_when_the_database_cannot_be_opened(tmp_path, boxes, isolated_run):
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"shopping list\n")
    assert run_gui(f"sqlite:///{foreign}", None) == 2
    assert foreign.read_bytes() == b"shopping list\n"


def test_a_malformed_address_is_explained(boxes):
    assert open_database_or_explain("no-such-driver://x") is None
    assert "不是有效的数据库地址" in boxes[0]


def test_cancelling_the_first_run_exits_without_writing(monkeypatch, sqlite_url, isolated_run, event_loop_run):
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert run_gui(sqlite_url, None) == 0
    assert event_loop_run == []
    database = open_database_or_explain(sqlite_url)
    try:
        assert staff_count(database) == 0
    finally:
        database.dispose()


def test_a_new_default_database_creates_the_account_asked_for_while_it_is_made(monkeypatch, isolated_run,
                                                                             event_loop_run):
    monkeypatch.delenv("SERVICE_COUNTER_DATABASE_URL", raising=False)
    asked_while_preparing: list[bool] = []

    def create_manager(dialog: FirstRunDialog) -> int:
        dialog.ui.username_edit.setText(MANAGER[0])
        dialog.ui.display_name_edit.setText(MANAGER[1])
        dialog.ui.password_edit.setText(MANAGER[2])
        dialog.ui.repeat_edit.setText(MANAGER[2])
        dialog.accept()  # the new database is still being made: created by itself once it is
        asked_while_preparing.append(dialog.waiting_for_database)
        assert dialog.error_message() == "正在准备新数据库……稍候将自动为您创建账户。"
        return QDialog.exec(dialog)

    monkeypatch.setattr(SignInDialog, "exec", lambda self: pytest.fail("no sign-in on a new database"))
    monkeypatch.setattr(FirstRunDialog, "exec", create_manager)
    assert run_gui(None, None) == 0
    assert asked_while_preparing == [True]
    assert event_loop_run == [["理赔受理", "维修工单", "配件备料", "员工考评"]]


def test_first_run_then_main_window(monkeypatch, sqlite_url, isolated_run, event_loop_run):
    def create_manager(dialog: FirstRunDialog) -> int:
        dialog.ui.username_edit.setText(MANAGER[0])
        dialog.ui.display_name_edit.setText(MANAGER[1])
        dialog.ui.password_edit.setText(MANAGER[2])
        dialog.ui.repeat_edit.setText(MANAGER[2])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", create_manager)
    assert run_gui(sqlite_url, None) == 0
    assert event_loop_run == [["理赔受理", "维修工单", "配件备料", "员工考评"]]


def test_sign_in_then_main_window_in_english(monkeypatch, database, manager, isolated_run, event_loop_run):
    asked_while_opening: list[bool] = []

    def sign_in(dialog: SignInDialog) -> int:
        dialog.ui.username_edit.setText(MANAGER[0])
        dialog.ui.password_edit.setText(MANAGER[2])
        dialog.accept()  # typed before the database has opened: goes through by itself once it has
        asked_while_opening.append(dialog.waiting_for_database)
        assert dialog.error_message() == "Opening the database… you will be signed in in a moment."
        return QDialog.exec(dialog)

    monkeypatch.setattr(SignInDialog, "exec", sign_in)
    assert run_gui(database.url.render_as_string(hide_password=False), "en") == 0
    assert asked_while_opening == [True]
    assert event_loop_run == [["Claim intake", "Repair work orders", "Spare-part requisitions", "Staff evaluation"]]


def test_a_wrong_password_typed_while_opening_is_refused_once_open(monkeypatch, database, manager, isolated_run,
                                                                   event_loop_run):
    refusals: list[str] = []

    def sign_in(dialog: SignInDialog) -> int:
        dialog.ui.username_edit.setText(MANAGER[0])
        dialog.ui.password_edit.setText("not-the-password")
        dialog.accept()
        dialog.rejected.connect(lambda: None)
        # Once the database is open the refusal shows; then the user gives up.
        dialog.ui.password_edit.textChanged.connect(lambda text: text or refusals.append(dialog.error_message()))
        dialog.ui.password_edit.textChanged.connect(lambda text: text or dialog.reject())
        return QDialog.exec(dialog)

    monkeypatch.setattr(SignInDialog, "exec", sign_in)
    assert run_gui(database.url.render_as_string(hide_password=False), None) == 0
    assert refusals == ["用户名或密码错误。"]
    assert event_loop_run == []


def test_cancelling_the_sign_in_waits_for_the_opening_and_exits(monkeypatch, sqlite_url, isolated_run,
                                                                event_loop_run):
    monkeypatch.setattr(SignInDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda self: pytest.fail("the first run was not asked for"))
    assert run_gui(sqlite_url, None) == 0
    assert event_loop_run == []


def test_a_new_default_database_goes_straight_to_the_first_run(monkeypatch, isolated_run, event_loop_run):
    monkeypatch.delenv("SERVICE_COUNTER_DATABASE_URL", raising=False)
    shown: list[str] = []
    monkeypatch.setattr(SignInDialog, "exec", lambda self: shown.append("sign in") or 0)

    def first_run(dialog: FirstRunDialog) -> int:
        shown.append("first run")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunDialog, "exec", first_run)
    assert run_gui(None, None) == 0
    assert shown == ["first run"]  # no sign-in dialog flashing up before it


def test_an_escaped_exception_is_shown_not_dumped(boxes, caplog):
    try:
        raise ValueError("a bug")
    except ValueError as error:
        start_module._show_unexpected_error(ValueError, error, error.__traceback__)
    assert boxes == ["程序内部出错，未再保存任何内容。详细信息已写入日志，请告知主管。"]
    assert "a bug" in caplog.text


def test_a_failure_behind_the_dialog_is_explained_and_exits_2(monkeypatch, sqlite_url, boxes, isolated_run, caplog):
    def broken(_url):
        raise RuntimeError("a bug while opening")

    monkeypatch.setattr(app_module, "open_for_sign_in", broken)
    assert run_gui(sqlite_url, None) == 2
    assert boxes == ["程序内部出错，未再保存任何内容。详细信息已写入日志，请告知主管。"]
    assert "a bug while opening" in caplog.text  # logged with its traceback
