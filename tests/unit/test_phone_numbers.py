"""Phone numbers as typed at the counter."""

import pytest

from desktop_app.core.phone_numbers import normalize_phone
from desktop_app.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13812345678", "13812345678"), ("138 1234 5678", "13812345678"), ("+86 138-1234-5678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"), ("0755-26781234", "0755-26781234"), ("075526781234", "0755-26781234"),
        ("010-62345678", "010-62345678"), ("02162345678", "021-62345678"), ("0755-26781234-802", "0755-26781234-802"),
        ("400-820-1234", "400-820-1234"),
    ],
)
def test_accepted_forms(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["", "12345", "23812345678", "1381234567", "abc", "0755-1234"])
def test_rejected_with_the_field_named(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(typed, field="customer_phone")
    assert caught.value.field == "customer_phone"

