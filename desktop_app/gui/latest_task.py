"""One computation at a time off the UI thread, where only the latest request's result counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.gui.background import BackgroundTask


class LatestTask(QObject):
    """For figures that follow a choice (a month, a person, a period): a request made while one
    computes waits and replaces any request waiting before it, so a quick run of clicks costs at most
    two computations, and a result overtaken by a newer request (or by ``cancel``) is never delivered.

    The running task is made without a parent: when the widget owning this object is deleted
    mid-computation (a window closed, the application quitting), Qt drops the connections to its
    slots and the task finishes into nothing (``BackgroundTask`` keeps it until then and deletes it on
    the UI thread). As this object's child it was deleted with it, and the pool thread then emitted
    from a deleted object (a traceback on stderr).
    """

    succeeded = Signal(object, object)  # the request's key, the result
    failed = Signal(object, object)  # the request's key, the exception
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0  # of the latest request; a result of an older one is stale
        self._waiting: tuple[Any, Callable[[], Any]] | None = None
        self._task: BackgroundTask | None = None
        self._running: tuple[int, Any] = (-1, None)  # generation and key of the running computation
        self._outcome: tuple[Any, BaseException | None] | None = None

    @property
    def busy(self) -> bool:
        """A computation runs or waits whose result will still be delivered."""
        return self._waiting is not None or (self._task is not None and self._running[0] == self._generation)

    def request(self, key: Any, work: Callable[[], Any]) -> None:
        """``work()`` runs on the thread pool and must not touch a widget; ``key`` comes back with its result."""
        was_busy = self.busy
        self._generation += 1
        self._waiting = (key, work)
        if self._task is None:
            self._start()
        if not was_busy:
            self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Forgets the waiting request and the result of the running one (e.g. the user changed)."""
        was_busy = self.busy
        self._generation += 1
        self._waiting = None
        if was_busy:
            self.busy_changed.emit(False)

    # --- the running computation ---------------------------------------------------------------
    def _start(self) -> None:
        assert self._waiting is not None
        key, work = self._waiting
        self._waiting = None
        self._running = (self._generation, key)
        self._outcome = None
        # Bound slots of this object (which lives on the UI thread): Qt queues the task's signals here.
        task = BackgroundTask(lambda _progress: work())  # no parent: see the class docstring
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self._task = task
        task.start()

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self._outcome = (result, None)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._outcome = (None, error)

    @Slot()
    def _on_finished(self) -> None:
        # Acted on after "finished", the task's last signal: the task may go (its runnable lets go too).
        self._task = None
        outcome, self._outcome = self._outcome, None
        if self._waiting is not None:
            self._start()  # a newer request waited: this result is already stale
            return
        generation, key = self._running
        if outcome is None or generation != self._generation:
            return  # cancelled meanwhile
        result, error = outcome
        self.busy_changed.emit(False)
        if error is not None:
            self.failed.emit(key, error)
        else:
            self.succeeded.emit(key, result)
