"""到货登记: what arrived on each line of a shipped requisition; partial deliveries allowed, booked in one go."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QSpinBox, QWidget

from desktop_app.core.vocabulary import RequisitionStatus
from desktop_app.gui.formatting import month_words
from desktop_app.gui.forms.ui_requisition_receive_dialog import Ui_ReceiveDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.requisitions.form_dialog import FAILED, OK, WARN, FormDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.tables import set_columns, widget_column
from desktop_app.gui.work_orders.grids import fill_grid
from desktop_app.services.actor import Actor
from desktop_app.services.requisition_details import RequisitionDetail, RequisitionLineDetail

ARRIVED_COLUMN = 5


class ReceiveDialog(FormDialog):
    def __init__(self, services: RequisitionServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ReceiveDialog(), services, actor, parent)
        ui = self.ui
        self.detail: RequisitionDetail | None = None
        self.lines: list[RequisitionLineDetail] = []
        self.errors = FieldErrors([("received", ui.lines_table, ui.lines_error)], ui.error_label)
        set_columns(ui.lines_table, [self.tr("Part no."), self.tr("Name"), self.tr("Ordered"),
                                     self.tr("Received before"), self.tr("Outstanding"), self.tr("Arrived now")])
        widget_column(ui.lines_table, ARRIVED_COLUMN)
        ui.all_button.clicked.connect(self.fill_outstanding)
        ui.none_button.clicked.connect(self.clear_arrived)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def start(self, detail: RequisitionDetail) -> None:
        ui = self.ui
        self.detail = detail
        self.lines = [line for line in detail.lines if line.outstanding > 0]
        self.errors.clear()
        # No words to translate: the number and the month as the papers name it (2026年11月 / November 2026).
        ui.intro_label.setText(f"{detail.number} · {month_words(detail.month)}")
        rows = [(x.part_no, x.name, str(x.quantity), str(x.received), str(x.outstanding), "") for x in self.lines]
        fill_grid(ui.lines_table, rows, right=(2, 3, 4))
        for row, line in enumerate(self.lines):
            spin = QSpinBox(ui.lines_table)
            spin.setRange(0, line.outstanding)  # more than ordered cannot be booked
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(self._show_total)
            ui.lines_table.setCellWidget(row, ARRIVED_COLUMN, spin)
        self._show_total()
        self.mark_clean()
        if self.lines:
            self.spin(0).setFocus(Qt.FocusReason.OtherFocusReason)

    def spin(self, row: int) -> QSpinBox:
        return self.ui.lines_table.cellWidget(row, ARRIVED_COLUMN)

    def arrived(self) -> dict[int, int]:
        """Part id -> quantity arrived now, lines with nothing left out."""
        return {line.part_id: self.spin(row).value() for row, line in enumerate(self.lines) if self.spin(row).value()}

    def snapshot(self) -> object:
        return tuple(sorted(self.arrived().items()))

    @Slot()
    def fill_outstanding(self) -> None:
        for row, line in enumerate(self.lines):
            self.spin(row).setValue(line.outstanding)

    @Slot()
    def clear_arrived(self) -> None:
        for row in range(len(self.lines)):
            self.spin(row).setValue(0)

    @Slot()
    def save(self) -> None:
        if self.detail is None:
            return
        arrived, number = self.arrived(), self.detail.number
        if not arrived:
            self.ui.lines_error.setText(self.tr("Enter what arrived on at least one line."))
            self.ui.lines_error.show()
            return
        status = self.attempt(lambda: self._services.requisitions.receive(self._actor, number, arrived), self.errors)
        if status is FAILED:
            return
        pieces = sum(arrived.values())
        if status is RequisitionStatus.RECEIVED:
            self.finish(number, self.tr("{count} parts booked into stock: {number} is complete.").format(
                count=pieces, number=number), OK)
        else:
            self.finish(number, self.tr("{count} parts booked into stock; {number} still has parts to come.").format(
                count=pieces, number=number), WARN)

    @Slot()
    def _show_total(self) -> None:
        outstanding = sum(line.outstanding for line in self.lines)
        now = sum(self.arrived().values())
        self.ui.total_label.setText(self.tr("Arrived now: {now} of {outstanding} outstanding").format(
            now=now, outstanding=outstanding))
