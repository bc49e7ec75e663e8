"""The spare parts catalogue and the versioned fee schedule (rules D6, D9, W6)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

from desktop_app.core import parts_import_rows as fields
from desktop_app.core.parts_import_rows import Column
from desktop_app.core.permissions import Permission
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import FeeSchedule, FeeScheduleItem, Part, StockMovement
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, field_checks, wear_flags
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.price_day import refuse_repricing_issued_today

PartRef = int | str  # a part's id, or its part number
_IN_LIMIT = 500


@dataclass(frozen=True)
class PriceInForce:
    part_id: int
    cost_price: Decimal  # W5: paid repairs charge parts at cost
    fee_price: Decimal  # D6/D9: over-quota and monthly billing at the fee schedule
    effective_from: dt.date
    schedule_id: int


@dataclass(frozen=True)
class PartRow:
    id: int
    part_no: str
    name: str
    compatible_models: tuple[str, ...]
    category: str | None
    is_wear_part: bool  # rule W6
    unit_of_measure: str
    reorder_level: int
    active: bool
    cost_price: Decimal | None  # in force on the day asked for; None: never priced
    fee_price: Decimal | None
    prices_from: dt.date | None
    on_hand: int


@dataclass(frozen=True)
class PartInput:
    part_no: str
    name: str
    compatible_models: tuple[str, ...] = ()
    category: str | None = None
    is_wear_part: bool = False
    unit_of_measure: str = "个"
    reorder_level: int = 0
    active: bool = True
    cost_price: Decimal | str | None = None  # both None: the prices stay as they are
    fee_price: Decimal | str | None = None


@dataclass(frozen=True)
class FeeScheduleVersion:
    id: int
    effective_from: dt.date
    note: str | None
    lines: int


def find_part(s: Session, ref: PartRef) -> Part:
    part = s.get(Part, ref) if isinstance(ref, int) else s.scalar(select(Part).where(Part.part_no == ref.strip()))
    if part is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no part “{part}” in the catalogue."),
                              field="part", part=ref)
    return part


def on_hand_by_part(s: Session, part_ids: Iterable[int] | None = None) -> dict[int, int]:
    query = select(StockMovement.part_id, func.sum(StockMovement.quantity)).group_by(StockMovement.part_id)
    if part_ids is not None:
        query = query.where(StockMovement.part_id.in_(list(part_ids)))
    return {part_id: int(total) for part_id, total in s.execute(query)}


def prices_in_force(s: Session, day: dt.date, part_ids: Iterable[int] | None = None) -> dict[int, PriceInForce]:
    """Per part, the line of the newest version effective by ``day`` that lists it (as stock_ledger.prices_on)."""
    latest = (select(FeeScheduleItem.part_id, func.max(FeeSchedule.effective_from).label("day"))
              .join(FeeSchedule, FeeScheduleItem.schedule_id == FeeSchedule.id)
              .where(FeeSchedule.effective_from <= day).group_by(FeeScheduleItem.part_id))
    if part_ids is not None:
        latest = latest.where(FeeScheduleItem.part_id.in_(list(part_ids)))
    latest_q = latest.subquery()
    query = (select(FeeScheduleItem, FeeSchedule.effective_from)
             .join(FeeSchedule, FeeScheduleItem.schedule_id == FeeSchedule.id)
             .join(latest_q, (latest_q.c.part_id == FeeScheduleItem.part_id)
                   & (latest_q.c.day == FeeSchedule.effective_from)))
    return {item.part_id: PriceInForce(item.part_id, item.cost_price, item.fee_price, since, item.schedule_id)
            for item, since in s.execute(query)}


def check_effective(day: dt.date, today: dt.date) -> None:
    if day < today:  # D9: prices already used must not change, so a version takes effect today or later
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "New prices cannot take effect in the past ({date}); choose today or a later date."),
            field="effective_from", date=day.isoformat())


def schedule_on(s: Session, day: dt.date, note: str | None = None) -> FeeSchedule:
    """The version effective on ``day``: one per date, so publishing twice on a date amends it."""
    schedule = s.scalar(select(FeeSchedule).where(FeeSchedule.effective_from == day))
    if schedule is None:
        schedule = FeeSchedule(effective_from=day, note=note)
        s.add(schedule)
        s.flush()
    return schedule


def set_price(s: Session, schedule: FeeSchedule, part_id: int, cost: Decimal, fee: Decimal) -> None:
    item = s.scalar(select(FeeScheduleItem).where(FeeScheduleItem.schedule_id == schedule.id,
                                                  FeeScheduleItem.part_id == part_id))
    item = item or FeeScheduleItem(schedule_id=schedule.id, part_id=part_id)
    item.cost_price, item.fee_price = cost, fee
    s.add(item)


def part_rows(s: Session, parts: list[Part], day: dt.date) -> list[PartRow]:
    ids = [p.id for p in parts] if len(parts) <= _IN_LIMIT else None  # else: aggregate every part
    prices, stock = prices_in_force(s, day, ids), on_hand_by_part(s, ids)
    return [PartRow(p.id, p.part_no, p.name, tuple(p.compatible_models or ()), p.category, p.is_wear_part,
                    p.unit_of_measure, p.reorder_level, p.active, *_prices(prices.get(p.id)), stock.get(p.id, 0))
            for p in parts]


def _prices(price: PriceInForce | None) -> tuple[Decimal | None, Decimal | None, dt.date | None]:
    return (price.cost_price, price.fee_price, price.effective_from) if price else (None, None, None)


def _like(term: str) -> str:
    return "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"


def _validated(data: PartInput) -> tuple[dict[str, Any], tuple[Decimal, Decimal] | None]:  # or FormInvalid
    errors: list[ValidationError] = []

    def check(fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except ValidationError as error:
            errors.append(error)

    values = {
        "part_no": check(fields.check_part_no, data.part_no), "name": check(fields.check_name, data.name),
        "compatible_models": list(check(fields.check_models, data.compatible_models) or ()),
        "category": check(fields.check_category, data.category), "is_wear_part": bool(data.is_wear_part),
        "unit_of_measure": check(fields.check_unit, data.unit_of_measure),
        "reorder_level": check(fields.check_reorder_level, data.reorder_level), "active": bool(data.active),
    }
    cost = check(fields.check_price, data.cost_price, Column.COST)
    fee = check(fields.check_price, data.fee_price, Column.FEE)
    if (cost is None) != (fee is None) and not errors:
        column = Column.COST if cost is None else Column.FEE
        errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "{column} is missing (give both prices or neither)"),
                                      field=column.value, column=fields.HEADERS[column]))
    if errors:
        raise FormInvalid(errors)
    return values, (cost, fee) if cost is not None else None


def _ensure_unique(s: Session, part_no: str, own_id: int | None = None) -> None:
    if s.scalar(select(Part.id).where(Part.part_no == part_no, Part.id != own_id)) is not None:
        raise FormInvalid([ValidationError(QT_TRANSLATE_NOOP("Errors", "Part number {part_no} is already in use."),
                                           field="part_no", part_no=part_no)])


def _price_changes(old: PriceInForce | None, new: tuple[Decimal, Decimal], day: dt.date) -> dict[str, Any]:
    return {"cost_price": {"old": old.cost_price if old else None, "new": new[0]},
            "fee_price": {"old": old.fee_price if old else None, "new": new[1]}, "prices_from": day}


class PartsCatalogue:
    def __init__(self, sessions: SessionFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._sessions = sessions
        self._today = today

    def list_parts(self, search: str = "", *, day: dt.date | None = None, active_only: bool = False,
                   limit: int | None = None, offset: int = 0) -> list[PartRow]:
        """Parts matching number, name, category or a compatible model, with prices in force and on hand."""
        query = select(Part).order_by(Part.part_no)
        if term := search.strip():
            models = cast(Part.compatible_models, String)
            query = query.where(or_(*(column.ilike(_like(text), escape="!") for column, text in (
                (Part.part_no, term), (Part.name, term), (Part.category, term), (models, term),
                (models, json.dumps(term)[1:-1])))))  # models are JSON text, non-ASCII escaped
        if active_only:
            query = query.where(Part.active.is_(True))
        with self._sessions.read() as s:
            parts = list(s.scalars(query.offset(offset).limit(limit)))
            return part_rows(s, parts, day or self._today())

    def get_part(self, ref: PartRef, *, day: dt.date | None = None) -> PartRow:
        with self._sessions.read() as s:
            return part_rows(s, [find_part(s, ref)], day or self._today())[0]

    def price_on(self, ref: PartRef, day: dt.date) -> PriceInForce | None:
        """The prices a work order or requisition dated ``day`` uses (D6, D9)."""
        with self._sessions.read() as s:
            part_id = find_part(s, ref).id
            return prices_in_force(s, day, [part_id]).get(part_id)

    def fee_schedules(self) -> list[FeeScheduleVersion]:
        query = (select(FeeSchedule, func.count(FeeScheduleItem.id)).outerjoin(FeeSchedule.items)
                 .group_by(FeeSchedule.id).order_by(FeeSchedule.effective_from))
        with self._sessions.read() as s:
            return [FeeScheduleVersion(f.id, f.effective_from, f.note, n) for f, n in s.execute(query)]

    def add_part(self, actor: Actor, data: PartInput, *, prices_from: dt.date | None = None) -> PartRow:
        require(actor, Permission.STOCK_MANAGE)
        values, prices = _validated(data)
        if values["is_wear_part"] or prices:
            require(actor, Permission.FEE_SCHEDULE_MANAGE)  # W6 wear flag, D6 prices: manager only
        day = prices_from or self._today()
        if prices:
            check_effective(day, self._today())
        with self._sessions.write() as s, s.begin():
            _ensure_unique(s, values["part_no"])
            part = Part(**values)
            s.add(part)
            s.flush()
            wear_flags.record(s, [(part.id, part.is_wear_part)], actor.staff_id or None)  # W12: from now on
            created = audit_trail.created_values(part)
            if prices:
                set_price(s, schedule_on(s, day), part.id, *prices)
                created.update(_price_changes(None, prices, day))
            audit_trail.record(s, actor, "part", part.id, "create", created)
            return part_rows(s, [part], day)[0]

    def edit_part(self, actor: Actor, ref: PartRef, data: PartInput, *, prices_from: dt.date | None = None) -> PartRow:
        require(actor, Permission.STOCK_MANAGE)
        values, prices = _validated(data)
        day = prices_from or self._today()
        with self._sessions.write() as s, s.begin():
            part = find_part(s, ref)
            _ensure_unique(s, values["part_no"], part.id)
            old = prices_in_force(s, day, [part.id]).get(part.id)
            new_price = prices is not None and (old is None or (old.cost_price, old.fee_price) != prices)
            wear_changed = values["is_wear_part"] != part.is_wear_part
            if wear_changed or new_price:
                require(actor, Permission.FEE_SCHEDULE_MANAGE)  # W6 wear flag, D6 prices: manager only
            if wear_changed:  # claims already taken keep the flag they were judged under (W12)
                wear_flags.keep_current(s, [part.id])
                wear_flags.record(s, [(part.id, values["is_wear_part"])], actor.staff_id or None)
            if new_price:
                check_effective(day, self._today())
                refuse_repricing_issued_today(s, day, self._today(), [part.id])
            for key, value in values.items():
                if getattr(part, key) != value:
                    setattr(part, key, value)
            changes = audit_trail.changes_of(part)
            if new_price:
                set_price(s, schedule_on(s, day), part.id, *prices)
                changes.update(_price_changes(old, prices, day))
            if changes:
                audit_trail.record(s, actor, "part", part.id, "update", changes)
            s.flush()
            return part_rows(s, [part], day)[0]

    def publish_fee_schedule(self, actor: Actor, effective_from: dt.date,
                             prices: Mapping[PartRef, tuple[Decimal | str, Decimal | str]],
                             note: str | None = None) -> FeeScheduleVersion:
        """A fee-schedule version from ``effective_from``; parts it does not list keep their prices (D6)."""
        require(actor, Permission.FEE_SCHEDULE_MANAGE)
        check_effective(effective_from, self._today())
        note = field_checks.text(note, "note", FeeSchedule.note)  # fits its column: refused, never cut
        errors, checked = [], {}
        for ref, (cost, fee) in prices.items():
            try:
                checked[ref] = (fields.check_price(cost, Column.COST), fields.check_price(fee, Column.FEE))
                if None in checked[ref]:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give both prices of {part}."), field="prices",
                                          part=ref)
            except ValidationError as error:
                errors.append(error)
        if errors or not checked:
            raise FormInvalid(errors or [ValidationError(QT_TRANSLATE_NOOP("Errors", "The fee schedule has no lines."),
                                                         field="prices")])
        with self._sessions.write() as s, s.begin():
            parts = {ref: find_part(s, ref) for ref in checked}
            in_force = prices_in_force(s, effective_from, [part.id for part in parts.values()])
            refuse_repricing_issued_today(s, effective_from, self._today(), [
                part.id for ref, part in parts.items() if (price := in_force.get(part.id)) is None
                or (price.cost_price, price.fee_price) != checked[ref]])
            schedule = schedule_on(s, effective_from, note)
            lines = {}
            for ref, (cost, fee) in checked.items():
                part = parts[ref]
                set_price(s, schedule, part.id, cost, fee)
                lines[part.part_no] = [cost, fee]
            s.flush()
            audit_trail.record(s, actor, "fee_schedule", schedule.id, "publish",
                               {"effective_from": effective_from, "lines": lines})
            count = s.scalar(select(func.count(FeeScheduleItem.id)).where(FeeScheduleItem.schedule_id == schedule.id))
            return FeeScheduleVersion(schedule.id, schedule.effective_from, schedule.note, int(count or 0))
