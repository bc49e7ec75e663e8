"""修改密码: any signed-in user changes their own password, giving the current one first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from desktop_app.core.passwords import MIN_PASSWORD_LENGTH
from desktop_app.errors import KnownError
from desktop_app.gui.dialogs.first_run_dialog import names_field, plain_label
from desktop_app.gui.error_display import error_text
from desktop_app.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from desktop_app.services.accounts import AccountService, validate_password
from desktop_app.services.actor import Actor


class ChangePasswordDialog(QDialog):
    """Accepted once the service has stored the new password; stays open on any error."""

    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self._actor = actor
        self.ui.prompt_label.setText(
            self.tr("New password for {name} ({username}).").format(name=actor.display_name,
                                                                     username=actor.username))
        self.ui.password_hint_label.setText(self.tr("At least {n} characters.").format(n=MIN_PASSWORD_LENGTH))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.error_label.hide()
        self._fields: dict[str, tuple[QLineEdit, QLabel]] = {
            "old_password": (self.ui.old_password_edit, self.ui.old_password_label),
            "password": (self.ui.password_edit, self.ui.password_label),
            "password_repeat": (self.ui.repeat_edit, self.ui.repeat_label),
        }
        self.ui.old_password_edit.setFocus()

    @Slot()
    def accept(self) -> None:
        new = self.ui.password_edit.text()
        try:
            validate_password(new, self.ui.repeat_edit.text())
            self._accounts.change_own_password(self._actor, self.ui.old_password_edit.text(), new)
        except Exception as error:  # noqa: BLE001 - KnownError names the field; others are internal
            self.show_error(error_text(error), error.field if isinstance(error, KnownError) else None)
            return
        super().accept()

    def show_error(self, message: str, field: str | None) -> None:
        """Names the field at fault in front of the message and puts the cursor there."""
        edit_and_label = self._fields.get(field or "")
        if edit_and_label is not None:
            edit, field_label = edit_and_label
            if not names_field(message, plain_label(field_label.text())):
                message = self.tr("{field}: {message}").format(field=plain_label(field_label.text()), message=message)
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.selectAll()
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def error_message(self) -> str:
        return "" if self.ui.error_label.isHidden() else self.ui.error_label.text()
