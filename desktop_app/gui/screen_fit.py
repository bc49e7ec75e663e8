"""Windows open no bigger than the screen they open on, centred on the window that opened them.

Counters run on 1366×768 screens: after the taskbar and a title bar about 690 px of height are left,
and a window taller than that hides its bottom buttons under the taskbar.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window manager's frame around the size we set: the title bar and bottom edge (Windows 10/11:
# about 31 + 8 px) and the side edges. Sizes set with resize() exclude them.
FRAME_HEIGHT = 40
FRAME_WIDTH = 16


def available_geometry(window: QWidget) -> QRect:
    """The part of the window's screen (else its parent's, else the primary one) not taken by taskbars."""
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or window.screen() \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def opening_size(wanted: QSize, available: QSize) -> QSize:
    """``wanted`` shrunk, where needed, so that it fits ``available`` with the window's frame."""
    return QSize(min(wanted.width(), available.width() - FRAME_WIDTH),
                 min(wanted.height(), available.height() - FRAME_HEIGHT))


def fit_to_screen(window: QWidget, wanted: QSize | None = None, available: QRect | None = None) -> QSize:
    """Resizes ``window`` to ``wanted`` (default: its size from the form) capped to ``available`` (default:
    its screen's available geometry), and centres it on its parent's window, kept inside the screen.
    Content that needs more room should scroll: its minimum size still wins over the cap."""
    area = available if available is not None else available_geometry(window)
    size = opening_size(wanted if wanted is not None else window.size(), area.size())
    window.resize(size)
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else area.center()
    size = window.size()  # the minimum size may have won
    top_left = centre - QPoint(size.width() // 2, (size.height() + FRAME_HEIGHT) // 2)
    # Inside the screen, the title bar first: a window that cannot fit shows its top.
    x = max(area.left(), min(top_left.x(), area.right() + 1 - size.width() - FRAME_WIDTH))
    y = max(area.top(), min(top_left.y(), area.bottom() + 1 - size.height() - FRAME_HEIGHT))
    window.move(x, y)
    return size
