"""Verified complaints that led to no demerit, as signed months count them: late entries (补记) too (E3, E21, E24)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.signed_months import counted_in
from desktop_app.core.vocabulary import ComplaintStatus
from desktop_app.db.models import Complaint, Demerit

if TYPE_CHECKING:  # signed_months imports this module
    from desktop_app.services.signed_months import SignedMonth


class LateComplaint(NamedTuple):
    staff_id: int
    number: str
    own_month: dt.date
    counted_in: dt.date


def late_complaints(s: Session, signed: Sequence[SignedMonth], staff_ids: Iterable[int], first: dt.date,
                    after: dt.date) -> list[LateComplaint]:
    """Upheld complaints without a demerit (none in force on the day of the conduct, E24: the finding still
    counts among the month's verified complaints) received from ``first`` to before ``after`` in a month of
    the person that is signed, and verified after that signature was recorded; one statement.

    A complaint with a demerit follows its demerit (signed_months.apply_signatures). One without has no
    entry a signature lists, so what the sheet showed when signed decides: verified by then, it was on the
    paper and stays; verified later, the signed month would change (E24: it never does), so it counts
    like a late demerit, in the person's first unsigned month after its own (core.signed_months)."""
    recorded = {(m.staff_id, m.month): m.recorded_at for m in signed}
    demerit = select(Demerit.id).where(Demerit.complaint_id == Complaint.id).exists()
    rows = s.execute(select(Complaint.id, Complaint.about_staff_id, Complaint.number, Complaint.received_on,
                            Complaint.verified_at)
                     .where(Complaint.about_staff_id.in_(list(staff_ids)), Complaint.status == ComplaintStatus.VERIFIED,
                            Complaint.received_on >= first, Complaint.received_on < after, ~demerit)
                     .order_by(Complaint.id)).all()
    covered: dict[int, dict[dt.date, set[int]]] = defaultdict(dict)
    for staff_id, month in recorded:
        covered[staff_id][month] = set()
    for i, staff_id, _, received_on, verified_at in rows:
        at = recorded.get((staff_id, received_on.replace(day=1)))
        # No verification time (recorded before it was kept): left where it always counted.
        if at is not None and (verified_at is None or verified_at <= at):
            covered[staff_id][received_on.replace(day=1)].add(i)
    frozen = {staff_id: {month: frozenset(ids) for month, ids in months.items()}
              for staff_id, months in covered.items()}
    out = []
    for i, staff_id, number, received_on, _ in rows:
        month = counted_in(i, received_on, frozen[staff_id])
        if month != received_on.replace(day=1):
            out.append(LateComplaint(staff_id, number, received_on.replace(day=1), month))
    return out
