"""The register of calls and letters (rules E1, E19) with the 8-hour reply clock (S1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, or_, select

from desktop_app.core.permissions import Permission
from desktop_app.core.phone_numbers import normalize_phone
from desktop_app.core.vocabulary import CallChannel, WorkOrderKind
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Call, Claim, Customer, WorkOrder
from desktop_app.db.types import utcnow
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import audit_trail, numbering
from desktop_app.services import field_checks as check
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import require
from desktop_app.services.customer_matching import customer_on_record
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services import number_search, text_search
from desktop_app.services.listing_base import Listing, SearchTerms
from desktop_app.services.sla import REPLY_WITHIN, check_on_site_city


@dataclass(frozen=True)
class CallForm:
    channel: CallChannel
    caller_name: str
    phone: str
    subject: str
    details: str = ""
    customer_id: int | None = None
    needs_visit: bool = False  # E1: an on-site order goes to the supervisor for dispatch
    required_arrival_at: dt.datetime | None = None  # S3: the time the customer asked for
    city: str = ""  # S2: where the visit would be; empty: the known customer's city
    # S1: when the request arrived (a fax, letter, e-mail or message left overnight is registered
    # later); None: now, a phone call answered live. A time without a zone is the counter's local time.
    received_at: dt.datetime | None = None
    # The desk confirmed a visit for a new customer although the phone is on record under another
    # name (a switchboard, a family phone); otherwise that is refused on the phone, as at intake.
    new_despite_phone: bool = False


# How far back the arrival may be dated. A letter or a fax found after the longest closing of the
# year (the Spring Festival, up to about two weeks) is still registered as it came; a date further
# back is far more likely a mistyped month than a real request, and would silently book an old
# overdue reply against the desk.
RECEIVED_AT_MOST_AGO = dt.timedelta(days=30)


@dataclass(frozen=True)
class CallSaved:
    id: int
    number: str
    reply_due: dt.datetime
    work_order_number: str | None


@dataclass(frozen=True)
class CallRow:
    id: int
    number: str
    received_at: dt.datetime
    channel: CallChannel
    caller_name: str
    phone: str | None
    subject: str
    reply_due_at: dt.datetime
    replied_at: dt.datetime | None
    claim_number: str | None
    overdue: bool

    @property
    def replied_late(self) -> bool:
        """Answered after the 8-hour clock ran out (rule S1): the register keeps saying so."""
        return self.replied_at is not None and self.replied_at > self.reply_due_at


class CallRegister:
    def __init__(self, sessions: SessionFactory, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    def register(self, actor: Actor, form: CallForm) -> CallSaved:
        require(actor, Permission.CALLS_REGISTER)
        errors: list[ValidationError] = []
        if not form.caller_name.strip():
            errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the caller's name."), field="caller_name"))
        else:
            # An on-site call may make the caller a customer under the same name: it must fit both.
            columns = (Call.caller_name, Customer.name) if form.needs_visit else (Call.caller_name,)
            _collect(errors, lambda: [check.text(form.caller_name, "caller_name", column) for column in columns])
        phone = None
        try:
            phone = normalize_phone(form.phone, field="phone")
        except ValidationError as error:
            errors.append(error)
        if not form.subject.strip():
            errors.append(ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter what the call is about."), field="subject"))
        else:
            _collect(errors, lambda: check.text(form.subject, "subject", Call.subject))
        _collect(errors, lambda: check.text(form.details, "details", Call.details))
        if form.needs_visit:  # the city is read only for a visit (S2)
            _collect(errors, lambda: check.text(form.city, "city", Customer.city))
        now = self._clock()
        # A time without a zone is the counter's local time (the dialog's clock), never an error.
        arrival = form.required_arrival_at
        if arrival is not None and arrival.tzinfo is None:
            arrival = arrival.astimezone()
        if form.needs_visit and arrival is not None and arrival < now:
            errors.append(ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The requested arrival time has already passed."),
                field="required_arrival_at"))
        received = _received_at(form.received_at, now, errors)
        if errors:
            raise FormInvalid(errors)
        with self._sessions.write() as s, s.begin():
            check.existing(s, Customer, form.customer_id, "customer", required=False)
            today = now.astimezone().date()
            number = numbering.next_number(s, numbering.CALL, today)
            on_record = None
            if form.needs_visit and form.customer_id is None and phone is not None:
                # The visit's customer is found as intake finds one typed by hand (same phone and
                # name), so a known caller's orders and claims stay under one customer; under the
                # phone's lock intake takes too, so a caller and an intake of one new person at the
                # same instant make one customer, not one each (the call counter's lock is the call
                # desks' only).
                on_record = customer_on_record(s, phone, form.caller_name, field="phone",
                                               new_despite_phone=form.new_despite_phone)
            if form.needs_visit:
                problems = check_on_site_city(s, form.city.strip() or self._known_city(s, form, on_record),
                                              city_field="city", request_field="needs_visit")  # rule S2
                if problems:
                    raise FormInvalid(problems)
            customer_id = form.customer_id
            if form.needs_visit and customer_id is None:
                customer_id = self._customer_for(s, actor, form, phone, on_record)
            call = Call(
                number=number, channel=form.channel, received_at=received,
                customer_id=customer_id, caller_name=form.caller_name.strip(), phone=phone,
                subject=form.subject.strip(), details=form.details.strip() or None, needs_visit=form.needs_visit,
                reply_due_at=received + REPLY_WITHIN, registered_by_id=actor.staff_id,  # S1: from its arrival
            )
            s.add(call)
            s.flush()
            audit_trail.record(s, actor, "call", call.id, "create", audit_trail.created_values(call))
            order_number = None
            if form.needs_visit:
                order = WorkOrder(number=numbering.next_number(s, numbering.WORK_ORDER, today), call_id=call.id,
                                  customer_id=customer_id, kind=WorkOrderKind.ON_SITE,
                                  required_arrival_at=arrival)
                s.add(order)
                s.flush()
                audit_trail.record(s, actor, "work_order", order.id, "create", audit_trail.created_values(order))
                order_number = order.number
            return CallSaved(call.id, call.number, call.reply_due_at, order_number)

    def mark_replied(self, actor: Actor, call_id: int, note: str) -> None:
        require(actor, Permission.CALLS_REGISTER)
        if not note.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Note what the caller was told."), field="reply_note")
        with self._sessions.write() as s, s.begin():
            # Row-locked: a second desk noting the reply at the same moment waits for the first to
            # commit (PostgreSQL; SQLite's write session is serialised already), then sees its reply
            # and adds its own note as a follow-up instead of overwriting it.
            call = s.get(Call, call_id, with_for_update=True)
            if call is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This call no longer exists."), field=None)
            now = self._clock()
            if call.replied_at is None:
                call.replied_at, call.replied_by_id, call.reply_note = now, actor.staff_id, note.strip()
                changes = audit_trail.changes_of(call)
                changes["late"] = now > call.reply_due_at  # rule S1: a late reply stays on record
                audit_trail.record(s, actor, "call", call.id, "reply", changes)
                return
            # A follow-up: S1 is measured on the first reply, so its time and author stay. The note
            # is added, dated, under the earlier ones (the call has no other notes column).
            stamp = now.astimezone().strftime("%Y-%m-%d %H:%M")
            call.reply_note = f"{call.reply_note or ''}\n{stamp} {note.strip()}".lstrip("\n")
            changes = audit_trail.changes_of(call)
            changes["follow_up"] = note.strip()
            audit_trail.record(s, actor, "call", call.id, "follow_up", changes)

    def link_claim(self, actor: Actor, call_id: int, claim_number: str) -> None:
        require(actor, Permission.CALLS_REGISTER)
        with self._sessions.write() as s, s.begin():
            call = s.get(Call, call_id)
            claim_id = s.scalar(select(Claim.id).where(Claim.number == claim_number.strip()))
            if call is None or claim_id is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no claim “{number}”."),
                                      field="claim_number", number=claim_number.strip())
            call.claim_id = claim_id
            audit_trail.record(s, actor, "call", call.id, "link_claim", audit_trail.changes_of(call))

    @staticmethod
    def _known_city(s, form: CallForm, on_record: Customer | None) -> str | None:  # type: ignore[no-untyped-def]
        """The city on file for the chosen customer, or for the caller found on record (a new one has none)."""
        if form.customer_id is not None:
            return s.scalar(select(Customer.city).where(Customer.id == form.customer_id))
        return on_record.city if on_record is not None else None

    @staticmethod
    def _customer_for(s, actor: Actor, form: CallForm, phone: str,  # type: ignore[no-untyped-def]
                      on_record: Customer | None) -> int:
        """An on-site order needs a customer: the caller on record (``customer_on_record``), else a new one."""
        city = form.city.strip() or None
        if on_record is not None:
            # Kept as on record (the desk did not pick it): only a missing city is filled from the call.
            if city and not (on_record.city or "").strip():
                on_record.city = city
                audit_trail.record(s, actor, "customer", on_record.id, "update", audit_trail.changes_of(on_record))
            return on_record.id
        customer = Customer(name=form.caller_name.strip(), phone=phone, city=city)
        s.add(customer)
        s.flush()
        audit_trail.record(s, actor, "customer", customer.id, "create", audit_trail.created_values(customer))
        return customer.id


def _received_at(value: dt.datetime | None, now: dt.datetime, errors: list[ValidationError]) -> dt.datetime:
    """When the request arrived (rule S1): now unless given; not in the future, not over 30 days back."""
    if value is None:
        return now
    received = value.astimezone() if value.tzinfo is None else value
    if received > now:
        errors.append(ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The time the request arrived cannot be later than now."), field="received_at"))
    elif received < now - RECEIVED_AT_MOST_AGO:
        errors.append(ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The time the request arrived is more than 30 days ago: check the date."),
            field="received_at"))
    return received.astimezone(dt.timezone.utc)


def _collect(errors: list[ValidationError], checking: Callable[[], object]) -> None:
    """Runs one field's check, keeping its refusal with the form's others (all shown at once)."""
    try:
        checking()
    except ValidationError as error:
        errors.append(error)


class CallListing(Listing[CallRow]):
    """Newest first; ``overdue_only`` keeps the unanswered calls past their 8-hour clock (S1)."""

    def __init__(self, sessions: SessionFactory, *, overdue_only: bool = False,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        super().__init__(sessions)
        self.overdue_only = overdue_only
        self._clock = clock

    def _overdue(self) -> Any:
        return and_(Call.replied_at.is_(None), Call.reply_due_at < self._clock())

    def _query(self, search: str) -> Select[Any]:
        return self._joined().where(*self._conditions(search))

    def _joined(self) -> Select[Any]:
        return (
            select(Call.id, Call.number, Call.received_at, Call.channel, Call.caller_name, Call.phone,
                   Call.subject, Call.reply_due_at, Call.replied_at, Claim.number,
                   case((self._overdue(), True), else_=False))
            .outerjoin(Claim, Call.claim_id == Claim.id)
            .order_by(Call.id.desc())
        )

    # Keyed by id (listing_base): the register is counted and paged on the calls table alone, without
    # its joins (220,000 calls at a million claims: opening it took 0.29 s).
    def _order_key(self) -> Any:
        return Call.id

    def _filters(self) -> list[Any]:
        return [self._overdue()] if self.overdue_only else []

    def _search_terms(self, search: text_search.Search) -> SearchTerms:
        """Number, caller, phone or subject: from three characters on through the search indexes
        (migration 0021), one or two Chinese characters through the pieces of callers and subjects
        (0024); other short text tested on each call, newest first (search_branches.first_matches). On
        PostgreSQL a number typed up to its year, or digits, read the numbers by year and by counter
        (0025, 0026)."""
        columns = (Call.number, Call.caller_name, Call.phone, Call.subject)
        numbers = number_search.numbers_newest_first(search, Call.number, Call.id)  # PostgreSQL
        if numbers:
            return [(Call.id, text_search.call_ids(search, Call.id, columns[1:])),
                    *((Call.id, branch) for branch in numbers)]
        indexed = text_search.call_ids(search, Call.id, columns)
        if indexed is not None:
            return [(Call.id, indexed)]
        return [(None, or_(*(text_search.contains(column, search) for column in columns)))]

    def _row(self, values: Any) -> CallRow:
        *head, overdue = values
        return CallRow(*head, overdue=bool(overdue))
