"""The services the work-orders tab uses, built once from the session factory (Qt-free)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.db.engine import SessionFactory
from desktop_app.db.types import utcnow
from desktop_app.services.visit_identification import VisitIdentificationService
from desktop_app.services.waiting_parts import WaitingParts
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_order_documents import WorkOrderDocuments
from desktop_app.services.work_order_support import WorkOrderSupport
from desktop_app.services.work_orders import WorkOrderService


@dataclass(frozen=True)
class WorkOrderServices:
    details: WorkOrderDetails
    orders: WorkOrderService
    bench: BenchService
    support: WorkOrderSupport
    documents: WorkOrderDocuments
    clock: Callable[[], dt.datetime]  # one clock for the moves and the visit times (tests inject it)
    visits: VisitIdentificationService  # a visit booked from a call gets its product on site
    waiting: WaitingParts  # 取消等待的备件: a waiting part line dropped (W3, W6, D8)

    @classmethod
    def for_sessions(cls, sessions: SessionFactory,
                     clock: Callable[[], dt.datetime] = utcnow) -> WorkOrderServices:
        return cls(WorkOrderDetails(sessions), WorkOrderService(sessions, clock), BenchService(sessions, clock),
                   WorkOrderSupport(sessions, clock), WorkOrderDocuments(sessions), clock,
                   VisitIdentificationService(sessions, clock), WaitingParts(sessions, clock))
