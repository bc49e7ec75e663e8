"""Which customer a claim whose phone was corrected is on (services.claim_corrections): a phone on record.

A correction that gives the customer a phone another customer on record already has is asked as intake asks
(services.customer_matching, gui.intake.shared_phone_question), never merged or split silently: the desk says
the claim is that customer's (the claim, its orders and its unit move to that customer's row, whose details
the dialog then shows), or that a different person shares the number (the claim's customer keeps its own row
and gets the number too). Without the answer the correction is refused at the phone, naming who has it.
The row a claim moved away from is removed when nothing refers to it any more: it was the duplicate the
intake made under the mistyped phone, and left, it would come up in every lookup of that name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.base import Base
from desktop_app.db.models import Claim, Customer
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.intake_forms import FormInvalid


@dataclass(frozen=True)
class PhoneHolder:
    """A customer on record as the correction dialog fills its customer fields with them ("use that customer")."""

    id: int
    name: str
    phone: str
    phone2: str | None
    contact_person: str | None
    city: str | None
    address: str | None


def holder(s: Session, customer_id: int) -> PhoneHolder:
    customer = s.get(Customer, customer_id) if 0 < customer_id <= 2**31 - 1 else None
    if customer is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This customer no longer exists."), field="customer_phone")
    return PhoneHolder(customer.id, customer.name, customer.phone, customer.phone2, customer.contact_person,
                       customer.city, customer.address)


def customer_for(s: Session, claim: Claim, phone: str, *, customer_id: int | None, new_despite_phone: bool,
                 asking: bool = True) -> Customer:
    """The customer row the corrected claim is on: its own, or the holder of the corrected ``phone`` (normalised)
    the desk chose (``customer_id``). A phone another customer has, unanswered, is refused on the phone field
    with that customer's id (the dialog asks); ``asking`` False (a preview) keeps the claim's own instead."""
    own = claim.customer
    if customer_id is not None and customer_id != own.id:
        chosen = s.get(Customer, customer_id) if 0 < customer_id <= 2**31 - 1 else None
        if chosen is None or chosen.phone != phone:  # changed or removed since the desk answered
            raise FormInvalid([ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The customer chosen for this phone number no longer has it: check the phone and save "
                          "again."), field="customer_phone")])
        return chosen
    if phone == own.phone or new_despite_phone or not asking:
        return own
    other = s.scalar(select(Customer).where(Customer.phone == phone, Customer.id != own.id)
                     .order_by(Customer.id.desc()).limit(1))  # the latest registered, as intake names
    if other is None:
        return own
    city = (other.city or "").strip()
    raise FormInvalid([ValidationError(
        QT_TRANSLATE_NOOP("Errors", "This phone number is already registered to customer {name} ({city}). Is it "
                                    "the same person? Move the claim to that customer, or keep a separate "
                                    "customer who shares the number.")
        if city else
        QT_TRANSLATE_NOOP("Errors", "This phone number is already registered to customer {name}. Is it the same "
                                    "person? Move the claim to that customer, or keep a separate customer who "
                                    "shares the number."),
        field="customer_phone", name=other.name, city=city, customer_id=other.id)])


@cache
def _references() -> tuple[Any, ...]:
    """Every column that refers to a customer (claims, orders, units, calls, complaints…), from the schema:
    a table added later is checked without anyone remembering to list it here."""
    customer_id = Customer.__table__.c.id
    return tuple(fk.parent for table in Base.metadata.sorted_tables for fk in table.foreign_keys
                 if fk.column is customer_id)


def left_to_nobody(s: Session, customer_id: int) -> Customer | None:
    """The customer a corrected claim moved away from, when nothing refers to it any more (flushed first)."""
    for column in _references():
        if s.scalar(select(column).where(column == customer_id).limit(1)) is not None:
            return None
    return s.get(Customer, customer_id)
