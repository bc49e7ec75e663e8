"""Bad input anywhere: every validator answers with a named, user-facing error or a clean value."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

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


# --- added: digits from other scripts, serials and field lengths, dates, prices, quantities --------

DIGITS = st.characters(whitelist_categories=("Nd",))  # ٣, ३, ๓, full-width ３ ...


@given(st.sampled_from([("13", 9), ("0755-2", 7), ("400-820-", 4), ("", 11)]), st.data())
def test_phone_numbers_are_stored_in_ascii_digits_only(shape: tuple[str, int], data: st.DataObject) -> None:
    prefix, count = shape
    digits = data.draw(st.text(alphabet=DIGITS, min_size=count, max_size=count))
    try:
        phone = normalize_phone(prefix + digits, field="customer_phone")
    except ValidationError as error:
        assert error.field == "customer_phone"
    else:
        assert phone.isascii() and phone.replace("-", "").isdigit()


EXTENSION_MARKS = st.sampled_from(["-", "转", "分机", " 分机 ", "分机号", "ext", "ext.", " ext. ", "EXT ", "x", "#"])


@given(st.sampled_from(["0755-", "0755", "010-", "021"]), st.text(alphabet="0123456789", min_size=7, max_size=7),
       EXTENSION_MARKS, st.text(alphabet="0123456789", min_size=1, max_size=6))
def test_landline_extensions_are_stored_in_one_form(area: str, number: str, mark: str, extension: str) -> None:
    local = "2" + number  # a local number starts with 2-9
    stored = normalize_phone(f"{area}{local}{mark}{extension}", field="customer_phone")
    assert stored == f"{area.rstrip('-')}-{local}-{extension}"


@given(st.sampled_from(["/", ",", "，", "、", ";", "；", "或", " / "]),
       st.sampled_from(["13812345678", "0755-26781234", "400-820-1234"]),
       st.sampled_from(["13912345678", "021-62345678"]))
def test_two_numbers_in_one_field_are_refused(separator: str, first: str, second: str) -> None:
    try:
        normalize_phone(first + separator + second, field="customer_phone")
    except ValidationError as error:
        assert error.field == "customer_phone" and "one phone number" in error.template
    else:
        raise AssertionError("two numbers were accepted as one")


COLUMNS = {"customer_name": 100, "contact_person": 100, "customer_city": 50, "customer_address": 200,
           "serial": 100, "invoice_no": 100}  # the widths of the database columns they go into
LONG_TEXT = st.one_of(TEXT, st.text(min_size=40, max_size=300).map(lambda s: s * 3))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(name=LONG_TEXT, contact=LONG_TEXT, city=LONG_TEXT, address=LONG_TEXT, serial=LONG_TEXT, invoice=LONG_TEXT)
def test_intake_text_fits_its_column_or_is_refused_by_name(name: str, contact: str, city: str, address: str,
                                                          serial: str, invoice: str) -> None:
    # PostgreSQL refuses an over-long value with an internal error: the form must name the field first.
    form = IntakeForm(customer=CustomerInput(name=name, phone="13812345678", contact_person=contact, city=city,
                                             address=address),
                      unit=UnitInput(product_model="S5720", serial=serial, sale_date=dt.date(2026, 1, 5),
                                     invoice_no=invoice),
                      channel=ClaimChannel.WALK_IN, fault_description="不开机")
    values = {"customer_name": name.strip(), "contact_person": contact.strip(), "customer_city": city.strip(),
              "customer_address": address.strip(), "serial": serial.strip(), "invoice_no": invoice.strip()}
    try:
        validate_intake(form, dt.date(2026, 11, 27))
    except FormInvalid as invalid:
        named = {e.field for e in invalid.errors}
        assert {f for f, limit in COLUMNS.items() if len(values[f]) > limit} <= named
    else:
        assert all(len(values[f]) <= limit for f, limit in COLUMNS.items())


@given(TEXT)
def test_typed_dates_and_months(text: str) -> None:
    from desktop_app.commands.reports import _month
    from desktop_app.commands.warranty import _date

    for parse, field in ((lambda t: _date(t, "--sold"), "--sold"), (_month, "month")):
        try:
            day = parse(text)
        except ValidationError as error:
            assert error.field == field
        else:
            assert isinstance(day, dt.date)


@given(st.integers(3, 8).flatmap(lambda places: st.decimals(allow_nan=False, allow_infinity=False, places=places)))
def test_prices_with_more_than_two_decimals_are_refused_by_column(amount: Decimal) -> None:
    from desktop_app.core.parts_import_rows import Column, check_price

    with localcontext() as exact:
        exact.prec = 100  # quantize a 30-digit amount without overflowing the default 28 digits
        if amount == amount.quantize(Decimal("0.01")):
            return  # 1.500 is 1.50
    try:
        check_price(str(amount), Column.COST)
    except ValidationError as error:
        assert error.field == Column.COST.value
    else:
        raise AssertionError(f"{amount} was accepted as a price")


@given(st.decimals(max_value=Decimal("-0.01"), places=2, allow_nan=False, allow_infinity=False))
def test_negative_prices_are_refused_and_negative_money_keeps_its_sign(amount: Decimal) -> None:
    from desktop_app.core.parts_import_rows import Column, check_price

    try:
        check_price(amount, Column.FEE)
    except ValidationError as error:
        assert error.field == Column.FEE.value
    else:
        raise AssertionError(f"{amount} was accepted as a price")
    if abs(amount) <= Decimal("1000000000000"):
        assert to_money(str(amount)) == amount  # a refund or a credit is money too; only prices are ≥ 0


QUANTITIES = st.one_of(st.integers(-10**12, 10**12), st.booleans(), st.floats(), st.decimals(allow_nan=False),
                       st.text(max_size=8))


@given(QUANTITIES)
def test_stock_quantities(quantity: object) -> None:
    from desktop_app.services.stock_admin import _positive

    try:
        _positive(quantity)  # type: ignore[arg-type]
    except ValidationError as error:
        assert error.field == "quantity"
    else:
        assert type(quantity) is int and quantity >= 1


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(-3, 10**6)), max_size=5))
def test_requisition_lines(lines: list[tuple[int, int]]) -> None:
    from desktop_app.services.requisitions import _check_lines

    try:
        _check_lines(lines)
    except ValidationError as error:
        assert error.field == "lines"
    else:
        assert lines and all(q >= 1 for _, q in lines) and len({p for p, _ in lines}) == len(lines)


@given(st.one_of(TEXT, st.integers(-10**10, 10**10).map(str)))
def test_reorder_levels(text: str) -> None:
    from desktop_app.core.parts_import_rows import check_reorder_level

    try:
        level = check_reorder_level(text)
    except ValidationError as error:
        assert error.field
    else:
        assert isinstance(level, int) and 0 <= level <= 999_999_999
