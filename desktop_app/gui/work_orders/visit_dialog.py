"""上门服务: arrival and departure times and the call to headquarters (S3, E23), a new visit or a correction of
the latest one once it has ended; a late arrival shows red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from desktop_app.core.vocabulary import WorkOrderState
from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.forms.ui_work_order_visit_dialog import Ui_VisitDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.work_orders.order_dialog import ERROR, FAILED, OK, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail
from desktop_app.services.work_order_visits import VisitLine


def _local(value: dt.datetime) -> QDateTime:
    return QDateTime(value.astimezone().replace(tzinfo=None, second=0, microsecond=0))


def _aware(edit: QDateTimeEdit) -> dt.datetime:
    """The edit shows the counter's clock; the service stores aware times (UTC)."""
    return edit.dateTime().toPython().replace(second=0, microsecond=0).astimezone()


class VisitDialog(OrderDialog):
    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_VisitDialog(), services, actor, parent)
        self._first_visit = True
        self._latest: VisitLine | None = None  # the ended visit a correction would change, when it may
        ui = self.ui
        self.errors = FieldErrors([("arrived_at", ui.arrived_edit, ui.arrived_at_error),
                                   ("departed_at", ui.departed_edit, ui.departed_at_error),
                                   ("travel_started_at", ui.travel_edit, ui.departed_at_error)], ui.error_label)
        ui.departed_check.toggled.connect(self._on_departed_toggled)
        ui.travel_check.toggled.connect(ui.travel_edit.setEnabled)
        ui.arrived_edit.dateTimeChanged.connect(self._show_late)
        ui.correct_radio.toggled.connect(self._on_mode_toggled)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def fill(self, detail: WorkOrderDetail) -> None:
        ui = self.ui
        self.errors.clear()
        ui.required_value.setText(local_time_text(detail.required_arrival_at) if detail.required_arrival_at
                                  else self.tr("Not given"))
        latest = detail.visits[-1] if detail.visits else None
        own = latest is not None and latest.technician_id == detail.technician_id
        # An ended visit of the order's technician may be corrected (services.visit_corrections) or followed
        # by a new one; another technician's (the order reassigned) is his evidence: only a new visit then.
        self._latest = latest if own and latest is not None and latest.departed_at is not None else None
        ui.mode_box.setVisible(self._latest is not None)
        with QSignalBlocker(ui.correct_radio):
            if self._latest is not None:
                ui.mode_box.setTitle(self.tr("This order's latest visit has ended: arrived {arrived}, left {left}.")
                                     .format(arrived=local_time_text(self._latest.arrived_at),
                                             left=local_time_text(self._latest.departed_at)))
                (ui.correct_radio if self._correction_likely(detail) else ui.new_radio).setChecked(True)
            else:
                ui.new_radio.setChecked(True)
        self._fill_times()
        ui.arrived_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _correction_likely(self, detail: WorkOrderDetail) -> bool:
        """The choice offered first. A technician comes back to the same order for parts missing the
        first time (services.work_order_visits): when the order waited for parts since the latest visit
        began, this is the return trip; otherwise the visit is over and opening it again is to fix a
        mistyped time, and recording a "new" one then would be a false visit that E23 fines."""
        latest = self._latest
        assert latest is not None
        waited = detail.state is WorkOrderState.AWAITING_PARTS or any(
            e.target is WorkOrderState.AWAITING_PARTS and e.at >= latest.arrived_at for e in detail.history)
        return not waited

    def correcting(self) -> bool:
        return self._latest is not None and self.ui.correct_radio.isChecked()

    def _fill_times(self) -> None:
        """The latest visit's recorded times to correct or to complete while under way; a new visit empty."""
        ui, detail, latest = self.ui, self.detail, self._latest
        assert detail is not None
        now = self._services.clock()
        if self.correcting() and latest is not None:
            shown = (latest.travel_started_at, latest.arrived_at, latest.departed_at, latest.called_headquarters)
        elif detail.visits and (detail.visits[-1].departed_at is not None
                                or detail.visits[-1].technician_id != detail.technician_id):
            shown = (None, None, None, None)  # a new visit after an ended one or someone else's (改派)
        else:
            shown = (detail.travel_started_at, detail.arrived_at, detail.departed_at, detail.called_headquarters)
        travel, arrived, departed, called = shown
        # S3: only the first visit answers to the time the customer asked for.
        self._first_visit = not detail.visits or (len(detail.visits) == 1 and arrived is not None)
        ui.travel_edit.setDateTime(_local(travel or now))
        ui.travel_check.setChecked(travel is not None)
        ui.travel_edit.setEnabled(ui.travel_check.isChecked())
        ui.arrived_edit.setDateTime(_local(arrived or now))
        ui.departed_edit.setDateTime(_local(departed or now))
        ui.departed_check.setChecked(departed is not None)
        ui.called_check.setChecked(bool(called))
        self._on_departed_toggled(ui.departed_check.isChecked())
        self._show_late()
        ui.save_button.setText(self.tr("&Save correction") if self.correcting() else self.tr("&Save visit"))

    @Slot(bool)
    def _on_mode_toggled(self, _correct: bool) -> None:
        self.errors.clear()
        self._fill_times()

    def snapshot(self) -> object:
        ui = self.ui
        return (ui.correct_radio.isChecked(), ui.travel_check.isChecked(), ui.travel_edit.dateTime(),
                ui.arrived_edit.dateTime(),
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
        correcting = self.correcting()
        write = self._services.bench.correct_visit if correcting else self._services.bench.record_visit
        late = self.attempt(lambda: write(
            self._actor, order_id, arrived_at=arrived, departed_at=left, called_headquarters=called,
            travel_started_at=travel, expected_version=version), self.errors)
        if late is FAILED:
            return
        if correcting and late:
            self.finish(self.tr("Visit corrected. The arrival was late (S3) and is recorded for the assessment "
                                "(E23)."), ERROR)
        elif correcting and departed and not called:
            self.finish(self.tr("Visit corrected. Headquarters was not called after leaving (E23)."), ERROR)
        elif correcting:
            self.finish(self.tr("Visit corrected."), OK)
        elif late:
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
