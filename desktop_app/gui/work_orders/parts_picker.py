"""Pick spare parts for an order: search by number or name, see on hand and prices, list what is needed."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QWidget

from desktop_app.gui.error_display import show_error
from desktop_app.gui.formatting import MISSING, money_text
from desktop_app.gui.forms.ui_work_order_parts_picker import Ui_PartsPicker
from desktop_app.gui.work_orders.grids import fill_grid, set_headers
from desktop_app.gui.work_orders.texts import join, yes_no
from desktop_app.services.work_order_support import PartChoice

SEARCH_DELAY_MS = 200
OTHER_MODEL = QColor("#8a8a8a")  # greyed: listed for other models only, issued with a reason (D5, D9)
FITS = QColor("#1b6e2f")  # the 适用本机 mark stands out from the model lists
MODELS_COLUMN = 2

Search = Callable[[str], list[PartChoice]]


class PartsPicker(QWidget):
    """Kept free of services: the dialog hands it a search function (its own order's model first) and the
    unit's model. The search lists the parts that fit first, so hiding the others is exact here."""

    lines_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartsPicker()
        self.ui.setupUi(self)
        self._search: Search | None = None
        self._model: str | None = None
        self._found: list[PartChoice] = []  # what the search returned; ``results`` is what the list shows
        self.results: list[PartChoice] = []
        self._lines: dict[int, tuple[PartChoice, int]] = {}  # part id -> (part, quantity), in the order added
        set_headers(self.ui.results_table, [self.tr("Part no."), self.tr("Name"), self.tr("Models"), self.tr("On hand"),
                                         self.tr("Cost price"), self.tr("Fee price"), self.tr("Wear part (W6)")],
                    stretch=1)  # the name
        set_headers(self.ui.chosen_table, [self.tr("Part no."), self.tr("Name"), self.tr("Qty"), self.tr("On hand"),
                                        self.tr("Cost price"), self.tr("Amount at cost")], stretch=1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        ui = self.ui
        ui.find_edit.textChanged.connect(self._timer.start)
        ui.find_edit.returnPressed.connect(self._on_find_entered)
        ui.find_edit.installEventFilter(self)
        ui.fits_only_check.toggled.connect(self._show_results)
        ui.results_table.activated.connect(self.add_selected)  # Enter or double-click
        ui.add_button.clicked.connect(self.add_selected)
        ui.remove_button.clicked.connect(self.remove_selected)

    def start(self, search: Search, model: str | None = None,
              lines: list[tuple[PartChoice, int]] = ()) -> None:  # type: ignore[assignment]
        """The next order's list: empty, or ``lines`` (the parts the customer accepted in the quote, E11);
        the first parts are listed at once. With the unit's ``model`` known only its own parts (and universal
        ones) are listed until the user asks for the others."""
        self._search, self._model = search, model
        self._lines = {part.id: (part, qty) for part, qty in lines}
        self.ui.find_edit.clear()
        self.ui.fits_only_check.setVisible(model is not None)
        self.ui.fits_only_check.blockSignals(True)  # one search below, not one per change
        self.ui.fits_only_check.setChecked(model is not None)
        self.ui.fits_only_check.blockSignals(False)
        self.ui.quantity_spin.setValue(1)
        self._show_lines()
        self.search()
        self.ui.find_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what the dialog reads -------------------------------------------------------------------
    def lines(self) -> list[tuple[int, int]]:
        return [(part.id, qty) for part, qty in self._lines.values()]

    def chosen(self) -> list[tuple[PartChoice, int]]:
        return list(self._lines.values())

    def total_at_cost(self) -> Decimal:
        return sum(((part.cost_price or Decimal("0")) * qty for part, qty in self._lines.values()), Decimal("0.00"))

    def shortages(self) -> list[tuple[PartChoice, int]]:
        return [(part, qty) for part, qty in self._lines.values() if qty > part.on_hand]

    def snapshot(self) -> tuple[tuple[int, int], ...]:
        return tuple(self.lines())

    def not_for_model(self) -> list[PartChoice]:
        """Chosen parts listed only for other models than the unit's (none while its model is unknown)."""
        return [part for part, _ in self._lines.values() if self._model is not None and not part.fits_model]

    # --- actions ---------------------------------------------------------------------------------
    @Slot()
    def search(self) -> None:
        self._timer.stop()
        if self._search is None:
            return
        try:
            self._found = self._search(self.ui.find_edit.text())
        except Exception as error:  # noqa: BLE001 - shown; the list keeps its last content
            show_error(self, error)
            return
        self._show_results()

    @Slot()
    def _show_results(self) -> None:
        """The unit's own parts marked, the others greyed with the models they are listed for."""
        known = self._model is not None
        only = known and self.ui.fits_only_check.isChecked()
        self.results = [p for p in self._found if p.fits_model] if only else list(self._found)
        rows = [(p.part_no, p.name, self._models_text(p), str(p.on_hand), money_text(p.cost_price),
                 money_text(p.fee_price), yes_no(p.is_wear_part)) for p in self.results]
        table = self.ui.results_table
        fill_grid(table, rows, right=(3, 4, 5), red={i for i, p in enumerate(self.results) if p.on_hand <= 0})
        for r, part in enumerate(self.results):
            table.item(r, MODELS_COLUMN).setToolTip("\n".join(part.compatible_models))
            if known and part.fits_model:
                table.item(r, MODELS_COLUMN).setForeground(QBrush(FITS))
            elif known:
                for c in range(table.columnCount()):
                    table.item(r, c).setForeground(QBrush(OTHER_MODEL))
        hidden = len(self._found) - len(self.results)
        self.ui.others_label.setText(self.tr("Parts listed for other models are hidden: {count}. Untick “Only "
                                             "parts for this unit” to see them.").format(count=hidden) if hidden else "")
        self.ui.others_label.setVisible(bool(hidden))
        if self.results:
            table.selectRow(0)

    def _models_text(self, part: PartChoice) -> str:
        if self._model is not None and part.fits_model:
            return self.tr("Fits this unit") if part.compatible_models else self.tr("Fits this unit (any model)")
        return "、".join(part.compatible_models) or self.tr("Any model")

    @Slot()
    def add_selected(self) -> None:
        rows = self.ui.results_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.results):
            return
        part = self.results[rows[0].row()]
        _, before = self._lines.get(part.id, (part, 0))
        self._lines[part.id] = (part, before + self.ui.quantity_spin.value())
        self.ui.quantity_spin.setValue(1)
        self._show_lines()
        self.lines_changed.emit()

    @Slot()
    def remove_selected(self) -> None:
        rows = self.ui.chosen_table.selectionModel().selectedRows()
        if not rows:
            return
        part_id = list(self._lines)[rows[0].row()]
        del self._lines[part_id]
        self._show_lines()
        self.lines_changed.emit()

    # --- reactions -------------------------------------------------------------------------------
    @Slot()
    def _on_find_entered(self) -> None:
        self.search()
        if self.results:
            self.ui.results_table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the search box goes to the list, as in any search field."""
        if (watched is self.ui.find_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down and self.results):
            self.ui.results_table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _show_lines(self) -> None:
        chosen = self.chosen()
        rows = [(p.part_no, p.name, str(qty), str(p.on_hand), money_text(p.cost_price),
                 money_text(p.cost_price * qty) if p.cost_price is not None else MISSING) for p, qty in chosen]
        fill_grid(self.ui.chosen_table, rows, right=(2, 3, 4, 5), red={i for i, (p, q) in enumerate(chosen) if q > p.on_hand})
        if chosen:
            self.ui.chosen_table.selectRow(len(chosen) - 1)
        self.ui.remove_button.setEnabled(bool(chosen))
        short = [self.tr("{part} (need {needed}, on hand {on_hand})").format(part=p.part_no, needed=q, on_hand=p.on_hand)
                 for p, q in self.shortages()]
        self.ui.short_label.setText(self.tr("Not enough in stock: {parts}. Issuing puts the order on “awaiting "
                                            "parts” until they arrive.").format(parts=join(short)) if short else "")

