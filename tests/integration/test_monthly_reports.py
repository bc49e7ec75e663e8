"""The repair monthly report (D3) and the improvement report (E2), checked against the database."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from sqlalchemy import func, select

from openpyxl import load_workbook
from work_order_fixtures import Depot, build_depot

from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, CostBearer, Remedy
from desktop_app.db.models import Claim, Staff
from desktop_app.db.opening import Database
from desktop_app.services.accounts import AccountService
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.fund_documents import FundDocuments
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.monthly_reports import WARRANTY_COLUMNS, MonthlyReports
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.sample_data import load_sample_data

TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def loaded(database: Database) -> Database:
    AccountService(database.sessions).create_first_manager("boss", "王总", "secret-123")
    load_sample_data(database.sessions, claims=150, today=TODAY)
    return database


def test_monthly_report_matches_the_claims_and_orders(loaded: Database) -> None:
    boss = AccountService(loaded.sessions).sign_in("boss", "secret-123")
    month = dt.date(2026, 11, 1)
    report = MonthlyReports(loaded.sessions).repair_monthly(boss, month)
    standing = Claim.status != ClaimStatus.CANCELLED  # rule D3: a withdrawn or cancelled claim is not counted
    with loaded.sessions.read() as s:
        received = s.scalar(select(func.count(Claim.id)).where(
            Claim.claim_date >= month, Claim.claim_date <= TODAY, standing))
        out_of_warranty = s.scalar(select(func.count(Claim.id)).where(
            Claim.claim_date >= month, Claim.cost_bearer == CostBearer.CUSTOMER, standing))
        centres = s.scalar(select(func.count(Claim.id)).where(
            Claim.claim_date >= month, Claim.cost_bearer == CostBearer.FUND_OUT_OF_WARRANTY, standing))
    assert sum(m.received for m in report.models) == received > 0
    assert sum(m.out_of_warranty for m in report.models) == out_of_warranty
    assert sum(m.extended_warranty for m in report.models) == centres  # rules D10, D14: not the maker's
    assert all(m.in_warranty + m.extended_warranty + m.out_of_warranty == m.received for m in report.models)
    with loaded.sessions.read() as s:
        from desktop_app.db.models import StockMovement, WorkOrderPart
        from desktop_app.services.stock_ledger import prices_on

        local = dt.datetime.now().astimezone().tzinfo
        start = dt.datetime.combine(month, dt.time(), tzinfo=local)
        issued = [(prices_on(s, line.part_id, at.astimezone(local).date()).fee_price, line.quantity)
                  for line, at in s.execute(select(WorkOrderPart, StockMovement.at)
                                            .join(StockMovement, WorkOrderPart.stock_movement_id == StockMovement.id))
                  if at >= start]
    # rule D9: at the fee schedule, whoever pays (a customer's line is booked at cost, W5), as reconciled
    assert report.parts_value == sum((price * qty for price, qty in issued), report.parts_value * 0)
    assert sum(p.quantity for p in report.parts) == sum(qty for _, qty in issued)
    reconciliation = FundDocuments(loaded.sessions).reconciliation_data(boss, month, language="zh")
    assert report.parts_value == sum((line.amount for line in reconciliation.lines), report.parts_value * 0)

def test_the_report_is_due_until_marked_sent(loaded: Database) -> None:  # rule D3
    reports = MonthlyReports(loaded.sessions)
    assert reports.due(dt.date(2026, 12, 1))[-1] == dt.date(2026, 11, 1)  # every unsent month, oldest first
    with loaded.sessions.read() as s:
        sup = s.scalar(select(Staff).where(Staff.username == "sup.zhang"))
    from desktop_app.services.actor import Actor

    on_the_2nd = MonthlyReports(loaded.sessions, clock=lambda: dt.datetime(2026, 12, 2, 3, tzinfo=dt.timezone.utc))
    on_the_2nd.mark_sent(Actor(sup.id, sup.username, sup.display_name, sup.role), dt.date(2026, 11, 1))
    assert dt.date(2026, 11, 1) not in reports.due(dt.date(2026, 12, 2))


def test_improvement_report_lists_faults_and_repeats(loaded: Database) -> None:  # rule E2
    boss = AccountService(loaded.sessions).sign_in("boss", "secret-123")
    report = MonthlyReports(loaded.sessions).improvement(boss, dt.date(2021, 1, 1), dt.date(2026, 11, 1))
    assert report.top_faults and all(counts == sorted(counts, key=lambda c: -c[1]) for counts in report.top_faults.values())
    assert all(order != earlier for order, earlier, _ in report.repeat_repairs)


def test_every_cost_bearer_counts_in_exactly_one_warranty_column() -> None:  # rules D3, D10
    assert set(WARRANTY_COLUMNS) == set(CostBearer)
    assert set(WARRANTY_COLUMNS.values()) == {"in_warranty", "extended_warranty", "out_of_warranty"}
    # The manufacturer's year, its DOA (D11) and early defects (D12) are the maker's warranty; nothing else.
    assert {b for b, c in WARRANTY_COLUMNS.items() if c == "in_warranty"} == {
        CostBearer.FUND_IN_WARRANTY, CostBearer.MANUFACTURER_DOA, CostBearer.MANUFACTURER_EARLY_DEFECT}


def _claim(depot: Depot, serial: str, sold_days_ago: int, received_days_ago: int | None = None):
    today = dt.date.today()
    received = today - dt.timedelta(days=received_days_ago) if received_days_ago is not None else None
    form = IntakeForm(
        customer=CustomerInput(name="刘洋", phone="13812345678", city="深圳"),
        unit=UnitInput(product_model="S5720-28P", serial=serial, sale_date=today - dt.timedelta(days=sold_days_ago),
                       centre_received_date=received),
        channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"),
        requested_remedy=Remedy.FREE_REPAIR if sold_days_ago < 30 else None)
    return ClaimIntakeService(depot.db.sessions).take_in(depot.staff["operator"], form).decision.cost_bearer


def test_the_centres_own_free_repair_is_not_reported_as_the_manufacturers_warranty(database: Database) -> None:
    # rules D3, D10, W4, D14: the maker gives one year; free repair after it is the centre's own promise
    depot = build_depot(database)
    bearers = [_claim(depot, "SN-YEAR", 100), _claim(depot, "SN-THREE", 2 * 365), _claim(depot, "SN-OLD", 4 * 365)]
    assert bearers == [CostBearer.FUND_IN_WARRANTY, CostBearer.FUND_OUT_OF_WARRANTY, CostBearer.CUSTOMER]
    reports, month = MonthlyReports(database.sessions), dt.date.today().replace(day=1)

    def columns() -> tuple[int, int, int, int]:
        (line,) = reports.repair_monthly(depot.staff["manager"], month).models
        return line.received, line.in_warranty, line.extended_warranty, line.out_of_warranty

    assert columns() == (3, 1, 1, 1)
    # DOA (D11) and an early defect (D12) are the manufacturer's warranty too.
    assert [_claim(depot, "SN-DOA", 2, received_days_ago=3), _claim(depot, "SN-EARLY", 10)] == [
        CostBearer.MANUFACTURER_DOA, CostBearer.MANUFACTURER_EARLY_DEFECT]
    assert columns() == (5, 3, 1, 1)
    made = ReportDocuments(database.sessions).make_monthly(depot.staff["manager"], month, language="zh_CN", xlsx=True)
    rows = [[c.value for c in row] for row in load_workbook(BytesIO(made.content)).active.iter_rows()]
    head = next(r for r in rows if r[0] == "型号")
    sent = dict(zip(head, next(r for r in rows if r[0] == "S5720-28P")))
    assert (sent["厂家保内"], sent["中心延保"], sent["保外"]) == (3, 1, 1)
