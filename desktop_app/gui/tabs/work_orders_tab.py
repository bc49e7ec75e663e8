"""维修工单: the work-order queues with counts, the list, and one order in full with the actions it allows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QMetaMethod, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.core.permissions import Permission, allows
from desktop_app.gui.auto_refresh import AutoRefresh, refresh_in_place
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import local_time_text, text_or_missing
from desktop_app.gui.forms.ui_work_orders_tab import Ui_WorkOrdersTab
from desktop_app.gui.labels import label
from desktop_app.gui.list_keys import ListKeys
from desktop_app.gui.paged_table_model import Column
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.gui.work_orders.action_rules import Action
from desktop_app.gui.work_orders.order_actions import OrderActions
from desktop_app.gui.work_orders.order_services import WorkOrderServices
from desktop_app.gui.work_orders.queue_bar import DEFAULT_QUEUE, QueueBar
from desktop_app.gui.work_orders.texts import text_of
from desktop_app.services.actor import Actor
from desktop_app.services.listing_base import SEARCH_COUNT_CAP
from desktop_app.services.listings import WorkOrderListing, WorkOrderQueue, WorkOrderRow

SPLIT = (620, 600)  # list and detail, in pixels at the start; the user may drag


class WorkOrdersTab(ListTab):
    """Without ``services`` (a bare listing, as in paging tests) it is the plain list with its queues."""

    searches_short_text = False  # a million records: "1" or "S" alone would list most of them (ListTab)

    report_print_requested = Signal(int)  # order id; connected where printing exists
    survey_print_requested = Signal(int)
    order_opened = Signal(int)

    def __init__(self, listing: WorkOrderListing, services: WorkOrderServices | None = None,
                 actor: Actor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_WorkOrdersTab(), listing, parent, search_cap=SEARCH_COUNT_CAP, load_when_shown=True)
        self._services = services
        self._actor = actor
        self.panel = self.ui.detail_panel
        ui = self.ui
        self.queues = QueueBar([ui.all_button, ui.mine_button, ui.to_dispatch_button, ui.awaiting_parts_button,
                                ui.ready_button, ui.overdue_button], self)
        self.queues.queue_chosen.connect(self.show_queue)
        self.order_actions = OrderActions(services, actor, self.panel, self) if services and actor else None
        if self.order_actions is not None:
            self.order_actions.order_changed.connect(self._on_order_changed)
        self.panel.buttons[Action.PRINT_REPORT].clicked.connect(self._on_print_report)
        self.panel.buttons[Action.PRINT_SURVEY].clicked.connect(self._on_print_survey)
        self.enable_header_sorting()
        ui.table_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.splitter.setSizes(list(SPLIT))
        ui.splitter.setStretchFactor(0, 1)
        self.keys = ListKeys(ui.search_edit, ui.table_view)
        # Another counter's dispatch shows here without F5 (never while a form is open or typed in).
        self.auto_refresh = AutoRefresh(self, self.refresh_quietly, self.has_unsaved_changes)
        self._start_queue()

    def title(self) -> str:
        return self.tr("Repair work orders")

    def empty_message(self) -> str:
        queue = self.queues.current
        if self.model.search or queue is WorkOrderQueue.ALL:
            return self.tr("No repair work orders yet. Once a claim is taken in, its work order appears here "
                           "waiting for dispatch.")
        return self.tr("No work orders in “{queue}” now.").format(queue=text_of(queue))

    def columns(self) -> list[Column]:
        # On a 1366-wide screen the list pane shows about 620 px: the first screen holds what the desk is
        # asked for and the supervisor dispatches by: the order, its state, whose machine (a customer at
        # the counter gives a name), who holds it and when they must be on site (S3). The rest scrolls.
        return [
            Column(self.tr("Work order no."), lambda r: r.number, width_chars=16, sort_key="number"),
            Column(self.tr("State"), lambda r: label(r.state), width_chars=12, sort_key="state",
                   tooltip=lambda r: label(r.state)),  # English states are longer than the column
            Column(self.tr("Customer"), lambda r: r.customer_name, width_chars=20, sort_key="customer_name",
                   tooltip=lambda r: r.customer_name),  # a long company name is cut to fit: whole here
            Column(self.tr("Technician"), lambda r: text_or_missing(r.technician), width_chars=8),
            Column(self.tr("Required arrival"), self._required_arrival_text, width_chars=16,
                   tooltip=self._overdue_tooltip),
            Column(self.tr("Kind"), lambda r: label(r.kind), width_chars=7, sort_key="kind",
                   tooltip=lambda r: label(r.kind)),
            Column(self.tr("Model"), lambda r: text_or_missing(r.product_model), width_chars=14,
                   sort_key="product_model"),
            Column(self.tr("Created"), lambda r: local_time_text(r.created_at), width_chars=16, sort_key="created_at"),
            Column(self.tr("Serial no."), lambda r: text_or_missing(r.serial), width_chars=18, sort_key="serial"),
            Column(self.tr("Claim no."), lambda r: text_or_missing(r.claim_number), width_chars=18),
        ]

    def highlight(self) -> Callable[[WorkOrderRow], bool]:
        return lambda row: row.overdue  # S3: not dispatched within a day, or not on site in time

    def _required_arrival_text(self, row: WorkOrderRow) -> str:
        return local_time_text(row.required_arrival_at) if row.required_arrival_at else ""

    def _overdue_tooltip(self, row: WorkOrderRow) -> str:
        if not row.overdue:
            return ""
        if row.required_arrival_at is not None:
            return self.tr("Overdue: the technician was due at the customer's by {time}.").format(
                time=local_time_text(row.required_arrival_at))
        return self.tr("Overdue: not dispatched within 24 hours of the request (S3).")

    # --- who acts --------------------------------------------------------------------------------
    @property
    def actor(self) -> Actor | None:
        return self._actor

    @property
    def services(self) -> WorkOrderServices | None:
        return self._services

    def set_actor(self, actor: Actor) -> None:
        """After a user switch (idle lock): their queue, their rights, their next saves."""
        self._actor = actor
        if self.order_actions is not None:
            self.order_actions.set_actor(actor)
        self._start_queue()
        self.reload()

    def _start_queue(self) -> None:
        """Each role starts where its work is: mine, to dispatch (E1), ready for pickup."""
        listing = self.model.listing
        role = self._actor.role if self._actor else None
        if hasattr(listing, "staff_id"):
            listing.staff_id = self._actor.staff_id if self._actor else None
        works = role is not None and allows(role, Permission.WORK_ORDERS_WORK_OWN)
        self.queues.set_mine_shown(works)
        queue = DEFAULT_QUEUE.get(role, WorkOrderQueue.ALL) if role else WorkOrderQueue.ALL
        self.queues.select(queue)
        if hasattr(listing, "queue"):
            listing.queue = queue

    # --- queues, reloads, the open order ---------------------------------------------------------
    @Slot(object)
    def show_queue(self, queue: WorkOrderQueue) -> None:
        listing = self.model.listing
        if hasattr(listing, "queue"):
            listing.queue = queue
        self.queues.select(queue)
        self.reload()

    @Slot()
    def reload(self) -> None:
        if self.deferred_while_hidden():
            return
        super().reload()
        self.refresh_counts()
        if self.panel.detail is not None:
            self.open_order(self.panel.detail.id, keep_message=True)

    @Slot()
    def refresh_quietly(self) -> None:
        """The queue counts, the loaded rows and the open order read again, in place: the selection,
        the scroll position and the panel's message stay (the list's count, the queues' and one order's)."""
        if self.model.search != self.search_text():
            return  # a search is still being typed: its own reload comes
        refresh_in_place(self.ui.table_view, lambda row: row.id)
        self.refresh_counts()
        if self.panel.detail is not None:
            self.open_order(self.panel.detail.id, keep_message=True)

    def refresh_counts(self) -> None:
        listing = self.model.listing
        if not hasattr(listing, "queue_counts"):
            return
        # Called just after the list's reload: showing every order unsearched, it has counted them all.
        every = getattr(listing, "queue", None) is WorkOrderQueue.ALL and not self.model.search
        try:
            self.queues.set_counts(listing.queue_counts({WorkOrderQueue.ALL: self.model.total} if every else None))
        except Exception as error:  # noqa: BLE001 - shown like any failed load
            show_error(self, error)

    @Slot(int)
    def open_order(self, order_id: int, *, keep_message: bool = False) -> bool:
        """Shows the order in full with the actions this user may take on it now."""
        if self._services is None or self._actor is None:
            return False
        if not keep_message:
            self.panel.show_message("")
        try:
            detail = self._services.details.get(self._actor, order_id)
            offer = self.order_actions.offer(detail, self.printing_available()) if self.order_actions else None
            dispatching = offer is not None and Action.DISPATCH in offer.visible
            technicians = self._services.support.technicians() if dispatching else None
        except Exception as error:  # noqa: BLE001 - a KnownError in the user's words, else internal
            self.panel.show_message(error_text(error), "error")
            return False
        self.panel.show_detail(detail)
        if technicians is not None:
            self.panel.set_technicians(technicians)
        if offer is not None:
            self.panel.apply_offer(offer)
        self.order_opened.emit(order_id)
        return True

    def printing_available(self) -> bool:
        """Someone previews and prints when asked (connected where the printing package exists)."""
        return self.isSignalConnected(QMetaMethod.fromSignal(self.report_print_requested))

    def has_unsaved_changes(self) -> bool:
        return self.order_actions is not None and self.order_actions.has_unsaved_changes()

    def discard_changes(self) -> None:
        if self.order_actions is not None:
            self.order_actions.discard_changes()

    # --- search and scan -------------------------------------------------------------------------
    @Slot()
    def _on_search_entered(self) -> None:
        """A scanner types the code and Enter: a work order, claim receipt or serial opens its order."""
        code = self.ui.search_edit.text().strip()
        found = self._services.support.find_order(code) if self._services and code else None
        if found is None:
            super()._on_search_entered()
            return
        self.apply_search()
        if self._select_row_of(found) is None and self.queues.current is not WorkOrderQueue.ALL:
            self.show_queue(WorkOrderQueue.ALL)  # a scanned order shows whatever queue was chosen
            self._select_row_of(found)
        self.open_order(found)

    def _select_row_of(self, order_id: int) -> int | None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == order_id:
                selection = self.ui.table_view.selectionModel()
                selection.blockSignals(True)  # the caller opens the order itself
                self.ui.table_view.selectRow(row)
                selection.blockSignals(False)
                self.ui.table_view.viewport().update()
                return row
        return None

    # --- reactions -------------------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_order(row.id)

    @Slot(int)
    def _on_order_changed(self, order_id: int) -> None:
        """After an action: the list (the order may have left the queue), the counts, the order itself."""
        self.model.reload()
        self.refresh_counts()
        self._select_row_of(order_id)
        self.open_order(order_id, keep_message=True)

    @Slot()
    def _on_print_report(self) -> None:
        if self.panel.detail is not None:
            self.report_print_requested.emit(self.panel.detail.id)

    @Slot()
    def _on_print_survey(self) -> None:
        if self.panel.detail is not None:
            self.survey_print_requested.emit(self.panel.detail.id)

