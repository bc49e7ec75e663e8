"""What the parts windows share: permission guards on buttons, the message line, movement-kind names."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QWidget

from desktop_app.core.permissions import Permission, allows
from desktop_app.core.vocabulary import MovementKind
from desktop_app.gui.error_display import qt_translate
from desktop_app.gui.formatting import money_text
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import MissingPermission

_OWN_TIP = "_parts_own_tooltip"
OK_STYLE, ERROR_STYLE = "color: #1b5e20;", "color: #b00020;"
_KINDS = {
    MovementKind.RECEIPT: QT_TRANSLATE_NOOP("PartsTexts", "Receipt"),
    MovementKind.ISSUE: QT_TRANSLATE_NOOP("PartsTexts", "Issue"),
    MovementKind.RETURN_TO_STOCK: QT_TRANSLATE_NOOP("PartsTexts", "Return to stock"),
    MovementKind.ADJUSTMENT: QT_TRANSLATE_NOOP("PartsTexts", "Stock-take adjustment"),
}
TOOL_CHECK_IN = QT_TRANSLATE_NOOP("PartsTexts", "Tool check-in (E9)")


def guard(widget: QWidget, actor: Actor, permission: Permission) -> bool:
    """Enables ``widget`` if the actor may; else disables it and says why. Returns whether allowed."""
    if widget.property(_OWN_TIP) is None:
        widget.setProperty(_OWN_TIP, widget.toolTip())  # the form's own tooltip, restored when allowed
    allowed = allows(actor.role, permission)
    widget.setEnabled(allowed)
    widget.setToolTip(widget.property(_OWN_TIP) if allowed else MissingPermission(permission).render(qt_translate))
    return allowed


def show_message(label: QLabel, text: str, ok: bool = True) -> None:
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)


def kind_text(kind: MovementKind, tool: bool = False) -> str:
    return QCoreApplication.translate("PartsTexts", TOOL_CHECK_IN if tool else _KINDS[kind])


def bring_up(window: QWidget) -> None:
    """Shows a non-modal window, in front even when it was open behind the main window."""
    was_open = window.isVisible()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    if was_open:
        window.raise_()  # open already, perhaps behind the main window
    window.activateWindow()


def compact(*tables: QAbstractItemView) -> None:
    """Rows one text line high, no row numbers: these lists are read, not counted."""
    for table in tables:
        rows = table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)


def equal_columns(*tables: QAbstractItemView) -> None:
    """Figures side by side: every column the same share of the width, none stretched alone."""
    for table in tables:
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)


def balance_text(value: Decimal) -> str:
    """A balance that may be below zero: -¥2,300.00, not ¥-2,300.00."""
    return f"-{money_text(-value)}" if value < 0 else money_text(value)
