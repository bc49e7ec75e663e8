"""On a 1366-wide counter screen the lists show their columns: the requisition status, the staff table to its
last column, who holds a work order and when they are due, the call outcome, the complaints' titles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from desktop_app.gui import screen_fit
from desktop_app.gui.main_window import MainWindow

WIDE, HIGH = 1366, 700  # a maximised window on 1366×768, less the taskbar


@pytest.fixture
def counter_window(main_window: MainWindow, qtbot, monkeypatch) -> MainWindow:
    # The test platform's screen is 800 px wide: the dialogs open as on a counter's screen.
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(0, 0, WIDE, 728))
    main_window.resize(WIDE, HIGH)
    qtbot.waitUntil(lambda: main_window.width() == WIDE)
    return main_window


def shown_tab(window: MainWindow, qtbot, index: int):
    window.show_tab(index)
    tab = window.tab(index)
    qtbot.waitUntil(lambda: tab.ui.table_view.viewport().width() > 100)
    return tab


def fully_visible(view, column: int) -> bool:
    header = view.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column) <= view.viewport().width()


def test_the_requisitions_list_shows_its_status_column_whole(counter_window, qtbot) -> None:
    tab = shown_tab(counter_window, qtbot, 2)
    view = tab.ui.table_view
    status = view.model().columnCount() - 1
    # The longest state whole, where it was cut to 「超出额度，待批…」 beside an empty detail pane.
    assert view.horizontalHeader().sectionSize(status) > view.fontMetrics().horizontalAdvance("超出额度，待批准")
    assert all(fully_visible(view, column) for column in range(view.model().columnCount()))


def test_the_staff_table_shows_every_column_and_the_pending_fines_hint_sits_above_the_buttons(
        counter_window, qtbot) -> None:
    tab = shown_tab(counter_window, qtbot, 3)
    view = tab.ui.table_view
    assert all(fully_visible(view, column) for column in range(view.model().columnCount()))
    panel = tab.panel.ui
    panel.message_label.setText("请先在“罚款”中处理待处理罚款，再打印考评表：签字后的合计不得再变。")
    qtbot.waitUntil(lambda: panel.message_label.isVisible())
    # Across the panel's width, above the buttons: no longer five wrapped lines beside them.
    assert panel.message_label.geometry().bottom() < panel.print_sheet_button.geometry().top()
    assert panel.message_label.width() > panel.print_sheet_button.width() * 2


def test_a_supervisor_sees_the_technician_and_required_arrival_of_each_work_order(counter_window, qtbot) -> None:
    tab = shown_tab(counter_window, qtbot, 1)
    view, model = tab.ui.table_view, tab.ui.table_view.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in
              range(model.columnCount())]
    technician, arrival, claim = titles.index("技术员"), titles.index("要求到达"), next(c for c, t in enumerate(titles) if t.startswith("理赔"))
    assert technician < claim and arrival < claim
    assert fully_visible(view, technician) and fully_visible(view, arrival)


def test_the_call_register_gives_the_outcome_the_rest_of_the_width_without_a_scroll_bar(
        counter_window, qtbot) -> None:
    claims = counter_window.tab(0)
    claims.open_call_register()
    dialog = claims.windows.calls
    qtbot.waitExposed(dialog)
    view = dialog.ui.calls_table
    header = view.horizontalHeader()
    last = header.count() - 1
    assert view.model().headerData(last, Qt.Orientation.Horizontal) == "处理结果"
    assert header.stretchLastSection()
    assert fully_visible(view, last - 1)  # 理赔单号 whole, not cut to 理赔
    assert header.length() <= view.viewport().width()
    dialog.close()


def test_a_month_without_complaints_says_so_and_titles_keep_their_width(counter_window, qtbot) -> None:
    tab = shown_tab(counter_window, qtbot, 3)
    dialog = tab.open_complaints()
    qtbot.waitExposed(dialog)
    assert dialog.empty_label.isVisible() and not dialog.ui.complaints_table.isVisible()
    assert dialog.empty_label.text() == "本月没有投诉，也没有待核实的投诉。"
    header = dialog.ui.complaints_table.horizontalHeader()
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(header.count()))
    assert header.sectionSize(header.count() - 1) < dialog.width() // 2
    dialog.close()


def test_the_stock_ledger_titles_keep_their_width_before_a_part_is_chosen(qtbot, database, manager) -> None:
    from desktop_app.gui.parts.stock_window import StockWindow

    window = StockWindow(database.sessions, manager)
    qtbot.addWidget(window)
    for table in (window.ui.ledger_table, window.ui.tools_table):
        header = table.horizontalHeader()
        assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(header.count()))
        assert header.sectionSize(header.count() - 1) < window.width() // 2
