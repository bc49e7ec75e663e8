"""A second on-site visit no longer overwrites the first (S3, E23, E24), on both databases: after a
reassignment (改派) the first technician keeps his late arrival and his departure without calling
headquarters, the second answers for nothing of it; a technician who comes back for missing parts has
two visits; the order's detail lists every visit in order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import FineReason, WorkOrderKind
from desktop_app.db.models import Fine, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_orders import WorkOrderService

TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})
HOUR = dt.timedelta(hours=1)


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS,
                                                       dt.date.today() - dt.timedelta(days=80))
    return depot


def _on_site_order(depot: Depot, serial: str, required: dt.datetime) -> tuple[int, str]:
    """An on-site order the customer wants attended by ``required``, dispatched to 李工."""
    number = depot.take_in(serial, dt.date.today() - dt.timedelta(days=100)).work_order_number
    oid = order_id(depot.db, number)
    with depot.db.sessions.write() as s, s.begin():
        order = s.get(WorkOrder, oid)
        order.kind, order.required_arrival_at = WorkOrderKind.ON_SITE, required
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    return oid, number


def _visit(depot: Depot, who: str, oid: int, arrived: dt.datetime, departed: dt.datetime | None,
           called: bool | None) -> bool:
    return BenchService(depot.db.sessions).record_visit(depot.staff[who], oid, arrived_at=arrived,
                                                        departed_at=departed, called_headquarters=called)


def _fines(depot: Depot) -> list[tuple[FineReason, int]]:
    with depot.db.sessions.read() as s:
        return sorted((f.reason, f.staff_id) for f in s.scalars(select(Fine)))


def _on_time(depot: Depot, who: str, month: dt.date) -> tuple[D | None, tuple[str, ...]]:
    (found,) = [m for m in EvaluationService(depot.db.sessions).month(depot.staff["sup"], month)
                if m.staff_id == depot.staff[who].staff_id]
    return found.figures.on_time_rate, found.evidence.late_or_slow


def test_after_a_reassignment_the_first_technicians_late_visit_stays_his(depot: Depot) -> None:
    """E23: 李工 arrives an hour late and leaves without calling in; the order goes to 王工 (改派), who
    comes and calls in. 李工 keeps the late arrival and the missed call (fines and on-time figure);
    王工 gets neither: his visit had no time asked of it (S3)."""
    required = dt.datetime.now(dt.timezone.utc) - 8 * HOUR
    oid, number = _on_site_order(depot, "SN-RA", required)
    li, wang = depot.staff["tech"].staff_id, depot.staff["tech2"].staff_id
    assert _visit(depot, "tech", oid, required + HOUR, required + 2 * HOUR, False) is True
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, wang)
    assert _visit(depot, "tech2", oid, required + 4 * HOUR, required + 5 * HOUR, True) is False

    month = (required + HOUR).astimezone().date().replace(day=1)
    assert AssessmentService(depot.db.sessions).suggest_fines(depot.staff["sup"], month) == 2
    assert _fines(depot) == sorted([(FineReason.LATE_ARRIVAL, li), (FineReason.LEFT_WITHOUT_CALLING_HQ, li)])
    assert _on_time(depot, "tech", month) == (D("0.000"), (number,))
    assert _on_time(depot, "tech2", month) == (None, ())
    detail = WorkOrderDetails(depot.db.sessions).get(depot.staff["sup"], oid)
    assert [(v.technician, v.arrived_at, v.called_headquarters, v.late_arrival) for v in detail.visits] == [
        ("李工", required + HOUR, False, True), ("王工", required + 4 * HOUR, True, False)]
    # The order's own columns show the latest visit, for the listings and papers that read them.
    assert (detail.arrived_at, detail.called_headquarters, detail.late_arrival) == (required + 4 * HOUR, True, False)


def test_a_technician_coming_back_for_missing_parts_has_two_visits(depot: Depot) -> None:
    """S3, E23: 李工 arrives late, finds a part missing and leaves without calling in; he comes back later
    (arrival first, the departure added afterwards). Two visits, the first late and fined, the second
    completed in place rather than copied; a visit typed before the previous one ended is refused."""
    required = dt.datetime.now(dt.timezone.utc) - 9 * HOUR
    oid, _ = _on_site_order(depot, "SN-TW", required)
    assert _visit(depot, "tech", oid, required + HOUR, required + 2 * HOUR, False) is True
    assert _visit(depot, "tech", oid, required + 5 * HOUR, None, None) is False  # back with the part
    assert _visit(depot, "tech", oid, required + 5 * HOUR, required + 6 * HOUR, True) is False  # leaves
    with pytest.raises(ValidationError) as refused:
        _visit(depot, "tech", oid, required + 90 * dt.timedelta(minutes=1), required + 6 * HOUR, True)
    assert refused.value.field == "arrived_at"

    detail = WorkOrderDetails(depot.db.sessions).get(depot.staff["sup"], oid)
    assert [(v.technician, v.arrived_at, v.departed_at, v.called_headquarters, v.late_arrival)
            for v in detail.visits] == [("李工", required + HOUR, required + 2 * HOUR, False, True),
                                        ("李工", required + 5 * HOUR, required + 6 * HOUR, True, False)]
    month = (required + HOUR).astimezone().date().replace(day=1)
    assert AssessmentService(depot.db.sessions).suggest_fines(depot.staff["sup"], month) == 2
    li = depot.staff["tech"].staff_id
    assert _fines(depot) == sorted([(FineReason.LATE_ARRIVAL, li), (FineReason.LEFT_WITHOUT_CALLING_HQ, li)])
    assert AssessmentService(depot.db.sessions).suggest_fines(depot.staff["sup"], month) == 0  # not twice
