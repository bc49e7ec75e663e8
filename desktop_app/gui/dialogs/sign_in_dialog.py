"""Sign in with user name and password; the dialog stays open until it succeeds or is cancelled."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop_app import APP_NAME, APP_NAME_ZH
from desktop_app.errors import KnownError
from desktop_app.gui.error_display import error_text
from desktop_app.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor


class SignInDialog(QDialog):
    """Accepted once ``accounts.sign_in`` succeeds; ``actor`` is then the signed-in staff member."""

    def __init__(self, accounts: AccountService, database_location: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self.actor: Actor | None = None
        self.ui.heading_label.setText(f"{APP_NAME_ZH} {APP_NAME}")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        # Which database this counter is about to use: several centres may share a machine.
        self.ui.location_label.setText(self.tr("Database: {location}").format(location=database_location))
        self.ui.location_label.setVisible(bool(database_location))
        self.ui.location_label.setStyleSheet("color: #666666;")
        self.ui.error_label.hide()
        self.ui.username_edit.setFocus()

    @Slot()
    def accept(self) -> None:
        username = self.ui.username_edit.text().strip()
        if not username:
            self.show_refusal(self.tr("Enter your user name."), "username")
            return
        try:
            self.actor = self._accounts.sign_in(username, self.ui.password_edit.text())
        except KnownError as error:
            self.show_refusal(error_text(error), error.field)
            return
        except Exception as error:  # noqa: BLE001 - shown as an internal error, logged
            self.show_refusal(error_text(error), None)
            return
        super().accept()

    def show_refusal(self, message: str, field: str | None) -> None:
        """Keeps the user name, clears the password and puts the cursor where to retry."""
        self.ui.error_label.setText(message)
        self.ui.error_label.show()
        self.ui.password_edit.clear()
        if field == "username":
            self.ui.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.username_edit.selectAll()
        else:
            self.ui.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_message(self) -> str:
        return "" if self.ui.error_label.isHidden() else self.ui.error_label.text()
