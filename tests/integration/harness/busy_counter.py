"""A counter that never stops: takes in claims, issues parts and closes orders until it is killed.

Run as ``python -m harness.busy_counter DATABASE_URL SEED``; prints "ready" once working.

``python -m harness.busy_counter DATABASE_URL --fork-server`` imports all this once, then for each
seed read from stdin forks a fresh counter (its own engine and connections, made after the fork) and
prints ``pid N``; the counter prints ``ready``; once the counter has died, ``dead SIGNAL``. A kill
test then pays Python's start and imports (about a second of CPU) once instead of at every kill.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import traceback

from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop_app.core.vocabulary import CauseClass, ClaimChannel, WorkOrderState as S
from desktop_app.db.models import FaultCategory, Part, Staff, WorkOrder
from desktop_app.db.opening import open_database
from desktop_app.services.actor import Actor
from desktop_app.services.claims import ClaimIntakeService
from desktop_app.services.intake_forms import CustomerInput, IntakeForm, UnitInput
from desktop_app.services.work_order_bench import BenchService
from desktop_app.services.work_orders import WorkOrderService


def main(url: str, seed: int) -> None:
    rng = random.Random(seed)
    database = open_database(make_url(url))
    with database.sessions.read() as s:
        staff = {p.username: Actor(p.id, p.username, p.display_name, p.role) for p in s.scalars(select(Staff))}
        fault = s.scalar(select(FaultCategory.id))
        parts = list(s.scalars(select(Part.id)))
    intake, orders = ClaimIntakeService(database.sessions), WorkOrderService(database.sessions)
    bench = BenchService(database.sessions)
    print("ready", flush=True)
    while True:
        saved = intake.take_in(staff["operator"], IntakeForm(
            customer=CustomerInput(name=f"客户{rng.randint(1, 10**6)}", phone=f"139{rng.randint(10**7, 10**8 - 1)}"),
            unit=UnitInput(product_model="S5720-28P", serial=f"K{seed}-{rng.randint(1, 10**9)}",
                           sale_date=dt.date.today() - dt.timedelta(days=rng.randint(60, 900))),
            channel=ClaimChannel.WALK_IN, fault_description="不通电", accessories_received=("电源线", "挂耳")))
        with database.sessions.read() as s:
            oid = s.scalar(select(WorkOrder.id).where(WorkOrder.number == saved.work_order_number))
        orders.dispatch(staff["sup"], oid, staff["tech"].staff_id)
        orders.set_state(staff["tech"], oid, S.DIAGNOSING)
        bench.record_diagnosis(staff["tech"], oid, fault_category_id=fault, cause=CauseClass.QUALITY_DEFECT, note="")
        result = bench.use_parts(staff["tech"], oid, [(rng.choice(parts), rng.randint(1, 2))],
                                 customer_consent=True)  # a wear part only as the customer wants (W3)
        if not result.issued:
            continue  # waits for parts: a normal state to be killed in
        for state in (S.REPAIRING, S.REPAIRED, S.READY_FOR_PICKUP):
            orders.set_state(staff["tech"], oid, state)
        orders.record_report(staff["tech"], oid, fault_cause="电容老化", solution="更换", customer_opinion="满意")
        orders.close(staff["operator"], oid)


def fork_server(url: str) -> None:
    """Single-threaded, so forking is safe; no engine exists here, each counter opens its own."""
    for line in sys.stdin:
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the counter
            try:
                main(url, int(line))
            except BaseException:  # noqa: BLE001 - reported to the test, then gone
                traceback.print_exc()
            finally:
                os._exit(1)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"dead {os.WTERMSIG(status) if os.WIFSIGNALED(status) else -1}", flush=True)


if __name__ == "__main__":
    if sys.argv[2] == "--fork-server":
        fork_server(sys.argv[1])
    else:
        main(sys.argv[1], int(sys.argv[2]))
