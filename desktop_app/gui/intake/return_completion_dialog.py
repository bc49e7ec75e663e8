"""完成退货: the desk records that an approved return was refunded, which closes the claim (rule W9)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.errors import KnownError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.forms.ui_return_completion_dialog import Ui_ReturnCompletionDialog
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.discard_question import discard_confirmed
from desktop_app.services.actor import Actor


class ReturnCompletionDialog(QDialog):
    """One optional line (the refund note); the service decides whether the claim may be closed."""

    # claim id, claim number: a return has no work order, so this is what closes it (W9)
    return_completed = Signal(int, str)

    def __init__(self, services: DeskServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnCompletionDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self.claim_id: int | None = None
        self.number = ""
        self.ui.ok_button.clicked.connect(self.save)
        self.ui.cancel_button.clicked.connect(self.reject)

    def set_actor(self, actor: Actor) -> None:
        """After a user switch (idle lock) the completion is recorded as the new user's."""
        self._actor = actor

    def start(self, claim_id: int) -> bool:
        """Fills the dialog for the claim; False (the error shown) if the claim cannot be read."""
        try:
            briefs = self._services.support.claim_briefs([claim_id])
        except Exception as error:  # noqa: BLE001 - shown (a KnownError in the user's words)
            show_error(self.parentWidget(), error)
            return False
        self.claim_id = claim_id
        brief = briefs[0] if briefs else None
        self.number = brief.number if brief is not None else ""
        if brief is None:
            self.ui.intro_label.setText(MISSING)
        else:
            unit = " ".join(filter(None, (brief.product_model, brief.serial))) or MISSING
            self.ui.intro_label.setText(" · ".join((brief.number, brief.customer_name or MISSING, unit)))
        self.ui.note_edit.clear()
        self.ui.error_label.clear()
        self.ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @Slot()
    def save(self) -> None:
        if self.claim_id is None:
            return
        try:
            self._services.intake.complete_return(self._actor, self.claim_id, self.ui.note_edit.text())
        except KnownError as error:  # not an approved return (any more), no permission: the note stays
            self.ui.error_label.setText(error_text(error))
            return
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
            return
        claim_id = self.claim_id
        self.ui.note_edit.clear()  # saved: nothing typed is left to lose
        self.accept()
        self.return_completed.emit(claim_id, self.number)

    # --- unsaved input (the idle lock asks, rule: nothing typed is lost silently) ---------------------
    def has_unsaved_changes(self) -> bool:
        return self.isVisible() and bool(self.ui.note_edit.text().strip())

    def discard_changes(self) -> None:
        """Closes without asking (the lock has asked already)."""
        self.ui.note_edit.clear()
        super().reject()

    @Slot()
    def reject(self) -> None:
        if self.has_unsaved_changes() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        return discard_confirmed(
            self, self.tr("Discard what was typed?"),
            self.tr("The refund note has not been saved. Close and lose it?"))
