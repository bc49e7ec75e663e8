"""The month's evaluation per staff member, with the evidence behind each figure (E17, E21, E23, S3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.kpis import MonthFigures
from desktop_app.core.permissions import Permission
from desktop_app.core.roles import Role
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Staff
from desktop_app.db.types import utcnow
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.bonus_deductions import bonus_deductions
from desktop_app.services.evaluation_facts import Calendar, MonthFacts, gather
from desktop_app.services.evaluation_pending import refuse_pending_fines
from desktop_app.services.signed_months import Signatures, SignedMonth, apply_signatures

# Who does repairs: the repair figures (orders, surveys, promptness, repeats, reports) are theirs.
REPAIR_ROLES = (Role.TECHNICIAN, Role.SUPERVISOR)
# Who is listed every month: the service department. The conduct rules (E3 politeness and attitude,
# E21) bind the front desk too (E1: the operator answers the calls). Anyone else (the manager) is
# listed in a month that holds a complaint, demerit or fine of theirs.
EVALUATED_ROLES = (Role.OPERATOR, Role.TECHNICIAN, Role.SUPERVISOR)


@dataclass(frozen=True)
class Evidence:
    completed: tuple[str, ...] = ()
    surveys: tuple[str, ...] = ()  # work-order numbers with a survey in the month
    late_or_slow: tuple[str, ...] = ()  # orders answered after 24 h or arrived late
    repeats: tuple[str, ...] = ()  # later orders that repeat this person's repair (E16)
    incomplete_reports: tuple[str, ...] = ()
    complaints: tuple[str, ...] = ()
    fines: tuple[int, ...] = ()  # confirmed: behind the month's total
    pending_fines: tuple[int, ...] = ()  # suggested, not yet decided: not in the total (E23, E24)
    # Late entries (补记) of an earlier signed month counted in this one, with their own month (signed_months).
    late_fines: tuple[tuple[int, dt.date], ...] = ()
    late_complaints: tuple[tuple[str, dt.date], ...] = ()
    signed: SignedMonth | None = None  # the printed sheet of this month was signed: what it covered (E24)


@dataclass(frozen=True)
class StaffMonth:
    staff_id: int
    name: str
    role: Role
    figures: MonthFigures
    evidence: Evidence = field(default_factory=Evidence)
    # False: no repair work (the front desk): the repair figures do not apply, they are not zero.
    repair_figures: bool = True
    pending_fines_total: Decimal = Decimal("0.00")  # the pending fines' amounts, not in figures.fines_total
    username: str = ""
    bonus_deducted: Decimal = Decimal("0.00")  # E3: the deductions for attitude counted in the month

    @property
    def pending_fines(self) -> int:
        return len(self.evidence.pending_fines)


class EvaluationService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def month(self, actor: Actor, month: dt.date) -> list[StaffMonth]:
        """Every active member of the service department (EVALUATED_ROLES), and anyone else with facts
        in the month (orders, surveys, repeats, complaints, demerits, fines): a person who left after
        the month's work is still evaluated for it and his sheet can be printed. In staff order.

        Computed for everyone at once in a fixed handful of statements, not a round per person
        (issue 8: the busiest month of a large centre has tens of thousands of orders); the people
        without facts are dropped after gathering, so finding them costs no statement either."""
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        month = month.replace(day=1)
        with self._sessions.read() as s:
            people = [_Person(*row) for row in s.execute(select(*_PERSON).order_by(Staff.id))]
            facts = gather(s, [p.id for p in people], self._calendar([month]))
            signatures = apply_signatures(s, [p.id for p in people], [month], facts)  # everyone at once
            deducted = bonus_deductions(s, signatures.every, [p.id for p in people], [month])
            # ``in`` first: the facts are a defaultdict, and a month without any has no entry.
            return [_staff_month(p, facts[(p.id, month)], signatures, month, deducted) for p in people
                    if (p.active and p.role in EVALUATED_ROLES) or (p.id, month) in facts]

    def for_staff(self, actor: Actor, staff_id: int, month: dt.date) -> StaffMonth:
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        with self._sessions.read() as s:
            return self._months(s, [self._person(s, staff_id)], [month])[0]

    def for_sheet(self, actor: Actor, staff_id: int, month: dt.date, *, language: str) -> StaffMonth:
        """The month as the evaluation sheet prints it; refused while fines of the month await a
        decision (evaluation_pending says why)."""
        result = self.for_staff(actor, staff_id, month)
        if result.evidence.pending_fines:
            with self._sessions.read() as s:
                refuse_pending_fines(s, result.name, month, result.evidence.pending_fines, language)
        return result

    def history(self, actor: Actor, staff_id: int, last_month: dt.date, months: int = 12) -> list[tuple[dt.date, MonthFigures]]:
        """The chart's series: the figures of the last ``months`` months, oldest first (one pass over
        the whole span, each fact then put in its month)."""
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        series, month = [], last_month.replace(day=1)
        for _ in range(months):
            series.append(month)
            month = (month - dt.timedelta(days=1)).replace(day=1)
        series.reverse()
        with self._sessions.read() as s:
            person = self._person(s, staff_id)
            facts = gather(s, [person.id], self._calendar(series))
            return [(m, facts[(person.id, m)].figures()) for m in series]

    # --- helpers --------------------------------------------------------------------------------
    @staticmethod
    def _person(s: Session, staff_id: int) -> _Person:
        return _Person(*s.execute(select(*_PERSON).where(Staff.id == staff_id)).one())

    def _calendar(self, months: Sequence[dt.date]) -> Calendar:
        # The months in the local time of this computer, as the counter's day is (month_bounds).
        return Calendar(months, self._clock())

    def _months(self, s: Session, people: Sequence[_Person], months: Sequence[dt.date]) -> list[StaffMonth]:
        """People × months, person by person, each person's months in the given order."""
        facts = gather(s, [p.id for p in people], self._calendar(months))
        signatures = apply_signatures(s, [p.id for p in people], months, facts)
        deducted = bonus_deductions(s, signatures.every, [p.id for p in people], months)
        return [_staff_month(p, facts[(p.id, m.replace(day=1))], signatures, m.replace(day=1), deducted)
                for p in people for m in months]


@dataclass(frozen=True)
class _Person:
    id: int
    display_name: str
    role: Role
    active: bool
    username: str


_PERSON = (Staff.id, Staff.display_name, Staff.role, Staff.active, Staff.username)


def _staff_month(person: _Person, month: MonthFacts, signatures: Signatures | None = None,
                 first: dt.date | None = None,
                 deducted: dict[tuple[int, dt.date], Decimal] | None = None) -> StaffMonth:
    key = (person.id, first)
    signatures = signatures or Signatures()
    evidence = Evidence(
        completed=tuple(f.number for f in month.completed),
        surveys=tuple(n for n, _ in month.surveys),
        late_or_slow=tuple(sorted(month.slow)),
        repeats=tuple(month.repeats),
        incomplete_reports=tuple(f.number for f in month.completed if f.report_incomplete),
        complaints=tuple(month.complaints),
        fines=tuple(i for i, _ in month.fines),
        pending_fines=tuple(i for i, _ in month.pending_fines),
        late_fines=tuple(signatures.late_fines.get(key, {}).items()),
        late_complaints=tuple(signatures.late_complaints.get(key, {}).items()),
        signed=signatures.signed.get(key))
    # A front-desk or manager month with orders of theirs (a role changed mid-way) keeps its figures.
    repair = person.role in REPAIR_ROLES or bool(month.orders or month.surveys or month.repeats)
    pending = sum((amount for _, amount in month.pending_fines), Decimal("0.00"))
    return StaffMonth(person.id, person.display_name, person.role, month.figures(), evidence, repair, pending,
                      person.username, (deducted or {}).get(key, Decimal("0.00")))
