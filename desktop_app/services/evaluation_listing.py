"""The evaluation tab's rows: a month's figures per staff member as a sortable Listing (E17, E21, E23, S3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any


from desktop_app.core.kpis import MonthFigures
from desktop_app.core.permissions import Permission, allows
from desktop_app.core.roles import Role
from desktop_app.db.engine import SessionFactory
from desktop_app.db.types import utcnow
from desktop_app.services.actor import Actor
from desktop_app.services.evaluation import EvaluationService, Evidence

# Sort keys the tab's columns name; "name" sorts by the person, the others by their figure.
FIGURE_KEYS = ("completed", "surveys", "satisfaction", "answered_24h_rate", "on_time_rate", "repeats",
               "incomplete_reports", "verified_complaints", "major_demerits", "fines_total", "pending_fines", "bonus_deducted")
# The repair figures: not applicable to the front desk (no repairs), the conduct ones apply to all.
REPAIR_KEYS = FIGURE_KEYS[:7]


@dataclass(frozen=True)
class EvaluationRow:
    staff_id: int
    username: str
    name: str
    role: Role
    figures: MonthFigures
    evidence: Evidence
    repair_figures: bool = True  # False: the repair figures do not apply (front desk), not zero
    bonus_deducted: Decimal = Decimal("0.00")  # E3: the month's bonus deductions for attitude
    pending_fines_total: Decimal = Decimal("0.00")  # suggested fines not yet decided: not in the total

    @property
    def pending_fines(self) -> int:
        """How many of the month's fines await a decision (their ids: ``evidence.pending_fines``)."""
        return len(self.evidence.pending_fines)

    def value(self, key: str) -> Any:
        """The figure a column sorts by; None when missing or not applicable."""
        if key == "bonus_deducted":
            return self.bonus_deducted
        if key == "pending_fines":
            return self.pending_fines_total
        if key in REPAIR_KEYS and not self.repair_figures:
            return None
        return getattr(self.figures, key)


def last_month(today: dt.date) -> dt.date:
    """The month evaluated by default: the one that just ended (month-end paperwork, E2)."""
    return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


@dataclass(frozen=True)
class MonthRows:
    """One month's rows as computed for one user (the slow part: a pass over the month's orders)."""

    actor: Actor
    month: dt.date
    rows: tuple[EvaluationRow, ...]


class EvaluationListing:
    """A few dozen people at most: the whole month is computed at once, then sorted and searched here.

    ``on_demand`` (the default) computes the month afresh on every ``count``. The staff tab turns it
    off and computes the month off the UI thread (``compute``), handing the result to ``show``;
    sorting and searching then work on the month shown, and a month not yet computed lists nothing."""

    def __init__(self, sessions: SessionFactory, actor: Actor | None = None, month: dt.date | None = None,
                 clock: Callable[[], dt.datetime] = utcnow, *, on_demand: bool = True) -> None:
        self._service = EvaluationService(sessions, clock)
        self.actor = actor
        self.month = (month or last_month(clock().astimezone().date())).replace(day=1)
        self.sort: tuple[str, bool] | None = None  # (key, descending); set by the table header
        self.on_demand = on_demand
        self._shown: MonthRows | None = None
        self._rows: list[EvaluationRow] = []
        self._rows_for: tuple[Any, ...] | None = None

    @property
    def service(self) -> EvaluationService:
        return self._service

    def allowed(self, actor: Actor | None = None) -> bool:
        """Only the supervisor and the manager see the figures; others get an empty list that says why."""
        actor = actor if actor is not None else self.actor
        return actor is not None and allows(actor.role, Permission.STAFF_EVALUATION_VIEW)

    def compute(self, actor: Actor | None, month: dt.date) -> MonthRows:
        """The month's rows for this user, staff order; safe on a worker thread (its own session)."""
        if actor is None or not self.allowed(actor):
            return MonthRows(actor, month, ())
        # One read: the figures and the bonus deductions follow the same signatures (services.evaluation).
        return MonthRows(actor, month, tuple(
            EvaluationRow(m.staff_id, m.username, m.name, m.role, m.figures, m.evidence, m.repair_figures,
                          _money(m.bonus_deducted), m.pending_fines_total)
            for m in self._service.month(actor, month)))

    def show(self, computed: MonthRows) -> None:
        """Lists these rows from now on (while the user and the month are theirs)."""
        self._shown = computed
        self._rows_for = None

    def showing(self) -> bool:
        """Whether the rows of the current user and month are here (else the list is empty for now)."""
        shown = self._shown
        return shown is not None and (shown.actor, shown.month) == (self.actor, self.month)

    def count(self, search: str = "") -> int:
        # The model asks the count first on every reload: recompute here, serve pages from the result.
        if self.on_demand:
            self.show(self.compute(self.actor, self.month))
        self._rows = self._load(search)
        self._rows_for = self._key(search)
        return len(self._rows)

    def fetch(self, offset: int, limit: int, search: str = "") -> list[EvaluationRow]:
        if self._rows_for != self._key(search):
            self.count(search)
        return self._rows[offset:offset + limit]

    def _key(self, search: str) -> tuple[Any, ...]:
        return (search, self.month, self.sort, self.actor)

    def _load(self, search: str) -> list[EvaluationRow]:
        if not self.allowed() or not self.showing():
            return []
        rows = list(self._shown.rows)
        needle = search.strip().casefold()
        if needle:
            rows = [r for r in rows if needle in r.name.casefold() or needle in r.username.casefold()]
        return _sorted(rows, self.sort)


def _sorted(rows: list[EvaluationRow], sort: tuple[str, bool] | None) -> list[EvaluationRow]:
    """Missing figures (no surveys, nothing due) stay last in either direction: they are not zero."""
    if sort is None:
        return rows
    key, descending = sort
    if key == "name":
        return sorted(rows, key=lambda r: r.name, reverse=descending)
    present = [r for r in rows if r.value(key) is not None]
    missing = [r for r in rows if r.value(key) is None]
    return sorted(present, key=lambda r: r.value(key), reverse=descending) + missing


def _money(value: Any) -> Decimal:
    # The sum comes back as the column's Decimal, or as a plain number from some drivers.
    return Decimal("0.00") if value is None else Decimal(value).quantize(Decimal("0.01"))

