"""One stock movement typed by the clerk: a stock-take count, a return from a work order, a tool check-in (E9)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.parts_import_rows import UNITS
from desktop_app.errors import ValidationError
from desktop_app.gui.form_saving import save_or_show
from desktop_app.gui.forms.ui_stock_movement_dialog import Ui_StockMovementDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.labels import label
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.accounts import StaffInfo
from desktop_app.services.actor import Actor
from desktop_app.services.parts_catalogue import PartRow
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.stock_views import HeldPart


class Purpose(StrEnum):
    ADJUST = "adjust"
    RETURN = "return"
    TOOL = "tool"


class StockMovementDialog(QDialog):
    """Window-modal over the stock window; accepted once the service booked the movement."""

    def __init__(self, admin: StockAdmin, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StockMovementDialog()
        self.ui.setupUi(self)
        self._admin = admin
        self._actor = actor
        self.purpose = Purpose.ADJUST
        self.part: PartRow | None = None
        self.result_text = ""  # what happened, for the stock window's message line
        ui = self.ui
        self.errors = FieldErrors([
            ("counted_qty", ui.counted_spin, ui.counted_error), ("work_order", ui.order_combo, ui.order_error),
            ("name", ui.tool_name_edit, ui.tool_name_error), ("quantity", ui.quantity_spin, ui.quantity_error),
            ("bought_by", ui.bought_by_combo, ui.bought_by_error), ("reason", ui.reason_edit, ui.reason_error),
        ], ui.error_label, aliases={"unit_of_measure": "name", "part": "name"})
        ui.unit_combo.addItems(list(UNITS))
        self.setMinimumWidth(520)  # adjustSize() after hiding rows must not squeeze the labels
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def _rows(self, visible: Sequence[QWidget]) -> None:
        ui = self.ui
        for widget in (ui.on_hand_value, ui.counted_spin, ui.order_combo, ui.tool_name_edit, ui.unit_combo,
                       ui.quantity_spin, ui.bought_by_combo, ui.reason_edit, ui.signoff_value):
            ui.movement_form.setRowVisible(widget, widget in visible)
        self.adjustSize()

    def start_adjust(self, part: PartRow) -> None:
        """Stock-take: the clerk types what is on the shelf; the difference is booked with a reason (D9)."""
        ui, self.purpose, self.part = self.ui, Purpose.ADJUST, part
        self.setWindowTitle(self.tr("Stock-take adjustment"))
        ui.intro_label.setText(f"{part.part_no} · {part.name}")
        ui.on_hand_value.setText(self.tr("{count} {unit} in the ledger").format(count=part.on_hand,
                                                                                unit=part.unit_of_measure))
        ui.counted_spin.setValue(part.on_hand)
        ui.reason_label.setText(self.tr("&Reason:"))
        ui.reason_edit.setPlaceholderText(self.tr("Why the shelf differs, e.g. monthly stock-take, damaged in store"))
        # The service books the acting supervisor as the sign-off: say so before it is signed.
        ui.signoff_value.setText(self.tr("{name} ({role}), by saving this count").format(
            name=self._actor.display_name, role=label(self._actor.role)))
        ui.ok_button.setText(self.tr("&Book the count"))
        self._rows([ui.on_hand_value, ui.counted_spin, ui.reason_edit, ui.signoff_value])
        self._begin(ui.counted_spin)

    def start_return(self, part: PartRow, holders: list[HeldPart]) -> None:
        """Unused parts back from a work order: only orders still holding the part are offered."""
        ui, self.purpose, self.part = self.ui, Purpose.RETURN, part
        self.setWindowTitle(self.tr("Return to stock"))
        ui.intro_label.setText(f"{part.part_no} · {part.name}")
        ui.on_hand_value.setText(str(part.on_hand))
        ui.order_combo.clear()
        for held in holders:
            ui.order_combo.addItem(self.tr("{number} (holds {held})").format(number=held.number, held=held.held),
                                   held.work_order_id)
        ui.quantity_spin.setValue(1)
        ui.reason_label.setText(self.tr("&Note:"))
        ui.reason_edit.setPlaceholderText(self.tr("Optional, e.g. not needed after diagnosis"))
        ui.ok_button.setText(self.tr("&Return to stock"))
        ui.ok_button.setEnabled(bool(holders))
        self._rows([ui.on_hand_value, ui.order_combo, ui.quantity_spin, ui.reason_edit])
        self._begin(ui.order_combo)
        if not holders:
            ui.order_error.setText(self.tr("No work order holds this part, so none can return it."))
            ui.order_error.show()

    def start_tool(self, staff: list[StaffInfo]) -> None:
        """E9: who bought which tool on the road; the acting supervisor takes it into the warehouse."""
        ui, self.purpose, self.part = self.ui, Purpose.TOOL, None
        self.setWindowTitle(self.tr("Check in a tool (E9)"))
        ui.intro_label.setText(self.tr("A tool bought on the road is reimbursed only once it is checked in here."))
        ui.bought_by_combo.clear()
        for person in staff:
            if person.active:
                ui.bought_by_combo.addItem(f"{person.display_name} ({label(person.role)})", person.id)
        ui.bought_by_combo.setCurrentIndex(-1)
        ui.unit_combo.setCurrentText("把")
        ui.quantity_spin.setValue(1)
        ui.reason_label.setText(self.tr("&Note:"))
        ui.reason_edit.setPlaceholderText(self.tr("Receipt no., where it was bought, the trip"))
        ui.signoff_value.setText(self.tr("{name} ({role}), by saving this check-in").format(
            name=self._actor.display_name, role=label(self._actor.role)))
        ui.ok_button.setText(self.tr("&Check in"))
        self._rows([ui.tool_name_edit, ui.unit_combo, ui.quantity_spin, ui.bought_by_combo, ui.reason_edit,
                    ui.signoff_value])
        self._begin(ui.tool_name_edit)

    def _begin(self, first: QWidget) -> None:
        self.errors.clear()
        if self.purpose is not Purpose.RETURN:
            self.ui.ok_button.setEnabled(True)
        if self.purpose is not Purpose.ADJUST:
            self.ui.reason_edit.clear()
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def save(self) -> None:
        ui = self.ui
        reason = ui.reason_edit.text()
        if self.purpose is Purpose.ADJUST and self.part is not None:
            part = self.part
            done = self._attempt(lambda: self._admin.adjust(self._actor, part.id, ui.counted_spin.value(), reason,
                                                            seen_on_hand=part.on_hand))
            if done is not None:
                self.result_text = (self.tr("{part}: the count matched the ledger ({count}); nothing to adjust.")
                                    if done.movement is None else
                                    self.tr("{part}: counted {count}, adjusted by {difference:+d}.")).format(
                    part=part.part_no, count=done.counted, difference=done.difference)
        elif self.purpose is Purpose.RETURN and self.part is not None:
            part, order = self.part, ui.order_combo.currentData()
            if order is None:
                self.errors.show([ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the work order."), field="work_order")])
                return
            quantity = ui.quantity_spin.value()
            done = self._attempt(lambda: self._admin.return_to_stock(self._actor, order, part.id, quantity, reason))
            if done is not None:
                self.result_text = self.tr("{quantity} × {part} returned to stock; on hand {on_hand}.").format(
                    quantity=quantity, part=part.part_no, on_hand=done.on_hand_after)
        else:
            bought_by = ui.bought_by_combo.currentData()
            if bought_by is None:
                self.errors.show([ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose who bought the tool."),
                                                  field="bought_by")])
                return
            done = self._attempt(lambda: self._admin.check_in_tool(
                self._actor, bought_by=bought_by, quantity=ui.quantity_spin.value(), note=reason,
                name=ui.tool_name_edit.text(), unit=ui.unit_combo.currentText()))
            if done is not None:
                self.result_text = self.tr("Tool {part} checked in ({quantity}).").format(
                    part=done.part_no, quantity=done.quantity)
        if done is not None:
            self.accept()

    def _attempt(self, call: Callable[[], Any]) -> Any:
        """The service's answer, or None with its message next to the field it names."""
        return save_or_show(self, self.errors, self.ui.error_label, call)
