"""A paid repair quoted and accepted through the real services (E10, E11), for tests that then do the work."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.db.opening import Database
from desktop_app.services.actor import Actor
from desktop_app.services.work_order_bench import BenchService


def accept_quote(db: Database, technician: Actor, order_id: int, parts: list[tuple[int, int]] = (),  # type: ignore[assignment]
                 labour: Decimal = Decimal("80.00")) -> Decimal:
    """The technician quotes ``parts`` and ``labour``; the customer accepts (E11): the order is repairing."""
    bench = BenchService(db.sessions)
    total = bench.quote(technician, order_id, labour=labour, parts=list(parts))
    bench.record_quote_answer(technician, order_id, accepted=True)
    return total
