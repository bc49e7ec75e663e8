"""The Fines… window lists the fines that count in the month chosen: a late entry (补记) of a signed month in the
month it counts in, and by its own day in the signed month with where it went (E23, E24)."""

from __future__ import annotations

import datetime as dt

from evaluation_depot import MONTH, TODAY, clock_on, evaluation_depot
from evaluation_sheet_delivery import deliver_sheet
from gui_support import keep_screenshot

from desktop_app.core.vocabulary import FineReason
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.fines_dialog import FinesDialog
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.evaluation_signatures import EvaluationSignatures

LAST = (MONTH - dt.timedelta(days=1)).replace(day=1)


def test_a_fine_entered_after_the_signature_shows_in_the_month_it_counts_in(qtbot, database):
    depot = evaluation_depot(database)
    svc, mgr, sup, tech = AssessmentService(database.sessions), *(depot.staff[k] for k in ("manager", "sup", "tech"))
    deliver_sheet(database.sessions, sup, tech, LAST)  # a signature needs the delivered sheet (E24)
    EvaluationSignatures(database.sessions).mark_signed(sup, tech.staff_id, LAST)
    late = svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, LAST + dt.timedelta(days=20))
    svc.decide_fine(mgr, late, confirm=True, reason="迟到")
    services = EvaluationServices.for_sessions(database.sessions, clock_on(TODAY))

    def rows(month: dt.date) -> tuple[FinesDialog, list[list[str]]]:
        dialog = FinesDialog(services, sup, month)
        qtbot.addWidget(dialog)
        table = dialog.ui.fines_table
        return dialog, [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]

    day = f"{LAST + dt.timedelta(days=20):%Y-%m-%d}"
    dialog, this_month = rows(MONTH)
    assert [(r[0], r[1], r[3], r[6]) for r in this_month] == [(f"{day} · 补记（属 {LAST:%Y-%m}）", "李工", "¥30.00", "已确认")]
    assert "已签字" in dialog.ui.fines_table.item(0, 0).toolTip()
    dialog.ui.fines_table.selectRow(0)
    assert "补记（属" in dialog.ui.selected_label.text()
    dialog.resize(1100, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    keep_screenshot(dialog, "fines_window_late_entry")
    _, signed_month = rows(LAST)
    assert [r[0] for r in signed_month] == [f"{day} · 计入 {MONTH:%Y-%m}"]
