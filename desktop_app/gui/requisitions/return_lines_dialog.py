"""装箱发货 and 厂家清点: tick every packed line and give the freight (D15, D16), or type the manufacturer's counts;
发现日期: correct a draft's stock lines' found-on days (D11/D12)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDateEdit, QSpinBox, QTableWidgetItem, QWidget

from desktop_app.core.vocabulary import ReturnStatus
from desktop_app.gui.forms.ui_return_lines_dialog import Ui_ReturnLinesDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.requisitions.form_dialog import FAILED, OK, WARN, FormDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.texts import classification_text
from desktop_app.gui.requisitions.tables import set_columns, widget_column
from desktop_app.gui.work_orders.grids import ATTENTION, RIGHT, fill_grid
from desktop_app.services.actor import Actor
from desktop_app.services.manufacturer_returns import PAYS_FREIGHT_BACK  # D14
from desktop_app.services.return_details import MANUFACTURER_PAYS, ReturnDetail, ReturnLineDetail

CHECK_COLUMN = 5  # packed (ship), counted (acknowledge) or the found-on day (found_on)
NO_DAY = QDate(2000, 1, 1)  # a found-on box at its minimum shows "—": a line made before the day was kept
RED = "color: #b00020; font-weight: bold;"


class LinesPurpose(StrEnum):
    SHIP = "ship"
    ACKNOWLEDGE = "acknowledge"
    FOUND_ON = "found_on"  # a draft only: the applied paper is what the manufacturer judges


class ReturnLinesDialog(FormDialog):
    def __init__(self, services: RequisitionServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(Ui_ReturnLinesDialog(), services, actor, parent)
        ui = self.ui
        self.purpose = LinesPurpose.SHIP
        self.detail: ReturnDetail | None = None
        self.errors = FieldErrors([("packed", ui.lines_table, ui.lines_error), ("status", ui.lines_table, ui.lines_error),
                                   ("counts", ui.lines_table, ui.lines_error),
                                   ("freight", ui.freight_spin, ui.freight_error),
                                   ("freight_back", ui.freight_spin, ui.freight_error),
                                   ("found_on", ui.lines_table, ui.lines_error)], ui.error_label)
        ui.lines_table.itemChanged.connect(self._show_summary)
        ui.all_button.clicked.connect(self.fill_all)
        ui.save_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)

    def start(self, purpose: LinesPurpose, detail: ReturnDetail) -> None:
        ui = self.ui
        self.purpose, self.detail = purpose, detail
        self.errors.clear()
        shipping, dating = purpose is LinesPurpose.SHIP, purpose is LinesPurpose.FOUND_ON
        ui.intro_label.setText(detail.number)
        last = self.tr("Packed") if shipping else self.tr("Found on") if dating else self.tr("Counted by the manufacturer")
        set_columns(ui.lines_table, [self.tr("Serial / part no."), self.tr("Name"), self.tr("Qty"),
                                     self.tr("Reason"), self.tr("Classification"), last, self.tr("Difference")], 3)
        ui.lines_table.setColumnHidden(6, shipping or dating)
        widget_column(ui.lines_table, CHECK_COLUMN, 16 if dating else 6)  # dating: room for "（受理）" too
        for widget in (ui.all_button, ui.freight_label, ui.freight_spin, ui.freight_hint_label):
            widget.setVisible(not dating)  # nothing to fill in for all, no freight: only the days
        rows = [(x.serial or x.part_no or "", x.name, str(x.quantity), x.reason, classification_text(x.cost_bearer),
                 "", "") for x in detail.lines]
        ui.lines_table.blockSignals(True)
        ui.lines_table.setRowCount(0)  # the dialog is reused: no date or count box of the last start stays
        fill_grid(ui.lines_table, rows, right=(2, 6))
        for row, line in enumerate(detail.lines):
            if dating:
                self._found_on_cell(row, line)
            elif shipping:
                item = QTableWidgetItem(self.tr("packed"))
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked)
                ui.lines_table.setItem(row, CHECK_COLUMN, item)
            else:
                spin = QSpinBox(ui.lines_table)
                spin.setRange(0, 99999)
                spin.setValue(line.quantity)  # as shipped; the clerk types what the manufacturer counted
                spin.setAlignment(Qt.AlignmentFlag.AlignRight)
                spin.valueChanged.connect(self._show_summary)
                ui.lines_table.setCellWidget(row, CHECK_COLUMN, spin)
        ui.lines_table.blockSignals(False)
        ui.freight_spin.setValue(0)
        ui.freight_hint_label.setText(self._freight_hint(shipping, detail))
        ui.freight_label.setText(self.tr("&Freight out:") if shipping else self.tr("&Freight back:"))
        if dating:
            self.setWindowTitle(self.tr("Found-on days"))
            ui.save_button.setText(self.tr("&Save"))
            # No day counts here: the windows are the published policy's (W12), not always 7 and 15.
            ui.hint_label.setText(self.tr("The day each stock line's defect was found: the DOA and early-defect "
                                          "windows count to it (D11, D12). It can be corrected until the application "
                                          "is applied. A claim's line goes by the claim's date."))
            ui.hint_label.setStyleSheet("")
        elif shipping:
            self.setWindowTitle(self.tr("Pack and ship"))
            ui.all_button.setText(self.tr("&All packed"))
            ui.save_button.setText(self.tr("&Ship"))
            approved = detail.status is ReturnStatus.APPROVED
            ui.hint_label.setText(self.tr("Tick each line as it goes into the package: only a complete package "
                                          "ships (D16).") if approved else
                                  self.tr("Not approved by the manufacturer yet: the shipment will be refused (D15)."))
            ui.hint_label.setStyleSheet("" if approved else RED)
        else:
            self.setWindowTitle(self.tr("The manufacturer's count"))
            ui.all_button.setText(self.tr("&All as shipped"))
            ui.save_button.setText(self.tr("&Record the count"))
            ui.hint_label.setText(self.tr("Type what the manufacturer counted on each line: its count stands (D16)."))
            ui.hint_label.setStyleSheet("")
        self._show_summary()
        self.mark_clean()
        ui.lines_table.setFocus(Qt.FocusReason.OtherFocusReason)
        if detail.lines:
            ui.lines_table.setCurrentCell(0, CHECK_COLUMN)

    # --- what the clerk fills in -------------------------------------------------------------------
    def set_packed(self, row: int, packed: bool) -> None:
        state = Qt.CheckState.Checked if packed else Qt.CheckState.Unchecked
        self.ui.lines_table.item(row, CHECK_COLUMN).setCheckState(state)

    def set_count(self, row: int, count: int) -> None:
        self.ui.lines_table.cellWidget(row, CHECK_COLUMN).setValue(count)

    def packed_ids(self) -> set[int]:
        table = self.ui.lines_table
        return {line.id for row, line in enumerate(self._lines())
                if table.item(row, CHECK_COLUMN) is not None
                and table.item(row, CHECK_COLUMN).checkState() == Qt.CheckState.Checked}

    def counts(self) -> dict[int, int]:
        table = self.ui.lines_table
        return {line.id: table.cellWidget(row, CHECK_COLUMN).value() for row, line in enumerate(self._lines())
                if isinstance(table.cellWidget(row, CHECK_COLUMN), QSpinBox)}

    def set_found_on(self, row: int, day: dt.date) -> None:
        self.ui.lines_table.cellWidget(row, CHECK_COLUMN).setDate(QDate(day.year, day.month, day.day))

    def found_on_days(self) -> dict[int, dt.date]:
        """The stock lines' days as shown; a line still without one ("—") is left out."""
        table = self.ui.lines_table
        return {line.id: edit.date().toPython() for row, line in enumerate(self._lines())
                if isinstance(edit := table.cellWidget(row, CHECK_COLUMN), QDateEdit) and edit.date() != NO_DAY}

    def snapshot(self) -> object:
        if self.purpose is LinesPurpose.FOUND_ON:
            return tuple(sorted(self.found_on_days().items()))
        if self.purpose is LinesPurpose.SHIP:
            return tuple(sorted(self.packed_ids())), self.ui.freight_spin.value()
        return tuple(sorted(self.counts().items())), self.ui.freight_spin.value()

    @Slot()
    def fill_all(self) -> None:
        for row, line in enumerate(self._lines()):
            if self.purpose is LinesPurpose.SHIP:
                self.set_packed(row, True)
            else:
                self.set_count(row, line.quantity)

    @Slot()
    def save(self) -> None:
        if self.detail is None:
            return
        number, actor, returns = self.detail.number, self._actor, self._services.returns
        if self.purpose is LinesPurpose.FOUND_ON:
            before = {x.id: x.found_on for x in self._lines()}
            days = {i: day for i, day in self.found_on_days().items() if day != before.get(i)}
            changed = self.attempt(lambda: returns.set_found_on(actor, number, days), self.errors)
            if changed is FAILED:
                return
            self.finish(number, self.tr("{number}: found-on days changed on {count} lines, classes judged again "
                                        "(D11/D12).").format(number=number, count=len(changed)) if changed else
                        self.tr("{number}: no found-on day changed.").format(number=number), OK)
            return
        if self.purpose is LinesPurpose.SHIP:
            packed, freight = self.packed_ids(), Decimal(f"{self.ui.freight_spin.value():.2f}")
            if self.attempt(lambda: returns.ship(actor, number, packed, freight), self.errors) is FAILED:
                return
            self.finish(number, self.tr("{number} shipped complete with its list.").format(number=number), OK)
            return
        counts = self.counts()
        back = Decimal(f"{self.ui.freight_spin.value():.2f}")  # what the centre paid for the goods coming back
        differing = self.attempt(lambda: returns.acknowledge(actor, number, counts, freight_back=back), self.errors)
        if differing is FAILED:
            return
        if differing:
            self.finish(number, self.tr("{number} acknowledged: the manufacturer's count differs on {count} lines, and "
                                        "its count stands (D16).").format(number=number, count=len(differing)), WARN)
        else:
            self.finish(number, self.tr("{number} acknowledged: the manufacturer counted everything.").format(
                number=number), OK)

    # --- helpers ---------------------------------------------------------------------------------
    def _found_on_cell(self, row: int, line: ReturnLineDetail) -> None:
        """A stock line's day in a date box (never after today); a claim's line shows its claim's date."""
        table = self.ui.lines_table
        if line.claim_number is not None:
            day = line.judged_on.isoformat() if line.judged_on else ""
            item = QTableWidgetItem(self.tr("{day} (claim)").format(day=day))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            table.setItem(row, CHECK_COLUMN, item)
            return
        edit = FoundOnEdit(table)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDateRange(NO_DAY, QDate.currentDate())  # D11/D12: never a day still to come
        edit.setSpecialValueText("—")
        day = line.found_on
        edit.setDate(QDate(day.year, day.month, day.day) if day is not None else NO_DAY)
        table.setCellWidget(row, CHECK_COLUMN, edit)

    def _freight_hint(self, shipping: bool, detail: ReturnDetail) -> str:
        """Who pays the freight typed: out, D13/D14 lines' share; back, only D14 lines' share (D13: the
        manufacturer pays the way back)."""
        if shipping:
            fund = {x.cost_bearer not in MANUFACTURER_PAYS for x in detail.lines}
            if fund == {True, False}:  # one box for both: the freight is shared by quantity
                return self.tr("shared by quantity: the D13/D14 lines' share is charged to the service fund, "
                               "the rest is the manufacturer's (D11/D12)")
            if True in fund:
                return self.tr("charged to the service fund (D13/D14 lines)")
            return self.tr("the manufacturer pays the freight (D11/D12)")
        fund = {x.cost_bearer in PAYS_FREIGHT_BACK for x in detail.lines}
        if fund == {True, False}:
            return self.tr("if the centre paid for the way back: the D14 lines' share by quantity is charged to the "
                           "service fund, the rest is the manufacturer's (D11-D13)")
        if True in fund:
            return self.tr("if the centre paid for the way back: charged to the service fund (D14 lines)")
        return self.tr("the manufacturer pays the way back (D11-D13): leave it at 0.00")

    def _lines(self) -> tuple:
        return self.detail.lines if self.detail is not None else ()

    @Slot()
    def _show_summary(self, *_args: object) -> None:
        ui, lines = self.ui, self._lines()
        if self.purpose is LinesPurpose.FOUND_ON:
            ui.summary_label.setText("")
            ui.summary_label.setStyleSheet("")
            return
        if self.purpose is LinesPurpose.SHIP:
            ui.summary_label.setText(self.tr("Packed: {packed} of {lines} lines").format(
                packed=len(self.packed_ids()), lines=len(lines)))
            return
        counts, differing = self.counts(), 0
        for row, line in enumerate(lines):
            difference = counts.get(line.id, 0) - line.quantity
            differing += difference != 0
            item = ui.lines_table.item(row, 6)
            if item is not None:
                item.setText(f"{difference:+d}" if difference else "0")
                item.setTextAlignment(RIGHT)
                item.setForeground(QBrush(ATTENTION) if difference else ui.lines_table.palette().text())
        ui.summary_label.setText(self.tr("Lines that differ: {count}").format(count=differing))
        ui.summary_label.setStyleSheet(RED if differing else "")


class FoundOnEdit(QDateEdit):
    """A found-on day that may be unknown ("—", kept at the minimum date): its calendar then opens on
    this month, where the day will be, not on January 2000."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.date() == self.minimumDate():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
