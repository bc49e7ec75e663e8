"""The shared input checks: every refusal names its field, and what passes is normalised."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.db.models import Call
from desktop_app.errors import ValidationError
from desktop_app.services import field_checks as check


def refused(fn, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        fn(*args, **kwargs)
    return caught.value


def test_text_fits_its_column_and_has_no_control_characters():
    width = check.width_of(Call.caller_name)
    assert width and check.text("  刘洋 ", "caller_name", Call.caller_name) == "刘洋"
    assert check.text("   ", "note") is None
    assert refused(check.text, "", "caller_name", Call.caller_name, required=True).field == "caller_name"
    too_long = refused(check.text, "长" * (width + 1), "caller_name", Call.caller_name)
    assert too_long.field == "caller_name" and too_long.params == {"n": width}
    assert check.text("长" * width, "caller_name", Call.caller_name) == "长" * width
    assert refused(check.text, "A\x00B", "note").field == "note"
    assert check.text("第一行\n第二行", "note") == "第一行\n第二行"  # line breaks are text
    assert check.text("A&B <b>公司</b>", "note") == "A&B <b>公司</b>"  # user text is data


def test_money_is_yuan_with_two_decimals_and_not_below_its_minimum():
    assert check.money("1,234.50", "amount") == Decimal("1234.50")
    for bad in ("12.345", "abc", "NaN", 1.5, "1e13"):
        assert refused(check.money, bad, "amount").field == "amount", bad
    assert refused(check.money, "-10", "labour").params == {"minimum": "0.00"}
    assert check.money("-10", "adjustment", minimum=None) == Decimal("-10.00")
    assert check.money("", "urgent_cost", required=False) is None
    assert refused(check.money, None, "amount").field == "amount"


def test_quantities_are_whole_and_bounded():
    assert check.quantity(3, "quantity") == 3
    for bad in (0, -1, 10**10, 1.5, True, "3"):
        assert refused(check.quantity, bad, "quantity").field == "quantity", bad
    assert check.quantity(0, "count", minimum=0) == 0


def test_dates_stay_in_a_sensible_range():
    today = dt.date.today()
    assert check.day(today, "day") == today
    assert refused(check.day, dt.date(1, 1, 1), "day").field == "day"
    assert refused(check.day, dt.date(9999, 12, 31), "day").field == "day"
    assert refused(check.day, today + dt.timedelta(days=1), "filled_on", latest=today).field == "filled_on"
    assert check.day(None, "day", required=False) is None
