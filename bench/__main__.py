"""``python -m bench``: every case against its floor, a table on stdout and ``bench/results.json``.

``--postgres`` also starts a throw-away PostgreSQL server (tests/pg_server.py), generates
``--pg-claims`` claims there and runs the search, report and windows cases on it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import sys
import traceback
from importlib import import_module
from pathlib import Path
from typing import Any

from bench.context import open_context
from bench.generate import DEFAULT_PATH, default_url, generate
from bench.timing import CaseResult

RESULTS = Path(__file__).resolve().parent / "results.json"
CASES = ("search", "work_orders_tab", "intake", "receipt", "reports", "parts_import", "cold_start", "windows")
POSTGRES_CASES = ("search", "reports", "windows")


def run_cases(url: str, names: tuple[str, ...], repeat: int, label: str) -> list[CaseResult]:
    ctx = open_context(url, repeat, label)
    out: list[CaseResult] = []
    try:
        for name in names:
            print(f"[{label}] {name} …", file=sys.stderr, flush=True)
            # As the application does once it has started (desktop_app.app): what is alive now is collected
            # once and frozen, so a case's samples are not paused by full collections over the earlier
            # cases' objects (60-150 ms, which made single samples of a 15 ms search the p95).
            gc.collect()
            gc.freeze()
            try:
                out += import_module(f"bench.cases.{name}").run(ctx)
            except Exception as error:  # noqa: BLE001 - one broken case must not hide the others
                traceback.print_exc()
                out.append(CaseResult(f"{name} (failed)", 0, 0, None, None, "", False, note=repr(error)[:200]))
    finally:
        ctx.close()
    for r in out:
        r.case = f"[{label}] {r.case}"
    return out


def table(results: list[CaseResult]) -> str:
    head = f"{'case':<58} {'median':>9} {'p95':>9} {'floor med':>9} {'ratio':>6}  {'goal':<30} met"
    lines = [head, "-" * len(head)]
    for r in results:
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "–"
        floor = f"{r.floor_median_ms:.2f}" if r.floor_median_ms is not None else "–"
        met = {True: "yes", False: "NO", None: "–"}[r.met]
        lines.append(f"{r.case[:58]:<58} {r.median_ms:>9.2f} {r.p95_ms:>9.2f} {floor:>9} {ratio:>6}  {r.goal:<30} {met}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=None, help=f"SQLAlchemy URL (default {DEFAULT_PATH})")
    parser.add_argument("--repeat", type=int, default=40, help="repetitions per case (fewer for slow cases)")
    parser.add_argument("--only", nargs="*", choices=CASES, help="run only these cases")
    parser.add_argument("--postgres", action="store_true", help="also run search, reports and windows on PostgreSQL")
    parser.add_argument("--pg-claims", type=int, default=100_000, help="claims generated on PostgreSQL")
    parser.add_argument("--pg-database", default=None,
                        help="with --postgres: an existing, generated PostgreSQL database (URL) instead of a "
                             "throw-away server (`python -m bench.generate --database URL` fills one)")
    parser.add_argument("--skip-sqlite", action="store_true", help="with --postgres: only the PostgreSQL cases")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    url = args.database or default_url()
    if args.skip_sqlite and not args.postgres:
        parser.error("--skip-sqlite runs only the PostgreSQL cases: give --postgres too")
    if url == default_url() and not DEFAULT_PATH.exists() and not args.skip_sqlite:
        parser.error(f"no data at {DEFAULT_PATH}: run `python -m bench.generate --claims 1000000` first")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = [] if args.skip_sqlite else run_cases(url, tuple(args.only or CASES), args.repeat, "sqlite")
    postgres: dict[str, Any] = {}
    if args.postgres:
        results += _postgres(args, postgres)
    print(table(results))
    args.output.write_text(json.dumps({
        "measured_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "database": url, "postgres": postgres, "results": [r.as_json() for r in results],
    }, ensure_ascii=False, indent=2))
    print(f"\nwritten: {args.output}")
    return 0


def _postgres(args: argparse.Namespace, info: dict[str, Any]) -> list[CaseResult]:
    names = tuple(n for n in POSTGRES_CASES if not args.only or n in args.only)
    if args.pg_database:
        info.update(database=args.pg_database)
        return run_cases(args.pg_database, names, args.repeat, "postgresql")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg_server import PostgresServer

    # Memory as a server holding a group's data would be given (the default 128 MB of shared buffers
    # is for a small machine); the planner's other settings stay the defaults.
    server = PostgresServer(settings={"shared_buffers": "2GB", "effective_cache_size": "8GB"})
    server.start()
    try:
        url = server.create_database("bench_counter")
        generate(url, args.pg_claims, fresh=False)
        info.update(claims=args.pg_claims)
        return run_cases(url, names, args.repeat, "postgresql")
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
