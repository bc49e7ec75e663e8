"""What the assessment windows list: rule-set versions and who acknowledged them, complaints, fines (E24)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.permissions import Permission
from desktop_app.core.roles import Role
from desktop_app.core.signed_months import counted_in
from desktop_app.core.vocabulary import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    DemeritKind,
    FineReason,
    FineStatus,
)
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import (
    AssessmentRuleSet,
    Complaint,
    Customer,
    Demerit,
    Fine,
    Product,
    RuleAcknowledgement,
    Staff,
    WorkOrder,
)
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.signed_months import covered_fines, signed_months
from desktop_app.services.staff_departures import departure_days, worked_on

# The people the E23 fines are assessed against (visits, reports, dispatch): technicians and supervisors.
# Complaints (E3, E21) may name anyone: see complaint_subjects.
ASSESSED_ROLES = (Role.TECHNICIAN, Role.SUPERVISOR)


@dataclass(frozen=True)
class RuleSetView:
    id: int
    version: int
    published_on: dt.date
    terms: RuleTerms
    published_by: str


@dataclass(frozen=True)
class AcknowledgementView:
    staff_id: int
    name: str
    username: str
    role: Role
    acknowledged_on: dt.date | None  # None: not signed yet (their fines under it are flagged, E24)
    active: bool = True
    left_on: dt.date | None = None  # a former staff member's last day, when the audit trail has it


@dataclass(frozen=True)
class ComplaintView:
    number: str
    received_on: dt.date
    received_via: ComplaintChannel
    complainant: str
    category: ComplaintCategory
    about_name: str | None
    work_order_number: str | None
    product_model: str | None
    description: str
    status: ComplaintStatus
    findings: str | None
    demerit: DemeritKind | None  # what the verification led to (E3, E21)
    bonus_deduction: Decimal | None
    contact_phone: str | None = None  # where the answer reaches the complainant (E3, E5, S3)


@dataclass(frozen=True)
class FineView:
    id: int
    staff_id: int
    staff_name: str
    reason: FineReason
    facts_on: dt.date
    amount: Decimal
    status: FineStatus
    rule_version: int
    work_order_number: str | None
    unacknowledged: bool  # E24: the person has not acknowledged the version the fine cites
    decision_reason: str | None
    # A fine of a signed month entered after the signature: the later month it counts in as a late entry
    # (补记, services.signed_months). None: it counts in its own month (or it was dismissed, or not asked).
    counted_in: dt.date | None = None


@dataclass(frozen=True)
class Choice:
    id: int
    text: str
    former: bool = False  # a staff member who has left (the form says so)


def _month_range(month: dt.date) -> tuple[dt.date, dt.date]:
    first = month.replace(day=1)
    return first, (first + dt.timedelta(days=32)).replace(day=1)


class AssessmentViews:
    def __init__(self, sessions: SessionFactory) -> None:
        self._sessions = sessions

    def rule_sets(self) -> list[RuleSetView]:
        """Every published version, newest first; every signed-in user may read the rules they sign."""
        with self._sessions.read() as s:
            rows = s.execute(select(AssessmentRuleSet, Staff.display_name)
                             .join(Staff, AssessmentRuleSet.published_by_id == Staff.id, isouter=True)
                             .order_by(AssessmentRuleSet.version.desc()))
            return [RuleSetView(r.id, r.version, r.published_on, RuleTerms.from_dict(r.rules), name or "")
                    for r, name in rows]

    def acknowledgements(self, version: int, *, former: bool = False) -> list[AcknowledgementView]:
        """Every active staff member with the day they acknowledged ``version`` (None: not yet); with
        ``former``, also those who left but were still here when it was published: the sheet they
        signed before leaving is filed afterwards (E24)."""
        with self._sessions.read() as s:
            rules = s.execute(select(AssessmentRuleSet.id, AssessmentRuleSet.published_on)
                              .where(AssessmentRuleSet.version == version)).first()
            rule_set_id, published_on = rules if rules is not None else (None, None)
            signed = dict(s.execute(select(RuleAcknowledgement.staff_id, RuleAcknowledgement.acknowledged_on)
                                    .where(RuleAcknowledgement.rule_set_id == rule_set_id)).all())
            left = departure_days(s) if former else {}
            staff = s.scalars(select(Staff).where(Staff.active | Staff.id.in_(list(left))).order_by(Staff.id))
            return [AcknowledgementView(p.id, p.display_name, p.username, p.role, signed.get(p.id), p.active,
                                        left.get(p.id))
                    for p in staff if p.active or published_on is None or worked_on(left.get(p.id), published_on)
                    or p.id in signed]

    def complaints(self, actor: Actor, month: dt.date) -> list[ComplaintView]:
        """The month's complaints, and any still waiting for verification whatever their month."""
        require(actor, Permission.COMPLAINTS_RECORD)
        first, after = _month_range(month)
        return self._complaints(or_(Complaint.status == ComplaintStatus.REGISTERED,
                                    (Complaint.received_on >= first) & (Complaint.received_on < after)))

    def complaints_numbered(self, actor: Actor, numbers: tuple[str, ...]) -> list[ComplaintView]:
        """The evaluation's evidence: the complaints behind a figure."""
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        return self._complaints(Complaint.number.in_(numbers)) if numbers else []

    def _complaints(self, where: Any) -> list[ComplaintView]:
        about = aliased(Staff)
        with self._sessions.read() as s:
            rows = s.execute(
                select(Complaint, about.display_name, WorkOrder.number, Product.model, Demerit.kind,
                       Demerit.bonus_deduction)
                .outerjoin(about, Complaint.about_staff_id == about.id)
                .outerjoin(WorkOrder, Complaint.work_order_id == WorkOrder.id)
                .outerjoin(Product, Complaint.product_id == Product.id)
                .outerjoin(Demerit, Demerit.complaint_id == Complaint.id)
                .where(where).order_by(Complaint.received_on.desc(), Complaint.id.desc()))
            return [ComplaintView(c.number, c.received_on, c.received_via, c.complainant, c.category, name, order,
                                  model, c.description, c.status, c.findings, kind, deduction, c.contact_phone)
                    for c, name, order, model, kind, deduction in rows]

    def fines(self, actor: Actor, month: dt.date) -> list[FineView]:
        """The fines that count in the month, as its evaluation and sheet count them (E23, E24): its own and
        the late entries (补记) of earlier signed months; those dated in it that count in a later month
        (each with ``counted_in``); and any still only suggested whatever their month: nothing waits unseen.
        Three statements, however many months are signed."""
        require(actor, Permission.FINES_RECORD)
        first, after = _month_range(month)
        with self._sessions.read() as s:
            signed = signed_months(s, None, dt.date.max)  # later ones too: where a fine of this month went
            covered = covered_fines(signed)
            where = or_(Fine.status == FineStatus.SUGGESTED, (Fine.facts_on >= first) & (Fine.facts_on < after))
            if signed:  # the confirmed fines of signed months before this one: late entries it may count
                where = or_(where, Fine.staff_id.in_(list(covered)) & (Fine.status == FineStatus.CONFIRMED)
                            & (Fine.facts_on >= min(m.month for m in signed)) & (Fine.facts_on < first))
            out = []
            for fine in self._fines_in(s, where):
                counted = counted_in(fine.id, fine.facts_on, covered.get(fine.staff_id, {})) \
                    if fine.status is not FineStatus.DISMISSED else None
                if counted is not None and counted != fine.facts_on.replace(day=1):
                    fine = replace(fine, counted_in=counted)
                # A confirmed fine of an earlier month that its signature covers is not this month's.
                if fine.status is FineStatus.SUGGESTED or first <= fine.facts_on < after or counted == first:
                    out.append(fine)
            return out

    def fines_numbered(self, actor: Actor, ids: tuple[int, ...]) -> list[FineView]:
        """The evaluation's evidence: the confirmed fines behind the month's total, and those still
        awaiting a decision when asked for (the panel lists them apart, by ``status``)."""
        require(actor, Permission.STAFF_EVALUATION_VIEW)
        return self._fines(Fine.id.in_(ids)) if ids else []

    def _fines(self, where: Any) -> list[FineView]:
        with self._sessions.read() as s:
            return self._fines_in(s, where)

    @staticmethod
    def _fines_in(s: Session, where: Any) -> list[FineView]:
        signed = {(rule_set, person) for rule_set, person in
                  s.execute(select(RuleAcknowledgement.rule_set_id, RuleAcknowledgement.staff_id))}
        rows = s.execute(
            select(Fine, Staff.display_name, AssessmentRuleSet.version, WorkOrder.number)
            .join(Staff, Fine.staff_id == Staff.id)
            .join(AssessmentRuleSet, Fine.rule_set_id == AssessmentRuleSet.id)
            .outerjoin(WorkOrder, Fine.work_order_id == WorkOrder.id)
            .where(where).order_by(Fine.facts_on.desc(), Fine.id.desc()))
        return [FineView(f.id, f.staff_id, name, f.reason, f.facts_on, f.amount, f.status, version, order,
                         (f.rule_set_id, f.staff_id) not in signed, f.decision_reason)
                for f, name, version, order in rows]

    def complaint_subjects(self, on: dt.date | None = None) -> list[Choice]:
        """Who a complaint may be about (E3, E21 bind every member of the service department, the
        front desk too): everyone active, and a former staff member when ``on`` (the day of the
        complaint) is not after the day he left (or that day is unknown), marked ``former``."""
        with self._sessions.read() as s:
            left = departure_days(s)
            people = s.execute(select(Staff.id, Staff.display_name, Staff.active).order_by(Staff.display_name))
            return [Choice(i, name, not active) for i, name, active in people
                    if active or on is None or worked_on(left.get(i), on)]

    def assessed_staff(self) -> list[Choice]:
        """Who a complaint or a fine may be about: the active technicians and supervisors."""
        with self._sessions.read() as s:
            return _choices(s, select(Staff.id, Staff.display_name).where(Staff.active, Staff.role.in_(ASSESSED_ROLES))
                            .order_by(Staff.display_name))

    def customers_by_phone(self, phone: str) -> list[Choice]:
        """The customers on record with this phone as either of their numbers (``phone`` as
        core.phone_numbers stores it), oldest first: whom a complaint came from, so that it is answered
        (E3, E5). Several when a family or a company shares one number."""
        with self._sessions.read() as s:
            return _choices(s, select(Customer.id, Customer.name).where(
                or_(Customer.phone == phone, Customer.phone2 == phone)).order_by(Customer.id))

    def work_order_exists(self, number: str) -> bool:
        with self._sessions.read() as s:
            return s.scalar(select(WorkOrder.id).where(WorkOrder.number == number.strip())) is not None

    def product_models(self) -> list[Choice]:
        """The models a design-defect report (E6) may name."""
        with self._sessions.read() as s:
            return [Choice(i, f"{model} {name}".strip()) for i, model, name in
                    s.execute(select(Product.id, Product.model, Product.name).order_by(Product.model))]


def _choices(s: Session, query: Any) -> list[Choice]:
    return [Choice(i, text) for i, text in s.execute(query)]
