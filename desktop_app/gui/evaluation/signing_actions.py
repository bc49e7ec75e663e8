"""Recording a printed evaluation sheet as signed, and the manager's undo with a reason (E23, E24)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from desktop_app.gui.error_display import show_error
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.formatting import MISSING, local_time_text
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.services.actor import Actor
from desktop_app.services.evaluation_signatures import SheetPrintStatus
from desktop_app.services.evaluation_listing import EvaluationRow

RECORD_BUTTON, PRINT_BUTTON = "record_button", "print_button"  # object names: the tests click them


def mark_signed(parent: QWidget, services: EvaluationServices, actor: Actor, row: EvaluationRow,
                month: dt.date, print_sheet: Callable[[], None] | None = None) -> bool:
    """Asked once (the totals are kept for good), then recorded; True when recorded. The question says
    first which sheet was delivered (E24: the record stands for that paper); without a sheet that shows
    the month's figures it offers ``print_sheet`` instead of recording."""
    try:
        status = services.signatures.sheet_print(actor, row.staff_id, month)
    except Exception as error:  # noqa: BLE001 - shown in the user's words
        show_error(parent, error)
        return False
    box = signing_question(parent, row, month, status, can_print=print_sheet is not None)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked.objectName() == PRINT_BUTTON and print_sheet is not None:
        print_sheet()
        return False
    if clicked is None or clicked.objectName() != RECORD_BUTTON:
        return False
    try:
        services.signatures.mark_signed(actor, row.staff_id, month, language=PrintSettings.load().language)
    except Exception as error:  # noqa: BLE001 - shown in the user's words
        show_error(parent, error)
        return False
    return True


def signing_question(parent: QWidget, row: EvaluationRow, month: dt.date, status: SheetPrintStatus, *,
                     can_print: bool) -> QMessageBox:
    """Record or cancel when the latest delivered sheet shows the month's figures; else why not, with
    Print evaluation sheet… (when ``can_print``) and Cancel: the service would refuse the record anyway."""
    name, shown_month, printed = row.name, f"{month:%Y-%m}", status.printed
    title = QCoreApplication.translate("SigningActions", "Record as signed")
    when, by = (local_time_text(printed.at), printed.printed_by or MISSING) if printed else (MISSING, MISSING)
    if status.current:
        box = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate(
            "SigningActions", "Record that {name} signed the printed evaluation sheet for {month}? Its fines total and "
                              "demerits are kept as signed; a fine or demerit entered later for this month will count "
                              "as a late entry in the next month not yet signed.").format(name=name, month=shown_month),
                          QMessageBox.StandardButton.NoButton, parent)
        box.setInformativeText(QCoreApplication.translate(
            "SigningActions", "The sheet was printed at {time} by {by}.").format(time=when, by=by))
        record = box.addButton(QCoreApplication.translate("SigningActions", "&Record as signed"),
                               QMessageBox.ButtonRole.AcceptRole)
        record.setObjectName(RECORD_BUTTON)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        return box
    if printed is None:
        text = QCoreApplication.translate(
            "SigningActions", "Not printed: no evaluation sheet of {name} for {month} was printed or saved.").format(
            name=name, month=shown_month)
    elif printed.figures is None:
        text = QCoreApplication.translate(
            "SigningActions", "The evaluation sheet of {name} for {month} was printed at {time} by {by} with an "
                              "earlier version of the program, which did not record its figures.").format(
            name=name, month=shown_month, time=when, by=by)
    else:
        text = QCoreApplication.translate(
            "SigningActions", "The evaluation sheet of {name} for {month} printed at {time} by {by} does not show "
                              "the fines, demerits or complaints entered or decided since.").format(
            name=name, month=shown_month, time=when, by=by)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "SigningActions", "Print the sheet for the month, have the staff member sign it, then record it as signed."))
    if can_print:
        printing = box.addButton(QCoreApplication.translate("SigningActions", "&Print evaluation sheet…"),
                                 QMessageBox.ButtonRole.AcceptRole)
        printing.setObjectName(PRINT_BUTTON)
        box.setDefaultButton(printing)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box


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
