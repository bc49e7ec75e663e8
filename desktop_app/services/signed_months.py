"""Signed evaluation months as the evaluation reads them: each signed month keeps what was signed, and the
fines and demerits entered later for it count as late entries (补记) in the first unsigned month (E23, E24)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop_app.core.signed_months import counted_in, next_month
from desktop_app.core.vocabulary import ComplaintStatus, DemeritKind, FineStatus
from desktop_app.db.models import Complaint, Demerit, Fine, SignedEvaluationMonth, Staff
from desktop_app.services.evaluation_facts import Facts
from desktop_app.services.late_complaints import late_complaints


@dataclass(frozen=True)
class SignedMonth:
    """A month whose printed sheet the person signed, as recorded (services.evaluation_signatures)."""

    staff_id: int
    month: dt.date
    recorded_by: str
    recorded_at: dt.datetime  # UTC
    fines_total: Decimal  # as signed
    major_demerits: int  # as signed
    fine_ids: frozenset[int] = frozenset()
    demerit_ids: frozenset[int] = frozenset()

    @property
    def signed_on(self) -> dt.date:
        """The day it was recorded, in this computer's local time (as the counter's days are)."""
        return self.recorded_at.astimezone().date()


@dataclass(frozen=True)
class Entry:
    """A fine or demerit with the month of its facts and the month it counts in."""

    id: int
    staff_id: int
    own_month: dt.date
    counted_in: dt.date
    status: FineStatus | None = None  # fines
    amount: Decimal = Decimal("0.00")  # fines
    major: bool = False  # demerits (E21)
    complaint: str | None = None  # demerits: the verified complaint behind it

    @property
    def late(self) -> bool:
        return self.counted_in != self.own_month


@dataclass
class Signatures:
    """What ``apply_signatures`` found for the people and months asked."""

    signed: dict[tuple[int, dt.date], SignedMonth] = field(default_factory=dict)
    every: list[SignedMonth] = field(default_factory=list)  # all read, up to the last month asked
    late_fines: defaultdict[tuple[int, dt.date], dict[int, dt.date]] = field(
        default_factory=lambda: defaultdict(dict))  # fine id -> the month of its facts
    late_complaints: defaultdict[tuple[int, dt.date], dict[str, dt.date]] = field(
        default_factory=lambda: defaultdict(dict))


def signed_months(s: Session, staff_ids: Iterable[int] | None, last: dt.date) -> list[SignedMonth]:
    """Everyone's signed months up to ``last``, in one statement (the staff tab reads them all at once);
    ``staff_ids`` None: of everybody (the Fines… window lists everyone's fines)."""
    ids = None if staff_ids is None else list(staff_ids)
    if ids == []:
        return []
    whose = [] if ids is None else [SignedEvaluationMonth.staff_id.in_(ids)]
    recorder = aliased(Staff)
    rows = s.execute(select(SignedEvaluationMonth, recorder.display_name)
                     .join(recorder, recorder.id == SignedEvaluationMonth.recorded_by_id)
                     .where(*whose, SignedEvaluationMonth.month <= last)
                     .order_by(SignedEvaluationMonth.staff_id, SignedEvaluationMonth.month))
    return [SignedMonth(r.staff_id, r.month, name, r.recorded_at, r.fines_total, r.major_demerits,
                        frozenset(int(i) for i in r.fine_ids), frozenset(int(i) for i in r.demerit_ids))
            for r, name in rows]


def covered_fines(signed: Iterable[SignedMonth]) -> defaultdict[int, dict[dt.date, frozenset[int]]]:
    """Each person's signed months with the fines their signatures cover: ``counted_in``'s ``covered``."""
    out: defaultdict[int, dict[dt.date, frozenset[int]]] = defaultdict(dict)
    for month in signed:
        out[month.staff_id][month.month] = month.fine_ids
    return out


def entries(s: Session, signed: Sequence[SignedMonth], staff_ids: Iterable[int], first: dt.date,
            after: dt.date) -> tuple[list[Entry], list[Entry]]:
    """The fines (confirmed and pending) and demerits of these people dated from ``first`` to before
    ``after``, each with the month it counts in; two statements."""
    ids = list(staff_ids)
    fines_covered = covered_fines(signed)
    demerits_covered: dict[int, dict[dt.date, frozenset[int]]] = defaultdict(dict)
    for month in signed:
        demerits_covered[month.staff_id][month.month] = month.demerit_ids
    fines = [Entry(i, staff, facts_on.replace(day=1), counted_in(i, facts_on, fines_covered[staff]), status, amount)
             for i, staff, facts_on, status, amount in s.execute(
                 select(Fine.id, Fine.staff_id, Fine.facts_on, Fine.status, Fine.amount).where(
                     Fine.staff_id.in_(ids), Fine.status.in_((FineStatus.CONFIRMED, FineStatus.SUGGESTED)),
                     Fine.facts_on >= first, Fine.facts_on < after).order_by(Fine.id))]
    demerits = [Entry(i, staff, facts_on.replace(day=1), counted_in(i, facts_on, demerits_covered[staff]),
                      major=kind is DemeritKind.MAJOR,
                      complaint=number if complaint_status is ComplaintStatus.VERIFIED else None)
                for i, staff, facts_on, kind, number, complaint_status in s.execute(
                    select(Demerit.id, Demerit.staff_id, Demerit.facts_on, Demerit.kind, Complaint.number,
                           Complaint.status)
                    .outerjoin(Complaint, Complaint.id == Demerit.complaint_id).where(
                        Demerit.staff_id.in_(ids), Demerit.facts_on >= first, Demerit.facts_on < after)
                    .order_by(Demerit.id))]
    return fines, demerits


def apply_signatures(s: Session, staff_ids: Sequence[int], months: Sequence[dt.date], facts: Facts) -> Signatures:
    """Moves the late entries out of their signed month and into the month they count in, within the
    gathered ``facts`` (core.signed_months.counted_in says why). One statement when nobody's month up
    to the last one asked is signed, four otherwise, whatever the number of people and months."""
    wanted = sorted({m.replace(day=1) for m in months})
    out = Signatures()
    signed = signed_months(s, staff_ids, wanted[-1])
    if not signed:
        return out
    out.every = signed
    out.signed = {(m.staff_id, m.month): m for m in signed if m.month in wanted}
    people = {m.staff_id for m in signed}
    fines, demerits = entries(s, signed, people, min(m.month for m in signed), next_month(wanted[-1]))
    shown = set(wanted)
    for fine in (f for f in fines if f.late):
        if (fine.staff_id, fine.own_month) in facts and fine.own_month in shown:
            bucket = facts[(fine.staff_id, fine.own_month)]
            bucket.fines = [f for f in bucket.fines if f[0] != fine.id]
            bucket.pending_fines = [f for f in bucket.pending_fines if f[0] != fine.id]
        if fine.counted_in in shown:
            key = (fine.staff_id, fine.counted_in)
            bucket = facts[key]
            target = bucket.fines if fine.status is FineStatus.CONFIRMED else bucket.pending_fines
            target.append((fine.id, fine.amount))
            target.sort()
            out.late_fines[key][fine.id] = fine.own_month
    for demerit in (d for d in demerits if d.late):
        if (demerit.staff_id, demerit.own_month) in facts and demerit.own_month in shown:
            bucket = facts[(demerit.staff_id, demerit.own_month)]
            bucket.major_demerits -= demerit.major
            if demerit.complaint in bucket.complaints:
                bucket.complaints.remove(demerit.complaint)
        if demerit.counted_in in shown:
            key = (demerit.staff_id, demerit.counted_in)
            bucket = facts[key]
            bucket.major_demerits += demerit.major
            if demerit.complaint is not None and demerit.complaint not in bucket.complaints:
                bucket.complaints.append(demerit.complaint)
                out.late_complaints[key][demerit.complaint] = demerit.own_month
    # The verified complaints that led to no demerit, the same way (late_complaints says when they are late).
    for complaint in late_complaints(s, signed, people, min(m.month for m in signed), next_month(wanted[-1])):
        if (complaint.staff_id, complaint.own_month) in facts and complaint.own_month in shown:
            bucket = facts[(complaint.staff_id, complaint.own_month)]
            bucket.complaints = [c for c in bucket.complaints if c != complaint.number]
        if complaint.counted_in in shown:
            key = (complaint.staff_id, complaint.counted_in)
            facts[key].complaints.append(complaint.number)
            out.late_complaints[key][complaint.number] = complaint.own_month
    return out
