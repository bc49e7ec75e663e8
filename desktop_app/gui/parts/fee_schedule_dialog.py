"""发布收费标准: new prices for some parts from an effective date, as a new fee-schedule version (D6, D9)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from desktop_app.core.parts_import_rows import Column, check_price
from desktop_app.errors import ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.form_saving import save_or_show
from desktop_app.gui.formatting import date_text, money_text
from desktop_app.gui.forms.ui_parts_fee_schedule_dialog import Ui_FeeScheduleDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.parts.window_support import compact, equal_columns
from desktop_app.gui.work_orders.grids import RIGHT, set_headers
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.parts_catalogue import FeeScheduleVersion, PartRow, PartsCatalogue

NEW_COST, NEW_FEE = 4, 5  # the editable columns
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FeeScheduleDialog(QDialog):
    """Lines start with the parts selected in the catalogue; parts not listed keep their prices (D6)."""

    def __init__(self, catalogue: PartsCatalogue, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeScheduleDialog()
        self.ui.setupUi(self)
        self._catalogue = catalogue
        self._actor = actor
        self.parts: list[PartRow] = []
        self.published: FeeScheduleVersion | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Publish a fee schedule"))
        self.errors = FieldErrors([("effective_from", ui.effective_edit, ui.effective_error),
                                   ("part", ui.add_edit, ui.error_label)], ui.error_label)
        set_headers(ui.lines_table, [self.tr("Part no."), self.tr("Name"), self.tr("Cost price now"),
                                     self.tr("Fee price now"), self.tr("New cost price"), self.tr("New fee price")])
        compact(ui.lines_table)
        equal_columns(ui.lines_table)
        ui.add_edit.setPlaceholderText(self.tr("Type or scan a part number, then Enter"))
        ui.add_button.clicked.connect(self.add_typed)
        ui.add_edit.installEventFilter(self)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.ok_button.clicked.connect(self.publish)
        ui.cancel_button.clicked.connect(self.reject)

    def start(self, parts: list[PartRow]) -> None:
        ui = self.ui
        self.parts, self.published = [], None
        ui.lines_table.setRowCount(0)
        ui.note_edit.clear()
        ui.effective_edit.setMinimumDate(QDate.currentDate())  # D9: prices already used never change
        ui.effective_edit.setDate(QDate.currentDate().addDays(1))
        try:
            versions = self._catalogue.fee_schedules()
        except Exception as error:  # noqa: BLE001
            versions = []
            ui.error_label.setText(error_text(error))
        latest = versions[-1] if versions else None
        ui.versions_label.setText(self.tr(
            "Versions published: {count}; the latest takes effect on {date} with {lines} lines.").format(
            count=QLocale().toString(len(versions)), date=date_text(latest.effective_from),
            lines=QLocale().toString(latest.lines)) if latest else self.tr("No fee schedule is published yet."))
        self.errors.clear()
        for part in parts:
            self.add_part(part)
        (ui.lines_table if parts else ui.add_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def add_part(self, part: PartRow) -> None:
        if any(p.id == part.id for p in self.parts):
            return
        self.parts.append(part)
        table, row = self.ui.lines_table, self.ui.lines_table.rowCount()
        table.setRowCount(row + 1)
        values = (part.part_no, part.name, money_text(part.cost_price), money_text(part.fee_price),
                  f"{part.cost_price:.2f}" if part.cost_price is not None else "",
                  f"{part.fee_price:.2f}" if part.fee_price is not None else "")
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(RIGHT)
            if column < NEW_COST:
                item.setFlags(_READ_ONLY)
            table.setItem(row, column, item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter in the part-number box (a scanner ends with it) adds the part; it must not publish."""
        if (watched is self.ui.add_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_typed()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def add_typed(self) -> None:
        text = self.ui.add_edit.text().strip()
        if not text:
            return
        try:
            self.add_part(self._catalogue.get_part(text))
        except ValidationError as error:
            self.errors.show([error])
            return
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self.errors.clear()
        self.ui.add_edit.clear()

    @Slot()
    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.ui.lines_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.ui.lines_table.removeRow(row)
            del self.parts[row]

    def prices(self) -> dict[str, tuple[str, str]]:
        table = self.ui.lines_table
        return {part.part_no: (table.item(row, NEW_COST).text(), table.item(row, NEW_FEE).text())
                for row, part in enumerate(self.parts)}

    def _line_problems(self) -> list[str]:
        """Each wrong price with its part number: the service's message alone would not say which line."""
        problems = []
        for part_no, (cost, fee) in self.prices().items():
            for value, column in ((cost, Column.COST), (fee, Column.FEE)):
                try:
                    if check_price(value, column) is None:
                        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give both prices of {part}."),
                                              field="prices", part=part_no)
                except ValidationError as error:
                    problems.append(f"{part_no}: {error_text(error)}")
                    break
        return problems

    @Slot()
    def publish(self) -> None:
        day = self.ui.effective_edit.date().toPython()
        problems = self._line_problems()
        if problems:
            self.errors.clear()
            self.ui.error_label.setText("\n".join(problems))
            return
        self.published = save_or_show(self, self.errors, self.ui.error_label,
                                      lambda: self._catalogue.publish_fee_schedule(
                                          self._actor, day, self.prices(), self.ui.note_edit.text().strip() or None))
        if self.published is not None:
            self.accept()
