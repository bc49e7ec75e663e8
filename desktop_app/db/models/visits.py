"""Each on-site visit of a work order, who made it and what happened (rules S3, E23, E24; migration 0009)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.db.base import Base
from desktop_app.db.types import created_at, intpk


class WorkOrderVisit(Base):
    """One trip to the customer. An order reassigned after a visit, or visited twice for missing parts,
    keeps every visit's facts: a lateness or a missed call to headquarters stays with the visit and its
    technician (E23), as the evidence of a fine (E24). The order's own visit columns mirror the latest."""

    __tablename__ = "work_order_visits"

    id: Mapped[intpk]
    work_order_id: Mapped[int] = mapped_column(ForeignKey("work_orders.id"))
    # Who was on site; None only for a visit copied by migration 0009 from an order that named nobody.
    technician_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff.id"))
    travel_started_at: Mapped[Optional[dt.datetime]]
    arrived_at: Mapped[dt.datetime]
    departed_at: Mapped[Optional[dt.datetime]]
    called_headquarters: Mapped[Optional[bool]]
    late_arrival: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[created_at]


# The evaluation and the fines: a person's visits of a month; the detail panel: an order's visits in order.
Index("ix_work_order_visits_tech_arrived", WorkOrderVisit.technician_id, WorkOrderVisit.arrived_at)
Index("ix_work_order_visits_order_arrived", WorkOrderVisit.work_order_id, WorkOrderVisit.arrived_at)
