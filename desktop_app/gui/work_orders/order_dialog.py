"""What the work-order dialogs share: the order they act on, unsaved input, errors, the saved signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop_app.errors import BugError
from desktop_app.errors import KnownError, ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.discard_question import discard_confirmed
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail

FAILED = object()  # what attempt() returns when the service refused: the dialog stays open
OK, WARN, ERROR = "ok", "warn", "error"  # tones of the message the panel shows afterwards


class OrderDialog(QDialog):
    """A subclass fills its form in ``fill`` and says what counts as typed input in ``snapshot``."""

    saved = Signal(int, str, str)  # order id, what happened (for the detail panel), tone

    def __init__(self, form: Any, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = form
        self.ui.setupUi(self)
        self.ui.intro_label.setTextFormat(Qt.TextFormat.PlainText)  # the customer's name as typed, never markup
        self._services = services
        self._actor = actor
        self.detail: WorkOrderDetail | None = None
        self._baseline: object = None
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_shortcut)

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor

    def start(self, detail: WorkOrderDetail) -> None:
        self.detail = detail
        self.ui.intro_label.setText(" · ".join(filter(None, (
            detail.number, " ".join(filter(None, (detail.product_model, detail.serial))) or MISSING,
            detail.customer_name))))
        self.ui.error_label.clear()
        self.fill(detail)
        self._baseline = self.snapshot()

    # --- what a dialog defines -------------------------------------------------------------------
    def fill(self, detail: WorkOrderDetail) -> None:
        raise BugError(f"{type(self).__name__} must define fill()")

    def snapshot(self) -> object:
        raise BugError(f"{type(self).__name__} must define snapshot()")

    def editing(self) -> bool:
        """False once a result page is shown: nothing typed is left to lose."""
        return True

    def save(self) -> None:
        raise BugError(f"{type(self).__name__} must define save()")

    # --- unsaved input (the idle lock asks, rule: nothing typed is lost silently) ---------------------
    def has_unsaved_changes(self) -> bool:
        return self.isVisible() and self.editing() and self.snapshot() != self._baseline

    def discard_changes(self) -> None:
        """Closes without asking (the lock has asked already)."""
        self._baseline = self.snapshot()
        super().reject()

    @Slot()
    def reject(self) -> None:
        if self.has_unsaved_changes() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        # An explicit context: in a base class PySide's self.tr() would use the subclass's name.
        return discard_confirmed(
            self, QCoreApplication.translate("OrderDialog", "Discard what was typed?"),
            QCoreApplication.translate("OrderDialog", "This has not been saved. Close and lose what was typed?"))

    # --- calling a service -----------------------------------------------------------------------
    def attempt(self, call: Callable[[], Any], errors: FieldErrors | None = None) -> Any:
        """The service's answer, or FAILED with its message next to the field it names."""
        general: QLabel = self.ui.error_label
        try:
            return call()
        except ValidationError as error:
            if errors is not None:
                errors.show([error])
            else:
                general.setText(error_text(error))
        except KnownError as error:  # a missing permission, a concurrent change: no field to point at
            if errors is not None:
                errors.clear()
            general.setText(error_text(error))
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
        return FAILED

    def finish(self, message: str, tone: str = OK, *, close: bool = True) -> None:
        self._baseline = self.snapshot()
        if self.detail is not None:
            self.saved.emit(self.detail.id, message, tone)
        if close:
            self.accept()

    @Slot()
    def _on_save_shortcut(self) -> None:
        if self.editing():
            self.save()
