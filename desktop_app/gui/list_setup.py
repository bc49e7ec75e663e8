"""What the windows with a paged, searchable list set up alike: column widths, search as you type, the
Find and Refresh keys, and selecting a row by its key."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QWidget

from desktop_app.gui.paged_table_model import Column, PagedTableModel

SEARCH_DELAY_MS = 200


def fit_columns(view: QTableView, columns: Sequence[Column], metrics: QFontMetrics) -> None:
    """Each column ``width_chars`` digits of ``metrics`` wide; the last one takes the rest."""
    fit_widths(view.horizontalHeader(), {i: column.width_chars for i, column in enumerate(columns)}, metrics)
    view.horizontalHeader().setStretchLastSection(True)


def fit_widths(header: QHeaderView, widths_chars: Mapping[int, int], metrics: QFontMetrics,
               padding: int = 16) -> None:
    """Section ``i`` ``widths_chars[i]`` digits of ``metrics`` wide plus ``padding`` pixels, so widths scale
    with the font and DPI; sections not named, the resize mode and the last section's stretch stay as
    they are."""
    digit = metrics.horizontalAdvance("0")
    for i, chars in widths_chars.items():
        # Never narrower than its title: English titles run longer than Chinese ones.
        header.resizeSection(i, max(digit * chars + padding, header.sectionSizeHint(i)))


def chars_for(texts: Iterable[str], metrics: QFontMetrics) -> int:
    """The width in digits of ``metrics`` (as ``fit_widths`` takes it) that shows the widest of ``texts``
    whole: a column of labels sized for the language shown, not for the shorter Chinese ones."""
    digit = metrics.horizontalAdvance("0")
    return max((-(-metrics.horizontalAdvance(text) // digit) for text in texts), default=0)


def two_line_title(title: str, chars: int, metrics: QFontMetrics) -> str:
    """A column title wider than its ``chars`` digits broken into two lines at the space that leaves the
    shorter longest line (English titles run longer than the Chinese ones, which have no spaces and stay
    as they are); a title that fits stays on one line."""
    breaks = [i for i, char in enumerate(title)  # between two words: never in 24 小时内
              if char == " " and title[i - 1:i].isascii() and title[i + 1:i + 2].isascii()]
    if not breaks or metrics.horizontalAdvance(title) <= metrics.horizontalAdvance("0") * chars:
        return title
    broken = [title[:i] + "\n" + title[i + 1:] for i in breaks]
    return min(broken, key=lambda text: max(metrics.horizontalAdvance(line) for line in text.split("\n")))


def search_as_you_type(owner: QObject, edit: QLineEdit, apply: Callable[[], object],
                       delay_ms: int = SEARCH_DELAY_MS) -> QTimer:
    """``apply`` runs once typing in ``edit`` pauses for ``delay_ms``, and at once on Enter. It should
    stop the returned timer, or an Enter typed within the pause searches twice."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(apply)
    edit.textChanged.connect(timer.start)
    edit.returnPressed.connect(apply)
    return timer


def search_keys(window: QWidget, edit: QLineEdit, reload: Callable[[], object]) -> None:
    """Find (Ctrl+F) goes to the search field, Refresh (F5) reloads."""
    QShortcut(QKeySequence.StandardKey.Find, window, lambda: edit.setFocus(Qt.FocusReason.ShortcutFocusReason))
    QShortcut(QKeySequence.StandardKey.Refresh, window, reload)


def select_row(view: QTableView, model: PagedTableModel, attribute: str, value: object) -> bool:
    """Selects the first loaded row whose ``attribute`` is ``value``; False when the list does not show it."""
    for row in range(model.rowCount()):
        if getattr(model.row_at(row), attribute) == value:
            view.selectRow(row)
            return True
    return False
