"""Month-end reports: the repair monthly report to the manufacturer (D3, PDF and XLSX) and the improvement report (E2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.error_display import error_text
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.texts import gate
from desktop_app.gui.formatting import date_text
from desktop_app.gui.forms.ui_evaluation_improvement_dialog import Ui_ImprovementReportDialog
from desktop_app.gui.forms.ui_evaluation_monthly_report_dialog import Ui_MonthlyReportDialog
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.services.actor import Actor
from desktop_app.services.monthly_reports import DUE_DAY
from desktop_app.services.report_status import sent_on


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def shift_month(month: dt.date, months: int) -> dt.date:
    index = month.year * 12 + month.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class _ReportDialog(QDialog):
    """What both share: a busy bar while a document is made off the UI thread, and its preview."""

    def _start_jobs(self) -> None:
        self.jobs = DocumentJobs(self)
        self.jobs.preview_opened.connect(lambda _dialog: self.set_busy(False))
        self.jobs.failed.connect(lambda _error: self.set_busy(False))
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.ui.progress_bar.setVisible(busy)
        self.ui.preview_button.setEnabled(not busy and self._may_make())

    def is_busy(self) -> bool:
        return self.ui.progress_bar.isVisible()

    def _may_make(self) -> bool:
        return True


class MonthlyReportDialog(_ReportDialog):
    sent = Signal()  # marked sent: the reminder goes away
    saved = Signal(str)  # the XLSX file written

    def __init__(self, services: EvaluationServices, actor: Actor, month: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MonthlyReportDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self._task: BackgroundTask | None = None
        ui = self.ui
        today = services.today()
        ui.month_edit.setMaximumDate(_qdate(today))
        ui.month_edit.setDate(_qdate(month.replace(day=1)))
        self._allowed = gate(ui.mark_sent_button, actor, Permission.REQUISITIONS_MANAGE)
        gate(ui.save_xlsx_button, actor, Permission.REQUISITIONS_MANAGE)
        gate(ui.preview_button, actor, Permission.REQUISITIONS_MANAGE)
        ui.month_edit.dateChanged.connect(self.show_status)
        ui.preview_button.clicked.connect(self.preview)
        ui.save_xlsx_button.clicked.connect(self.ask_xlsx_path)
        ui.mark_sent_button.clicked.connect(self.mark_sent)
        ui.close_button.clicked.connect(self.accept)
        self._start_jobs()
        self.show_status()

    def _may_make(self) -> bool:
        return self._allowed

    @property
    def actor(self) -> Actor:
        return self._actor

    def month(self) -> dt.date:
        return self.ui.month_edit.date().toPython().replace(day=1)

    @Slot()
    def show_status(self) -> None:
        month, today = self.month(), self._services.today()
        due = shift_month(month, 1).replace(day=DUE_DAY)
        sent = sent_on(self._services.sessions, month)
        if sent is not None:
            text = self.tr("The report for {month} was marked sent on {day}.").format(
                month=f"{month:%Y-%m}", day=date_text(sent))
        elif month >= today.replace(day=1):
            text = self.tr("{month} is not over yet: the report can be previewed, but it is due only on {due}.").format(
                month=f"{month:%Y-%m}", due=date_text(due))
        elif today <= due:
            text = self.tr("Due by {due}; not yet marked sent.").format(due=date_text(due))
        else:
            text = self.tr("Overdue: it was due on {due} and is not marked sent.").format(due=date_text(due))
        self.ui.status_label.setText(text)
        self.ui.mark_sent_button.setEnabled(self._allowed and sent is None and month < today.replace(day=1))

    @Slot()
    def preview(self) -> None:
        actor, documents, month = self._actor, self._services.documents, self.month()
        language = PrintSettings.load().language
        title = self.tr("Repair monthly report {month}").format(month=f"{month:%Y-%m}")

        def make() -> PrintableDocument:  # on a pool thread: services only
            made = documents.make_monthly(actor, month, language=language)
            return PrintableDocument(made, title, f"repair-monthly-report-{month:%Y-%m}.pdf")

        self.ui.error_label.clear()
        self.set_busy(True)
        self.jobs.run(make)

    @Slot()
    def ask_xlsx_path(self) -> None:
        month = self.month()
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the repair monthly report"),
                                                    f"repair-monthly-report-{month:%Y-%m}.xlsx",
                                                    self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.save_xlsx_to(Path(path))

    def save_xlsx_to(self, path: Path) -> None:
        """Made and written off the UI thread; ``saved`` says where."""
        actor, documents, month = self._actor, self._services.documents, self.month()
        language = PrintSettings.load().language

        def work(_progress) -> str:  # noqa: ANN001
            documents.make_monthly(actor, month, language=language, xlsx=True).save_to(path)  # whole or nothing
            return str(path)

        self.ui.error_label.clear()
        self.set_busy(True)
        self.ui.save_xlsx_button.setEnabled(False)
        self._task = BackgroundTask(work, self)
        self._task.succeeded.connect(self._on_saved)
        self._task.failed.connect(self._on_failed)
        self._task.start()

    @Slot(object)
    def _on_saved(self, path: str) -> None:
        self.set_busy(False)
        self.ui.save_xlsx_button.setEnabled(self._allowed)
        self.ui.message_label.setText(self.tr("Saved: {path}").format(path=path))
        self.saved.emit(path)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.ui.save_xlsx_button.setEnabled(self._allowed)
        self.ui.error_label.setText(error_text(error))

    @Slot()
    def mark_sent(self) -> None:
        month = self.month()
        try:
            self._services.reports.mark_sent(self._actor, month)
        except Exception as error:  # noqa: BLE001 - a KnownError in the user's words, else internal
            self.show_status()  # marked meanwhile at another counter: the status shows the first marking
            self.ui.error_label.setText(error_text(error))
            return
        self.show_status()
        self.ui.message_label.setText(self.tr("The report for {month} is marked sent.").format(month=f"{month:%Y-%m}"))
        self.sent.emit()


class ImprovementReportDialog(_ReportDialog):
    def __init__(self, services: EvaluationServices, actor: Actor, month: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImprovementReportDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        ui = self.ui
        today = _qdate(services.today())
        for edit in (ui.first_edit, ui.last_edit):
            edit.setMaximumDate(today)
        ui.first_edit.setDate(_qdate(shift_month(month.replace(day=1), -2)))  # a quarter by default
        ui.last_edit.setDate(_qdate(month.replace(day=1)))
        self._allowed = gate(ui.preview_button, actor, Permission.STAFF_EVALUATION_VIEW)
        ui.preview_button.clicked.connect(self.preview)
        ui.close_button.clicked.connect(self.accept)
        self._start_jobs()

    def _may_make(self) -> bool:
        return self._allowed

    def months(self) -> tuple[dt.date, dt.date]:
        return (self.ui.first_edit.date().toPython().replace(day=1),
                self.ui.last_edit.date().toPython().replace(day=1))

    @Slot()
    def preview(self) -> None:
        first, last = self.months()
        if first > last:
            self.ui.error_label.setText(self.tr("“From” must not be after “To”."))
            self.ui.first_edit.setFocus()
            return
        actor, documents = self._actor, self._services.documents
        language = PrintSettings.load().language
        title = self.tr("Improvement report {first} – {last}").format(first=f"{first:%Y-%m}", last=f"{last:%Y-%m}")

        def make() -> PrintableDocument:  # on a pool thread: services only
            made = documents.make_improvement(actor, first, last, language=language)
            return PrintableDocument(made, title, f"improvement-report-{first:%Y-%m}-{last:%Y-%m}.pdf")

        self.ui.error_label.clear()
        self.set_busy(True)
        self.jobs.run(make)
