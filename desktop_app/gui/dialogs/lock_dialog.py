"""The lock screen's form: the signed-in user's password, or another user taking over the counter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop_app.errors import KnownError
from desktop_app.gui.error_display import error_text
from desktop_app.gui.forms.ui_lock_dialog import Ui_LockDialog
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor


class LockDialog(QDialog):
    """Cannot be cancelled: it ends only by ``unlocked`` (the same user) or ``switched`` (another)."""

    unlocked = Signal()
    switched = Signal(object, bool)  # the new Actor, whether unsaved work is to be discarded

    def __init__(self, accounts: AccountService, actor: Actor, has_unsaved_work: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        # No close button and no Escape: the lock is left only by signing in.
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._accounts = accounts
        self._actor = actor
        self._has_unsaved_work = has_unsaved_work
        self._pending: Actor | None = None  # signed in, waiting for the choice about unsaved work
        self.ui.prompt_label.setText(self.tr(
            "Signed in: {name}. Enter your password to continue. At a change of shift, the next person "
            "enters their own user name and password."
        ).format(name=actor.display_name))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        self.ui.unsaved_label.setText(self.tr(
            "A form has unsaved content. Switching user discards it. Go back to let {name} unlock and save it, "
            "or discard it and switch."
        ).format(name=actor.display_name))
        self.ui.go_back_button.clicked.connect(self.go_back)
        self.ui.discard_button.clicked.connect(self.discard_and_switch)
        self.ui.username_edit.returnPressed.connect(self.ui.password_edit.setFocus)
        self.go_back()

    @property
    def actor(self) -> Actor:
        """Who was signed in when the counter locked."""
        return self._actor

    @Slot()
    def go_back(self) -> None:
        """The first user's name again, ready for their password (their unsaved work is kept)."""
        self._pending = None
        self.ui.unsaved_frame.hide()
        self.ui.error_label.hide()
        self._set_form_enabled(True)
        self.ui.username_edit.setText(self._actor.username)
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit()

    @Slot()
    def accept(self) -> None:
        if self._pending is not None:
            return  # the choice about unsaved work is pending: one of its two buttons answers it
        username = self.ui.username_edit.text().strip() or self._actor.username
        try:
            # sign_in is the check confirm_identity makes (same lockout counting), and it says why it
            # refused: a locked or deactivated account is not merely a "wrong password".
            signed_in = self._accounts.sign_in(username, self.ui.password_edit.text())
        except Exception as error:  # noqa: BLE001 - KnownError explains; others are internal
            self.show_refusal(error_text(error), error.field if isinstance(error, KnownError) else None)
            return
        if signed_in.staff_id == self._actor.staff_id:
            self.done(QDialog.DialogCode.Accepted)
            self.unlocked.emit()
        elif self._has_unsaved_work():
            self.ask_about_unsaved_work(signed_in)
        else:
            self._switch_to(signed_in, discard=False)

    def ask_about_unsaved_work(self, signed_in: Actor) -> None:
        self._pending = signed_in
        self.ui.error_label.hide()
        self.ui.password_edit.clear()
        self._set_form_enabled(False)
        self.ui.unsaved_frame.show()
        self.ui.go_back_button.setFocus(Qt.FocusReason.OtherFocusReason)  # the safe choice under Enter
        self._fit()

    @Slot()
    def discard_and_switch(self) -> None:
        if self._pending is not None:
            self._switch_to(self._pending, discard=True)

    def _switch_to(self, signed_in: Actor, *, discard: bool) -> None:
        self._pending = None
        self.done(QDialog.DialogCode.Accepted)
        self.switched.emit(signed_in, discard)

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.ui.username_edit, self.ui.password_edit, self.ui.button_box):
            widget.setEnabled(enabled)

    def show_refusal(self, message: str, field: str | None) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()
        self.ui.password_edit.clear()
        target = self.ui.username_edit if field == "username" else self.ui.password_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        target.selectAll()
        self._fit()

    def _fit(self) -> None:
        """Grows or shrinks with the message shown; wrapped labels need their height recomputed."""
        self.layout().activate()
        self.resize(self.width(), self.heightForWidth(self.width()) if self.hasHeightForWidth()
                    else self.sizeHint().height())

    def error_message(self) -> str:
        return "" if self.ui.error_label.isHidden() else self.ui.error_label.text()

    def unsaved_warning_shown(self) -> bool:
        return not self.ui.unsaved_frame.isHidden()

    # --- no way out but signing in ------------------------------------------------------------
    @Slot()
    def reject(self) -> None:
        """Escape does nothing here."""

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """The window manager's close button (if it draws one anyway) is ignored; close() works."""
        if event.spontaneous():
            event.ignore()
