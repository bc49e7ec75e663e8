"""The repair monthly report (D3) and the improvement report (E2), checked against the database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop_app.core.vocabulary import CostBearer
from desktop_app.db.models import Claim, Staff
from desktop_app.db.opening import Database
from desktop_app.services.accounts import AccountService
from desktop_app.services.fund_documents import FundDocuments
from desktop_app.services.monthly_reports import MonthlyReports
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
    with loaded.sessions.read() as s:
        received = s.scalar(select(func.count(Claim.id)).where(Claim.claim_date >= month, Claim.claim_date <= TODAY))
        out_of_warranty = s.scalar(select(func.count(Claim.id)).where(
            Claim.claim_date >= month, Claim.cost_bearer == CostBearer.CUSTOMER))
    assert sum(m.received for m in report.models) == received > 0
    assert sum(m.out_of_warranty for m in report.models) == out_of_warranty
    assert all(m.in_warranty + m.out_of_warranty == m.received for m in report.models)
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
    assert reports.due(dt.date(2026, 12, 1)) == dt.date(2026, 11, 1)
    with loaded.sessions.read() as s:
        sup = s.scalar(select(Staff).where(Staff.username == "sup.zhang"))
    from desktop_app.services.actor import Actor

    reports.mark_sent(Actor(sup.id, sup.username, sup.display_name, sup.role), dt.date(2026, 11, 1))
    assert reports.due(dt.date(2026, 12, 2)) is None


def test_improvement_report_lists_faults_and_repeats(loaded: Database) -> None:  # rule E2
    boss = AccountService(loaded.sessions).sign_in("boss", "secret-123")
    report = MonthlyReports(loaded.sessions).improvement(boss, dt.date(2021, 1, 1), dt.date(2026, 11, 1))
    assert report.top_faults and all(counts == sorted(counts, key=lambda c: -c[1]) for counts in report.top_faults.values())
    assert all(order != earlier for order, earlier, _ in report.repeat_repairs)
