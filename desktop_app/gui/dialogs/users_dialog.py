"""用户管理: the general manager adds staff, edits a name or role, resets passwords, deactivates and reactivates."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit, QTableWidgetItem, QWidget

from desktop_app.core.passwords import MIN_PASSWORD_LENGTH
from desktop_app.core.roles import Role
from desktop_app.errors import KnownError
from desktop_app.gui.dialogs.edit_user_dialog import EditUserDialog
from desktop_app.gui.dialogs.first_run_dialog import names_field, plain_label
from desktop_app.gui.error_display import error_text
from desktop_app.gui.forms.ui_users_dialog import Ui_UsersDialog
from desktop_app.gui.labels import active_label, label
from desktop_app.gui.list_setup import fit_widths
from desktop_app.services.accounts import AccountService, StaffInfo, validate_new_account, validate_password
from desktop_app.services.actor import Actor

USERNAME, NAME, ROLE, STATUS = range(4)
COLUMN_WIDTHS_CHARS = {USERNAME: 20, NAME: 16, ROLE: 14}  # the status column takes the rest


class UsersDialog(QDialog):
    """Every change goes through AccountService, which checks the permission again (the real control)."""

    def __init__(self, accounts: AccountService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self._accounts = accounts
        self._actor = actor
        self._staff: list[StaffInfo] = []
        self.edit_dialog: EditUserDialog | None = None
        # A small, bounded list (the staff of one centre): a QTableWidget is enough here.
        header = self.ui.staff_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_widths(header, COLUMN_WIDTHS_CHARS, self.fontMetrics())
        for role in Role:
            self.ui.role_combo.addItem(label(role), role.value)  # plain str: QVariant compares it (findData)
        self.ui.password_hint_label.setText(self.tr("At least {n} characters.").format(n=MIN_PASSWORD_LENGTH))
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)  # Enter in a field acts on that field's form, never closes
        self._add_fields = self._fields_of(("username", "display_name", "password", "password_repeat"),
                                           ("username", "display_name", "password", "repeat"))
        self._reset_fields = self._fields_of(("password", "password_repeat"), ("reset_password", "reset_repeat"))
        self._connect()
        self.reload()

    def _fields_of(self, fields: tuple[str, ...], widgets: tuple[str, ...]) -> dict[str, tuple[QLineEdit, QLabel]]:
        """ValidationError.field -> (the edit to focus, the label that names it)."""
        return {f: (getattr(self.ui, f"{w}_edit"), getattr(self.ui, f"{w}_label")) for f, w in zip(fields, widgets)}

    def _connect(self) -> None:
        self.ui.add_button.clicked.connect(self.add_user)
        for edit, _label in self._add_fields.values():
            edit.returnPressed.connect(self.add_user)
        self.ui.reset_button.clicked.connect(self.reset_password)
        for edit, _label in self._reset_fields.values():
            edit.returnPressed.connect(self.reset_password)
        self.ui.active_button.clicked.connect(self.toggle_active)
        self.ui.edit_button.clicked.connect(self.edit_selected)
        self.ui.staff_table.doubleClicked.connect(self.edit_selected)
        self.ui.staff_table.itemSelectionChanged.connect(self._show_selected)

    # --- the list ----------------------------------------------------------------------------
    @Slot()
    def reload(self, select_username: str | None = None) -> None:
        selected = select_username or (self.selected().username if self.selected() else None)
        failure = ""
        try:
            self._staff = self._accounts.list_staff()
        except Exception as error:  # noqa: BLE001 - shown where the user looks
            failure, self._staff = error_text(error), []
        table = self.ui.staff_table
        table.setRowCount(len(self._staff))
        for row, person in enumerate(self._staff):
            values = (person.username, person.display_name, label(person.role), active_label(person.active))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if not person.active:
                    item.setForeground(Qt.GlobalColor.gray)
                table.setItem(row, column, item)
        row = next((i for i, p in enumerate(self._staff) if p.username == selected), -1)
        if row >= 0:
            table.selectRow(row)
        self._show_selected()
        self.ui.selected_error_label.setText(failure)

    def selected(self) -> StaffInfo | None:
        rows = self.ui.staff_table.selectionModel().selectedRows()
        return self._staff[rows[0].row()] if rows and rows[0].row() < len(self._staff) else None

    def select_user(self, username: str) -> None:
        row = next((i for i, p in enumerate(self._staff) if p.username == username), -1)
        if row >= 0:
            self.ui.staff_table.selectRow(row)

    @Slot()
    def _show_selected(self) -> None:
        person = self.selected()
        self.ui.selected_group.setEnabled(person is not None)
        self.ui.selected_error_label.clear()
        for edit, _label in self._reset_fields.values():
            edit.clear()
        if person is None:
            self.ui.selected_label.setText(self.tr("Choose a user in the list."))
            self.ui.active_button.setText(self.tr("&Deactivate"))
            return
        self.ui.selected_label.setText(f"{person.display_name} ({person.username}) · {label(person.role)}")
        self.ui.active_button.setText(self.tr("&Deactivate") if person.active else self.tr("&Reactivate"))
        # The service refuses it too; not offering it saves the manager a pointless error.
        self.ui.active_button.setEnabled(not (person.active and person.id == self._actor.staff_id))

    # --- actions -----------------------------------------------------------------------------
    @Slot()
    def add_user(self) -> None:
        ui = self.ui
        username, name, password = ui.username_edit.text(), ui.display_name_edit.text(), ui.password_edit.text()
        try:
            # Validate the repeat too before anything is written; the service validates again.
            validate_new_account(username, name, password, ui.repeat_edit.text())
            role = Role(ui.role_combo.currentData())
            added = self._accounts.add_user(self._actor, username, name, role, password)
        except Exception as error:  # noqa: BLE001 - KnownError names the field; others are internal
            self._show_error(ui.add_error_label, self._add_fields, error)
            return
        ui.add_error_label.clear()
        for edit in (ui.username_edit, ui.display_name_edit, ui.password_edit, ui.repeat_edit):
            edit.clear()
        self.reload(select_username=added.username)
        self.show_message(self.tr("{name} ({username}) can now sign in as {role}.").format(
            name=added.display_name, username=added.username, role=label(added.role)))
        ui.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def reset_password(self) -> None:
        person = self.selected()
        if person is None:
            return
        password = self.ui.reset_password_edit.text()
        try:
            validate_password(password, self.ui.reset_repeat_edit.text())
            self._accounts.reset_password(self._actor, person.username, password)
        except Exception as error:  # noqa: BLE001
            self._show_error(self.ui.selected_error_label, self._reset_fields, error)
            return
        self._show_selected()
        self.show_message(self.tr("New password set for {name}; any lockout is lifted.").format(
            name=person.display_name))

    @Slot()
    def edit_selected(self) -> None:
        """Opens 编辑… for the selected person, window-modal without blocking (tests drive it)."""
        person = self.selected()
        if person is None:
            return
        self.edit_dialog = EditUserDialog(self._accounts, self._actor, person, self)
        self.edit_dialog.accepted.connect(self._edited)
        self.edit_dialog.open()

    @Slot()
    def _edited(self) -> None:
        dialog = self.edit_dialog
        if dialog is None or dialog.result_info is None:
            return
        before, after = dialog.person, dialog.result_info
        self.reload(select_username=after.username)
        if (before.display_name, before.role) == (after.display_name, after.role):
            self.show_message(self.tr("Nothing changed for {name}.").format(name=after.display_name))
        elif after.id == self._actor.staff_id:
            self.show_message(self.tr("Saved: {name} ({role}). Your window shows the new name after you "
                                      "sign in again.").format(name=after.display_name, role=label(after.role)))
        else:
            self.show_message(self.tr("Saved: {name} ({role}), same account and history. If {name} is signed "
                                      "in now, the change applies from the next sign-in.").format(
                name=after.display_name, role=label(after.role)))

    @Slot()
    def toggle_active(self) -> None:
        person = self.selected()
        if person is None:
            return
        try:
            self._accounts.set_active(self._actor, person.username, not person.active)
        except Exception as error:  # noqa: BLE001 - the field is the user, which is the selection
            self._show_error(self.ui.selected_error_label, {}, error)
            return
        self.reload(select_username=person.username)
        if person.active:
            message = self.tr("{name} is deactivated and can no longer sign in.")
        else:
            message = self.tr("{name} is active again and can sign in.")
        self.show_message(message.format(name=person.display_name))

    # --- feedback ----------------------------------------------------------------------------
    def _show_error(self, target: QLabel, fields: dict[str, tuple[QLineEdit, QLabel]],
                    error: BaseException) -> None:
        """Names the field at fault in front of the message and puts the cursor there."""
        message = error_text(error)
        field = error.field if isinstance(error, KnownError) else None
        edit_and_label = fields.get(field or "")
        if edit_and_label is not None:
            edit, field_label = edit_and_label
            if not names_field(message, plain_label(field_label.text())):
                message = self.tr("{field}: {message}").format(field=plain_label(field_label.text()), message=message)
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.selectAll()
        target.setText(message)
        self.ui.message_label.clear()

    def show_message(self, text: str) -> None:
        self.ui.message_label.setText(text)

    def add_error(self) -> str:
        return self.ui.add_error_label.text()

    def selected_error(self) -> str:
        return self.ui.selected_error_label.text()
