"""The staff evaluation tab: figures per person and month, sorting, drill-down to the evidence, chart, sheet."""

from __future__ import annotations

import datetime as dt

import pytest
from evaluation_depot import (MONTH, TODAY, cell, chart_shown, clock_on, evaluation_depot, repaired_order, row_of,
                              shown, staff_tab)
from printing_support import pdf_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.vocabulary import FineReason
from desktop_app.gui.formatting import money_text
from desktop_app.gui.tabs.list_tab import EMPTY_PAGE, TABLE_PAGE
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.evaluation_listing import EvaluationListing, last_month


@pytest.fixture
def depot(database):
    depot = evaluation_depot(database)
    repaired_order(depot, "SN-A1", survey=4)
    repaired_order(depot, "SN-A2", report=False)  # incomplete report (E23)
    repaired_order(depot, "SN-B1", who="tech2", survey=5)
    return depot


def test_the_table_shows_the_services_figures_for_every_assessed_person(qtbot, depot):
    tab = staff_tab(qtbot, depot)
    assert tab.ui.pages.currentIndex() == TABLE_PAGE
    expected = {m.name: m.figures for m in EvaluationService(depot.db.sessions).month(depot.staff["sup"], MONTH)}
    # the front desk is listed too (E3, E21 bind it), with its repair figures not applicable
    assert {tab.model.row_at(i).name for i in range(tab.model.rowCount())} == set(expected) == {"张主管", "李工", "王工", "前台小陈"}
    li = row_of(tab, "李工")
    figures = expected["李工"]
    assert (figures.completed, figures.surveys, figures.incomplete_reports) == (2, 1, 1)
    assert cell(tab, li, "完成") == "2"
    assert cell(tab, li, "调查表") == "1"
    assert cell(tab, li, "满意度") == "4.00"
    assert cell(tab, li, "24 小时内") == f"{figures.answered_24h_rate * 100:.1f}%"
    assert cell(tab, li, "准时") == "—"  # no on-site visit: nothing was due, not 0 %
    assert cell(tab, li, "报告不全") == "1"
    assert cell(tab, li, "罚款") == money_text(figures.fines_total) == "¥0.00"
    assert cell(tab, row_of(tab, "王工"), "满意度") == "5.00"
    assert tab.ui.count_label.text() == "共 4 条"


def test_the_month_starts_at_last_month_and_moves_back_and_forth(qtbot, depot):
    december = dt.date(TODAY.year, 12, 2)
    listing = EvaluationListing(depot.db.sessions, depot.staff["sup"], clock=clock_on(december))
    assert listing.month == last_month(december) == dt.date(TODAY.year, 11, 1)
    tab = staff_tab(qtbot, depot)
    assert tab.ui.month_edit.text() == f"{MONTH:%Y-%m}"
    assert not tab.ui.next_month_button.isEnabled()  # the future is not evaluated
    tab.ui.previous_month_button.click()
    previous = (MONTH - dt.timedelta(days=1)).replace(day=1)
    assert tab.month() == previous and tab.ui.month_edit.text() == f"{previous:%Y-%m}"
    shown(qtbot, tab)
    assert cell(tab, row_of(tab, "李工"), "完成") == "0"  # the orders were completed this month
    tab.ui.next_month_button.click()
    shown(qtbot, tab)
    assert tab.month() == MONTH and cell(tab, row_of(tab, "李工"), "完成") == "2"


def test_a_header_click_sorts_and_missing_figures_stay_last(qtbot, depot):
    tab = staff_tab(qtbot, depot)
    header = tab.ui.table_view.horizontalHeader()
    column = next(i for i, c in enumerate(tab.model.columns) if c.title == "满意度")
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert [tab.model.row_at(i).name for i in range(3)] == ["王工", "李工", "张主管"]
    header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    assert [tab.model.row_at(i).name for i in range(3)] == ["李工", "王工", "张主管"]  # no surveys: last either way


def test_selecting_a_person_shows_the_evidence_and_twelve_months(qtbot, depot):
    tab = staff_tab(qtbot, depot)
    li = row_of(tab, "李工")
    tab.ui.table_view.selectRow(li)
    panel = tab.panel
    evidence = tab.model.row_at(li).evidence
    assert panel.ui.name_label.text() == f"李工（技术员），{MONTH:%Y-%m}"
    assert panel.figure_text("completed") == "2" and panel.figure_text("satisfaction") == "4.00"
    assert panel.evidence("completed") == list(evidence.completed) and len(evidence.completed) == 2
    assert panel.evidence("surveys") == list(evidence.surveys)
    assert panel.evidence("incomplete") == list(evidence.incomplete_reports)
    assert panel.section("completed").text(0) == "完成的工单（2）"
    chart_shown(qtbot, tab)
    series = panel.ui.history_chart.series
    assert len(series) == 12 and series[-1][0] == MONTH and series[-1][1].completed == 2
    assert f"{MONTH:%Y-%m}：完成 2 单，满意度 4.00" in panel.ui.history_chart.toolTip()


def test_double_clicking_an_order_in_the_evidence_asks_for_it(qtbot, depot):
    tab = staff_tab(qtbot, depot)
    tab.ui.table_view.selectRow(row_of(tab, "李工"))
    tree = tab.panel.ui.evidence_tree
    line = tab.panel.section("incomplete").child(0)
    tree.scrollToItem(line)
    rect = tree.visualItemRect(line)
    with qtbot.waitSignal(tab.work_order_requested) as asked:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [line.text(0)]
    assert line.text(0).startswith("WO-")
    tree.setCurrentItem(tab.panel.section("completed").child(1))  # the keyboard: Enter opens it too
    with qtbot.waitSignal(tab.work_order_requested) as asked:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert asked.args == [tab.panel.section("completed").child(1).text(0)]
    tree.setCurrentItem(tab.panel.section("completed"))
    with qtbot.assertNotEmitted(tab.work_order_requested):
        qtbot.keyClick(tree, Qt.Key.Key_Return)  # a section heading is no order


def test_the_evaluation_sheet_is_made_in_the_background_and_previewed(qtbot, depot):
    tab = staff_tab(qtbot, depot)
    assert not tab.panel.ui.print_sheet_button.isEnabled()  # nobody chosen yet
    tab.ui.table_view.selectRow(row_of(tab, "李工"))
    with qtbot.waitSignal(tab.jobs.preview_opened, timeout=20_000) as opened:
        tab.panel.ui.print_sheet_button.click()
    preview = opened.args[0]
    text = pdf_text(preview.pdf)
    assert "员工月度考评表" in text and "李工" in text and f"{MONTH:%Y-%m}" in text
    assert tab.model.row_at(row_of(tab, "李工")).evidence.completed[0] in text
    preview.close()


def test_a_technician_sees_why_and_only_the_rule_set(qtbot, database):
    depot = evaluation_depot(database)
    tab = staff_tab(qtbot, depot, who="tech")
    assert tab.ui.pages.currentIndex() == EMPTY_PAGE
    assert "仅供主管和总经理" in tab.ui.empty_label.text()
    for button in (tab.ui.complaints_button, tab.ui.fines_button, tab.ui.monthly_report_button,
                   tab.ui.improvement_button):
        assert not button.isEnabled()
        assert "权限" in button.toolTip()
    assert tab.ui.rules_button.isEnabled()
    tab.set_actor(depot.staff["sup"])  # shift change at the shared PC
    shown(qtbot, tab)
    assert tab.ui.pages.currentIndex() == TABLE_PAGE and tab.ui.complaints_button.isEnabled()


def test_a_shift_change_closes_the_previous_users_windows(qtbot, depot):
    tab = staff_tab(qtbot, depot, who="manager")
    rules = tab.open_rule_set()
    assert not tab.has_unsaved_changes()
    rules.spins[FineReason.LATE_ARRIVAL].setValue(99)  # a new version half typed
    assert tab.has_unsaved_changes()
    complaints = tab.open_complaints()
    form = complaints.open_form()
    form.ui.complainant_edit.setText("刘洋")
    assert complaints.has_unsaved_changes()
    tab.set_actor(depot.staff["tech"])  # the idle lock asked first; now the windows go
    assert not rules.isVisible() and not complaints.isVisible() and not form.isVisible()
    assert not tab.has_unsaved_changes()


def test_the_main_window_has_the_evaluation_tab(main_window):
    tab = main_window.tabs[3]
    assert main_window.ui.tab_widget.tabText(3) == "员工考评"
    assert tab.actor == main_window.actor and tab.ui.rules_button.isEnabled()
    QApplication.processEvents()
