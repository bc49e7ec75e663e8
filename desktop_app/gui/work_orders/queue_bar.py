"""The queue buttons above the list: each with its count; Alt+1…Alt+6 choose them from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QPushButton, QWidget

from desktop_app.core.roles import Role
from desktop_app.gui.work_orders.texts import text_of
from desktop_app.services.listings import WorkOrderQueue as Q

QUEUE_ORDER = (Q.ALL, Q.MINE, Q.TO_DISPATCH, Q.AWAITING_PARTS, Q.READY_FOR_PICKUP, Q.OVERDUE)
# Where each role starts (DOMAIN "A day at the counter"): the bench, dispatch (E1), pickup.
DEFAULT_QUEUE = {Role.TECHNICIAN: Q.MINE, Role.SUPERVISOR: Q.TO_DISPATCH, Role.OPERATOR: Q.READY_FOR_PICKUP,
                 Role.MANAGER: Q.ALL}
OVERDUE_STYLE = "color: #b00020; font-weight: bold;"


class QueueBar(QObject):
    queue_chosen = Signal(object)  # WorkOrderQueue

    def __init__(self, buttons: list[QPushButton], shortcut_parent: QWidget) -> None:
        super().__init__(shortcut_parent)
        self.buttons = dict(zip(QUEUE_ORDER, buttons, strict=True))
        self._counts: dict[Q, int] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for index, (queue, button) in enumerate(self.buttons.items()):
            self._group.addButton(button, index)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            # Only while the tab is shown: other tabs may give the keys another meaning.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, b=button: b.isHidden() or b.click())
            shortcut_parent.addAction(action)
            button.setToolTip(self.tr("Show this queue (Alt+{n})").format(n=index + 1))
        self._group.buttonClicked.connect(self._on_clicked)
        self.buttons[Q.OVERDUE].setToolTip(self.tr(
            "Waiting for dispatch longer than a day, or on site later than the customer asked (S3) (Alt+6)"))
        self.set_counts({})

    @property
    def current(self) -> Q:
        index = self._group.checkedId()
        return QUEUE_ORDER[index] if index >= 0 else Q.ALL

    def select(self, queue: Q) -> None:
        """Checks the queue's button without announcing it (the tab reloads itself)."""
        self.buttons[queue].setChecked(True)

    def set_counts(self, counts: dict[Q, int]) -> None:
        self._counts = dict(counts)
        for queue, button in self.buttons.items():
            count = counts.get(queue)
            name = text_of(queue)
            button.setText(name if count is None else self.tr("{queue} ({count})").format(queue=name, count=count))
        overdue = counts.get(Q.OVERDUE, 0) > 0
        self.buttons[Q.OVERDUE].setStyleSheet(OVERDUE_STYLE if overdue else "")

    def count(self, queue: Q) -> int | None:
        return self._counts.get(queue)

    def set_mine_shown(self, shown: bool) -> None:
        """The front desk has no orders of its own."""
        self.buttons[Q.MINE].setVisible(shown)

    @Slot(QAbstractButton)
    def _on_clicked(self, _button: QAbstractButton) -> None:
        self.queue_chosen.emit(self.current)
