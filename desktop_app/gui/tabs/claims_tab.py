"""理赔受理: the intake desk: search or scan, new claims, the filtered claims list, calls, approvals, returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from importlib.util import find_spec

from PySide6.QtCore import QEvent, QItemSelection, QLocale, QMetaMethod, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.core.permissions import Permission, allows
from desktop_app.core.vocabulary import ClaimStatus, Remedy
from desktop_app.gui.auto_refresh import AutoRefresh, refresh_in_place
from desktop_app.gui.error_display import error_text
from desktop_app.gui.formatting import MISSING, date_text
from desktop_app.gui.forms.ui_claims_tab import Ui_ClaimsTab
from desktop_app.gui.intake.claim_correction_dialog import Purpose
from desktop_app.gui.intake.claim_filters import ClaimFilterBar
from desktop_app.gui.intake.customer_results import CustomerResults
from desktop_app.gui.intake.desk_services import DeskServices
from desktop_app.gui.intake.desk_windows import DeskWindows
from desktop_app.gui.intake.refund_labels import refund_line
from desktop_app.gui.labels import label
from desktop_app.gui.list_keys import ListKeys
from desktop_app.gui.paged_table_model import Column
from desktop_app.gui.row_menu import RowMenu
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.services.actor import Actor
from desktop_app.services.claim_corrections import ClaimWithdrawn, CorrectionSaved
from desktop_app.services.claims import ClaimSaved, completable_return
from desktop_app.services.listing_base import SEARCH_COUNT_CAP
from desktop_app.services.listings import ClaimFilter, ClaimListing, ClaimRow
from desktop_app.services.lookup import CustomerMatch, UnitBrief
from desktop_app.services.negotiations import SETTLE, Settled

CUSTOMER_MATCHES = 8  # enough to pick from at a glance, few enough to leave the list visible


class ClaimsTab(ListTab):
    """Without ``services`` (a bare listing, as in paging tests) it is the plain claims list."""

    searches_short_text = False  # a million records: "1" or "S" alone would list most of them (ListTab)

    claim_opened = Signal(int)  # a scanned or chosen claim's id
    work_order_scanned = Signal(int)  # a scanned work-order number: the work-orders tab may open it
    receipt_requested = Signal(int)  # claim id; connected by the composition root when printing exists

    def __init__(self, listing: ClaimListing, services: DeskServices | None = None, actor: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_ClaimsTab(), listing, parent, search_cap=SEARCH_COUNT_CAP)
        self._services = services
        self._actor = actor
        self.results = CustomerResults(self.ui.search_results, self.ui.search_edit, self)
        self.results.chosen.connect(self.open_intake)
        self.filters = ClaimFilterBar(self.ui, services.today() if services else dt.date.today(), self)
        self.filters.filter_changed.connect(self.apply_filter)
        self.enable_header_sorting()
        self.ui.table_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self.ui.detail_label.clear)  # a reset drops the selection silently
        self.model.modelReset.connect(self._enable_return_completion)
        self.model.modelReset.connect(self._enable_row_actions)
        self.windows = DeskWindows(services, actor, self) if services and actor else None
        if self.windows is not None:
            self.windows.intake_saved.connect(self._on_claim_saved)
            self.windows.returns_decided.connect(self._on_returns_decided)
            self.windows.return_completed.connect(self._on_return_completed)
            self.windows.negotiation_settled.connect(self._on_negotiation_settled)
            self.windows.claim_corrected.connect(self._on_claim_corrected)
            self.windows.claim_withdrawn.connect(self._on_claim_withdrawn)
            self.windows.receipt_requested.connect(self.print_receipt)
            self.windows.receipt_available = self.receipt_printing_available
        self._add_actions()
        self._show_approvals()
        self._enable_row_actions()
        # Down in the search box goes to the customer matches while they show, else into the list.
        self.keys = ListKeys(self.ui.search_edit, self.ui.table_view, lambda: not self.ui.search_results.isVisible())
        self.auto_refresh = AutoRefresh(self, self.refresh_quietly, self.has_unsaved_changes)

    def title(self) -> str:
        return self.tr("Claim intake")

    def empty_message(self) -> str:
        if self.filters.is_active():
            return self.tr("No claims match the filters. Clear the filters to see every claim.")
        return self.tr("No claims yet. When a customer comes in, register the new claim here.")

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Claim no."), lambda r: r.number, width_chars=18, sort_key="number"),
            Column(self.tr("Date"), lambda r: date_text(r.claim_date), width_chars=11, sort_key="claim_date"),
            Column(self.tr("Customer"), lambda r: r.customer_name, width_chars=34, sort_key="customer_name"),
            Column(self.tr("Phone"), lambda r: r.phone, width_chars=14, sort_key="phone"),
            Column(self.tr("Model"), lambda r: r.product_model, width_chars=14, sort_key="product_model"),
            Column(self.tr("Serial no."), lambda r: r.serial, width_chars=18, sort_key="serial"),
            Column(self.tr("Decision"), _decision, width_chars=10, sort_key="decision"),
            Column(self.tr("Status"), lambda r: label(r.status), width_chars=14, sort_key="status"),
        ]

    @Slot()
    def reload(self) -> None:
        super().reload()
        self._show_approvals()  # F5 also refreshes how many returns wait

    @Slot()
    def refresh_quietly(self) -> None:
        """Other counters' new claims and changes show without F5; the selection and scroll stay."""
        if self.model.search != self.search_text():
            return  # a search is still being typed: its own reload comes
        self._show_approvals()
        if refresh_in_place(self.ui.table_view, lambda row: row.id) is not None:
            self._on_selection_changed()  # the selected claim's line and buttons, as it is now
        else:
            self._enable_return_completion()
            self._enable_row_actions()

    # --- the desk's actions ------------------------------------------------------------------------
    def _add_actions(self) -> None:
        desk = self.windows is not None
        for button in (self.ui.new_claim_button, self.ui.calls_button, self.ui.complete_return_button,
                       self.ui.print_receipt_button, self.ui.correct_button, self.ui.withdraw_button):
            button.setVisible(desk)
        if not desk:
            return
        for shortcut, slot, button in ((QKeySequence.StandardKey.New, self.new_claim, self.ui.new_claim_button),
                                       (QKeySequence("Ctrl+R"), self.open_call_register, self.ui.calls_button)):
            action = QAction(button.text(), self)
            action.setShortcut(shortcut)
            # Only while this tab is shown: other tabs may give the same keys another meaning.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.clicked.connect(slot)
        self.ui.approvals_button.clicked.connect(self.open_approvals)
        self.ui.complete_return_button.clicked.connect(self.open_return_completion)
        # A reprint (the customer lost the receipt, the printer jammed) goes the first print's way:
        # receipt_requested, so the print log and the copies are the same. Enter on a claim row does the
        # same; Enter in the search box still searches (a scanner's Enter). A double-click opens the claim
        # (its correction, or its facts read-only) instead: with direct printing a stray one wasted paper.
        self.ui.print_receipt_button.clicked.connect(self.print_selected_receipt)
        self.ui.negotiation_button.clicked.connect(self.open_negotiation)
        self.ui.table_view.activated.connect(self.print_selected_receipt)  # Enter only: see _RowDoubleClick
        self._double_click = _RowDoubleClick(self.ui.table_view.viewport(), self.open_selected_claim)
        self.ui.correct_button.clicked.connect(self.open_correction)
        self.ui.withdraw_button.clicked.connect(self.open_withdrawal)
        self.row_menu = RowMenu(self.ui.table_view, self._row_buttons)

    def _row_buttons(self) -> list[QPushButton]:
        """What a right-click on a claim offers: the buttons that act on the selected claim."""
        label = self.findChild(QPushButton, "print_label_button")  # added when label printing is set up
        ui = self.ui
        return [b for b in (ui.print_receipt_button, label, ui.negotiation_button, ui.complete_return_button,
                            ui.correct_button, ui.withdraw_button) if b is not None]

    def set_actor(self, actor: Actor) -> None:
        """After a user switch (idle lock): the next save and the approval rights are the new user's."""
        self._actor = actor
        if self.windows is not None:
            self.windows.set_actor(actor)
        self._show_approvals()
        self._enable_row_actions()

    @property
    def services(self) -> DeskServices | None:
        return self._services

    @property
    def actor(self) -> Actor | None:
        return self._actor

    def can_approve_returns(self) -> bool:
        return self._actor is not None and allows(self._actor.role, Permission.RETURNS_APPROVE)

    @Slot()
    def new_claim(self) -> None:
        self.open_intake(None, None)

    @Slot(object, object)
    def open_intake(self, customer: CustomerMatch | None, unit: UnitBrief | None) -> None:
        if self.windows is not None:
            self.windows.open_intake(customer, unit)

    @Slot()
    def open_call_register(self) -> None:
        if self.windows is not None:
            self.windows.open_call_register()

    @Slot()
    def open_approvals(self) -> None:
        if self.windows is not None and self.can_approve_returns():
            self.windows.open_approvals()

    def can_settle_negotiations(self) -> bool:
        return self.windows is not None and self._actor is not None and allows(self._actor.role, SETTLE)

    @Slot()
    def open_negotiation(self) -> None:
        row: ClaimRow | None = self.selected_row()
        if row is not None and self.can_settle_negotiations() and _in_negotiation(row):
            self.windows.open_negotiation(row.id)

    @Slot()
    def open_correction(self) -> None:
        """更正受理信息: the selected claim's facts, editable when this user may correct them."""
        row: ClaimRow | None = self.selected_row()
        if self.windows is not None and row is not None and self.ui.correct_button.isEnabled():
            self.windows.open_correction(row.id, Purpose.CORRECT)

    @Slot()
    def open_withdrawal(self) -> None:
        """撤销受理: the selected claim withdrawn with a reason, its open work orders cancelled with it."""
        row: ClaimRow | None = self.selected_row()
        if self.windows is not None and row is not None and self.ui.withdraw_button.isEnabled():
            self.windows.open_correction(row.id, Purpose.WITHDRAW)

    @Slot()
    def open_selected_claim(self) -> None:
        """A double-click on a claim: its correction where allowed, else its facts read-only (never a print)."""
        row: ClaimRow | None = self.selected_row()
        if self.windows is not None and row is not None:
            self.windows.open_correction(row.id, Purpose.CORRECT)

    @Slot()
    def open_return_completion(self) -> None:
        row: ClaimRow | None = self.selected_row()
        if self.windows is not None and row is not None and completable_return(row.decision, row.status):
            self.windows.open_return_completion(row.id)

    def has_unsaved_changes(self) -> bool:
        return self.windows is not None and self.windows.has_unsaved_changes()

    def discard_changes(self) -> None:
        if self.windows is not None:
            self.windows.discard_changes()

    def receipt_printing_available(self) -> bool:
        """The receipt document exists and someone prints it when asked (the composition root)."""
        connected = self.isSignalConnected(QMetaMethod.fromSignal(self.receipt_requested))
        return connected and find_spec("desktop_app.documents.receipt") is not None

    @Slot(int)
    def print_receipt(self, claim_id: int) -> None:
        self.receipt_requested.emit(claim_id)

    @Slot()
    def print_selected_receipt(self, *_args: object) -> None:
        row: ClaimRow | None = self.selected_row()
        if self.windows is not None and row is not None and self.receipt_printing_available():
            self.print_receipt(row.id)

    # --- search, scan, filters, sorting ----------------------------------------------------------------
    @Slot()
    def apply_search(self) -> None:
        super().apply_search()
        text = self.search_text()
        if self._services is None or not text:
            self.results.hide()
            return
        self.results.show_matches(self._services.lookup.customers(text, CUSTOMER_MATCHES))

    @Slot()
    def _on_search_entered(self) -> None:
        """A scanner types the code and Enter: a claim or serial opens at once."""
        code = self.ui.search_edit.text().strip()
        hit = self._services.lookup.code(code) if self._services is not None and code else None
        if hit is None:
            super()._on_search_entered()
            return
        if hit.kind == "unit" and self.windows is not None:
            found = self._services.support.unit_with_owner(hit.id) if self._services else None
            if found is not None:
                self.results.hide()
                self.open_intake(*found)
                return
        if hit.kind == "work_order":
            self.ui.detail_label.setText(self.tr("Work order {number}: open it in the work orders tab.")
                                         .format(number=hit.number))
            self.work_order_scanned.emit(hit.id)
            return
        if self.filters.is_active():
            self.filters.clear()  # a scanned claim is shown whatever the filters said
        super()._on_search_entered()
        self.results.hide()
        if hit.kind == "claim":
            self.claim_opened.emit(hit.id)

    @Slot(object)
    def apply_filter(self, claim_filter: ClaimFilter) -> None:
        listing = self.model.listing
        if hasattr(listing, "filter"):
            listing.filter = claim_filter
            self.model.reload()

    # --- reactions -----------------------------------------------------------------------------------------
    @Slot(object)
    def _on_claim_saved(self, saved: ClaimSaved) -> None:
        """The new claim is shown at the top of the list, selected."""
        if self.filters.is_active():
            self.filters.clear()
        self.ui.search_edit.setText(saved.number)
        self.apply_search()
        self.results.hide()
        if self.model.rowCount() == 1:
            self.ui.table_view.selectRow(0)
        self._show_approvals()

    @Slot()
    def _on_returns_decided(self) -> None:
        self.reload()
        self._show_approvals()

    @Slot(int, str)
    def _on_return_completed(self, _claim_id: int, number: str) -> None:
        self.reload()  # the claim now shows completed; the reset drops the selection and the button
        self.ui.detail_label.setText(self.tr("Return {number} completed: the claim is closed.").format(number=number))

    @Slot(object)
    def _on_negotiation_settled(self, settled: Settled) -> None:
        self.reload()  # the claim's decision and status changed; the reset drops the selection
        text = self.tr("Claim {number} settled: {decision}, {status}.").format(
            number=settled.number, decision=label(settled.decision), status=label(settled.status))
        if settled.work_order_number:
            text += " " + self.tr("Work order {number} waits for dispatch.").format(number=settled.work_order_number)
        self.ui.detail_label.setText(text)

    @Slot(object)
    def _on_claim_corrected(self, saved: CorrectionSaved) -> None:
        self.refresh_quietly()  # the row as corrected, still selected
        text = self.tr("Claim {number} corrected.").format(number=saved.number)
        if saved.decision_changed:
            text += " " + self.tr("The warranty decision is now: {decision}. Print the receipt again for the "
                                  "customer.").format(decision=label(saved.chosen))
        self.ui.detail_label.setText(text)

    @Slot(object)
    def _on_claim_withdrawn(self, withdrawn: ClaimWithdrawn) -> None:
        self.refresh_quietly()
        text = self.tr("Claim {number} withdrawn.").format(number=withdrawn.number)
        if withdrawn.cancelled_orders:
            text += " " + self.tr("Work orders cancelled with it: {orders}.").format(
                orders=self.tr(", ").join(withdrawn.cancelled_orders))
        self.ui.detail_label.setText(text)

    @Slot()
    def _enable_return_completion(self) -> None:
        """Only an approved return still in progress can be closed by its refund (W9)."""
        row: ClaimRow | None = self.selected_row()
        self.ui.complete_return_button.setEnabled(row is not None and completable_return(row.decision, row.status))

    def _show_approvals(self) -> None:
        """Only a manager sees the queue (W9), with how many returns wait."""
        button = self.ui.approvals_button
        visible = self.windows is not None and self.can_approve_returns()
        button.setVisible(visible)
        if visible and self._services is not None and self._actor is not None:
            waiting = len(self._services.intake.pending_returns(self._actor))
            text = self.tr("Returns awaiting &approval ({count})")
            button.setText(text.format(count=QLocale().toString(waiting)))

    @Slot()
    def _enable_row_actions(self) -> None:
        """The receipt of the selected claim, where printing is connected (it is after construction)."""
        row: ClaimRow | None = self.selected_row()
        self.ui.print_receipt_button.setEnabled(row is not None and self.receipt_printing_available())
        # W8: a supervisor or the manager settles an escalated claim still open
        settles = self.can_settle_negotiations()
        self.ui.negotiation_button.setVisible(settles)
        self.ui.negotiation_button.setEnabled(settles and row is not None and _in_negotiation(row))
        self._enable_correction(row)

    def _enable_correction(self, row: ClaimRow | None) -> None:
        """Enabled only when this user may correct or withdraw the selected claim; the tooltip says why not."""
        correct, withdraw = self.ui.correct_button, self.ui.withdraw_button
        correct.setToolTip(self.tr("Correct the selected claim's customer, unit, fault or accessories as taken "
                                   "in (or double-click the claim)"))
        withdraw.setToolTip(self.tr("Withdraw the selected claim with a reason: it and its open work orders "
                                    "are cancelled"))
        if self.windows is None or self._services is None or self._actor is None or row is None:
            correct.setEnabled(False)
            withdraw.setEnabled(False)
            return
        try:
            record = self._services.corrections.on_record(self._actor, row.id)
        except Exception as error:  # noqa: BLE001 - a claim gone meanwhile, the database away: said in the tip
            correct.setEnabled(False)
            withdraw.setEnabled(False)
            correct.setToolTip(error_text(error))
            withdraw.setToolTip(error_text(error))
            return
        for button, refusal in ((correct, record.correct_refusal), (withdraw, record.withdraw_refusal)):
            button.setEnabled(refusal is None)
            if refusal is not None:
                button.setToolTip(error_text(refusal))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        self._enable_return_completion()
        self._enable_row_actions()
        row: ClaimRow | None = self.selected_row()
        if row is None or self._services is None:
            self.ui.detail_label.clear()
            return
        briefs = self._services.support.claim_briefs([row.id])
        if briefs:
            brief = briefs[0]
            text = self.tr(
                "{number} · {customer} {phone} · {model} {serial} · {status} · work order: {order}\n"
                "Fault: {fault}").format(
                    number=brief.number, customer=brief.customer_name, phone=brief.phone, model=brief.product_model,
                    serial=brief.serial, status=label(brief.status), order=brief.work_order_number or MISSING,
                    fault=brief.fault_description)
            if row.decision is Remedy.RETURN and row.status is ClaimStatus.COMPLETED:  # W2: what was refunded
                text += "\n" + refund_line(self._services.intake.recorded_refund(row.id))
            self.ui.detail_label.setText(text)


def _in_negotiation(row: ClaimRow) -> bool:
    """Rule W8: escalated at intake and not settled yet."""
    return row.decision is Remedy.NEGOTIATED and row.status is ClaimStatus.OPEN


def _decision(row: ClaimRow) -> str:
    return label(row.decision) if row.decision is not None else MISSING


class _RowDoubleClick(QObject):
    """A double-click on a row of the list's viewport opens the claim and goes no further: the view would
    also emit ``activated`` (the print), which stays the Enter key's."""

    def __init__(self, viewport: QWidget, opened: Callable[[], None]) -> None:
        super().__init__(viewport)
        self._opened = opened
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.MouseButtonDblClick or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        view = watched.parent()
        if not view.indexAt(event.position().toPoint()).isValid():
            return False  # below the last row: nothing to open
        self._opened()
        return True
