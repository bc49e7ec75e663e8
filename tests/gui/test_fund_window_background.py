"""Issue 8: the service-fund window computes its figures (D4) off the UI thread, says so meanwhile, shows only the
latest period's figures, shows a failure in its message line and can be closed while a computation runs."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QThreadPool, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.engine import make_url
from work_order_depot import Depot, build_depot

from desktop_app.core.period_labels import quarter_label
from desktop_app.core.service_fund import quarter_of
from desktop_app.db.opening import Database, open_database
from desktop_app.errors import DatabaseUnavailable
from desktop_app.gui.error_display import error_text
from desktop_app.gui.parts.fund_entry_dialog import Entry
from desktop_app.gui.parts.fund_window import QUARTERS_SHOWN, FundWindow, shift_quarter
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.fund_ledger import FundService

TODAY = dt.date.today()
CURRENT = quarter_of(TODAY)
DEFAULT = (shift_quarter(CURRENT, 1 - QUARTERS_SHOWN), CURRENT)  # the period the window opens with
CALCULATING = "正在计算基金数据…"
UNREACHABLE = QT_TRANSLATE_NOOP("Errors",
                                "The database could not be reached or stayed busy too long; please try again.")


class Gate:
    """Stands in for FundService.statements: records the periods asked and holds those ``held`` picks until
    the test opens the gate (a deterministic slow computation, no sleeps)."""

    def __init__(self, compute: Callable, held: Callable[[tuple[str, str]], bool]) -> None:
        self._compute = compute
        self._held = held
        self.asked: list[tuple[str, str]] = []
        self.opened = threading.Event()

    def __call__(self, service: FundService, actor, first: str, last: str):
        self.asked.append((first, last))  # list.append is atomic: the test reads it on the UI thread
        if self._held((first, last)):
            assert self.opened.wait(30), "the test never opened the gate"
        return self._compute(service, actor, first, last)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """Both databases (the GUI conftest's own fixture is SQLite only)."""
    db = open_database(make_url(db_url))
    try:
        yield db
    finally:
        QThreadPool.globalInstance().waitForDone(30_000)  # no computation left reading a closed database
        db.dispose()


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    fund, boss = FundService(database.sessions), depot.staff["manager"]
    fund.set_rate(boss, dt.date(TODAY.year - 1, 1, 1), Decimal("4"))
    fund.record_remittance(boss, TODAY, Decimal("250000"), "BANK-7")  # D4: 4 % accrues ¥10,000.00
    return depot


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch, depot: Depot) -> Iterator[Gate]:
    """Holds the first computation of the default period; opened at the end whatever happened."""
    gate = Gate(FundService.statements, lambda period: period == DEFAULT)
    monkeypatch.setattr(FundService, "statements",
                        lambda service, actor, first, last: gate(service, actor, first, last))
    try:
        yield gate
    finally:
        gate.opened.set()  # never leave a pool thread waiting


def opened(qtbot, depot: Depot, who: str = "manager") -> FundWindow:
    window = FundWindow(depot.db.sessions, depot.staff[who])  # returns at once: nothing computed here
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def first_column(window: FundWindow) -> list[str]:
    table = window.ui.summary_table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_the_tables_fill_once_the_background_computation_is_done(qtbot, depot, gate) -> None:
    window = opened(qtbot, depot)
    qtbot.waitUntil(lambda: gate.asked == [DEFAULT], timeout=20_000)  # held on a pool thread
    # The window is up and usable meanwhile, and says what it is doing.
    assert window.loading and window.ui.message_label.text() == CALCULATING
    assert window.ui.summary_table.rowCount() == 0 and window.ui.records_table.rowCount() == 0
    assert window.ui.from_combo.isEnabled() and window.ui.to_combo.isEnabled()
    assert not window.ui.summary_table.isEnabled() and not window.ui.tabs.isEnabled()  # greyed meanwhile
    with qtbot.waitSignal(window.figures_shown, timeout=20_000):
        gate.opened.set()
    assert not window.loading and window.ui.message_label.text() == ""
    assert window.ui.summary_table.isEnabled() and window.ui.tabs.isEnabled()
    assert first_column(window) == [quarter_label(shift_quarter(CURRENT, back)) for back in range(1 - QUARTERS_SHOWN, 1)]
    assert window.ui.summary_table.item(QUARTERS_SHOWN - 1, 2).text() == "¥10,000.00"  # 4 % of ¥250,000 (D4)
    assert window.ui.records_table.rowCount() == 1 and window.ui.records_table.item(0, 2).text() == "¥250,000.00"
    assert window.ui.rate_label.text().startswith("现行基金比例：4%")


def test_changing_the_quarter_twice_quickly_shows_the_second_period_only(qtbot, depot, gate) -> None:
    window = opened(qtbot, depot)
    shown: list[tuple[str, ...]] = []
    window.figures_shown.connect(lambda: shown.append(tuple(q.quarter for q in window.statements)))
    qtbot.waitUntil(lambda: gate.asked == [DEFAULT], timeout=20_000)  # the first period, held
    combo = window.ui.from_combo
    combo.setCurrentIndex(combo.findData(shift_quarter(CURRENT, -1)))  # waits for the first to end...
    combo.setCurrentIndex(combo.findData(CURRENT))  # ...and is replaced by this one before it starts
    assert window.loading and window.ui.message_label.text() == CALCULATING
    gate.opened.set()
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    # The first period's result came back after the newer requests: never shown; the middle one never ran.
    assert gate.asked == [DEFAULT, (CURRENT, CURRENT)]
    assert shown == [(CURRENT,)] and first_column(window) == [quarter_label(CURRENT)]
    assert window.ui.quarter_title_label.text().find(quarter_label(CURRENT)) >= 0


def test_a_saved_entry_reloads_in_the_background_and_keeps_its_message(qtbot, depot, gate) -> None:
    window = opened(qtbot, depot)
    gate.opened.set()
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    dialog = window.open_entry(Entry.CHARGE)
    dialog.ui.amount_edit.setText("5000")
    dialog.ui.text_edit.setText("退货运费")
    with qtbot.waitSignal(window.figures_shown, timeout=20_000):
        qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
        assert window.loading and window.ui.message_label.text().endswith(CALCULATING)  # the note, then busy
    assert window.ui.message_label.text() == dialog.result_text != ""
    assert window.ui.summary_table.item(QUARTERS_SHOWN - 1, 3).text() == "¥5,000.00"  # the charge (D13, D14)


@pytest.mark.parametrize("error", [DatabaseUnavailable(UNREACHABLE), RuntimeError("a bug")],
                         ids=["known", "unexpected"])
def test_an_error_in_the_computation_shows_in_the_message_line(qtbot, monkeypatch, depot, error) -> None:
    def fail(*_args):
        raise error

    monkeypatch.setattr(FundService, "statements", fail)
    window = opened(qtbot, depot)
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    text = window.ui.message_label.text()
    assert text == error_text(error) and "Traceback" not in text and "a bug" not in text
    assert "数据库" in text if isinstance(error, DatabaseUnavailable) else "内部出错" in text
    assert "#b00020" in window.ui.message_label.styleSheet()  # shown as an error
    assert window.ui.summary_table.rowCount() == 0


def test_closing_the_window_during_a_computation_is_quiet(qtbot, depot, gate, capfd) -> None:
    owner = QWidget()  # as in the app: the requisitions tab's window owns it, and closing deletes it
    qtbot.addWidget(owner)
    window = FundWindow(depot.db.sessions, depot.staff["manager"], owner)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: gate.asked == [DEFAULT], timeout=20_000)
    with qtbot.waitSignal(window.destroyed, timeout=20_000):
        window.close()
    assert not shiboken6.isValid(window)
    gate.opened.set()  # the computation ends after its window is gone
    assert QThreadPool.globalInstance().waitForDone(20_000)
    QCoreApplication.processEvents()  # deliver whatever the finished task queued
    # No Qt warning (qt_log_level_fail) and nothing from the pool thread (e.g. "Signal source has been deleted").
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error" not in err
