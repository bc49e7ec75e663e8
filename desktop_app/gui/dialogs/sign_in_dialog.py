"""Sign in with user name and password; the dialog stays open until it succeeds or is cancelled.

At start-up the dialog is shown before the database is open (``desktop_app.start``): the user
types while it opens, and a sign-in asked for before then goes through once ``database_ready``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from desktop_app import APP_NAME, APP_NAME_ZH
from desktop_app.errors import KnownError
from desktop_app.gui.dialogs.held_accept import REFUSAL_STYLE, HeldAccept
from desktop_app.gui.forms.ui_sign_in_dialog import Ui_SignInDialog

if TYPE_CHECKING:  # the services import SQLAlchemy, which the start loads off the UI thread
    from desktop_app.services.actor import Actor


class Accounts(Protocol):
    """What the dialog needs of ``services.accounts.AccountService``."""

    def sign_in(self, username: str, password: str) -> Actor: ...


class SignInDialog(QDialog):
    """Accepted once ``accounts.sign_in`` succeeds; ``actor`` is then the signed-in staff member.

    ``accounts`` may be None while the database is still opening; ``database_ready`` supplies it."""

    def __init__(self, accounts: Accounts | None = None, database_location: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self.actor: Actor | None = None
        self.ui.heading_label.setText(f"{APP_NAME_ZH} {APP_NAME}")
        self._ok_button().setText(self.tr("Sign in"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.location_label.setStyleSheet("color: #666666;")
        self._show_location(database_location)
        self.ui.error_label.hide()
        self._held = HeldAccept(self._ok_button(), self.ui.error_label)
        self.ui.username_edit.setFocus()

    @property
    def waiting_for_database(self) -> bool:
        return self._accounts is None

    def database_ready(self, accounts: Accounts, database_location: str) -> None:
        """The database has opened: a sign-in asked for meanwhile goes through now."""
        self._accounts = accounts
        self._show_location(database_location)
        if self._held.release():
            self.accept()

    @Slot()
    def accept(self) -> None:
        username = self.ui.username_edit.text().strip()
        if not username:
            self.show_refusal(self.tr("Enter your user name."), "username")
            return
        if self._accounts is None:  # kept as typed; signed in by itself once the database is open
            self._held.hold(self.tr("Opening the database… you will be signed in in a moment."))
            return
        from desktop_app.gui.error_display import error_text  # message boxes: not before the first window

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
        self.ui.error_label.setStyleSheet(REFUSAL_STYLE)
        self.ui.error_label.show()
        self.ui.password_edit.clear()
        if field == "username":
            self.ui.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.username_edit.selectAll()
        else:
            self.ui.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_message(self) -> str:
        return "" if self.ui.error_label.isHidden() else self.ui.error_label.text()

    def _show_location(self, location: str) -> None:
        # Which database this counter is about to use: several centres may share a machine.
        self.ui.location_label.setText(self.tr("Database: {location}").format(location=location))
        self.ui.location_label.setVisible(bool(location))

    def _ok_button(self) -> QPushButton:
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
