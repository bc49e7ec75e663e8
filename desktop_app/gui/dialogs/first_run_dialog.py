"""First run on a new database: create the general manager's account, optionally sample data.

At start-up the dialog may be shown before the new database is ready (``desktop_app.start``): the
account asked for meanwhile is created once ``database_ready`` says it is.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QWidget

from desktop_app import APP_NAME, APP_NAME_ZH
from desktop_app.core.passwords import MIN_PASSWORD_LENGTH
from desktop_app.errors import KnownError
from desktop_app.gui.dialogs.held_accept import REFUSAL_STYLE, HeldAccept
from desktop_app.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog

if TYPE_CHECKING:  # the services import SQLAlchemy, which the start loads off the UI thread
    from desktop_app.services.accounts import AccountService
    from desktop_app.services.actor import Actor


class FirstRunDialog(QDialog):
    """Accepted only once the manager exists; ``actor`` is then the signed-in manager."""

    def __init__(self, accounts: AccountService | None = None, parent: QWidget | None = None) -> None:
        """``accounts`` may be None while the new database is still being made; see ``database_ready``."""
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self.actor: Actor | None = None
        self.ui.heading_label.setText(f"{APP_NAME_ZH} {APP_NAME}")
        self.ui.password_hint_label.setText(
            self.tr("At least {n} characters.").format(n=MIN_PASSWORD_LENGTH)
        )
        self._ok_button().setText(self.tr("Create account"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.error_label.hide()
        self._held = HeldAccept(self._ok_button(), self.ui.error_label)
        # field name in ValidationError -> (its edit, the label that names it)
        self._fields: dict[str, tuple[QLineEdit, QLabel]] = {
            "username": (self.ui.username_edit, self.ui.username_label),
            "display_name": (self.ui.display_name_edit, self.ui.display_name_label),
            "password": (self.ui.password_edit, self.ui.password_label),
            "password_repeat": (self.ui.repeat_edit, self.ui.repeat_label),
        }
        self.ui.username_edit.setFocus()

    @property
    def load_sample_data_requested(self) -> bool:
        return self.ui.sample_data_check.isChecked()

    @property
    def waiting_for_database(self) -> bool:
        return self._accounts is None

    def database_ready(self, accounts: AccountService, _database_location: str = "") -> None:
        """The new database is ready: an account asked for meanwhile is created now."""
        self._accounts = accounts
        if self._held.release():
            self.accept()

    @Slot()
    def accept(self) -> None:
        if self._accounts is None:  # checked and created once the database is ready
            self._held.hold(self.tr("Preparing the new database… your account will be created in a moment."))
            return
        # Loaded by the start's opening thread by now (SQLAlchemy: not before the first window).
        from desktop_app.gui.error_display import error_text
        from desktop_app.services.accounts import validate_new_account

        username = self.ui.username_edit.text()
        display_name = self.ui.display_name_edit.text()
        password = self.ui.password_edit.text()
        try:
            # Validate first: nothing is written unless every field is right.
            validate_new_account(username, display_name, password, self.ui.repeat_edit.text())
            self.actor = self._accounts.create_first_manager(username, display_name, password)
        except KnownError as error:
            self.show_error(error_text(error), error.field)
            return
        except Exception as error:  # noqa: BLE001 - shown as an internal error, logged
            self.show_error(error_text(error), None)
            return
        super().accept()

    def show_error(self, message: str, field: str | None) -> None:
        """Names the field at fault in front of the message and puts the cursor there."""
        edit_and_label = self._fields.get(field or "")
        if edit_and_label is not None:
            edit, field_label = edit_and_label
            name = plain_label(field_label.text())
            if not names_field(message, name):
                message = self.tr("{field}: {message}").format(field=name, message=message)
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.selectAll()
        self.ui.error_label.setText(message)
        self.ui.error_label.setStyleSheet(REFUSAL_STYLE)
        self.ui.error_label.show()

    def error_message(self) -> str:
        return "" if self.ui.error_label.isHidden() else self.ui.error_label.text()

    def _ok_button(self) -> QPushButton:
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)


def plain_label(text: str) -> str:
    """'用户名(&U)：' or '&User name:' -> '用户名' / 'User name' (mnemonic and colon dropped)."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").strip().rstrip(":：").strip()


def names_field(message: str, name: str) -> bool:
    """True when the message already names its field ("用户名“tech.li”已被使用。"): putting "用户名："
    in front would then say it twice, so the dialogs prefix only messages that do not."""
    return bool(name) and name.casefold() in message.casefold()
