"""The desk's windows: the intake form, the call register, the approval queue, the return completion and the
claim's correction or withdrawal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.gui.intake.approval_dialog import ApprovalQueueDialog
from desktop_app.gui.intake.call_register_dialog import CallRegisterDialog
from desktop_app.gui.intake.claim_correction_dialog import ClaimCorrectionDialog, Purpose
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.intake_dialog import IntakeDialog
from desktop_app.gui.intake.negotiation_dialog import NegotiationDialog
from desktop_app.gui.intake.return_completion_dialog import ReturnCompletionDialog
from desktop_app.services.actor import Actor
from desktop_app.services.lookup import CustomerMatch, UnitBrief


class DeskWindows(QObject):
    """One instance of each window, so a closed call register reopens where it was."""

    intake_saved = Signal(object)  # ClaimSaved
    returns_decided = Signal()
    return_completed = Signal(int, str)  # claim id, claim number (rule W9)
    negotiation_settled = Signal(object)  # services.negotiations.Settled (rule W8)
    claim_corrected = Signal(object)  # services.claim_corrections.CorrectionSaved
    claim_withdrawn = Signal(object)  # services.claim_corrections.ClaimWithdrawn
    receipt_requested = Signal(int)

    def __init__(self, services: DeskServices, actor: Actor, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._parent = parent
        self.intake: IntakeDialog | None = None
        self.calls: CallRegisterDialog | None = None
        self.approvals: ApprovalQueueDialog | None = None
        self.return_completion: ReturnCompletionDialog | None = None
        self.negotiation: NegotiationDialog | None = None
        self.correction: ClaimCorrectionDialog | None = None
        self.receipt_available: Callable[[], bool] = lambda: False

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        for window in (self.intake, self.calls, self.approvals, self.return_completion, self.negotiation,
                       self.correction):
            if window is not None:
                window.set_actor(actor)
        if self.approvals is not None and self.approvals.isVisible():
            self.approvals.close()  # the queue is the manager's only (W9)

    def open_intake(self, customer: CustomerMatch | None = None, unit: UnitBrief | None = None) -> IntakeDialog:
        if self.intake is None:
            self.intake = IntakeDialog(self._services, self._actor, self._parent)
            self.intake.claim_saved.connect(self.intake_saved)
            self.intake.receipt_requested.connect(self.receipt_requested)
            self.intake.receipt_available = lambda: self.receipt_available()
        self.intake.start(customer, unit)
        self.intake.open()  # window-modal: a scan meanwhile cannot replace what is being typed
        return self.intake

    def open_call_register(self) -> CallRegisterDialog:
        if self.calls is None:
            self.calls = CallRegisterDialog(self._services, self._actor, self._parent)
        self.calls.start()
        _show_in_front(self.calls)  # modeless: a call comes in while a customer stands at the counter
        return self.calls

    def open_approvals(self) -> ApprovalQueueDialog:
        if self.approvals is None:
            self.approvals = ApprovalQueueDialog(self._services, self._actor, self._parent)
            self.approvals.return_decided.connect(self._on_return_decided)
        self.approvals.reload()
        _show_in_front(self.approvals)
        return self.approvals

    def open_return_completion(self, claim_id: int) -> ReturnCompletionDialog:
        if self.return_completion is None:
            self.return_completion = ReturnCompletionDialog(self._services, self._actor, self._parent)
            self.return_completion.return_completed.connect(self.return_completed)
        if self.return_completion.start(claim_id):
            self.return_completion.open()  # window-modal, like the intake form
        return self.return_completion

    def open_negotiation(self, claim_id: int) -> NegotiationDialog:
        if self.negotiation is None:
            self.negotiation = NegotiationDialog(self._services, self._actor, self._parent)
            self.negotiation.settled.connect(self.negotiation_settled)
        if self.negotiation.start(claim_id):
            self.negotiation.open()  # window-modal, like the intake form
        return self.negotiation

    def open_correction(self, claim_id: int, purpose: Purpose) -> ClaimCorrectionDialog:
        """The claim's correction, withdrawal, or its facts read-only when it may not be corrected."""
        if self.correction is None:
            self.correction = ClaimCorrectionDialog(self._services.corrections, self._actor, self._parent)
            self.correction.corrected.connect(self.claim_corrected)
            self.correction.withdrawn.connect(self.claim_withdrawn)
        if self.correction.start(claim_id, purpose):
            self.correction.open()  # window-modal, like the intake form
        return self.correction

    def _typing_windows(self) -> tuple[IntakeDialog | None, CallRegisterDialog | None,
                                       ReturnCompletionDialog | None, NegotiationDialog | None,
                                       ClaimCorrectionDialog | None]:
        # the approval queue has only a refusal reason, typed and used at once
        return (self.intake, self.calls, self.return_completion, self.negotiation, self.correction)

    def has_unsaved_changes(self) -> bool:
        return any(w is not None and w.has_unsaved_changes() for w in self._typing_windows())

    def discard_changes(self) -> None:
        for window in self._typing_windows():
            if window is not None:
                window.discard_changes()

    @Slot(int, bool)
    def _on_return_decided(self, _claim_id: int, _approved: bool) -> None:
        self.returns_decided.emit()


def _show_in_front(window: QWidget) -> None:
    """A new window opens in front; one already open (perhaps behind the main window) is raised."""
    if window.isVisible():
        window.raise_()
    window.show()
    window.activateWindow()
