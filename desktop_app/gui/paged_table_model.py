"""One table model for every list tab: lazy pages from a Listing, cached rows, typed columns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont


DEFAULT_PAGE_SIZE = 200
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
# A row that needs attention now (an overdue reply, S1): tinted and bold, readable in both themes.
HIGHLIGHT_BACKGROUND = QColor("#fbd5d2")
HIGHLIGHT_FOREGROUND = QColor("#7a0b06")

AnyIndex = QModelIndex | QPersistentModelIndex


class Listing(Protocol):
    """What services.listings offers: a filtered count and a page of row dataclasses."""

    def count(self, search: str = "", *, at_most: int | None = None) -> int: ...

    def fetch(self, offset: int, limit: int, search: str = "") -> list[Any]: ...


class CappedListing(Listing, Protocol):
    """A listing whose searches the model counts up to a cap (``search_cap``): services.listing_base's."""

    def first_page(self, search: str, *, at_most: int, limit: int) -> tuple[int, list[Any]]: ...


@dataclass(frozen=True)
class Column:
    """A column: translated header, how a row shows in it, alignment and width in characters."""

    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = LEFT
    width_chars: int = 12
    tooltip: Callable[[Any], str] | None = None
    sort_key: str | None = None  # the listing's sort column (Listing.sort_columns); None: not sortable


class PagedTableModel(QAbstractTableModel):
    """``rowCount`` is the rows loaded so far; the view asks for more pages as it scrolls."""

    reloaded = Signal(int)  # total matching rows after a reload
    load_failed = Signal(object)  # the exception; the tab shows it (never a traceback)

    def __init__(self, listing: Listing, columns: list[Column], *, page_size: int = DEFAULT_PAGE_SIZE,
                 parent: Any = None, highlight: Callable[[Any], bool] | None = None,
                 search_cap: int | None = None) -> None:
        super().__init__(parent)
        self._highlight = highlight
        self._listing = listing
        self._columns = columns
        self._page_size = page_size
        # A search counts at most this many matches (listing_base.SEARCH_COUNT_CAP); None: exact.
        self._search_cap = search_cap
        self._rows: list[Any] = []
        self._total = 0
        self._more = False  # the search matched more than the cap: pages go on while they are full
        self._search = ""

    # --- what the tab asks -----------------------------------------------------------------
    @property
    def total(self) -> int:
        """Matching rows; when ``more_than_cap`` is true, only that there are more than ``search_cap``."""
        return self._total

    @property
    def more_than_cap(self) -> bool:
        return self._more

    @property
    def search_cap(self) -> int | None:
        return self._search_cap

    @property
    def search(self) -> str:
        return self._search

    @property
    def columns(self) -> list[Column]:
        return self._columns

    @property
    def listing(self) -> Listing:
        return self._listing

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def set_search(self, search: str) -> None:
        self._search = search.strip()
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Drops the cache and loads the count and the first page afresh."""
        cap = self._active_cap()
        try:
            total, rows = self._first_rows(self._page_size)
        except Exception as error:  # noqa: BLE001 - reported to the user by the tab
            self.load_failed.emit(error)
            return
        self.beginResetModel()
        self._rows = rows
        self._more = cap is not None and total > cap
        # Rows may have been added since the count; never claim fewer than we hold.
        self._total = max(total, len(rows))
        self.endResetModel()
        self.reloaded.emit(self._total)

    def refresh(self) -> bool:
        """Reads the count and the rows loaded so far again, in place (no reset): the view keeps its
        scroll position, and what the other counters changed shows. Two statements at most, whatever
        was loaded."""
        cap = self._active_cap()
        wanted = max(len(self._rows), self._page_size)
        try:
            total, rows = self._first_rows(wanted)
        except Exception as error:  # noqa: BLE001 - reported to the user by the tab
            self.load_failed.emit(error)
            return False
        old, new = len(self._rows), len(rows)
        kept = min(old, new)
        if new < old:  # orders left the list (another counter moved them on)
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            del self._rows[new:]
            self.endRemoveRows()
        self._rows[:kept] = rows[:kept]
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows.extend(rows[old:])
            self.endInsertRows()
        if kept:
            self.dataChanged.emit(self.index(0, 0), self.index(kept - 1, len(self._columns) - 1))
        self._more = cap is not None and total > cap
        self._total = max(total, len(self._rows))
        self.reloaded.emit(self._total)
        return True

    def _active_cap(self) -> int | None:
        """The cap the current search is counted up to; None without a search or a cap."""
        return self._search_cap if self._search else None

    def _first_rows(self, limit: int) -> tuple[int, list[Any]]:
        """The count and the first ``limit`` rows; a capped search both in one statement (issue 8)."""
        cap = self._active_cap()
        if cap is not None:
            return cast(CappedListing, self._listing).first_page(self._search, at_most=cap, limit=limit)
        total = self._listing.count(self._search)
        return total, (self._listing.fetch(0, limit, self._search) if total else [])

    # --- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        try:
            page = self._listing.fetch(len(self._rows), self._page_size, self._search)
        except Exception as error:  # noqa: BLE001
            self._total = len(self._rows)  # stop asking until the next reload
            self.load_failed.emit(error)
            return
        if not page:
            self._total = len(self._rows)  # rows were deleted meanwhile: the list ends here
            self._more = False
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()
        if self._more:  # more than were counted: a full page promises another, a short one ends the list
            full = len(page) == self._page_size
            self._total = max(self._total, len(self._rows) + 1) if full else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        if self._highlight is not None and role in _HIGHLIGHT_ROLES and self._highlight(row):
            return _highlight_value(role)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[section].align
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The header's sort indicator becomes the listing's ORDER BY; -1 restores its own order."""
        # In the database, not here: the model holds only the pages loaded so far.
        if not hasattr(self._listing, "sort"):
            return
        key = self._columns[column].sort_key if 0 <= column < len(self._columns) else None
        descending = order == Qt.SortOrder.DescendingOrder
        self._listing.sort = (key, descending) if key else None  # type: ignore[attr-defined]
        self.reload()


_HIGHLIGHT_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)


def _highlight_value(role: int) -> Any:
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(HIGHLIGHT_BACKGROUND)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(HIGHLIGHT_FOREGROUND)
    font = QFont()
    font.setBold(True)
    return font
