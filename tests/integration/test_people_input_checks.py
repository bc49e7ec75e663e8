"""What people type about people (callers, complainants, staff, customers) and the staff rules (E23, E24):
refused at the field the form shows, with nothing written, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import (
    CallChannel,
    ComplaintCategory,
    ComplaintChannel,
    FineReason,
    WorkOrderState as S,
)
from desktop_app.db.models import (
    AssessmentRuleSet,
    Call,
    Complaint,
    Customer,
    FeeSchedule,
    Fine,
    RuleAcknowledgement,
    Staff,
    Survey,
    WorkOrder,
)
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.accounts import AccountService
from desktop_app.services.assessment import AssessmentService, ComplaintInput
from desktop_app.services.calls import CallForm, CallRegister
from desktop_app.services.intake_forms import FormInvalid
from desktop_app.services.parts_catalogue import PartsCatalogue
from desktop_app.services.surveys import SurveyService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})
PUBLISHED = TODAY - dt.timedelta(days=40)
GOOD = {"speed": 5, "attitude": 5, "explanation": 4, "quality": 5, "on_time": 4, "overall": 5}


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    AssessmentService(database.sessions).publish_rules(depot.staff["manager"], TERMS, PUBLISHED)
    return depot


def count(db: Database, *models: type) -> tuple[int, ...]:
    with db.sessions.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in models)


def refused_fields(action: Callable[[], object]) -> list[str | None]:
    """The fields a refusal names, in the order the form would show them."""
    with pytest.raises((ValidationError, FormInvalid)) as caught:
        action()
    error = caught.value
    return [e.field for e in error.errors] if isinstance(error, FormInvalid) else [error.field]


def _call(**changes: object) -> CallForm:
    values = dict(channel=CallChannel.PHONE, caller_name="周先生", phone="13812345678", subject="咨询保修")
    return CallForm(**{**values, **changes})


# -- calls (E19, S1-S3) ----------------------------------------------------------------------------

def test_a_too_long_or_garbled_call_is_refused_at_its_field_and_nothing_is_stored(depot: Depot) -> None:
    register, operator = CallRegister(depot.db.sessions), depot.staff["operator"]
    before = count(depot.db, Call, Customer, WorkOrder)
    assert refused_fields(lambda: register.register(operator, _call(caller_name="名" * 300))) == ["caller_name"]
    assert refused_fields(lambda: register.register(operator, _call(subject="题" * 300))) == ["subject"]
    assert refused_fields(lambda: register.register(operator, _call(caller_name="A\x00B"))) == ["caller_name"]
    # An on-site call would make the caller a customer of the same too-long name.
    visit = dict(needs_visit=True, city="深圳", phone="13900000001",
                 required_arrival_at=dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1))
    assert refused_fields(lambda: register.register(operator, _call(caller_name="名" * 300, **visit))) == [
        "caller_name"]
    assert refused_fields(lambda: register.register(operator, _call(caller_name="名" * 300, subject="题" * 300))) \
        == ["caller_name", "subject"]  # every field at fault at once
    assert count(depot.db, Call, Customer, WorkOrder) == before
    register.register(operator, _call(caller_name="名" * 100, subject="题" * 200))  # exactly fitting is fine


def test_a_call_for_a_customer_that_no_longer_exists_is_refused(depot: Depot) -> None:
    register = CallRegister(depot.db.sessions)
    assert refused_fields(lambda: register.register(depot.staff["operator"], _call(customer_id=9999))) == ["customer"]
    assert count(depot.db, Call) == (0,)


def test_a_requested_arrival_without_a_time_zone_is_the_counters_local_time(depot: Depot) -> None:  # S3
    arrival = (dt.datetime.now() + dt.timedelta(days=2)).replace(microsecond=0)  # as a form's clock gives it
    saved = CallRegister(depot.db.sessions).register(depot.staff["operator"], _call(
        needs_visit=True, city="深圳", phone="13900000002", required_arrival_at=arrival))
    with depot.db.sessions.read() as s:
        stored = s.scalar(select(WorkOrder.required_arrival_at).where(WorkOrder.number == saved.work_order_number))
    assert stored == arrival.astimezone()


# -- complaints (E3, E6, E21) ----------------------------------------------------------------------

def _complaint(**changes: object) -> ComplaintInput:
    values = dict(received_via=ComplaintChannel.CALL, received_on=TODAY, complainant="刘洋",
                  category=ComplaintCategory.OTHER, description="等待时间太长")
    return ComplaintInput(**{**values, **changes})


def test_a_complaint_with_a_too_long_name_a_vanished_choice_or_an_odd_date_is_refused(depot: Depot) -> None:
    service, sup = AssessmentService(depot.db.sessions), depot.staff["sup"]
    cases = [({"complainant": "客" * 300}, "complainant"), ({"complainant": "刘\x00洋"}, "complainant"),
             ({"about_staff_id": 9999, "category": ComplaintCategory.QUARREL}, "about"),
             ({"customer_id": 9999}, "customer"),
             ({"product_id": 9999, "category": ComplaintCategory.DESIGN_DEFECT}, "product"),
             ({"received_on": dt.date(9999, 12, 31)}, "received_on"), ({"received_on": dt.date(1, 1, 1)}, "received_on")]
    for changes, field in cases:
        assert refused_fields(lambda c=changes: service.register_complaint(sup, _complaint(**c))) == [field], changes
    assert count(depot.db, Complaint) == (0,)
    assert service.register_complaint(sup, _complaint(complainant="客" * 100)).startswith("CP-")


# -- staff accounts ----------------------------------------------------------------------------------

def test_a_user_whose_name_is_too_long_or_holds_control_characters_is_refused(depot: Depot) -> None:
    accounts, boss = AccountService(depot.db.sessions), depot.staff["manager"]
    before = count(depot.db, Staff)
    for username, name, field in (("zhao", "赵" * 101, "display_name"), ("zhao", "赵\x00六", "display_name"),
                                  ("zh\x00ao", "赵六", "username")):
        assert refused_fields(lambda u=username, n=name: accounts.add_user(
            boss, u, n, Role.TECHNICIAN, "secret-123")) == [field]
    assert count(depot.db, Staff) == before
    assert accounts.add_user(boss, "zhao", "赵" * 100, Role.TECHNICIAN, "secret-123").display_name == "赵" * 100


# -- fee schedule (D6) ---------------------------------------------------------------------------------

def test_a_fee_schedule_note_too_long_is_refused_not_cut(depot: Depot) -> None:
    catalogue = PartsCatalogue(depot.db.sessions)
    later = TODAY + dt.timedelta(days=10)
    before = count(depot.db, FeeSchedule)
    assert refused_fields(lambda: catalogue.publish_fee_schedule(
        depot.staff["manager"], later, {"PWR-01": ("125", "155")}, note="注" * 201)) == ["note"]
    assert count(depot.db, FeeSchedule) == before
    version = catalogue.publish_fee_schedule(depot.staff["manager"], later, {"PWR-01": ("125", "155")},
                                             note="注" * 200)
    assert version.note == "注" * 200


# -- surveys (E17) -------------------------------------------------------------------------------------

def test_a_survey_dated_before_the_work_or_in_the_future_or_with_a_too_long_name_is_refused(depot: Depot) -> None:
    saved = depot.take_in("SN-P1", TODAY - dt.timedelta(days=200))
    oid = order_id(depot.db, saved.work_order_number)
    orders = WorkOrderService(depot.db.sessions)
    orders.dispatch(depot.staff["sup"], oid, depot.staff["tech"].staff_id)
    for state in (S.DIAGNOSING, S.REPAIRING, S.REPAIRED):
        orders.set_state(depot.staff["tech"], oid, state)
    surveys, operator, number = SurveyService(depot.db.sessions), depot.staff["operator"], saved.work_order_number
    for kwargs, field in (({"customer_name": "客" * 300}, "customer_name"),
                          ({"filled_on": dt.date(1900, 1, 1)}, "filled_on"),
                          ({"filled_on": TODAY - dt.timedelta(days=1)}, "filled_on"),  # before the repair was done
                          ({"filled_on": dt.date(2999, 1, 1)}, "filled_on"),
                          ({"filled_on": TODAY + dt.timedelta(days=1)}, "filled_on")):
        assert refused_fields(lambda k=kwargs: surveys.enter(operator, number, GOOD, **k)) == [field], kwargs
    assert count(depot.db, Survey) == (0,)
    assert surveys.enter(operator, number, GOOD, customer_name="客" * 100, filled_on=TODAY) is False


# -- fines (E23, E24) ----------------------------------------------------------------------------------

def test_a_fine_needs_a_real_work_order_a_past_day_and_someone_sent_out_on_work(depot: Depot) -> None:
    service, sup, tech = AssessmentService(depot.db.sessions), depot.staff["sup"], depot.staff["tech"]
    cases = [((tech.staff_id, FineReason.DISOBEYED_DISPATCH, TODAY, "WO-NOPE"), "work_order"),  # E24: evidence
             ((tech.staff_id, FineReason.DISOBEYED_DISPATCH, dt.date(9999, 12, 31)), "rule_set"),
             ((tech.staff_id, FineReason.DISOBEYED_DISPATCH, TODAY + dt.timedelta(days=1)), "rule_set"),
             ((depot.staff["operator"].staff_id, FineReason.LATE_ARRIVAL, TODAY), "staff"),
             ((depot.staff["manager"].staff_id, FineReason.LEFT_WITHOUT_CALLING_HQ, TODAY), "staff")]
    for args, field in cases:
        assert refused_fields(lambda a=args: service.record_fine(sup, *a)) == [field], args
    assert count(depot.db, Fine) == (0,)
    order = depot.take_in("SN-P2", TODAY - dt.timedelta(days=100)).work_order_number
    service.record_fine(sup, tech.staff_id, FineReason.DISOBEYED_DISPATCH, TODAY, order)
    service.record_fine(depot.staff["manager"], sup.staff_id, FineReason.LATE_ARRIVAL, TODAY)  # supervisors go out too
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Fine.work_order_id).where(Fine.staff_id == tech.staff_id)) is not None


# -- the rule set (E24) ----------------------------------------------------------------------------------

def test_rules_with_a_negative_or_odd_amount_are_never_published_and_fines_keep_working(depot: Depot) -> None:
    service, boss = AssessmentService(depot.db.sessions), depot.staff["manager"]
    with pytest.raises(ValidationError) as negative:  # as the rule-set dialog builds them
        RuleTerms({**TERMS.fines, FineReason.LATE_ARRIVAL: D("-50")}, D("200"))
    assert negative.value.field == "late_arrival"
    with pytest.raises(ValidationError) as deduction:
        RuleTerms(dict(TERMS.fines), D("-1"))
    assert deduction.value.field == "attitude_bonus_deduction"
    with pytest.raises(ValidationError) as odd:  # read back from data: the user's words, not Python's
        RuleTerms.from_dict({**TERMS.to_dict(), "fines": {**TERMS.to_dict()["fines"], "incomplete_report": "1.234"}})
    assert odd.value.field == "incomplete_report" and "1.234" not in odd.value.render()
    incomplete = RuleTerms({FineReason.LATE_ARRIVAL: D("30")}, D("0"))
    assert refused_fields(lambda: service.publish_rules(boss, incomplete, TODAY)) == ["left_without_calling_hq"]
    assert count(depot.db, AssessmentRuleSet) == (1,)
    assert service.record_fine(depot.staff["sup"], depot.staff["tech"].staff_id, FineReason.LATE_ARRIVAL, TODAY)


def test_an_acknowledgement_is_dated_between_the_publication_and_today(depot: Depot) -> None:
    service, tech = AssessmentService(depot.db.sessions), depot.staff["tech"]
    for day in (dt.date(1900, 1, 1), PUBLISHED - dt.timedelta(days=1), TODAY + dt.timedelta(days=1)):
        assert refused_fields(lambda d=day: service.acknowledge(tech, 1, on=d)) == ["acknowledged_on"], day
    assert count(depot.db, RuleAcknowledgement) == (0,)
    service.acknowledge(tech, 1, on=PUBLISHED)
    with depot.db.sessions.read() as s:
        assert s.scalar(select(RuleAcknowledgement.acknowledged_on)) == PUBLISHED
