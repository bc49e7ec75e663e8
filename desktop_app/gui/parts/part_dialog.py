"""新增/编辑配件: one part's catalogue entry, each wrong field told next to it (D6, W6)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.parts_import_rows import UNITS
from desktop_app.core.permissions import Permission
from desktop_app.gui.form_saving import save_or_show
from desktop_app.gui.forms.ui_parts_part_dialog import Ui_PartDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.parts.window_support import guard
from desktop_app.services.actor import Actor
from desktop_app.services.parts_catalogue import PartInput, PartRow, PartsCatalogue


class PartDialog(QDialog):
    """Accepted once the catalogue saved the part; ``saved`` holds the row as stored."""

    def __init__(self, catalogue: PartsCatalogue, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartDialog()
        self.ui.setupUi(self)
        self._catalogue = catalogue
        self._actor = actor
        self.part: PartRow | None = None
        self.saved: PartRow | None = None
        ui = self.ui
        self.errors = FieldErrors([
            ("part_no", ui.part_no_edit, ui.part_no_error), ("name", ui.name_edit, ui.name_error),
            ("compatible_models", ui.models_edit, ui.models_error), ("category", ui.category_edit, ui.category_error),
            ("unit_of_measure", ui.unit_combo, ui.unit_error), ("is_wear_part", ui.wear_check, ui.wear_error),
            ("reorder_level", ui.reorder_spin, ui.reorder_error), ("cost_price", ui.cost_edit, ui.cost_error),
            ("fee_price", ui.fee_edit, ui.fee_error), ("effective_from", ui.prices_from_edit, ui.prices_from_error),
        ], ui.error_label)
        ui.unit_combo.addItems(list(UNITS))
        ui.ok_button.setText(self.tr("&Save"))
        ui.ok_button.clicked.connect(self.save)
        ui.cancel_button.clicked.connect(self.reject)
        # W6 wear flag and D6 prices are the manager's; a supervisor edits the rest.
        self.may_price = all([guard(w, actor, Permission.FEE_SCHEDULE_MANAGE)
                              for w in (ui.wear_check, ui.cost_edit, ui.fee_edit, ui.prices_from_edit)])

    def start(self, part: PartRow | None) -> None:
        """``None``: a new part; else the part's values, prices as in force today."""
        ui, self.part, self.saved = self.ui, part, None
        self.setWindowTitle(self.tr("Edit part {part}").format(part=part.part_no) if part else self.tr("New part"))
        ui.part_no_edit.setText(part.part_no if part else "")
        ui.name_edit.setText(part.name if part else "")
        ui.models_edit.setText("、".join(part.compatible_models) if part else "")
        ui.category_edit.setText((part.category or "") if part else "")
        ui.unit_combo.setCurrentText(part.unit_of_measure if part else "个")
        ui.wear_check.setChecked(part.is_wear_part if part else False)
        ui.reorder_spin.setValue(part.reorder_level if part else 0)
        ui.active_check.setChecked(part.active if part else True)
        ui.cost_edit.setText(f"{part.cost_price:.2f}" if part and part.cost_price is not None else "")
        ui.fee_edit.setText(f"{part.fee_price:.2f}" if part and part.fee_price is not None else "")
        ui.prices_from_edit.setDate(QDate.currentDate())
        ui.prices_from_edit.setMinimumDate(QDate.currentDate())  # D9: prices already used never change
        since = part.prices_from.isoformat() if part and part.prices_from else None
        ui.prices_note_label.setText(
            self.tr("Prices in force since {date}. New prices start a fee-schedule version on the date above; "
                    "orders dated before it keep the old prices (D6, D9).").format(date=since) if since else
            self.tr("Give both prices or neither. Orders use the prices in force on their date (D6)."))
        self.errors.clear()
        ui.part_no_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def entered(self) -> PartInput:
        ui = self.ui
        prices = (ui.cost_edit.text(), ui.fee_edit.text()) if self.may_price else (None, None)
        return PartInput(part_no=ui.part_no_edit.text(), name=ui.name_edit.text(), compatible_models=tuple(
            ui.models_edit.text().replace(",", "、").replace("，", "、").split("、")),
            category=ui.category_edit.text(), is_wear_part=ui.wear_check.isChecked(),
            unit_of_measure=ui.unit_combo.currentText(), reorder_level=ui.reorder_spin.value(),
            active=ui.active_check.isChecked(), cost_price=prices[0] or None, fee_price=prices[1] or None)

    def prices_from(self) -> dt.date:
        return self.ui.prices_from_edit.date().toPython()

    @Slot()
    def save(self) -> None:
        data, day, part = self.entered(), self.prices_from(), self.part
        saved = save_or_show(self, self.errors, self.ui.error_label,
                             lambda: self._catalogue.add_part(self._actor, data, prices_from=day) if part is None
                             else self._catalogue.edit_part(self._actor, part.id, data, prices_from=day))
        if saved is not None:
            self.saved = saved
            self.accept()
