"""Helpers shared by the sample-data modules: China time, bulk inserts, number blocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import Session

from desktop_app.db.models import NumberSequence
from desktop_app.services.numbering import next_number

# The counter works in China Standard Time; the database stores UTC (timestamps are aware).
CST = dt.timezone(dt.timedelta(hours=8), "CST")

Record = dict[str, Any]


def at_cst(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=CST).astimezone(dt.timezone.utc)


def cst_date(moment: dt.datetime) -> dt.date:
    """The calendar day at the counter for a UTC timestamp."""
    return moment.astimezone(CST).date()


def row(record: Record) -> dict[str, Any]:
    """Column values of a generated record.

    Records refer to each other before they have ids: ``"@unit": unit_record`` becomes
    ``unit_id`` once the referenced record was inserted; keys starting with ``_`` are the
    generator's own notes and are dropped.
    """
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key.startswith("@"):
            out[key[1:] + "_id"] = None if value is None else value["id"]
        elif not key.startswith("_"):
            out[key] = value
    return out


def insert_records(session: Session, model: Any, records: Sequence[Record]) -> None:
    """One multi-row INSERT ... RETURNING id; stores each new id back on its record."""
    if not records:
        return
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    # render_nulls: keep None in the statement, else SQLAlchemy splits rows by which keys are None.
    ids = session.scalars(statement, [row(r) for r in records], execution_options={"render_nulls": True}).all()
    for record, new_id in zip(records, ids, strict=True):
        record["id"] = new_id


def insert_plain(session: Session, model: Any, records: Iterable[Record]) -> int:
    """An executemany INSERT for rows nothing refers to (events, surveys, lines)."""
    rows = [row(r) for r in records]
    if rows:
        session.execute(insert(model), rows, execution_options={"render_nulls": True})
    return len(rows)


def set_references(session: Session, model: Any, column: str, pairs: Sequence[tuple[Record, Record]]) -> None:
    """Point ``column`` of already-inserted rows at other inserted rows (links made later)."""
    if not pairs:
        return
    table = model.__table__
    # Core UPDATE by id; the version counter moves as any ORM update would move it.
    statement = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values({column: bindparam("b_ref"), "row_version": table.c.row_version + 1})
    )
    session.connection().execute(statement, [{"b_id": a["id"], "b_ref": b["id"]} for a, b in pairs])


def reserve_numbers(session: Session, prefix: str, day: dt.date, count: int) -> list[str]:
    """``count`` consecutive numbers for ``day``, taken through the shared counter in one go.

    The first comes from ``next_number`` (same upsert, period and format as at the counter);
    the rest of the block is claimed with one UPDATE of the same counter row, so later real
    numbers continue after it. The counter's period is read back from the number itself
    (``PREFIX-PERIOD-VALUE``), so a change of numbering period needs no change here.
    """
    first = next_number(session, prefix, day)
    head, start = first.rsplit("-", 1)
    if count > 1:
        period = head[len(prefix) + 1:]
        session.execute(
            update(NumberSequence)
            .where(NumberSequence.prefix == prefix, NumberSequence.period == period)
            .values(last_value=NumberSequence.last_value + (count - 1))
        )
    width = len(start)
    return [f"{head}-{n:0{width}d}" for n in range(int(start), int(start) + count)]


def number_records(session: Session, prefix: str, records: Sequence[Record], day_key: str = "_day") -> None:
    """Give each record a number of its day, in the records' order within each day."""
    by_day: dict[dt.date, list[Record]] = {}
    for record in records:
        by_day.setdefault(record[day_key], []).append(record)
    for day in sorted(by_day):
        group = by_day[day]
        for record, number in zip(group, reserve_numbers(session, prefix, day, len(group)), strict=True):
            record["number"] = number
