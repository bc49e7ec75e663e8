"""What the requisition and return dialogs share: unsaved input, a service call with its errors, Ctrl+S."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.errors import BugError, KnownError, ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.discard_question import discard_confirmed
from desktop_app.services.actor import Actor

FAILED = object()  # what attempt() returns when the service refused: the dialog stays open
OK, WARN, ERROR = "ok", "warn", "error"  # tones of the message shown afterwards


class FormDialog(QDialog):
    """A subclass fills its form, says what counts as typed input in ``snapshot`` and saves in ``save``."""

    saved = Signal(str, str, str)  # the number acted on, what happened (for the panel), tone

    def __init__(self, form: Any, services: RequisitionServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = form
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self._baseline: object = None
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor

    def mark_clean(self) -> None:
        """What is in the form now is the starting point: only changes from here count as typed."""
        self._baseline = self.snapshot()

    def snapshot(self) -> object:
        raise BugError(f"{type(self).__name__} must define snapshot()")

    def save(self) -> None:
        raise BugError(f"{type(self).__name__} must define save()")

    # --- unsaved input (the idle lock asks: nothing typed is lost silently) ------------------------
    def has_unsaved_changes(self) -> bool:
        return self.isVisible() and self.snapshot() != self._baseline

    def discard_changes(self) -> None:
        """Closes without asking (the lock has asked already)."""
        self.mark_clean()
        super().reject()

    @Slot()
    def reject(self) -> None:
        if self.has_unsaved_changes() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        # An explicit context: in a base class PySide's self.tr() would use the subclass's name.
        return discard_confirmed(
            self, QCoreApplication.translate("FormDialog", "Discard what was typed?"),
            QCoreApplication.translate("FormDialog", "This has not been saved. Close and lose what was typed?"))

    # --- calling a service -----------------------------------------------------------------------
    def attempt(self, call: Callable[[], Any], errors: FieldErrors) -> Any:
        """The service's answer, or FAILED with its message next to the field it names."""
        try:
            return call()
        except ValidationError as error:
            errors.show([error])
        except KnownError as error:  # a missing permission, a concurrent change: no field to point at
            errors.clear()
            self.ui.error_label.setText(error_text(error))
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
        return FAILED

    def finish(self, number: str, message: str, tone: str = OK) -> None:
        self.mark_clean()
        self.saved.emit(number, message, tone)
        self.accept()
