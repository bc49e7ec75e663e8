"""W8: an escalated (negotiated) claim is settled by a supervisor or the manager with how the negotiation
ended, on both databases: a repair or exchange gets its work order and is judged as agreed through the
bench, a refund is a return approved by the manager (W9), "closed without service" completes it; it then
leaves the overdue list (S3). The note is mandatory, the settlement audited, and only an open escalated
claim can be settled."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.vocabulary import CauseClass, ClaimChannel, ClaimStatus, CostBearer, Remedy
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.models import AuditEntry, Claim, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ChangedConcurrently, PermissionDenied, ValidationError
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.listings import ClaimFilter, ClaimListing
from desktop_app.services.negotiations import NegotiationService, Outcome
from desktop_app.services.return_refunds import RefundEntry
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
NOTE = "主板停产无备件，与客户协商"


@pytest.fixture
def depot(database: Database) -> Depot:
    return build_depot(database)


def escalated(depot: Depot, serial: str, *, years: int = 2, channel: ClaimChannel = ClaimChannel.WALK_IN):
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=TODAY.replace(year=TODAY.year - years)),
        channel=channel, fault_description="不通电", accessories_received=("电源线", "挂耳"), escalated_note=NOTE)
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], form)


def claim(depot: Depot, claim_id: int) -> Claim:
    with depot.db.sessions.read() as s:
        row = s.get(Claim, claim_id)
        s.expunge(row)
        return row


def settle(depot: Depot, claim_id: int, outcome: Outcome, who: str = "sup", **kwargs):
    service = NegotiationService(depot.db.sessions)
    version = service.negotiation(depot.staff[who], claim_id).version
    return service.settle(depot.staff[who], claim_id, outcome, kwargs.pop("note", "客户同意免费维修，主管批准"),
                          version, **kwargs)


def overdue_ids(depot: Depot) -> set[int]:
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)
    listing = ClaimListing(depot.db.sessions, clock=lambda: later)
    listing.filter = ClaimFilter(overdue_only=True)
    return {row.id for row in listing.fetch(0, 100)}


def test_an_escalated_claim_stays_open_without_a_work_order_until_settled(depot):
    saved = escalated(depot, "S728W8OPEN")
    assert saved.chosen is Remedy.NEGOTIATED and saved.work_order_number is None
    assert saved.id in overdue_ids(depot)


def test_a_free_repair_opens_its_work_order_and_leaves_the_overdue_list_when_done(depot):
    saved = escalated(depot, "S728W8FREE", years=4)  # out of the free-repair period: paid by the rules
    done = settle(depot, saved.id, Outcome.REPAIR, paid=False)
    assert (done.decision, done.status) == (Remedy.FREE_REPAIR, ClaimStatus.OPEN) and done.work_order_number
    row = claim(depot, saved.id)
    assert row.offered_remedies[0] == "free_repair" and row.cost_bearer is not CostBearer.CUSTOMER  # goodwill: D14
    assert row.decision_detail["settlement"]["escalated_note"] == NOTE
    assert row.override_reason == "客户同意免费维修，主管批准"  # printed on the receipt as the agreed reason
    # The bench diagnoses it: the agreed free repair stands (not turned back into "negotiated").
    oid = order_id(depot.db, done.work_order_number)
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.QUALITY_DEFECT, note="")
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).final_decision is Remedy.FREE_REPAIR


def test_a_paid_repair_is_charged_to_the_customer(depot):
    saved = escalated(depot, "S728W8PAID")
    done = settle(depot, saved.id, Outcome.REPAIR, paid=True, note="客户接受收费维修")
    row = claim(depot, saved.id)
    assert done.decision is Remedy.PAID_REPAIR and row.cost_bearer is CostBearer.CUSTOMER and done.work_order_number


def test_an_exchange_opens_a_work_order_whose_bench_may_record_the_new_unit(depot):
    saved = escalated(depot, "S728W8EXCH")
    done = settle(depot, saved.id, Outcome.EXCHANGE, note="同系列新型号折价更换")
    oid = order_id(depot.db, done.work_order_number)
    tech = depot.staff["tech"]
    WorkOrderService(depot.db.sessions).dispatch(depot.staff["sup"], oid, tech.staff_id)
    WorkOrderService(depot.db.sessions).set_state(tech, oid, S.DIAGNOSING)
    BenchService(depot.db.sessions).record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["port"],
                                                     cause=CauseClass.QUALITY_DEFECT, note="")
    BenchService(depot.db.sessions).record_exchange(tech, oid, "S728W8NEW")  # W3: only for an exchange
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, oid).replacement_unit_id is not None


def test_a_refund_is_the_managers_return_approved_at_once(depot):
    saved = escalated(depot, "S728W8REFUND")
    with pytest.raises(PermissionDenied):
        settle(depot, saved.id, Outcome.REFUND, who="sup", note="全额退款")  # W9: the manager's only
    done = settle(depot, saved.id, Outcome.REFUND, who="manager", note="全额退款")
    assert (done.decision, done.status, done.work_order_number) == (Remedy.RETURN, ClaimStatus.IN_PROGRESS, None)
    assert claim(depot, saved.id).approved_by_id == depot.staff["manager"].staff_id
    refund = RefundEntry("2300", "2300", "original_route", True, True, True)  # W2: all back, full price
    ClaimIntakeService(depot.db.sessions).complete_return(depot.staff["operator"], saved.id, refund)
    assert claim(depot, saved.id).status is ClaimStatus.COMPLETED


def test_closed_without_service_completes_the_claim_and_leaves_the_overdue_list(depot):
    saved = escalated(depot, "S728W8CLOSE")
    done = settle(depot, saved.id, Outcome.CLOSED, note="客户放弃维修")
    row = claim(depot, saved.id)
    assert (done.status, done.work_order_number, row.decision) == (ClaimStatus.COMPLETED, None, Remedy.NEGOTIATED)
    assert row.decision_note == NOTE and row.decision_detail["settlement"]["note"] == "客户放弃维修"
    assert saved.id not in overdue_ids(depot)


def test_the_settlement_is_audited_in_the_same_transaction(depot):
    saved = escalated(depot, "S728W8AUDIT")
    settle(depot, saved.id, Outcome.REPAIR, paid=False)
    with depot.db.sessions.read() as s:
        entries = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "claim", AuditEntry.entity_id == saved.id,
                                                          AuditEntry.action == "settle_negotiation")))
        orders = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "work_order",
                                                         AuditEntry.action == "create")))
    assert len(entries) == 1 and len(orders) == 1
    changes = entries[0].changes
    assert changes["outcome"] == "repair" and changes["note"] == "客户同意免费维修，主管批准"
    assert changes["decision"] == {"old": "negotiated", "new": "free_repair"}
    assert changes["decision_note"]["old"] == NOTE and entries[0].user_id == depot.staff["sup"].staff_id


def test_the_note_is_mandatory_and_a_repair_says_free_or_paid(depot):
    saved = escalated(depot, "S728W8NOTE")
    with pytest.raises(ValidationError) as error:
        settle(depot, saved.id, Outcome.CLOSED, note="  ")
    assert error.value.field == "note"
    with pytest.raises(ValidationError) as error:
        settle(depot, saved.id, Outcome.REPAIR)
    assert error.value.field == "paid"
    assert claim(depot, saved.id).status is ClaimStatus.OPEN  # nothing written


def test_only_an_open_escalated_claim_can_be_settled(depot):
    plain = depot.take_in("S728W8PLAIN", TODAY.replace(year=TODAY.year - 2))
    service = NegotiationService(depot.db.sessions)
    with pytest.raises(ValidationError):
        service.settle(depot.staff["sup"], plain.id, Outcome.CLOSED, "不是协商的理赔", None)
    saved = escalated(depot, "S728W8TWICE")
    settle(depot, saved.id, Outcome.CLOSED, note="客户放弃维修")
    with pytest.raises(ValidationError):  # settled already: no longer open
        service.settle(depot.staff["sup"], saved.id, Outcome.REPAIR, "再修一次", None, paid=True)


def test_the_operator_cannot_settle_and_a_stale_version_is_refused(depot):
    saved = escalated(depot, "S728W8LOCK")
    service = NegotiationService(depot.db.sessions)
    with pytest.raises(PermissionDenied):
        service.settle(depot.staff["operator"], saved.id, Outcome.CLOSED, "前台不能结案", None)
    version = service.negotiation(depot.staff["sup"], saved.id).version
    with depot.db.sessions.write() as s, s.begin():  # another desk changed the claim meanwhile
        s.execute(update(Claim).where(Claim.id == saved.id).values(row_version=Claim.row_version + 1))
    with pytest.raises(ChangedConcurrently):
        service.settle(depot.staff["sup"], saved.id, Outcome.REPAIR, "主管结案", version, paid=True)
    assert claim(depot, saved.id).status is ClaimStatus.OPEN


def test_an_on_site_claim_settled_as_a_repair_asks_for_the_arrival_time(depot):
    saved = escalated(depot, "S728W8ONSITE", channel=ClaimChannel.ON_SITE_REQUEST)
    with pytest.raises(ValidationError) as error:
        settle(depot, saved.id, Outcome.REPAIR, paid=False)
    assert error.value.field == "required_arrival_at"
    arrival = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)
    done = settle(depot, saved.id, Outcome.REPAIR, paid=False, required_arrival_at=arrival)
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, order_id(depot.db, done.work_order_number))
        assert order.required_arrival_at is not None
