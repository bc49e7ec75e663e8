"""待回收调查表: closed orders without a returned survey, to chase by phone or by printing the form again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from desktop_app.gui.error_display import show_error
from desktop_app.gui.formatting import local_time_text
from desktop_app.gui.forms.ui_unreturned_surveys_dialog import Ui_UnreturnedSurveysDialog
from desktop_app.gui.printing.document_jobs import DocumentJobs, PrintableDocument
from desktop_app.gui.printing.print_settings import PrintSettings
from desktop_app.gui.surveys.survey_desk import SurveyDesk
from desktop_app.services.actor import Actor
from desktop_app.services.surveys import UnreturnedSurvey

UNRETURNED_LIMIT = 200  # the newest; older ones are rarely worth a call


class UnreturnedSurveysDialog(QDialog):
    """A short list, reloaded whole (QTableWidget): at most UNRETURNED_LIMIT rows."""

    enter_requested = Signal(str)  # the work-order number whose survey is to be entered

    def __init__(self, desk: SurveyDesk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnreturnedSurveysDialog()
        self.ui.setupUi(self)
        self._desk = desk
        self._actor = actor
        self.rows: list[UnreturnedSurvey] = []
        self.jobs = DocumentJobs(self)
        headers = [self.tr("Work order"), self.tr("Customer"), self.tr("Phone"), self.tr("Closed")]
        table = self.ui.table
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.activated.connect(self.enter_selected)  # Enter, or a double click
        table.itemSelectionChanged.connect(self._enable_buttons)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        self.ui.enter_button.clicked.connect(self.enter_selected)
        self.ui.print_button.clicked.connect(self.print_form)
        self.ui.refresh_button.clicked.connect(self.reload)
        self.ui.close_button.clicked.connect(self.close)

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor

    @Slot()
    def reload(self) -> None:
        try:
            self.rows = self._desk.surveys.unreturned(self._actor, UNRETURNED_LIMIT)
        except Exception as error:  # noqa: BLE001 - shown (a KnownError in the user's words)
            show_error(self, error)
            return
        table = self.ui.table
        kept = self.selected()
        table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            for column, value in enumerate((row.number, row.customer, row.phone, local_time_text(row.closed_at))):
                table.setItem(index, column, QTableWidgetItem(value))
        if len(self.rows) >= UNRETURNED_LIMIT:
            self.ui.count_label.setText(self.tr("The {limit} most recently closed orders are shown.")
                                        .format(limit=UNRETURNED_LIMIT))
        elif self.rows:
            self.ui.count_label.setText(self.tr("%n survey(s) not returned.", None, len(self.rows)))
        else:
            self.ui.count_label.setText(self.tr("Every closed order's survey has been returned."))
        numbers = [row.number for row in self.rows]
        if self.rows:
            table.selectRow(numbers.index(kept.number) if kept and kept.number in numbers else 0)
            table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._enable_buttons()

    def selected(self) -> UnreturnedSurvey | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    @Slot()
    def enter_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.enter_requested.emit(chosen.number)

    @Slot()
    def print_form(self) -> None:
        """The survey form again, always previewed first; logged once printed or saved (E17)."""
        chosen = self.selected()
        if chosen is None:
            return
        desk, actor, number = self._desk, self._actor, chosen.number
        language = PrintSettings.load().language
        title = self.tr("Satisfaction survey {number}").format(number=number)

        def make() -> PrintableDocument:
            made = desk.documents.make_survey_form(actor, number, language=language)
            return PrintableDocument(made, title, f"{number}-survey.pdf")

        self.jobs.run(make)

    @Slot()
    def _enable_buttons(self) -> None:
        chosen = self.selected() is not None
        self.ui.enter_button.setEnabled(chosen)
        self.ui.print_button.setEnabled(chosen)
