"""The claims list's filter bar: status, claim-date range and overdue answers (rule S3)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject, Signal, Slot

from desktop_app.core.vocabulary import ClaimStatus
from desktop_app.gui.forms.ui_claims_tab import Ui_ClaimsTab
from desktop_app.gui.labels import label
from desktop_app.services.listings import ClaimFilter

# A range ticked on starts at the last month: the counter's usual question.
DEFAULT_RANGE_DAYS = 30


class ClaimFilterBar(QObject):
    """Reads the bar into a ClaimFilter; ``filter_changed`` fires on every change the user makes."""

    filter_changed = Signal(object)  # ClaimFilter

    def __init__(self, ui: Ui_ClaimsTab, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        # "" rather than None: PySide6 6.12 mishandles a None read back from item data.
        ui.status_combo.addItem(self.tr("All statuses"), "")
        for status in ClaimStatus:
            ui.status_combo.addItem(label(status), status.value)
        self._defaults(today)
        ui.status_combo.currentIndexChanged.connect(self._on_changed)
        for check in (ui.date_from_check, ui.date_to_check, ui.overdue_check):
            check.toggled.connect(self._on_changed)
        ui.date_from_check.toggled.connect(ui.date_from_edit.setEnabled)
        ui.date_to_check.toggled.connect(ui.date_to_edit.setEnabled)
        for edit in (ui.date_from_edit, ui.date_to_edit):
            edit.dateChanged.connect(self._on_changed)
        ui.clear_filters_button.clicked.connect(self.clear)

    def _defaults(self, today: dt.date) -> None:
        ui = self.ui
        ui.date_from_edit.setDate(QDate(today - dt.timedelta(days=DEFAULT_RANGE_DAYS)))
        ui.date_to_edit.setDate(QDate(today))
        ui.date_from_edit.setEnabled(ui.date_from_check.isChecked())
        ui.date_to_edit.setEnabled(ui.date_to_check.isChecked())

    def current(self) -> ClaimFilter:
        ui = self.ui
        status = ui.status_combo.currentData()
        return ClaimFilter(
            statuses=frozenset({ClaimStatus(status)}) if status else frozenset(),
            date_from=ui.date_from_edit.date().toPython() if ui.date_from_check.isChecked() else None,
            date_to=ui.date_to_edit.date().toPython() if ui.date_to_check.isChecked() else None,
            overdue_only=ui.overdue_check.isChecked(),
        )

    def is_active(self) -> bool:
        return self.current() != ClaimFilter()

    @Slot()
    def clear(self) -> None:
        """Back to every claim; one reload, not one per widget."""
        ui = self.ui
        widgets = (ui.status_combo, ui.date_from_check, ui.date_to_check, ui.overdue_check)
        for widget in widgets:
            widget.blockSignals(True)
        ui.status_combo.setCurrentIndex(0)
        for check in widgets[1:]:
            check.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        ui.date_from_edit.setEnabled(False)
        ui.date_to_edit.setEnabled(False)
        self.filter_changed.emit(self.current())

    @Slot()
    def _on_changed(self) -> None:
        self.filter_changed.emit(self.current())
