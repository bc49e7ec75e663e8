"""The main window's account entries: users, audit log and own password, for the current actor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.permissions import Permission, allows
from desktop_app.errors import BugError
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.audit_log import AuditLog
from desktop_app.services.policy import PolicyService

if TYPE_CHECKING:  # each imported when first opened, not with the main window (issue 8)
    from desktop_app.gui.dialogs.audit_viewer import AuditViewer
    from desktop_app.gui.dialogs.change_password_dialog import ChangePasswordDialog
    from desktop_app.gui.dialogs.policy_dialog import PolicyDialog
    from desktop_app.gui.dialogs.users_dialog import UsersDialog


class AccountWindows(QObject):
    """One users dialog, audit viewer and policy dialog at a time; they close when another user takes over."""

    password_changed = Signal()
    policy_published = Signal(str)  # "已发布第 N 版", for the status bar

    def __init__(self, accounts: AccountService, audit_log: AuditLog, actor: Actor, parent: QWidget,
                 policy: PolicyService | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._audit_log = audit_log
        self._policy = policy
        self._actor = actor
        self._parent = parent
        self.users: UsersDialog | None = None
        self.audit_viewer: AuditViewer | None = None
        self.policy: PolicyDialog | None = None

    @property
    def accounts(self) -> AccountService:
        return self._accounts

    def may_manage_users(self) -> bool:
        return allows(self._actor.role, Permission.USERS_MANAGE)

    def may_view_audit_log(self) -> bool:
        return allows(self._actor.role, Permission.AUDIT_VIEW)

    def may_manage_policy(self) -> bool:
        return allows(self._actor.role, Permission.POLICY_MANAGE)

    def set_actor(self, actor: Actor) -> None:
        """The open manager windows were the previous user's: they close (and forget the actor)."""
        self._actor = actor
        for window in (self.users, self.audit_viewer, self.policy):
            if window is not None:
                window.close()
        self.users = self.audit_viewer = self.policy = None

    @Slot()
    def open_users(self) -> UsersDialog:
        if self.users is None:
            from desktop_app.gui.dialogs.users_dialog import UsersDialog

            self.users = UsersDialog(self._accounts, self._actor, self._parent)
            self.users.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.users.finished.connect(self._forget_users)
        self.users.reload()
        self.users.open()  # window-modal: staff changes are a short, focused task
        return self.users

    @Slot()
    def open_audit_log(self) -> AuditViewer:
        if self.audit_viewer is None:
            from desktop_app.gui.dialogs.audit_viewer import AuditViewer

            self.audit_viewer = AuditViewer(self._audit_log, self._accounts, self._actor, self._parent)
            self.audit_viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.audit_viewer.finished.connect(self._forget_audit_viewer)
            self.audit_viewer.start()
        else:
            self.audit_viewer.apply_filter()  # newest entries, same filters
        if self.audit_viewer.isVisible():
            self.audit_viewer.raise_()  # open already, perhaps behind the main window
        self.audit_viewer.show()  # modeless: the manager may look up a record in the tabs meanwhile
        self.audit_viewer.activateWindow()
        return self.audit_viewer

    @Slot()
    def open_policy(self) -> PolicyDialog:
        if self.policy is None:
            if self._policy is None:  # a window built without the policy service offers no dialog
                raise BugError("AccountWindows needs a PolicyService to open the policy dialog")
            from desktop_app.gui.dialogs.policy_dialog import PolicyDialog

            self.policy = PolicyDialog(self._policy, self._actor, self._policy.product_categories(), self._parent)
            self.policy.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.policy.finished.connect(self._forget_policy)
        self.policy.open()  # window-modal, like the users dialog
        return self.policy

    @Slot()
    def change_password(self) -> ChangePasswordDialog:
        from desktop_app.gui.dialogs.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self._accounts, self._actor, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.password_changed)
        dialog.open()
        return dialog

    @Slot(int)
    def _forget_users(self, _result: int) -> None:
        self.users = None

    @Slot(int)
    def _forget_audit_viewer(self, _result: int) -> None:
        self.audit_viewer = None

    @Slot(int)
    def _forget_policy(self, result: int) -> None:
        if self.policy is not None and result == QDialog.DialogCode.Accepted:
            self.policy_published.emit(self.policy.published_text())
        self.policy = None

    def open_windows(self) -> list[QDialog]:
        return [w for w in (self.users, self.audit_viewer, self.policy) if w is not None]
