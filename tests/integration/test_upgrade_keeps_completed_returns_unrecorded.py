"""Migration 0011 on both databases: a return completed before it keeps its claim and reads "not recorded"
(no refund is made up), the claims' search triggers survive, and the next return records its refund (W2, W9).
A downgrade drops the refund columns only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from work_order_fixtures import build_depot

from desktop_app.core.vocabulary import ClaimChannel, ClaimStatus, Remedy
from desktop_app.db import migrate
from desktop_app.db.opening import open_database
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.return_refunds import RecordedRefund, RefundEntry

BEFORE = "0010_signed_evaluation_months"


def _state(engine) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    """The number of claims and the triggers on the claims table (SQLite's search index; none on PostgreSQL)."""
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM claims")).scalar_one()
        triggers = sorted(conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'claims'")).scalars()
        ) if engine.dialect.name == "sqlite" else []
    return count, triggers


def test_upgrading_from_0010_leaves_old_completed_returns_unrecorded_and_records_the_next(db_url: str) -> None:
    database = open_database(make_url(db_url))
    try:
        depot = build_depot(database)
        intake = ClaimIntakeService(database.sessions)
        ids = []
        for serial in ("S728OLDRET01", "S728OLDRET02"):  # both approved by the manager (W9)
            ids.append(intake.take_in(depot.staff["operator"], IntakeForm(
                customer=CustomerInput(name="周女士", phone="13711112222"),
                unit=UnitInput(product_model="S5720-28P", serial=serial,
                               sale_date=dt.date.today() - dt.timedelta(days=5)),
                channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳"),
                requested_remedy=Remedy.RETURN)).id)
            intake.decide_return(depot.staff["manager"], ids[-1], approve=True)
        old, new = ids
        migrate.downgrade(database.engine, BEFORE)
        with database.engine.begin() as conn:  # the program before 0011 closed a return with a note only
            conn.execute(text("UPDATE claims SET status = :done WHERE id = :id"),
                         {"done": ClaimStatus.COMPLETED.value, "id": old})
        before = _state(database.engine)

        migrate.upgrade(database.engine)
        count, triggers = _state(database.engine)
        assert count == before[0]
        assert set(before[1]) <= set(triggers)  # later migrations (0023) add their own on claims
        assert migrate.schema_differences(database.engine) == []
        assert intake.recorded_refund(old) == RecordedRefund(None, None, None, None, None, None)  # "not recorded"
        intake.complete_return(depot.staff["operator"], new,
                               RefundEntry("999", "999", "alipay", True, True, True))
        assert intake.recorded_refund(new).amount == Decimal("999.00")

        migrate.downgrade(database.engine, BEFORE)
        assert "refund_amount" not in {c["name"] for c in inspect(database.engine).get_columns("claims")}
        assert _state(database.engine) == before
        migrate.upgrade(database.engine)
    finally:
        database.dispose()
