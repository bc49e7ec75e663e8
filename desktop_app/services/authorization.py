"""The control behind every service action: refuse, naming the missing permission."""

from __future__ import annotations

from desktop_app.core.permissions import PERMISSION_LABELS, Permission, allows
from desktop_app.errors import PermissionDenied
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor


class MissingPermission(PermissionDenied):
    """Renders the permission's own translated label inside the message."""

    def __init__(self, permission: Permission) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "You are not allowed to do this: it needs the permission “{permission}”."),
            permission=PERMISSION_LABELS[permission],
        )
        self.permission = permission

    def render(self, translate=lambda context, text: text) -> str:  # type: ignore[no-untyped-def]
        label = translate("Permissions", PERMISSION_LABELS[self.permission])
        return translate("Errors", self.template).format(permission=label)


def require(actor: Actor, permission: Permission) -> None:
    if not allows(actor.role, permission):
        raise MissingPermission(permission)
