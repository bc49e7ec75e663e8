"""The append-only stock ledger: on hand is the sum of movements and never goes negative."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.vocabulary import MovementKind
from desktop_app.db.models import FeeSchedule, FeeScheduleItem, Part, StockMovement
from desktop_app.services.actor import Actor


def on_hand(session: Session, part_id: int) -> int:
    total = session.scalar(select(func.coalesce(func.sum(StockMovement.quantity), 0))
                           .where(StockMovement.part_id == part_id))
    return int(total or 0)


def lock_part(session: Session, part_id: int) -> Part | None:
    """Serialise stock changes of one part: a row lock on PostgreSQL; on SQLite the write
    transaction (BEGIN IMMEDIATE) already holds the database's single write lock."""
    query = select(Part).where(Part.id == part_id)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return session.scalar(query)


def try_issue(session: Session, actor: Actor, part_id: int, quantity: int, *, work_order_id: int) -> StockMovement | None:
    """Issue ``quantity`` to an order if it is on hand (after locking the part); None if short."""
    lock_part(session, part_id)
    if on_hand(session, part_id) < quantity:
        return None
    movement = StockMovement(part_id=part_id, kind=MovementKind.ISSUE, quantity=-quantity,
                             by_id=actor.staff_id, work_order_id=work_order_id)
    session.add(movement)
    session.flush()
    return movement


def prices_on(session: Session, part_id: int, day: dt.date) -> FeeScheduleItem | None:
    """The fee-schedule line in force on ``day`` (the newest schedule effective by then)."""
    return session.scalar(
        select(FeeScheduleItem).join(FeeSchedule, FeeScheduleItem.schedule_id == FeeSchedule.id)
        .where(FeeScheduleItem.part_id == part_id, FeeSchedule.effective_from <= day)
        .order_by(FeeSchedule.effective_from.desc()).limit(1)
    )
