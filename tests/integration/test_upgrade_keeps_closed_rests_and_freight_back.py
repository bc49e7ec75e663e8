"""Migration 0007 on both databases: every row survives the upgrade from 0006, a requisition whose rest was
closed before it reads as closed with its reason (D6), the freight back given at an acknowledgement is
kept on the application (D14), and stock return lines gain an empty found-on day (D11/D12)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from work_order_fixtures import build_depot

from desktop_app.core.vocabulary import CostBearer, RequisitionStatus as R
from desktop_app.db import migrate
from desktop_app.db.models import Product, Requisition, ReturnApplication, ReturnLine, Unit
from desktop_app.db.opening import open_database
from desktop_app.services.fund_ledger import FundService
from desktop_app.services.manufacturer_returns import ManufacturerReturns, ReturnLineInput
from desktop_app.services.requisitions import RequisitionService

TODAY = dt.date.today()
MONTH = TODAY.replace(day=1)
REASON = "厂家缺货，余下6个不再发"
TABLES = ("requisitions", "requisition_lines", "return_applications", "return_lines", "audit_log", "fund_ledger")


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def test_upgrading_from_0006_keeps_closed_rests_and_the_freight_back(db_url: str) -> None:
    database = open_database(make_url(db_url))
    try:
        depot = build_depot(database)
        sup, fan = depot.staff["sup"], depot.part_ids["FAN-01"]
        fund = FundService(database.sessions)
        fund.set_rate(depot.staff["manager"], dt.date(2020, 1, 1), D("5"))
        fund.record_remittance(depot.staff["manager"], MONTH, D("10000.00"))
        requisitions = RequisitionService(database.sessions)
        closed = requisitions.create(sup, MONTH, [(fan, 10)])
        complete = requisitions.create(sup, MONTH, [(fan, 1)])  # 450 + 45: within the 500 quota
        for number in (closed, complete):
            requisitions.submit(sup, number)
            requisitions.mark_shipped(sup, number)
        requisitions.receive(sup, closed, {fan: 4})
        requisitions.receive(sup, complete, {fan: 1})
        requisitions.close_short(sup, closed, REASON)
        with database.sessions.write() as s, s.begin():
            s.add(Unit(serial="OLD-1", product_id=s.scalar(select(Product.id)),
                       sale_date=TODAY - dt.timedelta(days=800)))
        returns = ManufacturerReturns(database.sessions)
        application = returns.create(sup, [ReturnLineInput(reason="过保维修", serial="OLD-1")])
        returns.apply(sup, application)
        returns.approve(sup, application, "厂批-1")
        with database.sessions.read() as s:
            line_ids = set(s.scalars(select(ReturnLine.id)))
        returns.ship(sup, application, line_ids, D("10.00"))
        returns.acknowledge(sup, application, {i: 1 for i in line_ids}, freight_back=D("26.40"))

        migrate.downgrade(database.engine, "0006_part_charge_changes")
        assert "close_reason" not in {c["name"] for c in inspect(database.engine).get_columns("requisitions")}
        with database.engine.connect() as conn:  # before 0007 a closed rest read as received
            assert conn.execute(text("SELECT status FROM requisitions WHERE number = :n"), {"n": closed}).scalar() \
                == "received"
        with pytest.raises(IntegrityError), database.engine.begin() as conn:  # the old CHECK
            conn.execute(text("UPDATE requisitions SET status = 'closed' WHERE number = :n"), {"n": complete})
        before = _counts(database.engine)

        migrate.upgrade(database.engine)
        assert _counts(database.engine) == before
        assert migrate.schema_differences(database.engine) == []
        with database.sessions.read() as s:
            rows = {r.number: r for r in s.scalars(select(Requisition))}
            app = s.scalar(select(ReturnApplication))
            lines = list(s.scalars(select(ReturnLine)))
        assert (rows[closed].status, rows[closed].close_reason) == (R.CLOSED, REASON)
        assert rows[closed].closed_at is not None and rows[closed].received_at is None
        assert (rows[complete].status, rows[complete].close_reason, rows[complete].closed_at) == (R.RECEIVED, None, None)
        assert app.freight_back == D("26.40")
        assert [(x.found_on, x.cost_bearer) for x in lines] == [(None, CostBearer.FUND_OUT_OF_WARRANTY)]
        # The new CHECK takes the new state; the quota still counts only what arrived (D6).
        assert requisitions.quota_check(closed).this == D("180.00")
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE requisitions SET status = 'closed' WHERE number = :n"), {"n": complete})
    finally:
        database.dispose()
