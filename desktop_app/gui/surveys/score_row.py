"""One survey question with its 1-5 score: a single focus stop; digits 1-5 score it (fast entry)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QHBoxLayout, QLabel, QRadioButton, QSizePolicy, QVBoxLayout, QWidget,
)

SCORES = (1, 2, 3, 4, 5)
_DIGITS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}
_CLEAR = (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
# The focused question stands out: the digits typed go there.
ROW_STYLE = ("ScoreRow { border: 1px solid transparent; border-radius: 3px; }"
             " ScoreRow:focus { background: #e3eefc; border-color: #3b78d8; }")


class ScoreRow(QFrame):
    """The radio buttons take no focus: the row does, so Tab moves question by question."""

    scored = Signal(int)  # by a digit key: the form moves on to the next question
    changed = Signal()  # by key or mouse

    def __init__(self, code: str, number: int, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setObjectName(f"score_row_{code}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(ROW_STYLE)
        self.setAccessibleName(question)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 2, 6, 2)
        outer.setSpacing(0)
        layout = QHBoxLayout()
        outer.addLayout(layout)
        self.error_label = QLabel(self)  # the row's own message, shown under it (FieldErrors)
        self.error_label.setObjectName(f"{code}_error")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        outer.addWidget(self.error_label)
        self.question_label = QLabel(f"{number}. {question}", self)
        self.question_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.question_label)
        self.group = QButtonGroup(self)
        for score in SCORES:
            button = QRadioButton(str(score), self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"score_{code}_{score}")
            self.group.addButton(button, score)
            layout.addWidget(button)
        self.group.idClicked.connect(lambda _score: self.changed.emit())

    def score(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in SCORES else None

    def set_score(self, score: int | None) -> None:
        if score is None:
            # An exclusive group keeps one button checked; clearing needs it off for a moment.
            self.group.setExclusive(False)
            for button in self.group.buttons():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.group.button(score).setChecked(True)
        self.setAccessibleDescription(str(score or ""))
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = Qt.Key(event.key())
        if key in _DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.set_score(_DIGITS[key])
            self.scored.emit(_DIGITS[key])
        elif key in _CLEAR:
            self.set_score(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            self.set_score(min(max((self.score() or (0 if step > 0 else 6)) + step, 1), 5))
        else:
            super().keyPressEvent(event)
