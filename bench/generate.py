"""Synthetic data for the benchmarks: ``python -m bench.generate --claims 1000000``.

The database is created by the application's own migrations and seeded with the sample-data
catalogue (staff, products, parts, fee schedules, policy); then the sample-data claim generator
(repeat customers, Chinese names and cities, six years of sales, one work order per claim with its
events, parts, surveys and calls) produces the claims in batches that ``bench.writer`` bulk-inserts
with SQLAlchemy Core executemany, adding an audit entry per claim and order and a few complaints.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from bench.writer import BulkWriter, fix_sequences
from desktop_app.db.models import Claim, Customer, Unit
from desktop_app.db.opening import open_database
from desktop_app.services.sample_data import DEFAULT_SEED, load_sample_data
from desktop_app.services.sample_data_catalogue import ensure_catalogue
from desktop_app.services.sample_data_claims import ClaimMaker
from desktop_app.services.sample_data_support import at_cst

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = DATA_DIR / "bench.sqlite3"
DEFAULT_TODAY = dt.date(2026, 11, 27)  # fixed, so two runs with one seed make the same data
BATCH = 10_000


def default_url() -> str:
    return f"sqlite:///{DEFAULT_PATH}"


def generate(url: str, claims: int, *, seed: int = DEFAULT_SEED, today: dt.date = DEFAULT_TODAY,
             fresh: bool = True, quiet: bool = False) -> dict[str, int]:
    """Create (or, with ``fresh``, re-create an SQLite file) and fill; returns rows per table."""
    parsed = make_url(url)
    if fresh and parsed.get_backend_name() == "sqlite" and parsed.database:
        for suffix in ("", "-wal", "-shm"):
            Path(parsed.database + suffix).unlink(missing_ok=True)
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    database = open_database(parsed)
    say = (lambda *a: None) if quiet else (lambda *a: print(*a, flush=True))
    try:
        started = time.perf_counter()
        load_sample_data(database.sessions, claims=0, seed=seed, today=today)  # catalogue and staff
        rng = random.Random(f"bench/{seed}")
        with database.sessions.write() as session, session.begin():
            catalogue = ensure_catalogue(session, rng, dt.date(today.year - 6, 1, 1))
            serials = set(session.scalars(select(Unit.serial)))
            phones = set(session.scalars(select(Customer.phone)))
        maker = ClaimMaker(rng, catalogue, today, at_cst(today, 12), serials, phones)
        slots = maker.plan(claims)
        with database.engine.connect() as connection:
            if connection.dialect.name == "sqlite":  # a throw-away file: speed over durability
                raw = connection.connection.driver_connection  # PRAGMAs only work outside a transaction
                for pragma in ("synchronous = OFF", "cache_size = -1000000", "temp_store = MEMORY"):
                    raw.execute(f"PRAGMA {pragma}")
            with connection.begin():
                writer = BulkWriter(connection, rng)
            for first in range(0, len(slots), BATCH):
                with connection.begin():
                    writer.write(maker.make_batch(slots[first:first + BATCH]))
                done = min(first + BATCH, claims)
                elapsed = time.perf_counter() - started
                say(f"{done:>9} claims  {elapsed:7.1f} s  {done / elapsed:8.0f} claims/s")
            with connection.begin():
                writer.save_numbers()
                fix_sequences(connection)
            # No ANALYZE on SQLite: the application never runs it, so a centre's file has no planner
            # statistics and the benchmark measures the plans it gets. (An ANALYZE here used to run in
            # a transaction that was never committed, so it left none either.)
        if database.engine.dialect.name == "postgresql":
            # VACUUM as autovacuum would soon after a load: it merges the GIN indexes' pending lists
            # and marks pages all-visible, so searches measure a settled database, not the load.
            with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM ANALYZE")
        elapsed = time.perf_counter() - started
        rows = sum(writer.counts.values())
        with database.sessions.read() as session:
            total = session.scalar(select(func.count(Claim.id))) or 0
        say(f"{total} claims in {elapsed:.1f} s; {rows} rows written, {rows / elapsed:.0f} rows/s")
        for table, count in sorted(writer.counts.items()):
            say(f"  {table:<20} {count:>10}")
        return dict(writer.counts)
    finally:
        database.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--database", default=None, help=f"SQLAlchemy URL (default {DEFAULT_PATH})")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.claims < 0:
        parser.error("--claims must not be negative")
    generate(args.database or default_url(), args.claims, seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
