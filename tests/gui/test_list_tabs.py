"""The four list tabs: sample data, empty state, search, paging, formatting."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.start import prepare_application
from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.gui.paged_table_model import DEFAULT_PAGE_SIZE, RIGHT
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.gui.tabs.list_tab import EMPTY_PAGE, SEARCH_DELAY_MS, TABLE_PAGE
from desktop_app.services.listings import ClaimRow
from desktop_app.services.listings import WorkOrderQueue as Q
from desktop_app.services.sample_data import load_sample_data

EMPTY_MESSAGES = [
    "还没有理赔记录。客户来访时，在此登记新的理赔。",
    "还没有维修工单。理赔受理后，工单会出现在这里等待派工。",
    "还没有备料单。每月在此填写维修配件备料单，向厂家订购配件。",
]


@pytest.fixture
def sample_window(main_window, database):
    load_sample_data(database.sessions, claims=40)
    main_window.reload_all()
    return main_window


def test_an_empty_database_says_what_to_do_next(qtbot, main_window):
    for index, (tab, message) in enumerate(zip(main_window.tabs[:3], EMPTY_MESSAGES)):
        main_window.show_tab(index)  # the tabs behind the first load when first shown
        assert tab.ui.pages.currentIndex() == EMPTY_PAGE
        assert tab.ui.empty_label.text() == message
        assert tab.ui.count_label.text() == "共 0 条"
    staff = main_window.tabs[3]  # the evaluation lists technicians and supervisors: none yet
    assert staff.model.rowCount() == 0 and staff.ui.count_label.text() == ""  # computed when first shown
    main_window.show_tab(3)
    assert staff.ui.pages.currentIndex() == EMPTY_PAGE
    assert staff.ui.empty_label.text() == "正在计算本月数据…"  # off the UI thread (issue 8)
    qtbot.waitUntil(lambda: not staff.loading, timeout=20_000)
    assert staff.ui.pages.currentIndex() == EMPTY_PAGE
    assert staff.ui.empty_label.text().startswith("还没有技术员或主管。")


def test_tabs_behind_the_first_load_when_first_shown(qtbot, sample_window, database):
    """Issue 8: a start or a reload counts only the list in view; a hidden tab loads when shown."""
    orders, requisitions = sample_window.tabs[1], sample_window.tabs[2]
    assert orders.model.rowCount() == 0 and requisitions.model.rowCount() == 0
    sample_window.show_tab(1)
    assert orders.model.rowCount() > 0 and orders.queues.count(Q.ALL) == orders.model.total  # list and queues
    before = orders.model.total
    sample_window.show_tab(0)
    load_sample_data(database.sessions, claims=3)  # more orders while the tab is hidden
    sample_window.reload_all()
    assert orders.model.total == before  # not counted while hidden
    sample_window.show_tab(1)
    assert orders.model.total > before and orders.queues.count(Q.ALL) == orders.model.total


def test_sample_data_shows_in_every_tab(qtbot, sample_window):
    for index, tab in enumerate(sample_window.tabs):
        sample_window.show_tab(index)  # the staff figures are computed when their tab is shown
        qtbot.waitUntil(lambda: not getattr(tab, "loading", False), timeout=20_000)  # in the background
        assert tab.ui.pages.currentIndex() == TABLE_PAGE
        assert tab.model.rowCount() > 0
        assert tab.ui.count_label.text() == f"共 {tab.model.total:,} 条"
    assert sample_window.tabs[0].model.total == 40


def test_enter_searches_at_once_for_a_scanned_claim_number(qtbot, sample_window):
    claims = sample_window.tabs[0]
    wanted = claims.model.row_at(7).number
    qtbot.keyClicks(claims.ui.search_edit, wanted)
    qtbot.keyClick(claims.ui.search_edit, Qt.Key.Key_Return)
    assert claims.model.rowCount() == 1
    assert claims.model.row_at(0).number == wanted
    assert claims.ui.count_label.text() == "找到 1 条"
    assert claims.ui.table_view.selectionModel().isRowSelected(0)


def test_typing_searches_after_a_pause(qtbot, sample_window):
    work_orders = sample_window.tabs[1]
    sample_window.show_tab(1)
    wanted = work_orders.model.row_at(3).number
    qtbot.keyClicks(work_orders.ui.search_edit, wanted)
    assert work_orders.model.search == ""  # not on every key: the pause has not passed yet
    qtbot.waitUntil(lambda: work_orders.model.search == wanted, timeout=SEARCH_DELAY_MS * 8)
    assert [work_orders.model.row_at(i).number for i in range(work_orders.model.rowCount())] == [wanted]


def test_a_search_without_hits_says_so(qtbot, sample_window):
    claims = sample_window.tabs[0]
    claims.ui.search_edit.setText("无此客户")
    qtbot.keyClick(claims.ui.search_edit, Qt.Key.Key_Return)
    assert claims.ui.pages.currentIndex() == EMPTY_PAGE
    assert claims.ui.empty_label.text() == "没有符合“无此客户”的记录。"
    claims.ui.search_edit.clear()
    qtbot.keyClick(claims.ui.search_edit, Qt.Key.Key_Return)
    assert claims.ui.pages.currentIndex() == TABLE_PAGE and claims.model.total == 40


def test_values_are_labelled_and_formatted(qtbot, sample_window):
    claims, _orders, requisitions, staff = sample_window.tabs
    sample_window.show_tab(2)
    status_column = 7
    shown = {claims.model.index(r, status_column).data() for r in range(claims.model.rowCount())}
    assert shown <= {"待处理", "待总经理批准", "处理中", "已完成", "已取消"}
    assert all(len(claims.model.index(r, 1).data()) == 10 for r in range(claims.model.rowCount()))
    total = requisitions.model.index(0, 3)
    assert total.data().startswith("¥") and total.data()[-3] == "."
    assert total.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    sample_window.show_tab(3)
    qtbot.waitUntil(lambda: not staff.loading, timeout=20_000)
    assert "技术员" in {staff.model.index(r, 1).data() for r in range(staff.model.rowCount())}


class FakeClaims:
    """A listing of ``n`` generated claims, to check paging without a big database."""

    def __init__(self, n: int) -> None:
        self.rows = [
            ClaimRow(i, f"SC-{i:06d}", dt.date(2026, 1, 1), "客户", "13800000000", "S1016D", f"SN{i}",
                     None, ClaimStatus.OPEN)
            for i in range(n)
        ]
        self.fetches: list[tuple[int, int]] = []

    def count(self, search: str = "", *, at_most: int | None = None) -> int:
        return len(self.rows) if at_most is None else min(len(self.rows), at_most + 1)

    def fetch(self, offset: int, limit: int, search: str = "") -> list[ClaimRow]:
        self.fetches.append((offset, limit))
        return self.rows[offset:offset + limit]

    def first_page(self, search: str, *, at_most: int, limit: int) -> tuple[int, list[ClaimRow]]:
        total = self.count(search, at_most=at_most)
        return total, (self.fetch(0, limit, search) if total else [])


def test_rows_load_page_by_page(qtbot):
    listing = FakeClaims(1234)
    tab = ClaimsTab(listing)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.model.rowCount() == DEFAULT_PAGE_SIZE
    assert tab.ui.count_label.text() == "共 1,234 条"
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.rowCount() == 1234
    assert listing.fetches[:2] == [(0, DEFAULT_PAGE_SIZE), (DEFAULT_PAGE_SIZE, DEFAULT_PAGE_SIZE)]
    assert tab.model.index(0, 6).data() == "—"  # no decision yet


@pytest.mark.parametrize(
    ("rows", "search", "english", "chinese"),
    [(0, "", "0 records", "共 0 条"), (1, "", "1 record", "共 1 条"), (1234, "", "1,234 records", "共 1,234 条"),
     (1, "SC", "1 match", "找到 1 条"), (2, "SC", "2 matches", "找到 2 条")],
)
def test_the_count_is_singular_or_plural_in_english(qtbot, rows, search, english, chinese):
    for language, expected in (("en", english), (None, chinese)):
        prepare_application(language)
        tab = ClaimsTab(FakeClaims(rows))
        qtbot.addWidget(tab)
        if search:
            tab.model.set_search(search)
        else:
            tab.reload()
        assert tab.ui.count_label.text() == expected


def test_a_failing_listing_shows_a_message_not_a_traceback(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))

    class Broken(FakeClaims):
        def count(self, search: str = "") -> int:
            raise RuntimeError("boom")

    tab = ClaimsTab(Broken(0))
    qtbot.addWidget(tab)
    tab.reload()
    assert shown == ["程序内部出错，未再保存任何内容。详细信息已写入日志，请告知主管。"]
