"""协商处理: a supervisor or the manager records how an escalated claim's negotiation ended (rule W8)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.permissions import Permission, allows
from desktop_app.errors import KnownError
from desktop_app.gui import negotiation_outcomes as words
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.forms.ui_negotiation_dialog import Ui_NegotiationDialog
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_fields import parse_local_time
from desktop_app.gui.discard_question import discard_confirmed
from desktop_app.services.actor import Actor
from desktop_app.services.negotiations import Negotiation, Outcome, Settled

# The combo's entries: (outcome, paid) as the service takes them.
_FREE_REPAIR, _PAID_REPAIR = (Outcome.REPAIR, False), (Outcome.REPAIR, True)


class NegotiationDialog(QDialog):
    """The outcome, the mandatory note and, for an on-site claim's repair or exchange, the arrival time."""

    settled = Signal(object)  # Settled

    def __init__(self, services: DeskServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NegotiationDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self.negotiation: Negotiation | None = None
        self.ui.ok_button.clicked.connect(self.save)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.ui.outcome_combo.currentIndexChanged.connect(self._show_arrival)
        self.set_actor(actor)

    def set_actor(self, actor: Actor) -> None:
        """The outcomes this user may settle: a refund is a return, the general manager's alone (W9)."""
        self._actor = actor
        combo = self.ui.outcome_combo
        combo.clear()
        # The words live with the audit log's (gui.negotiation_outcomes): it shows the outcome as offered here.
        choices = [(words.FREE_REPAIR, _FREE_REPAIR), (words.PAID_REPAIR, _PAID_REPAIR),
                   (words.EXCHANGE, (Outcome.EXCHANGE, None))]
        if allows(actor.role, Permission.RETURNS_APPROVE):
            choices.append((words.REFUND_APPROVED_BY_YOU, (Outcome.REFUND, None)))
        choices.append((words.CLOSED, (Outcome.CLOSED, None)))
        for text, data in choices:
            combo.addItem(QCoreApplication.translate(words.CONTEXT, text), data)

    def start(self, claim_id: int) -> bool:
        """Fills the dialog for the claim; False (the error shown) if it cannot be settled."""
        try:
            negotiation = self._services.negotiations.negotiation(self._actor, claim_id)
        except Exception as error:  # noqa: BLE001 - shown (a KnownError in the user's words)
            show_error(self.parentWidget(), error)
            return False
        self.negotiation = negotiation
        ui = self.ui
        unit = " ".join(filter(None, (negotiation.product_model, negotiation.serial))) or MISSING
        ui.intro_label.setText(" · ".join((negotiation.number, negotiation.customer_name or MISSING, unit)))
        ui.escalation_label.setText(self.tr("Escalated at intake (W8): {note}").format(
            note=negotiation.escalation_note))
        ui.outcome_combo.setCurrentIndex(0)
        ui.note_edit.clear()
        ui.arrival_edit.clear()
        ui.error_label.clear()
        self._show_arrival()
        ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def outcome(self) -> tuple[Outcome, bool | None]:
        return self.ui.outcome_combo.currentData()

    @Slot()
    def _show_arrival(self) -> None:
        """Rule S3: an on-site claim's repair or exchange opens an on-site order, with the time asked for."""
        outcome, _paid = self.outcome() or (Outcome.CLOSED, None)
        shown = bool(self.negotiation and self.negotiation.on_site) and outcome in (Outcome.REPAIR, Outcome.EXCHANGE)
        self.ui.settle_form.setRowVisible(self.ui.arrival_edit, shown)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its contents at its width: no gap above the buttons, no squeezed rows. The layout's
        minimum ignores the height a wrapped label needs at the width (a long escalation note, an error)."""
        self.ui.dialog_layout.activate()
        self.resize(self.width(), max(self.minimumSizeHint().height(), self.heightForWidth(self.width())))

    @Slot()
    def save(self) -> None:
        if self.negotiation is None:
            return
        ui = self.ui
        outcome, paid = self.outcome()
        focus = {"note": ui.note_edit, "paid": ui.outcome_combo, "required_arrival_at": ui.arrival_edit}
        try:
            arrival = None
            if not ui.arrival_edit.isHidden():
                arrival = parse_local_time(ui.arrival_edit.text(), "required_arrival_at")
            settled: Settled = self._services.negotiations.settle(
                self._actor, self.negotiation.claim_id, outcome, ui.note_edit.text(), self.negotiation.version,
                paid=paid, required_arrival_at=arrival)
        except KnownError as error:  # a missing note, a claim settled meanwhile: what was typed stays
            ui.error_label.setText(error_text(error))
            self._fit_height()
            focus.get(error.field or "", ui.note_edit).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self, error)
            return
        ui.note_edit.clear()  # saved: nothing typed is left to lose
        ui.arrival_edit.clear()
        self.accept()
        self.settled.emit(settled)

    # --- unsaved input (the idle lock asks; nothing typed is lost silently) ---------------------------
    def has_unsaved_changes(self) -> bool:
        return self.isVisible() and bool(self.ui.note_edit.text().strip() or self.ui.arrival_edit.text().strip())

    def discard_changes(self) -> None:
        """Closes without asking (the lock has asked already)."""
        self.ui.note_edit.clear()
        self.ui.arrival_edit.clear()
        super().reject()

    @Slot()
    def reject(self) -> None:
        if self.has_unsaved_changes() and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        return discard_confirmed(
            self, self.tr("Discard what was typed?"),
            self.tr("The settlement has not been saved. Close and lose it?"))
