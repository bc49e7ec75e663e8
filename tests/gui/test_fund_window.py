"""The service-fund window (D4-D6, D9, D13, D14): entries, the quarterly statement as the service computes it, paperwork."""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select
from printing_support import pdf_text
from work_order_depot import TODAY, Depot, build_depot

from desktop_app.core.service_fund import quarter_of
from desktop_app.core.vocabulary import WorkOrderState
from desktop_app.db.models import PrintedDocument
from desktop_app.documents.formatting import quarter_text
from desktop_app.gui.formatting import money_text
from desktop_app.gui.parts.fund_entry_dialog import Entry
from desktop_app.gui.parts.fund_window import FundWindow
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

QUARTER = quarter_of(TODAY)


@pytest.fixture
def depot(database) -> Depot:
    return build_depot(database)


def window_for(qtbot, depot: Depot, who: str = "manager") -> FundWindow:
    window = FundWindow(depot.db.sessions, depot.staff[who])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settled(qtbot, window)
    return window


def settled(qtbot, window: FundWindow) -> None:
    """The figures are computed off the UI thread (issue 8): the tables fill once they are in."""
    qtbot.waitUntil(lambda: not window.loading, timeout=20_000)


def grid(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def enter(qtbot, window: FundWindow, entry: Entry, amount: str, text: str = "", day: dt.date = TODAY):
    dialog = window.open_entry(entry)
    dialog.ui.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.ui.amount_edit.setText(amount)
    dialog.ui.text_edit.setText(text)
    qtbot.mouseClick(dialog.ui.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, window)  # a saved entry reloads the figures in the background
    return dialog


def issue_to_fund(depot: Depot, serial: str, part_no: str, quantity: int) -> str:
    """A warranty repair (200 days after the sale) uses parts: the fund pays at the fee schedule (D13)."""
    number = depot.take_in(serial, TODAY - dt.timedelta(days=200)).work_order_number
    order_id = depot.order_id(number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], order_id, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], order_id, WorkOrderState.DIAGNOSING)
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], order_id,
                                                     [(depot.part_ids[part_no], quantity)]).issued
    return number


def test_default_period_is_the_current_quarter_and_the_three_before(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot)
    first, last = window.period()
    assert last == QUARTER and [row[0] for row in grid(window.ui.summary_table)][0] == quarter_text(first)
    assert window.ui.summary_table.rowCount() == 4
    assert window.ui.rate_label.text() == "尚未设定基金比例：回款暂不计提（D4）。"


def test_remittance_and_charge_show_the_statement_the_service_computes(qtbot, depot: Depot) -> None:
    window = window_for(qtbot, depot)
    rate = enter(qtbot, window, Entry.RATE, "3.5", day=TODAY.replace(month=1, day=1))
    assert not rate.isVisible()
    assert window.ui.rate_label.text().startswith("现行基金比例：3.5%")
    remittance = enter(qtbot, window, Entry.REMITTANCE, "100,000.00", "BANK-0001")
    assert not remittance.isVisible()
    assert window.ui.message_label.text() == f"已登记 {TODAY.isoformat()} 的回款 ¥100,000.00。"
    charge = enter(qtbot, window, Entry.CHARGE, "12.345", "运费")
    assert charge.isVisible() and "两位小数" in charge.errors.message("amount")
    charge.ui.amount_edit.setText("5000")
    charge.ui.text_edit.clear()
    qtbot.mouseClick(charge.ui.ok_button, Qt.MouseButton.LeftButton)
    assert charge.isVisible() and charge.errors.message("note") != ""  # a charge says what it is for
    charge.ui.text_edit.setText("退货运费及翻新")
    qtbot.mouseClick(charge.ui.ok_button, Qt.MouseButton.LeftButton)
    assert not charge.isVisible()
    settled(qtbot, window)

    first, last = window.period()
    expected = FundService(depot.db.sessions).statements(depot.staff["manager"], first, last)
    open_mark = f"本季未结束（截至 {TODAY:%m-%d}）"  # D4: the current quarter is not settled yet
    assert grid(window.ui.summary_table) == [
        [quarter_text(q.quarter), money_text(q.opening), money_text(q.accrual), money_text(q.charges),
         ("-" + money_text(-q.closing)) if q.closing < 0 else money_text(q.closing),
         *((money_text(q.overrun_payable), money_text(q.carried_forward)) if q.quarter < QUARTER
           else ("", open_mark))] for q in expected]
    current = expected[-1]
    assert (current.accrual, current.charges, current.closing) == (3500, 5000, -1500)  # 3.5 % of 100,000
    assert grid(window.ui.summary_table)[-1][4:7] == ["-¥1,500.00", "", open_mark]
    months = grid(window.ui.months_table)
    assert months[0] == ["期初余额", "", "", "¥0.00"] and months[-1] == [
        "本季至今合计", "¥3,500.00", "¥5,000.00", "-¥1,500.00"]
    assert window.ui.settlement_label.text().startswith(f"{open_mark}：目前余额 -¥1,500.00")  # no overrun yet
    records = grid(window.ui.records_table)
    assert sorted(r[1:4] for r in records) == [["回款", "¥100,000.00", "BANK-0001"],
                                               ["支出", "¥5,000.00", "退货运费及翻新"]]


def test_the_statement_pdf_and_xlsx_carry_the_figures(qtbot, depot: Depot, tmp_path: Path) -> None:
    boss = depot.staff["manager"]
    fund = FundService(depot.db.sessions)
    fund.set_rate(boss, TODAY.replace(month=1, day=1), 4)
    fund.record_remittance(boss, TODAY, 250000, "BANK-7")
    window = window_for(qtbot, depot)
    with qtbot.waitSignal(window.paperwork.preview_opened, timeout=20000) as opened:
        qtbot.mouseClick(window.ui.statement_print_button, Qt.MouseButton.LeftButton)
    preview = opened.args[0]
    text = pdf_text(preview.pdf)
    assert "10,000.00" in text  # 4 % of ¥250,000 accrued this quarter
    assert quarter_text(QUARTER) in text.replace(" ", "")
    assert preview.save_to(tmp_path / "fund.pdf")  # logged once saved
    preview.close()
    target = tmp_path / "fund.xlsx"
    with qtbot.waitSignal(window.paperwork.exported, timeout=20000):
        window.paperwork.statement_xlsx(*window.period(), target)
    cells = [c for row in load_workbook(BytesIO(target.read_bytes())).active.iter_rows(values_only=True) for c in row]
    assert quarter_text(QUARTER) in cells
    with depot.db.sessions.read() as s:
        assert s.scalars(select(PrintedDocument.document)).all() == ["fund_statement", "fund_statement"]


def test_the_monthly_parts_reconciliation_lists_parts_issued_at_the_fee_schedule(qtbot, depot: Depot) -> None:
    number = issue_to_fund(depot, "SN-FUND-1", "FAN-01", 2)
    window = window_for(qtbot, depot)
    window.ui.month_edit.setDate(QDate(TODAY.year, TODAY.month, 1))
    with qtbot.waitSignal(window.paperwork.preview_opened, timeout=20000) as opened:
        qtbot.mouseClick(window.ui.recon_print_button, Qt.MouseButton.LeftButton)
    text = pdf_text(opened.args[0].pdf)
    assert "FAN-01" in text and number in text
    assert "90.00" in text  # 2 × ¥45.00 at the fee schedule (D9)
    opened.args[0].close()
    # The fund is charged the same parts in the month (D13), shown in the current quarter.
    assert grid(window.ui.summary_table)[-1][3] == "¥90.00"


def test_roles_see_what_they_may_do(qtbot, depot: Depot) -> None:
    supervisor = window_for(qtbot, depot, "sup")
    for button in (supervisor.ui.remittance_button, supervisor.ui.rate_button, supervisor.ui.charge_button):
        assert not button.isEnabled() and "管理服务基金" in button.toolTip()
    assert supervisor.ui.statement_print_button.isEnabled() and supervisor.ui.summary_table.rowCount() == 4
    technician = window_for(qtbot, depot, "tech")
    assert technician.ui.summary_table.rowCount() == 0
    assert "管理配件备料" in technician.ui.message_label.text()
    assert not technician.ui.statement_print_button.isEnabled()
