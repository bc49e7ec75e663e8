"""``service-counter warranty``: the JSON contract for phone support and scripts."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop_app.cli import main


@pytest.fixture
def warranty(sqlite_url: str, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*args: str) -> dict:
        assert main(["--database-url", sqlite_url, "warranty", *args, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    return run


def test_within_a_month_return_exchange_or_repair_with_approval(warranty) -> None:  # type: ignore[no-untyped-def]
    # rules W1 (month-end clamping), W2, W9
    result = warranty("--category", "general", "--sold", "2026-01-31", "--claimed", "2026-02-28",
                      "--missing-accessory", "电源适配器")
    assert result["tier"] == "return_exchange_repair"
    assert result["remedies"] == ["return", "exchange", "repair"]
    assert result["free"] is True and result["tier_ends"] == "2026-02-28"
    assert result["needs_approval"] == ["return"]
    assert result["charges"] == [{"item": "电源适配器", "reason": "W2: missing accessory, charged at cost price"}]
    assert result["cost_bearer"] == "fund_in_warranty"
    assert {"W2", "W9"} <= set(result["rules"]) and result["policy_version"] == "1"


def test_day_after_the_month_is_exchange_or_repair(warranty) -> None:  # type: ignore[no-untyped-def]
    result = warranty("--category", "general", "--sold", "2026-01-31", "--claimed", "2026-03-01")
    assert result["tier"] == "exchange_repair" and result["remedies"] == ["exchange", "repair"]
    assert result["needs_approval"] == [] and result["tier_ends"] == "2027-01-31"  # rule W3


def test_industrial_ethernet_repairs_free_for_five_years(warranty) -> None:  # type: ignore[no-untyped-def]
    # rule W4
    ie = warranty("--category", "industrial-ethernet", "--sold", "2022-01-10", "--claimed", "2026-06-01")
    general = warranty("--category", "general", "--sold", "2022-01-10", "--claimed", "2026-06-01")
    assert (ie["tier"], ie["tier_ends"], ie["cost_bearer"]) == ("free_repair", "2027-01-10", "fund_out_of_warranty")
    assert general["tier"] == "paid_repair" and general["free"] is False and general["tier_ends"] is None


def test_doa_at_the_centre_is_the_manufacturers(warranty) -> None:  # type: ignore[no-untyped-def]
    # rule D11
    result = warranty("--category", "general", "--sold", "2026-05-29", "--claimed", "2026-06-01",
                      "--received", "2026-05-28")
    assert result["cost_bearer"] == "manufacturer" and "D11" in result["rules"]


def test_no_invoice_and_no_sale_date_is_paid_repair(warranty) -> None:  # type: ignore[no-untyped-def]
    # rule W10
    result = warranty("--category", "general", "--no-invoice", "--claimed", "2026-06-01")
    assert result["tier"] == "paid_repair" and "W10" in result["rules"]


def test_user_damage_is_paid_whatever_the_date(warranty) -> None:  # type: ignore[no-untyped-def]
    # rule W11
    result = warranty("--category", "general", "--sold", "2026-05-20", "--claimed", "2026-06-01", "--user-damage")
    assert result["tier"] == "paid_repair" and result["remedies"] == ["repair"] and "W11" in result["rules"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--category", "general", "--sold", "2026-07-20", "--claimed", "2026-06-01"], "before the sale"),
        (["--category", "toaster", "--sold", "2026-01-20", "--claimed", "2026-06-01"], "toaster"),
        (["--category", "general", "--sold", "2026-13-20", "--claimed", "2026-06-01"], "2026-13-20"),
    ],
    ids=["claim-before-sale", "unknown-category", "malformed-date"],
)
def test_bad_input_is_one_line_and_status_2(sqlite_url: str, args: list[str], message: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--language", "en", "--database-url", sqlite_url, "warranty",
         *args, "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.stderr
