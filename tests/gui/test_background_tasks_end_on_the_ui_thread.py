"""A background task made without a parent (a print job, a preview, a month's figures) delivers its
signals to the UI thread and is destroyed there, after them. Owned by Python alone, it was destroyed
by whichever thread let go of it last, often the pool thread right after its last signal, while the
UI thread could still be handling that signal: one segmentation fault in a CI run."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent

from desktop_app.gui.background import BackgroundTask, _tasks_keeper

TASKS = 200


def test_parentless_tasks_deliver_and_are_destroyed_on_the_ui_thread(qtbot) -> None:
    ui_thread = threading.current_thread()
    results: list[int] = []
    destroyed_on: list[threading.Thread] = []

    def start(n: int) -> None:
        task = BackgroundTask(lambda _progress, n=n: n * 2)  # no parent, no reference kept here
        task.succeeded.connect(results.append)
        task.destroyed.connect(lambda *_: destroyed_on.append(threading.current_thread()))
        task.start()

    for n in range(TASKS):
        start(n)
        if n % 20 == 0:
            gc.collect()  # let go of every Python reference the test itself could still hold
    qtbot.waitUntil(lambda: len(results) == TASKS, timeout=20_000)

    def all_destroyed() -> bool:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return len(destroyed_on) == TASKS

    qtbot.waitUntil(all_destroyed, timeout=20_000)
    assert sorted(results) == [n * 2 for n in range(TASKS)]
    assert {thread.name for thread in destroyed_on} == {ui_thread.name}
    assert _tasks_keeper().findChildren(BackgroundTask) == []


def test_a_task_with_a_parent_stays_its_parents(qtbot) -> None:
    parent = BackgroundTask(lambda _progress: None)  # any QObject of the UI thread
    child = BackgroundTask(lambda _progress: 7, parent)
    with qtbot.waitSignal(child.succeeded) as done:
        child.start()
    assert done.args == [7] and child.parent() is parent
