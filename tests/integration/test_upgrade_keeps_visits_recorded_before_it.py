"""Migration 0009 on both databases: an order visited before the upgrade keeps its visit (S3, E23): it
becomes the order's first visit, by whoever was on site, late as it was; a second visit recorded after
the upgrade is added beside it rather than over it. Every other row survives; a downgrade drops the table."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from work_order_fixtures import build_depot, order_id

from desktop_app.core.vocabulary import WorkOrderKind
from desktop_app.db import migrate
from desktop_app.db.opening import open_database
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_order_details import WorkOrderDetails
from desktop_app.services.work_orders import WorkOrderService

TABLES = ("staff", "claims", "work_orders", "work_order_events", "audit_log")
HOUR = dt.timedelta(hours=1)


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def test_an_order_visited_before_the_upgrade_keeps_its_visit(db_url: str) -> None:
    database = open_database(make_url(db_url))
    try:
        depot = build_depot(database)
        required = dt.datetime.now(dt.timezone.utc) - 8 * HOUR
        visited = order_id(database, depot.take_in("SN-UPV", dt.date(2026, 1, 5)).work_order_number)
        untouched = order_id(database, depot.take_in("SN-UPN", dt.date(2026, 1, 5)).work_order_number)
        migrate.downgrade(database.engine, "0008_sent_monthly_reports")
        li, wang = depot.staff["tech"].staff_id, depot.staff["tech2"].staff_id
        with database.engine.begin() as conn:  # as the program before 0009 recorded a visit, on the order
            conn.execute(text(
                "UPDATE work_orders SET kind = 'on_site', technician_id = :tech, visit_technician_id = :tech, "
                "required_arrival_at = :required, travel_started_at = :travel, arrived_at = :arrived, "
                "departed_at = :departed, called_headquarters = :called, late_arrival = :late WHERE id = :id"),
                {"tech": li, "required": _stored(database, required), "travel": _stored(database, required),
                 "arrived": _stored(database, required + HOUR), "departed": _stored(database, required + 2 * HOUR),
                 "called": False, "late": True, "id": visited})
        before = _counts(database.engine)

        migrate.upgrade(database.engine)
        assert _counts(database.engine) == before
        assert migrate.schema_differences(database.engine) == []
        details = WorkOrderDetails(database.sessions)
        assert details.get(depot.staff["sup"], untouched).visits == ()
        (kept,) = details.get(depot.staff["sup"], visited).visits
        assert (kept.technician, kept.travel_started_at, kept.arrived_at, kept.departed_at, kept.called_headquarters,
                kept.late_arrival) == ("李工", required, required + HOUR, required + 2 * HOUR, False, True)

        # 改派 after the upgrade: 王工's visit comes after 李工's, which stays as it was.
        WorkOrderService(database.sessions).dispatch(depot.staff["sup"], visited, wang)
        BenchService(database.sessions).record_visit(depot.staff["tech2"], visited, arrived_at=required + 4 * HOUR,
                                                     departed_at=None, called_headquarters=None)
        detail = details.get(depot.staff["sup"], visited)
        assert detail.kind is WorkOrderKind.ON_SITE
        assert [(v.technician, v.late_arrival) for v in detail.visits] == [("李工", True), ("王工", False)]

        migrate.downgrade(database.engine, "0008_sent_monthly_reports")
        assert "work_order_visits" not in inspect(database.engine).get_table_names()
        migrate.upgrade(database.engine)
    finally:
        database.dispose()


def _stored(database, moment: dt.datetime):  # type: ignore[no-untyped-def]
    """A timestamp as the UTC column type stores it: naive UTC text on SQLite, aware on PostgreSQL."""
    utc = moment.astimezone(dt.timezone.utc)
    return utc.replace(tzinfo=None) if database.engine.dialect.name == "sqlite" else utc
