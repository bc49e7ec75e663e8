"""Repair work orders, their state history, parts used and the customer's satisfaction survey."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop_app.core.vocabulary import CauseClass, PartCharge, Remedy, WorkOrderKind, WorkOrderState
from desktop_app.db.base import Base
from desktop_app.db.columns import enum_type
from desktop_app.db.models.catalogue import FaultCategory, Part
from desktop_app.db.models.claims import Claim
from desktop_app.db.models.people import Staff
from desktop_app.db.types import created_at, intpk, money, str50, str100


class WorkOrder(Base):
    __tablename__ = "work_orders"

    id: Mapped[intpk]
    number: Mapped[str50] = mapped_column(unique=True)
    claim_id: Mapped[Optional[int]] = mapped_column(ForeignKey("claims.id"), index=True)
    # On-site and visit orders may come from a call rather than a claim (E1, E12, E13).
    call_id: Mapped[Optional[int]] = mapped_column(ForeignKey("calls.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))  # indexed below
    unit_id: Mapped[Optional[int]] = mapped_column(ForeignKey("units.id"))  # indexed below
    kind: Mapped[WorkOrderKind] = mapped_column(enum_type(WorkOrderKind), default=WorkOrderKind.BENCH)
    state: Mapped[WorkOrderState] = mapped_column(  # indexed below, with closed_at
        enum_type(WorkOrderState), default=WorkOrderState.RECEIVED
    )
    priority: Mapped[int] = mapped_column(default=0)
    technician_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"), index=True)
    dispatched_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    dispatched_at: Mapped[Optional[dt.datetime]]
    # Diagnosis (W11): final facts may change the tier decided at intake.
    fault_category_id: Mapped[Optional[int]] = mapped_column(ForeignKey("fault_categories.id"))
    cause_class: Mapped[Optional[CauseClass]] = mapped_column(enum_type(CauseClass))
    diagnosis_note: Mapped[Optional[str]] = mapped_column(Text)
    final_decision: Mapped[Optional[Remedy]] = mapped_column(enum_type(Remedy))
    # Quote for paid repairs (W5, E11); accepted is None until the customer decides.
    quote_parts: Mapped[Optional[money]]
    quote_labour: Mapped[Optional[money]]
    quote_travel: Mapped[Optional[money]]
    quote_accepted: Mapped[Optional[bool]]
    quote_decided_at: Mapped[Optional[dt.datetime]]
    # Exchange (W2, W3): the replacement unit.
    replacement_unit_id: Mapped[Optional[int]] = mapped_column(ForeignKey("units.id"))
    # On-site visit (S3, E23): the customer's required arrival time and what happened.
    required_arrival_at: Mapped[Optional[dt.datetime]]
    travel_started_at: Mapped[Optional[dt.datetime]]  # set off for the customer (S3)
    arrived_at: Mapped[Optional[dt.datetime]]
    departed_at: Mapped[Optional[dt.datetime]]
    called_headquarters: Mapped[Optional[bool]]
    late_arrival: Mapped[bool] = mapped_column(default=False)
    # Who was on site (E23, S3): a re-dispatch changes ``technician_id`` but not the visit's facts, which
    # stay his (migration 0005). Set with the arrival; NULL while no visit is recorded.
    visit_technician_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    # Service report (E17, E23: fault cause, solution, replaced parts, customer opinion).
    report_fault_cause: Mapped[Optional[str]] = mapped_column(Text)
    report_solution: Mapped[Optional[str]] = mapped_column(Text)
    report_customer_opinion: Mapped[Optional[str]] = mapped_column(Text)
    report_no_parts: Mapped[bool] = mapped_column(default=False)  # "no parts replaced", said explicitly
    # E16: a repeat repair of the same fault on the same serial.
    repeat_of_id: Mapped[Optional[int]] = mapped_column(ForeignKey("work_orders.id"))
    completed_at: Mapped[Optional[dt.datetime]]
    closed_at: Mapped[Optional[dt.datetime]]
    cancel_reason: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[created_at]
    row_version: Mapped[int] = mapped_column(default=1)

    claim: Mapped[Optional[Claim]] = relationship()
    technician: Mapped[Optional[Staff]] = relationship(foreign_keys=[technician_id])
    fault_category: Mapped[Optional[FaultCategory]] = relationship()
    events: Mapped[list[WorkOrderEvent]] = relationship(
        back_populates="work_order", order_by="WorkOrderEvent.id"
    )
    parts: Mapped[list[WorkOrderPart]] = relationship(back_populates="work_order")

    __mapper_args__ = {"version_id_col": row_version}


class WorkOrderEvent(Base):
    """One state transition: who, when, from, to, and why."""

    __tablename__ = "work_order_events"

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    from_state: Mapped[Optional[WorkOrderState]] = mapped_column(enum_type(WorkOrderState))
    to_state: Mapped[WorkOrderState] = mapped_column(enum_type(WorkOrderState))
    by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[created_at]
    note: Mapped[Optional[str]] = mapped_column(Text)

    work_order: Mapped[WorkOrder] = relationship(back_populates="events")


class WorkOrderPart(Base):
    """A part used on an order, priced on the order's date, with who pays (W6, D11–D14)."""

    __tablename__ = "work_order_parts"

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"), index=True)
    quantity: Mapped[int]
    unit_price: Mapped[money]
    charged_to: Mapped[PartCharge] = mapped_column(enum_type(PartCharge))
    stock_movement_id: Mapped[Optional[int]] = mapped_column(ForeignKey("stock_movements.id"))

    work_order: Mapped[WorkOrder] = relationship(back_populates="parts")
    part: Mapped[Part] = relationship()


class Survey(Base):
    """E17: the customer's satisfaction survey, filled by pen and typed in at the counter."""

    __tablename__ = "surveys"

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"), unique=True)
    filled_on: Mapped[dt.date]
    scores: Mapped[dict[str, Any]]  # question code -> 1..5
    overall: Mapped[int]
    comment: Mapped[Optional[str]] = mapped_column(Text)
    customer_name: Mapped[Optional[str100]]
    entered_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[created_at]


Index("ix_work_orders_tech_state", WorkOrder.technician_id, WorkOrder.state)
# The queues by state; closed orders newest first, for the surveys to chase (migration 0017).
Index("ix_work_orders_state_closed", WorkOrder.state, WorkOrder.closed_at)
# As claims' (migration 0015): a customer's or a unit's orders by the index alone on PostgreSQL.
Index("ix_work_orders_customer_id", WorkOrder.customer_id, postgresql_include=["id"])
Index("ix_work_orders_unit_id", WorkOrder.unit_id, postgresql_include=["id"])
# Month-bounded reports and the staff evaluation (E16, S3), and the OVERDUE queue (migration 0003).
Index("ix_work_orders_created_at", WorkOrder.created_at)
Index("ix_work_orders_completed_at", WorkOrder.completed_at)
Index("ix_work_orders_required_arrival_at", WorkOrder.required_arrival_at)
Index("ix_work_orders_repeat_of_id", WorkOrder.repeat_of_id)
Index("ix_work_orders_tech_completed", WorkOrder.technician_id, WorkOrder.completed_at)
Index("ix_work_orders_tech_dispatched", WorkOrder.technician_id, WorkOrder.dispatched_at)
Index("ix_work_orders_visit_tech_arrived", WorkOrder.visit_technician_id, WorkOrder.arrived_at)  # 0005
Index("ix_work_order_events_order_from", WorkOrderEvent.work_order_id, WorkOrderEvent.from_state)
# Hand-overs only (the one line whose state does not change): the staff evaluation asks it of every
# order of a month (migration 0013).
_HAND_OVER = WorkOrderEvent.from_state == WorkOrderEvent.to_state
Index("ix_work_order_events_hand_overs", WorkOrderEvent.work_order_id, sqlite_where=_HAND_OVER,
      postgresql_where=_HAND_OVER)
Index("ix_surveys_filled_on", Survey.filled_on)
