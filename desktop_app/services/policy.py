"""The warranty policy in force (rule W12): the version effective on a day, or the default."""

from __future__ import annotations

import datetime as dt

from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.core.permissions import Permission
from desktop_app.core.warranty_policy import DEFAULT_POLICY, PolicyTerms
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import ProductCategory, WarrantyPolicyVersion
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, field_checks
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require


def version_on(session: Session, day: dt.date) -> WarrantyPolicyVersion | None:
    """Rule W12: the version in force on ``day``: the latest ``effective_from`` on or before it (a tie
    goes to the later-published version). A version published today "effective 2027-01-01" judges
    nothing before that day. None only while no version is stored; a day before every version's
    start gets the earliest one (old data from before the first publication)."""
    # A manager publishes a handful of versions in the app's life: all of them, read through the
    # version's unique index (effective_from has none, and a schema change is not worth it), are
    # cheaper than a second statement on every claim, and are chosen from here.
    return pick_version(all_versions(session), day)


def all_versions(session: Session) -> list[WarrantyPolicyVersion]:
    """Every stored version (a handful), for ``pick_version`` to choose from without another statement."""
    return list(session.scalars(select(WarrantyPolicyVersion).order_by(WarrantyPolicyVersion.version.desc())))


def pick_version(rows: list[WarrantyPolicyVersion], day: dt.date) -> WarrantyPolicyVersion | None:
    """``version_on`` among ``rows``: the latest start on or before ``day``, else the earliest version."""
    started = [row for row in rows if row.effective_from <= day]
    if started:
        return max(started, key=lambda row: (row.effective_from, row.version))
    return min(rows, key=lambda row: (row.effective_from, row.version), default=None)


def current_version(session: Session, day: dt.date) -> WarrantyPolicyVersion:
    """The version a claim dated ``day`` is judged under; the default is stored on first use."""
    row = version_on(session, day)
    if row is None:
        row = WarrantyPolicyVersion(
            version=DEFAULT_POLICY.version, effective_from=_DEFAULT_FROM, terms=DEFAULT_POLICY.to_dict()
        )
        session.add(row)
        session.flush()
    return row


class PolicySchedule(NamedTuple):
    """What the policy dialog shows: the version in force today and the next one announced, if any."""

    in_force: PolicyTerms
    next_terms: PolicyTerms | None
    next_from: dt.date | None


# Upper bounds of a published term: PolicyTerms only refuses less than 1, and a typo of 360000 months
# would be stored for good (W12) and overflow the date arithmetic of every claim judged under it.
MAX_MONTHS = 240  # twenty years: four times the longest period the promise knows (W4)
MAX_DAYS = 366  # D11, D12 count days from a receipt or sale; a year covers any agreement
_MONTH_TERMS = ("return_months", "exchange_months", "repair_months", "long_repair_months",
                "manufacturer_warranty_months")
_DAY_TERMS = ("doa_days", "early_defect_days")

# The default version's start: before any sale the counter will see.
_DEFAULT_FROM = dt.date(2000, 1, 1)


class CategoryChoice(NamedTuple):
    """A product category a manager may give the longer repair period (rule W4)."""

    code: str
    name_zh: str
    name_en: str


class PolicyService:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def current_terms(self, on: dt.date | None = None) -> PolicyTerms:
        """The terms claims dated ``on`` (default: today, local) are judged under (rule W12)."""
        day = on or dt.datetime.now().astimezone().date()
        with self._sessions.read() as session:
            row = version_on(session, day)
            return PolicyTerms.from_dict(row.terms) if row is not None else DEFAULT_POLICY

    def schedule(self, on: dt.date | None = None) -> PolicySchedule:
        """The version in force ``on`` (default today) and the next announced one (rule W12)."""
        day = on or dt.datetime.now().astimezone().date()
        with self._sessions.read() as session:
            row = version_on(session, day)
            in_force = PolicyTerms.from_dict(row.terms) if row is not None else DEFAULT_POLICY
            after = max(day, row.effective_from) if row is not None else day
            announced = [v for v in session.scalars(select(WarrantyPolicyVersion)) if v.effective_from > after]
            later = min(announced, key=lambda v: (v.effective_from, -v.version), default=None)
            if later is None:
                return PolicySchedule(in_force, None, None)
            return PolicySchedule(in_force, PolicyTerms.from_dict(later.terms), later.effective_from)

    def product_categories(self) -> list[CategoryChoice]:
        with self._sessions.read() as session:
            rows = session.execute(select(ProductCategory.code, ProductCategory.name_zh, ProductCategory.name_en)
                                   .order_by(ProductCategory.code))
            return [CategoryChoice(*row) for row in rows]

    def publish(self, actor: Actor, terms: PolicyTerms, effective_from: dt.date) -> PolicyTerms:
        """A new version; old claims keep the version they were judged under (rule W12)."""
        require(actor, Permission.POLICY_MANAGE)
        check_terms(terms, effective_from, dt.datetime.now().astimezone().date())
        with self._sessions.write() as session, session.begin():
            in_force = current_version(session, effective_from)  # the default stays stored for the claims before it
            check_categories(session, terms, in_force)
            version = (session.scalar(select(func.max(WarrantyPolicyVersion.version))) or 0) + 1
            published = PolicyTerms.from_dict({**terms.to_dict(), "version": version})
            row = WarrantyPolicyVersion(
                version=version, effective_from=effective_from, terms=published.to_dict(),
                published_by_id=actor.staff_id or None,
            )
            session.add(row)
            session.flush()
            audit_trail.record(session, actor, "warranty_policy", row.id, "publish", published.to_dict())
            return published


def check_terms(terms: PolicyTerms, effective_from: dt.date, today: dt.date) -> None:
    """Periods a counter can work with, and a start between the default's and a year from today (W12)."""
    for name in _MONTH_TERMS + _DAY_TERMS:
        field_checks.quantity(getattr(terms, name), name, maximum=MAX_MONTHS if name in _MONTH_TERMS else MAX_DAYS)
    field_checks.day(effective_from, "effective_from", earliest=_DEFAULT_FROM)


def check_categories(session: Session, terms: PolicyTerms, in_force: WarrantyPolicyVersion) -> None:
    """Rule W4: the longer period goes to product categories on record; a code the version in force
    already names is kept even without products yet (the default names industrial Ethernet)."""
    known = set(session.scalars(select(ProductCategory.code))) | set(in_force.terms.get("long_repair_categories", ()))
    unknown = sorted(terms.long_repair_categories - known)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no product category {code}."),
                              field="long_repair_categories", code="、".join(unknown))
