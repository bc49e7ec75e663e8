"""Who held a work order when its 24-hour answer was given or missed, across hand-overs (改派; S3/E14, E1).

A hand-over (``work_orders._hand_over``) writes two records in one transaction: a history line
(``work_order_events``, from_state == to_state, with the time on the service's clock) and a "reassign"
audit entry with the old and new technician's ids. The lines give the times, the entries the people;
the n-th line of an order goes with its n-th entry. Both are read here for the few orders handed over,
in two statements whatever the number of people and months (issue 8)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.core.vocabulary import WorkOrderState
from desktop_app.db.models import AuditEntry, WorkOrderEvent
from desktop_app.services.sla import ANSWER_WITHIN


@dataclass(frozen=True)
class Holders:
    """``answerer``: who held the order when it was answered, or holds it still unanswered (the one
    whose own 24 hours run from the order's ``dispatched_at``); ``late``: earlier holders whose own
    day ran out before the order was passed on, still unanswered."""

    answerer: int | None
    late: tuple[int, ...] = ()


def hand_over_lines_statement(order_ids: Sequence[int]) -> Any:
    """The dispatch and hand-over lines of these orders, from ix_work_order_events_order_from."""
    e = WorkOrderEvent
    return (select(e.work_order_id, e.from_state, e.to_state, e.at)
            .where(e.work_order_id.in_(order_ids),
                   or_(e.to_state == WorkOrderState.DISPATCHED, e.from_state == e.to_state))
            .order_by(e.work_order_id, e.id))


def reassign_entries_statement(order_ids: Sequence[int]) -> Any:
    """The "reassign" audit entries of these orders, from ix_audit_log_entity."""
    a = AuditEntry
    return (select(a.entity_id, a.changes)
            .where(a.entity == "work_order", a.entity_id.in_(order_ids), a.action == "reassign")
            .order_by(a.entity_id, a.id))


def holders(s: Session, current: dict[int, int | None]) -> dict[int, Holders]:
    """``current``: order id -> its technician now, for orders with a hand-over line."""
    if not current:
        return {}
    ids = sorted(current)
    lines: defaultdict[int, list[tuple[WorkOrderState | None, WorkOrderState, dt.datetime]]] = defaultdict(list)
    for order_id, source, target, at in s.execute(hand_over_lines_statement(ids)):
        lines[order_id].append((source, target, at))
    entries: defaultdict[int, list[tuple[int | None, int | None]]] = defaultdict(list)
    for order_id, changes in s.execute(reassign_entries_statement(ids)):
        change = (changes or {}).get("technician_id") or {}
        entries[order_id].append((change.get("old"), change.get("new")))
    return {i: resolve(current[i], lines[i], entries[i]) for i in ids}


def resolve(current: int | None, lines: Iterable[tuple[WorkOrderState | None, WorkOrderState, dt.datetime]],
            entries: Sequence[tuple[int | None, int | None]]) -> Holders:
    """Rule S3/E14 judged as each technician's own promptness, as the evaluation always has ("a slow
    dispatch is not his"), so a hand-over is where the order reaches the new technician:

    - before the work starts (dispatched → dispatched) the new technician's day starts at the hand-over
      (``_hand_over`` moves ``dispatched_at`` to it). The time the order sat with the previous holder is
      his: late if his own day ran out before he passed it on; not judged if he passed it on within it
      (neither the answer nor a failure is his).
    - once the work has started the order was answered, by whoever held it then: the answer, on time or
      late, stays his; the new technician inherits an answered order, with no 24-hour fact of his own.

    Lines and entries that do not pair up (data written by hand) leave the order to its current holder."""
    hand_overs = [(source, at) for source, target, at in lines if source == target]
    if len(hand_overs) != len(entries) or not hand_overs:
        return Holders(current)
    received = next((at for source, target, at in lines if source != target), None)
    holder, late = entries[0][0], []
    for (state, at), (old, new) in zip(hand_overs, entries):
        if state is not WorkOrderState.DISPATCHED:  # the first hand-over after the work started
            return Holders(old, tuple(late))
        if received is not None and old is not None and at - received > ANSWER_WITHIN:
            late.append(old)
        holder, received = new, at
    return Holders(holder if holder is not None else current, tuple(late))
