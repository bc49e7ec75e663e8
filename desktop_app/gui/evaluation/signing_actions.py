"""Recording a printed evaluation sheet as signed, and the manager's undo with a reason (E23, E24)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop_app.gui.error_display import show_error
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.services.actor import Actor
from desktop_app.services.evaluation_listing import EvaluationRow


def mark_signed(parent: QWidget, services: EvaluationServices, actor: Actor, row: EvaluationRow,
                month: dt.date) -> bool:
    """Asked once (the totals are kept for good), then recorded; True when recorded."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("SigningActions", "Record as signed"),
                                  QCoreApplication.translate(
        "SigningActions", "Record that {name} signed the printed evaluation sheet for {month}? Its fines total and "
                          "demerits are kept as signed; a fine or demerit entered later for this month will count "
                          "as a late entry in the next month not yet signed.").format(
        name=row.name, month=f"{month:%Y-%m}"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        services.signatures.mark_signed(actor, row.staff_id, month, language=PrintSettings.load().language)
    except Exception as error:  # noqa: BLE001 - shown in the user's words
        show_error(parent, error)
        return False
    return True


def undo_signed(parent: QWidget, services: EvaluationServices, actor: Actor, row: EvaluationRow,
                month: dt.date) -> bool:
    """The reason is asked for and kept in the audit trail; True when undone."""
    reason, accepted = QInputDialog.getText(
        parent, QCoreApplication.translate("SigningActions", "Undo signature"), QCoreApplication.translate(
            "SigningActions", "Why was the sheet of {name} for {month} recorded as signed by mistake?").format(
            name=row.name, month=f"{month:%Y-%m}"), QLineEdit.EchoMode.Normal, "")
    if not accepted:
        return False
    try:
        services.signatures.undo(actor, row.staff_id, month, reason)
    except Exception as error:  # noqa: BLE001 - shown in the user's words
        show_error(parent, error)
        return False
    return True
