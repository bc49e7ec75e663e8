"""What the work-order dialogs share: the order they act on, unsaved input, errors, the saved signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop_app.errors import BugError
from desktop_app.errors import ChangedConcurrently, KnownError, ValidationError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.intake.field_errors import FieldErrors
from desktop_app.gui.work_orders.action_rules import Action, offer
from desktop_app.gui.work_orders.conflict_text import changed_elsewhere_text
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.discard_question import discard_confirmed
from desktop_app.gui.write_wait import waiting_for_write
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail

FAILED = object()  # what attempt() returns when the service refused: the dialog stays open
OK, WARN, ERROR = "ok", "warn", "error"  # tones of the message the panel shows afterwards


class OrderDialog(QDialog):
    """A subclass fills its form in ``fill`` and says what counts as typed input in ``snapshot``."""

    saved = Signal(int, str, str)  # order id, what happened (for the detail panel), tone
    changed_elsewhere = Signal(int, str)  # order id, what the other counter did: panel and list re-read

    def __init__(self, form: Any, services: WorkOrderServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = form
        self.ui.setupUi(self)
        self.ui.intro_label.setTextFormat(Qt.TextFormat.PlainText)  # the customer's name as typed, never markup
        self._services = services
        self._actor = actor
        self.detail: WorkOrderDetail | None = None
        self.action: Action | None = None  # the button that opened it: still offered after a conflict?
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
            with waiting_for_write(self):
                return call()
        except ChangedConcurrently as error:  # another counter saved first: say what changed
            if errors is not None:
                errors.clear()
            self._on_changed_elsewhere(error)
        except ValidationError as error:
            if errors is not None:
                errors.show([error])
            else:
                general.setText(error_text(error))
        except KnownError as error:  # a missing permission, a busy database: no field to point at
            if errors is not None:
                errors.clear()
            general.setText(error_text(error))
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
        return FAILED

    def _on_changed_elsewhere(self, error: ChangedConcurrently) -> None:
        """Re-reads the order: the typed input stays while the order can still take it, else the form
        closes; either way the panel and the list show what the other counter saved."""
        before = self.detail
        if before is None:
            self.ui.error_label.setText(error_text(error))
            return
        try:
            fresh = self._services.details.get(self._actor, before.id)
        except Exception:  # noqa: BLE001 - the re-read failed too: the plain refusal is still true
            fresh = None
        still = fresh is not None and (self.action is None or offer(fresh, self._actor).allows(self.action))
        text = changed_elsewhere_text(error, before, fresh, kept=still)
        if still:
            self.detail = fresh  # the next save is based on what the other counter saved
        else:
            self._baseline = self.snapshot()  # nothing left to lose: this order cannot take it now
            self.done(QDialog.DialogCode.Rejected)
        self.ui.error_label.setText(text)
        self.changed_elsewhere.emit(before.id, text)

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
