"""A save runs on the UI thread and may wait for another counter's write lock: the window says so."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QStatusBar, QWidget


@contextmanager
def waiting_for_write(widget: QWidget) -> Iterator[None]:
    """Busy cursor and a status-bar note for as long as the write takes.

    SQLite waits up to its busy timeout (15 s, ``db.engine``) for another counter's lock, PostgreSQL
    as long for a row lock; the event loop is stopped meanwhile, so the cursor and the note are
    painted before the write starts. A write that does not wait clears them before anyone reads them.
    """
    bar = _status_bar(widget)
    note = QCoreApplication.translate("WriteWait", "Waiting for other counters…")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    if bar is not None:
        bar.showMessage(note)
        bar.repaint()  # now: no paint event arrives while the write blocks the UI thread
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if bar is not None and bar.currentMessage() == note:
            bar.clearMessage()


def _status_bar(widget: QWidget | None) -> QStatusBar | None:
    """The main window's status bar (a dialog's parent chain leads to it), if there is one."""
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    return widget.statusBar() if isinstance(widget, QMainWindow) else None
