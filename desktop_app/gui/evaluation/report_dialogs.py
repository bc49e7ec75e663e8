"""Month-end reports: the repair monthly report to the manufacturer (D3, PDF and XLSX) and the improvement report (E2)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from desktop_app.core.permissions import Permission
from desktop_app.gui.error_display import error_text
from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
from desktop_app.gui.evaluation.sent_marking import SentMarking
from desktop_app.gui.evaluation.texts import gate
from desktop_app.gui.formatting import date_text
from desktop_app.gui.forms.ui_evaluation_improvement_dialog import Ui_ImprovementReportDialog
from desktop_app.gui.forms.ui_evaluation_monthly_report_dialog import Ui_MonthlyReportDialog
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.services.actor import Actor
from desktop_app.services.monthly_reports import DUE_DAY
from desktop_app.services.sent_monthly_reports import SentMonthlyReports, SentRecord, sent_record


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
    """Preview, XLSX and "sent" for one month (D3). Marking sent records the day the desk gives and keeps
    the figures; a sent month prints either as sent or recomputed, and each paper says which it is."""

    saved = Signal(str)  # the XLSX file written

    def __init__(self, services: EvaluationServices, actor: Actor, month: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MonthlyReportDialog()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        # The writes off the UI thread: they finish, and are reported, even if the dialog is closed.
        self._writes = SentMarking(self, parent)
        self._writes.marked.connect(self._on_marked)
        self._writes.mark_failed.connect(self._on_mark_failed)
        self._writes.saved.connect(self._on_saved)
        self._writes.save_failed.connect(self._on_failed)
        self._record: SentRecord | None = None
        ui = self.ui
        today = services.today()
        ui.month_edit.setMaximumDate(_qdate(today))
        ui.month_edit.setDate(_qdate(month.replace(day=1)))
        self._allowed = gate(ui.mark_sent_button, actor, Permission.REQUISITIONS_MANAGE)
        gate(ui.save_xlsx_button, actor, Permission.REQUISITIONS_MANAGE)
        gate(ui.preview_button, actor, Permission.REQUISITIONS_MANAGE)
        gate(ui.correct_button, actor, Permission.REQUISITIONS_MANAGE,
             self.tr("Change the day recorded, giving the reason (it is kept in the audit log)."))
        ui.month_edit.dateChanged.connect(self.show_status)
        ui.preview_button.clicked.connect(self.preview)
        ui.save_xlsx_button.clicked.connect(self.ask_xlsx_path)
        ui.mark_sent_button.clicked.connect(self.mark_sent)
        ui.correct_button.clicked.connect(self.ask_correction)
        ui.close_button.clicked.connect(self.accept)
        self._start_jobs()
        self.show_status()

    def _may_make(self) -> bool:
        return self._allowed

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def sent(self) -> SignalInstance:
        """Marked sent (the reminder goes away): a signal of ``SentMarking``, which outlives the dialog,
        so a run of months marked after the dialog closed still tells whoever listens."""
        return self._writes.sent

    def month(self) -> dt.date:
        return self.ui.month_edit.date().toPython().replace(day=1)

    def as_sent(self) -> bool:
        """A sent month printed with the figures kept when it was sent (else recomputed)."""
        return self._record is not None and self.ui.version_combo.currentIndex() == 0

    @Slot()
    def show_status(self) -> None:
        ui, month, today = self.ui, self.month(), self._services.today()
        due = shift_month(month, 1).replace(day=DUE_DAY)
        self._record = record = sent_record(self._services.sessions, month)
        ended = month < today.replace(day=1)
        if record is not None:
            text = self.tr("The report for {month} was marked sent on {day}.").format(
                month=f"{month:%Y-%m}", day=date_text(record.sent_on))
            if record.report is None:
                text += " " + self.tr("The figures sent were not kept: a reprint is recomputed from current data.")
        elif not ended:
            text = self.tr("{month} is not over yet: the report can be previewed, but it is due only on {due}.").format(
                month=f"{month:%Y-%m}", due=date_text(due))
        elif today <= due:
            text = self.tr("Due by {due}; not yet marked sent.").format(due=date_text(due))
        else:
            text = self.tr("Overdue: it was due on {due} and is not marked sent.").format(due=date_text(due))
        ui.status_label.setText(text)
        may_mark = self._allowed and record is None and ended
        ui.mark_sent_button.setEnabled(may_mark)
        ui.correct_button.setEnabled(self._allowed and record is not None)
        # D3: a report goes out once its month is over, and is not recorded for a day still to come.
        ui.sent_on_edit.setDateRange(_qdate(min(shift_month(month, 1), today)), _qdate(today))
        ui.sent_on_edit.setDate(_qdate(record.sent_on if record else today))
        ui.sent_on_edit.setEnabled(may_mark or ui.correct_button.isEnabled())
        earlier = [m for m in self._services.reports.due(today) if m < month] if may_mark else []
        ui.range_check.setVisible(record is None)
        ui.range_check.setEnabled(bool(earlier))
        ui.range_check.setChecked(ui.range_check.isChecked() and bool(earlier))
        self._first_unsent = earlier[0] if earlier else None
        for widget in (ui.version_label, ui.version_combo, ui.retake_check):
            widget.setVisible(record is not None)
        ui.correct_button.setVisible(record is not None)

    @Slot()
    def preview(self) -> None:
        actor, documents, month, as_sent = self._actor, self._services.documents, self.month(), self.as_sent()
        language = PrintSettings.load().language
        title = self.tr("Repair monthly report {month}").format(month=f"{month:%Y-%m}")
        name = f"repair-monthly-report-{month:%Y-%m}{'-as-sent' if as_sent else ''}.pdf"

        def make() -> PrintableDocument:  # on a pool thread: services only
            made = documents.make_monthly(actor, month, language=language, as_sent=as_sent)
            return PrintableDocument(made, title, name)

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
        actor, documents, month, as_sent = self._actor, self._services.documents, self.month(), self.as_sent()
        language = PrintSettings.load().language

        def work() -> str:  # on a pool thread: services only
            documents.make_monthly(actor, month, language=language, xlsx=True, as_sent=as_sent).save_to(path)
            return str(path)  # whole or nothing

        self.ui.error_label.clear()
        self.set_busy(True)
        self.ui.save_xlsx_button.setEnabled(False)
        self._writes.save(work)

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
        month, day = self.month(), self.ui.sent_on_edit.date().toPython()
        first = self._first_unsent if self.ui.range_check.isChecked() else None
        self.ui.error_label.clear()
        if first is not None:  # years of months, each report computed: off the UI thread
            actor, reports = self._actor, self._services.reports
            self.set_busy(True)
            self.ui.mark_sent_button.setEnabled(False)
            self._writes.mark(lambda: reports.mark_sent(actor, month, day, from_month=first), day)
            return
        try:
            marked = self._services.reports.mark_sent(self._actor, month, day)
        except Exception as error:  # noqa: BLE001 - a KnownError in the user's words, else internal
            self._on_mark_failed(error)
            return
        self._on_marked(marked, day)
        self.sent.emit()

    @Slot(object)
    def _on_mark_failed(self, error: BaseException) -> None:
        self.set_busy(False)
        self.show_status()  # marked meanwhile at another counter: the status shows the first marking
        self.ui.error_label.setText(error_text(error))

    @Slot(object, object)
    def _on_marked(self, marked: list[dt.date], day: dt.date) -> None:
        """Shows the months marked; ``sent`` is emitted by whoever marked them."""
        month = marked[-1]
        self.set_busy(False)
        self.show_status()
        if len(marked) > 1:
            text = self.tr("{count} reports, {first} to {last}, are marked sent on {day}.").format(
                count=len(marked), first=f"{marked[0]:%Y-%m}", last=f"{marked[-1]:%Y-%m}", day=date_text(day))
        else:
            text = self.tr("The report for {month} is marked sent.").format(month=f"{month:%Y-%m}")
        self.ui.message_label.setText(text)

    @Slot()
    def ask_correction(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Correct the sent record"),
                                          self.tr("Reason for the correction (kept in the audit log):"))
        if ok:
            self.correct_with(reason)

    def correct_with(self, reason: str) -> bool:
        """The sent day (and with the box ticked, the figures) of a sent month replaced, with the reason."""
        month, day = self.month(), self.ui.sent_on_edit.date().toPython()
        self.ui.error_label.clear()
        try:
            SentMonthlyReports(self._services.sessions, self._services.clock).correct(
                self._actor, month, day, reason, retake_figures=self.ui.retake_check.isChecked())
        except Exception as error:  # noqa: BLE001 - a KnownError in the user's words, else internal
            self.ui.error_label.setText(error_text(error))
            return False
        self.ui.retake_check.setChecked(False)
        self.show_status()
        self.ui.message_label.setText(self.tr("The sent record of {month} is corrected.").format(month=f"{month:%Y-%m}"))
        self.sent.emit()
        return True


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
