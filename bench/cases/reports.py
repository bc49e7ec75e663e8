"""The repair monthly report for the busiest month and the staff evaluation table for that month,
vs the same aggregates as raw SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.context import Context
from bench.timing import CaseResult, paired, result
from desktop_app.services.actor import SYSTEM
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.monthly_reports import MonthlyReports


def busiest_month(ctx: Context) -> dt.date:
    month = "substr(CAST(claim_date AS TEXT), 1, 7)" if ctx.dialect == "sqlite" else "to_char(claim_date, 'YYYY-MM')"
    top = ctx.raw_all(f"SELECT {month} AS m, count(*) FROM claims GROUP BY m ORDER BY count(*) DESC LIMIT 1")
    year, mon = top[0][0].split("-")
    return dt.date(int(year), int(mon), 1)


def run(ctx: Context) -> list[CaseResult]:
    month = busiest_month(ctx)
    reports = MonthlyReports(ctx.database.sessions)
    evaluation = EvaluationService(ctx.database.sessions)
    start, end = month.isoformat(), (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1).isoformat()
    p = "?" if ctx.dialect == "sqlite" else "%s"
    monthly_sql = [
        (f"SELECT p.model, p.name, c.decision, c.cost_bearer, count(*) FROM claims c JOIN units u ON u.id = c.unit_id "
         f"JOIN products p ON p.id = u.product_id WHERE c.claim_date >= {p} AND c.claim_date < {p} "
         "GROUP BY p.model, p.name, c.decision, c.cost_bearer", (start, end)),
        (f"SELECT p.model, w.replacement_unit_id IS NULL, f.name_zh, count(*) FROM work_orders w "
         "JOIN units u ON u.id = w.unit_id JOIN products p ON p.id = u.product_id "
         f"LEFT JOIN fault_categories f ON f.id = w.fault_category_id WHERE w.completed_at >= {p} "
         f"AND w.completed_at < {p} GROUP BY 1, 2, 3", (start, end)),
        (f"SELECT pa.part_no, pa.name, sum(l.quantity), sum(l.quantity * l.unit_price) FROM work_order_parts l "
         "JOIN parts pa ON pa.id = l.part_id JOIN stock_movements m ON m.id = l.stock_movement_id "
         f"WHERE m.at >= {p} AND m.at < {p} GROUP BY pa.part_no, pa.name ORDER BY pa.part_no", (start, end)),
    ]
    # Per person, as the evaluation table is (technicians and supervisors).
    people = [row[0] for row in ctx.raw_all("SELECT id FROM staff WHERE active AND role IN ('technician', 'supervisor')")]
    evaluation_sql = [statement for person in people for statement in (
        (f"SELECT count(*), sum(CASE WHEN w.report_fault_cause IS NULL THEN 1 ELSE 0 END) FROM work_orders w "
         f"WHERE w.technician_id = {p} AND w.completed_at >= {p} AND w.completed_at < {p}", (person, start, end)),
        (f"SELECT min(e.at) FROM work_order_events e JOIN work_orders w ON w.id = e.work_order_id "
         f"WHERE w.technician_id = {p} AND w.dispatched_at >= {p} AND w.dispatched_at < {p} "
         "AND e.from_state = 'dispatched' GROUP BY e.work_order_id", (person, start, end)),
        (f"SELECT avg(s.overall), count(*) FROM surveys s JOIN work_orders w ON w.id = s.work_order_id "
         f"WHERE w.technician_id = {p} AND s.filled_on >= {p} AND s.filled_on < {p}", (person, start, end)),
        (f"SELECT count(*) FROM complaints WHERE about_staff_id = {p} AND status = 'verified' "
         f"AND received_on >= {p} AND received_on < {p}", (person, start, end)),
    )]

    def floor(statements: list[Any]) -> Any:
        return [ctx.raw_all(sql, params) for sql, params in statements]

    repeat = max(3, ctx.repeat // 5)
    mine, base = paired(lambda: reports.repair_monthly(SYSTEM, month), lambda: floor(monthly_sql), repeat, 1)
    out = [result(f"repair monthly report {month:%Y-%m}", mine, base, "≤ 1 s", lambda r: r.median_ms <= 1000)]
    mine, base = paired(lambda: evaluation.month(SYSTEM, month), lambda: floor(evaluation_sql), repeat, 1)
    out.append(result(f"staff evaluation table {month:%Y-%m}", mine, base, "≤ 1 s", lambda r: r.median_ms <= 1000))
    return out
