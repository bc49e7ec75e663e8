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



# A landline extension is written many ways on business cards and chats; all are stored one way, so
# a search by the number finds the customer whichever way it was typed.
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0755-2678123转801", "0755-2678123-801"), ("0755-26781234 分机 801", "0755-26781234-801"),
        ("0755-26781234 ext. 801", "0755-26781234-801"), ("0755-26781234 EXT801", "0755-26781234-801"),
        ("075526781234转801", "0755-26781234-801"), ("010-62345678 x 12", "010-62345678-12"),
        ("０７５５－２６７８１２３４转８０１", "0755-26781234-801"), ("0755-26781234分机号801", "0755-26781234-801"),
    ],
)
def test_an_extension_however_written_is_accepted(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["13812345678/13912345678", "13812345678, 0755-26781234", "13812345678或13912345678",
                                   "13812345678；13912345678", "13812345678、13912345678"])
def test_two_numbers_in_one_field_are_refused_asking_for_one(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(typed, field="customer_phone")
    assert caught.value.field == "customer_phone"
    assert "one phone number" in caught.value.template


@pytest.mark.parametrize("typed", ["abc", "13812345678转801", "0755-26781234转", "转801", "02112345678"])
def test_the_refusal_names_the_shapes_accepted_extension_included(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(typed, field="customer_phone")
    assert "mobile" in caught.value.template and "0755-26781234-801" in caught.value.template
