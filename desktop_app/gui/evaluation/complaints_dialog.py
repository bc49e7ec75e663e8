"""Complaints (E3, E5, E6, E20, E21): the month's list with status, registering, and the supervisor's verification."""

from __future__ import annotations

import datetime as dt

import shiboken6

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidgetItem, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import ComplaintStatus
from desktop_app.errors import ValidationError
from desktop_app.gui.error_display import error_text
from desktop_app.gui.evaluation.complaint_form import ComplaintForm
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.texts import gate, text_of
from desktop_app.gui.formatting import MISSING, date_text, text_or_missing
from desktop_app.gui.forms.ui_evaluation_complaints_dialog import Ui_ComplaintsDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.list_setup import fit_widths
from desktop_app.services.actor import Actor
from desktop_app.services.assessment_views import ComplaintView

# No., received, how, from, phone, about, category, work order, status; the outcome takes the rest.
COLUMN_CHARS = (13, 10, 6, 8, 13, 10, 14, 16, 8)


class ComplaintsDialog(QDialog):
    changed = Signal()  # a complaint registered or verified: the evaluation figures change

    def __init__(self, services: EvaluationServices, actor: Actor, month: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ComplaintsDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self._month = month.replace(day=1)
        self.complaints: list[ComplaintView] = []
        self.form: ComplaintForm | None = None
        ui = self.ui
        ui.top_row.setStretch(0, 1)  # the explanation takes the width, the button keeps its own
        self.setWindowTitle(self.tr("Complaints {month}").format(month=f"{self._month:%Y-%m}"))
        ui.intro_label.setText(self.tr("Complaints received in {month}, and every complaint still awaiting "
                                       "verification.").format(month=f"{self._month:%Y-%m}"))
        headers = [self.tr("No."), self.tr("Received"), self.tr("How"), self.tr("From"), self.tr("Phone"),
                   self.tr("About"), self.tr("Category"), self.tr("Work order"), self.tr("Status"), self.tr("Outcome")]
        ui.complaints_table.setColumnCount(len(headers))
        ui.complaints_table.setHorizontalHeaderLabels(headers)
        # Widths in characters, not to contents: an empty month squeezed every title to nothing while
        # the outcome took 70 % of the width.
        header = ui.complaints_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_widths(header, dict(enumerate(COLUMN_CHARS)), self.fontMetrics())
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No complaints this month, and none awaiting verification."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        ui.dialog_layout.insertWidget(ui.dialog_layout.indexOf(ui.complaints_table) + 1, self.empty_label, 1)
        self.errors = FieldErrors([("findings", ui.findings_edit, ui.findings_error)], ui.error_label)
        ui.register_button.clicked.connect(self.open_form)
        ui.uphold_button.clicked.connect(lambda: self.verify(upheld=True))
        ui.dismiss_button.clicked.connect(lambda: self.verify(upheld=False))
        ui.close_button.clicked.connect(self.accept)
        ui.complaints_table.itemSelectionChanged.connect(self._show_selected)
        self.allowed = gate(ui.register_button, actor, Permission.COMPLAINTS_RECORD)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        try:
            self.complaints = self._services.views.complaints(self._actor, self._month) if self.allowed else []
        except Exception as error:  # noqa: BLE001 - shown in the dialog, nothing written
            self.ui.error_label.setText(error_text(error))
            self.complaints = []
        table = self.ui.complaints_table
        table.setRowCount(len(self.complaints))
        table.setVisible(bool(self.complaints))  # an empty month says so instead of a blank table
        self.empty_label.setVisible(not self.complaints)
        for row, c in enumerate(self.complaints):
            outcome = text_of(c.demerit) if c.demerit is not None else (
                MISSING if c.status is ComplaintStatus.REGISTERED else self.tr("Recorded, nothing held against anyone"))
            cells = [c.number, date_text(c.received_on), text_of(c.received_via), c.complainant,
                     text_or_missing(c.contact_phone),  # whom the answer goes to (E3, E5, S3)
                     text_or_missing(c.about_name or c.product_model), text_of(c.category),
                     text_or_missing(c.work_order_number), text_of(c.status), outcome]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(c.description)
                if c.status is ComplaintStatus.REGISTERED:
                    font = item.font()
                    font.setBold(True)  # waiting for the supervisor: stands out
                    item.setFont(font)
                table.setItem(row, column, item)
        index = next((i for i, c in enumerate(self.complaints) if c.number == select), None)
        if index is None:
            index = next((i for i, c in enumerate(self.complaints) if c.status is ComplaintStatus.REGISTERED), None)
        if index is not None:
            table.selectRow(index)
        self._show_selected()

    def selected(self) -> ComplaintView | None:
        rows = self.ui.complaints_table.selectionModel().selectedRows()
        return self.complaints[rows[0].row()] if rows else None

    def select(self, number: str) -> None:
        for index, complaint in enumerate(self.complaints):
            if complaint.number == number:
                self.ui.complaints_table.selectRow(index)

    @Slot()
    def _show_selected(self) -> None:
        ui, complaint = self.ui, self.selected()
        waiting = complaint is not None and complaint.status is ComplaintStatus.REGISTERED and self.allowed
        for widget in (ui.findings_edit, ui.uphold_button, ui.dismiss_button):
            widget.setEnabled(waiting)
        self.errors.clear()
        if complaint is None:
            ui.selected_label.setText(self.tr("Choose a complaint in the list."))
            ui.findings_edit.clear()
            ui.outcome_label.clear()
            return
        if complaint.contact_phone:  # the verification calls the complainant back (E3, E5)
            ui.selected_label.setText(self.tr("{number} (phone {phone}): {description}").format(
                number=complaint.number, phone=complaint.contact_phone, description=complaint.description))
        else:
            ui.selected_label.setText(self.tr("{number}: {description}").format(
                number=complaint.number, description=complaint.description))
        ui.findings_edit.setPlainText(complaint.findings or "")
        if complaint.status is ComplaintStatus.REGISTERED:
            ui.outcome_label.setText(self.tr("Awaiting verification."))
        elif complaint.demerit is not None:
            ui.outcome_label.setText(self.tr("{status}: {outcome}").format(
                status=text_of(complaint.status), outcome=text_of(complaint.demerit)))
        else:
            ui.outcome_label.setText(text_of(complaint.status))

    def has_unsaved_changes(self) -> bool:
        """Findings typed but not saved, or a complaint form being filled."""
        complaint = self.selected()
        typed = self.ui.findings_edit.toPlainText().strip()
        pending = complaint is not None and complaint.status is ComplaintStatus.REGISTERED and bool(typed)
        form = self.form if self.form is not None and shiboken6.isValid(self.form) and self.form.isVisible() else None
        return pending or (form is not None and form.has_input())

    def done(self, result: int) -> None:
        """The registration form closes with the list: it belongs to this user's session."""
        if self.form is not None and shiboken6.isValid(self.form):
            self.form.reject()
        super().done(result)

    @Slot()
    def open_form(self) -> ComplaintForm:
        self.form = ComplaintForm(self._services, self._actor, self)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.registered.connect(self._on_registered)
        self.form.open()
        return self.form

    @Slot(str)
    def _on_registered(self, number: str) -> None:
        self.reload(select=number)
        self.ui.message_label.setText(self.tr("Complaint {number} registered; it awaits verification.").format(
            number=number))
        self.changed.emit()

    def verify(self, *, upheld: bool) -> None:
        """The supervisor's finding; the resulting demerit (E21) or criticism (E3) is shown at once."""
        complaint = self.selected()
        if complaint is None:
            return
        self.errors.clear()
        try:
            kind = self._services.assessment.verify_complaint(self._actor, complaint.number, upheld=upheld,
                                                              findings=self.ui.findings_edit.toPlainText())
        except ValidationError as error:
            self.errors.show([error])
            return
        except Exception as error:  # noqa: BLE001 - internal: said plainly, logged
            self.ui.error_label.setText(error_text(error))
            return
        if kind is not None:
            text = self.tr("{number} upheld: {outcome}.").format(number=complaint.number, outcome=text_of(kind))
        elif upheld:
            text = self.tr("{number} upheld; recorded and reported, nothing held against anyone.").format(
                number=complaint.number)
        else:
            text = self.tr("{number} dismissed.").format(number=complaint.number)
        self.reload(select=complaint.number)
        self.ui.message_label.setText(text)
        self.changed.emit()
