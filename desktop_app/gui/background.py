"""Runs long work off the UI thread; results come back as signals, widgets stay on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, QRunnable, Qt, QThreadPool, Signal

Progress = Callable[[int, int], None]

_keeper: QObject | None = None


def _tasks_keeper() -> QObject:
    """The UI-thread object that owns the tasks made without a parent (created with the first one)."""
    global _keeper
    if _keeper is None:
        _keeper = QObject(QCoreApplication.instance())
    return _keeper


class BackgroundTask(QObject):
    """``work(progress)`` runs on the thread pool; connect to the signals, then ``start()``.

    The signals live on this QObject (created on the UI thread), so Qt queues them to the UI
    thread; the work function itself must never touch a widget.

    A task made without a parent outlives whatever started it (a dialog closed mid-way, a job
    forgotten) and is deleted on the UI thread once the pool thread is done with it. Owned by Python
    alone, it was destroyed by whichever thread let go of it last, often the pool thread just after
    its last signal, while the UI thread could still be handling that signal: a segmentation fault in
    the test suite, once, inside the event loop (issue 8's final CI run).
    """

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work function's result
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded or failed

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else _tasks_keeper())
        self._kept = parent is None
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
        if self._kept:  # the last touch of this thread: the UI thread deletes it after its signals
            QMetaObject.invokeMethod(self, "deleteLater", Qt.ConnectionType.QueuedConnection)


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task  # keeps the task's wrapper alive until the work is done

    def run(self) -> None:
        self._task._run()
