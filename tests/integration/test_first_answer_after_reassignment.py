"""The 24-hour answer of an order handed to another technician (改派) counts for whoever held the order
when it was answered, or, never answered, for whoever held it when his day ran out (rules S3/E14, E1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from search_capture import captured
from sqlalchemy.engine import make_url
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.opening import Database, open_database
from desktop_app.services.evaluation import EvaluationService, StaffMonth
from desktop_app.services.work_orders import WorkOrderService

SALE = dt.date.today() - dt.timedelta(days=100)
# The 10th of a month in the past at 02:00 UTC: every step below falls within the 10th to the 12th in
# any time zone, so in one month of the evaluation.
START = dt.datetime.combine((dt.date.today().replace(day=1) - dt.timedelta(days=40)).replace(day=10), dt.time(2),
                            tzinfo=dt.timezone.utc)
MONTH = START.astimezone().date().replace(day=1)


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


class Clock:
    """The service's clock, moved on by hand: hours after START."""

    def __init__(self) -> None:
        self.hours = 0.0

    def __call__(self) -> dt.datetime:
        return START + dt.timedelta(hours=self.hours)


def _order(depot: Depot, serial: str, clock: Clock) -> tuple[WorkOrderService, int]:
    orders = WorkOrderService(depot.db.sessions, clock=clock)
    oid = order_id(depot.db, depot.take_in(serial, SALE).work_order_number)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)  # 李工, at hour 0
    return orders, oid


def _evaluation(depot: Depot) -> dict[str, StaffMonth]:
    """The month's table, checked against each person's own sheet and chart (the same facts)."""
    service = EvaluationService(depot.db.sessions)
    month = {m.name: m for m in service.month(depot.staff["sup"], MONTH)}
    for who in ("tech", "tech2"):
        person = service.for_staff(depot.staff["sup"], depot.staff[who].staff_id, MONTH)
        assert month.get(person.name, person) == person
        assert dict(service.history(depot.staff["sup"], person.staff_id, MONTH, months=2))[MONTH] == person.figures
    return month


def _rate(month: dict[str, StaffMonth], name: str) -> object:
    return month[name].figures.answered_24h_rate


def test_a_diagnosis_started_in_time_counts_for_the_technician_who_started_it_not_his_successor(depot: Depot) -> None:
    clock = Clock()
    orders, oid = _order(depot, "SN-F1", clock)
    clock.hours = 2
    orders.set_state(depot.staff["tech"], oid, S.DIAGNOSING)  # 李工 answers within 2 hours
    clock.hours = 5
    orders.reassign(depot.staff["sup"], oid, depot.staff["tech2"].staff_id, "李工病假")
    clock.hours = 8
    orders.set_state(depot.staff["tech2"], oid, S.REPAIRED)
    month = _evaluation(depot)
    assert _rate(month, "李工") == 1 and month["李工"].evidence.late_or_slow == ()
    # 王工 took over an answered order: the completion is his, the answer is not.
    assert _rate(month, "王工") is None and month["王工"].figures.completed == 1


def test_a_late_diagnosis_stays_late_for_the_technician_who_was_late_after_a_hand_over(depot: Depot) -> None:
    clock = Clock()
    orders, oid = _order(depot, "SN-F2", clock)
    clock.hours = 30
    orders.set_state(depot.staff["tech"], oid, S.DIAGNOSING)  # 李工 answers after 30 hours
    clock.hours = 31
    orders.reassign(depot.staff["sup"], oid, depot.staff["tech2"].staff_id, "李工离职")
    month = _evaluation(depot)
    number = month["李工"].evidence.late_or_slow
    assert _rate(month, "李工") == 0 and len(number) == 1
    assert _rate(month, "王工") is None and month["王工"].evidence.late_or_slow == ()


def test_a_technician_whose_day_ran_out_before_a_re_dispatch_is_late_and_the_next_one_gets_his_own_day(
        depot: Depot) -> None:
    clock = Clock()
    orders, oid = _order(depot, "SN-F3", clock)
    clock.hours = 30  # 李工 never started; the supervisor gives the order to 王工
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech2"].staff_id)
    clock.hours = 32
    orders.set_state(depot.staff["tech2"], oid, S.DIAGNOSING)  # 2 hours after it reached him
    month = _evaluation(depot)
    assert _rate(month, "李工") == 0 and len(month["李工"].evidence.late_or_slow) == 1
    assert _rate(month, "王工") == 1 and month["王工"].evidence.late_or_slow == ()


def test_an_order_passed_on_within_the_day_is_judged_on_the_next_technicians_own_day(depot: Depot) -> None:
    # The decision: the day starts when the order reaches a technician (a slow predecessor is not his).
    clock = Clock()
    orders, oid = _order(depot, "SN-F4", clock)
    clock.hours = 10
    orders.reassign(depot.staff["sup"], oid, depot.staff["tech2"].staff_id, "李工忙不过来")
    clock.hours = 30  # 20 hours after it reached 王工, 30 after the first dispatch
    orders.set_state(depot.staff["tech2"], oid, S.DIAGNOSING)
    month = _evaluation(depot)
    assert "李工" not in month or _rate(month, "李工") is None
    assert _rate(month, "王工") == 1


def test_an_unanswered_order_handed_on_twice_is_late_for_each_holder_whose_day_ran_out(depot: Depot) -> None:
    clock = Clock()
    orders, oid = _order(depot, "SN-F5", clock)
    clock.hours = 26
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech2"].staff_id)
    clock.hours = 27  # 王工 within his day, back to 李工, who lets his second day run out too
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    clock.hours = 60
    month = _evaluation(depot)
    # 李工: late twice on one order, once in the evidence; 王工 passed it on within his day.
    assert _rate(month, "李工") == 0 and len(month["李工"].evidence.late_or_slow) == 1
    assert "王工" not in month or _rate(month, "王工") is None


@pytest.fixture
def handed_over(sqlite_url: str) -> Iterator[Database]:
    database = open_database(make_url(sqlite_url))
    try:
        yield database
    finally:
        database.dispose()


def test_the_evaluation_of_handed_over_orders_takes_a_fixed_number_of_indexed_statements(
        handed_over: Database) -> None:
    """Issue 8: two statements more when orders changed hands, whatever the people and months, each
    reading from an index (EXPLAIN QUERY PLAN on SQLite); the one-person sheet finds the orders he
    answered and gave away through the dispatch index."""
    depot = build_depot(handed_over)
    clock = Clock()
    for serial in ("SN-P1", "SN-P2"):
        orders, oid = _order(depot, serial, clock)
        orders.set_state(depot.staff["tech"], oid, S.DIAGNOSING)
        orders.reassign(depot.staff["sup"], oid, depot.staff["tech2"].staff_id, "忙")
    service = EvaluationService(handed_over.sessions)
    sup = depot.staff["sup"]
    # The month and the sheet read everyone's signed months too (migration 0010): one statement more;
    # and the attitude deductions (E3) that follow those signatures: one more.
    for compute, count in ((lambda: service.month(sup, MONTH), 11),
                           (lambda: service.for_staff(sup, depot.staff["tech"].staff_id, MONTH), 11),
                           (lambda: service.history(sup, depot.staff["tech"].staff_id, MONTH, months=12), 9)):
        with captured(handed_over.engine) as statements:
            compute()
        assert len(statements) == count
        plans: dict[str, list[str]] = {}
        with handed_over.engine.connect() as conn:
            for sql, params in statements:
                plans[sql] = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
        plan = [line for lines in plans.values() for line in lines]
        big = ("work_orders", "work_order_events", "audit_log")
        assert not [line for line in plan if line.startswith("SCAN ") and line.split()[1] in big], plans
        lines = [plans[sql] for sql in plans if sql.lstrip().startswith("SELECT work_order_events.")]
        entries = [plans[sql] for sql in plans if sql.lstrip().startswith("SELECT audit_log.")]
        assert len(lines) == len(entries) == 1, plans
        assert any("work_order_events USING INDEX ix_work_order_events" in line for line in lines[0]), plans
        assert any("audit_log USING INDEX ix_audit_log_entity" in line for line in entries[0]), plans
    assert service.for_staff(sup, depot.staff["tech"].staff_id, MONTH).figures.answered_24h_rate == 1
