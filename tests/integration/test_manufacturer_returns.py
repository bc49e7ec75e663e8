"""Returns to the manufacturer (D11-D16): classification, approval before shipping, complete packing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import CostBearer, FundEntryKind, ReturnStatus as RS
from desktop_app.db.models import FundLedgerEntry, Product, ReturnApplication, ReturnLine, Unit
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput, classify

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product))
        for serial, received, sale in (("DOA-1", TODAY - dt.timedelta(days=7), None),
                                       ("EARLY-1", None, TODAY - dt.timedelta(days=15)),
                                       ("YEAR-1", None, TODAY - dt.timedelta(days=200)),
                                       ("OLD-1", None, TODAY - dt.timedelta(days=800))):
            s.add(Unit(serial=serial, product_id=product.id, centre_received_date=received, sale_date=sale))
    return depot


def test_classification_by_the_dealer_agreement(depot: Depot) -> None:
    with depot.db.sessions.read() as s:
        bearer = {u.serial: classify(u, TODAY) for u in s.scalars(select(Unit))}
    assert bearer == {"DOA-1": CostBearer.MANUFACTURER_DOA, "EARLY-1": CostBearer.MANUFACTURER_EARLY_DEFECT,
                      "YEAR-1": CostBearer.FUND_IN_WARRANTY, "OLD-1": CostBearer.FUND_OUT_OF_WARRANTY}


def test_the_whole_way_with_approval_packing_and_the_manufacturers_count(depot: Depot) -> None:
    returns, sup = ManufacturerReturns(depot.db.sessions), depot.staff["sup"]
    number = returns.create(sup, [ReturnLineInput(reason="开箱不良：不通电", serial="DOA-1"),
                                  ReturnLineInput(reason="风扇损坏", part_no="FAN-01", quantity=3)])
    returns.apply(sup, number)
    with pytest.raises(ValidationError, match="D15"):
        returns.ship(sup, number, set(), D("0"))  # not approved yet
    returns.approve(sup, number, "厂家批复 2026-118")
    with depot.db.sessions.read() as s:
        line_ids = [line.id for line in s.scalars(select(ReturnLine).order_by(ReturnLine.id))]
    with pytest.raises(ValidationError, match="D16"):
        returns.ship(sup, number, {line_ids[0]}, D("30.00"))  # incomplete package
    returns.ship(sup, number, set(line_ids), D("30.00"))
    assert returns.acknowledge(sup, number, {line_ids[0]: 1, line_ids[1]: 2}) == [line_ids[1]]
    with depot.db.sessions.read() as s:
        application = s.scalar(select(ReturnApplication))
        freight = s.scalar(select(FundLedgerEntry).where(FundLedgerEntry.kind == FundEntryKind.CHARGE))
        counted = [line.acknowledged_quantity for line in s.scalars(select(ReturnLine).order_by(ReturnLine.id))]
    assert application.status is RS.ACKNOWLEDGED and application.approval_reference == "厂家批复 2026-118"
    assert counted == [1, 2]  # the manufacturer's count stands (D16)
    # the part line (3 of the 4 pieces) is out of the DOA rule: its share by quantity from the fund (D13/D14)
    assert freight.amount == D("-22.50")


def test_refusal_bad_lines_and_permissions(depot: Depot) -> None:
    returns = ManufacturerReturns(depot.db.sessions)
    with pytest.raises(MissingPermission):
        returns.create(depot.staff["tech"], [ReturnLineInput(reason="x", serial="OLD-1")])
    for bad in (ReturnLineInput(reason="", serial="OLD-1"), ReturnLineInput(reason="x"),
                ReturnLineInput(reason="x", serial="NOPE")):
        with pytest.raises(ValidationError):
            returns.create(depot.staff["sup"], [bad])
    number = returns.create(depot.staff["sup"], [ReturnLineInput(reason="过保维修件", serial="OLD-1")])
    returns.apply(depot.staff["sup"], number)
    returns.refuse(depot.staff["sup"], number, "厂家不予受理：超出保修")
    with pytest.raises(ValidationError):
        returns.approve(depot.staff["sup"], number, "late")
