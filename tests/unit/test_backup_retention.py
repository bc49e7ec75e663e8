"""Backup retention: 7 daily, 4 weekly, 12 monthly by default."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.backup_retention import Retention, keep

START = dt.datetime(2026, 1, 1, 12, 0)


def test_a_year_of_daily_backups_keeps_the_expected_ones() -> None:
    backups = [(i, START + dt.timedelta(days=i)) for i in range(365)]  # one a day, 2026
    kept = keep(backups, Retention())
    newest = 364
    assert set(range(newest - 6, newest + 1)) <= kept  # the last 7 days
    assert len(kept) <= 7 + 4 + 12 and len(kept) >= 12
    months = {(START + dt.timedelta(days=i)).month for i in kept}
    assert months == set(range(1, 13))  # one per month, the newest of each


def test_two_backups_a_day_keep_the_newest_of_the_day() -> None:
    backups = [("morning", START), ("evening", START + dt.timedelta(hours=8))]
    assert keep(backups, Retention(daily=1, weekly=0, monthly=0)) == {"evening"}


@given(st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 1, 1)), min_size=1,
                max_size=60, unique=True), st.integers(0, 10), st.integers(0, 6), st.integers(0, 14))
def test_the_newest_is_always_kept_and_nothing_is_invented(stamps, daily, weekly, monthly) -> None:
    backups = list(enumerate(stamps))
    kept = keep(backups, Retention(daily, weekly, monthly))
    assert kept <= {i for i, _ in backups}
    assert len(kept) <= daily + weekly + monthly
    if daily or weekly or monthly:
        newest = max(backups, key=lambda b: b[1])[0]
        assert newest in kept
