"""The month a fine or demerit counts in once months are signed (E23, E24: a signed month never changes)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.signed_months import counted_in

SEP, OCT, NOV, DEC = (dt.date(2026, m, 1) for m in (9, 10, 11, 12))


def test_an_entry_of_an_unsigned_month_counts_in_its_own_month() -> None:
    assert counted_in(7, dt.date(2026, 10, 28), {}) == OCT
    assert counted_in(7, dt.date(2026, 10, 28), {SEP: frozenset({1})}) == OCT


def test_a_late_entry_of_signed_months_goes_to_the_first_unsigned_one() -> None:
    signed = {OCT: frozenset({1}), NOV: frozenset({2})}
    assert counted_in(9, dt.date(2026, 10, 28), signed) == DEC  # October and November both signed


def test_an_entry_a_signature_covers_stays_where_it_was_signed() -> None:
    # Carried into November and signed there: undoing October (a mistake) does not move it back.
    assert counted_in(9, dt.date(2026, 10, 28), {NOV: frozenset({9})}) == NOV
    assert counted_in(1, dt.date(2026, 10, 5), {OCT: frozenset({1})}) == OCT
