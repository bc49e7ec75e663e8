"""A modal "please wait" for work off the UI thread that cannot stop half-way (a restore)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget


class BusyDialog(QProgressDialog):
    """Indeterminate, without a Cancel button, modal to the whole application; Esc and the title bar's
    close do nothing until ``stop_waiting``. The work goes on regardless, and the windows behind must
    not be used meanwhile (their reads would reopen the database the work needs to itself).

    The background task is never this dialog's child: the dialog closes (and is deleted) when the
    work ends, while the task still emits its last signals (see ``gui.latest_task``)."""

    def __init__(self, text: str, title: str, parent: QWidget | None) -> None:
        super().__init__(text, None, 0, 0, parent)  # type: ignore[arg-type]
        self.setWindowTitle(title)
        self.setMinimumWidth(360)  # room for a long backup file name beside the bar's width
        self.setCancelButton(None)  # type: ignore[arg-type]
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._waiting = True

    def stop_waiting(self) -> None:
        self._waiting = False
        self.hide()
        self.deleteLater()

    def reject(self) -> None:  # Esc
        if not self._waiting:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # QProgressDialog treats a close as Cancel and hides itself: the work would go on unseen.
        if self._waiting:
            event.ignore()
        else:
            super().closeEvent(event)
