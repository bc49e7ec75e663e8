"""返厂管理: return applications to the manufacturer, from the list to acknowledgement (D11-D16); non-modal."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.formatting import MISSING, local_time_text, money_text, text_or_missing
from desktop_app.gui.forms.ui_return_window import Ui_ReturnsWindow
from desktop_app.gui.list_setup import search_as_you_type, select_row
from desktop_app.gui.paged_table_model import RIGHT, Column, PagedTableModel
from desktop_app.gui.requisitions.documents import RequisitionDocuments
from desktop_app.gui.requisitions.form_dialog import ERROR, OK, FormDialog
from desktop_app.gui.requisitions.new_return_dialog import NewReturnDialog
from desktop_app.gui.requisitions.note_dialog import RequisitionNoteDialog, NotePurpose
from desktop_app.gui.requisitions.requisition_services import RequisitionServices
from desktop_app.gui.requisitions.return_lines_dialog import LinesPurpose, ReturnLinesDialog
from desktop_app.gui.requisitions.return_rules import ReturnAction, ReturnOffer, return_offer
from desktop_app.gui.requisitions.texts import classification_text, return_status_text, who_pays_text
from desktop_app.gui.requisitions.tables import set_columns
from desktop_app.gui.work_orders.grids import fill_grid, grid_text
from desktop_app.services.actor import Actor
from desktop_app.services.return_details import ReturnDetail, ReturnLineDetail

SEARCH_DELAY_MS = 250
TICK = "\u2713"  # ✓: packed (D16)
HINT_PAGE, DETAIL_PAGE = 0, 1
TABLE_PAGE, EMPTY_PAGE = 0, 1
TONES = {"ok": "color: #1b5e20;", "warn": "color: #8a4b00; font-weight: bold;",
         "error": "color: #b00020; font-weight: bold;", "": ""}


class ReturnsWindow(QWidget):
    application_opened = Signal(str)

    def __init__(self, services: RequisitionServices, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_ReturnsWindow()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self.detail: ReturnDetail | None = None
        self.dialogs: dict[type[FormDialog], FormDialog] = {}
        self.documents = RequisitionDocuments(services, self)
        ui = self.ui
        self.model = PagedTableModel(services.return_listing, self._columns(), parent=self)
        ui.table_view.setModel(self.model)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.load_failed.connect(lambda error: show_error(self, error))
        ui.table_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        header = ui.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._timer = search_as_you_type(self, ui.search_edit, self.apply_search, SEARCH_DELAY_MS)
        set_columns(ui.lines_table, [self.tr("Serial / part no."), self.tr("Name"), self.tr("Qty"), self.tr("Reason"),
                                     self.tr("Found on"), self.tr("Classification"), self.tr("Who pays"), self.tr("Packed"),
                                     self.tr("Counted"), self.tr("Difference")], 3)
        self.buttons = {ReturnAction.NEW: ui.new_button, ReturnAction.APPLY: ui.apply_button,
                        ReturnAction.APPROVE: ui.approve_button, ReturnAction.REFUSE: ui.refuse_button,
                        ReturnAction.SHIP: ui.ship_button, ReturnAction.ACKNOWLEDGE: ui.acknowledge_button,
                        ReturnAction.PRINT: ui.print_button}
        ui.new_button.clicked.connect(self.open_new)
        ui.apply_button.clicked.connect(self.apply)
        ui.found_on_button.clicked.connect(lambda: self.open_lines(LinesPurpose.FOUND_ON))
        ui.approve_button.clicked.connect(lambda: self.open_note(NotePurpose.APPROVE_RETURN))
        ui.refuse_button.clicked.connect(lambda: self.open_note(NotePurpose.REFUSE_RETURN))
        ui.ship_button.clicked.connect(lambda: self.open_lines(LinesPurpose.SHIP))
        ui.acknowledge_button.clicked.connect(lambda: self.open_lines(LinesPurpose.ACKNOWLEDGE))
        ui.print_button.clicked.connect(self.print_application)
        ui.splitter.setSizes([420, 680])
        ui.splitter.setStretchFactor(1, 1)
        self.resize(1180, 680)
        self.show_detail(None)

    def _columns(self) -> list[Column]:
        return [Column(self.tr("Application no."), lambda r: r.number, width_chars=18),
                Column(self.tr("Created"), lambda r: local_time_text(r.created_at), width_chars=16),
                Column(self.tr("Lines"), lambda r: str(r.line_count), align=RIGHT, width_chars=5),
                Column(self.tr("State"), lambda r: return_status_text(r.status), width_chars=14)]

    # --- who acts --------------------------------------------------------------------------------
    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        for dialog in self.dialogs.values():
            dialog.set_actor(actor)
            if dialog.isVisible() and not dialog.has_unsaved_changes():
                dialog.done(0)
        self._apply_offer()

    def has_unsaved_changes(self) -> bool:
        return any(d.has_unsaved_changes() for d in self.dialogs.values())

    def discard_changes(self) -> None:
        for dialog in self.dialogs.values():
            if dialog.isVisible():
                dialog.discard_changes()

    # --- the list --------------------------------------------------------------------------------
    def show_and_reload(self) -> None:
        if self.isVisible():  # open already, perhaps behind the main window
            self.raise_()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.activateWindow()
        self.reload()

    @Slot()
    def reload(self) -> None:
        self.model.reload()
        if self.detail is not None:
            self.open_application(self.detail.number, keep_message=True)

    @Slot()
    def apply_search(self) -> None:
        self._timer.stop()
        self.model.set_search(self.ui.search_edit.text())
        if self.model.total == 1:  # a scanned number found its one application: open it
            self.ui.table_view.selectRow(0)

    @Slot(int)
    def _on_reloaded(self, total: int) -> None:
        ui = self.ui
        text = self.tr("{count} application") if total == 1 else self.tr("{count} applications")
        ui.count_label.setText(text.format(count=total))
        if total:
            ui.pages.setCurrentIndex(TABLE_PAGE)
            return
        ui.empty_label.setText(self.tr("No return applications match “{search}”.").format(search=self.model.search)
                               if self.model.search else
                               self.tr("No return applications yet. Before anything goes back to the manufacturer, "
                                       "apply here with the detailed list (D15)."))
        ui.pages.setCurrentIndex(EMPTY_PAGE)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        rows = self.ui.table_view.selectionModel().selectedRows()
        if rows:
            self.open_application(self.model.row_at(rows[0].row()).number)

    # --- one application -------------------------------------------------------------------------
    def open_application(self, number: str, *, keep_message: bool = False) -> bool:
        if not keep_message:
            self.show_message("")
        try:
            detail = self._services.return_details.get(self._actor, number)
        except Exception as error:  # noqa: BLE001 - a KnownError in the user's words, else internal
            self.show_message(error_text(error), ERROR)
            return False
        self.show_detail(detail)
        self.application_opened.emit(number)
        return True

    def show_detail(self, detail: ReturnDetail | None) -> None:
        self.detail = detail
        ui = self.ui
        self._apply_offer()
        if detail is None:
            ui.title_label.clear()
            ui.detail_pages.setCurrentIndex(HINT_PAGE)
            return
        ui.title_label.setText(f"{detail.number} · {return_status_text(detail.status)}")
        ui.detail_pages.setCurrentIndex(DETAIL_PAGE)
        ui.status_value.setText(return_status_text(detail.status))
        ui.created_by_value.setText(text_or_missing(detail.created_by))
        ui.applied_value.setText(local_time_text(detail.applied_at))
        ui.approved_value.setText(local_time_text(detail.approved_at))
        ui.reference_value.setText(text_or_missing(detail.approval_reference))
        ui.shipped_value.setText(local_time_text(detail.shipped_at))
        ui.freight_value.setText(money_text(detail.freight_out))
        ui.acknowledged_value.setText(local_time_text(detail.acknowledged_at))
        ui.freight_back_value.setText(self._freight_back_text(detail))
        ui.note_value.setText(text_or_missing(detail.note))
        rows = [(x.serial or x.part_no or "", x.name, str(x.quantity), x.reason, self.found_on_text(x),
                 classification_text(x.cost_bearer), who_pays_text(x.cost_bearer), TICK if x.packed else "",
                 MISSING if x.acknowledged_quantity is None else str(x.acknowledged_quantity),
                 "" if not x.difference else f"{x.difference:+d}") for x in detail.lines]
        fill_grid(ui.lines_table, rows, right=(2, 8, 9), red={i for i, x in enumerate(detail.lines) if x.difference})
        differing = sum(1 for x in detail.lines if x.difference)
        summary = self.tr("{lines} lines, {quantity} pieces.").format(
            lines=len(detail.lines), quantity=sum(x.quantity for x in detail.lines))
        if differing:
            summary += " " + self.tr("The manufacturer's count differs on {count} lines; its count stands (D16).").format(
                count=differing)
        ui.summary_label.setText(summary)

    def found_on_text(self, line: ReturnLineDetail) -> str:
        """The day the class counts to (D11/D12), so the desk can check it: a claim's line goes by the
        claim's date, marked as the claim's; a stock line made before the day was kept shows none."""
        if line.judged_on is None:
            return MISSING
        if line.claim_number is not None:
            return self.tr("{day} (claim)").format(day=line.judged_on.isoformat())
        return line.judged_on.isoformat()

    def _freight_back_text(self, d: ReturnDetail) -> str:
        """The freight back given at acknowledgement and who pays it: the fund its D14 lines' share,
        the manufacturer the rest (D13 and D11/D12 lines)."""
        if d.freight_back is None:
            return MISSING
        total, fund, maker = (money_text(x) for x in (d.freight_back, d.freight_back_fund,
                                                       d.freight_back_manufacturer))
        if not d.freight_back:
            return total
        if not d.freight_back_manufacturer:
            return self.tr("{total}, all from the service fund (D14)").format(total=total)
        if not d.freight_back_fund:
            return self.tr("{total}, all the manufacturer's (D11-D13)").format(total=total)
        return self.tr("{total}: service fund {fund} (D14 lines), manufacturer {maker} (D11-D13 lines)").format(
            total=total, fund=fund, maker=maker)

    def show_message(self, text: str, tone: str = "") -> None:
        self.ui.message_label.setStyleSheet(TONES[tone])
        self.ui.message_label.setText(text)

    def text(self) -> str:
        """Everything the detail says (tests, screen readers)."""
        ui = self.ui
        values = [ui.freight_value.text(), ui.freight_back_value.text()]
        return "\n".join([ui.title_label.text(), ui.message_label.text(), *values, *grid_text(ui.lines_table),
                          ui.summary_label.text()])

    def offer(self) -> ReturnOffer:
        return return_offer(self.detail, self._actor)

    def _apply_offer(self) -> None:
        offer = self.offer()
        for action, button in self.buttons.items():
            button.setVisible(action in offer.visible)
            button.setEnabled(offer.allows(action))
        # Found-on days change until applied (ManufacturerReturns.set_found_on): offered with Apply, for a
        # draft with a stock line (a claim's line goes by the claim's dates).
        stock = self.detail is not None and any(x.claim_number is None for x in self.detail.lines)
        self.ui.found_on_button.setVisible(offer.allows(ReturnAction.APPLY) and stock)

    # --- actions ---------------------------------------------------------------------------------
    @Slot()
    def open_new(self) -> NewReturnDialog:
        dialog = self._dialog(NewReturnDialog)
        dialog.start()
        dialog.open()
        return dialog

    @Slot()
    def apply(self) -> None:
        if self.detail is None:
            return
        number = self.detail.number
        try:
            self._services.returns.apply(self._actor, number)
        except Exception as error:  # noqa: BLE001 - in the user's words, or as internal
            self._on_saved(number, error_text(error), ERROR)
            return
        self._on_saved(number, self.tr("{number} applied: wait for the manufacturer's written approval before "
                                       "shipping (D15).").format(number=number), OK)

    def open_note(self, purpose: NotePurpose) -> RequisitionNoteDialog | None:
        if self.detail is None:
            return None
        dialog = self._dialog(RequisitionNoteDialog)
        dialog.start(purpose, self.detail.number)
        dialog.open()
        return dialog

    def open_lines(self, purpose: LinesPurpose) -> ReturnLinesDialog | None:
        if self.detail is None:
            return None
        dialog = self._dialog(ReturnLinesDialog)
        dialog.start(purpose, self.detail)
        dialog.open()
        return dialog

    @Slot()
    def print_application(self) -> None:
        if self.detail is not None:
            self.documents.preview_return(self._actor, self.detail.number)

    def dialog(self, kind: type[FormDialog]) -> FormDialog | None:
        return self.dialogs.get(kind)

    def _dialog(self, kind: type[FormDialog]) -> FormDialog:
        dialog = self.dialogs.get(kind)
        if dialog is None:
            dialog = kind(self._services, self._actor, self)
            dialog.saved.connect(self._on_saved)
            self.dialogs[kind] = dialog
        return dialog

    @Slot(str, str, str)
    def _on_saved(self, number: str, message: str, tone: str) -> None:
        self.model.reload()
        selection = self.ui.table_view.selectionModel()
        selection.blockSignals(True)  # the detail is opened once, below, keeping the message
        select_row(self.ui.table_view, self.model, "number", number)
        selection.blockSignals(False)
        self.open_application(number, keep_message=True)
        self.show_message(message, tone)
