"""The parts catalogue on both databases: search, add/edit permissions (W6), fee-schedule versions (D6, D9)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot

from desktop_app.db.models import AuditEntry
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.parts_catalogue import PartInput, PartsCatalogue

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


@pytest.fixture
def catalogue(depot: Depot) -> PartsCatalogue:
    return PartsCatalogue(depot.db.sessions, today=lambda: TODAY)


def test_list_and_search_with_prices_and_on_hand(catalogue: PartsCatalogue, depot: Depot) -> None:
    rows = catalogue.list_parts()
    assert [(r.part_no, r.on_hand, r.fee_price) for r in rows] == [
        ("ADP-12V", 3, Decimal("28.00")), ("FAN-01", 5, Decimal("45.00")), ("PWR-01", 1, Decimal("150.00"))]
    catalogue.edit_part(depot.staff["sup"], "FAN-01", PartInput("FAN-01", "风扇", compatible_models=("S5720-28P",)))
    assert [r.part_no for r in catalogue.list_parts("电源")] == ["ADP-12V", "PWR-01"]  # by name
    assert [r.part_no for r in catalogue.list_parts("s5720")] == ["FAN-01"]  # by compatible model
    assert [r.part_no for r in catalogue.list_parts("fan-0")] == ["FAN-01"]
    assert catalogue.list_parts("100%_") == []  # LIKE wildcards are literal
    assert [r.part_no for r in catalogue.list_parts(limit=1, offset=1)] == ["FAN-01"]


def test_a_supervisor_adds_parts_but_only_the_manager_prices_them_or_flags_wear(
        catalogue: PartsCatalogue, depot: Depot) -> None:
    sup, boss = depot.staff["sup"], depot.staff["manager"]
    row = catalogue.add_part(sup, PartInput("CAB-01", "网线", unit_of_measure="条", reorder_level=10))
    assert (row.cost_price, row.on_hand, row.reorder_level) == (None, 0, 10)
    for data in (PartInput("CAB-02", "网线", is_wear_part=True),  # rule W6
                 PartInput("CAB-03", "网线", cost_price="1", fee_price="2")):  # rule D6
        with pytest.raises(MissingPermission):
            catalogue.add_part(sup, data)
    with pytest.raises(MissingPermission):
        catalogue.edit_part(sup, "CAB-01", PartInput("CAB-01", "网线", unit_of_measure="条", is_wear_part=True))
    with pytest.raises(MissingPermission):
        catalogue.edit_part(depot.staff["tech"], "CAB-01", PartInput("CAB-01", "网线2", unit_of_measure="条"))
    priced = catalogue.edit_part(boss, "CAB-01", PartInput("CAB-01", "网线", unit_of_measure="条", is_wear_part=True,
                                                           cost_price="3.50", fee_price=Decimal("5")))
    assert (priced.is_wear_part, priced.cost_price, priced.fee_price) == (True, Decimal("3.50"), Decimal("5.00"))
    # Same prices again: no new price, so the supervisor may edit the other fields.
    catalogue.edit_part(sup, "CAB-01", PartInput("CAB-01", "超五类网线", unit_of_measure="条", is_wear_part=True,
                                                cost_price="3.50", fee_price="5.00"))
    with depot.db.sessions.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "part")
                                               .order_by(AuditEntry.id))]
    assert actions == ["create", "update", "update"]


def test_every_field_is_checked_at_once(catalogue: PartsCatalogue, depot: Depot) -> None:
    with pytest.raises(FormInvalid) as invalid:
        catalogue.add_part(depot.staff["manager"], PartInput(" ", "", unit_of_measure="kg", reorder_level=-1,
                                                             cost_price="1.234", fee_price="x"))
    assert set(invalid.value.by_field()) == {"part_no", "name", "unit_of_measure", "reorder_level", "cost_price",
                                             "fee_price"}
    with pytest.raises(FormInvalid, match="already in use"):
        catalogue.add_part(depot.staff["manager"], PartInput("PWR-01", "电源板"))


def test_fee_schedule_versions_by_date(catalogue: PartsCatalogue, depot: Depot) -> None:
    boss = depot.staff["manager"]
    later = TODAY + dt.timedelta(days=10)
    catalogue.publish_fee_schedule(boss, TODAY, {"PWR-01": ("125", "155")}, note="2026 版")
    version = catalogue.publish_fee_schedule(boss, later, {depot.part_ids["FAN-01"]: ("36", "46"),
                                                           "PWR-01": ("130", "160")})
    assert (version.effective_from, version.lines) == (later, 2)
    assert [v.effective_from for v in catalogue.fee_schedules()] == [dt.date(2020, 1, 1), TODAY, later]
    prices = [(catalogue.price_on("PWR-01", d).fee_price, catalogue.price_on("FAN-01", d).fee_price)
              for d in (TODAY - dt.timedelta(days=1), TODAY, later)]
    assert prices == [(Decimal("150.00"), Decimal("45.00")), (Decimal("155.00"), Decimal("45.00")),
                      (Decimal("160.00"), Decimal("46.00"))]
    assert catalogue.list_parts("PWR", day=later)[0].prices_from == later
    with pytest.raises(MissingPermission):
        catalogue.publish_fee_schedule(depot.staff["sup"], later, {"PWR-01": ("1", "2")})
    with pytest.raises(ValidationError, match="in the past"):
        catalogue.publish_fee_schedule(boss, TODAY - dt.timedelta(days=1), {"PWR-01": ("1", "2")})
    with pytest.raises(FormInvalid, match="negative"):
        catalogue.publish_fee_schedule(boss, later, {"PWR-01": ("-1", "2")})
    with pytest.raises(ValidationError, match="no part"):
        catalogue.publish_fee_schedule(boss, later, {"NOPE": ("1", "2")})
