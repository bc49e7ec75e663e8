"""The demo data loader: consistent, realistic, repeatable, and safe to run twice (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from desktop_app.cli import main
from desktop_app.core.passwords import verify_password
from desktop_app.core.roles import Role
from desktop_app.core.vocabulary import ClaimStatus, Remedy, RequisitionStatus, WorkOrderState
from desktop_app.core.warranty_policy import DEFAULT_POLICY
from desktop_app.db.models import (
    AuditEntry,
    Call,
    Claim,
    Complaint,
    Customer,
    FeeSchedule,
    FeeScheduleItem,
    Part,
    Product,
    ProductCategory,
    Requisition,
    Staff,
    StockMovement,
    Unit,
    WarrantyPolicyVersion,
    WorkOrder,
    WorkOrderEvent,
)
from desktop_app.db.opening import Database, open_database
from desktop_app.services.accounts import AccountService
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.sample_data import SampleDataSummary, load_sample_data
from desktop_app.services.sent_monthly_reports import sent_record

TODAY = dt.date(2026, 3, 15)
# Numbers come from services.numbering: PREFIX-PERIOD-COUNTER (period a year or a day).
NUMBER = r"-\d{4}(\d{4})?-\d{4,6}"


def count(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def loaded(database: Database) -> Iterator[tuple[Database, SampleDataSummary]]:
    steps: list[tuple[int, int]] = []
    summary = load_sample_data(
        database.sessions, claims=60, today=TODAY, progress=lambda done, total: steps.append((done, total))
    )
    assert steps[0] == (0, 60) and steps[-1] == (60, 60)
    yield database, summary


def test_the_summary_matches_what_was_written(loaded: tuple[Database, SampleDataSummary]) -> None:
    database, summary = loaded
    with database.sessions.read() as s:
        assert summary.claims == count(s, Claim) == 60
        assert summary.work_orders == count(s, WorkOrder) == 60
        assert summary.customers == count(s, Customer) and 60 / 3 <= summary.customers < 60  # repeat customers
        assert summary.units == count(s, Unit) >= 40
        assert summary.calls == count(s, Call) > 0
        assert summary.stock_movements == count(s, StockMovement)
        assert summary.staff == count(s, Staff) == 7  # empty database: a demo manager too
        assert summary.products == count(s, Product) >= 12
        assert summary.parts == count(s, Part) >= 30
        assert summary.requisitions == count(s, Requisition) == 11  # 6 monthly + 5 supplementary
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "sample_data"))
    assert entry is not None and entry.user_id is None and entry.changes["claims"] == 60
    text = summary.describe()
    assert "\n" not in text and text.startswith("Loaded 60 claims") and "demo-pass-2026" in text


def test_dates_serials_places_and_products_are_plausible(loaded: tuple[Database, SampleDataSummary]) -> None:
    database, _ = loaded
    with database.sessions.read() as s:
        pairs = s.execute(select(Claim.claim_date, Unit.sale_date).join(Unit, Claim.unit_id == Unit.id)).all()
        assert all(sale is None or sale <= claimed <= TODAY for claimed, sale in pairs)
        assert all(sale is None or sale >= TODAY - dt.timedelta(days=6 * 366) for _c, sale in pairs)
        assert s.scalar(select(func.count(func.distinct(Unit.serial)))) == count(s, Unit)
        categories = set(s.scalars(
            select(ProductCategory.code).join(Product).join(Unit, Unit.product_id == Product.id)
            .join(Claim, Claim.unit_id == Unit.id)
        ))
        assert "industrial_ethernet" in categories  # rule W4's 5-year products
        cities = set(s.scalars(select(Customer.city)))
        assert len(cities) >= 3
        phones = list(s.scalars(select(Customer.phone)))
        assert all(re.fullmatch(r"1[3-9]\d{9}", p) for p in phones) and len(set(phones)) == len(phones)
        assert any("有限公司" in n for n in s.scalars(select(Customer.name)))
        assert any(u.sale_registered and u.invoice_no is None for u in s.scalars(select(Unit)))
        # The catalogue's categories as a Chinese centre writes them, not the generator's codes.
        assert all(re.search(r"[\u4e00-\u9fff]", c) for c in s.scalars(select(Part.category).distinct()))


def test_claims_carry_the_warranty_decision_and_realistic_states(
    loaded: tuple[Database, SampleDataSummary],
) -> None:
    database, _ = loaded
    with database.sessions.read() as s:
        policy = s.scalar(select(WarrantyPolicyVersion))
        assert policy.version == DEFAULT_POLICY.version and policy.terms == DEFAULT_POLICY.to_dict()
        claims = list(s.scalars(select(Claim)))
        assert all(c.policy_version_id == policy.id and c.decision is not None and c.cost_bearer is not None
                   and c.decision.value in c.offered_remedies for c in claims)
        statuses = {c.status for c in claims}
        assert ClaimStatus.COMPLETED in statuses and statuses & {ClaimStatus.OPEN, ClaimStatus.IN_PROGRESS}
        waiting = [c for c in claims if c.status is ClaimStatus.AWAITING_APPROVAL]
        assert waiting and all(c.decision.value == "return" and c.approved_by_id is None for c in waiting)  # W9
        assert all(re.fullmatch("SC" + NUMBER, c.number) for c in claims)
        orders = list(s.scalars(select(WorkOrder)))
        assert all(re.fullmatch("WO" + NUMBER, o.number) for o in orders)
        assert all(re.fullmatch("CL" + NUMBER, n) for n in s.scalars(select(Call.number)))
        assert all(re.fullmatch("RQ" + NUMBER, n) for n in s.scalars(select(Requisition.number)))
        closed = [o for o in orders if o.state is WorkOrderState.CLOSED]
        assert closed and all(o.closed_at and o.technician_id and o.report_solution for o in closed)
        assert all(o.closed_at.tzinfo is not None for o in closed)
        dispatched = [o for o in orders if o.state not in (WorkOrderState.RECEIVED, WorkOrderState.CANCELLED)]
        assert all(o.technician_id is not None for o in dispatched)
        for order in orders:  # the history ends in the current state, in time order
            events = list(s.scalars(select(WorkOrderEvent).where(WorkOrderEvent.work_order_id == order.id)
                                    .order_by(WorkOrderEvent.id)))
            assert events[-1].to_state is order.state and events[0].from_state is None
            assert [e.at for e in events] == sorted(e.at for e in events)
        for call in s.scalars(select(Call)):
            assert call.reply_due_at - call.received_at == dt.timedelta(hours=8)  # rule S1


def test_stock_never_goes_negative_and_money_is_exact(loaded: tuple[Database, SampleDataSummary]) -> None:
    database, _ = loaded
    with database.sessions.read() as s:
        on_hand = s.execute(select(StockMovement.part_id, func.sum(StockMovement.quantity))
                            .group_by(StockMovement.part_id)).all()
        assert on_hand and all(quantity >= 0 for _part, quantity in on_hand)
        assert s.scalar(select(func.count()).where(StockMovement.work_order_id.is_not(None))) > 0
        items = list(s.scalars(select(FeeScheduleItem)))
        assert items and all(isinstance(i.cost_price, Decimal) and i.cost_price < i.fee_price for i in items)
        assert count(s, FeeSchedule) == 2
        assert any(p.is_wear_part for p in s.scalars(select(Part))) and not all(
            p.is_wear_part for p in s.scalars(select(Part)))
        statuses = [r.status for r in s.scalars(select(Requisition).order_by(Requisition.id))]
        this_month = s.scalar(select(Requisition.status).where(Requisition.month == TODAY.replace(day=1))
                              .order_by(Requisition.id).limit(1))
    assert this_month is RequisitionStatus.DRAFT  # the month's own requisition, still being drawn up
    assert set(statuses) == set(RequisitionStatus)  # a newcomer sees a requisition in every state


def test_demo_staff_sign_in_with_the_demo_password(loaded: tuple[Database, SampleDataSummary]) -> None:
    database, summary = loaded
    assert "tech.li" in summary.demo_usernames
    with database.sessions.read() as s:
        staff = {st.username: st for st in s.scalars(select(Staff))}
    assert staff["tech.li"].role is Role.TECHNICIAN and staff["tech.li"].display_name == "李强"
    assert verify_password(staff["sup.zhang"].password_hash, summary.demo_password)


def test_a_demo_opens_with_only_the_last_full_months_report_to_send(
    loaded: tuple[Database, SampleDataSummary],
) -> None:  # rule D3: not a red warning about seventy unsent months
    database, _ = loaded
    last_full = dt.date(2026, 2, 1)  # TODAY is 15 March
    assert MonthlyReports(database.sessions).due(TODAY) == [last_full]
    january = sent_record(database.sessions, dt.date(2026, 1, 1))
    assert january is not None and january.sent_on == dt.date(2026, 2, 2) and january.report is not None
    assert january.recorded_by == "张伟"  # the demo supervisor marked it


def test_a_second_load_adds_claims_but_no_catalogue_twice(database: Database) -> None:
    first = load_sample_data(database.sessions, claims=30, today=TODAY)
    second = load_sample_data(database.sessions, claims=30, today=TODAY)
    assert (second.staff, second.products, second.parts, second.requisitions) == (0, 0, 0, 0)
    assert second.claims == 30 and second.customers > 0
    with database.sessions.read() as s:
        assert count(s, Claim) == 60 and count(s, WorkOrder) == 60
        assert count(s, Staff) == first.staff and count(s, Product) == first.products
        assert count(s, Part) == first.parts and count(s, FeeSchedule) == 2
        assert count(s, WarrantyPolicyVersion) == 1 and count(s, Requisition) == 11
        assert s.scalar(select(func.count(func.distinct(Unit.serial)))) == count(s, Unit)
        assert s.scalar(select(func.count(func.distinct(Claim.number)))) == 60
        assert s.scalar(select(func.count(func.distinct(Customer.phone)))) == count(s, Customer)


def test_every_completed_sample_return_has_its_refund_recorded(database: Database) -> None:
    """W2, W9: the desk records the refund that closes a return; the demo shows one, not 未记录."""
    load_sample_data(database.sessions, claims=300, seed=11, today=TODAY)
    with database.sessions.read() as s:
        returns = list(s.execute(select(Claim.status, Claim.refund_amount, Claim.refund_purchase_price,
                                        Claim.refund_method).where(Claim.decision == Remedy.RETURN)))
    completed = [r for r in returns if r.status is ClaimStatus.COMPLETED]
    assert completed and all(r.refund_amount == r.refund_purchase_price > 0 and r.refund_method for r in completed)
    assert all(r.refund_amount is None for r in returns if r.status is not ClaimStatus.COMPLETED)


def test_the_same_seed_gives_the_same_data_on_a_fresh_database(
    database: Database, db_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    other_url = (f"sqlite:///{tmp_path / 'other.sqlite3'}" if db_url.startswith("sqlite")
                 else request.getfixturevalue("pg_server").create_database())
    other = open_database(make_url(other_url))
    try:
        names, complaints = [], []
        for db in (database, other):
            load_sample_data(db.sessions, claims=160, seed=7, today=TODAY)
            with db.sessions.read() as s:
                names.append(list(s.scalars(select(Customer.name).order_by(Customer.id))))
                complaints.append(list(s.execute(select(Complaint.category, Complaint.product_id, Complaint.about_staff_id)
                                                 .order_by(Complaint.id))))
    finally:
        other.dispose()
    assert names[0] == names[1] and len(names[0]) > 5
    # A design-defect complaint names a product (E1): the seed picks it too, not the database's random().
    assert complaints[0] == complaints[1]
    assert any(product is not None for _, product, _ in complaints[0])


def test_it_works_beside_a_first_run_manager(database: Database) -> None:
    boss = AccountService(database.sessions).create_first_manager("boss", "王总", "secret123")
    summary = load_sample_data(database.sessions, claims=40, today=TODAY)
    assert summary.staff == 6 and "gm.zhou" not in summary.demo_usernames
    with database.sessions.read() as s:
        managers = list(s.scalars(select(Staff).where(Staff.role == Role.MANAGER)))
        approvers = set(s.scalars(select(Claim.approved_by_id).where(Claim.approved_by_id.is_not(None))))
        publisher = s.scalar(select(WarrantyPolicyVersion.published_by_id))
    assert [m.username for m in managers] == ["boss"]
    assert approvers <= {boss.staff_id} and publisher == boss.staff_id  # W9: the real manager approves


def test_the_demo_data_command(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database-url", sqlite_url, "demo-data", "--claims", "30"]) == 0
    assert "Loaded 30 claims" in capsys.readouterr().out
    database = open_database(make_url(sqlite_url))
    try:
        with database.sessions.read() as s:
            assert count(s, Claim) == 30
    finally:
        database.dispose()


def test_recent_orders_show_the_open_states(loaded: tuple[Database, SampleDataSummary]) -> None:
    """A newcomer meets work orders waiting in the open states, not only closed ones (issue: sample data)."""
    database, _summary = loaded
    with database.sessions.read() as s:
        states = set(s.scalars(select(WorkOrder.state).distinct()))
    assert {WorkOrderState.DISPATCHED, WorkOrderState.DIAGNOSING, WorkOrderState.REPAIRING,
            WorkOrderState.REPAIRED, WorkOrderState.CLOSED} <= states
    assert len(states & {WorkOrderState.AWAITING_PARTS, WorkOrderState.AWAITING_APPROVAL,
                         WorkOrderState.READY_FOR_PICKUP, WorkOrderState.SHIPPED_BACK}) >= 2
