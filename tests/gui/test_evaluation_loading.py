"""Issue 8: the staff tab computes the month and the chart off the UI thread, says so meanwhile, keeps only
the latest request's result and shows a failure as a message, never a frozen window or a traceback."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from evaluation_depot import MONTH, TODAY, cell, clock_on, evaluation_depot, repaired_order, row_of
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.tabs.list_tab import EMPTY_PAGE, TABLE_PAGE
from desktop_app.gui.tabs.staff_tab import StaffTab
from desktop_app.services.evaluation_listing import EvaluationListing

COMPUTING = "正在计算本月数据…"
PREVIOUS = (MONTH - dt.timedelta(days=1)).replace(day=1)
BEFORE_PREVIOUS = (PREVIOUS - dt.timedelta(days=1)).replace(day=1)


class Gate:
    """Wraps a computation so the test decides when it may finish; records what was asked."""

    def __init__(self, compute: Callable[..., Any], *, key: Callable[..., Any]) -> None:
        self._compute = compute
        self._key = key
        self.asked: list[Any] = []
        self.opened = threading.Event()

    def __call__(self, *args: Any) -> Any:
        self.asked.append(self._key(*args))
        assert self.opened.wait(30), "the test never opened the gate"
        return self._compute(*args)


@pytest.fixture
def depot(database):
    depot = evaluation_depot(database)
    repaired_order(depot, "SN-L1", survey=4)
    repaired_order(depot, "SN-L2")
    repaired_order(depot, "SN-W1", who="tech2", survey=5)
    return depot


@pytest.fixture
def gated(qtbot, depot) -> Iterator[tuple[StaffTab, EvaluationListing, Gate, list[dt.date]]]:
    """A staff tab whose month computations wait for the test; ``shown`` lists the months listed."""
    sessions = depot.db.sessions
    listing = EvaluationListing(sessions, depot.staff["sup"], MONTH, clock_on(TODAY))
    gate = Gate(listing.compute, key=lambda _actor, month: month)
    listing.compute = gate  # type: ignore[method-assign]
    shown: list[dt.date] = []
    show = listing.show
    listing.show = lambda computed: (shown.append(computed.month), show(computed))  # type: ignore[method-assign]
    tab = StaffTab(listing, EvaluationServices.for_sessions(sessions, clock_on(TODAY)), depot.staff["sup"])
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    try:
        yield tab, listing, gate, shown
    finally:
        gate.opened.set()  # never leave a pool thread waiting
        qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)


def test_the_table_fills_once_the_background_computation_is_done(qtbot, gated):
    tab, _listing, gate, shown = gated
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.loading
    qtbot.waitUntil(lambda: gate.asked == [MONTH], timeout=20_000)  # held there by the gate
    # The window stays responsive and says what it is doing.
    assert tab.ui.pages.currentIndex() == EMPTY_PAGE and tab.ui.empty_label.text() == COMPUTING
    assert tab.ui.count_label.text() == "正在计算…" and tab.model.rowCount() == 0
    gate.opened.set()
    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)
    assert tab.ui.pages.currentIndex() == TABLE_PAGE and tab.ui.count_label.text() == "共 4 条"  # the desk too
    assert cell(tab, row_of(tab, "李工"), "完成") == "2" and cell(tab, row_of(tab, "王工"), "满意度") == "5.00"
    assert shown == [MONTH] and gate.asked == [MONTH]  # one computation for the first look


def test_a_month_change_computes_that_month(qtbot, gated):
    tab, _listing, gate, shown = gated
    gate.opened.set()
    tab.show()
    qtbot.waitUntil(lambda: shown == [MONTH], timeout=20_000)
    tab.ui.previous_month_button.click()
    # At once: the previous month's figures are gone, the new ones are on their way.
    assert tab.loading and tab.month() == PREVIOUS and tab.model.rowCount() == 0
    assert tab.ui.empty_label.text() == COMPUTING and tab.ui.count_label.text() == "正在计算…"
    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)
    assert shown == [MONTH, PREVIOUS] and gate.asked == [MONTH, PREVIOUS]
    assert cell(tab, row_of(tab, "李工"), "完成") == "0"  # the orders were completed this month
    tab.ui.month_edit.setDate(tab.ui.month_edit.date().addMonths(1))  # typed in the month field
    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)
    assert shown[-1] == MONTH and cell(tab, row_of(tab, "李工"), "完成") == "2"


def test_quick_month_changes_compute_only_the_last_and_never_show_a_stale_month(qtbot, gated):
    tab, _listing, gate, shown = gated
    tab.show()
    qtbot.waitUntil(lambda: gate.asked == [MONTH], timeout=20_000)  # this month computes, held by the gate
    tab.ui.previous_month_button.click()
    tab.ui.previous_month_button.click()  # two clicks while the first month is still computing
    assert tab.month() == BEFORE_PREVIOUS and tab.loading
    gate.opened.set()
    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)
    # This month's result came back stale and was dropped; the month in between was never computed.
    assert gate.asked == [MONTH, BEFORE_PREVIOUS]
    assert shown == [BEFORE_PREVIOUS]
    assert tab.ui.month_edit.text() == f"{BEFORE_PREVIOUS:%Y-%m}"
    assert cell(tab, row_of(tab, "李工"), "完成") == "0"


def test_a_failed_computation_is_a_message_and_the_month_can_be_chosen_again(qtbot, gated, monkeypatch):
    tab, listing, gate, _shown = gated
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: messages.append(text))
    compute = gate._compute

    def broken_once(actor, month):
        if len(gate.asked) == 1:
            raise RuntimeError("the database file went away")
        return compute(actor, month)

    gate._compute = broken_once
    gate.opened.set()
    tab.show()
    qtbot.waitUntil(lambda: messages != [], timeout=20_000)
    assert messages == ["程序内部出错，未再保存任何内容。详细信息已写入日志，请告知主管。"]
    assert not tab.loading and tab.ui.pages.currentIndex() == EMPTY_PAGE
    assert tab.ui.empty_label.text() == "本月数据未能算出。请重新选择月份再试。"
    tab.ui.previous_month_button.click()
    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)
    assert tab.ui.pages.currentIndex() == TABLE_PAGE and len(messages) == 1


def test_the_chart_follows_in_the_background_for_the_person_open_now(qtbot, gated):
    tab, listing, gate, _shown = gated
    gate.opened.set()
    tab.show()
    qtbot.waitUntil(lambda: not tab.loading and tab.model.rowCount() == 4, timeout=20_000)
    service = listing.service
    history = Gate(service.history, key=lambda _actor, staff_id, _month: staff_id)
    service.history = history  # type: ignore[method-assign]
    li, wang = tab.model.row_at(row_of(tab, "李工")), tab.model.row_at(row_of(tab, "王工"))
    panel = tab.panel
    charted: list[Any] = []
    show_history = panel.show_history
    panel.show_history = (  # type: ignore[method-assign]
        lambda series: (charted.append(series[-1]), show_history(series)))
    tab.ui.table_view.selectRow(row_of(tab, "李工"))
    # The figures and evidence at once, the chart when it is ready.
    assert panel.figure_text("completed") == "2" and len(panel.evidence("completed")) == 2
    assert panel.ui.chart_label.text() == "最近 12 个月（正在计算…）" and panel.ui.history_chart.series == []
    qtbot.waitUntil(lambda: history.asked == [li.staff_id], timeout=20_000)
    tab.ui.table_view.selectRow(row_of(tab, "王工"))  # another person before the first chart came
    history.opened.set()
    qtbot.waitUntil(lambda: len(panel.ui.history_chart.series) == 12, timeout=20_000)
    assert history.asked == [li.staff_id, wang.staff_id]
    assert panel.row.staff_id == wang.staff_id
    assert panel.ui.history_chart.series[-1] == (MONTH, wang.figures)
    assert charted == [(MONTH, wang.figures)]  # 李工's twelve months came back stale: never drawn
    assert panel.ui.chart_label.text() == f"最近 12 个月（{panel.ui.history_chart.series[0][0]:%Y-%m} – {MONTH:%Y-%m}）"
