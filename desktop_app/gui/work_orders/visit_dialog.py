"""上门服务: arrival and departure times and the call to headquarters (S3, E23); a late arrival shows red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.forms.ui_work_order_visit_dialog import Ui_VisitDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.work_orders.order_dialog import ERROR, FAILED, OK, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail


def _local(value: dt.datetime) -> QDateTime:
    return QDateTime(value.astimezone().replace(tzinfo=None, second=0, microsecond=0))


def _aware(edit: QDateTimeEdit) -> dt.datetime:
    """The edit shows the counter's clock; the service stores aware times (UTC)."""
    return edit.dateTime().toPython().replace(second=0, microsecond=0).astimezone()


class VisitDialog(OrderDialog):
    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_VisitDialog(), services, actor, parent)
        self._first_visit = True
        ui = self.ui
        self.errors = FieldErrors([("arrived_at", ui.arrived_edit, ui.arrived_at_error),
                                   ("departed_at", ui.departed_edit, ui.departed_at_error),
                                   ("travel_started_at", ui.travel_edit, ui.departed_at_error)], ui.error_label)
        ui.departed_check.toggled.connect(self._on_departed_toggled)
        ui.travel_check.toggled.connect(ui.travel_edit.setEnabled)
        ui.arrived_edit.dateTimeChanged.connect(self._show_late)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def fill(self, detail: WorkOrderDetail) -> None:
        ui = self.ui
        self.errors.clear()
        now = self._services.clock()
        ui.required_value.setText(local_time_text(detail.required_arrival_at) if detail.required_arrival_at
                                  else self.tr("Not given"))
        # The latest visit to complete or correct; none when it has ended or was someone else's (the order
        # reassigned): saving then records a new visit (S3, E23; services.work_order_visits).
        latest = detail.visits[-1] if detail.visits else None
        ended = latest is not None and (latest.departed_at is not None or latest.technician_id != detail.technician_id)
        shown = (None, None, None, None) if ended else (
            detail.travel_started_at, detail.arrived_at, detail.departed_at, detail.called_headquarters)
        travel, arrived, departed, called = shown
        # S3: only the first visit answers to the time the customer asked for.
        self._first_visit = not detail.visits or (len(detail.visits) == 1 and not ended)
        ui.travel_edit.setDateTime(_local(travel or now))
        ui.travel_check.setChecked(travel is not None)
        ui.travel_edit.setEnabled(ui.travel_check.isChecked())
        ui.arrived_edit.setDateTime(_local(arrived or now))
        ui.departed_edit.setDateTime(_local(departed or now))
        ui.departed_check.setChecked(departed is not None)
        ui.called_check.setChecked(bool(called))
        self._on_departed_toggled(ui.departed_check.isChecked())
        self._show_late()
        ui.arrived_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        ui = self.ui
        return (ui.travel_check.isChecked(), ui.travel_edit.dateTime(), ui.arrived_edit.dateTime(),
                ui.departed_check.isChecked(), ui.departed_edit.dateTime(), ui.called_check.isChecked())

    def is_late(self) -> bool:
        required = self.detail.required_arrival_at if self.detail else None
        return required is not None and self._first_visit and _aware(self.ui.arrived_edit) > required

    @Slot()
    def save(self) -> None:
        if self.detail is None:
            return
        ui = self.ui
        departed = ui.departed_check.isChecked()
        order_id, version, arrived = self.detail.id, self.detail.row_version, _aware(ui.arrived_edit)
        left = _aware(ui.departed_edit) if departed else None
        called = ui.called_check.isChecked() if departed else None
        travel = _aware(ui.travel_edit) if ui.travel_check.isChecked() else None
        late = self.attempt(lambda: self._services.bench.record_visit(
            self._actor, order_id, arrived_at=arrived, departed_at=left, called_headquarters=called,
            travel_started_at=travel, expected_version=version), self.errors)
        if late is FAILED:
            return
        if late:
            self.finish(self.tr("Visit saved. The arrival was late (S3) and is recorded for the assessment (E23)."),
                        ERROR)
        elif departed and not called:
            self.finish(self.tr("Visit saved. Headquarters was not called after leaving (E23)."), ERROR)
        else:
            self.finish(self.tr("Visit saved."), OK)

    @Slot(bool)
    def _on_departed_toggled(self, departed: bool) -> None:
        self.ui.departed_edit.setEnabled(departed)
        self.ui.called_check.setEnabled(departed)

    @Slot()
    def _show_late(self) -> None:
        late = self.is_late()
        self.ui.late_label.setVisible(late)
        self.ui.late_label.setText(self.tr("Late: after the time the customer asked for (S3).") if late else "")
