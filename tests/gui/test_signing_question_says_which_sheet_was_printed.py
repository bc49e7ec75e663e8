"""Before the supervisor confirms a signature, the question says which evaluation sheet was delivered: 未打印
offers to print it instead of recording; a sheet printed before a later fine asks for a new print; the
current print names its time and printer-operator and records (E23, E24)."""

from __future__ import annotations

import datetime as dt

from evaluation_depot import MONTH, evaluation_depot, row_of, shown, staff_tab
from evaluation_sheet_delivery import deliver_sheet
from gui_support import keep_screenshot
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop_app.core.vocabulary import FineReason
from desktop_app.gui.evaluation.signing_actions import PRINT_BUTTON, RECORD_BUTTON
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.evaluation_signatures import EvaluationSignatures

LAST = (MONTH - dt.timedelta(days=1)).replace(day=1)


def test_the_signing_question_says_whether_and_when_the_sheet_was_printed(qtbot, database, monkeypatch):
    depot = evaluation_depot(database)
    svc, mgr, sup, tech = AssessmentService(database.sessions), *(depot.staff[k] for k in ("manager", "sup", "tech"))
    fine = svc.record_fine(sup, tech.staff_id, FineReason.LEFT_WITHOUT_CALLING_HQ, LAST + dt.timedelta(days=4))
    svc.decide_fine(mgr, fine, confirm=True, reason="未报总部")
    tab = staff_tab(qtbot, depot, month=LAST)
    tab.ui.table_view.selectRow(row_of(tab, "李工"))
    printed: list[bool] = []
    monkeypatch.setattr(tab, "print_sheet", lambda: printed.append(True))  # the preview is tested elsewhere
    asked: list[tuple[str, str, set[str]]] = []

    def answer_with(button: str):  # type: ignore[no-untyped-def]
        def exec_(box: QMessageBox) -> int:
            box.show()  # as exec would: the box sizes itself to its wrapped text
            keep_screenshot(box, f"signing_question_{len(asked)}")
            asked.append((box.text(), box.informativeText(),
                           {b.objectName() for b in box.findChildren(QPushButton) if b.objectName()}))
            box.findChild(QPushButton, button).click()
            return 0
        monkeypatch.setattr(QMessageBox, "exec", exec_)

    def signed() -> object:
        return EvaluationSignatures(database.sessions).signed(sup, tech.staff_id, LAST)

    answer_with(PRINT_BUTTON)
    tab.panel.ui.mark_signed_button.click()
    text, advice, buttons = asked[-1]
    assert text.startswith("未打印") and "李工" in text and f"{LAST:%Y-%m}" in text
    assert "由本人签字后再记为已签字" in advice and buttons == {PRINT_BUTTON}  # no way to record
    assert printed == [True] and signed() is None

    deliver_sheet(database.sessions, sup, tech, LAST)
    late = svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, LAST + dt.timedelta(days=20))
    svc.decide_fine(mgr, late, confirm=True, reason="迟到")
    tab.panel.ui.mark_signed_button.click()
    text, _advice, buttons = asked[-1]
    assert "张主管 打印，不含此后录入或处理的罚款" in text and buttons == {PRINT_BUTTON}
    assert printed == [True, True] and signed() is None

    deliver_sheet(database.sessions, sup, tech, LAST)
    answer_with(RECORD_BUTTON)
    tab.panel.ui.mark_signed_button.click()
    shown(qtbot, tab)
    text, advice, buttons = asked[-1]
    assert "记录 李工 已在" in text and advice.startswith("该考评表已于") and advice.endswith("由 张主管 打印。")
    assert RECORD_BUTTON in buttons and signed() is not None
