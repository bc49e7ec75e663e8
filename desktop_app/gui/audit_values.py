"""Recorded ids and amounts in the audit log as the rest of the interface shows them (E24: the log is
the evidence a supervisor reads): part numbers, names and document numbers, money as ¥1,234.00."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.core.money import format_yuan
from desktop_app.core.vocabulary import CostBearer, DemeritKind, FineReason
from desktop_app.gui.evaluation import texts as evaluation_texts
from desktop_app.gui.formatting import date_text, local_time_text
from desktop_app.gui.labels import label
from desktop_app.services.audit_references import (
    KEYED, LISTED, REFERENCE_FIELDS, DemeritRef, FineRef, References, VisitRef,
)

# Amounts the services record (money columns of the audited models and the keys added by hand).
MONEY_FIELDS = frozenset({
    "amount", "bonus_deduction", "attitude_bonus_deduction", "cost_price", "fee_price", "unit_price",
    "old_unit_price", "new_unit_price", "fines_total", "sheet_fines_total", "freight_out", "freight_back",
    "fund_freight", "fund_freight_back", "quote_parts", "quote_labour", "quote_travel", "refund_amount",
    "refund_purchase_price", "refund_accessories_charge", "urgent_cost", "quota", "excess",
})


def money_value(value: Any) -> str | None:
    """'13260.00' -> '¥13,260.00'; None when the value is not an amount (a flag, a text)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, Decimal)):
        return None
    try:
        return format_yuan(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def _enum_text(coded: type, value: str) -> str:
    try:
        return evaluation_texts.text_of(coded(value))
    except ValueError:  # a code this version does not know: shown as stored
        return value


def _found_text(found: Any) -> str:
    if isinstance(found, FineRef):  # E23: the fine by its day, reason and amount, as the fines dialog lists it
        amount = money_value(found.amount) or str(found.amount)
        return f"{date_text(found.facts_on)} {_enum_text(FineReason, found.reason)} {amount}"
    if isinstance(found, DemeritRef):
        return f"{date_text(found.facts_on)} {_enum_text(DemeritKind, found.kind)}"
    if isinstance(found, VisitRef):
        return f"{found.work_order} {local_time_text(found.arrived_at)}"
    return str(found)


def reference_text(entity: str, field: str, value: Any, refs: References) -> str | None:
    """A recorded id read by what users know it as; None when the field names no record."""
    kind = REFERENCE_FIELDS.get(field) or LISTED.get((entity, field))
    if kind is None or isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    if isinstance(value, str) and not value.isdigit():
        return None
    return _name_or_id(refs, kind, value)


def _name_or_id(refs: References, kind: str, ident: Any) -> str:
    """'#9999' for an id no longer on record: marked as an id, since its label no longer says "(ID)"."""
    found = refs.get(kind, ident)
    return f"#{ident}" if found is None else _found_text(found)


def _bearer_text(code: Any) -> str:
    try:
        return label(CostBearer(code))
    except ValueError:
        return str(code)


def keyed_text(entity: str, field: str, value: Any, refs: References) -> str | None:
    """A map keyed by ids: {part id: quantity} -> 'SFP-GE-LX ×1, PWR-01 ×2'; a return's re-judged lines
    {line id: [old, new]} -> 'SN123: old → new' (D11-D14). None for any other value."""
    kind = KEYED.get((entity, field))
    if kind is None or not isinstance(value, dict) or set(value) == {"old", "new"}:
        return None

    texts = []
    for ident, item in value.items():
        if isinstance(item, list) and len(item) == 2:
            texts.append(f"{_name_or_id(refs, kind, ident)}: {_bearer_text(item[0])} → {_bearer_text(item[1])}")
        else:
            texts.append(f"{_name_or_id(refs, kind, ident)} ×{item}")
    return ", ".join(texts)
