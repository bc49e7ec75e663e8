"""A customer typed in by hand (at the intake form or the call register) who is already on record."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Customer
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.intake_forms import FormInvalid


def same_name(first: str, second: str) -> bool:
    """One person's name however it was typed: trimmed, Latin letters in any case (“ Li Wei” = “LI WEI”)."""
    return first.strip().casefold() == second.strip().casefold()


def customer_on_record(session: Session, phone: str, name: str, *, new_despite_phone: bool,
                       field: str) -> Customer | None:
    """The customer holding this normalised ``phone`` (``core.phone_numbers.normalize_phone``, extension
    included) under this name, or None for a new one.

    The same phone and name is that customer, not a duplicate: a second row would split their history
    (W10 repeat claims, E16 repeats, the claims by customer). The same phone under another name (a
    company's switchboard, a family phone) is not merged silently either: the refusal on ``field`` names
    who holds the number, unless the desk confirmed a new customer despite it (``new_despite_phone``).
    Callers read it under their write lock, so two desks typing one new customer make one row.
    """
    holders = list(session.scalars(select(Customer).where(Customer.phone == phone).order_by(Customer.id.desc())))
    for holder in holders:
        if same_name(holder.name, name):
            return holder
    if holders and not new_despite_phone:
        holder = holders[0]  # the latest registered: the one the desk most likely means
        city = (holder.city or "").strip()
        raise FormInvalid([ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This phone number is already registered to customer {name} ({city}): "
                                        "use that customer, or confirm a new customer with the same number.")
            if city else
            QT_TRANSLATE_NOOP("Errors", "This phone number is already registered to customer {name}: "
                                        "use that customer, or confirm a new customer with the same number."),
            field=field, name=holder.name, city=city, customer_id=holder.id)])
    return None
