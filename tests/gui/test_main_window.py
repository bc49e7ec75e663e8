"""The main window: four Chinese tabs, menus, status bar and keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app import __version__

TAB_TITLES = ["理赔受理", "维修工单", "配件备料", "员工考评"]


def test_opens_with_the_four_chinese_tabs(main_window):
    tabs = main_window.ui.tab_widget
    assert [tabs.tabText(i) for i in range(tabs.count())] == TAB_TITLES
    assert main_window.windowTitle() == "售后服务台 Service Counter"


def test_menus_are_chinese_and_have_the_shortcuts(main_window):
    titles = [action.text() for action in main_window.menuBar().actions()]
    assert titles == ["文件(&F)", "视图(&V)", "工具(&T)", "帮助(&H)"]
    assert main_window.ui.action_quit.shortcut().toString() == "Ctrl+Q"
    assert main_window.ui.action_reload.shortcut().toString() == "F5"
    assert main_window.ui.action_find.shortcut().toString() == "Ctrl+F"


def test_every_menu_item_has_its_own_access_key(main_window):
    """Alt+letter reaches each item by keyboard alone; two items with one letter in a menu only
    toggle between themselves (Tools had 用户管理 and 待回收调查表 both on U, backups on none)."""
    import re

    for menu_action in main_window.menuBar().actions():
        items = [a.text() for a in menu_action.menu().actions() if not a.isSeparator() and a.text()]
        keys = [re.search(r"&(\w)", text) for text in items]
        missing = [text for text, key in zip(items, keys) if key is None and "&" not in text
                   and text not in TAB_TITLES]  # the View menu's tab entries go by Ctrl+1..4
        assert not missing, f"{menu_action.text()}: no access key on {missing}"
        letters = [key.group(1).upper() for key in keys if key]
        assert len(letters) == len(set(letters)), f"{menu_action.text()}: {items}"


def test_status_bar_shows_user_role_and_database(main_window, database):
    texts = " ".join(label.text() for label in main_window.statusBar().findChildren(type(main_window._user_label)))
    assert "王建国" in texts and "总经理" in texts
    assert main_window._location_label.toolTip() == f"数据库：{database.location}"


def test_ctrl_digit_switches_tabs_and_focuses_search(qtbot, main_window):
    for index in (3, 1, 2, 0):
        qtbot.keyClick(main_window, Qt.Key.Key_1 + index, Qt.KeyboardModifier.ControlModifier)
        assert main_window.ui.tab_widget.currentIndex() == index
    tab = main_window.tabs[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.ui.search_edit)


def test_ctrl_f_focuses_the_current_search_box(qtbot, main_window):
    main_window.show_tab(2)
    main_window.tabs[2].ui.table_view.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is main_window.tabs[2].ui.search_edit)


def test_about_names_version_database_and_qt(main_window, database):
    text = main_window.about_text()
    assert __version__ in text and "Qt " in text and "PySide" in text
    assert database.location in text


def test_an_order_in_the_evaluation_evidence_opens_on_the_work_orders_tab(main_window, database):
    from sqlalchemy import select

    from desktop_app.db.models import WorkOrder
    from desktop_app.services.sample_data import load_sample_data

    load_sample_data(database.sessions, claims=10)
    with database.sessions.read() as s:
        number = s.scalar(select(WorkOrder.number).order_by(WorkOrder.id).limit(1))
    orders, staff = main_window.tabs[1], main_window.tabs[3]
    staff.work_order_requested.emit(number)
    assert main_window.current_tab() is orders and orders.panel.detail.number == number
    staff.work_order_requested.emit("WO-1999-999999")  # gone meanwhile: nothing happens
    assert orders.panel.detail.number == number
