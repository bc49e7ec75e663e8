"""故障分类: the supervisor keeps each product line's fault categories, which diagnosis chooses from."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from desktop_app.core.permissions import Permission, allows
from desktop_app.errors import ValidationError
from desktop_app.gui.error_display import error_text
from desktop_app.gui.forms.ui_fault_catalogue_dialog import Ui_FaultCatalogueDialog
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.labels import active_label
from desktop_app.gui.list_setup import fit_widths
from desktop_app.gui.printing.print_settings import interface_language
from desktop_app.services.actor import Actor
from desktop_app.services.fault_catalogue import FaultCatalogue, FaultEntry, FaultInput
from desktop_app.services.intake_forms import FormInvalid

CODE, NAME_ZH, NAME_EN, ORDERS, STATUS = range(5)
WIDTHS_CHARS = {CODE: 14, NAME_ZH: 12, NAME_EN: 18, ORDERS: 6}  # the status column must fit too
OK_STYLE, ERROR_STYLE = "color: #1b5e20;", "color: #b00020;"


class FaultCatalogueDialog(QDialog):
    """Non-modal; the service checks the permission again on every change."""

    def __init__(self, catalogue: FaultCatalogue, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_FaultCatalogueDialog()
        ui.setupUi(self)
        self._catalogue = catalogue
        self._actor = actor
        self._faults: list[FaultEntry] = []
        self.errors = FieldErrors([("code", ui.code_edit, ui.code_error), ("name_zh", ui.name_zh_edit, ui.name_zh_error),
                                   ("name_en", ui.name_en_edit, ui.name_en_error)], ui.message_label)
        header = ui.fault_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_widths(header, WIDTHS_CHARS, self.fontMetrics())
        close = ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)
        ui.line_combo.currentIndexChanged.connect(self.reload)
        ui.fault_table.itemSelectionChanged.connect(self._show_selected)
        ui.new_button.clicked.connect(self.new_category)
        ui.save_button.clicked.connect(self.save)
        ui.active_button.clicked.connect(self.toggle_active)
        for edit in (ui.code_edit, ui.name_zh_edit, ui.name_en_edit):
            edit.returnPressed.connect(self.save)
        self._load_lines()
        self.set_actor(actor)

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        may = allows(actor.role, Permission.FAULT_CATALOGUE_MANAGE)
        self.ui.form_box.setEnabled(may)
        self.ui.form_box.setToolTip("" if may else self.tr("Only the supervisor or the general manager edits "
                                                           "the fault catalogue."))

    def _load_lines(self) -> None:
        english = interface_language() == "en"
        combo = self.ui.line_combo
        combo.blockSignals(True)
        combo.clear()
        try:
            for line in self._catalogue.product_lines():
                combo.addItem(line.name_en if english else line.name_zh, line.id)  # the code only as a tooltip
                combo.setItemData(combo.count() - 1, line.code, Qt.ItemDataRole.ToolTipRole)
        except Exception as error:  # noqa: BLE001 - shown where the user looks
            self._say(error_text(error), ERROR_STYLE)
        combo.blockSignals(False)
        self.reload()

    # --- the list ------------------------------------------------------------------------------
    @Slot()
    def reload(self, select_id: int | None = None) -> None:
        line_id = self.ui.line_combo.currentData()
        try:
            self._faults = self._catalogue.faults(line_id) if line_id is not None else []
        except Exception as error:  # noqa: BLE001
            self._faults = []
            self._say(error_text(error), ERROR_STYLE)
        table = self.ui.fault_table
        table.blockSignals(True)
        table.setRowCount(len(self._faults))
        for row, fault in enumerate(self._faults):
            values = (fault.code, fault.name_zh, fault.name_en, f"{fault.orders:,}", active_label(fault.active))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == ORDERS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if not fault.active:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(row, column, item)
        table.blockSignals(False)
        chosen = next((i for i, f in enumerate(self._faults) if f.id == select_id), None)
        if chosen is not None:
            table.selectRow(chosen)
        else:
            table.clearSelection()
            self._clear_form()

    def selected(self) -> FaultEntry | None:
        rows = self.ui.fault_table.selectionModel().selectedRows()
        return self._faults[rows[0].row()] if rows else None

    @Slot()
    def _show_selected(self) -> None:
        fault = self.selected()
        if fault is None:
            self._clear_form()
            return
        ui = self.ui
        self.errors.clear()
        ui.code_edit.setText(fault.code)
        ui.name_zh_edit.setText(fault.name_zh)
        ui.name_en_edit.setText(fault.name_en)
        ui.active_button.setEnabled(True)
        ui.active_button.setText(self.tr("&Retire") if fault.active else self.tr("Re&activate"))
        ui.save_button.setText(self.tr("&Save"))

    def _clear_form(self) -> None:
        ui = self.ui
        self.errors.clear()
        for edit in (ui.code_edit, ui.name_zh_edit, ui.name_en_edit):
            edit.clear()
        ui.active_button.setEnabled(False)
        ui.active_button.setText(self.tr("&Retire"))
        ui.save_button.setText(self.tr("&Add"))

    # --- actions -------------------------------------------------------------------------------
    @Slot()
    def new_category(self) -> None:
        self.ui.fault_table.clearSelection()
        self._clear_form()
        self.ui.code_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def save(self) -> None:
        ui = self.ui
        given = FaultInput(ui.code_edit.text(), ui.name_zh_edit.text(), ui.name_en_edit.text())
        fault = self.selected()
        line_id = ui.line_combo.currentData()
        try:
            if fault is None:
                fault_id = self._catalogue.add(self._actor, line_id, given)
                message = self.tr("Fault category {code} added.")
            else:
                fault_id = fault.id
                self._catalogue.edit(self._actor, fault.id, given)
                message = self.tr("Fault category {code} saved.")
        except FormInvalid as invalid:
            self.errors.show(invalid.errors)
            return
        except ValidationError as error:
            self.errors.show([error])
            return
        except Exception as error:  # noqa: BLE001 - a refused permission or a lost database, in plain words
            self._say(error_text(error), ERROR_STYLE)
            return
        self.reload(fault_id)
        self._say(message.format(code=given.code.strip()), OK_STYLE)

    @Slot()
    def toggle_active(self) -> None:
        fault = self.selected()
        if fault is None:
            return
        try:
            self._catalogue.set_active(self._actor, fault.id, not fault.active)
        except Exception as error:  # noqa: BLE001
            self._say(error_text(error), ERROR_STYLE)
            return
        self.reload(fault.id)
        text = (self.tr("{code} retired: diagnosis no longer offers it; past orders keep it.") if fault.active
                else self.tr("{code} is offered again at diagnosis."))
        self._say(text.format(code=fault.code), OK_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.ui.message_label.setStyleSheet(style)
        self.ui.message_label.setText(text)
