"""The customers and units found as the operator types, listed under the search box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem

from desktop_app.core.vocabulary import CustomerKind
from desktop_app.gui.formatting import date_text
from desktop_app.services.lookup import CustomerMatch

ROLE = Qt.ItemDataRole.UserRole


class CustomerResults(QObject):
    """Down arrow from the search box enters the list; Enter on a customer or unit chooses it."""

    chosen = Signal(object, object)  # CustomerMatch, UnitBrief | None

    def __init__(self, tree: QTreeWidget, search_edit: QLineEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tree = tree
        self._search = search_edit
        tree.hide()
        tree.itemActivated.connect(self._on_activated)
        search_edit.installEventFilter(self)
        tree.installEventFilter(self)

    def show_matches(self, matches: list[CustomerMatch]) -> None:
        tree = self._tree
        tree.clear()
        for match in matches:
            name = match.name
            if match.kind is CustomerKind.COMPANY and match.contact_person:
                name = self.tr("{company} (contact: {person})").format(company=match.name,
                                                                      person=match.contact_person)
            top = QTreeWidgetItem(tree, [name, match.phone, match.city or "", match.address or ""])
            top.setData(0, ROLE, (match, None))
            for unit in match.units:
                sold = self.tr("sold {date}").format(date=date_text(unit.sale_date)) if unit.sale_date else ""
                # A bare eight-digit number reads as anything: the invoice number says what it is.
                invoice = self.tr("invoice {number}").format(number=unit.invoice_no) if unit.invoice_no else ""
                child = QTreeWidgetItem(top, [unit.model, unit.serial, sold, invoice])
                child.setData(0, ROLE, (match, unit))
            if match.units_not_listed:  # a company's fleet: its newest units only (services.lookup)
                more = QTreeWidgetItem(top, [self.tr("{count} more units not listed: type or scan the serial")
                                             .format(count=match.units_not_listed)])
                more.setFlags(Qt.ItemFlag.NoItemFlags)  # a note, not a choice
                more.setFirstColumnSpanned(True)
        tree.expandAll()
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        tree.setVisible(bool(matches))

    def matches(self) -> list[CustomerMatch]:
        return [self._tree.topLevelItem(i).data(0, ROLE)[0] for i in range(self._tree.topLevelItemCount())]

    def hide(self) -> None:
        self._tree.clear()
        self._tree.hide()

    def choose(self, item: QTreeWidgetItem) -> None:
        customer, unit = item.data(0, ROLE)
        self.chosen.emit(customer, unit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self._search and event.key() == Qt.Key.Key_Down and self._tree.isVisible():
            self._tree.setFocus(Qt.FocusReason.OtherFocusReason)
            if self._tree.currentItem() is None:
                self._tree.setCurrentItem(self._tree.topLevelItem(0))
            return True
        if watched is self._tree and event.key() == Qt.Key.Key_Escape:
            self._search.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    @Slot(QTreeWidgetItem, int)
    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.choose(item)
