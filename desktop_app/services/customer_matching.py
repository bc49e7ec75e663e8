"""A customer typed in by hand (at the intake form or the call register) who is already on record."""

from __future__ import annotations

import zlib

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.db.models import Customer
from desktop_app.errors import ValidationError
from desktop_app.i18n_markers import QT_TRANSLATE_NOOP
from desktop_app.services.intake_forms import FormInvalid

# PostgreSQL advisory locks are keyed (space, key); this space is a customer's phone number. Kept
# apart from the quota's (services.requisitions, "D6") so the two never wait for each other.
_PHONE_LOCK_SPACE = 0x4355  # "CU"


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
    Two desks typing one new customer at once make one row, whichever desks they are (intake, the
    call register): ``_serialise_phone`` queues the second behind the first until it commits, and
    the caller inserts a new customer in that same transaction.
    """
    _serialise_phone(session, phone)
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


def _serialise_phone(session: Session, phone: str) -> None:
    """One find-or-create per phone number at a time, until the caller's transaction ends.

    Each desk's own number lock (the claim counter at intake, the call counter in the call
    register) serialises that desk only: an intake and a call for the same new person at the same
    instant both read "nobody on record" and both inserted the customer. On PostgreSQL a
    transaction-scoped advisory lock on the phone queues the second until the first commits (READ
    COMMITTED then shows it the first's customer); a different phone never waits. On SQLite the
    write session's BEGIN IMMEDIATE already holds the database's single write lock, so the second
    desk's transaction cannot start before the first's ends.
    """
    if session.get_bind().dialect.name == "postgresql":
        key = zlib.crc32(phone.encode())  # stable across processes (hash() is not), 32 bits as the lock wants
        session.execute(text("SELECT pg_advisory_xact_lock(CAST(:space AS integer), CAST(:key AS integer))"),
                        {"space": _PHONE_LOCK_SPACE, "key": key - (1 << 32) if key >= 1 << 31 else key})
