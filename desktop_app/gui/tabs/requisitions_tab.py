"""配件申领: the monthly spare-part requisitions (D6, D8) beside one in full, and returns to the manufacturer."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop_app.gui.error_display import error_text
from desktop_app.gui.formatting import money_text, month_text
from desktop_app.gui.forms.ui_requisitions_tab import Ui_RequisitionsTab
from desktop_app.gui.labels import label
from desktop_app.gui.paged_table_model import RIGHT, Column
from desktop_app.gui.requisitions.action_rules import Action, offer, visible_actions
from desktop_app.gui.requisitions.requisition_actions import RequisitionActions
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.returns_window import ReturnsWindow
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.services.actor import Actor
from desktop_app.services.listings import RequisitionListing

DETAIL_WIDTH = 560  # the detail pane at the start, in pixels; the user may drag


class RequisitionsTab(ListTab):
    """Without ``services`` (a bare listing, as in paging tests) it is the plain list."""

    # The stock, parts catalogue and service fund windows live elsewhere; the composition root connects these.
    stock_requested = Signal()
    catalogue_requested = Signal()
    fund_requested = Signal()
    requisition_opened = Signal(str)

    def __init__(self, listing: RequisitionListing, services: RequisitionServices | None = None,
                 actor: Actor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_RequisitionsTab(), listing, parent, load_when_shown=True)
        self._services = services
        self._actor = actor
        self.panel = self.ui.detail_panel
        self.returns_window: ReturnsWindow | None = None
        ui = self.ui
        self.actions = RequisitionActions(services, actor, self.panel, self) if services and actor else None
        if self.actions is not None:
            self.actions.changed.connect(self._on_changed)
        ui.new_button.clicked.connect(self.new_requisition)
        ui.returns_button.clicked.connect(self.open_returns)
        ui.stock_button.clicked.connect(self.stock_requested)
        ui.catalogue_button.clicked.connect(self.catalogue_requested)
        ui.fund_button.clicked.connect(self.fund_requested)
        self.enable_header_sorting()
        ui.table_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # The list as wide as its columns, the longest status (超出额度，待批准) included: on a 1366-wide
        # screen the empty detail pane took 830 px while the list clipped its status column.
        ui.splitter.setSizes([self.list_width(), DETAIL_WIDTH])
        ui.splitter.setStretchFactor(1, 1)
        self._show_rights()

    def title(self) -> str:
        return self.tr("Spare-part requisitions")

    def empty_message(self) -> str:
        return self.tr(
            "No spare-part requisitions yet. Each month, file the parts requisition form here "
            "to order parts from the manufacturer."
        )

    def columns(self) -> list[Column]:
        # Text last: the last column stretches, and a stretched number would drift from its label.
        return [
            Column(self.tr("Requisition no."), lambda r: r.number, width_chars=15, sort_key="number"),
            Column(self.tr("Month"), lambda r: month_text(r.month), width_chars=7, sort_key="month"),
            Column(self.tr("Lines"), lambda r: f"{r.line_count:,}", align=RIGHT, width_chars=4),
            Column(self.tr("Total (fee schedule)"), lambda r: money_text(r.total), align=RIGHT,
                   width_chars=12),
            Column(self.tr("Shipping"), lambda r: label(r.shipping), width_chars=10, sort_key="shipping"),
            Column(self.tr("Status"), lambda r: label(r.status), width_chars=18, sort_key="status",
                   tooltip=self._status_tip),  # the longest status is elided in a narrow pane
        ]

    def list_width(self) -> int:
        """What the list needs to show every column at its set width, without a horizontal scroll bar."""
        view = self.ui.table_view
        header = view.horizontalHeader()
        return (sum(header.sectionSize(i) for i in range(header.count())) + view.verticalHeader().sizeHint().width()
                + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth())

    def _status_tip(self, row: object) -> str:
        """The state in full; a closed requisition's with why its rest will not come (结束剩余, D6)."""
        reason = getattr(row, "close_reason", None)  # a bare RequisitionListing's rows have none
        if reason:
            return self.tr("{status}. Reason: {reason}").format(status=label(row.status), reason=reason)
        return label(row.status)

    # --- who acts --------------------------------------------------------------------------------
    @property
    def actor(self) -> Actor | None:
        return self._actor

    @property
    def services(self) -> RequisitionServices | None:
        return self._services

    def set_actor(self, actor: Actor) -> None:
        """After a user switch (idle lock): their rights and their next saves."""
        self._actor = actor
        if self.actions is not None:
            self.actions.set_actor(actor)
        if self.returns_window is not None:
            self.returns_window.set_actor(actor)
        self._show_rights()
        self.reload()

    def has_unsaved_changes(self) -> bool:
        return (self.actions is not None and self.actions.has_unsaved_changes()) or (
            self.returns_window is not None and self.returns_window.has_unsaved_changes())

    def discard_changes(self) -> None:
        if self.actions is not None:
            self.actions.discard_changes()
        if self.returns_window is not None:
            self.returns_window.discard_changes()

    def _show_rights(self) -> None:
        visible = visible_actions(self._actor) if self._services is not None else frozenset()
        for action, button in ((Action.NEW, self.ui.new_button), (Action.RETURNS, self.ui.returns_button)):
            button.setVisible(action in visible)
        if self.panel.detail is None:  # else the reload re-opens it with the new user's offer
            self.panel.apply_offer(offer(None, self._actor if self._services is not None else None))

    # --- the open requisition --------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        if self.deferred_while_hidden():
            return
        super().reload()
        if self.panel.detail is not None:
            self.open_requisition(self.panel.detail.number, keep_message=True)

    def open_requisition(self, number: str, *, keep_message: bool = False) -> bool:
        """Shows the requisition in full with the actions this user may take on it now."""
        if self._services is None or self._actor is None:
            return False
        if not keep_message:
            self.panel.show_message("")
        try:
            detail = self._services.details.get(self._actor, number)
        except Exception as error:  # noqa: BLE001 - a KnownError in the user's words, else internal
            self.panel.show_message(error_text(error), "error")
            return False
        self.panel.show_detail(detail)
        if self.actions is not None:
            self.panel.apply_offer(self.actions.offer(detail))
        self.requisition_opened.emit(number)
        return True

    @Slot()
    def new_requisition(self) -> None:
        if self.actions is not None:
            self.actions.open_new()

    @Slot()
    def open_returns(self) -> ReturnsWindow | None:
        """Non-modal: the clerk may keep it open beside the requisitions while packing."""
        if self._services is None or self._actor is None:
            return None
        if self.returns_window is None:
            self.returns_window = ReturnsWindow(self._services, self._actor, self.window())
        self.returns_window.show_and_reload()
        return self.returns_window

    def _select_row_of(self, number: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).number == number:
                selection = self.ui.table_view.selectionModel()
                selection.blockSignals(True)  # the caller opens the requisition itself
                self.ui.table_view.selectRow(row)
                selection.blockSignals(False)
                self.ui.table_view.viewport().update()
                return

    # --- reactions -------------------------------------------------------------------------------
    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_requisition(row.number)

    @Slot(str)
    def _on_changed(self, number: str) -> None:
        """After an action or a new draft: the list and the requisition itself."""
        self.model.reload()
        self._select_row_of(number)
        self.open_requisition(number, keep_message=True)
