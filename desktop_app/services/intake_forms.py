"""What the intake form hands to the service, and how every field is checked before a write."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from desktop_app.core.phone_numbers import normalize_phone
from desktop_app.core.vocabulary import ClaimChannel, CustomerKind, Remedy
from desktop_app.errors import KnownError, ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services import field_checks

MAX_FAULT_LENGTH = 4000
# Remedies that need a repair work order straight away; a return waits for approval (W9) and
# a negotiated outcome (W8) for the negotiation.
NEEDS_WORK_ORDER = frozenset({Remedy.EXCHANGE, Remedy.FREE_REPAIR, Remedy.PAID_REPAIR})


@dataclass(frozen=True)
class CustomerInput:
    existing_id: int | None = None  # a customer picked from the search; the fields may update it
    kind: CustomerKind = CustomerKind.PERSON
    name: str = ""  # the person, or the company's name
    phone: str = ""
    contact_person: str | None = None  # for a company
    city: str | None = None
    address: str | None = None
    existing_version: int | None = None  # the row_version the form was filled from (optimistic lock)
    # Not picked, and the phone belongs to a customer of another name: the desk confirmed that this is
    # a new customer all the same (a company's switchboard, a family phone); see intake_writes.
    new_despite_phone: bool = False


@dataclass(frozen=True)
class UnitInput:
    product_model: str = ""
    serial: str = ""
    serial_unknown: bool = False  # a worn-off label: the unit gets a placeholder serial
    has_invoice: bool = True  # rule W10
    sale_date: dt.date | None = None  # from the invoice (rule W1)
    invoice_no: str | None = None
    centre_received_date: dt.date | None = None  # rule D11


@dataclass(frozen=True)
class IntakeForm:
    customer: CustomerInput
    unit: UnitInput
    channel: ClaimChannel
    fault_description: str
    accessories_received: tuple[str, ...] = ()
    requested_remedy: Remedy | None = None  # None: the best remedy offered
    escalated_note: str | None = None  # rule W8
    override_remedy: Remedy | None = None  # rule W10: a supervisor's override...
    override_reason: str | None = None  # ...with its written reason
    # Rule S3: when the customer asked the technician to be there (an on-site order only).
    required_arrival_at: dt.datetime | None = None


def asks_arrival_time(channel: ClaimChannel, chosen: Remedy | None) -> bool:
    """Whether the claim needs the time the customer asked the technician to arrive (S2, S3): an
    on-site request whose remedy is repair work (a return or a negotiation opens no order at intake).
    ``chosen`` None: the remedy is not judged yet, and it may."""
    return channel is ClaimChannel.ON_SITE_REQUEST and (chosen is None or chosen in NEEDS_WORK_ORDER)


def arrival_errors(form: IntakeForm, chosen: Remedy | None, now: dt.datetime) -> list[ValidationError]:
    """Rule S3: an on-site order needs the time the customer asked for, not already past.

    ``chosen`` None: the remedy is not known yet (the best one is judged later), so only a time
    that was given is checked; ``take_in`` asks again with the remedy it settled on.
    """
    if not asks_arrival_time(form.channel, chosen):
        return []  # no on-site order: the time is not asked for (and not stored)
    if form.required_arrival_at is None:
        if chosen is None:
            return []
        return [ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Enter the date and time the customer asked the technician to arrive (S3)."),
            field="required_arrival_at")]
    if form.required_arrival_at.astimezone(dt.timezone.utc) < now:  # naive: the counter's local time
        return [ValidationError(QT_TRANSLATE_NOOP("Errors", "The requested arrival time has already passed."),
                                field="required_arrival_at")]
    return []


class FormInvalid(KnownError):
    """Several fields are wrong at once; each error names its field (the first one is shown)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        first = errors[0]
        super().__init__(first.template, field=first.field, **first.params)
        self.errors = errors

    def by_field(self) -> dict[str, ValidationError]:
        return {e.field or "": e for e in self.errors}


@dataclass
class _Collector:
    errors: list[ValidationError] = field(default_factory=list)

    def check(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return fn(*args, **kwargs)
        except ValidationError as error:
            self.errors.append(error)
            return None

    def add(self, template: str, field_name: str, **params: object) -> None:
        self.errors.append(ValidationError(template, field=field_name, **params))


def validate_intake(form: IntakeForm, today: dt.date, now: dt.datetime | None = None,
                    chosen: Remedy | None = None) -> tuple[IntakeForm, str | None]:
    """Every field at once; returns the cleaned form and the normalised phone, or raises FormInvalid.

    ``now`` (the service's clock) checks the required arrival time (S3) for ``chosen``, the remedy
    expected (default: the one requested); without it the time is not checked.
    """
    c = _Collector()
    customer, unit = form.customer, form.unit
    if not customer.name.strip():
        c.add(QT_TRANSLATE_NOOP("Errors", "Enter the customer's name."), "customer_name")
    phone = c.check(normalize_phone, customer.phone, field="customer_phone")
    if not unit.product_model.strip():
        c.add(QT_TRANSLATE_NOOP("Errors", "Choose the product model."), "product_model")
    if not unit.serial_unknown and not unit.serial.strip():
        c.add(QT_TRANSLATE_NOOP("Errors", 'Enter the serial number, or tick "Serial unknown".'), "serial")
    for name, value in (("sale_date", unit.sale_date), ("centre_received_date", unit.centre_received_date)):
        if value is not None and value > today:
            c.add(QT_TRANSLATE_NOOP("Errors", "The date {date} is in the future."), name, date=value.isoformat())
        elif value is not None:
            c.check(field_checks.day, value, name, earliest=field_checks.EARLIEST_SALE_DAY, latest=today)
    if unit.has_invoice and unit.sale_date is None:
        c.add(QT_TRANSLATE_NOOP("Errors", 'Enter the sale date on the invoice, or untick "Invoice present".'), "sale_date")
    for name, value, width in (*_widths(form), ("fault_description", form.fault_description, None)):
        c.check(field_checks.text, value, name, width)  # PostgreSQL: an internal error; NUL bytes too
    fault = form.fault_description.strip()
    if not fault:
        c.add(QT_TRANSLATE_NOOP("Errors", "Describe the fault."), "fault_description")
    elif len(fault) > MAX_FAULT_LENGTH:
        c.add(QT_TRANSLATE_NOOP("Errors", "The fault description is longer than {n} characters."),
              "fault_description", n=MAX_FAULT_LENGTH)
    if form.escalated_note is not None and not form.escalated_note.strip():
        c.add(QT_TRANSLATE_NOOP("Errors", "An escalated claim needs a note (W8)."), "escalated_note")
    if form.override_remedy is not None and not (form.override_reason or "").strip():
        c.add(QT_TRANSLATE_NOOP("Errors", "An override needs a written reason (W10)."), "override_reason")
    if now is not None:
        c.errors += arrival_errors(form, chosen or form.requested_remedy, now)
    if c.errors:
        raise FormInvalid(c.errors)
    return _arrival_in_utc(form), phone


def _arrival_in_utc(form: IntakeForm) -> IntakeForm:
    """Timestamps are stored in UTC; a time on a claim that gets no on-site visit is dropped."""
    arrival = form.required_arrival_at
    if arrival is None:
        return form
    kept = arrival.astimezone(dt.timezone.utc) if form.channel is ClaimChannel.ON_SITE_REQUEST else None
    return replace(form, required_arrival_at=kept)


def _widths(form: IntakeForm) -> tuple[tuple[str, str | None, int], ...]:
    """Each typed text with the width of the database column it is stored in."""
    customer, unit = form.customer, form.unit
    return (("customer_name", customer.name, 100), ("contact_person", customer.contact_person, 100),
            ("customer_city", customer.city, 50), ("customer_address", customer.address, 200),
            ("serial", unit.serial, 100), ("invoice_no", unit.invoice_no, 100))
