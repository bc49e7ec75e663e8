"""服务基金: the fund per quarter (opening, accrual, monthly charges, closing, settlement), its records and paperwork (D4-D6)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.fund_progress import month_begun, quarter_ended, quarter_last_day
from desktop_app.core.permissions import Permission, allows
from desktop_app.core.service_fund import QuarterStatement, quarter_of
from desktop_app.db.engine import SessionFactory
from desktop_app.gui.error_display import error_text
from desktop_app.gui.formatting import date_text, money_text, month_text, quarter_text, text_or_missing
from desktop_app.gui.forms.ui_fund_window import Ui_FundWindow
from desktop_app.gui.parts.fund_documents_actions import FundPaperwork
from desktop_app.gui.parts.fund_entry_dialog import Entry, FundEntryDialog
from desktop_app.gui.latest_task import LatestTask
from desktop_app.gui.parts.fund_loading import FundFigures, compute_figures
from desktop_app.gui.parts.window_support import balance_text, compact, equal_columns, guard, show_message
from desktop_app.gui.screen_fit import fit_to_screen
from desktop_app.gui.work_orders.grids import fill_grid, set_headers
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.fund_documents import FundDocuments
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.fund_views import FundRecord, FundViews

QUARTERS_OFFERED = 12  # three years back to the current quarter
QUARTERS_SHOWN = 4  # by default: the current quarter and the three before


def shift_quarter(quarter: str, by: int) -> str:
    index = int(quarter[:4]) * 4 + int(quarter[-1]) - 1 + by
    return f"{index // 4}Q{index % 4 + 1}"


class FundWindow(QWidget):
    """Non-modal; the supervisor reads and prints, the manager also records remittances, rates and charges."""

    fund_changed = Signal()
    figures_shown = Signal()  # the tables show the latest period's figures

    def __init__(self, sessions: SessionFactory, actor: Actor, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ui = Ui_FundWindow()
        self.ui.setupUi(self)
        self.actor = actor
        self._today = today or dt.date.today()
        self.fund = FundService(sessions)
        self.views = FundViews(sessions)
        self.paperwork = FundPaperwork(FundDocuments(sessions), actor, self)
        self.statements: list[QuarterStatement] = []
        self.dialog: FundEntryDialog | None = None
        self._note = ""  # what the message line says once the figures are in (an entry just recorded)
        self._busy_text = ""
        self._loader = LatestTask(self)
        self._loader.busy_changed.connect(self._on_busy)
        self._loader.succeeded.connect(self._on_computed)
        self._loader.failed.connect(self._on_failed)
        ui = self.ui
        self.setWindowTitle(self.tr("Service fund"))
        ui.tabs.setTabText(0, self.tr("Quarter by month"))
        ui.tabs.setTabText(1, self.tr("Remittances and charges"))
        set_headers(ui.summary_table, [self.tr("Quarter"), self.tr("Opening balance"), self.tr("Accrual"),
                                       self.tr("Charges"), self.tr("Closing balance"), self.tr("Overrun payable"),
                                       self.tr("Carried forward")])
        set_headers(ui.months_table, [self.tr("Month"), self.tr("Accrual"), self.tr("Charges"),
                                      self.tr("Cumulated balance")])
        set_headers(ui.records_table, [self.tr("Date"), self.tr("Record"), self.tr("Amount"),
                                       self.tr("Reference / note"), self.tr("Recorded by")])
        compact(ui.summary_table, ui.months_table, ui.records_table)
        equal_columns(ui.summary_table, ui.months_table)
        current = quarter_of(self._today)
        for combo in (ui.from_combo, ui.to_combo):
            for back in range(QUARTERS_OFFERED - 1, -1, -1):
                code = shift_quarter(current, -back)
                combo.addItem(quarter_text(code), code)  # users read 2026年第三季度; the code is the key
        self.choose_period(shift_quarter(current, 1 - QUARTERS_SHOWN), current)
        first_of_month = QDate(self._today.year, self._today.month, 1)
        ui.month_edit.setDate(first_of_month.addMonths(-1))  # month end: the month just closed (D9)
        ui.month_edit.setMaximumDate(first_of_month)
        ui.from_combo.currentIndexChanged.connect(self.reload)
        ui.to_combo.currentIndexChanged.connect(self.reload)
        ui.summary_table.itemSelectionChanged.connect(self._show_selected_quarter)
        ui.remittance_button.clicked.connect(lambda: self.open_entry(Entry.REMITTANCE))
        ui.rate_button.clicked.connect(lambda: self.open_entry(Entry.RATE))
        ui.charge_button.clicked.connect(lambda: self.open_entry(Entry.CHARGE))
        ui.statement_print_button.clicked.connect(lambda: self.paperwork.print_statement(*self.period()))
        ui.statement_xlsx_button.clicked.connect(lambda: self.paperwork.choose_statement_xlsx(*self.period()))
        ui.recon_print_button.clicked.connect(lambda: self.paperwork.print_reconciliation(self.month()))
        ui.recon_xlsx_button.clicked.connect(lambda: self.paperwork.choose_reconciliation_xlsx(self.month()))
        self.paperwork.exported.connect(
            lambda path: show_message(ui.message_label, self.tr("Saved: {path}").format(path=path)))
        self.paperwork.failed.connect(lambda message: show_message(ui.message_label, message, ok=False))
        for button in (ui.remittance_button, ui.rate_button, ui.charge_button):
            guard(button, actor, Permission.FUND_MANAGE)
        for widget in (ui.statement_print_button, ui.statement_xlsx_button, ui.recon_print_button,
                       ui.recon_xlsx_button, ui.month_edit):
            guard(widget, actor, Permission.REQUISITIONS_MANAGE)
        fit_to_screen(self, QSize(1100, 760))
        self.reload()

    def period(self) -> tuple[str, str]:
        """The quarters chosen, in order even if picked the wrong way round."""
        first, last = self.ui.from_combo.currentData(), self.ui.to_combo.currentData()
        return (first, last) if first <= last else (last, first)

    def choose_period(self, first: str, last: str) -> None:
        """Picks the quarters ``2026Q3`` .. ``2026Q4`` (by code; the combos show them in words)."""
        self.ui.from_combo.setCurrentIndex(self.ui.from_combo.findData(first))
        self.ui.to_combo.setCurrentIndex(self.ui.to_combo.findData(last))

    def month(self) -> dt.date:
        return self.ui.month_edit.date().toPython().replace(day=1)

    @Slot()
    def reload(self) -> None:
        """Computes the period's figures off the UI thread (about a second at a million orders, issue 8);
        the combos stay usable, and only the latest request's figures are shown."""
        ui = self.ui
        if not allows(self.actor.role, Permission.REQUISITIONS_MANAGE):
            show_message(ui.message_label, error_text(MissingPermission(Permission.REQUISITIONS_MANAGE)), ok=False)
            return
        first, last = self.period()
        fund, views, actor, today = self.fund, self.views, self.actor, self._today
        self._loader.request((first, last), lambda: compute_figures(fund, views, actor, first, last, today))
        # The tables keep the figures shown until the new ones are in; the note (an entry just
        # recorded) stays readable meanwhile.
        self._busy_text = " ".join(filter(None, [self._note, self.tr("Calculating the fund…")]))
        show_message(ui.message_label, self._busy_text)
        if not self._note:
            ui.message_label.setStyleSheet("")  # under way: neither a success nor an error yet

    @property
    def loading(self) -> bool:
        """Figures are being computed that the window will still show."""
        return self._loader.busy

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        # Greyed while they show the previous period's figures; the combos stay usable.
        self.ui.summary_table.setEnabled(not busy)
        self.ui.tabs.setEnabled(not busy)

    @Slot(object, object)
    def _on_failed(self, _key: object, error: BaseException) -> None:
        self._note = ""
        show_message(self.ui.message_label, error_text(error), ok=False)

    @Slot(object, object)
    def _on_computed(self, _key: object, figures: FundFigures) -> None:
        ui, rate = self.ui, figures.rate
        if ui.message_label.text() == self._busy_text:  # not a message shown since (an export saved)
            show_message(ui.message_label, self._note)
        self._note = ""
        self.statements = list(figures.statements)
        ui.rate_label.setText(self.tr("Fund percentage in force: {percent}% since {date} (D4)").format(
            percent=f"{rate.percent.normalize():f}", date=date_text(rate.effective_from)) if rate else
            self.tr("No fund percentage is set: remittances accrue nothing yet (D4)."))
        fill_grid(ui.summary_table, [
            (quarter_text(q.quarter), balance_text(q.opening), money_text(q.accrual), money_text(q.charges), balance_text(q.closing),
             *((money_text(q.overrun_payable), money_text(q.carried_forward)) if self._ended(q)
               else ("", self._open_text()))) for q in self.statements],
            right=(1, 2, 3, 4, 5, 6),
            red={i for i, q in enumerate(self.statements) if q.overrun_payable > 0 and self._ended(q)})
        fill_grid(ui.records_table, [
            (date_text(r.day), self.tr("Remittance") if r.kind == "remittance" else self.tr("Charge"),
             money_text(r.amount), self._record_text(r), text_or_missing(r.by)) for r in figures.records],
            right=(2,))
        if self.statements:
            ui.summary_table.selectRow(len(self.statements) - 1)
        self._show_selected_quarter()
        self.figures_shown.emit()

    def _record_text(self, record: FundRecord) -> str:
        """A return's freight charge in the user's language (D13: freight out; D14: both ways)."""
        f = record.freight
        if f is None:
            return text_or_missing(record.text)
        if f.total == record.amount:
            text = (self.tr("{number}: freight back from the manufacturer (D14)") if f.back else
                    self.tr("{number}: freight to the manufacturer (D13/D14)"))
            return text.format(number=f.number)
        text = (self.tr("{number}: freight back from the manufacturer (D14), {share} of {total} by quantity")
                if f.back else
                self.tr("{number}: freight to the manufacturer (D13/D14), {share} of {total} by quantity"))
        return text.format(number=f.number, share=money_text(record.amount), total=money_text(f.total))

    def selected_statement(self) -> QuarterStatement | None:
        rows = {i.row() for i in self.ui.summary_table.selectedIndexes()}
        return self.statements[min(rows)] if rows and min(rows) < len(self.statements) else None

    @Slot()
    def _show_selected_quarter(self) -> None:
        ui, q = self.ui, self.selected_statement()
        if q is None:
            ui.quarter_title_label.clear()
            fill_grid(ui.months_table, [])
            ui.settlement_label.clear()
            return
        ui.quarter_title_label.setText(self.tr("{quarter}, tallied monthly and cumulated").format(
            quarter=quarter_text(q.quarter)))
        rows = [(self.tr("Opening balance"), "", "", balance_text(q.opening))]
        rows += [(month_text(m.month), money_text(m.accrual), money_text(m.charges), balance_text(m.balance))
                 if month_begun(m.month, self._today) else (month_text(m.month), "", "", "")  # nothing yet, not ¥0
                 for m in q.months]
        rows.append((self.tr("Quarter total") if self._ended(q) else self.tr("Quarter to date"),
                     money_text(q.accrual), money_text(q.charges), balance_text(q.closing)))
        fill_grid(ui.months_table, rows, right=(1, 2, 3),
                  red={i + 1 for i, m in enumerate(q.months) if m.balance < 0 and month_begun(m.month, self._today)})
        ui.settlement_label.setText(self._settlement_text(q))
        ui.settlement_label.setStyleSheet("color: #b00020;" if q.overrun_payable > 0 and self._ended(q) else "")

    def _ended(self, q: QuarterStatement) -> bool:
        return quarter_ended(q.quarter, self._today)

    def _open_text(self) -> str:
        return self.tr("Quarter not yet ended (as of {day})").format(day=f"{self._today:%m-%d}")

    def _settlement_text(self, q: QuarterStatement) -> str:
        """D4: an overrun is paid by the centre that quarter; a surplus carries on, also over the year end.
        A quarter still running is not settled: its balance is a figure so far."""
        if not self._ended(q):
            return self.tr("{open}: balance so far {amount}; settled after the quarter ends ({end}).").format(
                open=self._open_text(), amount=balance_text(q.closing), end=date_text(quarter_last_day(q.quarter)))
        if q.overrun_payable > 0:
            return self.tr("Settlement: the charges exceed the fund by {amount}; the centre pays this overrun "
                           "for {quarter} (never set off against payment for goods).").format(
                amount=money_text(q.overrun_payable), quarter=quarter_text(q.quarter))
        following = quarter_text(shift_quarter(q.quarter, 1))
        if q.carried_forward > 0 and q.quarter.endswith("Q4"):
            return self.tr("Settlement: a year-end surplus of {amount} carries into the next year ({next}).").format(
                amount=money_text(q.carried_forward), next=following)
        if q.carried_forward > 0:
            return self.tr("Settlement: a surplus of {amount} carries into {next}.").format(
                amount=money_text(q.carried_forward), next=following)
        return self.tr("Settlement: the fund is exactly used; nothing to pay or carry.")

    # --- entries -----------------------------------------------------------------------------------
    def open_entry(self, entry: Entry) -> FundEntryDialog:
        if self.dialog is None:
            self.dialog = FundEntryDialog(self.fund, self.actor, self)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.finished.connect(self._on_entry_finished)
        self.dialog.start(entry)
        self.dialog.open()
        return self.dialog

    @Slot(int)
    def _on_entry_finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and self.dialog is not None:
            self._note = self.dialog.result_text  # shown with the busy state, and kept once the figures are in
            self.reload()
            self.fund_changed.emit()
