"""The requisition panel's buttons: one-click steps call the services here; the rest open their dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.vocabulary import RequisitionStatus
from desktop_app.errors import KnownError
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import money_text, quarter_text
from desktop_app.gui.requisitions.action_rules import Action, Offer, offer
from desktop_app.gui.requisitions.detail_panel import RequisitionDetailPanel
from desktop_app.gui.requisitions.documents import RequisitionDocuments
from desktop_app.gui.requisitions.form_dialog import ERROR, OK, WARN, FormDialog
from desktop_app.gui.requisitions.new_requisition_dialog import NewRequisitionDialog
from desktop_app.gui.requisitions.note_dialog import RequisitionNoteDialog, NotePurpose
from desktop_app.gui.requisitions.receive_dialog import ReceiveDialog
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.services.actor import Actor
from desktop_app.services.requisition_details import RequisitionDetail


class RequisitionActions(QObject):
    """Acts on the requisition the panel shows, as the signed-in user; ``changed`` asks for a re-read."""

    changed = Signal(str)  # the requisition number: the list and the panel are read again

    def __init__(self, services: RequisitionServices, actor: Actor, panel: RequisitionDetailPanel,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._panel = panel
        self._parent = parent
        self.documents = RequisitionDocuments(services, parent)
        self.dialogs: dict[type[FormDialog], FormDialog] = {}
        self.confirmation: QMessageBox | None = None  # the quota check shown before submitting
        buttons = panel.buttons
        buttons[Action.SUBMIT].clicked.connect(self.ask_submit)
        buttons[Action.APPROVE].clicked.connect(self.approve)
        buttons[Action.SHIP].clicked.connect(self.mark_shipped)
        buttons[Action.RECEIVE].clicked.connect(self.open_receive)
        buttons[Action.CANCEL].clicked.connect(self.open_cancel)
        buttons[Action.CLOSE_SHORT].clicked.connect(self.open_close_short)
        buttons[Action.PRINT].clicked.connect(self.print_form)
        buttons[Action.EXPORT].clicked.connect(self.export_form)

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
        if self.confirmation is not None and self.confirmation.isVisible():
            self.confirmation.done(0)

    def offer(self, detail: RequisitionDetail | None) -> Offer:
        return offer(detail, self._actor)

    def dialog(self, kind: type[FormDialog]) -> Any:
        return self.dialogs.get(kind)

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self.dialogs.values())

    def discard_changes(self) -> None:
        for dialog in self.dialogs.values():
            if dialog.isVisible():
                dialog.discard_changes()

    # --- new ------------------------------------------------------------------------------------
    @Slot()
    def open_new(self) -> NewRequisitionDialog | None:
        dialog = self._dialog(NewRequisitionDialog)
        try:
            dialog.start()
        except Exception as error:  # noqa: BLE001 - e.g. the database went away
            show_error(self._parent, error)
            return None
        dialog.open()
        return dialog

    # --- submit: the quota check first (D6) --------------------------------------------------------
    @Slot()
    def ask_submit(self) -> QMessageBox | None:
        detail = self._panel.detail
        if detail is None:
            return None
        try:
            check = self._services.requisitions.quota_check(detail.number)
        except Exception as error:  # noqa: BLE001 - shown in the user's words, or as internal
            self._panel.show_message(error_text(error), ERROR)
            return None
        figures = self.tr("{quarter}: quota {quota}, used by other requisitions {used}, "
                          "this requisition {this}.").format(
            quarter=quarter_text(check.quarter), quota=money_text(check.quota), used=money_text(check.used),
            this=money_text(check.this))
        if check.over:
            verdict = self.tr("Over the quota by {excess}. The lines past the quota are charged at the fee schedule, "
                              "and the requisition waits for the general manager's approval before it goes to the "
                              "manufacturer (D6).").format(excess=money_text(check.excess))
            icon = QMessageBox.Icon.Warning
        else:
            verdict = self.tr("Within the quota: it is submitted to the manufacturer directly (D6).")
            icon = QMessageBox.Icon.Question
        box = QMessageBox(icon, self.tr("Submit {number}").format(number=detail.number), f"{figures}\n\n{verdict}",
                          QMessageBox.StandardButton.NoButton, self._parent)
        submit = box.addButton(self.tr("&Submit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(submit)
        box.accepted.connect(lambda: self.submit(detail.number))
        self.confirmation = box
        box.open()  # window-modal, without blocking the event loop
        return box

    def submit(self, number: str) -> None:
        status = self._run(number, lambda: self._services.requisitions.submit(self._actor, number), None)
        if status is RequisitionStatus.AWAITING_APPROVAL:
            self._panel.show_message(self.tr("{number} is over the quota: it waits for the general manager's "
                                             "approval (D6).").format(number=number), WARN)
        elif status is not None:
            self._panel.show_message(self.tr("{number} submitted to the manufacturer.").format(number=number), OK)

    # --- one-click steps -------------------------------------------------------------------------
    @Slot()
    def approve(self) -> None:
        detail = self._panel.detail
        if detail is not None:
            self._run(detail.number, lambda: self._services.requisitions.approve_over_quota(self._actor, detail.number),
                      self.tr("Over-quota requisition {number} approved: it goes to the manufacturer, the excess "
                              "charged at the fee schedule (D6).").format(number=detail.number))

    @Slot()
    def mark_shipped(self) -> None:
        detail = self._panel.detail
        if detail is not None:
            self._run(detail.number, lambda: self._services.requisitions.mark_shipped(self._actor, detail.number),
                      self.tr("{number} is shipped: receive the parts when they arrive.").format(number=detail.number))

    # --- dialogs ---------------------------------------------------------------------------------
    @Slot()
    def open_receive(self) -> ReceiveDialog | None:
        detail = self._panel.detail
        if detail is None:
            return None
        dialog = self._dialog(ReceiveDialog)
        dialog.start(detail)
        dialog.open()
        return dialog

    @Slot()
    def open_cancel(self) -> RequisitionNoteDialog | None:
        detail = self._panel.detail
        if detail is None:
            return None
        dialog = self._dialog(RequisitionNoteDialog)
        dialog.start(NotePurpose.CANCEL_REQUISITION, detail.number)
        dialog.open()
        return dialog

    @Slot()
    def open_close_short(self) -> RequisitionNoteDialog | None:
        """结束剩余: the reason is required (D6)."""
        detail = self._panel.detail
        if detail is None:
            return None
        dialog = self._dialog(RequisitionNoteDialog)
        dialog.start(NotePurpose.CLOSE_SHORT, detail.number)
        dialog.open()
        return dialog

    @Slot()
    def print_form(self) -> None:
        if self._panel.detail is not None:
            self.documents.preview_requisition(self._actor, self._panel.detail.number)

    @Slot()
    def export_form(self) -> None:
        if self._panel.detail is not None:
            self.documents.ask_and_export(self._actor, self._panel.detail.number)

    # --- helpers ---------------------------------------------------------------------------------
    def _dialog(self, kind: type[FormDialog]) -> Any:
        dialog = self.dialogs.get(kind)
        if dialog is None:
            dialog = kind(self._services, self._actor, self._parent)
            dialog.saved.connect(self._on_dialog_saved)
            self.dialogs[kind] = dialog
        return dialog

    @Slot(str, str, str)
    def _on_dialog_saved(self, number: str, message: str, tone: str) -> None:
        self.changed.emit(number)
        self._panel.show_message(message, tone)

    def _run(self, number: str, call: Callable[[], Any], success: str | None) -> Any:
        """The service's answer, or None with the reason shown in the panel (never a traceback)."""
        try:
            result = call()
        except KnownError as error:
            self.changed.emit(number)  # show the requisition as it now is
            self._panel.show_message(error_text(error), ERROR)
            return None
        except Exception as error:  # noqa: BLE001 - logged, shown as an internal error
            show_error(self._parent, error)
            return None
        self.changed.emit(number)
        if success:
            self._panel.show_message(success, OK)
        return result if result is not None else True
