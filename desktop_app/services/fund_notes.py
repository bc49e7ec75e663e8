"""The fund's own charge notes for return freight (D13, D14): stored as facts, worded by the window."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# What a freight charge's ledger note holds: a key, not a sentence, so the records read in the
# user's language (the number and the amounts come from the application and the entry).
FREIGHT_OUT = "freight_out"  # D13/D14: to the manufacturer
FREIGHT_BACK = "freight_back"  # D14: back from the manufacturer

# Databases written before the key: "RT-2026-000001 freight (D13/D14), 18.00 of 36.00 by quantity".
_OLD_NOTE = re.compile(r"\S+ freight(?P<back> back)? \((?:D13/)?D14\)"
                       r"(?:, (?P<share>\d+(?:\.\d+)?) of (?P<total>\d+(?:\.\d+)?) by quantity)?")


@dataclass(frozen=True)
class FreightCharge:
    """A return's freight charged to the fund: ``total`` is the whole freight paid, of which the
    fund bears the entry's amount (the lines' share by quantity when they are mixed)."""

    number: str  # the return application
    back: bool  # D14's freight back, else the freight out (D13/D14)
    total: Decimal


def freight_charge(note: str | None, number: str | None, freight_out: Decimal | None,
                   freight_back: Decimal | None, amount: Decimal) -> FreightCharge | None:
    """The facts of an automatic freight charge, or None for a note somebody typed."""
    if number is None or note is None:
        return None
    if note in (FREIGHT_OUT, FREIGHT_BACK):
        back = note == FREIGHT_BACK
        total = freight_back if back else freight_out
        return FreightCharge(number, back, total if total is not None else amount)
    old = _OLD_NOTE.fullmatch(note.strip())
    if old is None:
        return None
    return FreightCharge(number, bool(old["back"]), Decimal(old["total"]) if old["total"] else amount)
