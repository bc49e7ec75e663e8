"""Sale and receipt dates at intake: a typo's year is refused by name, an old product is not (W1, W5)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput, validate_intake

TODAY = dt.date(2026, 11, 27)


def form(**unit: object) -> IntakeForm:
    return IntakeForm(customer=CustomerInput(name="王芳", phone="13800138000"),
                      unit=UnitInput(product_model="S5720-28P", serial="SN-1", has_invoice=True, **unit),
                      channel=ClaimChannel.WALK_IN, fault_description="不通电")


@pytest.mark.parametrize("field", ["sale_date", "centre_received_date"])
def test_a_year_no_product_was_sold_in_is_refused_at_its_field(field: str) -> None:
    dates = {"sale_date": dt.date(2019, 3, 1), field: dt.date(1900, 3, 1)}
    with pytest.raises(FormInvalid) as caught:
        validate_intake(form(**dates), TODAY)
    assert [(e.field, e.params.get("earliest")) for e in caught.value.errors] == [(field, "1980-01-01")]


def test_a_product_sold_decades_ago_is_taken_in_for_paid_repair() -> None:  # W5: repaired for life
    cleaned, _ = validate_intake(form(sale_date=dt.date(1986, 5, 4)), TODAY)
    assert cleaned.unit.sale_date == dt.date(1986, 5, 4)


def test_a_future_sale_still_says_so() -> None:  # W1
    with pytest.raises(FormInvalid) as caught:
        validate_intake(form(sale_date=TODAY + dt.timedelta(days=1)), TODAY)
    assert [(e.field, e.params.get("date")) for e in caught.value.errors] == [("sale_date", "2026-11-28")]
