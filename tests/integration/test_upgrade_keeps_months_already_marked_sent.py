"""Migration 0008 on both databases: every row survives the upgrade from 0007, and each month marked sent
before it (a setting holding only the day) becomes a sent report with that day and who marked it, without
figures (never kept): its reprint says it is recomputed (D3). A downgrade gives the settings back."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from pypdf import PdfReader
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from work_order_fixtures import build_depot

from desktop_app.db import migrate
from desktop_app.db.models import Setting
from desktop_app.db.opening import open_database
from desktop_app.services.audit_trail import record
from desktop_app.services.monthly_reports import MonthlyReports
from desktop_app.services.report_documents import ReportDocuments
from desktop_app.services.sent_monthly_reports import sent_record

TABLES = ("settings", "audit_log", "staff", "claims", "work_orders")
OCT, SEP = dt.date(2026, 10, 1), dt.date(2026, 9, 1)


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def test_upgrading_from_0007_keeps_every_month_already_marked_sent(db_url: str) -> None:
    database = open_database(make_url(db_url))
    try:
        depot = build_depot(database)
        depot.take_in("SN-OLD", dt.date(2026, 1, 5))
        migrate.downgrade(database.engine, "0007_closed_short_found_on")
        with database.sessions.write() as s, s.begin():  # as the program before 0008 marked them
            s.add(Setting(key="reports.monthly_sent.2026-10", value="2026-11-02",
                          updated_at=dt.datetime(2026, 11, 5, 1, tzinfo=dt.timezone.utc)))
            record(s, depot.staff["sup"], "monthly_report", None, "mark_sent", {"month": "2026-10", "sent_on": "2026-11-02"})
            s.add(Setting(key="reports.monthly_sent.2026-09", value="2026-10-03", updated_at=None))
        before = _counts(database.engine)

        migrate.upgrade(database.engine)
        assert _counts(database.engine) == before
        assert migrate.schema_differences(database.engine) == []
        october, september = sent_record(database.sessions, OCT), sent_record(database.sessions, SEP)
        assert (october.sent_on, october.recorded_by, october.report) == (dt.date(2026, 11, 2), "张主管", None)
        assert (september.sent_on, september.recorded_by, september.report) == (dt.date(2026, 10, 3), "", None)
        assert OCT not in MonthlyReports(database.sessions).due(dt.date(2026, 11, 20))  # still sent
        pdf = ReportDocuments(database.sessions).make_monthly(depot.staff["sup"], OCT, language="zh_CN",
                                                              as_sent=True).content
        words = "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
        assert "已于 2026-11-02 报送；报送时的数字未保存" in words

        migrate.downgrade(database.engine, "0007_closed_short_found_on")
        with database.sessions.read() as s:
            assert s.scalar(select(Setting.value).where(Setting.key == "reports.monthly_sent.2026-10")) == "2026-11-02"
        migrate.upgrade(database.engine)
    finally:
        database.dispose()
