"""The repair monthly report for the busiest month and the staff evaluation table for that month,
vs the same aggregates as raw SQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.context import Context, last_generated_claim
from bench.timing import CaseResult, paired, result
from desktop_app.services.actor import SYSTEM
from desktop_app.services.evaluation import EvaluationService
from desktop_app.services.monthly_reports import MonthlyReports


def busiest_month(ctx: Context) -> dt.date:
    """Among the generator's claims: the intake case adds claims dated today on every run, which
    would otherwise move the month (and the measured work) from one run to the next."""
    with ctx.database.sessions.read() as s:
        last = last_generated_claim(s)
    month = "substr(CAST(claim_date AS TEXT), 1, 7)" if ctx.dialect == "sqlite" else "to_char(claim_date, 'YYYY-MM')"
    top = ctx.raw_all(f"SELECT {month} AS m, count(*) FROM claims WHERE id <= {int(last)} "
                      "GROUP BY m ORDER BY count(*) DESC LIMIT 1")
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
         "AND c.status <> 'cancelled' "  # as the report: a withdrawn or cancelled claim is not counted (D3)
         "GROUP BY p.model, p.name, c.decision, c.cost_bearer", (start, end)),
        (f"SELECT p.model, w.replacement_unit_id IS NULL, f.name_zh, count(*) FROM work_orders w "
         "JOIN units u ON u.id = w.unit_id JOIN products p ON p.id = u.product_id "
         f"LEFT JOIN fault_categories f ON f.id = w.fault_category_id WHERE w.completed_at >= {p} "
         f"AND w.completed_at < {p} GROUP BY 1, 2, 3", (start, end)),
        (f"SELECT pa.part_no, pa.name, sum(l.quantity), sum(l.quantity * l.unit_price) FROM work_order_parts l "
         "JOIN parts pa ON pa.id = l.part_id JOIN stock_movements m ON m.id = l.stock_movement_id "
         f"WHERE m.at >= {p} AND m.at < {p} GROUP BY pa.part_no, pa.name ORDER BY pa.part_no", (start, end)),
    ]
    evaluation_sql = _evaluation_sql(ctx, start, end)

    def floor(statements: list[Any]) -> Any:
        return [ctx.raw_all(sql, params) for sql, params in statements]

    repeat = max(3, ctx.repeat // 5)
    mine, base = paired(lambda: reports.repair_monthly(SYSTEM, month), lambda: floor(monthly_sql), repeat, 1)
    out = [result(f"repair monthly report {month:%Y-%m}", mine, base, "≤ 1 s", lambda r: r.median_ms <= 1000)]
    mine, base = paired(lambda: evaluation.month(SYSTEM, month), lambda: floor(evaluation_sql), repeat, 1)
    out.append(result(f"staff evaluation table {month:%Y-%m}", mine, base, "≤ 1 s", lambda r: r.median_ms <= 1000))
    return out


def _evaluation_sql(ctx: Context, start: str, end: str) -> list[Any]:
    """The evaluation table's figures as raw grouped SQL, for all technicians and supervisors at once
    (as the service computes them): orders (completed, incomplete reports, answered within 24 h from
    the first step out of "dispatched", on time), surveys, repeats, complaints, demerits, fines."""
    sqlite = ctx.dialect == "sqlite"
    p = "?" if sqlite else "%s"
    people = [row[0] for row in ctx.raw_all(
        "SELECT id FROM staff WHERE active AND role IN ('technician', 'supervisor')")]
    among = ", ".join([p] * len(people))

    def within_day(later: str) -> str:
        return (f"julianday({later}) - julianday(created_at) <= 1" if sqlite
                else f"{later} - created_at <= interval '24 hours'")

    now = "'now'" if sqlite else "now()"
    # The month's orders once (MATERIALIZED: the first response is looked up once per order), then summed.
    orders = (
        "WITH o AS MATERIALIZED (SELECT w.technician_id, w.created_at,"
        f" CASE WHEN w.completed_at >= {p} AND w.completed_at < {p} THEN 1 ELSE 0 END AS done,"
        " CASE WHEN coalesce(w.report_fault_cause, '') <> '' AND coalesce(w.report_solution, '') <> ''"
        " AND coalesce(w.report_customer_opinion, '') <> '' THEN 1 ELSE 0 END AS complete,"
        " CASE WHEN w.kind = 'on_site' AND w.arrived_at IS NOT NULL AND w.required_arrival_at IS NOT NULL"
        " THEN (CASE WHEN w.arrived_at <= w.required_arrival_at THEN 1 ELSE 0 END) END AS on_time,"
        " CASE WHEN w.kind = 'on_site' THEN w.arrived_at ELSE (SELECT e.at FROM work_order_events e"
        " WHERE e.work_order_id = w.id AND e.from_state = 'dispatched' ORDER BY e.id LIMIT 1) END AS response"
        f" FROM work_orders w WHERE w.technician_id IN ({among}) AND ((w.completed_at >= {p} AND w.completed_at < {p})"
        f" OR (w.dispatched_at >= {p} AND w.dispatched_at < {p}))) "
        "SELECT technician_id, sum(done), sum(CASE WHEN done = 1 AND complete = 0 THEN 1 ELSE 0 END), "
        "sum(answered), count(answered), sum(on_time), count(on_time) FROM ("
        " SELECT technician_id, done, complete, on_time,"
        f" CASE WHEN response IS NULL THEN (CASE WHEN {within_day(now)} THEN NULL ELSE 0 END)"
        f" WHEN {within_day('response')} THEN 1 ELSE 0 END AS answered FROM o) f GROUP BY technician_id")
    # "+ 0" keeps SQLite (no statistics) on the month's rows rather than on each person's every order.
    return [
        (orders, (start, end, *people, start, end, start, end)),
        ("SELECT w.technician_id, count(*), avg(s.overall) FROM surveys s "
         "JOIN work_orders w ON w.id = s.work_order_id "
         f"WHERE s.filled_on >= {p} AND s.filled_on < {p} AND w.technician_id + 0 IN ({among}) "
         "GROUP BY w.technician_id", (start, end, *people)),
        (f"SELECT e.technician_id, count(*) FROM work_orders w JOIN work_orders e ON e.id = w.repeat_of_id "
         f"WHERE w.created_at >= {p} AND w.created_at < {p} AND e.technician_id + 0 IN ({among}) "
         "GROUP BY e.technician_id", (start, end, *people)),
        (f"SELECT about_staff_id, count(*) FROM complaints WHERE about_staff_id IN ({among}) AND status = 'verified' "
         f"AND received_on >= {p} AND received_on < {p} GROUP BY about_staff_id", (*people, start, end)),
        (f"SELECT staff_id, count(*) FROM demerits WHERE staff_id IN ({among}) AND kind = 'major' "
         f"AND facts_on >= {p} AND facts_on < {p} GROUP BY staff_id", (*people, start, end)),
        (f"SELECT staff_id, sum(amount) FROM fines WHERE staff_id IN ({among}) AND status = 'confirmed' "
         f"AND facts_on >= {p} AND facts_on < {p} GROUP BY staff_id", (*people, start, end)),
    ]
