"""The monthly report dialog's writes off the UI thread (months marked sent, an XLSX), finished even if it closes."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop_app.gui.background import BackgroundTask
from desktop_app.gui.error_display import error_text
from desktop_app.gui.formatting import date_text

log = logging.getLogger(__name__)
MESSAGE_MS = 15_000  # a status-bar note about a write the closed dialog started


class SentMarking(QObject):
    """Runs the dialog's background writes and outlives the dialog (the rule of ``gui/latest_task.py``).

    A task parented to the dialog was deleted with it when the dialog closed mid-write, and the pool
    thread then emitted from a deleted object. Here the task has no parent and reports to this object,
    a child of the opener's window: the write runs to its end whatever happens to the dialog. While
    the dialog exists it shows the outcome; once closed, the window's status bar does, and ``sent``
    (the dialog's, see ``MonthlyReportDialog.sent``) still reaches the reminder, which re-checks."""

    sent = Signal()  # months were marked sent (by the dialog, or by a task it started)
    marked = Signal(object, object)  # the months a background marking marked, the day: to the dialog
    mark_failed = Signal(object)
    saved = Signal(str)  # the XLSX written: to the dialog
    save_failed = Signal(object)

    def __init__(self, dialog: QWidget, opener: QObject | None) -> None:
        home = opener.window() if isinstance(opener, QWidget) else opener
        super().__init__(home or QCoreApplication.instance())
        self._dialog = dialog
        self._writes: set[_Write] = set()
        self._dialog_gone = False
        dialog.destroyed.connect(self._on_dialog_destroyed)

    @property
    def busy(self) -> bool:
        return bool(self._writes)

    def mark(self, work: Callable[[], list[dt.date]], day: dt.date) -> None:
        """``work()`` marks the months on a pool thread (services only) and returns those it marked."""
        self._start(work, lambda months: self._on_marked(months, day), self._on_mark_failed)

    def save(self, work: Callable[[], str]) -> None:
        """``work()`` writes the workbook on a pool thread and returns its path."""
        self._start(work, self._on_saved, self._on_save_failed)

    def _start(self, work: Callable[[], Any], done: Callable[[Any], None],
               failed: Callable[[BaseException], None]) -> None:
        write = _Write(self, done, failed)
        self._writes.add(write)
        write.start(work)

    def forget(self, write: _Write) -> None:
        self._writes.discard(write)
        write.deleteLater()
        if self._dialog_gone and not self._writes:
            self.deleteLater()  # nothing more to report

    # --- outcomes, on the UI thread ----------------------------------------------------------------
    def _dialog_open(self) -> bool:
        return not self._dialog_gone and shiboken6.isValid(self._dialog) and self._dialog.isVisible()

    def _on_marked(self, months: list[dt.date], day: dt.date) -> None:
        if not self._dialog_open():
            if len(months) > 1:
                text = self.tr("{count} repair monthly reports, {first} to {last}, are marked sent on {day}.").format(
                    count=len(months), first=f"{months[0]:%Y-%m}", last=f"{months[-1]:%Y-%m}", day=date_text(day))
            else:
                text = self.tr("The repair monthly report for {month} is marked sent.").format(
                    month=f"{months[-1]:%Y-%m}")
            self._tell(text)
        if not self._dialog_gone:
            self.marked.emit(months, day)
        self.sent.emit()

    def _on_mark_failed(self, error: BaseException) -> None:
        if not self._dialog_open():
            self._tell(self.tr("The repair monthly reports were not marked sent: {error}").format(
                error=error_text(error)))
        if not self._dialog_gone:
            self.mark_failed.emit(error)

    def _on_saved(self, path: str) -> None:
        if not self._dialog_open():
            self._tell(self.tr("Saved: {path}").format(path=path))
        if not self._dialog_gone:
            self.saved.emit(path)

    def _on_save_failed(self, error: BaseException) -> None:
        if not self._dialog_open():
            self._tell(self.tr("The repair monthly report was not saved: {error}").format(error=error_text(error)))
        if not self._dialog_gone:
            self.save_failed.emit(error)

    def _tell(self, text: str) -> None:
        home = self.parent()
        if isinstance(home, QMainWindow) and home.isVisible():
            home.statusBar().showMessage(text, MESSAGE_MS)
        else:  # no window to tell (closing, or a bare dialog): the next opening shows the state
            log.info("%s", text)

    @Slot()
    def _on_dialog_destroyed(self) -> None:
        self._dialog_gone = True
        if not self._writes:
            self.deleteLater()


class _Write(QObject):
    """One write. Its task reports to these bound slots, queued to the UI thread; deleted with the
    marking (the window closing, the application quitting), it drops them and the task ends unheard."""

    def __init__(self, marking: SentMarking, done: Callable[[Any], None],
                 failed: Callable[[BaseException], None]) -> None:
        super().__init__(marking)
        self._marking, self._done, self._failed = marking, done, failed
        self._task: BackgroundTask | None = None

    def start(self, work: Callable[[], Any]) -> None:
        self._task = BackgroundTask(lambda _progress: work())  # no parent: see SentMarking
        self._task.succeeded.connect(self._on_succeeded)
        self._task.failed.connect(self._on_failed)
        self._task.finished.connect(self._on_finished)
        self._task.start()

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._done(result)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._failed(error)

    @Slot()
    def _on_finished(self) -> None:
        self._task = None  # its last signal: the runnable lets go of it too
        self._marking.forget(self)
