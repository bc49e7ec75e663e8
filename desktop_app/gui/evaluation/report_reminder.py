"""D3: from the 1st until it is marked sent, the status bar reminds the supervisor of the repair monthly report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QPushButton

from desktop_app.core.permissions import Permission, allows
from desktop_app.db.engine import SessionFactory
from desktop_app.db.types import utcnow
from desktop_app.gui.evaluation.reminder_services import ReminderServices
from desktop_app.gui.formatting import month_words
from desktop_app.services.actor import Actor
from desktop_app.services.monthly_reports import DUE_DAY

if TYPE_CHECKING:  # imported when first opened, not with the main window (issue 8)
    from desktop_app.gui.evaluation.evaluation_services import EvaluationServices
    from desktop_app.gui.evaluation.report_dialogs import MonthlyReportDialog

RECHECK_MS = 30 * 60 * 1000  # the date changes at midnight while the counter stays open
DUE_STYLE = "QPushButton { background: #fff3c4; color: #5d4300; border: 1px solid #e0c060; padding: 1px 8px; }"
OVERDUE_STYLE = "QPushButton { background: #fbd5d2; color: #7a0b06; border: 1px solid #e08080; padding: 1px 8px; }"


class ReportReminder(QObject):
    """A permanent status-bar button: visible, never modal; a click opens the report dialog."""

    def __init__(self, window: QMainWindow, services: EvaluationServices | ReminderServices,
                 actor_of: Callable[[], Actor]) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actor_of = actor_of
        self.due_month: dt.date | None = None
        self.dialog: MonthlyReportDialog | None = None
        self.button = QPushButton(window)
        self.button.setObjectName("report_reminder_button")
        self.button.setFlat(True)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reachable by mouse; the tab's button by keyboard
        self.button.clicked.connect(self.open_dialog)
        window.statusBar().insertPermanentWidget(0, self.button)
        self.button.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def text(self) -> str:
        return self.button.text() if self.button.isVisibleTo(self._window) else ""

    @Slot()
    def check(self) -> None:
        """Shown to whoever sends the report (supervisor, manager) while any earlier month is not marked sent."""
        actor = self._actor_of()
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog) and dialog.actor != actor:
            dialog.reject()  # opened for the previous user (shift change): it must not act for this one
            self.dialog = None
        unsent: list[dt.date] = []
        if actor is not None and allows(actor.role, Permission.REQUISITIONS_MANAGE):
            try:
                unsent = self._services.reports.due(self._services.today())
            except Exception:  # noqa: BLE001 - a reminder never interrupts work; the next check retries
                unsent = []
        # D3: the oldest unsent month first; sending a later one never silences an earlier one.
        due = unsent[0] if unsent else None
        self.due_month = due
        if due is None:
            self.button.hide()
            return
        month, today = month_words(due), self._services.today()
        last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        if due == last_month and today.day <= DUE_DAY:
            text = self.tr("The repair monthly report for {month} is due by the 3rd").format(month=month)
            self.button.setStyleSheet(DUE_STYLE)
        else:
            text = self.tr("The repair monthly report for {month} is overdue (due by the 3rd)").format(month=month)
            self.button.setStyleSheet(OVERDUE_STYLE)
        others = len(unsent) - 1
        if others == 1:  # no %n plurals: two plain strings
            text += self.tr("; 1 more month not sent")
        elif others > 1:
            text += self.tr("; {count} more months not sent").format(count=others)
        self.button.setText(text)
        self.button.setToolTip(self.tr("Open the report, send it to the manufacturer and mark it as sent (D3)"))
        self.button.show()

    @Slot()
    def open_dialog(self) -> MonthlyReportDialog | None:
        actor = self._actor_of()
        if self.due_month is None or actor is None:
            return None
        from desktop_app.gui.evaluation.report_dialogs import MonthlyReportDialog

        services = self._services
        if isinstance(services, ReminderServices):
            services = services.all()
        self.dialog = MonthlyReportDialog(services, actor, self.due_month, self._window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.sent.connect(self.check)
        self.dialog.open()
        return self.dialog


def install_report_reminder(window: QMainWindow, sessions: SessionFactory, actor_of: Callable[[], Actor], *,
                            clock: Callable[[], dt.datetime] = utcnow) -> ReportReminder:
    """Re-checked on F5 / reload, on a user switch, after "Mark as sent" anywhere, and half-hourly."""
    reminder = ReportReminder(window, ReminderServices(sessions, clock), actor_of)
    if hasattr(window, "actor_changed"):
        window.actor_changed.connect(reminder.check)
    ui = getattr(window, "ui", None)
    if ui is not None and hasattr(ui, "action_reload"):
        ui.action_reload.triggered.connect(reminder.check)
    # Only the tabs made so far: the main window makes the others when first shown (and wires them).
    for tab in window.built_tabs() if hasattr(window, "built_tabs") else getattr(window, "tabs", []):
        if hasattr(tab, "report_sent"):
            tab.report_sent.connect(reminder.check)
    reminder.check()
    return reminder
