"""E3: each person's bonus deductions for attitude, in the month their demerits count in (a late demerit,
补记, of a signed month in the next unsigned one, as the evaluation's figures count it)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.signed_months import counted_in, next_month
from desktop_app.db.models import Demerit
from desktop_app.services.signed_months import SignedMonth


def bonus_deductions(s: Session, signed: Iterable[SignedMonth], staff_ids: Sequence[int],
                     months: Sequence[dt.date]) -> dict[tuple[int, dt.date], Decimal]:
    """(person, month) -> the deductions counted in that month, for these people and months. ``signed``:
    their signed months up to the last month asked, as the evaluation read them (one read for both, so
    the figures and the deductions follow the same signatures). One statement whatever the staff."""
    wanted = sorted({m.replace(day=1) for m in months})
    if not staff_ids or not wanted:
        return {}
    covered: defaultdict[int, dict[dt.date, frozenset[int]]] = defaultdict(dict)
    for month in signed:
        covered[month.staff_id][month.month] = month.demerit_ids
    # A demerit dated in a signed month can count in a later one: read from the earliest signed month.
    since = min([m for months_of in covered.values() for m in months_of] + [wanted[0]])
    shown = set(wanted)
    deducted: defaultdict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    for demerit_id, staff_id, facts_on, amount in s.execute(
            select(Demerit.id, Demerit.staff_id, Demerit.facts_on, Demerit.bonus_deduction).where(
                Demerit.staff_id.in_(list(staff_ids)), Demerit.facts_on >= since,
                Demerit.facts_on < next_month(wanted[-1]), Demerit.bonus_deduction.is_not(None))):
        month = counted_in(demerit_id, facts_on, covered[staff_id])
        if month in shown:
            deducted[(staff_id, month)] += amount
    return dict(deducted)
