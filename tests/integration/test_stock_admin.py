"""Stock on both databases: adjustments with sign-off, returns, low stock, tools (E9), reconcile, concurrency."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, select, text
from work_order_fixtures import Depot, build_depot, on_hand, order_id

from desktop_app.core.vocabulary import MovementKind, PartCharge, WorkOrderState
from desktop_app.db.models import Part, StockMovement, WorkOrderPart
from desktop_app.db.opening import Database
from desktop_app.db.types import UTCDateTime, utcnow
from desktop_app.errors import ValidationError
from desktop_app.services import stock_ledger
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.parts_catalogue import PartInput, PartsCatalogue
from desktop_app.services.stock_admin import StockAdmin
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


@pytest.fixture
def stock(depot: Depot) -> StockAdmin:
    return StockAdmin(depot.db.sessions)


def _order(depot: Depot, serial: str) -> int:
    oid = order_id(depot.db, depot.take_in(serial, TODAY - dt.timedelta(days=200)).work_order_number)
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    WorkOrderService(depot.db.sessions).set_state(depot.staff["tech"], oid, WorkOrderState.DIAGNOSING)
    return oid


def _ledger(db: Database) -> list[tuple]:
    with db.sessions.read() as s:
        return [(m.id, m.part_id, m.kind, m.quantity, m.at, m.reason) for m in
                s.scalars(select(StockMovement).order_by(StockMovement.id))]


def test_stock_take_adjustment_is_signed_off_and_never_below_zero(stock: StockAdmin, depot: Depot) -> None:
    sup, fan = depot.staff["sup"], depot.part_ids["FAN-01"]
    with pytest.raises(MissingPermission):  # a technician cannot sign off a stock-take
        stock.adjust(depot.staff["tech"], "FAN-01", 3, "盘点")
    with pytest.raises(ValidationError, match="reason"):
        stock.adjust(sup, "FAN-01", 3, "  ")
    with pytest.raises(ValidationError, match="below zero"):
        stock.adjust(sup, "FAN-01", -1, "盘点")
    with pytest.raises(ValidationError, match="changed from 4 to 5"):  # an issue landed since the count began
        stock.adjust(sup, "FAN-01", 3, "盘点", seen_on_hand=4)
    result = stock.adjust(sup, "FAN-01", 3, "月末盘点：少两个", seen_on_hand=5)
    assert (result.previous, result.counted, result.difference) == (5, 3, -2)
    movement = result.movement
    assert (movement.kind, movement.quantity, movement.on_hand_after) == (MovementKind.ADJUSTMENT, -2, 3)
    assert movement.approved_by_id == sup.staff_id and movement.reason == "月末盘点：少两个"
    assert stock.adjust(sup, "FAN-01", 3, "复盘").movement is None  # the count matches: nothing to book
    assert stock.adjust(sup, "FAN-01", 0, "报废").difference == -3 and on_hand(depot.db, fan) == 0
    assert stock.reconcile() == []


def test_receipts_and_returns_to_stock(stock: StockAdmin, depot: Depot) -> None:
    sup = depot.staff["sup"]
    with pytest.raises(ValidationError, match="at least 1"):
        stock.receive(sup, "PWR-01", 0)
    assert stock.receive(sup, "PWR-01", 2, note="随货到").on_hand_after == 3
    oid = _order(depot, "SN-R1")
    assert BenchService(depot.db.sessions).use_parts(depot.staff["tech"], oid, [(depot.part_ids["PWR-01"], 2)]).issued
    with pytest.raises(ValidationError, match="holds 2"):
        stock.return_to_stock(sup, oid, "PWR-01", 3)
    back = stock.return_to_stock(sup, oid, "PWR-01", 1, reason="未用")
    assert (back.kind, back.quantity, back.on_hand_after) == (MovementKind.RETURN_TO_STOCK, 1, 2)
    assert back.work_order_id == oid
    with pytest.raises(ValidationError, match="holds 1"):
        stock.return_to_stock(sup, oid, "PWR-01", 2)
    assert [m.on_hand_after for m in stock.ledger("PWR-01")] == [1, 3, 1, 2]
    assert stock.reconcile() == []


def test_low_stock_lists_active_parts_below_their_reorder_level(stock: StockAdmin, depot: Depot) -> None:
    catalogue = PartsCatalogue(depot.db.sessions)
    sup = depot.staff["sup"]
    catalogue.edit_part(sup, "PWR-01", PartInput("PWR-01", "电源板", reorder_level=2))
    catalogue.edit_part(sup, "FAN-01", PartInput("FAN-01", "风扇", reorder_level=5))  # at the level: not below
    catalogue.add_part(sup, PartInput("OLD-01", "旧款风扇", reorder_level=3, active=False))
    catalogue.add_part(sup, PartInput("NEW-01", "光模块", reorder_level=1))  # never received
    assert [(x.part_no, x.on_hand, x.reorder_level) for x in stock.low_stock()] == [("NEW-01", 0, 1), ("PWR-01", 1, 2)]


def test_tools_bought_on_the_road_are_checked_in(stock: StockAdmin, depot: Depot) -> None:
    """Rule E9: by_id is the buyer, approved_by_id the supervisor who took it into the register."""
    sup, tech = depot.staff["sup"], depot.staff["tech"]
    with pytest.raises(MissingPermission):
        stock.check_in_tool(tech, bought_by=tech.staff_id, name="剥线钳")
    first = stock.check_in_tool(sup, bought_by=tech.staff_id, name="剥线钳", note="西安出差购买，发票 No.123")
    again = stock.check_in_tool(sup, bought_by=tech.staff_id, name="剥线钳", quantity=2)
    assert first.part_no == again.part_no == "TOOL-0001" and again.on_hand_after == 3
    assert (first.by_id, first.approved_by_id, first.is_tool_check_in) == (tech.staff_id, sup.staff_id, True)
    crimper = stock.check_in_tool(sup, bought_by=sup.staff_id, name="压线钳", unit="把")
    assert crimper.part_no == "TOOL-0002"
    assert [m.part_no for m in stock.tool_check_ins()] == ["TOOL-0002", "TOOL-0001", "TOOL-0001"]
    with pytest.raises(ValidationError, match="unknown unit"):
        stock.check_in_tool(sup, bought_by=tech.staff_id, name="万用表", unit="kg")
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Part.category).where(Part.part_no == "TOOL-0001")) == "工具"
    assert stock.reconcile() == []


def test_the_services_only_ever_append_to_the_ledger(stock: StockAdmin, depot: Depot) -> None:
    before = _ledger(depot.db)
    sup = depot.staff["sup"]
    stock.receive(sup, "FAN-01", 1)
    stock.adjust(sup, "FAN-01", 2, "盘点")
    stock.check_in_tool(sup, bought_by=sup.staff_id, name="螺丝刀")
    after = _ledger(depot.db)
    assert after[:len(before)] == before and len(after) == len(before) + 3


def test_reconcile_detects_a_tampered_ledger(stock: StockAdmin, depot: Depot) -> None:
    assert stock.reconcile() == []
    insert = text("INSERT INTO stock_movements (part_id, kind, quantity, at, by_id, is_tool_check_in, reason) "
                  "VALUES (:part, :kind, :quantity, :at, :by, :tool, :reason)").bindparams(
        bindparam("at", type_=UTCDateTime()))
    boss = depot.staff["manager"].staff_id
    with depot.db.engine.begin() as connection:
        for part, kind, quantity, tool, reason in (
                ("FAN-01", "issue", -100, False, None),  # no work order, and it drives FAN-01 negative
                ("PWR-01", "receipt", -1, False, None),  # a receipt with a minus sign
                ("ADP-12V", "adjustment", 1, False, None),  # no reason, no sign-off
                ("ADP-12V", "issue", 2, True, "x")):  # positive issue, and a tool check-in that is no receipt
            connection.execute(insert, {"part": depot.part_ids[part], "kind": kind, "quantity": quantity,
                                        "at": utcnow(), "by": boss, "tool": tool, "reason": reason})
    problems = [str(p) for p in stock.reconcile()]
    assert any("takes FAN-01 below zero (-95)" in p for p in problems)
    assert any("of FAN-01 has no matching part line" in p for p in problems)
    assert any("PWR-01: kind receipt with quantity -1 has the wrong sign" in p for p in problems)
    assert any("Adjustment" in p and "ADP-12V lacks its reason or sign-off" in p for p in problems)
    assert any("ADP-12V: kind issue with quantity 2 has the wrong sign" in p for p in problems)
    assert any("Tool check-in" in p and "ADP-12V is not a receipt" in p for p in problems)
    assert all(p.movement_id for p in stock.reconcile())


def test_concurrent_issues_never_drive_stock_negative(depot: Depot) -> None:
    """N counters issue the same part at once through stock_ledger.try_issue, each in its own write session."""
    threads_count, each = 8, 2
    fan, tech = depot.part_ids["FAN-01"], depot.staff["sup"]
    oid = _order(depot, "SN-C1")
    barrier, outcomes, errors = threading.Barrier(threads_count), [], []

    def issue() -> None:
        try:
            barrier.wait()
            with depot.db.sessions.write() as s, s.begin():
                movement = stock_ledger.try_issue(s, tech, fan, each, work_order_id=oid)
                if movement is not None:
                    s.add(WorkOrderPart(work_order_id=oid, part_id=fan, quantity=each, unit_price=Decimal("45.00"),
                                        charged_to=PartCharge.FUND, stock_movement_id=movement.id))
                outcomes.append(movement is not None)
        except Exception as error:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(error)

    workers = [threading.Thread(target=issue) for _ in range(threads_count)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert errors == [] and len(outcomes) == threads_count
    receipts = 5
    assert outcomes.count(True) == receipts // each  # 2 of 8 succeed; the rest find it short
    assert on_hand(depot.db, fan) == receipts - each * outcomes.count(True) == 1
    assert StockAdmin(depot.db.sessions).reconcile() == []
