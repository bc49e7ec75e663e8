"""The claims list: status, date-range and overdue filters, and sorting by a header click (in SQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.db.models import Claim
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.gui.tabs.list_tab import EMPTY_PAGE, TABLE_PAGE
from desktop_app.services.listings import ClaimListing
from desktop_app.services.sample_data import load_sample_data
from desktop_app.services.sla import ANSWER_WITHIN

CUSTOMER_COLUMN = 2


@pytest.fixture
def tab(main_window, database):
    load_sample_data(database.sessions, claims=60)
    main_window.reload_all()
    return main_window.tabs[0]


def shown(tab) -> list:
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    return [tab.model.row_at(i) for i in range(tab.model.rowCount())]


def count(database, *conditions) -> int:
    with database.sessions.read() as s:
        return s.scalar(select(func.count()).select_from(Claim).where(*conditions))


def test_the_status_filter_keeps_that_status_only(qtbot, tab, database):
    combo = tab.ui.status_combo
    combo.setFocus()
    while combo.currentData() != ClaimStatus.OPEN.value:  # by keyboard, as the operator would
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    rows = shown(tab)
    assert rows and {r.status for r in rows} == {ClaimStatus.OPEN}
    assert tab.model.total == count(database, Claim.status == ClaimStatus.OPEN)
    assert combo.currentText() == "待处理"


def test_the_date_range_keeps_claims_taken_in_between(qtbot, tab, database):
    dates = sorted(r.claim_date for r in shown(tab))
    start, end = dates[len(dates) // 4], dates[len(dates) // 2]
    tab.ui.date_from_edit.setDate(QDate(start))
    tab.ui.date_to_edit.setDate(QDate(end))
    assert tab.model.total == 60  # unticked dates do not filter
    tab.ui.date_from_check.setChecked(True)
    tab.ui.date_to_check.setChecked(True)
    rows = shown(tab)
    assert rows and all(start <= r.claim_date <= end for r in rows)
    assert len(rows) == count(database, Claim.claim_date >= start, Claim.claim_date <= end)


def test_overdue_keeps_open_claims_older_than_a_day(qtbot, tab, database, manager):
    # Two days on, every claim still open has missed its 24-hour answer (S3).
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2)
    desk = ClaimsTab(ClaimListing(database.sessions, clock=lambda: later), tab.services, manager)
    qtbot.addWidget(desk)
    desk.reload()
    desk.ui.overdue_check.setFocus()
    qtbot.keyClick(desk.ui.overdue_check, Qt.Key.Key_Space)
    expected = count(database, Claim.status.in_([ClaimStatus.OPEN, ClaimStatus.AWAITING_APPROVAL]),
                     Claim.created_at < later - ANSWER_WITHIN)
    assert 0 < expected < 60 and desk.model.total == expected
    assert {r.status for r in shown(desk)} <= {ClaimStatus.OPEN, ClaimStatus.AWAITING_APPROVAL}


def test_filters_that_match_nothing_say_so_and_clear_brings_everything_back(qtbot, tab):
    tab.ui.date_from_edit.setDate(QDate(2000, 1, 1))
    tab.ui.date_to_edit.setDate(QDate(2000, 1, 2))
    tab.ui.date_from_check.setChecked(True)
    tab.ui.date_to_check.setChecked(True)
    assert tab.ui.pages.currentIndex() == EMPTY_PAGE
    assert tab.ui.empty_label.text() == "没有符合筛选条件的理赔。清除筛选即可看到全部理赔。"
    qtbot.mouseClick(tab.ui.clear_filters_button, Qt.MouseButton.LeftButton)
    assert tab.ui.pages.currentIndex() == TABLE_PAGE and tab.model.total == 60
    assert not tab.ui.date_from_edit.isEnabled()


def test_a_header_click_sorts_in_the_database_and_a_third_restores_newest_first(qtbot, tab):
    newest_first = [r.number for r in shown(tab)]
    assert newest_first == sorted(newest_first, reverse=True)
    header = tab.ui.table_view.horizontalHeader()
    point = header.rect().topLeft()
    point.setX(header.sectionViewportPosition(CUSTOMER_COLUMN) + 10)
    point.setY(header.height() // 2)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    names = [r.customer_name for r in shown(tab)]
    assert tab.model.listing.sort == ("customer_name", False)
    assert names == sorted(names) and names != [r.customer_name for r in _rows_by(newest_first, tab)]
    assert header.sortIndicatorSection() == CUSTOMER_COLUMN

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    names = [r.customer_name for r in shown(tab)]
    assert names == sorted(names, reverse=True)

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert tab.model.listing.sort is None
    assert [r.number for r in shown(tab)] == newest_first


def test_sorting_and_filters_work_together(qtbot, tab):
    tab.ui.status_combo.setCurrentIndex(tab.ui.status_combo.findData(ClaimStatus.COMPLETED.value))
    tab.ui.table_view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # by date
    rows = shown(tab)
    assert rows and {r.status for r in rows} == {ClaimStatus.COMPLETED}
    assert [r.claim_date for r in rows] == sorted(r.claim_date for r in rows)


def _rows_by(numbers: list[str], tab) -> list:
    by_number = {r.number: r for r in shown(tab)}
    return [by_number[n] for n in numbers]
