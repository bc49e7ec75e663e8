"""The audit log as a table: keyset pages fetched as the view scrolls, never the whole log."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import (
    ClaimChannel,
    ClaimStatus,
    CustomerKind,
    Remedy,
    RequisitionStatus,
    ShippingMethod,
    WorkOrderKind,
    WorkOrderState,
)
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.labels import label
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.actor import Actor
from desktop_app.services.audit_log import AuditFilter, AuditLog, AuditRow

PAGE_SIZE = 200
CONTEXT = "AuditTableModel"
CHANGES_MAX_CHARS = 160  # the cell stays one readable line; the tooltip has everything
TIME, USER, ENTITY, ENTITY_ID, ACTION, CHANGES = range(6)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex

# Record types and actions the services write; one not listed here shows as its raw name.
ENTITY_LABELS: dict[str, str] = {
    "staff": QT_TRANSLATE_NOOP("AuditTableModel", "Staff account"),
    "claim": QT_TRANSLATE_NOOP("AuditTableModel", "Claim"),
    "customer": QT_TRANSLATE_NOOP("AuditTableModel", "Customer"),
    "unit": QT_TRANSLATE_NOOP("AuditTableModel", "Product unit"),
    "work_order": QT_TRANSLATE_NOOP("AuditTableModel", "Work order"),
    "requisition": QT_TRANSLATE_NOOP("AuditTableModel", "Spare-part requisition"),
    "call": QT_TRANSLATE_NOOP("AuditTableModel", "Call"),
    "survey": QT_TRANSLATE_NOOP("AuditTableModel", "Satisfaction survey"),
    "warranty_policy": QT_TRANSLATE_NOOP("AuditTableModel", "Warranty policy"),
    "remittance": QT_TRANSLATE_NOOP("AuditTableModel", "Remittance"),
    "fund_rate": QT_TRANSLATE_NOOP("AuditTableModel", "Service fund rate"),
    "fund_ledger": QT_TRANSLATE_NOOP("AuditTableModel", "Service fund ledger"),
    "sample_data": QT_TRANSLATE_NOOP("AuditTableModel", "Sample data"),
}
ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("AuditTableModel", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "Changed"),
    "sign_in": QT_TRANSLATE_NOOP("AuditTableModel", "Signed in"),
    "locked_out": QT_TRANSLATE_NOOP("AuditTableModel", "Locked after wrong passwords"),
    "reset_password": QT_TRANSLATE_NOOP("AuditTableModel", "Password reset"),
    "change_password": QT_TRANSLATE_NOOP("AuditTableModel", "Own password changed"),
    "activate": QT_TRANSLATE_NOOP("AuditTableModel", "Reactivated"),
    "deactivate": QT_TRANSLATE_NOOP("AuditTableModel", "Deactivated"),
    "print": QT_TRANSLATE_NOOP("AuditTableModel", "Printed"),
    "state_change": QT_TRANSLATE_NOOP("AuditTableModel", "Status changed"),
    "reassign": QT_TRANSLATE_NOOP("AuditTableModel", "Reassigned"),
    "complete": QT_TRANSLATE_NOOP("AuditTableModel", "Completed"),
    "cancel": QT_TRANSLATE_NOOP("AuditTableModel", "Cancelled"),
    "submit": QT_TRANSLATE_NOOP("AuditTableModel", "Submitted"),
    "ship": QT_TRANSLATE_NOOP("AuditTableModel", "Shipped"),
    "receive": QT_TRANSLATE_NOOP("AuditTableModel", "Received"),
    "approve_return": QT_TRANSLATE_NOOP("AuditTableModel", "Return approved"),
    "refuse_return": QT_TRANSLATE_NOOP("AuditTableModel", "Return refused"),
    "override_tier": QT_TRANSLATE_NOOP("AuditTableModel", "Warranty tier overridden"),
    "approve_over_quota": QT_TRANSLATE_NOOP("AuditTableModel", "Over-quota request approved"),
    "diagnosis": QT_TRANSLATE_NOOP("AuditTableModel", "Diagnosed"),
    "quote": QT_TRANSLATE_NOOP("AuditTableModel", "Quoted"),
    "quote_answer": QT_TRANSLATE_NOOP("AuditTableModel", "Customer answered the quote"),
    "parts_needed": QT_TRANSLATE_NOOP("AuditTableModel", "Waiting for parts"),
    "parts_issued": QT_TRANSLATE_NOOP("AuditTableModel", "Parts issued"),
    "exchange": QT_TRANSLATE_NOOP("AuditTableModel", "Unit exchanged"),
    "visit": QT_TRANSLATE_NOOP("AuditTableModel", "On-site visit"),
    "service_report": QT_TRANSLATE_NOOP("AuditTableModel", "Service report"),
    "reply": QT_TRANSLATE_NOOP("AuditTableModel", "Replied"),
    "link_claim": QT_TRANSLATE_NOOP("AuditTableModel", "Linked to a claim"),
    "charge": QT_TRANSLATE_NOOP("AuditTableModel", "Charged"),
    "publish": QT_TRANSLATE_NOOP("AuditTableModel", "Published"),
    "sample_data": QT_TRANSLATE_NOOP("AuditTableModel", "Sample data loaded"),
}


def entity_label(entity: str) -> str:
    text = ENTITY_LABELS.get(entity)
    return QCoreApplication.translate(CONTEXT, text) if text else entity


def action_label(action: str) -> str:
    text = ACTION_LABELS.get(action)
    return QCoreApplication.translate(CONTEXT, text) if text else action


def time_text(value: dt.datetime) -> str:
    """Stored in UTC, read on the counter's clock, to the second (the order of events matters)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


# Coded values the services record, by (record type, field): shown by their interface names,
# as the tables elsewhere show them, not as the stored code ("awaiting_approval").
_CODED: dict[tuple[str, str], type[Enum]] = {
    ("work_order", "state"): WorkOrderState, ("work_order", "kind"): WorkOrderKind,
    ("claim", "status"): ClaimStatus, ("claim", "remedy"): Remedy, ("claim", "decision"): Remedy,
    ("claim", "channel"): ClaimChannel, ("requisition", "status"): RequisitionStatus,
    ("requisition", "shipping"): ShippingMethod, ("staff", "role"): Role, ("customer", "kind"): CustomerKind,
}


def _value_text(value: Any, coded: type[Enum] | None = None) -> str:
    if value is None:
        return MISSING
    if not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if coded is not None:
        try:
            return label(coded(value))
        except ValueError:  # a code this version does not know: shown as stored
            return value
    if "T" in value and len(value) >= 19 and value[:4].isdigit():  # an ISO timestamp, stored in UTC
        try:
            return time_text(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    return value


def changes_text(row: AuditRow) -> str:
    """'field: old → new; …' for edits, 'field: value; …' for creations, else the summary."""
    parts = []
    for field, change in row.changes.items():
        coded = _CODED.get((row.entity, field))
        if isinstance(change, dict) and set(change) == {"old", "new"}:
            parts.append(f"{field}: {_value_text(change['old'], coded)} → {_value_text(change['new'], coded)}")
        else:
            parts.append(f"{field}: {_value_text(change, coded)}")
    text = "; ".join(parts) or (row.summary or "")
    return text if len(text) <= CHANGES_MAX_CHARS else text[: CHANGES_MAX_CHARS - 1] + "…"


def changes_tooltip(row: AuditRow) -> str:
    full = json.dumps(row.changes, ensure_ascii=False, indent=2) if row.changes else ""
    return "\n\n".join(part for part in (row.summary, full) if part)


class AuditTableModel(QAbstractTableModel):
    """Newest first; ``fetchMore`` asks for the page before the oldest row held (keyset paging)."""

    reloaded = Signal(int)  # entries matching the filter
    load_failed = Signal(object)  # the exception; the viewer shows it

    def __init__(self, audit_log: AuditLog, actor: Actor, *, page_size: int = PAGE_SIZE,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._log = audit_log
        self._actor = actor
        self._page_size = page_size
        self._filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._total = 0
        self._more = False

    @property
    def total(self) -> int:
        return self._total

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def set_filter(self, audit_filter: AuditFilter) -> None:
        self._filter = audit_filter
        self.reload()

    def reload(self) -> None:
        try:
            total = self._log.count(self._actor, self._filter)
            rows = self._log.page(self._actor, self._filter, limit=self._page_size) if total else []
        except Exception as error:  # noqa: BLE001 - shown to the user by the viewer
            self.load_failed.emit(error)
            return
        self.beginResetModel()
        self._rows = rows
        self._total = max(total, len(rows))  # entries may have been added since the count
        self._more = len(rows) == self._page_size
        self.endResetModel()
        self.reloaded.emit(self._total)

    # --- QAbstractTableModel ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else CHANGES + 1

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._rows:
            return
        try:
            page = self._log.page(self._actor, self._filter, before_id=self._rows[-1].id, limit=self._page_size)
        except Exception as error:  # noqa: BLE001
            self._more = False  # stop asking until the next reload
            self.load_failed.emit(error)
            return
        self._more = len(page) == self._page_size
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == CHANGES:
            return changes_tooltip(row) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == ACTION:
            return row.action  # the raw name, for reading the code or the database
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == ENTITY_ID else LEFT
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _text(self, row: AuditRow, column: int) -> str:
        if column == TIME:
            return time_text(row.at)
        if column == USER:
            return row.user or QCoreApplication.translate("AuditTableModel", "System")
        if column == ENTITY:
            return entity_label(row.entity)
        if column == ENTITY_ID:
            return str(row.entity_id) if row.entity_id is not None else MISSING
        if column == ACTION:
            return action_label(row.action)
        return changes_text(row)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("AuditTableModel", "Time"),
            QCoreApplication.translate("AuditTableModel", "User"),
            QCoreApplication.translate("AuditTableModel", "Record type"),
            QCoreApplication.translate("AuditTableModel", "ID"),
            QCoreApplication.translate("AuditTableModel", "Action"),
            QCoreApplication.translate("AuditTableModel", "Changes"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
