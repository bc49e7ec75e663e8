"""The fund window never shows a quarter still running as settled (rule D4), and a return's freight charge
reads in the user's language with who recorded it (D13, D14)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from work_order_depot import Depot, build_depot

from desktop_app.core.service_fund import quarter_of
from desktop_app.core.vocabulary import FundEntryKind
from desktop_app.db.models import FundLedgerEntry, ReturnLine
from desktop_app.gui.parts.fund_window import FundWindow
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from gui_support import keep_screenshot

NOV_27 = dt.date(2026, 11, 27)  # Q4 2026 has a month and four days to go


@pytest.fixture
def depot(database) -> Depot:
    depot = build_depot(database)
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    fund.set_rate(boss, dt.date(2026, 1, 1), 3)
    fund.record_remittance(boss, dt.date(2026, 10, 17), D("191000.00"), "HK202610-1")
    fund.record_remittance(boss, dt.date(2026, 11, 14), D("90000.00"), "HK202611-1")
    return depot


def window_on(qtbot, depot: Depot, today: dt.date) -> FundWindow:
    window = FundWindow(depot.db.sessions, depot.staff["manager"], today=today)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
    return window


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_quarter_still_running_has_no_settlement_and_its_later_months_are_blank(qtbot, depot: Depot) -> None:
    window = window_on(qtbot, depot, NOV_27)
    q4 = rows(window.ui.summary_table)[-1]
    assert q4[0] == "2026年第四季度" and q4[4:] == ["¥8,430.00", "", "本季未结束（截至 11-27）"]  # nothing carried yet
    months = rows(window.ui.months_table)
    assert months[3] == ["2026-12", "", "", ""]  # December has not begun: blank, not ¥0.00
    assert months[2][1] == "¥2,700.00" and months[-1][0] == "本季至今合计"
    settlement = window.ui.settlement_label.text()
    assert settlement == "本季未结束（截至 11-27）：目前余额 ¥8,430.00，季度结束（2026-12-31）后结算。"
    assert "结转" not in settlement and "年末" not in settlement
    keep_screenshot(window, "fund_window_unfinished_quarter")


def test_the_year_end_surplus_carries_once_the_year_is_over(qtbot, depot: Depot) -> None:  # rule D4
    window = window_on(qtbot, depot, dt.date(2027, 1, 4))
    window.choose_period("2026Q4", "2026Q4")
    qtbot.waitUntil(lambda: not window.loading and window.ui.summary_table.rowCount() == 1, timeout=20_000)
    assert rows(window.ui.summary_table)[0][4:] == ["¥8,430.00", "¥0.00", "¥8,430.00"]
    assert rows(window.ui.months_table)[3] == ["2026-12", "¥0.00", "¥0.00", "¥8,430.00"]
    # The quarter reads in words everywhere, as on the printed statement (never the code 2027Q1).
    assert "年末结余 ¥8,430.00 结转至下一年度（2027年第一季度）" in window.ui.settlement_label.text()
    assert window.ui.from_combo.currentText() == "2026年第四季度"
    assert rows(window.ui.summary_table)[0][0] == "2026年第四季度"
    assert window.ui.quarter_title_label.text().startswith("2026年第四季度，")


def test_a_returns_freight_charge_reads_in_chinese_with_who_shipped_it(qtbot, database) -> None:  # D13, D14
    depot = build_depot(database)
    sup = depot.staff["sup"]
    returns = ManufacturerReturns(depot.db.sessions)
    number = returns.create(sup, [ReturnLineInput(reason="风扇异响", part_no="FAN-01", quantity=2)])
    returns.apply(sup, number)
    returns.approve(sup, number, "厂批-1")
    with depot.db.sessions.read() as s:
        lines = set(s.scalars(select(ReturnLine.id)))
    returns.ship(sup, number, lines, D("36.00"))
    with depot.db.sessions.write() as s, s.begin():  # a charge booked before the fix: an English sentence
        s.add(FundLedgerEntry(entry_date=dt.date.today(), quarter=quarter_of(dt.date.today()),
                              kind=FundEntryKind.CHARGE, amount=D("-9.00"),
                              return_application_id=s.scalar(select(ReturnLine.application_id)),
                              note=f"{number} freight back (D14), 9.00 of 18.00 by quantity"))
    today = dt.date.today()
    window = window_on(qtbot, depot, today)
    window.ui.tabs.setCurrentIndex(1)
    records = sorted(r[1:] for r in rows(window.ui.records_table))
    assert records == [["支出", "¥36.00", f"{number}：返厂去程运费（D13/D14）", "张主管"],
                       ["支出", "¥9.00", f"{number}：厂家发回运费（D14），按数量分摊 ¥18.00 中的 ¥9.00", "—"]]
    keep_screenshot(window, "fund_window_freight_records")
