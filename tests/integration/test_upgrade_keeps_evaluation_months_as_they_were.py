"""Migration 0010 on both databases: every fine, demerit and complaint survives the upgrade from 0009, no month
is taken for signed (none was recorded before), each month's evaluation reads as before, and the next
signature is recorded (E23, E24). A downgrade drops the new table only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from evaluation_sheet_delivery import deliver_sheet
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from work_order_fixtures import build_depot

from desktop_app.core.assessment import RuleTerms
from desktop_app.core.vocabulary import FineReason
from desktop_app.db import migrate
from desktop_app.db.opening import open_database
from desktop_app.services.assessment import AssessmentService
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.evaluation_signatures import EvaluationSignatures

TABLES = ("fines", "demerits", "complaints", "audit_log", "staff", "assessment_rule_sets")
OCT = dt.date(2026, 10, 1)
CLOCK = dt.datetime(2026, 11, 20, 4, tzinfo=dt.timezone.utc)
TERMS = RuleTerms.from_dict({"fines": {"left_without_calling_hq": "50", "late_arrival": "30",
                                       "incomplete_report": "20", "disobeyed_dispatch": "100"},
                             "attitude_bonus_deduction": "200"})


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def test_upgrading_from_0009_keeps_every_fine_and_leaves_every_month_unsigned(db_url: str) -> None:
    database = open_database(make_url(db_url))
    try:
        depot = build_depot(database)
        mgr, sup, tech = depot.staff["manager"], depot.staff["sup"], depot.staff["tech"]
        migrate.downgrade(database.engine, "0009_work_order_visits")
        svc = AssessmentService(database.sessions, clock=lambda: CLOCK)  # as the program before 0010 did
        svc.publish_rules(mgr, TERMS, dt.date(2026, 9, 1))
        fine = svc.record_fine(sup, tech.staff_id, FineReason.LATE_ARRIVAL, dt.date(2026, 10, 8))
        svc.decide_fine(mgr, fine, confirm=True, reason="迟到")
        before = _counts(database.engine)

        migrate.upgrade(database.engine)
        assert _counts(database.engine) == before
        assert migrate.schema_differences(database.engine) == []
        october = EvaluationService(database.sessions, clock=lambda: CLOCK).for_staff(sup, tech.staff_id, OCT)
        assert (october.figures.fines_total, october.evidence.signed) == (Decimal("30.00"), None)
        deliver_sheet(database.sessions, sup, tech, OCT)  # a signature needs the delivered sheet (E24)
        signed = EvaluationSignatures(database.sessions, lambda: CLOCK).mark_signed(sup, tech.staff_id, OCT)
        assert signed.fine_ids == {fine}

        migrate.downgrade(database.engine, "0009_work_order_visits")
        assert "signed_evaluation_months" not in inspect(database.engine).get_table_names()
        assert _counts(database.engine)["fines"] == before["fines"]
        migrate.upgrade(database.engine)
    finally:
        database.dispose()
