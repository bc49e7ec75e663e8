"""The one question every form asks before typed input is lost (Esc, Cancel, the close box)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def discard_confirmed(parent: QWidget, title: str, question: str) -> bool:
    """True when the user chose to discard; Cancel is the default, so Enter or Esc keeps the input.
    The caller passes its own translated texts (lupdate finds them there)."""
    buttons = QMessageBox.StandardButton
    return QMessageBox.question(parent, title, question, buttons.Discard | buttons.Cancel,
                                buttons.Cancel) == buttons.Discard
