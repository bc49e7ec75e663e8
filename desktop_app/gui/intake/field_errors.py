"""Field-level messages: a red label next to each field, the first wrong field focused."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.errors import ValidationError
from desktop_app.gui.error_display import error_text
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# Dates are typed, not picked: the fastest at a counter. Forgiven separators: - / . or none.
_DATE = re.compile(r"^\s*(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?\s*$")
BAD_DATE = QT_TRANSLATE_NOOP("Errors", "Enter the date as YYYY-MM-DD, e.g. 2026-03-18.")


def parse_date(text: str, field: str) -> dt.date | None:
    """Empty is None; ``2026-03-18``, ``2026/3/18`` and ``20260318`` are the same day."""
    if not text.strip():
        return None
    match = _DATE.match(half_width(text))
    try:
        if match is None:
            raise ValueError(text)
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValidationError(BAD_DATE, field=field) from None


def half_width(text: str) -> str:
    """A Chinese input method types full-width digits and separators (２０２６－１１－０１, １４：３０):
    NFKC makes them the ASCII ones the patterns read, as phone numbers already are."""
    return unicodedata.normalize("NFKC", text)


class FieldErrors:
    """Maps a service's field names to the widget to focus and the label to show the message in."""

    # ``fields`` come in reading order, so the first wrong field is the one the eye meets first;
    # an error for an unknown field goes to ``general``: no message is ever dropped.

    def __init__(self, fields: Sequence[tuple[str, QWidget, QLabel]], general: QLabel,
                 aliases: dict[str, str] | None = None) -> None:
        self._fields = list(fields)
        self._general = general
        self._aliases = aliases or {}
        self._wrong: set[str] = set()  # the fields named by the last errors (several may share a label)
        self.clear()

    def clear(self) -> None:
        self._wrong = set()
        for _name, _widget, label in self._fields:
            label.clear()
            label.hide()
        self._general.clear()

    def show(self, errors: Sequence[ValidationError]) -> None:
        self.clear()
        by_name = {name: (widget, label) for name, widget, label in self._fields}
        general: list[str] = []
        for error in errors:
            name = self._aliases.get(error.field or "", error.field or "")
            if name in by_name:
                self._wrong.add(name)
                label = by_name[name][1]
                label.setText("\n".join(filter(None, (label.text(), error_text(error)))))
                label.show()
            else:
                general.append(error_text(error))
        self._general.setText("\n".join(general))
        self.focus_first()

    def message(self, field: str) -> str:
        """The message shown next to ``field`` (empty if none): what tests and screen readers read."""
        for name, _widget, label in self._fields:
            if name == field:
                return "" if label.isHidden() else label.text()
        return ""

    def focus_first(self) -> None:
        for name, widget, label in self._fields:
            wrong = name in self._wrong if self._wrong else not label.isHidden()
            if wrong and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
