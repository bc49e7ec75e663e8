"""Taking in claims on SQLite and PostgreSQL: one transaction, numbers, decisions, approvals."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, CostBearer, Remedy, WorkOrderKind
from desktop_app.db.models import AuditEntry, Claim, Customer, Product, ProductCategory, Unit, WorkOrder
from desktop_app.db.opening import Database
from desktop_app.services.accounts import AccountService
from desktop_app.services import audit_trail
from desktop_app.services.actor import Actor
from desktop_app.services.authorization import MissingPermission
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, FormInvalid, IntakeForm, UnitInput

NOW = dt.datetime(2026, 11, 27, 2, 30, tzinfo=dt.timezone.utc)  # 10:30 in Beijing
TODAY = NOW.astimezone().date()


@pytest.fixture
def staff(database: Database) -> dict[Role, Actor]:
    accounts = AccountService(database.sessions)
    boss = accounts.create_first_manager("boss", "王总", "secret-123")
    actors = {Role.MANAGER: boss}
    for role, name in ((Role.OPERATOR, "前台小陈"), (Role.SUPERVISOR, "张主管")):
        accounts.add_user(boss, role.value, name, role, "secret-123")
        actors[role] = accounts.sign_in(role.value, "secret-123")
    with database.sessions.write() as s, s.begin():
        ie = ProductCategory(code="industrial_ethernet", name_zh="工业以太网交换机", name_en="Industrial Ethernet")
        sw = ProductCategory(code="switch", name_zh="商用交换机", name_en="Switch")
        s.add_all([ie, sw])
        s.flush()
        s.add_all([
            Product(model="IES-2008G", name="工业以太网交换机 8口", category_id=ie.id,
                    accessories=["电源适配器", "DIN导轨卡扣", "说明书"]),
            Product(model="S5720-28P", name="千兆交换机 28口", category_id=sw.id, accessories=["电源线", "挂耳"]),
        ])
    return actors


@pytest.fixture
def intake(database: Database, staff: dict[Role, Actor]) -> ClaimIntakeService:
    return ClaimIntakeService(database.sessions, clock=lambda: NOW)


def form(**changes: object) -> IntakeForm:
    base = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="138 1234 5678", city="深圳市", address="南山区科技园"),
        unit=UnitInput(product_model="S5720-28P", serial="SW2026A00001", sale_date=TODAY - dt.timedelta(days=200),
                       invoice_no="44031234"),
        channel=ClaimChannel.WALK_IN, fault_description="端口 1-8 指示灯不亮，无法转发数据",
        accessories_received=("电源线",),
    )
    return replace(base, **changes)


def test_a_walk_in_claim_is_saved_with_its_decision_work_order_and_audit(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    saved = intake.take_in(staff[Role.OPERATOR], form())
    assert saved.number == "SC-2026-000001" and saved.work_order_number == "WO-2026-000001"
    assert saved.chosen is Remedy.EXCHANGE and saved.status is ClaimStatus.OPEN  # rule W3
    with database.sessions.read() as s:
        claim = s.scalar(select(Claim))
        assert claim.customer.phone == "13812345678" and claim.unit.serial == "SW2026A00001"
        assert claim.offered_remedies == ["exchange", "free_repair"]
        assert claim.accessories_missing == ["挂耳"]  # rule W2
        assert claim.policy_version.version == 1  # rule W12
        assert claim.cost_bearer is CostBearer.FUND_IN_WARRANTY  # rule D13
        entries = {(e.entity, e.action) for e in s.scalars(select(AuditEntry).where(AuditEntry.user_id == staff[Role.OPERATOR].staff_id))}
        order = s.scalar(select(WorkOrder))
    assert {("customer", "create"), ("unit", "create"), ("claim", "create"), ("work_order", "create")} <= entries
    assert order.claim_id == claim.id and order.kind is WorkOrderKind.BENCH


def test_every_bad_field_is_reported_and_nothing_is_written(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    bad = form(
        customer=CustomerInput(name=" ", phone="12345"),
        unit=UnitInput(product_model="S5720-28P", serial="", sale_date=TODAY + dt.timedelta(days=3)),
        fault_description="",
    )
    with pytest.raises(FormInvalid) as caught:
        intake.take_in(staff[Role.OPERATOR], bad)
    assert set(caught.value.by_field()) == {"customer_name", "customer_phone", "serial", "sale_date",
                                            "fault_description"}
    with database.sessions.read() as s:
        for table in (Claim, Customer, Unit, WorkOrder):
            assert s.scalar(select(func.count()).select_from(table)) == 0


def test_control_characters_are_refused_at_their_fields(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    """A NUL byte from a scanner or a pasted text failed on PostgreSQL with an internal error."""
    bad = form(unit=UnitInput(product_model="S5720-28P", serial="SW2026\x00A1", sale_date=TODAY),
               fault_description="不开机\x07")
    with pytest.raises(FormInvalid) as caught:
        intake.take_in(staff[Role.OPERATOR], bad)
    assert set(caught.value.by_field()) == {"serial", "fault_description"}
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Claim)) == 0
    saved = intake.take_in(staff[Role.OPERATOR], form(fault_description="第一行\n第二行"))  # line breaks are text
    assert saved.number


def test_a_return_waits_for_the_managers_approval(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    # rules W2, W9
    recent = form(unit=UnitInput(product_model="S5720-28P", serial="SW-RET-1", sale_date=TODAY - dt.timedelta(days=10)),
                  requested_remedy=Remedy.RETURN)
    saved = intake.take_in(staff[Role.OPERATOR], recent)
    assert saved.status is ClaimStatus.AWAITING_APPROVAL and saved.work_order_number is None
    with pytest.raises(MissingPermission):
        intake.pending_returns(staff[Role.SUPERVISOR])
    with pytest.raises(MissingPermission):
        intake.decide_return(staff[Role.SUPERVISOR], saved.id, approve=True)
    assert [r[1] for r in intake.pending_returns(staff[Role.MANAGER])] == [saved.number]
    assert intake.decide_return(staff[Role.MANAGER], saved.id, approve=True) is ClaimStatus.IN_PROGRESS
    assert intake.pending_returns(staff[Role.MANAGER]) == []
    with database.sessions.read() as s:
        claim = s.get(Claim, saved.id)
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "approve_return"))
    assert claim.approved_by_id == staff[Role.MANAGER].staff_id and claim.approved_at is not None
    assert entry.user_id == staff[Role.MANAGER].staff_id and entry.changes["status"]["new"] == "in_progress"


def test_a_refused_return_needs_a_reason_and_becomes_an_exchange(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    recent = form(unit=UnitInput(product_model="S5720-28P", serial="SW-RET-2", sale_date=TODAY - dt.timedelta(days=5)),
                  requested_remedy=Remedy.RETURN)
    saved = intake.take_in(staff[Role.OPERATOR], recent)
    with pytest.raises(Exception, match="reason"):
        intake.decide_return(staff[Role.MANAGER], saved.id, approve=False)
    assert intake.decide_return(staff[Role.MANAGER], saved.id, approve=False, note="包装已损坏") is ClaimStatus.OPEN
    with database.sessions.read() as s:
        assert s.get(Claim, saved.id).decision is Remedy.EXCHANGE
        assert s.scalar(select(func.count()).select_from(WorkOrder)) == 1


def test_a_return_after_the_first_month_is_refused_on_the_field(
    intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    with pytest.raises(FormInvalid) as caught:
        intake.take_in(staff[Role.OPERATOR], form(requested_remedy=Remedy.RETURN))
    assert caught.value.field == "requested_remedy"


def test_without_invoice_a_registered_sale_gives_free_repair(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    # rule W10
    with database.sessions.write() as s, s.begin():
        product = s.scalar(select(Product).where(Product.model == "IES-2008G"))
        s.add(Unit(serial="IES-REG-1", product_id=product.id, sale_date=TODAY - dt.timedelta(days=4 * 365),
                   sale_registered=True))
    no_invoice = form(unit=UnitInput(product_model="IES-2008G", serial="IES-REG-1", has_invoice=False))
    preview = intake.preview(no_invoice)
    assert preview.known_unit and preview.registered_sale_date == TODAY - dt.timedelta(days=4 * 365)
    assert preview.decision.best is Remedy.FREE_REPAIR  # rule W4: 5 years for industrial Ethernet
    assert preview.sla.on_site_city and preview.sla.reply_due == NOW + dt.timedelta(hours=8)  # S1, S2
    saved = intake.take_in(staff[Role.OPERATOR], no_invoice)
    assert saved.chosen is Remedy.FREE_REPAIR and Remedy.EXCHANGE not in saved.decision.offered


def test_a_serial_of_another_model_is_refused(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    intake.take_in(staff[Role.OPERATOR], form())
    with pytest.raises(FormInvalid) as caught:
        intake.take_in(staff[Role.OPERATOR], form(unit=UnitInput(product_model="IES-2008G", serial="SW2026A00001",
                                                                  sale_date=TODAY)))
    assert caught.value.field == "serial"
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Claim)) == 1


def test_a_unit_without_a_label_gets_a_placeholder_serial(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    saved = intake.take_in(staff[Role.OPERATOR], form(unit=UnitInput(
        product_model="S5720-28P", serial_unknown=True, has_invoice=False)))
    with database.sessions.read() as s:
        assert s.get(Claim, saved.id).unit.serial == f"NOSN-{saved.number}"
    assert saved.chosen is Remedy.PAID_REPAIR  # W10: no invoice, no registered sale


def test_overriding_the_tier_needs_a_supervisor(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    old = form(unit=UnitInput(product_model="S5720-28P", serial="SW-OLD", sale_date=TODAY - dt.timedelta(days=5 * 365)),
               override_remedy=Remedy.FREE_REPAIR, override_reason="老客户，厂家同意免费维修")
    with pytest.raises(MissingPermission):
        intake.take_in(staff[Role.OPERATOR], old)
    saved = intake.take_in(staff[Role.SUPERVISOR], old)
    assert saved.chosen is Remedy.FREE_REPAIR and saved.decision.rule_best is Remedy.PAID_REPAIR
    with database.sessions.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "override_tier"))
    assert entry.changes["tier"] == {"old": "paid_repair", "new": "free_repair"}


def test_two_counters_taking_in_at_once_get_distinct_numbers(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    def take(i: int) -> str:
        return intake.take_in(staff[Role.OPERATOR], form(unit=UnitInput(
            product_model="S5720-28P", serial=f"SW-CONC-{i}", sale_date=TODAY - dt.timedelta(days=100)))).number

    with ThreadPoolExecutor(max_workers=2) as pool:
        numbers = list(pool.map(take, range(10)))
    assert len(set(numbers)) == 10
    with database.sessions.read() as s:
        # The same name and phone typed at both desks is one customer, not ten: the phone is looked up
        # under the claim number's lock, so the second desk sees the first one's new customer.
        assert s.scalar(select(func.count()).select_from(Customer)) == 1


def test_on_site_requests_only_in_the_on_site_cities(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:  # rule S2
    def request(city: str | None) -> IntakeForm:
        return form(channel=ClaimChannel.ON_SITE_REQUEST,
                    customer=CustomerInput(name="刘洋", phone="13812345678", city=city),
                    required_arrival_at=NOW + dt.timedelta(days=1))  # rule S3

    saved = intake.take_in(staff[Role.OPERATOR], request("成都市"))
    with database.sessions.read() as s:
        assert s.scalar(select(WorkOrder.kind).where(WorkOrder.number == saved.work_order_number)) is WorkOrderKind.ON_SITE
    with pytest.raises(FormInvalid) as far:
        intake.take_in(staff[Role.OPERATOR], request("拉萨"))
    assert far.value.field == "channel" and "拉萨" in str(far.value) and "深圳" in str(far.value)
    with pytest.raises(FormInvalid) as unknown:
        intake.take_in(staff[Role.OPERATOR], request(None))
    assert unknown.value.field == "customer_city"


def test_the_audit_records_each_new_row_as_stored(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    """Issue 8: new rows are inserted without ORM objects; their 'create' entries must still hold
    every column as the row reads back (defaults included), as ``created_values`` gives it."""
    saved = intake.take_in(staff[Role.OPERATOR], form())
    with database.sessions.read() as s:
        claim = s.get(Claim, saved.id)
        order = s.scalar(select(WorkOrder).where(WorkOrder.claim_id == claim.id))
        rows = {"customer": claim.customer, "unit": claim.unit, "claim": claim, "work_order": order}
        for entity, row in rows.items():
            entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == row.id))
            assert entry.action == "create" and entry.user_id == staff[Role.OPERATOR].staff_id
            assert entry.changes == audit_trail.created_values(row), entity
        assert list(s.scalars(select(AuditEntry.entity).where(AuditEntry.entity.in_(rows)).order_by(AuditEntry.id))) \
            == ["customer", "unit", "claim", "work_order"]
    assert order.number == saved.work_order_number and order.created_at is not None and order.row_version == 1


def test_a_known_unit_changes_hands_and_the_audit_keeps_the_old_owner(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    first = intake.take_in(staff[Role.OPERATOR], form())
    resold = TODAY - dt.timedelta(days=20)  # W1: the new invoice's date is the one judged
    second = intake.take_in(staff[Role.OPERATOR], form(
        customer=CustomerInput(name="王芳", phone="13900001111", city="深圳市"),
        unit=UnitInput(product_model="S5720-28P", serial="SW2026A00001", sale_date=resold, invoice_no="55550000")))
    assert second.decision.sale_date_used == resold and Remedy.RETURN in second.decision.offered  # W2
    with database.sessions.read() as s:
        old_owner = s.get(Claim, first.id).customer_id
        claim = s.get(Claim, second.id)
        unit = claim.unit
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "unit", AuditEntry.action == "update"))
        assert s.scalar(select(func.count()).select_from(Unit)) == 1
    assert unit.customer_id == claim.customer_id != old_owner and unit.row_version == 2
    assert entry.entity_id == unit.id and entry.changes == {
        "customer_id": {"old": old_owner, "new": claim.customer_id},
        "sale_date": {"old": (TODAY - dt.timedelta(days=200)).isoformat(), "new": resold.isoformat()},
        "invoice_no": {"old": "44031234", "new": "55550000"},
        "note": "W10: the newer invoice seen replaces the registered sale date",  # the newer invoice wins
    }


def test_a_refused_claim_writes_nothing_and_gives_its_number_back(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    with pytest.raises(FormInvalid):  # refused after its number was drawn: the remedy is not offered
        intake.take_in(staff[Role.OPERATOR], form(requested_remedy=Remedy.RETURN))
    with database.sessions.read() as s:
        for table in (Claim, Customer, Unit, WorkOrder):
            assert s.scalar(select(func.count()).select_from(table)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity.in_(("customer", "unit", "claim", "work_order")))) == 0
    saved = intake.take_in(staff[Role.OPERATOR], form())
    assert (saved.number, saved.work_order_number) == ("SC-2026-000001", "WO-2026-000001")  # no gap


def test_two_counters_taking_in_one_new_serial_at_once_share_its_unit(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:
    """The claim number's lock serialises intakes before the serial is looked up: the second counter
    finds the unit the first one created instead of inserting the same serial again."""
    serials = [f"SW-SAME-{i // 2}" for i in range(8)]  # each serial brought to both counters

    def take(serial: str) -> str:
        return intake.take_in(staff[Role.OPERATOR], form(unit=UnitInput(
            product_model="S5720-28P", serial=serial, sale_date=TODAY - dt.timedelta(days=100)))).number

    with ThreadPoolExecutor(max_workers=2) as pool:
        numbers = list(pool.map(take, serials))
    assert len(set(numbers)) == 8
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 4
        assert s.scalar(select(func.count()).select_from(Claim)) == 8


def test_the_claim_keeps_the_centre_receipt_date_it_was_judged_with(
    database: Database, intake: ClaimIntakeService, staff: dict[Role, Actor]
) -> None:  # D11: the diagnosis re-judges from these facts, whatever a later claim writes on the unit
    received = TODAY - dt.timedelta(days=3)
    first = intake.take_in(staff[Role.OPERATOR], form(unit=replace(form().unit, centre_received_date=received)))
    second = intake.take_in(staff[Role.OPERATOR], form(unit=replace(form().unit, serial="SW2026A00002")))
    with database.sessions.read() as s:
        details = {c.number: c.decision_detail for c in s.scalars(select(Claim))}
    assert details[first.number]["centre_received_date"] == received.isoformat()
    assert details[second.number]["centre_received_date"] is None
