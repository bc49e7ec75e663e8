"""A search matching more rows than the tab counts (issue 8): the count says "more than", and
scrolling still reaches every match, page by page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from desktop_app.gui.paged_table_model import PagedTableModel
from desktop_app.gui.tabs import claims_tab
from desktop_app.gui.tabs.claims_tab import ClaimsTab
from desktop_app.services.listings import ClaimListing
from desktop_app.services.sample_data import load_sample_data


@pytest.fixture
def loaded(database):
    load_sample_data(database.sessions, claims=60)
    return database


def _every_match(listing: ClaimListing, text: str) -> list[int]:
    listing.sort = ("id", True)  # the plain OR search, every match
    try:
        return [row.id for row in listing.fetch(0, 10_000, text)]
    finally:
        listing.sort = None


def test_scrolling_past_the_cap_reaches_every_match(loaded) -> None:
    listing = ClaimListing(loaded.sessions)
    expected = _every_match(listing, "SC-")
    assert len(expected) == 60
    model = PagedTableModel(listing, [], page_size=7, search_cap=10)
    model.set_search("SC-")
    assert model.more_than_cap and model.total == 11 and model.rowCount() == 7
    while model.canFetchMore():
        model.fetchMore()
    assert [model.row_at(i).id for i in range(model.rowCount())] == expected
    assert model.total == 60 and not model.canFetchMore()


def test_under_the_cap_the_count_is_exact(loaded) -> None:
    listing = ClaimListing(loaded.sessions)
    model = PagedTableModel(listing, [], page_size=7, search_cap=1000)
    model.set_search("SC-")
    assert not model.more_than_cap and model.total == 60


def test_the_tab_says_more_than_the_cap(qtbot, loaded, monkeypatch) -> None:
    monkeypatch.setattr(claims_tab, "SEARCH_COUNT_CAP", 20)
    tab = ClaimsTab(ClaimListing(loaded.sessions))
    qtbot.addWidget(tab)
    tab.ui.search_edit.setText("SC-")
    tab.apply_search()
    assert tab.ui.count_label.text() == "超过 20 条匹配，请输入更多文字缩小范围"
    view = tab.findChild(QTableView)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: not tab.model.canFetchMore() or tab.model.rowCount() > 200)
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.rowCount() == 60
    tab.ui.search_edit.setText("")
    tab.apply_search()
    assert tab.ui.count_label.text() == "共 60 条"
