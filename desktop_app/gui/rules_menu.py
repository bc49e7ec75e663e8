"""Help > Business rules… (F1): opens the rules window (gui/rules_window.py), imported when first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.errors import KnownError
from desktop_app.gui.error_display import show_error

if TYPE_CHECKING:  # imported when first opened, not with the main window (issue 8)
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.rules_window import RulesWindow


class RulesMenu(QObject):
    """Help > Business rules…, also on F1 (nothing else in the program uses F1); one window at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: RulesWindow | None = None
        self.action = QAction(QCoreApplication.translate("RulesWindow", "&Business rules…"), window)
        self.action.setObjectName("action_business_rules")
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.action.setStatusTip(QCoreApplication.translate(
            "RulesWindow", "What the rule numbers in brackets, such as (W9) or (D3), stand for"))
        self.action.triggered.connect(self.open)
        window.ui.menu_help.insertAction(window.ui.action_about, self.action)
        window.ui.menu_help.insertSeparator(window.ui.action_about)

    @Slot()
    def open(self) -> RulesWindow | None:
        if self.dialog is None:
            from desktop_app.gui.rules_window import RulesWindow, load_rules

            try:
                rules = load_rules()
            except KnownError as error:
                show_error(self._window, error)
                return None
            self.dialog = RulesWindow(rules, self._window)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.finished.connect(self._forget)
        if self.dialog.isVisible():
            self.dialog.raise_()  # open already, perhaps behind the main window
        self.dialog.show()  # modeless: the clerk reads the rule beside the form that cited it
        self.dialog.activateWindow()
        self.dialog.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.dialog

    @Slot()
    def _forget(self) -> None:
        self.dialog = None


def install_rules_menu(window: MainWindow) -> RulesMenu:
    return RulesMenu(window)
