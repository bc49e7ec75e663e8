"""The wear-part flag as part of the versioned warranty policy (rules W6, W12).

``Part.is_wear_part`` is the flag today (the catalogue, the picker and the import show it); every
change is also kept in ``part_wear_flags`` so that a claim is charged under the flag in force when
it was taken: "old claims never change when the policy does" (W12).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, literal, select
from sqlalchemy.orm import Session

from desktop_app.db.models import Claim, Part, PartWearFlag
from desktop_app.db.types import UTCDateTime, utcnow


# Flags a part had before its history began (migration 0004's backfill): in force before any claim.
SINCE_EVER = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def keep_current(s: Session, part_ids: Iterable[int]) -> None:
    """Before a flag changes: a part without history (written outside the catalogue, e.g. sample data)
    gets its flag so far as in force since ever, so claims taken before the change keep it."""
    ids = sorted(set(part_ids))
    if not ids:
        return
    has_history = select(PartWearFlag.id).where(PartWearFlag.part_id == Part.id).exists()
    s.execute(insert(PartWearFlag).from_select(
        ["part_id", "is_wear_part", "changed_at"],
        select(Part.id, Part.is_wear_part, literal(SINCE_EVER, UTCDateTime())).where(Part.id.in_(ids), ~has_history)))


def record(s: Session, flags: Iterable[tuple[int, bool]], changed_by_id: int | None,
           at: dt.datetime | None = None) -> None:
    """History rows for parts created or whose flag changed, in the caller's transaction (one statement);
    for a change, call ``keep_current`` first, before the new flag reaches the database."""
    at = at or utcnow()
    rows = [{"part_id": part_id, "is_wear_part": bool(wear), "changed_at": at, "changed_by_id": changed_by_id}
            for part_id, wear in flags]
    if rows:
        s.execute(insert(PartWearFlag.__table__), rows)  # the table: no ORM bulk machinery for an import's rows


def for_claim(s: Session, claim_id: int, part_ids: Iterable[int]) -> dict[int, bool]:
    """Each part's wear flag in force when the claim was taken (W12), in one statement whatever the parts.

    The newest change up to the claim's intake; a part created after the claim takes the flag it was
    created with (the manager's first judgement of it, not any later change); a part without history
    (written outside the catalogue, e.g. sample data) its current flag.
    """
    return in_force_at(s, select(Claim.created_at).where(Claim.id == claim_id).scalar_subquery(), part_ids)


def in_force_at(s: Session, taken_at: Any, part_ids: Iterable[int]) -> dict[int, bool]:
    """``for_claim`` for a claim taken at ``taken_at`` (a UTC datetime or a SQL expression), before it is
    stored: a visit's product not identified yet is claimed from the call (services.visit_identification)."""
    ids = sorted(set(part_ids))
    if not ids:
        return {}
    if isinstance(taken_at, dt.datetime):
        taken_at = literal(taken_at, UTCDateTime())
    history = select(PartWearFlag.is_wear_part).where(PartWearFlag.part_id == Part.id)
    in_force = (history.where(PartWearFlag.changed_at <= taken_at)
                .order_by(PartWearFlag.changed_at.desc(), PartWearFlag.id.desc()).limit(1).scalar_subquery())
    first = history.order_by(PartWearFlag.changed_at, PartWearFlag.id).limit(1).scalar_subquery()
    flag = func.coalesce(in_force, first, Part.is_wear_part)
    return {part_id: bool(wear) for part_id, wear in s.execute(select(Part.id, flag).where(Part.id.in_(ids)))}
