"""新建返厂申请: units by claim or serial, parts by part number, each with its reason and classification (D11-D14)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.gui.forms.ui_return_new_dialog import Ui_NewReturnDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.requisitions.form_dialog import FAILED, OK, FormDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.texts import classification_text, who_pays_text
from desktop_app.gui.requisitions.tables import set_columns
from desktop_app.gui.work_orders.grids import fill_grid
from desktop_app.services import numbering
from desktop_app.services.actor import Actor
from desktop_app.services.manufacturer_returns import ReturnLineInput
from desktop_app.services.return_details import MANUFACTURER_PAYS, LinePreview


class NewReturnDialog(FormDialog):
    def __init__(self, services: RequisitionServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_NewReturnDialog(), services, actor, parent)
        ui = self.ui
        self.lines: list[LinePreview] = []
        self.errors = FieldErrors([("code", ui.code_edit, ui.code_error), ("found_on", ui.found_on_edit, ui.code_error),
                                   ("lines", ui.lines_table, ui.lines_error)], ui.error_label)
        set_columns(ui.lines_table, [self.tr("Serial / part no."), self.tr("Name"), self.tr("Qty"), self.tr("Reason"),
                                     self.tr("Classification"), self.tr("Who pays"), self.tr("Found on")], 3)
        ui.found_on_hint.setText(self.tr("A claim's line goes by the claim's own dates."))
        ui.unit_radio.toggled.connect(self._on_kind_changed)
        ui.code_edit.returnPressed.connect(ui.reason_edit.setFocus)
        ui.reason_edit.returnPressed.connect(self.add_line)
        ui.add_button.clicked.connect(self.add_line)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def start(self) -> None:
        ui = self.ui
        self.lines = []
        self.errors.clear()
        for edit in (ui.code_edit, ui.reason_edit, ui.note_edit):
            edit.clear()
        ui.unit_radio.setChecked(True)
        ui.quantity_spin.setValue(1)
        # D11/D12: the windows count to the day the defect was found; never a day still to come.
        today = self._services.today()
        ui.found_on_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        ui.found_on_edit.setDate(QDate(today.year, today.month, today.day))
        self._on_kind_changed()
        self._show_lines()
        self.mark_clean()
        ui.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        ui = self.ui
        return (tuple(self.lines), ui.code_edit.text(), ui.reason_edit.text(), ui.note_edit.text(),
                ui.found_on_edit.date())

    @Slot()
    def add_line(self) -> None:
        """Finds the unit or part, classifies it as the service will, and lists it (nothing saved yet)."""
        ui = self.ui
        code, reason = ui.code_edit.text().strip(), ui.reason_edit.text().strip()
        if not code:
            self._field_error("code", self.tr("Scan or type a claim no., serial no. or part no."))
            return
        if not reason:
            self._field_error("code", self.tr("Give the reason for returning it."))
            ui.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        found_on = ui.found_on_edit.date().toPython()
        if ui.part_radio.isChecked():
            given = ReturnLineInput(reason=reason, part_no=code, quantity=ui.quantity_spin.value(), found_on=found_on)
        elif self._looks_like_claim(code):
            given = ReturnLineInput(reason=reason, claim_number=code, quantity=ui.quantity_spin.value())
        else:
            given = ReturnLineInput(reason=reason, serial=code, quantity=ui.quantity_spin.value(), found_on=found_on)
        preview = self.attempt(lambda: self._services.return_details.preview(given), self.errors)
        if preview is FAILED:
            return
        self.errors.clear()
        self.lines.append(preview)
        ui.code_edit.clear()
        ui.reason_edit.clear()
        ui.quantity_spin.setValue(1)
        self._show_lines()
        ui.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def remove_selected(self) -> None:
        rows = self.ui.lines_table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.lines):
            del self.lines[rows[0].row()]
            self._show_lines()

    @Slot()
    def save(self) -> None:
        lines, note = [p.line for p in self.lines], self.ui.note_edit.text()
        if not lines:
            self._field_error("lines", self.tr("Add at least one unit or part to the list (D15)."))
            return
        number = self.attempt(lambda: self._services.returns.create(self._actor, lines, note), self.errors)
        if number is FAILED:
            return
        self.finish(number, self.tr("Application {number} saved as a draft: apply to the manufacturer when the list "
                                    "is complete.").format(number=number), OK)

    def _looks_like_claim(self, code: str) -> bool:
        """Claim numbers are the centre's own (SC-…); anything else is a serial."""
        return code.upper().startswith(f"{numbering.CLAIM}-")

    def _field_error(self, field: str, text: str) -> None:
        self.errors.clear()
        label = self.ui.code_error if field == "code" else self.ui.lines_error
        label.setText(text)
        label.show()

    def _show_lines(self) -> None:
        by_claim = self.tr("by the claim")
        rows = [(p.line.serial or p.line.part_no or "", p.name, str(p.line.quantity), p.line.reason,
                 classification_text(p.cost_bearer), who_pays_text(p.cost_bearer),
                 p.line.found_on.isoformat() if p.line.found_on else by_claim) for p in self.lines]
        fill_grid(self.ui.lines_table, rows, right=(2,))
        self.ui.remove_button.setEnabled(bool(self.lines))
        manufacturer = sum(1 for p in self.lines if p.cost_bearer in MANUFACTURER_PAYS)
        self.ui.lines_box.setTitle(self.tr("Detailed list (D15): {count} lines, {manufacturer} at the manufacturer's "
                                           "cost").format(count=len(self.lines), manufacturer=manufacturer))

    @Slot()
    def _on_kind_changed(self) -> None:
        unit = self.ui.unit_radio.isChecked()
        self.ui.code_edit.setPlaceholderText(self.tr("Scan the claim receipt or the unit's serial label") if unit
                                             else self.tr("The part number, e.g. PWR-01"))
        self.ui.quantity_spin.setEnabled(not unit)  # a unit is one unit
        if unit:
            self.ui.quantity_spin.setValue(1)
