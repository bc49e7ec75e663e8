"""Bad input anywhere: every validator answers with a named, user-facing error or a clean value."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.money import MoneyError, to_money
from desktop_app.core.parts_import_rows import parse_rows
from desktop_app.core.phone_numbers import normalize_phone
from desktop_app.core.surveys import QUESTION_CODES, validate_scores
from desktop_app.core.vocabulary import ClaimChannel
from desktop_app.errors import KnownError, ValidationError
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput, validate_intake

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@given(TEXT)
def test_phone_numbers(text: str) -> None:
    try:
        phone = normalize_phone(text, field="phone")
    except ValidationError as error:
        assert error.field == "phone"
    else:
        assert phone and phone.replace("-", "").isdigit() and phone.isascii()


@given(st.one_of(TEXT, st.decimals(allow_nan=True, allow_infinity=True).map(str), st.integers().map(str)))
def test_money_amounts(text: str) -> None:
    try:
        amount = to_money(text)
    except MoneyError:
        return
    assert isinstance(amount, Decimal) and amount == amount.quantize(Decimal("0.01"))


@given(st.floats(allow_nan=False))
def test_floats_are_never_money(value: float) -> None:
    try:
        to_money(value)  # type: ignore[arg-type]
    except MoneyError:
        return
    raise AssertionError("a float became money")


@given(st.dictionaries(st.sampled_from(QUESTION_CODES + ("price",)), st.integers(-3, 9)), TEXT)
def test_survey_scores(scores: dict[str, int], comment: str) -> None:
    try:
        clean = validate_scores(scores, comment)
    except ValidationError as error:
        assert error.field
    else:
        assert set(clean) == set(QUESTION_CODES) and all(1 <= v <= 5 for v in clean.values())


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, TEXT, TEXT, TEXT, st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1)), st.booleans(), TEXT)
def test_the_intake_form(name: str, phone: str, model: str, serial: str, sold: dt.date, unknown: bool,
                         fault: str) -> None:
    form = IntakeForm(customer=CustomerInput(name=name, phone=phone),
                      unit=UnitInput(product_model=model, serial=serial, serial_unknown=unknown, sale_date=sold),
                      channel=ClaimChannel.WALK_IN, fault_description=fault)
    try:
        validate_intake(form, dt.date(2026, 11, 27))
    except FormInvalid as invalid:
        assert all(e.field for e in invalid.errors)


@given(st.lists(st.lists(TEXT, min_size=0, max_size=7), max_size=6))
def test_parts_import_rows(rows: list[list[str]]) -> None:
    header = ["配件编号", "配件名称", "单位", "成本价", "收费标准价"]
    try:
        sheet = parse_rows(header, [(i + 2, row) for i, row in enumerate(rows)])
    except KnownError:
        return  # a whole-sheet refusal with a message
    assert len(sheet.records) + len(sheet.rejected) <= len(rows)
