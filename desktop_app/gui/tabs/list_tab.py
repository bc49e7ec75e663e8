"""What every list tab shares: debounced search, paged table, record count and empty state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.errors import BugError
from desktop_app.gui.error_display import show_error
from desktop_app.gui.list_setup import fit_widths
from desktop_app.gui.paged_table_model import Column, Listing, PagedTableModel
from desktop_app.services.text_search import too_short_to_search

# Typing pauses shorter than this are one search; a scanner's Enter searches at once.
SEARCH_DELAY_MS = 250
TABLE_PAGE, EMPTY_PAGE = 0, 1


class ListTab(QWidget):
    """Base of the four tabs; a subclass gives its form, title, columns and empty message."""

    # False for the tabs over the big tables (claims, work orders): one or two Latin letters or digits
    # list everything unfiltered until a third is typed (text_search.too_short_to_search, issue 8).
    searches_short_text = True

    def __init__(self, form: Any, listing: Listing, parent: QWidget | None = None, *,
                 search_cap: int | None = None, load_when_shown: bool = False) -> None:
        super().__init__(parent)
        # A tab behind another loads when it is first shown, not at start or on a reload while
        # hidden (issue 8: counting a million work orders is a tenth of a second of every start).
        self._load_when_shown = load_when_shown
        self._stale = False
        self.ui = form
        self.ui.setupUi(self)
        self.ui.empty_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the search as typed: never markup
        self.model = PagedTableModel(listing, self.columns(), parent=self, highlight=self.highlight(),
                                     search_cap=search_cap)
        self.ui.table_view.setModel(self.model)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.ui.search_edit.textChanged.connect(self._on_search_text_changed)
        self.ui.search_edit.returnPressed.connect(self._on_search_entered)
        self.model.reloaded.connect(self._on_reloaded)
        self.model.load_failed.connect(self._on_load_failed)
        self._set_column_widths()

    # --- what a tab defines -----------------------------------------------------------------
    def title(self) -> str:
        raise BugError(f"{type(self).__name__} must define title()")

    def columns(self) -> list[Column]:
        raise BugError(f"{type(self).__name__} must define columns()")

    def empty_message(self) -> str:
        """What to do next when there is nothing at all to list."""
        raise BugError(f"{type(self).__name__} must define empty_message()")

    def highlight(self) -> Callable[[Any], bool] | None:
        """Which rows need attention now (tinted and bold); None: no row stands out."""
        return None

    # --- actions -----------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        if not self.deferred_while_hidden():
            self.model.reload()

    def deferred_while_hidden(self) -> bool:
        """True (and the tab remembers to load when shown) if it loads when shown and is hidden now."""
        self._stale = self._load_when_shown and not self.isVisible()
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot()
    def focus_search(self) -> None:
        self.ui.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search_edit.selectAll()

    @Slot()
    def apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search_text()
        if text or self.model.search or not self.waiting_for_more():
            self.model.set_search(text)
        self.ui.count_label.setText(self.count_text())

    def search_text(self) -> str:
        """What the list searches for: the box's text, or nothing while it is too short to search."""
        return "" if self.waiting_for_more() else self.ui.search_edit.text().strip()

    def waiting_for_more(self) -> bool:
        """The box holds a text too short to search this tab's list (see ``searches_short_text``)."""
        return not self.searches_short_text and too_short_to_search(self.ui.search_edit.text())

    def selected_row(self) -> Any | None:
        """The record of the first selected row (None: nothing selected)."""
        rows = self.ui.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def enable_header_sorting(self) -> None:
        """A click on a header sorts (in the database); a third click returns to the list's own order."""
        header = self.ui.table_view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self.model.sort)

    def count_text(self) -> str:
        # An explicit context here and below: in a base class PySide's self.tr() would use the
        # subclass's name as context, which lupdate never sees. Two plain strings rather than a
        # plural (%n) call: pyside6-lupdate drops the plural marking of QCoreApplication.translate.
        total = self.model.total
        if self.waiting_for_more():
            text = QCoreApplication.translate("ListTab", "{count} records; type 3 or more letters or digits to search")
        elif self.model.search and self.model.more_than_cap:
            text = QCoreApplication.translate("ListTab", "More than {count} matches: type more to narrow the search")
            total = self.model.search_cap or total
        elif self.model.search:
            if total == 1:
                text = QCoreApplication.translate("ListTab", "{count} match")
            else:
                text = QCoreApplication.translate("ListTab", "{count} matches")
        elif total == 1:
            text = QCoreApplication.translate("ListTab", "{count} record")
        else:
            text = QCoreApplication.translate("ListTab", "{count} records")
        return text.format(count=QLocale().toString(total))

    # --- reactions ---------------------------------------------------------------------------
    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts: only the pause after the last key searches

    @Slot()
    def _on_search_entered(self) -> None:
        self.apply_search()
        if self.model.total == 1:
            # A scanned number found its one record: select it, keep the cursor for the next scan.
            self.ui.table_view.selectRow(0)

    @Slot(int)
    def _on_reloaded(self, total: int) -> None:
        self.ui.count_label.setText(self.count_text())
        if total:
            self.ui.pages.setCurrentIndex(TABLE_PAGE)
            return
        if self.model.search:
            message = QCoreApplication.translate("ListTab", "No records match “{search}”.")
            message = message.format(search=self.model.search)
        else:
            message = self.empty_message()
        self.ui.empty_label.setText(message)
        self.ui.pages.setCurrentIndex(EMPTY_PAGE)

    @Slot(object)
    def _on_load_failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _set_column_widths(self) -> None:
        """Widths in characters of the current font, so they scale with the font and DPI."""
        metrics = self.fontMetrics()
        header = self.ui.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_widths(header, {index: column.width_chars for index, column in enumerate(self.model.columns)}, metrics)
        # Compact rows: more records on screen than the style's roomy default.
        rows = self.ui.table_view.verticalHeader()
        rows.setMinimumSectionSize(metrics.height() + 4)
        rows.setDefaultSectionSize(metrics.height() + 10)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
