"""An accept held while the database is still opening, done once it is (the start's dialogs)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

REFUSAL_STYLE = "color: #b00020;"
WAITING_STYLE = "color: #666666;"


class HeldAccept:
    """The dialog's OK button is disabled and ``note`` shown in grey in its message label while an
    accept waits; ``release`` says whether one waited (and undoes both), so the dialog redoes it."""

    def __init__(self, ok_button: QPushButton, message_label: QLabel) -> None:
        self._ok = ok_button
        self._label = message_label
        self._held = False

    def hold(self, note: str) -> None:
        self._held = True
        self._ok.setEnabled(False)
        self._label.setText(note)
        self._label.setStyleSheet(WAITING_STYLE)
        self._label.show()

    def release(self) -> bool:
        held, self._held = self._held, False
        if held:
            self._ok.setEnabled(True)
            self._label.hide()
        return held
