"""报价: a paid repair's quote at cost (W5, E11): labour, travel and parts; the customer then decides."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from desktop_app.gui.formatting import money_text
from desktop_app.gui.forms.ui_work_order_quote_dialog import Ui_QuoteDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.work_orders.detail_panel import english
from desktop_app.gui.work_orders.order_dialog import FAILED, OK, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail


def money(spin: QDoubleSpinBox) -> Decimal:
    return Decimal(f"{spin.value():.2f}")


class QuoteDialog(OrderDialog):
    def __init__(self, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_QuoteDialog(), services, actor, parent)
        ui = self.ui
        self.errors = FieldErrors([("labour", ui.labour_spin, ui.labour_error),
                                   ("travel", ui.travel_spin, ui.travel_error),
                                   # an unknown part, a quantity out of range, a part without a price
                                   ("parts", ui.parts_picker.ui.chosen_table, ui.parts_error)], ui.error_label)
        ui.rate_combo.currentIndexChanged.connect(self._on_rate_chosen)
        for spin in (ui.labour_spin, ui.travel_spin):
            spin.valueChanged.connect(self._show_total)
        ui.parts_picker.lines_changed.connect(self._show_total)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def fill(self, detail: WorkOrderDetail) -> None:
        ui = self.ui
        self.errors.clear()
        ui.rate_combo.blockSignals(True)
        ui.rate_combo.clear()
        ui.rate_combo.addItem(self.tr("Typed in"), None)
        for rate in self._services.support.labour_rates():
            name = rate.name_en if english() else rate.name_zh
            ui.rate_combo.addItem(f"{name} {money_text(rate.amount)}", str(rate.amount))
        ui.rate_combo.blockSignals(False)
        _parts, labour, travel = detail.quote
        ui.labour_spin.setValue(float(labour or 0))
        ui.travel_spin.setValue(float(travel or 0))
        model, order = detail.product_model, detail.id
        # A revised quote (E11: parts beyond the accepted one) starts from the quote it replaces.
        ui.parts_picker.start(lambda text: self._services.support.parts(text, model=model, order_id=order), model,
                              self._services.support.quoted_parts(order, model=model))
        self._show_total()
        ui.rate_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def snapshot(self) -> object:
        ui = self.ui
        return ui.labour_spin.value(), ui.travel_spin.value(), ui.parts_picker.snapshot()

    def total(self) -> Decimal:
        ui = self.ui
        return money(ui.labour_spin) + money(ui.travel_spin) + ui.parts_picker.total_at_cost()

    @Slot()
    def save(self) -> None:
        if self.detail is None:
            return
        ui = self.ui
        order_id, version, lines = self.detail.id, self.detail.row_version, ui.parts_picker.lines()
        labour, travel = money(ui.labour_spin), money(ui.travel_spin)
        total = self.attempt(lambda: self._services.bench.quote(self._actor, order_id, labour=labour, travel=travel,
                                                                 parts=lines, expected_version=version), self.errors)
        if total is FAILED:
            return
        self.finish(self.tr("Quote recorded: {total}. The order waits for the customer's answer.").format(
            total=money_text(total)), OK)

    @Slot(int)
    def _on_rate_chosen(self, _index: int) -> None:
        amount = self.ui.rate_combo.currentData()
        if amount is not None:
            self.ui.labour_spin.setValue(float(amount))

    @Slot()
    def _show_total(self) -> None:
        ui = self.ui
        ui.total_label.setText(self.tr("Total for the customer: {total} (parts {parts})").format(
            total=money_text(self.total()), parts=money_text(ui.parts_picker.total_at_cost())))
