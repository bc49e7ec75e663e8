"""Which month a fine or demerit counts in once months are signed (E23, E24): late entries (补记)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping


def next_month(month: dt.date) -> dt.date:
    return (month.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def counted_in(entry_id: int, facts_month: dt.date, covered: Mapping[dt.date, frozenset[int]]) -> dt.date:
    """The month an entry (a fine, or a demerit) of one person counts in.

    ``covered``: that person's signed months, each with the ids of the entries its signature covers.

    Rule E24 makes the signed sheet the employer's evidence, so a signed month never changes. A fine
    or demerit of a signed month entered later (a late visit typed in after the month end, a complaint
    verified later) is neither refused nor dropped: a service centre still holds the conduct against
    the person, and the person must see and sign it. It counts as a late entry (补记) in the person's
    first month not yet signed after its own, keeping its own date, rule version (E24: the one in force
    on the day of the conduct) and evidence. The signed lists decide: an entry a signature covers stays
    in that signed month whatever is undone or signed around it."""
    month = facts_month.replace(day=1)
    for signed, ids in covered.items():
        if entry_id in ids:
            return signed
    while month in covered:
        month = next_month(month)
    return month
