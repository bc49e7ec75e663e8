"""Input and observation helpers for the end-to-end scenario: QTest keys and clicks on the real widgets,
waiting without sleeping, a watch on mouse input, and window screenshots from the X server."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

DEFAULT_TIMEOUT_MS = 15_000
CTRL = Qt.KeyboardModifier.ControlModifier
MOUSE_INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                         QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel})


class ScenarioFailed(AssertionError):
    """A step did not see what it expected; the message says what and where."""


class MessageBoxGuard(QObject):
    """Nothing in the day should end in a message box (an error, a question): it would block the
    scenario until the watchdog. Any box that opens is noted and closed, and the scenario fails."""

    def __init__(self) -> None:
        super().__init__(QApplication.instance())
        self.seen: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._close_boxes)
        self._timer.start()

    def _close_boxes(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.seen.append(f"{widget.windowTitle()}: {widget.text()} {widget.informativeText()}".strip())
                widget.reject()

    def check(self) -> None:
        if self.seen:
            raise ScenarioFailed(f"a message box interrupted the day: {' | '.join(self.seen)}")


GUARD: MessageBoxGuard | None = None


def guard_message_boxes() -> MessageBoxGuard:
    global GUARD  # noqa: PLW0603 - one per process, consulted by every wait
    GUARD = MessageBoxGuard()
    return GUARD


def wait_until(predicate: Callable[[], object], what: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
    """Runs the event loop until ``predicate()`` is true (background tasks finish, windows map)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not predicate():
        if GUARD is not None:
            GUARD.check()
        if time.monotonic() > deadline:
            raise ScenarioFailed(f"timed out after {timeout_ms} ms waiting for: {what}")
        QTest.qWait(20)


def settle() -> None:
    """Lets queued events (layouts, repaints, queued signals) run."""
    for _ in range(3):
        QApplication.processEvents()
    QTest.qWait(30)


def gone(widget: QWidget) -> bool:
    """Closed, or closed and deleted (previews delete themselves on close)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def check(condition: object, message: str) -> None:
    if not condition:
        raise ScenarioFailed(message)


def key(widget: QWidget | None, key_: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    check(widget is not None, f"no widget has the keyboard focus for {key_.name}")  # QTest would abort
    QTest.keyClick(widget, key_, modifiers)
    QApplication.processEvents()


def type_text(widget: QWidget, text: str) -> None:
    """Key clicks for ASCII; Chinese arrives as an input method commits it (there are no CJK keys)."""
    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)
    if run:
        QTest.keyClicks(widget, run)
    QApplication.processEvents()


def tab_to(widget: QWidget, presses: int = 1) -> None:
    """Tab (in the tab order the form defines) must land on ``widget``."""
    for _ in range(presses):
        key(focused(), Qt.Key.Key_Tab)
    wait_until(lambda: focused() is widget,
               f"Tab to {widget.objectName()} (focus is on {getattr(focused(), 'objectName', lambda: None)()})",
               timeout_ms=3_000)


def click(widget: QWidget) -> None:
    """A left click in the middle of the widget, as the X server would deliver it."""
    check(widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} is not clickable")
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget.rect().center())
    QApplication.processEvents()


def click_row(view, row: int) -> None:
    """A click on a table row's first cell."""
    view.scrollTo(view.model().index(row, 0))
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QApplication.processEvents()


class MouseWatch(QObject):
    """Counts mouse button and wheel events anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in MOUSE_INPUT and watched.isWidgetType():
            self.count += 1
        return False

    @contextmanager
    def none_during(self, what: str) -> Iterator[None]:
        before = self.count
        yield
        check(self.count == before, f"{what}: {self.count - before} mouse event(s) where the keyboard was to do it all")


def activate(window: QWidget) -> None:
    """Gives a window the keyboard focus back. Without a window manager (bare Xvfb) nobody does it
    when a dialog in front of it closes, which a desktop would."""
    window.activateWindow()
    wait_until(window.isActiveWindow, f"{window.objectName() or type(window).__name__} active")


def grab_window(window: QWidget, path: Path) -> Path:
    """The window as the X server shows it (QScreen.grabWindow on xcb), saved as PNG."""
    window.raise_()
    window.activateWindow()
    settle()
    window.repaint()
    settle()
    screen = window.screen() or QGuiApplication.primaryScreen()
    picture = screen.grabWindow(window.winId())
    if picture.isNull() or picture.width() < 100:  # a platform without window grabbing: render it
        picture = window.grab()
    check(picture.save(str(path), "PNG"), f"could not write {path}")
    return path
