"""编辑用户: the general manager corrects a person's name or changes their role on the same account."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from desktop_app.core.roles import Role
from desktop_app.errors import KnownError
from desktop_app.gui.dialogs.first_run_dialog import names_field, plain_label
from desktop_app.gui.error_display import error_text
from desktop_app.gui.forms.ui_edit_user_dialog import Ui_EditUserDialog
from desktop_app.gui.labels import label
from desktop_app.services.accounts import AccountService, StaffInfo, validate_display_name
from desktop_app.services.actor import Actor


class EditUserDialog(QDialog):
    """Accepted once the service has stored the change (``result_info``); stays open on any error."""

    def __init__(self, accounts: AccountService, actor: Actor, person: StaffInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EditUserDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self._actor = actor
        self.person = person
        self.result_info: StaffInfo | None = None
        self.ui.prompt_label.setText(self.tr(
            "{username}: the same account keeps the person's history (evaluation, fines, complaints, "
            "signed rule sets, audit trail).").format(username=person.username))
        self.ui.display_name_edit.setText(person.display_name)
        for role in Role:
            self.ui.role_combo.addItem(label(role), role.value)  # plain str: findData compares it
        self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(person.role.value))
        own = person.id == actor.staff_id
        # The service refuses it too (role_changes): not offering it spares a pointless error.
        self.ui.role_combo.setEnabled(not own)
        self.ui.role_hint_label.setText(
            self.tr("You cannot change your own role while signed in.") if own
            else self.tr("Someone signed in now gets the new role when they next sign in."))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.error_label.hide()
        self._fields: dict[str, tuple[QWidget, QLabel]] = {
            "display_name": (self.ui.display_name_edit, self.ui.display_name_label),
            "role": (self.ui.role_combo, self.ui.role_label),
        }
        self.ui.display_name_edit.setFocus()
        self.ui.display_name_edit.selectAll()

    def chosen_role(self) -> Role:
        return Role(self.ui.role_combo.currentData())

    @Slot()
    def accept(self) -> None:
        name = self.ui.display_name_edit.text()
        try:
            validate_display_name(name)  # the service validates again; this keeps the dialog's wording
            self.result_info = self._accounts.update_user(
                self._actor, self.person.username, display_name=name, role=self.chosen_role())
        except Exception as error:  # noqa: BLE001 - KnownError names the field; others are internal
            self.show_error(error_text(error), error.field if isinstance(error, KnownError) else None)
            return
        super().accept()

    def show_error(self, message: str, field: str | None) -> None:
        """Names the field at fault in front of the message and puts the cursor there."""
        widget_and_label = self._fields.get(field or "")
        if widget_and_label is not None:
            widget, field_label = widget_and_label
            if not names_field(message, plain_label(field_label.text())):
                message = self.tr("{field}: {message}").format(field=plain_label(field_label.text()), message=message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def error_message(self) -> str:
        return "" if self.ui.error_label.isHidden() else self.ui.error_label.text()
