"""Fines (E23, E24): suggested from the month's facts or entered by hand; the supervisor confirms or dismisses each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.core.vocabulary import FineReason, FineStatus
from desktop_app.errors import ValidationError
from desktop_app.gui.error_display import error_text
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.texts import gate, text_of
from desktop_app.gui.formatting import date_text, money_text, text_or_missing
from desktop_app.gui.forms.ui_evaluation_fines_dialog import Ui_FinesDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.assessment_views import FineView

FLAG_COLOUR = QColor("#b00020")  # E24: a fine under rules the person has not acknowledged
CHOOSE_STAFF = QT_TRANSLATE_NOOP("Errors", "Choose a staff member.")
NO_ORDER = QT_TRANSLATE_NOOP("Errors", "There is no work order “{number}”.")
NO_REASON = QT_TRANSLATE_NOOP("Errors", "Give the reason for the decision.")  # as the service says it


class FinesDialog(QDialog):
    changed = Signal()  # a fine suggested, entered or decided: the month's total may change

    def __init__(self, services: EvaluationServices, actor: Actor, month: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FinesDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self._month = month.replace(day=1)
        self.fines: list[FineView] = []
        ui = self.ui
        ui.top_row.setStretch(0, 1)  # the explanation takes the width, the button keeps its own
        self.setWindowTitle(self.tr("Fines {month}").format(month=f"{self._month:%Y-%m}"))
        ui.intro_label.setText(self.tr("Fines counted in {month} (late entries of signed months included), fines "
                                       "dated in it, and every fine still to be decided. No fine takes effect by "
                                       "itself: the supervisor confirms or dismisses each one and gives the reason "
                                       "(E23).").format(
            month=f"{self._month:%Y-%m}"))
        headers = [self.tr("Day"), self.tr("Staff"), self.tr("Reason"), self.tr("Amount"), self.tr("Rule set"),
                   self.tr("Work order"), self.tr("Status"), self.tr("Decision reason")]
        ui.fines_table.setColumnCount(len(headers))
        ui.fines_table.setHorizontalHeaderLabels(headers)
        ui.fines_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.fines_table.horizontalHeader().setStretchLastSection(True)
        for person in services.views.assessed_staff():
            ui.staff_combo.addItem(person.text, person.id)
        for reason in FineReason:
            ui.fine_reason_combo.addItem(text_of(reason), reason.value)  # plain values: findData compares them
        ui.fine_reason_combo.setCurrentIndex(ui.fine_reason_combo.findData(FineReason.DISOBEYED_DISPATCH.value))
        today = services.today()
        ui.facts_on_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        ui.facts_on_edit.setDate(QDate(today.year, today.month, today.day))
        self.errors = FieldErrors([("reason", ui.reason_edit, ui.reason_error)], ui.error_label)
        self.manual_errors = FieldErrors([("staff", ui.staff_combo, ui.manual_error),
                                          ("rule_set", ui.facts_on_edit, ui.manual_error),
                                          ("work_order", ui.order_edit, ui.manual_error)], ui.error_label)
        ui.suggest_button.clicked.connect(self.suggest)
        ui.confirm_button.clicked.connect(lambda: self.decide(confirm=True))
        ui.dismiss_button.clicked.connect(lambda: self.decide(confirm=False))
        ui.add_button.clicked.connect(self.add_manual)
        ui.reason_edit.returnPressed.connect(self._on_reason_entered)
        ui.close_button.clicked.connect(self.accept)
        ui.fines_table.itemSelectionChanged.connect(self._show_selected)
        self.allowed = gate(ui.suggest_button, actor, Permission.FINES_RECORD, ui.suggest_button.toolTip())
        gate(ui.add_button, actor, Permission.FINES_RECORD)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        try:
            self.fines = self._services.views.fines(self._actor, self._month) if self.allowed else []
        except Exception as error:  # noqa: BLE001 - shown in the dialog
            self.ui.error_label.setText(error_text(error))
            self.fines = []
        table = self.ui.fines_table
        table.setRowCount(len(self.fines))
        for row, fine in enumerate(self.fines):
            version = self.tr("v{version}").format(version=fine.rule_version)
            if fine.unacknowledged:
                version = self.tr("v{version}, not acknowledged").format(version=fine.rule_version)
            cells = [self._day_text(fine), fine.staff_name, text_of(fine.reason), money_text(fine.amount),
                     version, text_or_missing(fine.work_order_number), text_of(fine.status),
                     fine.decision_reason or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0 and fine.counted_in is not None:
                    item.setToolTip(self._counted_tip(fine))
                if column == 4 and fine.unacknowledged:
                    item.setForeground(QBrush(FLAG_COLOUR))
                    item.setToolTip(self.tr("{name} has not acknowledged rule set v{version}: this fine may not "
                                            "hold (E24).").format(name=fine.staff_name, version=fine.rule_version))
                if fine.status is FineStatus.SUGGESTED:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        index = next((i for i, f in enumerate(self.fines) if f.id == select), None)
        if index is None:
            index = next((i for i, f in enumerate(self.fines) if f.status is FineStatus.SUGGESTED), None)
        if index is not None:
            table.selectRow(index)
        self._show_selected()

    def has_unsaved_changes(self) -> bool:
        fine = self.selected()
        reason = fine is not None and fine.status is FineStatus.SUGGESTED and bool(self.ui.reason_edit.text().strip())
        return reason or bool(self.ui.order_edit.text().strip())

    def selected(self) -> FineView | None:
        rows = self.ui.fines_table.selectionModel().selectedRows()
        return self.fines[rows[0].row()] if rows else None

    def select(self, fine_id: int) -> None:
        for index, fine in enumerate(self.fines):
            if fine.id == fine_id:
                self.ui.fines_table.selectRow(index)

    @Slot()
    def _show_selected(self) -> None:
        ui, fine = self.ui, self.selected()
        open_ = fine is not None and fine.status is FineStatus.SUGGESTED and self.allowed
        for widget in (ui.reason_edit, ui.confirm_button, ui.dismiss_button):
            widget.setEnabled(open_)
        self.errors.clear()
        ui.reason_edit.setText(fine.decision_reason or "" if fine is not None else "")
        if fine is None:
            ui.selected_label.setText(self.tr("Choose a fine in the list."))
            return
        text = self.tr("{name}: {reason}, {amount} ({day})").format(
            name=fine.staff_name, reason=text_of(fine.reason), amount=money_text(fine.amount),
            day=date_text(fine.facts_on))
        if fine.counted_in is not None:
            text += " " + self._counted_mark(fine)
        if fine.unacknowledged:
            text += " " + self.tr("Flagged: {name} has not acknowledged rule set v{version} (E24).").format(
                name=fine.staff_name, version=fine.rule_version)
        ui.selected_label.setText(text)

    def _day_text(self, fine: FineView) -> str:
        mark = self._counted_mark(fine)
        return f"{date_text(fine.facts_on)} · {mark}" if mark else date_text(fine.facts_on)

    def _counted_mark(self, fine: FineView) -> str:
        """Where it counts when that is another month than its own: a fine of a signed month entered after
        the signature counts in the next unsigned one (E24, services.signed_months), as the panel says."""
        if fine.counted_in is None:
            return ""
        if fine.counted_in == self._month:
            return self.tr("Late entry (of {month})").format(month=f"{fine.facts_on:%Y-%m}")
        return self.tr("Counted in {month}").format(month=f"{fine.counted_in:%Y-%m}")

    def _counted_tip(self, fine: FineView) -> str:
        return self.tr("{name}'s sheet for {month} was already signed when this fine was entered: it counts in "
                       "{counted} as a late entry, with its own day and rule set (E24).").format(
            name=fine.staff_name, month=f"{fine.facts_on:%Y-%m}", counted=f"{fine.counted_in:%Y-%m}")

    @Slot()
    def _on_reason_entered(self) -> None:
        """Enter moves on to 确认罚款 (Space confirms, Tab then Space dismisses): confirming or dismissing
        a fine is a choice Enter must not make for the supervisor (E23); without a reason it says so."""
        if not self.ui.reason_edit.text().strip():
            self.errors.show([ValidationError(NO_REASON, field="reason")])
            return
        self.errors.clear()
        self.ui.confirm_button.setFocus(Qt.FocusReason.TabFocusReason)

    def _attempt(self, action: Callable[[], Any], errors: FieldErrors) -> tuple[bool, Any]:
        errors.clear()
        try:
            return True, action()
        except ValidationError as error:
            errors.show([error])
        except Exception as error:  # noqa: BLE001 - permission or internal: said plainly
            self.ui.error_label.setText(error_text(error))
        return False, None

    @Slot()
    def suggest(self) -> None:
        ok, created = self._attempt(lambda: self._services.assessment.suggest_fines(self._actor, self._month),
                                    self.errors)
        if not ok:
            return
        self.reload()
        if created:
            text = self.tr("{count} fines suggested from the month's facts; decide each one.").format(count=created)
        else:
            text = self.tr("No new fines: the month's facts hold nothing more to suggest.")
        self.ui.message_label.setText(text)
        if created:
            self.changed.emit()

    def decide(self, *, confirm: bool) -> None:
        fine = self.selected()
        if fine is None:
            return
        self.manual_errors.clear()  # the user has moved on from the hand entry: its old error would mislead
        ok, _ = self._attempt(lambda: self._services.assessment.decide_fine(
            self._actor, fine.id, confirm=confirm, reason=self.ui.reason_edit.text()), self.errors)
        if not ok:
            return
        self.reload(select=fine.id)
        text = self.tr("Fine confirmed: {amount} for {name}.") if confirm else self.tr("Fine dismissed for {name}.")
        self.ui.message_label.setText(text.format(amount=money_text(fine.amount), name=fine.staff_name))
        self.changed.emit()

    @Slot()
    def add_manual(self) -> None:
        ui = self.ui
        staff_id = ui.staff_combo.currentData()
        reason, day = FineReason(ui.fine_reason_combo.currentData()), ui.facts_on_edit.date().toPython()
        number = ui.order_edit.text().strip() or None
        self.errors.clear()  # a decision's old error ("give the reason") is not about this entry
        if staff_id is None:
            self.manual_errors.show([ValidationError(CHOOSE_STAFF, field="staff")])
            return
        if number and not self._services.views.work_order_exists(number):
            self.manual_errors.show([ValidationError(NO_ORDER, field="work_order", number=number)])
            return
        ok, fine_id = self._attempt(lambda: self._services.assessment.record_fine(
            self._actor, staff_id, reason, day, number), self.manual_errors)
        if not ok:
            return
        ui.order_edit.clear()
        self.reload(select=fine_id)
        self.ui.message_label.setText(self.tr("Fine entered for {name}; it is only suggested until you confirm "
                                              "it.").format(name=ui.staff_combo.currentText()))
        self.changed.emit()

