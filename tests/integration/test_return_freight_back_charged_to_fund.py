"""The freight the centre pays for goods coming back from the manufacturer: the fund's for the D14 lines'
share (D13: freight back is the manufacturer's), booked on the acknowledgement day, on both databases."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.service_fund import quarter_of
from desktop_app.core.vocabulary import FundEntryKind
from desktop_app.db.models import AuditEntry, FundLedgerEntry, Product, ReturnApplication, ReturnLine, Unit
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.fund_views import FundViews
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput

TODAY = dt.date.today()
ACK_DAY = TODAY + dt.timedelta(days=40)  # the goods come back weeks later, perhaps in the next quarter


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        for serial, received, sale in (("DOA-1", TODAY - dt.timedelta(days=3), None),
                                       ("YEAR-1", None, TODAY - dt.timedelta(days=200)),
                                       ("OLD-1", None, TODAY - dt.timedelta(days=800)),
                                       ("OLD-2", None, TODAY - dt.timedelta(days=900))):
            s.add(Unit(serial=serial, product_id=product.id, centre_received_date=received, sale_date=sale))
    return depot


def _shipped(depot: Depot, *serials: str) -> tuple[ManufacturerReturns, str, dict[int, int]]:
    clock = lambda: dt.datetime.combine(ACK_DAY, dt.time(10)).astimezone(dt.timezone.utc)  # noqa: E731
    returns, sup = ManufacturerReturns(depot.db.sessions, clock), depot.staff["sup"]
    number = ManufacturerReturns(depot.db.sessions).create(sup, [ReturnLineInput(reason="返修", serial=x) for x in serials])
    returns.apply(sup, number)
    returns.approve(sup, number, "厂批-9")
    with depot.db.sessions.read() as s:
        ids = set(s.scalars(select(ReturnLine.id).join(ReturnApplication).where(ReturnApplication.number == number)))
    returns.ship(sup, number, ids, D("0.00"))
    return returns, number, {i: 1 for i in ids}


def _charges(depot: Depot) -> list[FundLedgerEntry]:
    with depot.db.sessions.read() as s:
        return list(s.scalars(select(FundLedgerEntry).where(FundLedgerEntry.kind == FundEntryKind.CHARGE)))


def test_freight_back_for_an_out_of_warranty_unit_is_charged_to_the_fund(depot: Depot) -> None:  # rule D14
    returns, number, counts = _shipped(depot, "OLD-1")
    assert returns.acknowledge(depot.staff["sup"], number, counts, freight_back=D("35.50")) == []
    (entry,) = _charges(depot)
    assert (entry.amount, entry.entry_date, entry.quarter) == (D("-35.50"), ACK_DAY, quarter_of(ACK_DAY))
    assert entry.return_application_id is not None
    (record,) = FundViews(depot.db.sessions).records(depot.staff["manager"], quarter_of(ACK_DAY), quarter_of(ACK_DAY))
    assert record.freight.back and (record.freight.number, record.freight.total) == (number, D("35.50"))


def test_only_the_out_of_warranty_share_of_a_mixed_box_is_the_funds(depot: Depot) -> None:  # D11, D13, D14
    returns, number, counts = _shipped(depot, "DOA-1", "YEAR-1", "OLD-1", "OLD-2")
    returns.acknowledge(depot.staff["sup"], number, counts, freight_back="100.00")
    (entry,) = _charges(depot)
    assert entry.amount == D("-50.00")  # two of four units by quantity
    (record,) = FundViews(depot.db.sessions).records(depot.staff["manager"], quarter_of(ACK_DAY), quarter_of(ACK_DAY))
    assert (record.amount, record.freight.total, record.freight.back) == (D("50.00"), D("100.00"), True)
    with depot.db.sessions.read() as s:
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "acknowledge"))
    assert audit.changes["freight_back"] == "100.00" and audit.changes["fund_freight_back"] == "50.00"


def test_no_freight_back_or_none_of_it_the_centres_charges_nothing(depot: Depot) -> None:
    returns, number, counts = _shipped(depot, "YEAR-1")
    returns.acknowledge(depot.staff["sup"], number, counts, freight_back=D("20.00"))  # D13: the manufacturer's
    returns, other, counts = _shipped(depot, "OLD-1")
    returns.acknowledge(depot.staff["sup"], other, counts)
    assert _charges(depot) == []


@pytest.mark.parametrize("amount", ["-1.00", "12.345", "abc"])
def test_a_bad_freight_back_is_refused_before_anything_is_recorded(depot: Depot, amount: str) -> None:
    returns, number, counts = _shipped(depot, "OLD-1")
    with pytest.raises(ValidationError) as refused:
        returns.acknowledge(depot.staff["sup"], number, counts, freight_back=amount)
    assert refused.value.field == "freight_back"
    with depot.db.sessions.read() as s:
        assert s.scalar(select(ReturnApplication.acknowledged_at).where(ReturnApplication.number == number)) is None
