"""新建备料单: the month's suggestion (D8) in an editable table, parts added by number or name, then a draft."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtWidgets import QSpinBox, QWidget

from desktop_app.core.service_fund import ZERO
from desktop_app.core.vocabulary import ShippingMethod
from desktop_app.gui.error_display import show_error
from desktop_app.gui.formatting import MISSING, money_text
from desktop_app.gui.forms.ui_requisition_new_dialog import Ui_NewRequisitionDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.labels import label
from desktop_app.gui.requisitions.form_dialog import FAILED, OK, FormDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.tables import set_columns, widget_column
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.gui.work_orders.grids import fill_grid
from desktop_app.services.actor import Actor
from desktop_app.services.parts_catalogue import PartRow

SEARCH_DELAY_MS = 200
RESULTS_SHOWN = 50
QTY_COLUMN = 6


@dataclass
class DraftLine:
    part_id: int
    part_no: str
    name: str
    fee_price: Decimal | None  # None: not in the fee schedule, the service refuses it (D6)
    quantity: int
    consumed: int | None = None  # from the suggestion; None for a part added by hand
    short: int | None = None
    on_hand: int | None = None
    reorder_level: int | None = None


def _count(value: int | None) -> str:
    return MISSING if value is None else str(value)


class NewRequisitionDialog(FormDialog):
    def __init__(self, services: RequisitionServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_NewRequisitionDialog(), services, actor, parent)
        fit_to_screen(self)
        ui = self.ui
        self.lines: list[DraftLine] = []
        self.results: list[PartRow] = []
        self._suggested: tuple = ()  # the lines as last suggested: a month change re-suggests if untouched
        self.errors = FieldErrors([("month", ui.month_edit, ui.month_error),
                                   ("urgent_cost", ui.urgent_cost_spin, ui.urgent_cost_error),
                                   ("lines", ui.lines_table, ui.lines_error),
                                   ("parts", ui.lines_table, ui.lines_error)], ui.error_label)
        set_columns(ui.lines_table, [self.tr("Part no."), self.tr("Name"), self.tr("Used in month"),
                                     self.tr("Short"), self.tr("On hand"), self.tr("Reorder level"),
                                     self.tr("Quantity"), self.tr("Fee price"), self.tr("Line total")])
        widget_column(ui.lines_table, QTY_COLUMN)
        set_columns(ui.results_table, [self.tr("Part no."), self.tr("Name"), self.tr("On hand"),
                                       self.tr("Reorder level"), self.tr("Fee price")])
        for method in ShippingMethod:
            ui.shipping_combo.addItem(label(method), method)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        ui.find_edit.textChanged.connect(self._timer.start)
        ui.find_edit.returnPressed.connect(self._on_find_entered)
        ui.results_table.activated.connect(self.add_selected)
        ui.add_button.clicked.connect(self.add_selected)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.suggest_button.clicked.connect(self.suggest)
        ui.month_edit.dateChanged.connect(self._on_month_changed)
        ui.shipping_combo.currentIndexChanged.connect(self._on_shipping_changed)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def start(self) -> None:
        """An empty form for this month, the suggestion filled in, the first parts listed."""
        ui = self.ui
        self.errors.clear()
        today = self._services.today()
        ui.month_edit.blockSignals(True)
        ui.month_edit.setDate(QDate(today.year, today.month, 1))
        ui.month_edit.blockSignals(False)
        ui.shipping_combo.setCurrentIndex(0)
        ui.urgent_cost_spin.setValue(0)
        ui.note_edit.clear()
        ui.find_edit.clear()
        ui.add_quantity_spin.setValue(1)
        self._on_shipping_changed()
        self.suggest()
        self.search()
        self.mark_clean()
        ui.lines_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def month(self) -> dt.date:
        return self.ui.month_edit.date().toPython().replace(day=1)

    def shipping(self) -> ShippingMethod:
        return ShippingMethod(self.ui.shipping_combo.currentData())  # the combo hands back a plain str

    def snapshot(self) -> object:
        ui = self.ui
        return (self.month(), self.shipping(), ui.urgent_cost_spin.value(), ui.note_edit.text(),
                tuple((x.part_id, x.quantity) for x in self.lines))

    def total(self) -> Decimal:
        return sum(((x.fee_price or ZERO) * x.quantity for x in self.lines), ZERO)

    # --- lines -----------------------------------------------------------------------------------
    @Slot()
    def suggest(self) -> None:
        """Replaces the lines with the suggestion for the chosen month (D8)."""
        try:
            suggested = self._services.requisitions.suggest(self._actor, self.month())
            prices = {p.id: p.fee_price for p in self._services.catalogue.list_parts(active_only=True)} \
                if suggested else {}
        except Exception as error:  # noqa: BLE001 - shown; the lines stay as they were
            show_error(self, error)
            return
        self.lines = [DraftLine(x.part_id, x.part_no, x.name, prices.get(x.part_id), x.quantity, x.consumed, x.short,
                                x.on_hand, x.reorder_level) for x in suggested]
        self._suggested = tuple((x.part_id, x.quantity) for x in self.lines)
        self._show_lines()
        if not self.lines:
            self.ui.lines_error.setText(self.tr("Nothing to suggest for this month: add the parts you need below."))
            self.ui.lines_error.show()

    @Slot()
    def search(self) -> None:
        self._timer.stop()
        try:
            self.results = self._services.catalogue.list_parts(self.ui.find_edit.text(), active_only=True,
                                                               limit=RESULTS_SHOWN)
        except Exception as error:  # noqa: BLE001 - shown; the list keeps its last content
            show_error(self, error)
            return
        rows = [(p.part_no, p.name, str(p.on_hand), str(p.reorder_level), money_text(p.fee_price))
                for p in self.results]
        fill_grid(self.ui.results_table, rows, right=(2, 3, 4), red={i for i, p in enumerate(self.results)
                                                                     if p.fee_price is None})
        if self.results:
            self.ui.results_table.selectRow(0)

    @Slot()
    def add_selected(self) -> None:
        rows = self.ui.results_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.results):
            return
        part, quantity = self.results[rows[0].row()], self.ui.add_quantity_spin.value()
        for line in self.lines:
            if line.part_id == part.id:  # each part once on a requisition: add to its line
                line.quantity += quantity
                break
        else:
            self.lines.append(DraftLine(part.id, part.part_no, part.name, part.fee_price, quantity,
                                        on_hand=part.on_hand, reorder_level=part.reorder_level))
        self.ui.add_quantity_spin.setValue(1)
        self._show_lines()
        self.ui.lines_table.selectRow(next(i for i, x in enumerate(self.lines) if x.part_id == part.id))

    @Slot()
    def remove_selected(self) -> None:
        rows = self.ui.lines_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.lines):
            return
        index = rows[0].row()
        del self.lines[index]
        self._show_lines()
        if self.lines:
            self.ui.lines_table.selectRow(min(index, len(self.lines) - 1))

    def set_quantity(self, row: int, quantity: int) -> None:
        """What typing in a line's quantity box does (tests call it by row)."""
        self._spin(row).setValue(quantity)

    def _spin(self, row: int) -> QSpinBox:
        return self.ui.lines_table.cellWidget(row, QTY_COLUMN)

    def _show_lines(self) -> None:
        ui = self.ui
        rows = [(x.part_no, x.name, _count(x.consumed), _count(x.short), _count(x.on_hand), _count(x.reorder_level),
                 "", money_text(x.fee_price), money_text(x.fee_price * x.quantity) if x.fee_price is not None else MISSING)
                for x in self.lines]
        fill_grid(ui.lines_table, rows, right=(2, 3, 4, 5, 7, 8), red={i for i, x in enumerate(self.lines)
                                                                       if x.fee_price is None})
        for row, line in enumerate(self.lines):
            spin = QSpinBox(ui.lines_table)
            spin.setRange(1, 99999)
            spin.setValue(line.quantity)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(lambda value, line=line: self._on_quantity_changed(line, value))
            ui.lines_table.setCellWidget(row, QTY_COLUMN, spin)
        ui.remove_button.setEnabled(bool(self.lines))
        ui.lines_error.clear()
        ui.lines_error.hide()
        self._show_total()

    def _on_quantity_changed(self, line: DraftLine, value: int) -> None:
        line.quantity = value
        row = self.lines.index(line)
        if line.fee_price is not None:
            self.ui.lines_table.item(row, 8).setText(money_text(line.fee_price * value))
        self._show_total()

    def _show_total(self) -> None:
        unpriced = [x.part_no for x in self.lines if x.fee_price is None]
        text = self.tr("{count} lines, total at the fee schedule: {total}").format(
            count=len(self.lines), total=money_text(self.total()))
        if unpriced:
            text += self.tr(" · not in the fee schedule: {parts}").format(parts=", ".join(unpriced))
        self.ui.total_label.setText(text)

    # --- saving ----------------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        ui = self.ui
        shipping = self.shipping()
        urgent = Decimal(f"{ui.urgent_cost_spin.value():.2f}") if shipping is not ShippingMethod.NORMAL else None
        if urgent is not None and urgent <= 0:
            urgent = None  # the service then asks for the difference, next to its field (D8)
        lines = [(x.part_id, x.quantity) for x in self.lines]
        month, note = self.month(), ui.note_edit.text()
        number = self.attempt(lambda: self._services.requisitions.create(
            self._actor, month, lines, shipping=shipping, urgent_cost=urgent, note=note), self.errors)
        if number is FAILED:
            return
        self.finish(number, self.tr("Draft {number} saved. Check the quota and submit it.").format(number=number), OK)

    # --- reactions -------------------------------------------------------------------------------
    @Slot()
    def _on_find_entered(self) -> None:
        """Enter searches at once and goes to the results, where Enter adds the part (no default button:
        Enter must never save a half-made requisition; Ctrl+S saves)."""
        self.search()
        if self.results:
            self.ui.results_table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_month_changed(self) -> None:
        if tuple((x.part_id, x.quantity) for x in self.lines) == self._suggested:
            self.suggest()  # nothing edited yet: the suggestion follows the month

    @Slot()
    def _on_shipping_changed(self) -> None:
        urgent = self.shipping() is not ShippingMethod.NORMAL  # D8: EMS, rail express, air
        for widget in (self.ui.urgent_cost_label, self.ui.urgent_cost_spin, self.ui.urgent_hint_label):
            widget.setEnabled(urgent)
