"""打印设置 (Tools menu): direct receipt printing, paper, document language and unit labels for this computer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from desktop_app.gui.forms.ui_print_settings_dialog import Ui_PrintSettingsDialog
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.printing.printers import available_printer_names, default_printer_name


class PrintSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintSettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        ui = self.ui
        ui.page_size_combo.addItem("A4", "A4")  # the same in every language
        ui.page_size_combo.addItem(self.tr("A5 (half an A4 sheet)"), "A5")
        ui.page_size_combo.addItem(self.tr("58 mm roll (thermal printer)"), "58mm")
        ui.page_size_combo.addItem(self.tr("80 mm roll (thermal printer)"), "80mm")
        ui.label_size_combo.addItem(self.tr("50 × 30 mm"), "50x30")
        ui.label_size_combo.addItem(self.tr("60 × 40 mm"), "60x40")
        ui.language_combo.addItem(self.tr("Same as the interface"), None)
        ui.language_combo.addItem("简体中文", "zh_CN")  # each language in its own words
        ui.language_combo.addItem("English", "en")
        printer = default_printer_name()
        ui.printer_label.setText(printer or self.tr("None set up on this computer"))
        ui.label_printer_combo.addItem(self.tr("Show a preview first"), None)
        for name in available_printer_names():
            ui.label_printer_combo.addItem(name, name)
        self.load()

    def load(self) -> None:
        current = PrintSettings.load(self._settings)
        ui = self.ui
        ui.direct_check.setChecked(current.receipt_direct)
        ui.page_size_combo.setCurrentIndex(max(ui.page_size_combo.findData(current.receipt_page_size), 0))
        index = ui.language_combo.findData(current.document_language) if current.document_language else 0
        ui.language_combo.setCurrentIndex(max(index, 0))
        ui.label_size_combo.setCurrentIndex(max(ui.label_size_combo.findData(current.label_size), 0))
        if current.label_printer and ui.label_printer_combo.findData(current.label_printer) < 0:
            # Kept, not silently dropped, while that printer is switched off or unplugged.
            ui.label_printer_combo.addItem(self.tr("{name} (not found now)").format(name=current.label_printer),
                                           current.label_printer)
        index = ui.label_printer_combo.findData(current.label_printer) if current.label_printer else 0
        ui.label_printer_combo.setCurrentIndex(max(index, 0))
        ui.label_at_intake_check.setChecked(current.label_at_intake)
        ui.direct_check.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> PrintSettings:
        ui = self.ui
        return PrintSettings(receipt_direct=ui.direct_check.isChecked(),
                             receipt_page_size=ui.page_size_combo.currentData(),
                             document_language=ui.language_combo.currentData(),
                             label_size=ui.label_size_combo.currentData(),
                             label_at_intake=ui.label_at_intake_check.isChecked(),
                             label_printer=ui.label_printer_combo.currentData())

    @Slot()
    def accept(self) -> None:
        self.chosen().save(self._settings)
        super().accept()


def install_print_menu(main_window: QMainWindow) -> QAction:
    """Adds Tools > Print settings… to the main window (its ``ui.menu_tools``)."""
    action = QAction(QCoreApplication.translate("PrintSettingsDialog", "Print &settings…"), main_window)
    action.setObjectName("action_print_settings")

    @Slot()
    def open_settings() -> None:
        dialog = PrintSettingsDialog(main_window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    action.triggered.connect(open_settings)
    main_window.ui.menu_tools.addSeparator()
    main_window.ui.menu_tools.addAction(action)
    return action
