"""Survey entry (E17): valid scores, comments on low scores, one per order, unreturned list."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.models import AuditEntry, Survey, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.surveys import SurveyService
from desktop_app.services.work_orders import WorkOrderService

GOOD = {"speed": 5, "attitude": 5, "explanation": 4, "quality": 5, "on_time": 4, "overall": 5}


@pytest.fixture
def closed_order(database: Database) -> tuple[Depot, str]:
    depot = build_depot(database)
    saved = depot.take_in("SN-S1", dt.date.today() - dt.timedelta(days=200))
    oid = order_id(database, saved.work_order_number)
    orders = WorkOrderService(database.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    for state in (S.DIAGNOSING, S.REPAIRING, S.REPAIRED, S.READY_FOR_PICKUP):
        orders.set_state(depot.staff["tech"], oid, state)
    orders.record_report(depot.staff["tech"], oid, fault_cause="接触不良", solution="重新焊接", customer_opinion="满意",
                         no_parts=True)
    orders.close(depot.staff["operator"], oid)
    return depot, saved.work_order_number


def test_entry_then_re_entry_edits_and_is_audited(database: Database, closed_order: tuple[Depot, str]) -> None:
    depot, number = closed_order
    surveys = SurveyService(database.sessions)
    assert [u.number for u in surveys.unreturned(depot.staff["operator"])] == [number]
    assert surveys.enter(depot.staff["operator"], number, GOOD) is False
    assert surveys.unreturned(depot.staff["operator"]) == []
    assert surveys.enter(depot.staff["operator"], number, {**GOOD, "overall": 2}, comment="等待时间太长") is True
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Survey)) == 1
        survey = s.scalar(select(Survey))
        update = s.scalar(select(AuditEntry).where(AuditEntry.entity == "survey", AuditEntry.action == "update"))
    assert survey.overall == 2 and survey.comment == "等待时间太长"
    assert update.changes["overall"] == {"old": 5, "new": 2}


@pytest.mark.parametrize(
    ("scores", "comment", "field"),
    [({**GOOD, "quality": 2}, "", "comment"), ({**GOOD, "speed": 6}, "", "speed"), ({**GOOD, "overall": 0}, "x", "overall"),
     ({k: v for k, v in GOOD.items() if k != "attitude"}, "", "attitude"), ({**GOOD, "price": 3}, "", "price")],
    ids=["low-without-comment", "above-5", "zero", "missing-question", "unknown-question"],
)
def test_invalid_surveys_name_the_field(database: Database, closed_order: tuple[Depot, str],
                                        scores: dict, comment: str, field: str) -> None:
    depot, number = closed_order
    with pytest.raises(ValidationError) as caught:
        SurveyService(database.sessions).enter(depot.staff["operator"], number, scores, comment)
    assert caught.value.field == field
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Survey)) == 0


def test_surveys_need_finished_work_and_the_permission(database: Database, closed_order: tuple[Depot, str]) -> None:
    depot, number = closed_order
    fresh = depot.take_in("SN-S2", dt.date.today() - dt.timedelta(days=200))
    with pytest.raises(ValidationError, match="not finished"):
        SurveyService(database.sessions).enter(depot.staff["operator"], fresh.work_order_number, GOOD)
    with pytest.raises(MissingPermission):
        SurveyService(database.sessions).enter(depot.staff["tech"], number, GOOD)
    with database.sessions.read() as s:
        assert s.scalar(select(WorkOrder.state).where(WorkOrder.number == number)) is S.CLOSED
