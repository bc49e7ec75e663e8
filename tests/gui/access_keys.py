"""Alt+letter access keys of the controls visible together in one window, and the letters two of them share."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget


def access_key(text: str) -> str:
    """Qt's own rule (QKeySequence::mnemonic): the letter after the first single `&`; "" when there is none."""
    return QKeySequence.mnemonic(text).toString()


def _texts(widget: QWidget) -> list[str]:
    """The texts whose `&X` a widget of this kind turns into a window-wide Alt+X shortcut."""
    if isinstance(widget, QLabel):
        # A label's access key moves the focus to its buddy; without a buddy it is plain text.
        return [widget.text()] if widget.buddy() is not None else []
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(widget, QMenuBar):
        return [action.text() for action in widget.actions() if action.isVisible()]
    return []


def access_keys(window: QWidget) -> dict[str, list[str]]:
    """Every access key in `window` (a shown top-level widget) with the controls that carry it.

    Only controls on screen count: a hidden page, tab or form row grabs no shortcut that can clash.
    Disabled controls count: Qt still registers their shortcut, so a shared letter stays ambiguous.
    Widgets of another top-level window parented to this one (open dialogs) are left out.
    """
    keys: dict[str, list[str]] = defaultdict(list)
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisible():
            continue
        for text in _texts(widget):
            key = access_key(text)
            if key:
                keys[key].append(f"{type(widget).__name__} {widget.objectName() or '?'} {text!r}")
    return dict(keys)


def duplicate_keys(window: QWidget) -> dict[str, list[str]]:
    """The access keys that two or more visible controls share: Alt+key only moves the focus between them."""
    return {key: owners for key, owners in access_keys(window).items() if len(owners) > 1}


class Clashes(dict):
    """Shared letters by window and mode, gathered so that one test run names every clash it meets."""

    def check(self, window: QWidget, where: str = "") -> None:
        assert window.isVisible(), f"{type(window).__name__} {where} is not on screen"
        found = duplicate_keys(window)
        if found:
            self[f"{type(window).__name__} {where}".strip()] = found

    def __str__(self) -> str:
        return "\n".join(f"{window}: {key} shared by {' and '.join(owners)}"
                         for window, found in self.items() for key, owners in found.items())
