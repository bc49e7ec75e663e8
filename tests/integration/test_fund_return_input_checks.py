"""Bad input to the service fund (D4, D13, D14) and to returns to the manufacturer (D11-D16) is refused at
its field, with nothing written, on both databases: never cut, stored wrong, or left to a raw error."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import CostBearer, ReturnStatus as RS
from desktop_app.db.models import (
    AuditEntry,
    FundLedgerEntry,
    FundRateVersion,
    Product,
    Remittance,
    ReturnApplication,
    ReturnLine,
    Unit,
)
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput

TODAY = dt.date.today()
LONG = "运" * 300


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        s.add(Unit(serial="OLD-1", product_id=product.id, sale_date=TODAY - dt.timedelta(days=800)))
    return depot


def _count(depot: Depot, model: type) -> int:
    with depot.db.sessions.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _refused(field: str, call) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        call()
    assert refused.value.field == field, str(refused.value)
    return refused.value


# --- the service fund --------------------------------------------------------------------------


def test_a_long_charge_note_is_refused_not_cut_to_200_characters(depot: Depot) -> None:  # rules D13, D14
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    error = _refused("note", lambda: fund.record_charge(boss, TODAY, D("25.00"), LONG))
    assert "200" in str(error)
    assert _count(depot, FundLedgerEntry) == 0
    fund.record_charge(boss, TODAY, D("25.00"), "运" * 200)  # exactly the column: kept whole
    with depot.db.sessions.read() as s:
        assert s.scalar(select(FundLedgerEntry.note)) == "运" * 200


def test_a_long_remittance_reference_is_refused_on_both_databases(depot: Depot) -> None:  # rule D4
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    _refused("note", lambda: fund.record_remittance(boss, TODAY, D("100.00"), "BANK-" + "7" * 60))
    assert _count(depot, Remittance) == 0
    fund.record_remittance(boss, TODAY, D("100.00"), "  BANK-7  ")
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Remittance.reference)) == "BANK-7"


@pytest.mark.parametrize("amount", [D("1.234"), D("1000000000001"), D("NaN"), 12.5, "abc"])
def test_an_amount_the_fund_cannot_hold_is_refused_at_the_amount(depot: Depot, amount: object) -> None:
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    _refused("amount", lambda: fund.record_remittance(boss, TODAY, amount))  # type: ignore[arg-type]
    _refused("amount", lambda: fund.record_charge(boss, TODAY, amount, "运费"))  # type: ignore[arg-type]
    assert _count(depot, Remittance) + _count(depot, FundLedgerEntry) == 0


def test_a_charge_is_a_cost_above_zero_with_a_note(depot: Depot) -> None:  # rules D5, D13, D14
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    _refused("amount", lambda: fund.record_charge(boss, TODAY, D("-5.00"), "冲正"))
    _refused("note", lambda: fund.record_charge(boss, TODAY, D("5.00"), "   "))
    assert _count(depot, FundLedgerEntry) == 0


def test_a_charge_for_a_return_application_that_does_not_exist_is_refused(depot: Depot) -> None:  # rule D13
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    _refused("return_application_id",
             lambda: fund.record_charge(boss, TODAY, D("25.00"), "运费", return_application_id=9999))
    assert _count(depot, FundLedgerEntry) == 0


def test_a_charge_dated_year_one_is_refused_and_the_statements_still_open(depot: Depot) -> None:  # rule D4
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    _refused("effective_from", lambda: fund.record_charge(boss, dt.date(1, 1, 1), D("5.00"), "运费"))
    _refused("effective_from", lambda: fund.record_remittance(boss, dt.date(1999, 12, 31), D("5.00")))
    quarter = f"{TODAY.year}Q{(TODAY.month - 1) // 3 + 1}"
    assert [q.quarter for q in fund.statements(boss, quarter, quarter)] == [quarter]


def test_remittances_and_charges_cannot_be_dated_ahead_a_rate_up_to_a_year(depot: Depot) -> None:  # rule D4
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    tomorrow = TODAY + dt.timedelta(days=1)
    _refused("effective_from", lambda: fund.record_remittance(boss, tomorrow, D("100.00")))
    _refused("effective_from", lambda: fund.record_charge(boss, tomorrow, D("5.00"), "运费"))
    _refused("effective_from", lambda: fund.set_rate(boss, dt.date(9999, 12, 31), D("5")))
    assert _count(depot, Remittance) + _count(depot, FundLedgerEntry) + _count(depot, FundRateVersion) == 0
    fund.set_rate(boss, TODAY + dt.timedelta(days=90), D("4"))  # the next quarter's rate, set ahead
    assert _count(depot, FundRateVersion) == 1


@pytest.mark.parametrize("percent", [D("NaN"), D("sNaN"), D("Infinity"), D("-1"), D("100.001"), 5.5])
def test_a_fund_rate_that_is_not_a_percentage_is_refused(depot: Depot, percent: object) -> None:  # rule D4
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    _refused("percent", lambda: fund.set_rate(boss, TODAY, percent))  # type: ignore[arg-type]
    assert _count(depot, FundRateVersion) == 0


def test_a_fund_rate_keeps_three_decimals_the_same_on_both_databases(depot: Depot) -> None:  # rule D4
    fund, boss = FundService(depot.db.sessions), depot.staff["manager"]
    error = _refused("percent", lambda: fund.set_rate(boss, TODAY, D("12.34567")))
    assert "three decimals" in str(error)
    fund.set_rate(boss, TODAY, D("12.345"))
    with depot.db.sessions.read() as s:
        assert s.scalar(select(FundRateVersion.rate_percent)) == D("12.345")


# --- returns to the manufacturer ---------------------------------------------------------------


def _approved(depot: Depot, *lines: ReturnLineInput, note: str = "") -> tuple[str, list[int]]:
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = returns.create(sup, list(lines), note=note)
    returns.apply(sup, number)
    returns.approve(sup, number, "HW-RMA-1")
    with depot.db.sessions.read() as s:
        return number, list(s.scalars(select(ReturnLine.id).join(ReturnApplication)
                                      .where(ReturnApplication.number == number).order_by(ReturnLine.id)))


def test_a_long_approval_reference_is_refused_not_cut(depot: Depot) -> None:  # rule D15
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = returns.create(sup, [ReturnLineInput(reason="过保", serial="OLD-1")])
    returns.apply(sup, number)
    _refused("reference", lambda: returns.approve(sup, number, "R" * 101))
    with depot.db.sessions.read() as s:
        application = s.scalar(select(ReturnApplication))
        assert (application.status, application.approval_reference) == (RS.APPLIED, None)


def test_a_long_line_reason_is_refused_not_cut(depot: Depot) -> None:  # rule D15: the detailed list
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    _refused("lines", lambda: returns.create(sup, [ReturnLineInput(reason=LONG, part_no="FAN-01", quantity=2)]))
    assert _count(depot, ReturnApplication) == 0


def test_freight_below_zero_is_refused_and_nothing_ships(depot: Depot) -> None:  # rules D13-D16
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number, line_ids = _approved(depot, ReturnLineInput(reason="过保", serial="OLD-1"))
    _refused("freight", lambda: returns.ship(sup, number, set(line_ids), D("-50")))
    _refused("freight", lambda: returns.ship(sup, number, set(line_ids), D("30.005")))
    with depot.db.sessions.read() as s:
        application = s.scalar(select(ReturnApplication))
        assert (application.status, application.freight_out) == (RS.APPROVED, None)
    assert _count(depot, FundLedgerEntry) == 0


def test_the_manufacturers_count_is_a_number_of_pieces_for_this_applications_lines(depot: Depot) -> None:  # D16
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    other, other_lines = _approved(depot, ReturnLineInput(reason="风扇", part_no="FAN-01", quantity=1))
    number, line_ids = _approved(depot, ReturnLineInput(reason="风扇", part_no="FAN-01", quantity=3))
    returns.ship(sup, number, set(line_ids), D("0"))
    _refused("counts", lambda: returns.acknowledge(sup, number, {line_ids[0]: -7}))
    _refused("counts", lambda: returns.acknowledge(sup, number, {line_ids[0]: 3, other_lines[0]: 1}))
    with depot.db.sessions.read() as s:
        assert s.scalar(select(ReturnApplication.status).where(ReturnApplication.number == number)) is RS.SHIPPED
        assert s.get(ReturnLine, line_ids[0]).acknowledged_quantity is None
    assert returns.acknowledge(sup, number, {line_ids[0]: 4}) == line_ids  # more than listed: its count stands
    assert other  # the other application was only there to lend a foreign line id


def test_an_unknown_claim_number_on_a_line_is_refused_not_dropped(depot: Depot) -> None:  # rules D11-D14, W12
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    error = _refused("lines", lambda: returns.create(
        sup, [ReturnLineInput(reason="开箱不良", serial="OLD-1", claim_number="SC-1999-000001")]))
    assert "SC-1999-000001" in str(error)
    assert _count(depot, ReturnApplication) == 0
    saved = depot.take_in("EARLY-1", TODAY - dt.timedelta(days=5))  # a real claim still judges the line
    returns.create(sup, [ReturnLineInput(reason="品质不良", serial="EARLY-1", claim_number=saved.number)])
    with depot.db.sessions.read() as s:
        line = s.scalar(select(ReturnLine))
        assert line.claim_id is not None and line.cost_bearer is CostBearer.MANUFACTURER_EARLY_DEFECT


def test_a_unit_line_is_one_unit(depot: Depot) -> None:  # rule D15: parts come by the piece, a unit is one
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    _refused("lines", lambda: returns.create(sup, [ReturnLineInput(reason="过保", serial="OLD-1", quantity=3)]))
    assert _count(depot, ReturnApplication) == 0


def test_a_refusal_keeps_the_applications_note_and_adds_the_reason_dated(depot: Depot) -> None:  # rule D15
    at = dt.datetime(2026, 3, 18, 6, 30, tzinfo=dt.timezone.utc)
    returns, sup = ManufacturerReturns(depot.db.sessions, clock=lambda: at), depot.staff["sup"]
    number = returns.create(sup, [ReturnLineInput(reason="过保", serial="OLD-1")], note="本月第一批返厂")
    returns.apply(sup, number)
    returns.refuse(sup, number, "厂家不予受理：超出保修")
    with depot.db.sessions.read() as s:
        application = s.scalar(select(ReturnApplication))
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "refuse"))
    first, second = application.note.split("\n")
    assert application.status is RS.REFUSED and first == "本月第一批返厂"
    assert second == f"{at.astimezone():%Y-%m-%d %H:%M} 厂家不予受理：超出保修"
    assert audit.changes["reason"] == "厂家不予受理：超出保修"
