"""员工考评: the month's figures per staff member, the evidence behind them, and the assessment windows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QItemSelection, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.permissions import Permission, allows
from desktop_app.gui.error_display import error_text, show_error
from desktop_app.gui.evaluation import signing_actions as signing
from desktop_app.gui.evaluation.complaints_dialog import ComplaintsDialog
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.fines_dialog import FinesDialog
from desktop_app.gui.latest_task import LatestTask
from desktop_app.gui.evaluation.report_dialogs import ImprovementReportDialog, MonthlyReportDialog
from desktop_app.gui.evaluation.rule_set_dialog import RuleSetDialog
from desktop_app.gui.evaluation.texts import gate, percent_text, score_text
from desktop_app.gui.forms.ui_staff_tab import Ui_StaffTab
from desktop_app.gui.formatting import MISSING, date_text, money_text
from desktop_app.gui.labels import label
from desktop_app.gui.list_setup import chars_for, fit_widths, two_line_title
from desktop_app.gui.paged_table_model import RIGHT, Column
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.tabs.list_tab import ListTab
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.evaluation import EVALUATED_ROLES
from desktop_app.services.evaluation_listing import REPAIR_KEYS, EvaluationListing, EvaluationRow, MonthRows

SPLIT = (820, 500)  # list and detail at the start: at 1366 wide all fifteen columns show; the user may drag
CELL_PADDING = 10  # pixels beside a column's characters (lists have 16): room for the cell's margins
PANEL_AT_LEAST = 470  # the panel's two columns of figures and the sheet's three buttons still fit


class StaffTab(ListTab):
    """Without ``services`` (a bare listing) it is the plain table of figures."""

    work_order_requested = Signal(str)  # a work-order number from the evidence; the lead opens it
    report_sent = Signal()  # the repair monthly report was marked sent (the reminder re-checks)

    def __init__(self, listing: EvaluationListing, services: EvaluationServices | None = None,
                 actor: Actor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(Ui_StaffTab(), listing, parent, load_when_shown=True)
        self._stale = True  # nothing computed until the tab is first shown (see reload)
        self._failed = False  # the last computation of the month failed (the empty page says so)
        self._listing = listing
        # The month's figures cost a pass over every order of the month (a second or more on a big
        # database): computed off the UI thread, the latest request only (issue 8).
        listing.on_demand = False
        self._month_task = LatestTask(self)
        self._month_task.busy_changed.connect(self._on_month_busy)
        self._month_task.succeeded.connect(self._on_month_computed)
        self._month_task.failed.connect(self._on_month_failed)
        self._history_task = LatestTask(self)  # the chart's twelve months of the open person
        self._history_task.succeeded.connect(self._on_history_computed)
        self._history_task.failed.connect(self._on_history_failed)
        self._services = services
        self._actor = actor if actor is not None else listing.actor
        listing.actor = self._actor
        self.panel = self.ui.detail_panel
        self.jobs = DocumentJobs(self)
        self.last_dialog: QDialog | None = None
        self._dialogs: list[QDialog] = []  # open assessment windows: they act for the user who opened them
        ui = self.ui
        ui.splitter.setSizes(self._split_sizes())
        ui.splitter.setStretchFactor(0, 1)
        self._show_month(listing.month)
        ui.month_edit.dateChanged.connect(self._on_month_edited)
        ui.previous_month_button.clicked.connect(lambda: self.set_month(self._shifted(-1)))
        ui.next_month_button.clicked.connect(lambda: self.set_month(self._shifted(1)))
        ui.table_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.panel.work_order_requested.connect(self.work_order_requested)
        self.panel.print_requested.connect(self.print_sheet)
        self.panel.mark_signed_requested.connect(self.mark_signed)
        self.panel.undo_signed_requested.connect(self.undo_signed)
        ui.complaints_button.clicked.connect(self.open_complaints)
        ui.fines_button.clicked.connect(self.open_fines)
        ui.rules_button.clicked.connect(self.open_rule_set)
        ui.monthly_report_button.clicked.connect(self.open_monthly_report)
        ui.improvement_button.clicked.connect(self.open_improvement_report)
        self.enable_header_sorting()
        self._apply_permissions()

    def title(self) -> str:
        return self.tr("Staff evaluation")

    def empty_message(self) -> str:
        if self.loading:
            return self.tr("Computing the month's figures…")
        if self._failed:
            return self.tr("The month's figures could not be computed. Choose the month again to retry.")
        if not self._listing.allowed():
            return self.tr("The staff evaluation is for the supervisor and the general manager. Everyone can read "
                           "and acknowledge the assessment rules under “Rule set…”.")
        return self.tr("No technicians or supervisors yet. The general manager adds the staff of the centre "
                       "under Tools → Users.")

    def columns(self) -> list[Column]:
        metrics = self.fontMetrics()

        def titled(title: str, chars: int) -> str:
            # At 1366 wide the fifteen columns fit beside the panel in English too: long titles on two lines.
            return two_line_title(title, chars, metrics)

        def figure(title: str, key: str, text: Callable[[EvaluationRow], str], width: int = 9) -> Column:
            tip = None
            if key in REPAIR_KEYS:  # the front desk does no repairs: not applicable, not zero (E3, E21 still)
                shown = text
                text = lambda r: shown(r) if r.repair_figures else MISSING  # noqa: E731 - a dash, not "n/a" x7
                tip = lambda r: "" if r.repair_figures else self.tr(  # noqa: E731
                    "Not applicable: the front desk does no repairs.")
            return Column(titled(title, width), text, align=RIGHT, width_chars=width, sort_key=key, tooltip=tip)

        # The roles listed (no general manager) whole: "Technician" is wider than 技术员.
        role_chars = max(6, chars_for((label(role) for role in EVALUATED_ROLES), metrics))
        return [
            Column(self.tr("Name"), lambda r: r.name, width_chars=6, sort_key="name"),
            Column(self.tr("Role"), lambda r: label(r.role), width_chars=role_chars),
            figure(self.tr("Orders done"), "completed", lambda r: f"{r.figures.completed}", 3),
            figure(self.tr("Surveys"), "surveys", lambda r: f"{r.figures.surveys}", 3),
            figure(self.tr("Score (of 5)"), "satisfaction", lambda r: score_text(r.figures.satisfaction), 4),
            figure(self.tr("Within 24 h"), "answered_24h_rate", lambda r: percent_text(r.figures.answered_24h_rate), 6),
            figure(self.tr("On time"), "on_time_rate", lambda r: percent_text(r.figures.on_time_rate), 6),
            figure(self.tr("Repeats"), "repeats", lambda r: f"{r.figures.repeats}", 3),
            figure(self.tr("Incomplete reports"), "incomplete_reports",
                   lambda r: f"{r.figures.incomplete_reports}", 3),
            figure(self.tr("Complaints"), "verified_complaints", lambda r: f"{r.figures.verified_complaints}", 3),
            figure(self.tr("Major demerits"), "major_demerits", lambda r: f"{r.figures.major_demerits}", 3),
            figure(self.tr("Fines"), "fines_total", lambda r: money_text(r.figures.fines_total), 7),
            # Suggested fines not yet decided: their own figure, never in the total above (E23, E24).
            Column(titled(self.tr("Pending fines"), 9), self._pending_text, align=RIGHT, width_chars=9,
                   sort_key="pending_fines",
                   tooltip=lambda r: self.tr("Fines suggested and not yet decided: not in the fines total. Decide "
                                             "them under Fines… before printing the sheet.") if r.pending_fines else ""),
            figure(self.tr("Bonus cut"), "bonus_deducted", lambda r: money_text(r.bonus_deducted), 7),
            # E24: whose printed sheet of the month is recorded as signed (read for everyone in one statement).
            Column(self.tr("Signed"), lambda r: date_text(r.evidence.signed.signed_on) if r.evidence.signed else "",
                   width_chars=9, tooltip=lambda r: self.tr("Recorded by {name}").format(
                       name=r.evidence.signed.recorded_by) if r.evidence.signed else ""),
        ]

    def _set_column_widths(self) -> None:
        """As every list, with less room around the figures: the fifteen columns fit beside the panel at
        1366 wide in English too, whose titles run wider than the Chinese ones."""
        super()._set_column_widths()
        fit_widths(self.ui.table_view.horizontalHeader(),
                   {index: column.width_chars for index, column in enumerate(self.model.columns)},
                   self.fontMetrics(), padding=CELL_PADDING)

    def _split_sizes(self) -> list[int]:
        """The list as wide as its columns where they need more than SPLIT gives (English titles run wider
        than Chinese ones), the panel the rest, never less than PANEL_AT_LEAST."""
        view = self.ui.table_view
        columns = (view.horizontalHeader().length() + 2 * view.frameWidth()
                   + view.verticalScrollBar().sizeHint().width())
        total = sum(SPLIT)
        table = min(max(SPLIT[0], columns), total - PANEL_AT_LEAST)
        return [table, total - table]

    def _pending_text(self, row: EvaluationRow) -> str:
        return self.panel.pending_text(row.pending_fines, row.pending_fines_total)

    def highlight(self) -> Callable[[EvaluationRow], bool]:
        return lambda row: row.figures.major_demerits > 0  # E21: the one figure nobody may overlook

    # --- who acts, which month ---------------------------------------------------------------------
    @property
    def actor(self) -> Actor | None:
        return self._actor

    @property
    def services(self) -> EvaluationServices | None:
        return self._services

    def set_actor(self, actor: Actor) -> None:
        """After a user switch (idle lock): their rights, an empty panel, the list for them."""
        self.discard_changes()  # the previous user's windows must not act for the next one
        self._actor = actor
        self._listing.actor = actor
        self._history_task.cancel()
        self.panel.clear()
        self._apply_permissions()
        self.reload()

    def month(self) -> dt.date:
        return self._listing.month

    def set_month(self, month: dt.date) -> None:
        month = month.replace(day=1)
        if month == self._listing.month:
            return
        self._listing.month = month
        self._show_month(month)
        self._history_task.cancel()
        self.panel.clear()
        self.reload()

    def _shifted(self, months: int) -> dt.date:
        index = self._listing.month.year * 12 + self._listing.month.month - 1 + months
        return dt.date(index // 12, index % 12 + 1, 1)

    def _show_month(self, month: dt.date) -> None:
        edit = self.ui.month_edit
        edit.blockSignals(True)
        today = self._services.today() if self._services else dt.date.today()
        edit.setMaximumDate(QDate(today.year, today.month, 1))
        edit.setDate(QDate(month.year, month.month, 1))
        edit.blockSignals(False)
        self.ui.next_month_button.setEnabled(month < today.replace(day=1))

    @Slot(QDate)
    def _on_month_edited(self, date: QDate) -> None:
        self.set_month(date.toPython())

    def _apply_permissions(self) -> None:
        ui, actor = self.ui, self._actor
        has_services = self._services is not None
        for button, permission in ((ui.complaints_button, Permission.COMPLAINTS_RECORD),
                                   (ui.fines_button, Permission.FINES_RECORD),
                                   (ui.monthly_report_button, Permission.REQUISITIONS_MANAGE),
                                   (ui.improvement_button, Permission.STAFF_EVALUATION_VIEW)):
            gate(button, actor, permission, button.statusTip())
            button.setEnabled(button.isEnabled() and has_services)
        ui.rules_button.setEnabled(has_services and actor is not None)  # everyone reads and acknowledges (E24)
        ui.rules_button.setToolTip(ui.rules_button.statusTip())
        self._apply_print_permission()

    def _apply_print_permission(self) -> None:
        actor = self._actor
        allowed = actor is not None and self._services is not None and allows(actor.role, Permission.DOCUMENTS_PRINT)
        self.panel.set_print_allowed(allowed, error_text(MissingPermission(Permission.DOCUMENTS_PRINT)))
        # E24: the supervisor or manager who decides the fines records the signature; the manager alone undoes it.
        has = actor is not None and self._services is not None
        mark = has and allows(actor.role, Permission.FINES_RECORD)
        undo = has and allows(actor.role, Permission.RULES_PUBLISH)
        why_not = "" if mark else error_text(MissingPermission(Permission.FINES_RECORD))
        today = self._services.today() if self._services else dt.date.today()
        if mark and self._listing.month >= today.replace(day=1):  # the sheet is the month-end paper (E2)
            mark, why_not = False, self.tr("The month is not over yet: its sheet is signed after the month end.")
        self.panel.set_sign_allowed(mark, undo, why_not,
                                    "" if undo else error_text(MissingPermission(Permission.RULES_PUBLISH)))

    # --- the list and the open row -----------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """The month's figures are being computed (the table shows what it had, or says so)."""
        return self._month_task.busy

    @Slot()
    def reload(self) -> None:
        """Computes the month afresh off the UI thread; the rows come in ``_on_month_computed``."""
        if self.deferred_while_hidden():
            # Computed when the tab is looked at, never for a start or a hidden reload.
            self._month_task.cancel()
            return
        self._failed = False
        actor, month, listing = self._listing.actor, self._listing.month, self._listing
        self._month_task.request((actor, month), lambda: listing.compute(actor, month))
        if not listing.showing():
            self.model.reload()  # another month or user: no figures of the previous one meanwhile

    def count_text(self) -> str:
        return self.tr("Computing…") if self.loading else super().count_text()

    @Slot(bool)
    def _on_month_busy(self, _busy: bool) -> None:
        self._on_reloaded(self.model.total)  # the count, or the empty page, says what is happening

    @Slot(object, object)
    def _on_month_computed(self, key: tuple[object, object], computed: MonthRows) -> None:
        if key != (self._listing.actor, self._listing.month):
            return  # for a user or month no longer shown
        open_id = self.panel.row.staff_id if self.panel.row is not None else None
        self._listing.show(computed)
        self.model.reload()
        if open_id is not None:
            self.open_staff(open_id)

    @Slot(object, object)
    def _on_month_failed(self, _key: object, error: BaseException) -> None:
        self._failed = True
        self.model.reload()  # the count and the empty page, no longer "computing"
        show_error(self, error)

    def open_staff(self, staff_id: int) -> bool:
        """Selects the person's row and shows their month in full; False if they are not listed."""
        for index in range(self.model.rowCount()):
            if self.model.row_at(index).staff_id == staff_id:
                selection = self.ui.table_view.selectionModel()
                selection.blockSignals(True)
                self.ui.table_view.selectRow(index)
                selection.blockSignals(False)
                self.ui.table_view.viewport().update()
                self.show_row(self.model.row_at(index))
                return True
        self.panel.clear()
        return False

    def show_row(self, row: EvaluationRow) -> None:
        """The figures and evidence at once; the twelve months' chart follows from the background."""
        if self._actor is None:
            return
        actor, month, service = self._actor, self._listing.month, self._listing.service
        try:
            views = self._services.views if self._services else None
            complaints = views.complaints_numbered(actor, row.evidence.complaints) if views else []
            # The confirmed fines and those awaiting a decision, in one look-up; the panel tells them apart.
            fines = views.fines_numbered(actor, row.evidence.fines + row.evidence.pending_fines) if views else []
        except Exception as error:  # noqa: BLE001 - a KnownError in the user's words, else internal
            self.panel.show_message(error_text(error), "error")
            return
        self.panel.show_row(row, month, complaints, fines, None)
        staff_id = row.staff_id
        self._history_task.request((actor, staff_id, month), lambda: service.history(actor, staff_id, month))
        self._apply_print_permission()

    @Slot(object, object)
    def _on_history_computed(self, key: tuple[object, int, object], history: list) -> None:
        row = self.panel.row
        if row is None or key != (self._actor, row.staff_id, self._listing.month):
            return  # another person or month is open now
        self.panel.show_history(history)

    @Slot(object, object)
    def _on_history_failed(self, _key: object, error: BaseException) -> None:
        self.panel.show_history([])
        show_error(self, error)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        if row is not None:
            self.show_row(row)

    # --- printing and the assessment windows -------------------------------------------------------
    @Slot()
    def print_sheet(self) -> None:
        """The evaluation sheet with signature lines, made off the UI thread, then previewed."""
        row, actor, services = self.panel.row, self._actor, self._services
        if row is None or actor is None or services is None:
            return
        month, language = self._listing.month, PrintSettings.load().language
        title = self.tr("Evaluation sheet {name} {month}").format(name=row.name, month=f"{month:%Y-%m}")

        def make() -> PrintableDocument:  # on a pool thread: services only
            made = services.documents.make_evaluation(actor, row.username, month, language=language)
            return PrintableDocument(made, title, f"evaluation-{row.username}-{month:%Y-%m}.pdf")

        self.jobs.run(make)

    @Slot()
    def mark_signed(self) -> bool:
        """After the person signed the printed sheet: asked once, then the month's totals are kept (E24)."""
        row, actor, services = self.panel.row, self._actor, self._services
        if row is None or actor is None or services is None:
            return False
        done = signing.mark_signed(self, services, actor, row, self._listing.month, print_sheet=self.print_sheet)
        if done:
            self.reload()
        return done

    @Slot()
    def undo_signed(self) -> bool:
        """The general manager takes back a month recorded as signed by mistake, giving the reason."""
        row, actor, services = self.panel.row, self._actor, self._services
        if row is None or actor is None or services is None:
            return False
        done = signing.undo_signed(self, services, actor, row, self._listing.month)
        if done:
            self.reload()
        return done

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if hasattr(dialog, "changed"):
            dialog.changed.connect(self.reload)
        dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
        self._dialogs.append(dialog)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    # --- the idle lock's unsaved-work protocol: the tab answers for the windows it opened ----------
    def has_unsaved_changes(self) -> bool:
        return any(getattr(d, "has_unsaved_changes", lambda: False)() for d in self._dialogs)

    def discard_changes(self) -> None:
        for dialog in list(self._dialogs):
            dialog.reject()
        self._dialogs.clear()

    @Slot()
    def open_complaints(self) -> ComplaintsDialog | None:
        if self._services is None or self._actor is None:
            return None
        return self._open(ComplaintsDialog(self._services, self._actor, self._listing.month, self))

    @Slot()
    def open_fines(self) -> FinesDialog | None:
        if self._services is None or self._actor is None:
            return None
        return self._open(FinesDialog(self._services, self._actor, self._listing.month, self))

    @Slot()
    def open_rule_set(self) -> RuleSetDialog | None:
        if self._services is None or self._actor is None:
            return None
        return self._open(RuleSetDialog(self._services, self._actor, self))

    @Slot()
    def open_monthly_report(self) -> MonthlyReportDialog | None:
        if self._services is None or self._actor is None:
            return None
        dialog = MonthlyReportDialog(self._services, self._actor, self._listing.month, self)
        dialog.sent.connect(self.report_sent)
        return self._open(dialog)

    @Slot()
    def open_improvement_report(self) -> ImprovementReportDialog | None:
        if self._services is None or self._actor is None:
            return None
        return self._open(ImprovementReportDialog(self._services, self._actor, self._listing.month, self))
