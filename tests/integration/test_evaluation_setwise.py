"""Issue 8: the staff evaluation computed set-wise (everyone, every month at once) gives exactly the
figures and evidence of the plain per-person, per-month computation it replaced (E16, E17, E21, E23, S3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desktop_app.core.kpis import MonthFigures, OrderFacts, month_bounds, month_figures
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import (
    ComplaintStatus,
    DemeritKind,
    FineStatus,
    WorkOrderKind,
    WorkOrderState,
)
from desktop_app.core.work_order_flow import ServiceReport, missing_report_fields, opinion_due
from desktop_app.db.models import (
    Complaint,
    Demerit,
    Fine,
    Staff,
    Survey,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderPart,
    WorkOrderVisit,
)
from desktop_app.db.opening import Database, open_database
from desktop_app.db.types import utcnow
from desktop_app.services.actor import SYSTEM
from desktop_app.services.evaluation import EvaluationService, Evidence
from desktop_app.services.evaluation_listing import EvaluationListing
from desktop_app.services.evaluation_facts import Calendar, gather
from desktop_app.services.sample_data import load_sample_data
from desktop_app.services.sla import ANSWER_WITHIN
from search_capture import captured

TODAY = dt.date(2026, 11, 27)
# Sample data loads at noon China time; the evaluation's months are in this computer's zone, so a
# fixed clock keeps the month bounds the same on every machine.
CLOCK = dt.datetime(2026, 11, 27, 4, 0, tzinfo=dt.timezone.utc)
MONTHS = [dt.date(2025 + (9 + i) // 12, (9 + i) % 12 + 1, 1) for i in range(14)]  # 2025-10 … 2026-11


@pytest.fixture
def loaded(db_url: str) -> Database:
    database = open_database(make_url(db_url))
    load_sample_data(database.sessions, claims=240, today=TODAY)
    _vary(database)
    yield database
    database.dispose()


def _vary(database: Database) -> None:
    """Corners the sample data may lack: blank (not missing) report texts, repeats of several people's
    orders, on-site timings both ways, a major demerit and confirmed and suggested fines."""
    with database.sessions.write() as s, s.begin():
        done = list(s.execute(select(WorkOrder.id, WorkOrder.technician_id).where(
            WorkOrder.completed_at.is_not(None), WorkOrder.technician_id.is_not(None)).order_by(WorkOrder.id)))
        assert len(done) > 40, "the sample data should complete orders"
        for order_id, _ in done[::7]:
            s.execute(update(WorkOrder).where(WorkOrder.id == order_id).values(report_solution=""))
        # The other report fields of the closing rule: "no parts" not ticked (incomplete where no part was
        # issued), and no customer's opinion (incomplete once closed, not while awaiting pickup).
        for order_id, _ in done[1::9]:
            s.execute(update(WorkOrder).where(WorkOrder.id == order_id).values(report_no_parts=False))
        for order_id, _ in done[2::13]:
            s.execute(update(WorkOrder).where(WorkOrder.id == order_id).values(report_customer_opinion=None))
        for (order_id, _), (earlier_id, _) in zip(done[-12:], done[:12]):
            s.execute(update(WorkOrder).where(WorkOrder.id == order_id).values(repeat_of_id=earlier_id))
        for index, (order_id, staff_id) in enumerate(done[3::11]):
            arrived = utcnow() - dt.timedelta(days=40 + index)
            late = dt.timedelta(hours=1 if index % 2 else -1)
            # Every third visit made by someone else before a re-dispatch (E23, S3: the visit stays his).
            visitor = done[0][1] if index % 3 == 0 and done[0][1] != staff_id else staff_id
            s.execute(update(WorkOrder).where(WorkOrder.id == order_id).values(
                kind=WorkOrderKind.ON_SITE, arrived_at=arrived, required_arrival_at=arrived + late,
                visit_technician_id=visitor))
            # The visit itself (migration 0009), which the evaluation reads; the order's columns mirror it.
            s.execute(delete(WorkOrderVisit).where(WorkOrderVisit.work_order_id == order_id))
            s.add(WorkOrderVisit(work_order_id=order_id, technician_id=visitor, arrived_at=arrived,
                                 late_arrival=late < dt.timedelta(0)))
        rule_set = s.scalar(select(Fine.rule_set_id).limit(1)) or s.scalar(select(Demerit.rule_set_id).limit(1))
        people = [staff_id for _, staff_id in done[:4]]
        if rule_set is not None:
            for index, day in enumerate(m + dt.timedelta(days=3) for m in MONTHS[-4:]):
                s.add(Demerit(staff_id=people[index % len(people)], kind=DemeritKind.MAJOR, facts_on=day,
                              rule_set_id=rule_set, decided_by_id=people[0]))
        s.execute(update(Fine).where(Fine.id % 2 == 0).values(status=FineStatus.CONFIRMED))
        # A technician who has left: still evaluated for the months he has facts in, and only those.
        s.execute(update(Staff).where(Staff.username == "tech.chen").values(active=False))


def _order_facts(s: Session, person: Staff, month: dt.date) -> tuple[list[WorkOrder], dict[int, OrderFacts], list[str]]:
    """The person's completed orders (in evidence order), the facts of his orders in the month and the
    late or slow ones. Each fact once (S3/E14, E23): the completion to the order's technician in its
    month; a visit's promptness to whoever was on site, in the month of the arrival; any other
    promptness to the order's technician in the month of the dispatch."""
    start, end = month_bounds(month, CLOCK.astimezone().tzinfo)

    def within(moment: dt.datetime | None) -> bool:
        return moment is not None and start <= moment < end

    completed = list(s.scalars(select(WorkOrder).where(
        WorkOrder.technician_id == person.id, WorkOrder.completed_at >= start, WorkOrder.completed_at < end)
        .order_by(WorkOrder.completed_at, WorkOrder.id)))
    dispatched = list(s.scalars(select(WorkOrder).where(
        WorkOrder.technician_id == person.id, WorkOrder.dispatched_at >= start, WorkOrder.dispatched_at < end)))
    visited = list(s.scalars(select(WorkOrder).where(
        WorkOrder.visit_technician_id == person.id, WorkOrder.arrived_at >= start, WorkOrder.arrived_at < end)))
    orders = {o.id: o for o in completed + dispatched + visited}
    facts, slow, done_ids = {}, [], {o.id for o in completed}
    for order in orders.values():
        on_site = order.kind is WorkOrderKind.ON_SITE
        if on_site and order.arrived_at is not None:
            judged = (order.visit_technician_id or order.technician_id) == person.id and within(order.arrived_at)
        else:
            judged = order.technician_id == person.id and within(order.dispatched_at or order.completed_at)
        done = order.id in done_ids
        if not (judged or done):
            continue
        answered = on_time = None
        if judged and on_site and order.required_arrival_at is not None:  # S3: the time asked for, not 24 h
            if order.arrived_at is not None:
                on_time = order.arrived_at <= order.required_arrival_at
            else:  # missed once the time has passed, unless the visit was called off
                missed = CLOCK > order.required_arrival_at and order.state is not WorkOrderState.CANCELLED
                on_time = False if missed else None
        elif judged:  # answered within a day of reaching the technician: from the dispatch
            if on_site:
                response = order.arrived_at
            else:
                response = s.scalar(select(WorkOrderEvent.at).where(
                    WorkOrderEvent.work_order_id == order.id, WorkOrderEvent.from_state == WorkOrderState.DISPATCHED)
                    .order_by(WorkOrderEvent.id).limit(1))
            since = order.dispatched_at or order.created_at
            if response is None:
                answered = None if CLOCK - since <= ANSWER_WITHIN else False  # the service's clock
            else:
                answered = response - since <= ANSWER_WITHIN
        if answered is False or on_time is False:
            slow.append(order.number)
        issued = s.scalar(select(WorkOrderPart.id).where(WorkOrderPart.work_order_id == order.id,
                                                          WorkOrderPart.stock_movement_id.is_not(None)).limit(1))
        report = ServiceReport(order.report_fault_cause, order.report_solution, order.report_customer_opinion,
                               order.report_no_parts or issued is not None)  # as closing judges it (E17, E23)
        facts[order.id] = OrderFacts(order.number, done, answered, order.kind is WorkOrderKind.ON_SITE, on_time, False,
                                     done and bool(missing_report_fields(report, opinion_due=opinion_due(order.state))))
    return completed, facts, slow


def _per_person(s: Session, person: Staff, month: dt.date) -> tuple[MonthFigures, Evidence]:
    """The computation as it was before issue 8: one person, one month, straight from the tables."""
    start, end = month_bounds(month, CLOCK.astimezone().tzinfo)
    first_day, next_first = start.date(), end.date()
    completed, facts, slow = _order_facts(s, person, month)
    earlier = select(WorkOrder.id).where(WorkOrder.technician_id == person.id)
    repeats = list(s.scalars(select(WorkOrder.number).where(  # E16: a cancelled later order repaired nothing
        WorkOrder.repeat_of_id.in_(earlier), WorkOrder.created_at >= start, WorkOrder.created_at < end,
        WorkOrder.state != WorkOrderState.CANCELLED).order_by(WorkOrder.id)))
    surveys = list(s.execute(select(WorkOrder.number, Survey.overall).join(Survey, Survey.work_order_id == WorkOrder.id)
                             .where(WorkOrder.technician_id == person.id, Survey.filled_on >= first_day,
                                    Survey.filled_on < next_first).order_by(WorkOrder.id)))
    complaints = list(s.scalars(select(Complaint.number).where(
        Complaint.about_staff_id == person.id, Complaint.status == ComplaintStatus.VERIFIED,
        Complaint.received_on >= first_day, Complaint.received_on < next_first).order_by(Complaint.id)))
    majors = s.scalar(select(func.count()).select_from(Demerit).where(
        Demerit.staff_id == person.id, Demerit.kind == DemeritKind.MAJOR,
        Demerit.facts_on >= first_day, Demerit.facts_on < next_first))
    fines = list(s.execute(select(Fine.id, Fine.amount).where(
        Fine.staff_id == person.id, Fine.status == FineStatus.CONFIRMED, Fine.facts_on >= first_day,
        Fine.facts_on < next_first).order_by(Fine.id)))
    pending = list(s.scalars(select(Fine.id).where(  # suggested, undecided: shown apart, not counted (E23, E24)
        Fine.staff_id == person.id, Fine.status == FineStatus.SUGGESTED, Fine.facts_on >= first_day,
        Fine.facts_on < next_first).order_by(Fine.id)))
    figures = month_figures([*facts.values(), *(OrderFacts(n, False, None, False, None, True, False) for n in repeats)],
                            [score for _, score in surveys], len(complaints), majors, [amount for _, amount in fines])
    evidence = Evidence(tuple(o.number for o in completed), tuple(n for n, _ in surveys), tuple(sorted(slow)),
                        tuple(repeats), tuple(f.number for f in facts.values() if f.report_incomplete),
                        tuple(complaints), tuple(i for i, _ in fines), tuple(pending))
    return figures, evidence


def _evaluated(s: Session) -> list[Staff]:
    """Everyone evaluated in some month: the chart is drawn for a person who has left, too; the front
    desk and the manager answer for complaints and fines (E3, E21) as everyone does."""
    return list(s.scalars(select(Staff).order_by(Staff.id)))


def _listed(s: Session, person: Staff, month: dt.date) -> bool:
    """Active in the department, or with facts in the month (a person who has left is still evaluated
    for his work; the manager when a complaint or fine of his falls in it)."""
    if person.active and person.role in (Role.OPERATOR, Role.TECHNICIAN, Role.SUPERVISOR):
        return True
    start, end = month_bounds(month, CLOCK.astimezone().tzinfo)
    first_day, next_first = start.date(), end.date()
    earlier = select(WorkOrder.id).where(WorkOrder.technician_id == person.id)
    if _order_facts(s, person, month)[1]:
        return True
    found = [
        select(WorkOrder.id).where(WorkOrder.repeat_of_id.in_(earlier), WorkOrder.created_at >= start,
                                   WorkOrder.created_at < end, WorkOrder.state != WorkOrderState.CANCELLED),
        select(Survey.id).join(WorkOrder, WorkOrder.id == Survey.work_order_id).where(
            WorkOrder.technician_id == person.id, Survey.filled_on >= first_day, Survey.filled_on < next_first),
        select(Complaint.id).where(Complaint.about_staff_id == person.id, Complaint.status == ComplaintStatus.VERIFIED,
                                   Complaint.received_on >= first_day, Complaint.received_on < next_first),
        select(Demerit.id).where(Demerit.staff_id == person.id, Demerit.kind == DemeritKind.MAJOR,
                                 Demerit.facts_on >= first_day, Demerit.facts_on < next_first),
        # A fine still awaiting a decision lists its person too: nothing waits unseen (E24).
        select(Fine.id).where(Fine.staff_id == person.id,
                              Fine.status.in_((FineStatus.CONFIRMED, FineStatus.SUGGESTED)),
                              Fine.facts_on >= first_day, Fine.facts_on < next_first),
    ]
    return any(s.scalar(query.limit(1)) is not None for query in found)


def test_the_month_for_everyone_equals_each_persons_month(loaded: Database) -> None:
    service = EvaluationService(loaded.sessions, clock=lambda: CLOCK)
    seen: dict[str, int] = dict.fromkeys(("completed", "surveys", "late", "repeats", "incomplete", "complaints",
                                          "fines", "pending_fines", "majors", "on_time", "left_listed",
                                          "left_not_listed"), 0)
    with loaded.sessions.read() as s:
        for month in MONTHS:
            people = [p for p in _evaluated(s) if _listed(s, p, month)]
            seen["left_listed"] += any(not p.active for p in people)
            seen["left_not_listed"] += all(p.active for p in people)
            months = service.month(SYSTEM, month)
            assert [m.staff_id for m in months] == [p.id for p in people]
            for person, got in zip(people, months):
                figures, evidence = _per_person(s, person, month)
                assert (got.name, got.role) == (person.display_name, person.role)
                assert got.figures == figures, (person.id, month)
                assert got.evidence == evidence, (person.id, month)
                assert service.for_staff(SYSTEM, person.id, month) == got
                seen["completed"] += figures.completed
                seen["surveys"] += figures.surveys
                seen["late"] += len(evidence.late_or_slow)
                seen["repeats"] += figures.repeats
                seen["incomplete"] += figures.incomplete_reports
                seen["complaints"] += figures.verified_complaints
                seen["fines"] += figures.fines_total > Decimal(0)
                seen["pending_fines"] += len(evidence.pending_fines)
                seen["majors"] += figures.major_demerits
                seen["on_time"] += figures.on_time_rate is not None
    # The comparison means something only if the data exercised every figure.
    assert all(seen.values()), seen


def test_the_twelve_months_chart_equals_each_month_on_its_own(loaded: Database) -> None:
    service = EvaluationService(loaded.sessions, clock=lambda: CLOCK)
    with loaded.sessions.read() as s:
        people, drawn = _evaluated(s), False
        for person in people:
            history = service.history(SYSTEM, person.id, MONTHS[-1])
            assert [m for m, _ in history] == MONTHS[-12:]
            assert [f for _, f in history] == [_per_person(s, person, m)[0] for m in MONTHS[-12:]]
            drawn = drawn or any(f.completed for _, f in history)
    assert drawn


def test_a_fixed_number_of_statements_whatever_the_staff_and_months(loaded: Database) -> None:
    """No round per person or per month (issue 8): the staff list, then six set-wise queries, and the
    month also everyone's signed sheets in one more (E24; two more once a month is signed) and the
    attitude deductions (E3) in one more. The staff tab's rows are that computation and nothing else:
    the deductions follow the signatures the figures read, not a second read of them."""
    service = EvaluationService(loaded.sessions, clock=lambda: CLOCK)
    with captured(loaded.engine) as month_statements:
        months = service.month(SYSTEM, MONTHS[-2])
    assert len(months) >= 3 and len(month_statements) == 9
    with captured(loaded.engine) as tab_statements:
        rows = EvaluationListing(loaded.sessions, clock=lambda: CLOCK).compute(SYSTEM, MONTHS[-2]).rows
    assert [r.staff_id for r in rows] == [m.staff_id for m in months]
    assert [sql for sql, _ in tab_statements] == [sql for sql, _ in month_statements]
    assert sum("signed_evaluation_months" in sql for sql, _ in tab_statements) == 1
    # The one-person path (the sheet, the detail panel) gives every figure the tab's row gives (E3).
    assert [(r.bonus_deducted, r.figures) for r in rows] == [
        (one.bonus_deducted, one.figures) for one in (service.for_staff(SYSTEM, r.staff_id, MONTHS[-2]) for r in rows)]
    with captured(loaded.engine) as history_statements:
        service.history(SYSTEM, months[1].staff_id, MONTHS[-1], months=12)
    assert len(history_statements) == 7


def test_the_month_and_the_chart_use_the_month_indexes(sqlite_url: str) -> None:
    """EXPLAIN QUERY PLAN: each query starts from the month's rows (migration 0003's indexes), never
    from every order a person ever had (SQLite keeps no statistics to know better)."""
    database = open_database(make_url(sqlite_url))
    try:
        load_sample_data(database.sessions, claims=60, today=TODAY)
        service = EvaluationService(database.sessions, clock=lambda: CLOCK)
        for compute in (lambda: service.month(SYSTEM, MONTHS[-2]), lambda: service.history(SYSTEM, 3, MONTHS[-1])):
            with captured(database.engine) as statements:
                compute()
            plans = {}
            with database.engine.connect() as conn:
                for sql, params in statements:
                    plans[sql] = [row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
            plan = [line for lines in plans.values() for line in lines]
            for index in ("ix_work_orders_tech_completed", "ix_work_orders_tech_dispatched",
                          "ix_work_order_visits_tech_arrived",  # migration 0009: the visits a person made
                          "ix_work_order_visits_order_arrived",  # an order's first visit
                          "ix_work_order_events_order_from", "ix_surveys_filled_on", "ix_work_orders_created_at"):
                assert any(index in line for line in plan), (index, plans)
            big = ("work_orders", "work_order_events", "work_order_visits", "surveys", "complaints", "demerits",
                   "fines")
            assert not [line for line in plan if line.startswith("SCAN ") and line.split()[1] in big], plans
            assert not [line for line in plan if "ix_work_orders_technician_id" in line], plans
    finally:
        database.dispose()


def test_an_order_still_waiting_for_its_first_response_is_judged_at_the_services_clock(loaded: Database) -> None:
    """S3: without a first response an order is "not answered within 24 h" only once a day has passed
    by the evaluation's clock (the one the service is given, not the computer's)."""
    created = CLOCK - dt.timedelta(hours=20)
    with loaded.sessions.write() as s, s.begin():
        order = s.scalar(select(WorkOrder).where(WorkOrder.technician_id.is_not(None)).order_by(WorkOrder.id).limit(1))
        s.execute(update(WorkOrder).where(WorkOrder.id == order.id).values(
            kind=WorkOrderKind.BENCH, state=WorkOrderState.DISPATCHED, created_at=created, dispatched_at=created,
            completed_at=None, arrived_at=None))
        s.execute(delete(WorkOrderEvent).where(WorkOrderEvent.work_order_id == order.id))
        number, technician = order.number, order.technician_id

    def answered(now: dt.datetime) -> bool | None:
        with loaded.sessions.read() as s:
            facts = gather(s, [technician], Calendar([CLOCK.date()], now))[(technician, CLOCK.date().replace(day=1))]
        return next(f.answered_within_24h for f in facts.orders if f.number == number)

    assert answered(CLOCK) is None  # 20 hours: still within the day
    assert answered(CLOCK + dt.timedelta(hours=5)) is False  # 25 hours without a response
