"""The staff tab shows fines still awaiting a decision as their own amber figure and evidence, apart from
the confirmed total, and the sheet is not printed until they are decided (E23, E24)."""

from __future__ import annotations

import pytest
from evaluation_depot import MONTH, TODAY, cell, evaluation_depot, row_of, shown, staff_tab
from gui_support import keep_screenshot
from printing_support import pdf_text
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.vocabulary import FineReason
from desktop_app.gui.evaluation.detail_panel import PENDING_COLOUR
from desktop_app.services.assessment import AssessmentService


@pytest.fixture
def fined(database):
    """李工: ¥50 confirmed, ¥100 and ¥30 only suggested, all this month."""
    depot = evaluation_depot(database)
    svc = AssessmentService(depot.db.sessions)
    mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
    confirmed = svc.record_fine(sup, tech.staff_id, FineReason.LEFT_WITHOUT_CALLING_HQ, MONTH)
    svc.decide_fine(mgr, confirmed, confirm=True, reason="未报总部")
    depot.pending = [svc.record_fine(sup, tech.staff_id, FineReason.DISOBEYED_DISPATCH, MONTH),
                     svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, TODAY)]
    return depot


def test_pending_fines_are_their_own_amber_figure_and_evidence(qtbot, fined):
    tab = staff_tab(qtbot, fined)
    li = row_of(tab, "李工")
    assert cell(tab, li, "罚款") == "¥50.00"  # the confirmed total only
    assert cell(tab, li, "待处理罚款") == "2 笔 ¥130.00"
    assert cell(tab, row_of(tab, "王工"), "待处理罚款") == "—"  # none: a dash, as every absent value
    tab.ui.table_view.selectRow(li)
    panel = tab.panel
    assert panel.figure_text("fines_total") == "¥50.00"
    assert panel.figure_text("pending_fines") == "2 笔 ¥130.00"
    assert PENDING_COLOUR.name() in panel._values["pending_fines"].styleSheet()
    assert "罚款" in panel.ui.message_label.text() and "打印" in panel.ui.message_label.text()
    assert panel.evidence("fines") == ["¥50.00"]
    assert sorted(panel.evidence("pending_fines")) == ["¥100.00", "¥30.00"]
    pending = panel.section("pending_fines")
    assert all(pending.child(i).foreground(1).color() == PENDING_COLOUR for i in range(pending.childCount()))
    assert TODAY.isoformat() in pending.child(0).text(1)  # dated, as the sheet dates them
    keep_screenshot(tab, "staff_tab_pending_fines")


def test_printing_is_refused_until_the_fines_are_decided(qtbot, fined, monkeypatch):
    shown_errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a: shown_errors.append(text))
    tab = staff_tab(qtbot, fined)
    tab.ui.table_view.selectRow(row_of(tab, "李工"))
    with qtbot.waitSignal(tab.jobs.failed, timeout=20_000):
        tab.panel.ui.print_sheet_button.click()
    assert len(shown_errors) == 1
    for named in (MONTH.isoformat(), "不服从派工", "¥100.00", TODAY.isoformat(), "¥30.00", "“罚款”"):
        assert named in shown_errors[0], named

    svc, mgr = AssessmentService(fined.db.sessions), fined.staff["manager"]
    svc.decide_fine(mgr, fined.pending[0], confirm=True, reason="拒绝派工")
    svc.decide_fine(mgr, fined.pending[1], confirm=False, reason="路上堵车")
    tab.reload()
    shown(qtbot, tab)
    tab.open_staff(fined.staff["tech"].staff_id)
    assert tab.panel.figure_text("pending_fines") == "—" and tab.panel.ui.message_label.text() == ""
    with qtbot.waitSignal(tab.jobs.preview_opened, timeout=20_000) as opened:
        tab.panel.ui.print_sheet_button.click()
    preview = opened.args[0]
    text = pdf_text(preview.pdf).replace(" ", "").replace("\n", "")
    assert "罚款合计（E23）¥150.00" in text and f"{MONTH.isoformat()}不服从派工" in text
    preview.close()
