"""Sample supplementary requisitions in the states the monthly ones do not reach (D6, D8), through the service."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import RequisitionStatus as R
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Part, Requisition, Staff
from desktop_app.services.actor import Actor
from desktop_app.services.requisitions import RequisitionService

SHOWN = (R.SHIPPED, R.PARTIALLY_RECEIVED, R.CLOSED, R.CANCELLED, R.AWAITING_APPROVAL)


def add_supplementary_requisitions(sessions: SessionFactory, now: dt.datetime) -> tuple[int, int]:
    """Shipped, partly received, closed short, cancelled and over-quota (awaiting the manager) requisitions;
    none twice.

    Returns the requisitions and the stock receipts added."""
    with sessions.read() as s:
        if s.scalar(select(Requisition.id).where(Requisition.status.in_(SHOWN)).limit(1)) is not None:
            return 0, 0
        supervisor = s.scalar(select(Staff).where(Staff.role == Role.SUPERVISOR, Staff.active.is_(True))
                              .order_by(Staff.id).limit(1))
        parts = {no: pid for no, pid in s.execute(select(Part.part_no, Part.id).where(Part.part_no.in_(
            ("FAN-4010-12V", "SFP-GE-LX-SM1310", "ADP-12V1A", "PB-S2300", "MB-S5720-28P", "PSU-150W-AC"))))}
    if supervisor is None or len(parts) < 6:
        return 0, 0
    actor = Actor(supervisor.id, supervisor.username, supervisor.display_name, Role.SUPERVISOR)
    service = RequisitionService(sessions, clock=lambda: now)
    month = now.astimezone().date().replace(day=1)

    shipped = service.create(actor, month, [(parts["FAN-4010-12V"], 10), (parts["SFP-GE-LX-SM1310"], 6)],
                             note="补充备料：风扇与光模块")
    partly = service.create(actor, month, [(parts["ADP-12V1A"], 20), (parts["PB-S2300"], 4)],
                            note="补充备料：适配器与电源板")
    closed = service.create(actor, month, [(parts["SFP-GE-LX-SM1310"], 4)], note="补充备料：光模块")
    for number in (shipped, partly, closed):
        if service.submit(actor, number) is R.SUBMITTED:
            service.mark_shipped(actor, number)
    receipts = 0
    if _status(sessions, partly) is R.SHIPPED:
        service.receive(actor, partly, {parts["ADP-12V1A"]: 12})  # the rest comes with the next shipment
        receipts += 1
    if _status(sessions, closed) is R.SHIPPED:  # 结束剩余 (D6): one of four came, the rest never will
        service.receive(actor, closed, {parts["SFP-GE-LX-SM1310"]: 1})
        service.close_short(actor, closed, "厂家该型号停产，余下3个不再发货")
        receipts += 1
    cancelled = service.create(actor, month, [(parts["PB-S2300"], 2)], note="重复提交")
    service.cancel(actor, cancelled, "与本月备料单重复，取消")
    # D6: far above the quarter's quota, so it waits for the general manager's approval.
    big = service.create(actor, month, [(parts["MB-S5720-28P"], 200), (parts["PSU-150W-AC"], 200)],
                         note="项目备货：三层交换机主板与电源（超额）")
    service.submit(actor, big)
    return 5, receipts


def _status(sessions: SessionFactory, number: str) -> R:
    with sessions.read() as s:
        return s.scalar(select(Requisition.status).where(Requisition.number == number))
