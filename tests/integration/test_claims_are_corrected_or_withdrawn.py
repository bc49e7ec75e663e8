"""A saved claim is corrected (受理单更正) or withdrawn (撤销受理) on SQLite and PostgreSQL: the facts as intake
checks them, the decision re-judged (W1-W12) with who may change it once the bench acted, shared customer and
unit rows, the audit's before and after with the reason; a withdrawal cancels the open orders with the claim,
and the last open order cancelled ends its claim."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select
from work_order_fixtures import Depot, build_depot, order_id

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import CauseClass, ClaimChannel, ClaimStatus, CostBearer, Remedy
from desktop_app.core.vocabulary import WorkOrderState as S
from desktop_app.db.models import AuditEntry, Claim, Customer, Unit, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.errors import ValidationError
from desktop_app.services.accounts import AccountService
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.claim_corrections import ClaimCorrection, ClaimCorrectionService
from desktop_app.services.claims import ClaimIntakeService, ClaimSaved
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput
from desktop_app.services.listings import ClaimFilter, ClaimListing
from desktop_app.services.receipts import ReceiptService
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService

TODAY = dt.date.today()
IN_EXCHANGE = TODAY - dt.timedelta(days=200)  # W3: exchange or free repair
IN_REPAIR = TODAY.replace(year=TODAY.year - 2)  # W4: free repair only


@pytest.fixture
def depot(database: Database) -> Depot:
    depot = build_depot(database)
    accounts = AccountService(database.sessions)
    accounts.add_user(depot.staff["manager"], "operator2", "前台小王", Role.OPERATOR, "secret-123")
    depot.staff["operator2"] = accounts.sign_in("operator2", "secret-123")
    return depot


def _service(depot: Depot) -> ClaimCorrectionService:
    return ClaimCorrectionService(depot.db.sessions)


def _saved_facts(depot: Depot, claim_id: int, **changes: object) -> ClaimCorrection:
    """The claim's saved facts with ``changes``, as the dialog sends them."""
    record = _service(depot).on_record(depot.staff["operator"], claim_id)
    return replace(record.correction, **{"reason": "客户核对后更正", **changes})


def _entries(depot: Depot, entity: str, action: str) -> list[AuditEntry]:
    with depot.db.sessions.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.action == action)
                              .order_by(AuditEntry.id)))


def _claim(depot: Depot, claim_id: int) -> Claim:
    with depot.db.sessions.read() as s:
        claim = s.get(Claim, claim_id)
        _ = claim.unit.serial, claim.customer.phone
        return claim


def _take_in_for(depot: Depot, name: str, phone: str, serial: str) -> ClaimSaved:
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], IntakeForm(
        customer=CustomerInput(name=name, phone=phone), unit=UnitInput(
            product_model="S5720-28P", serial=serial, sale_date=IN_EXCHANGE),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线",)))


def test_the_operator_corrects_the_customer_side_facts_audited_before_and_after(depot: Depot) -> None:
    saved = depot.take_in("SN-C1", IN_EXCHANGE)
    corrected = _service(depot).correct(depot.staff["operator"], saved.id, _saved_facts(
        depot, saved.id, phone="139 0000 1111", phone2="0755-26781234", fault_description="端口 3 不亮",
        accessories_received=("电源线",), invoice_no="INV-778"))
    assert corrected.decision_changed is False and corrected.chosen is Remedy.EXCHANGE
    claim = _claim(depot, saved.id)
    assert (claim.customer.phone, claim.customer.phone2) == ("13900001111", "0755-26781234")
    assert claim.fault_description == "端口 3 不亮" and claim.accessories_missing == ["挂耳"]  # W2
    assert claim.unit.invoice_no == "INV-778"
    (entry,) = _entries(depot, "claim", "correct_claim")
    assert entry.user_id == depot.staff["operator"].staff_id and entry.changes["reason"] == "客户核对后更正"
    assert entry.changes["fault_description"] == {"old": "不通电", "new": "端口 3 不亮"}
    (customer_entry,) = _entries(depot, "customer", "correct_claim")
    assert customer_entry.changes["phone"] == {"old": "13812345678", "new": "13900001111"}
    assert customer_entry.changes["claim_id"] == saved.id
    # A receipt printed now shows the corrected facts.
    data = ReceiptService(depot.db.sessions).receipt(depot.staff["operator"], saved.id, language="zh",
                                                     translate=lambda _c, text: text)
    assert data.customer_phone == "13900001111" and data.fault_description == "端口 3 不亮"
    assert data.invoice_no == "INV-778" and data.accessories_missing == ("挂耳",)


def test_a_corrected_sale_date_re_judges_the_decision_shown_before_saving(depot: Depot) -> None:
    """W3 → W4: the sale was two years ago, not 200 days: exchange is no longer offered."""
    saved = depot.take_in("SN-C2", IN_EXCHANGE)
    correction = _saved_facts(depot, saved.id, sale_date=IN_REPAIR)
    preview = _service(depot).preview(depot.staff["operator"], saved.id, correction)
    assert preview.decision_changed and preview.chosen is Remedy.FREE_REPAIR
    assert preview.decision.offered == (Remedy.FREE_REPAIR,)
    assert _claim(depot, saved.id).decision is Remedy.EXCHANGE  # the preview wrote nothing
    result = _service(depot).correct(depot.staff["operator"], saved.id, correction)
    assert result.decision_changed and result.chosen is Remedy.FREE_REPAIR
    claim = _claim(depot, saved.id)
    assert claim.decision is Remedy.FREE_REPAIR and claim.offered_remedies == ["free_repair"]
    assert claim.cost_bearer is CostBearer.FUND_OUT_OF_WARRANTY  # D14: beyond the dealer's year
    assert claim.policy_version_id is not None  # W12: the version it was judged under
    assert claim.decision_detail["sale_date_used"] == IN_REPAIR.isoformat()
    assert claim.unit.sale_date == IN_REPAIR and claim.unit.sale_registered  # W10: the invoice's date
    (entry,) = _entries(depot, "claim", "correct_claim")
    assert entry.changes["decision"] == {"old": "exchange", "new": "free_repair"}


def test_every_bad_field_is_refused_at_its_field_and_nothing_is_written(depot: Depot) -> None:
    saved = depot.take_in("SN-C3", IN_EXCHANGE)
    service = _service(depot)
    with pytest.raises(FormInvalid) as caught:
        service.correct(depot.staff["operator"], saved.id, _saved_facts(
            depot, saved.id, phone="12345", sale_date=TODAY + dt.timedelta(days=2), fault_description=" ",
            reason=" "))
    assert set(caught.value.by_field()) == {"customer_phone", "sale_date", "fault_description", "reason"}
    with pytest.raises(FormInvalid) as caught:
        service.correct(depot.staff["operator"], saved.id, _saved_facts(depot, saved.id, reason=""))
    assert set(caught.value.by_field()) == {"reason"}
    with pytest.raises(ValidationError, match="Nothing was changed"):
        service.correct(depot.staff["operator"], saved.id, _saved_facts(depot, saved.id))
    claim = _claim(depot, saved.id)
    assert claim.customer.phone == "13812345678" and claim.row_version == 1
    assert _entries(depot, "claim", "correct_claim") == []


def test_only_the_operator_who_took_it_in_or_a_supervisor_corrects_it(depot: Depot) -> None:
    saved = depot.take_in("SN-C4", IN_EXCHANGE)
    service = _service(depot)
    with pytest.raises(MissingPermission):
        service.correct(depot.staff["tech"], saved.id, _saved_facts(depot, saved.id, phone="13900001111"))
    with pytest.raises(ValidationError, match="Only the operator who took claim"):
        service.correct(depot.staff["operator2"], saved.id, _saved_facts(depot, saved.id, phone="13900001111"))
    assert service.on_record(depot.staff["operator2"], saved.id).correct_refusal is not None
    assert service.on_record(depot.staff["operator"], saved.id).correct_refusal is None
    service.correct(depot.staff["sup"], saved.id, _saved_facts(depot, saved.id, phone="13900001111"))
    assert _claim(depot, saved.id).customer.phone == "13900001111"


def test_a_finished_order_stops_any_correction(depot: Depot) -> None:
    saved = depot.take_in("SN-C5", IN_EXCHANGE)
    oid = order_id(depot.db, saved.work_order_number)
    with depot.db.sessions.write() as s, s.begin():
        s.get(WorkOrder, oid).state = S.REPAIRED
    with pytest.raises(ValidationError, match="already repaired or finished"):
        _service(depot).correct(depot.staff["sup"], saved.id, _saved_facts(depot, saved.id, phone="13900001111"))
    assert _service(depot).on_record(depot.staff["operator"], saved.id).correct_refusal is not None


def _diagnosed(depot: Depot, saved: ClaimSaved, *, parts: bool) -> int:
    oid = order_id(depot.db, saved.work_order_number)
    orders, bench, tech = WorkOrderService(depot.db.sessions), BenchService(depot.db.sessions), depot.staff["tech"]
    orders.dispatch(depot.staff["sup"], oid, tech.staff_id)
    orders.set_state(tech, oid, S.DIAGNOSING)
    if parts:
        bench.use_parts(tech, oid, [(depot.part_ids["FAN-01"], 1)])
    else:
        bench.record_diagnosis(tech, oid, fault_category_id=depot.fault_ids["no_power"],
                               cause=CauseClass.QUALITY_DEFECT, note="电源板损坏")
    return oid


@pytest.mark.parametrize("parts", [False, True], ids=["past-diagnosis", "parts-issued"])
def test_once_the_bench_acted_only_a_supervisor_changes_the_decision(depot: Depot, parts: bool) -> None:
    saved = depot.take_in("SN-C6", IN_EXCHANGE)
    oid = _diagnosed(depot, saved, parts=parts)
    service = _service(depot)
    with pytest.raises(ValidationError, match="only a supervisor or the general manager") as caught:
        service.correct(depot.staff["operator"], saved.id, _saved_facts(depot, saved.id, sale_date=IN_REPAIR))
    assert caught.value.params["order"] == saved.work_order_number
    # A fact that leaves the decision as it is stays the operator's to correct.
    service.correct(depot.staff["operator"], saved.id, _saved_facts(depot, saved.id, phone="13900001111"))
    result = service.correct(depot.staff["sup"], saved.id, _saved_facts(depot, saved.id, sale_date=IN_REPAIR))
    assert result.decision_changed and _claim(depot, saved.id).decision is Remedy.FREE_REPAIR
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        assert order.final_decision is (None if parts else Remedy.FREE_REPAIR)  # W11: re-judged with it


def test_a_serial_corrected_to_another_customers_unit_is_refused(depot: Depot) -> None:
    other = _take_in_for(depot, "张伟", "13600000000", "SN-OTHER")
    saved = depot.take_in("SN-C7", IN_EXCHANGE)
    with pytest.raises(FormInvalid) as caught:
        _service(depot).correct(depot.staff["operator"], saved.id, _saved_facts(depot, saved.id, serial="SN-OTHER"))
    assert set(caught.value.by_field()) == {"serial"} and "张伟" in str(caught.value)
    assert _claim(depot, other.id).unit.serial == "SN-OTHER" and _claim(depot, saved.id).unit.serial == "SN-C7"


def test_a_mistyped_serial_points_the_claim_at_the_customers_unit_on_record(depot: Depot) -> None:
    """The unit came in before as SN-REAL; the operator typed SN-REA1: the claim and its order go to SN-REAL,
    and the mistyped unit, nobody else's, is removed (audited)."""
    earlier = depot.take_in("SN-REAL", IN_EXCHANGE)
    saved = depot.take_in("SN-REA1", IN_EXCHANGE)
    typo_unit = _claim(depot, saved.id).unit_id
    _service(depot).correct(depot.staff["operator"], saved.id, _saved_facts(depot, saved.id, serial="SN-REAL"))
    real = _claim(depot, earlier.id).unit_id
    assert _claim(depot, saved.id).unit_id == real
    with depot.db.sessions.read() as s:
        assert s.get(WorkOrder, order_id(depot.db, saved.work_order_number)).unit_id == real
        assert s.get(Unit, typo_unit) is None
    (removed,) = _entries(depot, "unit", "delete")
    assert removed.entity_id == typo_unit and removed.changes["serial"] == "SN-REA1"


def test_a_new_serial_renames_only_a_unit_no_other_claim_has(depot: Depot) -> None:
    saved = depot.take_in("SN-TYPO", IN_EXCHANGE)
    unit_id = _claim(depot, saved.id).unit_id
    _service(depot).correct(depot.staff["operator"], saved.id, _saved_facts(depot, saved.id, serial="SN-FIXED"))
    claim = _claim(depot, saved.id)
    assert claim.unit_id == unit_id and claim.unit.serial == "SN-FIXED"
    # Now a second claim on that unit: a serial correction of the second must not rename the first's unit.
    second = depot.take_in("SN-FIXED", IN_EXCHANGE)
    _service(depot).correct(depot.staff["operator"], second.id, _saved_facts(depot, second.id, serial="SN-NEW"))
    assert _claim(depot, saved.id).unit.serial == "SN-FIXED"
    moved = _claim(depot, second.id)
    assert moved.unit.serial == "SN-NEW" and moved.unit_id != unit_id
    assert moved.unit.customer_id == moved.customer_id


def test_a_withdrawn_claim_cancels_its_orders_and_shows_under_cancelled(depot: Depot) -> None:
    saved = depot.take_in("SN-W1", IN_EXCHANGE)
    oid = order_id(depot.db, saved.work_order_number)
    service = _service(depot)
    with pytest.raises(ValidationError) as caught:
        service.withdraw(depot.staff["operator"], saved.id, "  ")
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError, match="on the day it was taken in"):
        service.withdraw(depot.staff["operator2"], saved.id, "客户改主意")
    withdrawn = service.withdraw(depot.staff["operator"], saved.id, "客户改主意，取回设备")
    assert withdrawn.cancelled_orders == (saved.work_order_number,)
    with depot.db.sessions.read() as s:
        order = s.get(WorkOrder, oid)
        assert order.state is S.CANCELLED and order.cancel_reason == "客户改主意，取回设备"
        assert s.get(Claim, saved.id).status is ClaimStatus.CANCELLED
    (entry,) = _entries(depot, "claim", "withdraw_claim")
    assert entry.changes["status"] == {"old": "open", "new": "cancelled"}
    assert entry.changes["reason"] == "客户改主意，取回设备"
    assert any(e.entity_id == oid and e.changes["state"]["new"] == "cancelled"
               for e in _entries(depot, "work_order", "state_change"))
    listing = ClaimListing(depot.db.sessions)
    listing.filter = ClaimFilter(statuses=frozenset({ClaimStatus.CANCELLED}))
    assert [row.number for row in listing.fetch(0, 10)] == [saved.number]
    with pytest.raises(ValidationError, match="is cancelled"):
        service.withdraw(depot.staff["sup"], saved.id, "再次撤销")


def test_a_claim_with_issued_parts_or_a_repaired_unit_is_not_withdrawn(depot: Depot) -> None:
    with_parts = depot.take_in("SN-W2", IN_EXCHANGE)
    _diagnosed(depot, with_parts, parts=True)
    with pytest.raises(ValidationError, match="Parts were issued"):
        _service(depot).withdraw(depot.staff["sup"], with_parts.id, "客户取回")
    repaired = depot.take_in("SN-W3", IN_EXCHANGE)
    with depot.db.sessions.write() as s, s.begin():
        s.get(WorkOrder, order_id(depot.db, repaired.work_order_number)).state = S.REPAIRED
    with pytest.raises(ValidationError, match="already repaired or finished"):
        _service(depot).withdraw(depot.staff["sup"], repaired.id, "客户取回")
    assert _claim(depot, repaired.id).status is ClaimStatus.OPEN


def test_the_last_open_order_cancelled_ends_its_claim(depot: Depot) -> None:
    """Cancelled alone, the claim is cancelled; with another order of it closed, completed."""
    orders = WorkOrderService(depot.db.sessions)
    alone = depot.take_in("SN-L1", IN_EXCHANGE)
    orders.cancel(depot.staff["sup"], order_id(depot.db, alone.work_order_number), "客户自行解决")
    assert _claim(depot, alone.id).status is ClaimStatus.CANCELLED
    (entry,) = _entries(depot, "claim", "cancel")
    assert entry.changes["status"] == {"old": "open", "new": "cancelled"} and entry.changes["reason"] == "客户自行解决"
    listing = ClaimListing(depot.db.sessions)
    listing.filter = ClaimFilter(statuses=frozenset({ClaimStatus.CANCELLED}))
    assert [row.number for row in listing.fetch(0, 10)] == [alone.number]

    pair = depot.take_in("SN-L2", IN_EXCHANGE)
    first = order_id(depot.db, pair.work_order_number)
    with depot.db.sessions.write() as s, s.begin():  # a second order of the claim (as a refused return opens one)
        done = s.get(WorkOrder, first)
        second = WorkOrder(number="WO-TEST-2", claim_id=pair.id, customer_id=done.customer_id, unit_id=done.unit_id)
        s.add(second)
        s.flush()
        done.state, second_id = S.CLOSED, second.id
    orders.cancel(depot.staff["sup"], second_id, "重复建单")
    assert _claim(depot, pair.id).status is ClaimStatus.COMPLETED


def test_customer_and_claim_rows_are_read_back_as_corrected(depot: Depot) -> None:
    """The customer's row is shared by their claims: a phone corrected on one shows on every one."""
    first = depot.take_in("SN-S1", IN_EXCHANGE)
    second = depot.take_in("SN-S2", IN_EXCHANGE)
    _service(depot).correct(depot.staff["operator"], second.id, _saved_facts(depot, second.id, phone="13900002222"))
    with depot.db.sessions.read() as s:
        assert s.scalar(select(Customer.phone).join(Claim, Claim.customer_id == Customer.id)
                        .where(Claim.id == first.id)) == "13900002222"
