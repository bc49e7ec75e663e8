"""The wear-part list is part of the versioned policy (rules W6, W12), on both databases: a part the
manager marks as wear (or no longer wear) is charged under the flag in force when the claim was taken,
so claims already taken are never charged differently; the migration keeps every part's flag so far."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from search_capture import captured
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, MovementKind, PartCharge, WorkOrderState as S
from desktop_app.db import migrate
from desktop_app.db.models import PartWearFlag, StockMovement, WorkOrderPart
from desktop_app.db.opening import Database, open_database
from desktop_app.services.parts_catalogue import PartInput, PartsCatalogue
from desktop_app.services.parts_import import PartsImportService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_support import WorkOrderSupport
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
IN_WARRANTY = TODAY - dt.timedelta(days=100)


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _diagnosing(depot: Depot, serial: str) -> int:
    oid = order_id(depot.db, depot.take_in(serial, IN_WARRANTY).work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, S.DIAGNOSING)
    return oid


def _mark_wear(depot: Depot, part_no: str, wear: bool) -> None:
    """The manager edits the part in the catalogue (W6)."""
    catalogue = PartsCatalogue(depot.db.sessions)
    row = catalogue.get_part(part_no)
    catalogue.edit_part(depot.staff["manager"], part_no, PartInput(
        part_no=row.part_no, name=row.name, compatible_models=row.compatible_models, category=row.category,
        is_wear_part=wear, unit_of_measure=row.unit_of_measure, reorder_level=row.reorder_level, active=row.active))


def _issue(depot: Depot, oid: int, part_no: str) -> tuple[PartCharge, Decimal]:
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids[part_no], 1)],
                                                     customer_consent=True).issued  # W3: wanted by the customer
    with depot.db.sessions.read() as s:
        line = s.scalars(select(WorkOrderPart).where(WorkOrderPart.work_order_id == oid)
                         .order_by(WorkOrderPart.id.desc())).first()
        return line.charged_to, line.unit_price


def test_a_part_marked_wear_after_a_claim_stays_the_funds_on_that_claim(depot: Depot) -> None:  # W6, W12
    earlier = _diagnosing(depot, "SN-BEFORE")
    _mark_wear(depot, "FAN-01", True)
    later = _diagnosing(depot, "SN-AFTER")
    assert _issue(depot, earlier, "FAN-01") == (PartCharge.FUND, Decimal("45.00"))  # judged without it (D9 fee)
    assert _issue(depot, later, "FAN-01") == (PartCharge.CUSTOMER, Decimal("35.50"))  # wear part, at cost (W5)


def test_a_part_no_longer_wear_stays_the_customers_on_claims_taken_before(depot: Depot) -> None:  # W6, W12
    earlier = _diagnosing(depot, "SN-BEFORE")
    _mark_wear(depot, "ADP-12V", False)
    later = _diagnosing(depot, "SN-AFTER")
    assert _issue(depot, earlier, "ADP-12V") == (PartCharge.CUSTOMER, Decimal("20.00"))
    assert _issue(depot, later, "ADP-12V") == (PartCharge.FUND, Decimal("28.00"))


def test_the_diagnosis_recharges_parts_under_the_claims_wear_flag(depot: Depot) -> None:  # W11, W12
    oid = _diagnosing(depot, "SN-DIAG")
    assert _issue(depot, oid, "FAN-01") == (PartCharge.FUND, Decimal("45.00"))
    _mark_wear(depot, "FAN-01", True)  # meanwhile the manager changes the list
    BenchService(depot.db.sessions).record_diagnosis(depot.staff["tech"], oid, cause=CauseClass.QUALITY_DEFECT,
                                                     fault_category_id=depot.fault_ids["port"], note="风扇损坏")
    with depot.db.sessions.read() as s:
        assert s.scalar(select(WorkOrderPart.charged_to).where(WorkOrderPart.work_order_id == oid)) is PartCharge.FUND


def test_a_part_added_after_a_claim_is_charged_under_the_flag_it_was_added_with(depot: Depot) -> None:  # W12
    earlier = _diagnosing(depot, "SN-NEWPART")
    manager = depot.staff["manager"]
    added = PartsCatalogue(depot.db.sessions).add_part(manager, PartInput(
        part_no="NET-01", name="防尘网", cost_price="5.00", fee_price="6.00"))
    with depot.db.sessions.write() as s, s.begin():
        s.add(StockMovement(part_id=added.id, kind=MovementKind.RECEIPT, quantity=2, by_id=manager.staff_id))
    depot.part_ids["NET-01"] = added.id
    _mark_wear(depot, "NET-01", True)
    assert _issue(depot, earlier, "NET-01") == (PartCharge.FUND, Decimal("6.00"))  # not wear when first listed
    assert _issue(depot, _diagnosing(depot, "SN-LATER"), "NET-01")[0] is PartCharge.CUSTOMER


def test_the_parts_picker_shows_the_wear_flag_of_the_orders_claim(depot: Depot) -> None:
    oid = _diagnosing(depot, "SN-PICK")
    _mark_wear(depot, "FAN-01", True)
    support = WorkOrderSupport(depot.db.sessions)
    assert {p.part_no: p.is_wear_part for p in support.parts("FAN")} == {"FAN-01": True}  # the catalogue today
    assert {p.part_no: p.is_wear_part for p in support.parts("FAN", order_id=oid)} == {"FAN-01": False}


def test_a_wear_flag_imported_after_a_claim_does_not_apply_to_it(depot: Depot) -> None:  # W6, W12, D6
    earlier = _diagnosing(depot, "SN-IMPORT")
    sheet = "\n".join(("配件编号,配件名称,适用型号,类别,易损件,单位,成本价,收费标准价,再订货点",
                       "FAN-01,风扇,,,是,个,35.50,45.00,0", "NEW-01,防尘网,,,是,个,5,6,0"))
    PartsImportService(depot.db.sessions).apply(depot.staff["manager"], "list.csv", sheet.encode("gbk"))
    later = _diagnosing(depot, "SN-IMPORTED")
    assert _issue(depot, earlier, "FAN-01")[0] is PartCharge.FUND
    assert _issue(depot, later, "FAN-01")[0] is PartCharge.CUSTOMER
    with depot.db.sessions.read() as s:
        history = s.execute(select(PartWearFlag.is_wear_part, PartWearFlag.changed_by_id)
                            .order_by(PartWearFlag.id)).all()
    manager = depot.staff["manager"].staff_id  # FAN-01's flag so far (since ever), its change, the new part
    assert [tuple(h) for h in history] == [(False, None), (True, manager), (True, manager)]


def test_deciding_the_charges_reads_the_wear_flags_once_whatever_the_parts(depot: Depot) -> None:
    bench, tech = BenchService(depot.db.sessions), depot.staff["tech"]
    one, three = _diagnosing(depot, "SN-ONE"), _diagnosing(depot, "SN-THREE")
    counts = []
    for oid, lines in ((one, ["FAN-01"]), (three, ["PWR-01", "FAN-01", "ADP-12V"])):
        with captured(depot.db.engine) as seen:
            bench.use_parts(tech, oid, [(depot.part_ids[no], 1) for no in lines], customer_consent=True)
        counts.append(sum("part_wear_flags" in sql for sql, _ in seen))
        with captured(depot.db.engine) as seen:
            bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                   cause=CauseClass.USER_DAMAGE, note="进水")
        counts.append(sum("part_wear_flags" in sql for sql, _ in seen))
    assert counts == [1, 1, 1, 1]


def test_upgrading_keeps_each_parts_wear_flag_as_in_force_since_ever(db_url: str) -> None:  # migration 0004
    database = open_database(make_url(db_url))
    try:
        migrate.downgrade(database.engine, "0003_search_indexes")
        with database.engine.begin() as conn:
            conn.execute(text("INSERT INTO parts (part_no, name, compatible_models, is_wear_part, unit_of_measure, "
                              "reorder_level, active) VALUES ('ADP-12V', '电源适配器', '[]', :t, '个', 0, :t), "
                              "('PWR-01', '电源板', '[]', :f, '个', 0, :t)"), {"t": True, "f": False})
        migrate.upgrade(database.engine)
        with database.sessions.read() as s:
            rows = s.execute(select(PartWearFlag.part_id, PartWearFlag.is_wear_part, PartWearFlag.changed_at,
                                    PartWearFlag.changed_by_id).order_by(PartWearFlag.part_id)).all()
            ids = dict(s.execute(text("SELECT part_no, id FROM parts")).all())
        since = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
        assert [tuple(r) for r in rows] == [(ids["ADP-12V"], True, since, None), (ids["PWR-01"], False, since, None)]
        assert migrate.schema_differences(database.engine) == []
    finally:
        database.dispose()
