"""改派: the supervisor hands an order still being worked on to another technician, with the reason (E1, E16, E17, E23)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.gui.forms.ui_reassign_dialog import Ui_ReassignDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.labels import label
from desktop_app.gui.work_orders.order_dialog import FAILED, OK, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail


class ReassignDialog(OrderDialog):
    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ReassignDialog(), services, actor, parent)
        ui = self.ui
        self.errors = FieldErrors([("technician", ui.technician_combo, ui.technician_error),
                                   ("reason", ui.reason_edit, ui.reason_error)], ui.error_label)
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        self._names: dict[int, str] = {}

    def fill(self, detail: WorkOrderDetail) -> None:
        ui = self.ui
        self.errors.clear()
        ui.reason_edit.clear()
        ui.current_label.setText(self.tr("Now with {name} ({state}).").format(
            name=detail.technician or "—", state=label(detail.state)))
        combo = ui.technician_combo
        combo.clear()
        self._names = {}
        for tech in self._services.support.technicians():  # active ones only (E1)
            if tech.id != detail.technician_id:  # handing it to its own technician changes nothing
                self._names[tech.id] = tech.display_name
                combo.addItem(self.tr("{name} ({role}, {count} open)").format(
                    name=tech.display_name, role=label(tech.role), count=tech.open_orders), tech.id)
        combo.setCurrentIndex(0 if combo.count() else -1)
        combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        return self.ui.reason_edit.text()

    @Slot()
    def save(self) -> None:
        if self.detail is None:
            return
        technician = self.ui.technician_combo.currentData()
        order_id, version = self.detail.id, self.detail.row_version
        done = self.attempt(lambda: self._services.orders.reassign(
            self._actor, order_id, technician if technician is not None else 0, self.ui.reason_edit.text(),
            expected_version=version), self.errors)
        if done is FAILED:
            return
        self.finish(self.tr("{number} handed over to {name}.").format(
            number=self.detail.number, name=self._names.get(technician, "")), OK)
