"""Preview, apply and export the manufacturer's parts list (D6, D9, W6): all accepted rows or nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.core.parts_import_rows import HEADERS, Column, ParsedSheet, PartRecord, RejectedRow, parse_sheet
from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import FeeScheduleItem, Part
from desktop_app.documents.saving import save_document
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, wear_flags
from desktop_app.services.actor import Actor, SYSTEM
from desktop_app.services.authorization import require
from desktop_app.services.sheet_files import sheet_bytes
from desktop_app.services.price_day import refuse_repricing_issued_today
from desktop_app.services.parts_catalogue import (
    check_effective,
    part_rows,
    prices_in_force,
    schedule_on,
)

# Columns stored on Part (their names are the attribute names); the prices go to the fee schedule.
PART_COLUMNS = (Column.NAME, Column.MODELS, Column.CATEGORY, Column.WEAR, Column.UNIT, Column.REORDER,
                Column.ACTIVE)
PRICE_FIELDS = (Column.COST.value, Column.FEE.value)
MODEL_SEPARATOR = "、"


@dataclass(frozen=True)
class FieldChange:
    field: str  # a Column value: part_no, name, …, cost_price, fee_price
    old: Any
    new: Any


@dataclass(frozen=True)
class PartChange:
    row: int
    part_no: str
    name: str
    changes: tuple[FieldChange, ...]  # for an added part: every field the file gives


@dataclass(frozen=True)
class ImportPreview:
    file: str
    effective_from: dt.date  # the fee-schedule version the prices go to (D6)
    added: tuple[PartChange, ...]
    changed: tuple[PartChange, ...]
    unchanged: int
    rejected: tuple[RejectedRow, ...]
    schedule_id: int | None = None  # once applied with prices: the version written


# A manufacturer's list of 20,000 parts is about 2 MB as CSV; a file many times that is the wrong
# file (a database, a video) and would be read whole into memory before the parser could refuse it.
MAX_FILE_BYTES = 50 * 1024 * 1024


def read_sheet(filename: str | Path, data: bytes | None = None) -> ParsedSheet:
    path = Path(filename)
    sheet = parse_sheet(sheet_bytes(path, data, MAX_FILE_BYTES, _too_big), path.name)
    if not sheet.records and not sheet.rejected:  # applying it would only audit an import of nothing
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file} has headers but no part rows below them."),
                              field="file", file=path.name)
    return sheet


def _too_big(path: Path) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "{file} is larger than {mb} MB: it is not a parts list. Choose the .xlsx or .csv file."),
        field="file", file=path.name, mb=MAX_FILE_BYTES // (1024 * 1024))


def _existing_parts(s: Session) -> dict[str, Part]:
    return {part.part_no: part for part in s.scalars(select(Part))}


# (column, attribute name): a Column's .value is a descriptor call in Python 3.11, and the plan reads it
# seven times per row of a 20,000-row list (issue 8: the import's 3 s goal).
_FIELDS = tuple((c, c.value) for c in PART_COLUMNS)


def _value(part: Part, column: Column, field: str) -> Any:
    value = getattr(part, field)
    return tuple(value or ()) if column is Column.MODELS else value


def _plan(s: Session, sheet: ParsedSheet, day: dt.date, existing: dict[str, Part], name: str) -> ImportPreview:
    """What applying would do: each accepted row compared with the part and its prices in force on ``day``."""
    prices = prices_in_force(s, day)
    fields = [(c, field) for c, field in _FIELDS if c in sheet.columns]
    added, changed, unchanged = [], [], 0
    for record in sheet.records:
        part = existing.get(record.part_no)
        diffs = [FieldChange(field, _value(part, c, field) if part else None, getattr(record, field))
                 for c, field in fields
                 if part is None or _value(part, c, field) != getattr(record, field)]
        old = prices.get(part.id) if part else None
        new = (record.cost_price, record.fee_price)
        if record.cost_price is not None and (old is None or (old.cost_price, old.fee_price) != new):
            diffs += [FieldChange(name, getattr(old, name, None), value) for name, value in zip(PRICE_FIELDS, new)
                      if old is None or getattr(old, name) != value]  # the version line gets both prices
        if part is None:
            added.append(PartChange(record.row, record.part_no, record.name, tuple(diffs)))
        elif diffs:
            changed.append(PartChange(record.row, record.part_no, record.name, tuple(diffs)))
        else:
            unchanged += 1
    return ImportPreview(name, day, tuple(added), tuple(changed), unchanged, sheet.rejected)


def _new_wear_flags(changes: list[PartChange], created: dict[str, dict[str, Any]],
                    ids: dict[str, int]) -> list[tuple[int, bool]]:
    """W12: the flag of every new part and every changed flag, from now on (claims taken keep theirs)."""
    flags = []
    for change in changes:
        if change.part_no in created:
            flags.append((ids[change.part_no], bool(created[change.part_no][Column.WEAR.value])))
        else:
            flags += [(ids[change.part_no], bool(fc.new)) for fc in change.changes if fc.field == Column.WEAR.value]
    return flags


class PartsImportService:
    def __init__(self, sessions: SessionFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._sessions = sessions
        self._today = today

    def preview(self, filename: str | Path, data: bytes | None = None, *,
                effective_from: dt.date | None = None) -> ImportPreview:
        """Added, changed and rejected rows, each rejection with its row number; writes nothing."""
        sheet = read_sheet(filename, data)
        with self._sessions.read() as s:
            return _plan(s, sheet, effective_from or self._today(), _existing_parts(s), Path(filename).name)

    def apply(self, actor: Actor, filename: str | Path, data: bytes | None = None, *,
              effective_from: dt.date | None = None) -> ImportPreview:
        """Writes every accepted row and its prices as the version from ``effective_from``, in one transaction."""
        require(actor, Permission.FEE_SCHEDULE_MANAGE)  # D6 prices and W6 wear flags: manager only
        day = effective_from or self._today()
        check_effective(day, self._today())
        sheet, name = read_sheet(filename, data), Path(filename).name
        try:
            with self._sessions.write() as s, s.begin():
                existing = _existing_parts(s)
                # Planned again inside the transaction: the catalogue may have moved since the preview.
                plan = _plan(s, sheet, day, existing, name)
                refuse_repricing_issued_today(s, day, self._today(), [
                    existing[c.part_no].id for c in plan.changed if any(fc.field in PRICE_FIELDS for fc in c.changes)])
                schedule_id = self._write(s, actor, {r.row: r for r in sheet.records}, plan, existing, day)
                audit_trail.record(s, actor, "parts_import", schedule_id, "import", {
                    "file": name, "effective_from": day, "added": len(plan.added), "changed": len(plan.changed),
                    "unchanged": plan.unchanged, "rejected_rows": [r.row for r in plan.rejected],
                    "schedule_id": schedule_id})
        except IntegrityError:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The catalogue changed while {file} was imported; nothing was imported. Preview it again."),
                field="file", file=name) from None
        return replace(plan, schedule_id=schedule_id)

    @staticmethod
    def _write(s: Session, actor: Actor, records: dict[int, PartRecord], plan: ImportPreview,
               existing: dict[str, Part], day: dt.date) -> int | None:
        """Every part, its prices and audit entries in set-wise steps (a 20,000-row list must not cost an
        ORM object and a round trip per row); returns the fee-schedule version id when prices were written."""
        changes = sorted(plan.added + plan.changed, key=lambda c: c.row)
        updated: dict[int, dict[str, Any]] = {}  # row -> audit diff of an existing part
        wear_flags.keep_current(s, [existing[c.part_no].id for c in plan.changed  # W12, before the change
                                    if any(fc.field == Column.WEAR.value for fc in c.changes)])
        for change in changes:
            part = existing.get(change.part_no)
            if part is not None:
                for fc in change.changes:
                    if fc.field not in PRICE_FIELDS:
                        setattr(part, fc.field, list(fc.new) if fc.field == Column.MODELS.value else fc.new)
                updated[change.row] = audit_trail.changes_of(part)  # before the flush resets the history
        s.flush()
        created: dict[str, dict[str, Any]] = {}
        for change in changes:
            if change.part_no not in existing:
                record = records[change.row]
                created[record.part_no] = {"part_no": record.part_no, "active": True,
                                           **{field: getattr(record, field) for _, field in _FIELDS},
                                           "compatible_models": list(record.compatible_models)}
        ids = {part.part_no: part.id for part in existing.values()}
        if created:  # a part number taken meanwhile fails here, and the whole import rolls back
            # The table, not the entity: a plain batched INSERT … RETURNING without the ORM's bulk
            # machinery, which cost a quarter of a 20,000-part import (attributes are the column names).
            table = Part.__table__
            ids.update(tuple(row) for row in s.execute(insert(table).returning(table.c.part_no, table.c.id),
                                                       list(created.values())))
        wear_flags.record(s, _new_wear_flags(changes, created, ids), actor.staff_id or None)
        priced = [c for c in changes if any(fc.field in PRICE_FIELDS for fc in c.changes)]
        priced_rows = {c.row for c in priced}
        schedule = schedule_on(s, day) if priced else None
        if schedule is not None:
            items = {item.part_id: item for item in s.scalars(
                select(FeeScheduleItem).where(FeeScheduleItem.schedule_id == schedule.id))}
            fresh = []
            for change in priced:
                record, part_id = records[change.row], ids[change.part_no]
                if part_id in items:
                    items[part_id].cost_price, items[part_id].fee_price = record.cost_price, record.fee_price
                else:
                    fresh.append({"schedule_id": schedule.id, "part_id": part_id, "cost_price": record.cost_price,
                                  "fee_price": record.fee_price})
            if fresh:
                s.execute(insert(FeeScheduleItem.__table__), fresh)  # as the parts above
        entries = []
        for change in changes:
            record, new = records[change.row], change.part_no in created
            diff = {"id": ids[change.part_no], **created[change.part_no]} if new else updated[change.row]
            if schedule is not None and change.row in priced_rows:
                diff.update({fc.field: {"old": fc.old, "new": fc.new} for fc in change.changes
                             if fc.field in PRICE_FIELDS})
                diff["prices_from"] = day
            entries.append(("part", ids[change.part_no], "create" if new else "update", diff,
                            f"import row {record.row}"))
        audit_trail.record_many(s, actor, entries)
        return schedule.id if schedule is not None else None

    def export(self, filename: str | Path, *, day: dt.date | None = None, actor: Actor = SYSTEM) -> int:
        """Every part with its prices in force on ``day``, in the import layout; returns the part count.

        The export is audited like every other one (who, when, which file)."""
        path = Path(filename)
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Export to an .xlsx or .csv file, not {file}."),
                                  field="file", file=path.name)
        with self._sessions.read() as s:
            rows = part_rows(s, list(s.scalars(select(Part).order_by(Part.part_no))), day or self._today())
        table = [[HEADERS[c] for c in HEADERS]] + [[
            r.part_no, r.name, MODEL_SEPARATOR.join(r.compatible_models), r.category or "",
            "是" if r.is_wear_part else "否", r.unit_of_measure, r.cost_price, r.fee_price, r.reorder_level,
            "是" if r.active else "否"] for r in rows]
        save_document(path, _csv_bytes(table) if suffix == ".csv" else _xlsx_bytes(table))  # whole or nothing
        with self._sessions.write() as s, s.begin():
            audit_trail.record(s, actor, "parts", None, "export", {"file": path.name, "parts": len(rows)})
        return len(rows)


def _csv_bytes(table: list[list[Any]]) -> bytes:
    """UTF-8 with BOM, so that Excel on a Chinese Windows opens it without garbling."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([["" if v is None else str(v) for v in row] for row in table])
    return buffer.getvalue().encode("utf-8-sig")


def _xlsx_bytes(table: list[list[Any]]) -> bytes:
    from openpyxl import Workbook  # only when a workbook is written

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "配件目录"
    for row in table:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, Decimal):
                cell.number_format = "0.00"
            elif isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text: a name starting with "=" is not a formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
