"""Money is Decimal yuan, exact to the fen, never float."""

from decimal import Decimal

import pytest

from desktop_app.core.money import MoneyError, format_yuan, from_fen, round_money, to_fen, to_money


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12", "12.00"), ("12.5", "12.50"), ("¥1,234.56", "1234.56"), ("￥0.01", "0.01"), ("-3.10", "-3.10")],
)
def test_to_money_parses_user_text(text: str, expected: str) -> None:
    assert to_money(text) == Decimal(expected)


@pytest.mark.parametrize("bad", ["abc", "", "1.234", "NaN", "Infinity"])
def test_to_money_rejects_non_amounts(bad: str) -> None:
    with pytest.raises(MoneyError):
        to_money(bad)


def test_floats_are_refused() -> None:
    with pytest.raises(MoneyError):
        to_money(0.1)  # type: ignore[arg-type]


def test_fen_round_trip_is_exact() -> None:
    for fen in (0, 1, 99, 100, 123456789, -250):
        assert to_fen(from_fen(fen)) == fen
    assert to_fen(Decimal("0.10")) + to_fen(Decimal("0.20")) == to_fen(Decimal("0.30"))


def test_round_money_is_half_up() -> None:
    assert round_money(Decimal("2.345")) == Decimal("2.35")
    assert round_money(Decimal("2.344")) == Decimal("2.34")


def test_format_yuan() -> None:
    assert format_yuan(Decimal("1234.5")) == "¥1,234.50"


def test_absurd_amounts_are_refused_not_crashed() -> None:
    for text in ("100000000000000000000000000", "1e30", "-1e13"):
        with pytest.raises(MoneyError):
            to_money(text)
