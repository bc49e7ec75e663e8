"""How an import preview's fields and values read in the dialog: translated column names, old → new."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.core.parts_import_rows import Column
from desktop_app.gui.error_display import qt_translate
from desktop_app.gui.formatting import MISSING
from desktop_app.gui.work_orders.texts import yes_no
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.parts_import import FieldChange, PartChange
from desktop_app.core.parts_import_rows import RejectedRow

_FIELDS = {
    Column.PART_NO: QT_TRANSLATE_NOOP("PartsTexts", "Part no."),
    Column.NAME: QT_TRANSLATE_NOOP("PartsTexts", "Name"),
    Column.MODELS: QT_TRANSLATE_NOOP("PartsTexts", "Compatible models"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("PartsTexts", "Category"),
    Column.WEAR: QT_TRANSLATE_NOOP("PartsTexts", "Wear part"),
    Column.UNIT: QT_TRANSLATE_NOOP("PartsTexts", "Unit"),
    Column.COST: QT_TRANSLATE_NOOP("PartsTexts", "Cost price"),
    Column.FEE: QT_TRANSLATE_NOOP("PartsTexts", "Fee price"),
    Column.REORDER: QT_TRANSLATE_NOOP("PartsTexts", "Reorder level"),
    Column.ACTIVE: QT_TRANSLATE_NOOP("PartsTexts", "Active"),
}


def field_name(field: str) -> str:
    source = _FIELDS.get(Column(field)) if field in Column._value2member_map_ else None
    return QCoreApplication.translate("PartsTexts", source) if source else field


def value_text(value: Any) -> str:
    if value is None or value == "" or value == ():
        return MISSING
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, (tuple, list)):
        return "、".join(str(v) for v in value)
    return str(value)


def change_text(change: FieldChange) -> str:
    return f"{field_name(change.field)}: {value_text(change.old)} → {value_text(change.new)}"


def added_text(part: PartChange) -> str:
    return "; ".join(f"{field_name(c.field)}: {value_text(c.new)}" for c in part.changes
                     if c.field != Column.NAME.value)


def changed_text(part: PartChange) -> str:
    return "; ".join(change_text(c) for c in part.changes)


def rejected_text(row: RejectedRow) -> str:
    return "; ".join(problem.render(qt_translate) for problem in row.problems)
