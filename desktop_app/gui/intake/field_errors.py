"""Field-level messages: a red label next to each field, the first wrong field focused."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDateTimeEdit, QDialog, QDoubleSpinBox, QLabel,
                               QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit, QWidget)

from desktop_app.errors import ValidationError
from desktop_app.gui.error_display import error_text
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP

# Dates are typed, not picked: the fastest at a counter. Forgiven separators: - / . or none.
_DATE = re.compile(r"^\s*(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?\s*$")
BAD_DATE = QT_TRANSLATE_NOOP("Errors", "Enter the date as YYYY-MM-DD, e.g. 2026-03-18.")
# Read as a date but not on the calendar (2026-02-30, 2026/13/45): the format was right, the day is not.
NO_SUCH_DATE = QT_TRANSLATE_NOOP("Errors", "{date} is not a valid date.")


def parse_date(text: str, field: str) -> dt.date | None:
    """Empty is None; ``2026-03-18``, ``2026/3/18`` and ``20260318`` are the same day."""
    if not text.strip():
        return None
    match = _DATE.match(half_width(text))
    if match is None:
        raise ValidationError(BAD_DATE, field=field)
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        raise ValidationError(NO_SUCH_DATE, field=field, date=text.strip()) from None


def half_width(text: str) -> str:
    """A Chinese input method types full-width digits and separators (２０２６－１１－０１, １４：３０):
    NFKC makes them the ASCII ones the patterns read, as phone numbers already are."""
    return unicodedata.normalize("NFKC", text)


def _changed(widget: QWidget) -> list[SignalInstance]:
    """The signals that say the user changed what ``widget`` holds."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):  # an editable one's typed text too
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QDateTimeEdit):
        return [widget.dateTimeChanged]
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return [widget.valueChanged]
    return []  # a table: its cells are edited in place, the next save judges them again


@dataclass(frozen=True)
class _Shown:
    field: str
    text: str
    rechecked: bool  # the form's own check judges it again (recheck); False: a service's refusal


class FieldErrors:
    """Maps a service's field names to the widget to focus and the label to show the message in."""

    # ``fields`` come in reading order, so the first wrong field is the one the eye meets first;
    # an error for an unknown field goes to ``general``: no message is ever dropped.
    # A message goes once its field changes, or a widget it depends on (``depends``: the "serial
    # unknown" box for the serial): a message about what is no longer there misleads.

    def __init__(self, fields: Sequence[tuple[str, QWidget, QLabel]], general: QLabel,
                 aliases: dict[str, str] | None = None,
                 depends: Mapping[str, Sequence[QWidget]] | None = None) -> None:
        self._fields = list(fields)
        self._general = general
        self._aliases = aliases or {}
        self._shown: list[_Shown] = []  # in the order the errors came (several fields may share a label)
        self.clear()
        watched = [(name, widget) for name, widget, _label in self._fields]
        watched += [(name, widget) for name, widgets in (depends or {}).items() for widget in widgets]
        for name, widget in watched:
            for signal in _changed(widget):
                signal.connect(partial(self._forget, {name}))

    def clear(self) -> None:
        self._shown = []
        for _name, _widget, label in self._fields:
            label.clear()
            label.hide()
        self._general.clear()

    def show(self, errors: Sequence[ValidationError], *, rechecked: bool = False) -> None:
        """``rechecked``: found by the form's own check, which ``recheck`` runs again as the user types;
        a service's refusal is not (that check cannot judge it): only an edit of its field clears it."""
        self.clear()
        known = {name for name, _widget, _label in self._fields}
        general: list[str] = []
        for error in errors:
            name = self._name(error)
            if name in known:
                self._shown.append(_Shown(name, error_text(error), rechecked))
            else:
                general.append(error_text(error))
        self._general.setText("\n".join(general))
        self._render(known)
        _fit_dialog(self._general)
        self.focus_first()

    def recheck(self, errors: Sequence[ValidationError]) -> None:
        """The form's own check run again as the user types: messages it no longer finds go; none is added
        (a field half typed is not wrong yet, the next save says so)."""
        still = {self._name(error) for error in errors}
        self._forget({s.field for s in self._shown if s.rechecked and s.field not in still})

    def has_messages(self) -> bool:
        return bool(self._shown)

    def message(self, field: str) -> str:
        """The message shown next to ``field`` (empty if none): what tests and screen readers read."""
        for name, _widget, label in self._fields:
            if name == field:
                return "" if label.isHidden() else label.text()
        return ""

    def focus_first(self) -> None:
        wrong = {s.field for s in self._shown}
        for name, widget, label in self._fields:
            if (name in wrong if wrong else not label.isHidden()) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _name(self, error: ValidationError) -> str:
        return self._aliases.get(error.field or "", error.field or "")

    def _forget(self, names: set[str], *_signal_args: object) -> None:
        if not any(s.field in names for s in self._shown):
            return
        self._shown = [s for s in self._shown if s.field not in names]
        self._render(names)

    def _render(self, names: set[str]) -> None:
        """Rewrites the labels of ``names`` from what is still shown (a shared label keeps the others')."""
        labels = {id(label): label for name, _widget, label in self._fields if name in names}
        for label in labels.values():
            owners = {name for name, _widget, own in self._fields if own is label}
            text = "\n".join(s.text for s in self._shown if s.field in owners)
            label.setText(text)
            label.setVisible(bool(text))


def _fit_dialog(anchor: QWidget) -> None:
    """A dialog's layout sizes it without the height wrapped labels need at its width: a message shown
    under a field was cut in half. The dialog grows to its contents' height at its width; never shrinks."""
    dialog = anchor.window()
    layout = dialog.layout() if isinstance(dialog, QDialog) else None
    if layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()
    needed = dialog.heightForWidth(dialog.width())
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
