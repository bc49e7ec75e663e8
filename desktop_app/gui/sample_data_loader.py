"""Loads sample data off the UI thread behind a progress dialog, then reports back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.db.engine import SessionFactory
from desktop_app.gui.background import BackgroundTask, Progress
from desktop_app.gui.error_display import show_error

DEFAULT_SAMPLE_CLAIMS = 200


class SampleDataLoader(QObject):
    """``start()`` shows the progress dialog; ``loaded`` carries the service's summary."""

    loaded = Signal(object)  # SampleDataSummary
    failed = Signal(object)  # the exception, already shown to the user
    finished = Signal()

    def __init__(self, sessions: SessionFactory, parent_widget: QWidget | None, *,
                 claims: int = DEFAULT_SAMPLE_CLAIMS) -> None:
        super().__init__(parent_widget)
        self._sessions = sessions
        self._claims = claims
        self._parent_widget = parent_widget
        self._dialog: QProgressDialog | None = None
        self._task = BackgroundTask(self._work, self)
        self._task.progressed.connect(self._on_progressed)
        self._task.succeeded.connect(self._on_succeeded)
        self._task.failed.connect(self._on_failed)
        self._task.finished.connect(self.finished)

    def _work(self, progress: Progress) -> Any:
        """Runs on a pool thread: only the service call, no widget in reach."""
        from desktop_app.services.sample_data import load_sample_data

        return load_sample_data(self._sessions, claims=self._claims, progress=progress)

    def start(self) -> None:
        dialog = QProgressDialog(self.tr("Loading sample data…"), "", 0, 0, self._parent_widget)
        dialog.setWindowTitle(self.tr("Sample data"))
        dialog.setCancelButton(None)  # the service cannot stop half-way; a partial load helps nobody
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._dialog = dialog
        dialog.show()
        self._task.start()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, total))

    @Slot(object)
    def _on_succeeded(self, summary: Any) -> None:
        self._close_dialog()
        self.loaded.emit(summary)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._close_dialog()
        show_error(self._parent_widget, error, self.tr("Sample data"))
        self.failed.emit(error)

    def summary_text(self, summary: Any) -> str:
        """What was loaded, and the demo accounts to try other roles with (SampleDataSummary)."""
        return self.tr(
            "Sample data loaded: {claims} claims, {work_orders} work orders, {customers} customers and "
            "{requisitions} requisitions. To try other roles, sign in as one of the demo staff "
            "({usernames}) with the password {password}."
        ).format(
            claims=summary.claims, work_orders=summary.work_orders, customers=summary.customers,
            requisitions=summary.requisitions, usernames=", ".join(summary.demo_usernames),
            password=summary.demo_password,
        )

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
