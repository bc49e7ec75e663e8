"""The detail panel's buttons: one-click moves call the services here; the rest open their dialogs."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.vocabulary import PartCharge, WorkOrderState
from desktop_app.errors import ChangedConcurrently, KnownError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import money_text
from desktop_app.gui.labels import label
from desktop_app.gui.work_orders.action_rules import MOVES, Action, Offer, offer
from desktop_app.gui.work_orders.detail_panel import WorkOrderDetailPanel
from desktop_app.gui.work_orders.diagnosis_dialog import DiagnosisDialog
from desktop_app.gui.work_orders.drop_waiting_dialog import DropWaitingDialog
from desktop_app.gui.work_orders.identify_dialog import IdentifyProductDialog
from desktop_app.gui.work_orders.note_dialog import NoteDialog, NotePurpose
from desktop_app.gui.work_orders.order_dialog import ERROR, OK, WARN, OrderDialog
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.parts_dialog import PartsDialog, free_remedy
from desktop_app.gui.work_orders.quote_dialog import QuoteDialog
from desktop_app.gui.work_orders.reassign_dialog import ReassignDialog
from desktop_app.gui.work_orders.report_dialog import ReportDialog
from desktop_app.gui.work_orders.texts import join
from desktop_app.gui.work_orders.visit_dialog import VisitDialog
from desktop_app.gui.write_wait import waiting_for_write
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_details import WorkOrderDetail

DIALOGS: dict[Action, type[OrderDialog]] = {Action.DIAGNOSE: DiagnosisDialog, Action.QUOTE: QuoteDialog,
                                            Action.PARTS: PartsDialog, Action.REPORT: ReportDialog,
                                            Action.VISIT: VisitDialog, Action.EXCHANGE: NoteDialog,
                                            Action.CANCEL: NoteDialog, Action.OPINION: NoteDialog,
                                            Action.IDENTIFY: IdentifyProductDialog,
                                            Action.REASSIGN: ReassignDialog, Action.DROP_WAITING: DropWaitingDialog}


NOTE_PURPOSES = {Action.CANCEL: NotePurpose.CANCEL, Action.EXCHANGE: NotePurpose.EXCHANGE,
                 Action.OPINION: NotePurpose.OPINION}


class OrderActions(QObject):
    """Acts on the order the panel shows, as the signed-in user; ``order_changed`` asks for a re-read."""

    order_changed = Signal(int)  # order id: the list, the counts and the panel are read again

    def __init__(self, services: WorkOrderServices, actor: Actor, panel: WorkOrderDetailPanel,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._panel = panel
        self._parent = parent
        self.dialogs: dict[type[OrderDialog], OrderDialog] = {}
        self.consent_question: QMessageBox | None = None  # W3, W6: asked before waiting wear parts are issued
        buttons = panel.buttons
        buttons[Action.DISPATCH].clicked.connect(self.dispatch)
        for action, target in MOVES.items():
            buttons[action].clicked.connect(partial(self.move, target))
        buttons[Action.ACCEPT_QUOTE].clicked.connect(partial(self.answer_quote, True))
        buttons[Action.REFUSE_QUOTE].clicked.connect(partial(self.answer_quote, False))
        buttons[Action.ISSUE_WAITING].clicked.connect(self.issue_waiting_parts)
        buttons[Action.CLOSE].clicked.connect(self.close_order)
        for action in DIALOGS:
            buttons[action].clicked.connect(partial(self.open_dialog, action))

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        """Forms left open by the previous user close (their input was kept or discarded at the lock)."""
        self._actor = actor
        for dialog in self.dialogs.values():
            dialog.set_actor(actor)
            if dialog.isVisible() and not dialog.has_unsaved_changes():
                dialog.done(0)

    def offer(self, detail: WorkOrderDetail | None, printing: bool) -> Offer:
        return offer(detail, self._actor, printing)

    # --- one-click actions ----------------------------------------------------------------------
    @Slot()
    def dispatch(self) -> None:
        detail, technician = self._panel.detail, self._panel.chosen_technician()
        if detail is None or technician is None:
            return
        name = self._panel.chosen_technician_name()
        self._run(lambda: self._services.orders.dispatch(self._actor, detail.id, technician,
                                                         expected_version=detail.row_version),
                  self.tr("{number} dispatched to {name}.").format(number=detail.number, name=name))

    def move(self, target: WorkOrderState, _checked: bool = False) -> None:
        detail = self._panel.detail
        if detail is None:
            return
        self._run(lambda: self._services.orders.set_state(self._actor, detail.id, target,
                                                          expected_version=detail.row_version),
                  self.tr("{number} is now “{state}”.").format(number=detail.number, state=label(target)))

    def answer_quote(self, accepted: bool, _checked: bool = False) -> None:
        detail = self._panel.detail
        if detail is None:
            return
        if accepted:
            message = self.tr("Quote accepted: the repair goes on.")
        elif detail.quote_revises_accepted:  # E11: the quote accepted before stands again
            message = self.tr("Revised quote refused: the quote accepted before stands again and the repair goes on.")
        else:
            message = self.tr("Quote refused: the unit goes back unrepaired and waits for pickup.")
        self._run(lambda: self._services.bench.record_quote_answer(self._actor, detail.id, accepted,
                                                                   expected_version=detail.row_version), message)

    @Slot()
    def issue_waiting_parts(self) -> QMessageBox | None:
        """W3, W6: wear parts that waited on a free remedy are the customer's at cost: asked now, when fitted."""
        detail = self._panel.detail
        if detail is None:
            return None
        wear = [p for p in detail.parts if not p.issued and p.charged_to is PartCharge.CUSTOMER] \
            if free_remedy(detail) else []
        if not wear:
            self.issue_waiting(False)
            return None
        amount = sum((p.amount for p in wear), Decimal("0.00"))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Issue waiting parts"), self.tr(
            "Wear parts are not covered by the free remedy (W3, W6): {parts} cost the customer about {amount} at "
            "cost. Has the customer agreed to pay for them? If not, drop the waiting line instead.").format(
                parts=join([f"{p.part_no} ×{p.quantity}" for p in wear]), amount=money_text(amount)),
            QMessageBox.StandardButton.NoButton, self._parent)
        agreed = box.addButton(self.tr("Customer agrees, &issue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(agreed)
        box.accepted.connect(lambda: self.issue_waiting(True))
        self.consent_question = box
        box.open()  # window-modal, without blocking the event loop
        return box

    def issue_waiting(self, customer_consent: bool) -> None:
        detail = self._panel.detail
        if detail is None:
            return
        result = self._run(lambda: self._services.bench.issue_waiting_parts(
            self._actor, detail.id, customer_consent=customer_consent, expected_version=detail.row_version), None)
        if result is None:
            return
        if result.issued:
            self._panel.show_message(self.tr("Waiting parts issued: the repair goes on."), OK)
        else:
            short = join([self.tr("{part} (need {needed}, on hand {on_hand})").format(
                part=s.part_no, needed=s.needed, on_hand=s.on_hand) for s in result.shortages])
            self._panel.show_message(self.tr("Still not enough in stock: {parts}.").format(parts=short), WARN)

    @Slot()
    def close_order(self) -> None:
        """At pickup; refused with the missing parts of the service report named (E17)."""
        detail = self._panel.detail
        if detail is None:
            return
        self._run(lambda: self._services.orders.close(self._actor, detail.id, expected_version=detail.row_version),
                  self.tr("{number} closed. Give the customer the service report and the satisfaction survey "
                          "(E17).").format(number=detail.number))

    # --- dialogs ---------------------------------------------------------------------------------
    def open_dialog(self, action: Action, _checked: bool = False) -> OrderDialog | None:
        detail = self._panel.detail
        if detail is None:
            return None
        kind = DIALOGS[action]
        dialog = self.dialogs.get(kind)
        if dialog is None:
            dialog = kind(self._services, self._actor, self._parent)
            dialog.saved.connect(self._on_dialog_saved)
            dialog.changed_elsewhere.connect(self._on_dialog_conflict)
            self.dialogs[kind] = dialog
        dialog.action = action
        try:
            if isinstance(dialog, NoteDialog):
                dialog.start_for(detail, NOTE_PURPOSES[action])
            else:
                dialog.start(detail)
        except Exception as error:  # noqa: BLE001 - e.g. the database went away while filling the form
            show_error(self._parent, error)
            return None
        dialog.open()  # window-modal: the order cannot change underneath the form
        return dialog

    def dialog(self, kind: type[OrderDialog]) -> Any:
        return self.dialogs.get(kind)

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self.dialogs.values())

    def discard_changes(self) -> None:
        for dialog in self.dialogs.values():
            if dialog.isVisible():
                dialog.discard_changes()

    @Slot(int, str, str)
    def _on_dialog_saved(self, order_id: int, message: str, tone: str) -> None:
        self.order_changed.emit(order_id)
        self._panel.show_message(message, tone)

    @Slot(int, str)
    def _on_dialog_conflict(self, order_id: int, message: str) -> None:
        """Another counter saved the order first: the panel and the list show its state now."""
        self.order_changed.emit(order_id)
        self._panel.show_message(message, ERROR)

    # --- helpers ---------------------------------------------------------------------------------
    def _run(self, call: Callable[[], Any], success: str | None) -> Any:
        """The service's answer, or None with the reason shown in the panel (never a traceback)."""
        detail = self._panel.detail
        try:
            with waiting_for_write(self._parent):
                result = call()
        except KnownError as error:
            if isinstance(error, ChangedConcurrently) and detail is not None:
                self.order_changed.emit(detail.id)  # show what the other counter saved
            self._panel.show_message(error_text(error), ERROR)
            return None
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self._parent, error)
            return None
        if detail is not None:
            self.order_changed.emit(detail.id)
        if success:
            self._panel.show_message(success, OK)
        return result if result is not None else True
