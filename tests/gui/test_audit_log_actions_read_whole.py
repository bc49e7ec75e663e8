"""The audit log's Action column on a 1366×768 counter screen, in both languages: every action name is
shown whole, or, past the width the Changes column must keep, cut with an ellipsis and shown whole in its
tooltip ("Upheld without a demerit: no rules in force then (E24)" was cut to "Upheld witho…")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt

from desktop_app.db.models import AuditEntry
from desktop_app.gui import screen_fit
from desktop_app.gui.audit_labels import ACTION_LABELS
from desktop_app.gui.audit_table_model import ACTION, CHANGES, action_label
from desktop_app.gui.dialogs.audit_viewer import CHANGES_AT_LEAST_CHARS, AuditViewer
from desktop_app.services.audit_log import AuditLog
from desktop_app.start import prepare_application
from gui_support import keep_screenshot

LONG = ("no_demerit", "quote_restored", "customer_consent", "withdraw", "locked_out", "approve_over_quota")


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp) -> str:
    prepare_application(request.param)  # the autouse chinese_app fixture puts the default back afterwards
    return request.param


@pytest.fixture
def viewer(qtbot, monkeypatch, database, accounts, manager, language) -> AuditViewer:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(0, 0, 1366, 728))
    with database.sessions.write() as s, s.begin():
        s.add_all([AuditEntry(user_id=manager.staff_id, entity="complaint", entity_id=i + 1, action=action,
                              changes={"status": {"old": "open", "new": "verified"}})
                   for i, action in enumerate(LONG)])
    viewer = AuditViewer(AuditLog(database.sessions), accounts, manager)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.start()
    qtbot.waitUntil(lambda: viewer.model.rowCount() >= len(LONG))
    return viewer


def test_long_action_names_are_readable_at_1366(viewer, language) -> None:
    assert viewer.frameGeometry().width() <= 1366 or viewer.width() <= 1366 - screen_fit.FRAME_WIDTH
    view, model = viewer.ui.table_view, viewer.model
    header, metrics = view.horizontalHeader(), view.fontMetrics()
    action_width = header.sectionSize(ACTION)
    # Every column inside the window, Changes keeping room for a readable line.
    assert header.sectionViewportPosition(CHANGES) + header.sectionSize(CHANGES) <= view.viewport().width()
    assert header.sectionSize(CHANGES) >= metrics.horizontalAdvance("0") * CHANGES_AT_LEAST_CHARS
    whole = [a for a in ACTION_LABELS if metrics.horizontalAdvance(action_label(a)) + 8 <= action_width]
    assert len(whole) >= len(ACTION_LABELS) - 3, sorted(set(ACTION_LABELS) - set(whole))
    for row in range(model.rowCount()):
        index = model.index(row, ACTION)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert action_label(model.row_at(row).action) in tip  # the whole name, whatever the cell shows
    if language == "en":
        assert metrics.horizontalAdvance("Revised quote refused: the accepted quote stands") + 8 <= action_width
    keep_screenshot(viewer, f"audit_actions_1366_{language}")
