"""Issue 8: the main window starts with the claims tab only; the others are made, with their rows,
the first time they are shown, for whoever is signed in then; the tab bar and Ctrl+1..4 are as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop_app.db.models import Staff
from desktop_app.services.actor import Actor
from desktop_app.services.sample_data import load_sample_data


def test_a_tab_behind_the_first_opens_with_its_rows_for_the_user_signed_in_then(qtbot, main_window, database):
    load_sample_data(database.sessions, claims=12)
    with database.sessions.read() as session:
        supervisor = session.scalars(select(Staff).where(Staff.role == "supervisor")).first()
        taker = Actor(supervisor.id, supervisor.username, supervisor.display_name, supervisor.role)
    tabs = main_window.ui.tab_widget
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["理赔受理", "维修工单", "配件备料", "员工考评"]
    assert len(main_window.built_tabs()) == 1  # only the claims tab was made at the start

    main_window.ui.action_reload.trigger()  # F5 re-reads the claims tab; the others stay unmade
    assert main_window.tab(0).model.total == 12 and len(main_window.built_tabs()) == 1

    main_window.set_actor(taker)  # the idle lock: another user takes over the counter
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    orders = tabs.currentWidget()
    assert tabs.currentIndex() == 1 and orders is main_window.tab(1)
    assert orders.actor == taker  # made for the user signed in now, not the one at the start
    qtbot.waitUntil(lambda: orders.model.rowCount() > 0)  # its first page, read when shown

    tabs.setCurrentIndex(2)  # a click on the tab bar makes it too
    assert tabs.currentWidget() is main_window.tab(2) and tabs.tabText(2) == "配件备料"
    qtbot.waitUntil(lambda: main_window.tab(2).model.rowCount() > 0)
    assert len(main_window.built_tabs()) == 3  # the staff tab is still not made
