"""In English too, on a 1366-wide counter screen: the staff evaluation shows all fifteen columns without a
horizontal scroll bar (long titles on two lines, the roles whole, the panel a little narrower), and the audit
log's record-type column shows every record type whole ("Return to the manufacturer"); Chinese is unchanged in
what it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from desktop_app.app import build_main_window
from desktop_app.core.roles import Role
from desktop_app.gui import screen_fit
from desktop_app.gui.audit_labels import ENTITY_LABELS
from desktop_app.gui.audit_table_model import ENTITY, entity_label
from desktop_app.gui.dialogs.audit_viewer import AuditViewer
from desktop_app.gui.labels import label
from desktop_app.gui.tabs.staff_tab import PANEL_AT_LEAST
from desktop_app.services.audit_log import AuditLog
from desktop_app.start import prepare_application
from gui_support import keep_screenshot

WIDE, HIGH = 1366, 700  # a maximised window on 1366×768, less the taskbar


def fully_visible(view, column: int) -> bool:
    header = view.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column) <= view.viewport().width()


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp) -> str:
    prepare_application(request.param)  # the autouse chinese_app fixture puts the default back afterwards
    return request.param


@pytest.fixture
def counter_window(qtbot, monkeypatch, database, manager, accounts, language):
    for username, name, role in (("tech", "李工", Role.TECHNICIAN), ("desk", "前台小陈", Role.OPERATOR),
                                 ("sup", "张主管", Role.SUPERVISOR)):
        accounts.add_user(manager, username, name, role, "secret-123")
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(0, 0, WIDE, 728))
    window = build_main_window(database, manager)
    qtbot.addWidget(window)
    window.resize(WIDE, HIGH)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == WIDE)
    return window


def test_the_staff_table_shows_every_column_without_scrolling(counter_window, qtbot, language) -> None:
    counter_window.show_tab(3)
    tab = counter_window.tab(3)
    view = tab.ui.table_view
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    model = view.model()
    assert all(fully_visible(view, column) for column in range(model.columnCount()))
    assert not view.horizontalScrollBar().isVisible()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    if language == "en":
        assert "Incomplete\nreports" in titles and "Major\ndemerits" in titles  # two lines, not one wide one
    else:
        assert "24 小时内" in titles and not any("\n" in title for title in titles)  # Chinese: one line each
    metrics = view.fontMetrics()
    role = view.horizontalHeader().sectionSize(1)
    assert all(metrics.horizontalAdvance(label(r)) < role for r in (Role.TECHNICIAN, Role.SUPERVISOR, Role.OPERATOR))
    assert tab.panel.width() >= PANEL_AT_LEAST - 10  # the figures beside it still fit
    keep_screenshot(counter_window, f"staff_tab_1366_{language}")


def test_the_audit_log_shows_every_record_type_whole(qtbot, database, accounts, manager, language) -> None:
    viewer = AuditViewer(AuditLog(database.sessions), accounts, manager)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    view = viewer.ui.table_view
    width = view.horizontalHeader().sectionSize(ENTITY)
    widest = max(view.fontMetrics().horizontalAdvance(entity_label(entity)) for entity in ENTITY_LABELS)
    assert widest + 8 <= width  # the cell's margins: "Return to the manufacturer" is not cut to "Return to the manu…"
    assert fully_visible(view, ENTITY)
    viewer.start()
    qtbot.waitUntil(lambda: viewer.model.total >= 1)  # the manager's own creation
    entries = viewer.ui.count_label.text()
    assert entries in (f"{viewer.model.total} entries", f"{viewer.model.total} entry", f"共 {viewer.model.total} 条")
    if language == "en" and viewer.model.total == 1:
        assert entries == "1 entry"
