"""库存: parts with on hand and low stock, a part's movement ledger, stock-take, returns and the tool register (E9)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QLocale, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.gui.error_display import error_text, qt_translate, show_error
from desktop_app.gui.formatting import MISSING, local_time_text, text_or_missing
from desktop_app.gui.forms.ui_stock_window import Ui_StockWindow
from desktop_app.gui.list_setup import fit_columns, fit_widths, search_as_you_type, search_keys, select_row
from desktop_app.gui.paged_table_model import RIGHT, Column, PagedTableModel
from desktop_app.gui.parts.stock_movement_dialog import StockMovementDialog
from desktop_app.gui.parts.window_support import compact, guard, kind_text, show_message
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.gui.work_orders.grids import fill_grid, set_headers
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.parts_catalogue import PartRow
from desktop_app.services.part_views import PartListing
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.stock_views import StockViews

# The ledger shows a part's latest movements: a part in daily use has tens of thousands after a few
# years (58,000 at a million claims took 2.6 s to read, and longer to show, issue 8).
LEDGER_LINES = 500
# 退回库存 offers the newest orders still holding the part: every order a part went into holds it.
HOLDERS_OFFERED = 200


def is_low(row: PartRow) -> bool:
    """Below the reorder level: it belongs on the next requisition (D8)."""
    return row.active and row.on_hand < row.reorder_level


class StockWindow(QWidget):
    """Non-modal: the clerk keeps it open beside the tabs; every change goes through StockAdmin."""

    stock_changed = Signal()

    def __init__(self, sessions: SessionFactory, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ui = Ui_StockWindow()
        self.ui.setupUi(self)
        self.actor = actor
        self._admin = StockAdmin(sessions)
        self._views = StockViews(sessions)
        self._accounts = AccountService(sessions)
        self.listing = PartListing(sessions)
        self.model = PagedTableModel(self.listing, self._columns(), parent=self, highlight=is_low)
        self.dialog: StockMovementDialog | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Stock"))
        ui.tabs.setTabText(0, self.tr("Parts and ledger"))
        ui.tabs.setTabText(1, self.tr("Tool register (E9)"))
        ui.parts_view.setModel(self.model)
        ui.parts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_columns(ui.parts_view, self.model.columns, self.fontMetrics())
        set_headers(ui.ledger_table, [self.tr("Time"), self.tr("Kind"), self.tr("Quantity"), self.tr("On hand after"),
                                      self.tr("By"), self.tr("Signed off by"), self.tr("Reference / reason")])
        set_headers(ui.tools_table, [self.tr("Time"), self.tr("Tool no."), self.tr("Tool"), self.tr("Quantity"),
                                     self.tr("Bought by"), self.tr("Taken in by"), self.tr("Note")])
        ui.parts_splitter.setSizes([420, 260])
        compact(ui.parts_view, ui.ledger_table, ui.tools_table)
        # Widths in characters, not to contents: with no part chosen every title shrank to nothing while the
        # last column took the rest. The reference or reason, and the note, stretch.
        for table, chars in ((ui.ledger_table, (16, 10, 6, 8, 8, 10)), (ui.tools_table, (16, 14, 20, 6, 8, 8))):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            fit_widths(table.horizontalHeader(), dict(enumerate(chars)), self.fontMetrics())
        self._timer = search_as_you_type(self, ui.search_edit, self.apply_search)
        ui.low_only_check.toggled.connect(self.set_low_only)
        ui.reload_button.clicked.connect(self.reload)
        ui.parts_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.load_failed.connect(lambda error: show_error(self, error, self.windowTitle()))
        ui.adjust_button.clicked.connect(self.open_adjust)
        ui.return_button.clicked.connect(self.open_return)
        ui.tool_button.clicked.connect(self.open_tool_check_in)
        ui.check_button.clicked.connect(self.check_ledger)
        search_keys(self, ui.search_edit, self.reload)
        for button in (ui.adjust_button, ui.return_button, ui.tool_button):
            guard(button, actor, Permission.STOCK_MANAGE)
        fit_to_screen(self, QSize(1100, 720))
        self.reload()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Part no."), lambda r: r.part_no, width_chars=16),
            Column(self.tr("Name"), lambda r: r.name, width_chars=24),
            Column(self.tr("Category"), lambda r: text_or_missing(r.category), width_chars=10),
            Column(self.tr("Unit"), lambda r: r.unit_of_measure, width_chars=5),
            Column(self.tr("On hand"), lambda r: f"{r.on_hand:,}", align=RIGHT, width_chars=9),
            Column(self.tr("Reorder level"), lambda r: f"{r.reorder_level:,}", align=RIGHT, width_chars=10,
                   tooltip=lambda r: self.tr("Below its reorder level: order it on the next requisition (D8).")
                   if is_low(r) else ""),
            Column(self.tr("Status"), lambda r: (self.tr("Low stock") if is_low(r) else
                                                  self.tr("Inactive") if not r.active else ""), width_chars=10),
        ]

    # --- the list ----------------------------------------------------------------------------------
    def selected_part(self) -> PartRow | None:
        rows = self.ui.parts_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def apply_search(self) -> None:
        self._timer.stop()
        self.model.set_search(self.ui.search_edit.text())

    @Slot(bool)
    def set_low_only(self, low_only: bool) -> None:
        self.listing.low_only = low_only
        self.model.reload()

    @Slot()
    def reload(self) -> None:
        """Keeps the selected part selected (its on hand may have changed)."""
        part = self.selected_part()
        self.model.reload()
        if part is not None:
            self.select_part(part.part_no)
        self._show_tools()

    def select_part(self, part_no: str) -> bool:
        return select_row(self.ui.parts_view, self.model, "part_no", part_no)

    @Slot(int)
    def _on_reloaded(self, total: int) -> None:
        count = QLocale().toString(total)
        self.ui.count_label.setText(self.tr("Low-stock parts: {count}").format(count=count) if self.listing.low_only
                                    else self.tr("Parts: {count}").format(count=count))
        if self.selected_part() is None:
            self._show_ledger(None)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_ledger(self.selected_part())

    def _show_ledger(self, part: PartRow | None) -> None:
        ui = self.ui
        part_actions = part is not None
        for button in (ui.adjust_button, ui.return_button):
            if guard(button, self.actor, Permission.STOCK_MANAGE):
                button.setEnabled(part_actions)
        if part is None:
            ui.ledger_title_label.setText(self.tr("Select a part to see its movements."))
            fill_grid(ui.ledger_table, [])
            return
        try:
            lines = self._views.ledger(part.id, newest=LEDGER_LINES)
            count = self._views.movement_count(part.id) if len(lines) == LEDGER_LINES else len(lines)
        except Exception as error:  # noqa: BLE001 - shown in the message line, the list stays usable
            show_message(ui.message_label, error_text(error), ok=False)
            return
        title = self.tr("{part} · {name}: {on_hand} {unit} on hand, reorder level {level}").format(
            part=part.part_no, name=part.name, on_hand=part.on_hand, unit=part.unit_of_measure,
            level=part.reorder_level)
        if count > len(lines):
            locale = QLocale()
            title = self.tr("{title} (the latest {shown} of {count} movements)").format(
                title=title, shown=locale.toString(len(lines)), count=locale.toString(count))
        ui.ledger_title_label.setText(title)
        rows = [(local_time_text(line.at), kind_text(line.kind, line.is_tool_check_in), f"{line.quantity:+d}",
                 str(line.on_hand_after), line.by or MISSING, line.signed_off_by or MISSING,
                 " · ".join(filter(None, (line.work_order, line.requisition, line.reason))) or MISSING)
                for line in lines]
        fill_grid(ui.ledger_table, rows, right=(2, 3), red={i for i, line in enumerate(lines) if line.quantity < 0})

    def _show_tools(self) -> None:
        try:
            tools = self._views.tool_register()
        except Exception as error:  # noqa: BLE001
            show_message(self.ui.message_label, error_text(error), ok=False)
            return
        fill_grid(self.ui.tools_table, [(local_time_text(t.at), t.part_no, t.name, str(t.quantity), t.bought_by,
                                         t.taken_in_by or MISSING, text_or_missing(t.note)) for t in tools], right=(3,))

    # --- actions -----------------------------------------------------------------------------------
    def _dialog(self) -> StockMovementDialog:
        if self.dialog is None:
            self.dialog = StockMovementDialog(self._admin, self.actor, self)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.finished.connect(self._on_dialog_finished)
        return self.dialog

    @Slot()
    def open_adjust(self) -> StockMovementDialog | None:
        part = self.selected_part()
        if part is None:
            return None
        dialog = self._dialog()
        dialog.start_adjust(part)
        dialog.open()
        return dialog

    @Slot()
    def open_return(self) -> StockMovementDialog | None:
        part = self.selected_part()
        if part is None:
            return None
        try:
            holders = self._views.orders_holding(part.id, newest=HOLDERS_OFFERED)
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.windowTitle())
            return None
        dialog = self._dialog()
        dialog.start_return(part, holders)
        dialog.open()
        return dialog

    @Slot()
    def open_tool_check_in(self) -> StockMovementDialog | None:
        try:
            staff = self._accounts.list_staff()
        except Exception as error:  # noqa: BLE001
            show_error(self, error, self.windowTitle())
            return None
        dialog = self._dialog()
        dialog.start_tool(staff)
        dialog.open()
        return dialog

    @Slot(int)
    def _on_dialog_finished(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or self.dialog is None:
            return
        show_message(self.ui.message_label, self.dialog.result_text)
        self.reload()
        self.stock_changed.emit()

    @Slot()
    def check_ledger(self) -> list[str]:
        """Runs the ledger proof (reconcile) and shows the findings; returns them for the caller."""
        try:
            problems = [p.render(qt_translate) for p in self._admin.reconcile()]
        except Exception as error:  # noqa: BLE001
            show_message(self.ui.message_label, error_text(error), ok=False)
            return [error_text(error)]
        if problems:
            show_message(self.ui.message_label, self.tr("Problems found in the ledger: {count}").format(
                count=len(problems)) + "\n" + "\n".join(problems[:20]), ok=False)
        else:
            show_message(self.ui.message_label, self.tr(
                "The ledger checks out: every part's on hand is the sum of its movements and never went below zero."))
        return problems
