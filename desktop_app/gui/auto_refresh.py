"""Re-reads a list tab now and then, so what another counter saved shows without F5 (never mid-typing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QItemSelectionModel, QObject, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTableView, QTextEdit, QWidget,
)

# Other counters' dispatches show within this; each refresh is the tab's own few bounded statements.
REFRESH_INTERVAL_MS = 45_000
# A key pressed this recently means someone is typing: the refresh waits for the next round.
TYPING_PAUSE_MS = 5_000


class AutoRefresh(QObject):
    """Calls ``refresh`` every ``interval_ms`` while the tab is shown in the active window and nobody
    is typing, editing a field, or working in a dialog (``busy`` adds the tab's own reasons)."""

    def __init__(self, tab: QWidget, refresh: Callable[[], None], busy: Callable[[], bool] = lambda: False,
                 interval_ms: int = REFRESH_INTERVAL_MS) -> None:
        super().__init__(tab)
        self._tab = tab
        self._refresh = refresh
        self._busy = busy
        self.keys = key_clock()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timeout)
        self.timer.start()

    def set_interval(self, interval_ms: int) -> None:
        self.timer.start(interval_ms)

    def quiet(self) -> bool:
        """Nobody is in the middle of something a refresh could disturb."""
        tab = self._tab
        if not tab.isVisible() or not tab.window().isActiveWindow():
            return False
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return False
        if self.keys.last.isValid() and self.keys.last.elapsed() < TYPING_PAUSE_MS:
            return False
        focus = QApplication.focusWidget()
        search = getattr(getattr(tab, "ui", None), "search_edit", None)
        if focus is not None and focus is not search and _edits_text(focus):
            return False
        return not self._busy()

    @Slot()
    def _on_timeout(self) -> None:
        if self.quiet():
            self._refresh()


class KeyClock(QObject):
    """When a key was last pressed anywhere in the application: one filter shared by every tab."""

    def __init__(self, app: QObject) -> None:
        super().__init__(app)
        self.last = QElapsedTimer()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            self.last.start()
        return False


def key_clock() -> KeyClock:
    app = QApplication.instance()
    clock = app.findChild(KeyClock)
    return clock if clock is not None else KeyClock(app)


def _edits_text(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
        return not getattr(widget, "isReadOnly", lambda: False)()
    return isinstance(widget, QComboBox) and widget.isEditable()


def refresh_in_place(table: QTableView, key: Callable[[object], object]) -> object | None:
    """Refreshes the table's PagedTableModel keeping the selected record selected (by ``key``) and the
    scroll position; returns the selected record's key, or None when it left the list or none was."""
    model = table.model()
    selection = table.selectionModel()
    rows = selection.selectedRows()
    chosen = key(model.row_at(rows[0].row())) if rows else None
    scroll = table.verticalScrollBar().value(), table.horizontalScrollBar().value()
    selection.blockSignals(True)  # the record shown stays shown: the tab re-reads it itself
    try:
        if not model.refresh():
            return chosen
        found = next((r for r in range(model.rowCount()) if key(model.row_at(r)) == chosen), None) \
            if chosen is not None else None
        if found is None:
            selection.clearSelection()
        else:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            current = model.index(found, max(selection.currentIndex().column(), 0))
            selection.setCurrentIndex(current, flags)
    finally:
        selection.blockSignals(False)
    table.viewport().update()
    table.verticalScrollBar().setValue(scroll[0])
    table.horizontalScrollBar().setValue(scroll[1])
    return chosen if found is not None else None
