"""Sample returns to the manufacturer (D11-D16): one acknowledged, one awaiting the approval, through the service."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import CostBearer, Remedy
from desktop_app.db.engine import SessionFactory
from desktop_app.db.models import Claim, Part, ReturnApplication, ReturnLine, Staff, Unit
from desktop_app.services.actor import Actor
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.sample_data_catalogue import DEMO_MANAGER

DOA = (CostBearer.MANUFACTURER_DOA, CostBearer.MANUFACTURER_EARLY_DEFECT)


def add_returns(sessions: SessionFactory, now: dt.datetime) -> int:
    """Exchanged DOA / early-defect units and a few faulty parts go back; nothing if already done."""
    with sessions.read() as s:
        if s.scalar(select(ReturnApplication.id).limit(1)) is not None:
            return 0
        manager = s.scalar(select(Staff).where(Staff.username == DEMO_MANAGER[0]))
        units = s.execute(select(Unit.serial, Claim.number).join(Claim, Claim.unit_id == Unit.id)
                          .where(Claim.cost_bearer.in_(DOA), Claim.decision == Remedy.EXCHANGE)
                          .order_by(Claim.id.desc()).limit(4)).all()
        parts = list(s.scalars(select(Part.part_no).where(Part.active.is_(True)).order_by(Part.id).limit(2)))
    if manager is None or (not units and not parts):
        return 0
    actor = Actor(manager.id, manager.username, manager.display_name, Role.MANAGER)
    returns = ManufacturerReturns(sessions, clock=lambda: now)
    reasons = ("开箱不通电，已为客户换新机", "售出两周内端口批量失效", "风扇异响，厂家要求返回分析")
    done = [ReturnLineInput(reason=reasons[i % 2], serial=serial, claim_number=claim)
            for i, (serial, claim) in enumerate(units[:2])]
    done += [ReturnLineInput(reason=reasons[2], part_no=part, quantity=2) for part in parts[:1]]
    number = returns.create(actor, done, note="本月第一批返厂")
    returns.apply(actor, number)
    returns.approve(actor, number, "HW-RMA-2026-0311")
    with sessions.read() as s:
        line_ids = sorted(s.scalars(select(ReturnLine.id).join(ReturnApplication)
                                    .where(ReturnApplication.number == number)))
    returns.ship(actor, number, set(line_ids), Decimal("36.00"))
    returns.acknowledge(actor, number, {line_id: (1 if i < len(units[:2]) else 2) for i, line_id in enumerate(line_ids)})
    waiting = [ReturnLineInput(reason=reasons[0], serial=serial, claim_number=claim) for serial, claim in units[2:]]
    waiting += [ReturnLineInput(reason=reasons[2], part_no=part) for part in parts[1:]]
    count = 1
    if waiting:
        second = returns.create(actor, waiting, note="等待厂家批准")
        returns.apply(actor, second)
        count += 1
    return count
