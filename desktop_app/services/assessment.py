"""Rule sets and acknowledgements (E24), complaints and demerits (E3, E5, E6, E21), fines (E23)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.core.assessment import FINED_ROLES, PublishedVersion, RuleTerms, consequence, version_in_force
from desktop_app.core.kpis import month_bounds
from desktop_app.core.permissions import Permission
from desktop_app.core.phone_numbers import normalize_phone
from desktop_app.core.vocabulary import (
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    DemeritKind,
    FineReason,
    FineStatus,
    WorkOrderKind,
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
    WorkOrderVisit,
)
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, numbering
from desktop_app.services import field_checks as check
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.evaluation_facts import report_filled, report_incomplete


@dataclass(frozen=True)
class ComplaintInput:
    received_via: ComplaintChannel
    received_on: dt.date
    complainant: str
    category: ComplaintCategory
    description: str
    about_staff_id: int | None = None
    work_order_number: str | None = None
    product_id: int | None = None  # E6: a suspected design defect of a model
    customer_id: int | None = None
    contact_phone: str | None = None  # where the answer reaches the complainant (E3, E5, S3)


def rule_set_in_force(s: Session, day: dt.date) -> AssessmentRuleSet:
    chosen = _rule_set_or_none(s, day)
    if chosen is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "No assessment rule set was published by {day}: nothing can be held against staff (E24)."),
            field="rule_set", day=day.isoformat())
    return chosen


def _rule_set_or_none(s: Session, day: dt.date) -> AssessmentRuleSet | None:
    rows = list(s.scalars(select(AssessmentRuleSet)))
    chosen = version_in_force([PublishedVersion(r.id, r.version, r.published_on) for r in rows], day)
    return None if chosen is None else s.get(AssessmentRuleSet, chosen.id)


def _day_of_the_conduct(s: Session, complaint: Complaint) -> dt.date:
    """When what the complaint is about happened (E24): the linked order's visit by the person complained
    about (his first there; the order's first visit when the complaint names nobody or he made none),
    else its completion, else its creation; without an order, the day it was received (a call is
    complained about at once). Not the order's own arrival columns: they mirror the latest visit,
    which after a reassignment is someone else's (migration 0009)."""
    if complaint.work_order_id is None:
        return complaint.received_on
    visits = s.execute(select(WorkOrderVisit.technician_id, WorkOrderVisit.arrived_at)
                       .where(WorkOrderVisit.work_order_id == complaint.work_order_id)
                       .order_by(WorkOrderVisit.arrived_at, WorkOrderVisit.id)).all()
    theirs = [arrived for who, arrived in visits if who == complaint.about_staff_id]
    first_visit = (theirs or [arrived for _, arrived in visits] or [None])[0]
    row = s.execute(select(WorkOrder.completed_at, WorkOrder.created_at)
                    .where(WorkOrder.id == complaint.work_order_id)).one()
    return next(moment for moment in (first_visit, *row) if moment is not None).astimezone().date()


def _check_publication_day(day: dt.date, latest: dt.date, today: dt.date) -> None:
    if day < latest:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A new version cannot be published before the latest one ({day})."),
            field="published_on", day=latest.isoformat())
    if day < today:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A new version of the rules takes effect from today ({today}) or later: it cannot be "
            "dated back to govern facts before it was announced (E24)."),
            field="published_on", today=today.isoformat())


class AssessmentService:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- rule sets (E24) ---------------------------------------------------------------------------

    def publish_rules(self, actor: Actor, terms: RuleTerms, published_on: dt.date) -> int:
        """A new version in force from ``published_on``. E24: rules bind only once announced, so a version
        cannot be dated back to govern facts before it (nor before the latest one); only the very first
        version may carry a past date, the day the centre's existing paper rules were announced."""
        require(actor, Permission.RULES_PUBLISH)
        # The amounts were checked when the terms were made; every reason needs its amount too, or
        # each later fine for the missing one would fail (the same check as reading it back).
        RuleTerms.from_dict(terms.to_dict())
        with self._sessions.write() as s, s.begin():
            latest = s.execute(select(AssessmentRuleSet.version, AssessmentRuleSet.published_on)
                               .order_by(AssessmentRuleSet.version.desc()).limit(1)).first()
            if latest is not None:
                _check_publication_day(published_on, latest.published_on, self._clock().astimezone().date())
            version = (latest.version if latest else 0) + 1
            row = AssessmentRuleSet(version=version, published_on=published_on, rules=terms.to_dict(),
                                    published_by_id=actor.staff_id)
            s.add(row)
            s.flush()
            audit_trail.record(s, actor, "assessment_rule_set", row.id, "publish", terms.to_dict())
            return version

    def acknowledge(self, actor: Actor, version: int, on: dt.date | None = None) -> None:
        """The staff member confirms having read a published version (their own acknowledgement)."""
        with self._sessions.write() as s, s.begin():
            row = s.scalar(select(AssessmentRuleSet).where(AssessmentRuleSet.version == version))
            if row is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no rule set version {version}."),
                                      field="version", version=version)
            today = self._clock().astimezone().date()
            day = on or today
            if not row.published_on <= day <= today:  # E24: the date is evidence; as for a signed sheet
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "The signing date must lie between the publication ({published}) and today."),
                    field="acknowledged_on", published=row.published_on.isoformat())
            if s.scalar(select(RuleAcknowledgement.id).where(RuleAcknowledgement.rule_set_id == row.id,
                                                              RuleAcknowledgement.staff_id == actor.staff_id)):
                return
            ack = RuleAcknowledgement(rule_set_id=row.id, staff_id=actor.staff_id, acknowledged_on=day)
            s.add(ack)
            s.flush()
            audit_trail.record(s, actor, "rule_acknowledgement", ack.id, "create", audit_trail.created_values(ack))

    # -- complaints (E3, E5, E6, E21) -----------------------------------------------------------

    def register_complaint(self, actor: Actor, given: ComplaintInput) -> str:
        require(actor, Permission.COMPLAINTS_RECORD)
        if not given.complainant.strip() or not given.description.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter who complained and what about."),
                                  field="description")
        if given.category is ComplaintCategory.DESIGN_DEFECT and given.product_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A design-defect report names the product model (E6)."),
                                  field="product")
        complainant = check.text(given.complainant, "complainant", Complaint.complainant)
        description = check.text(given.description, "description", Complaint.description)
        # Stored as customers' phones are, so that the number reads and is found the same everywhere.
        phone = normalize_phone(given.contact_phone) if given.contact_phone and given.contact_phone.strip() else None
        check.day(given.received_on, "received_on", latest=self._clock().astimezone().date())
        with self._sessions.write() as s, s.begin():
            # The form's pickers; a stale choice is refused, not an IntegrityError (field names: complaint_form).
            check.existing(s, Staff, given.about_staff_id, "about", required=False)
            check.existing(s, Customer, given.customer_id, "customer", required=False)
            check.existing(s, Product, given.product_id, "product", required=False)
            order_id = None
            if given.work_order_number:
                order_id = s.scalar(select(WorkOrder.id).where(WorkOrder.number == given.work_order_number.strip()))
                if order_id is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no work order “{number}”."),
                                          field="work_order", number=given.work_order_number.strip())
            row = Complaint(number=numbering.next_number(s, numbering.COMPLAINT, given.received_on),
                            received_via=given.received_via, received_on=given.received_on,
                            complainant=complainant, customer_id=given.customer_id, contact_phone=phone,
                            about_staff_id=given.about_staff_id, category=given.category, work_order_id=order_id,
                            product_id=given.product_id, description=description,
                            registered_by_id=actor.staff_id)
            s.add(row)
            s.flush()
            audit_trail.record(s, actor, "complaint", row.id, "create", audit_trail.created_values(row))
            return row.number

    def verify_complaint(self, actor: Actor, number: str, *, upheld: bool, findings: str) -> DemeritKind | None:
        """The supervisor's finding; an upheld E21 complaint is a major demerit, attitude criticism
        with the bonus deduction (E3) — each citing the rule set in force on the day of the conduct (E24).
        When no rule set was in force then, the finding is recorded all the same and None is returned:
        nothing is held against anyone (the dialog says so), and the audit trail says why. Nobody decides
        a complaint about himself (E21)."""
        require(actor, Permission.COMPLAINTS_RECORD)
        if not findings.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write down what the verification found."),
                                  field="findings")
        with self._sessions.write() as s, s.begin():
            complaint = s.scalar(select(Complaint).where(Complaint.number == number.strip()))
            if complaint is None or complaint.status is not ComplaintStatus.REGISTERED:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This complaint is not waiting for verification."),
                                      field="number")
            if complaint.about_staff_id == actor.staff_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This complaint is about you: another supervisor or the general manager must decide it."),
                    field="number")
            complaint.status = ComplaintStatus.VERIFIED if upheld else ComplaintStatus.REJECTED
            complaint.findings, complaint.verified_by_id, complaint.verified_at = findings.strip(), actor.staff_id, self._clock()
            audit_trail.record(s, actor, "complaint", complaint.id, "verify", audit_trail.changes_of(complaint))
            kind = consequence(complaint.category) if upheld and complaint.about_staff_id else None
            if kind is not None:
                # E24: the rules that bound the conduct, not those of the day the customer complained:
                # a version announced in between cannot reach back to it.
                conduct_on = _day_of_the_conduct(s, complaint)
                rules = _rule_set_or_none(s, conduct_on)
                if rules is None:  # nothing was announced yet: the finding stands, nothing is held against him
                    audit_trail.record(s, actor, "complaint", complaint.id, "no_demerit",
                                       {"conduct_on": conduct_on.isoformat()})
                    return None
                deduction = RuleTerms.from_dict(rules.rules).attitude_bonus_deduction \
                    if kind is DemeritKind.CRITICISM else None
                # Counted in the month the complaint was received, as before, not in the conduct's month:
                # that one may be closed and signed already, and a signed month is not reopened.
                demerit = Demerit(staff_id=complaint.about_staff_id, kind=kind, facts_on=complaint.received_on,
                                  rule_set_id=rules.id, complaint_id=complaint.id,
                                  work_order_id=complaint.work_order_id, bonus_deduction=deduction,
                                  decided_by_id=actor.staff_id, note=findings.strip())
                s.add(demerit)
                s.flush()
                audit_trail.record(s, actor, "demerit", demerit.id, "create", audit_trail.created_values(demerit))
            return kind

    # -- fines (E23) -------------------------------------------------------------------------------

    def suggest_fines(self, actor: Actor, month: dt.date) -> int:
        """From the month's on-site facts: late arrivals and leaving without calling headquarters;
        and repaired orders whose report is still incomplete (E23: the technician's fields, and the
        customer's opinion once the order is closed). Each is a suggestion to confirm.

        Each fact is fined in the month it happened and to whoever it was: a visit's lateness on its
        arrival and the missed call on its departure, to the technician who was on site, whatever became
        of the order since (re-dispatched, waiting for parts, cancelled: the visit was still late); the
        report when the work is completed, to the order's technician. So a month's run finds all of its
        fines, and a later run never adds one to a month already closed."""
        require(actor, Permission.FINES_RECORD)
        start, end = month_bounds(month, self._clock().astimezone().tzinfo)
        with self._sessions.write() as s, s.begin():
            found: list[tuple[int, FineReason, int, dt.date]] = []
            # Each visit (work_order_visits, migration 0009: a second visit no longer hides the first) to its
            # own technician: arrived before the month's end, and arrived or left within it
            # (ix_work_order_visits_tech_arrived).
            visits = s.execute(select(WorkOrderVisit, WorkOrder.kind)
                               .join(WorkOrder, WorkOrder.id == WorkOrderVisit.work_order_id).where(
                WorkOrderVisit.technician_id.is_not(None), WorkOrderVisit.arrived_at < end,
                or_(WorkOrderVisit.arrived_at >= start, WorkOrderVisit.departed_at >= start),
                or_(WorkOrderVisit.late_arrival.is_(True), WorkOrderVisit.called_headquarters.is_(False)))
                .order_by(WorkOrderVisit.work_order_id, WorkOrderVisit.arrived_at, WorkOrderVisit.id))
            for visit, kind in visits:
                if kind is not WorkOrderKind.ON_SITE:
                    continue
                for reason, flagged in ((FineReason.LATE_ARRIVAL, visit.late_arrival),
                                        (FineReason.LEFT_WITHOUT_CALLING_HQ, visit.called_headquarters is False)):
                    if flagged and start <= _day_of_the_facts(visit, reason) < end:
                        found.append((visit.work_order_id, reason, visit.technician_id,
                                      _day_of_the_facts(visit, reason).astimezone().date()))
            # The report judged as the evaluation and the closing judge it (evaluation_facts).
            for order, *filled in s.execute(select(WorkOrder, *report_filled()).where(
                    WorkOrder.technician_id.is_not(None), WorkOrder.completed_at >= start, WorkOrder.completed_at < end)
                    .order_by(WorkOrder.id)):
                if report_incomplete(order.state, filled):
                    found.append((order.id, FineReason.INCOMPLETE_REPORT, order.technician_id,
                                  _day_of_the_facts(order, FineReason.INCOMPLETE_REPORT).astimezone().date()))
            created = 0
            for order_id, reason, staff_id, day in found:
                # A visit's fact is one per technician and day: two visits of one order may each be fined.
                visit_fact = reason is not FineReason.INCOMPLETE_REPORT
                if self._fine_exists(s, order_id, reason, *((staff_id, day) if visit_fact else ())):
                    continue
                self._add_fine(s, actor, staff_id, reason, day, order_id)
                created += 1
            return created

    def record_fine(self, actor: Actor, staff_id: int, reason: FineReason, facts_on: dt.date,
                    work_order_number: str | None = None) -> int:
        """A fine entered by hand (disobeyed dispatch, say): still only suggested until confirmed.

        Refused before anything is written: facts in the future (the fines dialog shows the date's
        errors under the field it calls ``rule_set``), a work order that does not exist (E24: the
        evidence stays linked, so a mistyped number is not dropped), and a person who is never sent
        out on work orders (every E23 reason is about dispatched work: see FINED_ROLES).

        Dated in a month whose sheet the person already signed, it is recorded all the same and counts
        as a late entry (补记) in his next unsigned month, with its own date and evidence: E24, the
        signed paper never changes (core.signed_months.counted_in says why it is carried, not refused)."""
        require(actor, Permission.FINES_RECORD)
        check.day(facts_on, "rule_set", latest=self._clock().astimezone().date())
        number = (work_order_number or "").strip()
        with self._sessions.write() as s, s.begin():
            order_id = None
            if number:
                order_id = s.scalar(select(WorkOrder.id).where(WorkOrder.number == number))
                if order_id is None:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no work order “{number}”."),
                                          field="work_order", number=number)
            person = s.get(Staff, staff_id)
            if person is not None and person.role not in FINED_ROLES:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Fines (E23) are for work on dispatched orders: choose a technician or supervisor."),
                    field="staff")
            return self._add_fine(s, actor, staff_id, reason, facts_on, order_id).id

    def decide_fine(self, actor: Actor, fine_id: int, *, confirm: bool, reason: str) -> None:
        """Nothing is fined silently: the supervisor confirms or dismisses, with a reason; never his own
        fine (E24: the decision is evidence, so nobody judges his own case)."""
        require(actor, Permission.FINES_RECORD)
        if not reason.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the reason for the decision."), field="reason")
        with self._sessions.write() as s, s.begin():
            fine = s.get(Fine, fine_id)
            if fine is None or fine.status is not FineStatus.SUGGESTED:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This fine is already decided."), field="fine")
            if fine.staff_id == actor.staff_id:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "This fine is yours: another supervisor or the general manager must decide it."),
                    field="fine")
            fine.status = FineStatus.CONFIRMED if confirm else FineStatus.DISMISSED
            fine.decided_by_id, fine.decision_reason, fine.decided_at = actor.staff_id, reason.strip(), self._clock()
            audit_trail.record(s, actor, "fine", fine.id, "confirm" if confirm else "dismiss",
                               audit_trail.changes_of(fine))

    def unacknowledged(self, fine_id: int) -> bool:
        """E24: a fine under a rule version the person has not acknowledged is flagged."""
        with self._sessions.read() as s:
            fine = s.get(Fine, fine_id)
            return s.scalar(select(RuleAcknowledgement.id).where(
                RuleAcknowledgement.rule_set_id == fine.rule_set_id,
                RuleAcknowledgement.staff_id == fine.staff_id)) is None

    @staticmethod
    def _fine_exists(s: Session, order_id: int, reason: FineReason, staff_id: int | None = None,
                     day: dt.date | None = None) -> bool:
        """Already suggested or entered; a visit's fact also by its technician and day (one per visit)."""
        query = select(Fine.id).where(Fine.work_order_id == order_id, Fine.reason == reason)
        if staff_id is not None:
            query = query.where(Fine.staff_id == staff_id, Fine.facts_on == day)
        return s.scalar(query.limit(1)) is not None

    @staticmethod
    def _add_fine(s: Session, actor: Actor, staff_id: int, reason: FineReason, day: dt.date,
                  order_id: int | None) -> Fine:
        if s.get(Staff, staff_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a staff member."), field="staff")
        rules = rule_set_in_force(s, day)
        amount: Decimal = RuleTerms.from_dict(rules.rules).fines[reason]
        fine = Fine(staff_id=staff_id, reason=reason, facts_on=day, rule_set_id=rules.id, work_order_id=order_id,
                    amount=amount)
        s.add(fine)
        s.flush()
        audit_trail.record(s, actor, "fine", fine.id, "suggest", audit_trail.created_values(fine))
        return fine


def _day_of_the_facts(order: WorkOrder | WorkOrderVisit, reason: FineReason) -> dt.datetime:
    """When what is fined happened: it decides the month the fine counts in and the rule version it
    applies (E23, E24). Arriving late happens on arrival, leaving without calling headquarters on
    departure (the arrival when no departure was entered), and the report is due when the work is
    completed (an order arrived at on the 31st and completed on the 1st has its report fined in the
    new month)."""
    if reason is FineReason.LATE_ARRIVAL:
        return order.arrived_at
    if reason is FineReason.LEFT_WITHOUT_CALLING_HQ:
        return order.departed_at or order.arrived_at
    return order.completed_at
