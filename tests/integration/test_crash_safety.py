"""Kill a busy counter at random moments (SIGKILL, 30+ times): the database is never half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from work_order_fixtures import build_depot

from desktop_app.core.vocabulary import MovementKind, WorkOrderState as S
from desktop_app.db.models import AuditEntry, Claim, StockMovement, WorkOrder, WorkOrderEvent, WorkOrderPart
from desktop_app.db.opening import open_database

KILLS = 30
TESTS_DIR = Path(__file__).resolve().parents[1]


def _fork_server(url: str) -> subprocess.Popen[str]:
    """harness.busy_counter's fork server: each counter is a fork of a process that imported it all."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS_DIR / "integration"), str(TESTS_DIR.parent)])}
    return subprocess.Popen([sys.executable, "-m", "harness.busy_counter", url, "--fork-server"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
                            cwd=TESTS_DIR / "integration")


def _start(server: subprocess.Popen[str], seed: int) -> int:
    """Forks a counter; returns its pid once it is working (the two lines can come in either order)."""
    server.stdin.write(f"{seed}\n")
    server.stdin.flush()
    lines = [server.stdout.readline().strip() for _ in range(2)]
    assert "ready" in lines, f"the counter did not start: {lines}"
    return next(int(line.split()[1]) for line in lines if line.startswith("pid "))


def _check(url: str) -> dict[str, int]:
    database = open_database(make_url(url), upgrade=False)
    try:
        if database.is_sqlite:
            with database.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with database.sessions.read() as s:
            claims = s.scalar(select(func.count(Claim.id)))
            audited = s.scalar(select(func.count(func.distinct(AuditEntry.entity_id))).where(
                AuditEntry.entity == "claim", AuditEntry.action == "create"))
            assert audited == claims  # every claim has its audit entry, no entry without its claim
            orphans = s.scalar(select(func.count(WorkOrder.id)).where(WorkOrder.claim_id.is_(None)))
            assert orphans == 0
            for part_id, total in s.execute(select(StockMovement.part_id, func.sum(StockMovement.quantity))
                                            .group_by(StockMovement.part_id)):
                assert total >= 0, part_id  # the ledger never goes negative
            issues = s.scalar(select(func.count(StockMovement.id)).where(StockMovement.kind == MovementKind.ISSUE))
            linked = s.scalar(select(func.count(WorkOrderPart.id)).where(WorkOrderPart.stock_movement_id.is_not(None)))
            assert issues == linked  # every issue belongs to a parts line, and back
            for order in s.scalars(select(WorkOrder).where(WorkOrder.state != S.RECEIVED)):
                last = s.scalar(select(WorkOrderEvent.to_state).where(WorkOrderEvent.work_order_id == order.id)
                                .order_by(WorkOrderEvent.id.desc()).limit(1))
                assert last is order.state  # state and history agree
                if order.state is S.CLOSED:
                    assert order.closed_at and order.report_solution
            return {"claims": claims, "issues": issues}
    finally:
        database.dispose()


def test_random_kills_leave_a_consistent_database(db_url: str) -> None:
    database = open_database(make_url(db_url))
    depot = build_depot(database)
    from desktop_app.db.models import StockMovement as Movement

    with database.sessions.write() as s, s.begin():  # plenty of stock so the counter keeps closing orders
        for part_id in depot.part_ids.values():
            s.add(Movement(part_id=part_id, kind=MovementKind.RECEIPT, quantity=500, by_id=depot.staff["sup"].staff_id))
    database.dispose()
    rng = random.Random(20261127)
    progress = []
    server = _fork_server(db_url)
    try:
        for kill in range(KILLS):
            pid = _start(server, kill)
            time.sleep(rng.uniform(0.05, 0.6))
            os.kill(pid, signal.SIGKILL)
            assert server.stdout.readline().strip() == f"dead {int(signal.SIGKILL)}"  # killed, not crashed before
            progress.append(_check(db_url)["claims"])
    finally:
        server.kill()
        server.communicate(timeout=30)
    assert progress[-1] > KILLS // 2  # the counter really was working between kills
