"""The staff tab records that a person signed last month's printed sheet; a fine entered afterwards for that
month shows as a late entry (补记) in this month; the general manager alone undoes a wrong record (E23, E24)."""

from __future__ import annotations

import datetime as dt

from evaluation_depot import MONTH, cell, evaluation_depot, row_of, shown, staff_tab
from evaluation_sheet_delivery import deliver_sheet
from gui_support import keep_screenshot
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from desktop_app.core.vocabulary import FineReason
from desktop_app.gui.evaluation.signing_actions import RECORD_BUTTON
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.evaluation_signatures import EvaluationSignatures

LAST = (MONTH - dt.timedelta(days=1)).replace(day=1)


def test_recording_the_signature_keeps_the_month_and_a_later_fine_is_a_late_entry(qtbot, database, monkeypatch):
    depot = evaluation_depot(database)
    svc, mgr, sup, tech = AssessmentService(database.sessions), *(depot.staff[k] for k in ("manager", "sup", "tech"))
    fine = svc.record_fine(sup, tech.staff_id, FineReason.LEFT_WITHOUT_CALLING_HQ, LAST + dt.timedelta(days=4))
    svc.decide_fine(mgr, fine, confirm=True, reason="未报总部")
    deliver_sheet(database.sessions, sup, tech, LAST)  # a signature needs the delivered sheet (E24)
    asked: list[str] = []

    def record(box: QMessageBox) -> int:  # the supervisor answers "Record as signed"
        asked.append(box.text())
        box.findChild(QPushButton, RECORD_BUTTON).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)

    tab = staff_tab(qtbot, depot, month=LAST)
    tab.ui.table_view.selectRow(row_of(tab, "李工"))
    panel = tab.panel
    assert panel.ui.mark_signed_button.isEnabled() and not panel.ui.undo_signed_button.isEnabled()  # sup: no undo
    panel.ui.mark_signed_button.click()
    shown(qtbot, tab)
    qtbot.waitUntil(lambda: panel.row is not None and panel.row.evidence.signed is not None, timeout=20_000)
    assert "李工" in asked[0] and f"{LAST:%Y-%m}" in asked[0]
    assert "已签字" in panel.ui.message_label.text() and "张主管" in panel.ui.message_label.text()
    assert not panel.ui.mark_signed_button.isEnabled()
    assert cell(tab, row_of(tab, "李工"), "已签字") == dt.date.today().isoformat()
    assert cell(tab, row_of(tab, "王工"), "已签字") == ""
    keep_screenshot(tab, "staff_tab_signed_month")

    late = svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, LAST + dt.timedelta(days=20))
    svc.decide_fine(mgr, late, confirm=True, reason="迟到")
    tab.set_month(MONTH)
    shown(qtbot, tab)
    tab.open_staff(tech.staff_id)
    assert panel.figure_text("fines_total") == "¥30.00"
    assert not panel.ui.mark_signed_button.isEnabled()  # this month is not over
    assert any("补记" in line and f"{LAST:%Y-%m}" in line for line in _fine_lines(panel))
    keep_screenshot(tab, "staff_tab_late_entry")

    boss = staff_tab(qtbot, depot, who="manager", month=LAST)
    boss.open_staff(tech.staff_id)
    assert boss.panel.ui.undo_signed_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("记错了月份", True))
    boss.panel.ui.undo_signed_button.click()
    shown(qtbot, boss)
    qtbot.waitUntil(lambda: boss.panel.row is not None and boss.panel.row.evidence.signed is None, timeout=20_000)
    assert EvaluationSignatures(database.sessions).signed(mgr, tech.staff_id, LAST) is None


def _fine_lines(panel) -> list[str]:  # type: ignore[no-untyped-def]
    section = panel.section("fines")
    return [section.child(i).text(1) for i in range(section.childCount())]
