"""A small depot for work-order tests: staff of every role, a product line, parts with prices and stock.

Staff of every role, one product line with two fault categories, three parts with prices and stock:
PWR-01 ×1, FAN-01 ×5, ADP-12V ×3 (a wear part). Shared by the integration and GUI tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimChannel, MovementKind
from desktop_app.db.models import (
    FaultCategory,
    FeeSchedule,
    FeeScheduleItem,
    Part,
    Product,
    ProductCategory,
    StockMovement,
)
from desktop_app.db.opening import Database
from desktop_app.services.accounts import AccountService
from desktop_app.services.actor import Actor
from desktop_app.services.claims import ClaimIntakeService, ClaimSaved
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput


@dataclass
class Depot:
    db: Database
    staff: dict[str, Actor]
    fault_ids: dict[str, int]
    part_ids: dict[str, int]

    def take_in(self, serial: str, sale_date: dt.date, channel: ClaimChannel = ClaimChannel.WALK_IN) -> ClaimSaved:
        return ClaimIntakeService(self.db.sessions).take_in(self.staff["operator"], IntakeForm(
            customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
            unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=sale_date),
            channel=channel, fault_description="不通电", accessories_received=("电源线", "挂耳")))

    def order_id(self, number: str) -> int:
        return order_id(self.db, number)

    def on_hand(self, part_no: str) -> int:
        return on_hand(self.db, self.part_ids[part_no])


def build_depot(db: Database, *, power_board_models: tuple[str, ...] = ()) -> Depot:
    """``power_board_models``: the models PWR-01 is listed for (the parts picker shows those first)."""
    accounts = AccountService(db.sessions)
    boss = accounts.create_first_manager("boss", "王总", "secret-123")
    staff = {"manager": boss}
    for username, name, role in (("sup", "张主管", Role.SUPERVISOR), ("tech", "李工", Role.TECHNICIAN),
                                 ("tech2", "王工", Role.TECHNICIAN), ("operator", "前台小陈", Role.OPERATOR)):
        accounts.add_user(boss, username, name, role, "secret-123")
        staff[username] = accounts.sign_in(username, "secret-123")
    with db.sessions.write() as s, s.begin():
        category = ProductCategory(code="switch", name_zh="商用交换机", name_en="Switch")
        s.add(category)
        s.flush()
        s.add(Product(model="S5720-28P", name="千兆交换机", category_id=category.id, accessories=["电源线", "挂耳"]))
        faults = [FaultCategory(product_category_id=category.id, code=c, name_zh=z, name_en=e)
                  for c, z, e in (("no_power", "不通电", "No power"), ("port", "端口故障", "Port failure"))]
        parts = [Part(part_no="PWR-01", name="电源板", compatible_models=list(power_board_models)), Part(part_no="FAN-01", name="风扇"),
                 Part(part_no="ADP-12V", name="电源适配器", is_wear_part=True)]
        schedule = FeeSchedule(effective_from=dt.date(2020, 1, 1))
        s.add_all([*faults, *parts, schedule])
        s.flush()
        for part, cost, fee in zip(parts, ("120.00", "35.50", "20.00"), ("150.00", "45.00", "28.00")):
            s.add(FeeScheduleItem(schedule_id=schedule.id, part_id=part.id, cost_price=Decimal(cost),
                                  fee_price=Decimal(fee)))
        for part, quantity in zip(parts, (1, 5, 3)):
            s.add(StockMovement(part_id=part.id, kind=MovementKind.RECEIPT, quantity=quantity, by_id=boss.staff_id))
        fault_ids = {f.code: f.id for f in faults}
        part_ids = {p.part_no: p.id for p in parts}
    return Depot(db, staff, fault_ids, part_ids)


def on_hand(db: Database, part_id: int) -> int:
    from desktop_app.services.stock_ledger import on_hand as ledger_on_hand

    with db.sessions.read() as s:
        return ledger_on_hand(s, part_id)


def order_id(db: Database, number: str) -> int:
    from desktop_app.db.models import WorkOrder

    with db.sessions.read() as s:
        return s.scalar(select(WorkOrder.id).where(WorkOrder.number == number))
