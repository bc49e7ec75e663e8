"""Rule D9: once a part has been issued today, new prices for it take effect tomorrow at the earliest,
so the fund (booked at issue) and the monthly reconciliation (the schedule of the issue's day) never
price today's issue differently. On both databases; nothing is written when refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import MovementKind, WorkOrderState as S
from desktop_app.db.models import FeeSchedule, StockMovement
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.parts_catalogue import PartInput, PartsCatalogue
from desktop_app.services.parts_import import PartsImportService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
TOMORROW = TODAY + dt.timedelta(days=1)
HEADER = "配件编号,配件名称,适用型号,类别,易损件,单位,成本价,收费标准价,再订货点"


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _issue_today(depot: Depot, part_no: str) -> None:
    oid = order_id(depot.db, depot.take_in(f"SN-{part_no}", TODAY - dt.timedelta(days=100)).work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids[part_no], 1)]).issued


def _reprice(depot: Depot, part_no: str, fee: str, day: dt.date) -> None:
    catalogue = PartsCatalogue(depot.db.sessions)
    row = catalogue.get_part(part_no)
    catalogue.edit_part(depot.staff["manager"], part_no, PartInput(
        part_no=row.part_no, name=row.name, compatible_models=row.compatible_models, category=row.category,
        is_wear_part=row.is_wear_part, unit_of_measure=row.unit_of_measure, reorder_level=row.reorder_level,
        active=row.active, cost_price="40.00", fee_price=fee), prices_from=day)


def _schedules(depot: Depot) -> int:
    with depot.db.sessions.read() as s:
        return s.scalar(select(func.count(FeeSchedule.id)))


def test_a_part_issued_today_cannot_be_repriced_from_today_but_from_tomorrow(depot: Depot) -> None:
    _issue_today(depot, "FAN-01")
    with pytest.raises(ValidationError) as refused:
        _reprice(depot, "FAN-01", "50.00", TODAY)
    assert refused.value.field == "effective_from"
    assert "FAN-01" in str(refused.value) and TOMORROW.isoformat() in str(refused.value)
    catalogue = PartsCatalogue(depot.db.sessions)
    assert catalogue.price_on("FAN-01", TODAY).fee_price == Decimal("45.00")  # nothing written
    assert _schedules(depot) == 1

    _reprice(depot, "FAN-01", "50.00", TOMORROW)
    assert catalogue.price_on("FAN-01", TODAY).fee_price == Decimal("45.00")
    assert catalogue.price_on("FAN-01", TOMORROW).fee_price == Decimal("50.00")


def test_parts_not_issued_today_are_repriced_from_today(depot: Depot) -> None:
    _issue_today(depot, "FAN-01")
    with depot.db.sessions.write() as s, s.begin():  # issued yesterday (local noon): its day is closed anyway
        yesterday = dt.datetime.combine(TODAY - dt.timedelta(days=1), dt.time(12)).astimezone()
        s.add(StockMovement(part_id=depot.part_ids["PWR-01"], kind=MovementKind.ISSUE, quantity=-1, at=yesterday,
                            by_id=depot.staff["tech"].staff_id))
    _reprice(depot, "PWR-01", "160.00", TODAY)
    assert PartsCatalogue(depot.db.sessions).price_on("PWR-01", TODAY).fee_price == Decimal("160.00")


def test_a_schedule_for_today_is_refused_only_for_the_parts_it_reprices_that_were_issued(depot: Depot) -> None:
    _issue_today(depot, "FAN-01")
    catalogue, manager = PartsCatalogue(depot.db.sessions), depot.staff["manager"]
    with pytest.raises(ValidationError) as refused:
        catalogue.publish_fee_schedule(manager, TODAY, {"FAN-01": ("36.00", "46.00"), "PWR-01": ("125", "155")})
    assert "FAN-01" in str(refused.value) and "PWR-01" not in str(refused.value)
    assert _schedules(depot) == 1 and catalogue.price_on("PWR-01", TODAY).fee_price == Decimal("150.00")

    # FAN-01 at its current prices changes nothing of today's issue: accepted with PWR-01's new ones.
    catalogue.publish_fee_schedule(manager, TODAY, {"FAN-01": ("35.50", "45.00"), "PWR-01": ("125", "155")})
    assert catalogue.price_on("PWR-01", TODAY).fee_price == Decimal("155.00")


def test_an_import_repricing_a_part_issued_today_is_refused_whole(depot: Depot) -> None:
    _issue_today(depot, "FAN-01")
    sheet = "\n".join((HEADER, "FAN-01,风扇,,,否,个,36.00,46.00,0", "NEW-01,防尘网,,,是,个,5,6,0")).encode("gbk")
    importer = PartsImportService(depot.db.sessions)
    with pytest.raises(ValidationError) as refused:
        importer.apply(depot.staff["manager"], "list.csv", sheet)
    assert refused.value.field == "effective_from" and "FAN-01" in str(refused.value)
    assert [p.part_no for p in PartsCatalogue(depot.db.sessions).list_parts("NEW-01")] == []  # nothing imported

    importer.apply(depot.staff["manager"], "list.csv", sheet, effective_from=TOMORROW)
    assert PartsCatalogue(depot.db.sessions).price_on("FAN-01", TOMORROW).fee_price == Decimal("46.00")
