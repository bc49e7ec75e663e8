"""The audit log as a table: keyset pages fetched as the view scrolls, never the whole log."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import (
    CallChannel,
    CauseClass,
    ClaimChannel,
    ClaimStatus,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    CostBearer,
    CustomerKind,
    DemeritKind,
    FineReason,
    FineStatus,
    FundEntryKind,
    MovementKind,
    PartCharge,
    Remedy,
    RequisitionStatus,
    ReturnStatus,
    ShippingMethod,
    WorkOrderKind,
    WorkOrderState,
)
from desktop_app.gui.audit_labels import (  # noqa: F401 - entity_label: the viewer's import
    action_label,
    document_label,
    entity_label,
    field_label,
)
from desktop_app.gui import negotiation_outcomes
from desktop_app.gui.evaluation import texts as evaluation_texts
from desktop_app.gui.audit_values import MONEY_FIELDS, keyed_text, money_value, reference_text
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.labels import label
from desktop_app.gui.parts.window_support import kind_text
from desktop_app.gui.requisitions.texts import return_status_text
from desktop_app.gui.work_orders import texts as work_order_texts
from desktop_app.services.actor import Actor
from desktop_app.services.audit_log import AuditFilter, AuditLog, AuditRow
from desktop_app.services.audit_references import NO_REFERENCES, References

PAGE_SIZE = 200
# The count stops past this many (the log of a million claims holds two million entries): the label
# then says "more than"; the rows page on regardless.
COUNT_CAP = 10_000
CONTEXT = "AuditTableModel"
CHANGES_MAX_CHARS = 160  # the cell stays one readable line; the tooltip has everything
TIME, USER, ENTITY, ENTITY_ID, ACTION, CHANGES = range(6)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex

def time_text(value: dt.datetime) -> str:
    """Stored in UTC, read on the counter's clock, to the second (the order of events matters)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


# Coded values the services record, by (record type, field): shown by their interface names,
# as the tables elsewhere show them, not as the stored code ("awaiting_approval"). The enum-typed
# columns of the audited models are all here (tests/gui/test_audit_labels.py checks it).
_CODED: dict[tuple[str, str], type[Enum]] = {
    ("work_order", "state"): WorkOrderState, ("work_order", "kind"): WorkOrderKind,
    ("work_order", "cause_class"): CauseClass, ("work_order", "final_decision"): Remedy,
    ("work_order", "charged_to"): PartCharge,  # the lines of a "parts_recharged" entry
    ("claim", "status"): ClaimStatus, ("claim", "remedy"): Remedy, ("claim", "decision"): Remedy,
    ("claim", "requested_remedy"): Remedy, ("claim", "offered_remedies"): Remedy, ("claim", "tier"): Remedy,
    ("claim", "channel"): ClaimChannel, ("claim", "cost_bearer"): CostBearer,
    ("requisition", "status"): RequisitionStatus, ("requisition", "shipping"): ShippingMethod,
    ("staff", "role"): Role, ("customer", "kind"): CustomerKind, ("call", "channel"): CallChannel,
    ("stock_movement", "kind"): MovementKind, ("fund_ledger", "kind"): FundEntryKind,
    ("return_application", "status"): ReturnStatus,
    ("complaint", "received_via"): ComplaintChannel, ("complaint", "category"): ComplaintCategory,
    ("complaint", "status"): ComplaintStatus, ("demerit", "kind"): DemeritKind,
    ("fine", "reason"): FineReason, ("fine", "status"): FineStatus,
}
# Enums whose names live with their screens rather than in gui.labels: the same words as there.
_ENUM_TEXT: dict[type[Enum], Callable[[Any], str]] = {
    CauseClass: work_order_texts.text_of, PartCharge: work_order_texts.text_of,
    ComplaintChannel: evaluation_texts.text_of, ComplaintCategory: evaluation_texts.text_of,
    ComplaintStatus: evaluation_texts.text_of, DemeritKind: evaluation_texts.text_of,
    FineReason: evaluation_texts.text_of, FineStatus: evaluation_texts.text_of,
    ReturnStatus: return_status_text, MovementKind: kind_text,
}


def _coded_text(coded: type[Enum], value: str) -> str:
    try:
        member = coded(value)
    except ValueError:  # a code this version does not know: shown as stored
        return value
    return _ENUM_TEXT.get(coded, label)(member)


def _value_text(value: Any, entity: str, field: str, refs: References = NO_REFERENCES) -> str:
    """One recorded value, read as the rest of the interface shows it; nested lines and maps too. Ids
    read as the numbers and names users know (E24), amounts as money."""
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditTableModel", "Yes") if value else \
            QCoreApplication.translate("AuditTableModel", "No")
    if isinstance(value, dict):
        if set(value) == {"old", "new"}:
            return f"{_value_text(value['old'], entity, field, refs)} → {_value_text(value['new'], entity, field, refs)}"
        keyed = keyed_text(entity, field, value, refs)  # a requisition's {part id: quantity} and the like
        if keyed is not None:
            return keyed
        return "{" + ", ".join(_field_text(entity, str(key), item, refs) for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_value_text(item, entity, field, refs) for item in value) + "]"
    named = reference_text(entity, field, value, refs)
    if named is not None:
        return named
    if field in MONEY_FIELDS:
        money = money_value(value)
        if money is not None:
            return money
    if not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    coded = _CODED.get((entity, field))
    if coded is not None:
        return _coded_text(coded, value)
    if field == "document":
        return document_label(value)
    if "T" in value and len(value) >= 19 and value[:4].isdigit():  # an ISO timestamp, stored in UTC
        try:
            return time_text(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    return value


def _field_text(entity: str, field: str, change: Any, refs: References = NO_REFERENCES) -> str:
    """'label: old → new' for an edit, 'label: value' otherwise; an unknown field keeps its raw name."""
    return f"{field_label(field)}: {_value_text(change, entity, field, refs)}"


def _settled_outcome(row: AuditRow) -> str:
    """W8: a settlement's outcome in the settling dialog's words; the claim's new decision, recorded in
    the same entry, tells a free repair from a paid one."""
    decision = row.changes.get("decision")
    new = decision.get("new") if isinstance(decision, dict) else None
    return f"{field_label('outcome')}: {negotiation_outcomes.outcome_text(str(row.changes['outcome']), new)}"


def change_lines(row: AuditRow, *, brief: bool = False) -> list[str]:
    """One text per recorded field; ``brief`` leaves out a creation's own id (the number column shows the
    record)."""
    items = list(row.changes.items())
    if row.action == "settle_negotiation":  # how it ended leads: the cell shows one line, the rest follows
        items.sort(key=lambda item: item[0] not in ("outcome", "note"))
    return [_settled_outcome(row) if (row.entity, field) == ("claim", "outcome")
            else _field_text(row.entity, field, change, row.refs)
            for field, change in items if not (brief and field == "id" and change == row.entity_id)]


def changes_text(row: AuditRow) -> str:
    """'field: old → new; …' for edits, 'field: value; …' for creations, else the summary."""
    text = "; ".join(change_lines(row, brief=True)) or (row.summary or "")
    return text if len(text) <= CHANGES_MAX_CHARS else text[: CHANGES_MAX_CHARS - 1] + "…"


def changes_tooltip(row: AuditRow) -> str:
    """Everything, one field a line, untruncated (the cell shows one line)."""
    return "\n\n".join(part for part in (row.summary, "\n".join(change_lines(row))) if part)


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
        """The entries the filter keeps; when ``more_than_cap``, only that there are more than COUNT_CAP."""
        return self._total

    @property
    def more_than_cap(self) -> bool:
        return self._total > COUNT_CAP

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
            total = self._log.count(self._actor, self._filter, at_most=COUNT_CAP)
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
            page = self._log.page(self._actor, self._filter, after=self._rows[-1], limit=self._page_size)
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
            # The whole name (a long one is cut in the cell), then the raw one for the code or the database.
            shown = action_label(row.action)
            return shown if shown == row.action else f"{shown}\n({row.action})"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT  # the number column holds RQ-2026-000011 and user names as well as ids
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
            return row.entity_text or MISSING  # RQ-2026-000011, a user name; the id where nothing better
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
            QCoreApplication.translate("AuditTableModel", "Record no."),
            QCoreApplication.translate("AuditTableModel", "Action"),
            QCoreApplication.translate("AuditTableModel", "Changes"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
