"""Locks the counter after minutes without input, and lets the next person take over the window.

Protocols for whoever adds a tab or a window to the main window:

* **Unsaved work** — a tab (in ``MainWindow.tabs``) or a window parented directly to the main
  window that can hold typed-but-unsaved input implements ``has_unsaved_changes() -> bool`` and
  ``discard_changes() -> None`` (see ``UnsavedWork``). When another user signs in at the lock
  screen, the lock asks every participant; if any says yes, the new user is warned and chooses
  to go back (the first user may still unlock and save) or to discard, and then each participant
  with unsaved changes gets ``discard_changes()``, which must drop the input and close its form
  without asking again. A tab answers for the windows it opened itself (the claims tab does).
* **Acting for the user** — a tab that remembers the actor implements ``set_actor(actor)``
  (see ``ActsForUser``); ``MainWindow.set_actor`` passes the new user on after a switch.

While locked, the main window and every visible window parented to it (at any depth) are
covered, so no customer data stays on screen; the lock dialog is application-modal.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop_app import APP_NAME, APP_NAME_ZH
from desktop_app.gui.dialogs.lock_dialog import LockDialog
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor

MS_PER_MINUTE = 60_000
# Any of these from the person at the counter means "still here"; timers and repaints do not.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


@runtime_checkable
class UnsavedWork(Protocol):
    def has_unsaved_changes(self) -> bool: ...

    def discard_changes(self) -> None: ...


@runtime_checkable
class ActsForUser(Protocol):
    def set_actor(self, actor: Actor) -> None: ...


class LockableWindow(Protocol):
    """What the lock needs of the main window."""

    lock_requested: object  # Signal(): the Lock menu entry (Ctrl+L)

    @property
    def actor(self) -> Actor: ...

    @property
    def tabs(self) -> list[QWidget]: ...

    def set_actor(self, actor: Actor) -> None: ...

    def show_message(self, text: str) -> None: ...


def minutes_to_ms(minutes: float) -> int:
    """The setting is in minutes; 0 or less turns the idle lock off (Ctrl+L still locks)."""
    return max(0, int(minutes * MS_PER_MINUTE))


def unsaved_work(window: QWidget) -> list[UnsavedWork]:
    """The window's tabs and its direct child windows that take part in the protocol."""
    # A tab not made yet (the main window makes them when first shown) holds nothing unsaved.
    tabs = list(window.built_tabs() if hasattr(window, "built_tabs") else getattr(window, "tabs", []))
    windows = [w for w in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
               if w.isWindow() and w not in tabs]
    return [part for part in tabs + windows if isinstance(part, UnsavedWork)]


def has_unsaved_work(window: QWidget) -> bool:
    return any(part.has_unsaved_changes() for part in unsaved_work(window))


def discard_unsaved_work(window: QWidget) -> None:
    for part in unsaved_work(window):
        if part.has_unsaved_changes():
            part.discard_changes()


class ContentCover(QWidget):
    """An opaque sheet over a whole window, following its size, until removed."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("content_cover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#content_cover { background: #eceff1; } QLabel { color: #607d8b; }")
        layout = QVBoxLayout(self)
        text = QCoreApplication.translate("IdleLock", "Locked")
        note = QLabel(f"{APP_NAME_ZH} {APP_NAME}\n{text}", self)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setStyleSheet("font-size: 20pt;")
        # In the upper part: the lock dialog sits in the middle and would hide it.
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addStretch(4)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        return False


class IdleLock(QObject):
    """An application-wide event filter restarts the countdown on every key press or mouse move."""

    locked = Signal()
    unlocked = Signal()
    user_switched = Signal(object)  # the new Actor

    def __init__(self, window: LockableWindow, accounts: AccountService, interval_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._accounts = accounts
        self._interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self._dialog: LockDialog | None = None
        self._covers: list[ContentCover] = []
        self._focus: QWidget | None = None
        window.lock_requested.connect(self.lock)  # type: ignore[attr-defined]
        QApplication.instance().installEventFilter(self)
        self._restart()

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def set_interval_ms(self, interval_ms: int) -> None:
        """A changed setting takes effect at once; 0 or less: no locking by itself."""
        self._interval_ms = interval_ms
        if interval_ms <= 0:
            self._timer.stop()
        elif self._dialog is None:
            self._restart()

    def remaining_ms(self) -> int:
        """Time left before locking; -1 when not counting (locked, or turned off)."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    @property
    def is_locked(self) -> bool:
        return self._dialog is not None

    @property
    def dialog(self) -> LockDialog | None:
        return self._dialog

    @property
    def covers(self) -> list[ContentCover]:
        return list(self._covers)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and self._dialog is None:
            self._restart()
        return False  # only watching: the event goes on as usual

    def _restart(self) -> None:
        if self._interval_ms > 0:
            self._timer.start(self._interval_ms)

    @Slot()
    def lock(self) -> None:
        """Covers the windows and asks for a password; does nothing if already locked."""
        if self._dialog is not None:
            return
        self._timer.stop()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or combo list would show above the cover
        self._focus = QApplication.focusWidget()
        window: QWidget = self._window  # type: ignore[assignment]
        self._covers = [ContentCover(w) for w in self._windows_to_cover(window)]
        dialog = LockDialog(self._accounts, self._window.actor, lambda: has_unsaved_work(window), window)
        dialog.unlocked.connect(self._on_unlocked)
        dialog.switched.connect(self._on_switched)
        self._dialog = dialog
        dialog.show()  # a new window opens in front
        dialog.activateWindow()
        self.locked.emit()

    @staticmethod
    def _windows_to_cover(window: QWidget) -> list[QWidget]:
        covered = [window]
        for top in QApplication.topLevelWidgets():
            if top is window or not top.isVisible() or top.windowType() in (Qt.WindowType.Popup,
                                                                            Qt.WindowType.ToolTip):
                continue
            owner = top.parentWidget()
            while owner is not None and owner is not window:
                owner = owner.parentWidget()
            if owner is window:
                covered.append(top)
        return covered

    @Slot()
    def _on_unlocked(self) -> None:
        self._release()
        self.unlocked.emit()

    @Slot(object, bool)
    def _on_switched(self, actor: Actor, discard: bool) -> None:
        window: QWidget = self._window  # type: ignore[assignment]
        if discard:
            discard_unsaved_work(window)
        previous = self._window.actor
        self._window.set_actor(actor)
        self._release()
        self._window.show_message(QCoreApplication.translate("IdleLock", "{name} took over from {previous}.")
                                  .format(name=actor.display_name, previous=previous.display_name))
        self.user_switched.emit(actor)

    def _release(self) -> None:
        for cover in self._covers:
            if isValid(cover):
                cover.hide()
                cover.deleteLater()
        self._covers = []
        if self._dialog is not None:
            self._dialog.deleteLater()
            self._dialog = None
        focus, self._focus = self._focus, None
        if focus is not None and isValid(focus) and focus.isVisible():
            focus.activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._restart()
