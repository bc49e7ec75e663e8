"""Fines, demerits and evaluation figures go to the right person, month and rule version, on both
databases: a visit's lateness to whoever was on site (E23, S3), in the month it happened, whatever
became of the order since; a demerit under the rules that bound the conduct (E24, E3); promptness
judged once (S3/E14); a cancelled later order is no repeat repair (E16)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.engine import make_url
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import (
    CauseClass,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
    DemeritKind,
    FineReason,
    WorkOrderKind,
    WorkOrderState as S,
)
from desktop_app.db import migrate
from desktop_app.db.models import AssessmentRuleSet, AuditEntry, Complaint, Demerit, Fine, WorkOrder
from desktop_app.db.opening import Database, open_database
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.evaluation import EvaluationService, StaffMonth
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
LAST_MONTH = (MONTH - dt.timedelta(days=1)).replace(day=1)
IN_WARRANTY = TODAY - dt.timedelta(days=100)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def _rules_since(depot: Depot, day: dt.date) -> None:
    AssessmentService(depot.db.sessions).publish_rules(depot.staff["manager"], TERMS, day)


def _late_visit(depot: Depot, serial: str, required: dt.datetime, *, by: str = "tech") -> tuple[int, str]:
    """An on-site order dispatched to ``by``, who arrives an hour late and leaves without calling in."""
    number = depot.take_in(serial, IN_WARRANTY).work_order_number
    oid = order_id(depot.db, number)
    with depot.db.sessions.write() as s, s.begin():
        order = s.get(WorkOrder, oid)
        order.kind, order.required_arrival_at = WorkOrderKind.ON_SITE, required
    WorkOrderService(depot.db.sessions, clock=lambda: required - dt.timedelta(hours=2)).dispatch(
        depot.staff["sup"], oid, depot.staff[by].staff_id)
    assert BenchService(depot.db.sessions).record_visit(
        depot.staff[by], oid, arrived_at=required + dt.timedelta(hours=1),
        departed_at=required + dt.timedelta(hours=2), called_headquarters=False)
    return oid, number


def _month_of(depot: Depot, who: str, month: dt.date) -> StaffMonth:
    (found,) = [m for m in EvaluationService(depot.db.sessions).month(depot.staff["sup"], month)
                if m.staff_id == depot.staff[who].staff_id]
    return found


def _fines(depot: Depot) -> dict[FineReason, tuple[int, dt.date]]:
    with depot.db.sessions.read() as s:
        return {f.reason: (f.staff_id, f.facts_on) for f in s.scalars(select(Fine))}


def test_a_late_visit_stays_with_the_technician_who_made_it_after_the_order_is_reassigned(depot: Depot) -> None:
    """E23, S3: 李工 arrives late and leaves without calling in; the order then goes to 王工 (while still
    dispatched, and again later in the work). The lateness, the missed call and the on-time figure are
    李工's; 王工, who completed the order, answers only for its report."""
    _rules_since(depot, MONTH - dt.timedelta(days=40))
    required = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=5)
    oid, number = _late_visit(depot, "SN-RD", required)
    orders, sup, wang = WorkOrderService(depot.db.sessions), depot.staff["sup"], depot.staff["tech2"]
    orders.dispatch(sup, oid, wang.staff_id)  # re-dispatch: the technician changes, the visit's facts stay
    orders.set_state(wang, oid, S.DIAGNOSING)
    orders.set_state(wang, oid, S.REPAIRED)  # report not written: incomplete, 王工's
    assert AssessmentService(depot.db.sessions).suggest_fines(sup, MONTH) == 3
    li = depot.staff["tech"].staff_id
    fines = _fines(depot)
    assert {reason: staff for reason, (staff, _) in fines.items()} == {
        FineReason.LATE_ARRIVAL: li, FineReason.LEFT_WITHOUT_CALLING_HQ: li,
        FineReason.INCOMPLETE_REPORT: wang.staff_id}
    li_month, wang_month = _month_of(depot, "tech", MONTH), _month_of(depot, "tech2", MONTH)
    assert (li_month.figures.on_time_rate, li_month.evidence.late_or_slow) == (D("0.000"), (number,))
    assert (wang_month.figures.on_time_rate, wang_month.evidence.late_or_slow) == (None, ())
    assert (wang_month.figures.completed, li_month.figures.completed) == (1, 0)
    # A reassignment from any open state (here written directly, as a supervisor's reassignment would)
    # still leaves the visit to the one who made it.
    with depot.db.sessions.write() as s, s.begin():
        s.execute(update(WorkOrder).where(WorkOrder.id == oid).values(technician_id=li))
    assert _month_of(depot, "tech2", MONTH).figures.on_time_rate is None
    assert _month_of(depot, "tech", MONTH).figures.on_time_rate == D("0.000")


def test_a_late_visit_is_fined_in_its_month_whatever_became_of_the_order(depot: Depot) -> None:
    """E23: a late visit on an order still waiting for parts, or cancelled since, was late all the same;
    one made last month and completed this month is fined by last month's run, never by this month's
    (which would change a month already signed)."""
    _rules_since(depot, LAST_MONTH - dt.timedelta(days=40))
    tech, sup = depot.staff["tech"], depot.staff["sup"]
    orders, service = WorkOrderService(depot.db.sessions), AssessmentService(depot.db.sessions)
    required = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=5)
    waiting, _ = _late_visit(depot, "SN-WP", required)
    cancelled, _ = _late_visit(depot, "SN-CX", required)
    for oid in (waiting, cancelled):
        orders.set_state(tech, oid, S.DIAGNOSING)
        orders.set_state(tech, oid, S.AWAITING_PARTS)
    orders.cancel(sup, cancelled, "客户自行更换设备")
    earlier = dt.datetime.combine(LAST_MONTH + dt.timedelta(days=9), dt.time(9)).astimezone()
    last_months, _ = _late_visit(depot, "SN-LM", earlier)
    orders.set_state(tech, last_months, S.DIAGNOSING)
    orders.set_state(tech, last_months, S.REPAIRED)  # completed this month
    with depot.db.sessions.write() as s, s.begin():  # its report written: only the visit is fined
        s.execute(update(WorkOrder).where(WorkOrder.id == last_months).values(
            report_fault_cause="电源板损坏", report_solution="更换电源板", report_no_parts=True))
    assert service.suggest_fines(sup, LAST_MONTH) == 2
    assert service.suggest_fines(sup, MONTH) == 4  # the two open orders' lateness and missed calls
    with depot.db.sessions.read() as s:
        by_order = sorted((f.work_order_id, f.reason, f.facts_on) for f in s.scalars(select(Fine)))
    # Lateness on the arrival's day, the missed call on the departure's (an hour apart: near midnight, two days).
    days = {FineReason.LATE_ARRIVAL: (required + dt.timedelta(hours=1)).astimezone().date(),
            FineReason.LEFT_WITHOUT_CALLING_HQ: (required + dt.timedelta(hours=2)).astimezone().date()}
    assert by_order == sorted([(oid, reason, days[reason]) for oid in (waiting, cancelled)
                               for reason in (FineReason.LATE_ARRIVAL, FineReason.LEFT_WITHOUT_CALLING_HQ)]
                              + [(last_months, reason, earlier.date()) for reason in
                                 (FineReason.LATE_ARRIVAL, FineReason.LEFT_WITHOUT_CALLING_HQ)])


def test_a_visits_promptness_counts_in_the_month_of_the_arrival_only(depot: Depot) -> None:
    """S3/E14: a visit arrived at late last month and completed this month is late in last month's
    figures only; this month counts its completion. A bench order's 24-hour answer likewise counts
    in the month of its dispatch, not again in its completion month."""
    tech, sup = depot.staff["tech"], depot.staff["sup"]
    orders = WorkOrderService(depot.db.sessions)
    earlier = dt.datetime.combine(LAST_MONTH + dt.timedelta(days=9), dt.time(9)).astimezone()
    visit, visit_number = _late_visit(depot, "SN-PV", earlier)
    bench_number = depot.take_in("SN-PB", IN_WARRANTY).work_order_number
    bench = order_id(depot.db, bench_number)
    WorkOrderService(depot.db.sessions, clock=lambda: earlier).dispatch(sup, bench, tech.staff_id)
    WorkOrderService(depot.db.sessions, clock=lambda: earlier + dt.timedelta(hours=2)).set_state(
        tech, bench, S.DIAGNOSING)
    for oid in (visit, bench):
        if oid == visit:
            orders.set_state(tech, oid, S.DIAGNOSING)
        orders.set_state(tech, oid, S.REPAIRED)
    last, this = _month_of(depot, "tech", LAST_MONTH), _month_of(depot, "tech", MONTH)
    assert (last.figures.on_time_rate, last.figures.answered_24h_rate, last.figures.completed) == (
        D("0.000"), D("1.000"), 0)
    assert last.evidence.late_or_slow == (visit_number,)
    assert (this.figures.on_time_rate, this.figures.answered_24h_rate, this.figures.completed) == (None, None, 2)
    assert this.evidence.late_or_slow == () and set(this.evidence.completed) == {visit_number, bench_number}


def test_a_demerit_cites_the_rules_that_bound_the_conduct_not_those_of_the_complaint_day(depot: Depot) -> None:
    """E24, E3: served 20 days ago under version 1 (deduction 200); version 2 (500) announced today, the
    complaint received today. The criticism cites version 1; it still counts in the month received."""
    service, boss, sup, tech = (AssessmentService(depot.db.sessions), depot.staff["manager"], depot.staff["sup"],
                                depot.staff["tech"])
    _rules_since(depot, TODAY - dt.timedelta(days=60))
    number = depot.take_in("SN-DM", IN_WARRANTY).work_order_number
    oid = order_id(depot.db, number)
    served = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=20)
    then = WorkOrderService(depot.db.sessions, clock=lambda: served)
    then.dispatch(sup, oid, tech.staff_id)
    then.set_state(tech, oid, S.DIAGNOSING)
    then.set_state(tech, oid, S.REPAIRED)
    assert service.publish_rules(boss, RuleTerms.from_dict({**TERMS.to_dict(), "attitude_bonus_deduction": "500"}),
                                 TODAY) == 2
    about_order = service.register_complaint(sup, ComplaintInput(
        ComplaintChannel.CALL, TODAY, "刘洋", ComplaintCategory.ATTITUDE, "维修时态度恶劣",
        about_staff_id=tech.staff_id, work_order_number=number))
    on_the_phone = service.register_complaint(sup, ComplaintInput(  # no order: the call of the day itself
        ComplaintChannel.CALL, TODAY, "刘洋", ComplaintCategory.ATTITUDE, "电话里态度冷淡", about_staff_id=tech.staff_id))
    for complaint in (about_order, on_the_phone):
        assert service.verify_complaint(boss, complaint, upheld=True, findings="属实") is DemeritKind.CRITICISM
    with depot.db.sessions.read() as s:
        cited = {c: (v, d, on) for c, v, d, on in s.execute(
            select(Complaint.number, AssessmentRuleSet.version, Demerit.bonus_deduction, Demerit.facts_on)
            .join(Demerit, Demerit.complaint_id == Complaint.id)
            .join(AssessmentRuleSet, AssessmentRuleSet.id == Demerit.rule_set_id))}
    assert cited == {about_order: (1, D("200.00"), TODAY), on_the_phone: (2, D("500.00"), TODAY)}


def test_upholding_a_complaint_about_conduct_before_any_rules_records_it_without_a_demerit(depot: Depot) -> None:
    """E24: rules bind only once announced. The service 20 days ago came before the first rule set
    (announced 10 days ago): the finding is recorded, nothing is held against the technician."""
    service, boss, sup, tech = (AssessmentService(depot.db.sessions), depot.staff["manager"], depot.staff["sup"],
                                depot.staff["tech"])
    number = depot.take_in("SN-NR", IN_WARRANTY).work_order_number
    oid = order_id(depot.db, number)
    served = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=20)
    then = WorkOrderService(depot.db.sessions, clock=lambda: served)
    then.dispatch(sup, oid, tech.staff_id)
    then.set_state(tech, oid, S.DIAGNOSING)
    then.set_state(tech, oid, S.REPAIRED)
    _rules_since(depot, TODAY - dt.timedelta(days=10))
    complaint = service.register_complaint(sup, ComplaintInput(
        ComplaintChannel.CALL, TODAY, "刘洋", ComplaintCategory.QUARREL, "与客户争吵",
        about_staff_id=tech.staff_id, work_order_number=number))
    assert service.verify_complaint(boss, complaint, upheld=True, findings="录音属实") is None
    with depot.db.sessions.read() as s:
        row = s.scalar(select(Complaint).where(Complaint.number == complaint))
        assert (row.status, row.findings) == (ComplaintStatus.VERIFIED, "录音属实")
        assert s.scalar(select(Demerit.id)) is None
        said = s.scalar(select(AuditEntry.changes).where(AuditEntry.entity == "complaint",
                                                         AuditEntry.action == "no_demerit"))  # and why
    assert said == {"conduct_on": (TODAY - dt.timedelta(days=20)).isoformat()}


def test_a_cancelled_later_order_is_no_repeat_repair(depot: Depot) -> None:
    """E16: the later order on the same serial and fault, cancelled (opened twice, withdrawn), repaired
    nothing again: neither the earlier technician's repeats nor the improvement report count it; the
    link stays on the order as history."""
    tech, tech2, sup = depot.staff["tech"], depot.staff["tech2"], depot.staff["sup"]
    orders, bench = WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions)
    fault = depot.fault_ids["no_power"]
    first = order_id(depot.db, depot.take_in("SN-RP", IN_WARRANTY).work_order_number)
    orders.dispatch(sup, first, tech.staff_id)
    orders.set_state(tech, first, S.DIAGNOSING)
    bench.record_diagnosis(tech, first, fault_category_id=fault, cause=CauseClass.QUALITY_DEFECT, note="")
    orders.set_state(tech, first, S.REPAIRED)
    later = order_id(depot.db, depot.take_in("SN-RP", IN_WARRANTY).work_order_number)
    orders.dispatch(sup, later, tech2.staff_id)
    orders.set_state(tech2, later, S.DIAGNOSING)
    assert bench.record_diagnosis(tech2, later, fault_category_id=fault, cause=CauseClass.QUALITY_DEFECT,
                                  note="").repeat_of is not None
    assert _month_of(depot, "tech", MONTH).figures.repeats == 1
    orders.cancel(sup, later, "重复建单，客户撤回")
    li = _month_of(depot, "tech", MONTH)
    assert (li.figures.repeats, li.evidence.repeats) == (0, ())
    assert MonthlyReports(depot.db.sessions).improvement(sup, MONTH, MONTH).repeat_repairs == []
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, later).repeat_of_id == first


def test_upgrading_gives_each_recorded_visit_its_technician(db_url: str) -> None:  # migration 0005
    database = open_database(make_url(db_url))
    try:
        depot = build_depot(database)
        visited, _ = _late_visit(depot, "SN-MG", dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=5), by="tech2")
        plain = order_id(database, depot.take_in("SN-MH", IN_WARRANTY).work_order_number)
        migrate.downgrade(database.engine, "0004_part_wear_flags")
        with database.engine.connect() as conn:
            assert "visit_technician_id" not in [c for c in conn.execute(text("SELECT * FROM work_orders")).keys()]
        migrate.upgrade(database.engine)
        with database.sessions.read() as s:
            got = dict(s.execute(select(WorkOrder.id, WorkOrder.visit_technician_id)).all())
        assert got == {visited: depot.staff["tech2"].staff_id, plain: None}
        assert migrate.schema_differences(database.engine) == []
        if database.engine.dialect.name == "sqlite":  # the search triggers of 0003 survive both ways
            with database.engine.connect() as conn:
                triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                 "AND tbl_name = 'work_orders'")).scalars())
            assert triggers == {f"{table}_{change}" for table in ("work_orders_search", "work_orders_search_claims",
                                                                  "work_order_name_characters")
                                for change in ("ai", "ad", "au")}  # 0003's, 0022's and 0029's
    finally:
        database.dispose()


def test_a_complaint_about_the_first_visit_is_judged_by_that_visits_day_after_a_second_visit(depot: Depot) -> None:
    """E24 with visits kept one by one (migration 0009): 李工 visited 20 days ago under version 1
    (deduction 200); the order went to 王工, who visited today, when version 2 (500) was announced. A
    complaint about 李工's conduct cites version 1: his visit's day, not the order's latest arrival."""
    service, boss, sup = AssessmentService(depot.db.sessions), depot.staff["manager"], depot.staff["sup"]
    _rules_since(depot, TODAY - dt.timedelta(days=60))
    oid, number = _late_visit(depot, "SN-CV", dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=20))
    wang = depot.staff["tech2"]
    WorkOrderService(depot.db.sessions).dispatch(sup, oid, wang.staff_id)
    now = dt.datetime.now(dt.timezone.utc)
    BenchService(depot.db.sessions).record_visit(wang, oid, arrived_at=now - dt.timedelta(minutes=30),
                                                 departed_at=now, called_headquarters=True)
    assert service.publish_rules(boss, RuleTerms.from_dict({**TERMS.to_dict(), "attitude_bonus_deduction": "500"}),
                                 TODAY) == 2
    complaint = service.register_complaint(sup, ComplaintInput(
        ComplaintChannel.CALL, TODAY, "刘洋", ComplaintCategory.ATTITUDE, "上门时态度恶劣",
        about_staff_id=depot.staff["tech"].staff_id, work_order_number=number))
    assert service.verify_complaint(boss, complaint, upheld=True, findings="属实") is DemeritKind.CRITICISM
    with depot.db.sessions.read() as s:
        cited = s.execute(select(AssessmentRuleSet.version, Demerit.bonus_deduction)
                          .join(Demerit, Demerit.rule_set_id == AssessmentRuleSet.id)).one()
    assert tuple(cited) == (1, D("200.00"))
