"""Runs long work off the UI thread; results come back as signals, widgets stay on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]


class BackgroundTask(QObject):
    """``work(progress)`` runs on the thread pool; connect to the signals, then ``start()``.

    The signals live on this QObject (created on the UI thread), so Qt queues them to the UI
    thread; the work function itself must never touch a widget.
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work function's result
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self, pool: QThreadPool | None = None) -> None:
        self._running = True
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def _run(self) -> None:
        """Runs on a pool thread."""
        try:
            result = self._work(self.progressed.emit)
        except Exception as error:  # noqa: BLE001 - the UI thread shows it (and logs a bug)
            self._running = False
            self.failed.emit(error)
        else:
            self._running = False
            self.succeeded.emit(result)
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task  # keeps the task (and its signals) alive until the work is done

    def run(self) -> None:
        self._task._run()
